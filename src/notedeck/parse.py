"""Markdown parsing and rendering: the only module that imports markdown_it.

The parser configuration is pinned here (CommonMark + tables + strikethrough + ``$`` math) so
that the outline and the card HTML always agree on what the Markdown means.
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.dollarmath import dollarmath_plugin

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


@cache
def _parser(allow_html: bool) -> MarkdownIt:
    options: dict[str, Any] = {"html": allow_html, "highlight": _highlight, "maxNesting": MAX_NESTING}
    md = MarkdownIt("commonmark", options).enable(["table", "strikethrough"])
    dollarmath_plugin(md, allow_space=False, allow_digits=False, renderer=_math)
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
    return SyntaxTreeNode(_block_parser().parse(text))


MANY_BRACKETS = 500
"""markdown-it's link parser is quadratic in unmatched ``[``: past this many they are escaped
(they show the same; only links in such a pathological text stop being links)."""


def render_html(markdown: str, *, allow_html: bool = False) -> str:
    """Render Markdown to HTML. Raw HTML is escaped unless ``allow_html`` is set."""
    if markdown.count("[") > MANY_BRACKETS:
        markdown = markdown.replace("[", "\\[")
    rendered: str = _parser(allow_html).render(markdown)
    return rendered.strip()
