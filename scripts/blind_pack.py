"""Write a note's cards for a blind grader (``cards.md``) and the key that ties each number to the
card (``index.json``, kept from the grader); read the grades back into ``tests/quality/grades``.

    python scripts/blind_pack.py pack NOTE.md OUTDIR [--ungraded]   # --ungraded: only cards with no grade yet
    python scripts/blind_pack.py collect NAME OUTDIR      # OUTDIR/NAME.grades.jsonl -> tests/quality/grades

Collecting keeps the grades of cards that were not in the pack (a pack of the ungraded cards adds to
the note's grades; grades of cards that no longer exist are dropped).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notedeck.extract import extract
from notedeck.outline import build_outline
from notedeck.source import read_note
from quality import GRADES, fingerprint, read_grades


def pack(note: Path, out: Path, ungraded: bool = False) -> None:
    cards = extract(build_outline(read_note(note))).cards
    if ungraded:
        graded = read_grades(note.stem)
        cards = [card for card in cards if fingerprint(card) not in graded]
    some = "Some of the cards" if ungraded else "Cards"
    lines = [f"# {some} made from {note.name} ({len(cards)} cards)", ""]
    index = {}
    for number, card in enumerate(cards, 1):
        index[number] = {"card": fingerprint(card), "line": card.source.line, "kind": card.kind}
        lines.append(f"## Card {number} (from line {card.source.line})")
        lines.append(f"Breadcrumb: {' › '.join(card.context) or '(none)'}")
        if card.kind == "cloze":
            lines.append(
                "Cloze (each {{cN::...}} is hidden on the front, one card per N, and shown on the back):"
            )
            lines.append(card.front)
        else:
            lines.append("Front:")
            lines.append(card.front)
            lines.append("Back:")
            lines.append(card.back)
            if card.reverse:
                lines.append("(also asked the other way round: back -> front)")
        if card.extra:
            lines.append("Extra (shown under the answer):")
            lines.append(card.extra)
        lines.append("")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{note.stem}.cards.md").write_text("\n".join(lines), encoding="utf-8")
    (out / f"{note.stem}.index.json").write_text(json.dumps(index), encoding="utf-8")


def _note(name: str) -> Path:
    from quality import note_path

    return note_path(name)


def collect(name: str, out: Path) -> None:
    index = json.loads((out / f"{name}.index.json").read_text(encoding="utf-8"))
    rows = []
    for raw in (out / f"{name}.grades.jsonl").read_text(encoding="utf-8").splitlines():
        if raw.strip():
            grade = json.loads(raw)
            key = index[str(grade["card"])]
            rows.append({**key, "rating": grade["rating"].upper(), "why": grade.get("why", "")})
    GRADES.mkdir(parents=True, exist_ok=True)
    path = GRADES / f"{name}.jsonl"
    packed = {row["card"] for row in rows}
    if path.exists():  # grades of cards outside this pack stay, if their card still exists
        alive = {fingerprint(card) for card in extract(build_outline(read_note(_note(name)))).cards}
        old = [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]
        rows = [row for row in old if row["card"] not in packed and row["card"] in alive] + rows
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    (GRADES / f"{name}.jsonl").write_text(text, encoding="utf-8")
    print(f"{name}: {len(rows)} grades of {len(index)} cards")


if __name__ == "__main__":
    if sys.argv[1] == "pack":
        pack(Path(sys.argv[2]), Path(sys.argv[3]), ungraded="--ungraded" in sys.argv)
    else:
        collect(sys.argv[2], Path(sys.argv[3]))
