"""Defects found by attacking the build (issue 13): each of these failed before its fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anki.collection import Collection
from click.testing import CliRunner

from conftest import Vault, import_apkg
from notedeck.build import deck_path
from notedeck.cli import main


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


def test_a_symlinked_image_never_packs_what_it_points_outside(vault: Vault, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the password")
    (vault.notes / "att").mkdir()
    (vault.notes / "att" / "cat.png").symlink_to(secret)
    vault.write("pets.md", "# Pets\n- Cat: a small animal ![[cat.png]]\n")
    result = run("build", str(vault.notes), "--out", str(vault.out))
    assert "image refused: cat.png is outside the notes folder" in result.output  # type: ignore[attr-defined]
    import zipfile

    with zipfile.ZipFile(vault.out / "pets.apkg") as package:
        assert all(package.read(name) != b"the password" for name in package.namelist())
    check = run("check", str(vault.notes))
    assert "image refused: cat.png is outside the notes folder" in check.output  # type: ignore[attr-defined]


@pytest.mark.parametrize("deck", ["../../notes/planted", "/tmp/planted", ".", "..", "a::..::b", "x/../../y"])
def test_a_deck_name_never_leaves_the_output_folder(tmp_path: Path, deck: str) -> None:
    out = tmp_path / "decks"
    path = deck_path(out, deck).resolve()
    assert path.is_relative_to(out.resolve()) and path.suffix == ".apkg"


def test_front_matter_deck_cannot_plant_a_package_in_the_notes(vault: Vault) -> None:
    vault.write("evil.md", "---\ndeck: ../notes/planted\n---\n# E\n- Term: a definition that matters\n")
    result = run("build", str(vault.notes), "--out", str(vault.out))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert not list(vault.notes.rglob("*.apkg"))
    assert list(vault.out.rglob("*.apkg"))


def test_deck_file_names_keep_their_dots(tmp_path: Path) -> None:
    assert deck_path(tmp_path, "python-3.11").name == "python-3.11.apkg"
    assert deck_path(tmp_path, "python-3.12").name == "python-3.12.apkg"


def test_preview_refuses_to_write_into_the_notes(vault: Vault) -> None:
    note = vault.write("a.md", "# A\n- Term: a definition that matters\n")
    before = note.read_bytes()
    result = run("preview", str(vault.notes), "--out", str(note))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert note.read_bytes() == before


def test_cleanup_removes_only_notedecks_own_temporary_files(vault: Vault) -> None:
    vault.write("a.md", "# A\n- Term: a definition that matters\n")
    vault.out.mkdir()
    mine = vault.out / ".a.apkg.k3j2h1g0.tmp"
    mine.write_text("left by a killed build")
    theirs = vault.out / ".draft.md.tmp"
    theirs.write_text("a user's file")
    vault.build()
    assert not mine.exists() and theirs.exists()


def test_one_unreadable_note_does_not_stop_the_others(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    # the tests run as root, who reads every file: the permission error is raised at the OS boundary
    vault.write("good.md", "# G\n- Term: a definition that matters\n")
    bad = vault.write("bad.md", "# B\n- Term: another definition\n")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "bad.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run("build", str(vault.notes), "--out", str(vault.out))
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    assert (vault.out / "good.apkg").exists()
    assert f"{bad}: cannot read: Permission denied" in result.output  # type: ignore[attr-defined]


def test_a_note_with_no_cards_says_so_and_makes_no_deck(vault: Vault) -> None:
    vault.write("prose.md", "Just a thought I had.\n")
    result = run("build", str(vault.notes), "--out", str(vault.out))
    assert result.exit_code == 0
    assert f"no cards in {vault.notes / 'prose.md'}" in result.output  # type: ignore[attr-defined]
    assert "decks up to date" not in result.output  # type: ignore[attr-defined]
    verbose = run("build", str(vault.notes), "--out", str(vault.out), "-v")
    assert "prose:" not in verbose.output  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[tags]\nrenme = { db = "databases" }\n', "unknown setting(s) in [tags]: renme"),
        ('[decks]\n"k.md" = 5\n', "[decks] 'k.md' must name a deck as a string"),
    ],
)
def test_config_typos_and_wrong_types_are_errors_with_the_key(vault: Vault, toml: str, message: str) -> None:
    vault.write("a.md", "# A\n- Term: a definition that matters\n")
    (vault.notes / "notedeck.toml").write_text(toml)
    result = run("build", str(vault.notes), "--out", str(vault.out))
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert message in result.output  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "damage",
    [
        "not json at all",
        '{"format": 1, "deck": "a", "notes": []}',
        '{"format": 1, "deck": "a", "notes": {"ndx": [1, 2]}}',
    ],
)
def test_a_damaged_deck_state_is_set_aside_and_only_that_deck_starts_afresh(vault: Vault, damage: str) -> None:
    from notedeck.state import FORMAT, deck_state_path

    vault.write("a.md", "# A\n- Term: a definition that matters\n")
    vault.write("b.md", "# B\n- Bravo: the second definition that matters\n")
    vault.build()
    folder = vault.out / ".notedeck-state"
    damaged = deck_state_path(folder, "a")
    damaged.write_text(damage.replace('"format": 1', f'"format": {FORMAT}'))
    (vault.notes / "a.md").write_text("# A\n- Term: a definition that matters, edited\n")
    result = run("build", str(vault.notes), "--out", str(vault.out))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert "damaged build state" in result.output and "set aside" in result.output  # type: ignore[attr-defined]
    assert damaged.with_name(damaged.name + ".damaged").exists()
    assert deck_state_path(folder, "b").exists()
    assert "Traceback" not in result.output  # type: ignore[attr-defined]


def test_a_damaged_index_is_set_aside_and_every_note_read_again(vault: Vault) -> None:
    vault.write("a.md", "# A\n- Term: a definition that matters\n")
    vault.build()
    index = vault.out / ".notedeck-state" / "index.json"
    index.write_text('{"format": 2, "sources": {"x": {"decks": {}}}}')
    result = run("build", str(vault.notes), "--out", str(vault.out))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert "damaged build state" in result.output  # type: ignore[attr-defined]


def test_watch_reports_a_config_typo_and_keeps_watching(vault: Vault) -> None:
    import threading
    import time

    from notedeck.build import BuildOptions
    from notedeck.watch import watch_and_build

    vault.write("w.md", "# W\n- Spot: cheap spare capacity\n")
    config = vault.notes / "notedeck.toml"
    config.write_text("deck_prefx = 'oops'\n")
    errors: list[str] = []
    builds: list[int] = []
    stop = threading.Event()

    def on_build(report: object, changed: list[Path]) -> None:
        builds.append(len(changed))
        stop.set()

    thread = threading.Thread(
        target=watch_and_build,
        args=([vault.notes], BuildOptions(out=vault.out), on_build, stop, 50),
        kwargs={"on_error": lambda error: errors.append(str(error))},
    )
    thread.start()
    deadline = time.monotonic() + 30
    while not errors and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    config.write_text("deck_prefix = 'Certs'\n")
    thread.join(timeout=30)
    stop.set()
    assert not thread.is_alive()
    assert errors and "unknown setting(s): deck_prefx" in errors[0]
    assert builds  # the fixed config built


def test_a_second_build_waits_for_the_first_instead_of_crashing_it(vault: Vault) -> None:
    import fcntl
    import threading
    import time

    vault.write("a.md", "# A\n- Term: a definition that matters\n")
    vault.out.mkdir()
    with (vault.out / ".notedeck.lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # a first build is writing
        done: list[object] = []
        second = threading.Thread(target=lambda: done.append(vault.build()))
        second.start()
        time.sleep(0.5)
        assert not done, "the second build must wait for the first"
        fcntl.flock(held, fcntl.LOCK_UN)
    second.join(timeout=30)
    assert done and (vault.out / "a.apkg").exists()


def test_an_output_that_is_a_file_is_one_line_not_a_traceback(vault: Vault, tmp_path: Path) -> None:
    vault.write("a.md", "# A\n- Term: a definition that matters\n")
    target = tmp_path / "not-a-folder"
    target.write_text("")
    result = run("build", str(vault.notes), "--out", str(target))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert result.output.strip() == f"Error: {target}: cannot write: File exists"  # type: ignore[attr-defined]


def test_the_package_of_a_deleted_note_goes_once_its_cards_were_retired(vault: Vault) -> None:
    vault.write("a.md", "# A\n- Term: a definition that matters\n")
    gone = vault.write("b.md", "# B\n- Bravo: the second definition that matters\n")
    vault.build()
    gone.unlink()
    retiring = run("build", str(vault.notes), "--out", str(vault.out))
    assert "1 retired" in retiring.output and (vault.out / "b.apkg").exists()  # type: ignore[attr-defined]
    after = run("build", str(vault.notes), "--out", str(vault.out))
    assert f"removed {vault.out / 'b.apkg'}" in after.output  # type: ignore[attr-defined]
    assert not (vault.out / "b.apkg").exists() and (vault.out / "a.apkg").exists()


def test_harmless_inline_html_formats_and_nothing_able_to_run_survives(
    vault: Vault, collection: Collection
) -> None:
    (vault.notes / "img").mkdir()
    (vault.notes / "img" / "cell.png").write_bytes(b"\x89PNG\r\n\x1a\n a cell")
    vault.write(
        "chem.md",
        "# Chemistry\n"
        "- Water: H<sub>2</sub>O, <ins>polar</ins>, <u>bent</u>, <mark>100 °C</mark><br>boils\n"
        "- Copy: press <kbd>Ctrl</kbd>+<kbd>C</kbd>\n"
        '- Cell: the unit of life <img src="img/cell.png" alt="a cell" onerror="alert(1)">\n'
        "- Generic: a List<String> holds strings\n"
        '- Evil: <a href="javascript:alert(2)">click</a> <iframe src="https://x.test"></iframe>'
        "<svg onload=alert(3)></svg> <style>body{display:none}</style> gone\n",
    )
    report = vault.build()
    import_apkg(collection, report.decks[0].path)
    back = {
        collection.get_note(nid)["Front"]: collection.get_note(nid)["Back"]
        for nid in collection.find_notes("deck:*")
    }
    assert back["Water"] == "H<sub>2</sub>O, <ins>polar</ins>, <u>bent</u>, <mark>100 °C</mark><br>boils"
    assert back["Copy"] == "press <kbd>Ctrl</kbd>+<kbd>C</kbd>"
    assert back["Generic"] == "a List&lt;String&gt; holds strings"
    (image,) = re.findall(r'<img [^>]*src="([^"]+)"', back["Cell"])
    assert image.startswith("nd-") and "onerror" not in back["Cell"]
    assert (Path(collection.media.dir()) / image).read_bytes() == b"\x89PNG\r\n\x1a\n a cell"
    evil = back["Evil"]
    for able_to_run in ("javascript", "iframe", "svg", "onload", "alert", "<style", "display:none"):
        assert able_to_run not in evil
    assert "click" in evil and "gone" in evil


def test_split_by_h2_splits_by_the_second_level_whatever_the_first(vault: Vault, collection: Collection) -> None:
    vault.write(
        "net.md",
        "# Networking notes\n- Latency: the delay before data arrives\n"
        "## Storage\n- S3: object storage with eleven nines of durability\n"
        "### Classes\n- Glacier: archive storage retrieved in minutes to hours\n"
        "## Messaging\n- SQS: a managed message queue that polls\n",
    )
    vault.write("flat.md", "# Only one level\n- Term: a definition that stays in its deck\n")
    report = vault.build(split_by="h2")
    for deck in report.decks:
        import_apkg(collection, deck.path)
    deck_of = {
        collection.get_note(collection.get_card(cid).nid)["Front"].split(" — ")[-1]: collection.decks.name(
            collection.get_card(cid).did
        )
        for cid in collection.find_cards("deck:*")
    }
    assert deck_of == {
        "Latency": "net",
        "S3": "net::Storage",
        "Glacier": "net::Storage",
        "SQS": "net::Messaging",
        "Term": "flat",
    }


def test_an_image_removed_while_watch_runs_is_a_warning_and_the_next_build_catches_up(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One process, as under ``watch``: the media index and the rendered cards outlive the image."""
    from notedeck import build as build_module

    (vault.notes / "img").mkdir()
    image = vault.notes / "img" / "cell.png"
    image.write_bytes(b"first")
    note = vault.write("bio.md", "# Bio\n- Cell: the unit of life ![[cell.png]]\n")
    assert vault.build().decks[0].media == 1
    # moved to another folder: the index made by the last build is stale
    (vault.notes / "pics").mkdir()
    image.rename(vault.notes / "pics" / "cell.png")
    note.write_text("# Bio\n- Cell: the smallest unit of life ![[cell.png]]\n")
    moved = vault.build()
    assert moved.decks[0].media == 1 and not moved.warnings and not moved.decks[0].warnings
    # removed after its card was rendered, before the deck was written
    real = build_module.render_result

    def render_then_remove(*args: object, **kwargs: object) -> object:
        rendered = real(*args, **kwargs)  # type: ignore[arg-type]
        (vault.notes / "pics" / "cell.png").unlink(missing_ok=True)
        return rendered

    monkeypatch.setattr(build_module, "render_result", render_then_remove)
    note.write_text("# Bio\n- Cell: the smallest living unit ![[cell.png]]\n")
    raced = vault.build()
    assert any("image removed while building" in w for w in raced.decks[0].warnings)
    monkeypatch.setattr(build_module, "render_result", real)
    after = vault.build()
    assert after.reused == 0  # the note is rendered again, now without the image
    assert any("image not found: cell.png" in w for w in [*after.warnings, *after.decks[0].warnings]) or any(
        "image not found: cell.png" in w for n in after.notes for w in n.warnings
    )


def test_a_picture_whose_address_is_in_angle_brackets_keeps_its_brackets_and_spaces(vault: Vault, tmp_path: Path) -> None:
    (vault.notes / "assets").mkdir()
    (vault.notes / "assets" / "image (14).png").write_bytes(b"\x89PNG\r\n\x1a\n picture fourteen")
    vault.write(
        "force.md",
        "# Magnetic force\n\n- Lorentz force: the force on a charge moving through a field ![](<assets/image (14).png>)\n\n"
        "When an electric **charge q** moves through a **magnetic field B**, it feels a force of magnitude ![](<assets/image (14).png>). "
        "Theta is the angle between v and B.\n",
    )
    result = run("build", str(vault.notes), "--out", str(vault.out))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert "image not found" not in result.output  # type: ignore[attr-defined]
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_apkg(col, vault.out / "force.apkg")
        sides = [side for cid in col.find_cards("") for side in (col.get_card(cid).question(), col.get_card(cid).answer())]
        assert not [side for side in sides if re.search(r"png(?:>|&gt;)\)", side)]  # (no address cut at its first bracket)
        sources = {found for side in sides for found in re.findall(r'<img src="([^"]+)"', side)}
        assert sources and all((Path(col.media.dir()) / src).read_bytes().endswith(b"picture fourteen") for src in sources)
    finally:
        col.close()
