"""``make fuzz``: 10,000 generated notes through the whole pipeline; any crash is a bug.

Notes come from the benchmark's templates, then are mutated (markup soup spliced in, bytes
flipped, lines cut, indentation scrambled, deep nesting, huge lines). Each goes through reading,
outline, every extractor, tags and rendering; every 50th is also packaged with genanki. The only
acceptable failure is a NotedeckError that names the file. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from vault_gen import MARKUP_SOUP as SOUP  # noqa: E402
from vault_gen import note  # noqa: E402


def mutate(text: str, rng: random.Random) -> bytes:
    kind = rng.randrange(8)
    if kind == 0:
        pieces = [rng.choice(SOUP) for _ in range(rng.randint(1, 60))]
        positions = sorted(rng.randrange(len(text) + 1) for _ in pieces)
        for offset, (pos, piece) in enumerate(zip(positions, pieces, strict=True)):
            text = text[: pos + offset] + piece + text[pos + offset :]
    elif kind == 1:
        data = bytearray(text.encode())
        for _ in range(rng.randint(1, 20)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    elif kind == 2:
        lines = text.split("\n")
        rng.shuffle(lines)
        text = "\n".join(lines[: rng.randint(1, len(lines))])
    elif kind == 3:
        text = "\n".join(
            rng.choice(["", "\t", "  ", "    ", " \t"]) * rng.randint(0, 6) + line
            for line in text.split("\n")
        )
    elif kind == 4:
        depth = rng.choice([50, 200, 1000])
        text += "".join(rng.choice(["  ", "\t", "    "]) * i + "- nested: item\n" for i in range(depth))
    elif kind == 5:
        text += (
            "\n- Long: " + rng.choice(["word ", "**a ", "`b ", "[[c "]) * rng.randint(1_000, 50_000) + "\n"
        )
    elif kind == 6:
        text = "".join(rng.choice(SOUP) for _ in range(rng.randint(1, 300)))
    return text.encode("utf-8", "surrogatepass")


def check(job: tuple[int, int, str]) -> str | None:
    from notedeck.build import NoteFile, _process
    from notedeck.config import Config
    from notedeck.errors import NotedeckError

    index, seed, folder = job
    rng = random.Random(seed * 1_000_003 + index)
    path = Path(folder) / f"fuzz{index}.md"
    path.write_bytes(mutate(note(seed * 100_000 + index), rng))
    try:
        result = _process((NoteFile(path, Path(folder)), Config(), rng.random() < 0.1))
        if result.error is not None:
            assert isinstance(result.error, NotedeckError) and result.error.path == path
        elif index % 50 == 0 and result.cards:
            from notedeck.identity import assign_guids
            from notedeck.package import write_apkg
            from notedeck.state import NoteRow

            guids = assign_guids("fuzz", result.cards)
            rows = [
                NoteRow(g, "fuzz", r.model, r.fields, c.tags, c.context, 1)
                for c, r, g in zip(result.cards, result.rendered, guids, strict=True)
            ]
            write_apkg(Path(folder) / f"fuzz{index}.apkg", "fuzz", rows, {}, 1_700_000_000)
    except Exception:
        return f"note {index} (seed {seed}): {traceback.format_exc()}"
    finally:
        path.unlink(missing_ok=True)
        (Path(folder) / f"fuzz{index}.apkg").unlink(missing_ok=True)
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.monotonic()
    failures = []
    with tempfile.TemporaryDirectory(prefix="notedeck-fuzz-") as folder, ProcessPoolExecutor(2) as pool:
        jobs = [(i, args.seed, folder) for i in range(args.notes)]
        for done, failure in enumerate(pool.map(check, jobs, chunksize=50), 1):
            if failure:
                failures.append(failure)
                print(failure, file=sys.stderr)
            if done % 2000 == 0:
                print(f"{done} notes, {len(failures)} crashes, {time.monotonic() - start:.0f} s", flush=True)
    print(f"fuzz: {args.notes} generated notes, {len(failures)} crashes, {time.monotonic() - start:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
