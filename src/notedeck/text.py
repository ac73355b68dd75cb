"""Text helpers shared by the extractors: cleaning note Markdown, finding terms, normalising keys.

Notes are written for people, not parsers: stray ``**``, ``[[wikilinks]]``, Obsidian ``#tags``
and block ids (``^id``) are cleaned here so that no card ever shows them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

CACHE_SIZE = 2048
LONG_TEXT = 2000
"""Texts longer than this are bodies, not terms: only linear-time cleaning is applied."""
"""Text helpers are pure and called by every extractor on the same lines: they are memoised."""

_WIKI_EMBED = re.compile(r"!\[\[([^\[\]|#\n]+)(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]*))?\]\]")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+))?\]\]")
_BLOCK_ID = re.compile(r"[ \t]+\^([A-Za-z0-9-]+)[ \t]*$", re.MULTILINE)
_BLOCK_ID_LINE = re.compile(r"\n[ \t]*\^[A-Za-z0-9-]+[ \t]*$", re.MULTILINE)
"""An Obsidian block id on a line of its own under its block: not text (and, not being on the block's
own line, it never pinned a card's identity, so it still does not)."""
_BLOCK_LINK = re.compile(r"[ \t]*(?:\([ \t]*!?\[\[#\^[A-Za-z0-9-]+\]\][ \t]*\)|!?\[\[#\^[A-Za-z0-9-]+\]\])")
"""``[[#^1ffba7]]``: a link to a block of the same note, with no words of its own to show (nor the
brackets it was set in: ``the lemma ([[#^0fe338]])``)."""
_HASHTAG = re.compile(r"(?<![\w&#/\\`(\[])#([A-Za-z_][\w/-]*)")
_SR_TAG = re.compile(r"^flashcards?(/.*)?$", re.IGNORECASE)
_BACKTICKS = re.compile(r"`+")
MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
"""A month in English, by its name or its abbreviation (match it ignoring case)."""
_QUANTITY_WORD = (
    r"(?:g|kg|mg|µg|ml|l|cl|dl|cm|mm|m|km|kcal|cal|min|h|s|ms|hours?|minutes?|seconds?|days?|weeks?|months?|years?"
    r"|[kKMGTP]i?B|bits?|bytes?|[kMG]?Hz|[kM]W|mA|Ω"
    rf"|times|x|°\w?|%|{MONTH_NAME}|januar|februar|märz|mai|juni|juli|oktober|dezember)\b"
)
_COUNTED_PART = r"(?:way|phase|tier|stroke|fold|body|pass)\b"
"""``3 way handshake``, ``2 phase commit``, ``3 tier architecture``: the number is part of the name."""
_NUMBERING = re.compile(
    r"^\s*(?:(?!(?:1\d|20)\d\d\s+[-–—:])\d+(?:\.\d+)*(?:[.)]|\s+[-–—:](?=\s))|\d+(?:\.\d+)+:|[IVXLC]+\.|[A-Za-z][.)])\s+"
    # a bare number numbers a title too (``2 Your Decisions``), never a quantity, a year or a date (``125 g
    # flour``, ``1905 - Japonya x Rusya savasi``, ``15 February 2023``, ``24 Temmuz 1908``, ``3 hours``, ``3 or more nodes``,
    # ``230 barrels per second``: three digits and more count, they never number)
    rf"|^\s*(?!(?:1\d|20)\d\d\b)(?:\d{{1,2}}|\d+(?=\.\d))(?:\.\d+)*\s+(?!(?i:{_QUANTITY_WORD}))(?!(?i:{_COUNTED_PART}))(?!(?i:or|to|and|of|out of|per|more|less|fewer|than)\s)(?![^\W\d_]+\.?\s+\d{{3,4}}\b)"
    # ``1、内发论``, ``二、教育目的``, ``（三）学制``: numbered the Chinese way
    r"|^\s*(?:[\d一二三四五六七八九十]{1,3}、|（[\d一二三四五六七八九十]{1,3}）)\s*"
)
PAREN = re.compile(r"\s*\([^()]*\)")
"""`` (also connected to EC2)``: an aside in brackets, with the space before it."""
_LAST_PAREN = re.compile(PAREN.pattern + "$")


def without_last_aside(text: str) -> str:
    """``… sein kann? (**Tatbestand …**)``: the text without the aside in brackets it ends on."""
    return _LAST_PAREN.sub("", text)
_EMPHASIS = re.compile(r"(\*\*|\*|~~|==|(?<![\w\\])__|(?<![\w\\])_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_NBSP = re.compile(r"[\u00a0\u2007\u202f]")


def _embed(match: re.Match[str]) -> str:
    target, option = match.group(1).strip(), (match.group(2) or "").strip()
    alt = "" if option.isdigit() or re.fullmatch(r"\d+x\d+", option) else option
    return f"![{alt}](<{target}>)"


class _Lazy:
    """A pattern compiled on its first use: a rule most notes never reach should not cost every
    process its compilation at import. After the first use its methods are the compiled ones."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> object:
        compiled = re.compile(*self._source)
        for method in ("match", "search", "fullmatch", "sub", "subn", "findall", "finditer", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` on first use (for the methods only: never pass it to ``re.sub``)."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))


CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
"""Kana, CJK ideographs, Hangul, Thai, Lao, Myanmar and Khmer: scripts written without spaces between words (a regex class body)."""
CJK_CHAR = re.compile(f"[{CJK}]")
"""One character of a script written without spaces."""
_CJK_CHARS = CJK + "\uff00-\uffef\u3000-\u303f"


def word_count(text: str) -> int:
    """Words in ``text``; in a script without spaces, about one word per two characters."""
    return len(text.split()) + len(CJK_CHAR.findall(text)) // 2
_AFTER_SENTENCE = re.compile(r"[.!?。！？]\s*$")
_SPACED_IN_CJK = re.compile(f"[{_CJK_CHARS}$)]\\s+$")
_NOTHING_AFTER = re.compile(r"\s*(?:$|\n|\[\[|#)")
_CJK_AFTER = lazy(f"(?:\\s+|(?=[：，。；、）]))(?:[{_CJK_CHARS}$\\[]|$)|\\s*$")


def _cross_reference(match: re.Match[str]) -> bool:
    """``… in our economy. [[Paradox]]``, ``Cram规则 [[人名反应]]：…``: a link the author set beside a
    sentence to file it, not a word of it (in Chinese or Japanese, where words have no spaces
    between them, a link set apart by spaces)."""
    text = match.string
    before, after = text[text.rfind("\n", 0, match.start()) + 1 : match.start()], text[match.end() :]
    if _AFTER_SENTENCE.search(before) and _NOTHING_AFTER.match(after):
        return True
    return bool(_SPACED_IN_CJK.search(before)) and _CJK_AFTER.match(after) is not None


def _wikilink(match: re.Match[str]) -> str:
    if _cross_reference(match):
        return ""
    target, alias = match.group(1), match.group(2)
    if alias:
        return alias.strip()
    page, _, heading = target.partition("#")
    if heading.startswith("^"):
        return page.strip()  # ``[[Derivata#^6e7606]]``: a block's id is no word to show
    return f"{page.strip()} › {heading.strip()}" if page and heading else (page or heading).strip()


def code_spans(text: str) -> list[tuple[int, int]]:
    """Where the code spans are: a run of backticks up to the next run of the same length
    (CommonMark's rule), found in one pass however many unmatched backticks there are."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    spans: list[tuple[int, int]] = []
    position = 0
    cursor = {length: 0 for length in by_length}
    for index, (start, end) in enumerate(runs):
        if start < position:
            continue
        same = by_length[end - start]
        while cursor[end - start] < len(same) and same[cursor[end - start]] <= index:
            cursor[end - start] += 1
        if cursor[end - start] < len(same):
            closer = runs[same[cursor[end - start]]]
            spans.append((start, closer[1]))
            position = closer[1]
    return spans


def _outside_code(text: str, fix: Callable[[str], str]) -> str:
    """Apply ``fix`` to the parts of ``text`` that are not code spans."""
    if "`" not in text:
        return fix(text)
    parts: list[str] = []
    last = 0
    for start, end in code_spans(text):
        parts.append(fix(text[last:start]))
        parts.append(text[start:end])
        last = end
    parts.append(fix(text[last:]))
    return "".join(parts)


def _balance_strong(text: str) -> str:
    """Remove a ``**`` that is never closed (``- **Docker``), keep balanced pairs (and a glob's ``/**``)."""
    if text.count("**") % 2 == 0:
        return text
    if "/**" in text and _GLOB.search(text):
        return text  # ``gsutil ls gs://bucket/**``: a glob's two stars, no bold mark left open
    if text.lstrip().startswith("**"):
        index = text.index("**")
        return text[:index] + text[index + 2 :]
    index = text.rindex("**")
    return text[:index] + text[index + 2 :]


_GLOB = re.compile(r"(?<=/)\*\*(?=/|\s|$)")
"""``gs://bucket/**``, ``src/**/x``: a glob's two stars after a slash, never a bold mark."""
_NOT_GLOB_STARS = re.compile(r"(?<!/)\*\*|\*\*(?!/|\s|$)")
"""Every ``**`` but a glob's (:data:`_GLOB`)."""


@lru_cache(maxsize=CACHE_SIZE)
def hashtags(text: str) -> tuple[str, ...]:
    """Obsidian ``#tags`` written in ``text`` (not in code), minus spaced-repetition bookkeeping."""
    found: list[str] = []

    def collect(part: str) -> str:
        found.extend(_HASHTAG.findall(part))
        return part

    _outside_code(text, collect)
    return tuple(tag for tag in found if not _SR_TAG.match(tag) and not tag.isdigit())


@lru_cache(maxsize=CACHE_SIZE)
def block_id(text: str) -> str | None:
    """An Obsidian block id (``... ^my-id``) at the end of the text's last line, if any."""
    match = _BLOCK_ID.search(text.rstrip())
    return match.group(1) if match else None


_LOGSEQ_EMBED = re.compile(r"\{\{embed\s+(?:\[\[([^\]]+)\]\]|\(\(([^)]+)\)\))\s*\}\}")
_LOGSEQ_MACRO = re.compile(r"\{\{(?:video|youtube|tweet|query|renderer|cloze)\b[^}]*\}\}")


_FOOTNOTE_REF = re.compile(r"(?!^)[ \t]?\[\^[^\]\s]{1,40}\]", re.MULTILINE)
"""``Gallop rhythm [^1]``: a footnote mark (its note is a line of its own)."""


_INLINE_NOTE = re.compile(r"\^\[([^\[\]\n]{1,200})\]")
"""``pauciloculare^[pauci- = oligo-]``: an inline footnote, shown as an aside."""


_SENTENCE_GOES_ON = re.compile(r",[ \t]+[a-z]|[ \t]+(?:is|are|was|were|has|have|had|which|that)\b[^\n]*\w")
"""What follows a tag that opens a line when the tag is the first word of a sentence."""
_OTHER_TAGS = re.compile(r"(?:[\s,.;:!?)\]]|#[\w/-]+)*$")


def _tag_or_word(match: re.Match[str]) -> str:
    """A tag at the end of a line (or a line of tags) is metadata and goes; one that the sentence
    goes on after, or that names what stands before a ``/``, is a word: ``the #cyber-kill-chain
    framework``, ``Reconnaissance / #recon``."""
    if match.group(1).isdigit():
        return match.group(0)
    text, start, end = match.string, match.start(), match.end()
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end]
    before = text[text.rfind("\n", 0, start) + 1 : start]
    if not re.search(r"\w", before):
        return match.group(1) if _SENTENCE_GOES_ON.match(after) else ""  # (``#FEA, which originated as …``: the sentence's first word)
    if not _OTHER_TAGS.fullmatch(after) or re.search(
        r"(?:[/(,]|\b(?:or|and|of|the|a|an|with|on|in|to|vs))\s*$", before, re.I
    ):
        return match.group(1)
    return ""


_HARD_BREAK = re.compile(r"[ \t]*(?<!\\)\\(?=[ \t]*(?:\n|$))|(?<= )\\ ")
"""A backslash that ends a line (Markdown's hard line break), or is left between two joined lines."""


def _clean_part(text: str) -> str:
    text = _HARD_BREAK.sub("", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _INLINE_NOTE.sub(r" (\1)", text)
    text = _LOGSEQ_EMBED.sub(lambda m: m.group(1) or "", text)
    text = _LOGSEQ_MACRO.sub("", text)
    text = _WIKI_EMBED.sub(_embed, text)
    text = _WIKI_LINK.sub(_wikilink, text)
    text = _HASHTAG.sub(_tag_or_word, text)
    return text


_CLEAN_MARKS = frozenset("[{#^*\\\u00a0\u2007\u202f")
"""Characters without which ``clean`` changes nothing but trailing spaces."""
_PLAIN_MARKS = frozenset("[*~=_")
_SPACES = re.compile(r"\s+")


_DRAWN_ARROW = re.compile(r"(?m)(^)?[ \t]*\|->[ \t]*")
"""``|->``, an arrow drawn from the line above: ``→`` (at a line's start, no space before it)."""


@lru_cache(maxsize=CACHE_SIZE)
def clean(text: str) -> str:
    """Note Markdown as it should appear on a card: no wikilink brackets, tags, block ids, stray ``**``."""
    if "|->" in text:  # ``|->gli atomi si scontrano``: an arrow drawn from the line above, as ``→``
        text = _DRAWN_ARROW.sub(lambda found: "→ " if found.group(1) is not None else " → ", text)
    if _CLEAN_MARKS.isdisjoint(text):
        return "\n".join(line.rstrip() for line in text.split("\n")).strip()
    text = _NBSP.sub(" ", text)
    text = _BLOCK_ID.sub("", text)
    text = _BLOCK_ID_LINE.sub("", text)  # ``…nerveux)`` / ``^1673814798673``: an id on the line under its block
    text = _BLOCK_LINK.sub("", text)
    text = _outside_code(text, _clean_part)
    lines = [_balance_strong(line).rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


@lru_cache(maxsize=CACHE_SIZE)
def plain(text: str) -> str:
    """Text without Markdown emphasis, links or code ticks (for terms, keys and labels)."""
    text = clean(text)
    if _PLAIN_MARKS.isdisjoint(text):
        return _SPACES.sub(" ", text.replace("`", "")).strip()
    text = _LINK.sub(r"\1", text)
    if len(text) > LONG_TEXT:  # pairing markers is quadratic on pathological text: drop them
        text = re.sub(r"\*\*|~~|==", "", text)
    else:
        previous = None
        while previous != text:
            previous, text = text, _EMPHASIS.sub(r"\2", text)
    text = text.replace("`", "")
    text = _NOT_GLOB_STARS.sub("", text) if "/**" in text else text.replace("**", "")  # (``gs://bucket/**``: a glob keeps its stars)
    return _SPACES.sub(" ", text).strip()


_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def at_break(text: str) -> tuple[str, str]:
    """A line its author broke in two with ``<br>`` (``Lei de Coulomb <br> $ F = … $``): what stands
    before the first break and what after, both stripped (the whole line and ``""`` when unbroken)."""
    before, *after = _BREAK.split(text, maxsplit=1)
    return before.strip(), after[0].strip() if after else ""


@lru_cache(maxsize=CACHE_SIZE)
def strip_numbering(text: str) -> str:
    """``2. Set up`` -> ``Set up``; ``3) foo`` -> ``foo``."""
    return _NUMBERING.sub("", text, count=1)


@lru_cache(maxsize=CACHE_SIZE)
def norm_key(text: str) -> str:
    """What a term is about, for identity: case, numbering, parentheticals and markup ignored."""
    text = strip_numbering(plain(text))
    without = PAREN.sub("", text).strip()
    text = without or text
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def fold_accents(text: str) -> str:
    """``kröger`` -> ``kroger``, ``modulación`` -> ``modulacion``: the accents taken off, as notes often drop them."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


@lru_cache(maxsize=CACHE_SIZE)
def slug(text: str) -> str:
    """A tag-safe slug: ``EBS Volume Types`` -> ``ebs_volume_types``."""
    text = unicodedata.normalize("NFKD", plain(text)).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "_", text.casefold())
    return text.strip("_")


@lru_cache(maxsize=CACHE_SIZE)
def words(text: str) -> int:
    return len(plain(text).split())


@dataclass(frozen=True, slots=True)
class Definition:
    """A ``Term <separator> definition`` line."""

    term: str
    """The term, Markdown removed."""
    sep: str
    """The separator as written (``:``, ``=``, ``=>``, ``-``, ``.`` after a bold term)."""
    body: str
    """The definition, Markdown kept ('' for a label such as ``Compute Services:``)."""
    bold: bool
    """True when the term was written in bold."""


_BOLD_TERM = re.compile(
    r"^\*\*(?P<term>[^*\n]+?)(?P<insep>[:.]|(?<=\S)[ \t]+[-–—])?\*\*[ \t]*(?P<sep>:|=>|=|[-–—](?=\s)|\.(?=\s|$))?[ \t]*(?P<body>.*)$",
    re.DOTALL,
)
_CODE_TERM = re.compile(r"`[^`\n]{1,60}`")
"""A term that is one span of code (``sched_yield()``, `` `$` ``): its punctuation is the name's."""
_GLUED_NOT_TERM = frozenset(["for", "in", "on", "at", "to", "of", "with", "by", "from", "the", "a", "an", "and", "or"])
"""Words no term opens with, before a dash glued to it (``For RA- variants``)."""
_GOES_ON_AFTER_DASH = re.compile(r"(?:e\.\s?g\.?|i\.\s?e\.?|but|and|or|so|because|unless|except|though|although)\s", re.IGNORECASE)
_OPPOSITE = re.compile(r"\s*(?i:un|non|in|im|il|ir|dis|a|anti|counter|not\s+|non-)(?P<word>[^\W\d_][\w-]*)")
"""``unsteady`` after ``Steady``: a word with the prefix that makes its opposite."""
_PLAIN_TERM = re.compile(  # (never the colon of ``4:a``, ``5:e``: a Swedish ordinal, one word)
    r"^(?P<term>[^:：\n]{1,80}?)[ \t]*(?P<sep>：|:(?!:)(?!//)(?!(?<=\d:)[a-zåäöæø]{1,2}(?![^\W\d_]))(?!(?<=\s:)[DPO)(|/]\W*$)|(?<=\s)<-{1,3}>(?=\s)|=>|-{1,3}>|→|(?<!=)=(?![=>])"
    r"|[ \t](?:--|[-–—])[ \t]|(?<=[^\W\d_])-(?=[ \t]+(?!(?i:und|oder|bzw|sowie|and|or|och|eller|et|ou|y|o|e|en|of|og|i|a|ve|ja|és|vs)\b)[^\W\d_]{3}))[ \t]*(?P<body>.*)$",
    re.DOTALL,
)
QA_LABELS = frozenset(
    [
        "q",
        "question",
        "answer",
        "odg",
        "odgovor",
        "frage",
        "antwort",
        "lösung",
        "pregunta",
        "respuesta",
        "pergunta",
        "resposta",
        "réponse",
        "domanda",
        "risposta",
        "vraag",
        "antwoord",
        "정답",
        "답",
        "正解",
        "答え",
        "解答",
        "答案",
        "回答",
        "问题",
        "問題",
        "질문",
        "문제",
    ]
)
"""A question's or an answer's label (``Question: why not ...``, ``## Resposta``): never a term."""

RULE_LABELS = ("mn", "mnemonic", "merksatz", "eselsbrücke", "pravidlo", "regel", "règle", "regla", "regola", "regra")
"""``mn: the order of sharps …``, ``PRAVIDLO: Tvrdé y píšeme …``: a memory aid or the rule an exercise shows; what it says is the fact."""


FILLER_TERMS = QA_LABELS | frozenset(
    [
        "true",
        "false",
        "yes",
        "no",
        "correct",
        "incorrect",
        "note",
        "notes",
        "e.g",
        "eg",
        "i.e",
        "ie",
        "aka",  # ``aka: the eigenspace``: another name for what the line above says
        "a.k.a",
        "vd",  # Vietnamese ví dụ, for example
        "ví dụ",
        # ``Bsp: …``, ``Aber: …``: for example and but, in the languages of the notes
        "bsp",
        "bspw",
        "beispiel",
        "z.b",
        "zb",
        "aber",
        "jedoch",
        "but",
        "however",
        "mais",
        "pero",
        "però",
        "maar",
        "ejemplo",
        "exemple",
        "esempio",
        "exemplo",
        "voorbeeld",
        "bijv",
        "např",
        "příklad",
        "przykład",
        "np",
        "example",
        "examples",
        "tip",
        "tips",
        # labels, not terms: ``To note: …``, ``On the test: …``, a memory aid, the rule an exercise shows
        "to note",
        "on the test",
        "on the exam",
        "for the test",
        "for the exam",
        *RULE_LABELS,
        "i.e",
        "ie",
        "see",
        "also",
        "todo",
        "warning",
        "nb",
        "ps",
        "hint",
        "read",
        "more",
        "here",
        "source",
        "sources",
        "ref",
        "reference",
        "remember",
        "important",
        "ex",
        "or",
        "and",
        "resnično",
        "lažno",
        "wahr",
        "falsch",
        "vrai",
        "faux",
        "verdadero",
        "vero",
        "falso",
        "theorem",
        "proof",
        "lemma",
        "corollary",
        "satz",
        "beweis",
        "teorema",
        "dimostrazione",
        "théorème",
        "démonstration",
        "das heisst",
        "das heißt",
        "d.h",
        "that is",
        "that means",
        "c'est-à-dire",
        "es decir",
        "cioè",
        # a pronoun, not a term: ``Me:  Code with stubs & comments first``, ``You: …`` in a dialogue
        "me",
        "you",
        "we",
        "us",
        # ``证明：`` over a working: a proof, in the scripts written without spaces
        "证明",
        "證明",
        "証明",
        "증명",
        "therefore",
        "thus",
        "hence",
        "so",
        "however",
        "attached",
        "except",
        "importante",
        "nota",
        "notas",
        "참고",
        "참고사항",
        "주의",
        "注",
        "注意",
        "备注",
        "備註",
        "obs",
        "observação",
        "atenção",
        "wichtig",
        "achtung",
        "caveat",
        "for example",
        "for instance",
        "btw",
        # the author's aside before what they learnt: ``apparently: hash functions don't need …``
        "apparently",
        "actually",
        "interestingly",
        "surprisingly",
        "notably",
        "essentially",
        "course",
        "module",
        "lecture",
        "lesson",
        "vorlesung",
        "cours",
        "lecturer",
        "instructor",
        "professor",
        "tutor",
        "semester",
        "author",
        "arxiv",
        "doi",
        "isbn",
        "paper",
        "papers",
        "reading",
        "readings",
        "further reading",
        "link",
        "links",
        "url",
        "slides",
        "textbook",
        "todo",
        "to do",
        "fixme",
    ]
)
_NOTE_LABELS = frozenset(["note", "nota", "notiz", "remark", "hint", "tip", "nb", "ps", "obs", "注", "注意", "备注", "備註", "참고", "주의"])
"""``注 1``, ``Note 2``: the author's numbered notes (a numbered theorem or example is a term of its own)."""
_SENTENCE_END = re.compile(r"[.!?]\s|,\s.*,\s")
_SPANISH_PHRASE = re.compile(r"\s*[¿¡][^\W\d_]")
"""A phrase that opens on Spanish's inverted mark (``¿Cuánto es?``, ``¡Hasta luego!``): a phrase of a
phrasebook, whose marks end no sentence before a separator."""
_QUESTION_START = re.compile(
    r"^(?:¿|(?:what|which|why|how|when|where|who|whom|whose|is|are|can|could|should|would|will|"
    r"does|do|did|name|list|explain|describe|define|compare"
    # the same in the languages notes are often written in (the sentence also ends in ``?``):
    r"|o que|qual|quais|quem|quando|onde|como|por que|porque|quanto|quantos|quantas"  # Portuguese
    r"|qué|que|cuál|cuáles|quién|quiénes|cuándo|dónde|cómo|cuánto|cuántos"  # Spanish
    r"|quel|quelle|quels|quelles|qui|quand|où|comment|pourquoi|combien|est-ce"  # French
    r"|was|welche|welcher|welches|wer|wann|wo|wie|warum|wieso|weshalb|wozu|nenne|nennen|erkläre"  # German
    r"|cosa|che|quale|quali|chi|dove|come|perché|quanti"  # Italian
    r"|wat|welke|waar|wanneer|hoe|waarom|hoeveel"  # Dutch
    r"|apa|apakah|siapa|kapan|bagaimana|mengapa|kenapa|berapa)\b)",  # Indonesian
    re.IGNORECASE,
)


_TRUE_OR_FALSE = re.compile(r"^\W*true or false\b", re.IGNORECASE)
_ASKS = re.compile(r"\b(?:what|which|why|how|when|where|who|whom|whose)\b", re.IGNORECASE)
_ASKS_LAST = re.compile(r"\b(?:what|which|who|whom|where|when|why|how)\W*$", re.IGNORECASE)
_INTERROGATIVE = re.compile(
    r"^(what|which|why|how|when|where|who|whom|whose|is|are|can|could|should|would|does|do|did)\b", re.I
)


_CODE_LABEL = re.compile(
    r"(?:(?:[LWQ]|lec|lecture|week|wk|q|question|part|unit|chapter|ch|skill|domain|module|lesson|section|objective|topic"
    r"|questão|questao|pregunta|frage|aufgabe|exercice|exercício|ejercicio|esercizio|domanda|soal|vraag"
    r"|book|livre|libro|buch|boek|livro|volume|vol|tome|band|p\.|pp\.|pg\.|page|pages|seite|página|pagina"
    r"|chapitre|capítulo|capitulo|capitolo|cap|par|paragrafo|parágrafo|paragraphe|paragraph|sec|abschnitt|apartado|kapitel|hoofdstuk|leçon|lección|lezione|lektion|unidad|unité|teil|partie|parte|bagian|bab|bölüm|kısım|rozdział|część|kapitola|deel|глава|часть|раздел"
    r"|case|cas|caso|casus|fall|fallbeispiel|exercise|übung|opgave|tarefa|problem|problème|problema|task|tâche|doc"
    r"|example|exemple|ejemplo|esempio|beispiel|exemplo|voorbeeld"
    r"|note|quote|highlight|excerpt|passage|zitat|citation|cita|citazione|citação|notiz"
    r"|figure|fig|figura|abbildung|abb|table|tableau|tabla|tabelle|tabella|tabela|chart|graph)"
    r"(?:\s+(?:número|numero|number|nr|nº|n°|no)\b)?\.?\s*(?:\d{1,3}(?:\.\d{1,3})*(?:\.?[a-z](?![a-z]))?\.?|\(\d{1,3}[a-z]?\)|(?<=\s)(?-i:[IVXLC]{1,6})))",
    re.I,
)
_CONDITION = re.compile(
    r"^(?:if|when|whenever|then|because|so|since|unless|while|whether|after|before|once|although"
    r"|in (?:the )?case(?: of)?|even if|given (?:this|that|these)|(?:si|se|wenn|falls|cuando|quando|lorsque|quand)(?=\s+\S)"
    # ``Пусть $\lbrace x_n \rbrace$ - последовательность …``, ``Let $G$ - a group``: a setting up, not a term
    r"|(?:пусть|допустим|niech|seien|soit|seja)(?=\s+\S))\b",  # (``Let …`` is read as an example's setting)
    re.IGNORECASE,
)


def is_part_number(text: str) -> bool:
    """``L1``, ``W6``, ``Q20``, ``Week 3``, ``2.``, ``Cas n°4``: the number of a part of the note, the
    course or a worksheet (what case 4 was is not in the note)."""
    return len(text) <= 200 and _part_number(plain(text).strip(" *_:"))


@lru_cache(maxsize=CACHE_SIZE)
def _part_number(stripped: str) -> bool:
    return len(stripped) <= 60 and (
        _CODE_LABEL.fullmatch(stripped) is not None
        or _NUMBER_MARK_ONLY.fullmatch(stripped) is not None
        or _CJK_PART.fullmatch(stripped) is not None
        or _PAGE_RANGE.fullmatch(stripped) is not None
        or _CHAPTER_PAGE.fullmatch(stripped) is not None
        or _VERSES.fullmatch(stripped) is not None
    )


_CHAPTER_PAGE = re.compile(
    r"(?i:kap(?:itel)?|ch(?:apter|ap)?|cap(?:ítulo|itolo)?|chapitre|hoofdstuk|rozdział|kapitola)\.?\s?\d{1,3}"
    r"\s*[,;]\s*(?i:s|p|pp|pg|seite|page|str|pág)\.?\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?"
)
"""``Kap 16, S 146``, ``Chapter 3, p. 45``: where in the book a part of the notes comes from."""


_NUMBER_MARK_ONLY = re.compile(r"(?:\d{1,3}[a-z]?|[IVX]{1,5})[.)]")
_PAGE_RANGE = re.compile(r"(?i:pp?\.?\s?)\d{1,4}\s?[-–]\s?(?i:pp?\.?\s?)?\d{1,4}")
"""``P13-P20``, ``p. 4–7``: the pages or slides a part of the note comes from."""
_VERSES = re.compile(
    r"(?:[1-3]\s?)?(?:[A-ZÀ-Þ][a-zà-ÿ]{1,12}\.?\s?\d{1,3}\s?[:,]\s?|[A-Z][a-z]{1,2}\.?\s\d{1,3}\.)\d{1,3}(?:\s?[-–]\s?\d{1,3})?"
)
"""``Dan 9,20-22``, ``Ps 34:18``, ``Dan 9.27``: the verses of a book a part of the note reads."""


_CJK_PART = re.compile(
    r"[第제]\s*[\d一二三四五六七八九十百零〇]{1,4}\s*[章节節回課课部篇讲講장절과편강]"
    r"|(?:专题|專題|考点|考點|知识点|知識點|单元|單元|模块|模塊|课时|課時)\s*[\d一二三四五六七八九十百零〇]{1,4}"
    r"|(?:图|圖|図|表)\s*\d{1,3}(?:[.\-]\d{1,3}){0,3}"
)
"""``第二章``, ``第1節``, ``제3장``, ``专题一``, ``考点1``, ``图1.6.1``: the number of a chapter, a lesson, a
syllabus topic or a figure, in Chinese, Japanese or Korean."""


_LEAD_NOUN = re.compile(
    r"(?:the|a|an|this|that|our)\s+(?:need|problem|solution|idea|goal|point|catch|trick|answer|result|reason|issue|question)",
    re.IGNORECASE,
)


_EXAMPLE_TAIL = re.compile(
    r"[,;(]\s*(?:ex|e\.\s?g|eg|z\.\s?B|p\.\s?ex|p\.\s?ej|por ejemplo|zum beispiel|for example|for instance|per esempio|par exemple"
    r"|ejemplo|example|beispiel|exemple|esempio|exemplo)\.?\s*$",
    re.IGNORECASE,
)


def ends_on_example(text: str) -> bool:
    """``…, ex``, ``Pronunciar la r como en el español, ejemplo``: words that go on, after their colon,
    into an example."""
    return _EXAMPLE_TAIL.search(plain(text).rstrip(" :")) is not None


_LEAD_ARROW = re.compile(r"^(?:→|⇒|⟹|->|=>|&rarr;|&rArr;|\$\\(?:[Rr]ight|[Ll]ong[Rr]ight)arrow\$)\s*")
_CONNECTIVE_ONLY = re.compile(
    r"(?:por (?:lo )?tanto|por ende|therefore|thus|hence|so|then|entonces|donc|alors|ainsi|quindi|dunque|allora|daher|also|somit"
    r"|portanto|logo|então|in other words|that is|i\.e\.|because(?: of)?|since|due to|as a result|similarly|similar|likewise"
    r"|heisst|heißt|das heisst|das heißt|d\.\s?h\.|cioè|c'est-à-dire|es decir|ou seja|vale a dizer"
    r"|weil|denn|parce que|à cause de|porque|debido a|perché|a causa di"
    # the other side, besides: ``D'autre côté, …``, ``On the other hand:``
    # (phrases only: a single word, ``außerdem``, ``但是``, is a word a vocabulary list teaches)
    r"|d'(?:un )?autre côté|de l'autre côté|par contre|en revanche|de plus|par ailleurs|on the other hand|in addition"
    r"|por otro lado|por otra parte|d'altra parte|dall'altra parte|por outro lado|além disso|另一方面"
    # ``特殊的是：``, ``需要注意的是：`` (what is special is …): the opening of a sentence, not a term
    r"|[^\W\d_]{1,8}的是|以下?以[^\W\d_]{1,8}为例|以[^\W\d_]{1,8}為例)\W*",
    re.IGNORECASE,
)


def is_connective(text: str) -> bool:
    """``Por lo tanto,``, ``Therefore:``: a word that joins steps, and nothing else."""
    return _CONNECTIVE_ONLY.fullmatch(plain(text).strip()) is not None


_SAID_HOW = re.compile(
    r"(?:the|a|an|my|one|in|another|in other)\s+(?:[^\W\d_]+\s+){0,2}(?:definition|answer|explanation|version|description|summary|words|terms)(?:\s+(?:is|would be))?"
    r"|(?:occurs?|happens?|lasts|travels?|takes place|starts?|begins?)\s+(?:in|at|on|during|after|before|when|for|from|along|inside|within)\b.*",
    re.IGNORECASE,
)
"""``A more specific definition``, ``The simple answer is``: how the line says what follows; ``Occurs in axons``:
a statement's verb and where, its subject the part above."""


_FORMULA_SIDE = re.compile(r"[A-Za-z](?:_?\w)?(?:\([a-z, ]{1,5}\))?|[^=\n]*[A-Za-z0-9)]\s*(?:[+*/^²³]|\s-\s)\s*[A-Za-z0-9(][^=\n]*")
"""``y``, ``f(x)``, ``x_1``, ``ax² + bx + c``: one side of an equation, not a term named before ``=``."""


_VALUE = re.compile(r"[-+]?\d[\w.,²³^]*|[a-z]")
"""``150x``, ``0``, ``3``, ``y``: the value on the other side of an equation."""


_CASE_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[\w.&'’()-]+){0,5}\s+(?:v|vs|v\.|vs\.|versus)\s+[A-Z][\w.&'’()-]*(?:\s+[\w.&'’()-]+){0,5}")
"""``Bengal Coal Company v. Homi Wadia``: the name of a court case, the parties on either side of ``v.``."""


EXAMPLE_SETUP = re.compile(r"\W*(?:consider|take|look at|observe|examine)\s+(?:the\s+)?(?:following|this|these)\b", re.IGNORECASE)
"""``Consider the following circuit:``, ``Take the following circuit as an example:``: the set-up of an example, not a term."""


def _term_ok(term: str, sep: str, bold: bool) -> bool:
    text = plain(term)
    bare = re.sub(r"^(?:\$\\star\$|[★☆•→⇒\s])+", "", text)  # (``$\star$ Si EPC = 0, …``: a mark before it)
    if not text or text.casefold().strip(" .*") in FILLER_TERMS or "http" in text or _CONDITION.match(bare):
        return False
    if EXAMPLE_SETUP.match(bare) or is_signpost(bare):
        return False  # ``Consider the following circuit:`` over a picture: the set-up of an example, not a term
    if re.search(r"\s\d{1,2}$", text) and re.sub(r"\s+\d{1,2}$", "", text).casefold().strip(" .*") in _NOTE_LABELS:
        return False  # ``**注 1**：一般处理时延 …``, ``Note 2: …``: the author's numbered note, not a term
    if "`" not in term and re.fullmatch(r"\s*(?:[-#*+]|-?\s*\(\s*-?\s*\))\s*", text):
        return False  # ``#`` over a line of sharps, ``- (-)`` left from a table: marks, no term
    if re.fullmatch(r"[|\s]+", text):
        return False  # ``|->gli atomi si scontrano``: an arrow drawn before a line, no term (``∅``, ``+``, ``#`` are ones)
    if bare != text.strip() and text.lstrip()[:1] in "→⇒" and re.fullmatch(r"-{0,2}[\w.]{1,3}", bare.strip()):
        return False  # ``- → n - incluye passwords con números`` under ``pwgen -nyc 12``: a piece of the line above, not a term
    if re.match(r"(?:e\.\s?g\.?|eg\.|z\.\s?b\.|p\.\s?ex\.|por ejemplo|por exemplo|par exemple|zum beispiel|ad es\.|ad esempio|per esempio|for example|for instance|ex\.)(?:\s|$)", text.strip(), re.IGNORECASE):
        return False  # ``e.g department -> duh partment``: an example of what the line above says, not a term
    if _CONNECTIVE_ONLY.fullmatch(text.strip()) or _CONNECTIVE_ONLY.fullmatch(_LEAD_ARROW.sub("", text.strip())):
        return False  # ``Por lo tanto,``, ``Because of:``, ``&rarr; similar:``: how a step begins, not a term
    if _SAID_HOW.fullmatch(text.strip()):
        return False  # ``A more specific definition: A LAN is …``: how the line puts it, not a term
    if re.match(r"\$\(?\d{1,2}[.)]\$", text.strip()):
        return False  # ``$1)$ $V=\R^n$ …``: the first of numbered examples, not a term
    if "((" in term and _BLOCK_REF.search(term):
        return False  # ``((63896930-…))``: a block of another page, not a term the note holds
    if term.lstrip().startswith("#+"):
        return False  # ``#+title: Erstehilfe``: a setting of an Org or Logseq file, not a term
    if words(text) >= 5 and _EXAMPLE_TAIL.search(text):
        return False  # ``intermediate goods is not included in GDP, ex: price of finished car``: an example follows
    if text[:1] in ",.;)" or is_part_number(text):
        return False  # ``, where i``; ``*Q20``, ``L1``, ``W6``: a piece of a sentence, or a number of a part
    if text.split()[0].casefold() in ("and", "dan", "und", "og", "och") and len(text.split()) >= 2:
        return False  # ``dan mengomunikasikan hasilnya``: the rest of a sentence begun on the line above
    if re.match(r"not (?:just|only|merely)\b", text.strip(), re.IGNORECASE):
        return False  # ``Not just resource to resource -- also manages the doors``: the line above goes on, no term
    if re.match(r"I (?:have|had|am|was|will|did|just|finally|passed|think|got|need|want|found|used|learned|learnt)\b", text.strip()):
        return False  # ``I have finally passed my Exam AZ-900: …``: the author speaking, not a term
    if _LEAD_NOUN.fullmatch(text):
        return False  # ``The need: automated, hands-off IP configuration``: a sentence's opening, not a term
    if re.search(r"[^。！？\s]{4}[。！？][^\s。！？]", text.strip()):
        return False  # ``宏观经济政策是…的政策目标。政策目标：充分就业…``: a sentence ends before it, it is not a term
    count = len(text.split())
    if sep == ":" and count >= 3 and text.split()[-1].casefold() in _LEADS_ON:
        return False  # ``O mesmo código foi executado substituindo <colecao> por:``: a sentence the list ends

    if bold:
        return count <= 12
    if sep == ":" and _SPANISH_PHRASE.match(text) and count <= 8:
        return True  # ``¿Dónde está el baño? : Where is the bathroom?``: a phrase and what it means, not a question asked
    if sep in ("-", "–", "—") and text.rstrip().endswith("?") and count <= 6 and not _INTERROGATIVE.match(text.strip()):
        return True  # ``Wer? - Who?``, ``Wie geht es dir? - How are you?``: a phrase of another language and what it means
    if _CASE_NAME.fullmatch(text.strip()) and count <= 10:
        return True  # ``Bengal Coal Company v. Homi Wadia - Tender can be withdrawn …``: a case and what it held
    if _SENTENCE_END.search(text + " ") and not _CODE_TERM.fullmatch(term.strip()):
        return False  # (`` `?` - zero or one time``: a symbol in code ends no sentence)
    if count > 1 and _INTERROGATIVE.match(text):
        return False
    if sep in ("-", "--", "–", "—") and count > 2 and _CLAUSE_VERB.search(text):
        return False  # ``There is no God -- God is Nature``: a statement and a remark on it, not a term
    return count <= (8 if sep == ":" else 5)


_CONJUNCTIONS = frozenset(["that", "che", "que", "dass", "daß", "qui", "whether", "wenn", "quando", "cuando", "dat", "yang"])
"""Words a clause goes on from, whatever follows: a line ending on one is not a label."""


def goes_on(text: str) -> bool:
    """``Usando il teorema, possiamo notare che:``: a clause that ends on a conjunction, finished by
    what follows it."""
    said = plain(text).rstrip(" :,")
    return words(said) >= 3 and said.split()[-1].casefold() in _CONJUNCTIONS
_LEADS_ON = frozenset(
    [
        "by", "with", "to", "of", "for", "the", "as", "like", "into", "from", "are", "is", "include", "includes",
        "por", "pelo", "pela", "para", "com", "como", "de", "do", "da", "em", "con", "en", "du", "des", "avec",
        "par", "pour", "von", "mit", "zu", "für", "durch", "wie", "als", "per", "di", "della", "dei", "tra",
        # and the verbs a quotation follows: ``Al planteamiento de Locke que dice: "Nada hay …"``
        "says", "said", "writes", "wrote", "dice", "dijo", "afirma", "escribe", "agregó", "sagt",
        "schreibt", "dit", "écrit", "diz", "disse", "scrive",
    ]
)
"""Words a sentence goes on from: a line that ends on one (``… substituindo <colecao> por:``) is
finished by what follows it, not a term defined by it."""


_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|has|have|had|can|cannot|can't|will|won't|does|doesn't|"
    r"did|didn't)\b",
    re.IGNORECASE,
)


_CHANGE = re.compile(r"\s(?:->|→)\s")


def names_a_change(term: str) -> bool:
    """``solido -> liquido``: a term that names a change from one thing to another (split off its
    name by ``split_definition``), never too short to study nor a name to recite in a list."""
    return _CHANGE.search(term) is not None


_READING_GLOSS = re.compile(r"\s*(?P<word>`[^`\n]+`(?:\s*/?\s*`[^`\n]+`)*)\s*\*(?P<reads>[^*\n]+)\*\s*\((?P<gloss>[^()\n]{2,120})\)\s*[.;,]?")
"""A word in code, its reading in italics and its meaning in brackets: how vocabulary lists of Japanese
or Chinese are written (a code span ``ください``, then ``*kudasai*``, then ``(por favor)``)."""


def named_formula(text: str) -> Definition | None:
    """``Speed $v = \\frac{2\\pi r}{T}$``: a quantity named in a few words, then its formula; never a
    sentence that leads into it (``Let $G = …$``, ``Hier gilt die Formel $U = …$``)."""
    named = _NAMED_FORMULA.fullmatch(text)
    if named is None or words(named["name"]) > 4 or _CLAUSE_VERB.search(named["name"]) or _INTERROGATIVE.match(named["name"]):
        return None
    said = named["name"].casefold().split()
    if said[0] in _FORMULA_LEADS or said[-1] in _FORMULA_LEADS or said[-1] in _LEADS_ON or said[-1] in _CONJUNCTIONS:
        return None
    return Definition(named["name"].strip(), "$", (named["math"] + named["rest"]).strip(), bold=False)


_FORMULA_THEN_NAME = re.compile(
    r"\s*(?P<math>\$[^$\n]*[^\s$]\s*\$)\s*(?:(?P<sep>--|—|–|:)\s+)?(?P<name>[^\W\d_][^\n]{1,200})"
)


def formula_then_name(text: str) -> Definition | None:
    r"""``$X_s(t) =$ number of jobs receiving service at time $t$``, ``$p_A = \lambda_A \Delta$ -- probability of
    arrival during a frame``: a symbol, or a formula, then what it stands for in words. A symbol is asked for
    its meaning; a formula by the name of what it gives."""
    found = _FORMULA_THEN_NAME.fullmatch(text)
    if found is None:
        return None
    math, name = found["math"], found["name"].strip()
    open_equals = re.search(r"=\s*\$$", math) is not None
    if not open_equals and found["sep"] is None:
        return None  # (``$x$ is the mean``: a sentence about the symbol)
    inner = re.sub(r"\s*=\s*\$$", "$", math)
    if (words(name) < 2 and "=" in inner) or _CLAUSE_VERB.match(name) or name.casefold().split()[0] in _FORMULA_LEADS:
        return None
    if "=" not in inner:
        return Definition(inner, "$", name, bold=False)  # ``$X_s(t) =$ number of jobs …``: the symbol's meaning
    if re.fullmatch(r"\$[^=$]+=\s*[-+]?\d+(?:[.,]\d+)?\s*\$", inner) or _CLAUSE_VERB.search(re.split(r"[,.;(]", name)[0]):
        return None  # ``$\sigma = 0$: the Laplace transform becomes …``, ``$e_d = 1$: demand is unit elastic``: a case, then what holds
    cut = re.search(r"[,;.(]|\s--\s|\s(?:i\.e\.|e\.g\.)", name)
    called, rest = (name[: cut.start()], name[cut.start() :]) if cut else (name, "")
    if not 1 <= words(called) <= 12:
        return None
    rest = rest.strip()
    return Definition(called.strip(), "$", f"{inner}{'' if rest[:1] in ',.;' else ' '}{rest}".strip(), bold=False)


_FORMULA_LEADS = frozenset(
    ["if", "let", "when", "where", "with", "and", "so", "then", "thus", "hence", "recall", "analogous", "analagous",
     "si", "sea", "soit", "sei", "seien", "wenn", "hier", "diese", "dies", "this", "we", "ustalmy", "niech", "dla",
     "formula", "formel", "fórmula", "formule", "equation", "gleichung", "ecuación", "équation", "gilt", "als", "que", "da"]
)
"""Words a sentence leads into a formula with, not a name of what the formula gives."""


_SCALE = r"(?:low|moderate|high|mild|severe|small|medium|large|short|long|slow|fast|weak|strong|light|heavy|early|late|min|max|minimal|maximal)"
_SCALE_END = re.compile(rf"\s(?i:{_SCALE})$")
_SCALE_START = re.compile(rf"(?i:{_SCALE}|very)\b")
"""``@ low - moderate intensity``: the two ends of a range on a scale, the dash between them."""
_CONDITION_ON = re.compile(
    r"\s(?i:when|if|for|where|whenever|wenn|falls|für|si|quand|lorsque|cuando|quando|se|als|gdy|jeśli|dla|при|если|когда)\s+\$?[^\W\d_]\w{0,2}\$?\s*$"
)
"""``Trapezoid when m``: a phrase ending on a condition on one variable (``… when m = 1``)."""
_NAMED_FORMULA = re.compile(r"\s*(?P<name>[^\W\d_][^\W\d_ /'-]*(?:[ /'-][^\W\d_]+){0,5})\s+(?P<math>\$[^$\n]*[^\s$=]\s*=\s*[^$\n]+\$)(?P<rest>\s*(?:\([^()\n]*\))?\s*)")
"""A quantity named in words, then its formula (``Speed $v = \\frac{2\\pi r}{T}$``, ``Angular speed/frequency
$w = \\frac{2\\pi}{T}$ (radians s<sup>-1</sup>)``): the name is the term, the formula what it is."""
_BOLD_ITALIC = re.compile(r"^(?:\*\*_([^_*\n]+?)_\*\*|_\*\*([^_*\n]+?)\*\*_|\*\*\*([^*\n]+?)\*\*\*)")
"""``**_Interquartile range:_**``, ``_**Term:**_``, ``***Term:***``: a term in bold and italic at once."""
_CODE_GLOSS = re.compile(
    r"\s*\*\*(?P<word>[^*`\n]{1,60}?)\*\*\s*`(?P<gloss>[^\W\d_][^`(){}\[\]=<;/\\$|\n]{0,100}?)\s*(?:`|$)(?P<rest>(?:\s*[_`*][^\n]*)?)"
)
"""A word in bold and its meaning in a code span, perhaps an example after it: how some vocabulary
lists are typed (``**flight** `Vuelo` ``, ``**bored** `aburrido` _he is bored_ `El está aburrido` ``)."""


_OPERATOR = re.compile(r"\s*[<>!]\s*")
_ENDS_DATED = re.compile(r"[^\W\d_]\.?\s+\d{3,4}\s*$")
_OPENS_DATED = re.compile(r"\d{1,2}\.?\s+[^\W\d_]")


_DANDA_GLOSS = re.compile(r"(?P<term>[^।\n]*[\u0900-\u097f][^।\nA-Za-z]{0,60}?)\s*।\s*(?P<body>[^।\n]*[A-Za-z][^।\n]*)")
"""``लगना । strike``, ``सारा । m. body``: a word in Devanagari, the danda, then what it means in another script."""


LESSON_GIVEN = re.compile(
    r"\W*(?i:aula|palestra|lecture|class|talk|session|vorlesung|clase|cours|lezione)\s+"
    r"(?i:ministrada|dada|given|held|taught|delivered|gehalten|impartida|donnée?|tenuta)\b"
)
"""``aula ministrada dia 29/10/2020, por Thais Requito``: when the lesson was given, and by whom."""


KINDS_TITLE = re.compile(
    r"(?:types?|kinds?|sorts?|classes|categories|tipos|clases|tipi|arten|typen|types|rodzaje|druhy|soorten)\s+(?:of|de|di|von|der|des|du|od|van)\b",
    re.IGNORECASE,
)
"""``Tipos de Amenaza``, ``Types of Memory``: a heading that asks for the kinds, listed below."""


WORD_CLASS = re.compile(
    r"\W*(?:(?:adj|adv|prep|conj|pron|interj|noun|verb|adjective|adverb|pronoun|preposition|conjunction|interjection"
    r"|determiner|adjektiv|präposition|konjunktion|名词|动词|形容词|副词)\.?|(?-i:n|v|vt|vi)\.)\W*",
    re.IGNORECASE,
)
"""A value that is only a part of speech (``adj.``, ``pronoun``): what the word is, not what it means."""


EXAM_ID = re.compile(r"(?:[\w-]+\s+)?(?:\(\d{1,3}\)\s*)?\[ID:?\s*\d{3,}\]")
"""``MuKb02 (2) [ID: 3004719]``: the number a question has in an exam's bank, which says nothing of what it asks."""


_WORKING = (
    r"(?i:(?:(?:and |so |thus |hence |then |therefore |threfore |now )?(?:we|you) (?:have|get|obtain|find|assume|know|can write|write|conclude))"
    r"|in (?:our|this|that|the general|the first|the second) case)"
)
WORKING_WORDS = re.compile(_WORKING)
"""``We have:``, ``therefore we assume:``, ``in our case:``: the working going on, words that name nothing."""
LEADS_TO_WORDS = re.compile(
    r"(?i:(?:it|this|that|that[’']s(?: why)?|let[’']s|let us|we|they|he|she|you|one|the (?:rule|law|book|author|text))\b[^:\n]{0,40}?"
    r"\b(?:say|says|said|mean|means|put it|state|states|read|reads))"
    rf"|{_WORKING}"
    r"|[^:\n]{3,80}?\b(?i:secondo cui|per cui|según (?:el|la) cual|según los cuales|selon lequel|selon laquelle|wonach|according to which|whereby)"
)
"""``It says``, ``Let's say``, ``That's why we say``, ``… norme giuridiche secondo cui``: a clause that leads into the
words or the points after its colon, no term they define."""


_PLURAL_MARK = re.compile(r"(,\s*-):(?=(?:e|er|en|n|s)(?![\w]))")
"""``der Markt,-:e``: a German noun's plural (umlaut, then -e), whose colon separates nothing."""


_ITALIC_LINE = re.compile(
    r"(?P<mark>[^\w\s*_]{0,3}\s*)([*_])(?=\S)(?P<said>[^*_\n]*?\S(?:\s[=:–—-]|:)\s[^*_\n]*?)(?<=\S)\2(?P<rest>\s*(?:\([^()\n]*\))?\s*)"
)
"""``🔎 *“Day-to-day” = custodian* (EXAM!)``, ``*Owner: final authority*``: a term and its meaning in one italic span."""


@lru_cache(maxsize=CACHE_SIZE)
def split_definition(text: str) -> Definition | None:
    """Split an item or paragraph into term and definition, or None when it is not one."""
    if "-:" in text and _PLURAL_MARK.search(text):
        found = _split_definition(_PLURAL_MARK.sub("\\1\uE000", text))
        if found is None:
            return None
        return Definition(found.term.replace("\uE000", ":"), found.sep, found.body.replace("\uE000", ":"), bold=found.bold)
    return _split_definition(text)


def _split_definition(text: str) -> Definition | None:
    if re.fullmatch(r"\s*!?\[\[[^\]\n]+\]\]\s*", text):
        return None  # ``[[Måleteknikk 1 - Temperatur og resistans]]``: a link to a note, whose title it is
    text = clean(text)
    if ")- " in text:
        text = re.sub(r"^([^()\n]{1,60}\([^()\n]{1,20}\))-(?= )", r"\1 -", text)  # ``Internet gateway (IGW)- required for …``: its dash typed glued
    if text.startswith("<"):
        text = re.sub(r"^(?:\s*<br\s*/?>)+\s*", "", text, flags=re.IGNORECASE)  # ``<br>**pH**: …``: a break before it
    if text.startswith(("**_", "_**", "***")):
        text = _BOLD_ITALIC.sub(lambda m: f"**{m.group(1) or m.group(2) or m.group(3)}**", text, count=1)  # ``**_Interquartile range:_**``: bold and italic, a bold term
    if text.startswith("__"):
        text = re.sub(r"^__(?=\S)([^_\n]+?)(?<=\S)__(?!_)", r"**\1**", text)  # ``__Layer 7 - Application__:``: bold too
    if ("*" in text or "_" in text) and (italic := _ITALIC_LINE.fullmatch(text)) is not None:
        text = f"{italic['mark']}{italic['said']}{italic['rest']}"  # ``🔎 *“Day-to-day” = custodian* (EXAM!)``: a whole line in italics
    if text[:1] in "*_" and text[1:2] not in "*_":
        text = re.sub(r"^([*_])(?=\S)([^*_\n]{1,60}?:)\1(?![*_])", r"**\2**", text)  # ``*Fórmula:* …``: a label in italics
    reading = _READING_GLOSS.fullmatch(text)
    if reading is not None:  # ```きらきら` *kirakira* (brillando)``: a word, how it reads, what it means
        return Definition(f"{reading['word']} *{reading['reads'].strip()}*", "(", reading["gloss"].strip(), bold=False)
    glossed = _CODE_GLOSS.fullmatch(text)
    if glossed is not None:  # ``**flight** `Vuelo` ``, ``**fancy** `elaborado elegante` _the party was very fancy_``
        rest = glossed["rest"].strip()
        return Definition(plain(glossed["word"]).strip(), "`", glossed["gloss"].strip() + (f" — {rest}" if rest else ""), bold=True)
    if "।" in text and (glossed := _DANDA_GLOSS.fullmatch(text)) is not None:
        return Definition(glossed["term"].strip(), "।", glossed["body"].strip(), bold=False)  # ``लगना । strike``
    if "|" in text and (piped := _PIPED_TERM.fullmatch(text)) is not None and "**" not in piped["body"]:
        return Definition(plain(piped["term"]).strip(), "|", piped["body"].strip(), bold=True)  # ``**Mental Set** |  readiness to respond``
    match = _BOLD_TERM.match(text)
    if match and (match.group("sep") or match.group("insep") or not match.group("body")):
        sep = (match.group("insep") or match.group("sep") or "").strip()
        body = match.group("body").strip()
        if sep == "." and not body:
            sep = ""
        if sep in (".", "") and (arrow := re.match(r"(→|->|=>|⟶|⇒)\s*", body)):
            sep, body = arrow.group(1), body[arrow.end() :]  # ``**Me gusta el libro.** → *Mir gefällt das Buch.*``
        term = plain(match.group("term"))
        if _term_ok(term, sep, bold=True):
            return Definition(term, sep, body, bold=True)
    match = _PLAIN_TERM.match(text)
    if not match:
        return None
    term, sep, body = match.group("term"), match.group("sep").strip(), match.group("body").strip()
    if sep in ("->", "→", "=>", "⇒") and re.search(r"(?:^|\s)[A-Z]{1,2}$", plain(term).strip()) and re.match(r"[A-Z]{1,2}(?![\w])", body):
        return None  # ``X -> Y es una dependencia funcional total si …``, ``P → Q``: a dependency or an implication, in symbols
    if sep == ":" and LEADS_TO_WORDS.fullmatch(plain(term).strip()):
        return None  # ``It says: “Any traffic …”``, ``Sono delle norme giuridiche secondo cui: …``: a clause that leads into what follows
    if term.startswith("***") and plain(term).startswith("*") and body.startswith("*"):
        term, body = term.lstrip("*"), body.lstrip("* ")  # ``***Product Owner:* il punto …**``: bold and italic opened together
    if sep == "-" and match.group("sep") == "-" and text[match.end("term") : match.end("term") + 1] == "-" and (
        re.search(r"(?:^|\s)[A-Z]{1,3}$", term) or term.split()[0].casefold() in _GLUED_NOT_TERM
    ):
        return None  # ``For RA- variants read access …``: the first part of a hyphened name (RA-GRS), not a term
    if sep == "-" and re.fullmatch(r"[a-z]", term) and text[match.end("term") : match.end("term") + 1] == "-":
        return None  # ``v- Los alquenos se caracterizan …``: a stray key typed before the bullet, not a term
    if sep == "=" and (cond := _VALUE_THEN.match(body)) is not None and words(plain(term)) <= 3:
        return Definition(f"{term.strip()} = {cond['value']}", cond["arrow"], body[cond.end() :].strip(), bold=False)  # ``ERD = 0 -> bem de consumo saciado``
    if sep.startswith("<") and (opposite := _OPPOSITE.match(body)) and opposite["word"].casefold() == plain(term).strip().casefold():
        return None  # ``Steady <-> unsteady (transient)``: a word and its opposite, not a term and what it means
    if sep in ("-", "–", "—", "--") and _GOES_ON_AFTER_DASH.match(body):
        return None  # ``Almost like a cache - but don't use it as a cache``, ``Logging data - e.g. coming off Kinesis``: one thought, its second half
    if re.match(r"\s*(?:-{1,2}>|=>|→|⇒)", term):
        return None  # ``-> W = $\vec{F} \cdot \vec{x}$``: a step of a derivation, the arrow leading from the line above
    if is_attributed_quote(text):
        return None  # ``"Ist eigentlich ein einfaches Thema" - Espi``: a quotation and who said it
    glued = text[match.end("term") : match.start("body")] == match.group("sep")  # (no space on either side)
    if glued and match.group("sep") == "=" and re.search(r"(?:^|\s)--?[A-Za-z][\w-]*$", term):
        return None  # ``--dry-run=client -o yaml``, ``kubectl proxy --port=8080``: an option and its value, typed as a command
    if sep == ":" and (
        (glued and re.search(r"(?:^|[^\w])[A-Z0-9]{1,2}$", term) and re.match(r"[A-Z0-9]{1,2}(?!\w)", body))
        or (re.search(r"\s[A-Z1]$", term) and re.match(r"[A-Z1],", body))
    ):
        return None  # ``Seguem o modelo N: M, mapeamento …``, ``a ratio of 1:1``: a ratio, the colon inside it
    if glued and match.group("sep") == ":" and re.match(r"\d{2,5}\b", body) and re.search(r"(?:localhost|[\w-]+\.[a-z]{2,}|\d+\.\d+\.\d+\.\d+)$", term):
        return None  # ``browse localhost:8080``, ``example.com:443``: a host and its port, not a term and its meaning
    if sep == "=" and re.search(r"[，,；;]", plain(term)) and re.search(r"\d", term):
        return None  # ``之后每一年，机器价值减少1万元/10年 = 1000元``: a clause of a calculation, not a term
    if sep == "=" and _OPERATOR.fullmatch(term):
        return None  # ``<= 6 reps``: an operator, not a term before its separator
    if sep in ("-", "–", "—") and _SCALE_END.search(plain(term)) and _SCALE_START.match(plain(body)):
        return None  # ``important energy source @ low - moderate intensity``: a range on a scale, not a term
    if sep == "--" and text.count(" -- ") >= 3:
        return None  # ``Preamble -- SFD -- Destination -- Source -- Type``: the fields of a header in order, not a term
    if sep == "-" and ("，" in term or re.match(r"\s*(?:也称为|也称|又称|也叫|亦称)", term)):
        return None  # ``也称为存储 - 转发网络，…``: a sentence with a compound (存储-转发) in it, not a term
    if sep == "=" and _CONDITION_ON.search(plain(term)):
        return None  # ``Trapezoid when m = 1``: a condition on a variable, not a term and its value
    if sep == "=" and (
        text[match.start("sep") - 1 : match.start("sep")] in "<>!"
        or (_FORMULA_SIDE.fullmatch(plain(term).strip()) and _VALUE.fullmatch(re.split(r"\s*(?:->|→|=>|,|;)\s*|\s+", body.strip(), maxsplit=1)[0]))
    ):
        return None  # ``y = 150x``, ``f(x) = 3``, ``ax² + bx + c = 0``, ``resultado precisa ser >= 0``: an equation, not a term
    if (
        sep in ("->", "-->", "→", "=>")
        and re.fullmatch(r"[A-Za-z][A-Za-z0-9']{0,2}", term.strip())
        and (node := re.match(r"([A-Za-z])[A-Za-z0-9']{0,2}(?:\s*$|\s+(?:if|iff|when|whenever|means|wenn|si)\b)", body)) is not None
        and node.group(1) == term.strip()[0]
    ):
        return None  # ``Pi -> Pj if Pi is waiting for Pj``: an edge between two nodes, not a term and its meaning
    if sep == "-" and re.fullmatch(r"[^=\n]{1,40}\s=\s[^=\n]*[^\W\d_]{3}[^=\n]*", plain(body).strip()) and "=" not in term and words(plain(term)) <= 3:
        return None  # ``Major interval - `<HS>` = minor interval``: a sum in words (A - B = C), not a term and its meaning
    if sep in ("-", "–", "—") and (ends := re.fullmatch(r"(.*?\S)\s*\d{1,3}", plain(term).strip())) and re.fullmatch(rf"{re.escape(ends.group(1))}\s*\d{{1,3}}", plain(body).strip()):
        return None  # ``Typ 0 - Typ 3``, ``Level 1 – Level 4``: a range of numbered kinds, not a term and its meaning
    if sep in ("-", "–", "—") and re.fullmatch(r"[A-Z]{2,}", plain(term).strip()) and re.fullmatch(r"[A-Z]{2,}", plain(body).strip()):
        return None  # ``ASP - JSON``, ``SEARCH - TAG``: two keywords of a list in capitals, not a term and its meaning
    if sep in ("-", "–", "—") and _ENDS_DATED.search(term) and _OPENS_DATED.match(body):
        return None  # ``24 Temmuz 1908 - 13 Nisan 1909``: a range of dates, not a term and its meaning
    if sep in ("-", "–", "->", "→") and (found := len(re.findall(r"\s(?:-|–|->|→)\s", body))) >= 1 and all(
        words(re.sub(r"\([^()]*\)", "", part)) <= (3 if found >= 2 else 1) for part in [term, *re.split(r"\s(?:-|–|->|→)\s", body)]
    ):
        return None  # ``request (요청) - allocate (할당받음) - use (사용) - release (배출)``: the steps of a sequence
    if sep in ("->", "→") and (edge := re.match(r"([^:\n]{1,30}?):\s+(?=\S)", body)) is not None and words(edge.group(1)) <= 3 and edge.group(1)[:1].isupper():
        return Definition(f"{term} {sep} {edge.group(1)}", ":", body[edge.end() :].strip(), bold=False)  # ``Process -> Resource: a request``
    if sep in ("->", "→") and (named := re.match(r"([^=:\n]{1,30}?)\s*=\s*([^=\n]{1,60})(?=\n|$)", body)) is not None and (
        words(term) <= 3 and words(named.group(1)) <= 3 and words(named.group(2)) <= 8 and "=" not in body[named.end() :]
    ):
        return Definition(f"{term.strip()} {sep} {named.group(1).strip()}", "=", body[named.start(2) :].strip(), bold=False)  # ``solido -> liquido = Fusão``: a change and its name
    if (
        sep in ("->", "→")
        and (step := _STEP_IS.match(body)) is not None
        and words(plain(term)) <= 2
        and words(step["rest"]) <= 8
        and plain(term).strip()[:1].isupper() == step["to"][:1].isupper()
    ):
        if re.sub(r"^(?:an?|the)\s+|\s*\([^()]*\)", "", plain(step["rest"]).strip(" .")).casefold() in (step["to"].casefold(), plain(term).strip().casefold()):
            return None  # ``Root → Third is a third (major or minor)``: the step named by where it goes, nothing to ask
        return Definition(f"{term.strip()} {sep} {step['to']}", ":", step["rest"].strip(), bold=False)  # ``G1 → S is the checkpoint``: a step and what it is
    if sep == ":" and len(plain(term)) <= 3 and len(re.findall(r"(?:^|\s)[^\s:]{1,3}:\s", body)) >= 2:
        return None  # ``S: ja      M: ja      A: ja …``: a row of several labels and values, no term of one
    if sep == ":" and re.match(r":\s", body):
        body = body[1:].strip()  # ``Hydraulic Action:`` / ``:   When a wave …``: a definition list's colon, not text
    if match.group("sep") == ":" and body[:1] in "–−-+" and body[:1]:
        return None  # ``Nu:– binds as …``: a charge written on a symbol, not a separator
    if match.group("sep") == ":" and re.match(r"(?:s|n|in|en|ssa|ssä|lla|llä)\b", body) and re.search(r"\w[*_]*:(?:s|n|in|en|ssa|ssä|lla|llä)\b", text):
        return None  # ``*I*:s barndom``, ``USA:s``, ``EU:n``: a Swedish or Finnish ending after an abbreviation
    if match.group("sep") == ":" and re.match(r"[A-Z]{2,}\b", body) and re.search(r"\w:[A-Z]{2,}\b", text):
        return None  # ``Peptide:MHC II generated from …``: a complex of two molecules, written with a colon
    if match.group("sep") == ":" and re.search(r"[A-Za-z]*\d[A-Za-z\d]*:[A-Za-z]*\d|\d:\d", text[: len(term) + 2 + 4]):
        return None  # ``O157:H7``, ``3:1``: a name or a ratio written with a colon, not a separator
    code_term = _CODE_TERM.fullmatch(term.strip()) is not None  # ``sched_yield()``, `` `$` ``: a name in code
    if not code_term and (term.count("$") % 2 or term.count("$$") % 2 or term.lstrip()[:1] == "(" or term.count("(") > term.count(")")):
        return None  # ``$(x+y)+z = x+(y+z)$``, ``(Links:: …)``, ``MONTESQUIEU (1689 - 1755)``: inside math or an aside
    if term.count("（") > term.count("）"):
        return None  # ``单选题（古语 -- 因素 + 地位）``: the separator is inside a full-width aside
    if sep in ("=>", "->", "→") and re.search(r"=>|<=|->|<-|→|←", body):
        return None  # a flow (``A => B => C``), not a definition
    if sep in ("-->", "⟶", "⇒") and (steps := re.split(r"\s*(?:-->|⟶|⇒)\s*", body)) and len(steps) >= 2 and all(
        words(step) <= 4 for step in [term, *steps]
    ):
        return None  # ``公鑰 --> 名字 --> 效期``: the steps of a flow, not a term and its meaning
    if sep in ("=>", "->", "→") and _CLAUSE_VERB.search(term) and len(term.split()) >= 3:
        return None  # ``Truth is being -> homogeneous changes``: one thought leading to the next, not a term
    if sep in ("=>", "->", "→") and re.fullmatch(
        r"\s*(?:(?:from|von|desde)\b.*|high|low|higher|lower|more|less|up|down)\s*", term, re.I
    ):
        return None  # ``High -> low concentration of water``, ``From low concentration -> high``: a direction, not a term
    if sep == "=" and re.fullmatch(r"\s*(?i:at|to|using|use|we\s+\w+|set|let|with|when|if|for|where)\b.*\s[A-Za-z]\s*", term):
        return None  # ``using i = dq/dt (…)``, ``we set t = 0 back again``: a variable set in the middle of a sentence
    if sep == "=" and re.search(r"(?<![<>!=])=(?!=)", body):
        return None  # ``PRODUCTION = EXPENDITURE = INCOME``: an identity, not a term and its meaning
    if match.group("sep") == "=" and re.match(r"\s*[^\s=]{1,3}=[\w(^]", text):
        return None  # ``E=mc2 is the relationship …``: a formula written tight, not a term and its meaning
    opening = term.lstrip()[:1]
    if re.search(r"<[A-Za-z][^<>]*$", term):
        return None  # ``<mark style="background: …">``: the separator is inside an HTML tag
    if opening in ("_", "*") and term.count(opening) % 2 and not body.startswith(opening):
        return None  # ``_Fixed time C: compile time_``: the separator is inside emphasis
    if re.search(r"(?:^|\s)_(?=[^\s_])[^_]*$", term) and re.search(r"(?<=\S)_(?:\s|$|[.,;:!?)])", body):
        return None  # ``… aims towards _AZ-900: Microsoft Azure Fundamentals_ with …``: inside emphasis opened mid-line
    if ("`" in term and not code_term) or "[" in term or not _term_ok(term, sep, bold=False):
        return None
    return Definition(plain(term), sep, body, bold=False)


_ATTRIBUTED_QUOTE = re.compile(r"\W*[\"“«„].{8,}[\"”»“]\s*[-–—―]+\s*[A-Z][\w.' -]{1,40}")


def is_attributed_quote(text: str) -> bool:
    """``"You can see a lot by looking" - Yogi Berra``, ``"Ist eigentlich ein einfaches Thema" - Espi``: words
    quoted and who said them, not a fact."""
    return _ATTRIBUTED_QUOTE.fullmatch(plain(text)) is not None


def defines_then_asks(text: str) -> bool:
    """``Due Care - you were following the best standards.  Responsible. Did you make an effort?``: a
    term's definition that ends on the questions it raises, not a question the next paragraph answers."""
    found = split_definition(text)
    return found is not None and found.sep in ("-", "–", "—", ":") and bool(re.search(r"[.!]\s", plain(found.body)))


@lru_cache(maxsize=CACHE_SIZE)
def is_label(text: str) -> bool:
    """A short line that introduces what follows: ``**Mechanism**``, ``Compute Services:``."""
    cleaned = clean(text)
    if not cleaned or "\n" in cleaned:
        return False
    stripped = plain(cleaned)
    if goes_on(stripped):
        return False  # ``Usando il teorema, possiamo notare che:``: a clause its list finishes, not a label
    definition = split_definition(cleaned)
    if definition is not None:
        return definition.body == ""
    if "=>" in stripped or "<=" in stripped:
        return False  # a flow (``Producers => Firehose => S3``), not a label
    if re.search(r"[=*/+]", stripped) and "(" in stripped:
        return False  # a formula, not a label
    return words(stripped) <= 8 and not re.search(r"[.!?]$", stripped)


_THEN_TASK = re.compile(
    r"\?\s+(?:justify|explain|discuss|describe|give|list|name|compare|evaluate|outline|support|illustrate|show)\b[^?]*[.!]?$",
    re.IGNORECASE,
)
"""``…? Justify how these steps are ethical.``: a question, then the task an exam sets with it."""


_WHICH_OF_QUIZ = re.compile(r"(?i:which of the (?:following|ports|options|statements|answers|choices)|which (?:two|three) of)\b")
"""``Which of the ports listed below …``: a quiz's question, even with its mark left off."""


@lru_cache(maxsize=CACHE_SIZE)
def is_question(text: str) -> bool:
    """A paragraph that asks something: its last sentence ends in ``?`` and reads as a question."""
    cleaned = plain(text).rstrip("*_ ").replace("？", "?")  # a full-width mark asks too (どれでしょうか？)
    if re.match(r"[\W_]*(?:todo|to do|fixme|tbd)\b", cleaned, re.IGNORECASE):
        return False  # ``#TODO for image example?``: the author's note to self, not a question to study
    if _TRUE_OR_FALSE.match(_QUESTION_NUMBER.sub("", cleaned)) or _QUESTION_LABEL.match(cleaned):
        return True  # ``Question: why not replace each edge by a path`` asks, even without a mark
    if not cleaned.endswith("?"):
        if _WHICH_OF_QUIZ.match(cleaned) and words(cleaned) <= 25 and not re.search(r"[.?]", cleaned[:-1]):
            return True  # ``Which of the ports listed below are used by RADIUS``: a quiz's question, its mark left off
        asked = _THEN_TASK.search(cleaned)  # ``What could Boeing have done? Justify how these steps are ethical.``
        return asked is not None and is_question(cleaned[: asked.start() + 1])
    sentences = re.split(r"(?<=[.!?])\s+|(?<=[。！])", _QUESTION_NUMBER.sub("", cleaned))  # (``1. Mi a szemafor?`` is one sentence)
    last = sentences[-1]
    return (
        bool(_QUESTION_START.match(last))
        or (len(sentences) == 1 and (words(last) <= 20 or bool(_ASKS.search(last))))
        or bool(_ASKS_LAST.search(last))  # ``This is an example of what?``
    )


@lru_cache(maxsize=CACHE_SIZE)
def is_name(text: str) -> bool:
    """An item that names a thing rather than saying something (for enumerations)."""
    if plain(text).endswith("?"):
        return False
    definition = split_definition(text)
    if definition is not None:
        return True
    stripped = plain(text)
    if stripped.endswith("?"):
        return False
    head = stripped.split(": ", 1)[0]
    if re.search(r"\s(?:vs\.?|v\.s\.?|versus)\s", head, re.I) and len(head.split()) <= 8:
        return True  # ``Private v.s. Public IP: ...`` names a comparison
    if "=>" in stripped or "<=" in stripped or re.match(r"(?:vs\.?|v\.s\.?|versus)\s", stripped, re.I):
        return False
    return 0 < len(stripped.split()) <= 6 and not re.search(r"[.!?]$", stripped)


@lru_cache(maxsize=CACHE_SIZE)
def is_explicit_label(text: str) -> bool:
    """A line its author marked as a label: bold on its own (even unclosed) or ending in ``:``."""
    line = _NBSP.sub(" ", text).strip()
    if not line or "\n" in line or words(line) > 12:
        return False
    if line.endswith(":") or line.endswith(":**"):
        return True
    return line.startswith("**") and (
        line.count("**") == 1 or (line.endswith("**") and line.count("**") == 2)
    )


_PART_WORDS = frozenset(
    ["recall", "recap", "review", "reminder", "summary", "overview", "example", "examples", "beispiel", "beispiele",
     "bsp", "ejemplo", "exemple", "exemplo", "esempio", "voorbeeld", "case", "case study", "case studies", "cast study", "caso", "cas", "fall", "topic",
     "temat", "téma", "thema", "tema", "sujet", "assunto", "argomento", "onderwerp", "exam tips", "exam tip", "notes",
     "lecture notes", "study notes", "cheat sheet", "cheatsheet", "notes on", "notes about", "reading notes"]
)


def is_part_word(term: str) -> bool:
    """``Case``, ``Example``, ``Recap``: a word that says what kind of part follows, whose name is after it."""
    return plain(term).casefold().strip(" *_:") in _PART_WORDS


_NUMBERED_TITLE = re.compile(r"^([^:：–—-]{1,20}?)\s*(?:[:–—-]\s+|：\s*)(\S.*)$")


def part_title(text: str) -> str | None:
    """``Cap 1: Le origini della società di massa`` -> ``Le origini della società di massa``: the title
    after the number of a part of a book or a course, or None when ``text`` does not open so."""
    numbered = _NUMBERED_TITLE.match(text)
    return numbered.group(2) if numbered is not None and is_part_number(numbered.group(1)) else None


_STYLE_TAGS = re.compile(r"</?(?:b|i|u|s|strong|em|ins|mark|small|big|sup|sub|span|font|center|div|p)\b[^>\n]*>", re.IGNORECASE)
_LEADING_MARKS = re.compile(r"^[\s\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f•▪◦‣·]+")
"""Arrows, emoji and bullets before a label: how it looked, not what it is called."""


_STATEMENT_LABEL = re.compile(
    r"(?:definition|def|satz|lemma|theorem|thm|korollar|corollary|proposition|prop|bemerkung|remark|folgerung"
    r"|théorème|définition|corollaire|teorema|definición|definizione|definição|stelling|definitie)\.?\s*"
    r"\d{1,3}(?:\.\d{1,3})*\.?(?:\s+(?P<name>.*))?",
    re.IGNORECASE,
)
"""``Definition 1.2.``, ``Satz 1.11. (Permutation)``: the number of a statement in a mathematics course,
and the name it may carry."""


_MATH_BOLD = re.compile(r"\$\\(?:textbf|mathbf|text)\{([^{}$\n]*)\}\$")
"""``$\textbf{Definition 10.5}$``: bold words written in math, as some notes set their labels."""


def statement_number(text: str) -> bool:
    """``Definition 1.2.``, ``$\textbf{Lemma 13.2}$``: only the number of a statement of a course, no name."""
    said = plain(_MATH_BOLD.sub(r"\1", text)).strip(" *_#:")
    found = _STATEMENT_LABEL.fullmatch(said)
    return found is not None and not (found.group("name") or "").strip(" ().")


_YEAR_LABEL = re.compile(r"[^\w\s]*\s*(?P<year>\d{3,4}s?(?:\s*[-–]\s*\d{2,4})?)")
"""``1973``, ``⏳ 1935``, ``1914–1918``: a year (or years) before what happened then."""


_COUNTED_LABEL = re.compile(r"\s*\d{1,3}(?:\.\d{1,3})*(?:[.)]\s*|\s+)[^\W\d_][\w-]*\s*:\s*\S")


def counted_label(text: str) -> bool:
    """``0. típus: Mondatszerkezetű nyelvtanok``: a number and a lower-case word that counts (type 0, the
    first theorem), then the name of what is counted."""
    said = plain(text)
    found = _COUNTED_LABEL.match(said)
    return found is not None and said.lstrip(" \t0123456789.)")[:1].islower()


_PIPED_TERM = re.compile(r"\*\*(?P<term>[^*|\n]{1,60})\*\*[ \t]+\|[ \t]+(?P<body>[^|\n]*\S[^|\n]*)")
"""``**Mental Set** |  readiness to respond``: a term in bold, a bar, what it means (a table's row typed as a line)."""
_STEP_IS = re.compile(
    r"(?!(?i:because|since|as|if|when|while|so|that|this|it|there|which|what|who|why|how|where|then)\b)"
    r"(?P<to>[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?) (?:is|are) (?P<rest>\S.*)",
    re.DOTALL,
)
"""``Third is a third`` after ``Root →``: where the step goes, then what the step is (never ``Because change
is inevitable``: a reason, no step)."""

_VALUE_THEN = re.compile(r"\s*(?P<value>[-+]?\d+(?:[.,]\d+)?)\s*(?P<arrow>->|→|=>)\s*(?=\S)")
"""``0 -> bem de consumo saciado`` after ``ERD =``: a value the term takes, then what it means."""


DATE_LABEL = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}")
"""``20/6/25``, ``2024-03-01``: a date."""


@lru_cache(maxsize=CACHE_SIZE)
def label_of(text: str) -> str:
    """The short name of a heading or item, for breadcrumbs: the term, the last ``=>`` part."""
    if "![" in text:  # ``Structure (1 Cluster below)`` over ``![alt text](../images/…svg)``: a picture's caption names nothing
        text = re.sub(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[\[[^\]\n]*\]\]", "", text).strip() or text
    marked = clean(text)
    if marked[:1] and not marked[:1].isascii():  # ``🔧 Lesson 1.4: Troubleshooting Methodology``: the mark before it names nothing
        marked = _LEADING_MARKS.sub("", marked) or marked
    definition = split_definition(strip_numbering(marked))
    name = definition.term if definition else plain(strip_numbering(marked))
    if definition is not None and definition.body and name.casefold() in _PART_WORDS:
        name = plain(definition.body)  # ``Recall: constitutional isomers`` is about the isomers
    if definition is not None and definition.body and (year := _YEAR_LABEL.fullmatch(name.strip())) and words(definition.body) <= 8:
        name = f"{plain(definition.body).rstrip(' .:')} ({year['year']})"  # ``1973 - Endangered Species Act``, ``⏳ 1935 – Saar Plebiscite``: about the act
    if definition is not None and definition.body and DATE_LABEL.fullmatch(name.strip()):
        name = plain(definition.body)  # ``20/6/25: CompTIA A+ 1101 — Networking Basics``: when it was written, then what about
    if definition is not None and definition.body and (is_sequence_label(name, bare=True) or counted_label(marked)) and words(definition.body) <= 8:
        name = plain(definition.body)  # ``Step 1: Selecting Root Bridge`` is about selecting the root bridge
    stated = _STATEMENT_LABEL.fullmatch(plain(_MATH_BOLD.sub(r"\1", name)).strip())
    if stated is not None and stated.group("name") and stated.group("name").strip(" ()."):
        name = stated.group("name").strip(" ().")  # ``Satz 1.11. (Permutation)`` is about permutations
    if (titled := part_title(name)) is not None:
        name = titled  # ``Skill 2.1: Describe the core Azure architectural components``
    name = _LEADING_MARKS.sub("", _STYLE_TAGS.sub("", name)) or name  # ``➡ Speichern``, ``🔎 <b>ETCD``, ``<u>Lecture 4</u>``
    if definition is not None and re.fullmatch(r"\d{1,3}[a-z]?", plain(definition.body).strip()):
        name = plain(strip_numbering(clean(text)))  # ``UNIT - 2``: the unit's number is part of its name
    if "=>" in name:
        name = name.rsplit("=>", 1)[1].strip()
    name = re.sub(r"^(?:vs\.?|v\.s\.?|versus)\s+", "", name, flags=re.IGNORECASE)
    return name.rstrip(":").strip()


_STEP_LABEL = re.compile(
    r"(?:step|phase|stage|tech|technique|method|approach|case|round|day|session|task|law|principle|pillar"
    r"|stadio|passo|paso|etapa|étape|schritt|stufe|krok)\s*#?(?:\d{1,3}[a-z]?|(?-i:[IVX]{1,4}))"
    r"|(?:chapter|part|lecture|unit|module|section|week|lesson|step|phase|stage|day|session)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",  # ``Chapter One - Intro``
    re.IGNORECASE,
)
"""``Step 1``, ``Law 3``, ``Tech 2``, ``Method IV``: a place in a sequence, which the words after it name."""


_UNIT_TAG = re.compile(
    r"\((?:course|lecture|lec|class|session|lesson|episode|ep|week|wk|module|unit|chapter|ch|day|aula|clase|cours"
    r"|lezione|vorlesung|kapitel|tema|semana|semaine|woche|settimana)\.?\s*#?\d{1,3}[a-z]?\)",
    re.IGNORECASE,
)
"""``Nucleophiles and Electrophiles (course 12)``: the title of one lecture of a course."""


COPULAS = "est|sont|sera|seront|devient|donc|ist|sind|wird|daher|è|sono|sarà|quindi|é|são|será|portanto|es|están|está|entonces"
"""*is*, *will be*, *so* in the other languages of the notes (a regex alternation): ``L'avant dernière
ligne est``, ``Notre matrice finale sera donc``."""
_CUT_OFF = re.compile(
    rf"(?<![\w-])(?:is|are|if|iff|of|the|an?|to|by|with|as|that|where|when|be|following|therefore|thus|hence|{COPULAS}|somit|logo"
    # the same in other languages: ``On peut montrer que``, ``Si dice che``, ``Man sieht, dass``, ``cioè se``
    r"|que|qu'|che|dass|daß|dat|cioè|c'est-à-dire|d\.h\.|i\.e\.|d'où|donc|dunque|quindi|also|sodass"
    # ``To create a life table, we need``, ``Immediately from the assumption, we have``: what follows is the rest
    r"|we (?:have|get|need|use|obtain|find|can write|see)|one (?:has|gets|obtains))\s*[,:]?\s*$",
    re.IGNORECASE,
)


def leads_on(text: str) -> bool:
    """``… the mean of $X$ is``, ``… are called independent if``: a sentence cut off where what
    follows it (a formula, a list) goes on; alone it says nothing."""
    said = plain(text).rstrip()
    if said.endswith((", -", ", –", ",-", ": -")):
        return True  # ``The communication of an acceptance is complete, -`` over the cases it goes on to: unfinished
    tail = said[-40:]  # (the last words are all the pattern looks at: no search over a long text)
    found = _CUT_OFF.search(tail)
    return found is not None and (found.start() > 0 or len(said) <= 40 or not _is_word_char(said[-41]))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


_UNIT_TITLE = re.compile(
    r"^\W*(?:(?:prelude|intro(?:duction)?|prologue|prólogo|prologo|einleitung)\s+(?:and|&|und|et|y|e)\s+)?"
    r"(?:chapter|chapters|ch\.|lecture|lec\.|week|unit|module|lesson|kapitel|vorlesung|chapitre|capítulo|capitulo|capitolo"
    r"|lezione|aula|hoofdstuk|hoorcollege|werkcollege|college|les|cours|clase|wykład|wyklad|přednáška|prednaska|előadás)\s*#?\d{1,3}[a-z]?\b(?![.,]\d)",
    re.IGNORECASE,
)


_ABOUT_LESSON = re.compile(
    r"\W*(?:sobre a aula|sobre la clase|about (?:the|this) (?:lesson|lecture|class)|à propos (?:du cours|de la leçon)"
    r"|über die (?:vorlesung|stunde)|sulla lezione)\b",
    re.IGNORECASE,
)
"""``📖 Sobre a aula - O que é banco de dados relacional``: what the lesson was, its date and teacher below."""


def names_a_lecture(title: str) -> bool:
    """A title that numbers a lecture, week or chapter of a course (``Nucleophiles (course 12)``,
    ``Chapter 2 What is the Earth Made Of?``, ``Prelude and Chapter 1 Cosmology``): what is under it
    is that lecture's notes, of many things, not what its words mean or the answer to its words."""
    said = plain(title)
    return _UNIT_TAG.search(said) is not None or _UNIT_TITLE.match(said) is not None or _ABOUT_LESSON.match(said) is not None


def is_sequence_label(text: str, *, bare: bool = False) -> bool:
    """``Step 3``, ``tech 1``, ``Lecture 8``: a place in a sequence (or a part number), not a term.
    With ``bare``, also a lone numeral or capital (``I``, ``A``, ``2``) as in ``### A : Le consentement``,
    which numbers a heading (never said of an item, where ``A: Adenine`` is a term)."""
    stripped = plain(text).strip(" *_:")
    if bare and re.fullmatch(r"[A-Z]|[IVX]{1,4}|\d{1,2}", stripped):
        return True
    return is_part_number(text) or _STEP_LABEL.fullmatch(stripped) is not None


VIDEO_TIME = r"[\[(]\d{1,2}:\d\d(?::\d\d)?[\])]|\{\{(?:youtube|video)-timestamp\s+[\d:]+\s*\}\}"
"""``[00:07:13]``, Logseq's ``{{youtube-timestamp 303}}``: where in a video a link points."""

_TASK_DATES = re.compile(r"[⏳📅✅🛫⏫🔼🔽➕]\ufe0f?\s*\d{4}-\d\d-\d\d")
"""``Saisonalität recherchieren 🔼 ⏳ 2024-11-22``: a task of the Obsidian Tasks plugin, with its dates."""


def is_task(text: str) -> bool:
    """A line of the author's task list (its due, start or done date written the Tasks plugin's way)."""
    return _TASK_DATES.search(text) is not None or ("#" in text and _TODO_TAG.search(text) is not None)


_TODO_TAG = re.compile(r"(?<![\w#])#(?:todo|to-do|fixme|tbd)\b", re.IGNORECASE)
"""``#TODO torkova predavanja : do 3.9``: a line the author tagged as still to do."""


_NONE_TODAY = re.compile(
    r"\W*(?:nenhum|nenhuma|none|nothing|nada|keine?|nichts|ninguno|ninguna|nessuno|nessuna|niente|aucun|aucune|rien)"
    r"(?:[,\s]+(?:nesta data|today|for now|hoje|heute|hoy|oggi|aujourd'hui|por (?:enquanto|ahora)|yet))?\W*",
    re.IGNORECASE,
)
"""``Nenhuma, nesta data 🗓.``: nothing under the label, this time."""


@lru_cache(maxsize=CACHE_SIZE)
def is_empty_answer(text: str) -> bool:
    """Answers with nothing to learn: empty, N/A, only an image or only links."""
    stripped = clean(text)
    stripped = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", stripped)
    stripped = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s*(?:\[[ xX]?\]\s*)?", "", stripped, flags=re.MULTILINE).strip()
    if not stripped or plain(stripped).casefold().strip(" .") in {
        "n/a",
        "na",
        "-",
        "tbd",
        "tba",
        "todo",
        "to do",
        "to fill out",
        "to fill in",
        "wip",
        "placeholder",
        "coming soon",
        "?",
        "none",
        # a page that says only what it would hold (Notion's ``Contents``) or names its own kind
        "[toc]",
        "toc",
        "idk",
        "no idea",
        "solution",
        "lösung",
        "solución",
        "solução",
        "contents",
        "content",
        "kontext",
        "context",
        "contexte",
        "contexto",
        "inhalt",
    } or re.match(r"^\W*(?:todo|tbd|fixme)\b", plain(stripped), re.IGNORECASE) or _TASK_DATES.search(stripped) or _NONE_TODAY.fullmatch(plain(stripped)):
        return True  # ``<TODO: what is a forwarding rule?>``: still to be written
    if _PAGE_ONLY.fullmatch(plain(stripped)):
        return True  # ``Bubble Sort: (p 40)``: where the book says it, not what it says
    if _SELF_MARK.fullmatch(plain(stripped)):
        return True  # ``+ (too easy)``: how the author did at it, not the answer
    if re.fullmatch(r"[\s$]*(?:\\(?:to|rightarrow|Rightarrow|longrightarrow|implies|mapsto)|→|⟶|⇒|->|=>|=)[\s$]*", stripped):
        return True  # ``$$ \to $$``: an arrow cut off from both its sides
    link = (  # (``… [00:07:13]``); ``DOI: 10.33549/physiolres.933671``: where the study is, not what it found
        rf"\s*(?:<?https?://\S+>?|\[[^\]]*\]\([^)]*\)|(?:doi|DOI):?\s*10\.\d{{4,9}}/\S+)\s*(?:{VIDEO_TIME}\s*)?"
    )
    return points_elsewhere(stripped) or all(
        re.fullmatch(link, line) for line in stripped.split("\n") if line.strip()
    )  # ``- [Lecture video](https://…)`` line after line: where to look, nothing to learn


_SELF_MARK = re.compile(
    r"[^\w(]*(?:[+✓✔✅][^\w(]*)?\(\s*(?:too easy|easy|trivial|obvious|known|skip(?:ped)?|answered|ok|done|passed|correct|got it)\s*\)\W*"
    r"|\W*[+✓✔✅]\W*",
    re.IGNORECASE,
)
"""``+ (too easy)``, ``✓``, ``(skipped)``: the author's mark of how an interview question went, no answer."""
_PAGE_ONLY = re.compile(r"\(?\s*(?:pp?|pg|pages?|s|seite|str|стр)\.?\s*\d+(?:\s*[-–]\s*\d+)?\s*\)?[\s.]*", re.IGNORECASE)
"""``(p 40)``, ``p. 12-14``, ``(S. 3)``: a page of the book, alone."""


_POINTER = re.compile(
    r"(?:see|refer to|same as|as)\s+(?:the\s+)?(?:\[\[[^\]]+\]\]|\[[^\]]*\]\([^)]*\)"
    r"|(?:above|below|before|earlier|later|previous|notes?|docs?|documentation)\b)[\s.!]*"
    r"|refer to\s+[^.\n]{1,40}"
    r"|(?:-\s*)?(?:(?:do|does|did)\s+(?:the\s+)?same(?:\s+thing)?|the same(?: thing)?|ditto|idem|dito|same here|likewise)[\s.!]*"
    r"|\(?\s*see\s+(?:the\s+)?(?:slides?|pages?|p\.|fig(?:ure)?\.?|chapter|lecture|video|table)\s*[\d.-]*\s*\)?[\s.!]*",
    re.IGNORECASE,
)


_HERE_LINK = re.compile(r"\[\[[^\]|]*\|\s*(?:here|this|link|there)\W*\]\]|\[(?:here|this|link|there)\W*\]\(", re.I)
"""``mechanism is [[Electrophilic substitution|here!]]``: a link whose words only point."""
_LINK_POINTER = re.compile(
    r"\b(?:can be found|(?:is|are) (?:available|listed)|check out|for more (?:info|information|details)|read more"
    r"|(?:for|to (?:have|get|gain)) an? (?:deeper|better|fuller|more complete) understanding)\b",
    re.IGNORECASE,
)


_SEE_LINK = re.compile(
    r"\W*(?:for (?:an? )?(?:introduction|overview|more(?: info(?:rmation)?| details)?|details|further reading),?\s+)?"
    r"(?:please\s+(?:see|watch|read|refer to)|see|refer to|revise|review|re-?read)\b",
    re.IGNORECASE,
)
"""``Revise on scale on [The 7 Geographical Concepts](concepts.html#scale).``, ``Please see Professor Tim Bell's [first video](…) …``, ``See the [DynamoDB Guide](…)``, ``For an
introduction, see [How Amazon VPC works](…).``: a line that sends the reader to a link."""


_OBJECTIVE = re.compile(
    r"^(?:[•·◦‣▪*-]\s*)?(?:\d+(?:\.\d+)*[.)]?\s*|\(?[a-h][.)]?\s+(?=[a-z]))?(?:to\s+)?"
    r"(?:(?:describe|explain|explore|summari[sz]e)\s+\w|navigate\s+(?!to\b)\w|identify\s+(?!the\b|a\b|an\b)\w"
    r"|(?:compare|contrast|discuss|outline|distinguish|recogni[sz]e|demonstrate|evaluate|analy[sz]e|apply)\s+"
    r"(?:the|a|an|how|why|what|when|which|and|between|benefits|usage|features|role|purpose|key|common|basic|"
    r"core|concepts?|importance|differences?|types?|methods?|ways?|troubleshoot|implement|configure|use)\b"
    r"|given a scenario,?\s+\w|(?:match|choose|select|circle|fill in|complete) (?:each|the|one|all|an?|which)\b"
    # ``Understanding the difference between TCP and UDP``, ``Understand the differences between PSK, …``: what to learn
    r"|(?:understand(?:ing)?|know(?:ing)?|learn(?:ing)?)\s+(?:the\s+)?differences?\s+between\b"
    # a German task's operator: ``Nenne mindestens drei Beispiele, …``, ``Beschrifte das Energiediagramm …``
    r"|(?:nenne|nennen sie|beschrifte|beschriften sie|erkläre|erklären sie|beschreibe|beschreiben sie|begründe|erläutere|skizziere|zeichne)\s+(?:\w+\s+){0,3}\w"
    r"|savoir\s+(?:calculer|expliquer|d[ée]finir|d[ée]crire|identifier|utiliser|faire|reconna[iî]tre|citer|lire)\b"
    r"|(?:[êe]tre capable de|be able to)\s+\w|(?:understand|know how to|learn how to)\s+(?:the\s+|how\s+|why\s+|what\s+)?\w"
    # what the course says its students will know: ``Studenten hebben kennis van de manier waarop …``
    r"|(?:the |de |die |les |los |las |gli |le |os |as )?(?:students?|studenten|studierenden|studierende|étudiant(?:e)?s"
    r"|estudiantes|studenti|studentesse|alunos|alunas|learners?|leerlingen|schüler(?:innen)?)\s+"
    r"(?:hebben (?:kennis|inzicht)|kunnen|kennen|können|verstehen|wissen|will|should|can|are able|know|understand|sont capables"
    r"|sauront|connaissent|deben|saben|conocen|devono|sanno|conoscono|devem|sabem|conhecem)\b)",
    re.IGNORECASE,
)
"""``Describe the benefits and usage of Regions``, ``Given a scenario, troubleshoot …``: an exam
objective, which says what to learn but not what it is."""


def is_objective(text: str) -> bool:
    """An exam or course objective (``Describe the benefits and usage of Regions``)."""
    return _OBJECTIVE.match(plain(text)) is not None


_EXAM_QUESTIONS = re.compile(
    r"(?:(?:possible|likely|sample|old|past|typical|mögliche|alte)\s+)?"
    r"(?:(?:exam|klausur|prüfungs?|examens?|esame|midterm|final)[- ]?(?:fragen|questions?|preguntas|domande|questões|perguntas|vragen)"
    r"|(?:preguntas|domande|questões|perguntas|questions|vragen) (?:de |d['’]|da |del |van het )?(?:examen|esame|exame)|klausurfragen|prüfungsfragen)\s*:?",
    re.IGNORECASE,
)
"""``## Klausur Fragen`` over ``- Deckungsgrad``, ``- BIP aus der Entstehungssicht``: what the exam
may ask, each a topic to answer, not a fact."""


def is_exam_questions(title: str) -> bool:
    """A heading over what the exam may ask (``Klausur Fragen``, ``Possible exam questions``)."""
    return _EXAM_QUESTIONS.fullmatch(plain(title).strip(" *_#")) is not None



_STUDY_GOALS = re.compile(
    r"what you (?:need|have|ought) to know\b|(?:you|(?:the )?(?:candidates?|students?|learners?)) should (?:be able to|know)\b"
    r"|[àa] savoir(?: faire)?\s*:?$|(?:compétences|competences|skills|competencias|competências|competenze|kompetenzen)(?: travaillées| worked on| trabajadas| trabalhadas)?(?: dans la séquence| in this (?:unit|sequence|lesson))?\s*:?$|(?:objetivos|objectifs|obiettivi|lernziele)(?: d[aeo]s?| de la| du| della)?(?: aula| clase| cours| lezione)?\s*:?$"
    r"|(?:learning|study|course|lesson|exam) (?:objectives|goals|outcomes|plan)\s*:?$|(?:key )?knowledge areas\s*:?$|(?-i:LOs?)\s*:?$"
    r"|(?:本章|本节|學習|学习|考试|考試|考纲|考綱)要求\s*[:：]?$|(?:學習|学习|学習)(?:目標|目标|目的|重點|重点)\s*[:：]?$|학습\s?목표\s*:?$",
    re.IGNORECASE,
)


def is_study_goals(title: str) -> bool:
    """``What you need to know``, ``You should be able to``, ``À savoir``: a heading over what to study."""
    return _STUDY_GOALS.match(_GOALS_OPENING.sub("", plain(title))) is not None  # (``🎯 OBJETIVOS DA AULA``)


_GOALS_OPENING = re.compile(r"^[^\w\[(]+")


STUDY_LOG = (
    r"sections(?: covered| studied)?|(?:focus|areas?|topics?) (?:for|to) review|solid on|strong on|weak on|"
    r"(?:weak|strong|shaky)(?:\s*(?:→|->)\s*(?:strong|weak|need(?:s)? work|solid))?|need(?:s)? (?:work|review)|quick refresh(?: needed)?|"
    r"critical finding|author'?s? notes?|notes? to self|progress(?: notes?| reports?| updates?| log)?"
)
"""A study log's own bookkeeping, as a pattern's alternatives: what was covered, how it went, what to go over again,
the author's notes to self (``Solid on``, ``Weak → Strong``, ``Author note``)."""


_REMARK_LABEL = re.compile(
    r"(?:(?:general|basic|more|other|key|main|important|extra|additional|interesting|useful|detailed)\s+)?"
    r"(?:info|information|topics|points|concepts|ideas|facts|details?|stuff|things|bullets|takeaways|focus|trivia)"
    r"(?:\s+(?:from|of|for) (?:this|the|today'?s?|last) (?:week|lecture|class|lesson|chapter|module|video))?"
    r"|(?:important|key|main|general|extra|additional|imp) (?:notes?|reminders?|remarks?)|q\s*&\s*a|faq|diagrams?|figures?|images?\s+and\s+diagrams|"
    r"(?:important|key|main|useful|basic) (?:equations?|formulas?|formulae)|"
    r"(?:another|one more|one other|other) thing|to summari[sz]e|to sum up|summing up|in summary|suggestions?|more specifically|memori[sz]e (?:this|these)|remember (?:this|these)|reminder|rappel|erinnerung|lembrete|recordatorio|promemoria|참고(?:\s?사항)?|주의(?:\s?사항)?|breaking news|side ?note|aside|digression|exkurs|excursus|"
    r"整理|总结|總結|小结|小結|归纳|歸納|复习|複習|まとめ|所感|感想|雑感|雑記|メモ|정리|요약|範例句|範例|例句|例文|예문|quotes|quotations|zitate|citations|citas|citazioni|citações|"
    r"(?:a |one )?(?:weird|fun|interesting|cool|quick) (?:fact|note|thing)s?|"
    r"(?:learning |lesson |course |exam )?(?:objectives?|outcomes|goals)|concept \d+(?:\.\d+)*|"
    r"tujuan pembelajaran|lernziele|objetivos de aprendiza(?:je|gem)|objectifs d'apprentissage"
    r"|obiettivi di apprendimento|leerdoelen|学习目标|学習目標|학습\s?목표|"
    r"(?:no |exam )?weight(?:ing)?(?:\s*[:=]?\s*\d+(?:\.\d+)?\s*%?)?|"
    rf"{EXAM_ID.pattern}|"  # ``MuKb02 (2) [ID: 3004719]``: the number of an exam question
    + STUDY_LOG
    + r"|"
    r"terminology|glossary|vocabulary|vocab|abbreviations|acronyms|key terms|terms|definitions|"
    r"(?:fach|grund)?begriffe|glossar|wortschatz|vokabeln|términos|glosario|termes|glossaire|vocabulaire|termos|termini|"
    r"(?:à |a )?vérifier|to (?:check|verify|review)|to ?-?dos?|things to (?:follow up on|look up|check|review|do)|(?:(?:key|important|main) )?things to (?:remember|know|note|keep in mind)|"
    r"appendix|appendices|anhang|annexe|apéndice|appendice|apêndice|zu prüfen|por revisar|da verificare|te controleren|"
    r"must (?:remember|know)|(?:à |a )?retenir|zu merken|merke|para recordar|da ricordare|onthouden|"
    r"keterangan|catatan|wajib di ?in?ggat|legend|legende|légende|leyenda|"
    r"(?:other |more |additional |useful |further )?(?:resources|reading|links|sources)|quellen|ressources|recursos|risorse|bronnen|"
    r"읽기\s?자료|참고\s?자료|참고\s?문헌|参考资料|参考文献|参考リンク|参考資料|參考資料|參考文獻|延伸阅读|"
    r"also see|see also|cues|related(?: notes| cards| topics| links| articles| concepts| pages)?|backlinks|voir aussi|siehe auch|ver también|veja também|vedi anche|zie ook|"
    r"(?:very |really |super )?important|importante|wichtig|penting|belangrijk|"
    # the author saying it again, not a name: ``Put simply:`` over what a crumpled paper does
    r"put simply|simply put|in short|in other words|basically|tl;?dr|"
    r"(?:my |class |lecture |other |misc |additional |extra |new |old |earlier |original |updated )?notes|(?:really |very )?key points?|핵심 포인트|핵심 정리|요점|要点|ポイント|重点|notes (?:de )?cours|misc|miscellaneous|其他|其它|その他|기타|잡설|잡담|"
    r"danger|warning|caution|attention|achtung|atención|atenção|attenzione|heads up|beachten sie|beachte|bitte beachten|hinweis|nota bene|n\.?b\.?|"
    r"(?:klausur|prüfungs?|exam|test|quiz) ?(?:themen|topics|stoff)|topics for the (?:exam|test)|"
    r"(?:an? |for |un |une |ein |por |zum |par |per )?(?:examples?|exemples?|ejemplos?|exemplos?|beispiele?|esempi[oa]?|voorbeeld(?:en)?"
    r"|примеры|пример|przykłady|przykład|příklady|příklad|contoh)|"
    r"(?:remarques?|remarks?|bemerkungen|observaciones|osservazioni)(?: générales| globales| generales| generali| general)?|"
    r"(?:exam |study |pro |test )?(?:tipp|dica|dicas|consejo|conseil|astuce|suggerimento|tip|tips)|"
    # ``EC2, EBS, Snapshot & AMI Exam Tips``: tips on a topic for the exam, each a fact of its own
    r"[^\n]{1,60}?\s(?:exam|test) (?:tips?|hints?|notes?)|"
    # ``> [!tip] CKA Exam``, ``For the exam``: what to remember for the certification's exam
    r"(?:(?-i:[A-Z][A-Z0-9+-]{1,10})\s+)?exam(?: focus| pointers?)?|(?:for|on|in) the exam|"
    # ``## Claves de examen``, ``## Pistas de examen``, ``## Dicas para a prova``: what to remember for the exam
    r"(?:claves|pistas|consejos|trucos|tips|puntos clave|dicas|chaves|conseils|astuces|tipps|hinweise)\s+(?:de|del|para el|para a|para o|pour l'|zur|für die)\s*(?:examen|exam|prova|exame|prüfung|klausur)|"
    # ``## TL;DR``, ``Kurzgesagt``, ``Extra``, ``Diving Deeper``: how the author sums up or goes on, no term of the subject
    r"tl;? ?dr|too long;? ?didn'?t read|kurz ?gesagt|in short|in a nutshell|en resumen|en bref|in breve|em resumo|"
    r"extras?|einstieg|genomgång|powtórzenie(?: wiadomości)?|(?:diving|going) deeper|deep ?dive|fundamentals|basics|grundlagen|"
    r"(?:conceptos|conceitos|concepts|concetti|ideas|puntos|pontos)[ -](?:clave|chave|clés?|chiave)(?:\s+(?:del?|do|da|des|du|dello)\s+[^\n]{1,40})?|"
    r"(?:preguntas|questões|questoes|questions|domande) de (?:repaso|revisión|revisão|révision|ripasso|autoevaluación)|wiederholungsfragen|kontrollfragen|"
    r"(?:model|sample|example) answers?|musterlösung(?:en)?|"
    r"(?:good|nice|useful|important) to know(?: for (?:the )?(?:exam|test|midterm|final))?|"
    r"(?:interesting |fun |random )?tidbits?|parou aqui|stopped here|hier aufgehört|observações|observação|"
    r"as (?:the |my |our )?(?:lecturer|professor|prof|teacher|tutor|author|book|textbook) (?:puts|put|says|said|writes|explains) it|"
    r"(?:chapter |end of chapter )?(?:discussion |review |study |essay |source )?questions|fragen|preguntas|questões|domande|"
    r"(?:my |quiz |test )?(?:result|score)s?|(?:my |some |random |final |personal |further )?(?:thoughts|reflections?|musings|opinions?|comments?)|think(?: about it)?|food for thought",
    re.IGNORECASE,
)


_COURSE_REMARK = re.compile(
    r"\b(?:(?:not|never) (?:going to be|gonna be|be|on the exam|in the exam) (?:tested|examined|asked)"
    r"|will (?:not )?be (?:tested|examined|on the exam)|(?:is|are|was) taught by|(?:see|in) (?:fig(?:ure|\.)?|table|chapter|slide|pages?|pg\.?|p\.) ?\d"
    r"|on (?:page|slide|p\.) \d+|you (?:were|have been|will be) introduced|you'll (?:notice|see|learn)"
    # the author's own study plan: ``Redo the lecture 128 practice test``, ``in de slides is het niet duidelijk``
    r"|(?:on|in|from|at|see|redo|recheck|rewatch|review) (?:the )?lectures? \d+"
    r"|\b(?:you )?(?:probably |likely )?(?:do not|don't|dont|won't) (?:have|need) to (?:know|memori[sz]e|learn)\b"
    r"|make sure (?:that )?(?:you )?(?:know|understand|remember)\b|\byou (?:have|need) to (?:know|learn|understand) (?:about )?(?:them|it|this|these)\b"
    # where to learn it instead, and the way back to the index: ``You can learn more about … in YouTube``, ``Go Back To [[…]]``
    r"|\byou can (?:learn|read|find out) more about\b|^\W*go back to\b"
    # study advice for the exam: ``Read the S3 FAQs before taking the exam``
    r"|\b(?:read|review|study|go through|skim) the\b.{0,40}\b(?:faqs?|docs|documentation|whitepapers?)\b"
    r"|\bbefore (?:taking|sitting|writing) (?:the|your) exam\b"
    r"|(?:^|:\s*)(?:write|do|try|solve|work through|make)\b[^.]{0,50}\bto (?:practi[cs]e|get (?:used to|familiar with))\b"
    # what the note is: ``A very brief overview of Italian tenses``
    r"|^(?:this is )?an? (?:very )?(?:brief |short |quick )?(?:overview|summary|introduction|intro|recap) (?:of|to)\b|"
    # what the exam asks of you and where the page sits: ``You must be able to compare them for the CCNA``,
    # ``There are four learning paths to prepare for the SC-900``, ``The course code for this page is CHW3MZ``
    r"\byou (?:must|need to|should|will need to) be able to\b|\blearning paths? to prepare\b|\bcourse code\b|"
    # the author speaking of their own notes: ``I will put a table of … here``, ``I can't teach you all of the 224 resources``
    r"\bi(?: will|'ll|’ll) (?:put|add|write|insert)\b[^.]{0,60}\bhere\b|\bi can(?:'|’)?t teach you\b|"
    r"^(?:re-?check|redo|re-?watch|re-?read|re-?visit|skim)\b|^(?-i:TODO|FIXME|TBD)\b|^(?:lecture|lec|vorlesung|cours|clase|aula)\s*\d+\s*[:–-]\s*\S"
    r"|\b(?:in|on|op) (?:the |de |den |die |les |las |los |le |la )?(?:slides?|folien|dia'?s|diapositivas|diapos)\b"
    r"|^\W*why (?:is|was|are) (?:this|these) (?:a |an )?(?:(?:stand-?alone|separate|own|new) )?(?:sections?|chapters?|parts?|notes?|pages?)\b"  # ``why is this a stand-alone section?``
    r"|(?:as|like) we (?:just )?(?:covered|saw|discussed)|^\W*we (?:saw|have seen|'ve seen|covered|have covered|discussed|have discussed) (?:how|what)\b"
    # whose lectures the notes are from: ``Summary of notes from lectures by Sheldon Jacobson for the course …``
    r"|\bnotes (?:from|of|on) (?:the )?lectures? (?:by|of|given by)\b"
    # what the note holds: ``This document contains all info about standard vs premium``
    r"|^\W*this (?:document|note|page|file|guide|cheat ?sheet) (?:contains|covers|is about|describes|summari[sz]es|lists)\b|(?:covered|discussed|explained|talked about|addressed|taught) (?:later|below|in the next)"
    r"|\b(?:later|further) (?:on )?in (?:the|this) (?:course|class|module|semester|unit)\b"  # ``Electric Forces talked about later in the course``
    # what the part lets the student do, not what it says: ``… can be used together to help solve … many physics problems and scenarios``
    r"|\b(?:solve|address|tackle)\b[^.]{0,40}\b(?:many|various|lots of|a lot of|all kinds of|a (?:wide )?(?:range|variety) of)\b[^.]{0,30}\b(?:problems|questions|scenarios|exercises)\b"
    r"|lectures? (?:were |was )?recorded (?:for|at|on)|(?:next|after|before) class|(?:know|see|check|review) slides? \d+|draw this|know how to draw"
    r"|^(?:这一?章|本章|这一?节|本节|这节课|この章|本章では|이 장에서)|뒤에서 다룰|이런 ?식으로 하면|moodle|fin des inscriptions|course progress|\d+\s?% (?:complete|completed|done)"
    r"|(?:after|in|by the end of) (?:\d+|this|the|these) (?:weeks?|days?|lessons?|modules?|courses?)\W+you(?:'ll| will)"
    # what the course means to do: ``The objective of this course … is to equip you``, ``This module covers …``
    r"|\b(?:objective|goal|aim|purpose)s? of (?:this|the) (?:course|module|lecture|lesson|chapter|unit|class|video|session)\b"
    r"|\b(?:this|the) (?:course|module|lecture|lesson|unit|video) (?:will (?:cover|teach|introduce|explore|help)|is (?:designed|intended) to|aims to|covers|introduces)\b"
    # what the lecture itself is: ``8 Minute Lecture detailing what you need to know about Direct Connect for the exam``
    r"|\b\d+[- ]?(?:minutes?|min|hours?|hr) (?:lecture|video|lesson|talk|session|class)\b|\bwhat you need to know (?:about|for) .{0,60}\b(?:the|your) exam\b"
    # what the file is, and what to go over again: ``A markdown file containing important notes for GLY155``, ``Review Titration if needed (from Chem Unit 4)``
    r"|^\W*(?:a |this )?(?:markdown |md |text )?(?:file|document|page)s? (?:containing|with|of|for)\b.{0,60}\bnotes?\b"
    r"|^\W*review\b.{0,60}\b(?:if needed|if necessary|from (?:\w+ )?(?:unit|chapter|lecture|class|module) \d)"
    # what a part of the notes holds: ``This section provides overview of …``, ``Notes for [the Exam Readiness … course](…)``
    r"|^\W*(?:this|the following) (?:section|chapter|part|page|note)s? (?:provides?|gives?|covers?|contains?|describes?|summari[sz]es?|lists?|is about)\b"
    r"|^\W*(?:my )?notes (?:for|on|from|of) (?:the |my )?\[?(?:[^\n]{0,80}\b(?:course|class|lecture|book|video|training|exam)\b)"
    r"|\bin this (?:course|module|lecture|lesson|chapter|unit|video),? (?:we|you)(?:'ll| will)\b"
    # where the course said it before, and where to read the rest: ``Abbiamo parlato di determinante nel capitolo 03``,
    # ``[qui](https://…) potete trovare i metodi``
    r"|^\W*(?:abbiamo|hemos|nous avons|wir haben)\s+(?:già\s+|ya\s+|déjà\s+|schon\s+)?(?:parlato|visto|hablado|parlé|vu|gesehen|besprochen)\b"
    r"|\b(?:nel capitolo|en el capítulo|dans le chapitre|im kapitel|no capítulo)\s+\d"
    r"|\b(?:here|qui|aquí|aqui|ici|hier)\s+(?:you can|potete|puoi|puedes|podéis|pode|vous pouvez|tu peux|könnt ihr|kannst du|findet|findest)\b"
    # the author on their own notes, in other languages: ``Questi appunti non comprendono i testi di Giacomo Leopardi``
    r"|^\W*(?:questi appunti|queste note|estos apuntes|estas notas|estes apontamentos|estas anotações|ces notes|diese notizen|diese mitschrift)\b"
    # ``Os resumos que se seguem são maioritariamente relativos a …``, ``The following notes are mostly about …``: what the notes cover
    r"|^\W*(?:os|as|los|las|i|le|les|die|the) (?:resumos|resúmenes|riassunti|résumés|notas|notes|apontamentos|apuntes|appunti|notizen)"
    r" (?:que se seguem|que siguen|che seguono|qui suivent|die folgen|(?:that )?follow(?:ing)?)\b"
    r"|^\W*the following (?:notes|summaries|pages)\b"
    # what the notes themselves are: ``Some personal notes about the exam``, ``Resumen de la materia``,
    # ``crap to remember for AP Stats is a cram sheet for the AP Statistics exam``, where their pictures come from
    r"|\b(?:is|are) (?:a|an|my|the|our) (?:\w+ ){0,2}(?:cram|cheat|crib|revision|study|review|summary) ?(?:sheets?|guides?|notes)\b"
    r"|\b(?:all )?(?:the )?(?:(?:used|verwendeten) )?(?:images|pictures|figures|diagrams|bilder|abbildungen|grafiken|immagini|imágenes)\b"
    r"[^.]{0,80}?\b(?:(?:are|were) (?:taken|borrowed|adapted) from|courtesy of|entnommen|übernommen)"
    # a picture's credit: ``[2-slit diffraction](…) by [Benjamin Crowell](…) is licensed under [CC BY-SA 3.0](…)``
    r"|\b(?:is|are) licen[sc]ed under (?:the |a )?\[?(?:CC\b|Creative Commons\b)|\bvia Wikimedia Commons\b"
    r"|^(?:(?:some|my|personal|these|a few|general|quick|short|random|loose)\s+)+notes\s+(?:about|on|for|from|once|when|while|before|after)\b|^resumen de (?:la|el|los|las) (?:materia|asignatura|curso)"
    r"|^(?:notizen|mitschrift(?:en)?|notes|apuntes|appunti|anotações) (?:zur|zum|zu|der|for|from|of|de|del|della|da) (?:vorlesung|lecture|class|course|cours|curso|corso|clase|aula|lezione)\b"
    r"|^(?:eine\s+)?zusammenfassung (?:der|des|von|zu|für) (?:vorlesung|veranstaltung|kurs|modul)|^samenvatting\b.*\bgeschreven door"
    # how a Chinese exam asks it: ``单选题 + 辨析题``, ``表现：（一级简答题）``, ``注：只考单选``, ``一级：很重要``
    r"|(?:^|[:：]\s*)[（(]?(?:[一二三]级)?\s*(?:(?:单选|多选|简答|辨析|论述|材料分析|案例分析|判断|选择|填空|名词解释)题"
    r"\s*(?:[（(][^（）()]*[）)])?\s*[+＋、，,]?\s*)+[）)]?$|^注?[:：]?\s*只考|^[一二三]级[:：]\s*(?:很|非常|不是很|不太|不)?重要"
    # what the class does today, said in the class: ``Hoje, vamos estudar …``, ``Today we'll look at …``
    r"|^(?:hoje|hoy|today|heute|aujourd'hui|oggi|vandaag|dzisiaj|dnes)\b[^.!?]{0,20}?\b(?:vamos|we(?:'ll| will| are going to)|wir (?:werden|lernen|schauen)"
    r"|nous allons|on va|andiamo|impariamo|vedremo|gaan we|będziemy)\b"
    r"|^(?:a|la|the|die|le|l') ?(?:aula|clase|class|lesson|lecture|vorlesung|lezione|leçon|cours) (?:de hoje|de hoy|of today|today|von heute|d'aujourd'hui|di oggi)\b"
    r"|^(?:estamos gravando|we(?:'re| are) recording|wir nehmen auf)\b"
    r"|^résumé (?:du|de la) cours|^riassunto (?:del|della) (?:corso|lezione)|^resumo (?:da|de|do) (?:disciplina|matéria|curso|aula)"
    # the state of the notes and what the part will be: ``These notes are unfinished and are subject to change``,
    # ``… is seldom directly used, so this will be a quick summary``, ``The following are standards that you must memorize``
    r"|\b(?:these|my|the) notes are (?:unfinished|incomplete|a work in progress|not (?:finished|complete))|\bsubject to change\b"
    r"|\bin this (?:chapter|section|lesson|module|unit|lecture),? (?:you|we) (?:have )?(?:learned|learnt|saw|seen|covered)\b"
    r"|\b(?:these|the|my|our) notes (?:here )?(?:are|were) (?:based on|taken from|made from|written from)\b"  # ``The notes here are based on the contents from [Microsoft Certified …](…)``
    r"|^\W*(?:test|quiz|examen|cuestionario|prueba|questionário|teste|fragebogen)\s+(?:de|of|with|con|com|mit)\s+\d+\s+(?:preguntas|questions|fragen|perguntas|domande|vragen)\b"
    r"|\bso this will be (?:a |an )?(?:quick|short|brief)\b|^(?:the following|these|below) (?:are|is) (?:\w+ ){0,2}(?:that|which) you (?:must|should|need to|have to) (?:memori[sz]e|know|learn)\b"
    r"|^\W*(?:to \w+[^.]{0,40},\s*)?use the (?:following|diagram|figure|chart|table) (?:diagram|figure|chart|table|below)?)",
    re.IGNORECASE,
)
"""``not going to be tested``, ``The course is taught by Andrew Ng``, ``See Figure 9 on page 99``:
what the author says of the course or the text, not a fact of the subject."""


@lru_cache(maxsize=CACHE_SIZE)
def is_course_remark(text: str) -> bool:
    """What the author says of the course, the slides or the text, not of the subject."""
    said = plain(text)
    return _COURSE_REMARK.search(said) is not None or _EXAM_METHOD.search(said) is not None


_EXAM_METHOD = re.compile(r"考[察查]方式|考[察查]形式|考试形式|出题方式")
"""``本质属性考察方式：概念、例子（单选）``: how the exam asks about it, not what it is."""


_SIGNPOST = re.compile(
    r"^\W*(?:let'?s (?:now )?(?:look at|see|turn to|consider|move on to|talk about|discuss)|let us (?:now )?(?:look|see|turn|consider)"
    r"|(?:now )?we (?:now )?(?:turn|come|move on|get|arrive) to|(?:now )?(?:return|back|returning|going back) to"
    r"|(?:now,? )?we (?:now )?(?:look at|consider) (?:another|a second|the next|the other)"
    r"|(?:ora |adesso )?(?:vediamo|arriviamo|passiamo|analizziamo|consideriamo|introduciamo|torniamo|parliamo)"
    r"|veamos|pasemos|vamos a (?:ver|estudiar|analizar)|llegamos a|voyons|passons|nous allons (?:voir|étudier)"
    r"|kommen wir|schauen wir|wir (?:kommen|betrachten|schauen)|vejamos|passemos|vamos (?:ver|estudar))\b(?!.*\b(?:that|che|que|dass)\b)",
    re.IGNORECASE,
)
"""``Vediamo dunque la funzione giustificatrice della filosofia``, ``Let's look at the kernel``: the
lecture saying where it goes next, not a fact."""
SIGNPOST_WORDS = 10
"""Longer than this, a sentence that opens with a signpost goes on to say something."""


_SIGNPOST_CJK = re.compile(
    r"논의하기\s?전에|살펴보(?:자|겠습니다|도록 하자|았습니다|았다)|살펴봤(?:습니다|다)|알아보(?:자|겠습니다|도록 하자)"
    r"|짚고\s?넘어가|見ていこう|見てみよう|見ていきます|説明する前に|我们来看|下面(?:我们)?来(?:看|讲)|接下来(?:我们)?(?:看|讲)"
)
"""``이 역설에 대해 논의하기 전에 …``, ``…を見ていこう``: the lecture or the post saying where it goes
(these languages put the verb last, so the words are found anywhere in the sentence)."""


def is_signpost(text: str) -> bool:
    """A short sentence in which the lecture says where it goes next."""
    said = plain(text)
    return (
        (_SIGNPOST.match(said) is not None and words(said) <= SIGNPOST_WORDS)
        or _SIGNPOST_CJK.search(said) is not None
        or _ANNOUNCES.match(said) is not None
    )


_ANNOUNCES = re.compile(
    r"\W*(?:we|i)\s+(?:now\s+|will\s+(?:now\s+)?|shall\s+(?:now\s+)?|are going to\s+)?(?:argue|describe|present|introduce|sketch|outline)\b",
    re.IGNORECASE,
)
"""``We now argue the correctness of the protocol by showing …``, ``We describe the consensus protocol
for weighted quorums.``: what the text is about to do, not a fact."""


_GUESS = re.compile(
    r"\W*(?:probably|maybe|perhaps|presumably|i guess|i think|my guess|lemme guess|let me guess|"
    r"something about|not sure|no idea)\b",
    re.IGNORECASE,
)


def is_guess(text: str) -> bool:
    """``Probably telling about …``, ``lemme guess, …``, ``Something about frequency``: what the
    author guessed before reading, not what the source says."""
    return _GUESS.match(plain(text)) is not None


@lru_cache(maxsize=CACHE_SIZE)
def is_remark_label(label: str) -> bool:
    """``General info``, ``Key Topics``, ``Q&A``, ``Memorize this``, ``A Weird Fact``, ``Concept 7.1``,
    ``Weight 3`` (of an exam topic):
    a label that says where something is in the note or how the author felt about it, never what
    it is about: no card asks for it."""
    text = re.sub(r"[*_:`\"“”]+", "", plain(label)).strip(" .!-,")
    text = re.sub(r"^(?:-*>|→|=>)\s*", "", text)  # (``-> LEARNING OUTCOMES``: an arrow the author put before it)
    if _HERE_IS.match(text) and words(text) <= 6:
        return True  # ``Here are **references**:``, ``Here's a special one:``: the author pointing, not a name
    if _DATED_LESSON.fullmatch(text):
        return True  # ``Cours 1981-04-28``, ``Séance du 12/02/2024``: the day of a lesson, over what it said
    return _REMARK_LABEL.fullmatch(text) is not None


_DATED_LESSON = re.compile(
    r"(?:cours|lecture|class|session|séance|seance|vorlesung|sitzung|clase|aula|lezione|lesson|leçon|lektion)\s+"
    r"(?:du\s+|of\s+|vom\s+|del?\s+|on\s+)?(?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})",
    re.IGNORECASE,
)


_HERE_IS = re.compile(r"here(?:'s|’s|\s+is|\s+are|\s+comes?)\b", re.IGNORECASE)
_ONLY_LINKS = re.compile(
    r"^\s*(?:[-*+]\s*)?(?:(?:!?\[[^\]]*\]\([^)]*\)|<?https?://\S+>?|!?\[\[[^\]]+\]\]|<a\s[^<>]*\bhref=[^<>]*>[^<>]*</a>"
    r"|\{\{(?:youtube|video|vimeo|bilibili|tweet|twitter|pdf|embed)\s[^}\n]*\}\})(?:[\s,;.!|·•/–←→«»⌂➯-]|<br\s*/?>)*)+$",
    re.IGNORECASE,
)
"""Links, wiki links and Logseq's embeds (``{{youtube https://…}}``), and nothing else (``[➯ Weiter](…) <br> [⌂ Zurück](…)``:
a page's way to the next), ``<a href="{{ '/ma32023/' | relative_url }}" class="back-link">← MA32023</a>``."""


STEP_WORDS = frozenset(["add", "less", "minus", "plus", "subtract", "deduct", "equals", "total", "subtotal"])
"""``Add: Net Income`` / ``Less: Dividends``: the lines of a statement's calculation, not terms."""


_PROMPT_LINE = re.compile(r"^\W*[A-Za-z][\w-]*(?:\(config[\w-]*\)#|\d[#>])\s*\S")


def is_prompt_line(text: str) -> bool:
    """``💡 SW1(config)# spanning-tree portfast default``, ``R1> enable``: a command typed at a device's prompt."""
    return _PROMPT_LINE.match(plain(text)) is not None


def is_link_only(text: str) -> bool:
    """``[[Ozonolysis Mechanism]]``, ``[mechanism is here!](Mechanism.md)``: a pointer to another page."""
    return _ONLY_LINKS.match(text) is not None


_SEE_FOLLOWING = re.compile(
    r"(?:[^,.]{0,80},\s*)?(?:see|look at|lihat|voir|voyez|siehe|ver|veja|vedi|zie)\s+(?:the\s+)?"
    r"(?:following|next|contoh|l'exemple|les exemples|(?:das |die )?folgende|el siguiente|los siguientes"
    r"|o exemplo|os exemplos|l'esempio|gli esempi|het volgende)\b[^.!]{0,40}[.!:]?",
    re.IGNORECASE,
)
"""``To understand subnetting on octet boundaries, see the following example.`` (in any of a few
languages): a pointer to what comes next."""


_BLOCK_REF = re.compile(r"\(\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)\)")
"""``((63896930-dd21-4d6e-8bfd-6376aebc8b0d))``: Logseq's reference to a block of another page, which
the note does not hold."""


@lru_cache(maxsize=CACHE_SIZE)
def points_elsewhere(text: str) -> bool:
    """``Refer to [[Counting]]``, ``See above``, ``See [notes](cf.md).``, ``a list of all string
    functions can be found [here](https://…)``: says nothing itself."""
    text = text.strip()
    return (
        ("((" in text and _BLOCK_REF.search(text) is not None)
        or _POINTER.fullmatch(text) is not None
        or _SEE_FOLLOWING.fullmatch(plain(text)) is not None
        or (("](" in text or "[[" in text) and _LINK_POINTER.search(text) is not None)
        or ("\n" not in text and ("](" in text or "[[" in text) and _SEE_LINK.match(text) is not None)
        or (len(text.split()) <= 8 and _HERE_LINK.search(text) is not None)
        or WHERE_TO_LOOK.match(plain(text)) is not None
        or ("](" in text and _FILE_LINK.fullmatch(text) is not None)
        or _WATCH.fullmatch(plain(text)) is not None
        or (len(text) <= 40 and _SEE_EXERCISE.search(text) is not None)
    )


_FILE_LINK = re.compile(
    r"\W*(?i:slides?|folien|diapositivas|diapositive|pdf|video|recording|handouts?|reading|source|file|lecture)\s*:\s*!?\[[^\]\n]*\]\([^)\n]*\)\W*"
)
"""``Slides: ![Lecture1-intro.pdf](../assets/Lecture1-intro.pdf)``: where the lecture's file is, nothing said."""
_SEE_EXERCISE = re.compile(
    r"(?:参见|参看|详见|詳見|請見|请见|請參考|请参考|見|见)\s*(?:书上|書上|课本|課本|教材)?\s*"
    r"(?:习题|習題|练习|練習|例题|例題|第\s*\d|图|圖|表|附录|附錄)"
)
"""``进一步的例题参见习题 2-7, 2-9。``: which exercises to do next, nothing said."""


_WATCH = re.compile(r"[\W_]*(?:watch|rewatch|see|look up|check)\s+(?:the\s+|a\s+)?(?:vid|video|videos|lecture|recording|clip|yt|youtube)s?[\W_]*", re.IGNORECASE)
"""``*watch vid*``: the author's note to watch a video, nothing said."""


WHERE_TO_LOOK = re.compile(
    r"\W*(?:places?|where) to (?:look|read|find (?:it|them|more))\b"
    # ``*Refer to Week 10 Meeting 1 Lecture Notes for in-depth walkthrough*``: which notes to read, nothing said
    # ``For more information on AWS and availability, see Amazon Compute Service Level Agreement.``: where to read on
    r"|\W*for (?:more|further|additional) (?:information|info|details)\b[^.\n]{0,80}\b(?:see|refer to|check(?: out)?|visit|read|go to)\b"
    r"|\W*(?:please\s+)?(?:refer to|(?:go )?see|check out|consult)\s[^.\n]{0,60}\b(?:notes?|slides?|lectures?|chapters?|sections?|textbook"
    r"|handouts?|videos?|recordings?|docs|documentation)\b[^.\n]{0,30}\bfor\s+(?:an?\s+|the\s+|more\s+|further\s+)?(?:in-depth|detailed|full"
    r"|complete|details?|walk-?through|explanations?|examples?|proofs?|more)\b"
    # ``Voir les recherches de Yannis Pitsiladis pour plus de détails.``: whose work to read, nothing said
    r"|\W*(?:see|voir|siehe|ver|vea|vedi|veja|zie)\b[^.\n]{0,80}\b(?:for (?:more |further )?details|pour (?:plus de|les) détails"
    r"|für (?:mehr |weitere )?details|para más detalles|para mais detalhes|per (?:maggiori|ulteriori) dettagli|voor meer details)"
    # ``A Anatomia do Template pode ser consultada através da própria documentação oficial``: where to read it
    r"|.{0,80}\b(?:pode ser consultad[ao]s?|puede(?:n)? consultarse|se puede consultar|can be (?:found|consulted|read) in) [^.\n]{0,40}\b(?:documentação|documentación|documentation|docs)\b"
    r"|\W*(?:an?|one|my|the)?\s*search terms?\b[^.]{0,40}\b(?:research|look up|google|find)"  # ``A search term to help research this concept might be: …``
    r"|\W*(?:pp?|pg|pag|pág|s|str|seite|pages?|páginas?|pagin[ae]|seiten)\.?\s*\d+\s*(?:-|–|a|à|to|bis|até|al|do)\s*\d+\s+[^\W\d_]"
    # which chapter of the book it follows, and whose book: ``Corrisponde a capitolo 1 e 2 dell'Unità 22``
    r"|\W*(?:corresponds? to|corrisponde (?:a|al|ai)|corresponde (?:a|al|aos?)|correspond (?:à|au|aux)|entspricht)\s+"
    r"(?:the\s+|l[ae']\s*)?(?:chapters?|capitol[oi]|cap[ií]tulos?|chapitres?|kapitel|units?|unit[àa]|unidad(?:es)?|lessons?|lezion[ei])\b"
    r"|\W*(?:(?:many|most|some|all|much) of )?(?:these|the|my|this) notes? (?:are|were|is|was) (?:mostly |largely |partly )?"
    r"(?:taken|adapted|based|drawn|summari[sz]ed|copied) (?:from|on)\b"
    # a page of the textbook: ``podręcznik str.154``, ``Textbook p. 42``
    r"|\W*(?:podręcznik|textbook|course ?book|the book|lehrbuch|buch|livre|livro|libro|manuale?|učebnice|učebnica)\s*,?\s*"
    r"(?:str|s|p|pp|pg|pag|page|pages|seite|strona|strana)\.?\s*\d+(?:\s*[-–]\s*\d+)?\W*$"
    # ``hence the jump in the slides``, ``in slide continuous to discrete signals (33)``: a short line about the slides
    r"|(?=[^\n]{0,70}$)[^\n]*?\b(?:in|on|n|see)\s+(?:the\s+)?slides?\b"
    # ``Please refer to section 3.11 and 3.12``, ``Read chapter 4``: the part of the book to read
    r"|\W*(?:please\s+)?(?:refer to|read|check|go to)\s+(?:the\s+)?(?:sections?|chapters?|pages?|slides?|pp?\.)\s*\d[\d.]*(?:\s*(?:and|,|-|–|to)\s*\d[\d.]*)*\W*$"
    # ``syllabus is chapter 20 & 21 for option pricing``, ``chapter 20.1 = Understanding Options``: the book's chapters
    r"|\W*(?:the\s+)?syllabus\s+(?:is|covers|=)\s+(?:chapters?|ch\.?)\s*\d"
    r"|\W*(?:chapter|ch\.|kapitel|capítulo|chapitre)\s*\d{1,3}(?:\.\d{1,3})+\s*[=:]\s*[A-Z][^.!?]{0,60}$"
    # ``See [[Diffusion]]``, ``See the Diffusion note for details``: the note points elsewhere
    r"|\W*(?:see|cf\.?|vgl\.?|siehe|voir|vedi|veja|véase)(?:\s+also)?\s+(?!you\b|ya\b|u\b)(?:the\s+)?(?:(?!\band\b)[^.!?;:`]){1,50}?"
    r"(?:\s+(?:note|notes|page|section|chapter|video|lecture))?(?:\s+for\s+(?:more\s+)?(?:details|information|info|more))?\W*$"
    # ``問診方法可以參考凡鳥OSCE的內容``: see what another source says (Chinese, Japanese)
    r"|.{0,20}?(?:可以|可|請|请|建議|建议)?(?:參考|参考|參見|参见|詳見|详见|を参照)(?!值|範圍|范围|區間|区间|文献|文獻)[^。，,]{0,30}?(?:的內容|的内容|的資料|的资料|的說明|的说明|講義|讲义|課本|课本)?\W*$",
    re.IGNORECASE,
)
"""``Places to look in *Walpola Rahula* [What the Buddha Taught](…)``: where to read, not what it says."""


@lru_cache(maxsize=CACHE_SIZE)
def starts_with_filler(text: str) -> bool:
    """``Note: ...``, ``E.g. ...``: an aside, not a definition."""
    first = plain(text).split(":", 1)[0].casefold().strip(" .")
    return ":" in plain(text) and first in FILLER_TERMS


_LEAD_WORDS = frozenset(
    [
        "in",
        "of",
        "to",
        "for",
        "with",
        "as",
        "by",
        "on",
        "into",
        "from",
        "at",
        "are",
        "is",
        "include",
        "includes",
        "including",
        "like",
        "such",
        "e.g",
        "the",
        "a",
        "an",
        "and",
        "or",
        "following",
    ]
)


@lru_cache(maxsize=CACHE_SIZE)
def lead_in(body: str) -> bool:
    """A definition part that only leads into its child bullets (``put the instances in``)."""
    stripped = plain(body).rstrip()
    if stripped.endswith(":"):
        return True
    last = stripped.split()[-1].casefold() if stripped.split() else ""
    return len(stripped.split()) < 8 and last in _LEAD_WORDS


@lru_cache(maxsize=CACHE_SIZE)
def unwrap_strong(text: str) -> str:
    """``**What is X?**`` -> ``What is X?`` (a question written in bold is still just a question)."""
    cleaned = clean(text)
    if cleaned.startswith("**") and cleaned.endswith("**") and cleaned.count("**") == 2:
        return cleaned[2:-2].strip()
    return cleaned


_SENTENCE_DEFINITION = re.compile(
    r"^(?:(?:A|An|The)\s+)?\*\*(?P<term>[^*\n]{1,60})\*\*\s+(?P<verb>is|are|means|refers to|stands for)\s+(?P<body>.+)$",
    re.DOTALL,
)


@lru_cache(maxsize=CACHE_SIZE)
def sentence_definition(text: str) -> Definition | None:
    """``A **Pod** is the smallest deployable unit`` -> Pod / the smallest deployable unit."""
    match = _SENTENCE_DEFINITION.match(clean(text))
    if match is None:
        return None
    return Definition(plain(match.group("term")), match.group("verb"), match.group("body").strip(), bold=True)


_QUESTION_NUMBER = re.compile(
    r"^(?:Q\s*\d+|\d+(?:\.\d+)*|[RP]\d{1,3}[a-z]?|(?:question|frage|pregunta|pergunta|domanda|vraag)(?:\s*\d+)?)(?:[.:)]|\s+[-–—](?=\s))\s*",
    re.IGNORECASE,
)
"""``Q1.``, ``3)``, ``R18:``, ``P27:``, ``Question:``: the number or label of a question (``R``/``P``: a
textbook's review questions and problems)."""
_QUESTION_LABEL = re.compile(r"^(?:question|frage|pregunta|pergunta|domanda|vraag)\s*:\s*\S", re.IGNORECASE)


_ASKED_AND_ANSWERED = re.compile(r"(?P<question>[^?？]+[?？])\s*(?P<answer>[^?？]+)$")
"""``供给曲线右移代表什么意思? 同样的价格条件下…``, ``What does DNS do? It maps names to addresses``:
a question and its answer on one line."""


_SCENARIO_ASKED = re.compile(r"(?P<question>\S.*[?？])\s+(?P<mark>[_*])(?![_*\s])(?P<answer>.+?)(?<![_*\s])(?P=mark)\.?\s*$")
"""``You have defined an autoscale condition with 4 rules. … When will the system scale-out? _When CPU
utilization reaches 70%, **or** memory occupancy exceeds 75%_``: a practice question, its setup and
what it asks, answered in italics after it."""
_LAST_SENTENCE = re.compile(r"(?<=[.!。])\s+")


_OPENS_QUESTION = lazy(
    r"(?:what|what's|why|how|when|where|which|who|whom|whose|is|are|was|were|does|do|did|can|could|should|will|would)\b"
    rf"|[{CJK}]",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(r"\b(?:this|that|these|those|it|they)\b", re.IGNORECASE)


def _asks_alone(question: str, answer: str) -> bool:
    """A question a card can ask on its own, and an answer that is not a cut-off piece of it:
    no bracket, quotation or emphasis left open across the ``?``, nothing pointing back."""
    bare = plain(question)
    pairs = (("(", ")"), ("[", "]"), ("“", "”"))
    return (
        _OPENS_QUESTION.match(bare) is not None
        and all(question.count(a) == question.count(b) for a, b in pairs)
        and question.count('"') % 2 == 0
        and question.count("*") % 2 == 0
        and question.count("_") % 2 == 0
        and not re.search(r"[.!。]\s", question)
        and not _POINTS_BACK.search(bare)
        and not re.match(r"\s*[)\]*_(]|\s*(?:explain|describe|discuss|hint)\b", answer, re.IGNORECASE)
        and not re.search(r"(?:\.\.\.|…)\s*$", answer)  # ``Why do you not know? There's something that's missing...``: it trails off, a rhetorical question
        and not re.match(r"\s*(?:と|って|という|っていう)", answer)  # ``…高いような？という感じらしい``: the question quoted
        and not _too_short(question)
        and not _too_short(answer)
    )


def _too_short(text: str) -> bool:
    """Fewer than three words (``Why?``), counting two characters of a script without spaces as one."""
    return word_count(plain(text)) < 3


_BOLD_PROMPT = re.compile(r"\*\*(?P<prompt>[^*\n]+(?:\n[^*\n]+){0,2})\*\*[ \t]*\n(?P<answer>\S.*)", re.DOTALL)
_IMPERATIVE = re.compile(
    r"(?:nennen sie|nenne|erklären sie|erkläre|beschreiben sie|beschreibe|definieren sie|definiere|vergleichen sie"
    r"|describe|explain|list|name|define|compare|outline|discuss|identify|state"
    r"|décrivez|expliquez|citez|définissez|describa|explique|defina|enumere|descreva|descrivi|spiega|elenca)\b",
    re.IGNORECASE,
)
"""An exam prompt in the imperative (``Nennen Sie …``, ``Describe …``): a question without its mark."""


_BOLD_ASKED = re.compile(r"(\*\*|__)(?P<question>[^*_\n]+?[?？])[ \t]*\1[ \t]*(?P<answer>\S.*)", re.DOTALL)


def _answers_bold(question: str, answer: str) -> bool:
    """A whole question set in bold, and after it a line that answers it (not another question)."""
    bare = plain(answer).strip()
    return (
        word_count(plain(question)) >= 3
        and bool(bare)
        and not re.fullmatch(r"\^[\w-]+", bare)  # ``**…?**^38c5b7``: Obsidian's block id, no answer
        and not bare.endswith(("?", "？"))
        and not re.match(r"\s*(?:explain|describe|discuss|hint)\b", bare, re.IGNORECASE)
    )


@lru_cache(maxsize=CACHE_SIZE)
def split_question(text: str) -> tuple[str, str] | None:
    """A paragraph that opens with a question line and answers it on the next lines.

    ``**Q1. Which command tails a file?**\n`tail -f` `` -> (``Which command tails a file?``, ``tail -f``)
    """
    prompt = _BOLD_PROMPT.match(text.strip())
    if prompt is not None and (
        _IMPERATIVE.match(prompt.group("prompt")) or prompt.group("prompt").rstrip().endswith(("?", "？"))
    ):
        # ``**Nennen Sie die Bestandteile des Blutes —`` / ``genauer**`` over its answer: an exam prompt
        # in bold, wrapped over two lines, and what answers it
        return question_text(" ".join(clean(prompt.group("prompt")).split())), clean(prompt.group("answer")).strip()
    if (bold := _BOLD_ASKED.match(text.strip())) is not None and _answers_bold(bold.group("question"), bold.group("answer")):
        # ``**In music theory, what is a clef?** The symbol that …``: the question set in bold, its answer after it
        # (``**What is Attention?**: Attention is …``, a callout's title over its text: the colon is no part of the answer)
        return question_text(" ".join(clean(bold.group("question")).split())), re.sub(r"^:\s+", "", clean(bold.group("answer")).strip())
    first, _, rest = clean(text).partition("\n")
    if not rest.strip():
        scenario = _SCENARIO_ASKED.match(first) if "?" in first or "？" in first else None
        if (
            scenario is not None
            and " - " not in scenario.group("question")  # (``VMSS - Akin to AWS ASG - … - What is …?``: facts run on, then a question)
            and (is_question(asks := _LAST_SENTENCE.split(scenario.group("question"))[-1]) or words(plain(asks)) >= 6)
        ):
            return question_text(scenario.group("question")), scenario.group("answer").strip()
        asked = _ASKED_AND_ANSWERED.match(first)
        if asked is None or not _asks_alone(asked.group("question"), asked.group("answer")):
            return None
        first, rest = asked.group("question"), asked.group("answer")
    question = unwrap_strong(first)
    if not is_question(question):
        return None
    if all(plain(line).rstrip(" *_").endswith(("?", "？")) for line in rest.strip().split("\n") if line.strip()):
        return None  # ``Positive question: why …?`` / ``Normative question: should …?``: questions, no answer
    return question_text(question), rest.strip()


_BOLD_QUESTION_LABEL = re.compile(
    r"^(\*\*|__)\s*(?:question|frage|pregunta|pergunta|domanda|vraag|q)\s*\d*\s*[:.)]\s*\1\s*", re.IGNORECASE
)


def without_question_label(text: str) -> str:
    """``**Question:**What is common to life?`` asks ``What is common to life?``: the label is no part of it."""
    return _QUESTION_NUMBER.sub("", _BOLD_QUESTION_LABEL.sub("", text.lstrip())).strip()


@lru_cache(maxsize=CACHE_SIZE)
def question_text(text: str) -> str:
    """A question as a card front: bold unwrapped, ``Q1.`` numbering dropped."""
    return _QUESTION_NUMBER.sub("", unwrap_strong(text)).strip()


_WORDED_STAMP = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[+-]\d{2}(?::?\d{2})?|UTC|GMT))?)?"
    r"|\d{1,2}\s+de\s+[^\W\d_]{3,10}\s+(?:de\s+|del\s+)?\d{4}",
    re.IGNORECASE,
)
"""``Friday, March 25th 2022, 1:01:39 am``, ``22 de fevereiro de 2023``: when the page was written, in words."""


def is_time_stamp(text: str) -> bool:
    """A date (and time) in words alone, when the page was written: no fact."""
    if len(text) > STAMP_LENGTH or not _YEAR_DIGITS.search(text):
        return False  # (a date in words is short and has its year: most answers are neither)
    return _WORDED_STAMP.fullmatch(_STAMP_MARKUP.sub("", plain(text)).strip()) is not None


_YEAR_DIGITS = re.compile(r"\d{4}")
_STAMP_MARKUP = re.compile(r"<[^<>]*>")


STAMP_LENGTH = 120
"""A date and time in words, in the tags of its page, is no longer than this."""
