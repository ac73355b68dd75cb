"""The foundation: decks built from notes import into real Anki and read well there."""

from __future__ import annotations

import re
from pathlib import Path

from anki.collection import Collection

from conftest import Vault, import_apkg

SMALL_NOTE = """---
deck: Networking Basics
tags: [certs]
---
# Networking

## Ports
- **SSH**: secure shell, port 22
- HTTP: plain web traffic on port 80

### DNS: Domain Name System
Turns names like `example.com` into IP addresses.
"""


def _cards(col: Collection) -> list:
    return [col.get_card(cid) for cid in col.find_cards("")]


def test_small_note_imports_with_questions_answers_tags_and_deck(
    vault: Vault, collection: Collection
) -> None:
    vault.write("net.md", SMALL_NOTE)
    report = vault.build()
    assert [d.deck for d in report.decks] == ["Networking Basics"]
    log = import_apkg(collection, report.decks[0].path)
    assert len(log.new) == 3  # SSH, HTTP and DNS definitions; no "list" of names whose ports are the point
    cards = {
        re.sub(r"<[^>]+>", "", c.question().split("</style>")[-1]).strip(): c for c in _cards(collection)
    }
    ssh = next(c for q, c in cards.items() if q.endswith("SSH"))
    assert "Networking › Ports" in ssh.question()
    assert "secure shell, port 22" in ssh.answer()
    assert collection.decks.name(ssh.did) == "Networking Basics"
    assert set(ssh.note().tags) >= {"certs", "net::networking::ports", "networking", "ports"}
    dns = next(c for q, c in cards.items() if q.endswith("DNS"))
    assert "<code>example.com</code>" in dns.answer()
    assert "Domain Name System" in dns.answer()
    assert dns.note().note_type()["name"] == "notedeck Basic"
    assert not [q for q in cards if "list all" in q]


def _visible(html: str) -> str:
    html = html.split("</style>")[-1]
    html = re.sub(r"<(code|pre)>.*?</\1>", "", html, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", "", html)


def test_user_note_gives_over_100_clean_cards_in_anki(vault: Vault, collection: Collection) -> None:
    vault.add_aws()
    report = vault.build()
    assert report.decks[0].path == vault.out / "aws.apkg"
    import_apkg(collection, report.decks[0].path)
    cards = _cards(collection)
    assert len(cards) >= 100
    for card in cards:
        question, answer = _visible(card.question()), _visible(card.answer())
        assert question.strip() and answer.replace(question, "").strip(), card.note().fields
        for markup in ("**", "[[", "]]", "==", "<!--", "^["):
            assert markup not in question and markup not in answer, (markup, card.note().fields)


def test_build_never_writes_into_notes(vault: Vault) -> None:
    note = vault.add_aws()
    before = {p: p.read_bytes() for p in vault.notes.rglob("*")}
    vault.build()
    after = {p: p.read_bytes() for p in vault.notes.rglob("*")}
    assert (
        before == after
        and note.read_bytes() == (Path(__file__).parent.parent / "notes" / "aws.md").read_bytes()
    )


def test_plain_text_fast_path_renders_like_markdown_it() -> None:
    """Plain text skips markdown-it; for every such text the HTML must be what markdown-it makes."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from notedeck.parse import render_html
    from notedeck.render import _PLAIN_TEXT, _marks, markdown_html
    from notedeck.text import clean

    plainish = st.sampled_from(list("abcXYZ019 .,;:'\"!?()/%+=@{}|#^-_*`<>&\t\n\r\x0b\x0c\u00a0é漢"))
    anything = st.characters(codec="utf-8", exclude_categories=("Cs",))

    @settings(max_examples=1500, deadline=None)
    @given(st.one_of(st.text(plainish, max_size=40), st.text(anything, max_size=40)))
    def same(text: str) -> None:
        cleaned = clean(text)
        if cleaned.strip() and _PLAIN_TEXT.fullmatch(cleaned):
            assert markdown_html(text) == _marks(render_html(cleaned))

    same()


def test_fast_paths_render_like_the_full_parse() -> None:
    """One-line paragraphs and tight lists of such lines, parted by blank lines, skip the block pass;
    their HTML must be what the full parse makes, in all three HTML modes (unclosed tags included)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from notedeck.parse import _parser, render_html
    from notedeck.sanitize import clean

    def full(text: str, allow_html: bool) -> str:
        mode = "trusted" if allow_html else "escape" if "<" not in text else "sanitize"
        rendered = str(_parser(mode).render(text))
        return (clean(rendered) if mode == "sanitize" else rendered).strip()

    markdownish = st.sampled_from(
        [*"abc019 .,:;!?()[]/%+=@{}|#^-_*`~$<>&\\\t\u00a0\u3000é漢", "<u>", "</u>", "<b>", "<script>", "**", "](x)", "[a]: "]
    )
    anything = st.characters(codec="utf-8", exclude_categories=("Cs",))

    line = st.one_of(st.lists(markdownish, max_size=12).map("".join), st.text(anything, max_size=30))
    bullets = st.lists(st.tuples(st.sampled_from(["- ", "* ", "+ ", "-  ", "1. ", ""]), line), min_size=1, max_size=5).map(
        lambda rows: "\n".join(marker + text for marker, text in rows)
    )

    fields = st.lists(st.one_of(line, bullets), min_size=1, max_size=4).flatmap(
        lambda parts: st.sampled_from(["\n\n", "\n\n\n", "\n"]).map(lambda gap: gap.join(parts))
    )

    @settings(max_examples=3000, deadline=None)
    @given(st.one_of(line, bullets, fields, st.text(anything, max_size=40)), st.booleans())
    def same(text: str, allow_html: bool) -> None:
        assert render_html(text, allow_html=allow_html) == full(text, allow_html)

    same()
