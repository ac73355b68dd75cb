"""Card quality against the blind labels (tests/quality/labels): in-sample figures must not regress.

Only the in-sample half and the user's note are held to floors here: the out-of-sample half is
measured by ``make quality`` and never tuned on (tests/quality/SPLIT.toml).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import quality

FLOORS = {
    # group: (precision, coverage) measured when the floor was set, less a little room
    "user": (0.85, 0.99),
    "in": (0.80, 0.97),
}


def _total(split: str) -> quality.Score:
    return quality._total(split, [s for s in quality.scores() if s.split == split])


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_precision_and_coverage_do_not_regress(split: str) -> None:
    total = _total(split)
    precision, coverage = FLOORS[split]
    assert total.precision >= precision, (split, f"{total.precision:.1%}")
    assert total.coverage >= coverage, (split, f"{total.coverage:.1%}")


def test_the_split_is_recorded_disjoint_and_complete() -> None:
    split = tomllib.loads((quality.QUALITY / "SPLIT.toml").read_text(encoding="utf-8"))
    inside, outside = set(split["in_sample"]), set(split["out_of_sample"])
    corpus = {p.name for p in (quality.QUALITY / "corpus").glob("*.md") if p.name != "SOURCES.md"}
    assert not inside & outside
    assert inside | outside == corpus and len(inside) == len(outside) == 8
    labelled = {p.stem for p in quality.LABELS.glob("*.jsonl")}
    assert labelled == {Path(name).stem for name in corpus} | {"aws"}


def test_the_scorer_matches_key_phrases_not_notedecks_own_keys() -> None:
    card = quality.Card(
        kind="definition",
        front="Spot",
        back="the **highest** bidder pays",
        context=("EC2",),
        source=_source(10),
        key="definition:spot",
    )
    label = quality.Label(9, 10, "What is Spot?", quality.normalise("highest bidder pays"))
    assert quality.matches(label, card, quality.card_text(card))
    far = quality.Label(40, 41, "What is Spot?", quality.normalise("highest bidder pays"))
    assert not quality.matches(far, card, quality.card_text(card))
    other = quality.Label(9, 10, "What is Spot?", quality.normalise("lowest bidder"))
    assert not quality.matches(other, card, quality.card_text(card))


def _source(line: int):  # type: ignore[no-untyped-def]
    from notedeck.cards import Source

    return Source(Path("n.md"), line)
