"""Worked examples and proofs under a heading of their own (``### Example 2``, ``#### dimostrazione``,
``##### Proof of correctness``): what they say belongs to the example or the argument, not to what
there is to learn. The rule runs after the author's explicit cards and questions; it takes every
node of such a section out of the note for the rules after it, each line left with a reason."""

from __future__ import annotations

import re

from ..outline import (
    EXAMPLE_OF,
    EXAMPLE_WORD,
    PROOF_WORD,
    Block,
    Code,
    Html,
    Item,
    ListBlock,
    Para,
    Section,
    Table,
)
from ..text import norm_key, plain, strip_numbering, without_question_label
from .ruler import State
from .walk import Node, block_lines, section_end, text_lines

_WORKED = re.compile(
    rf"^(?:worked\s+|an?\s+)?{EXAMPLE_WORD}(?:\s+\d+[a-z]?)?\s*[:.]?\s*(?:$|[-–—:]\s)"
    rf"|^(?:an?\s+)?{EXAMPLE_WORD}\s+(?:{EXAMPLE_OF}\s|(?:dell|d)['’])"
    rf"|^(?:worked\s+|sample\s+)?{EXAMPLE_WORD}\s+(?:problem|exercise|calculation)\s*(?:#\s*)?(?:\d+(?:\.\d+)*[a-z]?)?\s*[:.]?\s*(?:$|[-–—:]\s)"
    r"|^sample\s+problem\s*(?:#\s*)?\d+(?:\.\d+)*[a-z]?\s*[:.]?\s*(?:$|[-–—:]\s)"
    rf"|^{PROOF_WORD}\b"
    r"|^es\.?\s*(?:\([^()]*\))?\s*:?\s*$",  # ``ES:``, ``ES (da mettere in un altro file)``: Italian's short *esempio*
    re.IGNORECASE,
)
"""A heading that titles a worked example (``Example``, ``Example 2: …``, ``esempio``) or a
proof (``Proof of correctness``, ``dimostrazione``), ``Example Problem #1``, ``Sample Problem 27.1``; ``Example of linearity`` (one example, worked)
but never ``Examples of …``, a list to learn."""


_EXERCISE = re.compile(
    r"^(?:compute|evaluate|determine|find|solve|prove|show|verify|simplify|calculate|integrate|differentiate"
    r"|factori[sz]e|factor|expand|sketch|berechne|bestimme|zeige|calculer|calculez|déterminer|déterminez"
    r"|montrer|montrez|calcula|calcule|determina|resuelve|resolva|calcola|determinare)\b",
    re.IGNORECASE,
)
"""``compute the following integrals``, ``evaluate the following improper integrals``: an exercise
to do (with math, or over a list of them), not a fact to recall."""


def _exercise(item: Item) -> bool:
    """An exercise, or a label over nothing but exercises (``partial fractions`` over two of them)."""
    if item.children and all(isinstance(b, ListBlock) for b in item.blocks) and all(map(_exercise, item.children)):
        return True
    text = plain(item.text)
    if not _EXERCISE.match(text):
        return False
    return bool(re.search(r"\bfollowing\b", text, re.IGNORECASE) or re.search(r":\s*\$", item.text))


_OPENER = r"(?:proof|dimostrazione|beweis|démonstration|demostración|demonstração|preuve|bukti|dowód|důkaz|bewijs|доказательство)"
"""The words that open a proof in a paragraph (not ``Prova:``, which also heads an exam's answer)."""
_PROOF_OPENS = re.compile(
    r"^(?:#[\w/-]+[ \t]*\n)*"  # (under an Obsidian tag line: ``#Dimostrazione``)
    rf"(?:(?:\*\*|__|\*|_){_OPENER}\b"
    r"(?:[.:]?(?:\*\*|__|\*|_)(?:\s*[.:]|\s+(?:of|del|della|dello|dei|des|du|de|von|do|da)\b|[ \t]*(?:$|\n))|[.:](?:\*\*|__|\*|_)(?=\s))"
    rf"|(?:\*\*|__){_OPENER}\s+(?:of|del|della|dello|dei|des|du|de|von|do|da|dari)\b[^*_\n]{{0,60}}(?:\*\*|__)"
    rf"|{_OPENER}\s+of\s+(?:the\s+)?(?:theorem|lemma|corollary|proposition|claim)\b"
    rf"|{_OPENER}\s*[.:](?:\s|$))",
    re.IGNORECASE,
)
"""``**DIMOSTRAZIONE** del lemma di Peano``, ``*Proof.* Let …``, ``Proof: …``: a paragraph that opens
a proof (not ``Proof of work is …``, a term)."""
_PROOF_ENDS = re.compile(r"∎|□|\\blacksquare|\\square\b|\\qed\b|(?<![^\W_])Q\.?E\.?D(?![^\W_])|\bc\.v\.d\b", re.IGNORECASE)
"""How a proof's last line ends (``… = 0 $\\blacksquare$``, ``∎``, ``QED``)."""


_TITLED = re.compile(r"\s*(?:\*\*|__|\$\\textbf\{|\\textbf\{)")
"""A paragraph that opens with a bold title (``$\\textbf{Definition 10.5}$``, ``**Teorema 2.2**: …``):
what comes next in the note, after the proof."""


def _proof_end(nodes: list[Node], start: int) -> int:
    """The index of the last node of the proof that opens at ``nodes[start]``: the one whose text ends
    it (``∎``), or the last before the next heading or bold title."""
    for index in range(start, len(nodes)):
        block = nodes[index].block
        if isinstance(block, Section) or (index > start and isinstance(block, Para) and _TITLED.match(block.text)):
            return index - 1
        if isinstance(block, Para | Code) and _PROOF_ENDS.search(block.text):
            return index
    return len(nodes) - 1


_EXAMPLE_OPENS = re.compile(
    rf"^(?:\d+(?:\.\d+)*\.?\s+)?(?:\*\*|__)(?:{EXAMPLE_WORD}|exercise|exercice|esercizio|ejercicio|exerc[ií]cio|übung|aufgabe)"
    r"(?:\s+\d+(?:\.\d+)*[a-z]?)?\s*[.:]?\s*(?:\*\*|__)"
    rf"|^{EXAMPLE_WORD}\s+\d+(?:\.\d+)*[a-z]?\s*[.:]\s",
    re.IGNORECASE,
)
"""``4.1.  **example** a lot containing 7 components …``, ``**Exercise 2:** …``, ``Example 4.13: …``: a
paragraph that opens a worked example or an exercise."""
_NUMBERED_TITLE = re.compile(r"^\s*\d+(?:\.\d+)*\.\s|^\s*\d+(?:\.\d+)+\s")
_WORKING = re.compile(
    r"\$|=|^\W*(?:therefore|thus|hence|so|then|now|next|finally|let|find|assum\w*|assign\w*|suppos\w*|substitut\w*"
    r"|first(?:ly)?,? we|we (?:get|have|compute|obtain|find|need|know|see)|the (?:answer|solution|result)|solution|answer)\b",
    re.IGNORECASE,
)
"""What a worked example goes on with: math, a step (``therefore …``, ``first we compute …``), or
its answer."""


def _example_end(nodes: list[Node], start: int) -> int:
    """The index of the last node of the example that opens at ``nodes[start]``: it goes on over
    math, tables and steps, up to the next heading, numbered paragraph (``1.2. **expected value**``) or
    line that is no step of it."""
    for index in range(start + 1, len(nodes)):
        block = nodes[index].block
        if isinstance(block, Table | Code):
            continue
        if not isinstance(block, Para) or _NUMBERED_TITLE.match(block.text) or not _WORKING.search(plain(block.text)):
            return index - 1
    return len(nodes) - 1


LONG_PROOF = 40
"""A proof heading over more lines than this holds the proofs of many named properties (``## Bukti`` over
``1. Asosiatif Penjumlahan Matriks`` and its working, eleven more after it): each property is asked by its
name, the heading only titles the part."""
_PROOFS = re.compile(rf"{PROOF_WORD}\b", re.IGNORECASE)


_SOLUTION = re.compile(
    r"[ \t]*(?:\*\*|__)(?:part\s+\w{1,3}\s+)?(?:solution|answer|lösung|solución|solução|soluzione|réponse|respuesta|resposta|risposta)"
    r"(?:\s+\w{1,3})?(?:\*\*|__)[ \t]*:?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
"""``<details><summary>Solution</summary>`` (read as ``**Solution**``) over the steps the page hides:
the worked solution of the exercise written above it."""


def _solutions(state: State) -> None:
    """An exercise (``**Question 1:** Given $f(x,y) = x^2 + 2y^2$ find the tangent plane at $(1, -1)$``)
    over its hidden solution becomes one card, the exercise asked and the solution as its answer; the
    steps of a solution are never cards of their own. A solution under a bare number
    (``**Shimamota Question 4.1.1:**`` over pictures) has no exercise to ask: it is reported."""
    nodes = state.nodes
    taken: set[int] = set()
    asked: Node | None = None
    asked_at = -1
    at = 0
    while at < len(nodes):
        block = nodes[at].block
        if not (isinstance(block, Para) and _SOLUTION.match(block.text)):
            if not isinstance(block, Section | Item):
                asked, asked_at = (nodes[at], at) if isinstance(block, Para) else (None, -1)
            at += 1
            continue
        end, last = at, block_lines(block)[-1]
        while end + 1 < len(nodes):
            after = nodes[end + 1].block
            if not isinstance(after, Para | Code) or after.line != last + 1:
                break
            end, last = end + 1, block_lines(after)[-1]
        parts = [_SOLUTION.sub("", block.text, count=1).strip(), *(node.block.text.strip() for node in nodes[at + 1 : end + 1] if isinstance(node.block, Para | Code))]
        if not any(parts):
            at += 1
            continue  # ``**Lösung**:`` over a list beside it: a worked example's own parts (read as such below)
        lines = [line for node in nodes[at : end + 1] if isinstance(node.block, Para | Code) for line in block_lines(node.block)]
        question = asked.block if asked is not None else None
        if asked is not None and isinstance(question, Para) and block.line - block_lines(question)[-1] <= 2 and state.free(question.line):
            front = without_question_label(question.text)
            if len(plain(front).split()) >= 4:
                card = asked.place.card(
                    "question", front, "\n\n".join(part for part in parts if part), line=question.line, key=norm_key(front), raw=question.text
                )
                state.add(card, [*block_lines(question), *lines])
            else:
                state.leave_all([*block_lines(question), *lines], f"a solution whose exercise the note does not give: {plain(question.text)[:60]!r}")
            taken.add(asked_at)
        else:
            state.leave_all(lines, "part of a worked solution, not a fact to recall")
        taken.update(range(at, end + 1))
        # (a second solution right after, ``Part B Solution``, answers the same exercise)
        at = end + 1
    if taken:
        state.aside.extend(nodes[i] for i in sorted(taken))
        state.nodes = [node for i, node in enumerate(nodes) if i not in taken]


_EXCHANGE = re.compile(r"\W*([\w.-]+(?:\s[\w.-]+){0,2})\s*(?:-{1,2}>|→|⟶|<-{1,2}>|↔)\s*([\w.-]+(?:\s[\w.-]+){0,2})\W*")
"""``**PC1 --> PC2**``: a label naming two sides that messages go between."""


def _exchanges(state: State) -> None:
    """``**PC1 --> PC2**`` over ``1. PC1: Seq 10`` / ``2. PC2: Seq 50, Ack 11`` / …: the messages of
    an example exchange, numbers made up to show how it goes, never terms and meanings."""
    taken: set[int] = set()
    for node in state.nodes:
        block, after = node.block, node.after
        if not isinstance(block, Para) or not isinstance(after, ListBlock) or not _EXCHANGE.fullmatch(plain(block.text)):
            continue
        items = after.items
        valued = [item for item in items if re.search(r"\d", item.text) and len(plain(item.text).split()) <= 10]
        if len(items) < 3 or len(valued) * 3 < len(items) * 2:
            continue
        state.leave(block.line, f"an example exchange of messages, not a fact: {plain(block.text)[:50]!r}")
        for item in items:
            state.leave_all(text_lines(item), f"a step of an example exchange, not a fact: {plain(item.text)[:50]!r}")
        taken.add(id(block))
        taken.update(id(item) for item in items)
    if taken:
        state.aside.extend(node for node in state.nodes if id(node.block) in taken)
        state.nodes = [node for node in state.nodes if id(node.block) not in taken]


_GIVEN_LABEL = re.compile(r"\W*(?i:(given|gegeben|dados|datos|données)|(asked|find|required|wanted|unknowns?|gesucht|solution|solución|lösung))\W*")


def _given_asked(section: Section) -> bool:
    """``### Solving`` over a problem, ``**Given**`` and its values, ``**Asked**`` and its unknowns, then
    ``**Solution**``: a worked problem, its values and steps no facts (its own heading names nothing)."""
    found = [_GIVEN_LABEL.fullmatch(plain(block.text).strip()) for block in section.blocks if isinstance(block, Para)]
    return any(match and match.group(1) for match in found) and any(match and match.group(2) for match in found)


def worked(state: State) -> None:
    _solutions(state)
    _exchanges(state)
    kept = []
    level = 0  # inside a worked section of this level; 0 when outside
    inside: int | None = None  # inside a worked item (or an exercise) up to this line
    part = ""
    proof = -1  # inside a proof that opened in a paragraph, up to this node
    for at, node in enumerate(state.nodes):
        block = node.block
        if at > proof and isinstance(block, Para) and _PROOF_OPENS.match(block.text.lstrip()):
            proof = _proof_end(state.nodes, at)
            box = next((end for start, end in state.outline.quotes if start <= block.line <= end), None)
            if box is not None:  # ``> **Proof**`` / ``> Let $x\in X$. …``: the proof is its box, not all up to the next heading
                proof = max([at, *(index for index in range(at, proof + 1) if state.nodes[index].block.line <= box)])
        elif at > proof and isinstance(block, Para) and _EXAMPLE_OPENS.match(block.text.lstrip()):
            proof = _example_end(state.nodes, at)
        if at <= proof:
            _leave(state, block)
            state.aside.append(node)
            continue
        if isinstance(block, Section):
            if level and block.level <= level:
                level = 0
            title = strip_numbering(plain(block.title)).strip(" *_")
            if not level and (
                (_WORKED.match(title) and not (_PROOFS.match(title) and section_end(block) - block.line > LONG_PROOF)) or _given_asked(block)
            ):
                level = block.level
                state.leave(
                    block.line, f"a worked example or proof, not facts to recall: {plain(block.title)[:60]!r}"
                )
                state.aside.append(node)
                continue
        if level:
            _leave(state, block)
            state.aside.append(node)
            continue
        if isinstance(block, Item) and (inside is None or block.line > inside):
            if not block.blocks and _EG_OPENS.match(plain(block.text)) and (steps := _steps_after(state.nodes, at)):
                inside, part = steps, "a worked example"  # ``- E.g. Your items are 10KB …`` / ``- … 3 * 80 = 240 RCUs.``
            elif block.blocks and _WORKED.match(plain(block.text).strip(" *_:")):
                inside, part = block.end, "a worked example or proof"  # ``- Example of linearity`` over its steps
            elif _exercise(block):
                inside, part = block.end, "an exercise to do"  # ``- compute the following integrals`` over them
        if inside is not None and block.line <= inside:
            _leave(state, block, part)
            state.aside.append(node)
            continue
        inside = None
        kept.append(node)
    state.nodes = kept


_EG_OPENS = re.compile(r"\W*(?:e\.\s?g\.?|eg\.|for example|for instance|example|ex\.)[\s:,]", re.IGNORECASE)
_ARITHMETIC_LINE = re.compile(r"\d\s*(?:[*/×÷+]|=>?|→)\s*\d|=>|\d\s*=\s*\d|:\s*[\d.]+\s*[A-Za-z]*\s*/\s*[\d.]+")
"""``3 * 80 = 240 RCUs``, ``10KB / 4KB = 2.5 => 3``, ``Strongly consistent reads =>  240 RCUs``: a line of working."""


def _steps_after(nodes: list[Node], at: int) -> int | None:
    """The last line of the working that follows an ``E.g. …`` item: its next siblings, as long as each
    is a line of arithmetic (two at least), or None when no working follows."""
    parent, last, count = nodes[at].parent, None, 0
    for node in nodes[at + 1 :]:
        block = node.block
        if not isinstance(block, Item) or node.parent is not parent or block.blocks or not _ARITHMETIC_LINE.search(plain(block.text)):
            break
        last, count = block.end, count + 1
    return last if count >= 2 else None


def _leave(state: State, block: Block | Item | Section, part: str = "a worked example or proof") -> None:
    if isinstance(block, Section):
        lines, what = range(block.line, block.line + 1), block.title
    elif isinstance(block, Item):
        lines, what = text_lines(block), block.text
    else:
        lines, what = block_lines(block), block.text if isinstance(block, Para | Html) else ""
    state.leave_all(lines, f"part of {part}: {plain(what)[:60]!r}")
