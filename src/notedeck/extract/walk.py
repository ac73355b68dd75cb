"""One walk over the outline: every node with its place, computed once and shared by every rule.

A node's place is the breadcrumb the author sees above it: headings, parent items, and the
pseudo-headings people write instead of headings (a line all in bold, an ``<ins>``/``<u>`` line,
a short label line right above a list, a ``Prefix - Topic`` bullet that has children).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..outline import Aside, Block, Code, Html, Item, ListBlock, Outline, Para, Section, Table
from ..text import (
    CJK_CHAR,
    is_explicit_label,
    is_part_number,
    is_part_word,
    is_remark_label,
    label_of,
    norm_key,
    plain,
    points_elsewhere,
    words,
)
from .common import Place, scope_after_label

_UNDERLINE = re.compile(r"^\s*<(ins|u)>(?P<text>.+?)</\1>\s*:?\s*$", re.IGNORECASE)
_ALL_BOLD = re.compile(
    r"^\s*(?:[^\w\s*_`#>\[\]()<$\\|-]{1,3}\s*)?\*\*(?P<text>[^*]+?)\*\*(?:\s*\([^()\n]{1,60}\))?\s*:?\s*$"
)
"""``**Label**``, also behind a mark (``🔹 **VOLTAIRE (1694 - 1778)**``, ``✔ **DEFINICIÓN**``) or before
what its letters stand for (``🟢 **SQL Injection**  (Structured Query Language)``)."""
_ALL_ITALIC = re.compile(r"^\s*([*_])(?![*_\s])(?P<text>[^*_\n]+?)(?<![\s.])\1\s*:?\s*$")
"""``*Key factors affecting long run economic growth*``: a line in italics, written as a heading
(a sentence in italics ends in a full stop and is only emphasis)."""
_ARROW = re.compile(r"^(?:=+>|-+>|=&gt;|-&gt;|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)\s*")
"""``=> Describing a distribution``, ``💡 운영체제 비유로 이해하기``: an arrow or a pictograph that leads a line written as a heading."""
_PREFIX_TOPIC = re.compile(r"^(?P<prefix>[^.:\n]{1,40}?)\s+[-–—]\s+(?P<topic>[^.:\n]{1,60})$")


@dataclass(frozen=True, slots=True)
class Node:
    """A section, paragraph, list item, table or code block, where it stands in the note."""

    block: Section | Para | Item | Table | Code | Html | Aside
    """The outline node."""
    place: Place
    """Breadcrumb above the node (the node itself is not in it)."""
    after: Block | None = None
    """The next block beside it (for a paragraph that introduces a list)."""
    parent: Item | None = None
    """The list item it is nested in, if any."""


_NAME_LINE = re.compile(r"[^\W\d_][^.!?,;:()\n]{0,40}?\s*\([^()\n]{2,30}\)")
"""``DNA tiểu vệ tinh (minisatellite)``: a name and its gloss alone on a line, a label even across a blank line."""


_KINDS_LINE = re.compile(
    r"[A-Z][\w-]*(?: [\w-]+){0,3} (?i:modes|types|kinds|classes|categories|levels|layers|options|methods|stages|phases|models|tiers)"
)
"""``Dynamic Routing modes``: the kinds its list names, a label even across a blank line."""


_THE_FOLLOWING = re.compile(
    r"[^.!?:]{0,100}?\bthe following (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?!(?:happens?|occurs?|appl(?:y|ies)|holds?|is|are|results?|steps?|way)\b)(?P<what>[^\W\d_][^.!?:;]{2,70}?)\s*:$",
    re.IGNORECASE,
)
"""``Jeremy Bentham … came up with the following factors to determine happiness value:`` over its list: what
the list holds is named after ``the following``."""


_STEP_ON = re.compile(r"(?:once|after|afterwards|then|next|finally)\b(?!\s+to\b)", re.IGNORECASE)


def pseudo_heading(para: Para, after: Block | None) -> str | None:
    """The label of a paragraph its author wrote as a heading, or None."""
    text = para.text.strip()
    if "\n" in text or not text:
        return None
    if (bold := _bold_line(text)) is not None and words(bold) <= 14:
        if not re.search(r"[^\W_]", plain(bold)):
            return None  # ``**|**``: a rule between the parts of a word list, no name
        if re.match(r"\s*[—–]\s", plain(bold)):
            return None  # ``**— Long-term structural political**`` under ``### Foreign domination``: a tag of the heading
        if re.search(r"(?<![=<>-])=(?![=>])|\d\s*[+*/×÷^]\s*[\d(.]", plain(bold)):
            return None  # ``**q = 1 – p = .2**``: a result set in bold, not the title of what follows
        if "](" in bold and points_elsewhere(bold):
            return None  # ``**Refer to [Acute respiratory failure](…)**``: where to read more, not the title of the list below
        return label_of(bold)
    match = _ALL_ITALIC.match(text)
    if match and 3 <= words(match.group("text")) <= 14 and not re.search(r"https?:|\]\(", text):
        return label_of(match.group("text"))  # (not ``_Thomas Bartlett_``, a byline, nor a link's caption)
    if is_explicit_label(text) and words(text) <= 10:
        if words(text) >= 2 and _STEP_ON.match(plain(text)) and text.rstrip().endswith(":"):
            return None  # ``Once completed run:`` over commands: the next step of a procedure, no title of what follows
        return label_of(text)
    if isinstance(after, ListBlock) and after.line <= para.end + 1 and (following := _THE_FOLLOWING.match(plain(text))) is not None:
        named = following["what"].strip()
        return named[:1].upper() + named[1:]  # ``Bentham came up with the following factors to determine happiness value:``
    stripped = _ARROW.sub("", plain(text))
    led = _BOLD_LED.match(text) is not None  # ``**Cluster Placement Group** for low latency``, a blank line, then its points
    gap = 2 if stripped != plain(text) or led or _NAME_LINE.fullmatch(stripped) or (_KINDS_LINE.fullmatch(stripped) and "![" not in text) else 1
    # (a line led by an arrow, or naming the kinds listed, heads its list across a blank line)
    near_list = isinstance(after, ListBlock) and after.line <= para.end + gap
    if near_list and words(stripped) <= 6 and (stripped[:1].isupper() or CJK_CHAR.match(stripped)) and not re.search(r"[.!?,;。，；！？]$", stripped):
        return label_of(stripped)  # ``=> Describing a distribution``, a blank line, then its list
    if (
        isinstance(after, Table)
        and after.line <= para.end + 2
        and words(stripped) <= 8
        and stripped[:1].isupper()
        and not re.search(r"[.!?,;]$|[$:=]", stripped)
        and not re.match(r"(?:we|it|this|these|they|you|i|here|there|the following)\b", stripped, re.IGNORECASE)
    ):
        return label_of(stripped)  # ``Category 2 - stem ends with 1 consonant``, a blank line, then its table
    return None


_BOLD_LED = re.compile(r"(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)[ \t]+\S")
"""A line led by a bold name and a few words after it."""


def prefix_topic(text: str) -> tuple[str, str] | None:
    """``AWS SQS - Visibility timeout`` (a bullet with children) -> (AWS SQS, Visibility timeout)."""
    match = _PREFIX_TOPIC.match(plain(text))
    if match is None or words(match.group("prefix")) > 4 or words(match.group("topic")) > 6:
        return None
    if match.group("prefix").count("(") > match.group("prefix").count(")"):
        return None  # ``FRANCISCO QUESNAY (1694 - 1774)``: a range inside a parenthesis
    if not re.search(r"[^\W\d_]{2}", re.sub(r"\$[^$]*\$", "", match.group("topic"))):
        return None  # ``Alpha Particles - $\alpha$``: a name and its symbol, not a topic under a prefix
    return match.group("prefix").strip(), match.group("topic").strip()


def item_label(item: Item) -> str:
    """How an item is named in the breadcrumb of what it holds."""
    if item.blocks and (split := prefix_topic(item.text)) is not None:
        return f"{split[0]} › {split[1]}"
    if PICTURE_ONLY.fullmatch(item.text.strip()):
        return ""  # ``- ![band-pass-filter](…)``: a picture names nothing below it
    if item.blocks and (asked := _DESCRIBE_NAMES.match(plain(item.text))) is not None:
        return asked.group(1) or ""  # ``Describe Storage: Thin Provisioning, SAN, NAS?``: what it is about, not the task
    return label_of(item.text)


_DESCRIBE_NAMES = re.compile(r"(?i:describe|explain|define)\b\s*(?:([^:：,?]{0,40}?)\s*[:：])?[^:：]*,")
"""A prompt that names the terms its points define, and what they are about (perhaps nothing)."""


_PICTURE = r"(?:!\[[^\]\n]*\]\([^)\n]*\)|!\[\[[^\]\n]+\]\]|<img\b[^>\n]*>)"
PICTURE_ONLY = re.compile(rf"{_PICTURE}(?:\s*{_PICTURE})*")
"""An item that is only a picture (or pictures): Markdown's, Obsidian's embed or an ``<img>`` tag."""


def _bold_line(text: str) -> str | None:
    """The words of a line that is all bold or underlined (``**Bus:**``, ``<u>Ring</u>``), else None."""
    for pattern in (_UNDERLINE, _ALL_BOLD):
        if (match := pattern.match(text)) is not None:
            return match.group("text")
    return None


def _heading_line(para: Para) -> str | None:
    """The label of a line written as a heading of what follows (``**Bus:**``, ``<u>Ring</u>``),
    whatever follows it; None for other labels, which head only the list or table right below."""
    text = para.text.strip()
    if "\n" in text or not text:
        return None
    bold = _bold_line(text)
    if bold is not None and words(bold) <= 8 and not re.search(r"[.!?]\**\s*$", text):
        return label_of(bold)
    return None


def _heading_above(blocks: Sequence[Block], index: int) -> str:
    """The bold line nearest above ``blocks[index]`` among its siblings ('' for none, or a remark)."""
    for block in reversed(blocks[:index]):
        if isinstance(block, Para) and (line := _heading_line(block)) is not None:
            return "" if is_remark_label(line) else line
    return ""


LEGEND_WORDS = frozenset(
    ["where", "here", "with", "wobei", "dabei", "hier", "dove", "donde", "dónde", "où", "waarbij", "onde", "em que", "gdzie", "med"]
)
"""``Where:``, ``Here:`` over ``- $T$ = tension``: a word that leads into what a formula's symbols stand for, no topic of them."""


def _blocks(place: Place, blocks: Sequence[Block], parent: Item | None) -> Iterator[Node]:
    label = label_text = listed = ""
    for index, block in enumerate(blocks):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        here = place
        if listed and isinstance(block, Para) and is_part_word(block.text) and isinstance(after, ListBlock):
            here = place.under_label(listed)  # ``**Entscheidungen**:`` and its list, then ``Beispiele:``: examples of them
        under = here.under_label(label) if label and not is_remark_label(label) and label.casefold() not in LEGEND_WORDS else here
        if not label and isinstance(block, Table) and property_table(block) and (heading := _heading_above(blocks, index)):
            under = place.under_label(heading)  # ``**Bus:**`` … ``| Eigenschaft | Wert |``: the bus's properties
        if isinstance(block, Para):
            yield Node(block, under, after, parent)
        elif isinstance(block, ListBlock):
            scoped = {id(item) for item in scope_after_label(block.items, label_text)} if label else set()
            for item in block.items:
                yield from _item(under if id(item) in scoped else place, item, parent)
        elif isinstance(block, Table | Code | Html | Aside):
            yield Node(block, under, after, parent)
        listed = label if isinstance(block, ListBlock) and label and not is_remark_label(label) and not is_part_word(label) else ""
        label = (pseudo_heading(block, after) or "") if isinstance(block, Para) and after is not None else ""
        label_text = block.text if isinstance(block, Para) else ""


_PROPERTY = frozenset(
    ["property", "properties", "attribute", "feature", "characteristic", "eigenschaft", "merkmal", "propriété",
     "caractéristique", "propiedad", "característica", "propriedade", "proprietà", "eigenschap", "kenmerk"]
)
_VALUE = frozenset(["value", "values", "wert", "werte", "valeur", "valor", "valore", "waarde"])


def section_end(section: Section) -> int:
    """The last line a section spans, its sub-sections included."""
    return max([section.line, *(block.end for block in section.blocks), *map(section_end, section.sections)])


NUMBER_HEADER = re.compile(r"(?:nr|no|num|number|nummer|número|numéro|numero|n°|nº|#|id|index|idx|pos)\.?", re.IGNORECASE)
"""``Nr.``, ``No.``, ``#``: a column of numbers that count or point, not facts."""
FORM_HEADERS = frozenset(
    ["subject", "pronoun", "person", "conjugation", "form", "forms", "ending", "endings", "subjekt", "pronomen", "endung", "konjugation",
     "usage", "use", "type", "purpose", "verwendung", "gebrauch", "typ", "uso", "tipo"]
)
"""``| subject | conjugation |``, ``| Hilfsverb | Usage |``: the names of a table's columns, however lower-case (the
forms or things are its rows), not two things compared."""
_COUNT_HEADER = re.compile(r"(?:s|sl|sr|s\.\s?no|sl\.?\s?no|sr\.?\s?no|s/n|serial|lp|序号|番号|编号)\.?", re.IGNORECASE)
"""``sl``, ``S.No``, ``Sr. No.``, ``Lp.``, ``序号``: a column that only counts the rows (1, 2, 3, …)."""


def without_row_numbers(table: Table) -> Table:
    """``| No. | Vocabulary | Kanji | Meaning | …`` over ``| 1 | すいます | …``: a wide table whose first
    column only counts its rows (1, 2, 3, …), read without that column."""
    header = plain(table.header[0]).strip()
    if len(table.header) < 3 or not (NUMBER_HEADER.fullmatch(header) or _COUNT_HEADER.fullmatch(header)):
        return table  # (``| sl | subject | conjugation |``: the row's count, which no card asks for)
    numbers = [plain(row[0]).strip().rstrip(".") for row in table.rows if row]
    if len(numbers) < 3 or numbers != [str(count) for count in range(1, len(numbers) + 1)]:
        return table
    return Table(table.header[1:], tuple(row[1:] for row in table.rows), table.line, table.end)


def ragged_lists(table: Table) -> bool:
    """``| Scrum Teams | Scrum Events | Scrum Artifacts |`` over columns of different lengths (the first runs out
    while the others go on): lists side by side, whose rows pair nothing."""
    width = len(table.header)
    if width < 2 or len(table.rows) < 3 or any(len(row) != width for row in table.rows):
        return False
    lengths = []
    for index in range(width):
        filled = [bool(plain(row[index]).strip()) for row in table.rows]
        length = sum(filled)
        if filled[:length] != [True] * length or not length:
            return False  # (a gap inside a column: rows of data with a blank, not lists)
        lengths.append(length)
    ragged = lengths[0] < max(lengths) and min(lengths[1:]) < max(lengths)  # (one short first column: a row with no name)
    return ragged and all(words(plain(cell)) <= 6 for row in table.rows for cell in row)


def headerless(table: Table) -> bool:
    """``| Qué + Verb | Was? | Qué hace usted? |`` over ``| Quién/-es | Wer? | … |``: a table typed
    with no header, its first row taken for one; no column name ends a question or a sentence."""
    header = [plain(cell).strip() for cell in table.header]
    said = [cell for cell in header if re.search(r"[?!？！]$", cell) or (words(cell) >= 3 and cell.endswith("."))]
    asked = sum(1 for row in table.rows for cell in row if re.search(r"[?!？！]$", plain(cell).strip()))
    return len(table.rows) >= 2 and len(said) >= 2 and asked >= len(table.rows)


def property_table(table: Table) -> bool:
    """``| Eigenschaft | Wert |``: the properties of one thing, named elsewhere (the line above)."""
    header = [plain(cell).casefold() for cell in table.header]
    return len(header) == 2 and (header[0] in _PROPERTY or header[1] in _VALUE)


def _item(place: Place, item: Item, parent: Item | None) -> Iterator[Node]:
    yield Node(item, place, None, parent)
    if item.blocks:
        yield from _blocks(place.under_item(item_label(item)), item.blocks, item)


def _section(place: Place, section: Section) -> Iterator[Node]:
    inner = place.under_heading(section) if section.level and not _LINKS_TITLE.fullmatch(plain(section.title).strip(" :*_#")) else place
    # (``### Linked Notes On This Page`` over ``- [[Newton's Laws]]`` and then the note: the slot of a template, no topic)
    if section.level:
        yield Node(section, place)
    yield from _blocks(inner, section.blocks, None)
    above = place if section.level and _CONTENTS_TITLE.fullmatch(plain(section.title).strip(" :*_#")) else inner
    for sub in section.sections:
        yield from _section(above, sub)  # (``## TOC`` over ``### BIOS``: a list of the parts, not what they are parts of)


_LINKS_TITLE = re.compile(
    r"(?:(?:linked|related|relevant|connected|other) (?:notes?|pages?|topics?)(?: on this page)?|see also|links"
    r"|verwandte (?:notizen|themen)|verknüpfungen|voir aussi|notes liées|véase también|ver também|vedi anche)",
    re.IGNORECASE,
)
"""``### Linked Notes On This Page``: where a note template keeps its links, not the topic of what follows."""


_CONTENTS_TITLE = re.compile(
    r"toc|table of contents|contents|índice|indice|inhalt|inhaltsverzeichnis|sommaire|table des matières"
    r"|spis treści|obsah|inhoud|inhoudsopgave|sumário|sumario|目录|目錄|目次|목차",
    re.IGNORECASE,
)
"""A heading over the table of contents, which the note's parts sometimes sit under by mistake."""


def walk(outline: Outline) -> Iterator[Node]:
    """Every node of the note in note order. What stands above the first heading stands under the
    note's title (front matter ``title``, Logseq ``topic``/``alias``, ``id``), so that its cards say
    what they are about; in a note with no ``#`` heading (an Obsidian note, titled by its file
    name), every card's breadcrumb starts with the title."""
    title = note_title(outline) or file_title(outline.path)
    tops = [section for section in outline.root.sections if section.level == 1]
    headed = bool(tops) and not (title and _OPENING.fullmatch(plain(tops[0].title).strip(" :*_").casefold()))
    if headed and title and len(tops) > 1 and _title_alone(tops[0], title):
        headed = False  # ``# avk`` over nothing but its tags, then ``# Indications``, ``# Posologie``: the parts of avk
    place = Place(outline, title="" if headed else title)
    yield from _blocks(Place(outline, crumbs=(title,), title=title) if title else place, outline.root.blocks, None)
    for sub in outline.root.sections:
        yield from _section(place, sub)


def _title_alone(section: Section, title: str) -> bool:
    """A first heading that is the note's title over nothing but tags: the title typed, not a part."""
    return (
        norm_key(label_of(section.title)) == norm_key(title)
        and not section.sections
        and all(isinstance(block, Para) and _TAGS_ONLY.fullmatch(block.text.strip()) for block in section.blocks)
    )


_TAGS_ONLY = re.compile(r"(?:#[^\s#]+\s*)*")


_OPENING = re.compile(
    r"about|overview|intro|introduction|summary|basics|background|general|general info|"
    r"einleitung|einführung|allgemeines|introducción|introdução|introduzione|inleiding|généralités|概要|概述|개요"
)
"""``# About`` first: the note's opening part, not its title (the file name is)."""


_UNTITLED = re.compile(
    r"(?:readme|index|notes?|untitled(?: \d+)?|todo|draft|scratch|inbox|misc|summary|\d[\d .-]*)", re.IGNORECASE
)


def file_title(path: Path) -> str:
    """A note's file name as its title (``Asynchronous Buck Converter.md``), when it reads as one."""
    name = re.sub(r"[-_]+", " ", re.sub(r"\s*\(\d{1,3}\)$", "", path.stem)).strip()  # (``Photosynthesis (2).md``: a copy's number)
    name = re.sub(r"^\d{6,8}\s+(?=\S)", "", name)  # ``20190731_R42_Portfolio…``: the day it was written, no part of the title
    if not re.search(r"[^\W\d_]{3}", name) or len(name.split()) > 8 or _UNTITLED.fullmatch(name):
        return ""
    if is_part_number(name):
        return ""
    return name


def note_title(outline: Outline) -> str:
    for key in ("title", "topic", "id", "alias", "aliases"):
        value = outline.meta.get(key)
        if key.startswith("alias") and isinstance(value, list) and len(value) > 2:
            continue  # ``aliases: [Acetylcholine, Dopamine, …]``: what the note covers, not another name for it
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and value.strip().casefold() in ("null", "none", "~", "nil", "undefined"):
            continue  # ``aliases:`` / ``  - null``: a field the template left empty
        if isinstance(value, str) and re.fullmatch(r"(?=\S*\d)(?=\S*[a-z])(?=\S*[A-Z])[\w-]{12,}", value.strip()):
            continue  # ``id: dmvDY3XWYTitDo92VyiS2``: an identifier a tool made (Dendron), not a title
        if isinstance(value, str) and re.search(r"[^\W\d_]{2}", value) and len(value) <= 80:
            value = re.sub(r"^(?=[^\s]*\d)[\w.]{1,12}\s*[-–—:]\s+", "", value.strip())  # ``CH39 - ``
            return plain(value)
    return ""


def all_items(items: Sequence[Item]) -> Iterator[Item]:
    """Each item of a list and, after it, every item nested under it, in the note's order."""
    for item in items:
        yield item
        yield from all_items(item.children)


def text_lines(block: Para | Item) -> range:
    """The source lines of a paragraph, or of an item's own first paragraph."""
    return range(block.line, block.line + block.text.count("\n") + 1)


def block_lines(block: Block | Item) -> range:
    """Every source line a block spans."""
    return range(block.line, block.end + 1)
