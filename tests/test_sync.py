"""``notedeck sync``: real collections (official anki package) in temporary folders, a real
AnkiConnect-protocol server over HTTP, and a home folder laid out like Anki's."""

from __future__ import annotations

import pickle
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from anki.collection import Collection
from anki.notes import NoteId
from click.testing import CliRunner

from ankiconnect_server import AnkiConnectServer
from conftest import Vault, import_apkg
from notedeck import notetype
from notedeck.build import BuildOptions, snapshot
from notedeck.cli import main
from notedeck.errors import SyncError
from notedeck.profiles import anki_base, collection_path, default_profile
from notedeck.sync import (
    REMOVED_TAG,
    CollectionView,
    Present,
    Remembered,
    SyncFlags,
    SyncMemory,
    SyncOptions,
    SyncReport,
    plan_sync,
    sync,
)

NET = """---
deck: Net
---
# Net

## Ports
- **SSH**: secure shell, runs on port 22
- **HTTP**: plain web traffic, runs on port 80
- **SMTP**: sends mail between servers
- **DNS**: turns names into addresses
"""

MAIL = """---
deck: Mail
---
# Mail
- **IMAP**: reads mail kept on the server
- **POP3**: downloads mail and removes it from the server
"""


@pytest.fixture
def col_path(tmp_path: Path) -> Path:
    path = tmp_path / "profile" / "collection.anki2"
    path.parent.mkdir()
    Collection(str(path)).close()
    return path


@contextmanager
def opened(path: Path) -> Iterator[Collection]:
    col = Collection(str(path))
    try:
        yield col
    finally:
        col.close()


def run(vault: Vault, col_path: Path, paths: list[Path] | None = None, **options: object) -> SyncReport:
    return sync(paths or [vault.notes], SyncOptions(out=vault.out, collection=col_path, **options))  # type: ignore[arg-type]


def wanted(vault: Vault) -> dict[str, tuple[str, ...]]:
    """GUID -> fields of every card the notes make now (what a build would package)."""
    shot = snapshot([vault.notes], BuildOptions(out=vault.out))
    return {row.guid: row.fields for rows in shot.decks.values() for row in rows}


def notedeck_notes(col: Collection) -> dict[str, tuple[int, tuple[str, ...], list[str], str]]:
    """GUID -> (note id, fields, tags, deck of its first card) of every notedeck note."""
    found = {}
    for nid in col.find_notes(f'"note:{notetype.BASIC_NAME}" OR "note:{notetype.CLOZE_NAME}"'):
        note = col.get_note(nid)
        deck = col.decks.name(note.cards()[0].did)
        found[note.guid] = (note.id, tuple(note.fields), note.tags, deck)
    return found


def rows(col: Collection) -> list[tuple[object, ...]]:
    return sorted(map(tuple, col.db.all("select id, guid, mid, mod, tags, flds from notes")))


def guid_of(vault: Vault, front: str) -> str:
    return next(guid for guid, fields in wanted(vault).items() if fields[0] == front)


# Adding, updating, deleting ----------------------------------------------------------------------


def test_first_sync_adds_every_card_with_the_snapshot_guids_types_decks_and_tags(
    vault: Vault, col_path: Path
) -> None:
    vault.write("net.md", NET)
    report = run(vault, col_path)
    assert report.applied and report.backup is not None and report.backup.exists()
    with opened(col_path) as col:
        held = notedeck_notes(col)
        assert {guid: fields for guid, (_, fields, _, _) in held.items()} == wanted(vault)
        assert {deck for *_, deck in held.values()} == {"Net"}
        note = col.get_note(NoteId(next(iter(held.values()))[0]))
        assert note.note_type()["id"] in (notetype.BASIC_ID, notetype.CLOZE_ID)  # type: ignore[index]
        shot = snapshot([vault.notes], BuildOptions(out=vault.out))
        tags = {row.guid: {t.casefold() for t in row.tags} for row in shot.decks["Net"]}
        assert tags and all({t.casefold() for t in held[g][2]} == tags[g] for g in tags)
    with opened(report.backup) as before:
        assert before.note_count() == 0  # the copy was taken before anything changed
    assert report.plan.decks["Net"].new == len(wanted(vault))


def test_a_second_sync_with_nothing_changed_changes_nothing(vault: Vault, col_path: Path) -> None:
    vault.write("net.md", NET)
    run(vault, col_path)
    with opened(col_path) as col:
        mod, before = col.mod, rows(col)
    report = run(vault, col_path)
    with opened(col_path) as col:
        assert (col.mod, rows(col)) == (mod, before)
    counts = report.plan.decks["Net"]
    assert (counts.new, counts.updated, counts.moved, counts.deleted) == (0, 0, 0, 0)
    assert counts.unchanged == len(wanted(vault))
    assert not report.applied and report.backup is None


def test_a_changed_note_is_updated_in_place_and_keeps_its_review_history(vault: Vault, col_path: Path) -> None:
    note = vault.write("net.md", NET)
    run(vault, col_path)
    ssh = guid_of(vault, "SSH")
    with opened(col_path) as col:
        nid = notedeck_notes(col)[ssh][0]
        card = col.get_note(NoteId(nid)).cards()[0]
        card.start_timer()
        col.sched.answerCard(card, 3)
        reviews = col.db.scalar("select count() from revlog where cid = ?", card.id)
    note.write_text(NET.replace("secure shell, runs on port 22", "secure shell, listens on port 22"))
    report = run(vault, col_path)
    assert report.plan.decks["Net"].updated == 1
    with opened(col_path) as col:
        held = notedeck_notes(col)
        assert held[ssh][0] == nid and "listens on port 22" in held[ssh][1][1]
        assert col.db.scalar("select count() from revlog where cid = ?", card.id) == reviews == 1


def test_a_card_removed_from_the_notes_is_deleted_and_only_notedeck_notes_are_touched(
    vault: Vault, col_path: Path
) -> None:
    note = vault.write("net.md", NET)
    with opened(col_path) as col:  # the user's own note, in the same deck, with the same text
        own = col.new_note(col.models.by_name("Basic"))  # type: ignore[arg-type]
        own["Front"], own["Back"] = "DNS", "turns names into addresses"
        col.add_note(own, int(col.decks.id("Net") or 0))
    run(vault, col_path)
    dns = guid_of(vault, "DNS")
    note.write_text(NET.replace("- **DNS**: turns names into addresses\n", ""))
    report = run(vault, col_path)
    assert report.plan.decks["Net"].deleted == 1
    with opened(col_path) as col:
        held = notedeck_notes(col)
        assert dns not in held and set(held) == set(wanted(vault))
        assert col.get_note(own.id)["Front"] == "DNS"


def test_keep_removed_suspends_and_tags_instead_of_deleting(vault: Vault, col_path: Path) -> None:
    note = vault.write("net.md", NET)
    run(vault, col_path)
    dns = guid_of(vault, "DNS")
    note.write_text(NET.replace("- **DNS**: turns names into addresses\n", ""))
    run(vault, col_path, keep_removed=True)
    with opened(col_path) as col:
        nid = notedeck_notes(col)[dns][0]
        kept = col.get_note(NoteId(nid))
        assert REMOVED_TAG in kept.tags and all(card.queue == -1 for card in kept.cards())
    again = run(vault, col_path, keep_removed=True)
    assert not again.plan.changed
    note.write_text(NET)  # back in the notes: unsuspended, tag gone
    run(vault, col_path)
    with opened(col_path) as col:
        back = col.get_note(NoteId(nid))
        assert REMOVED_TAG not in back.tags and all(card.queue != -1 for card in back.cards())


def test_deleting_more_than_half_of_a_deck_stops_unless_forced(vault: Vault, col_path: Path) -> None:
    note = vault.write("net.md", NET)
    run(vault, col_path)
    note.write_text(NET.split("- **HTTP**")[0])
    with opened(col_path) as col:
        before = rows(col)
    with pytest.raises(SyncError, match="--force"):
        run(vault, col_path)
    with opened(col_path) as col:
        assert rows(col) == before
    result = CliRunner().invoke(main, ["sync", str(vault.notes), "--collection", str(col_path), "-o", str(vault.out)])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "more than half" in result.output and "Traceback" not in result.output
    report = run(vault, col_path, force=True)
    with opened(col_path) as col:
        assert set(notedeck_notes(col)) == set(wanted(vault))
    assert report.plan.decks["Net"].deleted >= 3


def test_dry_run_prints_the_plan_and_changes_nothing(vault: Vault, col_path: Path) -> None:
    vault.write("net.md", NET)
    with opened(col_path) as col:
        before = (col.mod, rows(col))
    result = CliRunner().invoke(
        main, ["sync", str(vault.notes), "--collection", str(col_path), "-o", str(vault.out), "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    assert f"Net: {len(wanted(vault))} new, 0 updated, 0 moved, 0 deleted (0 unchanged)" in result.output
    with opened(col_path) as col:
        assert (col.mod, rows(col)) == before
    assert not (vault.out / ".notedeck-state").exists() or not list((vault.out / ".notedeck-state").glob("sync-*"))
    assert not (col_path.parent / "backups").exists()


def test_images_are_stored_in_the_collection_media(vault: Vault, col_path: Path) -> None:
    (vault.notes / "port.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"pixels" * 10)
    vault.write("net.md", NET.replace("runs on port 22", "runs on port 22 ![](port.png)"))
    run(vault, col_path)
    shot = snapshot([vault.notes], BuildOptions(out=vault.out))
    assert shot.media
    with opened(col_path) as col:
        for name, path in shot.media.items():
            assert (Path(col.media.dir()) / name).read_bytes() == path.read_bytes()


def test_a_sync_of_one_note_never_deletes_the_cards_of_another(vault: Vault, col_path: Path) -> None:
    net, mail = vault.write("net.md", NET), vault.write("mail.md", MAIL)
    run(vault, col_path)
    with opened(col_path) as col:
        everything = set(notedeck_notes(col))
    run(vault, col_path, paths=[net])
    with opened(col_path) as col:
        assert set(notedeck_notes(col)) == everything
    mail.unlink()  # the note file is gone: syncing the folder deletes its cards (all of its deck: --force)
    run(vault, col_path, force=True)
    with opened(col_path) as col:
        assert {deck for *_, deck in notedeck_notes(col).values()} == {"Net"}


def test_nothing_is_deleted_while_a_note_fails_to_read(vault: Vault, col_path: Path) -> None:
    vault.write("net.md", NET)
    mail = vault.write("mail.md", MAIL)
    run(vault, col_path)
    with opened(col_path) as col:
        mails = sum(deck == "Mail" for *_, deck in notedeck_notes(col).values())
    mail.write_bytes(b"\xff\xfe\x00broken")
    report = run(vault, col_path)
    assert mails and report.plan.held == mails and not report.plan.delete
    with opened(col_path) as col:
        assert "Mail" in {deck for *_, deck in notedeck_notes(col).values()}


# The user's decisions ----------------------------------------------------------------------------


def test_a_note_deleted_in_anki_stays_deleted_unless_restore(vault: Vault, col_path: Path) -> None:
    vault.write("net.md", NET)
    run(vault, col_path)
    smtp = guid_of(vault, "SMTP")
    with opened(col_path) as col:
        col.remove_notes([NoteId(notedeck_notes(col)[smtp][0])])
    report = run(vault, col_path)
    assert report.plan.decks["Net"].skipped == 1 and not report.plan.add
    with opened(col_path) as col:
        assert smtp not in notedeck_notes(col)
    run(vault, col_path, restore=True)
    with opened(col_path) as col:
        assert smtp in notedeck_notes(col)


def test_an_edit_in_anki_is_kept_and_reported_until_the_notes_change_or_overwrite(
    vault: Vault, col_path: Path
) -> None:
    note = vault.write("net.md", NET)
    run(vault, col_path)
    http = guid_of(vault, "HTTP")
    with opened(col_path) as col:
        edited = col.get_note(NoteId(notedeck_notes(col)[http][0]))
        edited["Back"] = "my own words for HTTP"
        col.update_note(edited)
    report = run(vault, col_path)
    assert [c.guid for c in report.plan.conflicts] == [http] and report.plan.decks["Net"].edited == 1
    with opened(col_path) as col:
        assert notedeck_notes(col)[http][1][1] == "my own words for HTTP"
    assert not run(vault, col_path).plan.conflicts  # reported once, still kept
    run(vault, col_path, overwrite=True)
    with opened(col_path) as col:
        assert notedeck_notes(col)[http][1] == wanted(vault)[http]
        edited = col.get_note(NoteId(notedeck_notes(col)[http][0]))
        edited["Back"] = "edited again"
        col.update_note(edited)
    note.write_text(NET.replace("plain web traffic", "hypertext transfer"))  # the notes change too
    run(vault, col_path)
    with opened(col_path) as col:
        assert "hypertext transfer" in notedeck_notes(col)[http][1][1]


def test_user_tags_suspensions_flags_and_deck_moves_survive(vault: Vault, col_path: Path) -> None:
    note = vault.write("net.md", NET)
    run(vault, col_path)
    ssh = guid_of(vault, "SSH")
    with opened(col_path) as col:
        mine = col.get_note(NoteId(notedeck_notes(col)[ssh][0]))
        mine.tags.append("hard")
        col.update_note(mine)
        card = mine.cards()[0]
        col.sched.suspend_cards([card.id])
        col.set_user_flag_for_cards(2, [card.id])
        col.set_deck([card.id], int(col.decks.id("Elsewhere") or 0))
        derived = [tag for tag in mine.tags if tag != "hard"]
    note.write_text(NET.replace("deck: Net\n", "deck: Net\ntags: [exam]\n"))
    run(vault, col_path)
    with opened(col_path) as col:
        after = col.get_note(NoteId(mine.id))
        assert "hard" in after.tags and "exam" in after.tags and set(derived) <= set(after.tags)
        card = col.get_card(card.id)
        assert (card.queue, card.user_flag(), col.decks.name(card.did)) == (-1, 2, "Elsewhere")
    note.write_text(NET)  # notedeck's tag goes, the user's stays
    run(vault, col_path)
    with opened(col_path) as col:
        tags = col.get_note(NoteId(mine.id)).tags
        assert "exam" not in tags and "hard" in tags


def test_notes_imported_from_an_apkg_are_recognised_by_guid(vault: Vault, col_path: Path) -> None:
    vault.write("net.md", NET)
    report = vault.build()
    with opened(col_path) as col:
        import_apkg(col, report.decks[0].path)
        before = rows(col)
    result = run(vault, col_path)
    assert not result.plan.add and result.plan.decks["Net"].unchanged == len(wanted(vault))
    with opened(col_path) as col:
        assert rows(col) == before


def test_plan_moves_cards_whose_deck_changed_in_the_notes() -> None:
    """Pure plan: the last sync put the note in Old, the notes now give New."""
    shot = snapshot([], BuildOptions())
    from notedeck.state import NoteRow

    row = NoteRow("ndabc", "New", "basic", ("Q", "A", "", "", "", "definition", ""), ("t",))
    shot.decks["New"] = [row]
    present = Present(7, "ndabc", "basic", row.fields, ("t",), (70, 71), ("Old", "New"))
    digest = __import__("notedeck.sync", fromlist=["fields_hash"]).fields_hash(row.fields)
    memory = SyncMemory("x", {"ndabc": Remembered(7, "Old", digest, digest, ("t",))})
    plan = plan_sync(shot, CollectionView({"ndabc": present}), memory, SyncFlags())
    assert [(m.deck, m.cards) for m in plan.move] == [("New", (70,))]
    assert plan.decks["New"].moved == 1 and not plan.update and not plan.add
    stays = plan_sync(shot, CollectionView({"ndabc": present}), plan.memory, SyncFlags())
    assert not stays.move  # moved back by the user later: their decision


# Safety --------------------------------------------------------------------------------------------


def test_a_collection_open_elsewhere_is_refused_in_one_line(vault: Vault, col_path: Path) -> None:
    vault.write("net.md", NET)
    holder = Collection(str(col_path))  # like Anki desktop, which holds its collection open
    try:
        result = CliRunner().invoke(main, ["sync", str(vault.notes), "--collection", str(col_path), "-o", str(vault.out)])
    finally:
        holder.close()
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "close Anki" in result.output and "--via ankiconnect" in result.output


def test_a_collection_held_by_another_process_is_refused(vault: Vault, col_path: Path) -> None:
    vault.write("net.md", NET)
    script = "import sys,time;from anki.collection import Collection;c=Collection(sys.argv[1]);print('open',flush=True);time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", script, str(col_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(SyncError, match="is open in Anki"):
            run(vault, col_path)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_missing_anki_package_says_how_to_install_it(
    vault: Vault, col_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.write("net.md", NET)
    monkeypatch.setitem(sys.modules, "anki", None)  # as if it were not installed
    result = CliRunner().invoke(main, ["sync", str(vault.notes), "--collection", str(col_path), "-o", str(vault.out)])
    assert result.exit_code == 1 and "pip install 'notedeck[sync]'" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_sync_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["sync", "--help"])
    assert result.exit_code == 0 and "notedeck sync --dry-run" in result.output


# Finding the collection ------------------------------------------------------------------------


def make_anki_home(base: Path, profiles: list[str], last: str | None) -> None:
    """Anki's own layout: prefs21.db with a pickled _global row, one folder per profile."""
    base.mkdir(parents=True)
    for name in profiles:
        (base / name).mkdir()
        Collection(str(base / name / "collection.anki2")).close()
    db = sqlite3.connect(base / "prefs21.db")
    db.execute("create table profiles (name text primary key collate nocase, data blob not null)")
    meta = {"created": 1, "id": 42, "ver": 0, "updates": True}
    if last is not None:
        meta["last_loaded_profile_name"] = last
    db.execute("insert into profiles values ('_global', ?)", (pickle.dumps(meta, protocol=4),))
    for name in profiles:
        db.execute("insert into profiles values (?, ?)", (name, pickle.dumps({"mainWindowState": None})))
    db.commit()
    db.close()


def test_anki_base_per_system(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert anki_base({}, "linux", home) == home / ".local" / "share" / "Anki2"
    assert anki_base({"XDG_DATA_HOME": str(tmp_path / "xdg")}, "linux", home) == tmp_path / "xdg" / "Anki2"
    assert anki_base({}, "darwin", home) == home / "Library" / "Application Support" / "Anki2"
    assert anki_base({"APPDATA": str(tmp_path / "roaming")}, "win32", home) == tmp_path / "roaming" / "Anki2"


def test_the_default_profile_is_the_last_one_opened_and_profile_picks_another(tmp_path: Path) -> None:
    base = tmp_path / "Anki2"
    make_anki_home(base, ["User 1", "Work"], last="Work")
    assert default_profile(base) == "Work"
    assert collection_path(None, base) == base / "Work" / "collection.anki2"
    assert collection_path("User 1", base) == base / "User 1" / "collection.anki2"
    with pytest.raises(SyncError, match="no Anki profile named 'Nope'"):
        collection_path("Nope", base)


def test_without_a_last_profile_the_only_profile_is_used(tmp_path: Path) -> None:
    make_anki_home(tmp_path / "one", ["Solo"], last=None)
    assert default_profile(tmp_path / "one") == "Solo"
    make_anki_home(tmp_path / "two", ["A", "B"], last=None)
    with pytest.raises(SyncError, match="--profile"):
        default_profile(tmp_path / "two")


def test_sync_finds_the_default_profile_in_a_linux_home(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    make_anki_home(home / ".local" / "share" / "Anki2", ["User 1", "Work"], last="Work")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("ANKI_BASE", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    vault.write("net.md", NET)
    result = CliRunner().invoke(main, ["sync", str(vault.notes), "-o", str(vault.out)])
    assert result.exit_code == 0, result.output
    with opened(home / ".local" / "share" / "Anki2" / "Work" / "collection.anki2") as col:
        assert set(notedeck_notes(col)) == set(wanted(vault))
    with opened(home / ".local" / "share" / "Anki2" / "User 1" / "collection.anki2") as col:
        assert col.note_count() == 0


# Through AnkiConnect -------------------------------------------------------------------------------


@pytest.fixture
def server(col_path: Path) -> Iterator[AnkiConnectServer]:
    col = Collection(str(col_path))
    try:
        with AnkiConnectServer(col) as running:
            yield running
    finally:
        col.close()


def via(vault: Vault, server: AnkiConnectServer, **options: object) -> SyncReport:
    return sync([vault.notes], SyncOptions(out=vault.out, via="ankiconnect", url=server.url, **options))  # type: ignore[arg-type]


def test_ankiconnect_sync_adds_updates_and_deletes_with_the_snapshot_guids(
    vault: Vault, server: AnkiConnectServer
) -> None:
    col = server.actions.col
    note = vault.write("net.md", NET)
    first = via(vault, server)
    assert "multi" in server.actions.calls and "importPackage" in server.actions.calls
    assert {g: f for g, (_, f, _, _) in notedeck_notes(col).items()} == wanted(vault)
    assert first.backup is not None
    server.actions.calls.clear()
    mod, before = col.mod, rows(col)
    second = via(vault, server)
    assert not second.plan.changed and (col.mod, rows(col)) == (mod, before)
    assert set(server.actions.calls) <= {"version", "findNotes", "notesInfo", "cardsInfo"}
    note.write_text(NET.replace("runs on port 80", "runs on port 8080").replace("- **DNS**: turns names into addresses\n", ""))
    ids = {g: nid for g, (nid, *_) in notedeck_notes(col).items()}
    third = via(vault, server)
    assert third.plan.decks["Net"].updated >= 1 and third.plan.decks["Net"].deleted == 1
    held = notedeck_notes(col)
    assert {g: f for g, (_, f, _, _) in held.items()} == wanted(vault)
    assert all(ids[g] == nid for g, (nid, *_) in held.items())  # updated in place
    backups = list(third.backup.rglob("*.apkg")) if third.backup else []
    assert backups and all(path.stat().st_size > 0 for path in backups)


def test_ankiconnect_keeps_the_users_deletions_and_edits(vault: Vault, server: AnkiConnectServer) -> None:
    col = server.actions.col
    vault.write("net.md", NET)
    via(vault, server)
    smtp, http = guid_of(vault, "SMTP"), guid_of(vault, "HTTP")
    col.remove_notes([NoteId(notedeck_notes(col)[smtp][0])])
    edited = col.get_note(NoteId(notedeck_notes(col)[http][0]))
    edited["Back"] = "my words"
    col.update_note(edited)
    report = via(vault, server)
    assert smtp not in notedeck_notes(col) and notedeck_notes(col)[http][1][1] == "my words"
    assert [c.guid for c in report.plan.conflicts] == [http]
    via(vault, server, restore=True)
    assert smtp in notedeck_notes(col)


def test_ankiconnect_recognises_apkg_imports_by_their_fields(vault: Vault, server: AnkiConnectServer) -> None:
    col = server.actions.col
    vault.write("net.md", NET)
    import_apkg(col, vault.build().decks[0].path)
    before = rows(col)
    report = via(vault, server)
    assert not report.plan.changed and report.plan.unknown == 0 and rows(col) == before


def test_ankiconnect_not_running_is_one_clear_line(vault: Vault, tmp_path: Path) -> None:
    vault.write("net.md", NET)
    result = CliRunner().invoke(
        main,
        ["sync", str(vault.notes), "-o", str(vault.out), "--via", "ankiconnect", "--ankiconnect-url", "http://127.0.0.1:9"],
    )
    assert result.exit_code == 1 and "AnkiConnect does not answer" in result.output
    assert len(result.output.strip().splitlines()) == 1


# Identity across syncs (no build in between) -----------------------------------------------------


def test_sync_alone_recognises_a_renamed_term_file_and_deck(vault: Vault, col_path: Path) -> None:
    """A user who only ever syncs: renames are recognised from what the last sync remembered."""
    from test_regenerate import _history, _review_all

    note = vault.write(
        "ec2.md",
        "# EC2\n- Spot: the highest bidder pays, up to 90% off\n- Reserved: one or three years for a discount\n",
    )
    run(vault, col_path)
    with opened(col_path) as col:
        _review_all(col)
        before = _history(col)
    note.write_text(
        "# EC2\n- Spot Instances: the highest bidder pays, up to 90% off\n"
        "- Reserved: one or three years for a discount\n"
    )
    (vault.notes / "compute").mkdir()
    note.rename(vault.notes / "compute" / "ec2-notes.md")
    report = run(vault, col_path)
    assert sum(deck.new for deck in report.plan.decks.values()) == 0
    assert sum(deck.deleted for deck in report.plan.decks.values()) == 0
    with opened(col_path) as col:
        after = _history(col)
        assert set(after) == set(before)
        assert {guid: after[guid] for guid in before} == before
        decks = {deck for _, _, _, deck in notedeck_notes(col).values()}
    assert decks == {"compute::ec2-notes"}  # moved to the deck the note now names
