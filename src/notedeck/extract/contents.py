"""A table of contents: a nested list of topic names at the top of a note, before its first
heading (``- Communication Technologies`` / ``- Wired and Wireless`` / ``- [[Signal Modulation]]``),
or a list or table of links to the note's own headings anywhere (``1. [Usage](#usage)``), maps the note; it
states nothing to recall. The rule sets it aside, every line left with a reason. So does it with a
whole note that is an Obsidian Kanban board (``kanban-plugin: board`` in its front matter): its
items are things to do or study, not what was learnt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from ..outline import Item, ListBlock, Para, Section, Table
from ..text import (
    CJK_CHAR,
    is_question,
    norm_key,
    part_title,
    plain,
    split_definition,
    strip_numbering,
    words,
)
from .ruler import State
from .walk import Node, block_lines, section_end, text_lines

LEAST = 10
"""Topic names a list needs, at two levels or more, to be a table of contents."""


def _items(items: tuple[Item, ...] | list[Item], depth: int = 1) -> Iterator[tuple[Item, int]]:
    for item in items:
        yield item, depth
        for block in item.blocks:
            if isinstance(block, ListBlock):
                yield from _items(block.items, depth + 1)


def _topic(item: Item) -> bool:
    """A name and nothing else: short, no sentence, no definition, nothing but lists under it."""
    text = plain(item.text).strip()
    return (
        0 < words(text) <= 8
        and not re.search(r"[.!?:;=]$|\s(?:is|are|was|were|has|have|can|will)\s", text)
        and split_definition(item.text) is None
        and all(isinstance(block, ListBlock) for block in item.blocks)
    )


_LINK = re.compile(r"\s*\[[^\]]+\]\([^)\s]*\)\s*")
_ANCHOR = re.compile(r"\s*(?:\[[^\]]+\]\(#[^)\s]*\)|\[\[[^\]#|]*#[^\]]+\]\])(?:\s+#[\w/-]+)*\s*")
"""``[Troubleshooting](#troubleshooting)``, ``[[#SMART-Prinzip]] #notready``, ``[[003 Free Fall#Solving| Solving
problems]]``: a link to a heading of the same note (Markdown's or Obsidian's, by the note's name or without it), with
the author's tags after it."""


def _lists(root: Section) -> Iterator[ListBlock]:
    for section in (root, *_sections(root)):
        yield from (block for block in section.blocks if isinstance(block, ListBlock))


def _label_above(root: Section, block: ListBlock) -> Para | None:
    """The short line right above a list that names it (``**Contents:**``), if there is one."""
    for section in (root, *_sections(root)):
        for above, below in zip(section.blocks, section.blocks[1:], strict=False):
            if below is block:
                said = plain(above.text).strip() if isinstance(above, Para) else ""
                return above if isinstance(above, Para) and block.line - above.end <= 2 and "\n" not in said and words(said) <= 4 else None
    return None


def _tables(root: Section) -> Iterator[Table]:
    for section in (root, *_sections(root)):
        yield from (block for block in section.blocks if isinstance(block, Table))


_NOT_FACTS = re.compile(
    r"^(?:useful |external |video |further |other )?(?:links?|resources?|references?|sources?|videos?|"
    r"bibliography|reading list|further reading|see also|completion status|to ?do|todo|backlinks"
    r"|related(?: notes?| cards?| topics?| links?| articles?| pages?)?|checklist|check ?list"
    r"|refer[êe]ncias|referencias|références|riferimenti|literaturverzeichnis|quellen|bibliograf[íi]a|bibliographie"
    r"|course map(?:\s*\([^()]*\))?|road ?map|study plan|course outline|syllabus"
    # the course's guide: ``## Modulehandleiding``, ``## Lesinhoud``
    r"|module ?(?:handleiding|handbook|guide)|modulehandbuch|studiewijzer|competenties|competences|competencies|kompetenzen"
    r"|lesinhoud|lesplan|leerstof|studiestof|course content|lehrinhalte"
    r"|(?:intended )?learning outcomes|lernergebnisse|acquis d'apprentissage|resultados de aprendizaje"
    r"|literatur(?:liste|angaben)?(?:[- ]und[- ]quellen(?:verzeichnis|angaben)?)?|quellen(?:verzeichnis|angaben)?(?: und literatur)?|sources and references|works cited"
    r"|(?:image |photo |picture )?credits|créditos|crediti|bildnachweis|illustrations|ilustraç(?:ão|ões)|ilustraciones"
    r"|fontes|fuentes|literatura|[参參]考(?:文献|文獻|资料|資料)?|참고(?: ?문헌)?|出典|avaliações"
    r"|homework|hausaufgaben?|devoirs|deberes|tareas?|compiti|huiswerk|domácí úkol|praca domowa|läxa|숙제|作业|宿題"
    r"|orari|orario(?: delle lezioni)?|horaires?|horarios?|stundenplan|sprechstunden?|timetable|class schedule|office hours"
    r"|admin|administration|administrative|logistics|announcements?|avisos?(?: / observações)?|annonces|ankündigungen|organisatorisches"
    r"|atividades(?: / trabalhos em sala)?|recomendaç(?:ão|ões) de leitura|leituras?|lecturas?|letture"
    # the course's guidance and its graded tasks: ``## Orientação de estudos``, ``## [Atividade Avaliativa - 1C](…)``
    r"|orientaç(?:ão|ões) de estudos?|study guid(?:ance|e)|material (?:básico|complementar|de apoio)|course materials?"
    r"|atividades? avaliativas?(?:\s*[-–]\s*\w{1,4})?|graded (?:assignments?|activit(?:y|ies))"
    r"|tópicos a serem abordados na próxima aula|next (?:class|lecture|week)|(?:next|upcoming|future) topics?|topics to (?:learn|cover|study)(?: next)?"
    r"|personal (?:comments?|notes|thoughts|opinions?|reflections?)|my (?:thoughts|opinions?|comments?|reflections?)"
    r"|(?:hints?|tips?|notes?|reminders?|todos?) (?:for|to) (?:myself|me|self)"
    # the author's lab work and its progress: ``## Labs`` / ``Done:`` over ``Study Guide exercise 4.1 - Create VPC``
    r"|labs?|hands-on labs?|lab exercises|done|completed|finished|how i tested(?: it)?|my (?:tests?|experiments?))\s*:?$",
    re.IGNORECASE,
)
"""A section of links, references, homework, the course's timetable or the author's progress (``## Links``,
``## Domácí úkol``, ``## Orari``)."""


_DONE = re.compile(
    r"[-–—:(]\s*(?:done|finished|erledigt|fait|hecho|feito|fatto)\.?\)?\s*$|[✓✔✅]\s*$"
    r"|^\W*\d+\s*(?:/|of|von|de|sur|di)\s*\d+\s+(?:modules?|lessons?|units?|chapters?|videos?|lectures?|kapitel|lektionen?|einheiten|módulos?|modulos?|moduli|leçons?|chapitres?)\b"
    r"|^\W*\d+\s+(?:modules?|lessons?|units?|chapters?|videos?|lectures?|kapitel|lektionen?|einheiten|módulos?|moduli|leçons?|chapitres?)\s+"
    r"(?:done|finished|completed|gemacht|erledigt|abgeschlossen|fait|faits|terminés?|hechos?|feitos?|fatti)\b",
    re.IGNORECASE,
)
"""``3 CONSEQUENCES OF REGULATORY FAILURE - Done``, ``1 / 4 modules``: a chapter the author has read, how far they are."""


_CONTENTS_TITLE = re.compile(
    r"(?:table of )?contents|inhoudsopgave|inhaltsverzeichnis|sommaire|table des matières|índice|indice|sumário"
    r"|spis treści|obsah|目次|目录|目錄|차례|목차",
    re.IGNORECASE,
)
"""``## Inhoudsopgave``: the note's own table of contents (what is under it before its first
sub-heading; a ``# contents`` over the whole note keeps its parts)."""


def _part_title(item: Item) -> bool:
    """``Cap 1: Le origini della società di massa``, ``Par 2: Divertimenti di massa;``: a part of a
    book or a course, by its number and its title."""
    title = part_title(plain(item.text).strip())
    return title is not None and 0 < words(title) <= 10


def _share(items: list[Item], test: Callable[[Item], bool], part: int, whole: int) -> bool:
    """Whether at least ``part``/``whole`` of ``items`` pass ``test`` (it stops at the first miss too many)."""
    misses = len(items) - -(-part * len(items) // whole)
    for item in items:
        if not test(item):
            misses -= 1
            if misses < 0:
                return False
    return True


def _not_facts(title: str) -> bool:
    """``## Links``, ``## 1.5 Avaliações`` (how the course is graded), ``# 参考：人卫9版生物化学…``
    (the books read, named after a full-width colon)."""
    return bool(_NOT_FACTS.match(strip_numbering(plain(title)).strip(" #*_").split("：", 1)[0]))


def _sections(section: Section) -> Iterator[Section]:
    for sub in section.sections:
        yield sub
        yield from _sections(sub)


def board(state: State) -> None:
    """A note that is a Kanban board: every line left, before any rule reads it."""
    if "kanban-plugin" in state.outline.meta:  # Obsidian's Kanban plugin keeps a board in a note
        lines = set(range(1, section_end(state.outline.root) + 1))
        _set_aside(state, lines, "an Obsidian Kanban board: things to do, not notes", lambda node: True)


SYLLABUS = 6
"""Sections that are nothing but a short list of topic names: this many make a note a syllabus."""


def _topics_only(section: Section) -> list[Item] | None:
    """The items of a section that opens on one short list of topic names."""
    if not section.blocks or not isinstance(section.blocks[0], ListBlock):
        return None
    found = [item for item, _ in _items(section.blocks[0].items)]
    if len(found) == 1 and _written_in(section.title) != _written_in(found[0].text):
        return None  # ``## 我们实施了那个计划`` over ``- We carried out that plan``: a sentence and its translation
    return found if 0 < len(found) <= 8 and all(_topic(item) for item in found) else None


def _written_in(text: str) -> str:
    """Whether ``text`` is written mostly in Chinese or Japanese characters, or in letters."""
    said = plain(text)
    return "cjk" if len(CJK_CHAR.findall(said)) > len(re.findall(r"[A-Za-z]", said)) else "letters"


def _syllabus(state: State) -> None:
    """``### Citologia`` over ``- Organelas citoplasmáticas`` / ``- Núcleo celular``, section after
    section: the topics a course will cover, nothing said about them (a study roadmap, a syllabus)."""
    sections = [
        section
        for section in _sections(state.outline.root)
        if section.blocks and not is_question(section.title) and state.free(section.line, section.blocks[0].line)
    ]
    listed = {section.line: found for section in sections if (found := _topics_only(section)) is not None}
    if len(listed) < SYLLABUS or len(listed) * 3 < len(sections) * 2:
        return
    lines = {line for found in listed.values() for item in found for line in text_lines(item)}
    state.mark_structure(listed)
    # (the sections themselves leave with their lists; what follows a list in one is read as usual)
    _set_aside(
        state,
        lines,
        "a syllabus: the topics to study, with nothing said about them",
        lambda node: node.block.line in lines or node.block.line in listed,
    )


def _template_links(section: Section) -> bool:
    """``## Connections`` over ``### Related Notes`` and ``### Related Cards``: the slots of a note
    template for links to other notes, whatever else it holds."""
    return plain(section.title).strip(" #*_:").casefold() == "connections" and any(
        _NOT_FACTS.match(plain(sub.title).strip(" #*_")) for sub in section.sections
    )


def contents(state: State) -> None:
    _syllabus(state)
    for section in _sections(state.outline.root):
        if _not_facts(section.title) or _template_links(section):
            lines = set(range(section.line, section_end(section) + 1))
            reason = f"{plain(section.title)!r}: links, references, the timetable or progress, no facts"
            _set_aside(state, lines, reason, lambda node: node.block.line in lines)  # noqa: B023 (called at once)
    for section in (state.outline.root, *_sections(state.outline.root)):
        for block, after in zip(section.blocks, section.blocks[1:], strict=False):
            if not isinstance(block, Para) or not isinstance(after, (ListBlock, Para)) or after.line - block.end > 2:
                continue
            if "\n" not in block.text.strip() and _not_facts(block.text.strip().rstrip(":：")):  # ``References:`` over the books (a list, or a line: ``參考資料:`` / ``熱力學 Ch4 OCW``)
                lines = {*block_lines(block), *block_lines(after)}
                reason = f"{plain(block.text).strip()!r}: links, references, the timetable or progress, no facts"
                _set_aside(state, lines, reason, lambda node: node.block.line in lines)  # noqa: B023 (called at once)
    for section in _sections(state.outline.root):
        if section.blocks and _CONTENTS_TITLE.fullmatch(strip_numbering(plain(section.title)).strip(" #*_:")):
            lines = {line for block in section.blocks for line in block_lines(block)} | {section.line}
            reason = f"{plain(section.title)!r}: the note's table of contents, nothing said about its topics"
            _set_aside(state, lines, reason, lambda node: node.block.line in lines and node.block is not section)  # noqa: B023
    headings = cache(lambda: _heading_keys(state.outline.root))  # (read once, and only for a list that may name them)
    for block in _lists(state.outline.root):
        items = [item for item, _ in _items(block.items)]
        anchors = sum(1 for item in items if _ANCHOR.fullmatch(item.text))
        if len(items) >= 3 and anchors * 3 >= len(items) * 2 and all(
            _ANCHOR.fullmatch(item.text) or _LINK.fullmatch(item.text) or words(plain(item.text)) <= 3 for item in items
        ):  # (a link whose ``#`` was left out, a name not yet linked: ``[Karl Marx](karl-marx)``, ``Parson``)
            lines = {line for item in items for line in text_lines(item)}  # links to its own headings
            label = _label_above(state.outline.root, block)  # (``**Contents:**`` over them: their title, no list to recite)
            _set_aside(state, lines | ({label.line} if label else set()), read=lambda node: node.block.line in lines or node.block is label)  # noqa: B023
        elif len(items) >= 3 and _share(items, _part_title, 2, 3):
            lines = {line for item in items for line in text_lines(item)}  # ``- Cap 1: Le origini della società di massa``
            _set_aside(state, lines, "the chapters and sections to read, by their titles: nothing said about them", lambda node: node.block.line in lines)  # noqa: B023
        elif len(items) >= 3 and _share(items, lambda item: _DONE.search(plain(item.text)) is not None, 1, 2):
            lines = {line for item in items for line in text_lines(item)}  # ``-> 2 OBJECTIVES OF REGULATION - Done``
            _set_aside(state, lines, "the author's progress through the chapters, not facts", lambda node: node.block.line in lines)  # noqa: B023
        elif _names_headings(block, items, state.outline.root, headings):
            lines = {line for item in items for line in text_lines(item)}  # ``- Stack buffer overflow`` / ``### Stack …``
            _set_aside(state, lines, read=lambda node: node.block.line in lines)  # noqa: B023 (called at once)
    for table in _tables(state.outline.root):
        if table.rows and all(row and _ANCHOR.fullmatch(row[0]) for row in table.rows):
            # ``| [関係代名詞](#関係代名詞) | that, which, …、制限用法と非制限用法 |``: the same, as a table
            _set_aside(state, set(block_lines(table)), read=lambda node: node.block is table)  # noqa: B023 (called at once)
    blocks = state.outline.root.blocks
    lists = [block for block in blocks if isinstance(block, ListBlock)]
    if not lists or not state.outline.root.sections:
        return
    found = [pair for block in lists for pair in _items(block.items)]
    if len(found) < LEAST or max(depth for _, depth in found) < 2 or not all(_topic(item) for item, _ in found):
        return
    _set_aside(state, {line for item, _ in found for line in text_lines(item)})


_SECTION_NUMBER = re.compile(r"\W*(\d+(?:\.\d+)+|\d+)(?=\W|$)")


def _heading_key(text: str) -> tuple[str, str]:
    """A heading's or an item's section number (``1.1``) and its name without numbering or what it
    spells out in brackets (``Address space layout randomization (ASLR)``)."""
    said = plain(text).strip(" #*_:")
    number = _SECTION_NUMBER.match(said)
    return (number.group(1) if number else ""), norm_key(said)


def _heading_keys(root: Section) -> list[tuple[int, str, str]]:
    """Every heading of the note: its line, its section number and its name (``_heading_key``)."""
    return [(section.line, *_heading_key(section.title)) for section in _sections(root)]


def _names_headings(block: ListBlock, items: list[Item], root: Section, headings: Callable[[], list[tuple[int, str, str]]]) -> bool:
    """``- Stack buffer overflow`` / ``- Address space layout randomization (ASLR)`` / … over the
    note's ``### Address Space Layout Randomization`` …, or ``- **1.1** Risk Aversion vs. Risk
    Seeking`` over ``### 1.1 Loss Aversion vs Risk Aversion``: an outline of the headings that
    follow it, nested (or flat, opening the note), by their names or their numbers; or an outline numbered
    as a book's sections are."""
    top = block.items
    first = root.sections[0] if root.sections and not root.blocks else root
    opening = bool(first.blocks) and first.blocks[0] is block  # (``# Tema 5 - …`` over the list of its parts)
    if len(items) < 3 or (len(items) <= len(top) and not opening) or not all(_topic(item) for item in items):
        return False  # (``## Types of Diffusion`` over ``- Relocation`` / ``- Hierarchical`` …, each with its heading below: what the types are)
    later = [(number, name) for line, number, name in headings() if line > block.end]
    names = {name for _, name in later if name}
    numbers = {number for number, _ in later if "." in number}
    named = dotted = 0
    for item in items:
        number, name = _heading_key(item.text)
        named += name in names or number in numbers
        dotted += "." in number
    return (len(top) >= 2 and named >= 2 and 2 * named >= len(top)) or 3 * dotted >= 2 * len(items)  # (``- **2.2** Theater Ticket Problems``)


def _set_aside(
    state: State,
    lines: set[int],
    reason: str = "a table of contents: the note's topics, nothing said about them",
    read: Callable[[Node], bool] | None = None,
) -> None:
    """``lines`` reach no card, with one ``reason`` at the first; the nodes ``read`` picks (by default
    the items on those lines) are taken out of what the rules read."""
    first = min(lines)
    state.leave(first, reason)
    state.noted.update(lines - {first})
    if read is None:
        read = lambda node: isinstance(node.block, Item) and node.block.line in lines  # noqa: E731
    state.put_aside(read)
