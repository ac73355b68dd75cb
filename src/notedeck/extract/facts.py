"""Facts stated in prose: a sentence no other card holds becomes a cloze on what is worth recalling.

    Up to 15 Aurora Read Replicas in a single Aurora DB Cluster
        ->  Up to {{c1::15}} Aurora Read Replicas in a single Aurora DB Cluster
    Oracle does **NOT** support IAM Database Authentication
        ->  Oracle does **{{c1::NOT}}** support IAM Database Authentication

What is hidden, first found first: bold, code, quoted names and CAPITALISED words; then numbers
with their units; then names the headings above do not already give away.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..cards import Card
from ..outline import Block, Item, ListBlock, Para, Section
from ..text import (
    CACHE_SIZE,
    CJK,
    CJK_CHAR,
    LESSON_GIVEN,
    MONTH_NAME,
    RULE_LABELS,
    STUDY_LOG,
    VIDEO_TIME,
    WHERE_TO_LOOK,
    fold_accents,
    is_attributed_quote,
    is_course_remark,
    is_exam_questions,
    is_guess,
    is_link_only,
    is_objective,
    is_part_number,
    is_part_word,
    is_prompt_line,
    is_question,
    is_remark_label,
    is_signpost,
    is_study_goals,
    is_task,
    is_time_stamp,
    label_of,
    lazy,
    leads_on,
    norm_key,
    plain,
    points_elsewhere,
    unwrap_strong,
    word_count,
)
from .common import (
    EXAMPLE_TITLE,
    GRID_RULE,
    HANDS_ON,
    SENTENCES_TITLE,
    Place,
    content_words,
    is_analogy,
    is_generic,
    plain_words,
    says_how_hard,
)
from .prose import Unit, units
from .ruler import State
from .walk import pseudo_heading, text_lines

MAX_CLOZES = 3
MIN_WORDS = 4
MAX_WORDS = 70

_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,80}?)(?<=\S)\*\*")
_CODE = re.compile(r"(?<!`)`([^`\n]{1,60})`(?!`)")
_MARKED = re.compile(
    r"<(?:b|strong|u|ins|mark)>(?!\s)([^<>\n]{1,80}?)(?<!\s)</(?:b|strong|u|ins|mark)>|(?<!=)==(?=\S)([^=\n]{1,80}?)(?<=\S)==(?!=)",
    re.I,
)
"""What the author marked in other ways than ``**bold**``: ``<b>``, ``<u>``, ``<mark>``, ``==highlight==``."""
_QUOTED = re.compile(r"(?<![\w])\"([^\"\n]{2,40})\"")
_SHOUT = re.compile(
    r"(?<![\w-])(NOT|NEVER|ONLY|ALWAYS|CANNOT|CAN'T|MUST|NO|DENY|ALL|NONE|not|never|cannot|can't|won't|doesn't|only)(?![\w-])"
)
_NEGATED_SUBJECT = re.compile(
    r"^(?:Only\s+|The\s+)?((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)(?:\s*\([^)]*\))?"
    r"(?:(?:\s+\S+){0,10}?\s+\**(?:NOT|NEVER|ONLY|CANNOT)\b"
    r"|(?:\s+\w+){0,4}?\s+\**(?:not|never|only|cannot|can't|won't|doesn't|don't|isn't|aren't)\b)"
)
_EMPHASIS_WORDS = re.compile(r"(?<![\w-])(DENY|ALLOW|ALL|NONE|ALWAYS|MUST)(?![\w-])")
_OPENERS = frozenset(
    [
        "a",
        "an",
        "the",
        "each",
        "every",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "if",
        "when",
        "can",
        "you",
        "we",
        "there",
        "all",
        "some",
        "any",
    ]
)
_ASKED_WITH_ASIDE = re.compile(r"\?\s*\([^()]*\)\s*$")
_SENTENCES = re.compile(rf"{SENTENCES_TITLE}|phrases(?: d'exemple)?", re.IGNORECASE)
"""``## Sentences`` in a word list: sentences to practise the words with, each a fact only with its translation."""
_TRANSLATED = re.compile(r"↔|⇔|\s[-–—=]\s|\s/\s|[(（]|→|->")
"""A sentence set beside its translation (``Es importante que comamos comida sana↔Es ist wichtig …``)."""
_TO_FIND = re.compile(r"\$[^$\n]*\s[-=]\s*\?\s*\$|\s=\s*\?(?=\s|$)")
"""``$t_f - ?$``, ``$d = ?$``: the unknown a problem asks for, marked as problem books do."""
_TASK_SENTENCE = re.compile(
    r"(?i:given\b[^.?!]{0,200}?,\s*(?:\(\w{1,4}\)\s*)?)?(?i:carry out|build|compute|show|prove|find|determine|calculate|draw|construct|update"
    r"|implement|write|sketch|derive)\s+(?i:a|an|the|one|two|all|each|how|that|its|their|your|it|some)\b"
)
"""``Given an array of integers, …, build a sparse table``, ``Carry out a query …``: what an exercise asks the reader to
do, not a fact."""
_UNIT = (
    r"%|[KMGTP]i?B(?:/s)?|MB/s|Gbps|Mbps|ms|µs|ns|GHz|MHz|kHz|Hz|kg|mg|km|cm|mm|°C|°F|vCPUs?|CPUs?|cores?|"
    r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times|degrees?|°"
)
_NUMBER = re.compile(
    r"(?<![\w.,/\-–$^])"
    r"(?P<number>(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?)"
    r"(?:%?\s?[-–]\s?\d+(?:\.\d+)?|\s+to\s+(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?)"
    rf"(?P<unit>\s?(?:{_UNIT})(?![\w])|s(?![\w'’]))?"
    r"(?(unit)(?![\w.,/\-–^]\w|[\w^])|(?![\w.,/\-–)^]\w|[\w)^]))"  # (``time(2 seconds)``: a unit may close an aside)
)
_NOT_SECONDS = re.compile(r"(?:\b(?:the|his|her|their|my|our|your|its|early|late|mid|in)[\s-]*|['’])$", re.IGNORECASE)
"""``the 1960s``, ``in her 20s``, ``the '90s``: a decade or an age, not seconds (``1s and 20s``, ``a TTL of 300s``)."""
_OUT_OF = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s+out of\s+\d")
_LIMIT = re.compile(
    r"\b(?:up ?to|max(?:imum)?(?: of)?|min(?:imum)?(?: of)?|at (?:least|most)|over|under|only|default)\s*$",
    re.IGNORECASE,
)
_WORD_LIMIT = re.compile(
    r"\b(?:up to|max(?:imum)?(?: of)?|min(?:imum)?(?: of)?|at (?:least|most)|only|exactly)\s+"
    r"(?P<number>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s+[^\W\d_])(?!\s+of\b)",
    re.IGNORECASE,
)
"""``Minimum of two public subnets``: a limit spelled in words."""
_SUPPOSE = re.compile(
    r"^(?:example|beispiel|bsp\.?|ejemplo|exemple|esempio|exemplo|voorbeeld|przykład|příklad|exercise|übung|aufgabe)\s*[,:]"
    r"|^(?:suppose|supposing|imagine|consider|assume|assuming|let[’']s say|let us say|say you|say we|say (?=\S*[_\d]))\b"
    r"|^if (?:you|we) \w+\b[^.]{0,40}?(?<![\w.])\d"  # ``If you have 200 RCUs, …``, ``If we assign an array of 10 …``
    r"|^if\b[^.]{0,80}?\b(?:theoretically|hypothetically|in theory)\b"  # ``If 1 corn (theoretically) contains 100 calories.``
    # an example in other languages: ``Czyli np. jeśli ktoś nam powie listę 10 nazwisk …``, ``Por ejemplo, …``
    r"|^(?:czyli\s+|tzn\.\s+)?(?:(?:np|např|z\.\s?b|p\.\s?ej|bijv)\.(?=\s)|zum beispiel|beispielsweise|por ejemplo|par exemple"
    r"|ad esempio|bijvoorbeeld|például|örneğin|например)",
    re.IGNORECASE,
)
"""A worked example (``Suppose we run the classifier on 10 images``, a section called ``Example``):
its numbers and names belong to the example, not to what there is to learn."""
_POINTS_AWAY = re.compile(r"\b(?:this|these|those|such)\b", re.IGNORECASE)
"""A predicate that points to what the sentences around it say (``this equation``, ``this set of X elements``): hidden
alone, nothing on the card tells what it is."""
_EXAMPLE_OF_THIS = re.compile(r"\bexamples?\s+of\s+(?:an?\s+)?(?:such|this|these|that|those)\b", re.IGNORECASE)
"""``Lichen are a good example of this``, ``… is an example of such an architecture``: what it exemplifies, the sentence
before says."""
_SUCH_AS = re.compile(
    r"\b(?:como|like|such as|e\.g\.|eg\.|for example|for instance|z\.\s?b\.|wie|comme|par exemple|ad esempio|per esempio|por ejemplo|por exemplo)\s*[,:]?\s*$",
    re.IGNORECASE,
)
"""``un nombre completo, como "pc01.direccion.mired.net."``: what comes next is an example, made up to show it."""
_EG = re.compile(r"\b(?:e\.g\.|eg\.|for example|for instance|z\.\s?b\.|p\. ?ej\.|par exemple|ad esempio|por ejemplo|por exemplo)\s*[,:]?\s*$", re.IGNORECASE)
_SUPPOSED = re.compile(r"(?:let[’']s say|let us say|suppose|supposing|imagine|assume|assuming)\b", re.IGNORECASE)
"""``Let's say:`` over ``- You have EC2 in a private subnet.``: a label over the setting of an example."""
_NO_SUBJECT = re.compile(
    r"(?-i:not|can|cannot|can't|could|should|must|may|might|will|would|is|are|was|were|has|have|had|does|did)\s+(?-i:[a-z])"
    r"|(?-i:equivalent|similar|comparable|identical|analogous|same as|equal)\s+(?:to|with|as)\s"  # ``equivalent to AWS S3``: of what, the line above says
    r"|(?-i:to be)\s"  # ``to be the **algebraic closure of $F$ in $E$**``: after a formula, what the sentence before defined
)
"""``can only be cut off through wisdom …``, ``not to be confused with …``: a sentence that starts on its
verb, its subject in the line before."""
_VERB_FIRST = re.compile(
    r"(?i:declared|defined|stored|used|located|found|placed|kept|written|created|called|given|set|configured|specified|passed|returned|applied|added|assigned|attached|shown|displayed|sent|run|executed|"
    r"contain|contains|include|includes|consist|consists|represent|represents|describe|describes|allow|allows|provide|provides)\s+"
    r"(?i:in|at|on|by|with|from|as|for|to|under|of|via|inside|within|arguments|values|the|a|an)\b(?![^,;]*,)"
)
"""``Declared in a `required_providers` block.``, ``Contain arguments which are …``: a sentence that starts on its
verb; its subject is the heading when that names a thing (``Lambda@Edge`` / ``Used for running …``), else the
line before."""
_DANGLING = re.compile(
    # (after a reminder: ``Remember its behavior is unpredictable …``, its what the sentence before named)
    r"^(?:(?:remember|note|keep in mind|bear in mind|don't forget)(?:\s+that)?,?\s+(?=(?:it|its|they|their|this|these|he|she|his|her)\b))?"
    r"(?:similarly|likewise|otherwise|afterwards?|then|also|of these|here|thus|hence|therefore|so|and|but|or|however|"
    r"in this|in that|in which|in such (?:a )?cases?|for (?:example|instance)|e\.g\.?|i\.e\.?|as a result|after that|this|that|these|those|"
    r"it|they|its|their|there's|it's|he|she|them|his|her|the rest|the others|the remaining|the latter|the former|the above|the below"
    # what the sentence before named: ``where $\theta_v$ is …`` under a formula, ``The next step is …``
    r"|where(?=\s+\$)|(?-i:which|whose|whereby|wherein)(?=\s)|the (?:next|other|previous|following) (?:\w+ )?(?:steps?|ones?|stages?|phases?|parts?|cases?|terms?)"
    # ``The theory is a called nihilism``: the theory the sentence before named
    r"|the (?:theory|method|approach|idea|concept|principle|view|argument|technique|procedure) (?:is|are|was|states|says|holds|claims)\b"
    r"|in contrast(?! to| with)|by contrast(?! to| with)|on the other hand|conversely|instead(?! of)|on the contrary"
    r"|analogously|vice versa|viceversa|analogamente|umgekehrt|ebenso|inversement|a la inversa|al contrario"
    # the same openers in other languages: what ``il``, ``sie``, ``ela``, ``esto`` stand for is elsewhere
    r"|il(?!\s+(?:existe|y\s+a|faut|est\s+(?:possible|nécessaire|important|impossible|interdit)))|elle|ils|elles|cela|ceci|ça|d'autres"
    r"|er|sie|es(?!\s+gibt)|dies|diese|dieser|dieses|él|ella|ellos|ellas|esto|eso"
    r"|ele|ela|eles|elas|isso|isto|esso|essa|questo|questa|hij|zij|dit|dat|deze"
    # and the adverbs that draw on the sentence before: ``Dadurch …``, ``Donc …``, ``Por lo tanto …`` (not
    # ``Además …``: what is added stands on its own)
    r"|dadurch|dabei|daher|darum|deshalb|deswegen|ebenfalls|somit|folglich|hierbei|hierdurch|trotzdem"
    # (the next step of what the sentence before began: ``Later, you can associate …``, ``Anschließend kann sie …``)
    r"|later(?=,)|anschließend|danach|daraufhin|ensuite|puis"
    r"|donc|cependant|par conséquent|por lo tanto|por eso|sin embargo|entonces|portanto|porém|então"
    r"|caso ocorra|quindi|dunque|perciò|daardoor|daarom|daarbij|hierdoor|là[- ]dessus|du coup"
    # ``Aber es übernimmt …``, ``Third is …``, ``Both of them are …``, ``Including the …``: a sentence that goes on from the one before
    r"|aber|jedoch|mais|pero|però|maar|(?:first|second|third|fourth|fifth|last)(?:ly)?\s+(?:is|are|one)"
    # ``The same is true for …``, ``More simply, …``, ``In other words, …``, ``Een andere factor is …``: what is
    # the same, simpler or other, the sentence before says
    r"|the same (?:is|goes|applies|holds)|more simply|simply put|in other words|put simply|een andere|mimo to"
    r"|(?:both|all|each|none|neither|some|most) of (?:them|these|those)|both are|including)\b"
    r"|^\W*(?:\w+\s+){0,2}(?:dafür|dazu|davon|darauf|daraus|darin|darüber|hierfür|hierzu)\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    [
        # words written in capitals for stress (``rose WAY less``, ``NEVER``), not names
        "way", "very", "really", "much", "too", "always", "never", "only", "must", "not", "all", "any", "every",
        "more", "less", "most", "least", "huge", "super", "so", "lot", "tons",
        # the labels of a statement in a mathematics course (``**Teorema:** Sejam a e b …``)
        "theorem", "teorema", "théorème", "satz", "lemma", "proof", "beweis", "corollary", "korollar",
        # operators of a formula written out in words (``J(theta) = (1/m) Sum from i = 1 to m of …``)
        "sum", "product", "integral", "max", "min", "argmax", "argmin", "lim", "sqrt", "log", "exp",
        "note",
        "nb",
        "tip",
        "tipp",
        "dica",
        "consejo",
        "conseil",
        "astuce",
        "todo",
        "warning",
        "danger",
        "caution",
        "attention",
        "achtung",
        "important",
        "remember",
        "example",
        "e.g",
        "i.e",
        "ok",
        "yes",
        "no",
    ]
)
_CJK = CJK
"""Scripts written without spaces between words (Japanese, Chinese; Korean counted alike)."""
_NW = rf"(?:[^\W{_CJK}]|-)"
"""A character of a name: a word character, but a name in Latin letters ends where Japanese or
Chinese text begins (``MRSAは``)."""
_NAME = re.compile(
    rf"(?<!{_NW})((?:[A-Z]{_NW}*[A-Z0-9]{_NW}*|[A-Z][a-z]{_NW}*)(?:\s+(?:[A-Z]{_NW}*|\d+(?![\w])))*)"
)
_NAME_TAIL = re.compile(r"\+|/[\w+-]+")
_NEXT_NAME = re.compile(r"(?:,\s*|\s+(?:and|or|&)\s+|,\s*(?:and|or)\s+)(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*")
_VAGUE_SUBJECT = re.compile(
    r"^(?:is|are|was|were|do|does|can|if|when|while|because|since|although|unless|once)\b|\b(?:we|you|i|they|it|this|that|these|those|there|he|she|one|last|former|latter)\b",
    re.IGNORECASE,
)
_CONTEXTUAL = re.compile(
    r"\b(?:(?:in|from|see|on) the (?:above|following|previous|right|left|figure|table|image|picture|diagram|graph)"
    r"|(?:in|from) the (?:e\.\s?g\.?|example|ex\.),? above"  # ``so in the e.g., above, you can set Canada East …``
    r"|(?:in|from|see) the (?:example|figure|diagram|picture|image|table|graph|topology|drawing)s? (?:below|above)"  # ``In the example below, port G0/2 …``
    r"|(?:shown|seen) (?:above|below)|\bfrom above\b|\bim bild (?:oben|unten)\b|\bin der abbildung (?:oben|unten)\b|(?:setting|using|combining|equating|adding|subtracting) (?:the )?above\b|as follows|the (?:last|former|latter) (?:one|ones|examples?)|the same (?:applies|goes|holds)"
    r"|the (?:first|second|third|other|last) (?:sentence|example)s?|the same substitution|the below (?:expression|equation|formula)"
    # what was said before, named mid-sentence: ``The previous scenario is …``, ``Die Entwicklung solcher
    # Organisationen …``, ``Een voorbeeld daarvan …``
    r"|the (?:previous|above|aforementioned|above-mentioned) (?:scenario|case|example|section|steps?|paragraph|points?|results?|arguments?|methods?|statements?|equations?)|aforementioned|solche[rnms]?|(?:vorher|oben|zuvor) genannten?"
    r"|spricht man hier|man spricht hier|daarvan|hiervan|ci-dessus|susodich[oa]s?|sopra citat[oaie]"
    r"|(?:term|equation|expression|formula|figure|graph|diagram|step|line)s? here"
    # the note's own running example: ``In our example above if we tried … the key 54``, ``In our case the next prime …``
    r"|(?:in|for|from|with) (?:our|this|that|my) (?:examples?|scenario)|in our case|the examples (?:on|in) this (?:page|note)"
    r"|(?:of|in|has|have|takes?) the following (?:forms?|formulas?|equations?|expressions?)|the following (?:charts?|tables?|figures?|diagrams?|images?|pictures?|graphs?)"  # ``… is of the following form.`` over a formula
    r"|the (?:opposite|reverse|converse) (?:is|holds|happens|applies|occurs)|(?:is|are) the (?:opposite|reverse))\b"
    # what the note shows next or showed before: ``Below is a comparison …``, ``follow steps 1-4 above``
    r"|^\W*(?:below|here|the following) (?:is|are)\b|\b(?:above|below)\W*$|^\W*above\b"
    r"|\b(?:for|in|during|at) (?:this|that) (?:step|stage|phase|point)\b",
    re.IGNORECASE,
)
_IS = re.compile(
    r"^(?:(?:The|A|An)\s+)?(?P<subject>(?:[^,;]|,\s+or\s+[^,;]{1,25},){1,50}?)\s+(?:is|are|means|refers to|stands for)\s+(?P<pred>.+?)[.!]?$"
)
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|should|must|may|might|"
    r"cannot|can't|won't|don't|doesn't|isn't|aren't|supports?|provides?|allows?|uses?|needs?|means?|"
    r"gives?|makes?|takes?|keeps?|helps?|runs?|stores?|sends?|returns?|creates?|requires?)\b",
    re.IGNORECASE,
)
_WORD_LIST = re.compile(
    r"(?<![\w-])[\w-]+(?:,\s[\w-]+(?:\s[\w-]+)?)+,?\s(?:and|or)\s[\w-]+(?:\s[\w-]+(?=\s*(?:[.,;:!?()]|$)))?"
    r"(?=\s*(?:[.,;:!?()]|$)|\s(?:in|of|on|at|for|to|from|with|by|are|is|as|that|which)\b)"
    r"|(?<![\w-])(?:[\w-]+,\s){2,}(?!(?:and|or)\b)[\w-]+(?![\w-])"
)
"""``simple, coherent, adequate, and representation independent``: the last item may be two words,
the list ending where the clause does (never ``pedestrians, cars, stop`` | ``signs``)."""
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "is",
        "are",
        "was",
        "were",
        "be",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "as",
        "which",
        "that",
        "who",
        "and",
        "or",
        "but",
        "not",
        "it",
        "this",
    ]
)
COMMON = 8
"""A name used this many times in a note is everywhere in it: not worth hiding."""
TOPIC = 4
"""A plain capitalised word used this often in a note is what the note is about: hiding it asks nothing."""
_SQL_LINE = re.compile(r"\s*(?:SELECT\b.*\bFROM|INSERT\s+INTO|UPDATE\b.*\bSET|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX|VIEW)|DROP\s+TABLE|ALTER\s+TABLE)\b")
"""A line that opens on an SQL statement in capitals: a query, not a sentence."""
_CONTENTS_ENTRY = re.compile(r"\W*\[[^\]\n]+\]\(#[^)\n]*\)\s*[:：–—-]")
"""``[Growth through Scaling](#l2): Scenario Planning.``: a line of the note's contents, the link to its part first."""
_PROGRESS = re.compile(
    r"\b(?:i\s+)?(?:completed|finished)\s+\d+\s+(?:lessons?|units?|exercises?|chapters?|quizzes|quiz|modules?|levels?)\b"
    r"|\b(?:with\s+)?an?\s+(?:score|grade|accuracy)\s+of\s+\d+(?:[.,]\d+)?\s*%",
    re.IGNORECASE,
)
"""``Completed 12 lessons with a score of 86%``: how the author's study went, not a fact to recall."""
_LINK_IN = re.compile(r"\]\(|https?://|\bwww\.")
"""A link or a web address inside what a cloze would hide: where to read, not what to recall."""
_KEYWORDS = re.compile(r"\W*(?i:(?:key|core|main|basic)\s+)?(?i:concepts|keywords|key\s*words|terms|tags)\s*:\s*(?P<items>[^:;]*,[^:;]*)")
"""``Concepts: CIDR block, Masks, DHCP.``: the words a part is about, listed, with nothing said of them."""
_LOG_LINE = re.compile(rf"\W*(?i:topics|practice|{STUDY_LOG})(?:\s*\([^()]*\))?\s*:")
"""``Topics: 1.3 Change Management``, ``Solid on (2025-11-14): …``: a study log's bookkeeping, what was covered and how it went."""
_BYLINE = re.compile(r"^\W*(?:von|by|par|por|de|di)\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:am|on|le|el|il|em)\s+\d")
"""``von André Sommer am 27.12.2021``: who wrote the note and when."""
_PICTURE = re.compile(r"!\[[^\]]*\]\([^)]*\)(?:\{:[^}]*\})?|!\[\[[^\]]*\]\]|<img\b[^<>]*>", re.IGNORECASE)

_FILLER = re.compile(
    r"^(?:\*\*)?(?:note|nb|(?:exam |study |pro |test )?tips?|remember|important|btw|importante|nota|obs|wichtig|achtung"
    rf"|{'|'.join(RULE_LABELS)}"
    r"|(?:memori[sz]e|remember) (?:this|these)|(?:a |one )?(?:weird|fun|interesting|cool) fact|side ?note|breaking news)"
    r"(?:\*\*)?\s*[:,](?:\*\*)?\s*",
    re.IGNORECASE,
)
_FURTHER = re.compile(
    r"^(?:more|see also|also see|related|links?|further reading|sources?|references?)\s*:", re.IGNORECASE
)
_PRACTICE = re.compile(
    rf"^(?:{HANDS_ON}|practice)s?\b(?:\s*[\d.]+)?(?:\s*:.*)?$"
    r"|^(?:question|frage|aufgabe|pregunta|quest[aã]o|domanda|vraag|opgave)\s*\d{1,3}[a-z]?\b"
    r"|^applying\b",
    re.IGNORECASE,
)
"""A hands-on part (``Lab``, ``Exercise 39.13``): its story and steps are the exercise, not facts."""
_OPEN_QUESTIONS = re.compile(r"(?:(?:my|open|remaining|further|follow-up)\s+)?(?:questions|fragen|preguntas|questões|domande)\s*:?", re.IGNORECASE)
"""``### Questions`` over ``- Books on court life of Qutb Shahs``: what the author still means to find out, not facts."""
_CITED = re.compile(
    r"^[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+|\s+et al\.?)?,?\s+\(?(?:19|20)\d\d[a-z]?\)?$"
)


def _names(text: str) -> Iterator[tuple[int, int]]:
    """Names in a sentence; a list of three or more (``MySQL, PostgreSQL and Aurora``) as one span,
    never a pair joined across a comma or an "or" (``GSM or Node B`` are two answers)."""
    for match in _NAME.finditer(text):
        start, end = match.start(1), match.end(1)
        if _BIDDING.match(text, start) and not re.search(r"\w", text[:start]):
            continue  # ``Ensure DB subnet group …``, ``Enable IP forwarding``: what to do, its verb no part of a name
        end = _tail(text, end)
        if (dated := _DATED_NAME.search(text, start, end)) is not None and dated.end() < end:
            end = dated.end()  # ``March 1919 Treaty``: a month and its year, then another name
        if re.search(r"(?<!\w)[A-Z]$", text[start:end]) and (initial := _INITIAL_ON.match(text, end)) is not None:
            end = _tail(text, initial.end())  # ``Georga W. Hegla``: a middle initial, then the surname
        while (joined := _OF_NAME.match(text, end)) is not None:
            end = joined.end()  # ``Definition of Done``, ``Bank of England``: one name across its "of"
        while (particle := _PARTICLE_NAME.match(text, end)) is not None and not _GERMAN.search(text[:end] + text[particle.end() :]):
            end = particle.end()  # ``Gottfried Wilhelm von Leibniz``: one name across its particle
        items, stop = 1, end
        while (more := _NEXT_NAME.match(text, stop)) is not None and " or " not in more.group(0):
            items, stop = items + 1, _tail(text, more.end())
            if re.search(r"(?<!\w)[A-Z]$", text[:stop]) and (initial := _INITIAL_ON.match(text, stop)) is not None:
                stop = initial.end()  # ``John Mauchly and J. Presper Eckert``: the second name's initial and the rest of it
                while (rest := _NAME_WORD.match(text, stop)) is not None:
                    stop = rest.end()
                stop = _tail(text, stop)
        pair = items == 2 and " and " in text[end:stop]
        yield (start, stop) if items >= 3 or pair else (start, end)


_BIDDING = re.compile(
    r"(?:Enable|Ensure|Create|Write|Use|Add|Set|Run|Make|Check|Install|Configure|Open|Select|Click|Go|Find|Define|Apply|Deploy"
    r"|Attach|Assign|Allow|Deny|Turn|Update|Delete|Remove|Launch|Start|Stop|Choose|Enter|Press|Copy|Move|Edit|Save)\s+[A-Z0-9]"
)
"""A sentence that opens on what to do (``Enable IP forwarding``): the verb is capitalized for the sentence, not a name."""


_MONTHS = (
    rf"(?:{MONTH_NAME}|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
    r"|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro"
    r"|janvier|février|avril|juin|juillet|août|septembre|octobre|décembre"
    r"|januar|februar|märz|juni|juli|oktober|dezember)\.?"
)
"""A month's name, in English or in the other languages of the notes (``17 Marzo 1861``, ``5 de mayo``)."""
_DAY_MONTH = re.compile(rf"\s+{_MONTHS}(?:,?\s+\d{{3,4}})?(?![\w])", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"{_MONTHS}\s+$", re.IGNORECASE)
_DATED_NAME = re.compile(rf"{_MONTHS}\s+\d{{3,4}}(?![\w])", re.IGNORECASE)


def _whole_date(text: str, start: int, end: int) -> tuple[int, int]:
    """``{{c1::11}} February 1919`` hides a day and shows its month: the whole date is the answer
    (``11 February 1919``, ``June 28, 1919``)."""
    if re.fullmatch(r"\d{3,4}", text[start:end]):  # the year of ``June 28, 1919``, ``28 June 1919``
        day = re.search(rf"(?:{_MONTHS}\s+\d{{1,2}},?|\b\d{{1,2}}\s+{_MONTHS},?)\s+$", text[:start], re.IGNORECASE)
        return (day.start(), end) if day else (start, end)
    if not re.fullmatch(r"\d{1,2}", text[start:end]):
        return start, end
    if (after := _DAY_MONTH.match(text, end)) is not None:
        return start, after.end()
    if (before := _MONTH_DAY.search(text[:start])) is not None:
        year = re.match(r",?\s+\d{3,4}(?!\w)", text[end:])
        return before.start(), end + (year.end() if year else 0)
    return start, end


def _expanded_beside(name: str, text: str) -> bool:
    """An acronym (``MRS``) whose words the same sentence writes out (``marginal rate of substitution``)."""
    if not re.fullmatch(r"[A-Z]{2,6}s?", name):
        return False
    if re.match(r"\s*\(", text[text.find(name) + len(name) :]):
        return False  # ``MISTP (Multiple Instances Spanning Tree Protocol)``: the acronym asked from its gloss
    letters = name.rstrip("s").casefold()
    tokens = [t for t in re.findall(r"[^\W\d_]+", text) if t.casefold() not in _JOINERS]
    return any(
        "".join(t[0] for t in tokens[i : i + len(letters)]).casefold() == letters and tokens[i] != name
        for i in range(len(tokens) - len(letters) + 1)
    )


_INITIAL_ON = lazy(rf"\.\s?[A-ZÀ-Þ]{_NW}+")
_NAME_WORD = re.compile(r" [A-Z][\w'-]+")
"""`` Presper``, `` Eckert``: one more capitalised word of a name."""
_PARTICLE_NAME = re.compile(r" (?:von|van|van der|van den|von der|de|di|da|du|del|della|ibn|bin|al)(?: [A-Z][a-z]+)+(?![\w-])")
_OF_NAME = re.compile(r" (?:of|of the) [A-Z][a-z]+(?: [A-Z][a-z]+)*(?![\w-])")
_JOINERS = frozenset(["and", "or", "of", "the", "with", "for", "vs"])
_SMALL_VERB = re.compile(r"\b(?:is|are|was|be|has|can|do|does|did|am)\b")
"""Verbs too short to count as words said (case-sensitive: ``EV-DO`` is a name, not ``do``)."""
_LEAD = re.compile(
    r"(?:Unlike|Like|Since|While|Whilst|Although|Though|Because|After|Before|During|Unless|Until|With|"
    r"Without|For|In|On|At|By|From|As|If|When|Once|Then|Also|Both|Even|Only|Just|So|But|And|Or|"
    r"Where|What|Which|Who|Whom|Whose|How|Why|Neither|Either|Each|Every|"
    # ``Recalling SHM definitions, …``, ``Using AWS Lambda, …``: a participle that opens the sentence
    r"Using|Recalling|Assuming|Considering|Applying|Taking|Knowing|Remembering|Comparing|Following|Noting|Given|Having)\s+"
)


_GERMAN = re.compile(
    r"\b(?:der|das|und|ist|nicht|mit|von|zu|den|dem|ein|eine|einen|sich|auch|wurde|wurden|auf|für|wird|werden|"
    r"ihre|ihren|sein|seine|gab|nach|bei|über|durch|dass|sind|haben|hat|noch|sei|seien|gilt|heißt|"
    r"wenn|dann|jede|jeder|jedes|alle|eines|einer|einem|oder|aber|falls|genau|heißen"
    r"|die|dies|diese|nur|im|zur|zum|beim|vom|kann|man|wir|sie|gemäß|gemäss|daher|bleibt"
    r"|wie|dabei|hierbei|wobei|bereits|sowie|somit|folgende[rnsm]?|welche[rnsm]?"
    r"|können|kann|muss|müssen|jedoch|keine?[nmrs]?|zwischen|sowohl)\b"
)
"""Words that mark a German sentence, where a capital marks every noun, not a name."""


_CONNECTIVE = re.compile(
    r"(?:Yet|However|Thus|Hence|Therefore|Still|Now|Here|Moreover|Furthermore|Instead|Indeed|Otherwise|Meanwhile|Whereas"
    r"|Cuando|Pero|Aunque|Mientras|Entonces|Además|También|Donde|Porque"  # Spanish
    r"|Quando|Ma|Però|Mentre|Quindi|Dunque|Anche|Poi|Perché|Dove"  # Italian
    r"|Quand|Mais|Donc|Alors|Aussi|Puis|Lorsque|Parce|Pourtant"  # French
    r"|Wenn|Aber|Weil|Dann|Also|Doch|Jedoch|Deshalb|Daher"  # German
    r"|Mas|Então|Porém|Embora|Enquanto)\s+"  # Portuguese
)
"""``Yet Aristotle``, ``Se usa Cuando EL ingreso``: a connective written with a capital, wherever it
stands, is not the start of a name."""


_CLAUSE_END = re.compile(r"[,;:(]\s*$")


def _without_opener(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``Unlike CDMA2000``, ``Since I``: the word that opens the sentence is not part of the name."""
    start, end = span
    if "," in text[start:end] or " and " in text[start:end]:
        return span
    lead = _LEAD.match(text, start) if start == 0 or _CLAUSE_END.search(text, 0, start) else None  # (``…, If Q = K``)
    lead = lead or _CONNECTIVE.match(text, start) or _GERMAN_LEAD.match(text, start)
    return (lead.end(), end) if lead is not None and lead.end() < end else span


_GERMAN_LEAD = re.compile(
    r"(?:Sie|Ihre?[nmrs]?|Beide|Alle|Diese[rsnm]?|Einige|Viele|Mehrere|Jede[rsnm]?|Manche|Unsere?[nmrs]?|Wir|Man|Es|Er)\s+(?=[A-ZÄÖÜ])"
)
"""``können {{Sie Benutzern}} …``, ``{{Beide Ansätze}} können …``: German's pronouns and determiners, written with a
capital (or opening the sentence) before a noun, are no part of a name."""


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper()).casefold()


def _spelled_out(name: str, after: str) -> bool:
    """``Server Name Indication (SNI)``: a name followed by its acronym is a name wherever it stands."""
    acronym = re.match(r"\s*[(（]([A-Z][A-Z0-9]{1,6})[)）]", after)
    return acronym is not None and len(name.split()) > 1 and _initials(name) == acronym.group(1).casefold()


def _tail(text: str, end: int) -> int:
    """``HSPA+``, ``EV-DO Revisions A/B/C``: the rest of a name."""
    while (tail := _NAME_TAIL.match(text, end)) is not None and tail.end() > end:
        end = tail.end()
    return end


def _name_order(name: str, counts: Counter[str]) -> tuple[int, int, int]:
    """Lists first, then the names the note uses least (the rarer, the more there is to recall)."""
    words = content_words(name)
    frequency = min((counts[w] for w in words), default=0)
    return (_name_rank(name), frequency, -len(name))


def _is_proper(name: str, proper: set[str], lower: set[str]) -> bool:
    """A name, not a word that happens to open the sentence: several capitalised words, an acronym
    or CamelCase, or a word the note capitalises in mid-sentence too (``Oracle``)."""
    tokens = name.split()
    if tokens[0].casefold() in _OPENERS:
        return False
    return (
        len(tokens) > 1
        or _name_rank(name) <= 2
        or (tokens[0] in proper and tokens[0].casefold() not in lower)
    )


_PLACEHOLDER_NAMES = frozenset(["alice", "bob", "carol", "dave", "eve", "mallory", "trudy", "trent", "oscar"])
"""The people of cryptography's examples: who sends to whom, never the fact."""
_LAB_DEVICE = re.compile(r"(?:PC|SW|RTR|Router|Switch|Server|Host|Client|VM|R)[-_]?\d{1,2}|Host [A-Z]")
"""``PC1``, ``SW2``, ``R1``: the names a lab or an exercise gives its machines, nothing to recall."""
_PLACEHOLDERS = frozenset(["foo", "bar", "baz", "qux", "x", "y", "z", "n", "i", "a", "b"])
"""``A record has `foo` and `bar` as attributes``: names made up for an example (and comments in
code, ``// grow x``), nothing to recall."""


_GLOSS = re.compile(r"(?P<marks>[*_]*)[ \t]?[（(]([^（()）\n]{1,40})[)）]")


def _gives_away(hidden: str, gloss: str) -> bool:
    """A bracket right after a hidden part that says it again: its translation into another script,
    its acronym, or what its acronym stands for."""
    if bool(CJK_CHAR.search(hidden)) != bool(CJK_CHAR.search(gloss)):
        return True
    letters = re.findall(r"\b[^\W\d_]", plain(hidden))
    if bool(re.fullmatch(r"[A-Z]{2,6}", gloss.strip())) and "".join(letters).upper().startswith(gloss.strip()[0]):
        return True
    acronym = re.fullmatch(r"([A-Z]{2,6})s?", plain(hidden).strip())
    initials = "".join(re.findall(r"\b[^\W\d_]", gloss)).upper()
    if acronym is not None and initials.startswith(acronym.group(1)):
        return True  # ``{{c1::ABRs}} (Area Border Routers)``: the words its letters stand for
    said, glossed = _cognate(plain(hidden)), _cognate(gloss)
    return len(said) >= 6 and len(glossed) >= 6 and said[:5] == glossed[:5] and " " not in gloss.strip()  # ``hybridization (hibridacion)``


def _cognate(word: str) -> str:
    """A word as its cognates spell it alike: no accents, ``y`` as ``i``, ``ph`` as ``f``."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", word.strip().casefold()) if not unicodedata.combining(ch))
    return bare.replace("ph", "f").replace("y", "i")


def _spans(
    text: str,
    known: set[str],
    common: set[str],
    seen: set[str],
    counts: Counter[str],
    proper: set[str],
    lower: set[str],
    crumbs: Sequence[str] = (),
) -> list[tuple[int, int]]:
    """Where the hidden parts go, by priority, never overlapping, at most MAX_CLOZES."""
    chosen: list[tuple[int, int]] = []

    def take(start: int, end: int) -> None:
        while end > start and (
            text[end - 1] in ",;:"
            or (
                text[end - 1] == "."
                and re.search(r"[^\W\d_]{4}$", text[start : end - 1])
                and not text[end : end + 1].strip()
            )
        ):
            end -= 1  # ``{{c1::cofactors,}}``, ``{{c1::coenzyme.}}``: the punctuation stays outside
        gloss = _GLOSS.match(text, end)
        marks = gloss.group("marks") if gloss is not None else ""
        if gloss is not None and _gives_away(text[start:end], gloss.group(2)) and text[start - len(marks) : start] == marks:
            start, end = start - len(marks), gloss.end()  # ``{{c1::正規部分群（normal subgroup）}}``, ``{{c1::Rough ER (RER)}}``: its gloss is the answer too
        if (
            len(chosen) < MAX_CLOZES
            and not any(start < e and s < end for s, e in chosen)
            and _worth(text, start, end, known, crumbs[-1] if crumbs else "")
        ):
            chosen.append((start, end))

    worked = "=" in text and bool(_WORKING.search(plain(text)) or re.search(r"=\s*\*\*[\d.,]+\*\*", text))
    for pattern in (_BOLD, _MARKED, _CODE, _QUOTED):
        for match in pattern.finditer(text):
            group = 1 if match.group(1) is not None else 2
            if worked and re.fullmatch(r"[\s\d.,%$€£+-]+", match.group(group)):
                continue  # ``= **10,000**``: a result of the worked calculation, set in bold
            shout = _SHOUT.fullmatch(match.group(group).strip())
            if re.fullmatch(r"\W*[^\W\d_]+\W*[!¡]+\W*", match.group(group).strip()):
                continue  # ``**Boom!** fusion reactions began``: a cry set in bold, nothing to recall
            if re.fullmatch(r"[a-z]+ly|not|only|never|always|also|very", match.group(group).strip()):
                continue  # ``is **precisely** $299 792 458$ m/s``: a word stressed, not the thing to recall
            if len(match.group(group).split()) < len(text.split()) - 2 and not shout:
                if pattern is _QUOTED and re.fullmatch(r"[a-zà-ÿ]+", match.group(group).strip()):
                    continue  # ``die "{{c1::oude}}" versie``: a word in scare quotes, not a term
                if (pattern is _QUOTED and _SUCH_AS.search(text[: match.start()])) or (
                    pattern is _CODE and _EG.search(text[: match.start()])
                ):  # (``an array of integers, e.g., `[2, 8, 12]` ``: a value made up for the example)
                    continue  # ``un nombre completo, como "{{c1::pc01.direccion.mired.net.}}"``: an example, made up to show it
                if pattern is _CODE:
                    code = match.group(1).strip()
                    if not re.match(r"(?://|#|--)\s", code) and code.casefold() not in _PLACEHOLDERS:
                        take(match.start(), match.end())  # ``{{c1::`kubectl get ep`}}``: the code, ticks and all
                else:
                    take(match.start(group), match.end(group))
    for match in _EMPHASIS_WORDS.finditer(text):
        take(match.start(1), match.end(1))
    subject = _NEGATED_SUBJECT.match(text)
    if (
        not chosen
        and subject is not None
        and _is_proper(subject.group(1), proper, lower)
        and _initials(subject.group(1)) not in known
        and not _written_on(content_words(subject.group(1)), counts)
    ):  # (``Golang is not object-oriented`` in a note on Go: what the note is about does not, nothing to ask)
        take(subject.start(1), subject.end(1))  # ``Oracle does NOT support ...``: which one does not?
    if not chosen:
        for match in _NUMBER.finditer(text):
            if _good_number(text, match):
                take(*_whole_date(text, match.start(), match.end()))
    if not chosen:
        for match in _WORD_LIMIT.finditer(text):
            if not re.search(r"\bthe\s+$", text[: match.start()], re.IGNORECASE):  # ``the only one``
                take(match.start("number"), match.end("number"))
    if not chosen:
        spans = [_without_opener(text, span) for span in _names(text)]
        bare_crumbs = [re.sub(r"\s*\([^()]*\)", "", crumb) for crumb in crumbs]  # ``Elastic Block Store (also connected to EC2)``
        acronyms = {_initials(crumb) for crumb in bare_crumbs if len(crumb.split()) > 1}
        acronyms |= {"".join(word[0] for word in crumb.split()).casefold() for crumb in bare_crumbs if len(crumb.split()) > 2}
        # (``TTL`` under ``Time to Live``: the small words counted too)
        for crumb in bare_crumbs:  # ``Carrier Sense Multiple Access / Collision Detection``: CSMA, CD and CSMA/CD
            if "/" in crumb and len(crumb.split()) > 2:
                halves = [_initials(half) for half in crumb.split("/")]
                acronyms.update([*halves, "/".join(halves)])
        german = len(_GERMAN.findall(text)) >= 2
        squeezed = {re.sub(r"\W", "", word).casefold() for crumb in bare_crumbs for word in (crumb, *crumb.split())}
        for start, end in sorted(spans, key=lambda span: _name_order(text[span[0] : span[1]], counts)):
            name = text[start:end]
            if not name:
                continue
            words = content_words(name)
            several = (
                len(name.split()) > 1
                and all(t[:1].isupper() and len(t) > 1 for t in name.split())
                and name.split()[0].casefold() not in lower
            )
            spelled = _spelled_out(name, text[end:])
            opening = (
                not re.sub(r"^\s*\([^()]*\)|<[^<>]*>", "", text[:start]).strip('*_ "“(•·◦‣▪')
                or re.search(r"(?:[.!?:;•。！？]|\s--?|—|–|-->|->|=>|→|⇒)[*_\s\"“(]*$", text[:start])
                or not re.search(r"[^\W_]", text[:start])  # ``~> Allows for …``: only marks before it
                or re.search(r"\S\*\*\s+$", text[:start])  # ``**Verify code and test cases** Once you are done``: after a bold lead
            )
            initial = (
                bool(opening)
                and not several
                and not spelled
                and not re.fullmatch(r"[A-Z0-9-]{2,}\w*", name.split()[0])
            )
            if initial or not words or words <= known or words <= common or name.casefold() in _NOT_NAMES:
                continue
            if " " in name and re.sub(r"\W", "", name).casefold() in squeezed:
                continue  # ``Big Table`` under ``BigTable``: the heading's name, spaced otherwise
            if _CONNECTIVE.fullmatch(f"{name} "):
                continue  # ``…to the parents, Whereas, in a stagnant nation …``: a connective with a capital
            if name.casefold() in _PLACEHOLDER_NAMES:
                continue  # ``Alice and Bob know the same key``: the stand-ins of every protocol, nothing to recall
            if any(_LAB_DEVICE.fullmatch(token.rstrip("'’s")) for token in name.split()):
                continue  # ``sent out of PC1``, ``switches learn PC3s MAC``: the machines of a lab's drawing
            if words - _VENDOR_WORDS and words - _VENDOR_WORDS <= known:
                continue  # ``Amazon S3 Outposts`` under ``S3 Outposts``: the breadcrumb gives it away
            if _quoted_words(text, start) >= 4:
                continue  # ``Jackson responds "Our federal union, it must be preserved"``: a quotation's wording
            if _expanded_beside(name, text):
                continue  # ``MRS has to diminish, marginal rate of substitution is …``: the sentence spells it out
            if _initials(name) in known or name.casefold() in acronyms or re.sub(r"['’]?s$", "", name).casefold() in acronyms:
                # (``RNNs`` under ``Recurrent Neural Networks``: the acronym's plural)
                continue  # ``Auto Scaling Group`` under ``ASG``, ``DFS`` under ``Depth First Search``: the breadcrumb gives it away
            if spelled:  # hide the acronym with its expansion, or it gives the answer away
                end += re.match(r"\s*[(（][A-Z][A-Z0-9]{1,6}[)）]", text[end:]).end()  # type: ignore[union-attr]
            if len(plain(name)) <= 2:
                continue  # ``AZ``, ``DL``: too short to be worth recalling on its own
            if german and len(name.split()) == 1 and not re.search(r"[A-Z0-9]", name[1:]):
                continue  # ``den Widerstand``, ``der Fall``: German writes every noun with a capital
            if german and opening and not words <= seen and not re.search(r"[A-Z0-9]", re.sub(r"(?:^|\s)\S", "", name)):
                continue  # ``Gute Beziehungen durch …``, ``Jeder Domäne wird …``: the capitals of a sentence's first words

            if _name_rank(name) == 3 and not words <= seen:
                continue  # a capitalised word the note uses once: as likely a typo as a name
            if _written_on(words, counts):
                continue  # ``DNSクエリに{{c1::AWS}}サービス…`` in a note on AWS, ``{{c1::Golang}} is not …`` in one on Go: what every line is about
            if _name_rank(name) == 3 and min(counts[word] for word in words) >= TOPIC:
                continue  # ``There are four cases in German``: a word the note keeps using is its topic
            take(start, end)
            if chosen:
                break
    if not chosen:
        for match in _WORD_LIST.finditer(text):
            if len(plain(text[: match.start()] + text[match.end() :]).split()) < 2 and not (crumbs and len(crumbs[-1].split()) >= 4):
                continue  # ``{{주권침탈, 라인사태, 독도}} 러일전쟁`` under ``잡설``: keywords, and nothing above or beside them to recall them by
            bare = not re.search(r"\s(?:and|or)\s", match.group(0))
            if bare and plain(text[: match.start()]).strip() and not re.match(r"\s*(?:[.;:!?)(–—-]|$)", text[match.end() :]):
                continue  # ``tropické {{c1::zemědělství, banány}} a …``: a list with no ``and`` that does not end the clause
            cut = re.search(r",\s*([\w-]+)\s+$", text[: match.start()])
            if cut is not None and cut.group(1).casefold() not in _LOOSE_ENDS:
                continue  # ``black berries, black plum, black {{cherry, toast, cedar}}``: the list began earlier
            if re.search(r",\s*$", text[: match.start()]):
                continue  # ``…, pregnancy and maternity, {{race, religion or belief}}, …``: the middle of a longer list
            owner = re.search(r"(?:^|\s)([\w-]+)\s+$", text[: match.start()])
            if owner is not None and owner.group(1).casefold() in _DETERMINERS and "," in match.group(0):
                continue  # ``After his {{apotheosis, various cults and festivals}} …``: its first item ends the phrase before
            if owner is not None and re.fullmatch(r"[a-z]+(?:al|ual|ic|ive|ous|ary)", owner.group(1)) and owner.group(1) not in _FUNCTION_WORDS:
                continue  # ``between virtual {{networks, point-to-site connections, …}}``: an adjective before it, the first item began there
            items = [w.strip() for w in re.split(r",|\band\b|\bor\b", match.group(0)) if w.strip()]
            if not any(
                item.casefold() in _FUNCTION_WORDS
                or item.casefold() in _NO_ITEM
                or item.split()[0].casefold() in _DETERMINERS
                or (len(item.split()) > 1 and item.split()[0].casefold() in _FUNCTION_WORDS)  # ``method, in Canada, CCA``
                or re.fullmatch(r"[a-z]+ly", item)
                for item in items
            ) and not re.search(r",\s(?:and|or)\s.*\s(?:and|or)\s", match.group(0)):
                take(match.start(), match.end())
                break
    return sorted(chosen)


_DETERMINERS = frozenset(
    ["their", "its", "his", "her", "our", "my", "your", "the", "a", "an", "this", "that"]
)
"""``immigrants, their employment and livelihood``: a phrase goes on, no list of names starts here."""
_LOOSE_ENDS = frozenset(
    [
        *_FUNCTION_WORDS,
        *("if", "when", "so", "then", "we", "we've", "we're", "you", "they", "he", "she", "us", "them"),
        *("our", "your", "their", "its", "his", "her"),
        # a clause's connectives, between commas as list items are: ``conflict with Germany, however, after …``
        *("however", "therefore", "thus", "hence", "also", "after", "before", "though", "although", "moreover"),
        *("even", "still"),  # ``is {{c1::ripped out of its place even}} if it's a rock …``
    ]
)
"""Words a hidden part never ends on: it would stop in the middle of a phrase."""
_NO_ITEM = frozenset(
    [
        *_LOOSE_ENDS,
        # the little words of other languages: ``{{c1::Físico, Natural, de}} um conjunto``, ``{{c1::aula, hoje, sem}}``
        *("de", "da", "do", "das", "dos", "del", "della", "di", "du", "des", "em", "no", "na", "nos", "nas", "com"),
        *("con", "sem", "sin", "senza", "sans", "avec", "pour", "par", "para", "por", "per", "um", "uma", "un", "une"),
        *("el", "la", "le", "les", "los", "las", "lo", "il", "gli", "und", "oder", "mit", "von", "zu", "der", "die"),
        *("das", "den", "dem", "ein", "eine", "einen", "hoje", "hoy", "heute", "que", "qui", "che", "dass"),
    ]
)
"""Words no item of a list is: a list that takes one in stops in the middle of a phrase."""
_POINTING = frozenset(["below", "above"])
"""``Problem is {{c1::showed below}}``: what is hidden only points to what the card cannot show."""


def _stops_loose(text: str, start: int, end: int) -> bool:
    """A hidden part that ends on a little word while the sentence goes on, or only points."""
    last = plain(text[start:end]).split()[-1].strip(".,;:'\"")
    return (last in _LOOSE_ENDS and bool(text[end:].strip(" .!?*_"))) or last in _POINTING
_VAGUE_NOUNS = frozenset(["thing", "things", "stuff", "something", "anything", "everything", "way", "one"])
_VENDORS = frozenset(["amazon", "aws", "azure", "microsoft", "google", "gcp", "apache", "oracle", "ibm"])
_VENDOR_WORDS = _VENDORS | {vendor.rstrip("s") for vendor in _VENDORS}
"""The vendors as :func:`content_words` gives them (``aws`` is ``aw`` there)."""
_PLATFORMS = frozenset(
    [
        *("amazon", "aw", "azure", "microsoft", "google", "gcp"),
        *("javascript", "typescript", "python", "java", "golang", "kotlin", "rust", "linux", "kubernete", "terraform", "docker", "react"),
    ]
)
"""The clouds, languages and tools a note of exam or interview notes is written on (as :func:`content_words`
gives them): used four times or more, the note is about it."""


def _written_on(said: frozenset[str], counts: Counter[str]) -> bool:
    """A cloud, language or tool (:data:`_PLATFORMS`) the note names four times or more: what it is written on."""
    return bool(said) and said <= _PLATFORMS and min(counts[word] for word in said) >= TOPIC


_WORKING = re.compile(r"[\d)][\d,.]*\s*[-+*/x×÷]\s*\(?\d")
"""Numbers worked on (``162 - 150``, ``20 * 100``): with an ``=``, the line is a calculation."""
_WHERE_IN_COURSE = re.compile(
    r"\b(?:lecture|lec|chapter|ch|page|pages|pg|pp?|slide|slides|video|section|module|unit|week|lesson|exercise|"
    r"question|kapitel|seite|folie|vorlesung|chapitre|cours|capítulo|página|aula|capitolo|pagina|lezione|str|strana|stran"
    r"|tabela|tabelle|table|tab|fig|figure|slika|obr)\.?\s*#?$",
    re.IGNORECASE,
)


_EXAMPLE_BEFORE = re.compile(
    r"\b(?:let'?s say|let us say|say|e\.g\.?|for example|for instance|z\.\s?B\.|zum Beispiel|par exemple|por ejemplo|ad esempio|bijvoorbeeld)"
    r"(?:[,:]?\s*[*_\"“]*|[,:]\s[^.;:()]{0,40})$",
    re.IGNORECASE,
)
_EXAMPLE_AFTER = re.compile(r"[*_\"”]*,?\s*\(?(?:for example|for instance|e\.g\.|say|zum Beispiel|par exemple|por ejemplo)\b", re.IGNORECASE)
"""A number given as an example (``10 for example``, ``let's say 50``): made up to show how it goes."""


def _good_number(text: str, match: re.Match[str]) -> bool:
    """A number worth recalling: with its unit, or a limit, or a quantity of two digits or more;
    never a digit inside a name (``Route 53``, ``2-butanol``) or a bare small count."""
    if text[match.start() - 1 : match.start()] == "(" and not match.group("unit"):
        return False  # ``(1)``, ``(2019)``: a number in brackets with no unit, a mark or a year cited
    if _part_of_name(text, match.start()) and not _LIMIT.search(text[: match.start()]):
        return False  # (``Upto 15 read replicas``: a limit, however it is capitalised)
    if text[match.start() - 1 : match.start()] == "<" and text[match.end() : match.end() + 1] == ">":
        return False  # ``<311> IT Operations Management``: the number a course gives its concept, a tag
    if any(
        stamp.start() <= match.start() < stamp.end() for stamp in re.finditer(rf"{VIDEO_TIME}|\b\d{{1,2}}:\d\d:\d\d\b", text)
    ):
        return False  # ``[00:12:07]``: where in a video, not a number to recall
    if re.search(r"[=*/×÷+\-]\s*$", text[: match.start()]) and re.match(r"\s*[=*/×÷+<>≤≥-]", text[match.end() :]):
        return False  # ``ε = 3% / -1% = -3``: a step of a worked calculation
    if "=" in text and _WORKING.search(plain(text)):
        return False  # ``intrinsic value = 162 - 150 = 12``, ``return = 20 * 100 = 2,000``: a worked calculation
    if (
        not text[: match.start()].strip(" *_#>")
        and not match.group("unit")
        and re.fullmatch(r"\d{1,2}(?:[-.]\d{1,2}){1,2}", match.group("number"))
        and re.match(r"\.?\s+\S", text[match.end() :])
    ):
        return False  # ``1-3. 부채와 자본``, ``2.1 The balance sheet``: the number of a part of the course, a title's
    if _WHERE_IN_COURSE.search(text[: match.start()]):
        return False  # ``… lecture 41``, ``(p. 212)``, ``slide 9``: where it was taught, not a number to recall
    if _EXAMPLE_BEFORE.search(text[: match.start()]) or _EXAMPLE_AFTER.match(text, match.end()):
        return False  # ``a random initial sequence number, 10 for example``, ``let's say 50``: a value made up to show it
    if match.group("unit") == "s" and (
        len(match.group("number")) == 4
        or match.group("number") in ("0", "1")
        or _NOT_SECONDS.search(text[: match.start()])
        or re.match(r"\s+(?:complement|of)\b", text[match.end() :])
    ):
        return False  # ``1s and 0s``, ``the 1990s``, ``2s complement``, ``100s of EC2 instances``: no seconds to recall
    if match.group("unit") or _LIMIT.search(text[: match.start()]):
        return True
    if _OUT_OF.match(text, match.end()):
        return True  # ``4 copies out of 6 for writes``: a share to recall, however small its numbers
    digits = re.sub(r"\D", "", match.group("number"))
    return len(digits) >= 2 and not re.match(r"\s*[-–]?\s*\d", text[match.end() :])


_LIST_GOES_ON = re.compile(
    r"\s+(?:and|or|y|e|et|und|oder|en|of|i|ve|veya|и|или|och|og|oraz|ou|o|ja|és)\s+[^\W\d_]"
    r"|\s*[’'](?:s|es)\b"
)
_ITEM_GOES_ON = re.compile(r"\s+[^\W\d_][\w-]*\s*(?:,|[.;!?]?\s*$)")
"""After a hidden list: its last item still to come (``{{c1::dokulara, tohumlara}} ve meyvelere``), or
the hidden part cut an item in two (``{{c1::ONG}}’s``, ``{{c1::…, technologische}} capaciteiten, merk``)."""
_OPEN_LIST = re.compile(r"[^.;:()]{0,60}?\betc\b", re.IGNORECASE)


_GIVEN_AWAY = re.compile(r"[^\W\d_]{7,}")
_LETTERS = re.compile(r"[^\W\d_]{6,}")


_POINTS_BACK = re.compile(
    r"\b(?:this|these|those|dieser|diese|dieses|diesen|diesem|jener|jene|jenes|cette|ces|questa|questo|queste|questi"
    r"|esta|este|estas|estos|essa|esse|essas|esses|deze|dit)\s+[*_\"“]*$",
    re.IGNORECASE,
)
"""A demonstrative right before a hidden word: the word names what the sentence before said."""


_DEMONYM = re.compile(r"(?:ian|ean|an|ese|ish)$")
"""``Austrian``, ``Italian``, ``Japanese``, ``British``: the word of a people or a place's adjective."""


_ASKS_AT_END = re.compile(r"\b(?:into|in|to|of|at|by|for|from|on|with)\s+(?:what|which)\s+[^\W\d_]+\s*[.?]?\s*$", re.IGNORECASE)
_PLACEHOLDER_NAME = re.compile(
    r"(?i:pc|server|host|router|switch|client|user|vm|computer|rechner|laptop|device|station)\s*\d{1,2}"
    r"|XYZ|ABC|Foo|Bar|John Doe|Jane Doe|Max Mustermann"
)
"""``PC 1``, ``Server 2``: the name an example gives a machine; ``XYZ``: a placeholder for anyone."""
_ASKS_WHICH = re.compile(r"\b(?i:what|which)\s+[*_]*$")


def _worth(text: str, start: int, end: int, known: set[str], crumb: str = "") -> bool:
    """A hidden part that the rest of the card does not give away, and not inside an aside."""
    if text[start:end].count("(") != text[start:end].count(")") or text[start:end].count("$") % 2:
        return False  # a hidden part never cuts a parenthesis or a formula in two
    if "{{" in text[start:end] or "}}" in text[start:end]:
        return False  # ``{{c1::`{{name}}`}}``: braces inside a cloze end it early, Anki would show it broken
    if _LINK_IN.search(text[start:end]):
        return False  # ``are {{c1::covered in [CPU Architecture](/…)}}``, ``are {{c1::here: <https://…>}}``: where to read, not what to recall
    if re.search(r"!\[\[[^\]]*$|!\[[^\]]*$", text[:start]):
        return False  # ``![[Microelectronics - {{c1::33}} MOSFET Structure.png]]``: the name of a picture's file
    if text[start - 1 : start] == "/" and re.match(r"\.(?:html?|php|aspx?|pdf|md)\b|/", text[end:]):
        return False  # ``…/Route 53/latest/{{c1::DeveloperGuide/ResourceRecordTypes}}.html``: a piece of an address
    if re.search(r"\w-$", text[start:end]) and re.match(r"[^\W\d_]", text[end:]):
        return False  # ``{{c1::MHC-}}抗原复合物``: half of a compound word
    if text[end - 1 : end].isdigit() and re.match(r"-[^\W\d_]", text[end:]):
        return False  # ``The (secret) {{c1::TCP 3}}-way handshake``: the number of a compound (``3-way``), cut off
    if re.search(r"->|=>|→|⟶", text[start:end]):
        return False  # ``Truth is {{c1::being -> homogeneous changes}}``: one step of a chain and the next
    if _given_away(text, start, end):
        return False  # ``multiple {{c1::VLANS}} … in each vlan``, ``HTTP or {{c1::HTTPS}}``: the card says it already
    if crumb and len(said := content_words(plain(text[start:end]))) >= 2 and said <= content_words(crumb):
        return False  # ``Root ports are {{c1::in a forwarding state}}`` under ``Forwarding state``: the breadcrumb gives it away
    if re.search(r"\b[dDlL]['’]$", text[:start]):
        return False  # ``d'{{c1::Alembert}}``: half of a name, its article shown
    if re.fullmatch(r"(?i:law|theorem|rule|principle|effect|equation|lemma|hypothesis|axiom|postulate|constant|paradox)s?", plain(text[start:end]).strip()):
        return False  # ``Newton's second {{c1::Law}}``: the common word of a named law, nothing to recall
    if re.match(r"[*_]*['’](?:t|re|ve|ll|d|m)\b", text[end:]):
        return False  # ``Example of {{c1::Didn}}'t get the Job``: half of a contraction
    if _PLACEHOLDER_NAME.fullmatch(plain(text[start:end]).strip()):
        return False  # ``… a mapping to {{c1::PC 1}}``, ``If {{c1::XYZ}} is late …``: a name an example made up, nothing to learn
    if _ASKS_WHICH.search(text, 0, start):
        return False  # ``George Miller quantified memory into what {{c1::number}}``: the sentence asks, the word is no answer
    if (
        re.search(r"(?<!\w)_\w|\w_(?!\w)", text[start:end])
        and len(re.findall(r"(?<!\w)_|_(?!\w)", text[start:end])) % 2
    ):
        return False  # ``{{c1::einen, eine, ein, _No}} Plural_``: never half of an emphasis
    hidden = plain(text[start:end]).casefold()
    if not re.search(r"[^\W\d_]", plain(text)):
        return False  # ``~~01~~ - ~~02~~ - 03 - 04 …``: numbers with nothing said of them
    rest = (text[:start] + " " + text[end:]).casefold()
    if not hidden or (len(hidden) < 2 and not hidden.isdigit()):  # (said elsewhere in it: ``_given_away`` above)
        return False
    if (
        re.fullmatch(r"[^\W\d_]{6,}", hidden)
        and _DEMONYM.search(hidden)
        and any(len(word) >= 5 and word[:5] == hidden[:5] and word != hidden for word in known)
    ):
        return False  # ``Hitler gained {{c1::Austrian}} resources`` under ``Anschluss with Austria``: the breadcrumb gives it away
    named = content_words(hidden) - _VENDOR_WORDS
    if len(hidden.split()) > 1 and named and named <= content_words(rest):
        return False  # ``Amazon S3 Outposts delivers … on your {{c1::AWS Outposts}}``: the sentence names it already
    if re.fullmatch(r"\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.):]", hidden.strip()):
        return False  # ``**a.** Identify the intervals …``: the letter of a sub-question, not a fact
    if _GIVEN_AWAY.fullmatch(hidden) and any(
        len(word) > len(hidden) and word.startswith(hidden[: max(7, len(hidden) - 5)])
        for word in _LETTERS.findall(text[end : end + 40].casefold())
    ):
        return False  # ``{{c1::Sympathetic}} agonist, Sympathomimetic``: a word beside it spells it out
    if re.match(r"\s*[:;,.]", text[start:end]):
        return False  # ``The second row is {{c1::: (1 1 0)}}``: never from a colon on
    if re.fullmatch(r"(?:e\.?\s?g|i\.?\s?e|ex|z\.?\s?b|bsp|cf|nb|n\.b)\.?", hidden):
        return False  # ``{{c1::Eg}}: people think that they're brave``: the mark of an example, not a word of it
    if _POINTS_BACK.search(text[:start]):
        return False  # ``widersprach dieser {{c1::Ansicht}}``: what *this* is, the sentence before says
    if text[start - 1 : start] == "\\" or text[:start].count("\\[") > text[:start].count("\\]"):
        return False  # ``\[ … \{{c1::Rightarrow}} … \]``: never inside a formula or a LaTeX command
    if (
        plain(text).count(",") >= 6
        and "," not in text[start:end]
        and re.search(r",\s*[*_`\"]*$", text[:start])
        and re.match(r"[*_`\"]*\s*,", text[end:])
    ):
        return False  # ``Klokan antilopí, Klokan bažinný, {{c1::Klokan dama}}, …``: one of many, nothing to recall it by
    if re.search(r",(?!\d{3}(?!\d))", text[start:end]) and (  # (``300,000``: a number's thousands, no list)
        _LIST_GOES_ON.match(text[end:]) or (_ITEM_GOES_ON.match(text[end:]) and plain(text[:start]).strip())
    ):
        return False  # ``{{c1::Urea, creatinina, ácidos}} y bases``: never a list without its last item
    if (is_generic(hidden) or is_part_word(hidden) or is_remark_label(hidden)) and re.match(r"[*_]*\s*[:：]", text[end:]):
        return False  # ``*{{c1::Tétel}}*: $F = \nabla f …$``: the label of the line, not a fact
    if hidden in _NOT_NAMES or text[:start].count("$") % 2 or text[:start].count("$$") % 2 or text[:start].count("`") % 2:
        return False  # a label word, or inside math or code
    if re.search(r"<[A-Za-z/][^<>]*$", text[:start]):
        return False  # inside an HTML tag (``<a style="color: yellow;">``): markup, not words
    if re.fullmatch(r"[\W_]*\[[^\[\]]*", text[:start]) and re.match(r"[^\[\]]*\]\([^()\s]*\)\s*:", text[end:]):
        return False  # ``[Black QID](https://lichess.org/…): after minor pieces …``: the link that heads a remark, a label
    if len(hidden.split()) > 1 and _stops_loose(text, start, end):
        return False  # ``{{c1::correct if}} and only if``, ``{{c1::manipulated -- in the material we've}}``
    little = [
        word
        for word in hidden.split()
        if word in _FUNCTION_WORDS or word in _GLUE or _SMALL_VERB.fullmatch(word)
    ]
    if len(little) == len(hidden.split()) and "not" not in little:
        return False  # ``**HAVE** to be``, ``**can be**``: the author's emphasis on a little word, not a fact
    if (
        re.search(r"https?://\S*$", text[:start])
        or re.search(r"(?:\barts?\.?|\bartt\.|\bab(?:s|satz)\.?|§§?|\bp(?:p|ag)?\.)\s*(?:\d+[\s,y&-]*)*$", text[:start], re.I)
        or _CITED.match(plain(text[start:end]))
        or is_part_number(hidden)
    ):
        return False  # inside a link, or who wrote a paper (``Hoque 2022``): nothing to recall
    listed = "," in hidden or re.search(r",\s*$", text[:start]) or text[end:].lstrip()[:1] == ","
    if _has_word(hidden, "etc") or (listed and _OPEN_LIST.match(text[end:])):
        return False  # examples of an open list (``USB, CD ROM drive, etc.``): nothing to recall them by
    if re.fullmatch(r"[a-z0-9]{3,}", hidden) and any(hidden in word and hidden != word for word in known):
        return False  # ``RTT`` under the heading ``1xRTT``
    if re.fullmatch(r"[a-z0-9]{3,}", hidden) and re.search(rf"\w{re.escape(hidden)}|{re.escape(hidden)}\w", rest):
        return False  # ``A nullptr is a "{{c1::null}}" value``: the rest of the sentence spells it
    stems = [re.sub(r"(?:e?s)$", "", word) for word in re.findall(r"[^\W\d_]{4,}", hidden)]
    if len(stems) >= 2 and all(re.search(rf"\w{re.escape(stem)}|{re.escape(stem)}\w", rest) for stem in stems):
        return False  # ``In Czechoslovakia, {{c1::Czechs and Slovaks}} …``: the rest spells every word of it
    if re.match(r"[*_`]*(?:[-–~～](?:\d|[IVX]+\b)|[,.]\d)", text[end:]) or re.search(r"(?:\d|\b[IVX]+)[-–~～][*_`]*$", text[:start]):
        return False  # ``We find {{c1::CN 1}}-3 in the midbrain``, ``{{c1::NSDAP 15}},5 %``: never half of a range or a number
    if not text[:start].strip(" *_\"“(") and re.match(r"\s*(?:later|earlier|afterwards|before)\b", text[end:], re.I):
        return False  # ``{{c1::4 years}} later, …``: counted from a date the card does not give
    whole = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    fills = whole and ("," in text[start:end] or re.fullmatch(r"\d[\d.,]*\s?[^\W\d_]{1,10}", text[start:end]) is not None)
    # (``every hello time(2 seconds)``: the value of what it follows, a number and its unit)
    if text[:start].count("(") > text[:start].count(")") and not fills:
        return False  # inside a parenthesis: an aside or an expansion, given away by what it explains
    said = content_words(hidden)
    return not (said and {_root(_fold(word)) for word in said} <= {_root(_fold(word)) for word in known})


@lru_cache(maxsize=1 << 12)
def _fold(word: str) -> str:
    """``kröger`` -> ``kroger`` (memoised: a note's words come back often)."""
    return fold_accents(word)


def _quoted_words(text: str, start: int) -> int:
    """How many words the quotation around ``start`` has (0 when ``start`` is not inside one)."""
    before = text[:start]
    if before.count('"') % 2:
        opening, closing = before.rfind('"'), text.find('"', start)
    elif before.count("“") > before.count("”"):
        opening, closing = before.rfind("“"), text.find("”", start)
    else:
        return 0
    return len(text[opening + 1 : closing if closing >= 0 else len(text)].split())


def _root(word: str) -> str:
    """``partitions``, ``partitioning`` -> ``partition``: a word and its forms meet."""
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _given_away(text: str, start: int, end: int) -> bool:
    """The hidden part is said elsewhere in the sentence: ``All ports … are designated {{c1::ports}}``,
    ``multiple {{c1::VLANS}} … in each vlan`` (its singular), ``HTTP or {{c1::HTTPS}}`` (the word it extends)."""
    hidden = plain(text[start:end]).casefold().strip()
    rest = (text[:start] + " " + text[end:]).casefold()
    if not hidden:
        return False
    if _has_word(rest, hidden) or (len(hidden) > 3 and hidden.endswith("s") and _has_word(rest, hidden[:-1])):
        return True
    before = re.search(r"([^\W_]{3,})\s+(?:or|and|/|vs\.?)\s*$", text[:start].casefold())
    return before is not None and " " not in hidden and hidden.startswith(before.group(1)) and len(hidden) - len(before.group(1)) <= 2


def _has_word(text: str, word: str) -> bool:
    """``word`` in ``text`` as a whole word (what ``(?<!\\w)word(?!\\w)`` finds, with no regex to
    compile for every word)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not _is_word_char(text[start - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            return True
        start = text.find(word, start + 1)
    return False


def _name_rank(name: str) -> int:
    """Lists of names first, then names of several words, then technical names, then plain words."""
    if "," in name or _JOINED.search(name):
        return 0
    if " " in name:
        return 1
    return 2 if _TECHNICAL.search(name[1:] or name) else 3


_JOINED = re.compile(r"\s(?:and|or|&)\s")
_TECHNICAL = re.compile(r"[A-Z0-9].*[A-Z0-9]|\d")


_PREDICATE_CUT = re.compile(r",|;|\s(?:and|but|so|which|that|who|because|when|whenever|if|unless|while|until)\s")
"""Where a predicate's phrase ends: a comma, or a word that opens another clause."""


def _subject_predicate(text: str) -> list[tuple[int, int]]:
    """``Storage is where data is kept long-term, ...``: hide what the subject is said to be
    (a short predicate only; never when the subject is a pronoun or the sentence asks)."""
    called = _CALLED_AT_END.fullmatch(text.strip())
    if called is not None and not re.match(r"(?:the|a|an)\s+(?:\w+\s+)?(?:one|former|latter|above|following|same|other)\b", called.group("what"), re.IGNORECASE):
        offset = len(text) - len(text.lstrip())
        return [(offset + called.start("name"), offset + called.end("name"))]  # ``… is called the {{c1::ripple voltage}}``
    match = _IS.match(text)
    if match is None or _VAGUE_SUBJECT.search(match.group("subject")):
        return []
    subject = match.group("subject").strip()
    if _RELATIONAL.fullmatch(plain(subject)):
        return []  # ``Exception is {{c1::during a migration}}``: an exception to what the card does not say
    if re.fullmatch(r"(?:the|a|an|this|that|these|those|there)", plain(subject), re.IGNORECASE):
        return []  # ``The are 5 classes of IP addresses.``: a word missing, no subject
    if re.fullmatch(r"\$\$?[^$]+\$\$?", subject):
        if "=" in subject and "}}" not in subject:  # ``{{c1::$T = 2\pi/\omega$}} is the period``: the formula to recall
            return [(match.start("subject"), match.start("subject") + len(subject))]
        return []  # ``$t$ is the time``: a symbol's legend, not a fact to recall on its own
    end = match.end("pred")
    pred = text[match.start("pred") : end]
    if _RELATED.match(pred):  # ``The angular freq. is related to the period … by $\omega = 2\pi/T$``: the formula says how
        formulas = [found for found in re.finditer(r"(?<!\$)\$[^$]+\$(?!\$)", text) if "=" in found.group(0)]
        if len(formulas) == 1:
            return [(formulas[0].start(), formulas[0].end())]
    if _CLAUSE.match(pred):
        return []  # ``is whether a molecule and its mirror image ...``: a clause, no phrase to hide
    if re.match(r"(?:being|been|getting|going to|becoming)\b", pred, re.IGNORECASE):
        return []  # ``No new features are {{c1::being developed}}``: a verb's tense, not a thing to recall
    cut = _PREDICATE_CUT.search(pred)
    if cut is not None and cut.group(0) == " and " and re.search(r"\b(?:between|both)\s", pred[: cut.start()], re.IGNORECASE):
        cut = _PREDICATE_CUT.search(pred, cut.end())  # ``is the difference between the actual result and the forecast``: the ``and`` of ``between``
    if cut is not None and re.match(r"\s(?:which|that|who)\s", pred[cut.start() :]):
        return []  # ``the process of deciding which ...``: cut there, the phrase says nothing
    if cut is not None:
        end = match.start("pred") + cut.start()
    if (broken := re.search(r"\s*<br\s*/?>", text[match.start("pred") : end], re.IGNORECASE)) is not None:
        end = match.start("pred") + broken.start()  # ``is situated at 172.17.0.1 <br>``: the line ends at its break
    if text[match.start("pred") : end].count("(") != text[match.start("pred") : end].count(")"):
        return []  # ``immutable (can not change to code`` | ``, env. variables ...)``
    if text[match.start("pred") : end].count("$") % 2:
        return []  # ``described by $\ket{n`` | ``,l,m}$``: never inside a formula
    start = match.start("pred")
    if (naming := _NAMING.match(text[start:end])) is not None:
        start += naming.end()  # ``is known as {{c1::lodgement till}}``: the name, not the words that give it
    if (stress := re.match(r"([*_]{0,2})(?:precisely|exactly|approximately|roughly|about|around|nearly|almost)\1\s+(?=[$\d])", text[start:end])) is not None:
        start += stress.end()  # ``is **precisely** {{c1::$299 792 458$ m/s}}``: the value, not the word that stresses it
    size = len(text[start:end].split())
    if (again := re.search(r"\s(?:is|are|was|were)\s", text[start:end])) and not re.search(
        r"\b(?:where|when|which|that|who|whom|whose|what|how|if|because|as)\b", text[start : start + again.start()], re.IGNORECASE
    ):
        return []  # ``Boulder clay which is {{c1::the ground stone is ubiquitous …}}``: a clause of its own, no phrase to hide
    if content_words(text[start:end]) <= _VAGUE_NOUNS:
        return []  # ``arrays are {{c1::a thing}}``: nothing to recall
    if size and _stops_loose(text, start, end):
        return []  # ``are {{c1::manipulated -- in the material we've}} so far covered``: half a phrase
    if size == 1 and cut is not None and re.fullmatch(r"\$[^$]+\$|\d+(?:[.,]\d+)?", text[start:end].strip()):
        return [(start, end)]  # ``The force is {{c1::$0$}} when $\vec{v}$ and $\vec{B}$ …``: the value, then its condition
    return [(start, end)] if 2 <= size <= 8 or (naming is not None and 1 <= size <= 8) else []


_RELATIONAL = re.compile(
    r"(?:(?:the|an?|one|another|main|only)\s+)*(?:exception|difference|reason|problem|solution|answer|result|catch|trick|downside|upside|drawback|benefit|advantage|disadvantage)s?",
    re.IGNORECASE,
)
"""``Exception``, ``The difference``, ``The main reason``: a noun that needs what it relates to, said in the sentence before."""
_CLAUSE = re.compile(r"(?:whether|how|what|why|if|that)\b", re.IGNORECASE)
_RELATED = re.compile(
    r"(?:(?:directly|inversely|closely)\s+)?(?:related|associated|connected|linked|proportional)\s+(?:to|with)\b"
    r"|(?:given|defined|described|determined|expressed|calculated|found)\s+by\b",
    re.IGNORECASE,
)
"""A predicate that says only that there is a relation: what it is, the sentence's formula says."""
_NAMING = re.compile(r"(?:known|referred to|called|termed|named|designated)\s+(?:as\s+)?(?:(?-i:an?|the)\s+)?", re.IGNORECASE)


_CALLED_AT_END = re.compile(
    r"(?P<what>(?:the|a|an)\s[^.;:?!]{10,160}?)\s+(?:is|are)\s+(?:" + _NAMING.pattern + r")(?P<name>[^\s.,;:()][^.,;:()]{1,40}?)\s*\.?"
)
"""``the variation in output voltage that occurs as the capacitor is discharging is called the ripple
voltage``: a long description, then the name it is given: the name is what to recall."""


_DEFINING = re.compile(r"^(?:a|an|the(?! (?:most|best)\b)|one|any|anything|something|used|defined|known)\b", re.IGNORECASE)


_IS_OTHER = re.compile(
    r"^(?:(?:el|la|los|las|le|les|il|lo|gli|o|a|os|as|der|die|das|de|het|un|una|une|um|uma|ein|eine|een)\s+|l['’])?"
    r"(?P<subject>[^,;:()]{1,50}?)\s+(?:es|son|est|sont|è|sono|é|são|ist|sind|is|zijn)\s+(?P<pred>.+?)[.!]?$",
    re.IGNORECASE,
)
"""``La valencia es la amplitud de los límites …``: the same sentence in the languages with articles."""
_DEFINING_OTHER = re.compile(
    r"^(?:el|la|los|las|lo|un|una|unos|unas|le|les|une|des|il|gli|uno|o|a|os|as|um|uma|der|die|das|ein|eine"
    r"|einer|eines|een|het|de|aquel|aquella|aquello|aquellos|aquellas|celui|celle|ceux|colui|colei|quello|quella)\b|^l['’]",
    re.IGNORECASE,
)
_VAGUE_OTHER = re.compile(
    r"\b(?:est[aeo]s?|es[aeo]s?|ell[ao]s?|ces?|cette|cela|ceci|il|elle|ils|elles|quest[aeio]|quell[aeio]|ciò|ess[aeio]"
    r"|dies|diese[rsnm]?|dieses|er|sie|es|deze|dit|dat|zij|hij|het|isso|isto|ess[ae]s?|el[ae]s?|eles|elas|[oa]s? mesm[oa]s?"
    # a question, a comparison, a place or time: ``Quelles sont …``, ``Cuanto más bajos son …``, ``Am Ende der Phase ist …``
    r"|quel(?:le)?s?|qu[eé]|cu[aá]l(?:es)?|qual|quais|quale|quali|welche[rsnm]?|was|wer|wat|welke|cosa"
    r"|cuant[oa]s?|quant[oa]s?|más|mais|più|plus|moins|menos|je|umso|desto|hoe"
    r"|am|im|auf|bei|nach|vor|zur|zum|en|em|no|na|nos|nas|dans|au|aux|nel|nella|nei|con|per|por|para|op|bij|voor"
    # what is to be done, no subject: ``Zu prüfen ist die Einstellung des Täters …``
    r"|zu\s+\w+en"
    # the first or the other of things the sentence before named: ``La première est …``, ``Der zweite ist …``
    r"|premi[eè]re?s?|premiers?|secondes?|seconds?|deuxième|troisième|derni[eè]re?s?|l['’]une|l['’]autre|autres?"
    r"|primer[oa]?s?|segund[oa]s?|tercer[oa]?s?|últim[oa]s?|otr[oa]s?|erste[rsnm]?|zweite[rsnm]?|dritte[rsnm]?|letzte[rsnm]?|andere[rsnm]?"
    r"|prim[oa]|second[oa]|terz[oa]|ultim[oa]|altr[oa]|eerste|tweede|derde|laatste|andere"
    # where in the example: ``Hier ist das redundante Merkmal die Abteilungsbezeichnung``
    r"|hier|dort|da|ici|là|aquí|allí|aqui|ali|qui|lì|hierbij"
    r"|met|sur|sous|pour|avec|durante|após|dopo|après"
    # a negation, no subject: ``non è la storia a fare gli stati, ma …``
    r"|non|nicht|niet|nie|nem|ni|not"
    # what holds when the line above does not: ``Sonst ist eine Adressabbildung durch BS notwendig``
    r"|sonst|andernfalls|ansonsten|otherwise|else|sinon|altrimenti|sen[aã]o|anders)\b",
    re.IGNORECASE,
)
"""``Estas especies son …``, ``Cette classe est …``: a subject that points back, in those languages."""


def _defined_subject(text: str) -> str | None:
    """``Throughput is the number of jobs completed per unit of time.``, ``La valencia es la amplitud
    de los límites de tolerancia …``: a sentence that says what its subject is, too long to hide
    whole, asks what the subject is (the term, as written)."""
    if "$" in text:
        return None
    match = _IS.match(plain(text))
    if match is not None and not _VAGUE_SUBJECT.search(match.group("subject")):
        subject, pred = match.group("subject").strip(), match.group("pred")
        defining = _DEFINING.match(pred)
    else:
        match = None if plain(text).rstrip().endswith("?") else _IS_OTHER.match(plain(text))
        if match is None or _VAGUE_OTHER.search(match.group("subject")) or _VAGUE_SUBJECT.search(match.group("subject")):
            return None
        subject, pred = match.group("subject").strip(), match.group("pred")
        defining = _DEFINING_OTHER.match(pred)
    if not 1 <= len(subject.split()) <= 4 or not defining or len(pred.split()) < 5:
        return None
    if re.search(r"\b(?:which|that|who|whom|whose|where|when)$", subject, re.IGNORECASE):
        return None  # ``Boulder clay which is …``: a relative clause, its subject the sentence before
    subject = re.sub(r'^["“]([^"“”]+)["”]$', r"\1", subject)  # ``A "wave" is anything that …``
    subject = re.sub(r",\s+or\s+([^,;]+),$", r" (\1)", subject)  # ``Starvation, or indefinite blocking,``: its other name
    return subject[:1].upper() + subject[1:]


def _part_of_name(text: str, start: int) -> bool:
    """``Route 53``, ``Windows 10``: a number that is part of a name."""
    before = text[:start].rstrip().split()
    return bool(before) and before[-1][:1].isupper() and before[-1].casefold() not in {"up", "to", "over"}


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a bold mark it would cut in two (``… is {{c1::near or at full employment**}}``
    -> ``… is {{c1::near or at full employment}}**``)."""
    for mark in ("**", "__"):
        if text.count(mark, start, end) % 2:
            if text.startswith(mark, end - len(mark)):
                end -= len(mark)
            elif text.startswith(mark, start):
                start += len(mark)
    def odd(char: str) -> bool:
        return text[start:end].replace(char * 2, "").count(char) % 2 == 1
    while end > start and text[end - 1] in "*_\"”»" and (odd("*") or odd("_") or odd('"') or text[end - 1] in "”»"):
        end -= 1  # ``… depends on the signal.*"``: the closing marks of an italic quote the span does not open
    return start, end


_RANGE_WORD = re.compile(r"\.?\s*(?:[-–—~～]|\s(?:to|bis|až|a|à|al|até|do|tot|och|till|til)\s)\s*", re.IGNORECASE)
"""What joins the two ends of a range written out (``70 a 80 %``, ``10. až 14. století``, ``30 to 60``, ``10~14 mL/kg/h``)."""


def _ranges_whole(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two hidden numbers that are the ends of one range are one hidden part (``{{c1::30 až 60}}``):
    hidden apart, each gives the other away."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            before_start, before_end = merged[-1]
            between = _RANGE_WORD.fullmatch(text, before_end, start)
            if between and re.search(r"\d[^\d]*$", text[before_start:before_end]) and re.match(r"[^\d]{0,3}\d", text[start:end]):
                merged[-1] = (before_start, end)
                continue
        merged.append((start, end))
    return merged


def to_cloze(text: str, spans: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    last = 0
    spans = _ranges_whole(text, [_inside_marks(text, start, end) for start, end in spans])
    for number, (start, end) in enumerate(spans, 1):
        parts.append(text[last:start])
        parts.append(f"{{{{c{number}::{text[start:end]}}}}}")
        last = end
    parts.append(text[last:])
    return "".join(parts)




_GAP = re.compile(r"(?:^|\s)(?:_{2,}|\.{4,}|…{2,})(?=\s|$|[.,!?;:])")
"""``Herr Meier ist __ sein__ Bruder neidisch``: a blank of an exercise (underscores with space on both
sides, never the marks of ``__bold__``)."""
_PROMPT = re.compile(
    r"^\W*(?:briefly\s+|please\s+|now\s+)?(?:explain|describe|define|discuss|compare|contrast|identify|summari[sz]e|illustrate"
    r"|distinguish|analy[sz]e|justify|list\s+(?:the|all|and|two|three|four|five|six|some|\d)"
    r"|(?:name|state|give)\s+(?:the|an?|two|three|four|five|\d)\s|draw|sketch|calculate"
    r"|(?:erläutern|beschreiben|nennen|erklären|vergleichen|begründen|ermitteln)\s+sie|gegeben\s+(?:ist|sind)\b"
    r"|expliquez|décrivez|définissez|comparez|citez|nommez|énumérez|explique|describa|defina|descreva|enumere|spiega|descrivi|elenca)\b"
    r"|^\W*[A-ZÄÖÜ][a-zäöüß]+(?:en|ern|eln)\s+Sie\s(?![^.!]*\?)",
    re.IGNORECASE,
)
"""``Briefly describe Harry Hess' hypothesis of sea-floor spreading.``, ``Erläutern Sie …``: a task set
to the student, an exam question, not a fact to hide a word of."""


@lru_cache(maxsize=CACHE_SIZE)
def _statement(text: str) -> str | None:
    """The sentence as a fact to study, or None when it states nothing."""
    text = _FILLER.sub("", unwrap_strong(_PICTURE.sub("", text))).strip()
    text = re.sub(r"^==\s+", "", text)  # ``== 400,000 seconds``: a stray highlight mark, not a cloze
    text = re.sub(
        r"^([*_]*)(?:(?:Q|question|ex|exercise)\s*\d+[a-z]?\s*[:.)]|\d{1,2}[a-z]\))\s*", r"\1", text, flags=re.I
    )  # ``*Q20: …``, ``1c) power gating is …``
    text = re.sub(r"^\d+(?:\.\d+)+(?:\.\s+|\s+(?=\*\*|__))", "", text)  # ``1.4.  the variance …``: a section's number
    text = re.sub(r"^([*_]{0,2})(?:19|20)\d\d\s+[A-ZÇĞİÖŞÜ]{2,6}\1\s+(?=\S)", "", text)  # ``*2024 AYT* Genç fidanlar …``: the exam it was asked in
    label = re.match(r"^(\*\*|__)([^*_\n]{1,40}?)[:：]?\1[:：]?\s+(?=\S)", text)
    if label and is_remark_label(label.group(2)):
        text = text[label.end() :]  # ``**Egzamin:** Nie używaj …``: the exam's tip is what follows its label
    text = re.sub(r"^([*_]{0,2})(?i:def|defn|dfn|déf)\.?\s*[:：]\1\s*(?=\S)", "", text)  # ``DEF: A "wave" is …``: the mark, not the term
    if WHERE_TO_LOOK.match(plain(text)):
        return None  # ``Places to look in *Walpola Rahula* …``: where to read, not what it says
    if is_prompt_line(text):
        return None  # ``💡 SW1(config)# spanning-tree portfast default``: a command typed at a prompt, not a statement
    if text.startswith("`") and (text.count("`") < 2 or word_count(plain(text[text.index("`", 1) + 1 :])) < 3):
        return None  # a command line: code to read, not a statement (``readinessProbe`` belongs … is one)
    count = word_count(plain(text))
    if count < MIN_WORDS or count > MAX_WORDS or is_question(text) or is_link_only(text):
        return None
    if _FURTHER.match(plain(text)):
        return None
    if text.rstrip().endswith(")") and _ASKED_WITH_ASIDE.search(plain(text)):
        return None  # ``How does the polynomial for the string "APS" look like? (no evaluation …)``: a question, not a fact
    if plain(text)[:1].isupper() and _TASK_SENTENCE.match(plain(text)):
        return None  # ``Given a flow graph …, carry out one step …``, ``Carry out a query for two positions``: an exercise's task
    if _SQL_LINE.match(plain(text)):
        return None  # ``SELECT * FROM Users WHERE UserId = 105 OR 1=1;``: a query typed as text, code to read
    if count <= 6 and not _VERB.search(plain(text)) and not re.search(r"[\d.!]", plain(text)):
        return None  # a title or a name, not a statement
    bare = re.sub(r"\([^)]*\)", "", plain(text))
    said = [w for w in re.findall(r"\b[a-z][\w'-]*", bare) if w not in _JOINERS and len(w) > 2]
    latin = not re.search(
        r"[^\W\d_\u0000-\u024f]", bare
    )  # word counts and case mean this only in Latin script
    if latin and count <= 8 and not said and not _SMALL_VERB.search(bare):
        return None  # ``EV-DO Revision A (3.9G/4G)``, ``S3 Select & Glacier Select``: names, nothing said
    if plain(text).rstrip().endswith(":"):
        return None  # a line that leads into what follows
    return text


_TODO = re.compile(
    r"^\W*(?:todo|to do|fixme|tbd|tba|xxx|to fill(?: out| in)?|placeholder|coming soon)\b", re.I
)
_CITATION = re.compile(
    r"^\W*(?:arxiv|doi|isbn)\b\s*:?|,\s*\d+(?:st|nd|rd|th) (?:edition|ed\.)\W*$"
    # ``… notation. via Dehoff (p.473)``: a figure's caption and its source
    r"|\bvia [A-Z][\w'’.-]+(?: et al\.?)?\s*\((?:p|pp|s)\.?\s*\d+"
    # ``Eur Heart J. 2020;42(5):373–498.``: a journal's year, volume, issue and pages
    r"|\b(?:19|20)\d{2}\s*;\s*\d+\s*(?:\(\s*[\d–-]+\s*\))?\s*:\s*\d+",
    re.IGNORECASE,
)


_FIRST_PERSON = re.compile(
    r"(?<![\w/$\\-])(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]yself|(?<=as )mine|(?<=than )mine|(?<=of )mine)(?![\w/.~^$-])"
    r"|^(?i:need to|have to|should|must) (?i:do|read|look|check|learn|research|review)\b"
    r"|\b(?i:we will (?:learn|see|look|cover|discuss|study)|in the (?:next|last|previous) (?:class|lecture|lesson))\b"
)
"""``I picked C``, ``not cut out for history, me``, ``Need to do more research``: what the author
says of themselves or has still to do (case-sensitive: ``i.e.``, ``I/O`` and ``ME`` are not it)."""


_FIRST_PERSON_ELSEWHERE = re.compile(
    r"\b(?:[jJ]['’]ai (?:quand même |aussi |eu|trouvé|pensé)|[jJ]e (?:pense|crois|trouve) que|[Ii]ch (?:finde|denke|glaube),?"
    r"|[Mm]einer [Mm]einung|(?:[Yy]o )?(?:creo|pienso) que|[Aa]cho que|[Ii]k (?:vind|denk)|(?:[Ii]o )?(?:penso|credo) che)\b"
    # a learner's sentences about themselves: ``Ich wohne in …``, ``Mein Geburtstag ist am 16.``, ``Je m'appelle …``
    r"|^\W*(?:[İIi]ch|[Jj]['’]|[Yy]o|[Ii]o|[Ee]u|[Ii]k|[Mm]e llamo|[Mm]i nombre)\b|\b(?:[Mm]ein(?:e[mnrs]?)?|[Mm]ijn)\b"
    # and with the verb first: ``Nach der Schule habe ich …``, ``Jetzt studiere ich …``
    r"|\b(?:[^\W\d_]+e|bin|hab) ich\b"
    # an aside to the reader: ``FYI, guys in NYC still "bust a sag"``, ``BTW the name is silly``
    r"|^\W*(?:FYI|BTW|fyi|btw|Side ?note|P\.S\.|PS:)(?=[\s,:])"
    # the author's hedge: ``AFAIK it is native to EM``, ``IMO the name is silly``, ``IIRC …``
    r"|^\W*(?:AFAIK|IMO|IMHO|IIRC|TBH|FWIW|afaik|imo|imho|iirc|tbh|fwiw)(?=[\s,:])"
)
"""``J'ai quand même eu 0.25/3 de bonification``, ``Ich finde …``: the author speaking of themselves,
in other languages."""


_ELLIPTICAL = re.compile(
    r"(?:\S+\s+){0,4}(?:(?:is|are|was|were|does|do|did|can|will|has|have|should|must)\s+not"
    r"|(?:is|are|was|were|does|do|did|ca|wo|has|have|should|must)n['’]t)\s*[.!]?",
    re.IGNORECASE,
)
"""``The Queen is not.``: a short sentence whose verb is the sentence before it."""


def _first_person(text: str) -> bool:
    """``I should probably learn why``, ``Ich finde, …``: the author speaks of themselves (``text`` is plain)."""
    text = re.sub(r"\$[^$\n]*\$", " ", text)  # (``$F = I\ell B$``: the current, in a formula)
    if _FIRST_PERSON_ELSEWHERE.search(text):
        return True
    for match in _FIRST_PERSON.finditer(text):
        before = text[: match.start()]
        if match.group(0) == "I" and (
            re.search(r"\b(?:current|currents|the|a|an|its|of)\s$", before, re.IGNORECASE)
            or re.match(r"\s*(?:=|_|\^|\(t\))", text[match.end() :])
            or re.match(r"\s+(?:is|are|was)\s+(?:the|a|an)\s+(?:current|intensity|moment|integral|identity)", text[match.end() :])
        ):
            continue  # ``the current I flows``, ``I = V/R``, ``where I is the current``: a quantity's letter
        if (
            match.group(0) == "I"
            and re.search(r"[A-Z][\w-]*\s$", before)
            and not re.search(r"\b(?:What|When|Why|How|Where|Which|If|As|So|Then|And|But|Now|Here|All|Though|Although|Because|Since|While|Yet|Still|Also|Personally|Honestly|Maybe|Perhaps)\s$", before)
        ):
            continue  # ``Complex I``, ``Type I``: a numeral
        if before.count('"') % 2 or before.count("“") > before.count("”"):
            continue  # ``"Eat me" signal``: words quoted
        return True
    return False


_CAPTION = re.compile(
    r"\W*(?:figure|fig\.?|figura|abbildung|abb\.?|table|tableau|tabla|tabelle|tabella)\s*\d+(?:\.\d+)*\b"
    r"|\W*(?:图|圖|図|表)\s*\d{1,3}(?:[.\-]\d{1,3})*"  # ``图1.6.1：英仙座坐标0h26m，+63°的观测频谱``
    r"|\W*\d{1,3}\.\d{1,2}\s+(?-i:[A-ZÄÖÜ])[^.!?:]{3,80}$",  # ``125.1 Enzymatische Hydrolyse und Resorption``
    re.I,
)
"""``Figure 7.5 Unemployment in the United States, December 2014``: a caption, of something not in the text."""
_ASKS = re.compile(r"\W*(?:what|how|why|which|who)\s+(?:is|are|was|were|does|do|can|to|makes?)\b", re.IGNORECASE)
_WHICH_OF = re.compile(r"\W*which of (?:the|these|those)\b", re.IGNORECASE)
"""``Which of the ports listed below are used by RADIUS``: a quiz's question, however long, its mark or not."""
"""``what is being added across the alkene``: a question written without its question mark."""


_BARE_NUMBER = re.compile(r"(?<![\w.,-])\d{1,5}(?:[.,]\d+)?(?![\w%°-]|[.,]\d)")
_SO = re.compile(r"\b(?:quindi|dunque|so|thus|hence|therefore|donc|daher|somit|entonces|portanto|então)\b", re.IGNORECASE)
_STAMP = re.compile(
    r"\W*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    r"\s*(?:[(（]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）]?|\([月火水木金土日]\))?"
    r"\s*(?:[上下]午|午[前後后])?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?\W*"
)
"""``2025年2月15日 下午 09:55``: when the note was written (a stamp a notes app puts at its top), not a fact."""


_EXAMPLES = re.compile(
    r"\W*(?:ex|e\.\s?g|eg|exs|examples?|for example|z\.\s?b|bsp|beispiele?|p\.\s?ex|por ejemplo|ejemplos?|exemplos?|par exemple|exemples?|esempi[oa]?)"
    r"\s*[.:,]+\s*(?P<rest>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
"""``Ex: **Oxford** and **Cambridge University** and the **London clubs**``: examples of the line above."""
_VERB_ELSEWHERE = re.compile(
    r"\b(?:é|são|è|sono|est|sont|ist|sind|es|son|está|están|hat|haben|a|ont|ha|hanno|tem|têm|tiene|tienen|wird|werden)\b",
    re.IGNORECASE,
)
"""The verbs ``is``, ``are``, ``has``, ``will be`` in the languages the notes are written in."""


@lru_cache(maxsize=CACHE_SIZE)
def _reason(text: str) -> str | None:
    """Why a sentence states no fact to study, or None: what the sentence alone says (pure, so memoised
    like the text helpers it calls; ``_make`` adds what its place says)."""
    if text.count("`") >= 4 and not re.search(r"[^\W\d_]{3,}", re.sub(r"\([^()]*\)|\b(?:i\.e|e\.g|etc)\b", "", re.sub(r"`[^`]*`", "", text))):
        return f"values in code with nothing said of them: {plain(text)[:60]!r}"  # ```yesterday`, `today`, `tomorrow```
    if len(_BARE_NUMBER.findall(plain(text))) >= 3 and _SO.search(plain(text)):
        return f"the numbers of a worked example, not a fact: {plain(text)[:60]!r}"  # ``… è 100, … è 60, quindi il profitto è 40``
    if _COMPUTED.match(plain(text)):
        return f"a step of a worked computation, not a fact: {plain(text)[:60]!r}"  # ``(4 + 3 * 0 + 7 * 0^2) % 10 = 4 Oops, we collided again.``
    if _STAMP.fullmatch(plain(text)) or is_time_stamp(text):
        return f"a date and time alone, when the note was written: {plain(text)[:60]!r}"
    if re.search(r"\[(?:link|here|source|pdf|url|web|online)\]\(", text, re.IGNORECASE) and not _VERB.search(plain(text)):
        return f"a reference with its link, where to read, not a fact: {plain(text)[:60]!r}"
    if (("](" in text or "[[" in text) or CJK_CHAR.search(text)) and points_elsewhere(text):
        return f"points to where to read more, says nothing itself: {plain(text)[:60]!r}"  # (``进一步的例题参见习题 2-7, 2-9。``)
    if is_attributed_quote(text):
        return f"a quotation with who said it, not a fact: {plain(text)[:60]!r}"
    if (
        re.match(r"\W*(?:[Ll]ike|[Ss]uch as)\s", plain(text))
        and not _VERB.search(plain(text))
        and not re.search(r"[^\W\d_]{3,}ed\b|\b(?:believes?|thinks?|says?|argues?|holds?|claims?)\b", plain(text))
    ):
        return f"examples of what the sentence before says, not a fact: {plain(text)[:60]!r}"  # ``Like the Internal Revenue Service, …, etcetera.``
    if re.match(r"\W*(?:an? )?(?:examples? of\b(?!.*\b(?:is|are|include|includes|including|was|were)\b)|example\s*:)", plain(text), re.IGNORECASE):
        return f"an example, not a fact: {plain(text)[:60]!r}"  # ``Example of Didn't get the Job.``: what the bullet above is like
    if GRID_RULE.search(text):
        return f"a table drawn with characters, not a sentence: {plain(text)[:60]!r}"  # ``+------+-----+`` / ``| Language | … |``
    if _TO_FIND.search(text):
        return f"what a problem asks to find, not a fact: {plain(text)[:60]!r}"  # ``$1.$Flight time $t_f - ?$ $2.$Maximum height $h - ?$``
    if _ASKS_AT_END.search(plain(text)):
        return f"a question without its answer (and without its mark): {plain(text)[:60]!r}"  # ``… quantified memory into what number.``
    if is_signpost(text):
        return f"the lecture saying where it goes next, not a fact: {plain(text)[:60]!r}"
    if _TODO.match(plain(text)) or is_task(text):
        return f"a to-do of the author's, not a fact: {plain(text)[:60]!r}"
    if _CITATION.search(plain(text)):
        return f"a reference, not a fact: {plain(text)[:60]!r}"
    if _first_person(plain(text)) or is_course_remark(text) or _BYLINE.match(plain(text)) or LESSON_GIVEN.match(plain(text)):
        return f"the author's own remark, not a fact: {plain(text)[:60]!r}"
    if (listed := _KEYWORDS.fullmatch(plain(text).strip())) is not None and all(
        0 < word_count(item) <= 3 for item in re.split(r",|\band\b", listed["items"].rstrip(". "))
    ):
        return f"keywords, nothing said of them: {plain(text)[:60]!r}"  # ``Concepts: CIDR block, Masks, DHCP.``
    if _CONTENTS_ENTRY.match(text):
        return f"an entry of the note's table of contents, not a fact: {plain(text)[:60]!r}"  # ``[Growth through Scaling](#l2): Scenario Planning.``
    if _PROGRESS.search(plain(text)):
        return f"the author's progress, not a fact: {plain(text)[:60]!r}"  # ``Completed **12 lessons** with a score of **86%**.``
    if _LOG_LINE.match(plain(text)):
        return f"the author's own bookkeeping, not a fact: {plain(text)[:60]!r}"  # ``Topics: 1.3 Change Management; …``, ``Solid on: …``, ``Author note: …``
    if is_guess(text):
        return f"the author's guess, not a fact: {plain(text)[:60]!r}"
    if _ELLIPTICAL.fullmatch(plain(text).strip()):
        return f"a sentence that leaves its verb to the one before it: {plain(text)[:60]!r}"  # ``The Queen is not.``
    if is_remark_label(text):
        return f"a label of a part of the note, not a fact: {plain(text)[:60]!r}"
    bare = re.sub(rf"<?https?://\S+>?|{VIDEO_TIME}", "", plain(text))
    if bare != plain(text) and word_count(bare) <= 10 and not _VERB.search(bare):
        return f"a link with its title, where to look, not a fact: {plain(text)[:60]!r}"
    if _CAPTION.match(plain(text)):
        return f"the caption of a figure or table the note does not show: {plain(text)[:60]!r}"
    if len(re.findall(r"\s\|\s", f" {plain(text)} ")) >= 3:
        return f"a row of a table the note did not write as one: {plain(text)[:60]!r}"
    if re.match(r"\W*(?:no |exam )?weight(?:ing)?\s*\d*(?:\.\d+)?\s*%?\s*[-–:]", plain(text), re.IGNORECASE):
        return f"a topic of the syllabus with its exam weight, not a fact: {plain(text)[:60]!r}"
    statement = _statement(text)
    if statement is None:
        short = word_count(plain(text)) < MIN_WORDS
        return f"{'a name with nothing said about it' if short else 'not a statement to study'}: {plain(text)[:60]!r}"
    if is_analogy(statement):
        return f"an analogy, not a fact: {plain(statement)[:60]!r}"
    if (_ASKS.match(plain(statement)) and word_count(plain(statement)) <= 8) or _WHICH_OF.match(plain(statement)):
        return f"a question the note asks and does not answer: {plain(statement)[:60]!r}"
    if re.search(r"\s(?:vs\.?|v\.s\.?|versus)\s", plain(statement), re.I) and not _VERB.search(
        plain(statement)
    ):
        return f"a comparison with nothing said about it: {plain(statement)[:60]!r}"
    if _DANGLING.match(plain(statement)) or _CONTEXTUAL.search(plain(statement)) or _NO_SUBJECT.match(plain(statement)):
        return f"needs the sentence before it: {plain(statement)[:60]!r}"
    if leads_on(statement) or re.search(r"(?:-->|->|=>|→|⇒)\s*$", plain(statement)):
        return f"leads into what follows it, unfinished: {plain(statement)[:60]!r}"  # (``… non e' piu' SJF ma -->``)  # ``… of $X$ is``, ``… independent if``
    example = _EXAMPLES.match(plain(text))
    if example is not None and not _VERB.search(example.group("rest")) and not _VERB_ELSEWHERE.search(example.group("rest")):
        return f"examples of what the line above says, with nothing said of them: {plain(text)[:60]!r}"
    return None


_COMPUTED = re.compile(r"\W*[\d(][\d\s+\-*/×÷%^().,]*[+\-*/×÷%^][\d\s+\-*/×÷%^().,]*=\s*-?\d")
"""``(4 + 3 * 0 + 7 * 0^2) % 10 = 4``: numbers worked out, one step of an example."""


_LINKED = re.compile(
    r"\b(?:see(?: also)?|(?:discussed|described|explained|covered|shown) in|cf\.?|siehe|voir|ver|vedi|zie)\s+"
    r"(?:the\s+|note\s+)?(?:\[\[(?:[^\]|\n]+\|)?(?P<wiki>[^\]|\n]+)\]\]|\[(?P<text>[^\]\n]+)\]\([^)\n]*\))",
    re.IGNORECASE,
)
"""``as discussed in [[Gauge Boson Mixing and Currents]]``: the title of the note to read next, not a fact to hide."""


_OBJECTIVES = re.compile(r"\b(?:learning )?(?:objectives|outcomes)\s*:?$|\blearning goals\s*:?$", re.IGNORECASE)
"""``Learning objectives``: what a course says the reader will be able to do, not facts."""



def _left(state: State, line: int, reason: str) -> None:
    """Why a statement reached no card; on a line another statement's card holds, reported beside it."""
    if line in state.claimed:
        state.also.setdefault(line, reason)
    else:
        state.leave(line, reason)


_FILE_NAME = re.compile(r"[^\n]{1,120}?\.(?:pdf|pptx?|docx?|xlsx?|key|odt|odp|pages|mp4|mp3|m4a|png|jpe?g|gif|svg|zip)", re.IGNORECASE)
"""A line that is only the name of a file (the slides, the recording): where the lecture is, not what it says."""


def _names_a_thing(crumb: str) -> bool:
    """``Lambda@Edge``, ``Providers``: a heading short enough to be the subject of the sentences under it
    (not ``Understand Terraform basics``, what to study)."""
    said = plain(crumb).strip(" *_:#")
    if re.search(r",|\s(?:and|&|vs\.?)\s", said):
        return False  # ``Labels, Selectors, Annotations``: several things, none of them the subject
    return 0 < word_count(said) <= 3 and not is_objective(said) and not is_study_goals(said) and not re.match(r"(?i:understand|learn|know|explain|describe|introduction|overview|notes?|basics)\b", said)


def _make(state: State, place: Place, text: str, line: int, lines: range, names: Names) -> None:
    if not plain(text).strip():
        state.mark_structure(lines)  # an image with no words: nothing stated
        return
    reason = _reason(text)
    if reason is None and (
        _SUPPOSE.search(plain(text))
        or (place.crumbs and (EXAMPLE_TITLE.search(place.crumbs[-1]) or _SUPPOSED.match(plain(place.crumbs[-1]).strip(" *_"))))
        or any(_PRACTICE.match(plain(crumb)) for crumb in place.crumbs)
        or (len(place.crumbs) >= 2 and _OPEN_QUESTIONS.fullmatch(plain(place.crumbs[-1]).strip(" *_#")))
    ):
        reason = f"part of a worked example, not a fact to recall: {plain(text)[:60]!r}"
    if reason is None and (
        any(_OBJECTIVES.search(plain(crumb)) or is_study_goals(crumb) for crumb in place.crumbs[-1:])
        or is_objective(text)
        or is_objective(_FILLER.sub("", text))  # (``**EXAM TIP: Understand the differences between PSK, …**``)
    ):
        reason = f"a learning objective, not a fact: {plain(text)[:60]!r}"
    if reason is None and _VERB_FIRST.match(plain(text)) and not _names_a_thing(place.crumbs[-1] if place.crumbs else ""):
        reason = f"needs the sentence before it (it starts on its verb): {plain(text)[:60]!r}"
    if reason is None and place.crumbs and _SENTENCES.fullmatch(plain(place.crumbs[-1]).strip(" *_:#")) and not _TRANSLATED.search(text):
        reason = f"an example sentence with no translation, not a fact: {plain(text)[:60]!r}"  # ``## Sentences`` / ``Cora wäscht die Pilze.``
    if reason is None and place.crumbs and is_exam_questions(place.crumbs[-1]):
        reason = f"one of the exam's questions, set without its answer: {plain(text)[:60]!r}"
    if reason is None and _PROMPT.match(plain(text)):
        reason = f"a task the note sets, not a fact: {plain(text)[:60]!r}"
    if reason is None and _GAP.search(text):
        reason = f"a sentence with a gap to fill in, an exercise: {plain(text)[:60]!r}"
    if reason is None and says_how_hard(text):
        reason = f"a remark on how hard it is, not a fact: {plain(text)[:60]!r}"  # ``Naming ketones is slightly more difficult.``
    if reason is None and re.match(r"\s*\[[^\]\n]{1,80}\]:\s+\S", text) and (_FILE_NAME.search(text) or re.search(r"https?://|\./", text)):
        reason = f"a link's reference (where the file is), not a fact: {plain(text)[:60]!r}"  # ``[The Invention of Tradition]: ./(Canto) … .pdf``
    if reason is None and _FILE_NAME.fullmatch(plain(text).strip()):
        reason = f"the name of a file, not a fact: {plain(text)[:60]!r}"  # ``[[Illness II Chapt 8 with audio.pptx]]``
    if reason is not None:
        _left(state, line, reason)
        return
    statement = _statement(text)
    assert statement is not None
    above = (*place.context, *([place.title] if place.title else []))  # (the file's name, when no heading gives the title)
    known = set().union(*(content_words(crumb) | _latin_in_cjk(crumb) for crumb in above)) if above else set()
    common = names.common
    crumbs = [plain(crumb) for crumb in (*([place.title] if place.title else []), *place.crumbs)]
    spans = _spans(statement, known, common, names.seen, names.counts, names.proper, names.lower, crumbs)
    pointed = {plain(match.group("wiki") or match.group("text")).casefold() for match in _LINKED.finditer(text)}
    spans = [span for span in spans if plain(statement[span[0] : span[1]]).casefold() not in pointed]
    spans = spans or [
        span
        for span in _subject_predicate(statement)
        if not re.search(r"->|=>|→|⟶", statement[span[0] : span[1]]) and not re.match(r"\s*[:;,.]", statement[span[0] : span[1]])
        and not _given_away(statement, *span)
        and not _POINTS_AWAY.search(statement[span[0] : span[1]])  # ``is {{c1::also another such bottleneck in this equation}}``
        and not _LINK_IN.search(statement[span[0] : span[1]])  # ``are {{c1::covered in [CPU Architecture](…)}}``: where to read
    ]
    subject = None if spans or _EXAMPLE_OF_THIS.search(statement) else _defined_subject(statement)
    if subject is not None and norm_key(subject) not in {norm_key(label_of(crumb)) for crumb in place.crumbs}:
        card = place.card("definition", subject, statement, line=line, key=norm_key(subject), raw=text)
        state.add(card, lines)
        names.said.add(card)
        return
    if not spans:
        _left(state, line, f"no key term, number or name to ask about: {plain(statement)[:60]!r}")
        return
    hidden = " ".join(plain(statement[s:e]) for s, e in spans)
    if _WALKED_THROUGH.search(plain(statement)) and all(
        re.fullmatch(r"[-\d.,]+\s*[^\W\d_]{0,4}", plain(statement[s:e]).strip("`$ ")) for s, e in spans
    ):
        _left(state, line, f"a value of a walk-through (what we would do, what you should see): {plain(statement)[:60]!r}")
        return  # ``We would resize the hash table to a length of 22.``, ``you should see the master node running 1.12``
    if word_count(plain(statement)) >= 5 and word_count(hidden) >= 0.8 * word_count(plain(statement)):
        _left(state, line, f"the cloze would hide most of the sentence: {plain(statement)[:60]!r}")
        return
    vague = re.findall(r"[^\W\d_]+", hidden.casefold())
    raw = " ".join(statement[s:e] for s, e in spans)
    if vague and all(word in _VAGUE for word in vague) and not re.search(r"\d|`|\*\*", raw) and not raw.isupper():
        _left(state, line, f"the cloze would hide only a vague word: {plain(statement)[:60]!r}")
        return
    twin = names.said.holding(statement, hidden)
    if twin is not None:
        state.leave(line, f"already on the card about {plain(twin.front)[:50]!r}")
        return
    cloze = re.sub(r"\*\*(\{\{c\d+::[^}]*\}\})\*\*", r"\1", to_cloze(statement, spans))
    key = f"{norm_key(hidden)}@{' '.join(norm_key(statement).split()[:6])}"
    card = place.card("cloze", cloze, "", line=line, key=key, raw=text)
    state.add(card, lines)
    names.said.add(card)


_WALKED_THROUGH = re.compile(r"\b(?:we|you)\s+(?:would|could|should\s+see)\b", re.IGNORECASE)
"""``We would resize …``, ``We could multiply both equations by …``, ``you should see …``: a worked example or a
lab's walk-through, whose numbers are its own."""
_VAGUE = frozenset(
    [
        "not", "no", "the", "a", "an", "same", "very", "really", "quite", "so", "too", "more", "less", "most",
        "least", "large", "small", "big", "little", "good", "bad", "better", "worse", "best", "worst",
        "helpful", "useful", "here", "there", "example", "core", "strong", "weak", "obvious", "important",
        "different", "similar", "also", "true", "false", "complicated", "complex", "easy", "hard", "difficult", "simple",
        "possible", "necessary", "necessarily", "always", "never", "often", "sometimes", "usually", "actually",
        "just", "only", "still", "much", "many", "lot", "lots", "of", "to", "be", "is", "are", "it", "this",
        "that", "these", "those", "thing", "things", "way", "insane", "crazy", "cool", "nice", "great", "fine",
        "okay", "extremely", "surprising", "seemingly", "clever", "interesting", "powerful", "neat", "awesome",
        "amazing", "fun", "weird", "tricky", "straightforward", "trivial", "handy", "convenient", "pretty",
    ]
)
"""``Echolink is {{a good example}}``, ``AzCopy is {{helpful here}}``, ``… are {{not the same}}``: words
that say how the author judged something, not what there is to recall."""


SAID = 0.9
"""A sentence whose words are this much on one card already (a card not twice as long, which
would hold many sentences), what it would hide included, is that card again."""


_GLUE = frozenset(
    [
        "can",
        "could",
        "into",
        "onto",
        "with",
        "from",
        "their",
        "they",
        "them",
        "been",
        "have",
        "has",
        "had",
        "which",
        "also",
        "such",
        "some",
        "more",
        "most",
        "other",
        "than",
        "then",
        "when",
        "where",
        "there",
        "these",
        "those",
        "this",
        "that",
        "what",
        "will",
        "would",
        "should",
        "may",
        "might",
        "must",
        "about",
        "over",
        "under",
        "between",
        "each",
        "every",
        "very",
        "just",
        "only",
    ]
)


_SUFFIXES = ("ying", "ied", "ies", "ing", "ed", "es", "e")
"""Longest first: what ``(?:ied|ying|ies|ing|ed|es|e)$`` takes off."""


@lru_cache(maxsize=1 << 14)
def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=512)
def _gist(text: str) -> frozenset[str]:
    """The words of plain ``text`` that say something, stemmed (``classified``/``classifying`` meet)."""
    return frozenset(
        _stem(word) for word in plain_words(text) if (word not in _GLUE and len(word) > 2) or word.isdigit()
    )


class Said:
    """What the cards say, word by word: finds the card that already holds a sentence."""

    def __init__(self) -> None:
        self.cards: list[tuple[frozenset[str], Card]] = []
        self.postings: dict[str, list[int]] = defaultdict(list)

    def add(self, card: Card) -> None:
        words = _gist(plain(f"{card.front} {card.back}"))
        for word in words:
            self.postings[word].append(len(self.cards))
        self.cards.append((words, card))

    def holding(self, sentence: str, hidden: str) -> Card | None:
        """The card that says ``sentence`` already, what it would hide included."""
        words = _gist(plain(sentence))
        key = _gist(plain(hidden))
        if len(words) < 4:
            return None
        shared: Counter[int] = Counter()
        for word in words:
            shared.update(self.postings.get(word, ()))
        for index, count in shared.most_common(3):
            said = self.cards[index][0]
            if count >= SAID * len(words) and key <= said and len(said) <= 2 * len(words):
                return self.cards[index][1]
        return None


@dataclass(frozen=True, slots=True)
class Names:
    """How often the note names things: what is everywhere, and what it uses more than once."""

    common: set[str]
    """Names the note uses everywhere (``AWS``, ``EC2``): hiding them teaches nothing."""
    seen: set[str]
    """Names used at least twice (a capitalised word used once may be a typo)."""
    counts: Counter[str]
    """How many blocks of the note use each word."""
    proper: set[str]
    """Words the note capitalises in the middle of a sentence: names."""
    lower: set[str]
    """Words the note writes in lower case: ordinary words, whatever case opens a sentence."""
    said: Said
    """What the cards made so far say."""


_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]\w*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9]+")


@lru_cache(maxsize=CACHE_SIZE)
def _latin_in_cjk(text: str) -> frozenset[str]:
    """``DNS`` in ``DNSレコード``, ``ホストゾーンにDNSレコードを作成``: the Latin words of a line written
    without spaces, which the words of the line run together (``dnsレコード``) would not count."""
    if text.isascii() or CJK_CHAR.search(text) is None:
        return frozenset()
    return frozenset(word.casefold().rstrip("s") for word in _LATIN_RUN.findall(text))


def _names_of(state: State) -> Names:
    counts: Counter[str] = Counter()
    proper: set[str] = set()
    lower: set[str] = set()
    for node in [*state.nodes, *state.aside]:
        block = node.block
        text = plain(block.title if isinstance(block, Section) else getattr(block, "text", ""))
        counts.update(plain_words(text) | _latin_in_cjk(text))
        if not isinstance(block, Section):  # headings are in Title Case: no evidence of a name
            proper.update(_MID_CAPITAL.findall(text))
            lower.update(_LOWER_WORD.findall(text))
    common = {w for w, n in counts.items() if n >= COMMON}
    said = Said()
    for card in state.cards:
        said.add(card)
    return Names(common, {w for w, n in counts.items() if n >= 2}, counts, proper, lower, said)


def _free_units(state: State, para: Para, before: set[int]) -> Iterator[Unit]:
    found = units(para)
    partly = any((para.line, unit.index) in state.taken for unit in found)
    for unit in found:
        if (para.line, unit.index) in state.taken:
            continue
        if not partly and any(line in before for line in unit.lines):
            continue  # another rule made a card of the whole paragraph, or gave it a reason
        yield unit


_FOR_EXAMPLE = re.compile(r"^(?:for example|for instance|e\.g\.?|example)\b.*:$", re.IGNORECASE)


def facts(state: State) -> None:
    names = _names_of(state)
    before = set(state.claimed) | set(state.left) | state.noted
    example: set[int] = set()
    for node in state.nodes:
        block = node.block
        if (
            isinstance(block, Para)
            and isinstance(node.after, ListBlock)
            and _FOR_EXAMPLE.match(plain(block.text))
        ):
            example.update(range(node.after.line, node.after.end + 1))  # ``For example, ...:`` + its steps
        if isinstance(block, Item) and block.line in example:
            state.leave(
                block.line, f"part of a worked example, not a fact to recall: {plain(block.text)[:60]!r}"
            )
            continue
        if isinstance(block, Para):
            if _label_line(block, node.after):
                state.mark_structure(range(block.line, block.end + 1))
                continue
            if "[[" in block.text and is_link_only(block.text):
                state.leave(block.line, f"links to other pages of the notes, not a fact: {plain(block.text)[:60]!r}")
                continue  # ``[[0. AWS-SAA-Training Overview]]  [[2.VPCs-and-Subnets]]``: never cut at the ``0.`` in a link
            asks = plain(block.text).rstrip("*_ ").endswith("?")
            supposed = False
            for unit in _free_units(state, block, before):
                state.taken.add((block.line, unit.index))
                if asks:  # ``Samantha has just taken a test … Based on this, which …?``: a question's setup
                    state.leave(unit.first, f"part of a question, not a fact: {plain(unit.text)[:60]!r}")
                    continue
                supposed = supposed or _SUPPOSE.search(plain(unit.text)) is not None
                if supposed and not plain(unit.text).strip():
                    state.mark_structure(unit.lines)  # (a ``\`` line break in the example: no words)
                    continue
                if supposed:  # ``Assuming that a pizza costs 12 dollars … The budget is 72 dollars.``
                    state.leave(unit.first, f"part of a worked example, not a fact to recall: {plain(unit.text)[:60]!r}")
                    continue
                _make(state, node.place, unit.text, unit.first, unit.lines, names)
        elif isinstance(block, Item) and block.text and (not block.children or _names_in_bold(block) or _says_over(block)) and not _held(block, before):
            if block.task:  # ``- [x] 3 什么是Reinvestment Risk``: a box of the author's checklist, what to revise
                state.leave(block.line, f"an item of the author's checklist, not a fact: {plain(block.text)[:60]!r}")
                continue
            if _case_answer(block, node.place):
                state.leave(block.line, f"the answer to a case the note does not state: {plain(block.text)[:60]!r}")
                continue
            if (
                node.parent is not None
                and _GOES_ON_FROM_PARENT.match(plain(block.text))
                and len(plain(block.text).split()) <= 5
                and not re.search(r"[,.;!?]", plain(block.text))
                and not re.search(r"[.!?:;]\W*$", plain(node.parent.text))
            ):
                state.leave(block.line, f"goes on from the line above it, not a fact of its own: {plain(block.text)[:60]!r}")
                continue  # ``Workers suffer from alienation`` / ``From the means of production``
            if _CITATION.search(plain(block.text)):
                state.leave(block.line, f"a reference, not a fact: {plain(block.text)[:60]!r}")
                continue  # ``Kirchhof P, et al. *2020 ESC Guidelines for …*. Eur Heart J. 2020;42(5):373–498.``: every sentence of it
            said = units(Para(block.text, block.line, block.line + block.text.count("\n")))
            made: list[bool] = []
            for unit in said:
                count = len(state.cards)
                _make(state, node.place, unit.text, unit.first, unit.lines, names)
                made.append(len(state.cards) > count)
            _goes_with_cloze(state, said, made)


_GOES_ON_FROM_PARENT = re.compile(r"(?:from|to|of|with|by|for|into|through|via|towards?|without)\s+\w", re.IGNORECASE)
"""An item that opens with a preposition goes on with the line above it (``- From the product``)."""


_BOLD_NAME = re.compile(r"\*\*(?=\S)[^*\n]{2,40}?(?<=\S)\*\*")


def _names_in_bold(item: Item) -> bool:
    """``Taking the cosine of the angle of the impedance gives the **Power Factor**`` over what it
    is: a statement that names a term in bold, a fact of its own whatever is nested under it."""
    return (
        len(_BOLD_NAME.findall(item.text)) == 1
        and word_count(plain(item.text)) >= 6
        and not plain(item.text).rstrip().endswith((":", "?"))
    )


def _says_over(item: Item) -> bool:
    """``With private IPv6 subnets, even with an IGW via NAT, you still cannot get to the internet.`` over
    what follows from it: a whole sentence, too long for a breadcrumb, is a fact of its own."""
    text = plain(item.text).strip()
    return (
        "\n" not in item.text
        and text.endswith((".", "!"))
        and re.search(r"(?:^|[^\w.,])\d{1,2}[.)]$", text) is None  # (not ``… mit verben auf -ar >>1.`` over its forms)
        and word_count(text) >= 8
        and _TOLD.match(text) is None
    )


_TOLD = re.compile(
    r"\W*(?:given\b|know|understand|remember|learn|review|revise|carry out|use|make sure|try|consider|compare|describe|explain"
    r"|list|study|read|watch|practi[cs]e|memori[sz]e|be (?:able|aware|sure))\b",
    re.IGNORECASE,
)
"""``Know the difference between Multi-AZ and Read Replicas for RDS.``: what the reader is told to do, not a fact."""


def _goes_with_cloze(state: State, said: Sequence[Unit], made: Sequence[bool]) -> None:
    """``**Trojans** disguise themselves as useful software. They may or may not actually perform their
    cover use.``: the sentences of a bullet after its cloze that made no card of their own say more
    about what the cloze hides; they go under its answer, not to the report."""
    if len(said) < 2 or not made[0] or any(made[1:]):
        return
    card = state.cards[-1] if state.cards and state.cards[-1].kind == "cloze" else None
    if card is None or card.source.line != said[0].first:
        return
    if not all(_DANGLING.match(plain(unit.text).strip()) for unit in said[1:]):
        return  # (only sentences that go on about the bullet's subject: ``They …``, ``This software …``)
    rest = " ".join(unit.text.strip() for unit in said[1:])
    if word_count(plain(rest)) > 40:
        return  # (a paragraph's worth: the report says which sentences reached no card)
    state.cards[-1] = replace(card, extra=f"{card.extra}\n\n{rest}".strip())
    for unit in said[1:]:
        for line in unit.lines:
            state.also.pop(line, None)
        state.claim([line for line in unit.lines if line != card.source.line], "cloze")


_CASE = re.compile(
    r"^\W*(?:case|cas|caso|casus|fall|fallbeispiel)\s*(?:n°|nº|no\.?|nr\.?|#)?\s*\d{1,3}[a-z]?\W*(?::|$)", re.IGNORECASE
)
"""``Cas n°4 : Droit constitutionnel car …``, the bullets under ``Fall 2``: the answer to a case of a
worksheet whose text is not in the note, so nothing a card could ask."""


def _case_answer(item: Item, place: Place) -> bool:
    return bool(_CASE.match(plain(item.text))) or bool(place.crumbs and _CASE.match(plain(place.crumbs[-1])))


def _held(item: Item, before: set[int]) -> bool:
    return any(line in before for line in text_lines(item))


def _label_line(para: Para, after: Block | None) -> bool:
    """A pseudo-heading, or a short line alone that names what follows (``List of Ports``)."""
    if after is not None and pseudo_heading(para, after) is not None:
        return True
    text = plain(para.text)
    if "\n" in para.text or after is None or len(text.split()) > 7 or re.search(r"[.!?\d]", text):
        return False
    return (
        not _VERB.search(text) and not _SHOUT.search(text) and "**" not in para.text and "`" not in para.text
    )
