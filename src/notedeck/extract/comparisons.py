"""Comparisons: ``X vs Y``, ``X vs. Y``, ``X v.s. Y``, ``X versus Y``, three-way, and tables.

    - Alias v.s. CNAME                       ->  Alias vs CNAME
        - CNAME: points to any hostname           | Alias | CNAME |
        - Alias: points to an AWS resource        | to an AWS resource | to any hostname |

A comparison with nothing under it (``#### SQS v.s. SNS``) is answered with each side's own
definition from elsewhere in the note; ``- v.s. VMs`` under ``Docker`` compares Docker and VMs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..outline import Block, Item, ListBlock, Outline, Para, Section, Table
from ..text import clean, is_explicit_label, is_label, norm_key, plain, split_definition
from .common import (
    Found,
    Place,
    blocks_everywhere,
    blocks_text,
    comparison_label,
    items,
    items_markdown,
    scope_after_label,
    sections,
    table_markdown,
)


def _stem(key: str) -> str:
    return " ".join(word.rstrip("s") if len(word) > 3 else word for word in key.split())


def _same(a: str, b: str) -> bool:
    x, y = _stem(norm_key(a)), _stem(norm_key(b))
    return bool(x and y) and (x == y or x.startswith(y + " ") or y.startswith(x + " "))


def _side_of(item: Item, sides: Sequence[str]) -> tuple[int, str] | None:
    """Which side a child speaks of (``CNAME: ...`` or a sentence starting with the side)."""
    definition = split_definition(item.text)
    if definition is not None and definition.body:
        for index, side in enumerate(sides):
            if _same(definition.term, side):
                return index, clean(definition.body)
    opening = norm_key(item.text).split()
    for index, side in enumerate(sides):
        size = len(norm_key(side).split())
        if size and _same(" ".join(opening[:size]), side):
            return index, clean(item.text)
    return None


def side_by_side(sides: Sequence[str], children: Sequence[Item]) -> str | None:
    """A table with one column per side when every child speaks of exactly one side."""
    columns: list[list[str]] = [[] for _ in sides]
    for child in children:
        found = _side_of(child, sides)
        if found is None:
            return None
        columns[found[0]].append(found[1].replace("\n", " ").replace("|", "\\|"))
    if any(not column for column in columns):
        return None
    header = "| " + " | ".join(sides) + " |"
    rule = "|" + "---|" * len(sides)
    row = "| " + " | ".join("; ".join(column) for column in columns) + " |"
    return "\n".join((header, rule, row))


class _Definitions:
    """Each term defined in the note -> its definition, computed once and only when needed."""

    def __init__(self, outline: Outline) -> None:
        self.outline = outline
        self._index: dict[str, str] | None = None

    def _build(self) -> dict[str, str]:
        from ..cards import Card
        from .definitions import definitions
        from .enumerations import enumerations

        found: dict[str, str] = {}
        for extractor in (enumerations, definitions):
            for card in extractor(self.outline):
                if isinstance(card, Card):
                    found[_stem(card.key.split(":", 1)[1])] = card.back
        return found

    def assemble(self, sides: Sequence[str]) -> str | None:
        if self._index is None:
            self._index = self._build()
        parts = []
        for side in sides:
            definition = self._index.get(_stem(norm_key(side)))
            if definition is None:
                return None
            parts.append(f"**{side}**\n\n{definition}")
        return "\n\n".join(parts)


FEATURE_HEADERS = frozenset(
    [
        "feature",
        "features",
        "aspect",
        "aspects",
        "property",
        "properties",
        "criteria",
        "criterion",
        "attribute",
        "dimension",
        "characteristic",
        "category",
        "compare",
        "comparison",
    ]
)


def table_sides(table: Table) -> Sequence[str] | None:
    """What a table compares: its columns when the first header is a feature label (or empty),
    else the names in its first column. Two-column tables are term lists, not comparisons."""
    if len(table.header) < 3:
        return None
    first = plain(table.header[0]).casefold()
    if not first or first in FEATURE_HEADERS:
        sides = [plain(cell) for cell in table.header[1:]]
    else:
        sides = [plain(row[0]) for row in table.rows if row and plain(row[0])]
    return sides if 2 <= len(sides) <= 6 else None


def _card(place: Place, sides: Sequence[str], back: str, line: int, raw: str) -> Found:
    key = "|".join(sorted(norm_key(side) for side in sides))
    return place.card("comparison", " vs ".join(sides), back, line=line, key=key, raw=raw)


def _answer(
    lookup: _Definitions,
    place: Place,
    sides: Sequence[str],
    inline: str,
    children: Sequence[Item],
    line: int,
    raw: str,
) -> Iterator[Found]:
    table = side_by_side(sides, children) if children else None
    parts = [inline] if inline else []
    if children:
        parts.append(table or items_markdown(children))
    back = "\n\n".join(part for part in parts if part)
    if not back:
        back = lookup.assemble(sides) or ""
    if back:
        yield _card(place, sides, back, line, raw)
    else:
        yield place.skip(
            line, f"comparison {' vs '.join(sides)!r} has no content and its sides are not defined elsewhere"
        )


def _item_comparison(lookup: _Definitions, place: Place, item: Item) -> Iterator[Found]:
    parent = place.crumbs[-1] if place.crumbs else ""
    found = comparison_label(item.text, parent)
    if found is not None:
        sides, inline = found
        inline = "\n\n".join([inline, *(clean(p.text) for p in item.paragraphs)]).strip()
        yield from _answer(lookup, place, sides, inline, item.children, item.line, item.text)


def _block_comparisons(lookup: _Definitions, place: Place, blocks: Sequence[Block]) -> Iterator[Found]:
    for index, block in enumerate(blocks):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Table):
            sides = table_sides(block)
            if sides:
                yield _card(place, sides, table_markdown(block), block.line, "")
        if not isinstance(block, Para) or not is_label(block.text):
            continue
        found = comparison_label(block.text)
        if found is None:
            continue
        sides, inline = found
        children = (
            scope_after_label(after.items)
            if isinstance(after, ListBlock) and after.line <= block.end + 2
            else ()
        )
        yield from _answer(lookup, place, sides, inline, children, block.line, block.text)


def _own_blocks(blocks: Sequence[Block]) -> list[Block]:
    """The blocks that belong to a heading's own text: up to the first label paragraph."""
    own: list[Block] = []
    for block in blocks:
        if isinstance(block, Para) and is_explicit_label(block.text) and own:
            break
        own.append(block)
    return own


def _heading_comparison(lookup: _Definitions, place: Place, section: Section) -> Iterator[Found]:
    found = comparison_label(section.title)
    if found is None:
        return
    sides, inline = found
    own = _own_blocks(section.blocks)
    first = own[0] if own else None
    if isinstance(first, ListBlock) and len(own) == 1:
        yield from _answer(lookup, place.up(), sides, inline, first.items, section.line, section.title)
        return
    parts = "\n\n".join(part for part in (inline, blocks_text(own)) if part)
    if parts:
        yield _card(place.up(), sides, parts, section.line, section.title)
    else:
        yield from _answer(lookup, place.up(), sides, "", (), section.line, section.title)


def comparisons(outline: Outline) -> Iterator[Found]:
    lookup = _Definitions(outline)
    for place, blocks in blocks_everywhere(outline):
        yield from _block_comparisons(lookup, place, blocks)
    for place, section in sections(outline):
        if section.level:
            yield from _heading_comparison(lookup, place, section)
        for parent, item in items(place, section.blocks):
            yield from _item_comparison(lookup, parent, item)
