"""``notedeck check``: what could not become a card, and what looks wrong, with file:line."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .build import NoteResult
from .cards import Skipped
from .text import plain

LONG_ANSWER = 1200
"""Answers longer than this (characters of text) are hard to review: a warning says so."""


def _long_answers(result: NoteResult) -> list[Skipped]:
    return [
        Skipped(
            card.source,
            f"very long answer ({len(plain(card.back))} characters) for {plain(card.front)[:50]!r}",
        )
        for card in result.cards
        if len(plain(card.back)) > LONG_ANSWER
    ]


def _collisions(result: NoteResult) -> list[Skipped]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for card in result.cards:
        by_key[card.pinned or card.key].append(card.source.line)
    found: list[Skipped] = []
    for card in result.cards:
        lines = by_key[card.pinned or card.key]
        if card.pinned and len(lines) > 1:
            found.append(Skipped(card.source, f"block id ^{card.pinned} is used by {len(lines)} cards"))
    return found


def _images(result: NoteResult) -> list[Skipped]:
    """Images that are missing, or that point outside the notes folder."""
    from .media import MediaIndex
    from .render import render_card

    index = MediaIndex.of(result.note.root)
    found: list[Skipped] = []
    for card in result.cards:
        if "![" not in card.front + card.back + card.extra:
            continue
        rendered = render_card(card, "", resolve=index.resolver(card.source.path))
        found.extend(Skipped(card.source, problem) for problem in rendered.problems)
    return found


def lint(results: Sequence[NoteResult]) -> list[Skipped]:
    """Every warning of every note, in note and line order."""
    warnings: list[Skipped] = []
    for result in results:
        if result.error is not None:
            continue
        found = [
            *result.skipped,
            *_long_answers(result),
            *_collisions(result),
            *_images(result),
        ]
        warnings.extend(sorted(found, key=lambda w: w.source.line))
    return warnings
