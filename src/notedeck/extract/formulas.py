"""Formulas: a sentence that leads into display math asks for it.

``For any two random variables X and Y, the covariance is given by:`` over ``$$ … $$`` is a card
whose front is that sentence and whose back is the formula (with the ``where …`` line that names
its symbols, when one follows). Math blocks in a row are one formula.
"""

from __future__ import annotations

import re

from ..outline import Code, Item, ListBlock, Para, Section, Table
from ..text import (
    CJK,
    FILLER_TERMS,
    clean,
    is_connective,
    is_course_remark,
    is_part_number,
    is_question,
    is_remark_label,
    label_of,
    lazy,
    norm_key,
    plain,
    split_definition,
    statement_number,
    strip_numbering,
    words,
)
from .common import POINTING_TERM, is_generic, with_parent, worked_alignment, worked_result
from .prose import Unit, units
from .ruler import State
from .walk import Node, block_lines, text_lines

_LEADS = re.compile(
    r"(?::|\b(?:by|is|are|as|be|have|has|get|gives?|then|equals?|reads?|written|defined|follows|obtain|"
    r"formula|equation|expression|relation|law|rule)|[=,])\s*$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"^(?:it|this|that|these|they|its|which|questa|questo|questi|queste|quest['’]|ciò|ce|cette|ceci|cela|ces"
    r"|dies|diese|dieser|dieses|esta|este|esto|estas|estos|isso|isto|essa|esse)\b"
    # a verb with its subject left out, as Italian, Spanish and Portuguese write: ``Avrà come funzione di ripartizione``
    r"|(?:avrà|avranno|ha|hanno|sarà|saranno|vale|valgono|risulta|tendrá|tiene|tienen|será|terá|tem|têm)\s",
    re.IGNORECASE,
)
_OPENING = re.compile(r"^(?:and|so|thus|hence|therefore|then|also)\s+", re.IGNORECASE)
_STEP = lazy(
    # ``Putting the last two equations together by substituting the first in the second gets``
    r"\b(?:the|these) (?:last|previous|above|preceding) (?:two |three )?(?:equations?|formulas?|expressions?|results?)\b|\bby substituting\b|"
    # ``First the time part``, ``with some rearrangement``, ``we can simplify to``, ``… leaving``: the working's next line
    r"^(?:first|then)\b(?!\s+law\b)|\brearrang\w*|\bsimplify\b|\bevaluating\b|\bleaving\s*:?$|"
    r"^(?:substitut\w*|putting|combining|plug(?:ging)?|now|next|rearrang\w*|solv\w*|simplif\w*|expand\w*|differentiat\w*|"
    r"integrat\w*|taking|applying|evaluat\w*|let['’]s|let us)\b|^from the [\w ]{0,20}\btable\b|^we want\b|\bcan be evaluated\b"
    r"|^(?:assume|assuming|suppose|let)\b[^,.]{0,60}\b(?:is|are|be)\s*:?$"
    # the same steps in the other languages of proofs: ``Allora considerando la funzione``, ``Adesso
    # considero …``, ``Facendo il conto …``, ``Ma allora posso usare …``, ``Per il lemma di Peano vale che``
    r"|^(?:allora|ma|però|quindi|dunque|pertanto|infine|donc|alors|ainsi|puis|mais|dann|daher|somit|aber"
    r"|entonces|luego|pero|então|logo|portanto|mas|por (?:lo )?tanto|así que|por ende|de ahí)\b"
    r"|^(?:adesso|ora|maintenant|jetzt|ahora|agora|a questo punto|at this point|à ce stade|an dieser stelle)\b"
    r"|^(?!quando\b)\w{3,}(?:ando|endo)(?:l[aeio]|ne|si|ci|mi)?\b"
    r"|^(?:by|per|par|por|nach)\s+(?:the\s+|il\s+|la\s+|le\s+|lo\s+|el\s+|dem\s+|der\s+|l['’])?"
    r"(?:lemma|theorem|teorema|théorème|satz|corollary|corollario|proposition|proposizione)\b"
    r"|\b(?:posso|ho|considero|voglio|devo|applico|ottengo|mi accorgo|notiamo|osserviamo|otteniamo|calcoliamo"
    r"|consideriamo|ricaviamo|troviamo|vediamo|prendiamo|iniziamo|sappiamo)\b"
    r"|\b(?:alla fine|in the end|à la fin|am ende|al final|no final)\b"
    # ``one can substitute everything into the equation above and obtain``, ``Further, it holds that``
    r"|\b(?:one|we|you) can substitute\b|^(?:further(?:more)?,?\s+)?it (?:holds|follows) that\b"
    r"|\bwe end up with\b|\bafter (?:a few|several|some|many|\d+) (?:more )?(?:iterations|steps|rounds)\b"
    # ``from $(2)$ and $(4)$``, ``Hence (5) can be rewritten as``: the working, by its equations' numbers
    r"|(?:^|\b(?:from|using|into|in|with|and|by|of)\s+)\$?\(\d{1,2}[A-Za-z]?\)\$?|\bre-?written\b",
    re.IGNORECASE,
)
"""A sentence that takes a step of a derivation rather than stating a result: what the author
does next (first person, a gerund, *now*, *by the lemma*), not what holds."""
_WHERE = re.compile(r"^(?:where|with|in which|here)\b", re.IGNORECASE)


def _math(node: Node | None) -> Code | None:
    """The node's ``$$`` block, if it is one."""
    if node is not None and isinstance(node.block, Code) and node.block.text.startswith("$$"):
        return None if _values_only(node.block.text) else node.block
    return None


def _values_only(math: str) -> bool:
    """``\\left(\\begin{array}{cc} 1&1&0 \\\\ … \\end{array}\\right)``: a matrix of an example's numbers,
    no formula to learn."""
    if not re.search(r"\\begin\{(?:array|[pbvB]?matrix)\}", math):
        return False
    bare = re.sub(r"\\(?:begin|end)\{\w+\}(?:\{[lcr| ]*\})?", "", math)
    bare = re.sub(r"[{}]", "", re.sub(r"\\[A-Za-z]+\*?", "", bare))
    return re.search(r"\d", bare) is not None and re.search(r"[^\W\d_]", bare) is None


CODE_LINES = 6
"""A code block this short, led into by a sentence ending in ``:``, is what the sentence asks for
(``To list the images of a node:`` + ``crictl images``); a longer one is a program to read."""


def _short_code(node: Node) -> Code | None:
    """The node's fenced code block, if it is one of at most CODE_LINES lines."""
    block = node.block
    if isinstance(block, Para) and (command := _ONE_COMMAND.fullmatch(block.text.strip())) is not None:
        return Code(f"```\n{command['command']}\n```", block.line, block.end)  # ``\`kube-api-server -h | grep …\``` on its own line
    if not isinstance(block, Code) or not block.text.lstrip().startswith(("```", "~~~")):
        return None
    return block if 1 <= len(_fenced(block)[1]) <= CODE_LINES else None


_ONE_COMMAND = re.compile(r"`(?P<command>[a-z][\w.-]*(?:\s+[^`\n]+)+)`")
"""A paragraph that is one command in backticks (a program and its arguments), set apart like a code block."""


def _fenced(code: Code) -> tuple[str, list[str]]:
    """A code block's opening line (its fence and language) and its non-blank lines of code."""
    rows = code.text.strip("\n").split("\n")
    return rows[0].strip(), [row for row in rows[1:-1] if row.strip()]


def _adjacent(before: Para | Code, after: Para | Code) -> bool:
    return after.line - before.end <= 2


_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)+(?:\.\s+|\s+(?=\*\*|__))")
_CONDITION = re.compile(r"^(?:if|when|se|si|wenn|falls|quando|cuando)\b", re.IGNORECASE)
_BOLD_TERM = re.compile(r"(?:\*\*|__)(?=\S)(.{2,60}?)(?<=\S)(?:\*\*|__)")


def _conditioned(nodes: list[Node], index: int) -> str | None:
    """What a lead of one case (``if $X$ is discrete``) is a case of: the bold term of the paragraph
    before the cases (``1.1. **expected value** let $X$ be …``), over the cases before it."""
    for node in reversed(nodes[:index]):
        block = node.block
        if _math(node) is not None:
            continue
        if not isinstance(block, Para) or node.place.crumbs != nodes[index].place.crumbs:
            return None
        if _CONDITION.match(plain(block.text)) and words(plain(block.text)) <= 8:
            continue
        term = _BOLD_TERM.search(block.text)
        return plain(term.group(1)).strip(" :") if term else None
    return None


_CJK_STEP = re.compile(r"^\W*(?:设|令|假设)(?![^\n]*则)|(?:可改写成|改写为|可写成|可化为|整理得|代入得|使|使得)\W*$")
"""``设 $A$ 是 $n$ 阶矩阵，…`` (let A be …), ``… 可改写成`` (can be rewritten as), ``若有可逆矩阵 $P$，使`` (such
that): the setting or the next step of a derivation in Chinese, not what a formula answers."""
_SETTING = re.compile(r"\W*(?:given|since|because|as|with|da|weil|puisque|comme|dado|dada|como|poiché|siccome)\b", re.IGNORECASE)


_SOLVE_FOR = re.compile(r"[\W_]*solve for (?:the )?[^\W\d_]+(?: [^\W\d_]+)?[\W_]*", re.IGNORECASE)
"""``Solve for voltage:`` over ``$$ V = IR $$`` on a formula sheet: the formula for that quantity, not a step."""
_THIS_PICTURE = re.compile(r"\b(?:this|the above|the following|the shown) (?:circuit|diagram|figure|graph|picture|image|network|drawing|sketch)\b", re.IGNORECASE)


def _lead(lead: Para, code: bool) -> tuple[int, str] | None:
    """The statement of ``lead`` that leads into what follows it (its index and its text), or None."""
    statements = units(lead)
    if not statements or statements[-1].last != lead.end:
        return None
    index = len(statements) - 1
    text = _OPENING.sub("", clean(statements[index].text)).strip()
    text = _SECTION_NUMBER.sub("", text)  # ``1.6.  **covariance** …``: the section's number, not what it asks
    if _PRONOUN.match(plain(text)):  # ``It is defined as:``: say what ``it`` is, or ask nothing
        if index == 0:
            return None
        index -= 1
        text = f"{clean(statements[index].text)} {text}"
    if is_connective(text):
        return None  # ``In other words:`` over the formula: it says the sentence above again, it names nothing
    if _THIS_PICTURE.search(plain(text)):
        return None  # ``For this circuit kirchhoffs law states that``: about a picture the card cannot show
    if _SOLVE_FOR.fullmatch(plain(text)):
        text = plain(text).strip(" *_:")  # (``*Solve for resistance:*``: the words, not their emphasis)
    elif _STEP.search(plain(text)) or _CJK_STEP.search(plain(text)):
        return None  # ``Assume the input signal is``, ``Substitute a with …``, ``设 $A$ 是 $n$ 阶矩阵``: a step of a derivation
    legend = [line.strip() for line in lead.text.split("\n") if line.strip() and not _WHERE.match(plain(line).strip())]
    if legend and all(_SYMBOL_MEANS.match(line) for line in legend):
        return None  # ``$x$ = cost of neighbor`` / ``$d$ = cost from …``: what the symbols mean, not what the formula asks
    unfinished = not re.search(r"[.!?;]$", plain(text))  # a sentence that goes on in the formula
    if re.search(r"\s(?:and|or|but|und|oder|et|ou|y|e|o)$", plain(text).rstrip()):
        return None  # ``… is algebraic over $F$ and`` over ``$$ … $$``: a sentence that runs on through its formula
    if plain(text).rstrip().endswith(",") and _SETTING.match(plain(text)):
        return None  # ``Given position function $\vec{r}(t)$,`` over a derivation: its setting, not what it asks
    if unfinished and (pair := split_definition(text)) is not None and pair.sep in "-–—" and words(plain(pair.body)) <= 2:
        return None  # ``H - utleniacz`` over the next reaction: what a symbol of the reaction above is, not a lead
    named = (  # ``Current:`` alone over ``$$ I(t) = I(0)e^{-t/RC} $$``: the quantity the formula gives, under its heading
        len(statements) == 1 and "\n" not in lead.text.strip() and plain(text).rstrip().endswith(":")
        and 1 <= words(plain(text)) <= 2 and not is_remark_label(text) and not is_generic(text) and not code
    )
    if (words(plain(text)) < 3 and not named) or is_question(text) or not (_LEADS.search(plain(text)) or unfinished or named):
        return None
    if _SOME_EXAMPLES.search(plain(text)):
        return None  # ``Vejamos alguns exemplos:`` over a worked example: the example, not what a formula gives
    if is_course_remark(text):
        return None  # ``[2-slit diffraction](…) by [B. Crowell](…) is licensed under [CC BY-SA 3.0](…)``: a picture's credit
    if words(plain(re.sub(r"\$\$?[^$]+\$\$?", " ", text))) < 2 and not named:
        return None  # ``$pH=pCa$ pour $10^{-6,5}\le Ca\le 10^{-1}$`` over more formulas: a line of the working, not what it asks
    if code and not plain(text).rstrip().endswith(":"):
        return None  # code after a sentence that does not lead into it: an illustration, not an answer
    return index, text


_SYMBOL_MEANS = re.compile(r"[-*+]?\s*\$[^$]{1,20}\$\s*(?:=|:|—|-|(?:is|are|ist|sind|est|es|è|denotes|means)\s)\s*\S")
"""``$x$ = cost of neighbor``: a line of a formula's legend."""
_JOIN = re.compile(r"^(?:with|where|and|or|for|i\.e\.?|hence|so|thus|then|therefore)\W*$", re.IGNORECASE)
"""A word alone between two formulas (``$$ d = t_on / T_s $$ with $$ T_s = 1/f $$``): one formula."""


_MEANS = re.compile(r"(?:this|that|it|which) (?:means|says|reads|is read|denotes|states)\b|i\.e\.|where\b|das heißt|c'est-à-dire|es decir|cioè", re.IGNORECASE)
"""``This means that A is a Subset of B`` under a formula: what the formula says, in words."""


def _heading_formula(state: State, nodes: list[Node], index: int) -> None:
    """A heading over display math (``# Control Law`` + ``$$ V_out / V_in = d $$``): the heading
    asks for the formula."""
    node = nodes[index]
    section = node.block
    first = _math(nodes[index + 1])
    if not isinstance(section, Section) or first is None or first.line > section.line + 2:
        return
    term = label_of(strip_numbering(clean(section.title)))
    if re.fullmatch(r"\W*\d{1,3}\W*", plain(section.title)):
        return  # ``# 38`` over a formula: the number of a question the note does not show, not a term
    if not term or words(term) > 8 or is_question(section.title) or not state.free(section.line, first.line):
        return
    parts, lines, after = [first.text], [section.line, *block_lines(first)], index + 2
    while after < len(nodes) and (more := _math(nodes[after])) is not None and more.line - max(lines) <= 2 and state.free(*block_lines(more)):
        parts.append(more.text)  # ``$$ \text{current} = … $$`` then ``$$ I=\frac{\Delta Q}{\Delta t} $$``: the formula in words, then in symbols
        lines.extend(block_lines(more))
        after += 1
    while after + 1 < len(nodes):
        joint, more = nodes[after].block, _math(nodes[after + 1])
        if more is None or not isinstance(joint, Para) or not _JOIN.match(plain(joint.text)):
            break
        parts.extend([clean(joint.text), more.text])
        lines.extend([*block_lines(joint), *block_lines(more)])
        after += 2
    while after < len(nodes) and isinstance(legend := nodes[after].block, Item) and _LEGEND.match(legend.text):
        after += 1  # ``- **$s$** = spostamento $[m]$``: the legend of the formula above (each symbol a card of its own)
        if after < len(nodes) and (more := _math(nodes[after])) is not None and state.free(*block_lines(more)):
            parts.append(more.text)  # a formula sheet: the section's formulas one after another, each with its legend
            lines.extend(block_lines(more))
            after += 1
    if after < len(nodes) and isinstance(said := nodes[after].block, Para) and said.line == max(lines) + 1 and _MEANS.match(plain(said.text)):
        parts.append(clean(said.text))  # ``$$A \subseteq B$$`` / ``This means that A is a Subset of B`` / ``- If every element …``
        lines.extend(block_lines(said))
        after += 1
        while after < len(nodes) and isinstance(item := nodes[after].block, Item) and item.line == max(lines) + 1 and not item.children:
            parts.append(f"- {clean(item.text)}")
            lines.extend(block_lines(item))
            after += 1
    cases = _cases(state, nodes, after, max(lines))
    if cases:
        parts.append("\n".join(f"- {clean(item.text)}" for item in cases))  # ``- Value is negative (inferior good)``: what its values mean
        lines.extend(item.line for item in cases)
    front = with_parent(node.place, term)
    card = node.place.card("definition", front, "\n\n".join(parts), line=section.line, key=norm_key(term), raw=section.title)
    state.add(card, lines)


MAX_CASES = 6


def _cases(state: State, nodes: list[Node], after: int, last: int) -> list[Item]:
    """``- Value is greater than 1 (normal good, income elastic)`` / ``- Value is negative (inferior
    good)`` right under a heading's formula: the cases of its value, each said the same way, which
    the formula's card holds (alone, ``Value is {{negative}}`` asks nothing)."""
    items: list[Item] = []
    while after < len(nodes) and isinstance(item := nodes[after].block, Item) and not item.blocks:
        if item.line > (items[-1].line + 1 if items else last + 2) or not state.free(item.line):
            break
        items.append(item)
        after += 1
    openings = {" ".join(plain(item.text).casefold().split()[:2]) for item in items}
    if not 2 <= len(items) <= MAX_CASES or len(openings) != 1 or any(split_definition(item.text) for item in items):
        return []
    if after < len(nodes) and isinstance(nodes[after].block, Item) and nodes[after].block.line == items[-1].line + 1:
        return []  # (the list goes on under another opening: not the formula's cases alone)
    return items


_SYMBOL_HEADER = re.compile(r"(?:symbols?|symbole|símbolo|simbolo|zeichen|formelzeichen|variable|variables|größe|grandeur)", re.IGNORECASE)


def _legend_formula(state: State, nodes: list[Node], index: int) -> None:
    """``$$I=\\frac{\\Delta Q}{\\Delta t}$$`` over ``| Symbol | Quantity | Unit |`` whose row ``| $I$ |
    Current. | $A$ |`` names the symbol it gives: the formula of that quantity, asked by its name."""
    math, table = _math(nodes[index]), nodes[index + 1].block
    if math is None or not isinstance(table, Table) or table.line - math.end > 2 or len(table.header) < 2:
        return
    if not _SYMBOL_HEADER.fullmatch(plain(table.header[0]).strip(" *_:")) or not state.free(*block_lines(math)):
        return
    said = math.text.strip().strip("$").strip()
    if said.count("=") != 1 or "\n" in said:
        return  # (one formula, one side named)
    side = said.split("=", 1)[0].strip()
    names = [plain(row[1]).strip().rstrip(".") for row in table.rows if len(row) > 1 and row[0].strip().strip("$").strip() == side]
    if len(names) != 1 or not names[0] or words(names[0]) > 6:
        return
    place = nodes[index].place
    front = with_parent(place, f"{names[0]} (${side}$) — formula")
    state.add(place.card("definition", front, math.text, line=math.line, key=norm_key(f"{names[0]} formula")), block_lines(math))


_LEGEND = re.compile(
    r"\s*(?:\*\*|__)?\$[^$\n]{1,30}\$(?:\*\*|__)?\s*(?:=|:|–|-)\s*\S"
    r"|\s*\$[^$\n]{1,30}?\s*(?::=|=|:)\s*\$\s*[^\W\d_]"
)
"""``**$v$** = velocità $[m/s]$``, ``$q:=$  Particle's charge``: a line of a formula's legend."""
_SHELL = re.compile(r"^(?:```|~~~)[ \t]*(?:bash|sh|shell|console|zsh|powershell|ps1|cmd|terminal)[ \t]*$", re.IGNORECASE)
_SAYS_WHAT_IT_DOES = re.compile(
    r"^(?:the equivalent|the same|this|it|that|these|those|also|output|example|e\.g|for example|result|note)\b"
    r"|^(?:[-*+|>#<$]|\*\*)",
    re.IGNORECASE,
)
COMMAND_WORDS = 60
"""An explanation longer than this under a command is a passage to read, not what the command does."""


def _explained_command(state: State, nodes: list[Node], index: int) -> None:
    """A short shell block followed by the line that says what it does (``sudo -i`` / ``Switches you
    to root user if you have sudo access``): the command asks for what it does."""
    node, following = nodes[index], nodes[index + 1]
    code, said = node.block, following.block
    if not isinstance(code, Code) or not isinstance(said, Para) or not _adjacent(code, said):
        return
    opener, body = _fenced(code)
    if not _SHELL.match(opener) or not 1 <= len(body) <= 3 or any(len(row) > 100 for row in body):
        return
    if following.place.crumbs != node.place.crumbs or not state.free(*block_lines(code), *block_lines(said)):
        return
    after = nodes[index + 2].block if index + 2 < len(nodes) else None
    if isinstance(after, Code) and after.line - said.end <= said.line - code.end:
        return  # ``Aggiungere la porta 3 alla VLAN 10`` as close to the next command leads into it
    text = clean(said.text)
    if _SAYS_WHAT_IT_DOES.match(plain(text)) or plain(text).rstrip().endswith(":") or words(plain(text)) > COMMAND_WORDS:
        return
    if words(plain(text)) < 3 or is_question(text):
        return
    card = node.place.card("definition", code.text.strip("\n"), text, line=code.line, key=norm_key("\n".join(body)))
    state.add(card, [*block_lines(code), *block_lines(said)])


_PROMPT = re.compile(r"^(?:\$|#|>|PS>|[\w.-]+(?:\([\w-]+\))?\s?[#>$])\s*\S")
"""``$ ls``, ``Router(config)# hostname S1``: a line typed at a prompt."""
TASK_WORDS = 24
"""A bullet this short over nothing but a short code block names the task the code does."""
TASK_LINES = 8
"""Lines of code a task's command may take (a longer block is a program to read)."""


def _task_command(state: State, node: Node) -> None:
    """``* Disable DNS lookup`` over ```` ```Switch(config)# no ip domain-lookup``` ````: the task
    asks for its command (not a cloze on a word of the task)."""
    item = node.block
    if not isinstance(item, Item) or len(item.blocks) != 1 or not isinstance(item.blocks[0], Code):
        return
    code = item.blocks[0]
    opener, body = _fenced(code)
    fenced = _SHELL.match(opener) is not None or all(_PROMPT.match(row.strip()) for row in body)
    task = clean(item.text).rstrip(" :")
    if split_definition(task) is not None:
        return  # ``**Floats(float):** Em python …`` over an example: a term, its meaning and an example
    if not fenced or not 1 <= len(body) <= TASK_LINES or not task or words(plain(task)) > TASK_WORDS:
        return
    if is_question(task) or not state.free(*text_lines(item), *block_lines(code)):
        return
    card = node.place.card("definition", with_parent(node.place, task), code.text.strip("\n"), line=item.line, key=norm_key(task), raw=item.text)
    state.add(card, [*text_lines(item), *block_lines(code)])


STATEMENT_MATH = 3
"""Display blocks a term's statement may go on into (a theorem's hypotheses, its thesis, a
``where …`` formula); more is a derivation to read."""


def _goes_on(text: str) -> bool:
    """A statement whose last line goes on in the math under it (``… vale il seguente:``, ``…; ovvero``)."""
    return not re.search(r"[.!?。！？]$", plain(text.rstrip().rsplit("\n", 1)[-1]).rstrip())


def statement_math(nodes: list[Node], index: int) -> list[Node]:
    """The display math a bold term's statement goes on into, written with no blank line between
    (``> [!thm] Teorema 2.1.`` … ``vale il seguente:`` / ``$$ … $$``, then ``dove r_n …`` /
    ``$$ … $$``): the formulas and the lines leading into them belong on the term's card, which
    without them stops at its colon."""
    para = nodes[index].block
    if index + 1 >= len(nodes) or _math(nodes[index + 1]) is None or not isinstance(para, Para):
        return []
    if not para.text.lstrip().startswith(("**", "__")) or not _goes_on(para.text):
        return []
    found = split_definition(para.text)
    if found is None or not found.bold or not found.body:
        return []
    run: list[Node] = []
    last: Para | Code = para
    maths = 0
    crumbs = nodes[index].place.crumbs  # (a lead ending in ``:`` titles the math under it: deeper crumbs)
    for at in range(index + 1, len(nodes)):
        node, block = nodes[at], nodes[at].block
        if node.place.crumbs[: len(crumbs)] != crumbs or not isinstance(block, Para | Code) or block.line != last.end + 1:
            break
        if _math(node) is not None:
            run.append(node)
            maths += 1
            if maths == STATEMENT_MATH:
                break
        elif (
            isinstance(block, Para)
            and "\n" not in block.text.strip()
            and _goes_on(block.text)
            and at + 1 < len(nodes)
            and _math(nodes[at + 1]) is not None
        ):
            run.append(node)  # ``Allora si verifica il seguente limite``, over the thesis
        else:
            break
        last = block
    while run and _math(run[-1]) is None:
        run.pop()
    return run


_SUPPOSES = re.compile(
    r"\W*(?:let|suppose|assume|given|if|soit|soient|sei|seien|sia|siano|seja|sejam|sea|sean|设|令|若)\b", re.IGNORECASE
)
_NAME = re.compile(r"[*_]*(?P<name>[^\W\d_][^\n.!?:;$]{2,80}?)[*_]*\s*")
NAME_WORDS = 10
"""A theorem's name over its statement is this short (``An important corollary of Khintchine's law of large number``)."""


def _named_statement(state: State, nodes: list[Node], index: int) -> None:
    """``Bernoulli's law of large number`` over ``Let $n_A$ be … Then to any $\\epsilon>0$, we have:``
    over ``$$ … $$``: a result under its name, a line of its own; the name asks for the statement and
    its formula (the statement alone opens on a supposition and asks nothing)."""
    if index + 2 >= len(nodes):
        return
    name, lead = nodes[index].block, nodes[index + 1].block
    math = _math(nodes[index + 2])
    if not isinstance(name, Para) or not isinstance(lead, Para) or math is None or "\n" in name.text.strip():
        return
    named = _NAME.fullmatch(plain(name.text).strip()) if not is_question(name.text) else None
    if named is None or words(named["name"]) > NAME_WORDS or not named["name"].strip()[:1].isupper():
        return
    if is_part_number(named["name"].strip()):
        return  # ``#lookhere Fig(1)`` over the derivation: where its figure goes, not its name
    said = plain(lead.text).strip()
    if not _SUPPOSES.match(said) or not said.endswith((":", "：")) or not _adjacent(lead, math) or lead.line - name.end > 3:
        return
    blocks = [math]
    after = index + 3
    while after < len(nodes) and (more := _math(nodes[after])) and _adjacent(blocks[-1], more):
        blocks.append(more)
        after += 1
    lines = [*block_lines(name), *block_lines(lead), *(line for block in blocks for line in block_lines(block))]
    if not state.free(*lines):
        return
    term = named["name"].strip()
    back = "\n\n".join([clean(lead.text), *(block.text for block in blocks)])
    card = nodes[index].place.card("definition", with_parent(nodes[index].place, term), back, line=name.line, key=norm_key(term))
    state.taken.update((lead.line, unit.index) for unit in units(lead))
    state.add(card, lines)


def formulas(state: State) -> None:
    nodes = state.nodes
    stated = {id(node.block) for index in range(len(nodes)) for node in statement_math(nodes, index)}
    for node in nodes:
        _task_command(state, node)
        _formula_where(state, node)
        _named_inline_formula(state, node)
    for index in range(len(nodes) - 1):
        _named_statement(state, nodes, index)
        _heading_formula(state, nodes, index)
        _legend_formula(state, nodes, index)
        _explained_command(state, nodes, index)
    for index, node in enumerate(nodes[:-1]):
        lead, following, at = node.block, nodes[index + 1], index + 1
        if id(lead) in stated:
            continue  # a line of a term's statement (its definition's card holds it)
        if not isinstance(lead, Para):
            continue
        beside: Para = lead
        while (  # ``… represented by Jacobians as,`` / ``![[Drawing ….excalidraw.svg]]`` / the formula: the picture draws it
            isinstance(picture := following.block, Para)
            and at + 1 < len(nodes)
            and not plain(picture.text).strip()
            and _adjacent(beside, picture)
        ):
            beside, at = picture, at + 1
            following = nodes[at]
        code = _short_code(following)
        first = _math(following) or code
        if first is None:
            continue
        if not (_adjacent(beside, first) or (beside is not lead and first.line - beside.end <= 3)):
            continue  # (a picture's ``%%[[… Edit in Excalidraw]]%%`` line under it is blank once read)
        labelled = following.place.crumbs == (*node.place.crumbs, label_of(lead.text))  # (``Current:``, the label of the formula below it)
        found = _lead(lead, code is not None) if following.place.crumbs == node.place.crumbs or labelled else None
        if found is None:
            said = units(lead)
            step = _OPENING.sub("", clean(said[-1].text)).strip() if said and code is None else ""
            if step and _STEP.search(plain(step)) and state.free(said[-1].first):
                state.leave(said[-1].first, f"a step of a derivation, not a fact to recall: {plain(step)[:60]!r}")
            continue
        statements = units(lead)
        start, text = found
        lines = list(range(statements[start].first, lead.end + 1))
        if not state.free(*lines):
            continue
        blocks = [first]
        after = at + 1
        while code is None and after < len(nodes) and (more := _math(nodes[after])) and _adjacent(blocks[-1], more):
            blocks.append(more)
            after += 1
        extra = ""
        front = text.rstrip(" :")
        back = "\n\n".join(block.text for block in blocks)
        if code is not None:
            front = _without_command(front, code.text)  # ``… usamos o comando *git diff <a> <b>* da seguinte maneira``
        if after < len(nodes) and isinstance(tail := nodes[after].block, Para) and _adjacent(blocks[-1], tail):
            said = units(tail)
            below = nodes[after].after
            if (
                len(said) == 1
                and re.fullmatch(r"(?i:where|here|with)\s*[:：]?", plain(tail.text).strip())
                and isinstance(below, ListBlock)
                and (legend := _legend(below, tail))
            ):  # ``Where:`` over ``- $q = $ charge``, ``- $v = $ velocity``: the legend, under its word
                extra = "\n".join(f"- {clean(item.text)}" for item in legend)
                lines.extend([tail.line, *(line for item in legend for line in text_lines(item))])
                state.taken.add((tail.line, said[0].index))
            elif said and _WHERE.match(plain(said[0].text)):
                extra = clean(said[0].text)
                lines.extend(range(said[0].first, said[0].last + 1))
                state.taken.add((tail.line, said[0].index))
            elif code is None and said and tail.line == blocks[-1].end + 1 and _GOES_ON.match(plain(said[0].text)) and _goes_on(front):
                _through_formula(state, node, front, back, said[0], [*lines, *(line for block in blocks for line in block_lines(block))])
                continue  # ``The random variable $$ … $$ is called the **conditional variance**``: one sentence
        legend = _legend(listed, blocks[-1]) if not extra and isinstance(listed := nodes[after - 1].after, ListBlock) else []
        if legend:  # ``- $I(0)$ = Original Current``, ``- $t$ = time``, …: what its symbols stand for
            extra = "\n".join(f"- {clean(item.text)}" for item in legend)
            lines.extend(line for item in legend for line in text_lines(item))
        if code is None and all(worked_result(block.text) or ("\\begin" in block.text and worked_alignment(block.text)) for block in blocks):
            state.leave(statements[start].first, f"a worked value, not a formula to recall: {plain(front)[:60]!r}")
            continue  # ``Die Frequenz ist`` over ``$$ f = \frac{1}{2\pi} \sqrt{\frac{9.81}{14}} = 0.13 Hz $$``
        owner = _described(state, nodes, index)
        if owner is not None:  # ``## Reynold`` / ``Ratio of inertial forces to viscous forces`` / ``$$ R_e = … $$``
            section, term = owner
            card = nodes[index - 1].place.card(
                "definition", with_parent(nodes[index - 1].place, term), f"{clean(lead.text)}\n\n{back}",
                line=section.line, key=norm_key(term), raw=section.title, extra=extra,
            )
            state.taken.update((lead.line, said.index) for said in statements)
            state.add(card, [section.line, *block_lines(lead), *lines, *(line for block in blocks for line in block_lines(block))])
            continue
        if _working_front(front, back):
            state.leave(statements[start].first, f"a step of a working, not a formula to recall: {plain(front)[:60]!r}")
            continue  # ``Reemplazamos los mangos por E`` over ``$$ \$ \lessdot E \gtrdot … $$``: what the working does next (or an aside)
        if POINTING_TERM.search(plain(front).strip(" *_:")):
            continue  # ``Here's a special one:`` over a formula, ``… turn it into something like this`` over code: no term to ask by
        if _CONDITION.match(plain(front)) and words(plain(front)) <= 8:
            case_of = _conditioned(nodes, index)
            if case_of is None:
                state.leave(statements[start].first, f"one case of a formula the note does not name: {plain(front)[:60]!r}")
                continue
            front = f"{case_of} — {front}"  # ``expected value — if $X$ is discrete``
        card = node.place.card("definition", front, back, line=statements[start].first, key=norm_key(front), extra=extra)
        state.taken.update((lead.line, said.index) for said in statements[start:])
        state.add(card, [*lines, *(line for block in blocks for line in block_lines(block))])


def _without_command(front: str, code: str) -> str:
    """The sentence over a command with the command it already quotes taken out (``… usamos o comando *git diff
    <a> <b>* da seguinte maneira`` over ``git diff <a> <b>``): the card asks for the command, so the front
    must not show it."""
    body = "\n".join(line for line in code.split("\n") if not line.lstrip().startswith("```"))
    command = re.sub(r"\s+", "", body.split("\n")[0] if body.strip() else "")
    if len(command) < 6:
        return front
    pattern = r"[*_`]*" + r"\s*".join(re.escape(char) for char in command) + r"[*_`]*"
    found = re.search(pattern, front, re.IGNORECASE)
    if found is None:
        return front
    return f"{front[: found.start()].rstrip()} … {front[found.end() :].lstrip()}".strip()


_WORKING_STEP = re.compile(
    r"\W*(?:(?:luego|después|despues|entonces|ahora|então|depois|poi|quindi|ora|then|now|next|finally|dann|nun)\W+)?"
    r"(?:(?-i:[A-ZÁÉÍÓÚ][a-záéíóúñç]{2,}(?:amos|emos|imos))|(?:we|wir|nous|noi)\s+(?:[a-zà-ÿ]+)\b)",
    re.IGNORECASE,
)
"""``Reemplazamos los mangos por E``, ``Quitamos los $E$ y evaluamos …``, ``Then we substitute …``: the
working says what it does next (a verb of *we*), not what the formula below is."""


_WORKING_LEAD = re.compile(
    r"(?:if|when|once|after)\s+we\s+(?:now\s+)?(?:multiply|divide|add|subtract|substitute|plug|combine|solve|rearrange|simplify|expand|factor)\b"
    r"|our\s+(?:[\w-]+\s+){0,3}(?:is|are|would|will|becomes?|looks?)\b"
    r"|for\s+(?:node|mesh|loop|junction|case|step|part|point)\s*\w{0,3}\s*,?\s*$"
    r"|(?:in general\W+)?then\W*$"
    r"|(?:dividing|multiplying|substituting|plugging|rearranging|simplifying|squaring|cancell?ing)\s+(?:by|in|into|both|out|through)\b\s*(?:\S+\s*){0,4}$"
    # ``对 Faraday's law 两边取 ∇× 得``, ``两侧在一个T内积分``, ``이 결과를 y성분 식에 넣으면``: an operation on both sides, a result put in
    r"|.*(?:两[边侧]|兩[邊側]|両辺|양변)|(?:이|그|위의?) 결과를",
    re.IGNORECASE,
)
r"""``If we multiply the first equation by 12 … we get``, ``Our system of equations is therefore``, ``For node 1,``,
``In general, then,``, ``Dividing by $\omega$``: a worked example going on (its circuit, its numbers), not a formula named to recall."""


_GETS = re.compile(
    r".*\b(?:we|you) (?:get|have|obtain)\s*[:,]?\s*$|.*\b(?:mamy|otteniamo|obtenemos|obtemos|on obtient|erhalten wir)\s*[:,]?\s*$",
    re.IGNORECASE,
)
"""``In this case padding is 0, so you get``, ``Poza skrajnościami mamy``: what the working gives next (unless
the formula is boxed, the result the working was for)."""


def _working_front(front: str, back: str) -> bool:
    """A sentence over a formula that only says what the working does next (or an aside, or a label
    such as ``证明``): no term to ask the formula by."""
    said = plain(front).strip()
    return bool(
        _WORKING_STEP.match(said)
        or _WORKING_LEAD.match(said)
        or (_GETS.match(said) and "\\boxed" not in back)
        or said.strip(" :：.*").casefold() in FILLER_TERMS
        or re.fullmatch(r"\([^()]*\)\.?", said)
    )


_SOME_EXAMPLES = re.compile(r"\b(?:examples|exemplos|ejemplos|exemples|beispiele|esempi)\b", re.IGNORECASE)
"""``Vejamos alguns exemplos``, ``Here are some examples``: what leads into worked examples."""


def _legend(listed: ListBlock, math: Code | Para) -> list[Item]:
    """The items of a list right under a formula that say, from its first on, what its symbols stand for
    (``- $R$ = Resistance``, ``- C = Capacitance``), when there are two or more: the formula's legend, said with it,
    never cards of their own."""
    if listed.line > math.end + 2:
        return []
    said: list[Item] = []
    for item in listed.items:
        if item.blocks or not (_LEGEND.match(item.text) or _BARE_LEGEND.match(plain(item.text))):
            break
        said.append(item)
    return said if len(said) >= 2 else []


_GIVEN_WHERE = re.compile(
    r"(?P<lead>.*?\S)\s*(?P<quote>[\"“]?)(?P<math>\$[^$\n]*=[^$\n]*\$)(?P=quote)\s*(?P<aside>\([^()\n]{0,40}\))?"
    r"\s*,?\s*(?:where|wobei|wo|où|dove|donde|onde)\s*[:：]?\s*$",
    re.IGNORECASE,
)
"""``The energy stored by a capacitor is given by "$E = \\frac{1}{2}QV$" where:``: a sentence that gives
a formula, then says what its symbols stand for."""


def _formula_where(state: State, node: Node) -> None:
    """A sentence giving a formula and ending ``where:``, over the lines of its legend in the same
    paragraph (``$E$ = Energy`` / ``$Q$ = Charge`` / ``$V$ = Voltage``): one card asks for the formula,
    the legend said with it, never the symbols one by one (or run together as a line of their own)."""
    para = node.block
    if not isinstance(para, Para) or not state.free(para.line):
        return
    lines = para.text.split("\n")
    first = next((at for at, line in enumerate(lines) if plain(line).strip()), 0)  # (a picture over it)
    if len(lines) < first + 3 or "$" not in lines[first] or "=" not in lines[first]:
        return  # (a formula in the line, and two lines of legend under it at least)
    given = _GIVEN_WHERE.fullmatch(clean(lines[first]).strip())
    legend: list[str] = []
    for line in lines[first + 1 :]:
        if not _LEGEND.match(line):
            break  # (``This formula is derived from …`` after the legend: a sentence of its own)
        legend.append(line.strip())
    if given is None or len(legend) < 2:
        return
    lead = given["lead"]
    if words(plain(lead)) < 3:
        return
    quote = given["quote"]
    closing = "”" if quote == "“" else quote
    aside = f" {given['aside']}" if given["aside"] else ""
    cloze = f"{lead} {quote}{{{{c1::{given['math']}}}}}{closing}{aside}"
    extra = "\n".join(f"- {clean(line)}" for line in legend)
    card = node.place.card("cloze", cloze, "", line=para.line + first, key=norm_key(given["math"]), raw=para.text, extra=extra)
    state.add(card, range(para.line, para.line + first + 1 + len(legend)))


_INLINE_FORMULA = re.compile(r"\s*\$(?!\$)[^$\n]*=[^$\n]*\$\s*")


def _named_inline_formula(state: State, node: Node) -> None:
    """``Voltage inside a wire with current and resistance`` / ``$V = IR$``: a quantity named on its line,
    its formula alone on the next: the name asks for the formula."""
    para = node.block
    if not isinstance(para, Para) or not state.free(para.line):
        return
    lines = [line for line in para.text.split("\n") if line.strip()]
    if len(lines) != 2 or not _INLINE_FORMULA.fullmatch(lines[1]):
        return
    name = clean(lines[0]).strip()
    if "$" in name or not 2 <= words(plain(name)) <= 12 or re.search(r"[.!?:;,=]$", plain(name)) or is_remark_label(name) or is_question(name):
        return
    if split_definition(name) is not None or _PRONOUN.match(plain(name)):
        return
    card = node.place.card("definition", with_parent(node.place, name), lines[1].strip(), line=para.line, key=norm_key(name), raw=para.text)
    state.add(card, block_lines(para))


_BARE_LEGEND = re.compile(r"\s*[A-Za-z][A-Za-z0-9_]{0,3}\s*=\s*[^=\d\s]")
"""``C = Capacitance of Capacitor``: a symbol, written without dollars, and what it stands for."""


_GOES_ON = re.compile(r"(?:so|and|is|are|was|were|hence|thus|then|gives|holds|for all|for every)\b")
"""The first words of a line that goes on with the sentence before its formula."""
_NAMED = re.compile(
    r"(?:is|are)\s+(?:called|known as|named|termed|denoted(?: by)?|referred to as)\s+(?:the\s+|an?\s+)?"
    r"(?:\*\*|__)(?P<term>[^*_]{2,60})(?:\*\*|__)(?P<of>\s+(?:of|von|de|di|du)\s+[^,.;]{1,40}?)?(?=\s+and\s|[,.;]|$)"
)


def _through_formula(state: State, node: Node, lead: str, math: str, tail: Unit, lines: list[int]) -> None:
    """A sentence that runs through its formula and goes on after it: a card when what goes on
    names the term (``The random variable $$ … $$ is called the **conditional variance** of $Y$
    given $X$``), else reported; the words before the formula never ask for it on their own."""
    named = _NAMED.match(clean(tail.text))
    if named is None:
        state.leave(lines[0], f"a sentence that goes on after its formula: {plain(lead)[:60]!r}")
        return
    term = clean(named.group("term") + (named.group("of") or "")).strip()
    card = node.place.card(
        "definition", term, f"{lead}\n\n{math}\n\n{clean(tail.text)}", line=lines[0], key=norm_key(term)
    )
    state.taken.add((tail.first, tail.index))
    state.add(card, [*lines, *tail.lines])


_LEAD_WORDS = frozenset(
    ["if", "iff", "when", "where", "that", "with", "of", "to", "for", "se", "si", "è", "é", "es", "est", "ist", "sind",
     "wenn", "falls", "dass", "che", "que", "por", "para", "per", "da", "par", "pour", "von", "durch", "als", "come", "como"]
)
"""Words a sentence leads into its formula on, in a few languages (``… definita por``, ``… è``, ``… se``)."""
DESCRIPTION_STATEMENTS = 2
"""A heading's first paragraph this short, right over its formula, says what the formula measures."""


def _described(state: State, nodes: list[Node], index: int) -> tuple[Section, str] | None:
    """The heading a formula's lead describes (``## Reynold`` over ``Ratio of inertial forces to
    viscous forces`` over the formula): the heading's term is what the card asks, the description and
    the formula its answer (the description alone is no question)."""
    lead = nodes[index].block
    section = nodes[index - 1].block if index > 0 else None
    if not isinstance(section, Section) or not section.blocks or section.blocks[0] is not lead:
        return None
    assert isinstance(lead, Para)
    said = plain(lead.text).rstrip()
    last = said.split()[-1].casefold() if said.split() else ""
    if (
        _LEADS.search(said)
        or re.search(r"[:：，,]$", said)
        or last in _LEAD_WORDS
        or re.fullmatch(r"[a-z]{3,}(?:ing|ed)", last) is not None  # ``… determined by minimizing``: goes on in the formula
        or re.search(rf"[{CJK}]", said)
        or len(units(lead)) > DESCRIPTION_STATEMENTS
    ):
        return None  # ``… is given by``: the sentence asks for the formula itself
    if not state.free(section.line) or statement_number(section.title) or is_part_number(section.title):
        return None
    term = label_of(strip_numbering(clean(section.title)))
    if not term or words(term) > 8 or is_question(section.title) or is_generic(term) or re.search(r"\d", term):
        return None  # (``Question 12 — Part A``, ``Fundamentals``: no term the formula is about)
    return section, term
