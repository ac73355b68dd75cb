"""Recall and precision of the extractors against hand-labelled notes (``make quality``).

Each ``tests/quality/<name>.labels`` lists the cards a careful student would make from the note
``tests/quality/<name>.md`` (or ``notes/<name>.md``), one per line as ``kind: what it asks about``:

    definition: Spot
    enumeration: Purchasing Options
    comparison: CNAME vs Alias
    question: You are running a high-performance database

A label matches one extracted card of the same kind about the same term (a question label matches
a card whose question starts with it). Each label and each card is used once.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from notedeck import Card, extract_cards
from notedeck.extract.common import comparison_sides
from notedeck.text import norm_key

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "quality"
TARGET = 0.95


@dataclass(frozen=True)
class Label:
    kind: str
    term: str
    line: int


def read_labels(path: Path) -> list[Label]:
    labels = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = raw.split(" #", 1)[0].strip()
        if not text or text.startswith("#"):
            continue
        kind, _, term = text.partition(":")
        labels.append(Label(kind.strip(), term.strip(), number))
    return labels


def label_key(label: Label) -> str:
    if label.kind == "comparison":
        sides = comparison_sides(label.term) or [label.term]
        return "|".join(sorted(norm_key(side) for side in sides))
    return norm_key(label.term)


def matches(label: Label, card: Card) -> bool:
    if label.kind != card.kind:
        return False
    term = card.key.split(":", 1)[1]
    wanted = label_key(label)
    return term.startswith(wanted) if label.kind == "question" else term == wanted


@dataclass
class Score:
    name: str
    expected: int
    extracted: int
    matched: int
    missing: list[Label]
    extra: list[Card]

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0


def score(name: str, note: Path, labels: list[Label]) -> Score:
    cards = extract_cards(note.read_text(encoding="utf-8"), str(note))
    unused = list(cards)
    missing = []
    for label in labels:
        found = next((card for card in unused if matches(label, card)), None)
        if found is None:
            missing.append(label)
        else:
            unused.remove(found)
    return Score(name, len(labels), len(cards), len(labels) - len(missing), missing, unused)


def note_for(labels: Path) -> Path:
    own = labels.with_suffix(".md")
    return own if own.exists() else ROOT / "notes" / own.name


def scores(folder: Path = LABELS) -> list[Score]:
    return [score(path.stem, note_for(path), read_labels(path)) for path in sorted(folder.glob("*.labels"))]


def report(results: Iterable[Score], verbose: bool) -> tuple[float, float]:
    results = list(results)
    print(f"{'note':28} {'expected':>8} {'extracted':>9} {'matched':>7} {'recall':>7} {'precision':>9}")
    for s in results:
        print(f"{s.name:28} {s.expected:8} {s.extracted:9} {s.matched:7} {s.recall:7.1%} {s.precision:9.1%}")
        if verbose:
            for label in s.missing:
                print(f"    missing  {label.kind}: {label.term}   (labels line {label.line})")
            for card in s.extra:
                front = re.sub(r"\s+", " ", card.front)[:70]
                print(f"    extra    {card.kind}: {front}   ({card.source})")
    expected = sum(s.expected for s in results)
    extracted = sum(s.extracted for s in results)
    matched = sum(s.matched for s in results)
    recall, precision = matched / expected, matched / extracted
    print(f"{'TOTAL':28} {expected:8} {extracted:9} {matched:7} {recall:7.1%} {precision:9.1%}")
    print(
        f"target: recall and precision >= {TARGET:.0%}: {'met' if min(recall, precision) >= TARGET else 'NOT met'}"
    )
    return recall, precision


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list missing and extra cards")
    args = parser.parse_args()
    recall, precision = report(scores(), args.verbose)
    return 0 if min(recall, precision) >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
