"""A vault of real notes for benchmarks: the user's note and the corpus notes, in variants.

Each variant is a copy of every real note with every heading and every line's first word
suffixed (``## Storage v3``, ``- Spot v3: ...``), so that no two cards are alike and no cache can
serve one variant from another; code blocks and tables are left as written.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "tests" / "quality" / "aws.md",
    *sorted(p for p in (ROOT / "tests" / "quality" / "corpus").glob("*.md") if p.name != "SOURCES.md"),
]
"""The user's note (frozen copy) and the 16 corpus notes."""

_HEADING = re.compile(r"^(#{1,6}\s.*?)\s*$")
_FIRST_WORD = re.compile(r"^(\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)*(?:\*\*)?)([^\W\d_][\w'-]*)", re.UNICODE)
_FENCE = re.compile(r"^\s*(```|~~~)")


def variant(text: str, number: int) -> str:
    """``text`` with its headings and each line's first word made unique to variant ``number``."""
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or _FENCE.match(line) or line.lstrip().startswith("|") or line.startswith("---"):
            out.append(line)
        elif heading := _HEADING.match(line):
            out.append(f"{heading.group(1)} v{number}")
        else:
            out.append(_FIRST_WORD.sub(lambda m: f"{m.group(1)}{m.group(2)}{number}", line, count=1))
    return "\n".join(out)


def write_real_vault(folder: Path, variants: int) -> list[Path]:
    """``variants`` copies of every real note under ``folder`` (one sub-folder per variant)."""
    paths: list[Path] = []
    texts = [(source.stem, source.read_text(encoding="utf-8")) for source in SOURCES]
    for number in range(1, variants + 1):
        sub = folder / f"v{number:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        for stem, text in texts:
            path = sub / f"{stem}.md"
            path.write_text(variant(text, number), encoding="utf-8")
            paths.append(path)
    return paths
