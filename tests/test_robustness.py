"""Any input, however broken, gives cards or a located NotedeckError — never a crash."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import Vault

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from vault_gen import MARKUP_SOUP

from notedeck.build import BuildOptions, NoteFile, _process, build_decks
from notedeck.config import Config

note_text = st.lists(st.sampled_from(MARKUP_SOUP), max_size=80).map("".join)


def _check(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "n.md"
    path.write_bytes(data)
    result = _process((NoteFile(path, tmp_path), Config(), False))
    if result.error is not None:
        assert result.error.path == path and str(result.error).startswith(f"{path}")
        assert result.error.line is None or result.error.line >= 1
    else:
        assert len(result.rendered) == len(result.cards)
        for card in result.cards:
            assert card.source.path == path and card.source.line >= 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=note_text)
@example(text="\n> - <!--\n> ")  # (markdown-it 4 reads past an unended last line here)
@example(text="> - <?\n> ")
def test_markdown_soup_never_crashes(tmp_path: Path, text: str) -> None:
    _check(tmp_path, text.encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_never_crash(tmp_path: Path, data: bytes) -> None:
    _check(tmp_path, data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_arbitrary_text_never_crashes(tmp_path: Path, text: str) -> None:
    _check(tmp_path, text.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize(
    "text",
    [
        "".join("  " * i + "- level\n" for i in range(1000)),
        "> " * 1000 + "deep quote\n",
        "- " * 1000 + "deep\n",
        "- Term: " + "x" * 1_000_000 + "\n",
        "- " + "*a" * 200_000 + "\n",
        "- " + "`a" * 200_000 + "\n",
        "**" + "a, b. " * 150_000 + "\n",
        "\ufeff# BOM\r\n- SSH: 22\r\n",
        "# Mixed\n- a: 1\n\t- b: 2\n    - c: 3\n\t    - d: 4\n \t- e: 5\n",
        "```python\nnever closed\n- Term: def\n",
        "- **unclosed: emphasis\n- *also: this\n",
    ],
    ids=[
        "1000-nested-lists",
        "1000-nested-quotes",
        "1000-list-markers",
        "1MB-line",
        "200k-stars",
        "200k-backticks",
        "long-bold",
        "bom-crlf",
        "mixed-indent",
        "unclosed-fence",
        "unclosed-emphasis",
    ],
)
def test_extreme_notes(tmp_path: Path, text: str) -> None:
    start = time.monotonic()
    _check(tmp_path, text.encode())
    assert time.monotonic() - start < 60, "an extreme note must not hang the build"


def _alarm(signum: int, frame: object) -> None:
    raise TimeoutError("the build of one note ran past 60 s")


@pytest.mark.parametrize(
    "text",
    [
        # a GCP study note: a fence closed above a run of commands typed as bullets, no fence below
        "## gsutil\n```\n{\n}\n```\n" + "- gsutil label get gs://storage-lab-console-jc-20220131 >bucket_labels.txt\n" * 14,
        "```\n" + "- a line of the list that never meets its closing fence, 1 2 3 4 5 6 7 8\n" * 14,
    ],
    ids=["bullets-after-a-closed-fence", "bullets-after-an-open-fence"],
)
def test_bullets_after_a_fence_end_in_time(tmp_path: Path, text: str) -> None:
    """A pattern that backtracks over every line of such a run never ends (it hung a real note):
    an alarm turns a hang into a failure."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(60)
    try:
        _check(tmp_path, text.encode())
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_bom_and_crlf_read_like_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    path.write_bytes("\ufeff# BOM\r\n- SSH: 22\r\n".encode())
    result = _process((NoteFile(path, tmp_path), Config(), False))
    assert [(c.front, c.back, c.source.line) for c in result.cards] == [("SSH", "22", 2)]


def test_deeply_nested_content_is_not_lost(tmp_path: Path) -> None:
    text = "".join("  " * i + f"- level{i}: item {i}\n" for i in range(60))
    path = tmp_path / "n.md"
    path.write_text(text)
    result = _process((NoteFile(path, tmp_path), Config(), False))
    everything = " ".join(c.front + " " + c.back for c in result.cards)
    assert "item 59" in everything


KILLER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import notedeck.package as package
    real = package.write_apkg
    def slow(path, *args):
        real(path, *args)
        if "victim" in str(path):
            print("WRITTEN-FIRST", flush=True)
    original_zip = package._zip_entry
    def stalled(archive, name, data):
        original_zip(archive, name, data)
        if name == "collection.anki2" and "victim" in str(archive.filename):
            print("MID-WRITE", flush=True)
            time.sleep(60)
    package._zip_entry = stalled
    from notedeck.build import BuildOptions, build_decks
    build_decks([Path(sys.argv[1])], BuildOptions(out=Path(sys.argv[2])))
    """
)


def test_a_build_killed_mid_write_leaves_no_partial_file(vault: Vault) -> None:
    note = vault.write("victim.md", "# V\n- Spot: cheap spare capacity\n")
    vault.build()
    deck = vault.out / "victim.apkg"
    before = deck.read_bytes()
    note.write_text(
        "# V\n- Spot: cheap spare capacity, interruptible\n- Reserved: a discount for a one-year or three-year term\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(vault.notes), str(vault.out)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "MID-WRITE"
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    assert deck.read_bytes() == before  # the previous deck is intact
    leftovers = [
        p.name
        for p in vault.out.rglob("*")
        if p.is_file() and p.name not in ("victim.apkg", "index.json", ".notedeck.lock")
    ]
    assert all(name.endswith(".tmp") or name.endswith(".json") for name in leftovers)
    report = build_decks(
        [vault.notes], BuildOptions(out=vault.out)
    )  # the next build cleans up and catches up
    plan = report.decks[0].plan
    assert (plan.updated, plan.new) == (1, 2)  # Spot changed; Reserved and the "V" list are new
    assert not [p for p in vault.out.rglob("*.tmp")]
    assert deck.read_bytes() != before


@pytest.mark.parametrize("text", ["\n> - <!--\n> ", "> - <?\n> "])
def test_a_field_that_trips_the_markdown_parser_still_renders(text: str) -> None:
    from notedeck.parse import render_html

    assert render_html(text).startswith("<blockquote>")
