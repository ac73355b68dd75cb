"""Comparisons: ``X vs Y``, ``X vs. Y``, ``X v.s. Y``, ``X versus Y``, three-way, and tables.

    - Alias v.s. CNAME                       ->  Alias vs CNAME
        - CNAME: points to any hostname           | Alias | CNAME |
        - Alias: points to an AWS resource        | to an AWS resource | to any hostname |

``- v.s. VMs`` under ``Docker`` compares Docker and VMs; ``| Security Group | NACL |`` tables
compare their columns. A comparison with nothing under it is reported, never made up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..outline import Block, Item, ListBlock, Para, Section, Table
from ..text import clean, is_course_remark, is_label, norm_key, plain, split_definition, words
from .common import (
    Place,
    blocks_text,
    comparison_label,
    defines_own_term,
    items_markdown,
    lines_of,
    scope_after_label,
    table_markdown,
)
from .ruler import State, visit
from .walk import (
    FORM_HEADERS,
    block_lines,
    headerless,
    property_table,
    ragged_lists,
    text_lines,
    without_row_numbers,
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
        if child.children and words(plain(found[1])) <= words(sides[found[0]]) + 1:
            return None  # (``- Fourier Transform`` over what it is: the side's name over its points, no cell)
        columns[found[0]].append(found[1].replace("\n", " ").replace("|", "\\|"))
    if any(not column for column in columns):
        return None
    header = "| " + " | ".join(sides) + " |"
    rule = "|" + "---|" * len(sides)
    row = "| " + " | ".join("; ".join(column) for column in columns) + " |"
    return "\n".join((header, rule, row))


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
        # the corner cell in other languages: ``| 구분 | 패킷 교환 | 서킷 교환 |``
        "구분", "항목", "분류", "비교", "특징", "특성", "区别", "区分", "项目", "比较", "类别", "特点", "特征",
        "比較", "項目", "merkmal", "merkmale", "kriterium", "kriterien", "aspekt", "eigenschaft", "vergleich",
        "critère", "critères", "caractéristique", "aspecto", "característica", "criterio", "criterios",
        "categoria", "categoría", "catégorie", "aspetto", "caratteristica", "kenmerk", "criterium",
    ]
)
LANGUAGE_NAMES = frozenset(
    ["française", "anglaise", "anglais", "allemand", "espagnol", "italien", "englisch", "französisch", "spanisch", "italienisch",
     "italiano", "inglese", "francese", "tedesco", "spagnolo", "inglês", "ingles", "inglés", "francés", "alemán", "alemão"]
)
"""The names of languages as other languages say them: ``| FRANÇAISE | ANGLAISE |`` heads a vocabulary."""
DEFINITION_HEADERS = frozenset(
    [
        "question",
        "questions",
        "answer",
        "answers",
        "q",
        "a",
        "frage",
        "antwort",
        "pregunta",
        "respuesta",
        "pergunta",
        "resposta",
        "réponse",
        "term",
        "terms",
        "word",
        "words",
        "name",
        "concept",
        "definition",
        "definitions",
        "meaning",
        "meanings",
        "description",
        "explanation",
        "translation",
        "english",
        "german",
        "deutsch",
        "french",
        "spanish",
        "italian",
        "portuguese",
        "japanese",
        "chinese",
        "korean",
        "russian",
        "dutch",
        "latin",
        "español",
        "inglés",
        *LANGUAGE_NAMES,
        "français",
        "italiano",
        "en",
        "es",
        "de",
        "fr",
        "it",
        "pt",
        "ja",
        "zh",
        "ko",
        "ru",
        "nl",
        "la",
        "abbreviation",
        "acronym",
        "command",
        "commands",
        "value",
        "values",
        "example",
        "examples",
        "설명", "의미", "개념", "용어", "说明", "解释", "含义", "定义", "意味", "説明", "用語", "erklärung",
        "kelime", "anlamı", "anlam", "açıklama", "tanım", "znaczenie", "słowo", "význam", "slovo", "значение", "слово",
        "bedeutung", "begriff", "definition", "explication", "signification", "explicación", "significado",
        "spiegazione", "significato", "uitleg", "betekenis", "begrip", "beschreibung", "descripción", "descrição",
        "descrizione", "omschrijving", "pojem", "pomen", "pojam", "značenje", "termín", "pojęcie",
        # and the other languages' words for a definition, a notation, a symbol: ``| Définition | Notation |``
        "définition", "definición", "definição", "definizione", "definitie", "notation", "notación", "notação",
        "notazione", "notatie", "schreibweise", "symbol", "symbols", "symbole", "símbolo", "simbolo",
        "terme", "término", "termo", "termine", "mot", "palabra", "palavra", "parola", "wort",
    ]
)


_NUMERIC = re.compile(r"^[\s\d.,%$€£+\-–/()xX✓✗*:]*(?:ms|s|GB|MB|KB|k)?[\s.)*]*$")


def is_number(cell: str) -> bool:
    """A cell that is a quantity (``95%``, ``1 - 6``, ``4 MB``), not words."""
    return bool(_NUMERIC.match(cell)) and any(char.isdigit() for char in cell)


def _example_values(table: Table) -> bool:
    """A table of worked-example numbers (``| A | 95% | 90% |``): data to read, not to compare."""
    cells = [plain(cell) for row in table.rows for cell in row[1:]]
    numeric = sum(1 for cell in cells if cell and _NUMERIC.match(cell))
    return bool(cells) and numeric * 2 >= len([c for c in cells if c])


def _side_name(text: str) -> bool:
    """A name to compare: not an ID from example data (``AD3100``) nor a yes/no value."""
    if re.fullmatch(r"[A-Za-z]{1,4}-?\d{2,}", text) or text.casefold() in {"yes", "no", "true", "false"}:
        return False
    return len(text) >= 2 and bool(re.search(r"[^\W\d_]{2}", text)) and words(text) <= 5


_WHOLE_BOLD = re.compile(r"\s*(\*\*|__)(?!\s).*?(?<!\s)\1(?:<br\s*/?>)?\s*")


def _glossary(table: Table) -> bool:
    """Terms and what they mean, whatever the headers say (``| Begrip | Uitleg |``): the first
    column's cells are all bold, or they are short names beside explanations several times longer."""
    rows = [row for row in table.rows if len(row) >= 2 and plain(row[0]) and plain(row[1])]
    if len(rows) < 4:
        return False
    if sum(1 for row in rows if _WHOLE_BOLD.fullmatch(row[0])) * 5 >= len(rows) * 4:
        return True
    short = sum(1 for row in rows if words(plain(row[0])) <= 4 and words(plain(row[1])) >= 3 * words(plain(row[0])))
    return short * 5 >= len(rows) * 4


def table_sides(table: Table) -> Sequence[str] | None:
    """What a table compares: its columns when the first header is a feature label (or empty) or
    when two headers are both names (``| Security Group | NACL |``), else its first column.
    Never a table of example numbers."""
    if _example_values(table) or headerless(table) or ragged_lists(table):
        return None
    header = [plain(cell) for cell in table.header]
    if len(header) == 2:
        keys = [plain(row[0]) for row in table.rows if row and plain(row[0])]
        if keys and sum(1 for key in keys if _NUMERIC.match(key) or len(key) <= 2) * 2 >= len(keys):
            return None  # ``| Port | Service |``, ``| Class | Range |``: a lookup by number or code, not two things
        names = all(0 < words(cell) <= 4 and not re.search(r"[,，、;；]", cell) for cell in header)
        # (``| 加/减 | 实部与实部相加/减, 虚部与虚部相加/减 |``: a clause, a row typed as the header, not a name)
        defining = any(cell.casefold() in DEFINITION_HEADERS for cell in header) or _glossary(table)
        defining = defining or property_table(table) or any(cell.strip().casefold() in FORM_HEADERS for cell in header)
        # (``| subject | conjugation |`` over ``| ich | lasse |``: a verb's forms by person, each row asked)
        both_bold = all(re.fullmatch(r"\s*\*\*[^*]+\*\*\s*", cell) for cell in table.header)
        # (one row under two bold names, ``| **Überlastung** | **Kurzschluss** |``, compares them too)
        paired = len(table.rows) == 1 and all(0 < words(plain(cell)) <= 4 for cell in table.rows[0][:2])
        # (``| Anode | Cathode |`` over ``| Anion (non-metal) | Cation (metal) |``: what goes to each, side by side)
        return header if names and not defining and (len(table.rows) >= 2 or both_bold or paired) else None
    if len(header) < 3:
        return None
    if any(cell.casefold() in DEFINITION_HEADERS for cell in header[1:]):
        return None  # ``| Maßzahl | Definition | Anwendung |``: a glossary with more to say per term, not a comparison
    first = header[0].casefold()
    if not first or first in FEATURE_HEADERS:
        sides = header[1:]
    else:
        sides = [plain(row[0]) for row in table.rows if row and plain(row[0])]
    if not all(_side_name(side) for side in sides) or len({side.casefold() for side in sides}) < len(sides):
        return None  # (the same name twice: rows of data, not things compared)
    return sides if 2 <= len(sides) <= 8 else None


def _card(
    state: State, place: Place, sides: Sequence[str], back: str, line: int, raw: str, lines: list[int], over: str = ""
) -> None:
    key = "|".join(sorted(norm_key(side) for side in sides))
    front = f"{over}: {' vs '.join(sides)}" if over else " vs ".join(sides)
    state.add(place.card("comparison", front, back, line=line, key=key, raw=raw), lines)


def _children_answer(sides: Sequence[str], children: Sequence[Item]) -> tuple[str, list[int]]:
    """The comparison's children, with their nested bullets unless those define terms of their own."""
    table = side_by_side(sides, children)
    lines = [n for child in children for n in text_lines(child)]
    if table is not None:
        return table, lines
    parts: list[str] = []
    for child in children:
        nested = [grand for grand in child.children if not defines_own_term(grand) and not grand.children]
        parts.append(items_markdown([Item(child.text, child.line, child.end)]))
        parts.extend("  " + row for grand in nested for row in items_markdown([grand]).split("\n"))
        lines.extend(n for grand in nested for n in block_lines(grand))
    return "\n".join(parts), lines


def _answer(
    state: State,
    place: Place,
    sides: Sequence[str],
    inline: str,
    children: Sequence[Item],
    line: int,
    raw: str,
    claimed: list[int],
) -> None:
    parts = [inline] if inline else []
    lines = list(claimed)
    if children:
        text, more = _children_answer(sides, children)
        parts.append(text)
        lines += more
    back = "\n\n".join(part for part in parts if part)
    if back:
        _card(state, place, sides, back, line, raw, lines)
    else:
        state.leave(line, f"comparison {' vs '.join(sides)!r} has nothing under it to compare")
        state.mark_structure([line])


def _item(state: State, place: Place, item: Item) -> None:
    found = comparison_label(item.text, place.parent)
    if found is None:
        return
    sides, inline = found
    inline = "\n\n".join([inline, *(clean(p.text) for p in item.paragraphs)]).strip()
    claimed = [*text_lines(item), *lines_of(item.paragraphs)]
    _answer(state, place, sides, inline, item.children, item.line, item.text, claimed)


def _label(state: State, place: Place, para: Para, after: Block | None) -> None:
    if not is_label(para.text):
        return
    found = comparison_label(para.text)
    if found is None:
        return
    sides, inline = found
    children: Sequence[Item] = ()
    if isinstance(after, ListBlock) and after.line <= para.end + 2:
        children = scope_after_label(after.items, para.text)
    _answer(state, place, sides, inline, children, para.line, para.text, list(block_lines(para)))


def _own_blocks(blocks: Sequence[Block]) -> list[Block]:
    """The blocks that belong to a heading's own text: up to the first label paragraph."""
    own: list[Block] = []
    for block in blocks:
        if isinstance(block, Para) and is_label(block.text) and own:
            break
        own.append(block)
    return own


def _heading(state: State, place: Place, section: Section) -> None:
    found = comparison_label(section.title)
    if found is None:
        return
    sides, inline = found
    own = [block for block in _own_blocks(section.blocks) if all(state.free(line) for line in block_lines(block))]
    # (``Why do you start doing something?`` over the two kinds: a question's card already asks it)
    if own and isinstance(own[0], Para) and is_course_remark(own[0].text.split("\n", 1)[0]):
        own = own[1:]  # ``# Standard vs premium`` over ``This document contains all info about …``: what the note holds, no answer
    if len(own) == 1 and isinstance(own[0], ListBlock):
        _answer(state, place, sides, inline, own[0].items, section.line, section.title, [section.line])
        return
    back = "\n\n".join(part for part in (inline, blocks_text(own)) if part)
    if back:
        _card(state, place, sides, back, section.line, section.title, [section.line, *lines_of(own)])
    elif section.sections:
        state.mark_structure([section.line])
    else:
        _answer(state, place, sides, "", (), section.line, section.title, [])


SPLIT_FEATURES = 4
"""A comparison table with this many features or more (and more than two things compared) is one
card per feature when it is long: a whole table on one card is then a subtree dump (graded: 3 GOOD of 26
at 7 rows or more)."""
SPLIT_CHARACTERS = 600
"""Characters of table beyond which it is too much for one card."""
SPLIT_ROWS = 15
"""A two-column table of names longer than this is looked up row by row (``definitions._lookup``), never learnt whole."""


def _features(table: Table, sides: Sequence[str]) -> list[tuple[str, list[tuple[str, str]], int]]:
    """Each feature the table compares, with what each side has for it, and the line it is on."""
    header = [plain(cell) for cell in table.header]
    if list(sides) == header[1:]:  # the things compared are columns, the features are rows
        return [
            (plain(row[0]), [(side, row[k + 1]) for k, side in enumerate(sides) if k + 1 < len(row)], table.line + 2 + i)
            for i, row in enumerate(table.rows)
            if row and plain(row[0])
        ]
    rows = [row for row in table.rows if row and plain(row[0])]
    return [
        (feature, [(plain(row[0]), row[k]) for row in rows if k < len(row)], table.line)
        for k, feature in enumerate(header)
        if k and feature
    ]


ROW_KINDS = frozenset(
    ["infinitiv", "infinitive", "infinitif", "infinitivo", "infinito", "verb", "verbs", "verben", "verbo", "verbe",
     "word", "wort", "palabra", "mot", "parola", "term", "begriff", "término", "terme", "termine"]
)
"""A corner header that says what each row is named by (the infinitive of a verb, the word), not what the table is."""


def _named_corner(table: Table, over: str) -> bool:
    """The corner cell names the table (``Bestimmter Artikel``, ``Window``), rather than being one
    more column of values like the others (``| ir | estar | ser |``, ``| ar: trabajar | er: aprender |``),
    and no row is a group label with nothing beside it (``| Apixaban | | |``)."""
    if not over or (not over[0].isupper() and not over.startswith("$")):
        return False
    if ":" in over and any(":" in plain(cell) for cell in table.header[1:]):
        return False
    return all(any(plain(cell).strip() for cell in row[1:]) for row in table.rows if row and plain(row[0]))


def _feature_cards(
    state: State,
    place: Place,
    table: Table,
    features: Sequence[tuple[str, list[tuple[str, str]], int]],
    front: Callable[[str, list[tuple[str, str]]], str],
    key: Callable[[str], str],
    too_little: str,
) -> None:
    """One card a feature of a table: what each side has for it (a feature with fewer than two sides
    filled in is left, with ``too_little``)."""
    for feature, cells, line in features:
        said = [(side, clean(cell)) for side, cell in cells if plain(cell).strip(" -–—?")]
        if len(said) < 2:
            state.leave(line, f"{too_little}: {feature[:40]!r}")
            continue
        back = "\n".join(f"- **{side}:** {cell}" for side, cell in said)
        card = place.card("comparison", front(feature, said), back, line=line, key=key(feature), raw="")
        state.add(card, [line] if line != table.line else list(block_lines(table)))
    state.claim(block_lines(table), "comparison")


def name_pairs(rows: Sequence[tuple[str, ...]]) -> bool:
    """``|Toxin|Antidotes|`` over ``|Acetaminophen|N-acetylcysteine|``, ``|Opioids|Naloxone|``, …: two columns of
    names, each row one thing and what goes with it, however many rows: a glossary, looked up row by row."""
    first = [plain(row[0]).casefold() for row in rows]
    return (
        all(len(row) == 2 for row in rows)
        and len(set(first)) == len(first)
        and all(words(plain(cell)) <= 6 and re.search(r"[^\W\d_]{2}", plain(cell)) for row in rows for cell in row)
    )


def _table(state: State, place: Place, table: Table) -> None:
    table = without_row_numbers(table)
    sides = table_sides(table)
    if not sides:
        return
    if len(table.header) == 2 and len(table.rows) > SPLIT_ROWS and name_pairs(table.rows):
        return  # ``|Toxin|Antidotes|`` over 29 rows: too many to learn as one, each row is looked up on its own
    features = _features(table, sides)
    whole = table_markdown(table)
    corner = plain(table.header[0]).strip() if len(table.header) >= 3 else ""
    if corner.casefold() in ROW_KINDS or corner.casefold() in DEFINITION_HEADERS:
        return  # ``| Infinitiv | ich | du | …`` over ``| sein | bin | bist |``: a row a verb, each asked for its forms
    over = corner if corner and corner.casefold() not in FEATURE_HEADERS and sides[0] != corner else ""
    by_rows = list(sides) != [plain(cell) for cell in table.header[1:]]
    if by_rows and _named_corner(table, over) and len(features) >= 2 and len(sides) >= 2:
        # (``| Bestimmter Artikel | Nominativ | Akkusativ |`` over ``| maskulin | der | den |``: one card
        # a column, whose front names what is asked, ``Bestimmter Artikel — Nominativ (maskulin, …)``;
        # the whole table under a ``maskulin vs feminin`` front was graded WEAK 20 times of 22)
        _feature_cards(
            state,
            place,
            table,
            features,
            lambda feature, said: f"{over} — {feature} ({', '.join(side for side, _ in said)})",
            lambda feature: f"{norm_key(over)}#{norm_key(feature)}",
            "a column of the table with too little in it",
        )
        return
    if len(features) < SPLIT_FEATURES or len(sides) < 2 or len(plain(whole)) <= SPLIT_CHARACTERS:
        # (``| Bestimmter Artikel | Nominativ | …`` over ``| maskulin | der | …``: the corner names the table)
        _card(state, place, sides, whole, table.line, "", list(block_lines(table)), over)
        return  # (a paradigm, ``| | Present | Future |`` over six short persons, is learnt whole)
    key = "|".join(sorted(norm_key(side) for side in sides))
    _feature_cards(
        state,
        place,
        table,
        features,
        lambda feature, _said: f"{' vs '.join(sides)} — {feature}",
        lambda feature: f"{key}#{norm_key(feature)}",
        "a row of the table with too little to compare",
    )


def comparisons(state: State) -> None:
    visit(
        state,
        section=lambda node, block: _heading(state, node.place, block),
        item=lambda node, block: _item(state, node.place, block),
        para=lambda node, block: _label(state, node.place, block, node.after),
        table=lambda node, block: _table(state, node.place, block),
    )
