"""Definitions: ``Term: def`` and its cousins, and a heading followed by its defining paragraph.

- **Hibernate:** preserve in-memory state        ->  Hibernate / preserve in-memory state
- Spot: the highest bidder pays                   ->  Spot / the highest bidder pays
### EBS: Elastic Block Store\\n Like a hard drive  ->  EBS / Elastic Block Store. Like a hard drive
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..outline import Block, Item, ListBlock, Outline, Para, Section, Table
from ..text import (
    clean,
    is_explicit_label,
    is_label,
    is_question,
    label_of,
    lead_in,
    norm_key,
    plain,
    sentence_definition,
    split_definition,
    split_question,
    starts_with_filler,
    strip_numbering,
    words,
)
from .common import (
    Found,
    Place,
    blocks_everywhere,
    blocks_text,
    comparison_label,
    comparison_sides,
    is_enumeration,
    is_explicit,
    items,
    items_markdown,
    scope_after_label,
    sections,
)


def _other_kind(text: str, parent: str) -> bool:
    return comparison_label(text, parent) is not None or is_question(text) or is_explicit(text)


def _explicit_label(text: str) -> bool:
    definition = split_definition(text)
    return definition is not None and definition.body == "" and (definition.bold or definition.sep == ":")


def _item_definition(place: Place, item: Item) -> Iterator[Found]:
    parent = place.crumbs[-1] if place.crumbs else ""
    if not item.text or _other_kind(item.text, parent):
        return
    definition = split_definition(item.text)
    children = item.children
    if definition is not None and definition.body:
        if children and lead_in(definition.body) and is_enumeration(children):
            return
        back = "\n\n".join(part for part in (clean(definition.body), blocks_text(item.blocks)) if part)
        yield place.card(
            "definition", definition.term, back, line=item.line, key=norm_key(definition.term), raw=item.text
        )
    elif item.blocks and (definition is not None or is_label(item.text)):
        opens_with_text = isinstance(item.blocks[0], Para)
        listed = len(children) > 1 or _explicit_label(item.text)
        if children and is_enumeration(children) and listed and not opens_with_text:
            return  # a list of names: the enumeration card asks for it
        term = definition.term if definition else plain(item.text)
        yield place.card(
            "definition", term, blocks_text(item.blocks), line=item.line, key=norm_key(term), raw=item.text
        )
    elif not item.blocks and (_explicit_label(item.text) or item.text.lstrip().startswith("**")):
        yield place.skip(item.line, f"label with nothing under it: {plain(item.text)!r}")


def _paragraph_definitions(place: Place, para: Para, after: Block | None) -> Iterator[Found]:
    if _other_kind(para.text, "") or starts_with_filler(para.text):
        return
    lines = para.text.split("\n")
    found = [split_definition(line) for line in lines]
    if len(lines) > 1 and all(d is not None and d.body for d in found):
        for offset, (line, definition) in enumerate(zip(lines, found, strict=True)):
            assert definition is not None
            yield place.card(
                "definition",
                definition.term,
                clean(definition.body),
                line=para.line + offset,
                key=norm_key(definition.term),
                raw=line,
            )
        return
    first = split_definition(para.text) or sentence_definition(para.text)
    if first is not None and first.body:
        yield place.card(
            "definition",
            first.term,
            clean(first.body),
            line=para.line,
            key=norm_key(first.term),
            raw=para.text,
        )
    elif is_explicit_label(para.text) and isinstance(after, ListBlock) and after.line <= para.end + 2:
        scoped = scope_after_label(after.items)
        if scoped and not is_enumeration(scoped):
            term = label_of(para.text)
            yield place.card(
                "definition", term, items_markdown(scoped), line=para.line, key=norm_key(term), raw=para.text
            )


def _plain_statement(item: Item) -> bool:
    """A bullet that states something: no children, no term of its own, not a label."""
    return not item.blocks and split_definition(item.text) is None and not is_explicit_label(item.text)


def _heading_body(section: Section) -> list[str]:
    blocks = section.blocks
    first = blocks[0] if blocks else None
    parts: list[str] = []
    if isinstance(first, Para):
        text = first.text
        if (
            split_question(text) is not None
            or is_question(text)
            or is_explicit(text)
            or split_definition(text)
            or sentence_definition(text)
            or is_explicit_label(text)
            or starts_with_filler(text)
        ):
            return []
        parts.append(clean(text))
        after = blocks[1] if len(blocks) > 1 else None
        if (
            isinstance(after, ListBlock)
            and after.line == first.end + 1
            and all(map(_plain_statement, after.items))
        ):
            parts.append(items_markdown(after.items))  # bullets that go on saying what it is
    elif (
        isinstance(first, ListBlock)
        and all(_plain_statement(item) for item in first.items)
        and not (len(first.items) >= 2 and is_enumeration(first.items))
    ):
        parts.append(items_markdown(first.items))
    return parts


def _heading_definition(place: Place, section: Section) -> Iterator[Found]:
    title = strip_numbering(clean(section.title))
    if is_question(title) or comparison_sides(title) is not None:
        return
    definition = split_definition(title)
    term = definition.term if definition else label_of(title)
    if words(term) > 5 or (section.sections and (words(term) > 3 or section.level == 1)):
        return
    parts = [clean(definition.body)] if definition and definition.body else []
    parts += _heading_body(section)
    if parts:
        yield place.up().card(
            "definition", term, "\n\n".join(parts), line=section.line, key=norm_key(term), raw=section.title
        )
    elif not section.blocks and not section.sections:
        yield place.up().skip(section.line, f"heading with nothing under it: {plain(section.title)!r}")


def _table_definitions(place: Place, table: Table) -> Iterator[Found]:
    if len(table.header) != 2:
        return
    for offset, (term, body) in enumerate(table.rows):
        if plain(term) and plain(body):
            yield place.card(
                "definition",
                plain(term),
                clean(body),
                line=table.line + 2 + offset,
                key=norm_key(term),
                raw=term,
            )


def _block_definitions(place: Place, blocks: Sequence[Block]) -> Iterator[Found]:
    for index, block in enumerate(blocks):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Para):
            yield from _paragraph_definitions(place, block, after)
        elif isinstance(block, Table):
            yield from _table_definitions(place, block)


def definitions(outline: Outline) -> Iterator[Found]:
    for place, blocks in blocks_everywhere(outline):
        yield from _block_definitions(place, blocks)
    for place, section in sections(outline):
        if section.level:
            yield from _heading_definition(place, section)
        for parent, item in items(place, section.blocks):
            yield from _item_definition(parent, item)
