"""The card model: what the extractors produce and every later stage consumes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

KINDS = ("definition", "enumeration", "comparison", "question", "explicit", "cloze")
"""Every card kind, in the order their extractors run."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a card or warning comes from."""

    path: Path
    """The note file."""
    line: int
    """1-based line in the note."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Card:
    """One flashcard, still in Markdown."""

    kind: str
    """One of KINDS."""
    front: str
    """Markdown of the question side (for cloze: the text with ``{{c1::...}}`` deletions)."""
    back: str
    """Markdown of the answer side ('' for cloze)."""
    context: tuple[str, ...]
    """Breadcrumb of heading and parent-item labels, outermost first (plain text)."""
    source: Source
    """File and line of the text the card was made from."""
    key: str
    """Identity: the normalised term the card is about (see identity.py)."""
    extra: str = ""
    """Markdown shown under the answer: an explanation, the list a definition leads into."""
    sections: tuple[str, ...] = ()
    """Heading path (Markdown source) for section tags; parent items are not included."""
    levels: tuple[int, ...] = ()
    """The level of each heading in ``sections`` (``##`` is 2): ``--split-by h2`` reads it."""
    tags: tuple[str, ...] = ()
    """Anki tags; filled in by tags.py."""
    reverse: bool = False
    """Also ask the reverse question (``:::`` and ``??`` cards)."""
    pinned: str | None = None
    """An Obsidian block id (``^id``) that pins identity, when the author wrote one."""

    def with_tags(self, tags: tuple[str, ...]) -> Card:
        return replace(self, tags=tags)

    def as_dict(self) -> dict[str, object]:
        """The card as plain data (``notedeck cards --json``, golden files)."""
        return {
            "kind": self.kind,
            "front": self.front,
            "back": self.back,
            "extra": self.extra,
            "context": list(self.context),
            "tags": list(self.tags),
            "source": str(self.source),
            "key": self.key,
            "reverse": self.reverse,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something that looked like a card but was not made into one (reported by ``check``)."""

    source: Source
    """File and line."""
    reason: str
    """Why, in words the user understands."""

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class Extraction:
    """Cards and warnings from one note."""

    cards: list[Card] = field(default_factory=list)
    """Cards in note order."""
    skipped: list[Skipped] = field(default_factory=list)
    """Warnings, in note order: every fact-bearing line no card holds, with why."""
    covered: set[int] = field(default_factory=set)
    """Source lines that a card holds (its front, its answer, or what it left out on purpose)."""
    owners: dict[int, int] = field(default_factory=dict)
    """Source line -> the source line of the card that holds it."""
