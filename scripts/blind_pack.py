"""Write a note's cards for a blind grader (``cards.md``) and the key that ties each number to the
card (``index.json``, kept from the grader); read the grades back into ``tests/quality/grades``.

    python scripts/blind_pack.py pack NOTE.md OUTDIR
    python scripts/blind_pack.py collect NAME OUTDIR      # OUTDIR/NAME.grades.jsonl -> tests/quality/grades
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notedeck.extract import extract
from notedeck.outline import build_outline
from notedeck.source import read_note
from quality import GRADES, fingerprint


def pack(note: Path, out: Path) -> None:
    cards = extract(build_outline(read_note(note))).cards
    lines = [f"# Cards made from {note.name} ({len(cards)} cards)", ""]
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


def collect(name: str, out: Path) -> None:
    index = json.loads((out / f"{name}.index.json").read_text(encoding="utf-8"))
    rows = []
    for raw in (out / f"{name}.grades.jsonl").read_text(encoding="utf-8").splitlines():
        if raw.strip():
            grade = json.loads(raw)
            key = index[str(grade["card"])]
            rows.append({**key, "rating": grade["rating"].upper(), "why": grade.get("why", "")})
    GRADES.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    (GRADES / f"{name}.jsonl").write_text(text, encoding="utf-8")
    print(f"{name}: {len(rows)} grades of {len(index)} cards")


if __name__ == "__main__":
    if sys.argv[1] == "pack":
        pack(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        collect(sys.argv[2], Path(sys.argv[3]))
