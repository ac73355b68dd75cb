"""Formulas: a sentence that leads into display math asks for it.

``For any two random variables X and Y, the covariance is given by:`` over ``$$ … $$`` is a card
whose front is that sentence and whose back is the formula (with the ``where …`` line that names
its symbols, when one follows). Math blocks in a row are one formula.
"""

from __future__ import annotations

import re

from ..outline import Code, Para
from ..text import clean, is_question, norm_key, plain, words
from .prose import units
from .ruler import State
from .walk import Node, block_lines

_LEADS = re.compile(
    r"(?::|\b(?:by|is|are|as|be|have|has|get|gives?|then|equals?|reads?|written|defined|follows|obtain|"
    r"formula|equation|expression|relation|law|rule)|[=,])\s*$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:it|this|that|these|they|its|which)\b", re.IGNORECASE)
_OPENING = re.compile(r"^(?:and|so|thus|hence|therefore|then|also)\s+", re.IGNORECASE)
_WHERE = re.compile(r"^(?:where|with|in which|here)\b", re.IGNORECASE)


def _is_math(node: Node | None) -> bool:
    return node is not None and isinstance(node.block, Code) and node.block.text.startswith("$$")


CODE_LINES = 6
"""A code block this short, led into by a sentence ending in ``:``, is what the sentence asks for
(``To list the images of a node:`` + ``crictl images``); a longer one is a program to read."""


def _is_short_code(node: Node | None) -> bool:
    if node is None or not isinstance(node.block, Code) or node.block.text.startswith("$$"):
        return False
    body = [row for row in node.block.text.strip("\n").split("\n")[1:-1] if row.strip()]
    return node.block.text.lstrip().startswith(("```", "~~~")) and 1 <= len(body) <= CODE_LINES


def _adjacent(before: Para | Code, after: Para | Code) -> bool:
    return after.line - before.end <= 2


def formulas(state: State) -> None:
    nodes = state.nodes
    for index, node in enumerate(nodes[:-1]):
        lead = node.block
        code = _is_short_code(nodes[index + 1])
        if not isinstance(lead, Para) or not (_is_math(nodes[index + 1]) or code):
            continue
        first_math = nodes[index + 1].block
        assert isinstance(first_math, Code)
        if not _adjacent(lead, first_math) or nodes[index + 1].place.crumbs != node.place.crumbs:
            continue
        statements = units(lead)
        if not statements or statements[-1].last != lead.end:
            continue
        statement = statements[-1]
        text = _OPENING.sub("", clean(statement.text)).strip()
        if _PRONOUN.match(plain(text)):  # ``It is defined as:``: say what ``it`` is, or ask nothing
            if len(statements) < 2:
                continue
            statement = statements[-2]
            text = f"{clean(statement.text)} {text}"
        unfinished = not re.search(r"[.!?;]$", plain(text))  # a sentence that goes on in the formula
        if words(plain(text)) < 3 or is_question(text) or not (_LEADS.search(plain(text)) or unfinished):
            continue
        if code and not plain(text).rstrip().endswith(":"):
            continue  # code after a sentence that does not lead into it: an illustration, not an answer
        lines = list(range(statement.first, lead.end + 1))
        if not state.free(*lines):
            continue
        maths: list[Code] = [first_math]
        after = index + 2
        while not code and after < len(nodes) and _is_math(nodes[after]) and _adjacent(maths[-1], nodes[after].block):  # type: ignore[arg-type]
            maths.append(nodes[after].block)  # type: ignore[arg-type]
            after += 1
        back = "\n\n".join(math.text for math in maths)
        extra = ""
        if after < len(nodes) and isinstance(tail := nodes[after].block, Para) and _adjacent(maths[-1], tail):
            said = units(tail)
            if said and _WHERE.match(plain(said[0].text)):
                extra = clean(said[0].text)
                lines.extend(range(said[0].first, said[0].last + 1))
                state.taken.add((tail.line, said[0].index))
        front = text.rstrip(" :")
        card = node.place.card("definition", front, back, line=statement.first, key=norm_key(front), extra=extra)
        state.taken.update((lead.line, said.index) for said in statements[statement.index :])
        state.add(card, [*lines, *(line for math in maths for line in block_lines(math))])
