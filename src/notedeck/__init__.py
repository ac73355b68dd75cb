"""notedeck: turn your own Markdown study notes into Anki decks."""

from __future__ import annotations

__version__ = "0.1.0"

from .build import BuildOptions, BuildReport, build_decks, collect
from .cards import Card, Skipped, Source
from .errors import NotedeckError
from .extract import RULES, extract
from .outline import Outline, build_outline
from .source import load_text, read_note


def extract_cards(text: str, path: str = "note.md") -> list[Card]:
    """The cards of a note given as text (no tags, no deck): the quickest way to try notedeck."""
    from pathlib import Path

    return extract(build_outline(load_text(text, Path(path)))).cards


__all__ = [
    "RULES",
    "BuildOptions",
    "BuildReport",
    "Card",
    "NotedeckError",
    "Outline",
    "Skipped",
    "Source",
    "__version__",
    "build_decks",
    "build_outline",
    "collect",
    "extract",
    "extract_cards",
    "read_note",
]
