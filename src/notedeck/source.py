"""Read a note file: decode it, split off front matter, drop bookkeeping comments.

Line numbers are preserved: everything removed is replaced by the same number of newlines, so a
position in the cleaned text is a position in the user's file.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from urllib.parse import quote, unquote

from .errors import NoteReadError

_FRONT_MATTER = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*\n(.*?\n)(?:---|\.\.\.|—)[ \t]*(?:\n|\Z)", re.DOTALL)
"""YAML front matter (blank lines before it allowed), closed by ``---`` or by YAML's own end of
document, ``...`` (Pandoc's way)."""
_OPENLESS_FRONT_MATTER = re.compile(r"\A(?:[ \t]*\n)*((?:[A-Za-z_][\w-]*:[^\n]*\n(?:[ \t]+[^\n]*\n)*){1,20})\.\.\.[ \t]*(?:\n|\Z)")
"""``title: "Summary: Dependable Systems"`` / ``...``: YAML front matter whose opening ``---`` was left off,
closed by YAML's end of document."""
_JSON_FRONT_MATTER = re.compile(r"\A(?:[ \t]*\n)*(\{[ \t]*\n.*?\n\})[ \t]*(?:\n|\Z)", re.DOTALL)
"""``{`` / ``"title": "Action Potential",`` … ``}``: front matter written as JSON (Hugo reads it so)."""
_TOML_FRONT_MATTER = re.compile(r"\A(?:[ \t]*\n)*\+\+\+[ \t]*\n(.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
"""Hugo's TOML front matter, between ``+++`` lines (``date = '2025-03-06'``, ``tags = ["hvac"]``)."""
_PELICAN_HEADER = re.compile(r"\A(?:[A-Za-z][\w ]{0,20}:[^\n]*\n){2,12}(?=[ \t]*\n)")
"""``Title: …`` / ``Date: 2009-04-11`` / ``Tags: law,seng4921`` over a blank line: the metadata header of
Pelican and MultiMarkdown, the front matter of a blog post."""
_PELICAN_KEYS = frozenset(
    ["title", "date", "modified", "tags", "category", "categories", "slug", "author", "authors", "summary",
     "status", "lang", "template", "save_as", "url", "keywords", "description"]
)


def _pelican_meta(header: str) -> dict[str, object] | None:
    """The fields of a Pelican header, or None when a key is not one of its fields (``Term: meaning``)."""
    fields = {key.strip().casefold(): value.strip() for key, _, value in (line.partition(":") for line in header.splitlines())}
    if not fields.keys() <= _PELICAN_KEYS or not {"title", "date", "slug"} & fields.keys():
        return None
    return dict(fields)


_TOML_LINE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*=\s*(.+?)\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CONTAINER = re.compile(
    r"^([ \t]*):::+[ \t]*(?:[A-Za-z][\w-]*)?[ \t]*(?:\[(?P<bracket>[^\]\n]*)\]|(?P<plain>[^\s:][^\n]*?))?[ \t]*$", re.MULTILINE
)
"""``:::tip[Valor esperado]`` … ``:::``: a Docusaurus or VuePress box; its title heads what it holds, its fences are markup."""


def _container(match: re.Match[str]) -> str:
    title = (match.group("bracket") or match.group("plain") or "").strip()
    return f"{match.group(1)}**{title}**" if title else ""


_PDF_CALLOUT = re.compile(r"^([ \t]*>[ \t]*)\[!PDF\|[^\]\n]*\][^\n]*$", re.MULTILINE)
"""``> [!PDF|yellow] [[book.pdf#page=132&selection=…|The mechanism …]]``: the link PDF++ writes over a quote
it took from a PDF; the quote follows on the next line, so the link line is only where it came from."""
_STACKED_BOLD = re.compile(r"(?<!\*)(\*{4,})(?=[^\s*])([^*\n]+?)(?<=[^\s*])\1(?!\*)")
"""``**********price**********``: bold inside bold inside bold, as a Notion export writes it; one bold."""
_FILE_ALT = re.compile(
    r"!\[(?:[^\]\n]*\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)|pasted image[^\]\n]*)\]\(",
    re.IGNORECASE,
)
"""``![Pasted image 20240329214230.png](…)``: an image whose alt text is only its file's name, which says nothing."""
_HTML_BOLD = re.compile(r"<(b|strong)>(?=\S)([^<>*\n]{1,80}?)(?<=\S)</\1>")
"""``<b>Statement:</b> …``: bold typed as HTML, read as the bold it is."""
_CODE_LABEL = re.compile(r"(?P<gap>\n[ \t]*\n)`(?P<label>[A-ZÀ-Ý][a-zà-ÿ']+(?: [\w'’+-]+){0,7})`[ \t]*(?=\n[ \t]*\n)")
"""```Roles de la normalisation``` alone between blank lines, as a title of what follows: a label set
in code for its look, read as the bold line it stands for (never a command: those are not capitalised words)."""
_WHOLE_HIGHLIGHT = re.compile(r"^([ \t]*(?:[-*+][ \t]+|>[ \t]*)?)==(?=[^\s=])((?:(?!==)[^\n])*?)(?<=[^\s=])==[ \t]*$", re.MULTILINE)
"""``==__Theorem^1^:__ An edge … is not a bridge iff …==``: a whole line highlighted, emphasis, not a
cloze (nothing would be left to read); the line is read as written inside the marks."""
_ICON = re.compile(r":[a-z][a-z0-9_]*(?:[-+][a-z0-9_]+)*:(?:[ \t]+|(?=\n|$))")
"""``:material-cube:``, ``:star:``: an icon or an emoji written as its short code (Material for
MkDocs, GitHub), shown as a picture, never read as words."""
_ESCAPED_DISPLAY = re.compile(r"\\\\\[(?P<math>[^\n]+?)\\\\\]")
"""``\\\\[ P = IV \\\\]``: display math as Jekyll's kramdown wants it typed (each backslash doubled),
read as the ``$$`` math it shows."""
_TEX_DISPLAY = re.compile(
    r"^(?:\\\[|\\begin\{(?P<env>equation\*?|displaymath)\})[ \t]*\n(?P<math>(?:(?![ \t]*\$\$)[^\n]*\n){1,30}?)"
    r"[ \t]*(?(env)\\end\{(?P=env)\}|\\\])[ \t]*$",
    re.MULTILINE,
)
"""``\\[`` … ``\\]`` and ``\\begin{equation}`` … ``\\end{equation}`` on lines of their own: display math written
as LaTeX writes it, read as the ``$$`` block it is (each mark becomes ``$$`` on its line). Only at the
start of a line: inside a list item the marks stay part of the item's own text, its answer."""
_TABBED_ITEM = re.compile(r"^([ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]+)([^\t\n:|]{1,40}?)[ ]*\t+[ \t]*(?=[^\s(（])", re.MULTILINE)
"""``4. teardrop attack<TAB>overlapping IP fragment``: a term, then what it means after a tab, as a
list pasted from a table or a text editor has them (not ``1つ<TAB>HITOTSU``, a number, nor a word before
its gloss in brackets)."""


_MIDLINE_TAB = re.compile(r"\S[ ]*\t")
"""A tab after a word (the cheap test before ``_TABBED_ITEM``: tabs that indent a line are most notes' tabs)."""


def _has_midline_tab(text: str) -> bool:
    """Whether a line of ``text`` has a tab after a word (only lines with a tab past their indent are searched)."""
    return any("\t" in line.lstrip(" \t") and _MIDLINE_TAB.search(line) for line in text.split("\n"))


def _without_icons(text: str) -> str:
    """The text without its short codes, each one that stands after a space, a quote mark or the line's start
    (``x:y:`` inside a word is no icon)."""

    def drop(match: re.Match[str]) -> str:
        said = match.string
        before = said[match.start() - 1] if match.start() else "\n"
        return "" if before.isspace() or before == ">" else match.group(0)

    return _GLUED_ICONS.sub(drop, _ICON.sub(drop, text))


_ICON_NAMES = (
    r"(?:warning|exclamation|heavy_exclamation_mark|bangbang|grey_exclamation|moneybag|bulb|memo|pushpin|star|"
    r"information_source|question|white_check_mark|heavy_check_mark|x|fire|zap|key|lock|point_right|arrow_right)"
)
_GLUED_ICONS = re.compile(rf":{_ICON_NAMES}:(?::{_ICON_NAMES}:)*")
"""``:warning::exclamation:Can’t be associated …``: GitBook's icons, typed against the words they mark."""


def _tabbed_item(match: re.Match[str]) -> str:
    if re.search(r"[^\W\d_]{2}", match.group(2)) is None:
        return match.group(0)  # ``1つ<TAB>HITOTSU``: a number, not a term
    return f"{match.group(1)}{match.group(2)}: "


_NUMBER_MARK = re.compile(r"(?<=[A-Za-z])\^(\d{1,2})\^")
"""``Theorem^1^``: Pandoc's superscript numbering a statement, ``Theorem 1``."""
_AUDIO_MARK = re.compile(r"[ \t]*(?<![\w-])(?:Audio|Recording)[ \t]+\d{1,2}:\d\d:\d\d\.\d{3,}\b")
"""``Audio 0:04:43.521021``: where a note-taking app's recording was when the line was typed, not text."""
_IMAGE_ATTRIBUTES = re.compile(r"(!\[[^\]\n]*\]\([^)\n]*\))\{[^{}\n]*(?:=|:\w)[^{}\n]*\}")
"""``![](salt.png){width=500, align=left}``, ``{:height 303, :width 608}``: Pandoc's or Logseq's size
and place of an image, for the page only."""
_LATEX_COMMENT = re.compile(r"^%[ \t][^\n]*$", re.MULTILINE)
_LATEX_COMMAND_LINE = re.compile(
    r"^[ \t]*\\(?:fullfig|includegraphics|setcounter|newpage|clearpage|vspace|hspace|maketitle|tableofcontents|input)\*?"
    r"(?:\[[^\]\n]*\]|\{[^{}\n]*(?:\{[^{}\n]*\}[^{}\n]*)*\})*[ \t]*$",
    re.MULTILINE,
)


def _latex_lines(text: str) -> str:
    """``% Maxwellova teorie`` (three such lines or more) and ``\\fullfig[width=0.8\\textwidth]{22-vlna}[…]``:
    a note kept for LaTeX too, whose comments and layout commands are not text."""
    if len(_LATEX_COMMENT.findall(text)) >= 3:
        text = _LATEX_COMMENT.sub("", text)
    return _LATEX_COMMAND_LINE.sub("", text)


_LIQUID_LINE = re.compile(r"^[ \t]*\{%[^%\n]*%\}[ \t]*$", re.MULTILINE)
"""``{% include lib/mathjax.html %}``: a Jekyll tag that puts a page together, not text."""
_LIQUID_OPEN = re.compile(r"^[ \t]*\{%[ \t]*include[ \t][^%\n]*?\b(?:text|title)=\"(?P<title>[^\"\n]*)\"[^%\n]*?=\"[ \t]*$", re.MULTILINE)
_LIQUID_CLOSE = re.compile(r"^[ \t]*\"[ \t]*%\}[ \t]*$", re.MULTILINE)
"""``{% include tooltip.html text="Theorem 4.12" content="`` … ``" %}``: a box whose text runs over the
lines between; its title stays as a bold label over them."""


def _liquid_open(match: re.Match[str]) -> str:
    title = match.group("title").strip()
    return f"**{title}**" if title and not re.fullmatch(r"[\w\s]*\?", title) else ""
_JSX_TEXT = re.compile(r"<[A-Z][\w.]*\b[^<>\n]*?\btext=\"([^\"\n]*)\"[^<>\n]*/>")
"""``日本語<Jps colour="c1" text="だけ"/>話せます``: an MDX component that shows its ``text``; the page
shows the words, and so does the card (a VuePress ``<Badge text="tip"/>`` beside a title only tags it)."""
_CAPTIONED = re.compile(r"^([ \t]*)!\[(?P<caption>[^\[\]\n]*(?:\[[^\[\]\n]*\][^\[\]\n]*)*)\]\((?P<src>[^()\s]+)\)[ \t]*$", re.MULTILINE)
"""``![Marmo, la roccia madre è carbonatica, …](marmo.jpg)`` alone on its line: a figure whose caption
(a sentence or more, as pandoc shows it) is text the author wrote, to be read as text beside the image."""


def _captioned(match: re.Match[str]) -> str:
    caption = match.group("caption").strip()
    if len(caption.split()) < 6:
        return match.group(0)
    return f"{match.group(1)}![]({match.group('src')}) {caption}"


_ADMONITION = re.compile(
    r'^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]*(?!(?:todo|fixme)\b)[\w-]+(?:[ \t]+"(?P<title>[^"\n]*)"|[ \t]+(?P<bare>[^"\s][^"\n]*?))?[ \t]*$',
    re.IGNORECASE,
)
"""``!!! note`` (MkDocs, Python-Markdown): a box whose text is indented four spaces under it (its title
in quotes, or, as some authors type it, bare: ``!!! hint Test for a Singular Matrix``)."""
_CITED_BY = re.compile(r"\s*<cite>.*$")
"""``… always tridiagonal? <cite> JMA3``: who asked, after the title of a box."""
_AD_BOX = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})ad-[\w-]+[ \t]*\n(?P<body>(?:.*\n)*?)(?P=indent)(?P=fence)[ \t]*$", re.MULTILINE
)
_AD_OPTION = re.compile(r"[ \t]*(?P<key>title|collapse|icon|color)[ \t]*:[ \t]*(?P<value>.*)$", re.IGNORECASE)


def _ad_box(match: re.Match[str]) -> str:
    """The Admonition plugin's box (`````ad-question`` / ``title: Proposição.`` / … / `````), reduced to what it
    holds, as a callout is: its title a bold label, its options and fences blank lines (the same
    number of lines), its text read as text, not as code."""
    lines = match.group("body").split("\n")[:-1]
    out = [""]
    opening = True
    for line in lines:
        option = _AD_OPTION.fullmatch(line) if opening else None
        if option is not None:
            title = option.group("value").strip()
            keep = option.group("key").casefold() == "title" and title and not _BOX_WORDS.fullmatch(title.rstrip(" .:"))
            out.append(f"{match.group('indent')}**{title.rstrip(' .:')}**" if keep else "")
            continue
        opening = False
        out.append(line)
    out.append("")
    return "\n".join(out)


_BOX_WORDS = re.compile(
    r"(?:note|notes|info|tip|hint|warning|important|abstract|summary|example|说明|注意|提示|注|hinweis|remarque|nota|aviso|attention)"
    r"|.*(?:placeholder|\{\{c\d).*",
    re.IGNORECASE,
)
"""Titles that only name the kind of box (``说明``, ``Note``) or leave it to fill in: no label to keep."""


def _admonitions(text: str) -> str:
    """A MkDocs box, reduced to what it holds: its title (if any) as a bold label, its text dedented
    (else Markdown would read it as code); the same number of lines."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        opened = _ADMONITION.match(lines[index])
        if opened is None:
            index += 1
            continue
        indent, title = opened.group(1), _CITED_BY.sub("", opened.group("title") or opened.group("bare") or "").strip()
        if opened.group("bare") and not (index + 1 < len(lines) and lines[index + 1].startswith((indent + "    ", indent + "\t"))):
            index += 1
            continue  # (``!!! Wichtig !!!`` with nothing indented under it: the author's exclamation, no box)
        lines[index] = f"{indent}**{title}**" if title and not _BOX_WORDS.fullmatch(title) else ""
        index += 1
        while index < len(lines):
            line = lines[index]
            if line.startswith(indent + "    "):
                lines[index] = indent + line[len(indent) + 4 :]
            elif line.startswith(indent + "\t"):
                lines[index] = indent + line[len(indent) + 1 :]
            elif not line.strip():
                lines[index] = indent
            else:
                break
            index += 1
    return "\n".join(lines)


_BRACKETED_SRC = re.compile(r"(!\[[^\]\n]*\]\()<([^<>\n]+)>\)")
"""``![](<../../.gitbook/assets/image (14).png>)``: a picture's address in angle brackets, spaces and brackets and all."""


def _bracketed_src(match: re.Match[str]) -> str:
    """The address written plainly, its spaces and brackets escaped (``image%20%2814%29.png``), so that
    every later reading of ``![…](…)`` ends it where it ends; the picture is found by its unescaped name."""
    return f"{match.group(1)}{quote(match.group(2), safe='/:.-_~#?&=%+@!$,;*')})"


_EMPTY_IMAGE = re.compile(r"!\[[^\]\n]*\]\(\s*\)")
"""``![Sicherung]()``: an image with nothing to show, a placeholder the author never filled."""
_OB_COMMENT = re.compile(
    r"<label\b[^>\n]*\bob-comment\b[^>\n]*>[ \t]*(?P<said>[^<\n]*?)[ \t]*<input\b[^>\n]*>[^\n]*?</label>", re.IGNORECASE
)
"""``<label class="ob-comment" …> précurseurs <input type="checkbox"> <span …>Molécule …</span></label>``."""
_LINK_COMMENT = re.compile(r"^[ \t]*\[(?://|comment|_|#)\]:[^\n]*$", re.MULTILINE | re.IGNORECASE)
"""``[//]: # (a comment)``, ``[//]: TODO …``: Markdown's comment idiom, never shown."""
_SKIP = re.compile(r"<!--\s*notedeck:\s*skip\s*-->|%%\s*notedeck:\s*skip\s*%%", re.IGNORECASE)
"""A card its author does not want: ``<!-- notedeck: skip -->`` or Obsidian's ``%% ... %%``."""
_DOUBLED_HEADING = re.compile(r"^(#{1,6})[ \t]+#{1,6}[ \t]+(?=\S)", re.MULTILINE)
_ODD_HEADING = re.compile(r"^(#{1,6})[\u00a0\u2007\u202f]", re.MULTILINE)
"""``####\u00a0Title``: a heading its author typed with a no-break space (same length once fixed)."""
_UNSPACED_HEADING = re.compile(
    r"^(#{2,6}|#(?!(?:TODO|FIXME|TBD)\b)(?![^\n]*\s#[^\s#])(?![\w-]+[,;])(?![^\n]{40,}\.[ \t]*$)(?=[A-Z][^#\n]*[ \t]\S[^#\n]*$))(?=[^\s#])(?=[^\n]*[^\W\d_])",
    re.MULTILINE,
)
"""``##Newton's First Law``, ``###Introduction``, ``#Newton's Laws``: a heading typed without its
space, which CommonMark would show as text (a lone ``#word`` stays a tag, even with a space after
it: ``#Teorema `` over a callout; so does a tag that opens a sentence: ``#FEA, which originated as …``)."""
_UNSPACED_SUBHEADING = re.compile(r"^#{2,6}[^\s#]", re.MULTILINE)
_UNSPACED_TITLE = re.compile(r"^(#{2,6}(?=[^\s#])|#(?!(?:TODO|FIXME|TBD)\b)(?![^\n]*\s#[^\s#])(?=[^\W\d_]))(?=[^\n]*[^\W\d_])", re.MULTILINE)
"""In a note that types its sub-headings without the space (``##Oběhová soustava``), a lone ``#Srdce``
is a heading too, not a tag."""
_ARROW_HEADING = re.compile(r"^(#)(?=[ \t]+(?:->|→|=>)[ \t])", re.MULTILINE)
"""``# -> indica que es el usuario root`` under ``$ -> indica que es un usuario del sistema``: a symbol and
what it means, typed at a line's start, not a heading."""
_HASH_UNSPACED = re.compile(r"\n#{1,6}[^\s#]")
"""A line opening on ``#`` marks with no space after them (the cheap test before the two below)."""
_ITEM_HEADING = re.compile(r"^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+#{2,6})(?=[^\s#])", re.MULTILINE)
"""``1. ###Heart`` over its numbered points: a heading typed into a list item without its space,
which no Markdown reader takes for a heading (``1. ### Heart`` is one)."""


_DIAGRAM = re.compile(
    r"^[ \t]*(?:\{%-?[ \t]*mermaid\b[^%\n]*%\}|\{\{<[ \t]*mermaid\b[^>\n]*>\}\})[ \t]*\n(?P<body>(?:.*\n)*?)"
    r"[ \t]*(?:\{%-?[ \t]*end(?:mermaid)?[ \t]*-?%\}|\{\{<[ \t]*/[ \t]*mermaid[ \t]*>\}\})[ \t]*$",
    re.MULTILINE,
)
"""``{% mermaid() %}`` … ``{% end %}``, ``{{< mermaid >}}`` … ``{{< /mermaid >}}``: a diagram's source in a
site's shortcode, read as the code block it is (``B --> B1(Conte Palatino)`` is no term and meaning)."""


_SMALL_MARK = re.compile(
    r"^[ \t]*<small>[ \t]*(?:(?:\d{1,2}[ \t]*h[ \t]*)?\d{1,3}[ \t]*m?(?:[ \t]*\d{1,2}[ \t]*s)?|\d{1,2}:\d\d(?::\d\d)?"
    r"|(?:pag|pág|p|pp|page|pagina|seite|s)\.?[ \t]*\d{1,4}(?:[ \t]*[-–][ \t]*\d{1,4})?(?:,[ \t]*(?:eq|fig|tab|es)\.?[ \t]*\d{1,3})?)"
    r"[ \t]*</small>[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
"""``<small>6m</small>``, ``<small>1h 16m</small>``, ``<small>pag. 125, eq. 5</small>``: where in the lecture's
recording or the book the lines below are, set small on a line of its own (the line is left empty)."""
_PAGE_LINE = re.compile(
    r"^[ \t]*(?:(?:pages?|pagin[ae]|página|páginas|seiten?|pg|pag|pág|str)\.?|(?:pp?|s)\.)[ \t]*\d{1,4}"
    r"(?:[ \t]*[-–][ \t]*\d{1,4})?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
"""``page.158`` on a line of its own, under the title it goes with: where the book says it, not a fact
(the line is left empty, so the title stands alone as the label it is)."""


_QUOTED_RULE = re.compile(r"^([ \t]*>[ \t>]*)-{3,}[ \t]*$", re.MULTILINE)
"""``> ---`` in a callout, under its examples: a rule between them, never the underline of a heading
(``***`` says so to the Markdown reader, on the same line)."""
_DOCSIFY_BOX = re.compile(r"^([ \t]*)[!?]>[ \t]+(?=\S)", re.MULTILINE)
"""``!> Ethiek: …``, ``?> tip``: docsify's important and tip boxes, whose marks are site markup."""
_ESCAPED_STOP = re.compile(r"(?<=[^\W\d_])\\\.(?=[ \t])")
"""``c\\. 1600``: a stop escaped after a word, where it could never open a list (what the escape is
for); shown plain."""
_ESCAPED_DASH = re.compile(r"(?<=[^\W\d_]|`) \\-(?= )")
"""```Action focused` \\- you are always guilty …``: a dash escaped in the middle of a line (an editor's
habit: there it could never open a list), a dash."""
_TIGHT_DASHES = re.compile(r"(?:^-(?-i:[A-Z][a-z])[^\n]*(?:\n|$)){2,}", re.MULTILINE)
"""``-Once it is attached, it CANNOT …`` / ``-Route table is automatically created …``: bullets typed without
their space, two or more lines in a row (Markdown would run them into one paragraph); a capital, then a small letter,
so a list of a command's options (``-a all files`` / ``-l long listing``) keeps its dashes."""
_ITEM_AT_LEAST = re.compile(r"^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)>=", re.MULTILINE)
"""``- >= 12 reps``: *at least*, which Markdown would read as a quotation of ``= 12 reps`` (written
``≥``, it says what the author meant)."""


_SHORTCODE = re.compile(r"^[ \t]*\{\{[<%][ \t]*(?P<close>/)?[ \t]*[\w-]+(?P<attrs>[^\n]*?)[>%]\}\}[ \t]*$", re.MULTILINE)
"""A Hugo shortcode on a line of its own (``{{<admonition type="case" title="Caparo v Dickman">}}``)."""


def _shortcode(match: re.Match[str]) -> str:
    """A box's title stays as a bold label over what the box holds; the rest is site markup."""
    title = re.search(r"\btitle=\"([^\"]+)\"", match.group("attrs") or "")
    return "" if match.group("close") or title is None else f"**{title.group(1).strip()}**"


_ATTRIBUTES = re.compile(r"[ \t]*\{:[ \t]*(?:[.#][\w-]+|[\w-]+=\S+)(?:[ \t]+(?:[.#][\w-]+|[\w-]+=\S+))*[ \t]*\}")
"""``{: .fs-6 .fw-300 }``: kramdown's attribute list (Jekyll sites), styling for the page."""
_COLOURED_WORD = re.compile(
    r"\$\s*(?:\\(?:tiny|small|normalsize|large|Large|LARGE|huge|Huge)\s*)?\{?\s*\\color\{[^{}$]+\}\{(?P<word>[^\W\d_][\w' -]{0,40})\}\s*\}?\s*\$"
)
r"""``$\huge{\color{Yellow}{werden}}$``: a word set large and in colour with math, to stand out; the word is what it says."""
_KRAMDOWN_TOC = re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+[^\n]*\n[ \t]*\{:[ \t]*toc[ \t]*\}[ \t]*$", re.MULTILINE | re.IGNORECASE)
"""``- Table of contents`` / ``{:toc}``: where kramdown puts the page's table of contents, no words of the note."""
_HEADING_ID = re.compile(r"(?<=\S)[ \t]+\{#[\w-]+(?:[ \t]+[.#][\w-]+)*\}[ \t]*$(?<=\})", re.MULTILINE)
"""``## 3D Crystals {#3d-crystals}``: the anchor a site (Pandoc, Hugo, kramdown) gives a heading, not its title."""
_ORG_BLOCK = re.compile(r"^([ \t]*(?:[-*+][ \t]+)?)#\+(?:BEGIN|END)_\w+[^\n]*$", re.MULTILINE | re.IGNORECASE)
"""``- #+BEGIN_TIP`` / ``#+END_TIP``: the frame of a Logseq box; what it holds stays."""
_LOGSEQ_MARK = re.compile(r"\^\^(?=\S)([^\^\n]+?)(?<=\S)\^\^")
"""``^^packets^^``: Logseq's highlight, written as bold."""
_STRUCK = re.compile(r"(?<!~)~~(?=[^\s~])([^~\n]{1,80}?)(?<=[^\s~])~~(?!~)")
STRUCK_MARKS = 12
"""A note that strikes this many phrases through marks what to recall with it (``Gases are
~~highly compressible~~.``), as others highlight: the marks read as highlights. Fewer are struck out."""
_BEAR_MARK = re.compile(r"::(?<![:\w]::)(?=[^\s:])([^:\n]+?)(?<=[^\s:])::(?![:\w])")
"""``::Inflation:: — …``: Bear's highlight, written as bold (``term::answer`` and ``{{c1::…}}`` stay)."""
_HACKMD_MARK = re.compile(r"(?<![+\w])\+\+(?=[^\s+])([^+\n]+?)(?<=[^\s+])\+\+(?![+\w])")
"""``++La constitution comprend++``: HackMD's underline, written as bold (``C++``, ``i++`` stay)."""
_ENVIRONMENT = re.compile(
    r"^[ \t]*\\(?P<edge>begin|end)\{(?:definition|theorem|lemma|corollary|proposition|remark|note|example"
    # the short names notes give them, and their names in other languages (``\\begin{de}``, ``\\begin{tw}``)
    r"|defn?|dfn|thm|lem|cor|prop|rem|fact|claim|de|tw|fakt|uw|wn|lemat|twierdzenie|definicja|wniosek|uwaga|satz|bsp)\*?\}"
    r"(?:\{(?P<title>[^{}\n]*)\}|\[(?P<optional>[^\]\n]*)\])?[ \t]*(?:\n[ \t]*\((?P<below>[^()\n]{1,60})\)[ \t]*(?=\n))?$",
    re.MULTILINE,
)
"""``\\begin{definition}{Strong Acid}`` outside math: a LaTeX box; its title stays as a label (and
``(Granica ciągu)`` on the line under ``\\begin{de}`` is its title too)."""


def _environment(match: re.Match[str]) -> str:
    title = match.group("title") or match.group("optional") or ""
    below = match.group("below")
    if below is not None:  # (the title's own line keeps its place: the lines below keep theirs)
        return f"\n**{below.strip()}**" if match.group("edge") == "begin" else "\n"
    return f"**{title.strip()}**" if match.group("edge") == "begin" and title.strip() else ""


_COMPARED_ITEM = re.compile(r"^([ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+)>(?=[ \t]*(?:=|\d))", re.MULTILINE)
"""``* > 1 -> elástica``: an item that opens with *greater than* a number, not a quote inside the item."""
_HIDDEN_ANSWER = re.compile(
    r"^([ \t]*)<(?:font\s+color\s*=\s*[\"']?(?:white|#fff(?:fff)?)[\"']?|span\s+style\s*=\s*[\"']\s*color\s*:\s*(?:white|#fff(?:fff)?)\s*;?\s*[\"'])\s*>"
    r"(?!\s*<)([^<\n]+)</(?:font|span)>[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""``<font color=white>989, 990</font>`` on a line of its own under a quiz question: the answer, written white
on white so it shows only when selected."""
_STYLE_TAG = re.compile(r"</?(?:span|font)\b[^>\n]*>|<mark\s[^>\n]*>(?=[^<\n]*</mark>)|(?<=[^>\n])</mark>", re.IGNORECASE)
"""``<span style="font-size: 1.2em">…</span>``, ``<font color=red>``: how the page looked, not what it says."""
_DETAILS = re.compile(r"[ \t]*</?details(?:\s[^>\n]*)?>[ \t]*", re.IGNORECASE)
_SUMMARY = re.compile(r"<summary(?:\s[^>\n]*)?>[ \t]*(?P<text>[^<\n]*?)[ \t]*</summary>", re.IGNORECASE)
"""``<details><summary>Which service stores objects?</summary> … </details>``: a question (or a
label) whose answer the page hides until clicked; what it hides is the answer."""


def _summary(match: re.Match[str]) -> str:
    """A question stays a question; any other summary is the label of what it hides."""
    said = match.group("text").strip().strip("*_").strip()  # (``<summary><b>Was ist …?</b></summary>``: bold once)
    return said if not said or said.endswith(("?", "？")) else f"**{said}**"


def _blocks_markup(text: str) -> str:
    """Boxes and highlights other tools write around notes, reduced to what they hold."""
    if "<details" in text.lower():
        text = _SUMMARY.sub(_summary, _DETAILS.sub("", text))
    text = _ORG_BLOCK.sub(lambda m: m.group(1).rstrip(" \t-*+"), text)
    text = _LOGSEQ_MARK.sub(r"**\1**", text)
    text = _HACKMD_MARK.sub(r"**\1**", text)
    if "::" in text:
        text = _BEAR_MARK.sub(r"**\1**", text)
    if "{{<" in text or "{{%" in text:
        text = _HUGO_MATH.sub(lambda m: f"$${m.group('math')}$$" if m.group("display") else f"${m.group('math')}$", text)
        text = _HUGO_PAIRED.sub(lambda m: m["inside"].replace("|", ""), text)  # ``{{% hzl %}}感受器、|传入神经{{% /hzl %}}``: its own separators
        text = _HUGO_REF.sub(r"(\1)", _HUGO_INLINE.sub("", text))
    return _ENVIRONMENT.sub(_environment, text)


_HUGO_PAIRED = re.compile(
    r"\{\{[<%]\s*(?P<name>(?!(?:katex|ref|relref)\b)[A-Za-z][\w-]*)\b[^<>%\n]*[>%]\}\}(?P<inside>[^\n{}|]*\|[^\n{}]*?)\{\{[<%]\s*/\s*(?P=name)\s*[>%]\}\}"
)
"""``{{% hzl %}}感受器、|传入神经、|中枢{{% /hzl %}}``: a shortcode that lays out a list, the ``|`` its own separators."""


_HUGO_MATH = re.compile(
    r"\{\{<\s*katex(?P<display>\s+display)?\s*>\}\}(?P<math>[^\n]*?)\{\{<\s*/\s*katex\s*>\}\}", re.IGNORECASE
)
"""``{{< katex >}}FV_N = PV(1 + r)^N{{</ katex >}}``: a Hugo site's math, written as the ``$…$`` it is."""
_HUGO_INLINE = re.compile(r"\{\{[<%]\s*/?\s*(?!(?:katex|ref|relref)\b)[A-Za-z][\w-]*\b[^<>%\n]*[>%]\}\}")
"""``{{< hint info >}}…{{</ hint >}}``, ``{{< tc left >}}神经调节{{< /tc >}}``, ``{{% hzl %}}…{{% /hzl %}}`` around words:
the page's box or style, not what it holds."""
_HUGO_REF = re.compile(r"\(\{\{[<%]\s*(?:rel)?ref\s+\"([^\"\n]*)\"\s*[>%]\}\}\)")
"""``[AP Statistics]({{< relref "KBhAPStats.md" >}})``: a link to another page of the site."""


_PAGE_PROPERTIES = re.compile(r"\A(?:[ \t]*[A-Za-z][\w-]*::[^\n]*\n)+")
_TAGGED_PROPERTIES = re.compile(r"\A(?:[ \t]*(?:#[^\s#]\S*[ \t]*)*\n)*(?P<fields>(?:[ \t]*[^\W\d_][\w-]*::[ \t]+\S[^\n]*\n)+)")
"""``#PC #Thermodynamik`` / ``Gruppe:: Grundlagen``: Dataview's fields under the note's tags, its front matter too."""
_PROPERTY = re.compile(r"^[ \t]*(?P<key>[A-Za-z][\w-]*)::[ \t]*(?P<value>.*)$")
_PROPERTY_LINE = re.compile(r"^[ \t]*[A-Za-z][\w-]*::", re.MULTILINE)
_BLOCK_PROPERTY = re.compile(
    r"^(?:[ \t]+(?:id|collapsed|background-color|heading|card-[\w-]+|ls-type|hl-\w+|created-at|updated-at|logseq\.[\w.-]+"
    r"|query-[\w-]+|tags|deck|template|template-including-parent)::.*|collapsed::[ \t]*(?:true|false)[ \t]*)$",
    re.MULTILINE,
)
"""A block's bookkeeping in Logseq, and ``collapsed:: true`` under a heading typed without its bullet."""
_TARGET_DECK = re.compile(
    r"^TARGET[ _]DECK(?::[ \t]*(?P<inline>\S.*?)|[ \t]*\n(?P<next>[^\n]+?))[ \t]*$", re.MULTILINE
)


@dataclass(frozen=True, slots=True)
class NoteSource:
    """A note file's text, ready for parsing."""

    path: Path
    """Path of the note as given by the user (used in messages)."""
    text: str
    """Markdown with front matter and HTML comments blanked out (same line count)."""
    meta: dict[str, object] = field(default_factory=dict)
    """Front matter: ``deck`` (str) and ``tags`` (list of str) are the keys notedeck reads."""
    skip: frozenset[int] = frozenset()
    """Lines (1-based) marked ``notedeck: skip``: the cards made there are left out."""


def decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM) to text with ``\\n`` line ends; a located error otherwise."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        msg = f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        raise NoteReadError(msg, path, line) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise NoteReadError("binary data (NUL byte) in a note", path, line)
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CODE_LINE = re.compile(
    r"[{};]\s*$|^\s*(?:def|class|import|from|return|if|elif|else|for|while|public|private|#include|var|let|const"
    r"|function|echo|sudo|cd|ls)\b|\w\([^)]*\)\s*[{;:]?\s*$|==|!=|&&|\|\||\$\s|^\s*[<#/]"
)
_LIST_START = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")


_GLYPH_BULLET = re.compile(r"^([ \t]*)[•◦▪‣●○■□][ \t]+(?=\S)", re.MULTILINE)
"""``• Anticipate the likely abnormalities``: a bullet pasted from a PDF or a word processor, which
Markdown shows as typed; its author sees a list item, and so does notedeck."""
_ALT_CHECKBOX = re.compile(r"^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)\[[^\]\sxX]\][ \t]+", re.MULTILINE)
"""``- [?] Qual serviço …``, ``- [!] …``, ``- [*] …``: a theme's other checkbox styles, which
Markdown shows as typed; the box marks the item, it is not part of what it says."""


def _columns(line: str) -> int:
    """How far ``line`` is indented, tabs counted to the next multiple of four."""
    return len(line[: len(line) - len(line.lstrip(" \t"))].expandtabs(4))


def _tab_outline(text: str) -> str:
    """An outline typed with tabs and no bullets (``\tProtocollo:`` / ``\t\tSintassi: …``) after a blank
    line is, to Markdown, an indented code block, and its author's terms would reach no card: it is
    read as the nested list its author sees (the same lines; a run that reads as code stays code)."""
    lines = text.split("\n")
    out = list(lines)
    start = 0
    while start < len(lines):
        if not lines[start].startswith("\t") or not lines[start].strip() or (start and lines[start - 1].strip()):
            start += 1
            continue
        end = start
        while end < len(lines) and (lines[end].startswith("\t") or not lines[end].strip()):
            end += 1
        run = [line for line in lines[start:end] if line.strip()]
        coded = sum(1 for line in run if _CODE_LINE.search(line))
        before = next((line for line in reversed(lines[:start]) if line.strip()), "")
        inside = before[:1] in (" ", "\t") or _LIST_START.match(before) is not None  # a list item's own lines
        listed = any(_LIST_START.match(line) for line in run)
        if len(run) >= 3 and coded * 5 < len(run) and not inside and not listed:
            stack: list[int] = []
            for index in range(start, end):
                line = lines[index]
                if not line.strip():
                    out[index] = ""
                    continue
                width = _columns(line)
                while stack and stack[-1] >= width:
                    stack.pop()
                out[index] = "  " * len(stack) + "- " + re.sub(r"\s*\t\s*", " ", line.strip())
                stack.append(width)
        start = max(end, start + 1)
    return "\n".join(out)


_WRAPS = re.compile(r"(?:,|\b(?:the|a|an|of|in|to|and|or|for|with|by|from|that|which|is|are|was|were))\s*$", re.IGNORECASE)
"""``… sent between the`` / ``\thosts``: a line that ends where no point can, so the next goes on with it."""


_BOLD_JOIN = re.compile(
    r"^(?P<lead>[ \t]*[-*+][ \t]+)(?P<term>[^*_«\"“\n]*?\S)[ \t]+\*\*(?P<join>[^*\d\n]{1,20}?)\*\*(?:[ \t]+(?P<rest>\S.*)|[ \t]*)$", re.MULTILINE
)
"""``- CRM **passt zu** Optimiert kundenbezogene Prozesse.``: a bold word that joins each item's two sides."""


def _bold_joins(text: str) -> str:
    """``- B2B **passt zu** Ein Elektronikhändler bestellt …``, ``- CRM **passt zu** …``: the same bold word
    between the two sides of item after item is how a matching exercise pairs them, not a term to hide:
    each item is read as the pair it is, ``B2B: Ein Elektronikhändler …`` (same lines; three items in a
    row or more, none of them an example in italics)."""
    lines = text.split("\n")
    found = [_BOLD_JOIN.match(line) for line in lines]
    run: list[int] = []
    join = ""

    def pair() -> None:
        if len(run) >= 3:
            for index in run:
                match = found[index]
                assert match is not None
                lines[index] = f"{match.group('lead')}{match.group('term')}: {match.group('rest') or ''}".rstrip()

    for index, (line, match) in enumerate(zip(lines, found, strict=True)):
        said = match.group("join").strip().casefold() if match and len(match.group("term").split()) <= 4 else ""
        if said and said == join and len(said.split()) <= 3:
            run.append(index)
        elif said:
            pair()
            run, join = [index], said
        elif _LIST_START.match(line) or not line.strip():
            pair()
            run, join = [], ""
    pair()
    return "\n".join(lines)


def _tab_paragraphs(text: str) -> str:
    """``bosons: can share state`` / ``\tphoton, pion, helium-4 atom`` / ``\tinteger spin``: an outline typed
    with tabs and no bullets, each line one point, under a line that is not indented. To Markdown it is
    one paragraph, every point run into the first; it is read as the nested list its author sees (the
    same lines; a tab never more than one deeper than the line above, as an outline steps)."""
    lines = text.split("\n")
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip() and not _ATX_LINE.match(lines[end]):
            end += 1
        if end == start:
            start += 1
            continue
        run = lines[start:end]
        depths = [len(line) - len(line.lstrip("\t")) for line in run]
        before = lines[start - 1] if start else ""
        if (not before.strip() or _ATX_LINE.match(before)) and _steps_as_outline(run, depths):
            lines[start:end] = ["  " * depth + "- " + line.strip() for depth, line in zip(depths, run, strict=True)]
        start = end + 1
    return "\n".join(lines)


def _steps_as_outline(run: list[str], depths: list[int]) -> bool:
    """Lines that step in and out by tabs as an outline does: three or more, the first not indented, no tab more
    than one deeper than the line above, no label (``… :``) over lines as deep as itself, none a list item, a
    table, a quote, markup or display math, not code, and none wrapped mid-sentence."""
    return (
        len(run) >= 3
        and any(depths)
        and depths[0] == 0
        and all(now <= last + 1 for last, now in pairwise(depths))
        and not any(line.rstrip().endswith(":") and depths[index] >= depths[index + 1] for index, line in enumerate(run[:-1]))
        and not any(_not_a_point(line) for line in run)
        and sum(1 for line in run if _CODE_LINE.search(re.sub(r"\$[^$]+\$", "x", line))) * 5 < len(run)
        and not any(_WRAPS.search(line) for line in run[:-1])
    )


def _not_a_point(line: str) -> bool:
    said = line.strip()
    return line[:1] == " " or said[:1] in ("|", ">", "<", "\\", "`", "#", "!") or said.startswith("$$") or _LIST_START.match(line) is not None


_HTML_HEADING = re.compile(r"^[ \t]*<h([1-6])\b[^>]*>(.*?)</h\1>[ \t]*$", re.IGNORECASE)
_HTML_LIST_EDGE = re.compile(r"^[ \t]*(?:</?(?:ul|ol)\b[^>]*>|</li>|</?p>|</?div>)[ \t]*$", re.IGNORECASE)
_HTML_ITEM = re.compile(r"^[ \t]*<li\b[^>]*>(.*?)(?:</li>)?[ \t]*$", re.IGNORECASE)
_HTML_INLINE = [
    (re.compile(r"</?(?:strong|b)>", re.IGNORECASE), "**"),
    (re.compile(r"</?(?:em|i)>", re.IGNORECASE), "*"),
    (re.compile(r"</?code>", re.IGNORECASE), "`"),
    (re.compile(r"</?p>|</?br\s*/?>|</?span\b[^>]*>", re.IGNORECASE), ""),
]


_HTML_HEADING_BLOCK = re.compile(r"^[ \t]*<h([1-6])\b[^>\n]*>[ \t]*\n((?:(?![ \t]*</h\1>).*\n){1,3}?)[ \t]*</h\1>[ \t]*$", re.IGNORECASE | re.MULTILINE)
_TAGS = re.compile(r"<[^<>\n]*>")


def _html_heading_block(match: re.Match[str]) -> str:
    said = _TAGS.sub("", match.group(2)).strip()
    if "\n" in said or not re.search(r"[^\W\d_]{2}", re.sub(r"\$[^$]*\$", "", said)):
        return match.group(0)  # ``<h1>`` / ``$p_1v_1 = p_2v_2$`` / ``</h1>``: a formula set large, no title
    return "#" * int(match.group(1)) + " " + said + "\n" * match.group(0).count("\n")


def _html_lists(text: str) -> str:
    """A note written in HTML (``<h3>Password Policy:</h3>``, ``<ul><li>MFA …</li></ul>``) as the
    Markdown it stands for, line for line: headings, nested lists, bold and italics."""
    if "\n" in text:  # ``<h3 align="left">`` / ``<b>LE SPORT:</b><br>`` / ``</h3>``: a heading over three lines
        text = _HTML_HEADING_BLOCK.sub(_html_heading_block, text)
    out = []
    kinds: list[str] = []
    for line in text.split("\n"):
        opened = re.findall(r"<(ul|ol)\b", line, re.IGNORECASE)
        closed = len(re.findall(r"</(?:ul|ol)>", line, re.IGNORECASE))
        heading = _HTML_HEADING.match(line)
        item = _HTML_ITEM.match(line)
        inline = heading is not None or item is not None
        if heading is not None:
            line = "#" * int(heading.group(1)) + " " + heading.group(2).strip()
        elif item is not None and kinds:
            marker = "1." if kinds[-1] == "ol" else "-"
            line = "    " * (len(kinds) - 1) + f"{marker} {item.group(1).strip()}"
        elif _HTML_LIST_EDGE.match(line):
            line = ""
        elif kinds and re.search(r"</li>[ \t]*$", line, re.IGNORECASE):
            line = re.sub(r"[ \t]*</li>[ \t]*$", "", line, flags=re.IGNORECASE)  # an item's last line, below its ``<li>``
            inline = True
        kinds.extend(kind.casefold() for kind in opened)
        del kinds[len(kinds) - min(closed, len(kinds)) :]
        if inline or "<strong>" in line or "<em>" in line or "</br>" in line:
            for pattern, mark in _HTML_INLINE:
                line = pattern.sub(mark, line)
        out.append(line)
    return "\n".join(out)


_EMBED_FENCE = re.compile(r"^([ \t]*)```embed-[\w-]*[ \t]*\n(?:.*\n)*?\1```[ \t]*$", re.MULTILINE)
"""A fence opened with ``embed-cpp`` over ``PATH: "vault://_Code/…/main.cpp"`` and ``LINES: 4, 47-58``: a plugin's pointer to
lines of a file the note does not hold, nothing to show on a card."""


def _blank(match: re.Match[str]) -> str:
    return "\n" * match.group(0).count("\n")


_CITATION_NOTE = re.compile(r"\^\[(?=[^\[\]]*https?://)[^\[\]]{1,800}\]")
"""``^[Matthias Sickmüller. PHYSIK Skript. 2020. https://…]``: an inline footnote that cites a source
(it may wrap onto the next line); where a picture came from is no fact to learn."""
_OBSIDIAN_COMMENT = re.compile(r"(?<![%\w])%%(?!%)[\s\S]*?(?<!%)%%(?![%\w])")
"""``%% … %%``: an Obsidian comment, shown only while editing; it may span lines."""
_FENCED = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$", re.MULTILINE)


_DEEP_FENCE = re.compile(r"^(?:\t| {4,})[ \t]*(?:```|~~~)[ \t]*$", re.MULTILINE)
_FENCE_MARK = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```|~~~)(?P<info>[^\n]*)$", re.MULTILINE)
"""A line that opens or closes a fence: its indent, its marks and what follows them."""


def _deep_closes(text: str) -> str:
    """A fence its author closed with a line indented four columns or more (``  ```` … ``    ````):
    to Markdown no close, and the rest of the note would be code. When a fence never closes, its first
    fence line so indented is taken for its close, moved to the opening's indent (same lines)."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        opening = _FENCE_MARK.match(lines[index])
        if opening is None or _columns(lines[index]) > 3:
            index += 1
            continue
        fence, deep, close = opening["fence"], None, None
        for at in range(index + 1, len(lines)):
            found = _FENCE_MARK.match(lines[at])
            if found is None or found["fence"] != fence or found["info"].strip():
                continue
            if _columns(lines[at]) <= 3:
                close = at
                break
            deep = at if deep is None else deep
        if close is None and deep is not None:
            lines[deep] = opening["indent"] + fence
            close = deep
        index = (close if close is not None else len(lines)) + 1
    return "\n".join(lines)


_CARD_START = re.compile(r"^START_CARD[ \t]*$", re.MULTILINE)
_CARD_END = re.compile(r"^END_CARD[ \t]*$", re.MULTILINE)
_HIDDEN_NOTE_START = re.compile(r"^%%ANKI[ \t]*$", re.MULTILINE)
_HIDDEN_NOTE_END = re.compile(r"^END%%[ \t]*$", re.MULTILINE)
_LINE_COMMENT = re.compile(r"^//(?!/)[^\n]*$", re.MULTILINE)
"""``//## 1.6 Préférences révélées``: a line the author commented out, code-style."""


_MATH_OVER_RULE = re.compile(r"^(?P<math>[ \t]*\$[^$\n]*=[^$\n]*\$[ \t]*)\n[ \t]*-{3,}[ \t]*$", re.MULTILINE)
"""``$\\varepsilon_0 = 8.85 × 10^{−12}$`` / ``---``: a formula, then a rule (CommonMark would read a heading)."""


_IMAGE_OVER_RULE = re.compile(
    r"^(?P<image>[ \t]*(?:!\[[^\]\n]*\]\([^)\n]*\)|!\[\[[^\]\n]+\]\]|<img\b[^>\n]*>)[ \t]*)\n[ \t]*(?:-{3,}|={3,})[ \t]*$", re.MULTILINE
)
"""``![boston](./images/boston.png)`` / ``---``: a picture, then a rule (CommonMark would read a heading named ``boston``)."""


_BREAK_LINE = re.compile(r"^[ \t]{0,3}(?:</?br\s*/?>[ \t]*)+$", re.MULTILINE | re.IGNORECASE)
"""``<br>`` alone on a line, typed for space (``<br>`` / ``## Kopplungselemente OSI Schicht 3``): a blank
line, not an HTML block that would swallow the heading under it."""
_HTML_OVER_HEADING = re.compile(
    r"^[ \t]{0,3}<(?P<tag>nav|div|p|section|aside|header|footer|center|details|summary|h[1-6])\b[^>\n]*>(?P<text>[^<\n]*)</(?P=tag)>[ \t]*(?=\n[ \t]{0,3}#{1,6}[ \t])",
    re.MULTILINE | re.IGNORECASE,
)
"""``<nav class="text--muted">復習</nav>`` right over ``## こと``: an element of one line, whose HTML block
(CommonMark's) would run on to the blank line and swallow the heading; its words stay, as a line of text."""


_SHOWN_MATH = re.compile(r"(?P<lead>(?:\A|\n[ \t]*\n))\$(?P<math>\\displaystyle\b[^$\n]*)\$[ \t]*(?=\n[ \t]*\n|\n?\Z)")
"""``$\\displaystyle{J = \\frac{…}{…}}$`` alone between blank lines: a formula its author set to be shown
as ``$$…$$`` is (the same line, so a sentence before it leads into it)."""


def _outside_fences(text: str, fix: Callable[[str], str]) -> str:
    """Apply ``fix`` to the parts of ``text`` outside fenced code blocks."""
    if "```" not in text and "~~~" not in text:
        return fix(text)
    parts, last = [], 0
    for fence in _FENCED.finditer(text):
        parts.append(fix(text[last : fence.start()]))
        parts.append(fence.group(0))
        last = fence.end()
    parts.append(fix(text[last:]))
    return "".join(parts)


_LIST_LINE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")
_UNSPACED_BULLET = re.compile(r"^([ \t]*)(--?)(?=[^\s\-\d>])")


_NUMBERED_CLOZE = re.compile(r"\{\{(\d{3,})::(?:\s*\}\})?")


def _numbered_clozes(text: str) -> str:
    """``{{3044970766606596::**cloranfenicol**}}`` (a plugin's cloze, keyed by a long id) as the
    ``{{c1::…}}`` cloze it is, numbered per line; an empty ``{{id:: }}`` is dropped."""

    def line(found: str) -> str:
        ids: dict[str, int] = {}

        def number(match: re.Match[str]) -> str:
            if match.group(0).endswith("}}"):
                return ""
            return f"{{{{c{ids.setdefault(match.group(1), len(ids) + 1)}::"

        return _NUMBERED_CLOZE.sub(number, found)

    return "\n".join(line(each) for each in text.split("\n"))


_LOGSEQ_CLOZE = re.compile(r"\{\{(cloze|c\d{1,2})[ \t]+((?:(?!\}\}|\{\{)[^\n])+?)[ \t]*\}\}")
"""``{{cloze 新港}}`` (Logseq's cloze) and ``{{c1 母 :: 父／母}}`` (logseq-anki-sync's, with a hint)."""


def _logseq_clozes(text: str) -> str:
    """Logseq's clozes as the ``{{c1::…}}`` clozes they are: ``{{cN text}}`` keeps its number, each
    ``{{cloze text}}`` of a line takes the next one (a card of its own, as a cloze per card asks)."""

    def line(found: str) -> str:
        taken = {int(number) for number in re.findall(r"\{\{c(\d{1,2})[ \t:]", found)}
        free = (n for n in range(1, 100) if n not in taken)

        def cloze(match: re.Match[str]) -> str:
            answer, _, hint = match.group(2).partition("::")
            number = next(free) if match.group(1) == "cloze" else int(match.group(1)[1:])
            hint = f"::{hint.strip()}" if hint.strip() else ""
            return f"{{{{c{number}::{answer.strip()}{hint}}}}}"

        return _LOGSEQ_CLOZE.sub(cloze, found)

    return "\n".join(line(each) for each in text.split("\n"))


_BARE_CLOZE = re.compile(
    r"(?<![{$\\\w])\{\{(?!c\d|cloze\b)"
    r"(?!(?:embed|video|youtube|youtube-timestamp|query|renderer|tweet|twitter|pdf|function|namespace|cards|toc"
    r"|zotero[\w-]*|vimeo|bilibili|i|poll|word-count|contents)\b(?:[ \t]|\}|$))"
    r"(?!(?:date|time|title|tags?|author|url|content|highlights?|summary|created|updated|today|file|name)\b[:\s}])"
    r"(?![\d\W]*\}\})"
    r"([^{}\s\\<%#/^!>.$@&*|][^{}\n]*?)\}\}(?!\})"
)
"""``mit {{-e}} geformt``: a cloze in double braces and nothing else (the spaced-repetition plugins'
curly cloze), not one of Logseq's macros (``{{embed …}}``, ``{{video …}}``), a template's field
(``{{date}}``) or a number a template filled in (``{{2025-07-22}}``)."""
_TICKED = re.compile(r"`[^`\n]*`")


def _outside_ticks(line: str, change: Callable[[str], str]) -> str:
    """``change`` applied to a line's text outside its code spans (```{{name}}```, ```a || b``` stay as typed)."""
    spans = _TICKED.findall(line)
    parts = [change(part) for part in _TICKED.split(line)]
    return "".join(part + (spans[index] if index < len(spans) else "") for index, part in enumerate(parts))


def _bare_clozes(text: str) -> str:
    """Each ``{{word}}`` of a line as a cloze of its own (``{{c1::word}}``, ``{{c2::…}}``); a line
    with math or a backslash, and code spans, are left as written."""

    def line(found: str) -> str:
        if "$" in found or "\\" in found or "{{" not in found:
            return found
        if len(re.findall(r"[^\W\d_]{2,}", _BARE_CLOZE.sub("", found))) < 3:
            return found  # ``**Date:** {{day one}}``: a field a template left, not a sentence with a gap
        counter = iter(range(1, 100))

        def cloze(match: re.Match[str]) -> str:
            word = match.group(1).rstrip()
            return f"{{{{c{next(counter)}::{word}}}}}{match.group(1)[len(word) :]}"  # (the space typed inside stays outside)

        return _outside_ticks(found, lambda part: _BARE_CLOZE.sub(cloze, part))

    return "\n".join(line(each) for each in text.split("\n"))


_SPOILER = re.compile(r"\|\|(?=[^\s|])([^|\n]{1,200}?)(?<=[^\s|])\|\|")
"""``30.40.50.60: ||A||.``: an answer hidden as a spoiler, to be clicked open: a cloze."""


def _spoilers(text: str) -> str:
    """Each ``||answer||`` of a line as a cloze of its own; a table's row, a line with math (``$||u||$``, a norm) and
    code spans are left as written."""

    def line(found: str) -> str:
        if "||" not in found or "$" in found or "\\" in found or found.lstrip(" \t-*+>").startswith("|"):
            return found
        counter = iter(range(1, 100))
        return _outside_ticks(found, lambda part: _SPOILER.sub(lambda m: f"{{{{c{next(counter)}::{m.group(1)}}}}}", part))

    return "\n".join(line(each) for each in text.split("\n"))


_HTML_TABLE = re.compile(r"^[ \t]*<table\b[^>]*>.*?</table>[ \t]*$", re.IGNORECASE | re.DOTALL | re.MULTILINE)
_OPEN_HTML_TABLE = re.compile(r"^[ \t]*<table\b[^>\n]*>[ \t]*(?:\n[ \t]*<tr\b[^\n]*</tr>[ \t]*)+$", re.IGNORECASE | re.MULTILINE)
"""``<table>`` over ``<tr><td>l'athlétisme</td><td>athletics</td></tr>`` lines, its ``</table>`` left off."""
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<(t[hd])\b[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)


_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<dec>\d{1,7}));|&nbsp;")


_CODECOGS = re.compile(
    r"!\[[^\]\n]*\]\(<?https?://latex\.codecogs\.com/[\w./-]*\?([^)\s>]+)>?\)"
    r"|<img\b[^>\n]*?\bsrc=[\"']https?://latex\.codecogs\.com/[\w./-]*\?([^\"'\s]+)[\"'][^>\n]*>",
    re.IGNORECASE,
)


def _codecogs_math(match: re.Match[str]) -> str:
    """``![](https://latex.codecogs.com/svg.latex?A\\cap%20B)``: a formula drawn by a web service, as the
    LaTeX it is (``$A\\cap B$``), so the card shows it and its sentence keeps it."""
    latex = unquote(match.group(1) or match.group(2)).strip()
    latex = latex.replace("&space;", " ").replace("&plus;", "+")  # (the service's editor writes its spaces and pluses so)
    latex = re.sub(r"^(?:\\(?:dpi|bg|fg)\{[^{}]*\}|\\(?:large|Large|small|huge|inline|bg_white|fn_\w+))\s*", "", latex)
    return f"${latex}$" if latex and "$" not in latex and "\n" not in latex else match.group(0)


_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[xX][0-9a-fA-F]{1,6}|#\d{1,7});")
_CODE_SPAN = re.compile(r"(`+)[^`\n]*?\1")
_MARKUP_REFERENCES = frozenset(["&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&#60;", "&#62;", "&#38;"])


_SPACER = re.compile(r"^([ \t]*(?:>[ \t]*)*)(?:&(?:emsp|ensp|emsp13|emsp14|thinsp);[ \t]*)+", re.MULTILINE)
"""``&emsp;`` at the start of a line: a wide space the author typed to indent the line, not text of it."""


def _references(text: str) -> str:
    """``Pyruvate &rarr; Acetyl CoA``: an HTML character reference typed into a note is the character it
    names (Anki would show it so, and a breadcrumb in plain text would not); ``&lt;`` and its kind,
    which stand for markup, and whatever is inside code stay as typed."""

    def character(match: re.Match[str]) -> str:
        found = match.group(0)
        if found in _MARKUP_REFERENCES:
            return found
        named = html.unescape(found)
        if named in ("\u2002", "\u2003", "\u2004", "\u2005", "\u2009"):
            return " "  # (``&emsp;`` between words: a space, which the card shows as one)
        if len(named) == 1 and "\u2190" <= named <= "\u21ff":
            return found  # ``&rarr;`` between two steps is read as typed: an arrow would split the line into a term and its meaning
        return named if named != found and named.isprintable() and named not in "<>&|" else found

    if "sp;" in text:  # ``&emsp; 挤出效应是指 …``: a wide space typed to indent a line, not a character to show
        text = _SPACER.sub(r"\1", text)
    parts, last = [], 0
    for code in _CODE_SPAN.finditer(text):
        parts.append(_REFERENCE.sub(character, text[last : code.start()]))
        parts.append(code.group(0))
        last = code.end()
    parts.append(_REFERENCE.sub(character, text[last:]))
    return "".join(parts)


def _cell_text(text: str) -> str:
    """A cell's words without its tags, its characters written out (``&#x2714;`` is ``✔``)."""
    def character(match: re.Match[str]) -> str:
        code = int(match["hex"], 16) if match["hex"] else int(match["dec"]) if match["dec"] else 32
        return chr(code) if 32 <= code <= 0x10FFFF and chr(code) not in "<>&|" else match.group(0)

    return _CHARACTER_REFERENCE.sub(character, re.sub(r"<[^>]+>", "", text)).replace("|", "\\|")


def _html_table(match: re.Match[str]) -> str:
    """An HTML ``<table>`` typed into a note (a glossary, a comparison) as the Markdown table it
    stands for, on the lines it took (same line count: the rows first, blank lines after). A table
    too tight for that, or with merged or nested cells, stays as it is."""
    block = match.group(0)
    rows = []
    first_row = re.search(r"<tr\b", block, re.IGNORECASE)
    heads = _HTML_CELL.findall(block[: first_row.start()]) if first_row else []
    if heads and all(kind.casefold() == "th" for kind, _ in heads):  # ``<table><th>id produit</th>…<tr>``: a header typed outside any row
        rows.append([(kind.casefold(), re.sub(r"\s+", " ", text).strip()) for kind, text in heads])
    for row in _HTML_ROW.findall(block):
        cells = _HTML_CELL.findall(row)
        if not cells or re.search(r"<table|\b(?:col|row)span\s*=", row, re.IGNORECASE):
            return block
        rows.append([(kind.casefold(), re.sub(r"\s+", " ", re.sub(r"<br\s*/?>", " ", text)).strip()) for kind, text in cells])
    if len(rows) < 2 or len({len(row) for row in rows}) != 1:
        return block
    width = len(rows[0])
    headed = all(kind == "th" for kind, _ in rows[0])
    body = ["| " + " | ".join(_cell_text(text) for _, text in row) + " |" for row in rows]
    rule = "|" + "---|" * width
    lines = [body[0], rule, *body[1:]] if headed else ["|" + "  |" * width, rule, *body]
    count = block.count("\n") + 1
    if len(lines) > count:
        return block
    return "\n".join(lines + [""] * (count - len(lines)))


def _unspaced_bullets(text: str) -> str:
    """``-Non-past form`` and ``--pronounced "iku"`` right under a bullet, or three ``-Line`` lines in a
    row: the bullets of someone typing fast (``--`` one level deeper), not text (same line count)."""
    lines = text.split("\n")
    listing = False
    for index, line in enumerate(lines):
        if not line.strip():
            listing = False
            continue
        match = _UNSPACED_BULLET.match(line)
        if match is not None and not listing and match.group(2) == "-":
            run = 0
            while index + run < len(lines) and (m := _UNSPACED_BULLET.match(lines[index + run])) and m.group(2) == "-":
                run += 1
            listing = run >= 3  # ``-Akla dayanır.`` three lines or more in a row: a list typed without spaces
        if listing and match is not None:
            indent = match.group(1) + ("  " if match.group(2) == "--" else "")
            lines[index] = f"{indent}- {line[match.end():]}"
        listing = listing or _LIST_LINE.match(lines[index]) is not None
    return "\n".join(lines)


_GLUED_STAR = re.compile(r"^([ \t]*)\*(?=[^\s*][^*\n]*$)", re.MULTILINE)
_GLUED_STAR_AT = re.compile(r"\n[ \t]*\*[^\s*][^*\n]*\n")


def _unspaced_stars(text: str) -> str:
    """``* 1.0`` / ``*2.0`` / ``*3.0``: a star typed without its space among bullets at the same depth, the
    only star of its line (so no emphasis), is a bullet too (same line count)."""
    lines = text.split("\n")
    for index in range(1, len(lines)):
        match = _GLUED_STAR.match(lines[index])
        if match is None:
            continue
        indent = match.group(1)
        beside = any(
            _LIST_LINE.match(line) and line.startswith(indent) and line[len(indent) : len(indent) + 1] in "*-+"
            for line in (lines[index - 1], lines[index + 1] if index + 1 < len(lines) else "")
        )
        above = ""
        for line in reversed(lines[:index]):
            if not line.strip():
                break  # (``*c/p: Corto plazo`` after a blank line: a note on a mark above, not a bullet)
            if not line.startswith((indent + " ", indent + "\t")):
                above = line
                break
        if beside or above.startswith(indent + "* "):
            lines[index] = f"{indent}* {lines[index][match.end() :]}"
    return "\n".join(lines)


_WIDE_MARKER = re.compile(r"([ \t]*)([-*+]|\d{1,3}[.)])( {2,4})(?=\S)")
_LIST_LINE_AT = re.compile(r"([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]")
_WIDE_SPACING = re.compile(r"\n[ \t]*(?:[-*+]|\d{1,3}[.)])  ")


def _wide_markers(text: str) -> str:
    """``*  社会本位论`` over ``  * 观点：…``: an item typed with spaces after its bullet, and an item
    under it indented less than its text. To Markdown the second is its sibling, though its author
    indented it, as Obsidian shows it, one level down: it is read one level down (same lines)."""
    parts, last = [], 0
    for found in _WIDE_SPACING.finditer("\n" + text):
        start = found.start()  # (where the line starts in ``text``)
        end = text.find("\n", start)
        match = _WIDE_MARKER.match(text, start, end) if end >= 0 else None
        below = _LIST_LINE_AT.match(text, end + 1) if match is not None else None
        if match is None or below is None:
            continue
        indent = len(match.group(1).expandtabs(4))
        if indent < len(below.group(1).expandtabs(4)) < indent + len(match.group(2)) + len(match.group(3)):
            parts += [text[last : match.end(2)], " "]
            last = match.end()
    return "".join([*parts, text[last:]])


_ORDERED_AT = re.compile(r"([ \t]*)(\d{1,3}[.)])( +)\S")
_BULLET_AT = re.compile(r"([ \t]*)[-*+][ \t]+\S")


def _short_children(text: str) -> str:
    """``1. Wie ist die Funktionsweise …?`` over ``  - Ausgangspunkt: …``: bullets under a numbered
    item indented less than its text. To Markdown they are a list of their own; their author indented
    them, as Obsidian shows them, under the item: they are read there (moved right, same lines)."""
    if "\n" not in text or not re.search(r"^[ \t]*\d{1,3}[.)] ", text, re.MULTILINE):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        item = _ORDERED_AT.match(line)
        if item is None or index + 1 >= len(lines):
            continue
        base = _columns(line)
        column = base + len(item.group(2)) + len(item.group(3))
        below = _BULLET_AT.match(lines[index + 1])
        if below is None or not base < _columns(lines[index + 1]) < column:
            continue
        shift = " " * (column - _columns(lines[index + 1]))
        for at in range(index + 1, len(lines)):
            if lines[at].strip() and _columns(lines[at]) <= base:
                break
            if lines[at].strip():
                lines[at] = shift + lines[at]
    return "\n".join(lines)


_INDENTED_BULLET = re.compile(r"^(?:\t| {4,})[ \t]*[-*+][ \t]+\S")
_INLINE_DEFINITION = re.compile(r"\S(?::|\s+(?:=|-{1,2}|–|—|->|=>))\s+\S")
_HANGING = re.compile(r"\n {0,3}[^\s#>|<*+\d-][^\n]*\n(?:\t| {4})[ \t]*[-*+][ \t]+\S")


def _hanging_lists(text: str) -> str:
    """``Vagus nerve controls many sphincter actuations`` over ``\t* stomach acid production``: to
    Markdown, a line indented four columns under a paragraph goes on with it, and the list would be
    one long sentence of ``*``; its author wrote the list under the line, and it is read so (the
    run of indented lines moves left by the first one's indent, same lines)."""
    if _HANGING.search("\n" + text) is None:
        return text  # (most notes: no line has bullets hanging under it)
    lines = text.split("\n")
    index = 0
    while index < len(lines) - 1:
        line = lines[index]
        before = lines[index - 1] if index else ""
        opens = not before.strip() or before.lstrip().startswith("#")
        if (
            not opens
            or not line.strip()
            or _columns(line) > 3  # (`` Consumers: ``, a space before it, is still a paragraph's first line)
            or _LIST_LINE.match(line)
            or line.startswith(("#", ">", "|", "<"))
            or _INLINE_DEFINITION.search(line)  # ``AWS Artifact - … console``: its details below are its answer
            or not _INDENTED_BULLET.match(lines[index + 1])
        ):
            index += 1
            continue
        shift = _columns(lines[index + 1])
        end = index + 1
        while end < len(lines) and lines[end].strip() and _columns(lines[end]) >= shift:
            end += 1
        if end == len(lines) or not lines[end].strip() or lines[end].lstrip().startswith("#"):
            for each in range(index + 1, end):  # (a line right after the run would go on the list's last item)
                lines[each] = " " * (_columns(lines[each]) - shift) + lines[each].lstrip(" \t")
        index = end
    return "\n".join(lines)


_FIELD_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+\S|[^\s:：#>|`-][^:：\n]{0,40}[:：](?:[ \t]|$))")
"""``Meanings: Above, Up, Over``, ``Related Vocabulary:``, ``- 上（うえ）: Above``: a field or an item."""


def _indented_run_end(lines: list[str], start: int) -> int:
    """Where the run of lines from ``start`` that are blank or indented as code (four columns) ends."""
    end = start
    while end < len(lines) and (not lines[end].strip() or _columns(lines[end]) >= 4):
        end += 1
    return end


def _indented_fields(text: str) -> str:
    """``## 上`` over ``    Meanings: Above, Up, Over`` / ``    On'yomi: じょう``: a heading's fields typed
    indented under it. To Markdown the run is an indented code block, and none of it would reach a
    card; its author indented it for the eye, under its heading: each field is read as the item it
    is, a list under a field that ends in a colon as its items (same lines; a run with a line of code
    in it stays code)."""
    if not _HEADED_INDENT.search("\n" + text):
        return text  # (most notes: nothing indented right under a heading)
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        if not _ATX_LINE.match(lines[index]):
            index += 1
            continue
        start = index + 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        end = _indented_run_end(lines, start)
        while end > start and not lines[end - 1].strip():
            end -= 1
        run = [line for line in lines[start:end] if line.strip()]
        fields = sum(1 for line in run if _FIELD_LINE.match(line))
        shift = min((_columns(line) for line in run), default=0)
        flat = all(_columns(line) == shift for line in run if not _LIST_START.match(line))  # (nested fields: ``_tab_outline``'s)
        if len(run) >= 2 and flat and fields * 3 >= len(run) * 2 and not any(_CODE_LINE.search(line) for line in run):
            label = False
            for each in range(start, end):
                line, said = lines[each], lines[each].strip()
                depth = _columns(line) - shift
                if not said:
                    lines[each] = ""
                elif _LIST_START.match(line):
                    lines[each] = "  " * label + " " * depth + said
                elif depth == 0:
                    lines[each] = "- " + said
                    label = said.endswith((":", "："))
        index = max(end, index + 1)
    return "\n".join(lines)


_DRIFTED_HEADING = re.compile(r"^(?:\t| {4,})[ \t]*#{2,6}[ \t]+\S", re.MULTILINE)


def _drifted_headings(text: str) -> str:
    """``    ## announcements, surprises`` over ``     * Total return = …``: a heading and its list that
    drifted right as the author typed (each line indented like the one before). To Markdown the run is
    an indented code block and nothing in it would reach a card; it is read moved back left by the
    heading's indent (same lines; a run with a line of code in it stays code)."""
    if ("    #" not in text and "\t#" not in text) or not _DRIFTED_HEADING.search(text):
        return text  # (most notes: no heading indented as far as code)
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if not _DRIFTED_HEADING.match(line) or (index and lines[index - 1].strip()):
            index += 1
            continue
        end = _indented_run_end(lines, index + 1)
        run = [each for each in lines[index:end] if each.strip()]
        coded = any(_CODE_LINE.search(each) and not _ATX_LINE.match(each.lstrip()) for each in run)
        if not coded and any(_LIST_START.match(each) for each in run):
            shift = _columns(line)
            for at in range(index, end):
                if lines[at].strip():
                    lines[at] = " " * max(0, _columns(lines[at]) - shift) + lines[at].lstrip(" \t")
        index = end
    return "\n".join(lines)


_ATX_LINE = re.compile(r"#{1,6}(?:[ \t]|$)")
_HEADED_INDENT = re.compile(r"\n#{1,6}[ \t][^\n]*\n(?:[ \t]*\n)*(?:\t| {4})[ \t]*\S")


_LISTED_FENCE = re.compile(
    r"^(?P<fence>```|~~~)[ \t]*\n(?P<body>(?:[ \t]*[-*+][ \t]+\S[^\n]*\n){2,})(?P=fence)[ \t]*$", re.MULTILINE
)


def _listed_fence(match: re.Match[str]) -> str:
    """A fence with no language around bullets of words (``- 오픈소스`` / ``- 안정성``): a summary boxed
    for the eye, read as the list it is (the fences become blank lines; a line of code keeps it code)."""
    body = match.group("body")
    if any(_CODE_LINE.search(line) for line in body.splitlines()):
        return match.group(0)
    if len(_FENCE_MARK.findall(match.string, 0, match.start())) % 2:
        return match.group(0)  # (the closing fence of a block above, not the opening of this one)
    return f"\n{body}"



_EMPTY_ANCHOR = re.compile(r"[ \t]*<a[ \t]+(?:name|id)=[\"'][^\"'<>\n]*[\"'][ \t]*>[ \t]*</a>", re.IGNORECASE)
_INDENTED_GLOSS = re.compile(
    r"^(?P<head>#{1,6}[ \t]+[^\n]{1,60})\n[ ]{4,}(?P<gloss>[^\s=/.$_`{}();<>#|\\][^=/$_`{}();<>\n|\\]{0,40})[ \t]*$(?=\n[ \t]*\n|\n?\Z)",
    re.MULTILINE,
)
"""``### carpool <a name="carpool"></a>`` over ``    拼车`` (indented four spaces, so Markdown would make it code): a word and its
meaning, one heading after another."""
_GLOSSARY_FENCE = re.compile(r"^(?P<fence>```|~~~)[ \t]*\n(?P<body>(?:(?!(?P=fence))[^\n]*\n){3,200}?)(?P=fence)[ \t]*$", re.MULTILINE)
_GLOSS_LINE = re.compile(r"[ \t]*[^\W\d_¿¡(][^\n]{0,60}?\s[-–—]\s+[^\s\-][^\n]{0,120}")


def _glossary_fence(match: re.Match[str]) -> str:
    """``Recibo - I recieve`` / ``Caramelos - Candies`` … in a fence with no language: a word list boxed to keep its
    lines, read as the list it is (the fences become blank lines, each pair a bullet; same line count)."""
    if len(_FENCE_MARK.findall(match.string, 0, match.start())) % 2:
        return match.group(0)  # (the closing fence of a block above, not the opening of this one)
    lines = match.group("body").rstrip("\n").split("\n")
    said = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    pairs = [line for line in said if _GLOSS_LINE.fullmatch(line) and not _CODE_LINE.search(line)]
    if len(pairs) < 3 or len(pairs) * 5 < len(said) * 4:
        return match.group(0)
    listed = [f"- {line.strip()}" if line in pairs else line for line in lines]
    return "\n".join(["", *listed, ""])


def _obsidian_comments(text: str) -> str:
    """Blank out Obsidian comments (same line count), never inside a fenced code block."""
    return _outside_fences(text, lambda part: _OBSIDIAN_COMMENT.sub(_blank, part))


_PROSE_LINE = re.compile(r"[^\s\-{\[#'\"|][^:]*")
"""A line with no ``key:`` in it that is not a list item, a comment, a continuation or flow YAML."""


def _yaml_lines(block: str) -> bool:
    """No line of prose: front matter, not a part of the note set between two rules (``---``),
    which must not be lost. A key typed without its colon (``toc true`` under ``title:`` and
    ``layout:``) is no prose."""
    lines = [line.rstrip() for line in block.splitlines() if line.strip()]
    prose = [line for line in lines if _PROSE_LINE.fullmatch(line)]
    return not prose or (len(prose) * 3 <= len(lines) and all(_KEY_TYPO.fullmatch(line) for line in prose))


_KEY_TYPO = re.compile(r"[a-z][a-z_-]*[ \t]+(?:true|false|yes|no|\d+)")


def parse_toml_front_matter(block: str) -> dict[str, object]:
    """The flat ``key = value`` lines of Hugo's TOML front matter: strings, numbers and lists of strings."""
    meta: dict[str, object] = {}
    for raw in block.splitlines():
        line = _TOML_LINE.match(raw)
        if line is None:
            continue
        key, value = line.group(1).lower(), line.group(2)
        if value.startswith("["):
            meta[key] = [item.strip().strip("'\"") for item in value.strip("[]").split(",") if item.strip()]
        else:
            meta[key] = value.strip("'\"")
    return meta


def parse_front_matter(block: str) -> dict[str, object]:
    """The small YAML subset people put in Obsidian front matter: scalars and lists."""
    meta: dict[str, object] = {}
    key: str | None = None
    for raw in block.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        item = re.match(r"\s+-\s*(.*)$", raw)
        if item and key is not None:
            value = meta.setdefault(key, [])
            if isinstance(value, list):
                value.append(_unquote(item.group(1)))
            continue
        pair = re.match(r"([A-Za-z_][\w-]*(?: [A-Za-z_][\w-]*)?)\s*:(?:\s+(.*)|)$", raw)  # (``TARGET DECK: …`` too)
        if not pair:
            continue
        key, value_text = pair.group(1).lower(), (pair.group(2) or "").strip()
        meta[key] = _scalar_or_list(value_text)
    return meta


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _scalar_or_list(text: str) -> object:
    if text.startswith("[") and text.endswith("]"):
        return [_unquote(part) for part in text[1:-1].split(",") if part.strip()]
    return [] if text == "" else _unquote(text)


MAX_INDENT = 4 * 24
"""Columns of indentation followed (24 levels of four spaces, 48 of two); deeper lines stay at that depth."""
MAX_MARKERS = 30
"""Quote (``>``) or list markers opening one line that are followed; more are flattened."""
_MARKERS = re.compile(r"^((?:[ \t]*(?:>|[-*+](?=[ \t])))+)")


def _clamp_line(line: str) -> str:
    if not line or line[0] not in " \t>*+-":
        return line  # (no indent and no marker: nothing to clamp, the common case)
    stripped = line.lstrip(" \t")
    indent = len(line[: len(line) - len(stripped)].expandtabs(4))
    if indent > MAX_INDENT:
        line = " " * MAX_INDENT + stripped
    markers = _MARKERS.match(line)
    if markers and sum(map(markers.group(1).count, ">*+-")) > MAX_MARKERS:
        kept = re.findall(r"[ \t]*(?:>|[-*+])", markers.group(1))[:MAX_MARKERS]
        line = "".join(kept) + " " + line[markers.end() :].lstrip()
    return line


_DEEP_LINE = re.compile(rf"^(?:[ \t]{{{MAX_INDENT // 4 + 1}}}|(?:[ \t]*(?:>|[-*+][ \t])){{{MAX_MARKERS + 1}}})", re.MULTILINE)
"""A line that may be nested deeper than is followed: indented by more characters than the
deepest indent has tabs, or opened by more markers than are followed (one search over the text)."""


def clamp_nesting(text: str) -> str:
    """Flatten nesting deeper than the parser follows, so no text is ever dropped."""
    if _DEEP_LINE.search(text) is None:
        return text  # (no line is that deep: the common case)
    return "\n".join(_clamp_line(line) for line in text.split("\n"))


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    """The note's front matter (YAML, TOML or a Pelican header), and the text with it blanked."""
    match = _FRONT_MATTER.match(text)
    if match and _yaml_lines(match.group(1)):
        return parse_front_matter(match.group(1)), _blank(match) + text[match.end() :]
    if text.lstrip()[:1].isalpha() and (bare := _OPENLESS_FRONT_MATTER.match(text)) is not None and _yaml_lines(bare.group(1)):
        return parse_front_matter(bare.group(1)), _blank(bare) + text[bare.end() :]
    if (toml := _TOML_FRONT_MATTER.match(text)) is not None:
        return parse_toml_front_matter(toml.group(1)), _blank(toml) + text[toml.end() :]
    if (header := _PELICAN_HEADER.match(text)) is not None and (fields := _pelican_meta(header.group(0))) is not None:
        return fields, _blank(header) + text[header.end() :]
    if text.lstrip().startswith("{") and (found := _JSON_FRONT_MATTER.match(text)) is not None:
        try:
            fields = json.loads(found.group(1))
        except ValueError:
            fields = None
        if isinstance(fields, dict):
            return {str(key): value for key, value in fields.items()}, _blank(found) + text[found.end() :]
    return {}, text


def load_meta(text: str, path: Path) -> dict[str, object]:
    """What ``load_text(text, path).meta`` holds, without preparing the whole text when nothing but
    the front matter can add to it (no line opens on a Logseq ``key::``, no ``TARGET DECK`` line)."""
    if "TARGET DECK" in text or "TARGET_DECK" in text or ("::" in text and _PROPERTY_LINE.search(text)):
        return load_text(text, path).meta
    return _front_matter(text)[0]


_SLASHED_TITLE = re.compile(r"(?<=\n\n)[ \t]*/[—–-]+[ \t]*(?P<title>[^\W\d_][^/\n]{0,60}?)[ \t]*[—–-]+/[ \t]*(?=\n[ \t]*\n|\n?$)")
"""``/—Алкоголь—/`` alone between blank lines: the title of the part that follows, set off with dashes."""
_HEADING_MARKS = re.compile(r"^(#{1,6})[ \t]", re.MULTILINE)


def _slashed_titles(text: str) -> str:
    """Each ``/—Title—/`` line a heading one level below the heading above it (``##`` under none)."""
    padded = "\n\n" + text

    def heading(found: re.Match[str]) -> str:
        above = [len(mark) for mark in _HEADING_MARKS.findall(padded, 0, found.start())]
        return f"{'#' * min(6, (above[-1] + 1) if above else 2)} {found['title']}"

    return _SLASHED_TITLE.sub(heading, padded)[2:]


_MATH_FENCE = re.compile(r"^(?P<pad>[ \t]*)(?P<fence>```|~~~)[ \t]*math[ \t]*\n(?P<body>(?:(?!(?P=pad)(?P=fence))[^\n]*\n)*?)(?P=pad)(?P=fence)[ \t]*$", re.MULTILINE)
"""A ````` ```math ````` block (GitHub's and GitLab's display math), as ``$$`` … ``$$``."""
_CRITIC_MARK = re.compile(r"\{==([^\n]+?)==\}")
_CRITIC_COMMENT = re.compile(r"\{>>[^\n]*?<<\}")


def _math_fence(match: re.Match[str]) -> str:
    """The fence's lines become blank lines when the block already holds its ``$$``, else ``$$``."""
    pad, body = match.group("pad"), match.group("body")
    if re.match(r"\s*\$\$", body) and re.search(r"\$\$\s*$", body):
        return f"\n{body}"
    return f"{pad}$$\n{body}{pad}$$"


_DUNDER = re.compile(
    r"(?<![\w`*])__(?:init|iter|next|name|main|str|repr|len|call|enter|exit|getitem|setitem|delitem|contains|dict|class|doc"
    r"|new|del|eq|ne|lt|gt|le|ge|hash|add|sub|mul|slots|all|file|import|init_subclass|post_init|aenter|aexit|aiter|anext|bool)__(?![\w`*])"
)
"""``__iter__``, ``__init__``: a Python special method's name, which Markdown would read as ``iter`` in bold."""
_STATED = re.compile(r"\*\*(?:Def|Defn|Fact|Prop|Thm|Lem|Cor|Rem|Obs)\.?\*\*")
"""What ``_STATEMENT_LABEL`` needs, found fast (a literal first)."""
_HIGHLIGHT_ENDS = re.compile(r"==[ \t]*(?:\n|\Z)")
"""A line that ends on ``==``, which ``_WHOLE_HIGHLIGHT`` needs (found fast)."""
_GREATER_THAN = re.compile(r">[ \t]*[=\d]")
"""What ``_COMPARED_ITEM`` needs (found fast)."""
_OTHER_BOX = re.compile(r"\[[^\]\sxX]\][ \t]")
"""What ``_ALT_CHECKBOX`` needs (found fast)."""
_STATEMENT_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)\*\*(?:Def|Defn|Fact|Prop|Thm|Lem|Cor|Rem|Obs)\.?\*\*[ \t]+"
    r"(?:<(?:[iu]|em|b)>(?:<(?:[iu]|em|b)>)?(?P<term>[^<>\n]{1,80})</(?:[iu]|em|b)>(?:</(?:[iu]|em|b)>)?)?(?=[ \t]*\S|[ \t]*$)",
    re.MULTILINE,
)
"""``**Def**  <i><u>Datapath</u></i>``, ``**Fact**  …``, ``**Prop** …``: what kind of statement follows, as a
label in bold before it (the term a definition underlines is the term, in bold)."""


def _statement_label(match: re.Match[str]) -> str:
    return f"{match['lead']}**{match['term'].strip()}**" if match["term"] else match["lead"]


_HTML_CHECKBOX = re.compile(r"^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)<input\s+type=[\"']?checkbox[\"']?([^<>]*?)/?>[ \t]*", re.IGNORECASE | re.MULTILINE)
"""``1. <input type="checkbox" checked/> Calculate value of …``: a task list typed in HTML, as ``- [x]`` is."""


def _checkbox(match: re.Match[str]) -> str:
    return f"{match.group(1)}[{'x' if 'checked' in match.group(2).lower() else ' '}] "


_STARRED_LABEL = re.compile(r"\*\*\\\*(?=[^\W\d_])")


def load_text(text: str, path: Path) -> NoteSource:
    """Split front matter off ``text`` and blank out HTML and Obsidian comments."""
    meta, text = _front_matter(text)
    skip: frozenset[int] = frozenset()
    if "<!--" in text or "%%" in text:
        skip = frozenset(text.count("\n", 0, m.start()) + 1 for m in _SKIP.finditer(text))
        text = _COMMENT.sub(_blank, _SKIP.sub(_blank, text))
    if "math" in text and _MATH_FENCE.search(text):
        text = _MATH_FENCE.sub(_math_fence, text)
    if "```embed-" in text:
        text = _EMBED_FENCE.sub(_blank, text)
    if "```ad-" in text or "~~~ad-" in text:
        text = _AD_BOX.sub(_ad_box, text)
    if "```\n" in text or "~~~\n" in text:
        if _DEEP_FENCE.search(text):
            text = _deep_closes(text)
        text = _LISTED_FENCE.sub(_listed_fence, text)
        if " - " in text:
            text = _GLOSSARY_FENCE.sub(_glossary_fence, text)
    if "]:" in text:
        text = _outside_fences(text, lambda part: _LINK_COMMENT.sub("", part))
    if "START_CARD" in text and "END_CARD" in text:  # Obsidian_to_Anki's markers, renamed in its settings
        text = _CARD_END.sub("END", _CARD_START.sub("START", text))
    if "%%ANKI" in text:  # Obsidian_to_Anki's notes hidden in a comment: ``%%ANKI`` … ``END%%``
        text = _HIDDEN_NOTE_END.sub("END", _HIDDEN_NOTE_START.sub("START", text))
    if "%%" in text:
        text = _obsidian_comments(text)
    if "\n//" in text or text.startswith("//"):
        text = _outside_fences(text, lambda part: _LINE_COMMENT.sub("", part))
    if "^[" in text:
        text = _outside_fences(text, lambda part: _CITATION_NOTE.sub(_blank, part))
    if "#\u00a0" in text or "#\u2007" in text or "#\u202f" in text:
        text = _ODD_HEADING.sub(lambda m: m.group(1) + " ", text)
    if "# ->" in text or "# →" in text or "# =>" in text:  # ``# -> indica que es el usuario root``: the prompt's ``#``, explained
        text = _outside_fences(text, lambda part: _ARROW_HEADING.sub(r"\\\1", part))
    if "# #" in text:
        text = _DOUBLED_HEADING.sub(r"\1 ", text)  # ``## ## Wyjaśnienia pojęć``: the marks typed twice
    if "#" in text and (" ##" in text or "\t##" in text or _HASH_UNSPACED.search("\n" + text)):
        heading = _UNSPACED_TITLE if _UNSPACED_SUBHEADING.search(text) else _UNSPACED_HEADING
        text = _outside_fences(
            text, lambda part: _ITEM_HEADING.sub(r"\1 ", heading.sub(lambda m: m.group(1) + " ", part))
        )
    if "—/" in text or "-/" in text:
        text = _outside_fences(text, _slashed_titles)
    if "<small>" in text:
        text = _outside_fences(text, lambda part: _SMALL_MARK.sub("", part))
    if "checkbox" in text:
        text = _outside_fences(text, lambda part: _HTML_CHECKBOX.sub(_checkbox, part))
    if _PAGE_LINE.search(text):
        text = _outside_fences(text, lambda part: _PAGE_LINE.sub("", part))
    if "> ---" in text or ">---" in text:
        text = _outside_fences(text, lambda part: _QUOTED_RULE.sub(r"\1***", part))
    if "!>" in text or "?>" in text:
        text = _outside_fences(text, lambda part: _DOCSIFY_BOX.sub(r"\1", part))
    if " \\- " in text:
        text = _outside_fences(text, lambda part: _ESCAPED_DASH.sub(" -", part))
    if "\\." in text:
        text = _outside_fences(text, lambda part: _ESCAPED_STOP.sub(".", part))
    if "**\\*" in text:
        text = _outside_fences(text, lambda part: _STARRED_LABEL.sub("**", part))  # ``**\*Note:**``: a star typed before the label
    if ">=" in text:
        text = _outside_fences(text, lambda part: _ITEM_AT_LEAST.sub(r"\1≥", part))
    if "\n-" in text or text.startswith("-"):
        text = _outside_fences(text, lambda part: _TIGHT_DASHES.sub(lambda run: re.sub(r"(?m)^-", "- ", run.group(0)), part))
    if "codecogs" in text:
        text = _outside_fences(text, lambda part: _CODECOGS.sub(_codecogs_math, part))
    if "&" in text and _REFERENCE.search(text):
        text = _outside_fences(text, _references)
    if "<br" in text or "<BR" in text or "</br" in text:
        text = _outside_fences(text, lambda part: _BREAK_LINE.sub("", part))  # (``</br>``, as some write it, too)
    if "</" in text and "\n#" in text:
        text = _outside_fences(text, lambda part: _HTML_OVER_HEADING.sub(r"\g<text>", part))
    if ("---" in text or "===" in text) and ("![" in text or "<img" in text):
        text = _outside_fences(text, lambda part: _IMAGE_OVER_RULE.sub(r"\g<image>\n", part))
    if "$\n" in text and "---" in text:
        text = _outside_fences(text, lambda part: _MATH_OVER_RULE.sub(r"\g<math>\n", part))
    if "$\\displaystyle" in text:
        text = _outside_fences(text, lambda part: _SHOWN_MATH.sub(r"\g<lead>$$\g<math>$$", part))
    if "mermaid" in text:
        text = _DIAGRAM.sub(lambda match: f"```mermaid\n{match['body']}```", text)
    if "{{<" in text or "{{%" in text:
        text = _outside_fences(text, lambda part: _SHORTCODE.sub(_shortcode, part))
    if "!!!" in text or "???" in text:
        text = _outside_fences(text, _admonitions)
    if "\\color{" in text:
        text = _outside_fences(text, lambda part: _COLOURED_WORD.sub(r"\g<word>", part))
    if "{:" in text:
        text = _outside_fences(text, lambda part: _ATTRIBUTES.sub("", _KRAMDOWN_TOC.sub(lambda found: "\n" * found.group(0).count("\n"), part)))
    if "{#" in text:
        text = _outside_fences(text, lambda part: _HEADING_ID.sub("", part))
    if ":::" in text:
        text = _outside_fences(text, lambda part: _CONTAINER.sub(_container, part))
    if "ob-comment" in text:  # the Obsidian Comments plugin: the words commented on stay, the comment goes
        text = _outside_fences(text, lambda part: _OB_COMMENT.sub(r"\g<said>", part))
    if "[!PDF" in text:
        text = _outside_fences(text, lambda part: _PDF_CALLOUT.sub(r"\1", part))
    if "•" in text or "▪" in text or "◦" in text or "●" in text or "○" in text or "■" in text or "□" in text:
        text = _outside_fences(text, lambda part: _GLYPH_BULLET.sub(r"\1- ", part))
    if "\n%" in text or text.startswith("%") or "\n\\" in text:
        text = _outside_fences(text, _latex_lines)
    if "{%" in text:
        text = _outside_fences(text, lambda part: _LIQUID_CLOSE.sub("", _LIQUID_OPEN.sub(_liquid_open, _LIQUID_LINE.sub("", part))))
    if "__" in text and _DUNDER.search(text):  # ``__iter__`` in a sentence: Python's name, never bold ``iter``
        text = _outside_fences(text, lambda part: _DUNDER.sub(r"`\g<0>`", part))
    if "**" in text and _STATED.search(text) and _STATEMENT_LABEL.search(text):  # ``**Def**  <i><u>Datapath</u></i>``, ``**Fact**  Almost every …``
        text = _outside_fences(text, lambda part: _STATEMENT_LABEL.sub(_statement_label, part))
    if "{==" in text or "{>>" in text:  # CriticMarkup: ``{==反型层==}`` is a highlight, ``{>>…<<}`` the author's comment
        text = _outside_fences(text, lambda part: _CRITIC_COMMENT.sub("", _CRITIC_MARK.sub(r"==\1==", part)))
    if "==" in text and _HIGHLIGHT_ENDS.search(text) and _WHOLE_HIGHLIGHT.search(text):
        text = _outside_fences(text, lambda part: _WHOLE_HIGHLIGHT.sub(r"\1\2", part))
    if "\\\\[" in text:
        text = _outside_fences(text, lambda part: _ESCAPED_DISPLAY.sub(lambda m: "$$" + m["math"].replace("\\\\", "\\").strip() + "$$", part))
    if ("\\[" in text or "\\begin{" in text) and _TEX_DISPLAY.search(text):
        text = _outside_fences(text, lambda part: _TEX_DISPLAY.sub(r"$$\n\g<math>$$", part))
    if "\t" in text and _has_midline_tab(text) and _TABBED_ITEM.search(text):
        text = _outside_fences(text, lambda part: _TABBED_ITEM.sub(_tabbed_item, part))
    if ":" in text and (_ICON.search(text) or _GLUED_ICONS.search(text)):
        text = _outside_fences(text, _without_icons)
    if "\n`" in text and _CODE_LABEL.search(text):
        text = _outside_fences(text, lambda part: _CODE_LABEL.sub(r"\g<gap>**\g<label>**", part))
    if ("<b>" in text or "<strong>" in text) and _HTML_BOLD.search(text):
        text = _outside_fences(text, lambda part: _HTML_BOLD.sub(r"**\2**", part))
    if "^" in text and _NUMBER_MARK.search(text):
        text = _outside_fences(text, lambda part: _NUMBER_MARK.sub(r" \1", part))
    if "Audio " in text or "Recording " in text:
        text = _outside_fences(text, lambda part: _AUDIO_MARK.sub("", part))
    if "/>" in text:
        text = _outside_fences(text, lambda part: _JSX_TEXT.sub(lambda m: "" if m.group(0).startswith("<Badge") else m.group(1), part))
    if "****" in text:
        text = _outside_fences(text, lambda part: _STACKED_BOLD.sub(r"**\2**", part))
    if "![" in text:
        text = _outside_fences(
            text,
            lambda part: _CAPTIONED.sub(
                _captioned, _EMPTY_IMAGE.sub("", _IMAGE_ATTRIBUTES.sub(r"\1", _FILE_ALT.sub("![](", _BRACKETED_SRC.sub(_bracketed_src, part))))
            ),
        )
    if ">" in text and _GREATER_THAN.search(text):
        text = _outside_fences(text, lambda part: _COMPARED_ITEM.sub(r"\1\\>", part))
    if "<span" in text or "<font" in text or "<mark " in text or "<SPAN" in text or "<FONT" in text:
        text = _outside_fences(text, lambda part: _STYLE_TAG.sub("", _HIDDEN_ANSWER.sub(r"\1**Answer:** \2", part)))
    if "#+" in text or "^^" in text or "\\begin{" in text or "<details" in text.lower() or "{{<" in text or "{{%" in text or "++" in text or ("::" in text and _BEAR_MARK.search(text)):
        text = _outside_fences(text, _blocks_markup)
    if text.count("~~") >= 2 * STRUCK_MARKS and len(_STRUCK.findall(text)) >= STRUCK_MARKS:
        text = _outside_fences(text, lambda part: _STRUCK.sub(r"==\1==", part))  # ``Gases are ~~highly compressible~~.``
    if "{{" in text and "::" in text:
        text = _outside_fences(text, _numbered_clozes)
    if "{{c" in text:
        text = _outside_fences(text, _logseq_clozes)
    if "{{" in text and _BARE_CLOZE.search(text):
        text = _outside_fences(text, _bare_clozes)
    if "||" in text and _SPOILER.search(text):
        text = _outside_fences(text, _spoilers)
    if re.search(r"<(?:li|h[1-6])\b", text, re.IGNORECASE):
        text = _outside_fences(text, _html_lists)
    if "<table" in text or "<TABLE" in text:
        text = _outside_fences(text, lambda part: _HTML_TABLE.sub(_html_table, part))
        if _OPEN_HTML_TABLE.search(text):  # ``<table>`` / ``<tr><td>…</td></tr>`` lines, never closed: the rows end it
            text = _outside_fences(text, lambda part: _OPEN_HTML_TABLE.sub(_html_table, part))
    if "] " in text and _OTHER_BOX.search(text):
        text = _outside_fences(text, lambda part: _ALT_CHECKBOX.sub(r"\1", part))
    if "\n-" in text:
        text = _outside_fences(text, _unspaced_bullets)
    if "*" in text and _GLUED_STAR_AT.search(text):
        text = _outside_fences(text, _unspaced_stars)
    if "<a " in text and "</a>" in text:
        text = _outside_fences(text, lambda part: _EMPTY_ANCHOR.sub("", part))  # ``### carpool <a name="carpool"></a>``: a link's target
    if "\n    " in text and len(_INDENTED_GLOSS.findall(text)) >= 3:  # ``### carpool`` / ``    拼车``, word after word
        text = _outside_fences(text, lambda part: _INDENTED_GLOSS.sub(r"\g<head>\n\g<gloss>", part))
    if "\n\t" in text or "\n  " in text:
        text = _outside_fences(text, lambda part: _hanging_lists(_wide_markers(_short_children(_indented_fields(_drifted_headings(part))))))
    if "** " in text and len(_BOLD_JOIN.findall(text)) >= 3:
        text = _outside_fences(text, _bold_joins)
    if "\t" in text:
        text = _outside_fences(text, lambda part: _tab_outline(_tab_paragraphs(part)))
    text, meta = _logseq_properties(text, meta)
    text, meta = _target_deck(text, meta)
    return NoteSource(path=path, text=clamp_nesting(text), meta=meta, skip=skip)


def _logseq_properties(text: str, meta: dict[str, object]) -> tuple[str, dict[str, object]]:
    """Logseq's ``key:: value`` page properties (the note's first lines) are its front matter;
    its block bookkeeping (``id::``, ``card-*::``, ``collapsed::``) is blanked like a comment."""
    match = _PAGE_PROPERTIES.match(text) or _TAGGED_PROPERTIES.match(text)
    if match and match.re is _TAGGED_PROPERTIES:
        fields = match.group("fields")
        if not all(len(line.split("::", 1)[1].split()) <= 4 for line in fields.splitlines() if line.strip()):
            match = None  # (``Photosynthesis:: the process by which …``: a card, not a field)
    if match:
        meta = dict(meta)
        for line in match.group(0).splitlines():
            prop = _PROPERTY.match(line)
            if prop and prop.group("key") not in meta:
                value = prop.group("value").strip()
                is_list = prop.group("key") in ("tags", "alias")
                meta[prop.group("key")] = (
                    [v.strip() for v in value.split(",") if v.strip()] if is_list else value
                )
        start = match.start("fields") if match.re is _TAGGED_PROPERTIES else 0
        text = text[:start] + "\n" * match.group(0)[start:].count("\n") + text[match.end() :]
    if "::" not in text:
        return text, meta
    if "extra::" in text:
        text = _EXTRA_PROPERTY.sub(lambda m: f"{m.group(1)}({m.group(2).strip()})", text)
    if "- id::" in text:
        text = _BULLET_ID.sub(r"\1", text)
    return _BLOCK_PROPERTY.sub("", text), meta


_BULLET_ID = re.compile(r"^([ \t]*[-*+])[ \t]+id::[ \t]*[0-9a-f-]{36}[ \t]*$", re.MULTILINE)
"""``- id:: 640a0077-…`` over the block's text on the lines under it: the bullet stays, its id goes."""
_EXTRA_PROPERTY = re.compile(r"^([ \t]+)extra::[ \t]*(\S.*)$", re.MULTILINE)
"""``extra:: 不包括東方人`` under a logseq-anki-sync card: the author's aside to its answer, kept beside it."""


def _target_deck(text: str, meta: dict[str, object]) -> tuple[str, dict[str, object]]:
    """Obsidian_to_Anki's ``TARGET DECK`` line names the deck (front matter ``deck:`` wins)."""
    match = _TARGET_DECK.search(text)
    named = meta.get("target deck")
    if isinstance(named, str) and named.strip() and "deck" not in meta:
        meta = {**meta, "deck": named.strip()}  # (``TARGET DECK: Obsidian::STEM`` in the front matter)
    if match is None:
        return text, meta
    name = (match.group("inline") or match.group("next") or "").strip()
    if name and "deck" not in meta:
        meta = {**meta, "deck": name}
    return _TARGET_DECK.sub(_blank, text), meta  # (a note pasted together may repeat the line)


def read_note(path: Path) -> NoteSource:
    """Read and prepare one note file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NoteReadError(f"cannot read: {exc.strerror}", path) from None
    return load_text(decode(data, path), path)
