"""The notedeck note types: ids, field names, templates and stylesheet.

These are part of every user's collection. Anki skips re-imported notes as "conflicting" when a
note type's fields or templates change, so everything here is pinned by tests
(tests/test_notetype.py). Changing it needs a new note type id and a migration note in the README.
CSS may change: bump CSS_MODIFIED so Anki takes the newer style on the next import.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from .highlight import pygments_css

BASIC_ID: Final = 1_764_115_001
"""Note type id of "notedeck Basic" (question/answer cards of every kind but cloze)."""
CLOZE_ID: Final = 1_764_115_002
"""Note type id of "notedeck Cloze"."""
BASIC_NAME: Final = "notedeck Basic"
CLOZE_NAME: Final = "notedeck Cloze"

BASIC_FIELDS: Final = ("Front", "Back", "Context", "Extra", "Source", "Kind", "Reverse")
"""Front/Back: the card. Context: breadcrumb. Extra: explanation shown after the answer.
Source: the note file. Kind: definition, enumeration, comparison, question, explicit.
Reverse: non-empty to also get the reverse card (``:::`` and ``??``)."""
CLOZE_FIELDS: Final = ("Text", "Context", "Extra", "Source", "Kind")

CSS_MODIFIED: Final = 1_764_115_200
"""Modification time stamped on the note types; bump it when CSS changes."""

_CONTEXT = '{{#Context}}<div class="nd-context">{{Context}}</div>{{/Context}}'
_EXTRA = '{{#Extra}}<div class="nd-extra">{{Extra}}</div>{{/Extra}}'
_SOURCE = '{{#Source}}<div class="nd-source">{{Source}}</div>{{/Source}}'

BASIC_TEMPLATES: Final = (
    {
        "name": "Forward",
        "qfmt": f'<div class="nd nd-{{{{Kind}}}}">{_CONTEXT}<div class="nd-front">{{{{Front}}}}</div></div>',
        "afmt": (
            '{{FrontSide}}<hr id="answer">'
            f'<div class="nd nd-{{{{Kind}}}}"><div class="nd-back">{{{{Back}}}}</div>{_EXTRA}{_SOURCE}</div>'
        ),
    },
    {
        "name": "Reverse",
        "qfmt": (
            f'{{{{#Reverse}}}}<div class="nd nd-{{{{Kind}}}} nd-reverse">{_CONTEXT}'
            '<div class="nd-front">{{Back}}</div></div>{{/Reverse}}'
        ),
        "afmt": (
            '{{FrontSide}}<hr id="answer">'
            f'<div class="nd nd-{{{{Kind}}}}"><div class="nd-back">{{{{Front}}}}</div>{_EXTRA}{_SOURCE}</div>'
        ),
    },
)
CLOZE_TEMPLATES: Final = (
    {
        "name": "Cloze",
        "qfmt": f'<div class="nd nd-cloze">{_CONTEXT}<div class="nd-front">{{{{cloze:Text}}}}</div></div>',
        "afmt": f'<div class="nd nd-cloze">{_CONTEXT}<div class="nd-front">{{{{cloze:Text}}}}</div>{_EXTRA}{_SOURCE}</div>',
    },
)

_BASE_CSS = """
.card { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 19px; line-height: 1.5; text-align: left; color: #1f2328; background: #ffffff; }
.nd { max-width: 46em; margin: 0 auto; }
.nd-context { font-size: 0.72em; color: #59636e; letter-spacing: 0.02em; margin-bottom: 0.6em; }
.nd-front { font-size: 1.1em; font-weight: 600; }
.nd-front p, .nd-back p { margin: 0.35em 0; }
.nd-back ul, .nd-back ol, .nd-extra ul { margin: 0.3em 0; padding-left: 1.3em; }
.nd-extra { margin-top: 0.9em; padding-top: 0.5em; border-top: 1px dashed #d1d9e0; color: #3d444d; font-size: 0.9em; }
.nd-source { margin-top: 1em; font-size: 0.65em; color: #818b98; }
.nd table { border-collapse: collapse; margin: 0.4em 0; }
.nd th, .nd td { border: 1px solid #d1d9e0; padding: 0.3em 0.6em; vertical-align: top; }
.nd th { background: #f6f8fa; }
.nd code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.88em;
  background: #f6f8fa; padding: 0.1em 0.3em; border-radius: 4px; }
.nd pre { background: #f6f8fa; padding: 0.7em; border-radius: 6px; overflow-x: auto; }
.nd pre code { background: none; padding: 0; }
.nd mark { background: #fff3b0; color: inherit; }
.nd img { max-width: 100%; }
.cloze { font-weight: 700; color: #0969da; }
.nightMode .card, .night_mode .card, .card.nightMode { color: #e6edf3; background: #0d1117; }
.nightMode .nd-context, .night_mode .nd-context { color: #9198a1; }
.nightMode .nd-extra, .night_mode .nd-extra { color: #c9d1d9; border-top-color: #3d444d; }
.nightMode .nd th, .night_mode .nd th { background: #161b22; }
.nightMode .nd th, .nightMode .nd td, .night_mode .nd th, .night_mode .nd td { border-color: #3d444d; }
.nightMode .nd code, .nightMode .nd pre, .night_mode .nd code, .night_mode .nd pre { background: #161b22; }
.nightMode .nd mark, .night_mode .nd mark { background: #5c4a00; }
.nightMode .cloze, .night_mode .cloze { color: #58a6ff; }
"""


@cache
def stylesheet() -> str:
    """The note types' CSS: layout, night mode, and code colours for both modes."""
    light = pygments_css("default", ".nd pre")
    dark = (
        pygments_css("monokai", ".nightMode .nd pre") + "\n" + pygments_css("monokai", ".night_mode .nd pre")
    )
    return _BASE_CSS.strip() + "\n" + light + "\n" + dark + "\n"
