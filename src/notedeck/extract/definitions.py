"""Definitions: ``Term: def`` and its cousins, a heading and its defining statement, two-column tables.

- **Hibernate:** preserve in-memory state        ->  Hibernate / preserve in-memory state
- Spot: the highest bidder pays                   ->  Spot / the highest bidder pays
### EBS: Elastic Block Store\\n EBS is a network drive  ->  EBS / Elastic Block Store. EBS is a network drive

The answer is the definition and the bullets that go on saying what the term is; a child that
defines a term of its own gets its own card (with this term in its breadcrumb), never a place here.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import TypeGuard

from ..outline import PROOF_WORD, Block, Code, Item, ListBlock, Para, Section, Table
from ..text import (
    CJK_CHAR,
    COPULAS,
    DATE_LABEL,
    EXAMPLE_SETUP,
    KINDS_TITLE,
    LEADS_TO_WORDS,
    LESSON_GIVEN,
    QA_LABELS,
    STEP_WORDS,
    WHERE_TO_LOOK,
    WORD_CLASS,
    Definition,
    at_break,
    clean,
    counted_label,
    defines_then_asks,
    ends_on_example,
    formula_then_name,
    is_attributed_quote,
    is_connective,
    is_course_remark,
    is_empty_answer,
    is_exam_questions,
    is_guess,
    is_label,
    is_link_only,
    is_objective,
    is_part_number,
    is_part_word,
    is_prompt_line,
    is_question,
    is_remark_label,
    is_sequence_label,
    is_signpost,
    is_study_goals,
    is_task,
    is_time_stamp,
    label_of,
    lead_in,
    leads_on,
    named_formula,
    names_a_change,
    names_a_lecture,
    norm_key,
    plain,
    points_elsewhere,
    sentence_definition,
    split_definition,
    starts_with_filler,
    statement_number,
    strip_numbering,
    words,
)
from .common import (
    EXAMPLE_TITLE,
    GLOSS_LABEL,
    GRID_RULE,
    HANDS_ON,
    NEGATION,
    POINTING_TERM,
    SENTENCES_TITLE,
    SHARE,
    TRAILING_BREAKS,
    VOCABULARY_TITLE,
    Place,
    blocks_text,
    comparison_label,
    comparison_sides,
    content_words,
    dash_asides,
    example_sentence,
    fragment,
    is_dialogue,
    is_enumeration,
    is_example_value,
    is_explicit,
    is_generic,
    is_value,
    items_markdown,
    lines_of,
    lists_sentences,
    numbered_answer,
    opens_with_analogy,
    plain_children,
    restates,
    says_how_hard,
    scope_after_label,
    short_label,
    splits_a_value,
    spoken_lines,
    stands_for,
    subtitle,
    title_going_on,
    with_parent,
    without_analogy,
    worked_result,
)
from .comparisons import DEFINITION_HEADERS, LANGUAGE_NAMES, ROW_KINDS, is_number
from .formulas import statement_math
from .prose import hard_wrapped, units, wraps_on
from .ruler import State, visit
from .walk import (
    FORM_HEADERS,
    LEGEND_WORDS,
    NUMBER_HEADER,
    PICTURE_ONLY,
    Node,
    block_lines,
    headerless,
    prefix_topic,
    property_table,
    pseudo_heading,
    ragged_lists,
    text_lines,
    without_row_numbers,
)

_VENDOR = re.compile(r"^(?:Amazon|AWS|Azure|Google|Microsoft)\s+(?=\S)")
_ACRONYM_GLOSS = re.compile(r"^([A-Z][A-Z0-9]{1,5})\s*\((.+)\)$")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_TRAILING_ACRONYM = re.compile(r"(?P<words>.+?)\s*\((?P<acronym>[A-Z][A-Z0-9]{1,5})\)")
_RELATION = re.compile(r"[<>≤≥≠]|\\(?:leq|geq|le|ge|lt|gt|neq|leqslant|geqslant)\b")
_RELATION_MARK = re.compile(r"[<>≤≥≠\\]")


_STATES = re.compile(
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\bwhat )(?<!\bhow )\b(?:comes|goes|means|makes|gives|takes|causes|leads|depends|is|are|was|were)\s+(?:from|to|on|in|the|a|an|by|not|more|less|\w+ly)\b",
    re.IGNORECASE,
)
"""``Labor supply comes from individual choice``: a clause with its verb, a sentence's first half, not a term."""
_ARTICLE = re.compile(r"^(?:an?|the)\s+(?=\S)", re.IGNORECASE)


@lru_cache(maxsize=512)
def term_key(term: str) -> str:
    """What a definition is about, for telling cards of one term apart (not for identity: a card's
    identity stays ``norm_key`` of its term, as cards already in collections have it):
    ``ECR Elastic Container Registry``, ``ECR (Elastic Container Registry)``, ``ECR``,
    ``Elastic Container Registry (ECR)`` and ``Amazon ECR`` are one term."""
    text = _ARTICLE.sub("", _VENDOR.sub("", plain(term)))  # ``An earthquake`` and ``Earthquake``: one term
    tokens = _ACRONYM_GLOSS.sub(r"\1 \2", text).split()  # ``ECR (Elastic ...)``
    if len(tokens) > 1 and _ACRONYM.fullmatch(tokens[0]):
        initials = "".join(t[0] for t in tokens[1:] if t.casefold() not in {"of", "and", "the", "for"}).upper()
        letters = re.sub(r"([A-Z])(\d)", lambda m: m[1] * int(m[2]), tokens[0])  # ``S3``: three words with S
        if initials == letters or (len(letters) >= 3 and len(initials) >= len(letters) - 1 and initials[:2] == letters[:2]):
            return tokens[0].casefold()  # (``S3 Security`` is not what S3 stands for: another term)
    trailing = _TRAILING_ACRONYM.fullmatch(text)
    if trailing is not None:
        initials = "".join(
            w[0] for w in trailing["words"].split() if w.casefold() not in {"of", "and", "the", "for"}
        )
        if initials.upper() == trailing["acronym"]:
            return trailing["acronym"].casefold()
    relations = "".join(_RELATION.findall(text)) if _RELATION_MARK.search(text) else ""
    key = norm_key(text) or norm_key(term) or " ".join(plain(term).split())  # (``^`` is not ``*``: symbols have no words)
    return key + (f" {relations}" if relations else "")  # (``$e_i > 0$`` is not ``$e_i < 0$``)


def _answer(parts: Sequence[str]) -> str:
    return "\n\n".join(part for part in parts if part)


def _nested(item: Item, lines: list[int]) -> str:
    """What an item holds besides its bullets (paragraphs, math, code, tables), as its answer goes on;
    their lines are added to ``lines``."""
    blocks = [block for block in item.blocks if not isinstance(block, ListBlock)]
    lines.extend(lines_of(blocks))
    return blocks_text(blocks)


def _is_code(item: Item) -> bool:
    text = item.text.strip()
    return text.startswith("`") and len(text.strip("`").split()) > 3


_LINK_ONLY = re.compile(r"^\s*(?:!?\[[^\]]*\]\([^)]*\)|<?https?://\S+>?)\s*$")


def _answer_material(item: Item) -> bool:
    """Bullets a back can hold: not a command line, not a bare link, not an empty label."""
    empty_label = not item.blocks and is_generic(item.text)
    if not item.blocks and not re.search(r"[^\W_]", item.text):
        return False  # ``—``, ``...``: a mark with no words, nothing to recall
    return not _is_code(item) and not _LINK_ONLY.match(item.text) and not empty_label


def _statements(children: Sequence[Item], loose: bool = False, least: int = 2) -> bool:
    """Children that are sentences of their own (facts to ask one by one), not phrases about a term;
    ``loose``: any bullet of four words or more that says something (a verb, a number, a ``:``)."""

    def says(child: Item) -> bool:
        text = plain(child.text)
        if loose:
            return words(text) >= 4 and bool(
                re.search(r"\d|:|\b(?:is|are|can|will|must|should|use|set)\b", text)
            )
        return words(text) >= 6 and text[:1].isupper() and text.rstrip().endswith(".")

    return sum(1 for child in children if says(child)) >= least


def _plain_markdown(children: Sequence[Item]) -> tuple[str, list[int]]:
    """Children as answer bullets (a command line is left out: it is code to read, not to recall)."""
    kept = [child for child in children if _answer_material(child)]
    return items_markdown(kept), [n for child in kept for n in block_lines(child)]


_PART_LABELS = frozenset(
    ["outline", "syllabus", "agenda", "examples", "references", "resources", "links", "todo"]
)
"""``Course outline:``, ``SL Examples:``: what a part of the note holds, not a term."""


_EXERCISE_WORDS = frozenset(
    ["exercise", "exercises", "esercizio", "esercizi", "exercice", "exercices", "ejercicio", "ejercicios", "exercício",
     "exercícios", "übung", "aufgabe", "oefening", "cvičení", "zadanie", "feladat"]
)
"""``Esercizio: La curva … q=50-p/2``: an exercise and its working (numbers, equations, a question);
``Exercício: por meio de representantes`` (of a power) is a term."""


_COURSE_FIELDS = frozenset(
    [
        "bibliography", "bibliografía", "bibliografia", "bibliographie", "literatur", "literature", "readings",
        "bibliografie", "references", "riferimenti", "referencias", "referências", "références", "referenzen",
        "参考", "参考文献", "参考资料", "参考資料", "參考", "參考資料", "參考文獻", "참고", "참고문헌", "出典",
        "evaluation", "evaluación", "avaliação", "valutazione", "bewertung", "grading", "assessment",
        "evaluations", "evaluaciones", "avaliações", "valutazioni", "évaluations",
        "homework", "deberes", "tarea", "tareas", "devoirs", "hausaufgabe", "hausaufgaben", "compiti", "huiswerk",
        "office hours", "sprechstunde", "tutorías", "horario", "schedule", "exam date", "prüfungstermin",
        # the course's book and what the page covers: ``配套教材：Kuby Immunology 8e.``, ``Tema central: Introducción a POO``
        "textbook", "textbooks", "course book", "course description", "lehrbuch", "libro de texto", "manuel", "livro-texto",
        "教材", "配套教材", "课本", "教科书", "教科書", "课程描述", "课程简介", "课程介绍", "tema central",
    ]
)
"""What a course page says of the course (its books, its grading, the homework), never a term of its subject."""
_COURSE_SECTION = re.compile(
    r"\W*(?:course (?:info(?:rmation)?|details|logistics|admin(?:istration)?)|class info(?:rmation)?|logistics|administrivia"
    r"|informazioni (?:sul |del )?corso|información del curso|informações do curso|informations? (?:sur le |du )cours"
    r"|kursinfo(?:rmationen)?|organisatorisches)\W*",
    re.IGNORECASE,
)
"""``### Course Info``: the course's number, credits and professor, never its subject."""
_AUTHOR_KEYS = frozenset(["author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore", "autori", "autora", "autores", "verfasser"])
"""Who wrote the note."""


_TAG_KEYS = frozenset(["tags", "tag", "标签", "標籤", "タグ", "태그", "关键词", "關鍵詞"])
"""How a note says how it is filed, in the scripts written without spaces too (``标签：[[物理]] [[电磁感应]]``)."""
_META_KEYS = frozenset(
    [
        "last edited time", "created time", "last edited by", "created by", "last edited", "tags", "tag", "links", "link", "lecturer", "lecturers", "professor", "instructor", "teacher",
        "tutor", *_AUTHOR_KEYS, "date", "created", "updated", "modified", "source", "sources",
        "date created", "date modified", "date added", "created on", "created at", "last modified", "last updated",
        "status", "course", "class", "module", "semester", "aliases", "alias", "cssclass", "related", "url",
        "reviewed", "review", "done", "completed", "revised", "mastered", "progress", "priority",
        "video", "reference", "references", "liens", "enlaces", "verweise", "prof", "professeur", "profesor",
        "profesora", "professore", "professora", "docente", "dozent", "dozentin", "enseignant", "enseignante",
        "numero", "número", "nummer", "fecha", "datum", "salle", "room",
        # when the lecture or the seminar was held: ``Datum der Sitzung: 13.05.2025``
        "datum der sitzung", "sitzung", "sitzungsdatum", "date of the session", "session date", "lecture date", "datum der vorlesung",
        "fecha de la clase", "data della lezione", "data da aula", "protokollant", "protokollantin", "note taker", "scribe",
        # the day the note was written, set down at its top: ``Today = 2024-10-24``
        "today", "heute", "hoy", "hoje", "oggi", "aujourd'hui", "vandaag",
        *_TAG_KEYS,
    ]
)
"""Fields of a note (Obsidian properties written as lines, a lecture's header): ``Course: [[ST2334]]``."""


_DUE_KEYS = frozenset(
    ["midterm", "midterms", "final", "finals", "exam", "exams", "deadline", "presentation", "project", "quiz",
     "due", "assignment", "essay", "test", "lab", "homework", "hw", "report"]
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_TITLE = re.compile(
    rf"(?:\w+day,?\s+)?(?:\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})",
    re.IGNORECASE,
)
"""``15 February 2023``, ``Monday, March 3rd 2024``, ``2023-02-15``: a day, as a log or a diary heads its entries."""
_DATE_WORDS = re.compile(
    rf"{_MONTH}\s+\d|\d{{1,2}}[./]\d{{1,2}}\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|next (?:week|class|lecture)",
    re.IGNORECASE,
)


_DATED_FIELD = re.compile(
    rf"\W*[^\W\d_][\w ]{{1,20}}:\s*(?:{_MONTH}\s+\d{{1,2}}\b|"
    rf"\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})",
    re.IGNORECASE,
)
"""``Recorded: January 9, 2017`` / ``Viewed: August 20, 2020``: when the author did something, a field."""


def _metadata(term: str, body: str, line: int) -> bool:
    """``Tags: #German``, ``Source: https://…``, ``Created: 2024-03-26``; ``Lecturer: Cameron Gordon``
    in the first lines of a note (further down, ``Teacher: der Lehrer`` is vocabulary)."""
    key = plain(term).casefold().strip(" *_:")
    text = plain(body).strip()
    if key in _DUE_KEYS and _DATE_WORDS.match(text):
        return True  # ``midterm - march 25``, ``project - may 26/27 (practical)``: when, not what
    if key in ("from", "source", "sources", "book", "reference", "quelle", "fuente", "fonte", "source book") and line <= 12 and re.search(
        r"\s[-–—]\s+[A-Z]|\bby\s+[A-Z]", text
    ):
        return True  # ``From : Hands on Deep Learning with Python - Sudharsan Ravichandiran``: the book the note was taken from
    if key not in _META_KEYS and key != "data":
        return False
    linked = bool(re.fullmatch(r"(?:\[\[[^\]]*\]\]|#[\w/-]+|https?://\S+|[\s,])*", body.strip()))
    dated = bool(
        re.match(
            r"[\[{(]*(?:\d{4}-\d\d?-\d\d?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
            r"|\d{1,2}\.? (?:de )?[^\W\d_]{3,9}\.? (?:de )?\d{4}|\d{1,2}[/.-][^\W\d_]{3,9}\.?[/.-]\d{2,4})",  # ``6 mars 2018``, ``26/Fev/24``
            text,
        )
    )
    # (``{{2025-07-22}}``, ``May 23, 2025 11:37 AM``)
    named = (text[:1].isupper() and words(text) <= 4) or text.isdigit()  # ``Cameron Gordon``, ``ST2334``, ``1``; not ``der Lehrer``
    if key == "data":
        return dated  # ``DATA: (26/Fev/24)``: the day of the lecture (Portuguese, Italian); ``Data: raw facts`` is a term
    if key in _AUTHOR_KEYS and line <= 12 and all(word[:1].isupper() for word in re.findall(r"[^\W\d_][\w'-]*", text)):
        return True  # ``Autoren: Lucas Rühe, Paul Friedrich Vierkorn``: who wrote it, names only
    if key in _TAG_KEYS and line <= 12:
        return True  # ``Tags: Salient features of the world's physical geography, …``: how the note is filed
    return not text or linked or dated or (line <= 12 and named)


_PART_OF = re.compile(r"(?i:part|teil|partie|parte|deel|część|část)\s+(?:\d{1,3}|[IVX]{1,5})")
"""``PART 2``, ``Teil II``: which part of a chapter, not what a term is."""
_READ_AT = re.compile(
    r"(?:(?:pp?g?|pages?|chapters?|ch|chap|kapitel|kap|capítulo|cap|chapitre|seite|s|p)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?"
    r"(?:\s*n\.\s*\d+)?(?:\s*\([^()]{1,30}\))?(?:\s*[,;]\s*|\s+and\s+|\s*$))+",
    re.IGNORECASE,
)
"""``pg. 2 n.1, pg. 80``, ``chapters 2–5``, ``chapter 6 (on no-self)``: where in a book the term is, not what it is."""
_CITATION = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'-]{2,}, (?:[A-ZÀ-Ý][\w.'-]*\s*)+(?:[;,&]|et al|$)|.{1,30}(?:编著|主编|著|编|译)\s*$")
"""``CAMPBELL, Neil A.; REECE, Jane B.``, ``周抗美、王兆渠编著``: authors as a bibliography names them, before their book's title."""
_ARITHMETIC = re.compile(r"(?=.*[+*/×÷^])\s*[\d().,\s]+(?:[-+*/×÷^][\d().,\s]+)+")
"""``Accuracy: (3+4)/10``: the sum of a worked example, not what accuracy is."""
_WHOSE_NOTES = re.compile(
    r"\W*(?i:riassunt[oi]|appunti|resumo|resumen|apuntes|résumé|notes|summary|zusammenfassung|mitschrift|notizen|samenvatting)"
    r"\s+(?i:di|de|by|von|por|par|da|van)\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}\W*"
)
"""``Riassunto di Francesco Rigoni``, ``Notes by Jane Doe``: whose notes these are."""
_NOTHING = re.compile(
    r"\W*(?:n/?a|n\.a\.?|not applicable|não aplicável|nao aplicavel|no aplica|non applicable|non applicabile|nicht anwendbar"
    r"|tbd|tba|todo|to ?do"
    r"|(?:to be|yet to be) (?:defined|determined|done|added|written|completed)(?: further| later)?|coming soon)\W*",
    re.IGNORECASE,
)
"""A value that says the field is empty (``Não Aplicável``, ``N/A``, ``To be defined further``): nothing to recall
(``None`` is not one: ``Articles: none`` says Latin has none)."""
_NUMBERED_EXAMPLE = re.compile(r"(?:example|exercise|problem|task|ex|beispiel|ejemplo|exemplo)\.?\s*\d+[a-z]?", re.I)
"""``Example 1``: the label of a worked example, whose code or data stand elsewhere in the note."""


_PICTURE_REF = re.compile(
    r"\b(?:in|on|from|see) (?:this|the|that) (?:picture|image|figure|diagram|graph|plot|photo|drawing|screenshot)\b(?! (?:of|for)\b)"
    r"|\b(?:in|on) the (?:picture|image|figure|diagram|graph|plot) (?:above|below)\b"
    r"|(?:위|아래|다음|이) ?그림|그림에서|[上下]图|如图|[上下]の図|図の|図で|auf dem Bild|in der (?:Abbildung|Grafik)|sur (?:la|le) (?:figure|schéma|graphique)",
    re.IGNORECASE,
)
_SUPPOSITION = re.compile(r"^(?:let|suppose|assume|consider|sia|siano|soit|soient|sei|seien|sea|sean|seja|sejam)\s+\S+\s+(?:be|is|are|denote)\b", re.IGNORECASE)


_COPULA_END = re.compile(rf"(?<![\w-])(?:is|are|was|were|therefore|thus|{COPULAS})\s*$")
"""How a sentence cut at its colon ends (``L'avant dernière ligne est : (1 1 0)``): on *is*, in lower case."""


_TASK_OPENING = re.compile(
    r"\W*(?:show|prove|find|compute|calculate|determine|verify|check|explain|derive|sketch|zeige|beweise|berechne|montrer|montrez"
    r"|démontrer|calculer|mostrar|demostrar|calcular|dimostrare|calcolare)\b",
    re.IGNORECASE,
)
"""``Show this is also a spanning set.``: the task an exercise sets."""
_TASK_WORDS = frozenset(
    ["differentiate", "integrate", "calculate", "compute", "solve", "simplify", "expand", "factorise", "factorize",
     "evaluate", "sketch", "derive", "prove", "show that", "ableiten", "integrieren", "berechne", "berechnen", "calcula",
     "resuelve", "calcule", "résoudre", "calcola", "risolvi"]
)
"""A task set alone before its exercises (``Differentiate:``), not a term they define."""


_REMINDER = re.compile(r"(?:remember|note|keep in mind|don't forget|never forget|be aware)\b.*\s(?:is|are|can|has|have)\s", re.I)
"""``Remember that S3 is Object-based: …``: a fact said as a reminder, not a term cut at its colon."""
_STUDY_TASK = re.compile(
    r"(?:read|re-?read|review|revise|study|work through|go through|look up|watch)\b.{0,60}\b(?:by yourself|yourself|on your own|again|later)\s*$",
    re.IGNORECASE,
)
_ONE_FORMULA = re.compile(r"\s*\$\$?[^$]+\$\$?\s*\.?\s*")
_DEFINITION_MARKS = frozenset(["def", "defn", "dfn", "déf", "def'n"])
"""``DEF: A "wave" is anything that satisfies the wave equation.``: the mark of a definition, whose term is in it."""


_NAVIGATION = frozenset(
    ["next", "previous", "prev", "back", "up", "home", "index", "see also", "related", "siguiente", "anterior", "weiter",
     "zurück", "vorherige", "nächste", "suivant", "précédent", "successivo", "precedente", "próximo", "próxima", "volgende", "vorige"]
)
"""``**Next:**``, ``Previous:`` over a link: the way through the notes, never a term."""


_NOTE_LINK = re.compile(
    r"(?:next|previous|prev|following|original|source|parent|related|linked|main|up)(?: notes?| pages?| lessons?| lectures?| chapters?| topics?)?"
    r"|(?:notes?|pages?) (?:before|after)"
)
"""``Original note``, ``Previous Note``, ``Following Note`` over a link: the way through the notes, never a term."""


def _page_link(term: str, value: str) -> bool:
    """``Previous Note`` over ``[[002 Speed Time Graph]]``, ``Following Note`` over ``[[]]``: the way to another page."""
    return _NOTE_LINK.fullmatch(plain(term).strip(" .*_:").casefold()) is not None and (
        is_link_only(value.strip()) or re.fullmatch(r"\s*\[\[\s*\]\]\s*", value) is not None
    )


_EXERCISE_LABEL = re.compile(r"(?i:ges|geg|gesucht|gegeben|given|find|wanted|asked|required|unknowns?|knowns|dados|datos|données|dane|szukane)")
"""``Geg:`` / ``Ges:`` (given, wanted): the bookkeeping of a worked exercise."""


_CLAUSE_TERM = re.compile(
    r"(?:around|about|approximately|roughly|nearly|almost|more than|less than)\s+[\d$]"
    r"|(?:enabled|disabled|used|located|found|based|written|called|made)\s+(?:by|in|on|at|for|with|from)\b",
    re.IGNORECASE,
)
"""``Around 2^21 possible values``, ``Enabled by default in gcc``: how a statement opens, never a term."""
_EXAMPLE_TERM = re.compile(
    r"\W*(?:an?\s+)?(?:example|exemple|ejemplo|esempio|beispiel|exemplo|voorbeeld|przykład|příklad)s?\b"
    r"(?!\s+(?:of|for|de|del|di|für|van|dla)\b)",
    re.IGNORECASE,
)
"""``Example IP``, ``Ejemplo``: the value an example takes, not a term (``Example of metadata`` is what an example is)."""


def _good_definition(
    state: State, term: str, body: str, line: int, sep: str = "", place: Place | None = None, worded: bool = False
) -> bool:
    """A term and a body worth a card; otherwise the line gets its reason. ``worded``: a line of a word
    list (``der Arm = arms``), whose translation may well look like the word."""
    ending = plain(body).rstrip()
    if (
        (ending.endswith(("...", "…")) and "," not in ending) or (ending.endswith(",,") and "," not in ending.rstrip(","))
    ) and words(ending) <= 3 and re.search(r"[^\W\d_]", ending):
        state.leave(line, f"a meaning the author left unfinished: {plain(body)[:40]!r}")
        return False  # ``**European option** = on ...``, ``원인체 : 더 엄밀히는,,``
    if re.fullmatch(r"(?:\\\*|[†‡§¹²³⁴⁵])+", term.strip()):
        state.leave(line, f"a footnote to a mark above it, not a term: {plain(body)[:40]!r}")
        return False  # ``\*: has personal liability, BUT …`` under a table whose cells say ``yes*``
    if _page_link(term, body):
        state.leave(line, f"a link to another page of the notes, not a fact: {plain(term)[:40]!r}")
        return False  # ``**Previous Note:** [[002 Speed Time Graph]]``, ``**Following Note:** [[]]``: the way through the notes
    if _EXERCISE_LABEL.fullmatch(plain(term).strip(" .*_")):
        state.leave(line, f"what a worked exercise is given or asked, not a fact: {plain(term)[:40]!r}")
        return False  # ``Ges: `c` ``, ``Geg: $l = 0{,}5\,m$``, ``Given: …``, ``Find: …``
    if place is not None and re.fullmatch(r"[a-eA-E]", plain(term).strip(" *_")) and place.crumbs and re.fullmatch(
        r"\W*\d{1,3}\W*", plain(place.crumbs[-1])
    ):
        state.leave(line, f"the letter of an answer to question {plain(place.crumbs[-1]).strip()} the note does not show")
        return False  # ``# 4`` over ``d - pride do denaturacije``: which option was right, not a term
    if re.match(r"(?:sources?|quellen?|fuentes?|fontes?|credits?)\b(?!\s+(?:code|ip|port|address|nat)\b)", plain(term), re.IGNORECASE) and words(plain(body)) <= 6:
        state.leave(line, f"where the words come from, not a fact: {plain(term)[:40]!r}")
        return False  # ``Source for above quotes: Malle, 2006``
    if LESSON_GIVEN.match(plain(body)):
        state.leave(line, f"when and by whom the lesson was given, not a fact: {plain(body)[:40]!r}")
        return False  # ``**Sobre:** aula ministrada dia 29/10/2020, por …``
    if is_time_stamp(body):
        state.leave(line, f"a date and time alone, when the note was written: {plain(body)[:40]!r}")
        return False  # ``Searchterms:`` over ``Friday, March 25th 2022, 1:01:39 am``
    if ("](" in body or "://" in body) and "![" not in body and is_link_only(re.sub(r"\s+\([^()]*\)\s*$", "", body)):
        state.leave(line, f"links, where to look, not what {plain(term)[:30]!r} is")
        return False  # ``Pronunciation: [Youglish](…) | [Forvo](…)``, ``Some lecture: https://… (by Kilian Weinberger)``
    if plain(term).strip(" *_").casefold() in ("re", "ad", "wrt", "w.r.t.", "bzgl.", "bzgl", "betreff", "objet"):
        state.leave(line, f"a remark about what comes before, not a term: {plain(body)[:40]!r}")
        return False  # ``re: dont build one unless you gotta``: *regarding* the line above
    if _CLAUSE_TERM.match(plain(term)):
        state.leave(line, f"a statement cut at its dash, not a term: {plain(term)[:40]!r}")
        return False  # ``Enabled by default in gcc — disable with …``, ``Around 2^21 possible values — …``
    if _EXAMPLE_TERM.match(plain(term)) and (words(plain(body)) <= 3 or is_value(body)):
        state.leave(line, f"an example's value, not a term: {plain(term)[:40]!r}")
        return False  # ``Example IP: `192.168.1.0/24```
    if re.fullmatch(r"[^.?!\n]{1,40}!{2,}", plain(body).strip()):
        state.leave(line, f"an exclamation beside the line, not what it means: {plain(body)[:40]!r}")
        return False  # ``They closely match each other: chinese people!!``
    if words(plain(term)) >= 5 and _STATES.search(plain(term)):
        state.leave(line, f"a sentence cut at its colon, not a term: {plain(term)[:40]!r}")
        return False  # ``Labor supply comes from individual choice: wages create …``
    if words(plain(term)) >= 3 and ends_on_example(term):
        state.leave(line, f"a sentence that leads into its example, not a term: {plain(term)[:40]!r}")
        return False  # ``Pronunciar la r como en el español, ejemplo: _parler_``
    if (said := plain(term).casefold().split()) and said[-1] in _PART_LABELS:
        state.leave(line, f"the title of a part, not a term: {plain(term)[:40]!r}")
        return False
    if _STUDY_TASK.match(plain(term)):
        state.leave(line, f"what the author means to read or do, not a fact: {plain(term)[:40]!r}")
        return False  # ``Read and understand the derivation by yourself: Sears & Zemansky 28.3``
    if (
        is_remark_label(term)
        or is_study_goals(term)  # ``*Learning plan*`` over what the page will outline: what to study, not a term
        or plain(term).casefold().strip(" *_:.") in _DEFINITION_MARKS
        or _REMINDER.match(plain(term))
    ):
        return False  # ``Memorize this: …``, ``General info: …``, ``DEF: A "wave" is …``: what follows is a fact of its own
    if plain(term).strip(" *_:：") in ("掌握", "熟悉", "了解", "理解", "熟练掌握", "一般了解"):
        state.leave(line, f"a learning objective, not a fact: {plain(term)[:40]!r}")
        return False  # ``**掌握**：实收资本…的账务处理``: what the chapter asks the reader to master
    if plain(term).casefold().strip(" *_:") in _TASK_WORDS:
        state.leave(line, f"an exercise's task, not a term: {plain(term)[:40]!r}")
        return False  # ``Differentiate`` over ``e^(5x+6), 1/(ax+b), sin(ax+b)``: what to practise, not a term
    if plain(term).casefold().strip(" *_:") in STEP_WORDS:
        state.leave(line, f"a step of a calculation, not a term: {plain(term)[:40]!r}")
        return False  # ``Add: Net Income``, ``Less: Dividends``
    if plain(term).casefold().strip(" *_:") in _EXERCISE_WORDS and (re.search(r"\d|=|\?", body) or _TASK_OPENING.match(plain(body))):
        state.leave(line, f"the title of an exercise over its working, not a term: {plain(term)[:40]!r}")
        return False  # ``Esercizio`` over ``- q=50-p/2``, ``- p=100-2*q``
    if words(plain(term)) >= 3 and _COPULA_END.search(plain(term)) and not re.search(r"\s/\s*\S+$", plain(term)):
        # (``er / sie / es``: three persons, the last no verb)
        state.leave(line, f"a sentence cut at its colon, not a term: {plain(term)[:40]!r}")
        return False  # ``L'avant dernière ligne est : (1 1 0 0 0 0 0)``
    if is_sequence_label(term) and not (
        _STAGE.fullmatch(plain(term).strip(" *_:")) and words(plain(body)) <= 8 and re.search(r"[^\W\d_]{3}", _MATH_SPAN.sub("", body))
    ):  # (``stadio 1: $\binom{n}{n_1}$``: a step of a working, its formula no stage's name)
        state.leave(line, f"the number of a step and its title, not a definition: {plain(term)[:40]!r}")
        return False
    if plain(term).casefold().strip(" *_:.") in _COURSE_FIELDS:
        state.leave(line, f"about the course, not its subject: {plain(term)[:40]!r}")
        return False
    if is_task(f"{term} {body}"):
        state.leave(line, f"a to-do of the author's, not a fact: {plain(term)[:40]!r}")
        return False
    if is_guess(body):
        state.leave(line, f"the author's guess, not a fact: {plain(body)[:40]!r}")
        return False
    if is_course_remark(f"{term}: {body}"):
        state.leave(line, f"about the course, not its subject: {plain(term)[:40]!r}")
        return False
    if words(plain(body)) >= 5 and leads_on(body) and not re.search(r"[.!?;:]\s*$", plain(body)):
        state.leave(line, f"leads into what follows it, unfinished: {plain(body)[-40:]!r}")
        return False  # ``Events`` → ``the two events $A$ and $B$ are called independent if``
    if _PICTURE_REF.search(plain(term)):
        state.leave(line, f"refers to a picture the card cannot show: {plain(term)[:40]!r}")
        return False  # ``In this picture, $m$ = 10``
    if re.fullmatch(r"\s*（[^()（）\n]*）\s*[.。]?\s*", plain(body)):
        state.leave(line, f"says only an aside, in brackets: {plain(term)[:40]!r}")
        return False  # ``最终得到的小信号模型：（考虑了背栅效应和衬底电容）`` over the picture of the model
    if _SUPPOSITION.match(plain(term)):
        state.leave(line, f"the setting of an example, not a term: {plain(term)[:40]!r}")
        return False  # ``let $X$ be the random variable: number of heads in 3 tosses``
    if _NUMBERED_EXAMPLE.fullmatch(plain(term).strip(" :")):
        state.leave(line, f"the answer to a worked example the card cannot show: {plain(term)[:40]!r}")
        return False
    if GRID_RULE.search(body):
        state.leave(line, f"a table drawn with characters, not a definition: {plain(term)[:40]!r}")
        return False  # ``Criteria`` over ``+------+------+`` / ``| | Behavioral |``: a grid table that no card can show
    if WORD_CLASS.fullmatch(plain(body).strip()):
        state.leave(line, f"a word with only its word class, not what it means: {plain(term)[:40]!r} — {plain(body)[:30]!r}")
        return False  # ``**zuverlässig** *(adj.)*``, ``**beide** *(pronoun)*``: the meaning is not in the note
    if _NOTHING.fullmatch(plain(body).strip()):
        state.leave(line, f"says there is nothing to it: {plain(term)[:40]!r} — {plain(body)[:30]!r}")
        return False  # ``Provas: _Não Aplicável_``, ``Bounds: (To be defined further)``: a field left empty
    if points_elsewhere(clean(body)):
        state.leave(line, f"points elsewhere in the note, says nothing: {plain(term)[:40]!r}")
        return False
    if _READ_AT.fullmatch(plain(body).strip()):
        state.leave(line, f"where to read about it, not what it is: {plain(term)[:40]!r}")
        return False  # ``Five aggregates: pg. 20–23``, ``Four truths: chapters 2–5``
    if is_part_number(body) or _PART_OF.fullmatch(plain(body).strip()):
        state.leave(line, f"the number of a part, not what it is: {plain(term)[:40]!r}")
        return False  # ``SPANNING TREE PROTOCOL (STP): PART 2``
    if _CITATION.match(plain(term)):
        state.leave(line, f"a reference to a book or an article, not a fact: {plain(term)[:40]!r}")
        return False
    if _metadata(term, body, line) or _DATED_FIELD.match(plain(term)) or _DATED_FIELD.match(plain(body)):
        state.leave(line, f"a field of the note (who, when, where from), not a fact: {plain(term)[:40]!r}")
        return False
    if _ARITHMETIC.fullmatch(plain(body)) or (_ONE_FORMULA.fullmatch(body) and worked_result(body.strip().rstrip("."))):
        state.leave(line, f"a worked value, not what the term is: {plain(term)[:40]!r}")
        return False  # (``Für die Periodendauer ergibt das: $T = \frac{1}{f} = 7.5s$``: an example's number)
    if splits_a_value(term, body, sep):
        state.leave(line, f"not a definition (the separator is inside a value): {plain(term)[:40]!r}")
        return False
    if restates(term, body) and not (worded and norm_key(term) != norm_key(body)):
        state.leave(line, f"the answer only restates {plain(term)!r}")
        return False
    if place is not None and norm_key(body) and any(norm_key(crumb) == norm_key(body) for crumb in place.crumbs):
        state.leave(line, f"the answer is the topic the breadcrumb names: {plain(body)[:40]!r}")
        return False  # ``Angebot, dann Bestellung = Kaufvertrag`` under ``# Kaufvertrag``
    if example_sentence(term, body):
        state.leave(line, f"an example sentence under a label, not what the label means: {plain(term)[:40]!r}")
        return False
    if POINTING_TERM.search(plain(term).strip(" *_:")):
        state.leave(line, f"a lead-in that points to what the note shows around it, not a term: {plain(term)[:40]!r}")
        return False  # ``Here's a special one``, ``This is true because``, ``A transpiler would take that code and …``
    return True


def _item(state: State, place: Place, item: Item, worded: bool = False) -> None:
    if not item.text or is_question(item.text) or is_explicit(item.text):
        return
    if is_task(item.text.split("\n", 1)[0]):
        state.leave(item.line, f"a to-do of the author's, not a fact: {plain(item.text)[:40]!r}")
        return
    if state.holds_authors_cards(item):
        return
    if place.crumbs and _COURSE_SECTION.fullmatch(plain(place.crumbs[-1])):
        state.leave_all(block_lines(item), f"about the course, not its subject: {plain(item.text)[:40]!r}")
        return  # ``### Course Info`` over ``Course Number: #404241``, ``Units: 3``, ``Professor: …``
    if item.children and place.sections and is_study_goals(place.sections[-1]):
        state.leave_all(text_lines(item), f"what the course says it will teach, not a fact: {plain(item.text)[:40]!r}")
        return  # ``## Learning Objectives:`` over ``Calculate the present value (PV) and future value (FV) of:`` and its list
    if item.children and sum(1 for child in item.children if child.task) * 2 >= len(item.children):
        return  # ``Sorting Algorithms`` over ``[ ] Quick Sort``, ``[ ] …``: what is left to study
    if comparison_label(item.text, place.parent) is not None:
        return
    if PICTURE_ONLY.fullmatch(item.text.strip()):
        return  # ``- ![band-pass-filter](…)`` over ``Above together is a band-pass filter``: a picture, its file's name no term
    if place.crumbs and (
        _WORKED.match(plain(place.crumbs[-1]))
        or (EXAMPLE_TITLE.search(plain(place.crumbs[-1]).strip(" :*")) and re.search(r"\d", item.text))
    ):
        state.leave(item.line, f"part of a worked example, not a fact to recall: {plain(item.text)[:60]!r}")
        return  # ``Ex. Criança de 7kg`` over ``KCl: 7``: the example's numbers, not what there is to learn
    definition = split_definition(item.text)
    if definition is None and not item.blocks and "&rarr;" in item.text and _under_mapping(place):
        definition = split_definition(item.text.replace("&rarr;", "→", 1))  # ``## Present &rarr; Past participle`` / ``- begin &rarr; begun``
    if definition is None and not item.blocks and "$" in item.text:
        definition = named_formula(item.text) or formula_then_name(item.text)  # ``- Speed $v = \frac{2\pi r}{T}$``
    if definition is None and not item.children and (which := _WHICH_IS.fullmatch(plain(item.text).strip())) is not None:
        _item_with_body(state, place, item, which["term"], which["body"], ",")  # ``Exudate, which is fluid that is rich in proteins …``
        return
    if definition is None and "\n" in item.text.strip() and not item.children:
        head, rest = item.text.strip().split("\n", 1)
        if (
            _term_line(head)
            and words(plain(rest)) >= 3
            and not is_question(rest)
            and not _term_line(rest.split("\n", 1)[0])
            and not _GOES_ON.match(plain(rest))
        ):
            _item_with_body(state, place, item, head.strip().rstrip(":"), rest.strip(), "\n")
            return  # ``* Descriptive statistics`` / ``How data can be summarised …``: the term, its meaning on the line below
    if definition is not None and definition.body:
        _item_with_body(state, place, item, definition.term, definition.body, definition.sep, worded)
    elif item.children and _lead_in_sentence(item.text) and _lead_in(state, place, item):
        return
    elif item.blocks and (definition is not None or is_label(item.text)):
        _labelled_item(state, place, item)


_SCORE_TERM = re.compile(r"(?i:practice(?: (?:test|exam|quiz))?|score|scores|result|results|mock(?: exam)?|quiz|practice scores?)")
_SCORE = re.compile(r"\b\d{1,3}\s*/\s*\d{1,3}\b|\b\d{1,3}(?:\.\d)?\s*%|\(videos only\)|^\W*$")
"""``22 / 27 correct``, ``Custom Quiz 80%``: how the author did, not what there is to learn."""
_BARE_SYMBOL = re.compile(r"\$\s*[A-Za-z](?:_\{?\w{1,3}\}?)?\s*\$")
"""``$L$``, ``$f_k$``: one letter in math (perhaps with an index), nothing else."""
_PICTURE_LABEL = re.compile(r"\W*(?:images?|pictures?|diagrams?|figures?|photos?|illustrations?|drawings?|sketch(?:es)?)\s+of\b", re.IGNORECASE)
"""``Image of Membrane:`` over a picture and the points it shows: a caption, not a term."""
_PART_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&|and|or|of|the|vs\.?)){0,3}")
"""``Means``, ``Median & Mode``: the name of a part of a series of headings, in title case, no value."""
_GOES_ON = re.compile(r"\W|(?:is|are|was|were|has|have|had|can|could|will|would|should|must|may|might|does|do|did|and|or|but|of|to|in|on|at|by|for|with|that|which)\b")
"""``A set of processes`` / ``is deadlocked when …``: a sentence wrapped after its subject, not a term over its meaning."""


_WHICH_IS = re.compile(
    r"(?P<term>[A-Z][^\s,;:()]*(?:\s[^\s,;:()]+){0,2}),\s+(?:which|who)\s+(?:is|are)\s+(?P<body>(?:an?\s+|the\s+)?[a-z][^\n]{8,})"
)
"""``Exudate, which is fluid that is rich in proteins …``, ``E selectins, which are found on …``: a name
set off by a comma and what it is, as a list of kinds writes them."""


_WORKED = re.compile(
    r"(?:ex\.|ex:|exemplo|ejemplo|exemple|beispiel|bsp\.|esempio|voorbeeld|worked example|example)\s*:?\s+\S.*\d",
    re.IGNORECASE,
)
"""A label that opens a worked example on given numbers (``Ex. Criança de 7kg``, ``Example: a 70 kg man``)."""


_LEADING_WORDS = frozenset(
    ["have", "has", "are", "is", "include", "includes", "including", "like", "contain", "contains"]
)


def _lead_in_sentence(text: str) -> bool:
    """``The steps you take to make your deep learning project:`` or ``Isomers have`` over a list."""
    stripped = plain(text).rstrip()
    if "\n" in text.strip() or not 3 <= words(stripped) <= 25:
        return False
    if stripped.endswith(":"):
        return words(stripped) >= 5  # a shorter one is a label (``Data Link Layer:``)
    return stripped.split()[-1].casefold() in _LEADING_WORDS


def _lead_in(state: State, place: Place, item: Item) -> bool:
    """A sentence that introduces its bullets: it asks for them (not the set-up of an example)."""
    if re.match(
        r"(?:suppose|consider (?:an?|the case|this example|the following)|for example|e\.g|applying)\b",
        plain(item.text),
        re.I,
    ):
        return False
    kept, _own = plain_children(item.children)
    kept = [child for child in kept if _answer_material(child)]
    if len(kept) < 2 or len(kept) != len(item.children):
        return False
    children, lines = _plain_markdown(kept)
    front = clean(item.text).rstrip().rstrip(":").strip()
    card = place.card("definition", front, children, line=item.line, key=norm_key(front), raw=item.text)
    state.add(card, [*text_lines(item), *lines])
    return True


def _under_mapping(place: Place) -> bool:
    """Under a heading that names a mapping (``## Present &rarr; Past participle``): its items pair a word with its form."""
    return bool(place.crumbs) and re.search(r"→|->|&rarr;", place.crumbs[-1]) is not None


def _item_with_body(state: State, place: Place, item: Item, term: str, body: str, sep: str = "", worded: bool = False) -> None:
    if item.children and subtitle(body) and not item.paragraphs:
        _labelled_item(state, place, item)
        return
    if re.fullmatch(r"[A-E]", plain(term).strip(" *_()")) and not re.search(r"[^\W\d_]{2}", plain(body)) and re.search(r"\d", body):
        state.leave(item.line, f"an option of a choice and its value, not a term: {plain(item.text)[:60]!r}")
        return  # ``- B: ($5)`` under ``choose between:``
    if SHARE.fullmatch(plain(term).strip()):
        state.leave(item.line, f"a share and what has it, not a term: {plain(item.text)[:60]!r}")
        return  # ``- just over 8%: Scotland``: what the share is of, the line above says
    if sep == ":" and _NAMES_A_TOPIC.fullmatch(plain(term).strip()) and "\n" not in body:
        inner = split_definition(body)
        if inner is not None and inner.sep == ":" and inner.body.strip() and words(inner.term) <= 4:
            # ``Definition: Ergodic: Positive recurrent and aperiodic.``: the label says what kind of line it is, the term follows
            _item_with_body(state, place, item, inner.term, inner.body, inner.sep, worded)
            return
    if not _good_definition(state, term, body, item.line, sep, place, worded):
        return
    if is_example_value(body) and not item.blocks:
        state.leave(item.line, f"a value from a worked example: {plain(item.text)[:60]!r}")
        return
    if _SCORE_TERM.fullmatch(plain(term).strip()) and _SCORE.search(plain(body)):
        state.leave(item.line, f"the author's score, not a fact: {plain(item.text)[:60]!r}")
        return  # ``Practice: 22 / 27 correct``, ``Practice: ExamCompass 75% → Custom drills 87%``
    if _BARE_SYMBOL.fullmatch(body.split("\n", 1)[0].strip()) and "$" not in term and not item.children:
        state.leave(item.line, f"the letter a formula uses for it, a legend: {plain(item.text)[:60]!r}")
        return  # ``length : $L$``, ``width : $d$`` under a formula: what its letters stand for, nothing to recall
    if words(term) == 1 and is_generic(term) and words(body) <= 4 and not re.search(r"\d|[A-Z]{2}|,|、|\$", body) and sep != "`":
        state.leave(item.line, f"a remark, not a definition: {plain(item.text)[:60]!r}")
        return
    if _COLOUR.fullmatch(plain(term).strip(" *_")) and words(plain(body)) >= 2 and not worded:
        state.leave(item.line, f"a colour of a picture's legend, not a term: {plain(item.text)[:60]!r}")
        return  # ``- White: Prefrontal Cortex``, ``- pink/purple: channels used by …``: what a colour shows in a figure
    if _NAMES_A_TOPIC.fullmatch(plain(term).strip()) and _topic_only(body) and not item.children and not item.paragraphs:
        state.leave(item.line, f"a topic named, not stated: {plain(item.text)[:60]!r}")
        return  # ``Definition: Independent increments, stationary increments.`` in a lecture's outline: what was taught, not what it says
    kept, _own = plain_children(item.children)
    if item.children and lead_in(body) and is_enumeration(item.children):
        return  # ``Placement Groups: put the instances in`` + names: the enumeration asks for it
    record = state.fields.get(id(item))
    mapping = sep in ("→", "->") and _under_mapping(place)
    # (``## Present &rarr; Past participle`` over ``- begin → begun``: a form and the form it takes, each a card)
    if fragment(body) and not kept and not item.paragraphs and not names_a_change(term) and record is None and sep != "`" and not mapping and not worded:
        # (``**chair** `silla` ``: a word and its meaning in a vocabulary, however short)
        # (``liquido -> gasoso = vaporização``: one word names the change)
        state.leave(item.line, f"too short to study: {plain(item.text)[:60]!r}")
        return
    children, lines = _plain_markdown(kept)
    back = _answer([clean(body), _nested(item, lines), children])
    front = f"{record} — {term}" if record else with_parent(place, term, body)  # ``Dziady — epoka``
    card = place.card("definition", front, back, line=item.line, key=norm_key(term), raw=item.text)
    state.add(card, [*text_lines(item), *lines])
    if record:
        state.aspects.add(id(card))


_PRACTICE_TEXT = re.compile(
    rf"{SENTENCES_TITLE}|monolog(?:ue)?|dialog(?:ue|e)?|lesetext|hörtext|примеры(?:\s.*)?|предложения", re.IGNORECASE
)
"""``### Monologue``, ``## Sentences``, ``Примеры с предлогами``: a heading over a practice text or sentences to practise."""
_FILLER_WORDS = frozenset(["also", "work", "ha", "have", "huge", "made", "big", "great", "many", "exist", "important", "very", "really", "lot"])
"""``has a huge``, ``also works``, ``made of``: words that add nothing to the heading's own."""


def _says_only_the_heading(part: str, above: Sequence[str]) -> bool:
    """``Mesh analysis also works with dependent sources`` under ``## Mesh Analysis on dependent sources``: one
    short sentence whose words are the heading's (and its breadcrumb's), the rest filler."""
    said = plain(part).strip()
    if "\n" in said or words(said) > 14:
        return False
    found = content_words(said)
    known = frozenset().union(*(content_words(title) for title in above))
    return len(found & known) >= 2 and found - known <= _FILLER_WORDS


_SPEAKS_OF_SELF = re.compile(
    r"\b(?:I'm|I've|I'll|I'd|I (?:should|need|have to|don't|didn't|think|guess|kinda|probably|still|always|keep|forget|forgot"
    r"|remember|learned|learnt|will|want|like|hate)|(?:trips?|tripped|mess(?:es)?) me up)\b"
)
"""``I should probably learn why but I'm kinda cramming``: the author about their own learning."""
_COLOUR_WORD = r"(?:white|black|red|green|blue|yellow|orange|pink|purple|violet|grey|gray|brown|cyan|magenta)"
_COLOUR = re.compile(rf"(?i:(?:light |dark )?{_COLOUR_WORD}(?:\s*(?:/|,|and|or)\s*(?:light |dark )?{_COLOUR_WORD})*)")
"""``White``, ``pink/purple``: a colour alone as a term, the legend of a figure the card cannot show."""
_NAMES_A_TOPIC = re.compile(r"(?i:definitions?|theorems?|lemma|corollary|proposition)")
"""``Definition:``, ``Theorem:`` before a line of a lecture's outline: what kind of statement follows, not a term."""


def _topic_only(body: str) -> bool:
    """``Independent increments, stationary increments.``: names for what a course defined, no verb, sign or formula."""
    said = plain(body).strip()
    return (
        0 < words(said) <= 10
        and not re.search(r"[:=<>$`≤≥∈→]|\d", said)
        and not _SAYS_VERB.search(f" {said} ")
        and not re.search(r"\b(?:if|when|iff|then|where|such that)\b", said, re.IGNORECASE)
    )


def _points_away(text: str) -> bool:
    """A link to a page, a video or a file (``{{youtube …}}``, ``[[draws/….excalidraw]]``), not a
    picture shown here nor a wiki link to a note named after a term."""
    if not is_link_only(text) or text.lstrip(" -*+").startswith("!"):
        return False
    wiki = re.findall(r"\[\[([^\]|]+)", text)
    return not wiki or all(re.search(r"\.(?!md\b)[a-z0-9]{2,10}$", target.strip(), re.I) for target in wiki)


def spells_out(acronym: str, name: str) -> bool:
    """``GDP`` and ``Gross Domestic Product``: the name the acronym's letters stand for."""
    acronym, name = acronym.strip(" *_`"), name.strip(" *_`.")
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}s?", acronym) or not 2 <= len(name.split()) <= 8:
        return False
    letters = acronym.rstrip("s").replace("&", "").casefold()
    initials = "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isalnum()).casefold()
    capitals = "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper() or word[:1].isdigit()).casefold()
    return letters in (initials, capitals)


def _labelled_item(state: State, place: Place, item: Item) -> None:
    """``- **TTL**`` or ``- Access Logs`` with what it says below it."""
    split = prefix_topic(item.text)
    term = split[1] if split else label_of(item.text)
    spelled = split_definition(item.text)
    if spelled is not None and not split and spells_out(plain(spelled.term), plain(spelled.body)):
        term = f"{plain(spelled.term).strip()} ({plain(spelled.body).strip()})"  # ``GDP: Gross Domestic Product`` over what it is
    if re.match(
        r"(?:(?:if|when|then|suppose|consider|for example|e\.g|applying)\b|ex\s*[:.]?\s*$)", plain(item.text), re.IGNORECASE
    ):
        state.mark_structure(text_lines(item))  # a condition or an example set-up over its bullets
        return
    if plain(item.text).rstrip().endswith((",", "，")) and not split:
        state.mark_structure(text_lines(item))  # ``- In a situation,`` over ``- We've stored multiple records …``: a sentence that goes on below
        return
    if opens_with_analogy(item.text) and not split:
        state.mark_structure(text_lines(item))  # ``Like a joke`` over what it compares: an analogy, no term
        return
    if _PICTURE_LABEL.match(plain(item.text)) or re.match(r"(?:they|it|this|these|those)\s+(?:is|are|was|were|can|have|has)\b", plain(item.text), re.IGNORECASE):
        state.mark_structure(text_lines(item))  # ``Image of Membrane:`` over the points it shows, ``They are asymmetrical`` over why
        return
    if WHERE_TO_LOOK.match(plain(item.text)):
        state.leave_all(block_lines(item), f"where to read it, not what it says: {plain(item.text)[:60]!r}")
        return  # ``podręcznik str.154``: a page of the textbook
    if is_remark_label(term) or names_a_lecture(item.text) or LEADS_TO_WORDS.fullmatch(plain(term).strip(" :*_")):
        state.mark_structure(text_lines(item))  # ``Key Topics:``, ``Alkenes (course 14)``, ``That's why we say:`` over what it gathers
        return
    if is_connective(term):
        state.leave(item.line, f"only a word that leads into the working: {plain(term)[:40]!r}")
        return  # ``* Because of:`` over two formulas: how a step begins, not a term
    if numbered_answer(term, place.parent or None):
        state.leave_all(
            block_lines(item), f"the answer to question {plain(term)!r} of a quiz the note does not show"
        )
        return
    if (
        not item.paragraphs
        and item.children
        and all(_points_away(child.text) and all(isinstance(b, ListBlock) for b in child.blocks) for child in item.children)
    ):
        state.leave_all(
            block_lines(item), f"the title of a link, where to look, not a term and its meaning: {plain(item.text)[:60]!r}"
        )
        return  # ``Draw`` over ``[[draws/….excalidraw]]``, a video's title over ``{{youtube …}}``
    kept, own = plain_children(item.children)
    if (
        not item.paragraphs
        and kept
        and is_enumeration(item.children)
        and len(item.children) > 1
        and not lists_sentences(item.children)
    ):
        return  # a list of names: the enumeration rule asks for it
    if not item.paragraphs and len(item.children) == 1 and not own:
        only = item.children[0]
        if words(only.text) <= 3 and not only.children and not any(ch.isdigit() for ch in only.text):
            state.leave(item.line, f"too little under {plain(item.text)!r} to study")
            return
    if (
        not item.paragraphs and kept and len(re.findall(r"[^\W\d_]{2,}", plain(item.text))) >= 5 and _OPENS_STATEMENT.match(plain(item.text).strip(" *_"))
        and not plain(item.text).rstrip().endswith((":", "："))
        and all(words(plain(child.text)) >= 4 for child in kept)
    ):
        return  # ``The products then leave the active site`` over ``The enzyme molecules remain unchanged …``: a statement and what follows from it, facts each, no term
    kept = [child for child in kept if _answer_material(child)]
    grab_bag = _statements(kept, loose=True, least=2 if is_generic(term) else 3)
    if not item.paragraphs and (not kept or _statements(kept) or grab_bag):
        state.mark_structure(text_lines(item))  # a label over cards (or facts) of their own
        return
    children, lines = _plain_markdown(kept)
    back = _answer([_nested(item, lines), children])
    if len(kept) == 1 and not item.paragraphs and points_elsewhere(clean(kept[0].text)):
        state.leave_all([*text_lines(item), *lines], f"where to read it, not what it is: {plain(term)[:40]!r}")
        return  # ``## Introduction`` over ``Slides: ![Lecture1-intro.pdf](…)``: the lecture's file
    if words(back) > 45 and len(kept) + len(item.paragraphs) <= 2:
        state.mark_structure(text_lines(item))  # prose under a label: its sentences become facts
        return
    front = f"{term} ({split[0]})" if split else with_parent(place, term)
    card = place.card("definition", front, back, line=item.line, key=norm_key(term), raw=item.text)
    state.add(card, [*text_lines(item), *lines])
    state.aspects.add(id(card))


_OPENS_STATEMENT = re.compile(r"(?:the|a|an|this|these|those|it|they|there|only|while|when|as|if|at|beyond)\s+\S+\s+\S", re.IGNORECASE)
"""``The products then leave …``, ``While the substrate is attached …``: the opening of a sentence, never of a term."""


_COLUMNS = re.compile(r"(?P<term>[^\s|](?:.*?[^\s|])?)(?: {2,}|\t+|\u3000+)(?P<body>[^\s|].*)")
"""A word and its meaning set apart by a run of spaces (columns aligned by hand)."""


PSEUDO_TERM_WORDS = 40
"""A paragraph this short under a bold term alone on its line is what the term means."""


def _captions_table(state: State, para: Para) -> bool:
    """A short line right over a table: the table's title."""
    return any(isinstance(node.block, Table) and 0 < node.block.line - para.end <= 2 for node in state.nodes)


_POINTS_AHEAD = re.compile(
    r"\b(?:these|the following|těchto|tyto|těmito|tyhle|diese[nmrs]?|folgenden?|ces|suivants?|suivantes|estos|estas|siguientes"
    r"|estes|essas|seguintes|questi|queste|seguenti|deze|volgende|tych|tymi|następujące)\b",
    re.IGNORECASE,
)
"""``Podle těchto parametrů …``, ``These factors …``: a sentence that points at what comes next."""


def _pseudo_term(state: State, place: Place, para: Para, after: Block | None, beyond: Block | None = None) -> bool:
    """``**Supervised learning**`` alone on its line, then ``> the target is known …``: a term over
    its meaning, as a heading over its first statement would be."""
    label = pseudo_heading(para, after)
    bold = re.fullmatch(r"\*\*([^*\n]+?)\*\*\s*", para.text.strip())
    if label is None or bold is None or not isinstance(after, Para) or after.line - para.end > 2:
        return False
    term = label_of(bold.group(1))
    if not term or words(term) > 5 or is_remark_label(term) or _qa_label(term) or comparison_sides(term) is not None:
        return False
    if re.search(r"[!！]\W*$", bold.group(1)) and (words(term) >= 2 or len(CJK_CHAR.findall(term)) >= 4):
        return False  # ``**正负号很重要！**`` over the kinds of goods: the author exclaiming, not a term
    text = clean(after.text)
    if words(plain(text)) > PSEUDO_TERM_WORDS or "?" in plain(text) or is_explicit(text) or pseudo_heading(after, None):
        return False
    if re.search(r"\bexamp\w*|\b(?:next|previous|siguiente|anterior|suivant|précédent|nächste|vorherige)\b", term, re.I):
        return False  # ``example for top half``, ``SIGUIENTE TEMA``: an example or a way to the next note
    if split_definition(text) is not None or starts_with_filler(text) or not state.free(para.line, *block_lines(after)):
        return False
    if isinstance(beyond, ListBlock) and beyond.line <= after.end + 2 and (_leads_in(text) or _POINTS_AHEAD.search(plain(text))):
        return False  # ``**Parametry kabelů**`` / ``Podle těchto parametrů charakterizujeme …`` / the list: it leads into the list
    if words(plain(text)) <= 4 and not re.search(r"[.!?]$", plain(text).strip()) and _captions_table(state, after):
        return False  # ``**Intervals**`` / ``Textural characteristics`` / a table: the table's title, not what intervals are
    if not _good_definition(state, term, text, para.line):
        return True
    held = [para.line, *block_lines(after)]
    if not re.search(r"[.!?。]$", plain(text).rstrip()):  # ``**Granica ciągu**`` / ``Liczba $a$ jest granicą …, gdy:`` / ``$$ … $$``
        math = beyond if isinstance(beyond, Code) and beyond.text.startswith("$$") and beyond.line <= after.end + 2 else None
        if math is not None and state.free(*block_lines(math)):
            text, held = f"{text}\n\n{math.text}", [*held, *block_lines(math)]
    card = place.card("definition", with_parent(place, term), text, line=para.line, key=norm_key(term), raw=para.text)
    state.add(card, held)
    return True


_GOES_ON_LINE = re.compile(
    r"\s*(?:of|and|or|to|in|at|on|into|for|with|from|by|than|that|which|whose|but|because|de|des|du|et|ou|und|oder|von|mit"
    r"|di|del|della|e|o|da|do|dos|das|y|en|con|van|het)\s"
)
"""A line that goes on from the one above (``of molten/aqueous ionic compound``): never the definition of it."""




def _glossed_word(state: State, place: Place, para: Para, after: Block | None) -> bool:
    """``> Também`` / ``Translation: too, also, as well.``: a word alone, then what it means under
    a label of its own; the card asks the word."""
    word = plain(para.text).strip()
    if (
        not isinstance(after, Para)
        or after.line > para.end + 2
        or "\n" in para.text.strip()
        or not 0 < words(word) <= 6
        or re.search(r"[.:;,]$", word)
        or (gloss := GLOSS_LABEL.match(after.text.strip())) is None
        or not state.free(para.line, *block_lines(after))
    ):
        return False
    meaning = clean(after.text.strip()[gloss.end() :]).strip()
    if not meaning:
        return False
    card = place.card("definition", word, meaning, line=para.line, key=norm_key(word), raw=para.text)
    state.add(card, [para.line, *block_lines(after)])
    return True


_RULE_ROW = re.compile(r"[\s*:=|_-]*\|[\s*:=|_-]*")
"""``::|::``, ``**|**``, ``--|--``: a row that only rules the columns."""


def _piped_pairs(state: State, place: Place, para: Para) -> bool:
    """``Yo  | I`` / ``Tu, Usted  | You`` / …: a word and its meaning a line, in two columns typed without a
    table's outer pipes (a first row over a rule row names the columns); each line a card."""
    lines = para.text.split("\n")
    rows = [(offset, line) for offset, line in enumerate(lines) if not _RULE_ROW.fullmatch(line)]
    if len(rows) < 3 or not all(line.count("|") == 1 and all(plain(cell).strip() for cell in line.split("|")) for _, line in rows):
        return False
    rules = [offset for offset, line in enumerate(lines) if _RULE_ROW.fullmatch(line)]
    if 1 in rules:
        state.mark_structure([para.line])  # ``Spanish | English`` over ``::|::``: the columns' names
        rows = rows[1:]
    state.mark_structure([para.line + offset for offset in rules])
    for offset, line in rows:
        term, meaning = (cell.strip() for cell in line.split("|"))
        if _good_definition(state, plain(term), meaning, para.line + offset):
            card = place.card("definition", plain(term), clean(meaning), line=para.line + offset, key=norm_key(term), raw=term)
            state.add(card, [para.line + offset])
    return True


_QUIZ_SETTING = re.compile(r"\s*(?:primaryColor|secondaryColor|textColor|shuffleQuestions|shuffleAnswers|nQuestions|passingGrade|customPassMsg|customFailMsg|locale)\s*:\s*\S")
"""``primaryColor: "#00bda4"``, ``shuffleAnswers: true``: a quizdown quiz's settings."""


_LANGUAGE_LINE = re.compile(
    r"[ \t]*(?:\*\*)?(?P<code>DE|EN|FR|ES|IT|PT|NL|RU|PL|JP|JA|ZH|CN|KO|SV|TR|GER|ENG|FRA|SPA)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+(?P<said>\S.*)"
)
"""``DE: _Morgen lasse ich meine Haare schneiden._``: a sentence with the code of its language."""


def _translated(para: Para) -> tuple[str, str] | None:
    """``DE: …`` over ``EN: …``: a sentence and its translation, each line led by its language's code (two lines,
    two languages), asked one way round; the front is the first line's sentence, the back the second's."""
    lines = [line for line in para.text.split("\n") if line.strip()]
    found = [_LANGUAGE_LINE.fullmatch(line) for line in lines]
    if len(lines) != 2 or not all(found):
        return None
    first, second = (match for match in found if match is not None)
    if first.group("code").casefold() == second.group("code").casefold():
        return None
    return clean(first.group("said")).strip(), clean(second.group("said")).strip()


def _paragraph(state: State, place: Place, para: Para, after: Block | None, beyond: Block | None = None) -> None:
    if (is_question(para.text) and not defines_then_asks(para.text)) or is_explicit(para.text) or starts_with_filler(para.text):
        return
    if is_task(para.text.split("\n", 1)[0]):
        state.leave(para.line, f"a to-do of the author's, not a fact: {plain(para.text)[:40]!r}")
        return
    if para.footnote and re.search(r"\]\(https?://|https?://|\bdoi\b|\bpp?\.\s*\d", para.text, re.IGNORECASE):
        state.leave_all(block_lines(para), f"a source cited in a footnote, not a fact: {plain(para.text)[:40]!r}")
        return  # ``[^def]: IEEE: "Basic concepts and taxonomy …", ([Link](https://…))``
    if _glossed_word(state, place, para, after):
        return
    if (pair := _translated(para)) is not None:
        said, meaning = pair  # ``DE: _Morgen lasse ich meine Haare schneiden._`` / ``EN: _I will get my hair cut tomorrow._``
        state.add(place.card("definition", said, meaning, line=para.line, key=norm_key(said), raw=para.text), block_lines(para))
        return
    if _ANSWER_TERM.match(plain(para.text).lstrip(" *_")):
        state.leave_all(block_lines(para), f"an answer to a question the note does not write out: {plain(para.text)[:40]!r}")
        return  # ``My Answer: D`` / ``Correct Answer: B`` under a question that is a picture
    if _UNREAD_TABLE.match(para.text):
        rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in para.text.split("\n")]
        if len(rows) >= 2 and all(len(row) == 2 and all(plain(cell) for cell in row) for row in rows):
            asked = ""
            for offset, (term, meaning) in enumerate(rows):  # ``| leihen | borrow |`` line after line: a word list
                if offset == 0 and len(rows) >= 3 and plain(term).strip(" *_").casefold() in _TERM_HEADERS | DEFINITION_HEADERS and (
                    plain(meaning).strip(" *_").casefold() in _TERM_HEADERS | DEFINITION_HEADERS
                    or (plain(meaning).strip(" *_")[:1].isupper() and all(plain(row[1]).strip(" *_")[:1].islower() for row in rows[1:]))
                ):
                    state.mark_structure([para.line])  # ``| Spanish | English |``, ``| English | First-person |`` over the rows,
                    if plain(meaning).strip(" *_").casefold() not in _TERM_HEADERS | DEFINITION_HEADERS:  # typed with no ``|---|``
                        asked = plain(meaning).strip(" *_")  # line under it: its header, and what each row asks for
                    continue
                if _good_definition(state, plain(term), meaning, para.line + offset):
                    front = f"{plain(term)} — {asked}" if asked else plain(term)
                    card = place.card("definition", front, clean(meaning), line=para.line + offset, key=norm_key(term), raw=term)
                    state.add(card, [para.line + offset])
            return
        state.leave_all(range(para.line, para.end + 1), "a table Markdown cannot read (two header rows, or cells merged with ||)")
        return
    if _RULE_ROW.fullmatch(para.text.strip()):
        state.mark_structure(block_lines(para))
        return  # ``::|::`` between two parts of a word list: a rule, no term
    if _piped_pairs(state, place, para):
        return
    if _pseudo_term(state, place, para, after, beyond):
        return
    lines = para.text.split("\n")
    found = [split_definition(line) for line in lines]
    defined = sum(1 for d in found if d is not None and d.body)
    if len(lines) >= 8 and defined < 0.8 * len(lines):
        columns = [_COLUMNS.match(line.strip()) for line in lines]
        if sum(1 for match in columns if match) >= 0.8 * len(lines):
            # ``りょうしん    両親    parents`` line after line: a word list in columns
            found = [Definition(m.group("term"), "", m.group("body"), bold=False) if m else None for m in columns]
            defined = sum(1 for d in found if d is not None)
    base, labelled = para.line, False
    head = found[0]
    if len(lines) >= 2 and head is not None and not head.body and lines[0].rstrip().endswith(":") and words(plain(head.term)) <= 6 and plain(head.term).lstrip(" *_")[:1].isupper() and all(
        d is not None and d.body for d in found[1:]
    ):  # ``Case Laws:`` / ``\`Hardwar Singh v. Bagun Sumbrui\` - Confirmation …``: a label, then a term and its meaning
        state.mark_structure([para.line])
        place, lines, found, base, labelled = place.under_label(label_of(head.term)), lines[1:], found[1:], para.line + 1, True
        defined = len(lines)
    if is_dialogue(found) and (any(start <= para.line <= end for start, end in state.outline.quotes) or spoken_lines(found)):
        state.leave_all(block_lines(para), f"a dialogue that shows the grammar, not terms: {plain(lines[0])[:40]!r}")
        return  # ``>内田：マリーさん、日本語上手になりましたね。`` / ``マリー：いええ、まだまだです。``
    if (len(lines) > 1 or labelled) and (defined == len(lines) or (len(lines) >= 8 and defined >= 0.8 * len(lines))):
        for offset, definition in enumerate(found):
            line = base + offset
            if definition is None or not definition.body:  # ``sapere -знать`` among ``mangiare - есть`` lines
                state.leave(line, f"not a term and its meaning like the lines around it: {plain(lines[offset])[:60]!r}")
                continue
            body = TRAILING_BREAKS.sub("", definition.body)
            glossary = len(lines) >= 3 and len(plain(definition.term)) > 1  # ``mangiare - есть`` line after line
            if not body.strip():
                state.leave(line, f"nothing to learn in the answer of {plain(definition.term)[:60]!r}")
            elif _page_link(definition.term, lines[offset].split(":", 1)[-1].strip(" *_")):  # (the line as typed: its links not yet made text)
                state.leave(line, f"a link to another page of the notes, not a fact: {plain(definition.term)[:40]!r}")  # ``**Previous Note:** [[002 …]]``
            elif _good_definition(state, definition.term, body, line, definition.sep, place) and (
                glossary or not fragment(body)
            ):
                _line_card(state, place, definition, body, lines[offset], [line])
        return
    if _mostly_defined(state, place, para, lines, found):
        return
    if (
        len(lines) > 1
        and found[0] is not None
        and found[0].sep == ":"
        and not found[0].bold
        and not plain(found[0].body).strip()
        and found[1] is not None
        and found[1].body
    ):
        state.leave(para.line, f"a term left with nothing said of it: {plain(found[0].term)[:40]!r}")
        return  # ``insertion :`` / ``deletion : easiest to do recursively``: the next line is a term of its own, no answer
    first = split_definition(para.text) or sentence_definition(para.text)
    if first is not None and plain(first.term).casefold().strip(" *_:→>") in _NAVIGATION and is_link_only(para.text.split(":", 1)[-1].strip(" *_")):
        state.leave(para.line, f"a link to another page of the notes, not a fact: {plain(para.text)[:40]!r}")
        return  # ``**Next:** [[Nash Equilibria]]``: the way on through the notes
    if first is not None and first.body:
        if _good_definition(state, first.term, first.body, para.line, first.sep, place) and not fragment(first.body):
            back = _line_items(clean(first.body)) if "\n" in first.body.strip() else clean(first.body)
            held = list(block_lines(para))
            expanded = (  # ``BCNF - Boyce-Codd`` right over ``- Basically, the LHS has to be a super-key`` …: what it is, point by point
                isinstance(after, ListBlock) and after.line == para.end + 1 and _ACRONYM.fullmatch(plain(first.term).strip()) is not None
                and words(plain(first.body)) <= 4 and "\n" not in first.body.strip()
            )
            if (back.rstrip().endswith(":") or re.search(r"[^\W\d_]-$", back.rstrip()) or _WAYS.search(TRAILING_BREAKS.sub("", plain(back))) or expanded) and isinstance(after, ListBlock) and after.line <= para.end + 2:
                kept, own = plain_children(after.items)  # ``**Key Assumptions**: Assume that people are:``
                if kept and not own and len(kept) <= 8:
                    listed, claimed = _plain_markdown(kept)
                    back, held = f"{back}\n\n{listed}", [*held, *claimed]
                elif own and not kept and len(own) <= 8:
                    # ``… these fixed costs may be:`` over ``**fixed operating expenses** - rents …``: the
                    # names it announces (each defined on its own card), not a sentence cut at its colon
                    announced = [split_definition(item.text) for item in own]
                    terms = [clean(found.term) for found in announced if found is not None]
                    if terms and all(re.fullmatch(r"[A-Ea-e1-5]", plain(term).strip(" *_()")) for term in terms):
                        state.leave_all([*held, *block_lines(after)], f"a choice between lettered options, not a term: {plain(first.term)[:40]!r}")
                        return  # ``Prospect pair 6 -- choose between:`` over ``- A: (0.001, $5,000)`` / ``- B: ($5)``
                    if len(terms) == len(own):
                        back = back + "\n\n" + "\n".join(f"- {term}" for term in terms)
            if isinstance(after, Code):
                back, held = _with_statement_math(state, para, back, held)
            card = place.card(
                "definition",
                with_parent(place, first.term, first.body),
                back,
                line=para.line,
                key=norm_key(first.term),
                raw=para.text,
            )
            state.add(card, held)
        return
    labels = (  # ``Failures of Squo`` / ``Prudential reasons for encouraging school`` over a list: labels
        isinstance(after, ListBlock)
        and after.line == para.end + 1
        and words(lines[-1]) <= 6
        and not re.search(r"[.!?]$", plain(lines[-1]).strip())
    )
    if (
        len(lines) >= 2
        and _term_line(lines[0])
        and not is_link_only(lines[0])  # ``[Link](https://…)`` over a line of text: where to read, no term
        and words(" ".join(lines[1:])) >= 4
        and not labels
        and not all(words(plain(line)) <= 1 and len(plain(line).strip()) <= 4 for line in lines)  # ``CN`` / ``O`` / ``L`` / ``ST``: a column of codes
        and not (  # ``Breakdown using electricity \`` / ``of molten/aqueous ionic compound``: one phrase broken in two
            lines[0].rstrip().endswith("\\") or _GOES_ON_LINE.match(plain(lines[1]))
        )
        and not _item_column(lines)
        and not (  # ``OLTP`` / ``OLAP - Column based``: two terms, the second with its own meaning, not the first's
            len(lines) == 2 and (second := split_definition(lines[1])) is not None and second.body and words(plain(second.term)) <= 2
            and plain(second.term).strip()[:1].isupper()
        )
        and not (  # ``Starch *amylase*`` / ``Protein *protease*`` / …: one pair a line, no term over the rest
            len(lines) >= 3
            and not lines[0].rstrip().endswith(":")
            and all(1 < words(plain(line)) <= 4 and not line.lstrip("$ ").startswith("=") for line in lines)
            and (re.match(r"\W*\d", lines[0]) or not any(re.match(r"\s*\d", line) for line in lines[1:]))
            # (``Бумынь каган`` / ``552-553 гг.``: a name and its dates)
        )
    ):
        term = plain(lines[0]).rstrip(":")
        if _NUMBERED_EXAMPLE.fullmatch(term.strip()):
            state.leave(para.line, f"the answer to a worked example the card cannot show: {term[:40]!r}")
            return
        if _DATED_FIELD.match(term):
            state.leave(para.line, f"a field of the note (who, when, where from), not a fact: {term[:40]!r}")
            return
        if is_remark_label(term) or is_study_goals(term):
            return  # ``Key things`` over its sentences: each is a fact of its own; ``*Learning plan*``: what to study
        defined_lines = [re.sub(r"^\s*:\s+", "", line) for line in lines[1:]]  # ``Term`` / ``: its definition`` (a definition list)
        back, held = _line_items(clean("\n".join(defined_lines))), list(block_lines(para))
        if _parts_below(state, para, after, back):
            assert isinstance(after, ListBlock)
            back, held = f"{back}\n\n{blocks_text([after])}", [*held, *block_lines(after)]  # ``**Datapath**`` / ``Datapath consists of …`` / its parts
        card = place.card(
            "definition",
            with_parent(place, term),
            back,
            line=para.line,
            key=norm_key(term),
            raw=para.text,
        )
        state.add(card, held)
        return
    label = pseudo_heading(para, after)
    if label and (is_remark_label(label) or _numbers_a_part(para.text)):
        # ``**Learning Objectives:**`` over a list: no term; ``Module 3: SNP`` over a list: the notes of
        # a part of the course, each item a fact of its own, not what its title means
        state.mark_structure(block_lines(para))
    elif label and isinstance(after, ListBlock) and after.line <= para.end + 2:
        _label_over_list(state, place, para, label, after)


_ANSWER_TERM = re.compile(r"(?:my|your|the|correct|right|the correct|the right|wrong|incorrect)\s+answers?\s*[:：]", re.IGNORECASE)
"""``My Answer``, ``Correct Answer``: the label of a quiz's answer, never a term."""


MOSTLY_DEFINED = 4
"""Lines a paragraph written one statement a line needs before its terms are read line by line,
even when some lines are not a term and its meaning."""


def _mostly_defined(state: State, place: Place, para: Para, lines: list[str], found: list[Definition | None]) -> bool:
    """``数据表是数据库的一部分`` / ``打开数据库语法：`USE db_name;``` / ``NULL,字段值可以为空`` / ``CASCADE: …``:
    a paragraph written one statement a line, most of them a term and its meaning (or a term over the
    line that gives it, ``添加主键约束：`` / ``ALTER TABLE …``). Each of those is a card; the other lines are
    left to the facts rule, and no line is a term over all the others."""
    if len(lines) < MOSTLY_DEFINED or hard_wrapped(lines) or any(re.match(r"\s*(?:→|->|=>|⇒|↳)", line) for line in lines):
        return False  # (``**Perfusor**:`` / ``→ initial 7 mg i.v.`` / ``→ Erhaltung …``: lines that go on from the one above)
    pairs: list[tuple[int, int, Definition, str]] = []  # (first offset, last offset, the term, its meaning)
    offset = 0
    while offset < len(lines):
        definition = found[offset]
        following = found[offset + 1] if offset + 1 < len(lines) else None
        if definition is not None and definition.body:
            body = TRAILING_BREAKS.sub("", definition.body).rstrip()
            goes_on = offset + 1 < len(lines) and following is None and (body.endswith((",", "，", "、")) or wraps_on(body))
            if _metadata(definition.term, body, para.line + offset) and offset < MOSTLY_DEFINED:
                return False  # ``Class: IS307`` / ``Created Time: …`` / ``Database: …``: the fields of a note
            if not goes_on and not _pairs_in_row(definition.term, body):
                pairs.append((offset, offset, definition, body))
                # (``FOREIGN KEY (外键约束)保持数据一致性完整性，`` / ``实现一对一…``: one statement over two lines)
        elif (
            definition is not None
            and offset > 0  # (``Nel processo glicolitico complessivo:`` over its lines: a label, not a term)
            and offset + 1 < len(lines)
            and following is None
            and lines[offset].rstrip().endswith((":", "："))
            and plain(lines[offset + 1]).strip()
        ):
            pairs.append((offset, offset + 1, definition, lines[offset + 1].strip()))
            offset += 1
        elif (
            definition is None
            and offset > 0
            and offset + 1 < len(lines)
            and following is None
            and CJK_CHAR.search(lines[offset])
            and _term_line(lines[offset])
            and not CJK_CHAR.search(lines[offset + 1])
            and plain(lines[offset + 1]).strip()
        ):  # ``删除主键约束`` / ``ALTER TABLE tb_name DROP PRIMARY KEY``: a name in Chinese over the command it names
            pairs.append((offset, offset + 1, Definition(lines[offset].strip(), "", "", bold=False), lines[offset + 1].strip()))
            offset += 1
        offset += 1
    head = found[0]
    rest = sum(last - first + 1 for first, last, _, _ in pairs if first > 0)
    terms = {norm_key(definition.term) for _, _, definition, _ in pairs}
    if 2 * rest < len(lines) - 1 or rest < 3 or (head is None and len(terms) < MOSTLY_DEFINED):
        return False  # (``Мукан-каган`` / ``553-572`` / ``Территория: …`` / ``Территория: …``: a name over what is said of it)
    if head is None and _term_line(lines[0]) and pairs[0][0] == 1 and all(_field_label(definition.term) for _, _, definition, _ in pairs):
        return False  # ``愛媛県玉串料訴訟`` / ``事案：…`` / ``争点：…`` / ``結論：…``: a case's name over its fields, one record
    if head is not None and not head.body and not any(first == 0 for first, _, _, _ in pairs):
        state.mark_structure([para.line])  # ``增删改查：`` over the lines: a label
        place = place.under_label(label_of(head.term))
    for first, last, definition, body in pairs:
        line = para.line + first
        if _good_definition(state, definition.term, body, line, definition.sep, place) and not fragment(body):
            _line_card(state, place, definition, body, lines[first], list(range(line, para.line + last + 1)))
    return True


def _field_label(term: str) -> bool:
    """``争点``, ``Verdict``, ``Key facts``: a term short enough to be a field of a record, not a term to learn."""
    said = plain(term).strip(" *_")
    return len(said) <= 4 if CJK_CHAR.search(said) else words(said) <= 2


def _line_card(state: State, place: Place, definition: Definition, body: str, raw: str, lines: list[int]) -> None:
    """The card of a term and its meaning written on a line (or a term over the line that gives it)."""
    card = place.card(
        "definition",
        with_parent(place, definition.term, body),
        clean(body),
        line=lines[0],
        key=norm_key(definition.term),
        raw=raw,
    )
    state.add(card, lines)


def _pairs_in_row(term: str, body: str) -> bool:
    """``P1 ta: 6, P2 ta: 0, P3 ta: 3.``, ``||Biedermeier|Droste-Hülshoff: …|``: values or cells in a row, not a
    term and its meaning."""
    return "|" in term or "{%" in term or re.search(r"[,;]\s*[^,;:]{1,20}:\s", body) is not None


def _with_statement_math(state: State, para: Para, back: str, held: list[int]) -> tuple[str, list[int]]:
    """A term's answer with the display math its statement goes on into (``… vale il seguente:``
    over ``$$ … $$``)."""
    index = next((at for at, node in enumerate(state.nodes) if node.block is para), None)
    run = [node.block for node in statement_math(state.nodes, index)] if index is not None else []
    blocks = [block for block in run if isinstance(block, Para | Code)]
    lines = [line for block in blocks for line in block_lines(block)]
    if not blocks or not state.free(*lines):
        return back, held
    parts = [back, *(block.text if isinstance(block, Code) else clean(block.text) for block in blocks)]
    return "\n\n".join(parts), [*held, *lines]


_LEADS_TO_PARTS = re.compile(r"\b(?:consists? of|is made (?:up )?of|comprises?|includes?|contains?|the following|such as|has (?:the )?following)\b|:\s*$", re.IGNORECASE)


def _parts_below(state: State, para: Para, after: Block | None, said: str) -> bool:
    """``Datapath consists of hardware elements …`` right over a short list of them: the parts its
    definition names, said with it (each part no card of its own)."""
    return (
        isinstance(after, ListBlock)
        and after.line == para.end + 1
        and 2 <= len(after.items) <= 6
        and not any(item.blocks for item in after.items)
        and all(words(plain(item.text)) <= 25 for item in after.items)
        and _LEADS_TO_PARTS.search(plain(said)) is not None
        and state.free(*block_lines(after))
    )


def _line_items(text: str) -> str:
    """Lines written one item per line, no bullets (``ChatGPT`` / ``PDE solving`` / ``\tTask: …``),
    as the list their author sees; a hard-wrapped paragraph stays as it is."""
    rows = [row for row in text.split("\n") if row.strip()]
    if len(rows) < 2 or any(re.match(r"\s*(?:[-*+]|\d+[.)])\s|\s*\|", row) for row in rows):
        return text
    for row, following in pairwise(rows):
        stripped = plain(row).rstrip()
        if words(stripped) >= 8 and not re.search(r"[.!?:;,]$", stripped) and plain(following)[:1].islower():
            return text  # a sentence wrapped onto the next line
        if words(stripped) >= 4 and wraps_on(stripped):
            return text  # ``… International Bureau of Weights and`` / ``Measures at Sèvres, France.``
    items = []
    for row in rows:
        depth = len(row) - len(row.lstrip("\t")) + (len(row) - len(row.lstrip(" "))) // 4
        items.append(f"{'  ' * depth}- {row.strip()}")
    return "\n".join(items)


_SETUP = re.compile(
    r"\W*(?:let|letting|suppose|assume|given|fix|sei|seien|es sei|soit|soient|sia|siano|sea|sean|seja|sejam)\b.{0,200}?"
    r"\b(?:be|is|are|sein|ein|eine|un|une|des|uno|una|um|uma)\b",
    re.IGNORECASE,
)
"""``Let $R$ and $S$ be rings.``: the setup a statement of mathematics opens with, not the statement."""


_CONCLUDES = re.compile(
    r"\b(?:then|define|such that|if|dann|gilt|alors|définissons|allora|entonces|então|definiamo|definimos)\b", re.IGNORECASE
)
"""What a statement goes on to after its setup (``Then``, ``Define …``, ``such that``): without it the
``Assume the input signal is …`` of a derivation is a step, not a statement."""


def _setup_statement(state: State, blocks: Sequence[Block]) -> tuple[list[str], list[int]] | None:
    r"""``Let $R$ and $S$ be rings. Define addition … by:`` and the formula, ``Letting $\phi$ be …, then``
    and its list: a statement that opens with its setup is the whole of it, never its opening ``Let …``
    alone (nothing, when the setup stands alone); None when the first paragraph opens no such statement."""
    first = blocks[0]
    assert isinstance(first, Para)
    setup = _SETUP.match(plain(first.text))
    following = " ".join(plain(b.text) for b in blocks[1:2] if isinstance(b, Para))
    if setup is None or not _CONCLUDES.search(plain(first.text)[setup.end() :] + " " + following):
        return None
    held: list[Block] = [first]
    for block in blocks[1:3]:
        if not isinstance(block, Para | ListBlock | Code) or not state.free(block.line):
            break
        before = held[-1]
        opened = isinstance(before, Para) and before.text.rstrip().endswith((":", "then", "by"))
        if isinstance(block, Para) and not (block.text.lstrip().startswith("$") or opened):
            break
        held.append(block)
        if not isinstance(block, Para) or not block.text.rstrip().endswith(":"):
            break
    if len(held) == 1 and (first.text.rstrip().endswith((":", "then", ",")) or len(units(first)) < 2):
        return [], []  # (``Soit un élément structurant (1,1,1)`` alone: the setup of a worked example)
    return [blocks_text(held)], [line for block in held for line in block_lines(block)]


def _entry(para: Para) -> bool:
    """A paragraph that is a name on its first line and what is said of it on the next ones."""
    lines = [line for line in para.text.split("\n") if line.strip()]
    return len(lines) >= 2 and _term_line(lines[0]) and not lines[0].rstrip().endswith(":") and words(" ".join(lines[1:])) >= 3


def _item_column(lines: Sequence[str]) -> bool:
    """``Republic`` / ``Caesar, Augustus`` / ``*Pax Romana*`` / ``Fall of Rome - Germanic tribes``: short items of
    one shape, a line each, a list typed without its bullets (the first is one of them, not their term)."""
    said = [plain(line).strip() for line in lines]
    if len(said) < 3 or any(words(line) > 6 or re.search(r"[.!?;,]$|[:：]", line) for line in said):
        return False  # (``Родственные связи: Бумынь-каган``: the fields of the name above, not items beside it)
    opening = [match.group(0) for line in said if (match := re.search(r"[^\W\d_]", line)) is not None]
    cased = [letter for letter in opening if letter.upper() != letter.lower()]
    return len(cased) == len(said) and len({letter.isupper() for letter in cased}) == 1  # (Chinese has no case to go by)


def _term_line(line: str) -> bool:
    """A term alone on its line, its definition on the next (``Idempotence`` / ``An operation...``)."""
    text = plain(line).rstrip(":")
    if not re.search(r"[^\W\d_]", re.sub(r"<[^>]*>", "", text)):
        return False  # ``<br><br>``: markup, no term
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", text) and len(text) > 24:
        return False  # a line of Chinese, Japanese or Korean that long is a sentence, whatever ``words`` says
    if is_part_number(text) or statement_number(line):
        return False  # ``Figure 7.2`` over a paragraph: the figure's caption; ``Definition 10.5``: a number, not a term
    if text.lstrip().startswith("("):
        return False  # ``(Cantor 1895)`` over a definition: whose it is, not what it defines
    if EXAMPLE_SETUP.match(text):
        return False  # ``Consider the following circuit:`` over a picture and what it shows: an example's set-up, not a term
    if re.match(r"(?:it|they|this|these|we|you)\s+\w", text.strip(), re.IGNORECASE):
        return False  # ``It has unit $m^{-3}$`` over the next line: a statement about what is above, not a term
    if line.strip().startswith("$") and not re.search(r"[^\W\d_]{2}", re.sub(r"\$[^$]*\$", "", line)):
        return False  # ``$K_{f3}=10^{4,5}$`` over ``$\beta_{1}=K_{1}=10^{6,4}$``: a line of formulas, no term
    if words(text) >= 3 and _SAYS_VERB.search(text):
        return False  # ``EC2 uses instances (VMs)`` over what containers are: a statement of its own, not a term
    return 0 < words(text) <= 4 and not text.endswith((".", "?", "!", ",", "。", "？", "！", "，")) and not text[:1].islower()


_SAYS_VERB = re.compile(
    r"^(?i:jest|są|ist|sind|est|sont|es|son|é|são|è|sono)\s"
    r"|\s(?:is|are|was|were|uses|has|have|does|provides|requires|allows|supports|means|jest|są|ma|mają|ist|sind|hat|haben|est|sont|es|son|é|são|è|sono)\s"
)
"""``EC2 uses instances (VMs)``, ``Jest też możliwość deadlocka``: a verb that makes a line a statement."""


def _numbers_a_part(text: str) -> bool:
    """``Module 3: SNP``, ``Module 4:``, ``Lecture 2 - Markets``: a line that numbers a part of a course."""
    said = plain(text).strip(" *_#")
    head = re.match(r"(.+?)\s*(?:[:：]|\s[-–—]\s|$)", said)
    return head is not None and is_part_number(head.group(1)) and not re.match(r"(?i)(?:figure|fig|table|example)\b", said)


def _label_over_list(state: State, place: Place, para: Para, label: str, after: ListBlock) -> None:
    if comparison_sides(label) is not None:
        return
    if label.strip(" :*_").casefold() in LEGEND_WORDS or LEADS_TO_WORDS.fullmatch(plain(label).strip(" :*_")):
        state.mark_structure(block_lines(para))
        return  # ``Where:`` over the symbols of the formula above: a legend's label, no term ("Recap — Where"); ``Let's say:``
    scoped = scope_after_label(after.items, para.text)
    kept, _own = plain_children(scoped)
    if not kept or is_enumeration(scoped):
        state.mark_structure(block_lines(para))
        return
    if is_course_remark(para.text):
        state.leave_all([*block_lines(para), *block_lines(after)], f"about the course, not its subject: {label[:40]!r}")
        return  # ``After 2 weeks, you will:`` over what the course promises
    if is_study_goals(label) or sum(map(is_objective, (item.text for item in kept))) * 2 > len(kept):
        state.leave_all([*block_lines(para), *block_lines(after)], f"learning objectives, not facts: {label[:40]!r}")
        return  # ``The candidate should be able to:`` over ``a describe the roles of …``
    if POINTING_TERM.search(plain(label).strip(" *_:")):
        state.leave_all([*block_lines(para), *block_lines(after)], f"a lead-in that points to what the note shows around it: {label[:40]!r}")
        return  # ``This is true because`` over its reasons: what *this* is, the card cannot say
    children, lines = _plain_markdown(kept)
    front = with_parent(place, label)
    if (lead := _BOLD_IS.fullmatch(para.text.strip())) is not None:
        front, children = with_parent(place, lead["term"].strip()), f"{lead['rest']}:\n\n{children}"  # ``**Single-cycle machines** is the machine such that:``
    elif _POINTS_BACK.search(label):
        asked = _question_before(state, para)
        if asked is None:
            state.leave_all([*block_lines(para), *block_lines(after)], f"needs the sentence before it: {label[:40]!r}")
            return  # ``Rejects this for 3 reasons`` over them: what ``this`` is, the card cannot say
        front = f"{asked} — {label}"  # ``Could the Meditator be supremely perfect? — Rejects this for 3 reasons``
    card = place.card("definition", front, children, line=para.line, key=norm_key(label), raw=para.text)
    state.add(card, [*block_lines(para), *lines])


_BOLD_IS = re.compile(r"\*\*(?P<term>[^*\n]{2,60})\*\*\s+(?P<rest>(?:is|are)\s+[^\n]*?)\s*:?\s*")
"""``**Single-cycle machines** is the machine such that:`` over a list: the term in bold, then what it is, said by the list."""
_POINTS_BACK = re.compile(r"(?i:\b(?:this|these|those|it)\b)(?!\s+[a-z]{3,}(?<!\bfor)\b)(?=\s+(?:for|because|as|since|by|in|on)\b|\s*$|\s*[:,.])")
"""``Rejects this for 3 reasons``: a label whose ``this`` stands for what the line before said."""


def _question_before(state: State, para: Para) -> str | None:
    """The question right above ``para`` (one paragraph, ending in ``?``), or None."""
    for index, node in enumerate(state.nodes):
        if node.block is para:
            before = state.nodes[index - 1].block if index else None
            if isinstance(before, Para) and 0 < para.line - before.end <= 2:
                first = units(before)
                if first and plain(first[0].text).rstrip().endswith("?"):
                    return plain(first[0].text).strip()
            return None
    return None


_PART_TITLES = frozenset(
    [
        "recall",
        "recap",
        "review",
        "reminder",
        "summary",
        "overview",
        "introduction",
        "intro",
        # what the page is: ``# TCP and UDP Ports Quiz``, ``## AP CSP: Test Corrections``
        "quiz",
        "quizzes",
        "corrections",
        "conclusion",
        "conclusions",
        "notes",
        "note",
        "misc",
        "miscellaneous",
        "background",
        "remarks",
        "takeaways",
        "highlights",
        "references",
        "resources",
        "links",
        "todo",
        "outline",
        "syllabus",
        "objectives",
        "outcomes",
        "agenda",
        "examples",
        "preface",
        "foreword",
        "prologue",
        "epilogue",
        "afterword",
        "appendix",
        "acknowledgements",
        "disclaimer",
        "question",
        "questions",
        "exercises",
        # the same parts in other languages
        "zusammenfassung", "einleitung", "einführung", "fazit", "übersicht", "wiederholung", "notizen",
        "résumé", "récapitulatif", "synthèse", "introducción", "introduzione", "introdução", "resumen",
        "resumo", "riassunto", "sintesi", "conclusión", "conclusione", "conclusão", "samenvatting",
        "inleiding", "sammanfattning", "shrnutí", "podsumowanie", "wstęp", "özet", "yhteenveto",
        "요약", "정리", "总结", "小结", "まとめ", "резюме", "итоги", "введение",
        "esercizi", "ejercicios", "exercices", "übungen", "aufgaben", "exercícios", "oefeningen", "cvičení",
        "ćwiczenia", "练习", "習題", "연습문제",
    ]
)
"""Last words of a heading that titles a part of the note (``Notes``, ``Key takeaways``)."""


def _heading_term(section: Section) -> tuple[str, str] | None:
    """The term a heading defines and the definition in its title, or None for a title of a part."""
    title = strip_numbering(clean(section.title))
    if (
        is_question(title)
        or comparison_sides(label_of(title)) is not None
        or is_objective(title)
        or is_study_goals(title)
        or is_exam_questions(title)
        or is_remark_label(label_of(title))
        or names_a_lecture(title)
    ):
        return None  # (an exam objective, ``Identify options for data storage``, a lecture: titles a part)
    named, formula = at_break(title)
    if "$" in formula and 2 <= len(named) <= 60 and not re.search(r"[<>]", named) and plain(named).strip():
        return named, formula  # ``## Lei de Coulomb <br> $F = …$``: the law, then its formula
    glossed = len(section.blocks) == 1 and isinstance(section.blocks[0], Para) and not section.sections
    spelled = _SPELLED.fullmatch(plain(title).strip())
    if glossed and spelled is not None and stands_for(spelled["acronym"], spelled["name"].split(" / ")[0]):
        return spelled["acronym"], spelled["name"]  # ``### TLS (Transport Layer Security / Seguridad de la Capa de Transporte):``
    definition = split_definition(title)
    if definition is not None and plain(definition.body).split() and plain(definition.body).split()[-1].casefold() in _PART_TITLES:
        return None  # ``## AP Computer Science Principles: Test Corrections``: what the page is, under the course's name
    if definition is not None and definition.body and _metadata(definition.term, definition.body, section.line):
        return None  # ``#### Tags: [[Salient features …]]`` at the top: how the note is filed
    if definition is not None and definition.sep in ("->", "-->", "→", "⟶"):
        return None  # ``### Nightime symptoms -> esp. waking up at night``: a heading with an aside, not a term
    if (
        definition is not None
        and definition.sep == ":"
        and (section.blocks or section.sections)
        and 0 < words(definition.body) <= 4
        and all(
            word[:1].isupper()
            or word in ("of", "and", "the", "in", "for", "to", "a", "an", "on", "vs", "e", "y", "et", "und")
            or word in ("de", "del", "des", "da", "do", "la", "le", "di", "der", "die", "das")
            for word in plain(definition.body).split()
        )
        and not _VERB_WORD.search(plain(definition.body))
        and not re.fullmatch(r"[A-Z0-9]{2,6}s?", plain(definition.term).strip())
    ):
        return None  # ``Price Elasticity: Graphical View`` over its own text: the title of a part
    if (
        definition is not None
        and definition.sep == ":"
        and (section.blocks or section.sections)
        and 0 < words(definition.body) <= 2
        and plain(definition.body)[:1].islower()
        and not re.fullmatch(r"[A-Z0-9]{2,6}s?", plain(definition.term).strip())
    ):
        return None  # ``Social preferences: dictator game``, ``Time preferences: summary``: the part's topic
    term = definition.term if definition else label_of(title)
    body = definition.body if definition else ""
    if definition is not None and definition.sep == ":" and _RELATIVE.match(plain(body)):
        body = ""  # ``Préparation : qui se divise en 4 étapes`` over the steps: what follows the colon goes on about the term
    if definition is not None and (is_sequence_label(term, bare=True) or counted_label(section.title)) and body:
        term, body = label_of(title), ""  # ``Step 3: Selecting Designated ports``: the step is its title
    split = prefix_topic(title) if definition and definition.sep in "-–—" else None
    if split is not None and glossed and stands_for(split[0], split[1]):
        return split  # ``NFS – Network File System`` over ``Sistema de archivos de red.``: what NFS stands for is to recall too
    elif split is not None and (section.blocks or section.sections) and not re.search(r"\s(?:is|are)\s", body):
        term, body = f"{split[1]} ({split[0]})", ""  # ``OSI MODEL - PDU's`` over its own text: a topic
    if words(term) > 5 and not body:
        term = _core_term(term)
    if words(term) > 5 or (section.sections and (words(term) > 3 or (section.level == 1 and not _opens_with_meaning(section, term)))):
        return None
    if re.match(rf"{HANDS_ON}s?\b(?:\s*[\d.]+)?$", term, re.I) or is_part_number(term) or _qa_label(term) or _names_part(term):
        return None  # ``Lab``, ``Exercise 39.13``, ``Genki Chapter 1``: a hands-on part or a part of a book, not a term
    last = term.casefold().split()[-1] if term.split() else ""
    if not re.search(r"[^\W\d_]", re.sub(r"<[^>]*>", "", term)) or last in _PART_TITLES:
        return None  # ``<br>``, ``Recall: constitutional isomers``: the title of a part
    if body and _name_list(body) and (section.sections or section.blocks):
        return None  # ``Containers on AWS: ECS, Fargate, ECR & EKS``: the title of a part
    return term, body


_SPELLED = re.compile(r"(?P<acronym>[A-Z][A-Z0-9&]{1,5}s?)\s*\((?P<name>[^()]{4,80})\)\s*:?")
"""``TLS (Transport Layer Security)``: an acronym, then what it stands for in brackets."""


_RELATIVE = re.compile(
    r"(?:qui|que|dont|which|that|who|whose|welche[rsnm]?|che|cui|il quale|la quale|cuy[oa]s?|lo que|o que|który|která|které)\b",
    re.IGNORECASE,
)


def _spells_out(text: str, name: str) -> bool:
    """``Deoxyribonucleic acid`` under ``DNA``: a few words whose letters hold the acronym's, in order."""
    if not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", name):
        return False
    text = plain(text).strip().rstrip(".")
    if not 2 <= words(text) <= 6 or text[:1].upper() != name[0]:
        return False
    letters = iter(text.casefold())
    return all(letter in letters for letter in name.casefold())


def _opens_with_meaning(section: Section, term: str) -> bool:
    """``# Rectifiers`` / ``a circuit that converts ac voltage to dc`` over its parts, ``# DNA`` /
    ``Deoxyribonucleic acid``: a note's title whose one line of text says what it is (a
    definition or the words of its acronym), not what the note is about."""
    first = section.blocks[0] if len(section.blocks) == 1 else None
    if not isinstance(first, Para) or "\n" in first.text.strip() or is_generic(term):
        return False
    text = plain(first.text).strip().rstrip(".")
    name = plain(term).strip()
    if _spells_out(text, name):
        return True
    return (
        words(text) <= 20
        and not re.search(r"[.!?:;]\s+\S", text)
        and _defines(text, term)
        and bool(
            re.match(r"an?\s+(?:[\w-]+\s+){1,3}(?:that|which|who|whose|used|for|of|in|with)\b", text, re.IGNORECASE)
            or re.match(rf"\[?{re.escape(name)}\b[^.]{{0,80}}?\s(?:is|are)\s+(?:an?|the)\s", text, re.IGNORECASE)
        )
    )


def _glossary_entries(root: Section) -> set[int]:
    """Headings of a glossary written as headings (``# Genom`` / ``Arvestoff.``, ``# Haploid`` /
    ``23 kromosoner``, …): three or more sibling headings, most with one short line under them and
    nothing else. Their one line is the meaning, however short."""
    entries: set[int] = set()

    def short(section: Section) -> bool:
        block = section.blocks[0] if len(section.blocks) == 1 and not section.sections else None
        return isinstance(block, Para) and "\n" not in block.text.strip() and 0 < words(plain(block.text)) <= 12

    def visit(section: Section) -> None:
        children = [child for child in section.sections if child.blocks or child.sections]  # (not one left empty)
        lined = [child for child in children if short(child)]
        if len(lined) >= 3 and len(lined) * 2 > len(children):
            entries.update(id(child) for child in lined)
        for child in section.sections:
            visit(child)

    visit(root)
    return entries


def _qa_label(term: str) -> bool:
    """``## Resposta`` under ``# Pergunta 1``: the label of an answer (to a question the note does not
    show, or that a question rule has already asked), not a term."""
    return plain(term).casefold().strip(" .:*") in QA_LABELS


_VERB_WORD = re.compile(r"\b(?:is|are|was|were|has|have|can|will|does|do|means)\b", re.IGNORECASE)


def _core_term(title: str) -> str:
    """``Principal Quantum Number, the n (the number of shell)`` -> ``Principal Quantum Number``: a
    long title shortened to its noun, the aside and the apposition dropped."""
    core = re.sub(r"\s*\([^()]*\)\s*$", "", title).strip()
    apposition = re.match(r"^(?P<head>[^,]+),\s+(?:the|a|an|or|aka|also|i\.e\.)\s", core)
    if apposition is not None and 1 <= words(apposition.group("head")) <= 5:
        return apposition.group("head").strip()
    return core


_ONLY_CODE = re.compile(r"`[^`\n]+`(?:\s*\([^)\n]*\))?\s*")


def _caption(para: Para, after: Block | None) -> bool:
    """A few words right above a code block or a table, naming it (``Menghitung jumlah host``)."""
    text = plain(para.text)
    shown = (isinstance(after, Code) and after.text.lstrip()[:3] in ("```", "~~~")) or isinstance(after, Table)
    return (
        shown
        and after is not None
        and after.line <= para.end + 2
        and "\n" not in para.text.strip()
        and words(text) <= 5
        and not re.search(r"[.!?]$", text)
    )


_LABELLED_STATEMENT = re.compile(
    r"\s*(?:__|\*\*)?(?:定義|定理|命題|補題|定义|definition|def\.|theorem|satz|définition|definición|definição|definizione|определение|теорема)"
    r"\.?(?:__|\*\*)?(?:\s*\d+(?:\.\d+)*)?[\s.:：]",
    re.IGNORECASE,
)
_UNREAD_TABLE = re.compile(r"(?:\s*\|[^\n]*\|\s*(?:\n|$))+$")
"""``|   | Sg. ||||| Pl. |||||`` over a table: rows of pipes Markdown read as text (a first header row of
two, as MultiMarkdown writes them, or a table with no rule under its header)."""
_TWO_TOPICS = re.compile(r"\S\s*(?:と|及び|および|和|与|與|및|과|와)\s*\S|\s(?:and|und|et|y|e|i|и|a)\s|&")


_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "dois": 2, "duas": 2, "três": 3,
}
_COUNTED = re.compile(
    r"\W*(?:(?:the|these|there are|here are|die|les|los|las|gli|le|os|as)\s+)?"
    r"(?:(?:next|following|main|key|basic|major|nächsten|folgenden|principales|principali)\s+)?"
    r"(?P<count>\d{1,2}|[^\W\d_]+)\s+[^\W\d_]",
    re.IGNORECASE,
)
"""``Four principles about individual decision making``, ``The next three principles concern …``: a line that
says how many things the list under it holds."""


def _announced_list(state: State, first: Block, after: Block | None) -> tuple[list[str], list[int]] | None:
    """A heading's first line that announces how many things follow, over a list of just that many
    (``### How People Make Decisions`` / ``Four principles about individual decision making`` / ``1. People
    face trade-offs`` …): the announcement and its list are what the heading asks for."""
    if not isinstance(after, ListBlock) or after.line > first.end + 2:
        return None
    if isinstance(first, Para) and "\n" not in first.text.strip():
        text, lines = first.text, list(block_lines(first))
    elif isinstance(first, ListBlock) and len(first.items) == 1 and not first.items[0].blocks and not first.items[0].children:
        text, lines = first.items[0].text, list(block_lines(first))
    else:
        return None
    said = plain(text).strip()
    if said.endswith(":"):
        return None  # (``… they are:`` over its list: a lead-in, read as one where the list's items are)
    match = _COUNTED.match(said)
    if match is None or not 5 <= words(said) <= 15 or re.search(r"[.!?;]\s+\S", said):
        # (``Three questions or issues`` over three: a label of the list, which the list's own card asks by)
        return None
    count = match["count"].casefold()
    number = int(count) if count.isdigit() else _COUNTS.get(count)
    items = after.items
    if number is None or number != len(items) or number < 2:
        return None
    if any(item.blocks or item.children for item in items):
        return None  # (items with parts of their own: each is asked on its own)
    if any((found := split_definition(item.text)) is not None and found.body for item in items):
        return None  # ``1. TCP: reliable`` …: terms with meanings of their own, each a card
    listed, held = _plain_markdown(items)
    if not listed.strip() or not state.free(*lines, *held):
        return None
    return [clean(text).rstrip(), listed], [*lines, *held]


def _heading_body(state: State, section: Section, term: str, entry: bool = False) -> tuple[list[str], list[int]]:
    """What a heading's own text says its term is: its first statements and the bullets below them,
    or a first list of statements."""
    blocks = section.blocks
    first = blocks[0] if blocks else None
    after = blocks[1] if len(blocks) > 1 else None
    if first is None or not state.free(first.line):
        return [], []
    if (announced := _announced_list(state, first, after)) is not None:
        return announced
    if (
        KINDS_TITLE.match(plain(term).strip())
        and not isinstance(first, ListBlock)
        and any(isinstance(block, ListBlock) and len(block.items) >= 2 for block in blocks[1:3])
    ):
        return [], []  # ``# Tipos de Amenaza`` / ``> Actividad … que pretende provocar algún daño`` / ``1. Factor Humano`` …: the kinds are the answer
    if isinstance(first, ListBlock):
        if (
            len(first.items) == 1
            and first.ordered
            and not first.items[0].blocks
            and after is not None
            and words(plain(first.items[0].text)) <= 3
            and not re.search(r"[.!?:;,=，。；：！？、]", plain(first.items[0].text))
        ):
            return [], []  # ``### E. Supply analysis`` / ``1. Basic concepts`` / the concepts below: the title of its first part
        parts_of = [sub for sub in section.sections if not EXAMPLE_TITLE.search(plain(sub.title).strip(" :*"))]
        if parts_of or (len(first.items) >= 2 and is_enumeration(first.items)):
            return [], []  # (a ``### Beispiel`` under it is the term's example, not a part of it)
        parts, claimed = _bullets(first.items, [], [])
        if parts and isinstance(after, Para):
            parts, claimed = _prose_about(state, after, term, parts, claimed)
        elif (
            parts
            and isinstance(after, Code)
            and len(first.items) >= 2  # (not ``- For the AM:`` alone over the first of several formulas)
            and plain(first.items[-1].text).rstrip().endswith(":")
            and after.line <= first.end + 2
            and state.free(*block_lines(after))
        ):  # ``- … lze vypočítat magnetickou indukci podle následujícího vzorce:`` over ``$$ B = H \cdot μ $$``
            parts, claimed = [*parts, after.text], [*claimed, *block_lines(after)]
        return parts, claimed
    if not isinstance(first, Para) or is_question(first.text) or is_explicit(first.text):
        return [], []
    if starts_with_filler(first.text) or split_definition(first.text) or pseudo_heading(first, after) or is_attributed_quote(first.text):
        return [], []  # (``"Ist eigentlich ein einfaches Thema" - Espi`` under the heading: what the lecturer said of it)
    if re.match(r"[^\n]+\n[ \t]*:[ \t]+\S", first.text):
        return [], []  # ``Market Equilibrium`` / ``: Supply meets demand``: a term of a definition list, not the heading's
    if re.match(r"\*\*[^*\n]{2,80}\*\*[ \t]*\n[ \t]*[^\W\d_]", first.text):
        return [], []  # ``**Processing an Instruction**`` / ``Processing an instruction is …``: a term of its own over its text
    if is_link_only(first.text) or re.match(r"\W*(?:notice|note down|look at|think about|compare)\s+(?:the\s+)?(?:similarities|differences|how|what|the\s+image|this)\b", plain(first.text), re.I):
        return [], []  # ``## Theories`` over ``[[perspectives for understanding …]]``: a link, where to read; ``Notice similarities to …``: what to do
    if re.match(r"\W*(?:(?:see also|see|siehe(?: auch)?|voir(?: aussi)?|ver(?: también)?|vedi(?: anche)?|zie(?: ook)?|cf)\b|(?:参见|參見|详见|詳見|请见|請見|见|見)(?![解识識])\S)", plain(first.text), re.I):
        return [], []  # ``### Azoles`` over ``See also [Empiric Antibiotic Choice](…)``: where to read, not what azoles are
    if _caption(first, after):
        return [], []  # ``Daftar Magic number`` over a code block: the caption of what follows, not the term's meaning
    if _UNREAD_TABLE.match(first.text):
        return [], []  # (a table of two header rows, which Markdown reads as text: no answer, reported below)
    if _LABELLED_STATEMENT.match(first.text) and _TWO_TOPICS.search(plain(section.title)):
        return [], []  # ``## 群と部分群`` over ``__定義__ $G$を…``: a title over the statements it holds, each of its own
    if _ONLY_CODE.fullmatch(first.text.strip()) or is_prompt_line(first.text):
        return [], []  # ``Deployments`` over ``kubectl rollout status …``: one command of the section, not what it is
    if (statement := _setup_statement(state, blocks)) is not None:
        return statement
    if (entry or _spells_out(first.text, plain(term).strip())) and words(plain(first.text)) <= 2 and len(units(first)) == 1:
        # ``# Genom`` / ``Arvestoff.`` in a glossary of headings, ``# DNA`` / ``Deoxyribonucleic acid``
        state.taken.add((first.line, units(first)[0].index))
        return [clean(first.text)], list(block_lines(first))
    entries = [block for block in blocks if isinstance(block, Para) and _entry(block)]
    if len(entries) >= 2 and entries[0] is first:
        return [], []  # ``Правление`` over ``Бумынь каган`` / ``552-553 гг.`` / …, then the next ruler: a title over entries
    if isinstance(after, Table) and after.line <= first.end + 2 and _FOLLOWING.search(plain(first.text)):
        return [], []  # ``Organisms are classified by the following factors …`` over a table: its rows are the answer, each a card
    parts, claimed = _statement(state, first, term, [], [])
    if (
        parts
        and isinstance(after, ListBlock)
        and after.line == first.end + 2
        and len(units(first)) >= 2
        and plain(first.text).rstrip().endswith((":", "："))
        and not _opens_with(first.text, term)
    ):
        return [], []  # ``## French`` / ``Negation in French provides an excellent example. Let's use …:`` / the stages: the point is in the list
    announces = len(units(first)) == 1 and _leads_in(first.text)
    if parts and isinstance(after, ListBlock) and (after.line == first.end + 1 or (announces and after.line <= first.end + 2)):
        said = len(parts)
        parts, claimed = _bullets(after.items, parts, claimed)
        if len(parts) == said and len(units(first)) == 1 and _leads_in(first.text):
            return [], []  # ``takes into account the following goals`` over terms with cards of their own
    elif parts and all((first.line, unit.index) in state.taken for unit in units(first)):
        if (
            _math_block(after)
            and after.line <= first.end + 1
            and after.text.count("\n") <= 4
            and not worked_result(after.text)
            and state.free(*range(after.line, after.end + 1))
            and not (len(blocks) > 2 and _math_block(blocks[2]) and blocks[2].line == after.end + 1)
        ):
            # ``### Current`` / ``The rate of flow of charge.`` / ``$$I = \frac{Q}{t}$$``: the formula
            # written right under what the term is says it again, in symbols
            parts, claimed = [*parts, after.text], [*claimed, *range(after.line, after.end + 1)]
            then = blocks[2] if len(blocks) > 2 else None
            if (
                isinstance(then, Para)
                and then.line == after.end + 1
                and _CONDITION_OPEN.search(plain(first.text))
                and words(plain(then.text)) <= 30
                and state.free(*range(then.line, then.end + 1))
            ):  # ``If there is an n such that $$|A|=n$$`` / ``The set A is finite, otherwise it is infinite``
                parts, claimed = _with_paragraph(state, then, parts, claimed)
            parts, claimed = _goes_on(state, blocks[2:], parts, claimed)
        else:
            parts, claimed = _goes_on(state, blocks[1:], parts, claimed)
    return parts, claimed


def _opens_with(text: str, term: str) -> bool:
    """``Inductive learning is …`` under ``Inductive Learning``, ``A triad is …`` under ``Triads``: a
    paragraph whose first words are the heading's term, the subject of what it says."""
    said = re.sub(r"^(?:the|a|an|der|die|das|le|la|les|el|los|las|il|lo)\s+", "", " ".join(plain(text).casefold().split()))
    name = " ".join(plain(term).casefold().split())
    return any(len(stem) >= 3 and said.startswith(stem) for stem in {name, name.rstrip("s")})


_CONDITION_OPEN = re.compile(r"\b(?:such that|if|when|whenever|provided that|so that|wenn|falls|si|se|jeśli|gdy|pokud|jestliže)\W*$", re.IGNORECASE)
"""``If there is an n such that`` before its formula: a condition whose conclusion comes after the formula."""


def _math_block(block: Block | None) -> TypeGuard[Code]:
    """A ``$$`` math block."""
    return isinstance(block, Code) and block.text.startswith("$$")


def _prose_about(
    state: State, para: Para, term: str, parts: list[str], claimed: list[int]
) -> tuple[list[str], list[int]]:
    """A paragraph under a heading's bullets that goes on about the heading's term (``Amazon S3
    Standard provides high availability …`` under ``S3 Standard``): the rest of what the term is."""
    text = plain(para.text)
    opening = re.sub(r"^(?:in\s+)?(?:the\s+|a\s+|an\s+)?(?:amazon|aws|azure|microsoft|google)?\s*", "", text, flags=re.I)
    named = content_words(term)
    said = content_words(" ".join(opening.split()[: len(term.split()) + 2]))
    if not named or len(named & said) < min(2, len(named)):
        return parts, claimed
    if (
        not state.free(*range(para.line, para.end + 1))
        or words(text) > 80
        or len(units(para)) > 4
        or is_question(para.text)
        or is_explicit(para.text)
        or sum(words(plain(part)) for part in parts) + words(text) > 120
    ):
        return parts, claimed
    return _with_paragraph(state, para, parts, claimed)


def _with_paragraph(
    state: State, para: Para, parts: list[str], claimed: list[int]
) -> tuple[list[str], list[int]]:
    """A whole paragraph added to a heading's answer: every statement of it taken, every line held."""
    for unit in units(para):
        state.taken.add((para.line, unit.index))
    return [*parts, clean(para.text)], [*claimed, *range(para.line, para.end + 1)]


_CONTINUES = re.compile(
    r"^(?:it|its|they|their|this|these|also|but|and|however|so)\b"
    # a statement with its subject left out, the heading's term: ``Measured by an ammeter placed in series``
    r"|^(?:measured|used|found|made|defined|given|known|called|expressed|calculated|produced|caused|represented|denoted|written)\s+(?:by|in|as|to|with|from|for|when|at)\b",
    re.IGNORECASE,
)
"""How a paragraph opens that goes on about the heading's term: ``It also ...``, ``They ...``."""


def _goes_on(
    state: State, blocks: Sequence[Block], parts: list[str], claimed: list[int]
) -> tuple[list[str], list[int]]:
    """The short paragraphs after a heading's definition that go on saying what the term is without
    naming it (``requires the use of an alias``, ``It is free``): they belong on its card, where
    their subject is; on their own they would ask about nothing."""
    size = sum(words(plain(part)) for part in parts)
    for index, block in enumerate(blocks):
        if not isinstance(block, Para) or not state.free(*range(block.line, block.end + 1)):
            break
        text = plain(block.text).strip()
        first_word = text.split()[0] if text.split() else ""
        opens = block.text.lstrip()[:1]
        if not (
            (first_word[:1].islower() and opens not in "`$[*_<") or _CONTINUES.match(text)
        ) or text.endswith(":"):
            break
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        lines = block.text.split("\n")
        if (
            (len(lines) > 1 and words(text) < 8 * len(lines))  # ``etwas in Betracht ziehen / consider sth.``
            or words(text) > 30
            or size + words(text) > 80
            or is_question(text)
            or is_explicit(block.text)
            or split_definition(block.text)
            or pseudo_heading(block, after)
            or points_elsewhere(block.text)
            or (re.match(r"(?:the|a|an)\s", text, re.IGNORECASE) and _NAMED_AS.search(text))
        ):
            break  # (``the variation in output voltage … is called the ripple voltage``: it names a term of its own)
        parts, claimed = _with_paragraph(state, block, parts, claimed)
        size += words(text)
    return parts, claimed


_WAYS = re.compile(
    r"\b(?:in|of|into|at|on|through|across)\s+(?:(?:a few|several|many|various|different|two|three|four|five|six|\d+)\s+)+(?:different\s+)?"
    r"(?:ways|types|kinds|forms|categories|steps|stages|phases|parts|levels|scales)\W*$",
    re.IGNORECASE,
)
"""``This can be set up in different ways``, ``We study ecology at several levels``: a sentence that ends by
announcing the list below it."""


_FOLLOWING = re.compile(
    r"\b(?:following|folgenden?|suivant(?:e|s|es)?|siguientes?|seguintes?|seguenti|volgende)\b|다음과 같[은이]|아래와 같[은이]|次のよう|以下の|如下|下列"
)
"""``the following``, ``리눅스는 다음과 같은 특징을 가지고 있다.``, ``Il existe les types suivants``: the list below it."""


def _leads_in(text: str) -> bool:
    """A sentence that only announces the list below it."""
    text = " ".join(text.split())  # (a sentence hard-wrapped over two lines announces as well)
    stripped = plain(text).rstrip()
    return "\n" not in text.strip() and (
        stripped.endswith(":")
        or (stripped.endswith(",") and words(stripped) <= 12)  # ``Ein Endverbraucher hat das Recht darauf,`` over the rights
        or bool(_FOLLOWING.search(stripped))
        or bool(re.search(r",?\s(?:then|dann|alors|allora|entonces|então|wtedy|pak|то|тогда)$", stripped, re.I))
        or bool(
            re.match(
                r"there (?:are|is) (?:a few|several|many|some|two|three|four|five|\d+)\b", stripped, re.I
            )
        )
        or bool(_WAYS.search(TRAILING_BREAKS.sub("", stripped)))
        or _lead_in_sentence(text)
    )


_STATED = re.compile(r"(?!(?:What|Which|Who|Why|How|Where|When)\b)(?P<subject>[A-Z][\w .'/-]{2,60}?)\s+(?:is|are)\s+(?:not\s+)?(?P<value>[a-z][\w-]{3,20})")
"""``Security groups are stateful``: a heading that is a short statement about its subject."""


def _heading_over_a_name(state: State, place: Place, section: Section) -> bool:
    """A heading over nothing but a short name (``## Interval - 6 half steps`` / ``Tritone``,
    ``## Quality inversion: minor`` / ``Major``): the heading, whole, asks for the name, as it would
    on the card its author wrote it for."""
    if len(section.blocks) != 1 or section.sections or not isinstance(section.blocks[0], Para):
        return False
    answer = clean(section.blocks[0].text)
    title = strip_numbering(clean(section.title))
    if "\n" in answer or not 1 <= words(plain(answer)) <= 6 or re.search(r"[.!?:]$", plain(answer)):
        return False
    if not re.search(r"\s(?:-|–|—|:)\s|:\s", title) or words(plain(title)) > 10 or is_question(title):
        return False  # (``## Tonic`` over ``The first note``: the heading's own term, read below)
    if re.split(r"\s*[:–—-]\s", plain(title), maxsplit=1)[0].casefold() in _META_KEYS:
        state.leave(section.line, f"a field of the note (who, when, where from), not a fact: {plain(title)[:40]!r}")
        return True  # ``## tags: 14.13`` over ``[toc]``
    if is_remark_label(label_of(title)) or is_empty_answer(answer) or is_course_remark(answer) or is_link_only(section.blocks[0].text):
        return False  # (``## Theories - Instincts …`` over ``[[perspectives for understanding …]]``: a link to another note)
    if is_part_number(re.split(r"\s*[:–—-]\s*", plain(title), maxsplit=1)[0]) or not state.free(section.line, section.blocks[0].line):
        return False
    if not _good_definition(state, plain(title), answer, section.line):
        return True
    card = place.card("definition", with_parent(place, plain(title)), answer, line=section.line, key=norm_key(title), raw=section.title)
    state.add(card, [section.line, section.blocks[0].line])
    return True


_STAGE = re.compile(r"(?i:stage|phase|stadium|stadio|étape|etapa|stufe)\s*\d{1,2}")
"""``Stage 1: sensorimotor, age 0-2``: a stage of a theory or a process, which its name answers (not
``Step 3: Open the console``, the place of a task in a procedure)."""


def _names_part(term: str) -> bool:
    """``Genki Chapter 1``, ``Campbell Unit 4``: a book's or a course's part, its number last; or
    ``第8章 应用``, ``Chapter 8 Application``: its number first, then the part's name."""
    said = plain(term).split()
    return len(said) >= 2 and (is_part_number(" ".join(said[-2:])) or _PART_FIRST.match(plain(term)) is not None)


_PART_FIRST = re.compile(r"第\s*[\d一二三四五六七八九十百]+\s*[章节課课讲講部篇回]\s|(?i:chapter|unit|lesson|lecture|module|week|part)\s+\d{1,3}\s")
"""``第8章 应用``, ``Chapter 8 Application``: the number of a part, then its name (a law's ``Section 4`` is what it says)."""


_STATEMENT_KIND = re.compile(
    r"(?:определение|теорема|лемма|следствие|замечание|утверждение|предложение|definition|theorem|lemma|corollary|remark"
    r"|proposition|claim|observation|definição|definición|définition|définizione|teorema|théorème|satz|bemerkung|lemat|twierdzenie"
    r"|definicja|uwaga|wniosek|definice|věta|poznámka|definisi|teorema|lema|catatan|tétel|definíció|állítás|következmény|megjegyzés"
    r"|定義|定理|命題|補題|系|定义|引理|推论)"
    r"\b\.?(?:\s*\d{1,3}(?:\.\d{1,3})*)?\.?\s*[:.]?\s*(?:(?:of|de|du|des|di|del|della|der|von)\s+(?:(?:the|a|an)\s+)?)?(?P<name>.*?)[.:]?",
    re.IGNORECASE,
)
"""``### Определение. Норма.``, ``### Лемма.``, ``Remark:``, ``### Definition of sums``: a statement of a course
by its kind, then its name (which is what a card asks for), or nothing (a nameless lemma is asked by what it says)."""


_DEFINITION_WORD = re.compile(r"(?:определение|definition|definição|definición|définition|definizione|definicja|definice|definisi)", re.IGNORECASE)
_PROOF_TITLE = re.compile(rf"{PROOF_WORD}s?\b", re.IGNORECASE)


_INTRODUCES = re.compile(
    r"\b(?:I'll|I will|we'll|we will|I'm going to|we're going to) (?:explain|cover|look at|discuss|go through|describe|introduce)\b"
    r"|^\W*(?:I'm|I am|we're|we are) going to (?:try (?:and|to) )?\w+"
    r"|\b(?:in|throughout) this (?:section|chapter|part|page|note)\b"
    r"|\b(?:are|is) (?:described|explained|discussed|listed|detailed|outlined) (?:below|in the following)\b"  # ``The two orientations are described below.``
    # the part bridging from the one before: ``Now that we know how to represent the bundle, we can …``,
    # ``The first step in modelling X is to first understand …``, ``Como reparamos podemos ver …``
    r"|^\W*(?:now that (?:we|you)|the first step in \w+ing\b|como (?:reparamos|vimos|j[aá] vimos)|agora que (?:já )?(?:vimos|sabemos)"
    r"|ahora que (?:ya )?(?:vimos|sabemos|conocemos)|maintenant que (?:nous|l'on|on)|nachdem wir)\b",
    re.IGNORECASE,
)
"""``I'll explain some of the obvious ones in this section``: a part saying what it will do, not what its title is."""


_NAMED_AS = re.compile(r"\b(?:is|are)\s+(?:known|referred to)\s+as\b|\b(?:is|are)\s+(?:called|termed|named)\b", re.IGNORECASE)


def _naming_paragraph(state: State, section: Section, term: str) -> Para | None:
    """The paragraph that names the heading's term (``The small program that starts this sequence
    is known as a boot loader``), when the first one under the heading does not mention it."""
    paras = [block for block in section.blocks[:4] if isinstance(block, Para)]
    said = plain(term).casefold()
    if len(paras) < 2 or paras[0] is not section.blocks[0] or not 1 <= words(said) <= 4 or said in plain(paras[0].text).casefold():
        return None
    for para in paras[1:]:
        text = plain(para.text).casefold()
        found = _NAMED_AS.search(text)
        if found is not None and said in text[found.end() : found.end() + 60] and state.free(*block_lines(para)):
            return para
        if (
            words(plain(paras[0].text)) >= 8
            and re.match(rf"(?:the |a |an )?{re.escape(said)}\s+(?:states|says|means|describes|holds|(?:is|are) (?:the|a|an)\s)", text)
            and state.free(*block_lines(para))
        ):
            return para  # ``## Gauss's Law for Magnetism`` over the flux, then ``The Gauss's law for magnetism states that …``
    return None


_DATED_TERM = re.compile(rf"\W*(?:{DATE_LABEL.pattern})\s+\S")
"""``### 09/09/2022 interviewing.com - Jovan``: a dated entry of a log, split at its dash, not a term."""
_LOG_FIELDS = frozenset(["entry", "source", "sources", "date", "session", "day"])
"""The fields a study log titles its parts by (``Entry: 27 January``, ``Source: Duolingo``): not terms."""


def _heading(state: State, place: Place, section: Section, above: Section | None = None, entry: bool = False) -> None:
    if _heading_over_a_name(state, place, section):
        return
    if all(_QUIZ_SETTING.match(line) for line in section.title.split("\n") if line.strip()):
        state.leave(section.line, f"the settings of a quiz, not a fact: {plain(section.title)[:40]!r}")
        return  # ``---`` / ``primaryColor: "#00bda4"`` / ``shuffleAnswers: true`` / ``---``: quizdown's settings, read as a heading
    kind = _STATEMENT_KIND.fullmatch(plain(section.title).strip(" *_#"))
    if _PROOF_TITLE.match(plain(section.title).strip(" *_#")):
        state.mark_structure([section.line])
        return  # ``## Bukti`` over the proofs of twelve properties: a title, each property asked by its own name
    if kind is not None and not kind["name"].strip(" .:") and not _DEFINITION_WORD.match(plain(section.title).strip(" *_#")):
        state.mark_structure([section.line])
        return  # ``### Лемма.`` over ``Любой набор …``: its statement is a fact of its own, not the answer to ``Лемма``
    found = _heading_term(section)
    if kind is not None and re.fullmatch(r"\(?\s*\d+(?:\.\d+)*\s*\)?", kind["name"].strip(" .:")):
        state.mark_structure([section.line])
        return  # ``### Definition (3.2.1)``: the number of a definition of the course, what it defines is below
    if kind is not None and kind["name"].strip(" .:") and not statement_number(section.title):
        found = (re.sub(r"^\((.*)\)$", r"\1", kind["name"].strip(" .:")), "")  # ``### Определение. Норма.``: the norm is what it defines
    if _DATE_TITLE.fullmatch(plain(section.title).strip(" *_#")):
        found = None  # ``## 15 February 2023``: an entry of a log, under which the day's notes stand
    if found is None or statement_number(section.title):
        # (``### Definition 1.2.`` over ``Seien A und B Mengen``: a number; what it defines is below)
        state.mark_structure([section.line])
        return
    term, body = found
    if body and (re.sub(r"^[\W_]+", "", plain(term)).strip().casefold() in _LOG_FIELDS or _DATED_TERM.match(plain(term))):
        state.mark_structure([section.line])
        return  # ``# 📅 Entry: 27 January (Tuesday)``, ``### 📘 Source: Nicos Weg A1``, ``### 09/09/2022 interviewing.com - Jovan``: a log's entries
    if body and (whole := title_going_on(section.title)) is not None:
        term, body = whole, ""  # ``## Routing -- Among Resources (VPC)``: one title
    if body and (topic := place.topic_of(section.title)) is not None:
        term, body = topic, ""  # ``#### Route 53 - Traffic Flow`` under ``Route 53``: about the traffic flow
    if body and is_part_number(body):
        body = ""  # ``### Mass storage troubleshooting - Objective 5.3``: the exam objective it covers, not what it is
    if not body and is_part_number(re.sub(r"\s*\([^()]*\)$", "", plain(term))):
        state.mark_structure([section.line])
        return  # ``### Atomic Habits - Note 6`` in a note on the book: the number of a quote, nothing it names
    if body and is_part_word(term):
        state.mark_structure([section.line])
        return  # ``### Case: *Hamilton* v. *Kember*``: the name of what the section is about, not a term
    if body and is_objective(body) and words(plain(body)) <= 8:
        state.mark_structure([section.line])
        return  # ``### Microsoft Azure Fundamentals: Describe cloud concepts``: the exam's part, a title over its notes
    if body and _PART_OF.fullmatch(plain(body).strip()):
        state.mark_structure([section.line])
        return  # ``# 21. SPANNING TREE PROTOCOL (STP) : PART 2``: the second part of a course's chapter
    dashed = re.search(r"\s[-–—]\s", plain(section.title))
    if body and dashed and not section.blocks and not section.sections:
        state.leave(section.line, f"heading with nothing under it: {plain(section.title)!r}")
        return  # ``### S/3 - Application`` over nothing: a syllabus entry, not a term and its meaning
    opening = section.blocks[0] if section.blocks else None
    first_said = (  # (``- … The two orientations are described below.``: one bullet that says it too)
        opening.text if isinstance(opening, Para)
        else opening.items[0].text if isinstance(opening, ListBlock) and len(opening.items) == 1 and not opening.items[0].children
        else ""
    )
    if not body and opening is not None and first_said and _INTRODUCES.search(plain(first_said)):
        state.mark_structure([section.line])
        state.leave_all(block_lines(opening), f"says what the part will do, not a fact: {plain(first_said)[:60]!r}")
        return  # ``## Quirks`` over ``… I'll explain some of the obvious ones in this section.``: what the part will do
    if not body and isinstance(opening, Para) and is_signpost(re.split(r"(?<=[.!?])\s", opening.text.strip(), maxsplit=1)[0]):
        state.mark_structure([section.line])
        return  # ``## Fenomenologia`` over ``Arriviamo al concetto di sostanza.``: its sentences are facts or not on their own
    naming = None if body else _naming_paragraph(state, section, term)
    if naming is not None:  # ``#### Boot loader`` over two sentences of background, then ``… is known as a boot loader``
        parts, claimed = [clean(naming.text)], list(block_lines(naming))
    else:
        parts, claimed = _heading_body(state, section, term, entry)
    if body and not parts and section.blocks and words(plain(term)) >= 3 and _PART_NAME.fullmatch(plain(body).strip()):
        state.mark_structure([section.line])
        return  # ``### Measures of Central Tendency: Means`` over the means, each defined: the part's name, no answer
    parts = [clean(body), *parts] if body else parts
    if parts and not body and re.match(r":[ \t]+\S", parts[0]):
        parts = [parts[0].split(None, 1)[1], *parts[1:]]  # ``### delay`` over ``: source~destination seconds``: a definition list's colon
    if len(parts) == 1 and not body and is_connective(parts[0]):
        state.leave(section.line, f"only a word that leads into the working: {plain(parts[0])[:40]!r}")
        return  # ``## Ahorro Externo`` over ``Por lo tanto,`` and a formula
    if len(parts) == 1 and not body and (fragment(parts[0]) or leads_on(parts[0])) and words(parts[0]) > 2:
        state.leave(section.line, f"a sentence cut off, not what the heading names: {plain(parts[0])[:60]!r}")
        return  # ``## RからSへの遷移のメカニズム`` over ``…と名付けた時、`` and a picture
    if not body and _only_labels(parts):
        state.mark_structure([section.line])
        return  # ``# Conducting bar falling down`` over ``differential equation for $v(t)$`` / ``terminal velocity``: what the working finds
    if parts and not body and _WHOSE_NOTES.fullmatch(plain(parts[0]).strip()):
        state.leave_all([section.line, *claimed], f"who wrote the notes, not what the heading names: {plain(parts[0])[:40]!r}")
        return  # ``# Introduzione al Diritto`` over ``Riassunto di Francesco Rigoni``
    if parts and not body and GRID_RULE.search(parts[0]):
        state.leave_all([section.line, *claimed], f"a table drawn with characters, not what the heading names: {plain(section.title)[:40]!r}")
        return  # ``## Criteria`` over ``+------+------+`` / ``| | Behavioral |``: a grid table that no card can show
    if parts and not body and is_course_remark(parts[0].split("\n", 1)[0]):
        state.leave(section.line, f"about the notes or the course, not its subject: {plain(parts[0])[:60]!r}")
        return  # ``# AWS Cloud Practitioner`` over ``Some personal notes about the exam``
    if len(parts) == 1 and not body and _SPEAKS_OF_SELF.search(plain(parts[0])):
        state.leave(section.line, f"the author's own remark, not what the heading names: {plain(parts[0])[:60]!r}")
        return  # ``### $x = x_{0} e^{-t/cr}$`` over ``… I should probably learn why but I'm kinda cramming``
    if parts and not body and _PRACTICE_TEXT.fullmatch(plain(term).strip(" *_:#")):
        state.mark_structure([section.line])
        return  # ``### Monologue`` over ``Ich ersetze den Müllsack. Ich gehe …``, ``## Sentences``: sentences to practise, not an answer
    if len(parts) == 1 and not body and _says_only_the_heading(parts[0], [term, *place.crumbs]):
        state.leave(section.line, f"the answer only restates the heading: {plain(parts[0])[:60]!r}")
        return  # ``## The Earth`` under ``# Magnetic Fields`` over ``The earth has a huge magnetic field``
    stated = _STATED.fullmatch(plain(term))
    if parts and stated is not None and not body:
        # ``#### Security groups are stateful`` over why: the heading states the fact, so it is what
        # the card asks (its last words hidden), and what follows explains it
        said = plain(term)
        front = f"{said[: stated.start('value')]}{{{{c1::{stated.group('value')}}}}}"
        card = place.card(
            "cloze", front, "", line=section.line, key=norm_key(term), raw=section.title, extra=_answer(parts)
        )
        state.add(card, [section.line, *claimed])
    elif parts:
        front = with_parent(place, term)
        if not body and (other := _defines_another(parts[0], term)) is not None:
            term = front = other  # ``## Game theory`` over ``A decision made in ignorance is the position in which …``
            parts = [_DEFINES_A.sub("", clean(parts[0]).strip(), count=1), *parts[1:]]
        if front == term and is_generic(term) and above is not None and not is_generic(above.title) and words(plain(above.title)) <= 6:
            front = f"{short_label(label_of(above.title))} — {term}"  # ``## Double Hashing`` then ``## How it works``: how *it* works
        card = place.card(
            "definition", front, _answer(parts), line=section.line, key=norm_key(term), raw=section.title
        )
        state.add(card, [section.line, *claimed])
    elif not section.blocks and not section.sections:
        state.leave(section.line, f"heading with nothing under it: {plain(section.title)!r}")
    else:
        state.mark_structure([section.line])


def _only_labels(parts: Sequence[str]) -> bool:
    """Two or more paragraphs of a few words each, none a statement: the labels of a working below."""
    lines = [line.strip() for part in parts for line in part.split("\n") if line.strip()]
    return len(lines) >= 2 and all(
        words(plain(line)) <= 4 and line[:1].islower() and not re.search(r"[.!?:;=,]$", line) for line in lines
    )


def _bullets(items: Sequence[Item], parts: list[str], claimed: list[int]) -> tuple[list[str], list[int]]:
    """Bullets that go on saying what a heading's term is (none defining a term of its own)."""
    items = [item for item in items if item.blocks or re.search(r"\w", item.text)]  # ``- .``: a template's empty slot
    kept, _own = plain_children(items)
    kept = [item for item in kept if not is_objective(item.text) and not is_guess(item.text)]  # ``Describe the benefits of …``
    if all(is_link_only(item.text) and not item.blocks for item in kept):
        return parts, claimed  # ``- [[Ozonolysis Mechanism]]``: where to read, nothing said here
    if (
        kept and len(kept) != len(items) and parts
    ):  # beside terms with cards of their own: what goes on saying
        kept = [
            item
            for item in kept
            if not item.blocks
            and words(plain(item.text)) >= 4
            and not re.search(r"\s(?:vs\.?|v\.s\.?|versus)\s|:$", plain(item.text), re.IGNORECASE)
        ]
    if not kept or len(kept) > 8 or (len(kept) != len(items) and not parts):
        return parts, claimed
    text, lines = _plain_markdown(kept)
    if not text.strip():
        return parts, claimed  # only command lines: nothing to add
    return [*parts, text], [*claimed, *lines]


def _name_list(body: str) -> bool:
    names = [part.strip() for part in re.split(r",|&|\band\b", plain(body)) if part.strip()]
    return len(names) >= 2 and all(words(name) <= 3 for name in names)


_DISCOURSE = re.compile(
    r"(?:from|now|so|then|here|we|we've|let|let's|suppose|assume|assuming|consider|recall|remember|imagine|previously|last|today|"
    r"before|after|since|because|as|but|however|also|another|again|in this|in the|to)\b"
    r"|.{0,60}\b(?:we|let's|our|(?-i:I)(?![.\w]))\b",
    re.IGNORECASE,
)
"""How a sentence that goes on from what came before opens (``From Planck's assumption, we …``,
``We know that …``), or a sentence of the author's own (``we``, ``I``)."""


def _about_itself(text: str, term: str) -> bool:
    """``The principal quantum number can have positive integer numbers: 1, 2, 3, ...``: a sentence
    about the term itself whose numbers are small ones (none worth a cloze of its own)."""
    opens = re.sub(r"^(?:the|a|an)\s+", "", text.casefold()).startswith(plain(term).casefold())
    numbers = re.findall(r"(?<![\w.])\d[\d.,]*", text)
    return opens and len(term.split()) >= 2 and all(len(re.sub(r"\D", "", number)) <= 1 for number in numbers)


_NAMES_ANOTHER = re.compile(
    r"\b(?:called|named|known as|termed|appel(?:é|ée)s?|nommée?s?|genannt|heißt|llamad[oa]s?|denominad[oa]s?"
    r"|chamad[oa]s?|chiamat[oa]|genoemd)\s+(?:the |an? |l[ae] |l'|der |die |das |el |la |o |a |de |het )?"
    r"(?:\*\*|__)(?P<name>[^*_]+)(?:\*\*|__)",
    re.IGNORECASE,
)
"""``… une énergie potentielle appelée **enthalpie**``: a sentence that names (and so defines) a
term of its own."""


_DEFINES_A = re.compile(
    r"(?:an?|ein|eine|un|une|una|um|uma)\s+(?P<name>[^\W\d_][^,;:()$*_`\n]{2,50}?)\s+(?:is|are|ist|est|es|é|è)\s+"
    r"(?=(?:the|a|an|der|die|das|ein|eine|le|la|l'|un|une|el|una|o|um|uma|il)\s)",
    re.IGNORECASE,
)
"""``A decision made in ignorance is the position …``: a sentence that opens by defining a thing it names."""


def _defines_another(text: str, term: str) -> str | None:
    """``A decision made in ignorance is the position in which …`` under ``## Game theory``: a first
    sentence that defines a thing of its own (its name shares no word with the heading's), what the card asks."""
    found = _DEFINES_A.match(plain(text).strip())
    if found is None or words(found["name"]) < 2:
        return None
    stems = {word[:5] for word in re.findall(r"[^\W\d_]{3,}", plain(term).casefold())}
    named = {word[:5] for word in re.findall(r"[^\W\d_]{3,}", found["name"].casefold())}
    return None if not stems or stems & named else found["name"].strip()


_OPENS_ANOTHER = re.compile(
    r"(?:an?\s+|the\s+)?(?:\*\*|__)(?P<name>[^*_\n]{2,40})(?:\*\*|__)\s+(?:is|are|was|were)\b", re.IGNORECASE
)
"""``An **alkane** is an organic molecule …`` under ``### Alkyls``: a sentence that defines a bold term of its own."""


_CALLED = re.compile(
    r"\b(?:называ\w+|(?:is|are) (?:called|defined as|said to be)|se llama\w*|se denomina\w*|heißt|heißen|si dice|si chiama\w*"
    r"|(?:est|sont) appelée?s?|(?:é|são) chamad\w+|disebut|dinamakan|nazývá\w*|nazywa\w*)\b",
    re.IGNORECASE,
)
_MATH_SPAN = re.compile(r"\$[^$\n]+\$")


def _without_named_math(text: str) -> str:
    """A sentence that names what it defines (``Векторы … называются ортогональными, если $(x,y)=0$``)
    without its math: the numbers there are the definition's, not a fact's."""
    return _MATH_SPAN.sub("", text) if _CALLED.search(text) else text


_NOUN_PHRASE = re.compile(
    r"(?:the|a|an)\s+(?:[^\W\d_]+\s+){0,4}?(?:when|that|which|where|in which|required|needed|evolved|released|absorbed|produced|formed)\b"
    r"[^\d]*\d",
    re.IGNORECASE,
)
"""``The enthalpy change when one mole … is formed … at 298K and 1 bar``: what the term is, a noun and its
clause; its numbers are the conditions it holds under, not a fact to hide."""


def _defines(text: str, term: str, opening_statement: bool = True) -> bool:
    """Whether a heading's first statement says what the term is (else it is a fact for a cloze):
    not when it holds a number or a negation, and not when it is about something else."""
    named = _NAMES_ANOTHER.search(text) or _OPENS_ANOTHER.match(text)
    if named is not None and not content_words(named.group("name")) <= content_words(term):
        return False  # under ``Gibbs free energy``, ``… called **enthalpy**`` defines enthalpy, not the heading
    plain_text = plain(text)
    negation = NEGATION.search(plain_text)
    if negation is not None and re.search(
        r"^\S.{0,60}?\s(?:is|are)\s.+?\b(?:which|that|who|whose)\s", plain_text[: negation.start()]
    ):
        negation = None  # ``… is data which is not organized …``: a clause of the definition, not a denial
    if (
        (re.search(r"(?<![\w.])\d", _without_named_math(plain_text)) and not _about_itself(plain_text, term) and not _NOUN_PHRASE.match(plain_text))
        or negation is not None
        or plain_text.endswith(("?", ":"))
        or re.search(r"\b(?:is|are|by|as|of|to|be|the|a|an|and|or)\W*$", plain_text, re.IGNORECASE)
    ):
        return False  # (``Assume the input signal is`` over a formula: a sentence that goes on elsewhere)
    if says_how_hard(plain_text):
        return False  # ``Naming ketones is slightly more difficult.`` under ``Rules for Ketones``: how hard it is, not what
    opening = plain_text.split()
    if not opening or re.match(
        r"(?:this|that|here|there) (?:is|are) (?:where|why|how|when)\b", plain_text, re.I
    ):
        return False
    term_words = {w.casefold() for w in re.findall(r"[\w-]+", term)}
    first = opening[0].strip(",")
    if (
        opening_statement
        and _DISCOURSE.match(plain_text)
        and not content_words(term) & content_words(plain_text)
    ):
        return False  # ``From Planck's assumption, we find …``: the text goes on from before, about something else
    if first.casefold() in term_words:
        size = len(term.split())
        return not (len(opening) > size and opening[size] == "and")
    return not re.fullmatch(r"(?:[A-Z][a-z]*){0,1}[A-Z][A-Z0-9]+\w*|[A-Z]\w*[A-Z]\w*", first)


def _statement(
    state: State, para: Para, term: str, parts: list[str], claimed: list[int]
) -> tuple[list[str], list[int]]:
    """The first statement of a heading's paragraph when it says what the term is (analogies dropped)."""
    said: list[str] = []
    for unit in units(para)[:4]:
        skip = points_elsewhere(unit.text) or is_link_only(unit.text) or is_objective(unit.text)
        text = "" if skip else without_analogy(unit.text)
        if not text:
            if said:
                break
            continue  # an analogy: the facts rule reports it
        if not _defines(text, term, not said) or len(said) == 3:
            break
        state.taken.add((para.line, unit.index))
        said.append(clean(text))
        claimed = [*claimed, *unit.lines]
    return ([*parts, " ".join(said)] if said else parts), claimed




_VARIABLE = re.compile(r"\$?\s*(?:[A-Za-z](?:_\{?\w+\}?)?|[A-Za-z]\([\w, ]+\)|P\([^()]{1,20}\))\s*\$?")


_GIVEN_HEADER = re.compile(r"values?|given|werte?|valor(?:es)?|valeurs?|valori|値|数值", re.IGNORECASE)
_GIVEN = re.compile(r"[-+]?[$€£¥]?\s?\d[\d,.]*\s?%?|\?")


def _givens(table: Table) -> bool:
    """``| Variable | Description | Values |`` over ``| P | Current Stock Price | $100 |``: a worked
    example's data (a symbol, what it stands for, its value in the example; the unknown a ``?``)."""
    column = next((at for at, cell in enumerate(table.header) if _GIVEN_HEADER.fullmatch(plain(cell).strip(" *_:"))), None)
    if column is None or len(table.rows) < 3:
        return False
    values = [plain(row[column]).strip(" *_`") if column < len(row) else "" for row in table.rows]
    symbols = [plain(row[0]).strip(" *_`$") for row in table.rows if row]
    return all(_GIVEN.fullmatch(value) for value in values) and all(0 < len(symbol) <= 3 for symbol in symbols)


def _values_of(table: Table) -> bool:
    """``| sample space | x |`` over ``| TTT | 0 |``: the values a variable takes in an example, a
    worked table to read, not a term and its meaning."""
    values = [plain(row[1]).strip(" *_") for row in table.rows if len(row) > 1 and plain(row[1])]
    return (
        bool(_VARIABLE.fullmatch(plain(table.header[1]).strip(" *_")))
        and len(values) >= 3
        and all(is_number(value) or re.fullmatch(r"-?\d+(?:[.,]\d+)?(?:/\d+)?", value) for value in values)
    )


def _numbering(table: Table) -> bool:
    """``| Ordnung | Nr. |`` over ``| Skorpione | 1 |``: which number each thing has on a figure or
    a worksheet, not a fact about it."""
    values = [plain(row[1]) for row in table.rows if len(row) > 1 and plain(row[1])]
    return (
        bool(NUMBER_HEADER.fullmatch(plain(table.header[1]).strip()))
        and len(values) >= 3
        and all(value.isdigit() and len(value) <= 3 for value in values)
    )


_EDGE_BREAKS = re.compile(r"^(?:\s*<br\s*/?>)+|(?:<br\s*/?>\s*)+(?=(?:\*\*|__)?\s*$)", re.IGNORECASE)


def _worked_place(place: Place) -> bool:
    """Under ``Example``, ``Exercise 39.13``, ``Results``: a table there holds an exercise's data."""
    return any(
        re.search(rf"\b(?:{HANDS_ON}|examples?|exercises?|results?|sample|data)\b", plain(crumb), re.I)
        for crumb in place.crumbs
    )


_KEY_NUMBER = re.compile(r"\d{1,5}(?:\s*(?:&|,|/|-|–|and|y|und|et)\s*\d{1,5})*")


_PORT_HEADER = re.compile(r"(?i:ports?(?:\s*(?:numbers?|no\.?|#))?|port\s*/\s*protocol)")
"""``Port``, ``Port #``, ``Port number``: a column of ports, each looked up by its service, however long its name."""


def _by_number(state: State, place: Place, table: Table) -> bool:
    """``| Port | Service | Notes |`` over ``| 22 | SSH | secure shell |``: a number looked up by the
    name beside it (``SSH — Port`` -> ``22``), the other cells shown with it."""
    header = [plain(cell) for cell in table.header]
    if len(header) < 2 or not header[0]:
        return False
    if _worked_place(place):
        return False  # (``Exercise 39.13``: the rows are the exercise's data)
    rows = [
        (offset, row)
        for offset, row in enumerate(table.rows)
        if len(row) == len(header) and plain(row[0]) and plain(row[1])
    ]
    if len(rows) < 3 or len(rows) < 0.8 * len(table.rows):
        return False
    numbers = [plain(row[0]) for _, row in rows]
    names = [plain(row[1]) for _, row in rows]
    if (
        not all(_KEY_NUMBER.fullmatch(number) for number in numbers)
        or any(is_number(name) or words(name) > (12 if _PORT_HEADER.fullmatch(header[0].strip(" *_:")) else 5) or "$" in name for name in names)
        or len(names) - len({norm_key(name) for name in names}) > max(1, len(names) // 10)
    ):
        return False
    named: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for offset, row in rows:
        named.setdefault(norm_key(plain(row[1])), []).append((offset, row))  # (``RADIUS`` on two rows: one card, both ports)
    for same in named.values():
        offset, row = same[0]
        line = table.line + 2 + offset
        extra = [f"- {name}: {clean(cell)}" for name, cell in zip(header[2:], row[2:], strict=True) if plain(cell) and name]
        back = "\n".join([", ".join(clean(other[0]) for _, other in same), *(["", *extra] if extra and len(same) == 1 else [])])
        front = f"{plain(row[1])} — {header[0]}"
        state.add(place.card("definition", front, back, line=line, key=norm_key(front), raw=row[1]), [table.line + 2 + o for o, _ in same])
    state.claim(block_lines(table), "definition")
    return True


_SINGULAR = re.compile(r"(?:je|j'|tu|il|elle|on|yo|tú|tu|él|ella|usted|ich|du|er|sie|es|io|lui|lei|eu|ele|ela|você|i|you|he|she|it)\b", re.IGNORECASE)
_PLURAL = re.compile(r"(?:nous|vous|ils|elles|nosotros|vosotros|ellos|ellas|ustedes|wir|ihr|sie|noi|voi|loro|nós|vós|eles|elas|vocês|we|you|they)\b", re.IGNORECASE)


def _forms_grid(table: Table) -> bool:
    """A two-column table whose header and cells are all single lower-case forms (``ara``, ``áramos``, ``x``)."""
    cells = [plain(cell).strip() for row in (table.header, *table.rows) for cell in row]
    return (
        len(table.header) == 2
        and len(table.rows) >= 2
        and all(re.fullmatch(r"-?[^\W\d_A-Z]{1,12}-?|[x\-–—]", cell) for cell in cells)
        and not any(cell.casefold() in DEFINITION_HEADERS for cell in cells)
        and not any(plain(cell).strip().casefold() in FORM_HEADERS for cell in table.header)
    )



_NAMING_HEADERS = frozenset(["constant", "constants", "symbol", "symbols", "parameter", "parameters", "quantity", "name", "konstante"])
"""``| Constant | Experimental Value / MeV |``: a first column of names, so the row above is the header."""


def _paradigm(table: Table) -> bool:
    """``| je **mets** | nous **mettons** |``: a verb's forms, person by person, singular beside plural."""
    rows = [row for row in table.rows if len(row) == 2 and plain(row[0])]
    return len(rows) >= 2 and all(_SINGULAR.match(plain(row[0]).strip()) and _PLURAL.match(plain(row[1]).strip()) for row in rows)


def _unnamed(state: State, place: Place, table: Table) -> None:
    """A table with no header: each row's first cell asks for the others."""
    rows = [(table.line, table.header), *((table.line + 2 + offset, row) for offset, row in enumerate(table.rows))]
    if not any(plain(cell) for cell in table.header):
        rows = rows[1:]  # (a header row left empty: the table starts below it)
        half = len(table.header) // 2
        bold = re.compile(r"\s*(?:\*\*|__)\S")
        if len(table.header) >= 4 and len(table.header) % 2 == 0 and all(
            bold.match(row[0]) and (bold.match(row[half]) or not plain(row[half])) for _, row in rows if len(row) == len(table.header)
        ):  # ``| **dormir** | | to sleep | **mentir** | … | to lie |``: two lists of words side by side
            rows = [(line, part) for line, row in rows for part in (row[:half], row[half:]) if plain(part[0])]
    for line, row in rows:
        said = [clean(cell) for cell in row[1:] if plain(cell)]
        if plain(row[0]) and said and _good_definition(state, plain(row[0]), " — ".join(said), line):
            card = place.card("definition", with_parent(place, plain(row[0])), " — ".join(said), line=line, key=norm_key(row[0]), raw=row[0])
            state.add(card, [line])
        elif any(plain(cell) for cell in row):
            state.leave(line, f"a table row with no term and meaning to ask: {' | '.join(plain(cell) for cell in row)[:60]!r}")
    state.claim([table.line + 1], "definition")


def _shape(cell: str) -> str:
    return re.sub(r"\d+", "0", plain(cell).strip())


def _wrapped_grid(state: State, place: Place, table: Table) -> bool:
    """``| 1月 | 2月 | … |`` over their readings, then ``| 7月 | 8月 | … |`` over theirs: a row of names
    and a row of what each is, wrapped to fit the page; each name and what is under it, a card."""
    shapes = {_shape(cell) for cell in table.header if plain(cell).strip()}
    if len(table.header) < 3 or len(shapes) > 2 or not all(re.search(r"\d", cell) for cell in table.header):
        return False

    def names(row: Sequence[str]) -> bool:
        filled = [cell for cell in row if plain(cell).strip()]
        return bool(filled) and all(_shape(cell) in shapes for cell in filled)

    pairs: list[tuple[Sequence[str], Sequence[str], int]] = [(table.header, table.rows[0], table.line + 2)] if table.rows else []
    at = 1
    while at + 1 < len(table.rows) and names(table.rows[at]) and not names(table.rows[at + 1]):
        pairs.append((table.rows[at], table.rows[at + 1], table.line + 2 + at + 1))
        at += 2
    if len(pairs) < 2 or names(table.rows[0]):
        return False
    for labels, values, line in pairs:
        for label, value in zip(labels, values, strict=False):
            if plain(label).strip() and plain(value).strip():
                term = plain(label).strip()
                state.add(place.card("definition", with_parent(place, term), clean(value), line=line, key=norm_key(term), raw=label), [line, line - 1])
    for offset in range(at, len(table.rows)):
        state.leave(table.line + 2 + offset, "a table row past the names and what each is, its cells no pair")
    state.claim([table.line, table.line + 1], "definition")
    return True


_EXAMPLE_TABLE = re.compile(r"(?:beispiel|example|ejemplo|exemple|esempio|exemplo|voorbeeld)\b", re.IGNORECASE)
"""``Beispiel Mitarbeitertabelle:`` over a table: rows of made-up values that show a point, not facts."""


def _folded(table: Table) -> tuple[Table, Table] | None:
    """``| Name | Formula | Name | Formula |``: one table typed in two halves side by side to save room,
    each half read as a table of its own (the row's right half is another row, not more of the left)."""
    half = len(table.header) // 2
    names = [plain(cell).strip(" *_:").casefold() for cell in table.header]
    if half < 2 or len(table.header) % 2 or names[:half] != names[half:] or not all(names):
        return None
    if any(len(row) != len(table.header) for row in table.rows):
        return None
    return (
        Table(table.header[:half], tuple(row[:half] for row in table.rows), table.line, table.end),
        Table(table.header[half:], tuple(row[half:] for row in table.rows), table.line, table.end),
    )


_OWNED_COLUMN = re.compile(r"[^,;:.?!]{1,40}?\s(?:for|of)\s(?:the\s|a\s|an\s)?[^,;:.?!\s][^,;:.?!]{0,30}", re.IGNORECASE)
"""``Hierarchy for the Red Fox``: a column of one thing's values, named in its header."""


def _table(state: State, place: Place, table: Table) -> None:
    table = without_row_numbers(table)
    if len(table.header) >= 2 and plain(table.header[0]).strip().casefold() in FORM_HEADERS and not any(plain(cell).strip() for cell in table.header[1:]):
        state.leave_all(block_lines(table), f"forms by {plain(table.header[0]).strip()} under a column with no name: nothing says which form")
        return  # ``| sl | subjekt | |`` over ``| 1 | ich | würde |``: which tense or mood, the table does not say
    if (halves := _folded(table)) is not None:
        for half in halves:
            _table(state, place, half)
        return
    if place.crumbs and _EXAMPLE_TABLE.match(plain(place.crumbs[-1]).strip(" *_:")) and place.crumbs[-1] not in place.sections:
        state.leave_all(block_lines(table), f"an example's table, values that show a point: {plain(place.crumbs[-1])[:40]!r}")
        return
    if not any(plain(cell) for cell in table.header) and len(table.rows) >= 2:
        if len(table.header) == 2 and _paradigm(table) and place.parent:
            lines = [f"| {' | '.join(clean(cell) for cell in row)} |" for row in table.rows]
            front = f"{short_label(place.parent)} — conjugation"
            state.add(place.card("definition", front, "\n".join(["| | |", "|---|---|", *lines]), line=table.line, key=norm_key(front)), block_lines(table))
        elif sum(1 for row in table.rows if row and len(plain(row[0]).strip()) >= 4) >= 0.8 * len(table.rows):
            _unnamed(state, place, table)  # ``|   |   |   |`` over the rows: a table typed with an empty header
        else:
            state.leave_all(block_lines(table), "a table with no header, of endings or signs too short to ask by name")
        return
    if _forms_grid(table):
        state.leave_all(block_lines(table), "a grid of word forms with no names to ask them by (the header is a row of forms too)")
        return  # ``| ara | áramos |`` over ``| aras | x |``, ``| ara | aran |``: endings by person, the persons left out
    if headerless(table):
        _unnamed(state, place, table)
        return
    if ragged_lists(table):
        _columns(state, place, table)
        return
    if _wrapped_grid(state, place, table):
        return
    if _by_number(state, place, table):
        return
    if len(table.header) >= 3 and _givens(table):
        state.leave_all(block_lines(table), "the given values of a worked example, each a symbol and a number, not facts to recall")
        return  # ``| Variable | Description | Values |`` over ``| P | Current Stock Price | $100 |``, ``| c | … | ? |``
    if len(table.header) >= 3:
        _lookup(state, place, table)
        return
    if len(table.header) != 2:
        return
    if _worked_place(place) and not property_table(table):
        state.leave_all(block_lines(table), "a table of example data, not facts to recall")
        return  # ``| 1-terke | 2-terke |`` under ``# 5 naloga``: the exercise's working
    if len(table.rows) == 1 and not all(plain(cell) for cell in table.header):
        state.leave_all(block_lines(table), f"a one-row table under a title, a layout to look at: {plain(table.header[0])[:40]!r}")
        return  # ``| T-table Example ||`` over ``| Debit | Credit |``: a picture of a layout, not a term and its meaning
    if _two_lists(state, place, table):
        return
    if all(words(plain(cell)) > 3 for cell in table.header) and len(table.rows) >= 2:
        _columns(state, place, table)  # ``| Words that indicate preterite | … imperfect |``: two lists
        return
    if _values_of(table):
        state.leave_all(block_lines(table), f"the values of {plain(table.header[1])[:20]!r} in an example, not facts to recall")
        return
    if _numbering(table):
        state.leave_all(block_lines(table), f"numbers that point to a figure or list the card cannot show: {plain(table.header[0])[:40]!r}")
        return
    rows = list(table.rows)
    properties = property_table(table)  # ``| Eigenschaft | Wert |`` under ``**Bus:**``: the bus's, each row
    owned_column = _OWNED_COLUMN.fullmatch(plain(table.header[1]).strip(" *_:")) is not None and words(table.header[1]) <= 6
    header_is_data = (words(table.header[1]) > 3 or bool(re.search(r"[,，、;；]\s*\S", plain(table.header[1])))) and (
        plain(table.header[0]).strip(" *_:").casefold() not in ROW_KINDS | _NAMING_HEADERS
    ) and not owned_column  # (``| Infinitiv | du, er/sie/es |``: the names of the columns, a comma between two persons)
    # (``| 加/减 | 实部与实部相加/减, 虚部与虚部相加/减 |``: a clause in the header, a row typed as one)
    # (``| Classification Hierarchy Name | Hierarchy for the Red Fox |``: a header, the fox's value in each row)
    if header_is_data:
        rows.insert(0, table.header)
    attribute = plain(table.header[1]).strip(" *_:")
    asked = (  # ``| Interval | Ratio |`` over ``| Minor 2nd | 16:15 |``: the card asks for the ratio, by name
        not header_is_data
        and not properties
        and (1 <= words(attribute) <= 3 or owned_column)
        and attribute.casefold() not in DEFINITION_HEADERS
        and all(words(plain(body)) <= 4 for _, body in rows)
    )
    kind = plain(table.header[0]).strip(" *_:")
    kinded = (  # ``| Delay Type | Definition |`` over ``| queueing | … |``: a queueing delay, not any queueing
        not header_is_data
        and not properties
        and not asked
        and 1 <= words(kind) <= 3
        and len(kind) >= 4
        and kind.casefold() not in _TERM_HEADERS
        and plain(table.header[1]).strip(" *_:").casefold() in DEFINITION_HEADERS
    )
    for offset, (term, body) in enumerate(rows):
        term = _EDGE_BREAKS.sub("", term)  # ``**Diapirisme<br>**``: a break typed into the cell
        if header_is_data:
            line = table.line if offset == 0 else table.line + 1 + offset
        else:
            line = table.line + 2 + offset
        if plain(term) and plain(body) and _good_definition(state, plain(term), body, line):
            owned = properties and place.parent and norm_key(place.parent) not in norm_key(term)
            card = place.card(
                "definition",
                f"{short_label(place.parent)} — {plain(term).rstrip(' :')}"
                if owned
                else f"{with_parent(place, plain(term))} — {attribute}"
                if asked
                else f"{kind}: {plain(term)}"
                if kinded and plain(term)[:1].islower() and norm_key(kind) not in norm_key(term)
                else with_parent(place, plain(term)),
                _cell_lines(clean(body)),
                line=line,
                key=norm_key(term),
                raw=term,
            )
            state.add(card, [line])
        elif plain(term) or plain(body):
            state.leave(line, f"a table row with no term and meaning to ask: {plain(term)[:30]!r} | {plain(body)[:30]!r}")
    state.claim([table.line, table.line + 1], "definition")  # the header and its rule; every row has a card or a reason


_CELL_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def _two_lists(state: State, place: Place, table: Table) -> bool:
    """``| High anion gap | Normal anion gap |`` over one row of two lists (``**Lactic acidosis**<br>- Diabetic<br>…``):
    each column is its name and its list, not the first cell the term of the second."""
    if len(table.rows) != 1 or len(table.rows[0]) < 2:
        return False
    header, columns = table.header[:2], [_CELL_BREAK.split(cell) for cell in table.rows[0][:2]]
    if not all(1 <= words(plain(cell)) <= 4 for cell in header) or not all(len(parts) >= 3 for parts in columns):
        return False
    line = table.line + 2
    for name, parts in zip(header, columns, strict=True):
        lines: list[str] = []
        labelled = False
        for part in (part.strip() for part in parts):
            if not part:
                continue
            point = re.match(r"[-*•]\s+(.*)", part)
            if point is None:
                labelled = True
                lines.append(f"- {clean(part)}")
            else:
                lines.append(f"{'  ' if labelled else ''}- {clean(point.group(1))}")
        term = plain(name).strip(" *_:")
        state.add(place.card("definition", with_parent(place, term), "\n".join(lines), line=line, key=norm_key(term), raw=name), [line])
    state.claim([table.line, table.line + 1], "definition")
    return True


def _cell_lines(body: str) -> str:
    """``Have no nucleus<br>Help blood clot …``: the lines of a cell, which a table can only keep apart
    with breaks, each an item of the answer."""
    parts = [part for part in _CELL_BREAK.split(body) if part.strip()]
    return "\n".join(f"- {part.strip()}" for part in parts) if len(parts) >= 2 else _CELL_BREAK.sub(" ", body).strip()


_TERM_HEADERS = frozenset(
    ["term", "terms", "word", "words", "name", "concept", "concepts", "keyword", "key term", "abbreviation", "acronym",
     "begriff", "begriffe", "wort", "terme", "mot", "notion", "término", "palabra", "concepto", "termo", "palavra",
     "conceito", "termine", "parola", "concetto", "begrip", "woord", "pojem", "termin", "słowo", "术语", "概念", "用語", "용어",
     "vocabulary", "vocab", "english", "deutsch", "français", "español", "german", "french", "spanish", "symbol", "item",
     *LANGUAGE_NAMES,
     "variable", "variables", "variável", "variabile", "símbolo", "symbole", "simbolo", "notation", "notación"]
)
"""First-column headers that only say the column holds terms: no kind to put before each."""


def _one_row(state: State, place: Place, table: Table, header: list[str], row: tuple[str, ...]) -> None:
    """``### 2. Sigmoid`` over ``| Zakres | Zaleta | Wada | Użycie |`` and one row: the properties of
    what the heading names, asked by their names."""
    said = [(name, clean(cell)) for name, cell in zip(header, row, strict=True) if plain(cell).strip(" —–-/") and plain(cell).strip().casefold() not in ("n/a", "na", "none")]
    if len(said) < 2:
        return  # (``| — | — | No new words learned |``: a row left empty, nothing to ask)
    front = f"{short_label(place.parent)} — {', '.join(name for name, _ in said)}"
    back = "\n".join(f"- {name}: {cell}" for name, cell in said)
    state.add(place.card("definition", front, back, line=table.line + 2, key=norm_key(front), raw=row[0]), block_lines(table))


def _lookup(state: State, place: Place, table: Table) -> None:
    """A table of short cells that no comparison took, read row by row: each row's first cell is
    asked for its other cells (``r (Bit)`` -> ``Purpose: Read``, ``Octal Value: 4``), or, when the
    first column repeats (``| BE Junction | BC Junction | Region |``), the other cells ask for the last."""
    header = [plain(cell) for cell in table.header]
    rows = [row for row in table.rows if any(plain(cell) for cell in row)]
    cells = [plain(cell) for row in rows for cell in row]
    defining = any(cell.casefold() in DEFINITION_HEADERS for cell in header[1:])  # a glossary: long cells are its point
    named = all(re.search(r"[^\W\d_]{2}", name) for name in header)  # (``| x | 0 | 1 |``: values, not names)
    if len(rows) == 1 and named and len(rows[0]) == len(header) and place.parent and not _worked_place(place):
        _one_row(state, place, table, header, rows[0])
        return
    if (
        len(rows) < 2
        or not all(header[1:])
        or (not header[0] and not defining)
        or any(len(row) != len(header) for row in rows)
        or (any(words(cell) > 8 for cell in cells) and not defining)
        or any("![" in cell or "<img" in cell for row in rows for cell in row)
    ):
        return
    if all(cell.strip().startswith("$") and not re.search(r"[^\W\d_]{2}", _MATH_SPAN.sub("", cell)) for cell in table.header):
        state.leave_all(block_lines(table), "a table of cases by column (each header a formula), not rows of terms")
        return  # ``|$\Delta U = 0$|$\Delta U > 0$|…|`` over what each case means, row by row
    first = [plain(row[0]).casefold() for row in rows]
    if (
        sum(1 for row in rows if sum(1 for cell in row if is_number(plain(cell))) >= 2) * 2 > len(rows)
        or _worked_place(place)
        or sum(1 for cell in first if re.fullmatch(r"[\w.-]*\d[\w.-]*", cell)) * 2 > len(first)
    ):
        state.leave_all(block_lines(table), "a table of example data, not facts to recall")
        return  # rows of example data (``| A00 | Spiffy Computer Service | 00001 |``), not facts
    if len(header) == 3 and 3 * sum(1 for cell in first if cell.strip(" *_:") in FORM_NAMES) >= 2 * len(first):
        _forms_by_row(state, place, table, header)
        return
    unique = all(first) and (len(set(first)) == len(first) or (defining and len(set(first)) >= 0.8 * len(first)))
    # (``**interesar**`` twice in a vocabulary: its two rows make one card)
    if all(first) and len(set(first)) < len(first) and len(header) > 3 and (named_at := _key_column(rows)) is not None:
        order = [named_at, *(index for index in range(len(header)) if index != named_at)]
        _lookup(state, place, Table(tuple(table.header[i] for i in order), tuple(tuple(row[i] for i in order) for row in table.rows), table.line, table.end))
        return  # ``| Ordered | Repeats | Type | Formula |`` over ``| yes | no | permutation | … |``: each row asked by its type
    same: list[int] = []
    unknown = {index for index in range(1, len(header)) if _dash_unknown([plain(row[index]) for row in rows])}
    aided = len(header) == 3 and _aid_column(header)
    for offset, row in enumerate(table.rows):
        if not any(plain(cell) for cell in row):
            continue
        line = table.line + 2 + offset
        if len(row) > 1 and all(not plain(cell).strip(" -–—/") for cell in row[:-1]):
            state.leave(line, f"a row whose name is blank (``-``): nothing to ask by: {plain(row[-1])[:40]!r}")
            same.append(line)
            continue  # ``| - | - | $10^0=1$ |`` in a table of unit prefixes: the row with no prefix
        others = [plain(cell).casefold() for cell in row[1:] if plain(cell)]
        if unique and others and all(other == plain(row[0]).casefold() for other in others):
            state.leave(line, f"the same word in every column, nothing to recall: {plain(row[0])[:40]!r}")
            same.append(line)
            continue  # ``| man | man | man |`` in a Swedish, English and Dutch vocabulary
        aside = ""
        if unique and not any(re.search(r"[^\W\d_]", name) for name in header[1:]):
            front = f"{plain(row[0])} ({header[0]})"  # ``| Election | --> | --> |``: one step after another
            back = " → ".join(clean(cell) for cell in row[1:] if plain(cell))
            key = norm_key(row[0])
        elif unique:
            front = f"{plain(row[0])} ({header[0]})" if header[0] and not defining else plain(row[0])
            said = [
                (name, cell) for index, (name, cell) in enumerate(zip(header[1:], row[1:], strict=True), 1)
                if plain(cell) and not (index in unknown and _DASH.fullmatch(plain(cell)))
            ]
            back = "\n".join(f"- {name}: {clean(cell)}" for name, cell in said)
            key = norm_key(row[0])
            if aided and len(said) == 2 and said[-1][0] == header[-1]:
                # ``| welcome | vëlkommen | VEL like Velma |`` under ``| English | Svenska | Note |``: the note helps, it is not asked
                aside, said = clean(said[-1][1]), said[:1]
            if len(said) == 1 and len(header) > 2 and not defining:  # ``Fabry disease`` with its gene unknown: asked for what the row does say
                front, back = f"{plain(row[0])} — {said[0][0]}", clean(said[0][1])
                if restates(row[0], back):
                    state.leave(line, f"the answer only restates {plain(row[0])!r}")
                    same.append(line)
                    continue  # ``Ornithine transcarbamylase deficiency`` -> ``Ornithine transcarbamylase``
        elif len(header) > 3:
            continue  # ``Domain: …; Species: …; Common name: …; # of base pairs: … — # of genes?``: too much to ask at once
        else:
            asked = "; ".join(f"{name}: {plain(cell)}" for name, cell in zip(header[:-1], row[:-1], strict=True))
            front, back, key = f"{asked} — {header[-1]}?", clean(row[-1]), norm_key(asked)
        if not back:
            state.leave(line, f"a row with every value left blank (``-``): nothing to recall: {plain(row[0])[:40]!r}")
            same.append(line)
            continue  # ``|Ocular albinism|-|-|``: neither gene nor product known to the note
        state.add(place.card("definition", front, back, line=line, key=key, raw=row[0], extra=aside), [line])
    state.claim([line for line in block_lines(table) if line not in same], "definition")


_MEMORY_AID = re.compile(r"mnemonics?|memory aids?|eselsbrücken?|merkhilfen?|hints?")
_LANGUAGES = frozenset(
    ["english", "german", "deutsch", "french", "français", "spanish", "español", "italian", "italiano", "portuguese",
     "português", "japanese", "chinese", "korean", "russian", "dutch", "nederlands", "latin", "swedish", "svenska",
     "norwegian", "norsk", "danish", "dansk", "finnish", "suomi", "polish", "polski", "czech", "turkish", "greek",
     "arabic", "hebrew", "hindi", "indonesian", "vietnamese", "thai", "inglés", "ingles", *LANGUAGE_NAMES]
)
"""Headers that name a language: ``| English | Svenska | Note |`` is a vocabulary, its note an aid, not a question."""
_NOTE_COLUMN = re.compile(r"notes?|comments?|hints?|remarks?|tips?|mnemonics?|memory aid|anmerkung(?:en)?|notiz(?:en)?|bemerkung(?:en)?|nota|notas|remarque")


def _aid_column(header: Sequence[str]) -> bool:
    """The last column is a note or a mnemonic beside each row, not a value asked: a mnemonic anywhere, a note in a
    vocabulary (``| English | Svenska | Note |``)."""
    last = header[-1].strip(" *_:").casefold()
    return _NOTE_COLUMN.fullmatch(last) is not None and (
        _MEMORY_AID.fullmatch(last) is not None or any(cell.strip(" *_:").casefold() in _LANGUAGES for cell in header[:2])
    )


_DASH = re.compile(r"\s*[-–—?]\s*")


def _dash_unknown(cells: Sequence[str]) -> bool:
    """``| Hunter syndrome | - | Iduronate sulfatase |`` in a column of gene names: the dash says the note does
    not know, not a value (in a column of signs, ``| - | ↓ | ++ |``, it is the value)."""
    said = [cell for cell in cells if cell and not _DASH.fullmatch(cell)]
    return bool(said) and len(said) < len(cells) and all(re.search(r"[^\W\d_]{2}", cell) for cell in said)


def _key_column(rows: Sequence[tuple[str, ...]]) -> int | None:
    """The first column after the first whose cells all differ and are names (``permutation``, ``combination``), or None."""
    for index in range(1, len(rows[0])):
        names = [plain(row[index]).strip().casefold() for row in rows]
        if all(re.search(r"[^\W\d_]{3}", name) and words(name) <= 4 and "$" not in name for name in names) and len(set(names)) == len(names):
            return index
    return None


FORM_NAMES = frozenset(
    ["infinitive", "present", "preterite", "past", "perfect", "present perfect", "past perfect", "pluperfect", "future",
     "imperative", "participle", "past participle", "present participle", "gerund", "subjunctive", "conditional",
     "imperfect", "simple past", "past simple", "present simple", "present continuous", "singular", "plural",
     "nominative", "accusative", "dative", "genitive", "vocative", "instrumental", "locative", "ablative",
     "infinitiv", "präsens", "präteritum", "perfekt", "plusquamperfekt", "futur", "imperativ", "partizip", "konjunktiv",
     "infinitif", "présent", "passé composé", "imparfait", "futur simple", "conditionnel", "subjonctif",
     "infinitivo", "presente", "pretérito", "imperfecto", "indefinido", "futuro", "imperativo", "gerundio", "participio"]
)
"""The forms of a word, by name: a first column of them makes a table one word's forms, row by row."""


def _forms_by_row(state: State, place: Place, table: Table, header: list[str]) -> None:
    """``| Form of Verb | English | Norwegian |`` over ``| Preterite | I threw | Jeg kastet/kasta |``: one word's
    forms, each asked in the second language from the first (``I threw, preterite — Norwegian``), never by the
    form's name alone, which every table of forms shares."""
    for offset, row in enumerate(table.rows):
        line = table.line + 2 + offset
        if len(row) != len(header):
            continue  # (a row left empty, typed with fewer cells)
        form, given, asked = (plain(cell).strip() for cell in row)
        if not (given and asked):
            if form or given or asked:
                state.leave(line, f"a form with nothing beside it to ask: {form[:30]!r}")
            continue
        front = f"{given}, {form.casefold()} — {header[2]}" if form else f"{given} — {header[2]}"  # (``I read``, present and preterite)
        state.add(place.card("definition", front, clean(row[2]), line=line, key=norm_key(f"{given} {form} {header[2]}"), raw=row[1]), [line])
    state.claim([table.line, table.line + 1], "definition")


def _columns(state: State, place: Place, table: Table) -> None:
    """A table of two lists side by side, each column under a header that says what it lists: a
    row pairs nothing, so each column is a card of its own."""
    for index, header in enumerate(table.header):
        cells = [clean(row[index]) for row in table.rows if index < len(row) and plain(row[index])]
        if cells:
            back = "\n".join(f"- {cell}" for cell in cells)
            front = with_parent(place, plain(header))
            state.add(
                place.card("enumeration", front, back, line=table.line, key=norm_key(header), raw=header), []
            )
    state.claim(block_lines(table), "enumeration")


_COMMA_PAIR = re.compile(r"(?P<term>[^,;:.!?()\n]{2,40}?),\s+(?P<body>[^,;:.!?()\n]{2,40}?)(?:,?\s*(?P<note>\(.*\)))?\s*")


def _lists_everywhere(section: Section) -> Iterator[ListBlock]:
    yield from _lists(section.blocks)
    for sub in section.sections:
        yield from _lists_everywhere(sub)


def _lists(blocks: Sequence[Block]) -> Iterator[ListBlock]:
    for block in blocks:
        if isinstance(block, ListBlock):
            yield block
            for item in block.items:
                yield from _lists(item.blocks)


def _comma_glossaries(section: Section) -> dict[int, re.Match[str]]:
    """``* Os nasale, Nasenbein, (Kopf, Nase)`` five times or more: a list of words, each with its
    translation after a comma (and a note in brackets), item by item."""
    found: dict[int, re.Match[str]] = {}
    for block in _lists(section.blocks):
        matches = [(item, _COMMA_PAIR.fullmatch(plain(item.text))) for item in block.items if not item.blocks]
        paired = [(item, match) for item, match in matches if match and words(match["term"]) <= 4 and words(match["body"]) <= 4]
        if len(block.items) >= 5 and len(paired) >= 0.8 * len(block.items):
            found.update((id(item), match) for item, match in paired)
    for sub in section.sections:
        found.update(_comma_glossaries(sub))
    return found


def _word_lists(section: Section, vocabulary: bool = False) -> set[int]:
    """``- der Rücken = back`` / ``- der Kopf = head`` / …, five items or more (three under a heading
    that says it is a vocabulary, ``# Words``): a word and its meaning a line. Each is a card however
    short, and a translation may look like its word."""
    vocabulary = vocabulary or VOCABULARY_TITLE.fullmatch(plain(section.title).strip(" .:*#")) is not None
    found: set[int] = set()
    for block in _lists(section.blocks):
        pairs = [
            item
            for item in block.items
            if not item.blocks
            and (pair := split_definition(item.text)) is not None
            and pair.sep in ("=", "-", "–", "—", "→", "->")
            and 0 < words(plain(pair.term)) <= 4
            and 0 < words(plain(pair.body)) <= 6
        ]
        if len(block.items) >= (3 if vocabulary else 5) and len(pairs) >= 0.8 * len(block.items):
            found.update(id(item) for item in pairs)
    for sub in section.sections:
        found.update(_word_lists(sub, vocabulary))
    return found


def _comma_pair(state: State, place: Place, item: Item, match: re.Match[str]) -> None:
    back = match["body"].strip() + (f" {match['note']}" if match["note"] else "")
    front = match["term"].strip()
    state.add(place.card("definition", with_parent(place, front), back, line=item.line, key=norm_key(front), raw=item.text), [item.line])


_LEFT_ARROW = re.compile(r"\s*(?:<-{1,2}|<={1,2}|←|⟵)\s*\S")
_ARROWED = re.compile(r"\s(?:-{1,2}>|={1,2}>|→|⟶|<-{1,2}|←)(?:\s|$)|^\s*(?:\*\*)?\w[\w ]*(?:\*\*)?\s+--\s+(?:\*\*)?\w")


def _message_diagrams(state: State) -> None:
    """``0.0.0.0 DHCP discover --> 255.255.255.255`` / ``<-- DHCP offer`` / ``DHCP request --> …``:
    messages drawn going back and forth between two sides, a diagram, never terms and meanings."""
    paras = [node.block for node in state.nodes if isinstance(node.block, Para) and "\n" not in node.block.text.strip()]
    drawn: set[int] = set()
    if not any(mark in para.text for para in paras for mark in ("<-", "<=", "←", "⟵")):
        return  # (no left arrow anywhere: no diagram, the common case)
    for index, para in enumerate(paras):
        if not _LEFT_ARROW.match(plain(para.text)):
            continue
        run = [para]
        for step in (-1, 1):
            at = index + step
            while 0 <= at < len(paras) and abs(paras[at].line - run[0 if step < 0 else -1].line) <= 2 and (
                _ARROWED.search(plain(paras[at].text)) or _LEFT_ARROW.match(plain(paras[at].text))
            ):
                run.insert(0, paras[at]) if step < 0 else run.append(paras[at])
                at += step
        if len(run) >= 3:
            for block in run:
                state.leave(block.line, f"a line of a diagram of messages, not a term: {plain(block.text)[:50]!r}")
            drawn.update(id(block) for block in run)
    if drawn:
        state.put_aside(lambda node: id(node.block) in drawn)


_IMAGE_ONLY = re.compile(r"\s*(?:!\[[^\]\n]*\]\([^)\n]*\)|!\[\[[^\]\n]+\]\])\s*")
_MARKED_POINT = re.compile(r"\s*(?:\*\*|`)?(?P<id>[A-Z]|[A-Za-z]{1,3}\d{1,2}(?:/\d{1,2}){0,2})(?:\*\*|`)?(?:\s*[=:]\s*|\s+)\S")
"""``E = 10 Mbps``, ``**G0/1** will negotiate …``: a point of a figure, called by the letter or name it has there."""


def _picture_legends(state: State) -> None:
    """``![](autonegotiation_1.png)`` over ``* E = 10 Mbps`` / ``* F = 10/100 Mbps`` / ``* G = …``, or
    over ``* **G0/1** will negotiate to …``: each item tells about a point the picture marks, which
    the card cannot show."""
    legends: set[int] = set()
    runs = [state.outline.root.blocks, *(node.block.blocks for node in state.nodes if isinstance(node.block, Section))]
    for blocks in runs:
        for before, block in itertools.pairwise(blocks):
            if not isinstance(before, Para) or not isinstance(block, ListBlock) or not _IMAGE_ONLY.fullmatch(before.text):
                continue
            if block.line - before.end > 2 or len(block.items) < 2 or any(item.blocks for item in block.items):
                continue
            points = [found["id"] for item in block.items if (found := _MARKED_POINT.match(plain(item.text)))]
            if len(points) != len(block.items):
                continue
            letters = [point for point in points if len(point) == 1]
            if letters and (len(letters) != len(points) or any(ord(b) - ord(a) != 1 for a, b in itertools.pairwise(letters))):
                continue  # (``H = hydrogen``, ``O = oxygen``: symbols, not a figure's points lettered in turn)
            for item in block.items:
                state.leave(item.line, f"tells about a point of a picture the card cannot show: {plain(item.text)[:50]!r}")
                legends.add(id(item))
    if legends:
        state.put_aside(lambda node: id(node.block) in legends)


def definitions(state: State) -> None:
    _message_diagrams(state)
    _picture_legends(state)
    following = {id(node.block): node.after for node in state.nodes if node.after is not None}  # (the block after the next one)
    glossary = _comma_glossaries(state.outline.root)
    worded = _word_lists(state.outline.root)
    asides = {aside for block in _lists_everywhere(state.outline.root) for aside in dash_asides(block.items)}
    before = _headings_before(state.outline.root)
    entries = _glossary_entries(state.outline.root)
    state.fields.update(_record_fields(state))
    shown = _shown(state)
    made = len(state.cards)

    def item(node: Node, block: Item) -> None:
        if id(block) in glossary:
            _comma_pair(state, node.place, block, glossary[id(block)])
        elif id(block) in asides:
            state.leave(block.line, f"a name with a short aside after its dash, asked in its list: {plain(block.text)[:60]!r}")
        elif id(block) in shown:
            state.leave(block.line, f"part of a worked example the line above shows, not a fact to recall: {plain(block.text)[:60]!r}")
        else:
            _item(state, node.place, block, id(block) in worded)

    visit(
        state,
        item=item,
        para=lambda node, block: _paragraph(state, node.place, block, node.after, following.get(id(node.after))),
        table=lambda node, block: _table(state, node.place, block),
        section=lambda node, block: _heading(state, node.place, block, before.get(id(block)), id(block) in entries),
    )
    _asked_of_each(state, made)


_SHOWS = re.compile(r".*\b(?:like this|for example|for instance|e\.\s?g\.)[^:]*:\s*$", re.IGNORECASE)
"""``Usually it looks like this for three nodes (0, 1 and 2):``: what follows is an example of it."""


def _shown(state: State) -> set[int]:
    """The items of a list under a line that says it shows an example (``… looks like this for three nodes:``),
    each with a number in it (``Config 0: {(0, PAL),(1, AL),(2, AL)}``): the example's data, not terms."""
    shown: set[int] = set()
    for node in state.nodes:
        if isinstance(node.block, Para) and isinstance(node.after, ListBlock) and _SHOWS.match(plain(node.block.text)):
            items = node.after.items
            if len(items) >= 2 and all(re.search(r"\d", item.text) and not item.blocks for item in items):
                shown.update(id(item) for item in items)
    return shown


_EACH = re.compile(
    r"\beach of the following(?=\s*[:?.]?\s*$|\s+(?:play|plays|played|have|had|do|did|contribute|affect|influence|mean|represent|refer|stand)\b)",
    re.IGNORECASE,
)
_ASKS_WHAT = re.compile(r"(?:what|which|who|how|why|when|where|did|do|does|is|are|was|were)\b", re.IGNORECASE)


def _asked_of_each(state: State, made: int) -> None:
    """``- What role did each of the following play in the French Revolution:`` over ``- Lawyers`` /
    ``- Peasants``: each child's card asks the parent's question of it."""
    asking = {
        node.block.line: node.parent
        for node in state.nodes
        if isinstance(node.block, Item) and node.parent is not None and _EACH.search(node.parent.text)
    }
    for index in range(made, len(state.cards)):
        card = state.cards[index]
        parent = asking.get(card.source.line)
        if card.kind != "definition" or parent is None or "—" in card.front:
            continue
        asked = _EACH.sub(plain(card.front), plain(parent.text).strip().rstrip(":"), count=1)
        asked = f"{asked}?" if _ASKS_WHAT.match(asked) and not asked.endswith("?") else asked
        state.cards[index] = replace(card, front=asked)


_SYMBOL = re.compile(r"\$[^$]+\$|\W*\w\W*")
"""A term that is a symbol (``$v$``, ``t``), as a legend of a formula names one."""


def _record_fields(state: State) -> dict[int, str]:
    """``- Dziady`` / ``- epoka: romantyzm`` / ``- gatunek: dramat``, then ``- Lalka`` with the same
    labels: items that are records, each child one of its fields. Two or more labels that recur
    under two or more items make them records; a recurring child is a field, asked with its record."""
    terms: dict[int, dict[int, str]] = {}
    labels: dict[int, str] = {}
    for node in state.nodes:
        block = node.block
        if not isinstance(block, Item) or not block.children:
            continue
        own = split_definition(block.text)
        label = short_label(plain(own.term) if own is not None else label_of(block.text))
        if not label or words(label) > 8 or is_generic(label) or (own is None and words(plain(block.text)) > 8):
            continue  # (a sentence, or ``Security`` under each service: no name for a record)
        found = {id(child): term_key(plain(d.term)) for child in block.children if (d := split_definition(child.text)) is not None}
        if len(found) >= 2:
            terms[id(block)], labels[id(block)] = found, label
    places = {id(node.block): node.place for node in state.nodes if isinstance(node.block, Item) and node.parent is None}
    headed: set[int] = set()
    for _path, section in state.outline.root.walk():
        for listed in section.blocks:  # ``**Značilnosti senzornega spomina:**`` over ``- trajanje: …``: a list under its label
            if not isinstance(listed, ListBlock) or id(listed.items[0]) not in places or not places[id(listed.items[0])].crumbs:
                continue
            label = short_label(places[id(listed.items[0])].crumbs[-1])
            if not label or words(label) > 8 or is_generic(label):
                continue
            found = {id(item): term_key(plain(d.term)) for item in listed.items if (d := split_definition(item.text)) is not None}
            if norm_key(label) == norm_key(plain(section.title)):
                found = {key: term for key, term in found.items() if not _SYMBOL.fullmatch(term)}  # (``- $v$: velocità``: a legend of symbols, no record)
                # (a list right under its heading: the heading's own points, a record only if many headings share
                # them; its lists are one record, however a formula cuts them: ``- Erwartungswert``, ``- Varianz``)
                headed.add(id(section))
                terms.setdefault(id(section), {}).update(found)
                labels[id(section)] = label
            elif len(found) >= 2:
                terms[id(listed)], labels[id(listed)] = found, label
    owners: dict[tuple[bool, str], set[str]] = defaultdict(set)  # (headings and lists are counted apart)
    for parent, found in terms.items():
        for term in found.values():
            owners[parent in headed, term].add(norm_key(labels[parent]))
    fields: dict[int, str] = {}
    for parent, found in terms.items():
        least = 3 if parent in headed else 2  # ``#### 1. Amazônia`` / ``- Localização: …``, ``- Clima: …``, and so on for each biome
        shared = {term for term in found.values() if len(owners[parent in headed, term]) >= least}
        if len(shared) >= 2:
            fields.update({child: labels[parent] for child, term in found.items() if term in shared})
    return fields


def _headings_before(root: Section) -> dict[int, Section]:
    """Each heading's sibling just above it (the same parent, the same level)."""
    found: dict[int, Section] = {}
    for _path, section in root.walk():
        for above, below in pairwise(section.sections):
            found[id(below)] = above
    return found
