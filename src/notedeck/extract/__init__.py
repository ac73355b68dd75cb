"""Extractors: plain functions ``Outline -> Iterable[Card | Skipped]``, run in order.

A new card kind is one module here plus one line in EXTRACTORS. Each extractor decides alone what
it recognises; the shared predicates in ``common`` keep them from claiming the same text twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..cards import Card, Extraction, Skipped
from ..outline import Outline
from ..text import is_empty_answer, plain
from .comparisons import comparisons
from .definitions import definitions
from .enumerations import enumerations
from .explicit import explicit
from .questions import questions

Extractor = Callable[[Outline], Iterable[Card | Skipped]]

EXTRACTORS: list[tuple[str, Extractor]] = [
    ("explicit", explicit),
    ("questions", questions),
    ("comparisons", comparisons),
    ("definitions", definitions),
    ("enumerations", enumerations),
]
"""Every extractor, by name, in the order they run."""


def _noise(card: Card) -> str | None:
    """Why a card is not worth studying, or None."""
    if not plain(card.front):
        return "empty question"
    if card.kind != "cloze" and is_empty_answer(card.back):
        return f"nothing to learn in the answer of {plain(card.front)[:60]!r}"
    if card.kind != "cloze" and plain(card.front) == plain(card.back):
        return f"question and answer are the same: {plain(card.front)[:60]!r}"
    return None


def extract(outline: Outline, extractors: Iterable[tuple[str, Extractor]] = EXTRACTORS) -> Extraction:
    """All cards of a note in note order, noise and duplicates dropped, with the warnings."""
    result = Extraction()
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    for _name, extractor in extractors:
        for found in extractor(outline):
            if isinstance(found, Skipped):
                result.skipped.append(found)
                continue
            reason = _noise(found)
            if reason is not None:
                result.skipped.append(Skipped(found.source, reason))
                continue
            fingerprint = (found.context, plain(found.front), plain(found.back))
            if fingerprint not in seen:
                seen.add(fingerprint)
                result.cards.append(found)
    result.cards.sort(key=lambda card: card.source.line)
    result.skipped.sort(key=lambda skipped: skipped.source.line)
    return result


__all__ = ["EXTRACTORS", "Extractor", "extract"]
