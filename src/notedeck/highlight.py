"""Syntax highlighting for code blocks with Pygments, coloured by CSS classes (see render.CSS)."""

from __future__ import annotations

import html

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

_FORMATTER = HtmlFormatter(nowrap=True, classprefix="hl-")


def highlight_code(code: str, lang: str) -> str:
    """HTML for the inside of ``<pre><code>``; plain escaped text for unknown languages."""
    name = lang.split()[0] if lang.strip() else ""
    if not name:
        return html.escape(code, quote=False)
    try:
        lexer = get_lexer_by_name(name)
    except ClassNotFound:
        return html.escape(code, quote=False)
    return str(highlight(code, lexer, _FORMATTER))


def pygments_css(style: str, scope: str) -> str:
    """Token colours for ``style``, every rule prefixed by ``scope``."""
    return str(HtmlFormatter(style=style, classprefix="hl-").get_style_defs(scope))
