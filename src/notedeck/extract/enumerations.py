"""Enumerations: a heading, label or bullet whose children name things -> "list them" card.

- **Purchasing Options:**        ->  Purchasing Options — list all 3
    - On-Demand: pay in full          On-Demand / Reserved / Spot
    - Reserved: 1-3 years
    - Spot: highest bidder
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from ..outline import Block, Item, ListBlock, Outline, Para, Section
from ..text import (
    clean,
    is_empty_answer,
    is_explicit_label,
    is_label,
    is_name,
    is_question,
    label_of,
    lead_in,
    norm_key,
    plain,
    split_definition,
)
from .common import (
    Found,
    Place,
    blocks_everywhere,
    child_label,
    comparison_label,
    comparison_sides,
    is_enumeration,
    is_explicit,
    items,
    scope_after_label,
    sections,
)


def _front(label: str, count: int) -> str:
    return f"{label} — list all {count}" if count > 1 else f"{label} — name it"


def _card(place: Place, label: str, children: Sequence[Item], line: int, raw: str, extra: str = "") -> Found:
    names = [child for child in children if is_name(child.text)]
    notes = [clean(child.text) for child in children if not is_name(child.text)]
    back = "\n".join(f"- {child_label(child)}" for child in names)
    extra = "\n\n".join(part for part in (extra, "\n".join(f"- {n}" for n in notes) if notes else "") if part)
    return place.card(
        "enumeration", _front(label, len(names)), back, line=line, key=norm_key(label), raw=raw, extra=extra
    )


def _real(children: Sequence[Item]) -> list[Item]:
    return [child for child in children if child.text.strip() and not is_empty_answer(child.text)]


def _item_enumeration(place: Place, item: Item) -> Iterator[Found]:
    parent = place.crumbs[-1] if place.crumbs else ""
    if (
        not item.children
        or comparison_label(item.text, parent)
        or is_question(item.text)
        or is_explicit(item.text)
    ):
        return
    definition = split_definition(item.text)
    children = _real(item.children)
    if not children:
        yield place.skip(item.line, f"nothing to learn under {plain(item.text)!r} (only N/A or empty items)")
        return
    if definition is None and not is_label(item.text):
        return
    extra = ""
    minimum = 1 if definition is not None and (definition.bold or definition.sep == ":") else 2
    if definition is not None and definition.body:
        if lead_in(definition.body):
            extra = clean(definition.body)
        elif all(split_definition(c.text) for c in children):
            minimum = 2
        else:
            return
    if len(children) >= minimum and is_enumeration(children):
        yield _card(place, label_of(item.text), children, item.line, item.text, extra)


def _label_enumerations(place: Place, blocks: Sequence[Block]) -> Iterator[Found]:
    for para, after in itertools.pairwise(blocks):
        if not (isinstance(para, Para) and isinstance(after, ListBlock) and after.line <= para.end + 2):
            continue
        if not is_explicit_label(para.text) or comparison_sides(plain(para.text)) is not None:
            continue
        scoped = _real(scope_after_label(after.items))
        if scoped and is_enumeration(scoped):
            yield _card(place, label_of(para.text), scoped, para.line, para.text)


def _heading_enumeration(place: Place, section: Section) -> Iterator[Found]:
    first = section.blocks[0] if section.blocks else None
    if not isinstance(first, ListBlock) or is_question(section.title):
        return
    if comparison_sides(label_of(section.title)) is not None:
        return
    children = _real(first.items)
    if len(children) >= 2 and is_enumeration(children):
        yield _card(place.up(), label_of(section.title), children, section.line, section.title)


def enumerations(outline: Outline) -> Iterator[Found]:
    for place, blocks in blocks_everywhere(outline):
        yield from _label_enumerations(place, blocks)
    for place, section in sections(outline):
        if section.level:
            yield from _heading_enumeration(place, section)
        for parent, item in items(place, section.blocks):
            yield from _item_enumeration(parent, item)
