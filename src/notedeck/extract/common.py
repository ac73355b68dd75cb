"""What every extractor needs: walking the outline with a breadcrumb, and making cards."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..cards import Card, Skipped, Source
from ..outline import Block, Code, Item, ListBlock, Outline, Para, Section, Table
from ..text import (
    CACHE_SIZE,
    block_id,
    clean,
    hashtags,
    is_name,
    label_of,
    plain,
    split_definition,
)

Found = Card | Skipped
"""What an extractor yields."""

_VS = re.compile(r"\s+(?:vs\.?|v\.s\.?|versus)\s+", re.IGNORECASE)
_LEADING_VS = re.compile(r"^(?:vs\.?|v\.s\.?|versus)\s+(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)
_EXPLICIT = re.compile(r"(?<![:/]):{2,3}(?![:/])|\{\{c\d+::|==[^=\s][^=]*==")
_QA = re.compile(r"^\s*[QA]\s*:", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Place:
    """Where in the note we are: the heading path and the breadcrumb of labels."""

    outline: Outline
    """The note."""
    sections: tuple[str, ...] = ()
    """Heading titles (Markdown source), outermost first."""
    crumbs: tuple[str, ...] = ()
    """Labels of the headings and parent items, outermost first."""

    def under_heading(self, section: Section) -> Place:
        return Place(self.outline, (*self.sections, section.title), (*self.crumbs, label_of(section.title)))

    def under_item(self, label: str) -> Place:
        """Inside a list item; items that are sentences rather than labels add no crumb."""
        if not label or len(label.split()) > 8 or label.endswith("."):
            return self
        return Place(self.outline, self.sections, (*self.crumbs, label))

    def up(self) -> Place:
        """The place around this one (for cards about the heading itself)."""
        return Place(self.outline, self.sections, self.crumbs[:-1])

    def source(self, line: int) -> Source:
        return Source(self.outline.path, line)

    def card(
        self,
        kind: str,
        front: str,
        back: str,
        *,
        line: int,
        key: str,
        raw: str = "",
        extra: str = "",
        reverse: bool = False,
    ) -> Card:
        """A card at this place; ``raw`` is the note text it came from (for ``^id`` and ``#tags``)."""
        return Card(
            kind=kind,
            front=front,
            back=back,
            context=self.crumbs,
            source=self.source(line),
            key=f"{kind}:{key}",
            extra=extra,
            sections=self.sections,
            tags=tuple(hashtags(raw)),
            reverse=reverse,
            pinned=block_id(raw) if raw else None,
        )

    def skip(self, line: int, reason: str) -> Skipped:
        return Skipped(self.source(line), reason)


def sections(outline: Outline) -> Iterator[tuple[Place, Section]]:
    """Every section with the place *inside* it (its own heading included in the breadcrumb)."""

    def visit(place: Place, section: Section) -> Iterator[tuple[Place, Section]]:
        inner = place.under_heading(section) if section.level else place
        yield inner, section
        for sub in section.sections:
            yield from visit(inner, sub)

    yield from visit(Place(outline), outline.root)


def items(place: Place, blocks: Sequence[Block]) -> Iterator[tuple[Place, Item]]:
    """Every list item under ``blocks``, depth first, with the place of its parent."""
    for block in blocks:
        if isinstance(block, ListBlock):
            for item in block.items:
                yield place, item
                yield from items(place.under_item(label_of(item.text)), item.blocks)


def blocks_everywhere(outline: Outline) -> Iterator[tuple[Place, Sequence[Block]]]:
    """Every block sequence (a section's, an item's) with its place, for sequential scans."""
    for place, section in sections(outline):
        yield place, section.blocks
        for parent, item in items(place, section.blocks):
            if item.blocks:
                yield parent.under_item(label_of(item.text)), item.blocks


@lru_cache(maxsize=CACHE_SIZE)
def comparison_sides(label: str, parent: str = "") -> tuple[str, ...] | None:
    """``CNAME vs Alias`` -> [CNAME, Alias]; ``v.s. VMs`` under ``Docker`` -> [Docker, VMs]."""
    text = plain(label).rstrip(":").strip()
    leading = _LEADING_VS.match(text)
    if leading:
        if not parent:
            return None
        text = f"{parent} vs {leading.group('rest')}"
    parts = tuple(part.strip(" .") for part in _VS.split(text))
    if len(parts) < 2 or len(parts) > 4 or any(not p or len(p.split()) > 6 for p in parts):
        return None
    return parts


@lru_cache(maxsize=CACHE_SIZE)
def comparison_label(text: str, parent: str = "") -> tuple[tuple[str, ...], str] | None:
    """Sides and the inline answer of an item or paragraph that is a comparison."""
    cleaned = clean(text)
    first, _, rest = cleaned.partition("\n")
    head, sep, body = first.partition(": ")
    if not sep and first.endswith(":"):
        head = first[:-1]
    sides = comparison_sides(head, parent)
    if sides is None:
        return None
    return sides, (body + ("\n" + rest if rest else "")).strip()


@lru_cache(maxsize=CACHE_SIZE)
def is_explicit(text: str) -> bool:
    """Text that uses another tool's card syntax (``::``, cloze, ``?`` lines, ``Q:``/``A:``)."""
    without_code = re.sub(r"(`+).+?\1", "", text, flags=re.DOTALL)
    if _EXPLICIT.search(without_code) or _QA.search(without_code):
        return True
    return any(line.strip() in ("?", "??") for line in text.split("\n"))


def is_enumeration(children: Sequence[Item]) -> bool:
    """Children that name things (at least three in four are short names or ``Term: def`` items)."""
    real = [child for child in children if child.text.strip()]
    if not real:
        return False
    names = sum(1 for child in real if is_name(child.text))
    return names * 4 >= len(real) * 3


def item_markdown(item: Item, depth: int = 0) -> str:
    """An item and everything nested in it, as a Markdown bullet list."""
    pad = "  " * depth
    lines = [f"{pad}- {clean(item.text)}".rstrip()]
    lines.extend(block_markdown(item.blocks, depth + 1))
    return "\n".join(lines)


def block_markdown(blocks: Sequence[Block], depth: int = 0) -> list[str]:
    pad = "  " * depth
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            lines.extend(item_markdown(item, depth) for item in block.items)
        elif isinstance(block, Para):
            lines.append("")
            lines.append(f"{pad}{clean(block.text)}".replace("\n", "\n" + pad))
            lines.append("")
        elif isinstance(block, Table):
            lines.append("")
            lines.append(table_markdown(block))
            lines.append("")
        elif isinstance(block, Code):
            lines.append("")
            lines.append(block.text)
            lines.append("")
    return lines


def items_markdown(children: Sequence[Item]) -> str:
    return "\n".join(item_markdown(child) for child in children)


def blocks_text(blocks: Sequence[Block]) -> str:
    return re.sub(r"\n{3,}", "\n\n", "\n".join(block_markdown(blocks))).strip()


def table_markdown(table: Table) -> str:
    def row(cells: Sequence[str]) -> str:
        return "| " + " | ".join(clean(cell).replace("|", "\\|") for cell in cells) + " |"

    lines = [row(table.header), "|" + "---|" * len(table.header)]
    lines.extend(row(cells) for cells in table.rows)
    return "\n".join(lines)


def child_label(item: Item) -> str:
    """How a child is named in an enumeration's answer."""
    definition = split_definition(item.text)
    if definition is not None:
        return definition.term
    comparison = comparison_label(item.text)
    return " vs ".join(comparison[0]) if comparison else plain(item.text)


def scope_after_label(items_: Sequence[Item]) -> tuple[Item, ...]:
    """The items a label paragraph introduces: up to the first item with its own bold term."""
    terms = [split_definition(item.text) for item in items_]
    if all(term is not None and term.bold for term in terms):
        return tuple(items_)
    scoped: list[Item] = []
    for index, (item, term) in enumerate(zip(items_, terms, strict=True)):
        if index and term is not None and term.bold:
            break
        scoped.append(item)
    return tuple(scoped)
