"""The ruler: rules run in a named order over one shared state, and each claims what it uses.

Modelled on markdown-it-py's ``Ruler`` and ``StateBlock``. A rule is a plain function
``rule(state) -> None`` that reads the note through ``state`` and calls ``state.add(card, lines)``
for every card it makes: the lines the card's front and answer are made of are *claimed*, and no
later rule turns them into the main content of another card (``state.free`` tells). A line that
looks like a card but is left out gets a reason (``state.leave``); whatever fact-bearing line is
neither claimed nor left is reported at the end as "no card" — nothing is dropped in silence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..cards import Card, Skipped, Source
from ..outline import Item, Outline, Para, Section, Table
from .walk import Node, walk

_MARKUP = re.compile(r"<[^<>]*>|&nbsp;")
"""HTML tags and spaces: an answer of nothing else says nothing."""
CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^{}]*)?\}\}")
"""A cloze's hidden part (``{{c1::…}}``, a hint after ``::`` aside)."""
_MARKED_WRONG = re.compile(
    r"\S.{5,}?\s*(?:[(（]\s*(?:errad[oa]|incorret[oa]|incorrect[oa]?|wrong|falsch|faux|fausse|sbagliat[oa]|fout|错误?|錯誤?|[×✗✘❌])"
    r"\s*[)）])\W*",
    re.IGNORECASE | re.DOTALL,
)
"""``Obedeço à toda norma do colégio.(errado)``, ``教育和政治经济发展是同步的（❌）``: a sentence its author marks
as wrong, shown to be avoided; a card would teach it as a fact."""
_CLOSES_ASIDE = re.compile(r"[)）]\W*$")
_PLACEHOLDER = re.compile(
    r"[\s*_>-]*(?:\.{2,}|…+|\?{1,3}|todo|tbd|tba|xxx|wip"
    r"|[(\[]?\s*(?:insert|add|put|sett inn|legg inn|legg til|insérer|insertar|inserire|inserir|wstaw)\s+(?:an?\s+|the\s+)?"
    r"(?:image|picture|pic|bilde|diagram|figure|illustration|photo|immagine|imagen|imagem|obrazek)\s*(?:here|her|ici|aquí|aqui|qui|tutaj)?\s*[)\]]?)"
    r"[\s*_.!]*",
    re.IGNORECASE,
)
"""``**Prova:**`` over ``...``, ``(Sett inn bilde her)``: a place the author kept for an answer (or a picture) not
there yet."""

_POINTS_ABOVE = re.compile(
    r"\b(?:(?:for|in|from|with|using|of|to) (?:the )?above\b|the above[- ]mentioned|aforementioned"
    r"|(?:in|from|for|of) (?:this|these) (?:equations?|formulas?|expressions?|figures?|diagrams?|graphs?|tables?|pictures?|images?)\b)",
    re.IGNORECASE,
)
"""``For the above transfer function``, ``In this equation``: what a front names is somewhere above it."""

Rule = Callable[["State"], None]


@dataclass(slots=True)
class State:
    """Everything the rules share while they read one note."""

    outline: Outline
    """The note."""
    nodes: list[Node]
    """Every section, paragraph, item and table, in note order, with its place."""
    cards: list[Card] = field(default_factory=list)
    """Cards made so far."""
    aside: list[Node] = field(default_factory=list)
    """Nodes taken out of ``nodes`` for good (worked examples, proofs): read by no rule, but
    still part of the note's wording (how often it uses a name)."""
    claimed: dict[int, str] = field(default_factory=dict)
    """Line -> the kind of card that holds it."""
    owners: dict[int, int] = field(default_factory=dict)
    """Line -> the source line of the card that holds it (for measuring what reached which card)."""
    also: dict[int, str] = field(default_factory=dict)
    """Line -> why a statement on it reached no card, when another statement of the line did."""
    left: dict[int, str] = field(default_factory=dict)
    """Line -> why it reached no card (reported by ``check``)."""
    structure: set[int] = field(default_factory=set)
    """Lines that are structure (labels, headings used as crumbs): no fact to study."""
    taken: set[tuple[int, int]] = field(default_factory=set)
    """Statements of paragraphs that a card holds: (paragraph line, statement index)."""
    noted: set[int] = field(default_factory=set)
    """Lines covered by a reason given at an earlier line of the same block."""
    fields: dict[int, str] = field(default_factory=dict)
    """Items (by ``id``) that are one field of a record, with the record's label: ``epoka: romantyzm``
    under ``Dziady`` as under every other work of the list."""
    aspects: set[int] = field(default_factory=set)
    """Cards (by ``id``) about one aspect of a term under a label (``S3`` under ``Origins``),
    not a definition of it: never merged with the term's definition."""

    def holds_authors_cards(self, item: Item) -> bool:
        """Whether any child of ``item`` is a card its author wrote (``Q::A``, ``Q;; A``, a cloze): the
        item is then their topic, never a term or a list of its own."""
        return any(self.claimed.get(child.line) in ("explicit", "cloze") for child in item.children)

    def free(self, *lines: int) -> bool:
        """True when none of ``lines`` is claimed by a card yet."""
        if len(lines) == 1:
            return lines[0] not in self.claimed
        return not any(line in self.claimed for line in lines)

    def add(self, card: Card, lines: Iterable[int]) -> None:
        """Keep ``card`` and claim the lines it is made of."""
        if card.kind != "cloze" and card.back.strip() and not _MARKUP.sub("", card.back).strip():
            self.leave(card.source.line, f"nothing under {card.front[:40]!r} but markup")
            return  # ``**Germany was virtually bankrupt**`` over a line that is only ``<br>``
        if card.kind in ("definition", "enumeration") and _POINTS_ABOVE.search(card.front):
            self.leave(card.source.line, f"asks about something above that the card cannot show: {card.front[:40]!r}")
            return  # ``For the above transfer function, the sum … are`` over its formula; ``In this equation`` over its symbols
        if card.kind != "cloze" and _PLACEHOLDER.fullmatch(_MARKUP.sub("", card.back)):
            self.leave(card.source.line, f"no answer written yet under {card.front[:40]!r}")
            return
        said = _MARKUP.sub("", card.back if card.kind != "cloze" else CLOZE.sub(r"\1", card.front))
        if _CLOSES_ASIDE.search(said[-40:]) and _MARKED_WRONG.fullmatch(said):  # (only text that ends on a bracket can be marked so)
            self.leave(card.source.line, f"marked wrong by its author, not a fact: {said.strip()[:40]!r}")
            return
        self.cards.append(card)
        for line in lines:
            self.claimed.setdefault(line, card.kind)
            self.owners.setdefault(line, card.source.line)
            self.left.pop(line, None)

    def claim(self, lines: Iterable[int], kind: str) -> None:
        """Claim lines that a card already holds in its answer (no card of their own)."""
        for line in lines:
            self.claimed.setdefault(line, kind)
            self.left.pop(line, None)

    def drop(self, card: Card, reason: str) -> None:
        """Take back a card after the rules ran: the lines it held are left with ``reason``."""
        self.cards = [kept for kept in self.cards if kept is not card]
        self.release(card, reason)

    def release(self, card: Card, reason: str) -> None:
        """The lines ``card`` holds are no card's any more (it is being dropped): they get ``reason``."""
        line = card.source.line
        shared = any(other is not card and other.source.line == line for other in self.cards)
        held = [] if shared else [held for held, owner in self.owners.items() if owner == line]
        for each in held:
            self.claimed.pop(each, None)
            self.owners.pop(each, None)
        self.left[line] = reason
        self.noted.update(each for each in held if each != line)

    def leave(self, line: int, reason: str) -> None:
        """Record why ``line`` reached no card (the first reason given wins)."""
        if line not in self.claimed:
            self.left.setdefault(line, reason)

    def leave_all(self, lines: Iterable[int], reason: str) -> None:
        """One reason for a block of lines: reported once, at its first line."""
        lines = [line for line in lines if line not in self.claimed]
        if lines:
            self.leave(lines[0], reason)
            self.noted.update(lines[1:])

    def mark_structure(self, lines: Iterable[int]) -> None:
        self.structure.update(lines)

    def put_aside(self, picked: Callable[[Node], bool]) -> None:
        """Take the nodes ``picked`` chooses out of what later rules read; they stay the note's
        wording (``aside``), as worked examples do."""
        listed = [node for node in self.nodes if picked(node)]
        self.aside.extend(listed)
        gone = {id(node) for node in listed}
        self.nodes = [node for node in self.nodes if id(node) not in gone]

    def skipped(self) -> list[Skipped]:
        """The ledger: every fact-bearing line no card holds, with its reason, in note order."""
        path = self.outline.path
        reasons = {line: f"a sentence of the line reached no card: {reason}" for line, reason in self.also.items()}
        reasons.update(self.left)
        return [Skipped(Source(path, line), reason) for line, reason in sorted(reasons.items())]


def visit(
    state: State,
    *,
    section: Callable[[Node, Section], None] | None = None,
    item: Callable[[Node, Item], None] | None = None,
    para: Callable[[Node, Para], None] | None = None,
    table: Callable[[Node, Table], None] | None = None,
) -> None:
    """Call the handler of each node's kind, in note order, for every node not claimed yet."""
    for node in state.nodes:
        block = node.block
        if not state.free(block.line):
            continue
        if isinstance(block, Section) and section is not None:
            section(node, block)
        elif isinstance(block, Item) and item is not None:
            item(node, block)
        elif isinstance(block, Para) and para is not None:
            para(node, block)
        elif isinstance(block, Table) and table is not None:
            table(node, block)


@dataclass(slots=True)
class Ruler:
    """Rules by name, in order; ``before``/``after`` insert a new one where it belongs."""

    rules: list[tuple[str, Rule]] = field(default_factory=list)

    def push(self, name: str, rule: Rule) -> None:
        self.rules.append((name, rule))

    def _index(self, name: str) -> int:
        for index, (known, _) in enumerate(self.rules):
            if known == name:
                return index
        msg = f"no rule named {name!r}"
        raise KeyError(msg)

    def before(self, name: str, new: str, rule: Rule) -> None:
        self.rules.insert(self._index(name), (new, rule))

    def after(self, name: str, new: str, rule: Rule) -> None:
        self.rules.insert(self._index(name) + 1, (new, rule))

    def names(self) -> list[str]:
        return [name for name, _ in self.rules]

    def run(self, outline: Outline) -> State:
        state = State(outline, list(walk(outline)))
        for _name, rule in self.rules:
            rule(state)
        return state
