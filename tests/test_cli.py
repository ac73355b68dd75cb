"""The command line, through click's CliRunner: exit codes and exact output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from conftest import Vault
from notedeck import __version__
from notedeck.cli import main

NOTE = "# Net\n- SSH: secure remote shell\n- HTTP: plain web traffic\n"


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(main, list(args))


def test_build_prints_one_plan_line_per_deck(vault: Vault) -> None:
    vault.write("net.md", NOTE)
    result = run("build", str(vault.notes), "--out", str(vault.out))
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"net: 3 cards (3 new, 0 updated, 0 unchanged, 0 retired) -> wrote {vault.out / 'net.apkg'}\n"
    )
    again = run("build", str(vault.notes), "--out", str(vault.out))
    assert again.output == "1 deck up to date\n"
    verbose = run("build", str(vault.notes), "--out", str(vault.out), "-v")
    assert "net: 3 cards (0 new, 0 updated, 3 unchanged, 0 retired) -> up to date:" in verbose.output


def test_dry_run_writes_nothing(vault: Vault) -> None:
    vault.write("net.md", NOTE)
    result = run("build", str(vault.notes), "--out", str(vault.out), "--dry-run")
    assert result.exit_code == 0
    assert "would write" in result.output
    assert not vault.out.exists()


def test_cards_json_lists_every_card(vault: Vault) -> None:
    vault.write("net.md", NOTE)
    result = run("cards", str(vault.notes / "net.md"), "--json")
    assert result.exit_code == 0
    cards = json.loads(result.output)
    assert [(c["kind"], c["front"], c["back"]) for c in cards] == [
        ("enumeration", "Net — list all 2", "- SSH\n- HTTP"),
        ("definition", "SSH", "secure remote shell"),
        ("definition", "HTTP", "plain web traffic"),
    ]
    assert {c["deck"] for c in cards} == {"net"}
    assert cards[1]["source"].endswith("net.md:2")
    assert len({c["guid"] for c in cards}) == 3
    assert cards[1]["tags"] == ["net"]  # the path tag (note "net", heading "Net") and the topic agree


def test_not_utf8_note_fails_alone_with_its_file_named(vault: Vault) -> None:
    vault.write("good.md", NOTE)
    (vault.notes / "bad.md").write_bytes(b"# Title\n- caf\xe9: latin-1\n")
    result = CliRunner().invoke(main, ["build", str(vault.notes), "--out", str(vault.out)])
    assert result.exit_code == 1
    assert (vault.out / "good.apkg").exists()
    assert not (vault.out / "bad.apkg").exists()
    assert f"error: {vault.notes / 'bad.md'}:2: not UTF-8 text" in result.output


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = run("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "no such file or folder" in result.output


def test_output_inside_notes_is_refused(vault: Vault) -> None:
    vault.write("net.md", NOTE)
    result = run("build", str(vault.notes), "--out", str(vault.notes / "decks"))
    assert result.exit_code == 2
    assert "never writes there" in result.output
    assert not (vault.notes / "decks").exists()


def test_check_reports_with_file_and_line_and_exits_zero_on_warnings(vault: Vault) -> None:
    vault.write("q.md", "# Quiz\n\nWhat is the difference then?\n\n# Next\n- SSH: 22\n")
    result = run("check", str(vault.notes))
    assert result.exit_code == 0
    assert f"{vault.notes / 'q.md'}:3: question without an answer" in result.output
    strict = run("check", str(vault.notes), "--strict")
    assert strict.exit_code == 1


def test_version() -> None:
    result = run("--version")
    assert result.output == f"notedeck, version {__version__}\n"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_with_an_example(name: str) -> None:
    command = main.commands[name]
    assert command.help and "Example" in command.help
    result = run(name, "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_main_help_lists_commands_and_exit_codes() -> None:
    result = run("--help")
    for name in ("build", "cards", "check"):
        assert name in result.output
    assert "Exit status: 0 ok, 1 some notes failed" in result.output


def test_python_dash_m(vault: Vault) -> None:
    vault.write("net.md", NOTE)
    done = subprocess.run(
        [sys.executable, "-m", "notedeck", "cards", str(vault.notes)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "[definition]  Net › SSH" in done.stdout


def test_jobs_takes_auto_or_a_number_of_processes(vault: Vault) -> None:
    vault.write("net.md", NOTE)
    for jobs in ("auto", "1", "2", "0"):
        result = run("build", str(vault.notes), "--out", str(vault.out / jobs), "-j", jobs)
        assert result.exit_code == 0, result.output
        assert (vault.out / jobs / "net.apkg").exists()
    wrong = run("build", str(vault.notes), "--out", str(vault.out), "-j", "many")
    assert wrong.exit_code == 2 and "'many' is neither 'auto' nor a number of processes" in wrong.output
    assert run("build", str(vault.notes), "--out", str(vault.out), "-j", "-3").exit_code == 2
