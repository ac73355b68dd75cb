"""Raw HTML in notes, kept where it formats and removed where it could run.

People write ``H<sub>2</sub>O``, ``<ins>``, ``<mark>``, ``<kbd>``, ``<br>`` and ``<img src=...>``
in their notes. Those are kept. A tag that is not HTML a note would use to format text
(``List<String>``, ``<T>``) is shown as the text it is. Everything else goes through nh3 (the
Ammonia sanitiser) with an allow-list: no scripts, no event handlers, no ``javascript:`` links,
no frames, no styles.
"""

from __future__ import annotations

import html
import re

# fmt: off
FORMATTING = frozenset(
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup", "dd",
        "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby",
        "s", "samp", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var", "wbr",
    ]
)
"""Tags kept: what Markdown renders, plus the inline formatting people write by hand."""

UNSAFE = frozenset(
    [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
        "form", "input", "button", "select", "textarea", "option", "link", "meta", "base", "template",
        "noscript", "audio", "video", "source", "track", "canvas", "dialog", "portal", "xmp", "plaintext",
        "noembed", "noframes", "circle", "path", "rect", "line", "polygon", "polyline", "ellipse", "g",
        "defs", "use", "foreignobject", "animate", "set",
    ]
)
"""Tags that are HTML but may run, load or hide something: removed (script and style with
their content)."""
# fmt: on

ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "ol": {"start", "type"},
    "col": {"span"},
    "colgroup": {"span"},
}

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^>]*>|<!--.*?-->", re.DOTALL)


def _one(match: re.Match[str]) -> str:
    name = match.group(2)
    if name is None:
        return ""  # a comment: invisible in every Markdown viewer
    name = name.lower()
    if name in FORMATTING or name in UNSAFE:
        return match.group(0)  # nh3 keeps the first and removes the second
    return html.escape(match.group(0), quote=False)


def raw_html(source: str) -> str:
    """A note's raw HTML as card HTML: formatting tags kept, other tag-like text shown as text.
    The result is only safe after :func:`clean` (the whole field is cleaned once rendered)."""
    return _TAG.sub(_one, source)


def clean(rendered: str) -> str:
    """The allow-list: formatting kept, anything able to run removed."""
    import nh3  # only a note with raw HTML needs it: a build of plain notes never loads it

    return nh3.clean(
        rendered,
        tags=set(FORMATTING),
        clean_content_tags={"script", "style"},
        attributes=ATTRIBUTES,
        link_rel=None,
        url_schemes={"http", "https", "mailto"},
    )
