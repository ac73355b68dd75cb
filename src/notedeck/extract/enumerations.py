"""Enumerations: a heading, label or bullet whose children name things -> "list them" card.

- **Purchasing Options:**        ->  Purchasing Options — list all 3
    - On-Demand: pay in full          On-Demand / Reserved / Spot
    - Reserved: 1-3 years
    - Spot: highest bidder

Never a table of contents: children that are labels of sub-sections (``Store``, ``Read``), generic
attributes (``Security``, ``Performance``) or terms whose values are the point (``FTP: 21``) are
not listed; each child that defines something has its own card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..outline import Block, Code, Item, ListBlock, Para, Section
from ..text import (
    CJK_CHAR,
    EXAM_ID,
    KINDS_TITLE,
    QA_LABELS,
    STEP_WORDS,
    WORD_CLASS,
    clean,
    goes_on,
    is_empty_answer,
    is_label,
    is_link_only,
    is_name,
    is_objective,
    is_part_number,
    is_question,
    is_remark_label,
    is_study_goals,
    label_of,
    lead_in,
    names_a_change,
    names_a_lecture,
    norm_key,
    plain,
    points_elsewhere,
    split_definition,
    words,
)
from .common import (
    SHARE,
    VOCABULARY_TITLE,
    Place,
    child_label,
    comparison_label,
    comparison_sides,
    content_words,
    dash_asides,
    example_sentence,
    is_aspect,
    is_enumeration,
    is_explicit,
    is_generic,
    item_markdown,
    lists_sentences,
    scope_after_label,
    short_label,
    subtitle,
    title_going_on,
    topic,
)
from .ruler import State, visit
from .walk import (
    LEGEND_WORDS,
    PICTURE_ONLY,
    all_items,
    block_lines,
    item_label,
    prefix_topic,
    pseudo_heading,
    text_lines,
)

MAX_ITEMS = 8
"""Longer lists are not worth reciting in one go (graders kept none of 9 or more as it was)."""


def _real(children: Sequence[Item]) -> list[Item]:
    """Children with something to them, or none at all when a child that says something is left
    out (an image alone, a link alone, ``Same: Same``): "list all" must not drop what is there.
    Empty and N/A children are simply not listed."""
    children = [child for child in children if not _aside_label(child)]
    real = [child for child in children if _something(child)]
    meaningful = [child for child in children if child.text.strip() and not is_empty_answer(child.text)]
    return real if len(real) == len(meaningful) else []


_ASIDES = frozenset(
    [
        *["example", "examples", "e.g.", "eg", "ex", "ex.", "for example", "situations", "usage", "note", "notes"],
        # what is said against or for the things listed, beside them: ``- psychological`` / ``- ethical`` / ``- problems``
        *["problem", "problems", "issues", "criticism", "criticisms", "critique", "objection", "objections", "drawbacks"],
        *["limitations", "challenges", "counterarguments", "pros", "cons", "advantages", "disadvantages", "strengths"],
        "weaknesses",
    ]
)


_FILE_LINK = re.compile(r"\.(?:excalidraw|canvas|png|jpe?g|gif|svg|webp|pdf|docx?|pptx?|md)\b", re.IGNORECASE)


def _aside_label(child: Item) -> bool:
    """``example`` over its examples, beside the things listed: not one of them; a link to a
    drawing or a file (``[[Drawing 2022-09-17.excalidraw]]``), which names nothing to recall."""
    if is_link_only(child.text) and _FILE_LINK.search(child.text):
        return True
    return bool(child.blocks) and plain(child.text).casefold().strip(" :") in _ASIDES


def _steps(children: Sequence[Item]) -> list[Item]:
    """An ordered list is a sequence: every named step counts, even one with nothing under it."""
    return [child for child in children if plain(child.text)]


def _something(child: Item) -> bool:
    if not child.text.strip() or is_empty_answer(child.text):
        return False
    definition = split_definition(child.text)
    if definition is None:
        return True
    if not definition.body:
        return not child.blocks or bool(_real(child.children) or child.paragraphs)
    if points_elsewhere(clean(definition.body)):
        return True  # ``CloudFormation: See [notes](cf.md)``: the name is what is listed
    return (
        not is_empty_answer(definition.body)
        and plain(definition.term).casefold() != plain(definition.body).casefold()
    )


def _section_label(child: Item) -> bool:
    """A child that only heads what is nested under it (``**Store**`` over three bullets)."""
    definition = split_definition(child.text)
    bodyless = definition is None or not definition.body or subtitle(definition.body)
    one_line = len(child.children) == 1 and not child.children[0].blocks and not child.paragraphs
    labelled = is_label(child.text) or (definition is not None and subtitle(definition.body))
    return bodyless and bool(child.blocks) and labelled and not one_line


def _outline_label(child: Item) -> bool:
    """A label over labels, each over what it says (``1. **Vectors**`` over ``* **Inner product**`` and
    its lines, ``* **Orthogonality**`` and its lines): a part of an outline, not a name to recite."""
    kids = [kid for kid in child.children if plain(kid.text)]
    return _section_label(child) and len(kids) >= 2 and sum(1 for kid in kids if _section_label(kid)) * 2 >= len(kids)


def _value(child: Item) -> bool:
    """``FTP: 21``: the value is what there is to learn, not the name."""
    definition = split_definition(child.text)
    if definition is None or not definition.body:
        return False
    body = plain(definition.body)
    return words(body) <= 4 and any(ch.isdigit() for ch in body)


_PHRASE_OPENER = re.compile(
    r"(?:a|an|the|to|in|on|at|by|for|from|of|with|without|as|and|or|but|so|if|when|where|which|that|who|"
    r"is|are|was|were|be|can|could|will|would|should|must|may|might|do|does|did|has|have|had|not|no|only|"
    r"also|then|just|very|more|most|less|it|its|they|their|this|these|those|there|we|you|i|"
    r"make|makes|use|uses|used|allow|allows|provide|provides|give|gives|get|gets|need|needs|require|requires|"
    r"based|help|helps|let|lets|take|takes|keep|keeps|run|runs|create|creates|send|sends)\b|\w+(?:ing|ed)\b",
    re.IGNORECASE,
)


def _fragment(label: str) -> bool:
    """``in AWS``, ``make forwarding decisions based on MAC``: half a sentence, not a name; but
    ``bowel perforation``, ``intestinal hemorrhage`` are names written in lower case."""
    return label[:1].islower() and words(label) > 1 and _PHRASE_OPENER.match(label) is not None


_OPPOSITES = frozenset(
    frozenset(pair)
    for pair in (
        ("upper", "lower"), ("inner", "outer"), ("input", "output"), ("ascending", "descending"),
        ("positive", "negative"), ("positiv", "negativ"), ("positivo", "negativo"), ("positif", "négatif"),
        ("long", "short"), ("with", "without"), ("before", "after"), ("high", "low"), ("hot", "cold"),
        ("increase", "decrease"), ("internal", "external"), ("left", "right"), ("min", "max"),
        ("minimum", "maximum"), ("big", "small"), ("large", "small"), ("fast", "slow"), ("start", "end"),
        ("past", "present"), ("mit", "ohne"), ("vor", "nach"), ("hoch", "niedrig"), ("con", "sin"),
        ("avec", "sans"), ("alto", "basso"), ("alto", "bajo"), ("短期", "长期"), ("oben", "unten"),
        ("increased", "decreased"), ("acute", "chronic"), ("active", "passive"), ("single", "multiple"), ("one", "many"),
    )
)
"""Words that name the two sides of one thing: a list of just these two asks nothing."""


_POSITIONS = frozenset(
    ["outer", "middle", "inner", "upper", "lower", "top", "bottom", "front", "back", "left", "right", "centre", "center",
     "anterior", "posterior", "superior", "inferior", "medial", "lateral", "proximal", "distal", "first", "second",
     "third", "fourth", "last", "early", "late", "beginning", "end", "start"]
)
"""Words that only say where or when a part is: a list of them names nothing to recite."""


def _opposites(first: str, second: str) -> bool:
    """``With Treatment`` / ``Without Treatment``, ``Upper`` / ``Lower``: the same words but one pair of opposites."""
    def bare(text: str) -> list[str]:  # (``Single CPU`` / ``Multiple CPUs``: a noun and its plural are one word)
        return [word[:-1] if word.endswith("s") and len(word) > 3 else word for word in plain(text).casefold().split()]

    one, two = bare(first), bare(second)
    left = [word for word in one if word not in two]
    right = [word for word in two if word not in one]
    if len(left) != 1 or len(right) != 1:
        return False
    pair = frozenset((left[0], right[0]))  # (``decreases`` / ``increase``: the same two sides, said of one thing or several)
    return pair in _OPPOSITES or frozenset(_singular(word) for word in pair) in _OPPOSITES


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


_COMMAND_MARK = re.compile(r"(?:^|\s)--?[A-Za-z][\w-]*|\w://|<[\w-]+>|\s[|>]\s")
"""``--enabled``, ``-l``, ``gs://``, ``<bucket>``, `` | grep``: what only a typed command has."""
_PROSE_FIRST = frozenset(["the", "a", "an", "to", "in", "on", "of", "for", "is", "are", "can", "use", "it", "if", "when", "with", "no", "not"])


def _commands(children: Sequence[Item]) -> bool:
    """``gcloud config get-value project``, ``gcloud compute instances list``, …: commands typed as
    bullets, most led by one tool's name; lines to type, not names to recite."""
    firsts = [
        first[0]
        for child in children
        if len(first := plain(child.text).split()) >= 2 and not ((found := split_definition(child.text)) and found.body)
    ]  # (not ``setsebool``: what it does, each a card of its own)
    top = max(set(firsts), key=firsts.count) if firsts else ""
    if firsts.count(top) < 2 or firsts.count(top) * 2 < len(children) or top in _PROSE_FIRST:
        return False
    if not re.fullmatch(r"[a-z][a-z0-9_.-]{1,15}", top):
        return False
    return any(_COMMAND_MARK.search(plain(item_markdown(child))) for child in children)


_NUMBERED = re.compile(r"(.*?\D)\s*\d{1,2}")
_CJK_NUMBERED = re.compile(r"第?[一二三四五六七八九十]{1,2}(.*)")


_NAME_IN_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]$")
_NUMBER_RANGE_END = re.compile(r"(?<=\d)\s*[-–]\s*\d{1,2}$")


def _numbered_stem(label: str) -> str | None:
    """What a numbered label says besides its number (``常见问题`` of ``常见问题1``, ``类`` of ``一类``), or None."""
    text = plain(label).strip(" :*_")
    if text.endswith((")", "）")):
        text = _NAME_IN_BRACKETS.sub("", text).strip(" :*_")  # ``Schicht 1 (Bitübertragungsschicht)``
    if "-" in text or "–" in text:
        text = _NUMBER_RANGE_END.sub("", text)  # ``Schicht 5-7``: a range of numbers is a number too
    if (found := _NUMBERED.fullmatch(text)) is not None:
        return found.group(1).strip()
    if (found := _CJK_NUMBERED.fullmatch(text)) is not None:
        return found.group(1).strip() or "N"
    return None


_CASE_LABEL = re.compile(r"\W*(?:for|in|with|when|if|under|during|on)\s[^:\n]{1,40}:\s*$", re.IGNORECASE)
"""``For mean:``, ``In the short run:``: the case a point holds in, a label over its points, not a name to recite."""


_PART_WORD = re.compile(
    r"(?i:def|defn|definition|overview|intro|introduction|summary|background|key points|notes|advantages|disadvantages|pros|cons"
    r"|beispiele?|bemerkung|exemples?|ejemplos?|esempi[oi]|exemplos?|definición|definição|definizione|notas?"
    r"|定义|定義|例子|举例|例题|注意|注意事项|关键词|關鍵詞|特点|特點|优点|優點|缺点|缺點|用法)"
)
"""``Def``, ``Overview``: the label of a part of an outline, never a name in a list of kinds."""
_LEADS_ON = re.compile(r"\s(?:is|are)\s*:?\s*$", re.IGNORECASE)
"""``A process is`` over what a process is: a sentence going on into its points, not a name."""


def worth_listing(children: Sequence[Item], ordered: bool) -> bool:
    """Children a student would recite: 2-8 names, not sub-section labels, generic words or values."""
    if not 2 <= len(children) <= MAX_ITEMS or not is_enumeration(children):
        return False
    if sum(1 for child in children if is_objective(child.text)) * 2 >= len(children):
        return False  # ``Describe features of structured data`` …: what an exam covers, not its answers
    if sum(1 for child in children if child.task) * 2 >= len(children):
        return False  # ``- [x] Threat vector and attack surfaces``: what the author has done, not names to learn
    if sum(1 for child in children if child.heading and len(child.children) + len(child.paragraphs) >= 2) * 2 >= len(children):
        return False  # ``1. ### Structure`` over its points: headings of sub-sections typed in a list, a table of contents
    if sum(1 for child in children if child.heading and not child.blocks) * 2 >= len(children):
        return False  # ``- ### Clinical Diagnosis`` with nothing under it: a template's empty sections, not names
    if all(child.children and _CASE_LABEL.match(plain(child.text)) for child in children):
        return False  # ``1. For mean:`` / ``2. For variance / covariance:``, each over its points: cases, not names
    stems = {_numbered_stem(child_label(child)) for child in children}
    if len(stems) == 1 and None not in stems:
        return False  # ``常见问题1`` / ``常见问题2``, ``Example 1`` / ``Example 2``: numbered labels of parts, nothing to recite
    if _commands(children):
        return False  # ``VM`` over ``gcloud compute instances list``, ``gcloud services list --enabled``: commands, each a line to type
    if sum(1 for child in children if "http" in re.sub(r"!\[[^\]]*\]\([^)]*\)", "", child.text)) * 2 >= len(children):
        return False  # ``urls`` over ``https://www.wordreference.com : dictionary`` …: where to look, not names
    if sum(1 for child in children if (found := split_definition(child.text)) and example_sentence(found.term, found.body)) * 2 >= len(children):
        return False  # ``代名詞: That is my younger sister.`` …: labels of examples, nothing to recite
    if all(plain(child_label(child)).casefold().strip(" :") in _POSITIONS for child in children):
        return False  # ``Consists of 3 layers of cells`` over ``Outer`` / ``Middle`` / ``Inner``: places, each told on its own card
    if len(children) == 2 and _opposites(child_label(children[0]), child_label(children[1])):
        return False  # ``Skewness`` over ``Positive`` and ``Negative``: two sides of one thing, nothing to recite
    sides = [(child_label(child), bool(child.blocks)) for child in children]
    if any(
        (over or under) and _opposites(one, two)
        for index, (one, over) in enumerate(sides)
        for two, under in sides[index + 1 :]
    ):
        return False  # ``Alertness``, ``Increased levels`` / ``Decreased levels`` (each over its diseases): aspects, not names
    if sum(1 for child in children if names_a_change(child_label(child))) * 2 >= len(children):
        return False  # ``solido -> liquido = Fusão`` …: changes, each named on its own card, nothing to recite
    if sum(1 for child in children if plain(child_label(child)).casefold().strip(" :") in STEP_WORDS) * 2 >= len(children):
        return False  # ``Add: Net Income``, ``Less: Dividends``: the lines of a calculation, nothing to recite
    if sum(1 for child in children if (found := split_definition(child.text)) and found.sep == "`") * 2 > len(children):
        return False  # ``**carpet** `alfombra` ``, …: words of a vocabulary, each asked on its own card, nothing to recite
    if sum(1 for child in children if not child.blocks and (found := split_definition(child.text)) and found.sep == "=" and 0 < words(plain(found.body)) <= 5) * 2 > len(children):
        return False  # ``verletzen (hat verletzt) = to hurt``, …: words and their meanings, each a card, nothing to recite
    if sum(1 for child in children if _outline_label(child)) * 2 > len(children):
        return False  # ``1. **向量的内积**`` over ``* **内积**``, ``* **正交**`` and their pages: a table of contents, even when numbered
    if any(child.blocks and (_PART_WORD.fullmatch(plain(child_label(child)).strip(" :.*_")) or _LEADS_ON.search(plain(child_label(child)))) for child in children):
        return False  # ``1. Def`` / ``2. Device Driver`` …, ``- A process is`` over its points: the parts of an outline, not names to recite
    labels = sum(1 for child in children if _section_label(child))
    generic = sum(1 for child in children if is_aspect(child_label(child)))
    values = sum(1 for child in children if _value(child))
    fragments = sum(1 for child in children if _fragment(child_label(child)))
    if (labels * 2 >= len(children) and not ordered) or generic * 2 >= len(children):
        return False
    return values * 2 < len(children) and fragments * 2 < len(children)


_GLOSSED = re.compile(r"(?P<term>[^()\n]{1,40}?)\s*\((?P<gloss>[^()\n]{1,100})\)\s*")
"""``ella (she/her)``, ``un gato (a cat)``: a word and its meaning in brackets, as a vocabulary list has them."""


def _glossed(state: State, under: Place, children: Sequence[Item]) -> bool:
    """A vocabulary too long to recite (``Pronouns:`` over ``Yo (I)``, ``tú (you)``, …): each word
    and its meaning on a card of its own."""
    if len(children) <= MAX_ITEMS:
        return False
    found = [_GLOSSED.fullmatch(plain(child.text)) if not child.blocks else None for child in children]
    if sum(1 for match in found if match) < 0.8 * len(children):
        return False
    for child, match in zip(children, found, strict=True):
        if match is None or not re.search(r"[^\W\d_]", match.group("term")):
            state.leave(child.line, f"not a word and its meaning like the items around it: {plain(child.text)[:60]!r}")
            continue
        term, gloss = match.group("term").strip(), match.group("gloss").strip()
        if WORD_CLASS.fullmatch(gloss):
            state.leave(child.line, f"a word with only its word class, not what it means: {plain(child.text)[:60]!r}")
            continue  # ``zuverlässig (adj.)``
        card = under.card("definition", term, gloss, line=child.line, key=norm_key(term), raw=child.text)
        state.add(card, block_lines(child))
    return True


def _too_long(state: State, children: Sequence[Item], line: int | None) -> None:
    """A list of names too long to recite: reported as such, not as names with nothing said."""
    if len(children) <= MAX_ITEMS or not is_enumeration(children):
        return
    names = [
        child
        for child in children
        if not child.blocks
        and split_definition(child.text) is None
        and words(plain(child.text)) <= 4
        and len(plain(child.text)) <= 40
    ]
    if len(names) * 2 < len(children):
        return
    reason = f"one of {len(children)} items, too many to recite as one card"
    if line is not None:
        state.leave(line, f"heads {len(children)} items, too many to recite as one card")
    for child in names:
        state.leave(child.line, reason)


def _front(place: Place, label: str, count: int, ordered: bool) -> str:
    label = re.sub(r"(?<=\S)\s+[-–—]+$", "", label)  # ``Apparent Motion -`` over its list: a dash before the list, no part of its name
    if label[:1].islower() and place.parent and not is_remark_label(place.parent):
        label = f"{short_label(place.parent)} {label}"  # ``in AWS`` under Serverless: Serverless in AWS
    elif is_generic(label) and topic(place) and norm_key(topic(place).rsplit(" › ", 1)[-1]) != norm_key(label):
        label = f"{topic(place)} — {label}"  # (never ``Consumers — Consumers``: a label that repeats its heading)
    return f"{label} — list all {count}" + (" in order" if ordered else "")


def _note_in_list(child: Item) -> bool:
    """``Architecture: Snowball into Glacier`` among service names: a remark, not a member."""
    definition = split_definition(child.text)
    term = definition.term if definition is not None else ""
    return (
        definition is not None and words(term) == 1 and is_generic(term) and 0 < words(definition.body) <= 4
    )


def _listed(children: Sequence[Item]) -> list[Item]:
    """The children an enumeration names (each once): not comparisons, remarks or sentences."""
    named: dict[str, Item] = {}
    for child in children:
        if child.children and all(is_link_only(grand.text) for grand in child.children):
            continue  # ``Demandas Marshalianas`` over ``{{youtube …}}``: the title of a video, not a member
        if is_name(child.text) and comparison_label(child.text) is None and not _note_in_list(child):
            named.setdefault(norm_key(child_label(child)), child)
    return list(named.values())


def _recap(state: State, children: Sequence[Item], line: int) -> bool:
    """Children that are terms the note already defined above: a recap, not a new list to learn."""
    defined = {c.key.split(":", 1)[1] for c in state.cards if c.kind == "definition" and c.source.line < line}
    keys = [key for key in (norm_key(child_label(child)) for child in children) if key]
    return bool(keys) and sum(1 for key in keys if key in defined or key.split()[0] in defined) * 2 > len(
        keys
    )


_COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_COUNTED = re.compile(
    r"^(?:there are |the )?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:different\s+|main\s+|key\s+)?[^\W\d_]",
    re.IGNORECASE,
)


def _count(label: str) -> int | None:
    """``Two Invariants``, ``There are 4 different storage classes``: how many the label says there are."""
    found = _COUNTED.match(plain(label).strip())
    if found is None:
        return None
    word = found.group(1).casefold()
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


_EXAMPLES = re.compile(r"exampl|exempl|ejempl|beispiel|esemp|例子|示例|例题|例題", re.IGNORECASE)
_ARROWS = frozenset(["->", "-->", "=>", "→", "⟶", "⇒"])
_KINDS = re.compile(
    r"\b(?:types?|kinds?|sorts?|categor\w+|classes|rodzaje|arten|typen|tipos|tipi|formen|formas|forme)\b"
    r"|\b(?:de|of|von|on|di|od|from|upon)\s*:?$",
    re.IGNORECASE,
)
"""``sankcja rodzaje``, ``… depende de``: a label that names a kind of thing, whose members are asked for."""




def _stems(text: str) -> set[str]:
    """Word stems, loose enough that ``cilia`` and ``Cilium`` meet, not so loose that ``BlueBorne`` is ``Bluetooth``."""
    found = (re.sub(r"(?<=..)s$", "", word) for word in re.findall(r"[^\W\d_]+", plain(text).casefold()))  # (``IPs`` and ``IP``)
    return {word[:5] if len(word) > 6 else word[:4] for word in found}


_SENTENCE = re.compile(r"(?:\S+\s+){7,}\S*[.!]$|[^\x00-\u2fff]{20,}.*[。！]$")
"""An item that says something: eight words or more, or twenty characters of Chinese or Japanese, to its full stop."""


def _facet(label: str, item: str) -> bool:
    """``周边安全的基本特点`` under ``我国周边安全环境``, ``Features of the OSI model`` under ``OSI model``: a part of
    what is said about the label, named by the label's own words (two words, or four characters of Chinese or Japanese)."""
    said, named = plain(item), plain(label)
    if len(CJK_CHAR.findall(named)) >= 4:
        return any(named[start : start + 4] in said for start in range(len(named) - 3) if len(CJK_CHAR.findall(named[start : start + 4])) == 4)
    return len(_stems(_GLOSS.sub("", named)) & _stems(_GLOSS.sub("", said))) >= 2


_GLOSS = re.compile(r"\s*(?:\([^()]*\)|（[^（）]*）)")


_LETTERS = re.compile(r"[^\W\d_]{2,}")
_BRACKETED = re.compile(r"\([^()]*\)")


def _named_in_front(label: str, children: Sequence[Item]) -> bool:
    """Every item's words are in the label already (even inside its compounds: ``Modell`` in ``Schichtenmodell``)."""
    said = plain(label).casefold()
    named = [_LETTERS.findall(_BRACKETED.sub("", plain(child_label(child))).casefold()) for child in children]
    return len(children) >= 2 and all(tokens and all(token in said for token in tokens) for tokens in named)


def _card(
    state: State, place: Place, label: str, children: Sequence[Item], line: int, raw: str, ordered: bool
) -> None:
    if EXAM_ID.fullmatch(plain(label).strip()) and place.crumbs:
        label = place.crumbs[-1]  # ``## AIDA Modell`` / ``### MuKb01 (2) [ID: 3004724]`` over its four letters: the model's
    remark = is_remark_label(label) and not _EXAMPLES.search(plain(label))  # ``Examples``: names to list
    remark = remark or is_part_number(label)  # ``1.`` over two revolutions: a number, not what they are
    title = plain(label).strip(" .:*")
    remark = remark or title.casefold() in QA_LABELS  # ``Resposta`` to a question the note does not show
    remark = remark or VOCABULARY_TITLE.fullmatch(title) is not None  # ``Words:``: each word has its own card
    remark = remark or any(VOCABULARY_TITLE.fullmatch(plain(crumb).strip(" .:*#")) for crumb in place.crumbs)  # ``# Words`` / ``## Adverbs``: a part of a vocabulary
    remark = remark or not re.search(r"[^\W_]", plain(label))  # ``🎞️``: a mark, not a name to ask by
    if _named_in_front(label, children):
        state.mark_structure([line])
        return  # ``Unterschied zwischen DoD- und OSI-Schichtenmodell`` over ``OSI-Modell`` / ``DoD-Modell``: the front names them already
    if plain(label).count("/") >= 2 or _recap(state, children, line) or remark:
        state.mark_structure([line])  # ``IP: Public / Private / Elastic`` names its items already
        return
    if is_objective(label) and any(child.blocks for child in children):
        return  # ``5.6 Explain disaster recovery … concepts.`` over topics with their own notes: a table of contents
    listed = _listed(children)
    comparisons = [child for child in children if comparison_label(child.text) is not None]
    if len(listed) < 2 or len(listed) + len(comparisons) < len(children):
        return  # a list that would leave some of its items out says "list all" falsely
    if any(split_definition(child.text) is None and _LEADS_INTO.search(plain(child.text)) for child in listed):
        return  # ``$\mathcal{G}=(G,\cdot,0)$ where`` over its conditions: a statement in parts, not a name
    if sum(1 for child in listed if (child.children or child.paragraphs) and _facet(label, child_label(child))) >= max(2, len(listed) / 2):
        return  # ``我国周边安全环境`` over ``周边安全的基本特点：``, ``周边安全的主要威胁：``, each over its points: what the note says of it, in parts
    if all(_valued(child) for child in listed):
        state.mark_structure([line])  # ``Celsius`` over ``$0^{\circ}C$ = Freezing point …``: values, each asked on its own card
        return
    if _count(label) not in (None, len(listed)):
        return  # ``Two Invariants`` over three items: what is listed is not what the label counts
    if lists_sentences(listed):
        return  # example sentences (``この仕事は明日までにやってください。``): nothing to list by heart
    if _EXAMPLES.search(plain(label).rsplit("—", 1)[-1]) and all(
        words(plain(child.text)) >= 3
        or (words(plain(child.text)) == 2 and re.search(r"\s[a-zà-ÿ]", plain(child.text)))
        or len(CJK_CHAR.findall(plain(child.text))) >= 6  # (``真空中的均匀带电球面``)
        for child in listed
    ):  # (``Vengo dall'Italia``: two words, a sentence all the same)
        return  # ``Ejemplos`` over ``Nous allons manger des croissants``: sentences that show a rule, none to recite
    rule = split_definition(plain(label).strip(" _*"))
    if rule is not None and rule.sep in _ARROWS:
        state.mark_structure([line])  # ``-er -> -é`` over ``Manger -> Mangé``: a rule and its examples, each a card
        return
    if not _KINDS.search(plain(label)) and all(
        (found := split_definition(child.text)) is not None and found.sep in _ARROWS and found.body for child in listed
    ):
        state.mark_structure([line])  # ``Irregulares`` over ``Avoir -> Eu``, ``Être -> Été``: each pair asked on its own card
        return
    defined = sum(1 for child in listed if (found := split_definition(child.text)) is not None and found.body)
    if 0 < defined < len(listed) and any(child.blocks for child in listed):
        return  # ``In A minor scale``: ``T S T T``, ``A to C: …`` over its own notes: facets of one thing, not members
    if defined >= 2 and any(split_definition(child.text) is None and _SENTENCE.search(plain(child.text)) for child in listed):
        return  # ``第3章 …`` over ``**绝对优势**：…`` and ``贸易可以使社会上的每个人都获益，…。``: a chapter's terms and what it says
    named = norm_key(label)
    stems = _stems(label)
    if all(norm_key(child_label(child)) and norm_key(child_label(child)) in named for child in listed) or all(
        (said := _stems(_GLOSS.sub("", child_label(child)))) and said <= stems
        for child in listed
    ):  # (``Rough ER`` / ``Smooth ER`` under ``rough endoplasmic reticulum (ER) and smooth ER``; ``hygiene(健康) factors``: its gloss aside)
        state.mark_structure([line])  # ``Avoid, Accept, Transfer and Mitigate`` over those four
        return
    children = listed
    shares = all((found := split_definition(child.text)) is not None and SHARE.fullmatch(plain(found.term).strip()) for child in children)
    asides = dash_asides(children)
    back = "\n".join(
        f"- {clean(child.text)}" if shares or id(child) in asides  # ``59%: Christians``, ``25%: no religion``: what has which share, never the shares alone
        else f"{index}. {child_label(child)}" if ordered else f"- {child_label(child)}"
        for index, child in enumerate(children, 1)
    )
    card = place.card(
        "enumeration",
        _front(place, label, len(children), ordered),
        back,
        line=line,
        key=norm_key(label),
        raw=raw,
    )
    bare = [
        n
        for child in children
        if not child.blocks and (shares or split_definition(child.text) is None)
        for n in text_lines(child)
    ]
    state.add(card, [line, *bare])


_LEADS_INTO = re.compile(r"(?:\bwhere|\biff|\bs\.t\.|\bsuch that|\bwobei|\bdove|\boù|\bdonde|\btal que|\bsodass)\s*:?\s*$", re.I)
"""An item that ends where its children go on (``… where``, ``… iff``)."""


def _valued(child: Item) -> bool:
    r"""``$0^{\circ}C$ = Freezing point of water``: a number or a formula, with no word in it, and
    what it stands for (asked on the child's own card)."""
    definition = split_definition(child.text)
    if definition is None or not definition.body:
        return False
    term = definition.term.strip()
    return "$" in term and re.search(r"[^\W\d_]", re.sub(r"\$+[^$]*\$+", "", term)) is None




def _formula_before(state: State, para: Para) -> str | None:
    r"""The formula written just above a paragraph (``$$ Q = mc\Delta T $$``), or None."""
    previous = None
    for node in state.nodes:
        if node.block is para:
            break
        previous = node.block
    if not isinstance(previous, (Para, Code)) or para.line - previous.end > 2:
        return None
    text = previous.text.strip()
    math = re.fullmatch(r"\$\$\s*(.+?)\s*\$\$|\\\[\s*(.+?)\s*\\\]", text, re.DOTALL)
    if math is None or "$$" in (formula := (math.group(1) or math.group(2))):
        return None
    return " ".join(formula.split())


def _legend(state: State, place: Place, para: Para, items: Sequence[Item]) -> bool:
    r"""``Where:`` under ``$$ Q = mc\Delta T $$`` over ``$Q$ is the heat energy``, …: one card asks
    what the formula's symbols stand for (a list of them under a bare ``Where`` asks nothing)."""
    if plain(para.text).strip(" :*_").casefold() not in LEGEND_WORDS:
        return False
    formula = _formula_before(state, para)
    free = [item for item in items if not item.children and state.free(item.line)]
    if formula is None or len(free) != len(items) or not 2 <= len(items) <= 10:
        state.mark_structure([para.line])
        return True
    back = "\n".join(f"- {clean(item.text)}" for item in items)
    front = f"${formula}$ — what each symbol stands for"
    card = place.card("enumeration", front, back, line=para.line, key=norm_key(f"{formula} where"), raw=para.text)
    state.add(card, [para.line, *(item.line for item in items)])
    return True


def _item(state: State, place: Place, item: Item) -> None:
    if not item.children or is_question(item.text) or is_explicit(item.text):
        return
    if state.holds_authors_cards(item):
        return
    if comparison_label(item.text, place.parent) is not None:
        return
    definition = split_definition(item.text)
    if (definition is None and not is_label(item.text)) or goes_on(item.text):
        return
    if definition is not None and definition.body and not lead_in(definition.body):
        return
    if item.paragraphs:
        return  # ``TTL`` with a paragraph of its own: a definition with parts, not a category
    if _record(state, item.children):
        return  # ``Dziady`` over ``epoka: …``, ``gatunek: …``: a record's fields, each asked with its value
    if plain(item.text).casefold().strip(" :") in ("ex", "ex.", "e.g.", "eg"):
        return  # ``EX:`` over the examples: no category, each example belongs to what it shows
    ordered = bool(item.children) and all(child.ordered for child in item.children)
    children = _steps(item.children) if ordered else _real(item.children)
    label = label_of(item.text)
    if definition is not None and definition.sep.strip() in ("-", "–", "—") and prefix_topic(item.text.rstrip(" :")) is not None:
        label = plain(item.text).strip(" :")  # ``Objects - Apartment:`` (and ``Objects - Learning``): the topic is half its name
    if 2 <= len(children) <= 4 and _sides_named_above(place, children):
        state.leave(item.line, f"the sides the heading above compares, each told of on its own card: {plain(item.text)[:40]!r}")
        return  # ``Comparing TCP and UDP`` / ``- **Header Size:**`` over ``**TCP:** …`` and ``**UDP:** …``
    if worth_listing(children, ordered):
        _card(state, place, label, children, item.line, item.text, ordered)
    elif not _glossed(state, place.under_item(item_label(item)), children):
        _too_long(state, children, item.line)


def _sides_named_above(place: Place, children: Sequence[Item]) -> bool:
    """Children each named (``**TCP:** …``) by a word of a heading above that compares (``Comparing TCP and UDP``,
    ``TCP vs UDP``): the sides of that comparison, told of under each aspect, not a list to recall."""
    crumbs = [plain(crumb).casefold() for crumb in place.crumbs]
    if not any(_COMPARES.search(crumb) for crumb in crumbs):
        return False
    said = set(re.findall(r"[\w+#./-]+", " ".join(crumbs)))
    names = [plain(child_label(child)).casefold().strip(" :*_") for child in children]
    return all(name and name in said and split_definition(child.text) is not None for name, child in zip(names, children, strict=True))


_COMPARES = re.compile(r"\b(?:compar\w*|vs\.?|versus|differences?|contrast\w*|vergleich\w*|comparaison|comparación)\b")


def _record(state: State, items: Sequence[Item]) -> bool:
    """Half the items or more are a record's fields (definitions.py marks them): their names are no list to recite."""
    return sum(id(item) in state.fields for item in items) * 2 >= len(items)


def _label(state: State, place: Place, para: Para, after: Block | None) -> None:
    if not isinstance(after, ListBlock) or after.line > para.end + 2:
        return
    label = pseudo_heading(para, after)
    if label is None or comparison_sides(label) is not None:
        return
    scoped = _real(scope_after_label(after.items, para.text))
    if scoped and _record(state, scoped):
        return  # ``**Značilnosti senzornega spomina:**`` over ``- trajanje: …``: a record's fields, each asked with its value
    if _legend(state, place, para, scoped):
        return
    if _glossary(label, scoped) or _TERMS_TITLE.fullmatch(plain(label).strip(" *_:#")):
        return  # ```OTM``` over ``OTM/Call: strike > stock``, ``OTM/Put: …``: each case is a card of its own
    if worth_listing(scoped, after.ordered):
        _card(state, place, label, scoped, para.line, para.text, after.ordered)
        state.claim(block_lines(para), "enumeration")
    elif _glossed(state, place.under_label(label), scoped):
        state.claim(block_lines(para), "definition")
    else:
        _too_long(state, scoped, para.line)


_ASKS = re.compile(r"(?:what|why|how|which|who)\s+(?:is|are|was|were|does|do|did|to|can)\s+\w", re.IGNORECASE)
"""``what is normalization, …`` with its mark left off: a heading that asks."""


def _list_goes_on(section: Section) -> bool:
    """The heading's first list goes on after a picture (``* Afferent`` / ``* Efferent``, a
    drawing, ``* Renal Corpuscle`` …): its two points are not all the heading names."""
    blocks = section.blocks
    return any(
        isinstance(block, ListBlock)
        and (isinstance(before, ListBlock) or (isinstance(before, Para) and PICTURE_ONLY.fullmatch(before.text.strip()) is not None))
        for before, block in pairwise(blocks)
    )  # (an HTML picture is no block of the outline: the two lists stand side by side)


def _heading(state: State, place: Place, section: Section) -> None:
    first = section.blocks[0] if section.blocks else None
    if (
        isinstance(first, Para)
        and len(section.blocks) >= 2
        and isinstance(section.blocks[1], ListBlock)
        and len(section.blocks[1].items) >= 2
        and KINDS_TITLE.match(plain(label_of(section.title)).strip(" *_#"))
    ):
        first = section.blocks[1]  # ``# Tipos de Amenaza`` / ``> [!info] Actividad … que pretende provocar algún daño`` / the kinds
    if not isinstance(first, ListBlock) or is_question(section.title):
        return
    if comparison_sides(label_of(section.title)) is not None:
        return
    if is_study_goals(section.title):
        state.leave_all(block_lines(first), f"a learning objective of the course, not a list to recite: {plain(section.title)[:40]!r}")
        return  # ``## Compétences travaillées dans la séquence`` over ``- Argumenter``, …
    children = _steps(first.items) if first.ordered else _real(first.items)
    asked = content_words(section.title)
    if _ASKS.match(plain(label_of(section.title))) and any(
        (said := content_words(child_label(child))) and said <= asked for child in children
    ):
        return  # ``#### 18. what is normalization, 1NF - BCNF, benefits`` over ``- normalization: …``, ``- pros: …``: the parts of its answer
    if names_a_lecture(section.title):
        if _previews(section.title, children):
            state.leave_all(block_lines(first), f"the outline of the part its heading names, not a list to recite: {plain(section.title)[:40]!r}")
        return  # (a lecture's title: what is under it is that lecture's notes, not a list of what the title names)
    if children and _record(state, children):
        return  # ``#### 1. Amazônia`` over ``- Localização: …``, ``- Clima: …`` as every biome has: a record's fields
    if children and {id(item) for item in children} <= {id(node.block) for node in state.aside}:
        return  # ``## Theorists:`` over ``[Max Weber](#max-weber)``, …: a table of contents, set aside
    if _glossary(label_of(section.title), children) or _TERMS_TITLE.fullmatch(plain(label_of(section.title)).strip(" *_:#")):
        state.mark_structure([section.line])
        return  # ``## 3 Market Demand`` over ``market demand curve: …``, ``movement along …``: each defines its own term
    if _previews(section.title, children):
        state.leave_all(
            block_lines(first), f"the outline of the part its heading names, not a list to recite: {plain(section.title)[:40]!r}"
        )
        return
    if _OVERVIEW_TITLE.match(plain(label_of(section.title)).strip(" *_#")) and children and all(
        (found := split_definition(child.text)) is not None and words(plain(found.body)) >= 5 for child in children
    ):
        state.mark_structure([section.line])
        return  # ``### 1. Introduction to TCP & UDP`` over ``**Layer 4 Protocols:** …``, ``**Exam Focus:** …``: topics, each told of
    if worth_listing(children, first.ordered) and _list_goes_on(section):
        state.mark_structure([section.line])  # ``### Anatomy`` over two points, a picture, then more: not all it names
    elif worth_listing(children, first.ordered):
        split = prefix_topic(section.title)  # ``### Lambda - Event Source Mapping``: about the mapping, not Lambda
        if split is not None and (words(split[0]) > 3 or not plain(split[1])[:1].isupper()):
            split = None  # ``Hierarchy of objectives - classification by broadness``: the title, then an aside
        label = title_going_on(section.title) or place.topic_of(section.title) or (f"{split[1]} ({split[0]})" if split else label_of(section.title))
        _card(state, place, label, children, section.line, section.title, first.ordered)
    elif not _glossed(state, place.under_heading(section), children):
        _too_long(state, children, None)  # the heading is a crumb


_OVERVIEW_TITLE = re.compile(
    r"(?:\d{1,2}[.)]?\s*)?(?:introduction|intro|overview|summary|basics|recap|review|einführung|einleitung|überblick|introducción"
    r"|introdução|introduzione|résumé|zusammenfassung|riassunto|resumen|resumo)\b",
    re.IGNORECASE,
)
"""``1. Introduction to TCP & UDP``, ``Overview``: a part that opens on what it goes on to tell, not a category of names."""
_TERMS_TITLE = re.compile(
    r"(?:(?:key|important|main|basic|wichtige|grundlegende|other|more|further|miscellaneous|misc\.?|weitere|sonstige|andere|otros|otras|autres|altri|altre"
    r"|outros|outras|inne|další|egyéb|további|другие|прочие)\s+)?"
    r"(?:definitions?|definíciók|témakörök|topics|definitionen|définitions?|definiciones|definições|definizioni|definities"
    r"|terms|terminology|glossary|begriffe|fachbegriffe|grundbegriffe|glossar|termes|glossaire|términos|glosario|termos|termini|concepts?|konzepte?|conceptos?|conceitos?|concetti|concetto"
    r"|定义|定義|概念|术语|術語|用語|용어|개념)",
    re.IGNORECASE,
)
"""``## Definitionen``: the terms of the part, each defined on its own card, never a list to recite by that name."""


def _glossary(label: str, children: Sequence[Item]) -> bool:
    """Terms defined under a heading, one of which is the heading's own term or a term made from it
    (``Market Demand`` over ``market demand curve: …``): a glossary of the part, each term on its own
    card, not the kinds of what the heading names."""
    def stem(text: str) -> str:
        return re.sub(r"(?<=\w)s\b", "", re.sub(r"\s+", " ", plain(text)).casefold().strip(" *_:"))

    named = stem(re.sub(r"\([^)]*\)", "", label))
    if len(named) < 3:
        return False
    defined = [split_definition(child.text) for child in children]
    if any(found is None or not found.body for found in defined):
        return False
    terms = [stem(found.term) for found in defined if found is not None]
    return any(term == named or term.startswith((f"{named} ", f"{named}/", f"{named}-")) for term in terms)


_OVERVIEW_TITLES = frozenset(
    ["overview", "outline", "agenda", "contents", "table of contents", "plan", "sommaire", "inhalt", "gliederung", "ablauf", "tagesordnung", "programma", "programa",
     "topics", "topics covered", "covered topics", "topics to cover", "tópicos", "temas", "themen", "sujets", "argomenti", "inhalte", "contenu", "conteúdo", "contenido"]
)


def _previews(title: str, children: Sequence[Item]) -> bool:
    """``## Lecture 3: Budget constraints and constrained choice`` over ``Budget constraints`` /
    ``Constrained choice`` / ``Food stamps``, or ``## overview`` over bare names: what the part will
    cover, said before it covers it."""
    named = plain(title).casefold()
    leaves = [child for child in children if not child.blocks]
    bare_title = re.sub(r"^[\W_]+", "", named).strip(" :")  # (``📘 Topics Covered``: the mark before it names nothing)
    if len(leaves) != len(children) or len(children) < 2:
        return False
    if bare_title in _OVERVIEW_TITLES:
        bare = [re.sub(r"\s*[:：]\s*(?:略|tbd|todo|\.\.\.|…)?\s*$", "", plain(child.text), flags=re.I) for child in children]
        return all(words(name) <= 6 and not re.search(r"[:：=—–]|\s-\s", name) for name in bare)
    said = [child for child in children if len(plain(child.text).strip()) >= 4 and plain(child.text).strip(" :.").casefold() in named]
    return len(said) >= 2 and 2 * len(said) >= len(children)


OUTLINE_ITEMS = 8
"""A list of this many bare labels or more, nested, at the top of a note is its table of contents."""


def _bare(item: Item) -> bool:
    text = plain(item.text)
    return (
        "\n" not in item.text.strip()
        and not item.paragraphs
        and split_definition(item.text) is None
        and 0 < words(text) <= 6
        and not re.search(r"[.!?;]\s*$|\s[-–=]>?\s", text)
    )


def _outlines(root: Section) -> set[int]:
    """Lines of the note's table of contents: a list at its top, before any heading, of nested
    labels and nothing else."""
    lines: set[int] = set()
    for block in root.blocks:
        if isinstance(block, ListBlock):
            items = list(all_items(block.items))
            nested = any(item.children for item in block.items)
            if nested and len(items) >= OUTLINE_ITEMS and all(_bare(item) for item in items):
                lines.update(item.line for item in items)
    return lines


def _vocabulary_after_opening(state: State) -> None:
    """``## Onomatopeyas``, an opening sentence, then ``- `きらきら` *kirakira* (brillando)`` …: a
    vocabulary under a heading that first says what it is, each word on a card of its own."""
    for node in state.nodes:
        section = node.block
        if not isinstance(section, Section) or len(section.blocks) < 2:
            continue
        first, listed = section.blocks[0], section.blocks[1]
        if isinstance(first, Para) and isinstance(listed, ListBlock) and state.free(listed.line):
            words_ = [item for item in listed.items if plain(item.text).strip(" `*()")]
            _glossed(state, node.place.under_heading(section), words_)


def enumerations(state: State) -> None:
    _vocabulary_after_opening(state)
    toc = _outlines(state.outline.root)
    for line in sorted(toc):
        state.mark_structure([line])
    visit(
        state,
        item=lambda node, block: None if block.line in toc else _item(state, node.place, block),
        para=lambda node, block: _label(state, node.place, block, node.after),
        section=lambda node, block: _heading(state, node.place, block),
    )
