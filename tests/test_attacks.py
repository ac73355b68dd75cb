"""Defects found by attacking the build (issue 13): each of these failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import Vault
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
