"""Card quality against blind labels, per note, in and out of sample (``make quality``).

Labels (``tests/quality/labels/<note>.jsonl``) were written by readers who saw only the note and
``CARDS.md``, before notedeck's cards for it existed (see the README there). For each note:

- precision: the share of cards whose text holds the key phrase of a label near its lines;
- recall: the share of labelled cards that some card holds;
- coverage: the share of the labeller's fact-bearing lines that a card holds or ``check`` reports;
- graded: where ``tests/quality/grades/<note>.jsonl`` holds blind grades of cards that are still
  made word for word, their GOOD / WEAK / JUNK shares (cards graded on another day and since
  changed are counted as ungraded, never guessed).

The normaliser is this file's own (not notedeck's), so a change to notedeck's text helpers cannot
move the score by itself.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from notedeck.cards import Card
from notedeck.extract import extract
from notedeck.outline import build_outline
from notedeck.source import read_note

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
LABELS = QUALITY / "labels"
GRADES = QUALITY / "grades"
WINDOW = (6, 3)
"""A card matches a label when it stands at most this many lines before / after the label's lines."""


def normalise(text: str) -> str:
    text = re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", text)
    text = re.sub(r"[*_`=~#>|\\]", " ", text.casefold())
    text = re.sub(r"[^\w%+/.-]+", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .")


def card_text(card: Card) -> str:
    return normalise(" ".join((*card.context, card.front, card.back, card.extra)))


def fingerprint(card: Card) -> str:
    """What a grade is tied to: the card exactly as a student sees it."""
    text = "\x1f".join((card.kind, " › ".join(card.context), card.front, card.back, card.extra))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Label:
    first: int
    last: int
    front: str
    key: str


@dataclass
class Score:
    name: str
    split: str
    cards: int = 0
    precise: int = 0
    labels: int = 0
    found: int = 0
    facts: int = 0
    covered: int = 0
    usable_covered: int = 0
    """Fact lines on a card graded GOOD or WEAK, or reported by check (the rubric's coverage)."""
    grades: dict[str, int] = field(default_factory=dict)
    missing: list[Label] = field(default_factory=list)
    unmatched: list[Card] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.precise / self.cards if self.cards else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 0.0

    @property
    def coverage(self) -> float:
        return self.covered / self.facts if self.facts else 0.0


def read_labels(path: Path) -> tuple[list[Label], set[int]]:
    labels: list[Label] = []
    facts: set[int] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        row = json.loads(raw)
        if row["type"] == "card":
            first, last = row["lines"]
            labels.append(Label(first, last, row["front"], normalise(row["key"])))
        elif row["type"] == "facts":
            facts.update(row["lines"])
    return labels, facts


def matches(label: Label, card: Card, text: str) -> bool:
    near = label.first - WINDOW[0] <= card.source.line <= label.last + WINDOW[1]
    return near and bool(label.key) and label.key in text


def read_grades(name: str) -> dict[str, str]:
    path = GRADES / f"{name}.jsonl"
    if not path.exists():
        return {}
    grades: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            row = json.loads(raw)
            grades[row["card"]] = row["rating"]
    return grades


def note_path(name: str) -> Path:
    own = QUALITY / f"{name}.md"
    return own if own.exists() else QUALITY / "corpus" / f"{name}.md"


def splits() -> dict[str, str]:
    data = tomllib.loads((QUALITY / "SPLIT.toml").read_text(encoding="utf-8"))
    found = {Path(name).stem: "in" for name in data["in_sample"]}
    found.update({Path(name).stem: "out" for name in data["out_of_sample"]})
    found["aws"] = "user"
    return found


def score(name: str, split: str) -> Score:
    extraction = extract(build_outline(read_note(note_path(name))))
    labels, facts = read_labels(LABELS / f"{name}.jsonl")
    texts = [card_text(card) for card in extraction.cards]
    reported = {skipped.source.line for skipped in extraction.skipped}
    result = Score(name, split, cards=len(extraction.cards), labels=len(labels), facts=len(facts))
    matched_cards: set[int] = set()
    for label in labels:
        hits = [i for i, card in enumerate(extraction.cards) if matches(label, card, texts[i])]
        matched_cards.update(hits)
        if hits:
            result.found += 1
        else:
            result.missing.append(label)
    result.precise = len(matched_cards)
    result.unmatched = [card for i, card in enumerate(extraction.cards) if i not in matched_cards]
    result.covered = len(facts & (extraction.covered | reported))
    grades = read_grades(name)
    usable_sources: set[int] = set()
    for card in extraction.cards:
        rating = grades.get(fingerprint(card), "ungraded")
        result.grades[rating] = result.grades.get(rating, 0) + 1
        if rating in ("GOOD", "WEAK"):
            usable_sources.add(card.source.line)
    held = {line for line, source in extraction.owners.items() if source in usable_sources}
    # lines no card owns but a rule accounted for: the rest of a block reported at its first line
    # (a code block, an unanswered question over three lines), or answer material a card holds
    accounted = extraction.covered - extraction.owners.keys()
    result.usable_covered = len(facts & (held | reported | accounted))
    return result


def scores(names: Iterable[str] | None = None) -> list[Score]:
    known = splits()
    chosen = (
        list(names) if names else sorted(known, key=lambda n: ({"user": 0, "in": 1, "out": 2}[known[n]], n))
    )
    return [score(name, known[name]) for name in chosen]


def _graded(s: Score) -> str:
    graded = sum(v for k, v in s.grades.items() if k != "ungraded")
    if not graded:
        return "ungraded"
    share = {k: s.grades.get(k, 0) / graded for k in ("GOOD", "WEAK", "JUNK")}
    coverage = s.usable_covered / s.facts if s.facts else 0.0
    return (
        f"{share['GOOD']:4.0%} {share['WEAK']:4.0%} {share['JUNK']:4.0%} ({graded}/{s.cards} graded), "
        f"coverage {coverage:.0%}"
    )


def _total(name: str, group: list[Score]) -> Score:
    total = Score(name, "")
    for s in group:
        total.cards += s.cards
        total.precise += s.precise
        total.labels += s.labels
        total.found += s.found
        total.facts += s.facts
        total.covered += s.covered
        total.usable_covered += s.usable_covered
        for k, v in s.grades.items():
            total.grades[k] = total.grades.get(k, 0) + v
    return total


def report(results: list[Score], verbose: bool) -> None:
    head = (
        f"{'note':36} {'split':5} {'cards':>5} {'precision':>9} {'recall':>6} {'coverage':>8}  "
        "blind grades: GOOD WEAK JUNK, coverage by GOOD/WEAK cards or check"
    )
    print(head)
    for split in ("user", "in", "out"):
        group = [s for s in results if s.split == split]
        for s in [*group, _total(f"TOTAL {split}", group)] if group else []:
            print(
                f"{s.name:36} {s.split:5} {s.cards:5} {s.precision:9.1%} {s.recall:6.1%} {s.coverage:8.1%}  {_graded(s)}"
            )
            if verbose and s.split:
                for label in s.missing:
                    print(f"    missing   L{label.first}-{label.last}: {label.front[:70]}  [{label.key}]")
                for card in s.unmatched:
                    front = " ".join(card.front.split())[:70]
                    print(f"    unlabelled L{card.source.line} {card.kind}: {front}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notes", nargs="*", help="note names (default: all labelled notes)")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list missed labels and unlabelled cards"
    )
    args = parser.parse_args()
    report(scores(args.notes or None), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
