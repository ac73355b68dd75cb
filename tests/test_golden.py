"""Golden files per stage: each fixture's outline and cards, compared with what is checked in.

Goldens are written only on purpose: ``pytest tests/test_golden.py --update-goldens``, then the diff
is reviewed by a person. A missing golden fails; this test never writes one to compare against.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from notedeck.extract import extract
from notedeck.outline import build_outline
from notedeck.source import read_note

CASES = sorted(p for p in FIXTURES.glob("*/*.md"))


def _golden(path: Path, actual: str, update: bool) -> None:
    if update:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: write it with --update-goldens and review it"
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path} differs (if the change is wanted: --update-goldens, then review the diff)"
    )


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("note", CASES, ids=_id)
def test_outline_golden(note: Path, update_goldens: bool) -> None:
    outline = build_outline(read_note(note))
    _golden(note.with_suffix(".outline.txt"), outline.pretty() + "\n", update_goldens)


@pytest.mark.parametrize("note", CASES, ids=_id)
def test_cards_golden(note: Path, update_goldens: bool) -> None:
    extraction = extract(build_outline(read_note(note)))
    data = {
        "cards": [{**card.as_dict(), "source": card.source.line} for card in extraction.cards],
        "skipped": [f"{s.source.line}: {s.reason}" for s in extraction.skipped],
    }
    _golden(
        note.with_suffix(".cards.json"), json.dumps(data, ensure_ascii=False, indent=2) + "\n", update_goldens
    )


def test_every_card_kind_has_a_fixture() -> None:
    kinds = set()
    for note in CASES:
        kinds |= {card.kind for card in extract(build_outline(read_note(note))).cards}
    assert kinds == {"definition", "enumeration", "comparison", "question", "explicit", "cloze"}
