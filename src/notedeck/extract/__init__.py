"""Extraction: ordered rules over one shared state (see ``ruler``); each claims what it turns into a card.

A new card kind is one module here plus one line in ``RULES`` (or ``RULES.before``/``after``).
Rules run in this order: a note that is a task board is set aside whole; the author's explicit
cards come first, then questions already asked; worked examples, proofs and a table of contents are
set aside; then comparisons, formulas led into by a sentence, word lists lined up in a code block,
definitions, enumerations and facts stated in prose; then ``tidy`` tells same-front cards apart and
``ledger`` gives every fact-bearing line left over a reason. After the rules, ``_noise`` takes back the cards that ask
nothing (an empty or placeholder answer, a whole section pasted, a step of a working).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..cards import Card, Extraction
from ..outline import Item, Outline
from ..text import fold_accents, is_empty_answer, norm_key, plain, points_elsewhere, without_last_aside
from .columns import columns
from .common import is_sentence_label
from .comparisons import comparisons
from .contents import board, contents
from .definitions import definitions
from .enumerations import enumerations
from .explicit import explicit
from .facts import facts
from .formulas import formulas
from .ledger import ledger, tidy
from .questions import ANSWER_LABEL, questions
from .ruler import CLOZE, Rule, Ruler, State
from .worked import worked


def default_ruler() -> Ruler:
    ruler = Ruler()
    for name, rule in (
        ("board", board),
        ("explicit", explicit),
        ("questions", questions),
        ("worked", worked),
        ("contents", contents),
        ("comparisons", comparisons),
        ("formulas", formulas),
        ("columns", columns),
        ("definitions", definitions),
        ("enumerations", enumerations),
        ("facts", facts),
        ("tidy", tidy),
        ("ledger", ledger),
    ):
        ruler.push(name, rule)
    return ruler


RULES = default_ruler()
"""Every rule, by name, in the order they run."""


def _leads_nowhere(back: str) -> bool:
    """``- defendant has a right of due process to:`` and nothing after it."""
    lines = [line for line in back.strip().split("\n") if line.strip()]
    text = plain(lines[0]).rstrip() if len(lines) == 1 else ""
    prose = _MATH_SPANS.sub("x", text)  # (``find $a_T, a_N$ in:``: a comma inside math is no list)
    return text.endswith(":") and "," not in prose and len(text.split()) <= 12


_GAP = re.compile(r"\bBLANK\b|_{4,}|\?{3,}")
"""``the **BLANK** system``, ``____``, ``???``: a word the author missed in class and meant to fill in."""
_MATH_SPANS = re.compile(r"\$\$.*?\$\$|\$[^$\n]+\$", re.DOTALL)
_LATEX = re.compile(r"\\(?:begin|end)\{|&=|\\\\[ \t]*$|\\(?:frac|choose|sum|sqrt|cdot|leq|geq|lambda)\b", re.MULTILINE)
_BULLETED_MATH = re.compile(r"^[ \t]*[-*+][ \t]+\$\$[ \t]*$", re.MULTILINE)


def _loose_math(text: str) -> bool:
    """LaTeX outside any ``$``…``$`` or ``$$`` block (``\\begin{split}``, ``P(Y=2) &= …``), or a
    ``$$`` made a bullet: math a card would show as raw code (written glued to the text around
    it, ``Equation: $$``, which no Markdown reader takes for a math block)."""
    return bool(_LATEX.search(_MATH_SPANS.sub("", text)) or _BULLETED_MATH.search(text))


_ASKING = re.compile(r"\s*(?:[-*+]\s+)?(?:how|what|why|which|when|where|who)\s+(?:is|are|was|were|do|does|did|can|could|would|should|will)\b", re.IGNORECASE)
"""``What is …``, ``How does …``: the words that open a question in English."""


def _only_asks(card: Card) -> bool:
    """``- What is it for ?``, ``- Which tools will you use?`` / ``- How do you prepare the data?``:
    the note asks, and does not answer, under the term or the question."""
    if "?" not in card.back and "？" not in card.back:
        # (no question mark: it asks nothing, the common case; but ``**What is TOGAF**`` over ``- How does it
        # differ from Zachman or SABSA``: a question under a question, the mark left off both)
        said = plain(card.back).strip()
        return (
            "\n" not in said
            and len(said.split()) <= 12
            and _ASKING.match(plain(card.front)) is not None
            and _ASKING.match(said) is not None
        )
    lines = [line for line in card.back.strip().split("\n") if plain(line).strip()]
    asks = [without_last_aside(plain(line).rstrip(" *_")).rstrip(" *_)").endswith(("?", "？")) for line in lines]
    if len(lines) == 1:
        return (
            card.kind != "question"
            and asks[0]
            and re.match(r"\s*[-*+]\s", lines[0]) is not None
            and len(plain(lines[0]).split()) <= 6
        )
    return all(asks)


_SETUP = re.compile(
    r"(?:let|suppose|assume|consider|sei|seien|soit|soient|sia|siano|sea|sean)\b[^.!?\n]*\bbe\b[^.!?\n]*[.]?"
    r"|(?:let|sei|soit|sia|sea|niech|nechť|mamy|we have)\b[^.!?\n]{0,80}[.]?",
    re.IGNORECASE,
)
"""``Let $C$ be the set of such numbers.``: a question's working begins; the answer is further on."""


LONGEST = 1000
"""Characters of answer beyond which a card pastes a whole section: nobody recalls it (graded cards
with such answers: 2 GOOD of 46)."""

_STEP = re.compile(
    r"\W*(?:then|so|thus|hence|therefore|this (?:gives|yields)|which gives|we (?:get|have)|ce qui|donc|dann|daher"
    r"|quindi|entonces|por lo tanto|logo|ainsi)\b(?:\W+\w+){2}",
    re.IGNORECASE,
)
"""``Ce qui donne donc``, ``Then, we have an equation to find …``: a step of a working, led on from the one before."""


def _working_step(card: Card) -> bool:
    """A front that goes on from the step before it, over a result: what it asks is in the working."""
    back = plain(card.back).lstrip()
    return _STEP.match(plain(card.front)) is not None and (back[:1] in "$`" or back[:1].isdigit())


_BRACKETED = re.compile(r"\s*\[[^\[\]\n]+\]\.?\s*")
_INSERT_HERE = re.compile(
    r"[(\[]\s*(?:insert|add|paste|todo|tbd)\b[^()\[\]\n]{0,60}[)\]]\.?|(?:insert|paste)\b[^\n]{0,60}\bhere\b\.?",
    re.IGNORECASE,
)
"""``(Insert T-s Diagram here)``: what the author meant to add, not an answer."""
_BRACKETED_CLOZE = re.compile(r"\[\{\{c\d+::[^{}]*\}\}\](?!\()")


def _placeholder(card: Card) -> bool:
    """``Em uma frase`` → ``[Resumo ultra sintético]``, ``[{{c1::Contexto}}] → [Como se aplica]``: a
    template's placeholder (or a word the author only bracketed), which asks and answers nothing."""
    if card.kind == "cloze":
        return _BRACKETED_CLOZE.search(card.front) is not None
    return _BRACKETED.fullmatch(card.back) is not None or _INSERT_HERE.fullmatch(plain(card.back).strip()) is not None


def _asks_the_questions(back: str, questions: set[str]) -> bool:
    """``Two Quantitative Variables`` over ``- does Smokers explain …?`` with its answer: a back whose
    items are the note's questions, each a card of its own already."""
    items = [plain(line) for line in back.split("\n") if _BULLET.match(line)]
    return bool(items) and all(item.rstrip().endswith("?") and norm_key(item) in questions for item in items)


_BULLET = re.compile(r"[-*+]\s")
_ITEM_MARK = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+")


def _outline_items(back: str) -> list[str]:
    return [norm_key(plain(line[mark.end() :])) for line in back.split("\n") if (mark := _ITEM_MARK.match(line))]


def _outlines(state: State) -> None:
    """``Relace`` over ``pojem relace, arita relace`` / ``operace s binárními relacemi`` …, each of them
    a heading or a label further on: the outline of what the note goes on to cover (an exam's
    syllabus), answered below item by item, not a card of its own."""
    crumbs: dict[str, int] = {}  # each crumb's last line
    ends: dict[int, int] = {}
    keys: dict[tuple[str, ...], list[str]] = {}  # (nodes under one heading share their crumbs)
    for node in state.nodes:
        ends.setdefault(node.block.line, node.block.end if hasattr(node.block, "end") else node.block.line)
        path = node.place.crumbs
        if path not in keys:
            keys[path] = [norm_key(plain(crumb)) for crumb in path]
        for key in keys[path]:
            crumbs[key] = node.block.line
    if len(crumbs) < 4:
        return
    for card in list(state.cards):
        if card.kind != "definition":
            continue  # (an enumeration of the parts the note goes on to treat asks for them: ``Types of EBS Storage``)
        items = [item for item in _outline_items(card.back) if item]
        end = ends.get(card.source.line, card.source.line)
        later = [item for item in items if crumbs.get(item, 0) > end]
        if len(items) >= 3 and len(later) * 2 > len(items):
            state.drop(card, f"the outline of what the note covers further on: {plain(card.front)[:60]!r}")


_SPELLED = re.compile(r"[^\W\d_](?:(?:-|\s+)[^\W\d_])+")
"""``W-O-L-F-G-A-N-G``: a name spelled out letter by letter, a drill with nothing to recall."""


def _spelled_out(back: str) -> bool:
    items = [plain(re.sub(r"^\s*[-*+]\s+", "", line)).strip() for line in back.split("\n") if line.strip()]
    return all(_SPELLED.fullmatch(item) and item.count("-") >= 2 for item in items)


_DEFINITION_LABEL = re.compile(
    r"(?:.+\s—\s)?(?:definition|def|defn|definición|définition|definizione|definição|definicja|definice|definitie|begriff)\.?(?:\s+\d+(?:\.\d+)*)?",
    re.IGNORECASE,
)
_EMPHASISED = re.compile(r"(?<![*_\w])(\*\*|__|\*|_)(?=\S)([^*_\n$]{2,50}?)(?<=\S)\1(?![*_\w])")


def _named_definitions(state: State) -> None:
    """``Algebraic Closures — Definition`` over ``A field $F$ is **algebraically closed** iff …``: the
    definition is of the term its sentence sets in bold or italics, which is what the card asks."""
    for index, card in enumerate(state.cards):
        if card.kind != "definition" or not _DEFINITION_LABEL.fullmatch(plain(card.front).strip(" :*_")):
            continue
        first = re.split(r"(?<=[.!?])\s|\n", re.sub(r"^[-*+]\s+", "", card.back.strip()), maxsplit=1)[0]
        found = list(_EMPHASISED.finditer(first))
        terms = {plain(each.group(2)).strip() for each in found}
        if len(terms) != 1 or len(first.split()) < 5:
            continue  # (``Una **serie**``: a definition cut off after its first words)
        (term,) = terms
        label = plain(card.front).rsplit(" — ", 1)[0] if " — " in plain(card.front) else ""
        bold = found[0].group(1) in ("**", "__")
        if 1 <= len(term.split()) <= 5 and (bold or len(term.split()) > 1) and term.casefold() not in label.casefold():
            state.cards[index] = replace(card, front=term, key=norm_key(term))


def _noise(state: State) -> None:
    _named_definitions(state)
    _outlines(state)
    asked = {norm_key(plain(card.front)) for card in state.cards if card.kind == "explicit"}
    questions = {norm_key(plain(card.front)) for card in state.cards if card.kind == "question"}
    for card in list(state.cards):
        if card.kind in ("definition", "enumeration") and questions and _asks_the_questions(card.back, questions):
            state.drop(card, f"its answer is the note's questions, each a card of its own: {plain(card.front)[:60]!r}")
            continue
        if card.kind == "enumeration" and _spelled_out(card.back):
            state.drop(card, f"a name spelled out letter by letter, nothing to recall: {plain(card.front)[:60]!r}")
            continue
        if card.kind != "explicit" and "((" in card.front and points_elsewhere(card.front):
            state.drop(card, f"a block of another page, which the note does not hold: {plain(card.front)[:60]!r}")
            continue
        if card.kind != "explicit" and (_loose_math(card.front) or _loose_math(card.back)):
            state.drop(card, f"math written outside a math block: {plain(card.front)[:60]!r}")
            continue
        if card.kind not in ("explicit", "question", "cloze") and len(plain(card.back)) > LONGEST:
            state.drop(card, f"too much for one card (a whole section): {plain(card.front)[:60]!r}")
            continue
        if card.kind != "explicit" and _placeholder(card):
            state.drop(card, f"a placeholder in brackets, not an answer: {plain(card.front)[:60]!r}")
            continue
        if card.kind not in ("explicit", "question", "cloze") and _working_step(card):
            state.drop(card, f"a step of a working, not a card: {plain(card.front)[:60]!r}")
            continue
        gap = _GAP.search(plain(card.front)) or _GAP.search(plain(card.back))
        if gap and card.kind not in ("explicit", "question"):  # a fill-in-the-blank the author asks stays
            state.drop(card, f"the note leaves a gap to fill in here: {plain(card.front)[:60]!r}")
            continue
        if card.kind == "definition" and norm_key(plain(card.front)) in asked:
            state.drop(card, f"the author's own card asks {plain(card.front)[:60]!r} already")
            continue
        if card.kind != "cloze" and (not plain(card.front) or is_empty_answer(card.back)):
            state.drop(card, f"nothing to learn in the answer of {plain(card.front)[:60]!r}")
        elif card.kind == "cloze" and ANSWER_LABEL.match(plain(CLOZE.sub(r"\1", card.front))):  # ``**Answer:** UDP port 67 and 68``
            state.drop(card, f"the answer to a question the card does not show: {plain(card.front)[:60]!r}")
        elif card.kind == "cloze" and _SETUP.fullmatch(plain(CLOZE.sub(r"\1", card.front)).strip(" ,")):
            state.drop(card, f"the sentence only sets up the notation of what follows: {plain(card.front)[:60]!r}")
        elif _SETUP.fullmatch(plain(card.back).strip()) and (
            card.kind == "question" or (card.kind == "definition" and len(plain(card.back).split()) <= 8)
        ):  # (``Niech $G=(V,E)$ będzie grafem prostym.`` under ``Twierdzenie #2``: the statement is further on)
            state.drop(card, f"the answer only sets up the notation it goes on with: {plain(card.back)[:60]!r}")
        elif card.kind not in ("cloze", "explicit") and _only_asks(card):
            state.drop(card, f"the answer is a question the note leaves open: {plain(card.back)[:60]!r}")
        elif card.kind != "cloze" and _leads_nowhere(card.back):
            state.drop(card, f"the answer only leads into what the note does not say: {plain(card.back)[:60]!r}")


_ONE_BULLET = re.compile(r"\s*[-*+]\s+(?!\[[ xX]\])(?P<point>[^\n]*[^\s][^\n]*?)\s*")
"""A back that is one bullet alone, its text on one line."""


def _one_point(card: Card) -> Card:
    """``- A measurement showing …`` as a definition's whole back: one point is the answer, not a list of one."""
    back = card.back.strip()
    if card.kind not in ("definition", "question") or back[:1] not in ("-", "*", "+") or "\n" in back:
        return card
    single = _ONE_BULLET.fullmatch(back)
    return card if single is None else replace(card, back=single.group("point"))


_NO_PLURAL = frozenset(["no plural", "kein plural", "nur singular", "ohne plural", "only singular"])
_VERB_FORMS = re.compile(r"verb\s*:\s*(?P<forms>\S.*)", re.IGNORECASE | re.DOTALL)


def _word_form(card: Card) -> Card:
    """``die Zutat`` over ``Zutaten``, ``das Schokoeis`` over ``no plural``, ``einladen`` over ``verb: lädt ein,
    lud ein, hat eingeladen``: a vocabulary that glosses a word with its forms, not what it means; the front says
    which forms it asks for."""
    if card.kind != "definition" or "\n" in card.back.strip():
        return card
    said = plain(card.back).strip()
    noun = re.fullmatch(r"(?:der|die|das)\s+(\w+)", plain(card.front).strip())
    if noun is not None and (
        said.casefold() in _NO_PLURAL
        or (
            re.fullmatch(r"\w+", said) is not None
            and said[:1].isupper()
            and fold_accents(said).casefold()[:4] == fold_accents(noun.group(1)).casefold()[:4]
        )
    ):
        return replace(card, front=f"{card.front} — Plural")
    forms = _VERB_FORMS.fullmatch(card.back.strip())
    if forms is not None and re.fullmatch(r"\w+", plain(card.front).strip()) and forms.group("forms").count(",") >= 1:
        return replace(card, front=f"{card.front} — verb forms", back=forms.group("forms").strip())
    return card


def _sentence_parents(state: State) -> dict[int, str]:
    """The line of each list item whose parent item is a sentence (``To get around this, we can instead
    construct a "partial mesh" network``), which no breadcrumb shows, and that sentence."""
    return {
        node.block.line: node.parent.text.strip()
        for node in state.nodes
        if isinstance(node.block, Item)
        and node.parent is not None
        and "\n" not in node.parent.text.strip()
        and is_sentence_label(plain(node.parent.text).strip())
    }


SENTENCE_PARENT_WORDS = 30
"""A sentence over points longer than this is a paragraph of its own, not the lead-in a point's card needs."""


def _under_sentence(card: Card, parents: dict[int, str]) -> Card:
    """A point's cloze under a sentence (``Each node is {{c1::connected to a few others}}`` under ``… we can
    instead construct a "partial mesh" network``): the sentence goes first, or the point loses its subject."""
    parent = parents.get(card.source.line)
    if card.kind != "cloze" or parent is None or len(plain(parent).split()) > SENTENCE_PARENT_WORDS:
        return card
    if plain(parent).casefold() in plain(CLOZE.sub(r"\1", card.front)).casefold():
        return card  # (a sub-question's card that already asks with its setup)
    if any(plain(hidden).casefold() in plain(parent).casefold() for hidden in CLOZE.findall(card.front)):
        return card  # ``… connected using Internet Exchange Points (IXPs)`` over ``… types of {{c1::IXPs}}``: it would tell
    return replace(card, front=f"{parent}\n\n{card.front}")


def extract(outline: Outline, ruler: Ruler = RULES) -> Extraction:
    """All cards of a note in note order, and every line that reached no card, with why."""
    state = ruler.run(outline)
    _noise(state)
    parents = _sentence_parents(state)
    cards = sorted((_under_sentence(_word_form(_one_point(card)), parents) for card in state.cards), key=lambda card: card.source.line)
    return Extraction(
        cards=cards,
        skipped=state.skipped(),
        covered=set(state.claimed) | state.noted,
        owners=dict(state.owners),
    )


__all__ = ["RULES", "Rule", "Ruler", "State", "default_ruler", "extract"]
