"""The last rules: cards that would fight in review are told apart, and every line is accounted for.

``tidy``: two cards with the same front in one note are merged when they say the same, else each
front names what tells it apart. ``ledger``: every fact-bearing line that no card holds and no
rule gave a reason for is reported, so ``notedeck check`` lists all that was left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from difflib import SequenceMatcher

from ..cards import Card
from ..outline import Aside, Code, Html, Item, Para, Section, Table
from ..text import CJK_CHAR, fold_accents, norm_key, plain
from .common import content_words, overlap, short_label, similar
from .definitions import term_key
from .ruler import State
from .walk import block_lines, text_lines


def _front_key(card: Card) -> str:
    """What a front asks, however typed: its accents aside (``La tecnica de modulacion QAM`` is ``La
    técnica de modulación QAM``)."""
    said = plain(card.front).casefold()
    return " ".join((said if said.isascii() else fold_accents(said)).split())


_SAYS_NOTHING_APART = frozenset(
    [
        "characteristics", "features", "key features", "properties", "traits", "attributes", "details", "overview",
        "notes", "key points", "main points", "summary", "facts", "info", "information", "general",
    ]
)
"""``Characteristics`` over a country's points: a label any part could have, never what tells one part from another."""


def _tell_apart(cards: list[Card]) -> list[Card]:
    """The card nearest the top of the note's outline keeps its front; each other one names the
    nearest crumb that tells it apart (``Route 53 (Networking Services)``)."""
    main = min(cards, key=lambda card: (len(card.context), card.source.line))
    told: list[Card] = []
    for card in cards:
        others = [other.context for other in cards if other is not card]
        crumb = next(
            (
                c
                for c in reversed(card.context)
                if all(c not in other for other in others) and norm_key(c) != norm_key(card.front)
                and plain(c).casefold().strip(" :") not in _SAYS_NOTHING_APART
            ),
            "",
        )  # (never ``Phoenicians (Phoenicians)``: a crumb that repeats the front tells nothing apart)
        crumb = short_label(crumb)
        if card is main or not crumb or len(crumb.split()) > 5:
            told.append(card)
        else:
            told.append(replace(card, front=f"{card.front} ({crumb})"))
    return told


MERGE_WORDS = 40
"""Two definitions of one term are merged into one card when each answer is at most this long."""


def _group_key(card: Card) -> str:
    """Cards about one term: definitions by what their front names, others by their front."""
    if card.kind == "definition":
        return f"definition:{term_key(plain(card.front))}"
    return f"{card.kind}:{_front_key(card)}"


def _names_a_thing(front: str) -> bool:
    """``Lambda``, ``Amazon S3``, ``TTL``: a name, the same thing wherever the note defines it; not
    a phrase in lower case (``Criteria for selection``), which means something else under each heading."""
    if front.lstrip().startswith("$"):
        return False  # ``$\theta$``: a symbol means what each formula it stands in says
    words = [word.strip("()[]{}\"'“”,.:;") for word in plain(front).split()]
    if len(words) == 1 and re.fullmatch(r"[A-Za-z][a-z]+(?:s|[^aeiou]i|ae)|(?i:criteria|phenomena|bacteria|data|media|strata|curricula|genera|corpora)", words[0]):
        return False  # ``Techniques``, ``Motivations``, ``Stimuli``: a plural noun, of something else under each heading
    return all(not word or word[:1].isupper() or any(ch.isdigit() for ch in word) for word in words[1:])


def _mergeable(state: State, cards: list[Card]) -> bool:
    """Definitions of one term, short enough to stand together in one answer, each standing under
    headings only (a term under a list label, ``AWS`` under ``Destinations``, is another matter)."""
    return all(
        card.kind == "definition"
        and id(card) not in state.aspects
        and len(card.back.split()) <= MERGE_WORDS
        and len(card.context) <= len(card.sections)
        for card in cards
    )


_PHRASE_OPENING = re.compile(r"^(?:to|for|in|on|at|by|with|from|of|and|or|but|the same)\b", re.IGNORECASE)


def _absorbable(state: State, card: Card) -> bool:
    """A definition in a list (``- DynamoDB: Fully managed NoSQL database service``) that says what
    the term is, which the headline definition of the term can hold: a phrase of four words or more,
    not a purpose (``to handle big load``), not a list of names (``Redshift / S3 / OpenSearch``)."""
    text = plain(card.back)
    return (
        card.kind == "definition"
        and id(card) not in state.aspects
        and 4 <= len(text.split()) <= MERGE_WORDS
        and not _PHRASE_OPENING.match(text)
        and " / " not in text
        and "\n" not in card.back.strip()
    )


def _merge(headlines: list[Card], cards: list[Card]) -> Card:
    """One card for one term: the first headline definition, holding what the others say too."""
    main = min(headlines, key=lambda card: (len(card.context), card.source.line))
    backs = [main.back, *(card.back for card in cards if card is not main)]
    return replace(main, back="\n\n".join(backs))


_MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]*\$", re.DOTALL)
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)*")
_LINKS = re.compile(r"!?\[[^\]]*\]\([^)]*\)|https?://\S+")


def _numbers(back: str) -> list[str]:
    return _NUMBERS.findall(_LINKS.sub(" ", _MATH.sub(" ", back)))


def _counts_differ(twin: Card, card: Card, numbers: list[str]) -> bool:
    """``/26 -> 2 bits, 62 hosts`` beside ``/25 -> 1 bit, 126 hosts``: two terms said in the same
    words, but the numbers are the facts, and they differ."""
    theirs = _numbers(twin.back)
    return twin.key != card.key and bool(numbers) and bool(theirs) and numbers != theirs


_OPPOSITES = (
    ("left", "right"), ("increase", "decrease"), ("increases", "decreases"), ("higher", "lower"),
    ("more", "less"), ("up", "down"), ("positive", "negative"), ("rise", "fall"), ("rises", "falls"),
    ("gain", "lose"), ("gains", "loses"), ("inside", "outside"), ("before", "after"), ("above", "below"),
    ("maximum", "minimum"), ("inward", "outward"), ("upward", "downward"), ("public", "private"),
    ("input", "output"), ("inbound", "outbound"), ("same", "different"),
)
"""Words whose swap turns one fact into another: ``a shift of the demand curve to the right`` and
``… to the left`` say opposite things in the same words."""


_NEGATIONS = frozenset(["not", "no", "never", "não", "nao", "nicht", "kein", "keine", "non", "pas", "sin", "sem", "nie", "niet", "geen"])


def _opposed(one: str, other: str) -> bool:
    first, second = set(re.findall(r"\w+", one.casefold())), set(re.findall(r"\w+", other.casefold()))
    if (first ^ second) & _NEGATIONS:
        return True  # ``… de trabalho não permanente`` beside ``… de trabalho``: one denies what the other says
    return any(
        (a in first - second and b in second - first) or (b in first - second and a in second - first)
        for a, b in _OPPOSITES
    )


def _parallel(one: Card, other: Card) -> bool:
    """``shift in the supply curve``: ``A movement of the supply curve itself`` beside the same words
    about the demand curve: each answer differs from the other by a word of its own front, two
    terms said in parallel, not one said twice."""
    first, second = set(re.findall(r"\w+", one.back.casefold())), set(re.findall(r"\w+", other.back.casefold()))
    own, theirs = set(re.findall(r"\w+", one.front.casefold())), set(re.findall(r"\w+", other.front.casefold()))
    return bool((first - second) & (own - theirs)) and bool((second - first) & (theirs - own))


def _other_formulas(one: Card, other: Card) -> bool:
    """``Bernoulli's law`` and ``Khintchine's law``: statements in the same words (``Let … be a sequence
    of random variables … we have:``) over display formulas that differ, two results, not one said twice."""
    first, second = _display_math(one.back), _display_math(other.back)
    return bool(first) and bool(second) and not first & second


def _steps(one: Card, other: Card) -> bool:
    """``Divide``, ``Conquer``, ``Combine`` side by side under ``Merge Sort``: terms under one heading that share
    no word are steps or parts of one thing, said in like words, not one thing named twice; and one aspect
    of two things is two facts."""
    first, second = one.front.rpartition(" — "), other.front.rpartition(" — ")
    if first[1] and second[1] and first[2] == second[2] and first[0] != second[0]:
        return True  # ``Insertion Sort — Complexity`` and ``Bubble Sort — Complexity``: one aspect of two things
    return one.context == other.context and not content_words(first[2]) & content_words(second[2])


def _other_acronyms(one: Card, other: Card) -> bool:
    """``ETL`` and ``ELT``, ``$S_k$`` and ``$W_k$``: two acronyms or symbols whose answers are in the same words
    (in another order, or but one), two things."""
    first, second = one.front.strip(), other.front.strip()
    return first != second and all(re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}s?|\$[^$\s]{1,20}\$", front) for front in (first, second))


_DISPLAY_MATH = re.compile(r"\$\$.*?\$\$", re.DOTALL)


def _display_math(text: str) -> set[str]:
    """A text's ``$$`` formulas, spaces aside."""
    return {re.sub(r"\s+", "", math) for math in _DISPLAY_MATH.findall(text)} if "$$" in text else set()


_FIELD_NAMES = re.compile(r"^- [^:\n]{1,30}:[ \t]", re.MULTILINE)
"""``- English: the girl`` / ``- Nederlands: het meisje``: a table's column names, in every row's answer alike."""


def _twins(state: State) -> set[int]:
    """Definitions with different fronts that say the same thing (``Amazon Route 53`` / ``Route 53``).
    Two answers are twins when their words overlap by 0.6 or more (Jaccard). Only cards that share a
    word of their *prefix* are compared: each answer's words ordered rarest first, the first
    ``n - ⌈0.6 n⌉ + 1`` of them (two sets that overlap by 0.6 always share one; Xiao et al.'s
    prefix filter), so the common words of a note (``AWS``, ``instance``) cost nothing."""
    answers: list[tuple[int, Card, frozenset[str]]] = []
    for index, card in enumerate(state.cards):
        if card.kind != "definition" or len(card.back.split()) < 5:
            continue
        prose = _MATH.sub(" ", card.back)
        if len(prose.split()) < 5:
            continue  # formulas: their words (``frac``, ``Delta``) say nothing about what they mean
        said = content_words(_FIELD_NAMES.sub("", card.back))
        if sum(1 for word in said if len(word) >= 3 or not word.isascii()) < 3:
            continue  # ``p(A and B) + p(A and ~B)``: a formula typed as text, its letters say nothing
        answers.append((index, card, said))
    frequency = Counter(word for _, _, said in answers for word in said)
    dropped: set[int] = set()
    kept: list[tuple[frozenset[str], Card]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for index, card, said in answers:
        ordered = sorted(said, key=lambda word: (frequency[word], word))
        prefix = ordered[: len(ordered) - (3 * len(ordered) + 4) // 5 + 1]  # n - ⌈0.6 n⌉ + 1, in integers
        near = sorted({other for word in prefix for other in postings[word]})
        close = [k for k in near if overlap(kept[k][0], said) >= 0.6]
        numbers = _numbers(card.back) if close else []
        twin = next(
            (
                kept[k][1]
                for k in close
                if not _counts_differ(kept[k][1], card, numbers)
                and not _opposed(kept[k][1].back, card.back)
                and not _parallel(kept[k][1], card)
                and not _other_formulas(kept[k][1], card)
                and not _other_acronyms(kept[k][1], card)
                and not _steps(kept[k][1], card)
            ),
            None,
        )
        if twin is not None:
            dropped.add(index)
            state.release(card, f"says the same as the card about {plain(twin.front)!r}")
            continue
        for word in prefix:
            postings[word].append(len(kept))
        kept.append((said, card))
    return dropped


def _one_name(card: Card, other: Card) -> bool:
    """Two cards under one heading on one plain name, an article aside (``Earthquake: Christchurch``,
    ``An earthquake: Kobe``): two answers to one question."""
    name = re.sub(r"^(?:an?|the)\s+", "", plain(card.front), flags=re.IGNORECASE)
    return (
        card.context == other.context
        and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)?", name) is not None
        and name.casefold() == re.sub(r"^(?:an?|the)\s+", "", plain(other.front), flags=re.IGNORECASE).casefold()
    )


def _siblings(state: State, kept: list[int], replaced: dict[int, Card], dropped: set[int]) -> list[int]:
    """``KMS - Customer managed CMK`` and ``KMS - AWS managed CMK`` side by side: one card, whose
    answer lists both."""
    places: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k in kept:
        card = state.cards[k]
        if card.kind == "definition" and "\n" not in card.back.strip():
            places[card.context].append(k)
    for same in places.values():
        if len(same) < 2:
            continue
        first = state.cards[same[0]]
        replaced[same[0]] = replace(first, back="\n".join(f"- {state.cards[k].back.strip()}" for k in same))
        for k in same[1:]:
            dropped.add(k)
            state.left[state.cards[k].source.line] = (
                f"{plain(first.front)!r} is defined twice differently (also at line {first.source.line}): "
                "one card holds both"
            )
    return [k for k in kept if k not in dropped]


_SIDE_LABEL = re.compile(r"^- \*\*[^*\n]+:\*\* ", re.M)


def _said(card: Card) -> str:
    """What a card's answer says: a comparison's ``- **maskulin:** der`` without the names its front
    already lists (two tables of the same rows, a declension each, say different things)."""
    return _SIDE_LABEL.sub("", card.back) if card.kind == "comparison" else card.back


_ASKED_TERM = re.compile(
    r"^(?:(?:what|who) (?:is|are|was|were) (?:an? |the )?|define |qu['’]est-ce que |qu['’]est-ce qu['’]|was (?:ist|sind) |qué es |que é |o que é )?"
    r"(?P<term>.+?)\s*(?:(?:이란|란|은|는)\s*(?:무엇인가요|무엇인가|무엇일까)?|とは(?:何ですか|なに)?|是什么|是什麼)?\s*[?？]$",
    re.IGNORECASE,
)
"""What a question asks of a term: ``인지적 오류(왜곡)란?``, ``What is a VPC?``."""


_LIST_ALL = re.compile(r"\s+—\s+list all \d+(?: in order)?$")


def _alike(one: str, two: str) -> bool:
    """Two answers that say much the same, by their words or (in scripts without spaces between
    words, or with particles on them) by their characters."""
    def bare(text: str) -> str:
        return " ".join(plain(text.replace("```", " ")).split())

    return similar(one, two, 0.3) or SequenceMatcher(None, bare(one), bare(two)).ratio() >= 0.6


def _asked_again(state: State) -> set[int]:
    """A question in a review part that asks for a term a card of the note defines or lists already
    (``인상 형성의 단서는?`` after ``인상 형성의 단서 — list all 3``): the same card twice."""
    terms: dict[str, Card] = {}
    for card in state.cards:
        if card.kind in ("definition", "enumeration"):
            term = _LIST_ALL.sub("", plain(card.front)).rsplit(" — ", 1)[-1]
            terms.setdefault(norm_key(term), card)
    dropped: set[int] = set()
    for index, card in enumerate(state.cards):
        asked = _ASKED_TERM.match(plain(card.front).strip()) if card.kind == "question" else None
        first = terms.get(norm_key(asked["term"])) if asked is not None else None
        if first is not None and first.source.line < card.source.line and _alike(first.back, card.back):
            dropped.add(index)
            state.release(card, f"asked already by the card at line {first.source.line}: {plain(card.front)[:60]!r}")
    return dropped


_BLANK = re.compile(r"\{\{c\d+::(?:[^{}]|\{[^{}]*\})*\}\}")


def _same_blank(state: State) -> set[int]:
    """Clozes whose fronts read the same once their blanks are hidden (``You cannot use {{c1::Amazon
    Polly}} to detect and extract text …``, then the same line for Amazon Kendra): the front cannot tell
    which answer it asks for, so none of them is a card."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, card in enumerate(state.cards):
        if card.kind == "cloze" and "{{c2::" not in card.front:
            groups[" ".join(_BLANK.sub("…", plain(card.front)).casefold().split()) + "|" + " ".join(card.context)].append(index)
    dropped: set[int] = set()
    for members in groups.values():
        hidden = {" ".join(_BLANK.findall(state.cards[index].front)).casefold() for index in members}
        if len(members) < 2 or len(hidden) < 2:
            continue
        for index in members:
            dropped.add(index)
            state.release(state.cards[index], "the same sentence for several names: the front cannot tell which is asked")
    return dropped


_QUANTITY = re.compile(r"\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:%|[^\W\d_]+(?:/[^\W\d_]+)?)")
"""``8-16 mmol/L``, ``5 sides``: a number and its unit, a fact however short."""


PARALLEL_TERMS = 3
"""Two headings under which this many terms are each defined again (``Strom``, ``Spannung``, ``Energie``
under ``Kapazität`` and under ``Induktivität``) hold parallel parts: the terms mean something else in each."""


def _parents(state: State, members: list[int]) -> frozenset[tuple[str, ...]]:
    """The headings right above a group's definitions."""
    return frozenset(state.cards[k].context[-1:] for k in members if state.cards[k].kind == "definition")


_NUMBERED_LINE = re.compile(r"^\s*\d+\.\s", re.MULTILINE)


def _same_answer(state: State) -> set[int]:
    """``Função Densidade de Probabilidade (f.d.p.)`` and, on the next line, ``Uma função $f(x)$ é uma f.d.p.
    se`` over the same three conditions: two fronts, one answer, word for word; the first asks it."""
    seen: dict[str, Card] = {}
    dropped: set[int] = set()
    for index, card in enumerate(state.cards):
        if card.kind not in ("definition", "enumeration") or len(card.back.strip()) < 20:
            continue
        said = " ".join((_NUMBERED_LINE.sub("- ", card.back) if card.kind == "enumeration" else card.back).split())
        first = seen.get(said)
        if first is not None and len(plain(card.front).split()) >= 4 and 0 < card.source.line - first.source.line <= 3:
            dropped.add(index)  # (not ``3,3`` beside ``2,2``, two hands a table answers alike: names, not a sentence)
            state.release(card, f"the same answer as the card at line {first.source.line}")
            continue
        seen.setdefault(said, card)
    return dropped


_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:[^\W\d_]+\s+\d{1,2}\s*[-–:]\s+)?")
"""An item's bullet or number, and a part's number said before its name (``Schicht 1 - Bitübertragungsschicht``)."""


def _same_list(state: State) -> set[int]:
    """``Beschreibung der 7 Schichten — list all 7`` after ``Die 7 Schichten — list all 7`` over the same
    seven layers: the second list asks what the first asked, under another name."""
    seen: dict[frozenset[str], Card] = {}
    dropped: set[int] = set()
    for index, card in enumerate(state.cards):
        if card.kind != "enumeration":
            continue
        items = frozenset(norm_key(_LIST_MARK.sub("", line)) for line in card.back.split("\n") if line.strip())
        if len(items) < 2:
            continue
        if (first := seen.get(items)) is not None:
            dropped.add(index)
            state.release(card, f"lists the same items as the card at line {first.source.line}")
            continue
        seen[items] = card
    return dropped


def tidy(state: State) -> None:
    dropped = _twins(state) | _asked_again(state) | _same_blank(state) | _same_list(state) | _same_answer(state)
    groups: dict[str, list[int]] = defaultdict(list)
    everywhere: dict[str, list[int]] = defaultdict(list)  # (with the twins: ``Federal Constitution`` said alike of two countries)
    for index, card in enumerate(state.cards):
        if card.kind != "cloze":
            everywhere[_group_key(card)].append(index)
            if index not in dropped:
                groups[_group_key(card)].append(index)
    spans = Counter(_parents(state, members) for members in everywhere.values())
    replaced: dict[int, Card] = {}
    for members in groups.values():
        kept: list[int] = []
        said = {index: _said(state.cards[index]) for index in members}
        for index in members:
            card = state.cards[index]
            if any(similar(said[k], said[index]) for k in kept):
                dropped.add(index)
                state.release(card, f"says the same as another card about {plain(card.front)!r}")
                continue
            kept.append(index)
        if len(kept) < 2:
            continue
        if len(kept) > 1:
            thin = [
                k
                for k in kept
                if state.cards[k].kind == "definition"
                and len(state.cards[k].back.split()) <= 2
                and len(CJK_CHAR.findall(state.cards[k].back)) < 6  # (``習慣、規則、予定``: three words, unspaced)
                and not _QUANTITY.fullmatch(plain(state.cards[k].back).strip())  # (``Normal anion gap: 8-16 mmol/L``: a value, not too little)
                and not any(o != k and _one_name(state.cards[o], state.cards[k]) for o in kept)
            ]  # (siblings under one heading are merged below, not thinned: ``Earthquake: Christchurch`` / ``An earthquake: Kobe``)
            for k in thin[: len(kept) - 1]:
                dropped.add(k)  # ``Fargate: no nodes`` beside the real Fargate card
                state.release(state.cards[k], f"too little beside the other card about {plain(state.cards[k].front)!r}")
            kept = [k for k in kept if k not in dropped]
        kept = _siblings(state, kept, replaced, dropped)
        if len(kept) < 2:
            continue
        headlines = [k for k in kept if _mergeable(state, [state.cards[k]])]
        definitions = headlines + [
            k for k in kept if k not in headlines and _absorbable(state, state.cards[k])
        ]
        parents = {state.cards[k].context[-1:] for k in definitions}
        if len(parents) > 1 and not _names_a_thing(state.cards[definitions[0]].front if definitions else ""):
            headlines = []  # ``Criteria for selection`` under two steps: two criteria, told apart below
        elif len(parents) > 1 and spans[_parents(state, members)] >= PARALLEL_TERMS:
            headlines = []  # ``Strom`` and ``Spannung`` under ``Kapazität`` and again under ``Induktivität``: each its own
        if headlines and len(definitions) > 1:  # the headline takes in what a list elsewhere says
            merged = _merge([state.cards[k] for k in headlines], [state.cards[k] for k in definitions])
            main = next(k for k in definitions if state.cards[k].source == merged.source)
            replaced[main] = merged
            for k in definitions:
                if k != main:
                    dropped.add(k)
                    line = state.cards[k].source.line
                    state.left[line] = (
                        f"{plain(state.cards[k].front)!r} is defined twice differently "
                        f"(also at line {merged.source.line}): one card holds both"
                    )
            kept = [k for k in kept if k == main or k not in definitions]
        by_front: dict[str, list[int]] = defaultdict(list)
        for k in kept:
            by_front[_front_key(replaced.get(k, state.cards[k]))].append(k)
        for same in by_front.values():
            if len(same) > 1:
                cards = [replaced.get(k, state.cards[k]) for k in same]
                for index, told in zip(same, _tell_apart(cards), strict=True):
                    replaced[index] = told
                _one_card_for_twins(state, same, replaced, dropped)
    state.cards = [replaced.get(i, card) for i, card in enumerate(state.cards) if i not in dropped]


def _one_card_for_twins(state: State, same: list[int], replaced: dict[int, Card], dropped: set[int]) -> None:
    """Definitions whose front and breadcrumb nothing tells apart (a heading written twice in a
    note): one card, whose answer holds both."""
    twins: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for k in same:
        card = replaced.get(k, state.cards[k])
        if card.kind == "definition":
            context = card.context
            while context and norm_key(context[-1]) == norm_key(card.front):
                context = context[:-1]  # ``Phoenicians`` under ``Phoenicians``: the same term, said again below itself
            twins[(card.front, context)].append(k)
    for group in twins.values():
        if len(group) < 2:
            continue
        first = replaced.get(group[0], state.cards[group[0]])
        backs = [replaced.get(k, state.cards[k]).back.strip() for k in group]
        replaced[group[0]] = replace(first, back="\n\n".join(backs))
        for k in group[1:]:
            dropped.add(k)
            state.left[state.cards[k].source.line] = (
                f"{plain(first.front)!r} is defined twice (also at line {first.source.line}): one card holds both"
            )


def _fact_lines(state: State) -> dict[int, str]:
    """Every line that may state a fact, with its text."""
    found: dict[int, str] = {}
    for node in state.nodes:
        block = node.block
        if isinstance(block, Para):
            for offset, text in enumerate(block.text.split("\n")):
                found[block.line + offset] = text
        elif isinstance(block, Item) and block.text:
            for offset, text in zip(text_lines(block), block.text.split("\n"), strict=False):
                found[offset] = text
        elif isinstance(block, Table):
            for line in list(block_lines(block))[2:]:
                found[line] = "table row"
        elif isinstance(block, Section):
            continue
    return found


def _headings_of_cards(state: State) -> None:
    """An item with nothing of its own to say, over children that have cards, is a heading."""
    for node in state.nodes:
        block = node.block
        if isinstance(block, Item) and block.blocks and block.line not in state.claimed:
            inside = range(block.line + 1, block.end + 1)
            if any(line in state.claimed for line in inside):
                state.mark_structure(text_lines(block))


def _code_blocks(state: State) -> None:
    """Code and math blocks that no card holds: reported once each, at their first line."""
    for node in state.nodes:
        block = node.block
        if isinstance(block, Code) and not any(line in state.claimed for line in block_lines(block)):
            state.leave_all(block_lines(block), "a code or math block on its own: no card is made from it")


def _html_blocks(state: State) -> None:
    """Raw HTML blocks with text, and example or proof boxes: reported once each, at their first line."""
    for node in state.nodes:
        block = node.block
        if isinstance(block, Html) and not any(line in state.claimed for line in block_lines(block)):
            state.leave_all(block_lines(block), f"raw HTML, not read for cards: {block.text[:60]!r}")
        elif isinstance(block, Aside):
            title = f" {block.title[:50]!r}" if block.title else ""
            reason = (
                f"inside a [!{block.kind}] box{title}: a worked example or proof, no card is made from it"
            )
            state.leave_all(block_lines(block), reason)


def ledger(state: State) -> None:
    _headings_of_cards(state)
    _code_blocks(state)
    _html_blocks(state)
    for line, text in sorted(_fact_lines(state).items()):
        if line in state.claimed or line in state.structure or line in state.left or line in state.noted:
            continue
        if not plain(text):
            continue
        state.leave(line, f"no card: {plain(text)[:70]!r}")
