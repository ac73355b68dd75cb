"""Cards to Anki field HTML: Markdown rendered, breadcrumb shortened, images collected as media."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

from .cards import Card
from .errors import MediaError
from .parse import render_html
from .text import clean

_IMG = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)"')
_MARK = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")
_CODE = re.compile(r"(<pre.*?</pre>|<code.*?</code>|<span class=\"math[^\"]*\">.*?</span>)", re.DOTALL)
_SUP = re.compile(r"(?<![\^\\])\^([^\s^<>\\{}$]{1,20})\^(?!\^)")
_SUB = re.compile(r"(?<![~\\])~([^\s~<>\\{}$]{1,20})~(?!~)")
"""Pandoc's ``x^2^`` and ``Z~eff~`` (superscript, subscript), which many notes use and CommonMark
shows as written."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """A card's fields as HTML, and the media files they use."""

    fields: dict[str, str]
    """Field name -> HTML."""
    media: dict[str, Path] = field(default_factory=dict)
    """Packed media name -> file on disk."""
    problems: list[str] = field(default_factory=list)
    """Warnings: missing images, images outside the notes folder."""


MediaResolver = Callable[[str], Path | None]
"""Finds an image referenced by a note: returns its path, or None when it does not exist."""


def breadcrumb(context: tuple[str, ...]) -> str:
    """The whole path of headings and labels above a card, as its reader sees it: the blind grades
    judged each card with this path (a card that showed fewer levels than it was graded with would
    ask less clearly than its grade says)."""
    return " › ".join(crumb for crumb in context if crumb.strip())


def _marks(rendered: str) -> str:
    parts = _CODE.split(rendered)
    return "".join(
        part if part.startswith(("<pre", "<code", "<span")) else _scripts(_MARK.sub(r"<mark>\1</mark>", part))
        for part in parts
    )


def _scripts(html: str) -> str:
    if "^" in html:
        html = _SUP.sub(r"<sup>\1</sup>", html)
    if "~" in html:
        html = _SUB.sub(r"<sub>\1</sub>", html)
    return html


def media_name(path: Path) -> str:
    """Content-hashed name, so two images called ``diagram.png`` never collide in Anki."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return f"nd-{digest}{path.suffix.lower()}"


_PLAIN_TEXT = re.compile(r"(?! {4})(?!\s*(?:[-+#]|\d+[.)]))(?:[^\W_]|[ .,;:'\"!?()/%+=@{}|#^-])+")
"""Text that means the same as Markdown and as plain text: it can skip markdown-it."""


@lru_cache(maxsize=1024)
def markdown_html(text: str, *, allow_html: bool = False) -> str:
    """Card HTML for Markdown text (plain text takes a fast path that renders the same)."""
    text = clean(text)
    if not text.strip():
        return ""
    if _PLAIN_TEXT.fullmatch(text):
        escaped = text.strip().replace('"', "&quot;")
        return _marks(f"<p>{escaped}</p>")
    return _marks(render_html(text, allow_html=allow_html))


def _unwrap(rendered: str) -> str:
    """A single paragraph renders without its ``<p>``: fronts read as one line."""
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


class _Media:
    def __init__(self, resolve: MediaResolver | None) -> None:
        self.resolve = resolve
        self.files: dict[str, Path] = {}
        self.problems: list[str] = []

    def rewrite(self, rendered: str) -> str:
        return _IMG.sub(self._one, rendered)

    def _one(self, match: re.Match[str]) -> str:
        src = html.unescape(match.group(2))
        if re.match(r"^[a-z]+:", src, re.IGNORECASE):
            return match.group(0)  # a web image: Anki loads it itself
        try:
            found = self.resolve(unquote(src)) if self.resolve else None
        except MediaError:  # the resolver refuses paths outside the notes folder
            self.problems.append(f"image refused: {src} is outside the notes folder")
            return f'{match.group(1)}"'
        try:
            name = media_name(found) if found is not None else None
        except OSError:  # removed or unreadable since it was found
            name = None
        if name is None or found is None:
            self.problems.append(f"image not found: {src}")
            return match.group(0)
        self.files[name] = found
        return f'{match.group(1)}{html.escape(name)}"'


def render_card(
    card: Card, source: str, *, allow_html: bool = False, resolve: MediaResolver | None = None
) -> Rendered:
    """The fields of a card's Anki note (see notetype.py for their meaning)."""
    media = _Media(resolve)

    def field_html(text: str, unwrap: bool = False) -> str:
        rendered = media.rewrite(markdown_html(text, allow_html=allow_html))
        return _unwrap(rendered) if unwrap else rendered

    context = html.escape(breadcrumb(card.context), quote=False)
    if card.kind == "cloze":
        fields = {
            "Text": field_html(card.front, unwrap=True),
            "Context": context,
            "Extra": field_html(card.extra),
            "Source": html.escape(source, quote=False),
            "Kind": "cloze",
        }
    else:
        fields = {
            "Front": field_html(card.front, unwrap=True),
            "Back": field_html(card.back, unwrap=True),
            "Context": context,
            "Extra": field_html(card.extra),
            "Source": html.escape(source, quote=False),
            "Kind": card.kind,
            "Reverse": "y" if card.reverse else "",
        }
    return Rendered(fields, media.files, media.problems)
