"""Golden files per stage: each fixture's outline and cards, compared with what is checked in.

Run ``pytest tests/test_golden.py --regen-goldens`` to rewrite them on purpose, then review the diff.
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


def _golden(path: Path, actual: str, regen: bool) -> None:
    if regen or not path.exists():
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path} differs (rerun with --regen-goldens to accept)"
    )


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("note", CASES, ids=_id)
def test_outline_golden(note: Path, regen: bool) -> None:
    outline = build_outline(read_note(note))
    _golden(note.with_suffix(".outline.txt"), outline.pretty() + "\n", regen)


@pytest.mark.parametrize("note", CASES, ids=_id)
def test_cards_golden(note: Path, regen: bool) -> None:
    extraction = extract(build_outline(read_note(note)))
    data = {
        "cards": [{**card.as_dict(), "source": card.source.line} for card in extraction.cards],
        "skipped": [f"{s.source.line}: {s.reason}" for s in extraction.skipped],
    }
    _golden(note.with_suffix(".cards.json"), json.dumps(data, ensure_ascii=False, indent=2) + "\n", regen)


def test_every_card_kind_has_a_fixture() -> None:
    kinds = set()
    for note in CASES:
        kinds |= {card.kind for card in extract(build_outline(read_note(note))).cards}
    assert kinds == {"definition", "enumeration", "comparison", "question", "explicit", "cloze"}
