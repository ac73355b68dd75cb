"""What every rule needs: the place a card stands, and the shape of a card worth keeping."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..cards import Card, Source
from ..outline import Block, Code, Item, ListBlock, Outline, Para, Section, Table
from ..text import (
    CACHE_SIZE,
    CJK_CHAR,
    PAREN,
    WORKING_WORDS,
    Definition,
    block_id,
    clean,
    hashtags,
    is_label,
    is_name,
    is_part_number,
    is_question,
    is_time_stamp,
    label_of,
    norm_key,
    plain,
    split_definition,
    strip_numbering,
    words,
)

_VS = re.compile(r"\s+(?:vs\.?|v\.s\.?|versus)\s+", re.IGNORECASE)
_LEADING_VS = re.compile(r"^(?:vs\.?|v\.s\.?|versus)\s+(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)
_EXPLICIT = re.compile(r"(?<![:/]):{2,3}(?![:/])|\{\{c\d+::|(?<![=+])==[^=\s+][^=]*==(?![=+])")
_QA = re.compile(r"^\s*[QA]\s*:", re.MULTILINE)


GRID_RULE = re.compile(r"\+[-=]{3,}\+")
"""``+-------+-------+``: a rule of a table drawn with characters (a grid table)."""


SENTENCES_TITLE = r"(?:example |practice |useful |sample )?sentences|(?:beispiel|übungs)?sätze|frases(?: de ejemplo)?|oraciones|例文|例句"
"""``## Sentences``, ``Beispielsätze``, ``例文``: the title of sentences set down to practise with (a pattern to compile
with more titles of its own kind, ignoring case)."""
VOCABULARY_TITLE = re.compile(
    r"(?:new\s+)?(?:words?|vocab(?:ulary)?|vokabeln|wörter|wortschatz|vocabulaire|vocabulario|vocabolario|lessico"
    r"|woorden|woordenschat|słówka|vocabulário|palavras)",
    re.IGNORECASE,
)
"""``Words:`` over ``1. Bär - Bear``: a vocabulary list, whose words are asked one by one, not recited."""


HANDS_ON = (
    r"(?:lab|hands-on|walkthrough|scenario|exercise|homework|assignment|problem"
    r"|übung|übungsaufgabe|ejercicio|exercice|esercizio|exercício|oefening|opgave|naloga|zadanie|úloha|cvičení|feladat|uppgift)"
)
"""Names of a hands-on part of a note (``Lab``, ``Exercise 39.13``): an exercise, not a term or a fact."""
EXAMPLE_TITLE = re.compile(
    r"^(?:an? |the |worked |for )?examples?(?:\s+\d+|\s+of\b.*)?\s*:?$|\bexamples?$"
    r"|^(?:e\.?\s?g|z\.?\s?b|ex|p\.?\s?ex|bsp|beispiel|ejemplo|exemple|esempio|exemplo|voorbeeld)\.?\s*:?$"
    r"|^(?:un |une |ein |por |zum |par |per )?(?:exemples|beispiele|ejemplos|esempi[oa]?|exemplos|voorbeelden)\s*:?$"
    # ``## Ejemplo rápido``, ``Worked example``, ``Kurzes Beispiel``: an example called quick, practical, solved
    r"|^(?:ejemplos?|exemples?|beispiele?|esempi[oa]?|exemplos?|examples?|voorbeeld(?:en)?)\s+(?:rápidos?|prácticos?|resueltos?|rapides?|pratiques?"
    r"|résolus?|rapidos?|pratic[oi]|risolt[oi]|práticos?|resolvidos?|quick|practical|worked|short|simple|simples?)\s*:?$"
    r"|^(?:quick|practical|short|simple|kurzes|praktisches|einfaches)\s+(?:examples?|beispiel)\s*:?$"
    # the working of an exercise: ``**Lösung**:`` over ``g = 9.81 m/s^2``
    r"|^(?:solution|lösung|lösungsweg|solución|soluzione|solução|oplossing|rozwiązanie|řešení|résolution)\s*:?$",
    re.IGNORECASE,
)
"""A worked example's title (``Example``, ``Example 2``, ``e.g:``, ``Beispiel``): what it holds belongs to
the example, not to what there is to learn."""


_EMPTY_BULLET = re.compile(r"^[ \t]*[-*+][ \t]*\n", re.MULTILINE)


_WHOLE_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1[ \t]*[:：]?[ \t]*")
"""A front set wholly in bold (``**Tasa de Filtración Glomerular (TFG):**``): the words, not the marks."""


_BREAK_BEFORE_ITEM = re.compile(r"[ \t]*<br\s*/?>[ \t]*(?=\n[ \t]*(?:[-*+]|\d+[.)])(?:[ \t]|$)|\n[ \t]*\n)", re.IGNORECASE)
"""``<br />`` at the end of a list item or paragraph of an answer: the line ends there anyway."""


_HOW_HARD = re.compile(
    r"^\W*(?:naming|learning|remembering|memori[sz]ing|understanding|writing|drawing|solving|reading|adding|using|forming|conjugating|declining|this|it|that|these)\b[^.]{0,40}?"
    r"\b(?:is|are|was|can be|gets)\s+(?:(?:relatively|slightly|quite|very|pretty|fairly|a bit|a little|rather|really|super|much|more|less|not)\s+)*"
    r"(?:easy|easier|difficult|hard|harder|tricky|trickier|simple|simpler|straightforward|complicated)\b",
    re.IGNORECASE,
)
"""``Naming aldehydes is relatively easy``: a remark on how hard something is to learn or do."""


def says_how_hard(text: str) -> bool:
    """A short sentence that only says how hard something is to learn (``Naming ketones is slightly
    more difficult.``): no fact, and no heading's definition."""
    said = plain(text)
    return _HOW_HARD.search(said) is not None and len(said.split()) <= 16


TRAILING_BREAKS = re.compile(r"(?:\s*<br\s*/?>)+\s*$", re.IGNORECASE)
"""``<br>`` at the end of an answer: it shows nothing."""


def _words_beside_math(title: str) -> int:
    """How many words a heading says outside its math."""
    return len(re.findall(r"[^\W\d_]+", plain(re.sub(r"\$\$.*?\$\$|\$[^$]*\$", " ", title))))


SENTENCE_WORDS = 5
"""A heading that opens on math and says this many words more is a sentence about it (``## $span S$ is the
smallest subspace containing $S$``), a crumb like any other; with fewer it is the formula itself."""


_NUMBERED = re.compile(r"[^\W\d_]+\.?\s*\d{1,3}")
"""``Aula 07``, ``Teil 2``: a part by its number, whatever the language calls it."""


def _topic_after_known(title: str, known: tuple[str, ...]) -> str | None:
    """``Route 53 - Record Types`` under ``Route 53``: the topic after the dash, when what stands before
    it is a crumb already (the crumb would say nothing new and lose the topic)."""
    found = split_definition(strip_numbering(clean(title)))
    if found is None or found.sep not in "-–—" or not found.body or words(plain(found.body)) > 8:
        return None
    topic = plain(found.body).strip()
    if is_part_number(found.body) or _NUMBERED.fullmatch(topic):
        return None  # (``Álgebra Linear - Aula 07``: the lecture's number is no topic)
    return topic if norm_key(plain(found.term)) in {norm_key(name) for name in known if name} else None


_NOT_A_TOPIC = re.compile(
    r"(?:the|a|an|der|die|das|le|la|les|el|los|las|il|o|os|um|uma)\s|.*\b(?:notes?|week|module|lecture|lesson|exam|tips?"
    r"|parcial|sose|wise|semester|semestre|meaning|intro(?:duction)?|overview|summary|recap)\b|.*\d",
    re.IGNORECASE,
)
"""``the supply curve`` (a definition), ``Week 1 Notes``, ``Segundo parcial``, ``SoSe 2022``: no topic of its own."""


def stands_for(acronym: str, name: str) -> bool:
    """``NFS`` and ``Network File System``, ``DDL`` and ``Lenguaje de definición de datos``, ``RDBMS`` and
    ``Relational Database Management System``: an acronym and the words its letters start (in whatever
    order the language puts them), or whose letters it takes in order."""
    acronym, name = plain(acronym).strip(), plain(name).strip()
    if not re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,5}", acronym) or sum(1 for c in acronym if c.isupper()) < 2:
        return False  # (``DDoS``, ``IoT`` too)
    if not 1 <= words(name) <= 8:
        return False
    letters = {letter for letter in acronym.rstrip("s").casefold() if letter.isalpha()}
    initials = {word[0].casefold() for word in re.split(r"[\s-]+", name) if word[:1].isalpha()}
    if words(name) >= 2 and len(letters) >= 2 and letters <= initials:
        return True
    capitals = [c.casefold() for c in acronym if c.isupper()]
    rest = iter(name.casefold())
    return name[:1].casefold() == capitals[0] and all(letter in rest for letter in capitals)


def _prefix_and_topic(title: str, label: str) -> str | None:
    """``Procesy - urovne zrelosti sposobilosti``, ``Theories - Instincts and Evolutionary Psychology``: a
    heading whose topic is after the dash, under a broader word before it; both are its crumbs. Not an
    acronym and its name (``SQS - simple queue service``), nor a word and its translation (``Time - Tijd``)."""
    found = split_definition(strip_numbering(clean(title)))
    if found is None or found.sep not in "-–—" or not found.body or plain(found.term).strip() != label:
        return None
    topic = plain(found.body).strip()
    term = label.strip()
    if not 2 <= words(topic) <= 6 or words(term) > 4 or topic.endswith((":", ".", "?")) or _NOT_A_TOPIC.match(topic):
        return None
    if stands_for(term, topic) or re.fullmatch(r"[A-Z0-9]{2,6}", term):
        return None  # (``1NF - First Normal Form``, ``SQS - simple queue service``: a name and what it stands for)
    if re.fullmatch(r"[A-Z0-9]{2,6}", topic.split()[-1]) and words(topic) <= 2:
        return None  # (``Physical layer - L1``: a name and its short form)
    if term.split()[0].casefold() == topic.split()[0].casefold():
        return None  # (``Amazon S3 - Amazon Simple Storage Service``: the name said again in full)
    return f"{term} › {topic}"


def _without_asides(label: str) -> str:
    """``… of laudā (first & second conjugations)``: a long label without its brackets."""
    return re.sub(r"\s*\([^()]*\)", "", label).strip() if len(label.split()) > 8 and "(" in label else label


def is_sentence_label(label: str) -> bool:
    """An item's text that says something rather than naming what is under it (long, a court case's name
    aside, or ending on a full stop): no breadcrumb."""
    label = _without_asides(label)
    return (len(label.split()) > 8 and not _CASE_NAME.fullmatch(label)) or label.endswith(".")


@dataclass(frozen=True, slots=True)
class Place:
    """Where in the note we are: the heading path and the breadcrumb of labels."""

    outline: Outline
    """The note."""
    sections: tuple[str, ...] = ()
    """Heading titles (Markdown source), outermost first."""
    crumbs: tuple[str, ...] = ()
    """Labels of the headings and parent items, outermost first."""
    levels: tuple[int, ...] = ()
    """The level of each heading in ``sections`` (``##`` is 2)."""
    title: str = ""
    """The note's title when no ``#`` heading gives it (its file name in an Obsidian vault): the
    first crumb of every card's breadcrumb."""

    def under_heading(self, section: Section) -> Place:
        """Inside a section; a heading that asks a question, or is a formula, is no crumb for what
        follows it."""
        mathy = section.title.strip().startswith("$") and _words_beside_math(section.title) < SENTENCE_WORDS  # ``## $$\int u(\tau)\delta(t-\tau)d\tau=u(t)$$``
        label = label_of(section.title)
        if not re.search(r"[^\W_]", label):
            label = ""  # ``# ======``: a rule typed as a heading, no name
        elif (topic := self.topic_of(section.title)) is not None:
            label = topic  # ``#### Route 53 - Record Types`` under ``### Route 53``: about the record types
        elif (both := _prefix_and_topic(section.title, label)) is not None:
            label = both  # ``Procesy - urovne zrelosti sposobilosti``: the processes' maturity levels
        crumbs = self.crumbs if is_question(section.title) or mathy or not label or is_time_stamp(section.title) else (*self.crumbs, *label.split(" › "))
        # (``## Monday, March 8, 2021, 1:15:29PM -03 <1615220129>``: when the entry was written, no topic)
        return Place(
            self.outline, (*self.sections, section.title), crumbs, (*self.levels, section.level), self.title
        )

    def topic_of(self, title: str) -> str | None:
        """What a heading here is about when it repeats a crumb above it before a dash, else None."""
        return _topic_after_known(title, (self.title, *self.crumbs))

    def under_item(self, label: str) -> Place:
        """Inside a list item; items that are sentences rather than labels add no crumb."""
        label = _without_asides(label)
        if not label or is_sentence_label(label) or "$$" in label:
            return self  # (display math names nothing a breadcrumb can show)
        if WORKING_WORDS.fullmatch(label.strip(" :*_")):
            return self  # ``We have:``, ``in our case:`` over the working: the words lead on, they name nothing
        return Place(self.outline, self.sections, (*self.crumbs, *label.split(" › ")), self.levels, self.title)

    def under_label(self, label: str) -> Place:
        """Below a pseudo-heading (a bold line, a label line above a list); one that numbers the next
        part of a series (``Category 2`` under ``### Category 1``) takes the place of its sibling."""
        if self.crumbs and _numbered_sibling(self.crumbs[-1], label_of(label)):
            return Place(self.outline, self.sections, self.crumbs[:-1], self.levels, self.title).under_item(label)
        return self.under_item(label)

    @property
    def context(self) -> tuple[str, ...]:
        """The breadcrumb a card shows: the note's title, then the crumbs."""
        if not self.title or (self.crumbs and norm_key(self.crumbs[0]) == norm_key(self.title)):
            return self.crumbs
        return (self.title, *self.crumbs)

    @property
    def parent(self) -> str:
        """The nearest crumb ('' at the top of the note)."""
        return self.crumbs[-1] if self.crumbs else ""

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
        if "<br" in front and TRAILING_BREAKS.sub("", front).strip():
            front = TRAILING_BREAKS.sub("", front)  # ``**Defense in depth**<br />``: a break after the question shows nothing
        if "<br" in back and "\n" in back and "```" not in back:
            back = _BREAK_BEFORE_ITEM.sub("", back)  # ``- It uses a layered approach.<br />`` / ``- …``: the item ends there anyway
        if "\n" in back and "```" not in back:
            back = _EMPTY_BULLET.sub("", back)  # ``-`` lines with nothing on them show as blank items
        if "<br" in back and TRAILING_BREAKS.sub("", back).strip():
            back = TRAILING_BREAKS.sub("", back)  # ``Warszawa`` / ``<br>``: a break after the answer shows nothing
        if kind not in ("cloze", "explicit") and (whole := _WHOLE_STRONG.fullmatch(front)) is not None and "**" not in whole.group(2):
            front = whole.group(2).strip().rstrip(":：").rstrip()  # ``__Kaj lahko dosezemo z modeli sistemov?__``: a label set in bold
        return Card(
            kind=kind,
            front=front,
            back=back,
            context=self.context,
            source=self.source(line),
            key=f"{kind}:{key}",
            extra=extra,
            sections=self.sections,
            levels=self.levels,
            tags=tuple(hashtags(raw)),
            reverse=reverse,
            pinned=block_id(raw) if raw else None,
        )


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
        if isinstance(block, ListBlock) and block.ordered:
            lines.extend(  # (a procedure's steps, a program's values in order: the numbers stay)
                re.sub(r"^(\s*)- ", rf"\g<1>{number}. ", item_markdown(item, depth), count=1) for number, item in enumerate(block.items, 1)
            )
        elif isinstance(block, ListBlock):
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


_DASHES = frozenset(["-", "–", "—", "--"])
_SAYS = re.compile(
    r"\b(?:is|are|was|were|has|have|can|could|may|might|will|would|must|should|does|do|cannot|can't|don't|doesn't|isn't|aren't"
    r"|means|uses|needs|allows|supports|provides|gives|makes)\b",
    re.IGNORECASE,
)


def dash_asides(items: Sequence[Item]) -> set[int]:
    """``- Financial data - stock prices`` among ``- IoT data``, ``- Backups``: in a list of names, a few
    with a short aside after a dash (an example, a detail), not a term and its meaning (by ``id``)."""
    if len(items) < 3:
        return set()
    dashed: set[int] = set()
    names = 0
    for item in items:
        found = split_definition(item.text)
        if found is None or not found.body:
            said = plain(item.text)
            if not 0 < words(said) <= 6 or _SAYS.search(said) or re.search(r"[:=.!?]\s*$|[:=]\s", said):
                return set()  # (a statement among them: a list of facts, where a dash may well define)
            names += 1
        elif (
            not item.blocks
            and found.sep in _DASHES
            and not found.bold
            and 0 < words(plain(found.term)) <= 4
            and 0 < words(plain(found.body)) <= 4
            and not _SAYS.search(plain(found.body))
            and not re.search(r"\b[A-Z][A-Z0-9]+\b", plain(found.term))  # (``O W3C - World Wide Web Consortium``: what it stands for)
        ):
            dashed.add(id(item))
        else:
            return set()
    return dashed if dashed and names and len(dashed) <= names + 1 else set()


def child_label(item: Item) -> str:
    """How a child is named in an enumeration's answer."""
    definition = split_definition(item.text)
    if definition is not None:
        return definition.term
    comparison = comparison_label(item.text)
    return " vs ".join(comparison[0]) if comparison else plain(item.text)


def scope_after_label(items_: Sequence[Item], label: str = "") -> tuple[Item, ...]:
    """The items a label paragraph introduces: up to the first item with its own bold term, or,
    under a label that does not end in ``:``, to a blank line after items written without one."""
    terms = [split_definition(item.text) for item in items_]
    if all(term is not None and term.bold for term in terms):
        return tuple(items_)
    scoped: list[Item] = []
    for index, (item, term) in enumerate(zip(items_, terms, strict=True)):
        if index and term is not None and term.bold:
            break
        if (
            not plain(label).rstrip().endswith(":")
            and len(scoped) >= 2
            and _gap(scoped[-1], item)
            and not any(_gap(a, b) for a, b in pairwise(scoped))
        ):
            break  # ``notice of suit``, ``exertion of power``, a blank line, ``Pennoyer v. Neff``: a list of its own
        if scoped and item.children and _gap(scoped[-1], item) and not any(one.blocks for one in scoped):
            break  # ``Health:`` over ``mal``, ``enfermo``, a blank line, then ``Days`` over its own words: a group of its own
        scoped.append(item)
    return tuple(scoped)


def _gap(item: Item, after: Item) -> bool:
    """A blank line between two items of one list."""
    return after.line > _last_line(item) + 1


def _last_line(item: Item) -> int:
    """The last line an item writes on (its ``end`` counts the blank lines after it, too)."""
    last = item.line + item.text.count("\n")
    for block in item.blocks:
        if isinstance(block, ListBlock):
            last = max([last, *(_last_line(child) for child in block.items)])
        else:
            last = max(last, block.end)
    return last


_CASE_NAME = re.compile(
    r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|of|the|for|&)){0,7}\s+(?:v\.?|vs\.?)\s+[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|of|the|for|&)){0,7}(?:\s*\(\d{4}\))?"
)
"""``St Albans City and District Council v International Computers Ltd``: a case in law, a name however long."""


_GENERIC_WORDS = frozenset(
    [
        # the same labels in other languages: ``Définition``, ``Ventajas``, ``Nachteile`` need their parent
        "définition", "definición", "definição", "definizione", "definitie", "méthode", "methode", "método",
        "metodo", "principe", "prinzip", "principio", "caractéristiques", "características", "caratteristiche",
        "merkmale", "eigenschaften", "kenmerken", "vorteile", "nachteile", "avantages", "inconvénients",
        "ventajas", "inconvenientes", "desventajas", "vantagens", "desvantagens", "vantaggi", "svantaggi",
        "voordelen", "nadelen", "tipos", "typen", "arten", "tipi", "soorten", "objectif", "objetivo", "ziel",
        "fonctionnement", "funcionamiento", "funktionsweise", "funcionamento", "funzionamento", "werking",
        "otros", "otras", "autres", "andere", "sonstiges", "altri", "outros", "overig", "overige",
        "beispiel", "beispiele", "ejemplo", "ejemplos", "exemple", "exemples", "exemplo", "exemplos", "esempio",
        "esempi", "voorbeeld", "voorbeelden",
        # and in Korean, Chinese and Japanese: ``정의``, ``特点``, ``長所`` under ``CISC``
        "정의", "특징", "특성", "장점", "단점", "예시", "예", "종류", "기능", "목적", "원리", "개념", "구성", "구성 요소",
        "定义", "定義", "特点", "特征", "特徴", "优点", "缺点", "長所", "短所", "利点", "欠点", "例子", "举例", "例",
        "分类", "种类", "種類", "作用", "功能", "機能", "原理", "目的", "意义",
        # what a Chinese study outline asks of each topic: ``是什么`` / ``为什么`` / ``因素`` / ``影响``
        "是什么", "为什么", "怎么办", "因素", "影响", "原因", "措施", "条件",
        "techniques",
        "technique",
        "takeaway",
        "takeaways",
        "methodology",
        "metodología",
        "metodologia",
        "méthodologie",
        "methodik",
        "procedure",
        "procedimiento",
        "tactics",
        "motivations",
        "motivation",
        "targets",
        "forms",
        "aim",
        "aims",
        "mitigation",
        "overview",
        "summary",
        "tl;dr",
        "tldr",
        "fundamentals",
        "comments",
        "comment",
        "statement",
        "erklärung",
        "erläuterung",
        "explication",
        "explicación",
        "spiegazione",
        "magyarázat",  # (Hungarian: explanation)
        "explanation",
        "elaboration",
        "stimuli",
        "stimulus",
        "triggers",
        "explicação",
        "uitleg",
        "wyjaśnienie",
        "tétel",
        "tulajdonságai",
        "introduction",
        "intro",
        "basics",
        "background",
        "details",
        "detail",
        "notes",
        "misc",
        "other",
        "others",
        "mechanism",
        "mechanisms",
        # what an algorithm costs: ``Complexity: O(n lg(n))`` under each sort
        "complexity",
        "how",
        "it",
        "works",
        "architecture",
        "components",
        "component",
        "features",
        "feature",
        "properties",
        "property",
        "characteristics",
        # what a work of literature or art is about: ``Temi:`` under ``Myricae``
        "themes", "theme", "temi", "temas", "thèmes", "themen", "thema",
        "attributes",
        "types",
        "type",
        "kinds",
        "kind",
        "categories",
        "category",
        "security",
        "encryption",
        "performance",
        "pricing",
        "payment",
        "price",
        "cost",
        "costs",
        "billing",
        "limits",
        "limit",
        "limitations",
        "quotas",
        "use",
        "cases",
        "use",
        "case",
        "usage",
        "examples",
        "example",
        "benefits",
        "advantages",
        "disadvantages",
        "pros",
        "cons",
        "drawbacks",
        "options",
        "option",
        "configuration",
        "settings",
        "setup",
        "default",
        "defaults",
        "bandwidth",
        "speed",
        "latency",
        "throughput",
        "capacity",
        "availability",
        "durability",
        "scaling",
        "monitoring",
        "logging",
        "metrics",
        "producers",
        "producer",
        "consumers",
        "consumer",
        "ordering",
        "integration",
        "integrations",
        "access",
        "access",
        "policies",
        "access",
        "controls",
        "permissions",
        "storage",
        "data",
        "volumes",
        "based",
        "on",
        "modes",
        "mode",
        "methods",
        "method",
        "steps",
        "process",
        "workflow",
        "definition",
        "purpose",
        "goal",
        "goals",
        "what",
        "why",
        "how",
        "when",
        "where",
        "who",
        "key",
        "points",
        "tips",
        "important",
        "remember",
        "rules",
        "properties",
        "option",
        "step",
        "case",
        "approach",
        "way",
        "example",
        "then",
        "rule",
        "version",
        "scenario",
        "solution",
        "stage",
        "phase",
        "part",
        "recommendation",
        "recommended",
        "best",
        "practice",
        "practices",
        "tip",
        "note",
        "by",
        "also",
        "disadvantage",
        "advantage",
        "causes",
        "cause",
        "effects",
        "effect",
        "consequences",
        "problems",
        "problem",
        "issues",
        "reasons",
        "results",
        "impact",
        "significance",
        "importance",
        "precaution",
        "precautions",
        "requirements",
        "uses",
        "challenges",
        "risks",
        "factors",
        "refined",
        "formal",
        "simple",
        "general",
        "main",
        "common",
        "histology",
        "signs",
        "symptoms",
        "treatment",
        "diagnosis",
        "prognosis",
        "etiology",
        "aetiology",
        "pathophysiology",
        "epidemiology",
        "complications",
        "management",
        "investigations",
        # what the exam asks of it: ``**Egzamin:** Nie używaj w głębokich warstwach …``
        "exam",
        "egzamin",
        "examen",
        "prüfung",
        "esame",
        "exame",
        # the problem, the start: ``Pb: utilisation sels``, ``Einstieg``
        "pb",
        "problème",
        "problèmes",
        "problem",
        "problems",
        "problema",
        "problemas",
        "einstieg",
        "einführung",
        "einleitung",
        "introduzione",
        "introducción",
        "introdução",
        # a numbered statement of a course: ``Theorem 1`` asks nothing without what it is about
        "theorem",
        "lemma",
        "corollary",
        "proposition",
        "teorema",
        "lemma",
        "corollario",
        "satz",
        "korollar",
        "théorème",
        "corollaire",
        "tétel",
        "állítás",
        "következmény",
        "tulajdonságai",
        "tulajdonságok",
        "twierdzenie",
        "věta",
        "stelling",
        "теорема",
        "лемма",
        # an exception to what the parent says, or how good it is: ``Ausnahme: Streitfall``, ``GOOD: …``
        "exception",
        "exceptions",
        "ausnahme",
        "ausnahmen",
        "excepción",
        "exceção",
        "eccezione",
        "good",
        "bad",
        # how a thing is written: ``notation: A = [f]``, ``Formula``
        "notation",
        "symbol",
        "formula",
        # what a note numbers (``Path 1``, ``Claim 2``, ``주장1``): the number says nothing of what it is
        "path",
        # what a lecture's step is called (``Idea = valutare …``, ``Ipotesi:``): the step of what, its parent says
        "idea", "ipotesi", "hypothesis", "hypothèse", "hipótesis", "hipótese", "annahme", "intuition", "intuizione",
        "claim",
        "premise",
        "argument",
        "주장",
        "논증",
        "전제",
    ]
)
"""Words of attribute labels that mean nothing without their parent (``Security``, ``Bandwidth``)."""


_ASPECTS = frozenset(
    [
        "idea", "ideas", "view", "views", "people", "proponents", "representatives",
        # Chinese: ``思想``, ``人物``, ``观点`` under a theory's name
        "思想", "观点", "觀點", "人物", "代表人物", "特点", "特點", "定义", "定義", "概念", "例子", "举例", "舉例",
        "表现", "表現", "意义", "意義", "作用", "含义", "含義", "优点", "優點", "缺点", "缺點", "原因", "影响",
        "影響", "内容", "內容", "地位", "评价", "評價",
        # an organ's or a term's parts of description: ``概述``, ``位置与形态``, ``组织结构``; ``广义`` / ``狭义``
        "概述", "概况", "概況", "简介", "簡介", "位置", "形态", "形態", "位置与形态", "位置與形態", "结构", "結構", "组织结构",
        "組織結構", "功能", "组成", "組成", "分类", "分類", "特征", "特徵", "广义", "狭义", "廣義", "狹義", "临床意义", "臨床意義",
    ]
)
"""Labels of what is said of a thing (``Idea:``, ``People:``, ``人物：``): a list of them names no members."""


POINTING_TERM = re.compile(
    r"^(?:here'?s|here is|here are)\s+(?:a|an|another|one|some)\b(?![^:]*\bof\b)|\b(?:that|this|those|these)\s+(?:code|one|example|snippet|output)\b"
    r"|\b(?:like this|as follows|because)$",
    re.IGNORECASE,
)
"""``Here's a special one``, ``Here is another useful command for …``, ``This is true because``, ``… would take that code and turn it into something like this``: a
lead-in that points to what the note shows around it, no term to ask by."""


@lru_cache(maxsize=512)
def is_aspect(term: str) -> bool:
    """``Idea``, ``People``, ``人物``, ``2 Types of VPC Endpoints``, or any generic label (``Examples``): an
    aspect of its parent."""
    said = PAREN.sub("", plain(term)).casefold().strip(" :：")
    return is_generic(term) or said in _ASPECTS or _COUNTED_KINDS.match(said) is not None



_COUNTED_KINDS = re.compile(r"\d{1,2}\s+(?:types?|kinds?|ways?|forms?|categories|classes|sorts?)\s+of\b")
"""``2 Types of VPC Endpoints``: how many kinds its parent has, an aspect of it, not one of its members."""
_PREDICATE = re.compile(
    r"(?:consists? of|is made (?:up )?of|made (?:up )?of|composed of|comprised of|comprises|contains|includes|"
    r"besteht aus|bestehen aus|se compose de|composé de|compuesto de|se compone de|composto da|composto de|consiste em|consiste en)"
)


@lru_cache(maxsize=CACHE_SIZE)
def is_generic(term: str) -> bool:
    """``Security``, ``Use cases``, ``Data volumes``: a label that needs its parent to mean anything."""
    text = re.sub(r"\s*\([^()]*\)", "", plain(term)).casefold().strip(" :")
    if _PREDICATE.fullmatch(text):
        return True  # ``Consists of: onset, nucleus, coda``: what the parent is made of, said without the parent
    words = re.sub(r"(?<=[^\W\d_]{2})(?=\d{1,2}$)", " ", text).split()  # (``주장1``: a word and its number)
    return (
        bool(words)
        and len(words) <= 3
        and all(
            word in _GENERIC_WORDS
            or word.rstrip("s") in _GENERIC_WORDS
            or f"{word}s" in _GENERIC_WORDS
            or _ORDINAL.match(word)
            for word in words
        )
    )


_ORDINAL = re.compile(
    r"^(?:\d+|[a-z]|i{1,3}|iv|v|one|two|three|four|five|six|first|second|third|last|next)[.):]?$"
)


_CUT = re.compile(r"\s+(?:from|for|with|to|by|at|on|about|using|in terms of)\s+", re.IGNORECASE)


@lru_cache(maxsize=CACHE_SIZE)
def short_label(text: str) -> str:
    """A long heading shortened for a front without losing its noun:
    ``Serverless Overviews from a Solution Architect Perspective`` -> ``Serverless Overviews``."""
    label = plain(text)
    without = re.sub(r"\s*\([^()]*\)", "", label).strip()
    if len(without.split()) >= 1 and len(label.split()) > 4:
        label = without
    if len(label.split()) > 6:
        head = _CUT.split(label, maxsplit=1)[0]
        if len(head.split()) >= 1:
            label = head
    return label


_ALIAS = re.compile(r"\W*(?:aka|a\.k\.a\.?|also (?:known as|called))\s", re.IGNORECASE)


_TITLE_GOES_ON = re.compile(r"(?:to|among|from|between|into|across|within|through|via|inside|outside|beyond)\s", re.IGNORECASE)


def title_going_on(title: str) -> str | None:
    """``Routing - To the Right Resource``, ``Routing -- Among Resources (VPC)``: a title that goes on after
    its dash, as the one phrase it is (``Routing to the Right Resource``); None for any other title."""
    found = split_definition(clean(title))
    if found is None or not found.body or found.sep.strip("-–— ") or not _TITLE_GOES_ON.match(plain(found.body)):
        return None
    body = plain(found.body)
    return f"{label_of(found.term)} {body[:1].lower()}{body[1:]}"


def topic(place: Place) -> str:
    """The nearest crumb that names a thing rather than an attribute (``SQS`` above ``Security``),
    with the attribute crumbs below it (``Option one`` above ``Advantages``)."""
    chain: list[str] = []
    for crumb in reversed(place.crumbs):
        if _ALIAS.match(plain(crumb)):
            continue  # ``AKA Anti-Diuretic Hormone (ADH), Vasopressin`` under ``### Arginine Vasopressin (AVP)``: the heading's other names
        chain.insert(0, short_label(crumb))
        if not is_generic(crumb):
            return " › ".join(chain)
    return " › ".join(chain)


_VALUE = re.compile(r"^[\d.,:/%$€£+\-x ]+(?:\s*\([^)]*\))?(?:\s+or\s+.*)?$")


def is_example_value(body: str) -> bool:
    """``0%``, ``(3+4)/10``, ``1.5%``: a number from a worked example, not a fact to learn."""
    text = plain(body)
    return is_value(body) and bool(re.search(r"%|\d\.\d|[+*/]", text)) and len(text.split()) <= 3


def is_value(body: str) -> bool:
    """``21``, ``5432 (if PostgreSQL compatible) or 3306``: an answer that is a bare value."""
    text = plain(body)
    return (bool(text) and text[:1].isdigit() and bool(_VALUE.match(text))) or (
        len(text.split()) <= 2 and text.isdigit()
    )


_GLOSSARY_HEADING = re.compile(
    r"[A-ZÀ-ÞА-Я]|[A-Z]\s*[-–]\s*[A-Z]|vocabulary|vocab|glossary|key terms|terms|terminology|vocabulário|vocabulario|glossário"
    r"|glosario|vocabulaire|glossaire|vocabolario|glossario|lessico|wortschatz|glossar|vokabeln|słownictwo|slovíčka|woordenlijst",
    re.IGNORECASE,
)
"""The heading of a glossary: an alphabetical section (``### B``) or one named for its words."""


def _numbered_sibling(crumb: str, term: str) -> bool:
    """``Category 1`` and ``Category 2``, ``Part II`` and ``Part III``: two parts of one series, by their numbers."""
    first, second = (re.fullmatch(r"(.+?)\s+(\d{1,3}|[IVX]{1,5})", plain(text).strip(" *_:")) for text in (crumb, term))
    return first is not None and second is not None and first.group(1).casefold() == second.group(1).casefold()


_NOTES_TITLE = re.compile(
    r"(?:(?:my|study|class|lecture|course|general|random|misc|miscellaneous|quick|rough|personal)\s+)*notes?\b(?:\s+(?:as|while|when)\s+I\b.*)?$",
    re.IGNORECASE,
)
"""``Notes as I Study``, ``My notes``, ``Class notes``: what the page is, not a subject."""


def with_parent(place: Place, term: str, body: str = "") -> str:
    """A front that carries its parent when the term alone asks nothing: ``SQS — Security``,
    ``FTP — Important ports`` (an answer that is a bare value needs to say what the value is)."""
    under_label = len(place.crumbs) > len(place.sections)
    word = plain(term).strip(" *_")
    modifier = under_label and re.fullmatch(r"[a-zà-ÿ]{3,12}", word) is not None and words(plain(body)) >= 3
    if not (is_generic(term) or (body and is_value(body) and under_label) or modifier):
        return term
    if place.sections and _GLOSSARY_HEADING.fullmatch(plain(place.sections[-1]).strip(" *_:")):
        return term  # ``### B`` / ``**background** = conjunto das condições``: a word of a glossary is its own subject
    parent = topic(place) if is_generic(term) else short_label(place.parent)
    if len(plain(parent.rsplit(" › ", 1)[-1]).split()) > 8:  # a sentence is no name for a list: the nearest short heading is
        parent = next((short_label(t) for t in reversed(place.sections) if len(plain(t).split()) <= 8), "")
    if place.title and norm_key(parent) == norm_key(place.title):
        return term  # the note's title is on every card's breadcrumb already: ``Who``, not ``German words — Who``
    if _NOTES_TITLE.match(plain(parent)):
        return term  # ``# Notes as I Study`` over ``Volume: …``: the author's notes, no subject to ask by
    if " › " in parent and content_words(parent.rsplit(" › ", 1)[1]) <= content_words(term):
        parent = parent.rsplit(" › ", 1)[0]  # ``Storage Lens — Summary Metrics``, not ``... › Metrics — ...``
    elif " › " in parent and _numbered_sibling(parent.rsplit(" › ", 1)[1], term):
        parent = parent.rsplit(" › ", 1)[0]  # ``Verbs — Category 2``, not ``Verbs › Category 1 — Category 2``
    asks = " — how many?" if body and plain(body).isdigit() and plain(term).endswith("s") else ""
    if parent and content_words(parent) - content_words(term):
        return f"{parent} — {term}{asks}"
    return f"{term}{asks}"


_CONTENT = re.compile(r"[A-Za-z0-9À-ɏ\u0370-\u1fff\u3040-\u9fff]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "is",
        "are",
        "be",
        "by",
        "with",
        "as",
        "at",
        "it",
        "its",
        "this",
        "that",
        "from",
    ]
)


@lru_cache(maxsize=CACHE_SIZE)
def content_words(text: str) -> frozenset[str]:
    """The words that carry meaning, lower-cased and crudely stemmed."""
    return plain_words(plain(text))


@lru_cache(maxsize=CACHE_SIZE)
def plain_words(text: str) -> frozenset[str]:
    """:func:`content_words` of text that is plain already (no second pass of ``plain``)."""
    return frozenset(w.rstrip("s") for w in _CONTENT.findall(text.casefold()) if w not in _STOP)


_NEGATED = re.compile(r"(?:in|im|ir|il|un|non|dis|des)(?=\w{5})", re.IGNORECASE)
_NEGATIONS = frozenset(["não", "not", "cannot", "can't", "no", "nicht", "kein", "keine", "ne", "non", "nao", "nunca", "never"])


def _common(a: str, b: str) -> int:
    count = 0
    while count < min(len(a), len(b)) and a[count] == b[count]:
        count += 1
    return count


def _negates(term: str, body: str) -> bool:
    """``inalienabilidade: não são passíveis de alienação``, ``irrenunciáveis: não podem ser
    renunciados``: a word made with a negating prefix, answered by *not* and its own root."""
    word = plain(term).casefold().strip(" *_:")
    said = re.findall(r"[\w']+", plain(body).casefold())
    negated = _NEGATED.match(word)
    if negated is None or " " in word or not said or len(said) > 7 or not _NEGATIONS & set(said):
        return False
    root = word[negated.end() :]
    return any(_common(root, other) >= 5 for other in said)


_MEASURES = frozenset(["number", "amount", "count", "quantity", "total"])


SPEAKER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,6}?(?:さん|先生|くん|ちゃん|様)?")
SPOKEN = re.compile(r".*[\u3040-\u309f].*(?:[。？！?!）)…]\s*|、.*)")


def is_dialogue(found: Sequence[Definition | None]) -> bool:
    """Two or more lines that give a speaker (``内田``, ``マリーさん``) and what they say, in Japanese
    (kana, to its full stop): a dialogue, two speakers at least."""
    if len(found) < 2 or any(d is None or not d.body for d in found):
        return False
    said = [d for d in found if d is not None]
    return (
        len({plain(d.term).strip() for d in said}) >= 2
        and all(SPEAKER.fullmatch(plain(d.term).strip()) and SPOKEN.fullmatch(plain(d.body).strip()) for d in said)
    )


def spoken_lines(found: Sequence[Definition | None]) -> bool:
    """``ボブ　：　アリスは学生？`` / ``アリス：　うん、トムも学生``: each line a sentence, with its pause or its stop
    (a word list's readings, ``単語：たんご``, have neither)."""
    return all(d is not None and len(plain(d.body).strip()) >= 4 and re.search(r"[、。？！?!]", plain(d.body)) for d in found)


def dialogue_text(text: str) -> bool:
    """A paragraph whose every line gives a speaker and what they say (``ボブ　：　アリスは学生？`` /
    ``アリス：　うん、トムも学生``): a dialogue that shows the grammar, no question and no terms."""
    lines = [line for line in text.split("\n") if line.strip()]
    found = [split_definition(line) for line in lines]
    return is_dialogue(found) and spoken_lines(found)


@lru_cache(maxsize=512)
def restates(term: str, body: str) -> bool:
    """``Detailed Status Code: HTTP status code``: the answer says nothing the front does not."""
    if _negates(term, body):
        return True
    said = content_words(body) - _MEASURES  # ``Layers: the number of layers``: how many of the front, nothing more
    if re.search(r"[=+*/|^]", body):
        said = frozenset(word for word in said if not (len(word) == 1 and word.isascii()))  # ``(P(A) / P(B)) * P(B|A)``: symbols
    if not said or len(said) > 4:
        return False
    return len(said & content_words(term)) * 3 >= len(said) * 2


def similar(a: str, b: str, threshold: float = 0.5) -> bool:
    """Two answers that say much the same (Jaccard of content words)."""
    return overlap(content_words(a), content_words(b)) >= threshold


def overlap(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / len(x | y) if x and y else 0.0


_NUMBERISH = re.compile(r"^[\d.,/%$€£:+\-x ]+$|^\d(?![A-Za-z]*[A-Z][A-Za-z]*\b)")
_NETWORK = re.compile(r"/\d{1,2}|\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?")
"""``/25``, ``10.0.0.0/8``, ``255.255.255.0``: a prefix or an address is a term to ask about."""


def _sentence(label: str) -> bool:
    """A whole sentence rather than a name: eight words or more, or a closing full stop (a
    ``**Distinct:** The key should be unique.`` item names its term before the colon)."""
    text = plain(label).strip()
    if (found := split_definition(text)) is not None and found.body:
        text = plain(found.term)
    return (
        words(text) >= 8
        or len(CJK_CHAR.findall(text)) >= 12
        or (words(text) >= 4 and text.endswith((".", "!", "?")))
    )


def lists_sentences(children: Sequence[Item]) -> bool:
    """Items that are mostly whole sentences (example sentences, steps written out): nothing to
    list by heart."""
    return sum(1 for child in children if _sentence(child.text)) * 2 > len(children)


def numbered_answer(label: str, parent: str | None = None) -> bool:
    """``- 1`` (or ``- b`` under ``- 1``) over what the author answered: the number of a question
    in a quiz or a worksheet the note does not show, so nothing can ask it."""
    text = plain(label).strip(" .):*_")
    if re.fullmatch(r"\d{1,3}[a-z]?", text):
        return True
    return bool(re.fullmatch(r"[a-h]", text)) and parent is not None and bool(
        re.fullmatch(r"\d{1,3}", plain(parent).strip(" .):*_"))
    )


_MATH_LETTERS = re.compile("[\U0001d400-\U0001d7ff]")
"""``𝑄``, ``𝐷``: the letters a formula editor pastes as text."""


@lru_cache(maxsize=CACHE_SIZE)
def splits_a_value(term: str, body: str, sep: str = "") -> bool:
    """A separator inside a phrase, a range, a number or a parenthesis, not after a term."""
    if sep in ("-", "–", "—", ":") and re.fullmatch(r"\s*[^\w\s]{1,3}\s*", plain(term)) and re.match(r"\s*[^\W\d_]{2}", plain(body)):
        return False  # `` `\<` - beginning of word``, `` `$` - end of line``: a symbol and what it means
    if term.count("(") != term.count(")") or term.count("[") != term.count("]"):
        return True
    if term.count("$") % 2 or term.count("`") % 2 or term.count("{") != term.count("}"):
        return True  # the separator is inside math or code (``$\ce{C=O}$``)
    if sep == "=" and re.fullmatch(r"[A-Z][A-Z0-9]*_[A-Z0-9_]+", plain(term).strip()):
        return True  # ``ETCDCTL_API=3 etcdctl snapshot status``: a variable set for the command after it
    if sep == "=" and body.count("**") % 2 and len(plain(term).split()) >= 3:
        return True  # ``It diverges near **q=0**!!!``: the separator is inside a bold span
    if sep.startswith("<") and (
        re.search(r"[+=]", term)
        or plain(body).lstrip().startswith("(")
        or re.search(r"\b(?:the|a|an|der|die|das|le|la|el)\s*$", term, re.I)
    ):
        return True  # ``CH3COOH + H2O <--> H3O+ …``: an equilibrium, ``Note the <--> is …``: the arrow named
    if re.search(r"(?:^|\s)['\"‘“][^'\"’”]*$", term):
        return True  # ``Set the image to 'nginx:1.9.1'``: the separator is inside a quotation
    if _NUMBERISH.match(plain(term).strip()) and not _NETWORK.fullmatch(plain(term).strip()):
        return True
    if sep in ("-", "–", "—") and re.search(r"\d\s*$", plain(term)) and re.search(r"=\s*[\d*]", plain(body)):
        return True  # ``At 120, 120 - B.E. = 120 - 110 = 10``: a subtraction in a worked calculation
    bare_body = re.sub(r"\([^()]*\)", "", plain(body)).strip()
    if (
        sep in ("-", "–", "—")
        and re.fullmatch(r"[^.;,:=]*[^\W\d_]{3}[^.;,:=]*\s=\s[^.;,:=]*[^\W\d_]{3}[^.;,:=]*", bare_body)
        and words(bare_body) <= 8
        and (words(plain(term)) <= 4 or re.search(r"\s[+*/×]\s", plain(term)))
    ):
        return True  # ``Revenue - Expenses = Income``: an equation, cut at its minus sign
    if plain(term).lstrip()[:1] in ("=", "≈", "≡"):
        return True  # ``= (760-47)*0.21 – (PaO2 + …)``: the rest of a formula, cut at its minus sign
    head = plain(body).lstrip()[:1]
    bare = re.sub(r"<[^<>]*>", "", plain(term)).rstrip()
    if (sep and re.search(r"(?:<-*|[=!])$", bare) and not bare.lstrip().startswith("¡")) or head in (">", "="):
        return True  # ``<=``, ``<-->``, ``<--->`` cut in two: an operator or an arrow, not a separator (a table's cells have none)
    if re.search(r"(?:,|\bfor)\s+(?:example|instance)\s*$|\be\.g\.?\s*$", plain(term), re.IGNORECASE):
        return True  # ``A test against a published standard, for example: SOC 2``: the example, not a term
    if re.match(r"(?:just |much )?like\b", plain(term), re.IGNORECASE):
        return True  # ``Just like a physical disks - HDD, SDD``: an analogy
    if _MATH_LETTERS.search(term) or (
        sep == "=" and "(" not in term and len(plain(term).split()) <= 2 and re.match(r"\s*[^\W\d_]{1,3}\(", plain(body))
    ):
        return True  # ``𝑄 𝐷 = 𝑄 𝐷 ( 𝑃 )``, ``Output = f(Input)``: an equation, not a term and its meaning
    dash = sep in ("-", "–", "—")
    if dash and re.match(r"(?:this|it|which|that|these|they)\b", plain(body).lstrip(), re.IGNORECASE):
        return True  # ``Build an AMI - this will also...``: a sentence going on, not a definition
    if dash and head.isdigit() and re.search(r"\d\s*(?:BCE|CE|BC|AD|B\.C\.?|A\.D\.?|v\.\s?Chr\.?|n\.\s?Chr\.?)$", plain(term).rstrip()):
        return True  # ``used 100 BCE - 100 CE``: a range of years
    return head in (")", "]") or (plain(term).rstrip()[-1:] in "0123456789%" and plain(term).strip() != "" and head.isdigit())


def fragment(body: str) -> bool:
    """An answer too thin to be one: a word or two with no number, name or code in it."""
    text = plain(body)
    if not text:
        return True
    if text.rstrip().endswith(("、", "，")) and "\n" not in text.strip():
        return True  # ``…と名付けた時、``: a sentence cut off at its comma, the rest never written
    if len(text.split()) > 1 or any(ch.isdigit() for ch in text) or "`" in body:
        return False
    if len(CJK_CHAR.findall(text)) >= 4:
        return False  # ``满足拉普拉斯方程的二元实函``: a sentence in a script written without spaces
    return not any(ch.isupper() for ch in text)


_ANALOGY_CLAUSE = re.compile(
    r",?\s+(?:(?:just |much )?like (?:a|an|having|setting|the)\b|akin to\b|acting as (?:a|an|the)\b)[^.]*",
    re.IGNORECASE,
)
_ANALOGY_SENTENCE = re.compile(
    r"^(?:(?:it'?s |it is |this is )?(?:just )?like (?:a|an|having|setting|dance|music|cooking|driving)\b|think of\b|imagine\b|in a sense\b)",
    re.IGNORECASE,
)


def without_analogy(text: str) -> str:
    """Keep the facts of a definition, drop the ``like a smart mail sorting center`` analogy."""
    sentences = re.split(r"(?<=[.!?])(?<!\s[A-Z]\.)(?<!\.[A-Z]\.)\s+", text.strip())  # (not at ``W. D. Ross``, ``B.F.``)
    kept = [s for s in sentences if not _ANALOGY_SENTENCE.match(plain(s))]
    cut: list[str] = []
    for sentence in kept:
        shorter = _ANALOGY_CLAUSE.sub("", sentence).rstrip(" ,")
        if shorter != sentence:
            bare = shorter.rstrip(" .,;")
            if len(plain(bare).split()) < 3 or re.search(r"\b(?:is|are|was|be|like)$", bare):
                continue
            if re.search(r"\b(?:behaves?|acts?|works?|looks?|seems?|functions?|operates?)$", bare) or "$" in sentence[len(shorter.rstrip(".")) :]:
                cut.append(sentence)  # ``L behaves like a battery w/ $\varepsilon = …$``: the likeness is the fact
                continue
            shorter = shorter if shorter.endswith((".", "!", "?", ":")) else shorter + "."
        cut.append(shorter)
    result = " ".join(s for s in cut if len(plain(s).split()) >= 2).strip()
    return result if len(plain(result).split()) >= 3 else ""


def is_analogy(text: str) -> bool:
    return bool(_ANALOGY_SENTENCE.match(plain(text))) or bool(_ANALOGY_CLAUSE.search(text))


def opens_with_analogy(text: str) -> bool:
    """``Like a joke``, ``It's like dance``: a line that compares, naming nothing of its own."""
    return _ANALOGY_SENTENCE.match(plain(text)) is not None


def lines_of(blocks: Sequence[Block]) -> list[int]:
    return [line for block in blocks for line in range(block.line, block.end + 1)]


def defines_own_term(item: Item) -> bool:
    """A child that says what a term of its own is: it gets its own card, not a place in another."""
    definition = split_definition(item.text)
    return (
        definition is not None
        and bool(definition.body)
        and not splits_a_value(definition.term, definition.body, definition.sep)
    )


_STUDY_INSTRUCTION = re.compile(
    r"(?:know|memori[sz]e)\s+(?:the|who|what|how|why|when|which|where|about)\b",
    re.IGNORECASE,
)
"""``Know who he is and why he's important``: what the author must study, not what there is to know."""


_ONLY_MATH = re.compile(r"(?:(?:or|and|i\.e\.,?|so|thus|hence)\s+)?(?:\$[^$\n]+\$|\$\$[^$]+\$\$)", re.IGNORECASE)


def plain_children(children: Sequence[Item]) -> tuple[list[Item], list[Item]]:
    """Children that only go on saying something (answer material) and the rest (own cards)."""
    plain_: list[Item] = []
    own: list[Item] = []
    for child in children:
        if not child.blocks and _STUDY_INSTRUCTION.match(plain(child.text)):
            continue  # ``Know who he is and why he's important``: what to study, not what there is to know
        nested_terms = any(defines_own_term(grand) or grand.children for grand in child.children)
        leads_in = plain(child.text).rstrip().endswith(":")
        thin = not child.blocks and (found := split_definition(child.text)) is not None and fragment(found.body)
        only_math = _ONLY_MATH.fullmatch(child.text.strip()) is not None  # ``$i=C\frac{dv}{dt}$`` over how it follows: the answer itself
        if (defines_own_term(child) and not thin) or (
            child.children and ((is_label(child.text) and not only_math) or nested_terms or leads_in)
        ):
            own.append(child)  # (``unvoiced: [p,k,t]`` under ``Stops``, too thin for a card of its own, stays in its answer)
        else:
            plain_.append(child)
    return plain_, own


_TITLE_WORD = re.compile(r"^(?:[A-Z][\w/&-]*|and|or|of|the|for|in|&)$")
NEGATION = re.compile(r"\b(?:not|never|cannot|no)\b|n't\b", re.IGNORECASE)


def subtitle(body: str) -> bool:
    """``Storage classes: Durability and Availability`` over bullets: a title, not a definition."""
    tokens = plain(body).split()
    return 2 <= len(tokens) <= 4 and all(_TITLE_WORD.match(t) for t in tokens) and not NEGATION.search(body)


_LATIN_SENTENCE = re.compile(r"[A-Z][^\n]*[.?!]")
EXAMPLE_WORDS = 4
"""Words from which a sentence is an example, not a word's translation (``代名詞: That is my younger sister.``)."""


def example_sentence(term: str, body: str) -> bool:
    """``代名詞: That is my younger sister.``, ``限定詞: I prefer that car.``: in a note written in
    Chinese, Japanese or Korean, a label with a whole sentence in another script after it gives an
    example of the label, not its meaning (a translation is a word or a phrase: ``犬: dog``)."""
    said = plain(body).strip()
    return (
        CJK_CHAR.search(plain(term)) is not None
        and CJK_CHAR.search(said) is None
        and _LATIN_SENTENCE.fullmatch(said) is not None
        and words(said) >= EXAMPLE_WORDS
    )


_RESULT = re.compile(r"=\s*-?\d[\d.,]*(?:\s*\\?[,;]?\s*(?:\\(?:text|mathrm)\{[^{}]*\}|[A-Za-z%°/^\d\s\\{}·,]{0,12}))?\s*\.?$")


def worked_result(math: str) -> bool:
    """``T = \\frac{1}{f} = 7.5s``, ``K=\\frac{Ka_1}{Ka_2}=\\frac{10^{-6,4}}{10^{-10,3}}=10^{3,9}``: a
    formula worked through to the number of an example (two ``=`` or more, a number last), not one to learn.
    The formula may come with its ``$`` or ``$$`` fences."""
    text = math.strip().strip("$").strip()
    text = re.sub(r"\\(?:boxed|underline)\{(.*)\}$", r"\1", text)
    if "\\\\" in text or "&" in text or "\\begin" in text or "\n" in text:
        return False  # (lines of an alignment: a set of formulas, not one worked through)
    return text.count("=") >= 2 and _RESULT.search(text) is not None and len(re.findall(r"\d", text)) >= 2


_NUMBER_SIDE = re.compile(
    r"-?(?:\d[\d.,]*|\\[dt]?frac\{[\d.,\s]+\}\{[\d.,\s]+\}|\\left\s*\(|\\right\s*\)|[()+\-*/^·\s{}]|\\(?:times|cdot)\b)+"
    r"(?:\\[ ,;]|\s)*(?:\\(?:Omega|mu|circ)\b|\\(?:text|mathrm)\{[^{}]*\}|[A-Za-z%°]{1,3})?\s*\.?"
)
r"""``\frac{20}{11}\ A``, ``11\ \Omega``, ``\left( \frac{20}{11} \right)^2\times 6``: numbers (and a unit), no symbol."""


def worked_alignment(math: str) -> bool:
    r"""``\begin{align*} E&=I_{s}R\\ 20&=11I_{s}\\ I_{s}&=\frac{20}{11}\ A \end{align*}``: lines of a
    working whose last line is a number: an exercise's values, not formulas to learn."""
    if re.search(r"\\begin\{(?!align\*?\})", math):
        return False  # (``cases``, ``aligned`` under ``\min``: a system or a problem stated, not worked)
    text = re.sub(r"\\(?:begin|end)\{[a-z]+\*?\}", "", math.strip().strip("$"))
    rows = [row.replace("&", "").strip() for row in re.split(r"\\\\", text) if row.replace("&", "").strip()]
    if not rows or "=" not in rows[-1]:
        return False
    last = rows[-1].rsplit("=", 1)[-1].strip()
    if _NUMBER_SIDE.fullmatch(last) is None or re.search(r"[2-9]|\d\d|frac", last) is None:
        return False  # (``\nabla \cdot u = 0``: a law, its right side no result)
    return len(rows) > 1 or (rows[0].count("=") == 1 and re.search(r"\d\s*[+\-*/]\s*\d", rows[0]) is not None)


GLOSS_LABEL = re.compile(
    r"(?:translation|meaning|means|übersetzung|bedeutung|traducción|traduccion|significado|tradução|traducao|traduction"
    r"|signification|traduzione|significato|vertaling|betekenis|tłumaczenie|znaczenie|překlad|význam|перевод|значение)\s*[:：]\s*",
    re.IGNORECASE,
)
"""``Translation:``: the label of what a word of a vocabulary note means."""


SHARE = re.compile(
    r"(?:(?:just |a little |slightly )?(?:less than|more than|over|under|about|around|almost|nearly|roughly|approx\.?)\s+)?"
    r"\d+(?:[.,]\d+)?\s?%"
)
"""``59%``, ``less than 0.5%``, ``just over 8%``: a share, never a term."""
