"""Card syntax other tools use, honoured when present.

``Question::Answer``, ``Question:::Answer`` (both directions), multi-line cards split by a ``?``
or ``??`` line (obsidian-spaced-repetition), and cloze deletions ``==text==`` / ``{{c1::text}}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..outline import Outline, Para
from ..text import clean, norm_key, plain
from .common import Found, Place, blocks_everywhere, items, sections

_INLINE = re.compile(r"^(?P<q>.+?)\s*(?<![:/])(?P<sep>:::?)(?![:/])\s*(?P<a>.+)$")
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_CLOZE = re.compile(r"\{\{c(\d+)::(.+?)(?:::[^}]*)?\}\}")
_CODE = re.compile(r"(`+).+?\1")


def _inline_cards(place: Place, text: str, line: int) -> Iterator[Found]:
    for offset, raw in enumerate(text.split("\n")):
        if _CODE.sub("", raw) != raw and "::" not in _CODE.sub("", raw):
            continue
        match = _INLINE.match(clean(raw))
        if not match or "{{c" in raw:
            continue
        question, answer = match.group("q"), match.group("a")
        if not plain(question) or not plain(answer):
            yield place.skip(line + offset, "explicit card with an empty side")
            continue
        reverse = match.group("sep") == ":::"
        yield place.card(
            "explicit", question, answer, line=line + offset, key=norm_key(question), raw=raw, reverse=reverse
        )


def _multiline_card(place: Place, para: Para) -> Iterator[Found]:
    lines = para.text.split("\n")
    marks = [i for i, line in enumerate(lines) if line.strip() in ("?", "??")]
    if not marks:
        return
    cut = marks[0]
    question, answer = "\n".join(lines[:cut]), "\n".join(lines[cut + 1 :])
    if not plain(question) or not plain(answer):
        yield place.skip(para.line, "multi-line card with an empty side")
        return
    reverse = lines[cut].strip() == "??"
    yield place.card(
        "explicit",
        clean(question),
        clean(answer),
        line=para.line,
        key=norm_key(question),
        raw=para.text,
        reverse=reverse,
    )


def to_cloze(text: str) -> str | None:
    """``==a== and {{c1::b}}`` -> ``{{c2::a}} and {{c1::b}}``; None when there is nothing to hide."""
    numbers = [int(m.group(1)) for m in _CLOZE.finditer(text)]
    counter = iter(range(max(numbers, default=0) + 1, 10_000))
    converted = _HIGHLIGHT.sub(lambda m: f"{{{{c{next(counter)}::{m.group(1)}}}}}", text)
    return converted if _CLOZE.search(converted) else None


def _cloze_card(place: Place, text: str, line: int) -> Iterator[Found]:
    cloze = to_cloze(clean(text))
    if cloze is None:
        return
    hidden = " ".join(m.group(2) for m in _CLOZE.finditer(cloze))
    yield place.card("cloze", cloze, "", line=line, key=norm_key(hidden), raw=text)


def _cloze_cards(place: Place, text: str, line: int) -> Iterator[Found]:
    """One cloze card per line when each line hides something of its own, else one card."""
    lines = text.split("\n")
    if len(lines) > 1 and all(to_cloze(one) for one in lines):
        for offset, one in enumerate(lines):
            yield from _cloze_card(place, one, line + offset)
    else:
        yield from _cloze_card(place, text, line)


def _from_text(place: Place, text: str, line: int) -> Iterator[Found]:
    if "{{c" in text or _HIGHLIGHT.search(text):
        yield from _cloze_cards(place, text, line)
    else:
        yield from _inline_cards(place, text, line)


def explicit(outline: Outline) -> Iterator[Found]:
    for place, blocks in blocks_everywhere(outline):
        for block in blocks:
            if not isinstance(block, Para):
                continue
            if any(line.strip() in ("?", "??") for line in block.text.split("\n")):
                yield from _multiline_card(place, block)
            else:
                yield from _from_text(place, block.text, block.line)
    for place, section in sections(outline):
        for parent, item in items(place, section.blocks):
            yield from _from_text(parent, item.text, item.line)
