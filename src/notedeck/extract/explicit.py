"""Card syntax other tools use, honoured when present, and never mined again for more cards.

``Question::Answer``, ``Question:::Answer`` (both directions), multi-line cards split by a ``?``
or ``??`` line (``,,`` in notes whose one-line cards are ``term ;; answer``), a question tagged ``#flashcard`` with its answer on the lines or bullets below,
and cloze deletions ``==text==`` / ``{{c1::text}}``.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..cards import Card
from ..outline import Block, Item, ListBlock, Para, Section
from ..text import clean, is_course_remark, is_question, norm_key, plain
from .common import Place, blocks_text
from .prose import units
from .ruler import State
from .walk import all_items, block_lines

_INLINE = re.compile(r"^(?P<q>.+?)\s*(?<![:/])(?P<sep>:::?)(?![:/])\s*(?P<a>.+)$")
_MARKERS = frozenset(["imp", "important", "key", "note", "todo", "review", "exam", "!", "!!", "?"])
_HIGHLIGHT = re.compile(r"(?<![=+])==(?=[^\s=+])(.+?)(?<=[^\s=+])==(?![=+])")
"""``==mass hasn't changed==``, Obsidian's highlight (never a grid table's rule, ``+=====+=====+``)."""
_SCOPE = re.compile(r"\w::\w[\w:]*(?:\s*(?:<<|>>|\()|<\w|;)|\b(?:std|boost)::\w")
"""``std::cout <<``, ``Foo::bar()``, ``vector<int>``: the scope operator of C++ (and Rust, PHP), not
the separator of a card."""
_CLOZE = re.compile(r"\{\{c(\d+)::(.+?)(?:::[^}]*)?\}\}")
_CODE = re.compile(r"(`+).+?\1")
_FLASHCARD = re.compile(r"(?<![\w/])#(?:flashcards?|card)(?:/[\w/-]*)?(?![\w/-])", re.IGNORECASE)


def to_cloze(text: str) -> str | None:
    """``==a== and {{c1::b}}`` -> ``{{c2::a}} and {{c1::b}}``; None when there is nothing to hide."""
    numbers = [int(m.group(1)) for m in _CLOZE.finditer(text)]
    counter = iter(range(max(numbers, default=0) + 1, 10_000))
    converted = _HIGHLIGHT.sub(lambda m: f"{{{{c{next(counter)}::{m.group(1)}}}}}", text)
    return converted if _CLOZE.search(converted) else None


_FIELD_LINKS = re.compile(r"(?:\[\[[^\]\n]+\]\][\s,]*)+")
"""``[[books_Sapiens]]``, ``[[Harari]], [[Diamond]]``: a field's value that only links to other pages."""
_FIELD_KEY = re.compile(r"(?i:sources?|related|up|parent|tags?|topics?|type|status|links?|references?|moc|index|see also|from|next|previous|prev)")
"""The keys of a page's own record (Dataview fields): where it comes from, what it links to."""
_SEMICOLONS = re.compile(r"^(?P<q>.+?)\s*;;\s*(?P<a>.*\S.*)$")
"""``Question;; Answer``: the separator Obsidian's spaced-repetition plugin is often set to."""
_BROKEN_BREAK = re.compile(r"</br\s*>", re.IGNORECASE)


def _inline(state: State, place: Place, raw: str, line: int) -> bool:
    """``Question::Answer`` (or ``Question;; Answer``) on one line."""
    code_free = _CODE.sub("", raw)
    if ("::" not in code_free and ";;" not in code_free) or "{{c" in raw:
        return False
    if _SCOPE.search(code_free):
        return False  # ``std::cout << p;``: C++ code, not a card
    text = _BROKEN_BREAK.sub("<br>", clean(raw))  # (a task's box is not part of an item's text: outline.py)
    match = _INLINE.match(text) if "::" in code_free else _SEMICOLONS.match(text)
    if match is None:
        return False
    question, answer = match.group("q"), re.sub(r"^(?:\s*<br\s*/?>)+", "", match.group("a")).strip()
    if question.count("(") > question.count(")") or question.count("[") > question.count("]"):
        state.leave(line, f"a field of the note (Dataview), not a card: {plain(raw)[:60]!r}")
        return True  # ``(Links:: [[Human Computer Interaction]])``
    said = raw.split("::", 1)[-1].lstrip(":").strip()
    if "::" in code_free and _FIELD_LINKS.fullmatch(said) and _FIELD_KEY.fullmatch(plain(question).strip(" *_")):
        state.leave(line, f"a field of the note (Dataview), not a card: {plain(raw)[:60]!r}")
        return True  # ``**Source**:: [[books_Sapiens]]``, ``Related:: [[Agriculture]]``: the page's own record
    if not plain(question) or not plain(answer):
        state.leave(line, "explicit card with an empty side")
        return True
    reverse = "sep" in match.groupdict() and match.group("sep") == ":::"
    card = place.card(
        "explicit", question, answer, line=line, key=norm_key(question), raw=raw, reverse=reverse
    )
    state.add(card, [line])
    return True


_LABEL = re.compile(r"(?:\*\*|__)([^*_{}\n]{2,60})(?:\*\*|__)\s*[:：]\s*(?=\S)")


def _names_it(label: str, hidden: str) -> bool:
    """A label that says a hidden word again, in another of its forms (``Rationalizability``, ``rationalizable``)."""
    said = [word.casefold() for word in re.findall(r"[^\W\d_]{4,}", label)]
    return any(
        word[: max(5, min(len(word), len(other)) - 4)] == other[: max(5, min(len(word), len(other)) - 4)]
        for word in said
        for other in (w.casefold() for w in re.findall(r"[^\W\d_]{4,}", hidden))
    )


def _cloze(state: State, place: Place, raw: str, line: int, lines: Sequence[int] = ()) -> bool:
    if "{{c" not in raw and not _HIGHLIGHT.search(raw):
        return False
    cloze = to_cloze(clean(raw))
    if cloze is None:
        return False
    hidden = " ".join(m.group(2) for m in _CLOZE.finditer(cloze))
    if "{{c" not in raw and plain(hidden).casefold().strip(" !*") in _MARKERS:
        return False  # ``Range partitioning ==imp==``: the author's flag for importance, nothing to recall
    if "{{c" not in raw and len(plain(hidden)) >= 0.9 * len(plain(_CLOZE.sub(r"\2", cloze))):
        return False  # ``==für + das -> fürs==``: the whole line highlighted, emphasis with nothing left to ask
    if "{{c" not in raw and is_course_remark(raw):
        state.leave(line, f"the author's own remark, not a fact: {plain(raw)[:60]!r}")
        return True  # ``Draw this schema ==next class==``: a reminder highlighted, not a cloze
    label = _LABEL.match(cloze)
    if label is not None and _names_it(plain(label.group(1)), plain(hidden)):
        cloze = cloze[label.end() :]  # ``**Rationalizability**: … said to be {{c1::rationalizable}}``: the label would say it
    state.add(place.card("cloze", cloze, "", line=line, key=norm_key(hidden), raw=raw), lines or [line])
    return True


def _lines(state: State, place: Place, text: str, first: int) -> None:
    """``Question::Answer`` line by line; a cloze takes its whole sentence, which a hard-wrapped
    paragraph spreads over lines (``… is ==looking up== a value at a`` / ``particular index …``)."""
    lines = text.split("\n")
    wrapped = units(Para(text, first, first + len(lines) - 1)) if len(lines) > 1 else []
    for offset, raw in enumerate(lines):
        line = first + offset
        if not state.free(line) or _inline(state, place, raw, line):
            continue
        around = [unit for unit in wrapped if unit.first <= line <= unit.last]
        if any(unit.first != unit.last for unit in around):  # the sentence goes on over lines
            span = sorted({n for unit in around for n in unit.lines})
            marked = [unit for unit in around if "{{c" in unit.text or _HIGHLIGHT.search(unit.text)]
            if all(state.free(n) for n in span):
                _cloze(state, place, " ".join(unit.text for unit in marked or around), line, span)
        else:
            _cloze(state, place, raw, line)


def _card(place: Place, question: str, answer: str, line: int, raw: str, *, reverse: bool, extra: str = "") -> Card:
    """The author's own card, as written (a question, its answer, asked both ways or not)."""
    return place.card(
        "explicit", clean(question), clean(answer), line=line, key=norm_key(question), raw=raw, reverse=reverse, extra=extra
    )


def _multiline(state: State, place: Place, para: Para, after: Block | None = None) -> bool:
    """A paragraph cut in two by a ``?`` (or ``??``, both ways) line; when the ``?`` ends the
    paragraph, the list right under it is the answer (``HIV subtypes`` / ``?`` / ``- HIV-1`` …).
    ``,,`` is the mark of a note whose cards on one line are ``term ;; answer``."""
    lines = para.text.split("\n")
    marks = [i for i, line in enumerate(lines) if line.strip() in ("?", "??", ",,")]
    if not marks:
        return False
    cut = marks[0]
    question, answer = "\n".join(lines[:cut]), "\n".join(lines[cut + 1 :])
    below: list[Block] = []
    if plain(question) and not plain(answer) and isinstance(after, ListBlock) and after.line == para.end + 1:
        items = list(after.items[:1])
        for item in after.items[1:]:
            if item.line > items[-1].end + 1 or _blank_after(items[-1]):
                break  # (a blank line ends the card, as the plugin reads it: the list goes on with other cards)
            items.append(item)
        listed = ListBlock(tuple(items), items[0].line, items[-1].end, after.ordered) if items else after
        below, answer = [listed], blocks_text([listed])
    if not plain(question) or not plain(answer):
        state.leave(para.line, "multi-line card with an empty side")
        return True
    card = _card(place, question, answer, para.line, para.text, reverse=lines[cut].strip() == "??")
    state.add(card, [*block_lines(para), *(line for block in below for line in block_lines(block))])
    return True


def _blank_after(item: Item) -> bool:
    """A point of a few lines and nothing under it, with a blank line after it (its ``end`` takes the blank in)."""
    return not item.blocks and item.end > item.line + item.text.count("\n")


_MARK_LINE = re.compile(r"^[ \t]*(\?\??|,,)[ \t]*$", re.MULTILINE)


def _lists(section: Section) -> Iterator[ListBlock]:
    for block in section.blocks:
        if isinstance(block, ListBlock):
            yield block
    for sub in section.sections:
        yield from _lists(sub)


def _marked_lists(state: State) -> None:
    """A list whose points are the question, then a ``?`` (``??``, ``,,``) line typed right under
    them and the answer (``- [p] creative, spontaneous and playful`` / ``- [c] socially unconstrained``
    / ``,,`` / ``free child``): a card of several lines, its question the points since the last blank
    line or card, as the plugin reads them."""
    marked = [listed for listed in _lists(state.outline.root) if any(_MARK_LINE.search(item.text) for item in all_items(listed.items))]
    places = {id(node.block): node.place for node in state.nodes} if marked else {}
    for listed in marked:
        group: list[Item] = []
        for item in listed.items:
            if group and _blank_after(group[-1]):
                group = []  # (a blank line before this point: the card before it has ended)
            group.append(item)
            rendered = blocks_text([ListBlock(tuple(group), group[0].line, item.end, listed.ordered)])
            cut = _MARK_LINE.search(rendered)
            if cut is None:
                continue
            question, answer = rendered[: cut.start()].rstrip(), textwrap.dedent(rendered[cut.end() :]).strip()
            lines = [line for point in group for line in block_lines(point)]
            place = places.get(id(group[0]))
            if place is not None and plain(question) and plain(answer) and all(state.free(line) for line in lines):
                state.add(_card(place, question, answer, group[0].line, question, reverse=cut.group(1) == "??"), lines)
            group = []


def _answer_blocks(after: Block | None, end: int) -> Sequence[Block]:
    if isinstance(after, Para | ListBlock) and after.line <= end + 1:
        return [after]
    return []


def _flashcard(state: State, place: Place, text: str, line: int, below: Sequence[Block]) -> bool:
    """A question tagged ``#flashcard``: the lines after the tag, or the blocks below, answer it."""
    lines = text.split("\n")
    tagged = next((i for i, one in enumerate(lines) if _FLASHCARD.search(_CODE.sub("", one))), None)
    if tagged is None:
        return False
    question = clean(_FLASHCARD.sub("", "\n".join(lines[: tagged + 1])))
    answer = "\n\n".join(part for part in (clean("\n".join(lines[tagged + 1 :])), blocks_text(below)) if part)
    if not plain(question) or not plain(answer):
        state.leave(line, "#flashcard without an answer below it")
        return True
    card = place.card("explicit", question, answer, line=line, key=norm_key(question), raw=text)
    claimed = list(range(line, line + len(lines)))
    claimed += [n for block in below for n in block_lines(block)]
    state.add(card, claimed)
    return True


_FRONT_FIELD = re.compile(r"^(?:front|vorderseite|recto|anverso|frente|fronte|voorkant|text|texte)[ \t]*:[ \t]?", re.IGNORECASE)
_BACK_FIELD = re.compile(
    r"^(?:back|rückseite|ruckseite|verso|reverso|retro|achterkant|back extra|extra|rückseite extra)[ \t]*:[ \t]?",
    re.IGNORECASE,
)
_EXTRA_FIELD = re.compile(r"^(?:reference|references|source|sources|quelle|référence|fuente|fonte|notes?)[ \t]*:[ \t]?", re.IGNORECASE)
_CURLY_CLOZE = re.compile(r"\{(\d{1,2}):([^{}\n]+)\}")
"""``{1:Integral} calculus``: Obsidian_to_Anki's short cloze, numbered."""
_TAGS_FIELD = re.compile(r"^tags[ \t]*:.*$", re.IGNORECASE)
_BOTH_WAYS = re.compile(r"revers(?!.*optional)|beide richtungen|et envers|y (?:tarjeta )?invertida|e invertido", re.IGNORECASE)
_CLOZE_TYPE = re.compile(r"cloze|lückentext|texte à trous|texto con huecos|omissione", re.IGNORECASE)
LONGEST_BLOCK = 200
"""Lines an Obsidian_to_Anki note may span between its ``START`` and ``END``."""


def _ends(block: Block | Item) -> bool:
    return isinstance(block, Para | Item) and any(line.strip() == "END" for line in block.text.split("\n"))


def _between(state: State, index: int) -> list[Block | Item] | None:
    """The blocks (a list's items one by one) from a ``START`` paragraph to its ``END`` line; None
    when no ``END`` follows."""
    first = state.nodes[index].block
    blocks: list[Block | Item] = []
    for node in state.nodes[index:]:
        block = node.block
        if isinstance(block, Section) or block.line > first.line + LONGEST_BLOCK:
            return None
        if node.parent is not None:
            continue  # (held in its item's text)
        blocks.append(block)
        if _ends(block):
            return blocks
    return None


def _markdown(block: Block | Item) -> str:
    """A block's Markdown, up to an ``END`` line in it."""
    if isinstance(block, Item):
        text = blocks_text([ListBlock((block,), block.line, block.end, block.ordered)])
    else:
        text = block.text if isinstance(block, Para) else blocks_text([block])
    lines = text.split("\n")
    end = next((i for i, line in enumerate(lines) if line.strip() in ("END", "- END", "* END")), len(lines))
    return "\n".join(lines[:end])


def _obsidian_to_anki(state: State, index: int, place: Place) -> bool:
    """Obsidian_to_Anki's note: ``START``, its note type (``Basic``, ``Einfach (beide Richtungen)``,
    ``Cloze``), its fields (``Front:`` is optional, ``Back:`` opens the answer), ``Tags:``, ``END``."""
    para = state.nodes[index].block
    if not isinstance(para, Para) or para.text.split("\n", 1)[0].strip() != "START":
        return False
    blocks = _between(state, index)
    if blocks is None:
        return False
    text = ""
    for before, block in zip([None, *blocks], blocks, strict=False):
        text += ("\n" if isinstance(before, Item) and isinstance(block, Item) else "\n\n") + _markdown(block)
    lines = re.sub(r"\n{3,}", "\n\n", text.strip("\n")).split("\n")[1:]
    kind = lines[0].strip() if lines else ""
    body = [line for line in lines[1:] if not _TAGS_FIELD.match(line.strip())]
    claimed = [n for block in blocks for n in block_lines(block)]
    back_at = next((i for i, line in enumerate(body) if _BACK_FIELD.match(line)), None)
    extra = [line for line in body[back_at or 0 :] if _EXTRA_FIELD.match(line)]
    body = [line for line in body if line not in extra]
    if _CLOZE_TYPE.search(kind) and back_at is None:
        text = _CURLY_CLOZE.sub(r"{{c\1::\2}}", _FRONT_FIELD.sub("", "\n".join(body).strip()))
        if not _cloze(state, place, text, para.line, claimed):
            state.leave(para.line, f"an Obsidian_to_Anki cloze note with nothing hidden: {plain(text)[:60]!r}")
        state.claim(claimed, "explicit")
        return True
    if back_at is None:
        state.leave(para.line, f"an Obsidian_to_Anki note with no Back field: {plain(' '.join(body))[:60]!r}")
        state.claim(claimed, "explicit")
        return True
    question = _FRONT_FIELD.sub("", "\n".join(body[:back_at]).strip())
    answer = _BACK_FIELD.sub("", "\n".join(body[back_at:]).strip())
    if not plain(question) or not plain(answer):
        state.leave(para.line, "an Obsidian_to_Anki note with an empty side")
        state.claim(claimed, "explicit")
        return True
    extra_text = clean("\n".join(_EXTRA_FIELD.sub("", line) for line in extra))
    card = _card(place, question, answer, para.line, "\n".join(lines), reverse=bool(_BOTH_WAYS.search(kind)), extra=extra_text)
    state.add(card, claimed)
    return True


def _answers_a_question(state: State, index: int) -> bool:
    """A paragraph right under a question paragraph (``Was ist das Kennzeichen …?`` / ``Wenn ein
    Unternehmen … ==(>1)== …``): the question's answer, whatever its highlights."""
    block = state.nodes[index].block
    start = block.line
    for earlier in reversed(state.nodes[max(0, index - 4) : index]):
        if not isinstance(earlier.block, Para) or earlier.block.end >= start:
            continue
        if start - earlier.block.end > 2:
            return False
        if is_question(earlier.block.text):
            return True
        start = earlier.block.line  # (an answer of several paragraphs: the one before may be its start)
    return False


_CARD_TAG = re.compile(r"(?:^|\s)#card(?:-reverse|/reverse)?\s*$")


def _tagged(section: Section) -> bool:
    first = section.blocks[0] if section.blocks else None
    if "#card" not in section.title and not (isinstance(first, Para) and "#card" in first.text):
        return False  # (no tag: the common case)
    return bool(_CARD_TAG.search(section.title)) or (isinstance(first, Para) and _tag_line(first))


def _tag_line(para: Para) -> bool:
    """``#card`` alone on the first line of a paragraph (the line under a heading)."""
    return _CARD_TAG.fullmatch(para.text.strip().split("\n", 1)[0].strip()) is not None


_ID_LINE = re.compile(r"(?:^|\n)[ \t]*\^[A-Za-z0-9-]+[ \t]*(?:\n|$)")


def _texts(block: Block | Item) -> list[str]:
    """The source text of a block, and of every item and block nested in it."""
    if isinstance(block, ListBlock):
        return [text for item in block.items for text in _texts(item)]
    if isinstance(block, Item):
        return [block.text, *(text for inner in block.blocks for text in _texts(inner))]
    return [block.text] if isinstance(block, Para) else []


def _answer_parts(section: Section) -> tuple[list[str], list[int]]:
    """What a tagged heading's card holds: its blocks and the parts under it, in order, up to the
    block id the plugin wrote under its answer (a part tagged as a card of its own stays out)."""
    parts: list[str] = []
    lines: list[int] = [section.line]

    def walk(current: Section, top: bool) -> bool:
        if not top:
            parts.append(f"**{clean(current.title)}**")
            lines.append(current.line)
        for block in current.blocks:
            if isinstance(block, Para) and block is current.blocks[0] and _tag_line(block):
                lines.extend(block_lines(block))
                rest = block.text.strip().split("\n", 1)[1:]
                if rest and rest[0].strip():
                    parts.append(clean(rest[0]))
                continue
            parts.append(blocks_text([block]))
            lines.extend(block_lines(block))
            if any(_ID_LINE.search(text) for text in _texts(block)):
                return True  # (the plugin's ``^1673814798673`` closes the answer)
        return any(_tagged(sub) or walk(sub, top=False) for sub in current.sections)  # (a tagged part is a card of its own)

    walk(section, top=True)
    return [part for part in parts if part.strip()], lines


def _tagged_heading(state: State, place: Place, section: Section) -> bool:
    """The Flashcards plugin's card (``## What is X? #card``, or ``#card`` on the line under the
    heading): the heading asks, everything under it answers."""
    if not _tagged(section):
        return False
    first = section.blocks[0] if section.blocks else None
    question = clean(_CARD_TAG.sub("", section.title)).strip()
    parts, lines = _answer_parts(section)
    answer = clean("\n\n".join(parts))
    if not plain(question) or not plain(answer):
        state.leave(section.line, "#card heading without an answer under it")
        return True
    reverse = bool(re.search(r"#card[-/]reverse", section.title + (first.text if isinstance(first, Para) else "")))
    card = place.card("explicit", question, answer, line=section.line, key=norm_key(question), raw=section.title, reverse=reverse)
    state.add(card, lines)
    return True


def explicit(state: State) -> None:
    _marked_lists(state)
    for index, node in enumerate(state.nodes):
        block = node.block
        if isinstance(block, Section) and state.free(block.line):
            _tagged_heading(state, node.place, block)
            continue
        if isinstance(block, Para) and state.free(block.line):
            if _obsidian_to_anki(state, index, node.place) or _multiline(state, node.place, block, node.after):
                continue
            if _flashcard(state, node.place, block.text, block.line, _answer_blocks(node.after, block.end)):
                continue
            if "{{c" not in block.text and _answers_a_question(state, index):
                continue  # (its highlights are what the answer stresses, not clozes of their own)
            _lines(state, node.place, block.text, block.line)
        elif isinstance(block, Item) and state.free(block.line):
            _item(state, node.place, block, node.parent)


def _item(state: State, place: Place, item: Item, parent: Item | None = None) -> None:
    if _flashcard(state, place, item.text, item.line, item.blocks):
        return
    before = len(state.cards)
    _lines(state, place, item.text, item.line)
    made = state.cards[before:]
    asked = clean(parent.text) if parent is not None else ""
    if made and len(plain(asked).split()) >= 5 and re.search(r"[.?:：？]$", plain(asked).rstrip()) and not any(
        norm_key(plain(asked)) == norm_key(crumb) for crumb in place.crumbs
    ):  # ``1. A qué clase pertenece la IP.`` over ``30.40.50.60: ||A||.``: the question the answers under it need
        for offset, card in enumerate(made):
            if card.kind == "cloze":
                state.cards[before + offset] = replace(card, front=f"{asked}\n\n{card.front}")
        made = state.cards[before:]
    if len(made) == 1 and made[0].kind == "explicit" and item.blocks:
        # the bullets under an explicit card belong to its answer, never to cards of their own
        state.claim((n for block in item.blocks for n in block_lines(block)), "explicit")
        state.cards[-1] = replace(made[0], back=f"{made[0].back}\n\n{blocks_text(item.blocks)}".strip())
