"""The extractors against hand-labelled notes: recall and precision stay above the target."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import quality


def test_recall_and_precision_meet_the_target() -> None:
    scores = quality.scores()
    assert {s.name for s in scores} >= {
        "aws",
        "kubernetes",
        "networking",
        "databases-practice",
        "spanish-explicit",
    }
    matched = sum(s.matched for s in scores)
    recall = matched / sum(s.expected for s in scores)
    precision = matched / sum(s.extracted for s in scores)
    assert recall >= quality.TARGET and precision >= quality.TARGET, (recall, precision)
    for s in scores:
        assert s.recall >= 0.9 and s.precision >= 0.9, (s.name, s.recall, s.precision)


def test_quality_notes_cover_the_styles_people_write_in() -> None:
    folder = Path(quality.LABELS)
    texts = {p.name: p.read_bytes() for p in folder.glob("*.md")}
    assert any(b"\r\n" in t for t in texts.values()), "a CRLF note"
    assert any(b"\n  * " in t for t in texts.values()), "2-space indented * bullets"
    assert any(b"\n    - " in t for t in texts.values()), "4-space indentation"
    assert any(b"**Pod.**" in t for t in texts.values()), "**Term.** definitions"
    assert any(b"::" in t for t in texts.values()), "explicit :: cards"
