"""Print a note's cards one per line (for reading and for blind grading): line, kind, context › front ⟶ back."""

from __future__ import annotations

import sys
from pathlib import Path

from notedeck.extract import extract
from notedeck.outline import build_outline
from notedeck.source import read_note


def main() -> None:
    path = Path(sys.argv[1])
    extraction = extract(build_outline(read_note(path)))
    for number, card in enumerate(extraction.cards, 1):
        crumbs = " › ".join(card.context)
        back = card.back.replace("\n", " ⏎ ")
        extra = f"  [extra: {card.extra.replace(chr(10), ' ⏎ ')}]" if card.extra else ""
        print(
            f"#{number} L{card.source.line} [{card.kind}] {crumbs} ›› {card.front.replace(chr(10), ' ⏎ ')} ⟶ {back}{extra}"
        )
    if "--skipped" in sys.argv:
        for skipped in extraction.skipped:
            print(f"SKIP L{skipped.source.line}: {skipped.reason}")


if __name__ == "__main__":
    main()
