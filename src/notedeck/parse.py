"""Markdown parsing and rendering: the only module that imports markdown_it.

The parser configuration is pinned here (CommonMark + tables + strikethrough + ``$`` math) so
that the outline and the card HTML always agree on what the Markdown means.
"""

from __future__ import annotations

import html
import re
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.dollarmath import dollarmath_plugin

from .sanitize import clean, raw_html

__all__ = ["MAX_NESTING", "SyntaxTreeNode", "parse_tree", "render_html"]

MAX_NESTING = 200
"""Block nesting markdown-it follows (CommonMark's preset stops at 20 and drops what is deeper).
source.py flattens anything deeper than this allows, so nothing is ever dropped."""


def _math(content: str, options: dict[str, Any]) -> str:
    """MathJax delimiters Anki understands: ``\\(..\\)`` inline and ``\\[..\\]`` display."""
    body = html.escape(content.strip(), quote=False)
    return f"\\[{body}\\]" if options.get("display_mode") else f"\\({body}\\)"


def _highlight(code: str, lang: str, _attrs: str) -> str:
    from .highlight import highlight_code

    return highlight_code(code, lang)


def _raw_html(self: Any, tokens: Any, idx: int, _options: Any, _env: Any) -> str:
    return raw_html(tokens[idx].content)


@cache
def _parser(html_mode: str) -> MarkdownIt:
    """``escape``: raw HTML shown as text; ``sanitize``: formatting tags kept (then cleaned);
    ``trusted``: raw HTML kept as written."""
    options: dict[str, Any] = {"html": html_mode != "escape", "highlight": _highlight, "maxNesting": MAX_NESTING}
    md = MarkdownIt("commonmark", options).enable(["table", "strikethrough"])
    dollarmath_plugin(md, allow_space=False, allow_digits=False, renderer=_math)
    if html_mode == "sanitize":
        md.add_render_rule("html_inline", _raw_html)
        md.add_render_rule("html_block", _raw_html)
    return md


@cache
def _block_parser() -> MarkdownIt:
    """The outline needs block structure and each block's inline *source*, not inline tokens:
    skipping the inline pass halves parsing time and avoids its worst cases on long lines."""
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])
    dollarmath_plugin(md, allow_space=False, allow_digits=False, renderer=_math)
    md.disable("inline")
    return md


def parse_tree(text: str) -> SyntaxTreeNode:
    """Parse a whole note into markdown-it's syntax tree (every block node carries ``.map``)."""
    return SyntaxTreeNode(_block_parser().parse(_ended(text)))


def _ended(text: str) -> str:
    """The text with its last line ended: markdown-it 4 reads past the end of a quoted list item that
    opens raw HTML on an unended last line (``> - <!--`` / ``> ``) and fails; a final newline changes
    nothing else."""
    return text if text.endswith("\n") else text + "\n"


MANY_BRACKETS = 500
"""markdown-it's link parser is quadratic in unmatched ``[``: past this many they are escaped
(they show the same; only links in such a pathological text stop being links)."""


_BLOCK_START = re.compile(r"[\s#>*+=_~`|$\[<-]|\d{1,9}[.)]")
"""What a line may start with to open a block other than a paragraph (heading, quote, list, rule,
fence, table, math block, link reference, raw HTML, indented code): such a text takes the full
parse."""


def render_html(markdown: str, *, allow_html: bool = False) -> str:
    """Render Markdown to HTML. Raw HTML is sanitised (sanitize.py) unless ``allow_html`` is set."""
    if markdown.count("[") > MANY_BRACKETS:
        markdown = markdown.replace("[", "\\[")
    mode = "trusted" if allow_html else "escape" if "<" not in markdown else "sanitize"
    # (markdown-it reads a carriage return as a line break: only the full parse knows what it makes)
    blocks = None if "\r" in markdown else _simple_blocks(markdown)
    if blocks is not None:  # only the inline pass has work to do
        inline = _parser(mode).renderInline
        rendered = "".join(
            "<ul>\n" + "".join(f"<li>{inline(item)}</li>\n" for item in items) + "</ul>\n"
            if listed
            else f"<p>{inline(items[0])}</p>\n"
            for listed, items in blocks
        )
    else:
        try:
            rendered = str(_parser(mode).render(markdown))
        except IndexError:  # (only where markdown-it fails: an ended line changes raw HTML's output elsewhere)
            rendered = str(_parser(mode).render(_ended(markdown)))
    return (clean(rendered) if mode == "sanitize" else rendered).strip()


def _opens_no_block(line: str) -> bool:
    return bool(line) and not line[-1].isspace() and _BLOCK_START.match(line) is None


def _simple_blocks(markdown: str) -> list[tuple[bool, list[str]]] | None:
    """Blocks parted by one blank line, each a one-line paragraph or a tight list of one-line
    items, none opening a block of its own (what most card fields are): (is a list, its lines);
    None when markdown-it's block pass has anything else to find (two lists of one marker parted
    by a blank line are one loose list)."""
    blocks: list[tuple[bool, list[str]]] = []
    marker = ""
    for block in markdown.split("\n\n"):
        if "\n" not in block and _opens_no_block(block):
            blocks.append((False, [block]))
            marker = ""
        elif (items := _bullets(block)) is not None and block[:2] != marker:
            blocks.append((True, items))
            marker = block[:2]
        else:
            return None
    return blocks


def _bullets(markdown: str) -> list[str] | None:
    """``- EC2 instance profile`` / ``- ECS task role``: a tight list of one-line items, each opening
    no block of its own, or None."""
    lines = markdown.split("\n")
    marker = lines[0][:2]
    if marker not in ("- ", "* ", "+ "):
        return None
    items = [line[2:] for line in lines if line[:2] == marker]
    if len(items) != len(lines) or not all(_opens_no_block(item) for item in items):
        return None
    return items
