"""Columns: a word list set in a plain code block, each word and its meaning lined up by spaces.

People who learn a language often keep their vocabulary in a code block, where the columns stay
where they typed them::

    ```
    e             and
    prego         you are welcome
    avere   to have
    ```

Each line of two columns is a word and its meaning: a card of its own. A block is read so only when
it has no language named on its fence, most of its lines are two columns of words (no code's
punctuation), and there are five such lines or more. Lines of such a block that are not two columns
(a word with nothing beside it, a row of a conjugation in many columns) are reported, never dropped.
"""

from __future__ import annotations

import re

from ..outline import Code
from ..text import norm_key
from .common import with_parent
from .ruler import State

_PLAIN_INFO = frozenset(["", "text", "txt", "plain", "plaintext"])
_PAIR = re.compile(r"[ \t]*(?P<term>\S(?:.*?\S)?)(?:\t+| {2,})(?P<body>\S(?:.*?\S)?)[ \t]*")
_GAP = re.compile(r"\t| {2,}")
_WORDS = re.compile(r"[^\W\d_][\w'’/().,!?¿¡ -]*")
"""A column of words (``you are welcome``, ``stato/a``, ``i'm a secretary``): no code's punctuation."""
LEAST = 5
"""Two-column lines a block needs before it is read as a word list (fewer: a snippet that happens to line up)."""


def _pair(line: str) -> re.Match[str] | None:
    """``prego         you are welcome``: one word or phrase, one gap, its meaning (never a third column)."""
    found = _PAIR.fullmatch(line)
    if found is None or _GAP.search(found["body"]):
        return None
    if not (_WORDS.fullmatch(found["term"]) and _WORDS.fullmatch(found["body"])):
        return None
    if len(found["term"].split()) > 3 or len(found["body"].split()) > 8:
        return None
    return found


def columns(state: State) -> None:
    for node in state.nodes:
        block = node.block
        if not isinstance(block, Code) or not state.free(block.line):
            continue
        rows = block.text.split("\n")  # (a fenced block as the outline writes it: fence, lines, fence)
        opening, body = rows[0], rows[1:-1]
        if not opening.startswith(("```", "~~~")) or opening.lstrip("`~").strip().casefold() not in _PLAIN_INFO:
            continue
        filled = [(block.line + 1 + number, text) for number, text in enumerate(body) if text.strip()]
        pairs = [(line, text, found) for line, text in filled if (found := _pair(text)) is not None]
        if len(pairs) < LEAST or len(pairs) * 5 < len(filled) * 3:
            continue
        place = node.place
        for line, text, found in pairs:
            term, meaning = found["term"], found["body"]
            card = place.card(
                "definition", with_parent(place, term, meaning), meaning, line=line, key=norm_key(term), raw=text
            )
            state.add(card, [line])
        state.claim([block.line, block.end], "definition")  # the fences
        paired = {line for line, _, _ in pairs}
        for line, text in filled:
            if line not in paired:
                state.leave(
                    line, f"a line of a word list that is not a word and its meaning: {text.strip()[:60]!r}"
                )
