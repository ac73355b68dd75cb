"""Questions already in the notes, with their answers.

A paragraph that asks (``... What do you recommend?``) followed by its answer; ``Q:``/``A:`` and
``Question:``/``Answer:`` lines, with answer options as bullets between them; ``### What is X?``
headings (a list of options under one, answered by a following ``Correction``/``Answer`` section);
list items that ask, with nested answers, carrying their setup when they are sub-questions.
"""

from __future__ import annotations

import itertools
import re
import textwrap
from collections.abc import Iterable, Iterator, Sequence

from ..cards import Card
from ..outline import Block, Code, Item, ListBlock, Para, Section, Table
from ..text import (
    CJK_CHAR,
    clean,
    defines_then_asks,
    is_course_remark,
    is_explicit_label,
    is_label,
    is_part_number,
    is_question,
    is_task,
    names_a_lecture,
    norm_key,
    plain,
    question_text,
    split_definition,
    split_question,
    without_last_aside,
    without_question_label,
    words,
)
from .common import (
    EXAMPLE_TITLE,
    GLOSS_LABEL,
    Place,
    blocks_text,
    dialogue_text,
    is_explicit,
    items_markdown,
    numbered_answer,
)
from .ruler import State
from .walk import Node, all_items, block_lines, text_lines

_Q = re.compile(r"^\s*(?:\*\*)?(?:Q|Question)(?:\s*\d+)?\s*[:.](?:\*\*)?\s*(?P<text>.*)$", re.IGNORECASE)
_A = re.compile(r"^\s*(?:\*\*)?(?:A|Ans|Answer)\s*[:.](?:\*\*)?\s*(?P<text>.*)$", re.IGNORECASE)
_ANSWER_SECTION = re.compile(
    r"^\W*(?:corrections?|answers?|explanations?|solutions?|reasons?)\b", re.IGNORECASE
)
_ANSWER_WORDS = r"正解|答え|解答|答案|정답|answer|antwort|réponse|respuesta|resposta|risposta"
"""Words that label an answer, in the languages of the notes seen so far."""
ANSWER_LABEL = re.compile(
    rf"^\s*(?:\*\*)?(?:(?:the\s+)?(?:correct|right)\s+)?(?:{_ANSWER_WORDS}|resp|odpowiedź|solution|lösung)(?:\s+is)?"
    r"\s*[:：]\s*(?:\*\*)?\s*",
    re.IGNORECASE,
)
"""``正解：Azure AD Identity Protection``: the label over an answer, not part of it."""
MAX_GAP = 2
"""Blank lines allowed between a question and its answer (and between answer paragraphs)."""


_UNSEEN = re.compile(
    r"\b(?:the|this|these|both) (?:(?:two|following|given|above|below) )?(?:versions? of the )?"
    r"(?:program|procedure|code segment|algorithm|figure|graph|chart|diagram|spreadsheet|"
    r"(?:table|image|data|code) (?:shown|below|above))s?\b|\bsteps? \d+ (?:and|to|through) \d+\b"
    r"|\bspreadsheets? [IVX]+\b|\bfollowing (?:table|code|program|figure)\b",
    re.IGNORECASE,
)
"""A question about something its note does not show (``the program``, ``steps 3 and 4``)."""
_SHOWN = re.compile(r"```|^ {4}\S|!\[|\|.*\|", re.MULTILINE)


_HINTED = re.compile(r"\?\s+(?:think about|think of|consider|hint|remember to|include|mention|be sure to)\b[^?]*$", re.IGNORECASE)
"""``What were the causes …? Think about political, economic, and social factors.``: a question and a hint."""


_BARE_ASK = re.compile(
    r"\W*(?:(?:why|warum|wieso|pourquoi|por ?qu[ée]|perch[ée]|porqu[eê]|dlaczego|czemu|pro[čc]|pre[čc]o|waarom|varf[öo]r|hvorfor|neden|mengapa|kenapa)"
    r"(?:\s+(?:so|not|tak|nie|nicht|pas|no|non|ne))?|how|what|how so|how come|wie|was|comment|c[óo]mo|come|como|jak|почему|зачем|как|为什么|为何|なぜ|왜)\W*",
    re.IGNORECASE,
)


_THEN_ASKS = re.compile(r"\W*(?:그럼|그러면|그렇다면|那么|那麼|それでは|じゃあ)")
"""``그럼 안쓰는 걸까?`` (then is it not used?): the text asking of what it has just said, its subject left behind."""


def _add(state: State, card: Card, lines: Iterable[int]) -> None:
    """A question card, unless it asks about a program, figure or table the card cannot show:
    that one is left with its reason (the student could not answer it with the note closed)."""
    lines = list(lines)
    if _BARE_ASK.fullmatch(plain(card.front)):
        state.leave_all(lines, f"a question that does not say what it asks about: {plain(card.front)[:70]!r}")
        return  # ``WHY?`` alone, its subject in the lines above
    if _UNSEEN.search(plain(card.front)) and not _SHOWN.search(card.front):
        state.leave_all(lines, f"asks about something the note does not show: {plain(card.front)[:70]!r}")
        return
    if _asked_again(card.front, card.back) or (_THE_FOLLOWING.search(plain(card.front)) and _ITEMS_INLINE.match(plain(card.back))):
        state.leave_all(lines, f"a question the note leaves unanswered: {plain(card.front)[:70]!r}")
        return  # ``Nach welcher DIN …?`` over ``o Was ist in dieser Norm festgelegt?``; ``… die folgenden Bauteile?`` over ``o Zahnbürste o …``
    said = [line for line in card.back.split("\n") if line.strip() and not re.match(r"\s*(?:[-*]\s+)?(?:@\S|!\[)", line)]
    if card.back.strip() and not said and re.search(r"^\s*(?:[-*]\s+)?@\S", card.back, re.MULTILINE):
        state.leave_all(lines, f"an answer of only a source and a picture: {plain(card.front)[:70]!r}")
        return  # ``What is Ultrasound Beam?`` / ``@Diagnostic ultrasound: physics and equipment`` / ``![](…beamforming.png)``
    if _gives_away(card.front, card.back):
        state.leave_all(lines, f"the question gives its one-word answer away: {plain(card.front)[:70]!r}")
        return  # ``What is happening when workers … specialize in different tasks?`` / ``**Answer:** Specialization``
    state.add(card, lines)


def _gives_away(front: str, back: str) -> bool:
    """A one-word answer the question already says, the word or its stem (``specialize`` → ``Specialization``)."""
    answer = ANSWER_LABEL.sub("", plain(back).strip(), count=1).strip(" .!*_")
    if not re.fullmatch(r"[^\W\d_]{5,}", answer):
        return False
    said = re.findall(r"[^\W\d_]{5,}", plain(front.split("\n\n")[0]).casefold())  # (not the options shown below it)
    word = answer.casefold()
    for other in said:
        common = next((k for k, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other)))
        if common >= 6 and common >= 0.7 * min(len(word), len(other)):
            return True
    return False


_THE_FOLLOWING = re.compile(
    r"\b(?:the following|folgenden?|siguientes?|suivante?s?|seguintes?|seguenti|volgende)\b", re.IGNORECASE
)
_ITEMS_INLINE = re.compile(r"\s*[o•·▪]\s+\S[^.!?]*?\s[o•·▪]\s+\S[^.!?]*\.?$")
"""``o Zahnbürste o Heckscheinwerfer PKW o …``: the items a question names, typed on one line."""


def _asked_again(front: str, back: str) -> bool:
    """An answer that only asks one more thing (``o Was ist in dieser Norm u.a. festgelegt?``): no answer;
    never a question's translation (``你和肯吵架了吗?`` / ``Did you have a fight with Ken？``)."""
    said = [without_last_aside(plain(line)) for line in back.split("\n") if plain(line)]  # (``… ? (voiture achetée qui brûle)``)
    if len(said) != 1 or not said[0].endswith(("?", "？")) or GLOSS_LABEL.match(said[0]):
        return False
    return bool(CJK_CHAR.search(plain(front))) == bool(CJK_CHAR.search(said[0]))


def _gap(before: Block, after: Block) -> int:
    return after.line - before.end - 1


def _answer_text(block: Block) -> str:
    if isinstance(block, ListBlock):
        return items_markdown(block.items)
    return blocks_text([block])


def _lines_of(blocks: Sequence[Block]) -> list[int]:
    return [line for block in blocks for line in block_lines(block)]


def _following(blocks: Sequence[Block], start: int) -> list[Block]:
    """The answer and its explanation: blocks right after a question, up to the next question."""
    taken: list[Block] = []
    previous = blocks[start - 1]
    for block in blocks[start:]:
        if _gap(previous, block) > MAX_GAP or not isinstance(block, Para | ListBlock):
            break
        first = block.text.strip().split("\n", 1)[0] if isinstance(block, Para) else ""
        if isinstance(block, Para) and (
            is_question(block.text)
            or _Q.match(block.text)
            or (taken and is_label(block.text) and _answer_line(block) is None)  # (``**Answer:** 989, 990`` is no label)
            or ("\n" in block.text.strip() and is_question(first))  # ``¿Qué significa …?`` / its answer: the next question
            or is_part_number(first)  # ``Ejercicio 1.`` over a task: the next part, not an answer
        ):
            break
        taken.append(block)
        previous = block
    return taken


_NUMBERED_LABEL = re.compile(
    r"^\s*(?:\*\*)?(?:quiz|question|problem|exercise|q)\s*#?\d+[.:)]?(?:\*\*)?\s*\n", re.IGNORECASE
)
_RIGHT = re.compile(r"^\s*(?:✅|✔️?|☑️?|\[x\])\s*")
_RIGHT_AFTER = re.compile(r"\s*(?:✅|✔️?|☑️?)\s*$")
"""``- A) `@colors/my_color` ✅``: the right option, ticked after it."""
_CROSSED = re.compile(r"^\s*(?:\*\*)?\((?:x|X)\)\s*")
"""``(x) Franchise``, ``**(x) Franchise**``: an option crossed on a multiple-choice sheet, the right one."""


def _crossing(texts: Sequence[str]) -> list[bool] | None:
    """Which of three options or more are crossed ``(x)``, when some are and some are not; else None."""
    crossed = [_CROSSED.match(text) is not None for text in texts]
    return crossed if len(crossed) >= 3 and any(crossed) and not all(crossed) else None


def _crossed_options(block: ListBlock) -> bool:
    """Three options or more, some crossed ``(x)`` and some not, none with more under it."""
    return _crossing([clean(item.text) for item in block.items]) is not None and not any(item.blocks for item in block.items)


def _uncrossed(text: str) -> str:
    """``**(x) Franchise**`` -> ``Franchise``."""
    bold = text.lstrip().startswith("**")
    said = _CROSSED.sub("", text).strip()
    return said[:-2].rstrip() if bold and said.endswith("**") else said


_WRONG = re.compile(r"^\s*(?:❌|✖️?|✗|❎|\[ \])\s*")
_OPTION = re.compile(r"^(?P<letter>[A-J][.)])?\s*(?P<option>.+)$", re.DOTALL)
_WHY = re.compile(
    r"\s+[-–—]\s+(?=(?:[a-z]|(?:The|This|That|These|Those|It|Although|Because|Refers|Not)\b)\S*(?:\s+\S+){3})"
)
"""Where an option's explanation starts: ``Transport - Network - these lower four layers ...``."""


_BOLD_OPTION = re.compile(r"\*\*(?:[A-J][.)]\s+)?[^*\n]+?\*\*|[A-J][.)]\s+\*\*[^*\n]+?\*\*")
"""``**B. Implement Microsoft Entra Connect**``, ``B. **OpenID Connect**``: an option wholly in bold."""
_OPTION_LETTER = re.compile(r"\s*[A-J][.)]\s")


def _marked_options(block: ListBlock, ticks: bool = False) -> tuple[str, str] | None:
    """Answer options marked right (✅) and wrong (❌), or with ``ticks`` a task list's boxes ticked and not:
    the options to choose from, and the right one(s) with why."""
    items = [clean(item.text) for item in block.items]
    if ticks and any(item.done for item in block.items) and not all(item.done for item in block.items):
        items = [f"[{'x' if item.done else ' '}] {text}" for item, text in zip(block.items, items, strict=True)]  # ``- [x] VPN Gateway``
    if any(_RIGHT_AFTER.search(text) for text in items) and not any(_RIGHT.match(text) for text in items):
        ticked = [_RIGHT_AFTER.search(text) is not None for text in items]
        if len(items) < 3 or any(item.blocks for item in block.items):
            return None  # (a list of two with one ticked is a checklist, not options)
        items = [f"✅ {_RIGHT_AFTER.sub('', text)}" if tick else f"❌ {text}" for text, tick in zip(items, ticked, strict=True)]
    crossed = _crossing(items)
    if crossed is not None and not any(_RIGHT.match(text) or _WRONG.match(text) for text in items):
        items = [f"✅ {_uncrossed(text)}" if found else f"❌ {text}" for text, found in zip(items, crossed, strict=True)]
        # (``- Großhandel`` / ``- **(x) Franchise**``: the right options crossed, as on the exam sheet)
    bold = [_BOLD_OPTION.fullmatch(text) for text in items]
    if len(items) >= 3 and sum(1 for found in bold if found) == 1 and all(_OPTION_LETTER.match(plain(text)) for text in items):
        items = [f"✅ {plain(text)}" if found else f"❌ {text}" for text, found in zip(items, bold, strict=True)]
        # (``- A. Deploy Federation Services`` / ``- **B. Implement Microsoft Entra Connect**``: the right option in bold)
    right = [text for text in items if _RIGHT.match(text)]
    if not right or len(right) + sum(1 for text in items if _WRONG.match(text)) != len(items):
        return None
    options = []
    for text in items:
        match = _OPTION.match(_WRONG.sub("", _RIGHT.sub("", text)))
        assert match is not None
        option = _WHY.split(match.group("option"), maxsplit=1)[0]
        options.append(f"- {match.group('letter') or ''} {option}".replace("-  ", "- "))
    return "\n".join(options), "\n".join(f"- {_RIGHT.sub('', text)}" for text in right)


def _chosen_option(answer: Sequence[Block]) -> tuple[ListBlock, str] | None:
    """A list of options followed by a line that names one of them: the options and that answer."""
    if len(answer) < 2 or not isinstance(answer[0], ListBlock) or not isinstance(answer[1], Para):
        return None
    if _gap(answer[0], answer[1]) > MAX_GAP:
        return None
    said = re.sub(r"^(?:answer|correct answer|ans)\s*[:.-]\s*", "", plain(answer[1].text), flags=re.I)
    names = {plain(item.text).casefold().strip(" .") for item in answer[0].items}
    return (answer[0], clean(answer[1].text)) if said.casefold().strip(" .") in names else None


_ATTRIBUTED = re.compile(r"[.!?][\"”»]?\s+(?:[-–—]{1,2}|~)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:,\s*[^.,\n]{1,40})?\s*$")
"""``Everything is the way it is because it got that way. - Darcy Thompson, biologist``: a saying and who said it."""


def _options_follow(blocks: Sequence[Block], start: int) -> int:
    """How many blocks of lettered options follow a statement (``A. 23`` / ``B. 25`` / …), when they are two
    options or more: the statement is then a quiz's question."""
    count = taken = 0
    for block in blocks[start:]:
        found = _option_lines(block)
        if found is None or (taken and _gap(blocks[start + taken - 1], block) > MAX_GAP):
            break
        count, taken = count + len(found), taken + 1
    return taken if count >= 2 else 0


def _stem_over_options(state: State, place: Place, blocks: Sequence[Block], index: int, taken: int) -> None:
    """``An FTP data transfer connection is established through a TCP port number`` over ``A. 23`` … ``D. 21``: a
    question without its mark, asked with its options when an answer line follows them, else reported."""
    stem, listed = blocks[index], blocks[index + 1 : index + 1 + taken]
    assert isinstance(stem, Para)
    after = blocks[index + 1 + taken] if index + 1 + taken < len(blocks) else None
    said = _answer_line(after) if after is not None and _gap(listed[-1], after) <= MAX_GAP else None
    lines = [*block_lines(stem), *_lines_of(listed)]
    if after is None or not said or not said.strip():
        state.leave_all(lines, f"question without an answer: {plain(stem.text)[:80]!r}")
        return
    lettered = _lettered_answer([*listed, after])  # (``Answer: C``: the option it names; else the answer as written)
    options = lettered[0] if lettered else _listed([option for block in listed for option in _option_lines(block) or []])
    front = f"{clean(stem.text)}\n\n{options}"
    card = place.card("question", front, lettered[1] if lettered else clean(said.strip()), line=stem.line, key=norm_key(stem.text), raw=stem.text)
    _add(state, card, [*lines, *block_lines(after)])


def _options_then_answer(answer: Sequence[Block]) -> tuple[str, str, Sequence[Block]] | None:
    """Options to choose from (a list, or short lines), then a line that gives the answer: the options,
    the answer and the blocks they take."""
    at = next((k for k, block in enumerate(answer) if _answer_line(block) is not None), None)
    if not at:
        return None
    options: list[str] = []
    for block in answer[:at]:
        if isinstance(block, ListBlock) and not any(item.blocks for item in block.items):
            options.extend(clean(item.text) for item in block.items)  # (a task box, ``- [ ] 20``, the outline took off)
        elif isinstance(block, Para) and all(words(plain(line)) <= 6 for line in block.text.split("\n")):
            options.extend(clean(line) for line in block.text.split("\n") if line.strip())
        else:
            return None
    said = _answer_line(answer[at])
    if len(options) < 2 or not said or not said.strip():
        return None
    return "\n".join(f"- {option}" for option in options), clean(said.strip()), answer[: at + 1]


_MARKED_OPTION = re.compile(r"\*\*|__|==|✓|✔|✅|☑|\[[xX]\]|\((?:correct|right|true)\)|\b(?:correct|true|right answer)\b|<mark", re.IGNORECASE)


_POSED = re.compile(
    r"\b(?:we|one|you|i)\s+(?:could|might|may|can|should|would)\s+(?:also\s+)?ask\b|\braises?\s+the\s+question\b"
    r"|\bthe\s+(?:big|central|key|general|main)\s+question\s+(?:is|was)\b",
    re.IGNORECASE,
)
"""``we could ask a more general question``, ``One might ask why …``: the author posing a question a whole
part of the text goes on to answer, not one with an answer below it."""


def _paragraph_question(state: State, place: Place, blocks: Sequence[Block], index: int) -> None:
    para = blocks[index]
    assert isinstance(para, Para)
    answer = _following(blocks, index + 1) if index + 1 < len(blocks) else []
    if not answer:
        state.leave_all(block_lines(para), f"question without an answer: {plain(para.text)[:80]!r}")
        return
    if is_course_remark(para.text):
        state.leave(para.line, f"asks about the notes or the course, not the subject: {plain(para.text)[:60]!r}")
        return  # ``> why is this a stand-alone section?`` over the section's formulas
    if _THEN_ASKS.match(plain(para.text)):
        state.leave_all(block_lines(para), f"a question the prose asks of what it just said: {plain(para.text)[:60]!r}")
        return  # ``그럼 어떻게 해야 할까?`` (then what should we do?) over the answer the text goes on to give
    if is_task(para.text):
        state.leave_all(block_lines(para), f"a question the author has yet to answer: {plain(para.text)[:60]!r}")
        return  # ``Dlaczego?`` / ``#todo`` over what the note goes on to say
    if _POSED.search(plain(para.text)):
        state.leave(para.line, f"a question the text poses, answered by all that follows: {plain(para.text)[:60]!r}")
        return  # ``The author realizes that we could ask a more general question. Why did …?`` over the book's first facts
    if _CHOOSE.search(plain(para.text)) and len(answer) == 1 and isinstance(answer[0], ListBlock) and len(answer[0].items) >= 2 and not any(
        _MARKED_OPTION.search(item.text) for item in answer[0].items
    ):
        state.leave_all([*block_lines(para), *block_lines(answer[0])], f"a quiz whose right options the note does not mark: {plain(para.text)[:60]!r}")
        return  # ``Which of these statements are correct?`` over four statements, none marked: no answer to learn
    if place.crumbs and EXAMPLE_TITLE.search(plain(place.crumbs[-1])) and isinstance(answer[0], Para) and not is_explicit_label(answer[0].text):
        state.leave(para.line, f"an example sentence that asks, not a question the note answers: {plain(para.text)[:60]!r}")
        return  # ``### Example`` / ``Profe, ¿pudiera ir al baño?`` / ``Quisiera un vaso de agua, por favor.``
    if isinstance(answer[0], Para) and _ATTRIBUTED.search(plain(answer[0].text)):
        state.leave(para.line, f"a question the note asks, then a quotation, not its answer: {plain(para.text)[:60]!r}")
        return  # ``> Are zebras white animals with black stripes …?`` / ``> Everything is the way it is … - Darcy Thompson``
    if not state.free(*block_lines(answer[0])):
        state.leave_all(block_lines(para), f"what answers it is on cards of its own: {plain(para.text)[:60]!r}")
        return  # (``O que caracteriza a fase adulta?`` over the columns an exercise matches, each pair a card)
    asked = without_question_label(_NUMBERED_LABEL.sub("", clean(para.text)))  # ``Quiz 2``, ``**Question:**``: labels, not it
    chosen = _chosen_option(blocks[index + 1 : index + 3])
    if chosen is not None:  # options, then the one the author gives as the answer (``> Genetics``)
        listed, named = chosen
        front = f"{asked}\n\n{_lettered(listed.items)}"
        card = place.card("question", front, named, line=para.line, key=norm_key(para.text), raw=para.text)
        _add(state, card, [*block_lines(para), *_lines_of(blocks[index + 1 : index + 3])])
        return
    if (hidden := _options_then_answer(answer)) is not None:
        options, said, used = hidden  # ``- [ ] 20`` / ``- [ ] 989`` … then ``**Answer:** 989, 990``
        card = place.card("question", f"{asked}\n\n{options}", said, line=para.line, key=norm_key(para.text), raw=para.text)
        _add(state, card, [*block_lines(para), *_lines_of(used)])
        return
    if not isinstance(answer[0], Para):
        answer = answer[:1]  # a list answers it; what follows is the note going on
    if isinstance(answer[0], ListBlock) and (marked := _marked_options(answer[0])) is not None:
        options, right = marked
        card = place.card(
            "question", f"{asked}\n\n{options}", right, line=para.line, key=norm_key(para.text), raw=para.text
        )
        _add(state, card, [*block_lines(para), *_lines_of(answer)])
        return
    back, extra = _answer_text(answer[0]), "\n\n".join(_answer_text(b) for b in answer[1:])
    card = place.card(
        "question",
        asked,
        back,
        line=para.line,
        key=norm_key(para.text),
        raw=para.text,
        extra=extra,
    )
    _add(state, card, [*block_lines(para), *_lines_of(answer)])


def _qa_lines(blocks: Sequence[Block]) -> Iterator[tuple[int, str, Block]]:
    for block in blocks:
        if isinstance(block, Para):
            for offset, text in enumerate(block.text.split("\n")):
                yield block.line + offset, text, block
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield item.line, "\x00" + items_markdown([item]), block


def _qa_pairs(state: State, place: Place, blocks: Sequence[Block]) -> None:
    """``Q: ...`` (options as bullets) ``A: ...``, in one paragraph or in consecutive blocks."""
    question: tuple[int, str] | None = None
    options: list[str] = []
    claimed: list[int] = []
    for line, text, block in _qa_lines(blocks):
        if text.startswith("\x00"):
            if question is not None:
                options.append(text[1:])
                claimed.extend(block_lines(block))
            continue
        if (match := _Q.match(text)) is not None:
            if question is not None:
                state.leave(question[0], "Q: without an A:")
            question, options, claimed = (line, match.group("text")), [], [line]
        elif (match := _A.match(text)) is not None and question is not None:
            qline, qtext = question
            front = "\n\n".join([clean(qtext), *options]) if options else clean(qtext)
            front, back = _resolve(clean(match.group("text")), front)
            card = place.card("question", front, back, line=qline, key=norm_key(qtext), raw=qtext)
            _add(state, card, [*claimed, line])
            question = None
        elif question is not None and text.strip():
            question = (question[0], f"{question[1]}\n{text}")
            claimed.append(line)
    if question is not None:
        state.leave(question[0], "Q: without an A:")


_LETTER_OPTION = re.compile(r"^\s*(?:\*\*)?\(?(?P<letter>[A-Ja-j])\s*[.)](?:\*\*)?\s+(?P<option>\S.*)$")
_ANSWER_LETTERS = re.compile(
    r"\(?[A-Ja-j]\)?(?:\s*(?:,|&|/|\+|\band\b|\bund\b|\bet\b|\be\b|\by\b|\ben\b|\bdan\b)?\s*\(?[A-Ja-j]\)?)*"
)


def _option_lines(block: Block) -> list[tuple[str, str]] | None:
    """A block that is only lettered answer options (``A. Capital``), one per line or bullet."""
    if isinstance(block, Para):
        lines = [clean(line) for line in block.text.split("\n") if line.strip()]
    elif isinstance(block, ListBlock) and not any(item.blocks for item in block.items):
        lines = [clean(item.text) for item in block.items]
    else:
        return None
    matches = [_LETTER_OPTION.match(line) for line in lines]
    if not lines or not all(matches):
        return None
    return [(m.group("letter"), m.group("option").strip()) for m in matches if m]


def _answered(line: str) -> str | None:
    """What a line gives as the answer (``Resposta: B e D``, ``A: b``, ``Solution: c)``), or None."""
    label = ANSWER_LABEL.match(line) or _A.match(line)
    if label is None:
        return None
    return line[label.end() :] if label.re is ANSWER_LABEL else label.group("text")


def _answer_line(block: Block) -> str | None:
    """What a paragraph's first line gives as the answer, or None."""
    return _answered(block.text.split("\n", 1)[0]) if isinstance(block, Para) else None


def _chosen(answer: str, options: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The options an answer line names: by letter (``B e D``) or by their text (``Sim``)."""
    answer = plain(answer).strip(" .")
    if _ANSWER_LETTERS.fullmatch(answer):
        letters = {letter.upper() for letter in re.findall(r"(?<![^\W\d_])[A-Ja-j](?![^\W\d_])", answer)}
        return [option for option in options if option[0].upper() in letters]
    return [option for option in options if plain(option[1]).casefold().strip(" .") == answer.casefold()]


def _in_sequence(options: Sequence[tuple[str, str]]) -> bool:
    letters = "".join(letter.upper() for letter, _ in options)
    return len(options) >= 2 and letters == "ABCDEFGHIJ"[: len(options)]


def _listed(options: Sequence[tuple[str, str]]) -> str:
    return "\n".join(f"{letter}. {option}" for letter, option in options)


def _lettered_answer(blocks: Sequence[Block]) -> tuple[str, str] | None:
    """Blocks that are lettered options then a line naming the right ones (``a. EC2`` …
    ``Answer: b``): the options as the exam shows them, and the options named."""
    if len(blocks) < 2:
        return None
    answer = _answer_line(blocks[-1])
    if answer is None:
        return None
    options: list[tuple[str, str]] = []
    for block in blocks[:-1]:
        found = _option_lines(block)
        if found is None:
            return None
        options.extend(found)
    chosen = _chosen(answer, options) if _in_sequence(options) else []
    return (_listed(options), _listed(chosen)) if chosen else None


def _resolve(answer: str, asked: str) -> tuple[str, str]:
    """``A: B`` under a question whose lines list ``A) EC2``, ``B) S3``: the question without its
    options, the options, and the option the answer names (else the question and answer as they are)."""
    lines = asked.split("\n")
    start = next((i for i, line in enumerate(lines) if _LETTER_OPTION.match(clean(line))), None)
    if start is None or not _ANSWER_LETTERS.fullmatch(plain(answer).strip(" .")):
        return asked, answer
    options = [(m.group("letter"), m.group("option").strip()) for line in lines[start:] if (m := _LETTER_OPTION.match(clean(line)))]
    chosen = _chosen(answer, options)
    if len(options) != len(lines[start:]) or not _in_sequence(options) or not chosen:
        return asked, answer
    question = "\n".join(lines[:start]).strip()
    return f"{question}\n\n{_listed(options)}", _listed(chosen)




_ARROW_OPTION = re.compile(r"^\s*(?P<mark>-+>|=+>|→|✓|✔)?\s*(?P<letter>[A-E])[.)]?\s+(?P<option>\S.*?)\s*$")


def arrowed_question(text: str) -> tuple[str, str] | None:
    """``2 Regulations … are most likely needed because:`` / ``A power is …`` / ``B the same …`` /
    ``-> C a high number of interconnections …``: a question whose chosen option is marked with an
    arrow (or a tick), asked with all its options."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 3:
        return None
    found = [_ARROW_OPTION.match(clean(line)) for line in lines[1:]]
    if not all(found):
        return None
    options = [(m["letter"], m["option"]) for m in found if m]
    chosen = [(m["letter"], m["option"]) for m in found if m and m["mark"]]
    if not chosen or len(chosen) == len(options) or not _in_sequence(options) or _ARROW_OPTION.match(clean(lines[0])):
        return None
    question = re.sub(r"^\d{1,3}[.)]?\s+", "", clean(lines[0]))  # (``2 Regulations …``: the question's number)
    return f"{question}\n\n{_listed(options)}", _listed(chosen)


def packed_question(text: str) -> tuple[str, str] | None:
    """A question, its lettered options and the line that answers it, typed as one block of lines
    (``Question 3`` / ``The Internet is a packet-switched network.`` / ``a) True`` / ``b) False`` /
    ``Answer: a) True``): the question with its options, answered by the options named. A
    true-or-false statement is asked, never taught as a fact (it may be the false one)."""
    lines = [line for line in text.split("\n") if line.strip()]
    solution = _answered(clean(lines[-1])) if len(lines) >= 4 else None
    if solution is None:
        return None
    start = len(lines) - 1
    while start > 0 and _LETTER_OPTION.match(clean(lines[start - 1])):
        start -= 1
    asked = [line for line in lines[:start] if not is_part_number(line)]  # (``Question 3`` over it)
    options = [(m.group("letter"), m.group("option").strip()) for line in lines[start:-1] if (m := _LETTER_OPTION.match(clean(line)))]
    if not asked or not _in_sequence(options):
        return None
    refers = any(re.fullmatch(r"\d+(?:\s*(?:,|&|and)\s*\d+)*\s+only", plain(option), re.IGNORECASE) for _, option in options)
    if refers and not any(re.match(r"\s*\d+[.)]\s", line) for line in asked):
        return None  # ``d) 4 only`` about numbered statements this block does not hold
    answer = plain(solution).strip(" .")
    letters = {letter.upper() for letter in re.findall(r"(?:^|[,;&]\s*|\band\s+)\(?([A-Ja-j])\s*[.)]", answer)}
    chosen = [option for option in options if option[0].upper() in letters] if letters else _chosen(answer, options)
    if not chosen:
        return None
    question = "\n".join(line.strip() for line in asked)
    return f"{question}\n\n{_listed(options)}", _listed(chosen)


def _lettered_questions(state: State, places: dict[int, Place], blocks: Sequence[Block]) -> None:
    """A question, its options lettered ``A.`` to ``J.`` (lines, bullets or quoted lines), then an
    answer line that names the right ones (``Resposta: B e D``): the question with its options,
    answered by the options named."""
    start = 0
    for index, block in enumerate(blocks):
        if not isinstance(block, Para) or _option_lines(block) is not None:
            continue  # (``A. Capital`` is an option, not ``A.`` over an answer)
        answer = _answer_line(block)
        if answer is None:
            continue
        cut = index
        options: list[tuple[str, str]] = []
        while cut > start and (found := _option_lines(blocks[cut - 1])) is not None:
            options = found + options
            cut -= 1
        setup = list(blocks[start:cut])
        start = index + 1
        if not _in_sequence(options) or not setup:
            continue
        chosen = _chosen(answer, options)
        lines = [*_lines_of(setup), *_lines_of(blocks[cut:index]), block.line]
        if not chosen or not all(state.free(line) for line in lines):
            continue
        asked = blocks_text(setup)
        key_text = setup[-1].text if isinstance(setup[-1], Para) else asked
        card = places[id(setup[0])].card(
            "question",
            f"{asked}\n\n{_listed(options)}",
            _listed(chosen),
            line=setup[0].line,
            key=norm_key(key_text),
            raw=key_text,
        )
        _add(state, card, lines)


def _footnote_questions(state: State, places: dict[int, Place], blocks: Sequence[Block]) -> None:
    """``O neuroepitélio é … [^225151]`` then ``[^225151]: O que é um neuroepitélio?``: a question
    put in a footnote, answered by the statement that points to it."""
    for index, block in enumerate(blocks):
        if not isinstance(block, Para) or not block.footnote or not is_question(block.text):
            continue
        mark = f"[^{block.footnote}]"
        stated = next((found for b in reversed(blocks[:index]) if (found := _pointing(b, mark)) is not None), None)
        if stated is None:
            continue
        held = list(block_lines(stated)) if isinstance(stated, Para) else list(text_lines(stated))
        if not state.free(*held, *block_lines(block)) or id(stated) not in places:
            continue
        asked = question_text(block.text)
        card = places[id(stated)].card(
            "question", asked, clean(stated.text), line=block.line, key=norm_key(asked), raw=block.text
        )
        _add(state, card, [*held, *block_lines(block)])


def _pointing(block: Block, mark: str) -> Para | Item | None:
    """The paragraph or list item (at any depth) whose text carries the footnote mark."""
    if isinstance(block, Para):
        return block if mark in block.text and not block.footnote else None
    if isinstance(block, ListBlock):
        for item in block.items:
            if mark in item.text:
                return item
            for inner in item.blocks:
                if (found := _pointing(inner, mark)) is not None:
                    return found
    return None


_LABELLED_ANSWER = re.compile(
    rf"^\s*(?:`|\*\*)?(?:{_ANSWER_WORDS}|ans)(?:`|\*\*)?\s*[:：]?\s*(?:`|\*\*)?\s+(?P<answer>\S.*)$",
    re.IGNORECASE,
)
"""`` `정답`  AJAX``, ``Answer: HTTP``: a paragraph that only gives an answer (not ``Solution:``, which
may follow a statement of a problem)."""
_EXAM_NUMBER = re.compile(r"^\s*(?:\d{1,3}\s*번|문제\s*\d{1,3}|Q\s*\d{1,3}|\d{1,3})\s*[.):]\s*", re.IGNORECASE)


def _labelled_answers(state: State, places: dict[int, Place], blocks: Sequence[Block]) -> None:
    """A question set out as an exam does: the question (often not worded as one: ``1번. … 용어를 쓰시오``)
    in one paragraph or bullet, then a paragraph that only gives the answer under its label
    (```정답`  XML``, ``Answer: XML``). The label shows the block before it was a question."""
    for index, block in enumerate(blocks[:-1]):
        after = blocks[index + 1]
        if not isinstance(after, Para) or "\n" in after.text.strip() or not state.free(after.line):
            continue
        answer = _LABELLED_ANSWER.match(plain(after.text))
        if answer is None or _gap(block, after) > MAX_GAP:
            continue
        if isinstance(block, Para):
            asked, lines, place = clean(block.text), block_lines(block), places.get(id(block))
        elif isinstance(block, ListBlock) and len(block.items) == 1 and not block.items[0].blocks:
            item = block.items[0]
            asked, lines, place = clean(item.text), text_lines(item), places.get(id(item))
        else:
            continue
        if place is None or not all(state.free(line) for line in lines) or is_explicit(asked):
            continue
        if _LETTER_OPTION.match(asked) or _ANSWER_LETTERS.fullmatch(answer.group("answer").strip()):
            continue  # ``D. Uma assinatura`` / ``Resposta: D``: the last option of a question read elsewhere
        asked = _EXAM_NUMBER.sub("", asked).strip()
        if not asked:
            continue
        card = place.card(
            "question", asked, answer.group("answer").strip(), line=lines[0], key=norm_key(asked), raw=asked
        )
        _add(state, card, [*lines, after.line])


_TASK = re.compile(
    r"\W*(?:describe|explain|define|name|list|give an example|write down|describa|explique|defina|enumere|escriba"
    r"|d[eé] un ejemplo|mencione|descreva|cite|nenne|nennen sie|erkläre|erklären sie|beschreibe|beschreiben sie"
    r"|décrivez|expliquez|donnez un exemple|citez|descrivi|spiega|elenca|fornisci un esempio)\b",
    re.IGNORECASE,
)
"""A prompt set as a task (``Escriba un ejemplo de una idea *adventicia*``): a question without its mark."""


def _numbered_prompts(state: State, places: dict[int, Place], blocks: Sequence[Block]) -> None:
    """``1. ¿Qué es …?`` (or ``1. Escriba un ejemplo de …``), then its answer as a paragraph of its own,
    then ``2. …`` and its answer: each numbered question answered by the paragraph under it."""
    for index, block in enumerate(blocks[:-1]):
        answer = blocks[index + 1]
        if not isinstance(block, ListBlock) or len(block.items) != 1 or not isinstance(answer, Para):
            continue
        item = block.items[0]
        asked = plain(item.text)
        if item.blocks or not (is_question(item.text) or _TASK.match(asked)) or answer.line > item.end + 2:
            continue
        if is_question(answer.text) or _TASK.match(plain(answer.text)) or not state.free(item.line, answer.line):
            continue
        if is_question(answer.text.strip().split("\n", 1)[0]) or item.task:
            continue  # ``¿Qué significa …?`` / ``sticky bit``: the next question; ``- [x] …``: a task done, not a quiz
        card = places[id(item)].card(
            "question", question_text(item.text), clean(answer.text), line=item.line, key=norm_key(item.text), raw=item.text
        )
        _add(state, card, [*text_lines(item), *block_lines(answer)])


TASK_RUN = 2
"""Numbered tasks each followed by its commands, at least this many in a row: an exam's practice tasks."""


def _numbered_tasks(state: State, places: dict[int, Place], blocks: Sequence[Block]) -> None:
    """``2. A web server running on non standard port 82 is having issues …`` over a ``console`` block
    of the commands that fix it, then ``3. Create a group named "manager" …`` and its commands: each
    task is asked, and its commands are the answer (not clozes of the task's names and numbers)."""
    pairs = []
    for index, block in enumerate(blocks[:-1]):
        answer = blocks[index + 1]
        if not (isinstance(block, ListBlock) and block.ordered and len(block.items) == 1 and isinstance(answer, Code)):
            continue
        item = block.items[0]
        if item.blocks or answer.line > item.end + 2 or answer.text.startswith("$$") or item.task:
            continue
        pairs.append((item, answer))
    if len(pairs) < TASK_RUN:
        return
    for item, answer in pairs:
        if not state.free(item.line, answer.line):
            continue
        card = places[id(item)].card(
            "question", question_text(item.text), answer.text, line=item.line, key=norm_key(item.text), raw=item.text
        )
        _add(state, card, [*text_lines(item), *block_lines(answer)])


STEM_RUN = 3
"""A sentence left open (``La multidifusión en una red de comunicaciones permite:``), then its one
answer as a bullet, at least this many times in a row: a bank of quiz questions, each with its answer."""


def _stem_answers(state: State, places: dict[int, Place], blocks: Sequence[Block]) -> None:
    """``Sobre el protocolo de encaminamiento BGP es cierto que,`` over ``- Los routers BGP disponen de …``,
    then the next stem and its answer: each stem is asked and its bullet answers it (not clozes of the
    stem's names, nor an answer read as the next stem's term)."""
    pairs = []
    for index, block in enumerate(blocks[:-1]):
        answer = blocks[index + 1]
        if not (isinstance(block, Para) and isinstance(answer, ListBlock) and len(answer.items) == 1):
            continue
        item, stem = answer.items[0], plain(block.text).rstrip()
        if item.blocks or item.task or answer.line > block.end + 2 or stem.endswith((".", "。", "!")) or words(stem) > 100 or words(plain(item.text)) > 60:
            continue
        if words(stem) < 5 and not is_question(block.text):
            continue  # ``**Kinesis**`` over ``- real-time streaming``: a label over its point, not a quiz's stem
        pairs.append((block, item))
    if len(pairs) < STEM_RUN:
        return
    for para, item in pairs:
        if is_question(para.text) or not state.free(*block_lines(para), item.line):
            continue  # (``¿En qué parte de un paquete IPv6 …?`` over its answer: a question, read as one)
        asked = question_text(clean(para.text)).rstrip(" ,")  # (``**2. GoF patterns — which …?**``: its number and bold dropped)
        asked = asked if asked.endswith((":", "：", "…", "...")) or "?" in asked or "？" in asked else f"{asked}:"
        card = places[id(para)].card("question", asked, clean(item.text), line=para.line, key=norm_key(para.text), raw=para.text)
        _add(state, card, [*block_lines(para), *text_lines(item)])


_ANSWER_ITEM = re.compile(rf"\W*(?:{_ANSWER_WORDS}|answers|solution|lösung)\W*", re.IGNORECASE)


def _scenario_answers(state: State, places: dict[int, Place], blocks: Sequence[Block]) -> None:
    """``- NASA scientist is trying to upload …`` / ``- Image size is 3GB;`` / ``- How would AWS charge
    this transfer?`` / ``- Answer:`` over its points: a scenario and its question, then the answer.
    The card asks the whole scenario (its question alone names nothing) and answers with the points."""
    for block in blocks:
        if not isinstance(block, ListBlock):
            continue
        items = block.items
        for index, item in enumerate(items):
            if index == 0 or not item.blocks or not _ANSWER_ITEM.fullmatch(plain(item.text)):
                continue
            setup = items[:index]
            if not any(is_question(each.text) for each in setup) or any(each.blocks for each in setup):
                continue
            lines = [line for each in setup for line in text_lines(each)]
            answer = blocks_text(item.blocks)
            if not state.free(*lines, item.line) or not answer.strip():
                continue
            front = "\n".join(f"- {clean(each.text)}" for each in setup)
            card = places[id(item)].card("question", front, answer, line=setup[0].line, key=norm_key(front), raw=front)
            _add(state, card, [*lines, *text_lines(item), *_lines_of(item.blocks)])
            break


_GLOSSED_LINE = re.compile(r"[^\n?]{1,60}\?\s+[-–—]\s+[^\s\-][^\n]{0,80}")
"""``Wie geht es dir? - How are you?``: a question in one language, a dash, what it means in another."""


def _blocks(state: State, places: dict[int, Place], blocks: Sequence[Block]) -> None:
    _numbered_tasks(state, places, blocks)
    _stem_answers(state, places, blocks)
    _scenario_answers(state, places, blocks)
    paras = [b for b in blocks if isinstance(b, Para)]
    if not paras:
        return
    _numbered_prompts(state, places, blocks)
    _footnote_questions(state, places, blocks)
    _lettered_questions(state, places, blocks)
    if any(_Q.match(t) for b in paras for t in b.text.split("\n")):
        _qa_pairs(state, places[id(paras[0])], blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, Para) or not state.free(block.line):
            continue
        place = places[id(block)]
        if "\n" in block.text and all(_GLOSSED_LINE.fullmatch(line.strip()) for line in block.text.split("\n") if line.strip()):
            continue  # ``Wer? - Who?`` / ``Wie? - How?`` / …: a phrase list, each line a phrase and what it means
        if dialogue_text(block.text):
            continue  # ``ボブ　：　アリスは学生？`` / ``アリス：　うん、トムも学生``: a dialogue that shows the grammar, reported as one
        if _separator_card(state, places, blocks, index):
            continue
        if (packed := packed_question(block.text) or arrowed_question(block.text)) is not None:
            question, answer = packed
            card = place.card("question", question, answer, line=block.line, key=norm_key(question), raw=block.text)
            _add(state, card, block_lines(block))
            continue
        inline = split_question(block.text)
        if inline is not None:
            question, answer = inline
            held = list(block_lines(block))
            after = blocks[index + 1 : index + 3]
            if (  # ``POCT = Point of care Test`` / ``Bsp:`` over the examples: the list is the answer's end
                len(after) == 2
                and isinstance(after[0], Para)
                and isinstance(after[1], ListBlock)
                and after[0].line == block.end + 1
                and after[1].line == after[0].end + 1
                and plain(after[0].text).rstrip().endswith(":")
                and words(plain(after[0].text)) <= 3
                and state.free(*block_lines(after[1]))
            ):
                answer = f"{answer}\n\n{clean(after[0].text)}\n{blocks_text([after[1]])}"
                held = [*held, *block_lines(after[0]), *block_lines(after[1])]
            card = place.card(
                "question", question, answer, line=block.line, key=norm_key(question), raw=block.text
            )
            _add(state, card, held)
        elif (is_question(block.text) and not defines_then_asks(block.text)) or (
            plain(block.text).rstrip().endswith(":")
            and index + 1 < len(blocks)
            and _options_then_answer(_following(blocks, index + 1)) is not None
        ) or (
            index + 1 < len(blocks)
            and isinstance(options := blocks[index + 1], ListBlock)
            and _crossed_options(options)
        ):  # (``DHCP runs on:`` over options, then ``**Answer:** UDP port 67 and 68``; ``**Eine gelungene Abstimmung …**`` over options, some crossed: a quiz question)
            _paragraph_question(state, place, blocks, index)
        elif _option_lines(block) is None and (taken := _options_follow(blocks, index + 1)):
            _stem_over_options(state, place, blocks, index, taken)
    _labelled_answers(state, places, blocks)


def _separator_card(state: State, places: dict[int, Place], blocks: Sequence[Block], index: int) -> bool:
    """``9,9`` / ``?`` / ``Split against dealer 2 through 9, except for 7, otherwise stand.`` (and its table):
    a flashcard written front, a line of only ``?``, then back, as markdown-flashcards decks are."""
    block = blocks[index]
    if not isinstance(block, Para) or block.text.strip() != "?" or index == 0 or index + 1 >= len(blocks):
        return False
    front, back = blocks[index - 1], blocks[index + 1]
    if not isinstance(front, Para) or not isinstance(back, Para) or not state.free(*block_lines(front), *block_lines(back)):
        return False
    held = [*block_lines(front), *block_lines(block), *block_lines(back)]
    answer = clean(back.text)
    if index + 2 < len(blocks) and isinstance(shown := blocks[index + 2], Table) and state.free(*block_lines(shown)):
        answer = f"{answer}\n\n{blocks_text([shown])}"  # (the row of the chart the answer reads)
        held.extend(block_lines(shown))
    place = places[id(front)]
    card = place.card("question", clean(front.text), answer, line=front.line, key=norm_key(front.text), raw=front.text)
    _add(state, card, held)
    return True


def _asks(block: Block) -> bool:
    """A block that starts another question (or a label over something else)."""
    if isinstance(block, Para):
        first = block.text.split("\n", 1)[0]
        if _A.fullmatch(first.strip()) and not is_question(block.text):
            return False  # ``A:`` alone over the answer's list: the answer's label, not another question's
        return (
            is_question(block.text)
            or bool(_Q.match(first))
            or is_explicit_label(block.text)
            or split_question(block.text) is not None
        )
    if isinstance(block, ListBlock):
        return any(is_question(item.text) or split_question(item.text) is not None for item in block.items)
    return False


def _bare_name(text: str) -> bool:
    """``Pressure Groups``: a name alone on its line, over what is said of it (no stop, no colon, no verb)."""
    line = plain(text).strip()
    return "\n" not in line and 1 <= words(line) <= 4 and not re.search(r"[.:;!?=]$", line) and is_label(text)


DETAIL_ITEMS = 6
"""Items (nested ones counted) a list under a question's one-sentence answer needs to be details of
their own rather than part of the answer."""


def _answered_then_detailed(own: Sequence[Block]) -> bool:
    """A question answered by its first paragraph, a sentence that leads into nothing, then a long
    list of details (``Can be found on windows using ipconfig``, ``Router uses DHCP …``): the answer
    is the sentence; the details are cards of their own, never a dump under the question."""
    if len(own) < 2 or not isinstance(own[0], Para) or not isinstance(own[1], ListBlock):
        return False
    said = plain(own[0].text).strip()
    if said.endswith((":", "：")) or words(said) < 5 or "\n" in own[0].text.strip():
        return False
    count = sum(1 for block in own[1:] if isinstance(block, ListBlock) for _ in all_items(block.items))
    nested = any(item.children for block in own[1:] if isinstance(block, ListBlock) for item in block.items)
    return count >= DETAIL_ITEMS and nested


def _own_answer(blocks: Sequence[Block]) -> list[Block]:
    """What answers a question heading: its blocks up to the next question or label."""
    own: list[Block] = []
    for block in blocks:
        if own and _asks(block):
            break
        own.append(block)
    return own


def _before_rule(state: State, blocks: list[Block]) -> list[Block]:
    """An answer's blocks up to a thematic break (``---``): what follows the break is another part (a recap
    at the end of the note), not the answer."""
    rules = state.outline.rules
    for index in range(1, len(blocks)) if rules else ():
        if any(max(block_lines(blocks[index - 1])) < rule < blocks[index].line for rule in rules):
            return blocks[:index]
    return blocks


def _lettered(items: Sequence[Item]) -> str:
    """Answer options as the exam shows them, so that "I picked B" in an answer means something."""
    letters = "ABCDEFGHIJ"
    return "\n".join(
        f"{letters[i]}. {clean(item.text)}" if i < len(letters) else f"- {clean(item.text)}"
        for i, item in enumerate(items)
    )


def _options(blocks: Sequence[Block]) -> ListBlock | None:
    """A heading's blocks that are only a list of answer options (no nesting)."""
    if len(blocks) == 1 and isinstance(blocks[0], ListBlock):
        items = blocks[0].items
        if len(items) >= 2 and not any(item.blocks for item in items):
            return blocks[0]
    return None


_CHOOSE = re.compile(
    r"\b(?:which of the following|which of these|which one of these|choose|select|true or false|richtig oder falsch|vrai ou faux"
    r"|verdadero o falso|vero o falso|verdadeiro ou falso|welche der folgenden|laquelle|lequel"
    r"|cuál de las siguientes|quale delle seguenti|qual das seguintes"
    r"|selecciona|seleccione|elige|escoge|sélectionnez|choisissez|wähle|wählen sie|seleziona|scegli|selecione|escolha)\b",
    re.IGNORECASE,
)


def _multiple_choice(question: str, items: Sequence[Item]) -> bool:
    """A list under a question heading is its answer options, not its answer, when the options are
    lettered or ticked (``A. Paris``, ``- [ ] Paris``) or the question asks to choose among them;
    "What is SQL?" over four bullets is answered by them."""
    if any(_LETTER_OPTION.match(clean(item.text)) or item.task for item in items):
        return True
    return _CHOOSE.search(plain(question)) is not None


def _defines_terms(blocks: Sequence[Block]) -> bool:
    """A list of six or more terms, each with its definition: the heading's question is answered
    by the terms, and each is its own card (one card of nine definitions asks too much)."""
    if len(blocks) != 1 or not isinstance(blocks[0], ListBlock) or len(blocks[0].items) < 6:
        return False
    defined = [split_definition(item.text) for item in blocks[0].items]
    return all(found is not None and found.body and words(plain(found.body)) >= 4 for found in defined)


_BOLD_TERM = re.compile(r"\*\*[^*\n]{2,60}\*\*|__[^_\n]{2,60}__")


def _names_terms(block: Block) -> bool:
    """A paragraph or a list that sets terms in bold: each is a card of its own."""
    if isinstance(block, Para):
        return _BOLD_TERM.search(block.text) is not None
    return isinstance(block, ListBlock) and any(_BOLD_TERM.search(item.text) for item in block.items)


_QUESTION_TITLES = frozenset(["question", "frage", "pregunta", "pergunta", "domanda", "vraag", "문제", "질문", "问题", "問題", "q"])


_BLANK = re.compile(r"[\s\\*_.…\-–—]*")


def _left_blank(section: Section) -> bool:
    """A heading over nothing but a dash or dots: a place the author kept for something not written."""
    return not section.sections and all(
        (isinstance(block, Para) and _BLANK.fullmatch(block.text) is not None)
        or (isinstance(block, ListBlock) and all(_BLANK.fullmatch(item.text) and not item.blocks for item in block.items))
        for block in section.blocks
    )


def _asked_under_label(section: Section) -> tuple[str, str, int] | None:
    """``### 문제`` over the question (a paragraph, or lines set off as code, and what it shows), then its
    answer in a paragraph of its own (``> XSS``): the question the heading labels, and its answer."""
    title = re.sub(r"[\s\d.:#*_()]+$", "", plain(section.title)).strip(" *_:").casefold()
    blocks = section.blocks
    if title not in _QUESTION_TITLES or not all(map(_left_blank, section.sections)) or not 2 <= len(blocks) <= 4:
        return None  # (``#### Resposta professor:`` over ``\-``: a place kept for the teacher's answer)
    answer = blocks[-1]
    if len(blocks) == 2 and isinstance(blocks[0], Para) and isinstance(answer, ListBlock) and 2 <= len(answer.items) <= 6:
        marked = [item for item in answer.items if _MARKED_OPTION.match(item.text) and not item.blocks]
        if len(marked) != 1 or any(item.blocks for item in answer.items):
            return None  # (``- Verdadeiro`` / ``- **Falso**``: the option the author marked is the answer)
        options = "\n".join(f"- {plain(item.text).strip()}" for item in answer.items)
        return f"{clean(blocks[0].text)}\n\n{options}", plain(marked[0].text).strip(), answer.end
    asked = [block for block in blocks[:-1] if isinstance(block, Para | Code)]
    if not isinstance(answer, Para) or words(plain(answer.text)) > 30 or len(asked) != len(blocks) - 1:
        return None
    if isinstance(asked[0], Code) and asked[0].text.lstrip().startswith(("```", "~~~", "$$")):
        return None  # (a fenced block first: code to read, not the question's words)
    if isinstance(asked[0], Para) and words(plain(re.sub(r"!\[[^\]]*\]\([^)]*\)", "", asked[0].text))) < 3:
        return None  # (``![Q1](images/q1.png)``: the question is a picture the card cannot ask)
    parts = [
        textwrap.dedent(block.text).strip()
        if isinstance(block, Code) and not block.text.lstrip().startswith(("```", "~~~"))
        else block.text.strip()
        for block in asked
    ]
    if isinstance(asked[0], Code):
        parts[0] = " ".join(line.strip() for line in parts[0].split("\n"))  # the question's lines, set off as code
    return "\n\n".join(parts), clean(answer.text), answer.end


_TASK_TITLES = _QUESTION_TITLES | {"task", "exercise", "aufgabe", "übung", "ejercicio", "exercice", "exercício", "esercizio"}
_SOLUTION_LABEL = re.compile(
    r"^[*_]*(?:solution|answer|lösung|antwort|solución|respuesta|resposta|réponse|soluzione|risposta|解答|答案|정답)s?[*_]*"
    r"[ \t]*:?[ \t]*[*_]*(?::[ \t]*)?(?:\\)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""``**Solution :**`` on a line of its own (what follows it, in its paragraph or below it, is the answer)."""
_NOTE_LABEL = re.compile(r"[*_]*(?:notes?|hints?|tips?|remarks?|hinweise?|nota|remarque)[*_]*[ \t]*:?[ \t]*[*_]*(?::[ \t]*)?$", re.IGNORECASE)


_DEFINED_QUESTION = re.compile(
    r"(?P<ask>(?:¿|(?i:what|which|why|how|when|where|who|para qu[eé]|qu[eé]|c[oó]mo|cu[aá]l(?:es)?|por qu[eé]|cu[aá]ndo|d[oó]nde"
    r"|o que|por que|quais|was|wie|warum|welche[rsn]?|wozu|pourquoi|comment|quel(?:le)?s?)\s)[^\n]{8,200})\n:[ \t]+(?P<reply>\S.*)",
    re.DOTALL,
)
"""``Para que sirve `.fit()` en Tensorflow`` over ``: Para alimentarle …``: a question in a definition list, asked
without its mark, its answer the definition."""


def _task_with_solution(section: Section) -> tuple[str, str, str, int] | None:
    """``## Question : 2`` over the task (``Set the node … as unavailable``), then ``**Solution :**`` over
    the steps, then maybe ``**Note:**`` over tips: the task asked, the steps its answer, the tips extra."""
    title = re.sub(r"[\s\d.:#*_()]+$", "", plain(section.title)).strip(" *_:").casefold()
    if title not in _TASK_TITLES or section.sections or not section.blocks:
        return None
    asked: list[Block] = []
    answer: list[Block] = []
    extra: list[Block] = []
    part = asked
    for block in section.blocks:
        if isinstance(block, Para) and part is asked and (label := _SOLUTION_LABEL.search(block.text)) is not None:
            if task := block.text[: label.start()].strip():
                asked.append(Para(task, block.line, block.line))  # the task, then ``**Solution :**`` inside its paragraph
            part = answer
            if rest := block.text[label.end() :].strip():
                answer.append(Para(rest, block.line, block.end))  # ``**Solution :**  `` / ``kubectl get nodes …``: its first line
            continue
        if isinstance(block, Para) and part is answer and answer and _NOTE_LABEL.match(block.text.strip()):
            part = extra
            continue
        part.append(block)
    if not asked or not answer or words(plain(blocks_text(asked))) < 4 or not plain(blocks_text(answer)).strip():
        return None
    question, reply = blocks_text(asked), blocks_text(answer)
    return question, reply, blocks_text(extra), max(block.end for block in section.blocks)


def _ticked(section: Section) -> tuple[str, str] | None:
    """A heading over a task list with some options ticked (``- [x]``) and some not, then only what explains
    the answer (a quiz in quizdown's way): the options and the ticked ones."""
    blocks = section.blocks
    if section.sections or not blocks or not isinstance(blocks[0], ListBlock) or not all(isinstance(block, Para) for block in blocks[1:]):
        return None
    items = blocks[0].items
    if len(items) < 2 or any(item.blocks or not item.task for item in items):
        return None
    return _marked_options(blocks[0], ticks=True)


_POINTS_TO_CODE = re.compile(r"\b(?:below|following|this|above|values?|print|output|result)\b", re.IGNORECASE)
"""``the below code``, ``What does this print?``, ``What are the values …?``: a question about the code under it."""


def _heading_question(state: State, place: Place, section: Section, answer_section: Section | None) -> None:
    if names_a_lecture(section.title):
        return  # ``Chapter 2 What is the Earth Made Of?``: the chapter's title, over its many questions
    question = question_text(section.title).rstrip("*_ ").strip()
    options = _options(section.blocks)
    if (ticked := _ticked(section)) is not None:
        listed, right = ticked  # ``## ¿Cuál es la capa más externa …?`` over ``1. [ ] Perímetro``, ``2. [x] Seguridad física``, then why
        why = blocks_text(list(section.blocks[1:]))
        card = place.card("question", f"{question}\n\n{listed}", right, line=section.line, key=norm_key(question), raw=section.title, extra=why)
        _add(state, card, [section.line, *_lines_of(section.blocks)])
        return
    if options is not None and (marked := _marked_options(options)) is not None:
        listed, right = marked  # ``## 1. ¿Cuál es la forma correcta …?`` over ``- A) … ✅``, ``- B) …``
        card = place.card("question", f"{question}\n\n{listed}", right, line=section.line, key=norm_key(question), raw=section.title)
        _add(state, card, [section.line, *block_lines(options)])
        return
    if options is not None and answer_section is not None:
        front = f"{question}\n\n{_lettered(options.items)}"
        back = blocks_text(answer_section.blocks)
        if back:
            card = place.card(
                "question", front, back, line=section.line, key=norm_key(question), raw=section.title
            )
            _add(state, card, [section.line, *block_lines(options), *_lines_of(answer_section.blocks)])
            state.claim([answer_section.line], "question")
            return
    own = _before_rule(state, _own_answer(section.blocks))
    if len(own) >= 2 and isinstance(own[0], Para) and any(_names_terms(block) for block in own[1:]):
        if _bare_name(own[0].text):
            state.leave(section.line, f"a question its parts answer, each under its own name: {plain(section.title)[:80]!r}")
            return  # ``Difference between pressure groups, parties and movements?`` over ``Pressure Groups`` and its points
        own = own[:1]  # ``What is Soil?`` / its answer, then ``… including **humus**, …``: the terms after it are cards of their own
    if _defines_terms(own):
        state.mark_structure([section.line])
        return  # ``## 4 What Shifts Demand Curves?`` over ``normal good: …``, ``inferior good: …``: a card for each term
    if _answered_then_detailed(own):
        own = own[:1]  # ``## What is an IP Address?`` / ``Internet Protocol - Opens up communication …`` / a long list of details
    if len(own) >= 2 and isinstance(own[0], Code) and isinstance(own[1], Para) and (said := _answer_line(own[1])) is not None:
        rest = own[1].text.split("\n", 1)[1:]  # ``#### Q: What does the below print?`` / its code / ``A: … it'll just be `HI`.``
        back = "\n\n".join(part for part in ["\n".join([said, *rest]).strip(), blocks_text(own[2:])] if part)
        if back:
            front = f"{question}\n\n{blocks_text(own[:1])}"
            card = place.card("question", front, clean(back), line=section.line, key=norm_key(question), raw=section.title)
            _add(state, card, [section.line, *_lines_of(own)])
            return
    if len(own) == 1 and isinstance(own[0], Code) and _POINTS_TO_CODE.search(plain(section.title)):
        state.leave_all([section.line, *_lines_of(own)], f"a question on the code under it, which the note does not answer: {plain(section.title)[:60]!r}")
        return  # ``#### Q: Why does the below code not work as intended?`` over the code alone: the code is what it asks about
    answer = ANSWER_LABEL.sub("", blocks_text(own), count=1)
    if options is not None and all(plain(item.text).rstrip().endswith("?") for item in options.items):
        state.leave(section.line, f"questions with no answers: {plain(section.title)[:80]!r}")
    elif options is not None and _multiple_choice(question, options.items):
        state.leave_all(
            [section.line, *block_lines(options)], f"question with options but no answer marked: {plain(section.title)[:80]!r}"
        )  # (its options are no facts either: most of them are wrong)
    elif answer:
        card = place.card(
            "question", question, answer, line=section.line, key=norm_key(question), raw=section.title
        )
        _add(state, card, [section.line, *_lines_of(own)])
    else:
        state.leave(section.line, f"question heading without an answer: {plain(section.title)[:80]!r}")


def _answer_sections(
    section: Section, parent_next: Section | None = None
) -> Iterator[tuple[Section, Section | None]]:
    """Every section with the section that answers it: a ``Correction``/``Answer`` right after it
    (or after its parent, for a question heading that ends its parent's part)."""
    subs = section.sections
    for index, sub in enumerate(subs):
        after = subs[index + 1] if index + 1 < len(subs) else parent_next
        answer = after if after is not None and _ANSWER_SECTION.match(plain(after.title)) else None
        yield sub, answer
        yield from _answer_sections(sub, after)


def _item_with_options(item: Item) -> tuple[str, str] | None:
    """An item whose lines are a question then its lettered options, answered by a line under it."""
    if len(item.blocks) != 1:
        return None
    answer = _answer_line(item.blocks[0])
    if answer is None or "\n" not in item.text:
        return None
    asked = question_text(item.text)
    front, back = _resolve(answer, asked)
    return (front, back) if front != asked else None


_MARKED_OPTION = re.compile(r"^\s*(?:\\hl\{(?P<hl>.+)\}|\*\*(?P<bold>[^*].*?)\*\*|(?:✅|✔️?)\s*(?P<tick>.+))\s*$")
"""An option marked right: ``\\hl{c. rapidly}``, ``**c. rapidly**``, ``✅ c. rapidly`` (a whole line
highlighted, ``==c. rapidly==``, has lost its marks in source.py before any rule reads it)."""


def marked_choice(item: Item) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]] | None:
    """An item whose lines are a question, then its lettered options (``a. slowly`` …), all in the
    item's own paragraphs: the question, the options, and those marked right (none: unanswered)."""
    if item.children or (not item.blocks and "\n" not in item.text):
        return None  # (options are lines of their own: one line holds none)
    paras = [block for block in item.blocks if isinstance(block, Para)]
    if len(paras) != len(item.blocks):
        return None
    lines = [line.strip() for text in (item.text, *(para.text for para in paras)) for line in text.split("\n")]
    lines = [line for line in lines if line]
    stem: list[str] = []
    options: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    for line in lines:
        mark = _MARKED_OPTION.match(line)
        inner = next((group for group in mark.groups() if group), line) if mark else line
        option = _LETTER_OPTION.match(inner)
        if option is None:
            if options:
                return None  # a line after the options: not a question of this shape
            stem.append(line)
            continue
        found = (option.group("letter"), option.group("option").strip())
        options.append(found)
        if mark:
            right.append(found)
    if not stem or not _in_sequence(options):
        return None
    return clean(" ".join(stem)), options, right


def _bold_closed(text: str) -> str:
    """An answer whose label took its opening ``**`` (``Resp : **Athena**``) bold again."""
    text = text.strip().rstrip(";").strip()
    return f"**{text}" if text.count("**") % 2 else text


def _answered_below(item: Item) -> bool:
    """An item whose first child gives its answer under a label (``Resp : **Athena**``): a question,
    however it is worded."""
    return bool(item.children) and len(item.blocks) == 1 and _answered(clean(item.children[0].text)) is not None


_QUIZ_NUMBER = re.compile(
    r"[*_]*(?:question|q|frage|pregunta|quest[ãa]o|domanda|문제|問題?)\s*(?:no\.?\s*)?\d{1,3}[*_]*\s*[.:)]?[*_]*", re.IGNORECASE
)
_QUIZ_ANSWER = re.compile(
    rf"\W*(?P<whose>selected|your|my|correct|right)?\s*(?:{_ANSWER_WORDS}|ans)\s*[:：]\s*(?P<text>.*)", re.IGNORECASE | re.DOTALL
)
_QUIZ_OPTIONS = re.compile(r"\W*(?:answers|options|choices)\s*[:：]\s*(?P<text>\S[^\n]*?\s*/\s*\S[^\n]*)", re.IGNORECASE)
_PICKED_WRONG = re.compile(r"📌|❌|✗|\((?:x|wrong|incorrect)\)", re.IGNORECASE)
_NO_ANSWER = re.compile(r"\s*(?:\((?:x|wrong|incorrect)\)|\[none given\])\s*", re.IGNORECASE)


def _quiz_item(item: Item) -> tuple[str, str, str] | str | None:
    """``- Question 5`` (no more than its number) over the question's points: ``- To reduce the memory
    access time we generally make use of``, ``- Selected Answer: Cache``, ``- Answers: RAM / Heaps /
    SDRAM / Cache``: a quiz as the student took it. The answer is the one the note says is right (a
    ``Correct Answer:`` or ``Ans:`` point, the option in bold), else the one picked, unless it is
    marked wrong (``📌``, ``(x)``): then a reason, as no right answer is known."""
    if not item.children or _QUIZ_NUMBER.fullmatch(plain(item.text).strip()) is None:
        return None
    stem: list[str] = []
    extra: list[str] = []
    picked: tuple[str, bool] | None = None
    right = options = ""
    for child in item.children:
        said = "\n".join(part for part in (clean(child.text), blocks_text(child.blocks)) if part)
        if (listed := _QUIZ_OPTIONS.fullmatch(said)) is not None:
            options = listed["text"]
        elif (answer := _QUIZ_ANSWER.fullmatch(said)) is not None:
            text = _NO_ANSWER.sub("", answer["text"]).strip()
            if answer["whose"] and answer["whose"].lower() in ("selected", "your", "my"):
                picked = (text, _PICKED_WRONG.search(said) is not None)
            elif text:
                right = text
        elif picked is None and not right:
            stem.append(said)
        else:
            extra.append(said)
    if not stem or (picked is None and not right and not options):
        return None
    bold = re.findall(r"\*\*([^*]+)\*\*", options)
    if not right and len(bold) == 1:
        right = bold[0].strip()
    if not right and picked is not None and picked[0] and not picked[1]:
        right = picked[0]
    if not right:
        return f"a quiz question with no right answer given: {plain(stem[0])[:60]!r}"
    question = "\n".join(stem)
    if options:
        question += "\n\n" + " / ".join(part.strip() for part in plain(options).split("/"))
    elif _VERDICT.fullmatch(plain(right).strip(" .")) is not None and not is_question(question):
        question = f"True or false: {question}"
    return question, right, "\n".join(extra)


def _numbered_pair(item: Item) -> tuple[Item, Item] | None:
    """An item with no words of its own (``1.``) over two: a question, then its answer."""
    if plain(item.text).strip(" .)") or len(item.children) != 2 or len(item.blocks) != 1:
        return None
    asked, answered = item.children
    if asked.blocks or answered.blocks or not is_question(asked.text) or is_question(answered.text) or not plain(answered.text).strip():
        return None
    return asked, answered


def _terms_defined_below(item: Item) -> bool:
    """``Describe Permissions: Discretionary-based, Role-based, ACL?`` over ``- **Role-based**: …`` and the
    rest: a prompt that names the terms its points define, each asked on its own card (not one card that
    asks for them all)."""
    asked = _NAMED_TERMS.fullmatch(plain(item.text).strip())
    if asked is None or not item.children or not (_TASK.match(asked["ask"]) or is_question(item.text)):
        return False
    names = {norm_key(name) for name in re.split(r",\s*|\s+(?:and|or)\s+", asked["names"]) if name.strip()}
    if len(names) < 3:
        return False
    defined = 0
    for child in item.children:
        found = split_definition(child.text)
        if found is None or not found.body:
            continue
        term = norm_key(re.sub(r"\s*\([^()]*\)", "", plain(found.term)))
        defined += any(term and (term == name or term.startswith(name) or name.startswith(term)) for name in names)
    return defined >= 2 and 3 * defined >= 2 * len(item.children)


_NAMED_TERMS = re.compile(r"(?P<ask>[^:：?]{1,60}?)\s*[:：]\s*(?P<names>[^:：?]+,[^:：?]+)\??")


_TRUE_FALSE_ASKED = re.compile(r"(?i:true\s*/\s*false|true or false|t\s*/\s*f)\s*[:?.-]\s*(?=\S)")
_VERDICT = re.compile(r"(?i:true|false|wahr|falsch|vrai|faux|verdadero|falso|vero|verdadeiro)(?![\w-])")


def _judged(item: Item) -> tuple[str, str] | None:
    """``- True/False: EC2 instances and S3 buckets are the only origins …`` or a plain statement, over
    ``False; Explanation: …`` (or ``True``): a true-or-false question, and its verdict as the answer
    (never a cloze of a statement its author marks false)."""
    if not item.blocks or not isinstance(item.blocks[0], Para) or item.children:
        return None
    verdict = item.blocks[0].text.strip()
    if _VERDICT.match(verdict) is None:
        return None
    asked = _TRUE_FALSE_ASKED.match(plain(item.text))
    if asked is None and (is_question(item.text) or words(plain(item.text)) < 4):
        return None
    statement = clean(item.text)
    return (statement if asked is not None else f"True or false: {statement}"), clean(verdict)


def _item_question(state: State, node: Node, item: Item) -> None:
    if item.children and all(numbered_answer(child.text) for child in item.children):
        return  # ``A bit difficult?`` over ``- 1``, ``- 2``: a quiz's part, answered question by question
    if len(item.blocks) == 1 and isinstance(item.blocks[0], ListBlock) and (marked := _marked_options(item.blocks[0])) is not None:
        card = node.place.card(  # ``- A. Deploy Federation Services`` / ``- **B. Implement Microsoft Entra Connect**``
            "question", f"{question_text(item.text)}\n\n{marked[0]}", marked[1], line=item.line, key=norm_key(item.text), raw=item.text
        )
        _add(state, card, [*text_lines(item), *_lines_of(item.blocks)])
        return
    letters = [_OPTION_LETTER.match(plain(child.text)) for child in item.children]
    if len(item.blocks) == 1 and len(letters) >= 3 and all(letters) and plain(item.children[1].text).lstrip()[:1] in "Bb":
        state.leave_all([*text_lines(item), *_lines_of(item.blocks)], f"a quiz whose right option the note does not mark: {plain(item.text)[:60]!r}")
        return  # ``- A. Kerberos`` / ``- B. LDAP`` / …: options, the first no answer (``A.`` is its letter)
    answer = blocks_text(item.blocks)
    labelled = [_bold_closed(found) if (found := _answered(clean(child.text))) else None for child in item.children]
    extra = ""
    if labelled and len(item.blocks) == 1 and all(labelled):
        answer = "\n".join(
            f"- {text.strip()}" if len(labelled) > 1 else text.strip() for text in labelled if text
        )
    elif labelled and labelled[0] and len(item.blocks) == 1 and not item.children[0].blocks:
        answer = labelled[0]  # ``Resp : **API Gateway**;`` then why, under the question
        extra = "\n".join(f"- {clean(child.text)}" for child in item.children[1:])
    question = question_text(item.text)
    if not answer:
        state.leave(item.line, f"question without an answer: {plain(item.text)[:80]!r}")
        return
    if (lettered := _lettered_answer(item.blocks)) is not None:
        question, answer = f"{question}\n\n{lettered[0]}", lettered[1]  # ``a. EC2`` … ``Answer: b``
    setup = node.parent
    if setup is not None and not is_question(setup.text) and not is_label(setup.text):
        question = f"{clean(setup.text)}\n\n{question}"  # a sub-question needs its setup
    card = node.place.card(
        "question", question, answer, line=item.line, key=norm_key(item.text), raw=item.text, extra=extra
    )
    _add(state, card, [*text_lines(item), *_lines_of(item.blocks)])


def _answered_after(state: State) -> dict[int, Para]:
    """``- What involves assigning the needed personnel …?`` over its options, then ``> answer:
    Acquiring the project team.`` under the list: each such question, by its item, with that paragraph."""
    found: dict[int, Para] = {}
    for blocks in _sequences(state):
        for block, after in itertools.pairwise(blocks):
            if not (isinstance(block, ListBlock) and isinstance(after, Para) and len(block.items) == 1):
                continue
            item = block.items[0]
            options = item.children
            if (
                _gap(block, after) <= MAX_GAP
                and _answer_line(after) is not None
                and "\n" not in after.text.strip()
                and 2 <= len(options) <= 6
                and len(item.blocks) == 1
                and all(not option.blocks and 0 < words(plain(option.text)) <= 10 for option in options)
            ):
                found[id(item)] = after
    return found


_EMPHASIS_TAG = re.compile(r"</?(?:strong|b|em|i|u)>")
_WHOLE_EMPHASIS = re.compile(r"^([*_]{1,2})(?=\S)(.+?)(?<=\S)\1$")


def _answered_options(node: Node, item: Item, para: Para) -> Card:
    """The question with its options on the front, and the option the answer line names on the back."""
    asked = f"{question_text(item.text)}\n\n" + "\n".join(f"- {clean(option.text)}" for option in item.children)
    answer = _EMPHASIS_TAG.sub("", _bold_closed(clean(_answer_line(para) or ""))).strip()
    answer = _WHOLE_EMPHASIS.sub(r"\2", answer)  # (set whole in italics)
    return node.place.card("question", asked, answer, line=item.line, key=norm_key(item.text), raw=item.text)


_LABELLED = re.compile(r"\W*(?P<label>question|answer|q|a)\W*?:\W*?(?:\s(?P<text>\S.*))?", re.IGNORECASE | re.DOTALL)


def _labelled(item: Item, labels: tuple[str, ...]) -> str | None:
    """What an item labelled ``Question:`` (or ``Answer:``) says, on its line or in the blocks under it."""
    found = _LABELLED.fullmatch(plain(item.text).strip())
    if found is None or found.group("label").casefold() not in labels:
        return None
    said = re.sub(r"^\W*(?:question|answer|q|a)\W*?:[*_]*\s*", "", clean(item.text), flags=re.IGNORECASE).strip()
    below = blocks_text(item.blocks) if item.blocks else ""
    return "\n\n".join(part for part in (said, below) if plain(part).strip()) or None


def _labelled_pairs(state: State) -> None:
    """``- ***Question:***`` / ``In the above set, how is {a} related to {b,c}?`` then ``- ***Answer:***`` /
    ``It's not! …``: an aside its author wrote as a question and its answer, two items of one list."""
    items = [node for node in state.nodes if isinstance(node.block, Item) and node.parent is None]
    for node, following in itertools.pairwise(items):
        item, answer = node.block, following.block
        if not isinstance(item, Item) or not isinstance(answer, Item) or not state.free(item.line):
            continue
        front, back = _labelled(item, ("question", "q")), _labelled(answer, ("answer", "a"))
        if front is None or back is None or answer.line != item.end + 1:
            continue
        card = node.place.card("question", front, back, line=item.line, key=norm_key(front), raw=item.text)
        _add(state, card, [*text_lines(item), *_lines_of(item.blocks), *text_lines(answer), *_lines_of(answer.blocks)])


_ANSWER_KEY = re.compile(
    r"\W*(?:(?:the\s+)?(?:answers?|solutions?)(?:\s+key)?|answer\s+sheet|antworten|lösungen|respuestas|soluciones|réponses"
    r"|risposte|soluzioni|respostas|soluções|odpowiedzi|antwoorden|答案|解答|正解|정답)\W*",
    re.IGNORECASE,
)
"""``### Answers`` after a section of numbered questions: the answers, in the questions' order."""


def _one_numbered_list(section: Section) -> ListBlock | None:
    lists = [block for block in section.blocks if isinstance(block, ListBlock)]
    if section.sections or len(lists) != 1 or not lists[0].ordered:
        return None
    return lists[0]


def _answer_keys(state: State, places: dict[int, Place], section: Section) -> None:
    """``### Review Questions`` over ``1. What is AWS Direct Connect?`` … then ``### Answers`` over
    ``1. Dedicated network connection from your premises to AWS`` …: each question with the answer
    of its number."""
    for asked, answered in itertools.pairwise(section.sections):
        if not _ANSWER_KEY.fullmatch(plain(answered.title)):
            continue
        questions, answers = _one_numbered_list(asked), _one_numbered_list(answered)
        if questions is None or answers is None or not 2 <= len(questions.items) == len(answers.items):
            continue
        if 2 * sum(is_question(item.text) for item in questions.items) <= len(questions.items):
            continue
        for question, answer in zip(questions.items, answers.items, strict=True):
            asked_lines = [*text_lines(question), *_lines_of(question.blocks)]
            answer_lines = [*text_lines(answer), *_lines_of(answer.blocks)]
            said = " ".join(line.strip() for line in clean(answer.text).split("\n"))  # (an answer wrapped onto a second line)
            back = "\n\n".join(part for part in (said, blocks_text(answer.blocks)) if part)
            if not back or not state.free(*asked_lines, *answer_lines):
                continue
            front = clean(question.text)
            card = places[id(question)].card("question", front, back, line=question.line, key=norm_key(front), raw=question.text)
            _add(state, card, [*asked_lines, *answer_lines])
    for sub in section.sections:
        _answer_keys(state, places, sub)


_COLUMN = re.compile(r"\s*(?:\*\*)?(?P<letter>[A-H])(?:\*\*)?\s*[:)–-]\s*(?P<text>\S.{0,80}?)\s*")
_MATCHED = re.compile(r"\s*[\[(]\s*(?P<letter>[A-H])\s*[\])]\s*(?P<text>\S.*)", re.DOTALL)


def _matched_columns(state: State, places: dict[int, Place], blocks: Sequence[Block]) -> None:
    """``A: Desenvolvimento físico`` / ``B: Desenvolvimento cognitivo`` … then ``- [ A ] Crescimento do corpo …``:
    an exercise that matches two columns, answered; each description asks for the name its letter gives."""
    names: dict[str, tuple[str, int]] = {}
    first = 0
    for index, block in enumerate(blocks):
        if isinstance(block, Para) and (column := _COLUMN.fullmatch(plain(block.text))) is not None:
            first = first if names else index
            names[column["letter"]] = (column["text"], block.line)
            continue
        if not isinstance(block, ListBlock) or len(names) < 2:
            continue
        found = [(item, _MATCHED.fullmatch(plain(item.text))) for item in block.items]
        if not all(match is not None and match["letter"] in names for _, match in found) or len(found) < 2:
            continue
        for item, match in found:
            assert match is not None
            name, line = names[match["letter"]]
            lines = [*text_lines(item), line]
            if not state.free(*text_lines(item)):
                continue
            card = places[id(item)].card("definition", name, clean(match["text"]), line=item.line, key=norm_key(name), raw=item.text)
            state.add(card, lines)
        asked = blocks[first - 1] if first else None
        if isinstance(asked, Para) and is_question(asked.text) and state.free(*text_lines(asked)):
            state.claim(list(text_lines(asked)), "definition")  # (what it asks, the pairs' cards answer)
        names = {}


def questions(state: State) -> None:
    places = {id(node.block): node.place for node in state.nodes}
    for blocks in _sequences(state):
        _matched_columns(state, places, blocks)
    _labelled_pairs(state)
    _answer_keys(state, places, state.outline.root)
    answers = {id(section): answer for section, answer in _answer_sections(state.outline.root)}
    after = _answered_after(state)
    unanswered: list[Item] = []
    for node in state.nodes:
        block = node.block
        if isinstance(block, Section) and state.free(block.line) and (task := _task_with_solution(block)) is not None:
            asked, answer, extra, last = task  # ``## Question : 2`` / the task / ``**Solution :**`` / its steps / ``**Note:**`` / tips
            card = node.place.card("question", asked, answer, line=block.line, key=norm_key(asked), raw=block.title, extra=extra)
            _add(state, card, [block.line, *range(block.blocks[0].line, last + 1)])
        elif isinstance(block, Section) and state.free(block.line) and (
            is_question(block.title) or ((listed := _options(block.blocks)) is not None and _marked_options(listed) is not None)
            or (_CHOOSE.search(plain(block.title)) is not None and _ticked(block) is not None)
        ):  # (``## 16. Indica el tipo de retorno …`` over options, one ticked: a question, asked without its mark)
            _heading_question(state, node.place, block, answers.get(id(block)))
        elif isinstance(block, Section) and state.free(block.line) and (labelled := _asked_under_label(block)) is not None:
            asked, answer, last = labelled  # ``### 문제`` over a question, then ``> XSS``
            card = node.place.card("question", asked, answer, line=block.line, key=norm_key(asked), raw=block.title)
            _add(state, card, [block.line, *range(block.blocks[0].line, last + 1)])
        elif isinstance(block, Item) and state.free(block.line):
            if (quiz := _quiz_item(block)) is not None:
                lines = [*text_lines(block), *_lines_of(block.blocks)]
                if isinstance(quiz, str):
                    state.leave_all(lines, quiz)
                    unanswered.append(block)
                else:
                    card = node.place.card("question", quiz[0], quiz[1], line=block.line, key=norm_key(quiz[0]), raw=block.text, extra=quiz[2])
                    _add(state, card, lines)
            elif (judged := _judged(block)) is not None:
                card = node.place.card("question", judged[0], judged[1], line=block.line, key=norm_key(block.text), raw=block.text)
                _add(state, card, [*text_lines(block), *block_lines(block.blocks[0])])
            elif _terms_defined_below(block):
                state.claim(list(text_lines(block)), "definition")  # (what it asks, its points' cards answer, each term on its own)
            elif id(block) in after:
                para = after[id(block)]  # ``- Which …?`` / ``- option`` … then ``> answer: <strong>…</strong>``
                _add(state, _answered_options(node, block, para), [*text_lines(block), *_lines_of(block.blocks), *block_lines(para)])
            elif not block.blocks and (packed := packed_question(block.text)) is not None:
                question, answer = packed  # ``4. An Ethernet switch forwards … in:`` / ``a) DNS table`` … ``Solution: c)``
                card = node.place.card("question", question, answer, line=block.line, key=norm_key(question), raw=block.text)
                _add(state, card, text_lines(block))
            elif (choice := marked_choice(block)) is not None:
                asked, options, right = choice  # ``1. A porphyritic rock has cooled`` / ``a. slowly`` / ``\\hl{b. …}``
                if not right:
                    state.leave_all(
                        [*text_lines(block), *_lines_of(block.blocks)],
                        f"answer options with no answer marked: {plain(asked)[:60]!r}",
                    )
                    unanswered.append(block)
                    continue
                question = f"{asked}\n\n{_listed(options)}"
                card = node.place.card("question", question, _listed(right), line=block.line, key=norm_key(asked), raw=block.text)
                _add(state, card, [*text_lines(block), *_lines_of(block.blocks)])
            elif (optioned := _item_with_options(block)) is not None:
                question, answer = optioned  # ``1. Which …?`` / ``a. EC2`` / ``b. S3`` / ``Answer: b``
                card = node.place.card(
                    "question", question, answer, line=block.line, key=norm_key(question), raw=block.text
                )
                _add(state, card, [*text_lines(block), *_lines_of(block.blocks)])
            elif (pair := _numbered_pair(block)) is not None:
                ask, reply = pair  # ``1.`` / ``- Qu'est-ce qu'un chromosome ?`` / ``- C'est une structure …``
                card = node.place.card("question", question_text(ask.text), clean(reply.text), line=ask.line, key=norm_key(ask.text), raw=ask.text)
                _add(state, card, [*text_lines(block), *text_lines(ask), *text_lines(reply)])
            elif is_question(block.text) or _answered_below(block) or (block.children and _HINTED.search(plain(block.text))):
                _item_question(state, node, block)  # (``… causes of the French Revolution? Think about political …``: a hint, then the answers below)
            elif (inline := split_question(block.text)) is not None:
                question, answer = inline
                card = node.place.card(
                    "question", question, answer, line=block.line, key=norm_key(question), raw=block.text
                )
                _add(state, card, [*text_lines(block), *_lines_of(block.blocks)])
        elif isinstance(block, Para) and state.free(block.line) and (defined := _DEFINED_QUESTION.fullmatch(block.text.strip())) is not None:
            asked = clean(defined["ask"]).rstrip(" :")  # ``Para que sirve `.fit()` en Tensorflow`` / ``: Para alimentarle …``
            card = node.place.card("question", asked if asked.endswith("?") else f"{asked}?", clean(defined["reply"]), line=block.line, key=norm_key(asked), raw=block.text)
            _add(state, card, text_lines(block))
    if unanswered:  # (no other rule reads a question whose right option is not marked: it has no answer)
        state.put_aside(lambda node: any(item.line <= node.block.line <= item.end for item in unanswered))
        places = {id(node.block): node.place for node in state.nodes}  # (some nodes were put aside)
    for blocks in _sequences(state):
        _blocks(state, places, blocks)


def _sequences(state: State) -> Iterator[Sequence[Block]]:
    """Every run of sibling blocks: the note's, each section's own, each item's nested ones."""
    yield state.outline.root.blocks
    for node in state.nodes:
        block = node.block
        if isinstance(block, Section | Item) and block.blocks:
            yield block.blocks
