"""Preview in real headless Chromium, check, watch, media, math, code and safe HTML."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from anki.collection import Collection
from click.testing import CliRunner

from conftest import FIXTURES, Vault, import_apkg
from notedeck.build import BuildOptions
from notedeck.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="no Chromium here; install Debian's chromium (CI does, and never skips this)",
)
MEDIA_VAULT = FIXTURES / "media-vault"


def _chromium(*args: str) -> str:
    assert CHROMIUM is not None, "CI must have Chromium (.ci/run installs it)"
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@needs_chromium
def test_preview_page_in_headless_chromium(vault: Vault, tmp_path: Path) -> None:
    vault.add_aws()
    page = tmp_path / "preview.html"
    result = CliRunner().invoke(main, ["preview", str(vault.notes), "--out", str(page)])
    assert result.exit_code == 0, result.output
    total = int(re.search(r"(\d+) cards", result.output).group(1))
    dom = _chromium("--dump-dom", page.as_uri())
    articles = re.findall(r'<article class="preview"[^>]*>', dom)
    assert len(articles) == total >= 100
    assert f'id="count">{total} cards<' in dom  # the script ran and counted
    assert "EC2 › Placement Groups" in dom and "<li>Cluster</li>" in dom
    assert "notes/aws.md:64" in dom or "aws.md:64" in dom
    filtered = _chromium("--dump-dom", page.as_uri() + "#q=placement%20groups")
    visible = [a for a in re.findall(r'<article class="preview"[^>]*>', filtered) if " hidden" not in a]
    assert 1 <= len(visible) < total
    assert re.search(rf'id="count">{len(visible)} cards<', filtered)
    shot = tmp_path / "preview.png"
    _chromium(f"--screenshot={shot}", "--window-size=1280,1400", page.as_uri() + "#q=spot")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("NOTEDECK_ARTIFACTS"):  # keep the screenshot to look at
        shutil.copyfile(shot, Path(os.environ["NOTEDECK_ARTIFACTS"]) / "preview.png")


def test_check_lists_every_kind_of_problem(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(MEDIA_VAULT / "notes", notes)
    (notes / "lint.md").write_text(
        "# Lint\n\n## Empty\n\n## Terms\n- Spot: cheap spare capacity\n- Spot: the most expensive option\n"
        "- Huge: " + "word " * 300 + "\n\nWhat is the difference then?\n\n## Own card\n\nWhat is huge?::" + "word " * 300 + "\n"
    )
    result = CliRunner().invoke(main, ["check", str(notes)])
    assert result.exit_code == 0
    out = result.output
    assert f"{notes / 'lint.md'}:3: heading with nothing under it: 'Empty'" in out
    assert (
        f"{notes / 'lint.md'}:7: 'Spot' is defined twice differently (also at line 6): one card holds both"
        in out
    )
    assert f"{notes / 'lint.md'}:8: too much for one card (a whole section): 'Huge'" in out
    assert f"{notes / 'lint.md'}:14: very long answer" in out  # the author's own card is kept, and warned of
    assert f"{notes / 'lint.md'}:10: question without an answer" in out
    assert f"{notes / 'network.md'}:4: image not found: img/nope.png" in out
    assert f"{notes / 'network.md'}:5: image refused: ../secret.txt is outside the notes folder" in out
    assert CliRunner().invoke(main, ["check", str(notes), "--strict"]).exit_code == 1


def test_images_arrive_in_the_anki_media_folder(tmp_path: Path, collection: Collection) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(MEDIA_VAULT / "notes", notes)
    result = CliRunner().invoke(main, ["build", str(notes), "--out", str(tmp_path / "decks")])
    assert result.exit_code == 0, result.output
    assert "image refused: ../secret.txt is outside the notes folder" in result.output
    assert "image not found: img/nope.png" in result.output
    import_apkg(collection, tmp_path / "decks" / "network.apkg")
    media = Path(collection.media.dir())
    packed = sorted(p.name for p in media.iterdir())
    assert len(packed) == 2 and all(re.fullmatch(r"nd-[0-9a-f]{16}\.png", name) for name in packed)
    contents = {(media / name).read_bytes() for name in packed}
    assert contents == {
        (notes / "img" / "vpc.png").read_bytes(),
        (notes / "deep" / "er" / "diagram.png").read_bytes(),
    }
    vpc = collection.get_note(collection.find_notes("Front:VPC")[0])
    assert re.search(r'<img src="nd-[0-9a-f]{16}\.png" alt="VPC layout"', vpc["Back"])
    leak = collection.get_note(collection.find_notes("Front:Leak")[0])
    assert "secret" not in leak["Back"]
    assert b"top secret" not in (tmp_path / "decks" / "network.apkg").read_bytes()


def test_math_code_and_tables_render(vault: Vault, collection: Collection) -> None:
    vault.write(
        "m.md",
        "# Math\n- Energy: $E = mc^2$ at rest\n- Gauss: the integral\n\n  $$\\int e^{-x^2} dx$$\n"
        "- Loop: in Python\n\n  ```python\n  for i in range(3):\n      print(i)\n  ```\n"
        "- Compare: see `top -c` and the table\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n",
    )
    import_apkg(collection, vault.build().decks[0].path)
    back = {
        collection.get_note(n)["Front"]: collection.get_note(n)["Back"] for n in collection.find_notes("")
    }
    assert "\\(E = mc^2\\)" in back["Energy"]
    assert "\\[\\int e^{-x^2} dx\\]" in back["Gauss"]
    assert '<span class="hl-k">for</span>' in back["Loop"] and "<pre><code" in back["Loop"]
    assert "<code>top -c</code>" in back["Compare"] and "<table>" in back["Compare"]
    css = collection.models.by_name("notedeck Basic")["css"]
    assert ".nightMode .nd pre .hl-k" in css and ".nd pre .hl-k" in css


def test_raw_html_that_could_run_is_removed_unless_allowed(vault: Vault, collection: Collection) -> None:
    vault.write("x.md", '# X\n- Evil: <script>alert(1)</script> <img src=x onerror="alert(2)">\n')
    import_apkg(collection, vault.build().decks[0].path)
    (nid,) = collection.find_notes("Front:Evil")
    back = collection.get_note(nid)["Back"]
    assert "<script" not in back and "alert" not in back and "onerror" not in back
    trusted = vault.build(allow_html=True, dry_run=True)
    assert trusted.decks[0].plan.updated == 1  # the same card, rendered with raw HTML kept


def test_watch_rebuilds_on_save(vault: Vault) -> None:
    from notedeck.watch import watch_and_build

    note = vault.write("w.md", "# W\n- Spot: cheap spare capacity\n")
    builds: list[tuple[int, list[Path]]] = []
    stop = threading.Event()

    def on_build(report: object, changed: list[Path]) -> None:
        builds.append((report.decks[0].plan.updated, changed))  # type: ignore[attr-defined]
        if len(builds) == 2:
            stop.set()

    thread = threading.Thread(
        target=watch_and_build, args=([vault.notes], BuildOptions(out=vault.out), on_build, stop, 50)
    )
    thread.start()
    deadline = time.monotonic() + 30
    while not builds and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    note.write_text("# W\n- Spot: cheap spare capacity, can be interrupted\n")
    thread.join(timeout=30)
    stop.set()
    assert not thread.is_alive()
    assert builds[0] == (0, [])
    assert builds[1][0] == 1 and builds[1][1] in ([note.resolve()], [note])


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    for name in ("build", "cards", "check", "preview", "watch"):
        assert re.search(rf"^\s+{name}\s", result.output, re.MULTILINE), name


def test_quiet_and_verbose(vault: Vault) -> None:
    vault.write("n.md", "# N\n- SSH: 22\n\nWhat is this then?\n")
    verbose = CliRunner().invoke(main, ["build", str(vault.notes), "--out", str(vault.out), "-v"])
    assert f"{vault.notes / 'n.md'}: 1 cards, 1 skipped" in verbose.output
    assert "question without an answer" in verbose.output
    quiet = CliRunner().invoke(main, ["build", str(vault.notes), "--out", str(vault.out), "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""
    again = CliRunner().invoke(main, ["build", str(vault.notes), "--out", str(vault.out), "-v"])
    assert "1 unchanged notes not read again" in again.output and "up to date:" in again.output
