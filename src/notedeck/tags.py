"""Tags for filtering study in Anki: a hierarchical tag for the heading path and short topic tags.

## 2. Set up the hard drive (storage solutions)   ->  storage
## 6. Application Integration and Messaging        ->  application_integration, messaging
### EBS: Elastic Block Store                       ->  aws::set_up_the_hard_drive::ebs
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .cards import Card
from .config import Config
from .text import CACHE_SIZE, clean, hashtags, label_of, plain, slug, strip_numbering

FILLER = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "to",
        "and",
        "set",
        "up",
        "services",
        "service",
        "solutions",
        "solution",
        "overview",
        "overviews",
        "basics",
        "introduction",
        "intro",
        "my",
        "our",
        "your",
        "notes",
    ]
)
"""Words dropped from topic tags."""
TOPIC_LEVELS = 2
"""Headings at this level or above give topic tags."""
RETIRED = "notedeck::retired"
PATH_WORDS = 5
"""Headings longer than this are chapter titles: the path tag leaves them out."""


def _tag_part(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9_.-]+", "_", text).strip("_")


@lru_cache(maxsize=CACHE_SIZE)
def anki_tag(text: str) -> str:
    """A valid Anki tag: no spaces, ``::`` only as hierarchy (Obsidian ``a/b`` -> ``a::b``)."""
    parts = [_tag_part(part) for part in re.split(r"::|/", text)]
    return "::".join(part for part in parts if part)


def _expands(inside: str, outside: str) -> bool:
    """``Open Systems Interconnection`` expands ``OSI``: an abbreviation, not a topic list."""
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z][\w-]*", inside)).upper()
    return len(initials) > 1 and initials in re.findall(r"[A-Z0-9]{2,}", outside)


def _topic_parts(source: str) -> list[str] | None:
    found: list[str] = []
    for part in re.split(r",|&|\band\b|/|\+", source, flags=re.IGNORECASE):
        kept = [w for w in re.findall(r"[\w-]+", part.casefold()) if w not in FILLER]
        if len(kept) > 3:
            return None  # a sentence, not a list of topics
        if kept:
            found.append(slug(" ".join(kept)))
    return found


@lru_cache(maxsize=CACHE_SIZE)
def topics(heading: str) -> tuple[str, ...]:
    """Short topic tags from a top-level heading: its words split on "and", "&", ","; a
    parenthetical adds its own topics (``Set up the hard drive (storage solutions)`` -> storage)."""
    text = strip_numbering(plain(clean(heading)))
    inside = [p for p in re.findall(r"\(([^()]*)\)", text) if not _expands(p, text)]
    outside = re.sub(r"\s*\([^()]*\)\s*", " ", text).strip()
    found = [t for part in inside for t in (_topic_parts(part) or [])]
    if len(outside.split()) <= 3 or not found:
        found = (_topic_parts(outside) or []) + found
    return tuple(tag for i, tag in enumerate(found) if tag and tag not in found[:i])


@lru_cache(maxsize=CACHE_SIZE)
def path_tag(deck_root: str, sections: tuple[str, ...]) -> str:
    """``aws::ebs::volume_types``: the note, then each heading's short name."""
    labels = [re.sub(r"\([^()]*\)", " ", label_of(title)) for title in sections]
    parts = [slug(label) for label in labels if len(label.split()) <= PATH_WORDS]
    root = slug(deck_root)
    if parts and parts[0] == root:
        parts = parts[1:]  # ``# AWS`` at the top of aws.md
    return "::".join(part for part in [root, *parts] if part)


def card_tags(card: Card, deck_root: str, note_tags: Iterable[str], config: Config) -> tuple[str, ...]:
    """Every tag of a card: heading path, topics, ``#tags`` of headings/line/front matter, config."""
    found: list[str] = []
    if card.sections:
        found.append(path_tag(deck_root, card.sections))
    for level, title in _levels(card.sections):
        if level <= TOPIC_LEVELS:
            found.extend(topics(title))
        found.extend(hashtags(title))
    found.extend(card.tags)
    found.extend(note_tags)
    found.extend(config.extra_tags(tuple(plain(t) for t in card.sections)))
    renamed = (config.rename.get(tag, tag) for tag in found)
    result: list[str] = []
    for tag in renamed:
        clean_tag = anki_tag(tag)
        if clean_tag and clean_tag not in result:
            result.append(clean_tag)
    return tuple(result)


def _levels(sections: tuple[str, ...]) -> Iterable[tuple[int, str]]:
    """Section titles with their depth (1 = outermost heading of the card's path)."""
    return ((index + 1, title) for index, title in enumerate(sections))
