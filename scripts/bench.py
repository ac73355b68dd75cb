"""``make bench``: notedeck against the floor of the libraries it stands on, measured side by side.

The main vault is made of real notes (scripts/real_vault.py): the user's note and the 16 corpus
notes, in variants whose headings and terms are all made unique (48 variants: about 850 notes,
52,000 cards). Each step runs in a fresh process: a full build; a rebuild with nothing changed;
a rebuild after editing one note; and the floor, markdown-it-py parsing every file plus bare
genanki writing as many notes into one deck. A synthetic vault (scripts/vault_gen.py) follows as
a second line. Prints times, peak memory (PSS of the whole process tree) and the ratios against
the targets. Nothing here asserts: the figures are for people to read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from real_vault import write_real_vault  # noqa: E402
from vault_gen import write_vault  # noqa: E402

FLOOR = r"""
import json, resource, sys, time
from pathlib import Path
import genanki
from markdown_it import MarkdownIt
notes, counts, out = sys.argv[1], json.loads(sys.argv[2]), Path(sys.argv[3])
start = time.perf_counter()
md = MarkdownIt("commonmark").enable("table")
files = sorted(Path(notes).rglob("*.md"))
for path in files:
    md.parse(path.read_text(encoding="utf-8"))
model = genanki.Model(1607392319, "Floor", fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
out.mkdir(parents=True, exist_ok=True)
if sys.argv[4:] == ["one-deck"]:
    deck = genanki.Deck(2_000_000_000, "floor")
    for number in range(sum(counts.values())):
        deck.add_note(genanki.Note(model=model, fields=[f"front {number}", f"back {number}"]))
    genanki.Package(deck).write_to_file(str(out / "floor.apkg"), timestamp=1_700_000_000)
    files = []
for index, path in enumerate(files):
    deck = genanki.Deck(2_000_000_000 + index, path.stem)
    for number in range(counts.get(str(path.resolve()), 0)):
        deck.add_note(genanki.Note(model=model, fields=[f"front {number}", f"back {number} of {path.stem}"]))
    genanki.Package(deck).write_to_file(str(out / f"{index}.apkg"), timestamp=1_700_000_000)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "peak_kb": peak}))
"""

BUILD = r"""
import json, resource, sys, time
from pathlib import Path
from notedeck.build import BuildOptions, build_decks
start = time.perf_counter()
workers = int(sys.argv[3]) if len(sys.argv) > 3 else 0
options = BuildOptions(out=Path(sys.argv[2]), **({"workers": workers} if workers else {}))  # 0: the default (auto)
report = build_decks([Path(sys.argv[1])], options)
elapsed = time.perf_counter() - start
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
counts = {}
for result in report.notes:
    counts[str(result.note.path.resolve())] = result.count
print(json.dumps({"seconds": elapsed, "peak_kb": me, "worker_peak_kb": workers,
    "cards": sum(d.plan.new + d.plan.updated + d.plan.unchanged for d in report.decks),
    "read": len(report.notes), "reused": report.reused, "counts": counts,
    "written": sum(1 for d in report.decks if d.written)}))
"""


def _descendants(pid: int) -> list[int]:
    found, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        for task in Path(f"/proc/{parent}/task").glob("*/children"):
            try:
                children = [int(c) for c in task.read_text().split()]
            except OSError:
                continue
            found += children
            frontier += children
    return found


def _pss_kb(pids: list[int]) -> int:
    """Proportional set size of a process tree: shared pages counted once, split between sharers."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def run(script: str, *args: str) -> dict:
    """Run ``script`` in a fresh process tree, sampling its total memory (PSS) every 10 ms."""
    with tempfile.TemporaryFile("w+") as output:  # a file, not a pipe: a large result never blocks
        process = subprocess.Popen([sys.executable, "-c", script, *args], stdout=output, text=True)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _pss_kb(_descendants(process.pid)))
            time.sleep(0.01)
        if process.returncode:
            raise SystemExit(f"benchmark step failed ({process.returncode})")
        output.seek(0)
        result = json.loads(output.read().strip().splitlines()[-1])
    result["pss_kb"] = peak
    return result


def measure(
    notes: Path,
    base: Path,
    workers: int,
    floor: dict,
    paths: list[Path],
    label: str,
    targets: tuple[float, float, float, float] = (1.3, 0.1, 0.05, 2.0),
) -> None:
    out = base / f"decks-{workers}"
    full = min(
        (
            run(BUILD, str(notes), str(out if i == 0 else base / f"again-{workers}-{i}"), str(workers))
            for i in range(2)
        ),
        key=lambda r: r["seconds"],
    )
    print(
        f"{label}: full build {full['seconds']:6.2f} s  {full['cards']} cards, {full['written']} decks written, "
        f"peak {full['pss_kb'] / 1024:.0f} MB PSS (RSS main {full['peak_kb'] / 1024:.0f} MB, "
        f"largest worker {full['worker_peak_kb'] / 1024:.0f} MB)"
    )
    noop = run(BUILD, str(notes), str(out), str(workers))
    print(
        f"{label}: no-op rebuild {noop['seconds']:6.2f} s  {noop['read']} notes read, {noop['reused']} reused, "
        f"{noop['written']} written"
    )
    victim = paths[len(paths) // 2]
    original = victim.read_text()
    victim.write_text(original + "\n- Edited term: a definition added by the benchmark\n")
    one = run(BUILD, str(notes), str(out), str(workers))
    victim.write_text(original)
    print(
        f"{label}: one-note rebuild {one['seconds']:6.2f} s  {one['read']} notes read, {one['written']} decks written"
    )
    ratios = [
        ("full build / floor", full["seconds"] / floor["seconds"], targets[0]),
        ("no-op rebuild / full build", noop["seconds"] / full["seconds"], targets[1]),
        ("one-note rebuild / full build", one["seconds"] / full["seconds"], targets[2]),
        ("peak memory (PSS, all processes) / floor's", full["pss_kb"] / floor["pss_kb"], targets[3]),
    ]
    for name, ratio, target in ratios:
        print(f"  {name:44} {ratio:6.3f}   target <= {target:<5} {'ok' if ratio <= target else 'MISSED'}")


USER_NOTE = HERE.parent / "notes" / "aws.md"

NOTE_BUILD = r"""
import json, shutil, sys, tempfile, time
from pathlib import Path
from notedeck.build import BuildOptions, build_decks
best, cards = 1e9, 0
for _ in range(int(sys.argv[2])):
    out = Path(tempfile.mkdtemp())
    start = time.perf_counter()
    report = build_decks([Path(sys.argv[1])], BuildOptions(out=out))
    best = min(best, time.perf_counter() - start)
    cards = sum(d.plan.new for d in report.decks)
    shutil.rmtree(out)
print(json.dumps({"seconds": best, "cards": cards}))
"""

NOTE_FLOOR = r"""
import json, sys, tempfile, time
from pathlib import Path
import genanki
from markdown_it import MarkdownIt
path, cards, best = Path(sys.argv[1]), int(sys.argv[2]), 1e9
model = genanki.Model(1607392319, "Floor", fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    MarkdownIt("commonmark").enable("table").parse(path.read_text(encoding="utf-8"))
    deck = genanki.Deck(2_000_000_000, path.stem)
    for number in range(cards):
        deck.add_note(genanki.Note(model=model, fields=[f"front {number}", f"back {number}"]))
    genanki.Package(deck).write_to_file(str(Path(tempfile.mkdtemp()) / "floor.apkg"), timestamp=1_700_000_000)
    best = min(best, time.perf_counter() - start)
print(json.dumps({"seconds": best}))
"""


NOTE_FRESH = r"""
import time
start = time.perf_counter()
import json, sys, tempfile
from pathlib import Path
if sys.argv[2] == "floor":
    import genanki
    from markdown_it import MarkdownIt
    path = Path(sys.argv[1])
    model = genanki.Model(1607392319, "Floor", fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
    MarkdownIt("commonmark").enable("table").parse(path.read_text(encoding="utf-8"))
    deck = genanki.Deck(2_000_000_000, path.stem)
    for number in range(int(sys.argv[3])):
        deck.add_note(genanki.Note(model=model, fields=[f"front {number}", f"back {number}"]))
    genanki.Package(deck).write_to_file(str(Path(tempfile.mkdtemp()) / "floor.apkg"), timestamp=1_700_000_000)
else:
    from notedeck.build import BuildOptions, build_decks
    build_decks([Path(sys.argv[1])], BuildOptions(out=Path(tempfile.mkdtemp())))
print(json.dumps({"seconds": time.perf_counter() - start}))
"""
"""One build in a process of its own, its imports included: what ``notedeck build`` costs a user
(no helper has seen the note before, nothing is memoised)."""


def user_note(note: Path = USER_NOTE, repeats: int = 7) -> None:
    """The user's own note, built alone, beside its floor in the same run: best of ``repeats`` builds
    in one process (helpers memoised across them), then best of ``repeats`` fresh processes."""
    with tempfile.TemporaryDirectory(prefix="notedeck-note-") as tmp:
        folder = Path(tmp) / "notes"
        folder.mkdir()
        (folder / note.name).write_bytes(note.read_bytes())
        build = run(NOTE_BUILD, str(folder), str(repeats))
        floor = run(NOTE_FLOOR, str(folder / note.name), str(build["cards"]), str(repeats))
        fresh = min(run(NOTE_FRESH, str(folder), "build")["seconds"] for _ in range(repeats))
        fresh_floor = min(
            run(NOTE_FRESH, str(folder / note.name), "floor", str(build["cards"]))["seconds"] for _ in range(repeats)
        )
    print(
        f"user's note {note.name}: full build {build['seconds'] * 1000:6.0f} ms, {build['cards']} cards; "
        f"floor (parse + bare genanki, same card count) {floor['seconds'] * 1000:6.0f} ms; "
        f"ratio {build['seconds'] / floor['seconds']:.2f}"
    )
    print(
        f"  the same, one build per fresh process (imports included): {fresh * 1000:6.0f} ms; "
        f"floor {fresh_floor * 1000:6.0f} ms; ratio {fresh / fresh_floor:.2f}"
    )


REAL_TARGETS = (1.0, 0.02, 0.02, 2.0)
"""Issue 12's goal on the real-note vault: full build, no-op and one-note rebuilds, memory."""


def vault_bench(notes: Path, paths: list[Path], base: Path, label: str, one_deck: bool, targets: tuple) -> None:
    size = sum(p.stat().st_size for p in paths)
    print(f"{label}: {len(paths)} notes, {size / 1e6:.1f} MB (best of 2 runs for full builds and the floor)")
    counts = run(BUILD, str(notes), str(base / "count"), "1")["counts"]
    extra = ["one-deck"] if one_deck else []
    floor = min(
        (run(FLOOR, str(notes), json.dumps(counts), str(base / f"floor{i}"), *extra) for i in range(2)),
        key=lambda r: r["seconds"],
    )
    shape = f"one deck of {sum(counts.values())} notes" if one_deck else "same notes and decks"
    print(
        f"floor: {floor['seconds']:6.2f} s  markdown-it-py parse + bare genanki, {shape}, "
        f"peak {floor['pss_kb'] / 1024:.0f} MB PSS (RSS {floor['peak_kb'] / 1024:.0f} MB)"
    )
    measure(notes, base, 0, floor, paths, "default (--jobs auto)", targets)
    measure(notes, base, 1, floor, paths, "--jobs 1 (one process)", targets)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variants", type=int, default=48, help="variants of the real notes (0: skip them)")
    parser.add_argument("--notes", type=int, default=1000, help="notes in the synthetic vault (0: skip it)")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores")
    if USER_NOTE.exists():
        user_note()
    if args.variants:
        with tempfile.TemporaryDirectory(prefix="notedeck-bench-") as tmp:
            base = Path(tmp) / "real"
            paths = write_real_vault(base / "notes", args.variants)
            vault_bench(base / "notes", paths, base, "real-note vault", True, REAL_TARGETS)
    if args.notes:
        with tempfile.TemporaryDirectory(prefix="notedeck-bench-") as tmp:
            base = Path(tmp)
            paths = write_vault(base / "notes", args.notes)
            vault_bench(base / "notes", paths, base, "synthetic vault", False, (1.3, 0.1, 0.05, 2.0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
