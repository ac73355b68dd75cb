"""The note as its author sees it: nested sections holding paragraphs, lists, tables and code.

Built by walking markdown-it's syntax tree (never by index arithmetic on tokens). Every node keeps
its 1-based source line so cards and warnings can point back into the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from textwrap import dedent

from .parse import SyntaxTreeNode, parse_tree
from .source import NoteSource
from .text import at_break, is_explicit_label


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of inline Markdown."""

    text: str
    """Markdown source of the paragraph (soft line breaks kept as ``\\n``)."""
    line: int
    """First source line (1-based)."""
    end: int
    """Last source line (1-based)."""
    footnote: str = ""
    """The label of the footnote whose text this paragraph is (``[^12]: …`` -> ``12``), else ''."""


@dataclass(frozen=True, slots=True)
class Item:
    """A list item: its first paragraph, then whatever else is nested in it."""

    text: str
    """Markdown source of the item's first paragraph ('' when it has none)."""
    line: int
    """First source line (1-based)."""
    end: int
    """Last source line (1-based)."""
    blocks: tuple[Block, ...] = ()
    """Blocks after the first paragraph, in order (nested lists, paragraphs, code, tables)."""
    ordered: bool = False
    """True for ``1.`` items."""
    heading: bool = False
    """True for ``- ### Diagnosis``: a heading written as a bullet (Logseq's way), a section's title."""
    task: bool = False
    """True for ``- [ ] Read chapter 3``: an item of a task list (its box is not part of ``text``)."""
    done: bool = False
    """True for ``- [x] …``: a task list's item ticked (in a quiz, the right option)."""
    children: tuple[Item, ...] = field(init=False, repr=False, compare=False)
    """Items of the lists nested directly in this item (worked out once: every rule asks)."""

    def __post_init__(self) -> None:
        children = tuple(i for b in self.blocks if isinstance(b, ListBlock) for i in b.items)
        object.__setattr__(self, "children", children)

    @property
    def paragraphs(self) -> tuple[Para, ...]:
        """Paragraphs nested directly in this item after its first one."""
        return tuple(b for b in self.blocks if isinstance(b, Para))


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bullet or ordered list."""

    items: tuple[Item, ...]
    """The list's items."""
    line: int
    """First source line (1-based)."""
    end: int
    """Last source line (1-based)."""
    ordered: bool = False
    """True for an ordered list."""


@dataclass(frozen=True, slots=True)
class Table:
    """A pipe table."""

    header: tuple[str, ...]
    """Markdown source of the header cells."""
    rows: tuple[tuple[str, ...], ...]
    """Markdown source of the body cells, row by row."""
    line: int
    """First source line (1-based)."""
    end: int
    """Last source line (1-based)."""


@dataclass(frozen=True, slots=True)
class Code:
    """A fenced or indented code block, or a ``$$`` math block."""

    text: str
    """The block as Markdown source (fence included) so it renders as written."""
    line: int
    """First source line (1-based)."""
    end: int
    """Last source line (1-based)."""


@dataclass(frozen=True, slots=True)
class Html:
    """A raw HTML block with text in it (``<p>…</p>``, ``<details>``): no card is made from it,
    but its lines are reported, never dropped in silence."""

    text: str
    """The block's text with its tags taken out."""
    line: int
    """First source line (1-based)."""
    end: int
    """Last source line (1-based)."""


@dataclass(frozen=True, slots=True)
class Aside:
    """An Obsidian box that holds a worked example or a proof (``> [!example] esempio 1``): what it
    says belongs to the example, not to what there is to learn. No card is made from it, but its
    lines are reported, never dropped in silence."""

    kind: str
    """The box's kind as written (``example``, ``proof``)."""
    title: str
    """The box's title, if it has one."""
    line: int
    """First source line (1-based)."""
    end: int
    """Last source line (1-based)."""


Block = Para | ListBlock | Table | Code | Html | Aside


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and everything up to the next heading of the same or a higher level."""

    title: str
    """Markdown source of the heading text ('' for the part of a note before any heading)."""
    level: int
    """Heading level 1-6; 0 for the note itself."""
    line: int
    """Line of the heading (1-based); 1 for the note itself."""
    blocks: tuple[Block, ...] = ()
    """Blocks directly under the heading, before its first sub-heading."""
    sections: tuple[Section, ...] = ()
    """Sub-sections, in order."""

    def walk(self, path: tuple[Section, ...] = ()) -> Iterator[tuple[tuple[Section, ...], Section]]:
        """Yield ``(ancestors, section)`` for this section and all below it, in note order."""
        yield path, self
        for sub in self.sections:
            yield from sub.walk((*path, self))


@dataclass(frozen=True, slots=True)
class Outline:
    """One note file as a tree."""

    path: Path
    """The note file."""
    root: Section
    """Level-0 section holding the whole note."""
    meta: dict[str, object] = field(default_factory=dict)
    """Front matter."""
    rules: frozenset[int] = frozenset()
    """The lines of the note's thematic breaks (``---`` between blocks): where one part of a section ends."""
    quotes: tuple[tuple[int, int], ...] = ()
    """The first and last lines of each quote at the top of the note (``> **Proof**`` / ``> Let …``): a box
    whose blocks belong together."""

    def pretty(self) -> str:
        """An indented text rendering, for golden tests and debugging."""
        return "\n".join(_pretty_section(self.root, 0))


def _line(node: SyntaxTreeNode) -> tuple[int, int]:
    start, end = node.map or (0, 1)
    return start + 1, max(start + 1, end)


def _inline_text(node: SyntaxTreeNode) -> str:
    return "".join(child.content for child in node.children if child.type == "inline")


def _fence_text(node: SyntaxTreeNode) -> str:
    if node.type == "fence":
        fence = node.markup or "```"
        return f"{fence}{node.info}\n{node.content}{fence}"
    if node.type == "math_block":
        return f"$$\n{node.content.strip()}\n$$"
    return "\n".join("    " + row for row in node.content.rstrip("\n").split("\n"))


def _table(node: SyntaxTreeNode) -> Table:
    rows: list[tuple[str, ...]] = []
    for part in node.children:
        for tr in part.children:
            rows.append(tuple(_inline_text(cell) for cell in tr.children))
    header, body = (rows[0], rows[1:]) if rows else ((), [])
    for index in range(1, len(body)):
        if any(_DITTO.fullmatch(cell.strip()) for cell in body[index]):
            above = body[index - 1]
            body[index] = tuple(
                above[column] if column < len(above) and _ditto(cell, above[column], body, column) else cell
                for column, cell in enumerate(body[index])
            )
    return Table(header, tuple(body), *_line(node))


_DITTO = re.compile(r"&uarr;|↑|⬆\ufe0f?|〃|(?i:ditto|idem|dto\.?|same as above|同上)")
"""``|$E_k$|Kinetic energy|&uarr;|``: a cell that repeats the one above it (its unit: joules)."""
_DOWN = re.compile(r"&darr;|↓|⬇|[-+−]")


def _ditto(cell: str, above: str, body: list[tuple[str, ...]], column: int) -> bool:
    """A cell that says "the same as above": not an up arrow in a column of ups and downs (``|hCG|↑|↓|``: raised)."""
    if not _DITTO.fullmatch(cell.strip()) or _DITTO.fullmatch(above.strip()) or _DOWN.fullmatch(above.strip()):
        return False
    return not any(column < len(row) and _DOWN.fullmatch(row[column].strip()) for row in body)


_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+(?=\S)")
"""The box of a task list's item: ``[ ]`` (to do), ``[x]`` (done)."""


def _item(node: SyntaxTreeNode, ordered: bool) -> Item:
    blocks = _blocks(node.children)
    text = ""
    heading = bool(node.children) and node.children[0].type == "heading"
    if heading:
        # ``- #### Class B`` (Logseq writes headings as bullets): the heading is the item's label
        text = _inline_text(node.children[0])
    elif blocks and isinstance(blocks[0], Para) and node.children[0].type == "paragraph":
        first = blocks[0]
        text, blocks = first.text, blocks[1:]
        label, _, rest = text.partition("\n")
        if rest.strip() and is_explicit_label(label):
            # ``- **TTL**`` with its text on the next, indented line: the label owns the text
            text, blocks = label, [Para(rest, first.line + 1, first.end), *blocks]
    task = _TASK_BOX.match(text)
    if task is not None:
        text = text[task.end() :]
    return Item(
        text, *_line(node), blocks=tuple(blocks), ordered=ordered, heading=heading, task=task is not None,
        done=task is not None and task.group(0)[1] in "xX",
    )


_PROGRESS = re.compile(
    r"\s*(?:✔️?|✅|☑️?|❌|✖️?|✗|✓)\s*(?:"
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
    r"|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?)\s*",
    re.IGNORECASE,
)
"""``- ✔️ Feb 27``, ``- ❌ Mar 4``, ``- ✅ 2024-03-01``: the day the author went over the part, a mark of their progress."""


def _progress_mark(item: Item) -> bool:
    return not item.blocks and _PROGRESS.fullmatch(item.text) is not None


def _block(node: SyntaxTreeNode) -> list[Block]:
    kind = node.type
    if kind == "paragraph":
        return _para_blocks(_inline_text(node), *_line(node))
    if kind in ("bullet_list", "ordered_list"):
        ordered = kind == "ordered_list"
        items = tuple(item for child in node.children if not _progress_mark(item := _item(child, ordered)))
        return [ListBlock(items, *_line(node), ordered=ordered)] if items else []
    if kind == "table":
        return [_table(node)]
    if kind == "code_block" and (as_list := _indented_list(node)) is not None:
        return as_list
    if kind in ("fence", "code_block", "math_block", "math_block_label"):
        return [Code(_fence_text(node), *_line(node))]
    if kind == "blockquote":
        return _callout(_split_labels(_join_ordered([block for child in node.children for block in _quoted(child)])))
    if kind == "html_block" and (text := _html_text(node.content)):
        return [Html(text, *_line(node))]
    return []


def _quoted(node: SyntaxTreeNode) -> list[Block]:
    """A block of a quote; a heading there (``>## Carga elementar <br> $ e = 1,602 \\cdot 10^{-19} C $``),
    which heads no part of the note, is a bold label, its break parting a name from its formula."""
    if node.type != "heading":
        return _block(node)
    title, rest = at_break(_inline_text(node))
    if not re.search(r"[^\W\d_]", re.sub(r"!?\[[^\]]*\]\([^)]*\)", "", title)):
        return _para_blocks(title, *_line(node)) if title else []  # ``>### 1 ![alt text](1.jpg)``: a number and its picture
    return _para_blocks(f"**{title}**" + (f": {rest}" if rest else ""), *_line(node))


_TAG = re.compile(r"<!--.*?-->|<(style|script)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)


def _html_text(html: str) -> str:
    """The words of an HTML block, tags and comments taken out (an image alone has none)."""
    text = " ".join(_TAG.sub(" ", html).split())
    return text if re.search(r"\w", text) else ""


_FOOTNOTE = re.compile(r"^\[\^[^\]\s]{1,40}\]:[ \t]*")


_TABLE_INSIDE = re.compile(r"^[ \t]*\|.*\|[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.MULTILINE)
"""A pipe table written right under a line of text, no blank line between (CommonMark reads it
as more of the paragraph, or of the bullet above it; its author sees a table)."""


def _para_blocks(text: str, line: int, end: int) -> list[Block]:
    """A paragraph is its sentences, its footnotes (``[^1]: …`` lines, each a paragraph of its
    own, without the mark), its display math (``$$`` lines, no blank line around them) and a
    table written right under it."""
    if "|" in text and (table := _TABLE_INSIDE.search(text)) is not None and table.start() > 0:
        above = text[: table.start()].rstrip("\n")
        row = text.count("\n", 0, table.start())
        below = [
            _shift(block, line + row - 1)
            for block in _blocks(parse_tree(dedent(text[table.start() :])).children)
        ]
        return [*_para_blocks(above, line, line + row - 1), *below]
    if "[^" in text and any(_FOOTNOTE.match(row) for row in text.split("\n")):
        blocks: list[Block] = []
        start = 0
        rows = text.split("\n")
        for index in range(1, len(rows) + 1):
            if index == len(rows) or _FOOTNOTE.match(rows[index]):
                chunk = "\n".join([_FOOTNOTE.sub("", rows[start]), *rows[start + 1 : index]])
                if chunk.strip():
                    parts = _math_blocks(chunk, line + start, line + index - 1 if index < len(rows) else end)
                    label = _FOOTNOTE.match(rows[start])
                    if label and len(parts) == 1 and isinstance(parts[0], Para):
                        parts = [replace(parts[0], footnote=label.group(0).strip()[2:-2])]
                    blocks.extend(parts)
                start = index
        return blocks
    return _math_blocks(text, line, end)


_INLINE_DISPLAY = re.compile(r"^(?P<before>.*?\S)[ \t]*\$\$(?P<math>[^$\n]+)\$\$[ \t]*(?P<after>.*)$")
"""``… independent if and only if$$P(A\\cap B) = P(A)P(B)$$Example: …``: display math inside a line."""


_GOES_ON = re.compile(r"[ \t]*[a-z,.;:)\d]")
"""After ``$$…$$`` in a line, the sentence goes on (``$$P=MC$$, and …``, ``$$x$$. Then …``): the
author's renderer (kramdown, MathJax) shows it inline."""


def _math_blocks(text: str, line: int, end: int) -> list[Block]:
    if "$$" not in text:
        return [Para(text, line, end)]
    pieces: list[tuple[str, int]] = []  # (text, line offset): a line with display math inside is three
    for offset, row in enumerate(text.split("\n")):
        match = None if row.strip().startswith("$$") else _INLINE_DISPLAY.match(row)
        if match is not None and match.group("before").count("(") > match.group("before").count(")"):
            match = None  # ``(… $$\frac{TP}{TP+FP}$$)``: math inside an aside stays in its sentence
        elif match is not None and _GOES_ON.match(match.group("after")) and row[: match.start("math") - 2][-1:].isspace():
            match = None  # ``because monopolists want $$MR = MC$$. Maximum …``: math inside its sentence
        if match is None:
            pieces.append((row, offset))
            continue
        pieces.extend([(match.group("before"), offset), (f"$${match.group('math')}$$", offset)])
        if match.group("after").strip():
            pieces.append((match.group("after"), offset))
    if len(pieces) == 1:
        return [Para(text, line, end)]
    blocks: list[Block] = []
    start = index = 0
    while index < len(pieces):
        row = pieces[index][0].strip()
        close = None
        if row.startswith("$$"):
            if len(row) > 4 and row.endswith("$$"):
                close = index
            else:
                close = next(
                    (k for k in range(index + 1, len(pieces)) if pieces[k][0].strip().endswith("$$")), None
                )
        if close is None:
            index += 1
            continue
        if start < index:
            para = "\n".join(piece[0] for piece in pieces[start:index])
            blocks.append(Para(para, line + pieces[start][1], line + pieces[index - 1][1]))
        math = "\n".join(piece[0] for piece in pieces[index : close + 1]).strip()[2:-2].strip()
        blocks.append(Code(f"$$\n{math}\n$$", line + pieces[index][1], line + pieces[close][1]))
        index = start = close + 1
    if start < len(pieces):
        blocks.append(Para("\n".join(piece[0] for piece in pieces[start:]), line + pieces[start][1], end))
    return blocks


_CALLOUT = re.compile(r"^\[![ \t]*(?P<kind>[\w-]+)[ \t]*\][+-]?[ \t]*(?P<title>[^\n]*)(?:\n|$)")


def _callout(blocks: list[Block]) -> list[Block]:
    """An Obsidian callout (``> [!note] Title``): its marker is not text; a title that says more
    than the callout's kind (``Definition``, ``Example``) is a line of its own."""
    if not blocks or not isinstance(blocks[0], Para) or (match := _CALLOUT.match(blocks[0].text)) is None:
        return blocks
    first = blocks[0]
    title, body = match.group("title").strip(), first.text[match.end() :]
    if _worked_box(match.group("kind"), title):
        return [Aside(match.group("kind"), title, first.line, max(block.end for block in blocks))]
    if title.casefold().strip(" :") in (match.group("kind").casefold(), *_CALLOUT_TITLES):
        title = ""
    if title and body.strip() and len(title.split()) <= 8 and not re.search(r"[:,.]$", title):
        if re.fullmatch(r"\([^()]+\)", title):
            title = title[1:-1].strip()  # ``> [!definition] (Rationalizability)``: the term, in the brackets of a theorem's name
        return [Para(f"**{title}**: {body}", first.line, first.end), *blocks[1:]]  # a titled box: a term
    rest: list[Block] = []
    if title:
        rest.append(Para(title, first.line, first.line))
    if body.strip():
        rest.append(Para(body, first.line + 1, first.end))
    return [*rest, *blocks[1:]]


EXAMPLE_WORD = r"(?:example|esempio|beispiel|ejemplo|exemple|exemplo|eksempel|exempel|voorbeeld|primjer|příklad|przykład|példa|пример|esimerkki|exemplu|örnek)"
"""The word *example* in the languages notes are written in (the worked-example rule and example boxes)."""
PROOF_WORD = (
    r"(?:proof|dimostrazione|beweis|démonstration|demonstration|demostración|demonstração|prueba|prova|preuve|bukti|dowód"
    r"|důkaz|bewijs|доказательство|bizonyítás|biz)"
)
"""The word that titles a proof, in the languages of the notes seen so far."""
EXAMPLE_OF = r"(?:of|på|di|de|del|della|dello|dei|degli|delle|du|des|do|da|dos|das|von|für|van)"
"""What follows "example" when it names one worked example (``Example of linearity``)."""
_WORKED_TITLE = re.compile(
    rf"(?:worked\s+)?(?:{EXAMPLE_WORD}|examples|esempi[oa]?|beispiele|ejemplos|exemples|exemplos|eksempler|e\.g\.?)"
    rf"(?:\s*\d+(?:\.\d+)*[a-z]?)?\s*[:.]?(?:\s+(?:{EXAMPLE_OF}|for)\s.*|\s*\([^()]*\))?",
    re.IGNORECASE,
)


_BOX_OF_WORKING = re.compile(
    rf"(?:(?:another|one more|a further|further|a second|second|third|next|last|final)\s+)?{_WORKED_TITLE.pattern}"
    rf"|{PROOF_WORD}(?:\s+(?:of|di|de|du|des|von|der)\s.*)?",
    re.IGNORECASE,
)


def _worked_box(kind: str, title: str) -> bool:
    """A box that holds a worked example or a proof: a ``proof`` or ``exercise`` box, or an
    ``example`` box titled as one (``esempio 1``, no title); an ``example`` box titled with a topic
    (``More Visual Display Technologies``) holds notes like any other."""
    kind = kind.casefold()
    if kind in ("proof", "exercise", "exercises"):
        return True
    if _BOX_OF_WORKING.fullmatch(title.strip(" *_")):
        return True  # ``> [!e] Another example``, ``> [!p] Proof``: a box of the author's own kind, titled as one
    return kind in ("example", "examples", "ex", "esempio", "exemple", "ejemplo", "exemplo", "beispiel") and (
        not title or _WORKED_TITLE.fullmatch(title.strip(" *_")) is not None
    )


_CALLOUT_TITLES = (
    "definition", "example", "note", "abstract", "summary", "tip", "info", "important",
    "explanation", "warning", "caution", "remark", "hint", "reminder", "attention", "tldr", "tldr;", "tl;dr",
)


_LISTISH = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")


_CODE_SIGNS = re.compile(
    r"[{};]\s*$|^\s*(?:def|class|function|return|import|from|public|private|static|void|int|var|let|const|"
    r"if|for|while|select|insert|update|#include|//|/\*|\$ |>>>|<[a-z/]+)\b|\w\([^)]*\)\s*$|==|!=|&&|\|\||:=|=>|\+\+",
    re.IGNORECASE,
)


def _prose_line(line: str) -> bool:
    """A line of words (``La frecuencia relativa resulta de dividir …``), not of code or output."""
    text = line.strip()
    letters = sum(1 for char in text if char.isalpha())
    return len(text.split()) >= 3 and letters >= 0.7 * len(text.replace(" ", "")) and not _CODE_SIGNS.search(text)


def _indented_list(node: SyntaxTreeNode) -> list[Block] | None:
    """A list, or paragraphs of prose, indented by four spaces at the top level is, to its author,
    a list or prose, not code."""
    lines = [line for line in node.content.split("\n") if line.strip()]
    listed = bool(lines) and all(_LISTISH.match(line) for line in lines)
    prose = bool(lines) and sum(1 for line in lines if _prose_line(line)) * 4 >= len(lines) * 3
    if not (listed or prose) or (prose and any(_CODE_SIGNS.search(line) for line in lines)):
        return None
    offset = (node.map or (0, 0))[0]
    return [_shift(block, offset) for block in _blocks(parse_tree(node.content).children)]


def _shift(block: Block, offset: int) -> Block:
    if isinstance(block, ListBlock):
        items = tuple(_shift_item(item, offset) for item in block.items)
        return replace(block, items=items, line=block.line + offset, end=block.end + offset)
    return replace(block, line=block.line + offset, end=block.end + offset)


def _shift_item(item: Item, offset: int) -> Item:
    blocks = tuple(_shift(block, offset) for block in item.blocks)
    return replace(item, blocks=blocks, line=item.line + offset, end=item.end + offset)


def _blocks(nodes: list[SyntaxTreeNode]) -> list[Block]:
    return _split_labels(_join_ordered([block for node in nodes for block in _block(node)]))


def _join_ordered(blocks: list[Block]) -> list[Block]:
    """``1.``, ``2.``, an image, ``3.``: one numbered list to its author, two to CommonMark."""
    blocks = _points_under_numbers(blocks)
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if isinstance(block, ListBlock) and isinstance(last, ListBlock) and block.ordered and last.ordered:
            joined[-1] = ListBlock((*last.items, *block.items), last.line, block.end, ordered=True)
        else:
            joined.append(block)
    return joined


UNINDENTED_POINTS = 3
"""Numbered items each followed at once by bullets typed without indent: this many make it the author's way of
writing an item's points."""


def _points_under_numbers(blocks: list[Block]) -> list[Block]:
    """``1. Cognitive Dissonance: Incompatible Beliefs`` / ``- This is when …`` / ``- Example …``, then ``2. …``
    the same way, again and again: each numbered item's points, typed without indenting them (CommonMark reads a
    numbered list of one item, then a list of bullets)."""
    pairs = [
        index
        for index in range(len(blocks) - 1)
        if isinstance(one := blocks[index], ListBlock) and one.ordered and len(one.items) == 1 and not one.items[0].blocks
        and isinstance(two := blocks[index + 1], ListBlock) and not two.ordered and two.line == one.end + 1
    ]
    if len(pairs) < UNINDENTED_POINTS:
        return blocks
    starts = set(pairs)
    result: list[Block] = []
    for index, block in enumerate(blocks):
        if index - 1 in starts:
            continue  # (the bullets, now inside the item above)
        if index in starts and isinstance(block, ListBlock) and isinstance(points := blocks[index + 1], ListBlock):
            item = replace(block.items[0], blocks=(points,), end=points.end)
            block = ListBlock((item,), block.line, points.end, ordered=True)
        result.append(block)
    return result


_BOLD_LINE = re.compile(r"\*\*[^*\n]{1,60}\*\*:?[ \t]*")


def _lazy_labels(block: ListBlock) -> list[Block]:
    """``* Country's BOT improves`` / ``**Forex Rate**`` / ``* deflation -> …``: a bold line typed
    right under an item, over the items after it, is their label (Markdown runs it on into the item)."""
    for index, item in enumerate(block.items[:-1]):
        head, _, last = item.text.rpartition("\n")
        if head and not item.blocks and _BOLD_LINE.fullmatch(last.strip()):
            first = ListBlock((*block.items[:index], replace(item, text=head, end=item.end - 1)), block.line, item.end - 1, block.ordered)
            rest = ListBlock(block.items[index + 1 :], block.items[index + 1].line, block.end, block.ordered)
            return [first, Para(last.strip(), item.end, item.end), *_lazy_labels(rest)]
    return [block]


def _split_labels(blocks: list[Block]) -> list[Block]:
    """``text\n**Label**`` right above a list: the last line is the list's label, as the author sees it."""
    result: list[Block] = []
    blocks = [part for block in blocks for part in (_lazy_labels(block) if isinstance(block, ListBlock) else [block])]
    for index, block in enumerate(blocks):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Para) and isinstance(after, ListBlock) and after.line == block.end + 1:
            head, _, last = block.text.rpartition("\n")
            goes_on = last.lstrip()[:1].islower() and not re.search(r"[.!?:;]\W*$", head)  # ``… three monuments taken`` / ``to heart:``: one line wrapped
            if head and is_explicit_label(last) and not goes_on:
                result.append(Para(head, block.line, block.end - 1))
                result.append(Para(last, block.end, block.end))
                continue
        result.append(block)
    return result


def _box_goes_on(box: Aside, nodes: list[SyntaxTreeNode], index: int, blocks: list[Block], marks: frozenset[int]) -> int:
    """``>[!proof]`` / ``(1) Let …`` / ``>`` / ``(2) Let …``: a box whose author left the ``>`` off some of
    its lines, with no blank line between (only lines of a lone ``>``, ``marks``), goes on over them up to
    the first blank line; returns the index of the first node after it."""
    end = box.end
    while index < len(nodes) and nodes[index].type in ("paragraph", "blockquote", "math_block", "fence"):
        start, last = _line(nodes[index])
        if start <= end or any(gap not in marks for gap in range(end + 1, start)):
            break
        end = last
        index += 1
    blocks[-1] = replace(box, end=end)
    return index


def _nest(title: str, level: int, line: int, nodes: list[SyntaxTreeNode], marks: frozenset[int] = frozenset()) -> Section:
    """Group the nodes following a heading into blocks and sub-sections."""
    blocks: list[Block] = []
    sections: list[Section] = []
    index = 0
    while index < len(nodes) and nodes[index].type != "heading":
        blocks.extend(_block(nodes[index]))
        index += 1
        if blocks and isinstance(box := blocks[-1], Aside):
            index = _box_goes_on(box, nodes, index, blocks, marks)
    while index < len(nodes):
        head = nodes[index]
        sub_level = int(head.tag[1])
        stop = index + 1
        while stop < len(nodes) and not (
            nodes[stop].type == "heading" and int(nodes[stop].tag[1]) <= sub_level
        ):
            stop += 1
        heading = re.sub(r"(?<=[^\s#])#{2,}\s*$", "", _inline_text(head))  # ``## Doppler Effect##``: closing marks
        heading = re.sub(r"(?<=\S)\s+(?:={3,}|-{3,})\s*$", "", heading)  # ``# 9 Fragen und Ausrufe =====``: a rule typed after it
        heading = re.sub(r"^\*\*([^*]+)\*\*$", r"\1", heading.strip())  # ``### **1. Liniowa**``: a title set in bold
        sections.append(_nest(heading, sub_level, _line(head)[0], nodes[index + 1 : stop], marks))
        index = stop
    return Section(title, level, line, tuple(_split_labels(_join_ordered(blocks))), tuple(sections))


def build_outline(source: NoteSource) -> Outline:
    """Parse a prepared note into its outline."""
    tree = parse_tree(source.text)
    rules = frozenset(_line(node)[0] for node in tree.children if node.type == "hr")
    quotes = tuple(_line(node) for node in tree.children if node.type == "blockquote")
    marks = frozenset(number for number, text in enumerate(source.text.split("\n"), 1) if text.strip() == ">")
    return Outline(source.path, _nest("", 0, 1, list(tree.children), marks), dict(source.meta), rules, quotes)


def _pretty_block(block: Block, depth: int) -> Iterator[str]:
    pad = "  " * depth
    if isinstance(block, Para):
        yield f"{pad}para@{block.line}: {block.text!r}"
    elif isinstance(block, ListBlock):
        for item in block.items:
            yield f"{pad}{'1.' if item.ordered else '-'} @{item.line}: {item.text!r}"
            for sub in item.blocks:
                yield from _pretty_block(sub, depth + 1)
    elif isinstance(block, Table):
        yield f"{pad}table@{block.line}: {' | '.join(block.header)} ({len(block.rows)} rows)"
    elif isinstance(block, Html):
        yield f"{pad}html@{block.line}: {block.text[:60]!r}"
    elif isinstance(block, Aside):
        yield f"{pad}{block.kind}@{block.line}-{block.end}: {block.title[:60]!r}"
    else:
        yield f"{pad}code@{block.line}"


def _pretty_section(section: Section, depth: int) -> Iterator[str]:
    pad = "  " * depth
    if section.level:
        yield f"{pad}{'#' * section.level} {section.title} @{section.line}"
    for block in section.blocks:
        yield from _pretty_block(block, depth + 1)
    for sub in section.sections:
        yield from _pretty_section(sub, depth + 1)
