"""Which Anki note a card is: GUIDs and deck ids. The one place that decides "same card?".

A GUID comes from the note's *identity namespace*, the card kind and the normalised term the card
is about, never from its text, its position, its deck or its file name, so edits update cards in
place. A note's namespace is fixed the first time it is built (its deck name then, which keeps
every GUID notedeck ever handed out) and stays with it through renames of the file, of its deck,
``deck_prefix`` and ``--split-by``: the build state remembers it, and a note file that vanishes
while another appears with mostly the same cards hands its namespace on (as git detects renames).

Cards are matched to the last build's notes in this order, each step only among what the steps
before left unmatched (like git's rename detection):

1. same term and same breadcrumb: the same card;
2. same term, heading renamed: matched by their answers (a lone card of a term keeps its GUID);
3. the GUID the term gives, told apart from other cards of the same term by the nearest heading
   that distinguishes them (older builds' GUIDs, qualified by the whole path, are recognised);
4. a new term whose answer is (mostly) the answer of a term that vanished: a renamed term, it
   keeps the GUID.

An Obsidian block id (``^id``) pins a card's identity outright.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from .cards import Card
from .text import norm_key

SAME_ANSWER = 0.8
"""How alike two answers must be for a renamed term to keep its GUID (difflib ratio)."""
ALIKE_ANSWER = 0.5
"""How alike for two cards of the same term under renamed headings to be the same card."""


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def guid_for(namespace: str, key: str) -> str:
    """A note GUID: 20 hex digits, prefixed so notedeck notes are recognisable. The namespace is
    the note's (see the module docstring); before namespaces it was the deck name, so GUIDs of
    older builds are the same function of the same strings."""
    return "nd" + _digest("notedeck-guid-v1", namespace.casefold(), key)[:20]


def deck_id(deck: str) -> int:
    """A stable deck id from the deck's name (Anki matches decks by name on import anyway)."""
    return 1 << 30 | int(_digest("notedeck-deck-v1", deck)[:12], 16) % (1 << 40)


def base_key(card: Card) -> str:
    return f"block:{card.pinned}" if card.pinned else card.key


def qualifier(card: Card) -> str:
    """The whole breadcrumb: how builds before 0.2 told same-term cards apart."""
    return " / ".join(norm_key(crumb) for crumb in card.context)


@dataclass(frozen=True, slots=True)
class Known:
    """A note of the last build, as identity sees it."""

    guid: str
    key: str
    """The card's base key ('' when the state predates recorded keys)."""
    context: tuple[str, ...]
    answer: str
    """The answer field (cloze: the text), to recognise a card whose term or heading changed."""


def alike(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < ALIKE_ANSWER or matcher.quick_ratio() < ALIKE_ANSWER:
        return 0.0
    return matcher.ratio()


def _nearest(card: Card, others: Iterable[Card]) -> str:
    """The innermost crumb of ``card`` that no other card of its term has ('' when none)."""
    theirs = {norm_key(crumb) for other in others for crumb in other.context}
    return next((norm_key(c) for c in reversed(card.context) if norm_key(c) not in theirs), "")


def _candidates(
    namespace: str, deck: str, key: str, card: Card, group: Sequence[Card], *, older: bool = True
) -> list[str]:
    """GUIDs the card may have had, best first: the plain one, then told apart by the nearest
    distinguishing heading, then (``older`` builds) by the whole path, under the namespace or the deck."""
    found = [guid_for(namespace, key)]
    if len(group) > 1 and (nearest := _nearest(card, [other for other in group if other is not card])):
        found.append(guid_for(namespace, f"{key}@{nearest}"))
    if older:
        for space in dict.fromkeys((namespace, deck)):
            found += [guid_for(space, f"{key}@{qualifier(card)}"), guid_for(space, key)]
    return list(dict.fromkeys(found))


def assign_guids(
    namespace: str,
    cards: Sequence[Card],
    answers: Sequence[str] | None = None,
    known: Sequence[Known] = (),
    decks: Sequence[str] | None = None,
) -> list[str]:
    """GUIDs for one note's ``cards`` (in order), distinct. ``answers`` are their answer fields,
    ``known`` the note's notes in the last build, ``decks`` the deck each card goes to (older
    builds derived GUIDs from it)."""
    answers = answers if answers is not None else [card.back or card.front for card in cards]
    decks = decks if decks is not None else [namespace] * len(cards)
    guids: list[str | None] = [None] * len(cards)
    taken: set[str] = set()
    free = {k.guid: k for k in known}

    def give(index: int, guid: str) -> None:
        guids[index] = guid
        taken.add(guid)
        free.pop(guid, None)

    groups: dict[str, list[int]] = defaultdict(list)
    for index, card in enumerate(cards):
        groups[base_key(card)].append(index)
    by_key: dict[str, list[Known]] = defaultdict(list)
    for k in known:
        if k.key:
            by_key[k.key].append(k)

    # 1. same term, same breadcrumb
    for key, members in groups.items():
        for index in members:
            match = next((k for k in by_key[key] if k.guid in free and k.context == cards[index].context), None)
            if match is not None:
                give(index, match.guid)
    # 2. same term, headings renamed: by answers (a lone pair needs no likeness)
    for key, members in groups.items():
        left = [i for i in members if guids[i] is None]
        rows = [k for k in by_key[key] if k.guid in free]
        if len(left) == 1 and len(rows) == 1:
            give(left[0], rows[0].guid)
            continue
        pairs = sorted(
            ((alike(answers[i], k.answer), i, k.guid) for i in left for k in rows), key=lambda p: -p[0]
        )
        for score, index, guid in pairs:
            if score >= ALIKE_ANSWER and guids[index] is None and guid in free:
                give(index, guid)
    # 3. the GUID the term gives (older builds' forms recognised), distinct within the note
    for key, members in groups.items():
        group = [cards[i] for i in members]
        for index in members:
            if guids[index] is not None or not free:
                continue
            options = _candidates(namespace, decks[index], key, cards[index], group)
            held = next((g for g in options if g in free and free[g].context == cards[index].context), None)
            if held is not None:
                give(index, held)
        for index in members:
            if guids[index] is None:  # a free GUID of the same term is this term's card: reuse it
                options = _candidates(namespace, decks[index], key, cards[index], group, older=False)
                fresh = next((g for g in options if g not in taken), None)
                number = 2
                while fresh is None:
                    candidate = guid_for(namespace, f"{key}@{qualifier(cards[index])}#{number}")
                    fresh = candidate if candidate not in taken else None
                    number += 1
                give(index, fresh)
    # 4. a renamed term: a new GUID whose answer is a vanished card's answer
    known_guids = {k.guid for k in known}
    new = [i for i, guid in enumerate(guids) if guid not in known_guids and not cards[i].pinned]
    pairs = sorted(
        ((alike(answers[i], k.answer), i, k.guid) for i in new for k in free.values()), key=lambda p: -p[0]
    )
    renamed: set[int] = set()
    for score, index, guid in pairs:
        if score >= SAME_ANSWER and index not in renamed and guid in free:
            taken.discard(guids[index] or "")
            give(index, guid)
            renamed.add(index)
    return [guid or "" for guid in guids]
