"""Which Anki note a card is: GUIDs and deck ids. The one place that decides "same card?".

A GUID comes from the deck, the card kind and the normalised term the card is about, never from
its text or position, so edits update cards in place. When two cards of a deck share a term (two
"Security" sections), the one that held the plain GUID before keeps it and the other is qualified
by its heading path; an Obsidian block id (``^id``) pins a card's identity outright.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .cards import Card
from .text import norm_key


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def guid_for(deck: str, key: str) -> str:
    """A note GUID: 20 hex digits, prefixed so notedeck notes are recognisable."""
    return "nd" + _digest("notedeck-guid-v1", deck.casefold(), key)[:20]


def deck_id(deck: str) -> int:
    """A stable deck id from the deck's name (Anki matches decks by name on import anyway)."""
    return 1 << 30 | int(_digest("notedeck-deck-v1", deck)[:12], 16) % (1 << 40)


def base_key(card: Card) -> str:
    return f"block:{card.pinned}" if card.pinned else card.key


def qualifier(card: Card) -> str:
    return " / ".join(norm_key(crumb) for crumb in card.context)


def assign_guids(
    deck: str, cards: Sequence[Card], previous: Mapping[str, Sequence[str]] | None = None
) -> list[str]:
    """GUIDs for ``cards`` (in order). ``previous`` maps GUIDs of the last build to their context."""
    previous = previous or {}
    groups: dict[str, list[int]] = defaultdict(list)
    for index, card in enumerate(cards):
        groups[base_key(card)].append(index)
    guids = [""] * len(cards)
    for key, members in groups.items():
        for index, guid in _resolve(deck, key, [cards[i] for i in members], previous).items():
            guids[members[index]] = guid
    return guids


def _qualified(deck: str, key: str, card: Card, number: int = 1) -> str:
    suffix = f"#{number}" if number > 1 else ""
    return guid_for(deck, f"{key}@{qualifier(card)}{suffix}")


def _resolve(
    deck: str, key: str, cards: Sequence[Card], previous: Mapping[str, Sequence[str]]
) -> dict[int, str]:
    """Give each card of a same-term group its own GUID, keeping GUIDs the last build handed out."""
    plain = guid_for(deck, key)
    if len(cards) == 1:
        qualified = _qualified(deck, key, cards[0])
        return {0: qualified if qualified in previous and not cards[0].pinned else plain}
    result: dict[int, str] = {}
    held = tuple(previous.get(plain, ()))
    holder = next((i for i, card in enumerate(cards) if card.context == held), None)
    if holder is not None:
        result[holder] = plain
    for index, card in enumerate(cards):
        qualified = _qualified(deck, key, card)
        if index not in result and qualified in previous and qualified not in result.values():
            result[index] = qualified
    first = next((i for i in range(len(cards)) if i not in result), None)
    if first is not None and plain not in result.values():
        result[first] = plain
    for index, card in enumerate(cards):
        number = 1
        while index not in result:
            candidate = _qualified(deck, key, card, number)
            if candidate not in result.values():
                result[index] = candidate
            number += 1
    return result
