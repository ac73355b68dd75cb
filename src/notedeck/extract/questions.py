"""Questions already in the notes, with their answers.

A paragraph that asks (``... What do you recommend?``) followed by its answer and explanation;
``Q:`` / ``A:`` lines; ``### What is X?`` headings; list items that ask, with nested answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..outline import Block, Item, ListBlock, Outline, Para, Section
from ..text import (
    clean,
    is_explicit_label,
    is_label,
    is_question,
    norm_key,
    plain,
    question_text,
    split_question,
)
from .common import Found, Place, blocks_everywhere, blocks_text, is_explicit, items, items_markdown, sections

_Q = re.compile(r"^\s*Q\s*:\s*(?P<text>.*)$", re.IGNORECASE | re.MULTILINE)
_A = re.compile(r"^\s*A\s*:\s*(?P<text>.*)$", re.IGNORECASE | re.MULTILINE)
MAX_GAP = 2
"""Blank lines allowed between a question and its answer (and between answer paragraphs)."""


def _gap(before: Block, after: Block) -> int:
    return after.line - before.end - 1


def _answer_text(block: Block) -> str:
    if isinstance(block, ListBlock):
        return items_markdown(block.items)
    return blocks_text([block])


def _explanation(blocks: Sequence[Block], start: int) -> str:
    parts: list[str] = []
    previous = blocks[start - 1]
    for block in blocks[start:]:
        if _gap(previous, block) > MAX_GAP or not isinstance(block, Para | ListBlock):
            break
        if isinstance(block, Para) and (
            is_question(block.text) or is_label(block.text) or _Q.match(block.text)
        ):
            break
        parts.append(_answer_text(block))
        previous = block
    return "\n\n".join(parts)


def _paragraph_question(place: Place, blocks: Sequence[Block], index: int) -> Iterator[Found]:
    para = blocks[index]
    assert isinstance(para, Para)
    answer = blocks[index + 1] if index + 1 < len(blocks) else None
    if (
        answer is None
        or _gap(para, answer) > MAX_GAP
        or (isinstance(answer, Para) and is_question(answer.text))
    ):
        yield place.skip(para.line, f"question without an answer: {plain(para.text)[:80]!r}")
        return
    extra = _explanation(blocks, index + 2) if isinstance(answer, Para) else ""
    yield place.card(
        "question",
        clean(para.text),
        _answer_text(answer),
        line=para.line,
        key=norm_key(para.text),
        raw=para.text,
        extra=extra,
    )


def _qa_pairs(place: Place, blocks: Sequence[Block]) -> Iterator[Found]:
    """``Q: ...`` then ``A: ...`` lines, in one paragraph or in consecutive ones."""
    lines = [
        (block.line + i, text)
        for block in blocks
        if isinstance(block, Para)
        for i, text in enumerate(block.text.split("\n"))
    ]
    question: tuple[int, str] | None = None
    for line, text in lines:
        if (match := _Q.match(text)) is not None:
            if question is not None:
                yield place.skip(question[0], "Q: without an A:")
            question = (line, match.group("text"))
        elif (match := _A.match(text)) is not None and question is not None:
            qline, qtext = question
            yield place.card(
                "question",
                clean(qtext),
                clean(match.group("text")),
                line=qline,
                key=norm_key(qtext),
                raw=qtext,
            )
            question = None
    if question is not None:
        yield place.skip(question[0], "Q: without an A:")


def _in_blocks(place: Place, blocks: Sequence[Block]) -> Iterator[Found]:
    if any(isinstance(b, Para) and _Q.match(b.text) for b in blocks):
        yield from _qa_pairs(place, blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, Para) or is_explicit(block.text):
            continue
        inline = split_question(block.text)
        if inline is not None:
            question, answer = inline
            yield place.card(
                "question", question, answer, line=block.line, key=norm_key(question), raw=block.text
            )
        elif is_question(block.text):
            yield from _paragraph_question(place, blocks, index)


def _answer_blocks(blocks: Sequence[Block]) -> list[Block]:
    """What answers a question heading: its blocks up to the next question or label."""
    own: list[Block] = []
    for block in blocks:
        if (
            own
            and isinstance(block, Para)
            and (is_question(block.text) or _Q.match(block.text) or is_explicit_label(block.text))
        ):
            break
        own.append(block)
    return own


def _heading_question(place: Place, section: Section) -> Iterator[Found]:
    parent = place.up()
    answer = blocks_text(_answer_blocks(section.blocks))
    question = question_text(section.title)
    if answer:
        yield parent.card(
            "question", question, answer, line=section.line, key=norm_key(question), raw=section.title
        )
    else:
        yield parent.skip(section.line, f"question heading without an answer: {plain(section.title)!r}")


def _item_question(place: Place, item: Item) -> Iterator[Found]:
    answer = blocks_text(item.blocks)
    question = question_text(item.text)
    if answer:
        yield place.card("question", question, answer, line=item.line, key=norm_key(question), raw=item.text)
    else:
        yield place.skip(item.line, f"question without an answer: {plain(item.text)[:80]!r}")


def questions(outline: Outline) -> Iterator[Found]:
    for place, blocks in blocks_everywhere(outline):
        yield from _in_blocks(place, blocks)
    for place, section in sections(outline):
        if section.level and is_question(section.title):
            yield from _heading_question(place, section)
        for parent, item in items(place, section.blocks):
            if is_question(item.text) and not is_explicit(item.text):
                yield from _item_question(parent, item)
