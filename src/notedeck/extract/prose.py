"""Paragraphs as people write them: hard-wrapped sentences, or one fact per line.

``units`` cuts a paragraph into the statements it makes, each with the source lines it spans, so
a rule can take one statement (a heading's definition) and leave the others to the facts rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..outline import Para
from ..text import CACHE_SIZE, plain

_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\\[.!?])\s+(?=[\"'(*_`\[]*[A-Z0-9])")
"""Where a sentence ends (never at a stop the author escaped, ``c\\. 1600–1450``, ``1\\. Mai``)."""
_ABBREVIATIONS = re.compile(
    r"\b(?:e\.g|i\.e|etc|vs|v\.s|approx|fig|cf|Dr|Mr|Mrs|No|St"
    r"|z\.\s?B|d\.\s?h|u\.\s?a|bzw|ca|vgl|usw|ggf|evtl|inkl|sog|Nr|p\.\s?ex|p\.\s?ej|resp"
    r"|engl|bsp|bspw|dt|lat|bzgl|Abb|Kap|Tab|max|min|mind|approx|incl|esp|dept|govt"
    r"|np|tj|itd|itp|tzw|m\.in|např|tzv|bijv|ecc|ej|vv?|pp?|arts?|artt|abs|inc|ziff|lit|cfr|c[oó]d"
    r"|cca|mt|mts|mil|mld|tis|apod|atd|př|sv|hl|str|mln|tys|ok|wg|ul|gen|prof|ing"
    r"|jan|feb|febr|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)\.$",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(r"(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zäé]*\b", re.IGNORECASE)
"""``Am 18. Juli 1930``, ``Feb. 4. 1933``: a day written as an ordinal, beside its month, ends no sentence."""
_INITIAL = re.compile(r"(?<![\w.])[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-Z]\.$")
"""``John B.``, ``Barry W.``: a first name and the initial of a middle name, before the surname."""
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){2,3}$|(?<=[,(\-–] )[A-Z]\.$|^[A-Z]\.$|(?<=[a-zà-ÿ] )[A-Z]\.$")
"""``B.F. Skinner``, ``W. D. Ross``, ``…, B. Skinner``: initials before a surname; ``vrsta S. Aureus``: a genus
shortened before its species."""
_SURNAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}\b(?!\s+(?:is|are|was|were|has|have)\b)")
_STARTERS = frozenset(
    ["the", "this", "that", "these", "those", "there", "then", "it", "its", "he", "she", "they", "we", "you", "in", "on", "at", "for", "as", "if", "when", "while", "a", "an", "der", "die", "das", "dies", "diese", "es", "er", "sie", "wir", "ein", "eine", "le", "la", "les", "il", "elle", "ce", "cette", "un", "une", "el", "los", "las", "ella", "esto", "o", "os", "as", "um", "uma", "ele", "ela", "lo", "gli", "uno", "una", "het", "de", "een", "dit", "deze"]
)
_ORDINAL_NOUN = re.compile(
    r"(?:jahrhundert|jh\b|jahrtausend|lebensjahr|klasse|auflage|kapitel|stufe|ordnung|grad|generation|stock|art\b"
    r"|siècle|secolo|siglo|século|eeuw)",
    re.IGNORECASE,
)
"""``des 20. Jahrhunderts``, ``(2. Art)``: a number written as an ordinal before its noun."""
_CIRCA = re.compile(r"(?<![\w.])c(?:irc)?\.$")
"""``c.``, ``circ.`` before a year (``ca.`` is an abbreviation anywhere)."""
_SPACED_ABBREVIATION = re.compile(r"(?<![\w.])[a-z]\.$")
"""``z. B.``, ``u. U.`` cut after their first letter (the next piece opens with ``B.``)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One statement of a paragraph."""

    text: str
    """Markdown of the statement."""
    first: int
    """First source line."""
    last: int
    """Last source line."""
    index: int
    """Position in its paragraph."""

    @property
    def lines(self) -> range:
        return range(self.first, self.last + 1)


def _open(text: str) -> bool:
    """A sentence cut inside a wikilink, a formula, a code span or a parenthesis (``[[ch. 24 - waves|EM]]``,
    ``(yes! He said 400 dollars)``)."""
    return (
        text.count("[[") > text.count("]]")
        or text.count("$") % 2 == 1
        or text.count("`") % 2 == 1
        or text.count("(") > text.count(")")
    )


def _sentences(text: str) -> list[str]:
    return list(_cut(text))


@lru_cache(maxsize=CACHE_SIZE)
def _cut(text: str) -> tuple[str, ...]:
    pieces = _SENTENCE_END.split(text)
    merged: list[str] = []
    for piece in pieces:
        spaced = (
            merged
            and (_SPACED_ABBREVIATION.search(merged[-1]) or re.search(r"(?<![\w.])[A-Z]\.$", merged[-1]))
            and re.match(r"[A-Z]\.(?:\s|$)", piece)
        )  # ``z. B.``, ``W. D. Ross``: cut between their letters
        circa = merged and _CIRCA.search(merged[-1]) and piece[:1].isdigit()  # ``c. 1250–1100``
        ordinal = merged and re.search(r"(?<![\w.])\d{1,2}\.$", merged[-1])
        dated = ordinal and (
            _MONTH_FIRST.match(piece)
            or _ORDINAL_NOUN.match(piece)
            or (re.match(r"\d{4}\b", piece) and _MONTH_FIRST.search(merged[-1][-14:]))  # ``Feb. 4. 1933``
        )
        named = (
            merged
            and (_INITIAL.search(merged[-1]) or _INITIALS.search(merged[-1]))
            and _SURNAME.match(piece)
            and piece.split()[0].casefold() not in _STARTERS
        )
        if merged and (_ABBREVIATIONS.search(merged[-1]) or _open(merged[-1]) or spaced or dated or named or circa):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return tuple(m.strip() for m in merged if m.strip())


def units(para: Para) -> list[Unit]:
    """The statements of a paragraph, in order, each with its lines.

    A line break ends a statement when the line ends like a sentence or the next line starts
    like one; otherwise the lines are one hard-wrapped sentence."""
    return list(_units(para.text, para.line))


@lru_cache(maxsize=CACHE_SIZE)
def _units(text: str, first: int) -> tuple[Unit, ...]:
    """``units`` of a paragraph's text starting at line ``first`` (the rules ask again and again)."""
    lines = text.split("\n")
    if len(lines) == 1:
        return tuple(_segment_units(text.strip(), first, first, 0))
    found: list[Unit] = []
    start = 0
    wrapped = hard_wrapped(lines)
    for index in range(len(lines)):
        last = index + 1 == len(lines)
        broken = lines[index].rstrip().endswith("\\") and not lines[index].rstrip().endswith("\\\\")  # Markdown's hard break
        if last or broken or (_ENDS_SENTENCE.search(plain(lines[index])) if wrapped else _boundary(lines[index], lines[index + 1])):
            segment = " ".join(re.sub(r"(?<!\\)\\\s*$", "", line.strip()) for line in lines[start : index + 1])
            found.extend(_segment_units(segment, first + start, first + index, len(found)))
            start = index + 1
    return tuple(found)


_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")


def hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a width, not at the end of what they say: every line but the last long (or ending a sentence), and
    one of them plainly going on (``… sent between the`` / ``hosts.``). A break then ends a
    statement only after a stop (``… called the TCP Three-Way`` / ``Handshake.`` is one)."""
    if len(lines) < 2 or any(len(line.strip()) < 50 and not _ENDS_SENTENCE.search(plain(line)) for line in lines[:-1]):
        return False
    if any(wraps_on(line) or plain(after)[:1].islower() for line, after in pairwise(lines)):
        return True
    return any(plain(line).count('"') % 2 and not _ENDS_SENTENCE.search(plain(line)) for line in lines[:-1])
    # (``… a calculator called the "Stepped`` / ``Reckoner" in the 1690's``: a quotation goes on)


_GLYPH_ITEM = re.compile(r"\s*[➔➜►▶▸▪•●○◦➢➤✓✔◆◇■□]\s")
"""The mark of an item in a list typed without Markdown's bullets: ``➔ Associações,``."""


def _boundary(line: str, after: str) -> bool:
    text, following = plain(line), plain(after)
    if _ENDS_SENTENCE.search(text) or _GLYPH_ITEM.match(following):
        return True  # (``➔ Fundações,`` / ``➔ Associações,``: items typed with a glyph, one to a line)
    if _GOES_ON.search(text):
        return False  # ``… among the`` / ``Irish exiles …``: a sentence wrapped before a name
    if text.count("(") > text.count(")") and following.count(")") > following.count("("):
        return False  # ``… Niyogis (Telugu`` / ``Brahmins) groups with …``: a parenthesis wrapped open
    return following[:1].isupper() or following[:1].isdigit()


_GOES_ON = re.compile(
    r"(?:[,、，]|\b(?:the|a|an|of|in|to|and|or|but|for|with|by|from|that|which|who|is|are|was|were|be|its|their|"
    r"his|her|at|on|as|than|into|between|whether|if|when|because|so|such|not|no|any|all|this|these"
    # and in other languages: ``(arts. 1319 y`` / ``1322 CCyC)``
    r"|y|e|o|u|del|los|las|con|por|para|que|und|oder|der|die|das|dem|den|des|mit|von|zu|zum|zur|et|ou|les|du|au|aux"
    r"|avec|pour|dans|sur|di|il|per|che|em|com|pelo|pela|dos|das|het|een|van|voor|met))\s*$",
    re.IGNORECASE,
)
"""How a line ends that cannot end a sentence: a comma, an article, a preposition, a conjunction."""


def wraps_on(line: str) -> bool:
    """``… of Weights and`` / ``Measures at Sèvres``: a line that ends where no sentence can, so the
    next line goes on with it."""
    return _GOES_ON.search(plain(line)) is not None


def _segment_units(segment: str, first: int, last: int, offset: int) -> list[Unit]:
    return [Unit(sentence, first, last, offset + i) for i, sentence in enumerate(_sentences(segment))]
