"""``notedeck preview``: one self-contained HTML page with every card as Anki shows it.

Cards are rendered through the same fields, templates and stylesheet as the decks; images are
inlined as data URIs so the page works offline and can be mailed around.
"""

from __future__ import annotations

import base64
import html
import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import notetype
from .build import BuildOptions, NoteResult, collect
from .media import MediaIndex
from .render import Rendered, breadcrumb, render_card

_CLOZE = re.compile(r"\{\{c(\d+)::(.+?)(?:::([^}]*))?\}\}")


def fill(template: str, fields: dict[str, str], front_side: str = "") -> str:
    """Anki's template language as notedeck's templates use it: fields, sections, cloze."""

    def sections(text: str) -> str:
        match = re.search(r"\{\{([#^])(\w+)\}\}(.*?)\{\{/\2\}\}", text, re.DOTALL)
        if match is None:
            return text
        present = bool(fields.get(match.group(2), "").strip())
        keep = present if match.group(1) == "#" else not present
        return sections(text[: match.start()] + (match.group(3) if keep else "") + text[match.end() :])

    text = sections(template).replace("{{FrontSide}}", front_side)
    return re.sub(r"\{\{(?:cloze:)?(\w+)\}\}", lambda m: fields.get(m.group(1), ""), text)


def cloze_side(text: str, number: int, answer: bool) -> str:
    def one(match: re.Match[str]) -> str:
        if int(match.group(1)) != number:
            return match.group(2)
        if answer:
            return f'<span class="cloze">{match.group(2)}</span>'
        return f'<span class="cloze">[{html.escape(match.group(3) or "...")}]</span>'

    return _CLOZE.sub(one, text)


@dataclass(frozen=True, slots=True)
class PreviewCard:
    """One card as it will look in Anki."""

    deck: str
    group: str
    question: str
    answer: str
    tags: tuple[str, ...]
    source: str
    kind: str


def _sides(rendered: Rendered, kind: str) -> list[tuple[str, str]]:
    fields = rendered.fields
    if kind == "cloze":
        (template,) = notetype.CLOZE_TEMPLATES
        numbers = sorted({int(n) for n in re.findall(r"\{\{c(\d+)::", fields["Text"])}) or [1]
        sides = []
        for number in numbers:
            question = fill(template["qfmt"], {**fields, "Text": cloze_side(fields["Text"], number, False)})
            answer = fill(template["afmt"], {**fields, "Text": cloze_side(fields["Text"], number, True)})
            sides.append((question, answer))
        return sides
    sides = []
    for template in notetype.BASIC_TEMPLATES:
        question = fill(template["qfmt"], fields)
        if re.sub(r"<[^>]+>", "", question).strip():
            sides.append((question, fill(template["afmt"], fields, front_side=question)))
    return sides


def _inline_media(text: str, media: dict[str, Path]) -> str:
    def data_uri(match: re.Match[str]) -> str:
        path = media.get(html.unescape(match.group(1)))
        if path is None:
            return match.group(0)
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return f'src="data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()}"'

    return re.sub(r'src="([^"]+)"', data_uri, text)


def preview_cards(results: Sequence[NoteResult], options: BuildOptions) -> list[PreviewCard]:
    """Every card of ``results`` rendered like Anki renders it."""
    cards: list[PreviewCard] = []
    for result in results:
        index = MediaIndex.of(result.note.root)
        for card in result.cards:
            rendered = render_card(
                card,
                card.source.path.name,
                allow_html=options.allow_html,
                resolve=index.resolver(card.source.path),
            )
            group = breadcrumb(card.context) or "(top of the note)"
            for question, answer in _sides(rendered, card.kind):
                cards.append(
                    PreviewCard(
                        result.deck,
                        group,
                        _inline_media(question, rendered.media),
                        _inline_media(answer, rendered.media),
                        card.tags,
                        str(card.source),
                        card.kind,
                    )
                )
    return cards


_PAGE_CSS = """
body { margin: 0; background: #eef1f4; font-family: system-ui, sans-serif; }
header { position: sticky; top: 0; background: #24292f; color: #fff; padding: 0.6em 1.2em; display: flex; gap: 1em; align-items: center; z-index: 1; }
header h1 { font-size: 1.1em; margin: 0; }
#search { flex: 1; max-width: 30em; font-size: 1em; padding: 0.35em 0.6em; border-radius: 6px; border: 0; }
main { padding: 1em 1.2em; }
section.deck > h2 { margin: 0.8em 0 0.2em; }
section.group > h3 { font-size: 0.95em; color: #57606a; margin: 1em 0 0.4em; }
article.preview { display: grid; grid-template-columns: 1fr 1fr; gap: 0.6em; margin-bottom: 0.8em; }
article.preview .card { padding: 0.9em 1.1em; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,0.12); }
article.preview footer { grid-column: 1 / -1; font-size: 0.75em; color: #57606a; margin-top: -0.3em; }
[hidden] { display: none !important; }
"""

_SCRIPT = """
const box = document.getElementById('search');
const count = document.getElementById('count');
function filter() {
  const words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
  let shown = 0;
  for (const card of document.querySelectorAll('article.preview')) {
    const text = card.dataset.search;
    const visible = words.every(w => text.includes(w));
    card.hidden = !visible;
    if (visible) shown++;
  }
  for (const group of document.querySelectorAll('section.group, section.deck')) {
    group.hidden = !group.querySelector('article.preview:not([hidden])');
  }
  count.textContent = shown + ' cards';
}
box.addEventListener('input', () => { history.replaceState(null, '', '#q=' + encodeURIComponent(box.value)); filter(); });
const initial = new URLSearchParams(location.hash.slice(1)).get('q');
if (initial) box.value = initial;
filter();
"""


def _search_text(card: PreviewCard) -> str:
    text = re.sub(r"<style.*?</style>|<[^>]+>", " ", card.question + " " + card.answer, flags=re.DOTALL)
    return " ".join(html.unescape(f"{text} {' '.join(card.tags)} {card.source} {card.kind}").lower().split())


def _article(card: PreviewCard) -> str:
    tags = " ".join(card.tags)
    return (
        f'<article class="preview" data-kind="{card.kind}" data-search="{html.escape(_search_text(card))}">'
        f'<div class="card question">{card.question}</div><div class="card answer">{card.answer}</div>'
        f"<footer>{html.escape(card.kind)} · {html.escape(card.source)} · tags: {html.escape(tags)}</footer></article>"
    )


def preview_html(cards: Sequence[PreviewCard]) -> str:
    """The whole page."""
    parts: list[str] = []
    decks: dict[str, dict[str, list[PreviewCard]]] = {}
    for card in cards:
        decks.setdefault(card.deck, {}).setdefault(card.group, []).append(card)
    for deck, groups in decks.items():
        parts.append(f'<section class="deck" data-deck="{html.escape(deck)}"><h2>{html.escape(deck)}</h2>')
        for group, members in groups.items():
            parts.append(f'<section class="group"><h3>{html.escape(group)}</h3>')
            parts.extend(_article(card) for card in members)
            parts.append("</section>")
        parts.append("</section>")
    title = "notedeck preview"
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{notetype.stylesheet()}{_PAGE_CSS}</style></head><body>"
        f'<header><h1>{title}</h1><input id="search" type="search" placeholder="Search cards, tags, files…" '
        f'autofocus><span id="count"></span></header><main>{"".join(parts)}</main>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def write_preview(paths: Sequence[Path], out: Path, options: BuildOptions) -> tuple[int, list[NoteResult]]:
    """Write the preview page; returns the number of cards and the per-note results."""
    from .atomic import write_text_atomic
    from .build import discover, refuse_out_in_notes

    refuse_out_in_notes(out, {note.root for note in discover(paths)} | {p for p in paths if p.is_dir()})
    results = collect(paths)
    cards = preview_cards(results, options)
    write_text_atomic(out, preview_html(cards))
    return len(cards), results
