"""Regenerating: edit notes, rebuild, re-import into the same collection — reviews survive.

Everything here goes through real Anki: build -> import -> review with the v3 scheduler ->
edit the note -> rebuild -> import again with the desktop app's default options.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from anki.collection import Collection

from conftest import Vault, import_apkg
from notedeck.build import BuildOptions, build_decks

NOTE = """# AWS

## 1. Compute
### EC2
- **Purchasing Options:**
\t- On-Demand: pay the full price for what you use
\t- Reserved: 1-3 year for a discount
\t- Spot: the highest bidder pays
- **Hibernate:** preserve in-memory state

## 2. Storage
- **EBS Multi-attach:** one volume attached to many instances
- **Instance Store:** fast ephemeral disk
"""

EDITS = {
    "definition text changes": (
        "Spot: the highest bidder pays",
        "Spot: the highest bidder pays; up to 90% cheaper",
    ),
    "bullet inserted before": (
        "\t- On-Demand: pay",
        "\t- Savings Plans: commit to usage for a discount\n\t- On-Demand: pay",
    ),
    "bullet deleted before": ("\t- Reserved: 1-3 year for a discount\n", ""),
    "bullets reordered": (
        "\t- Reserved: 1-3 year for a discount\n\t- Spot: the highest bidder pays\n",
        "\t- Spot: the highest bidder pays\n\t- Reserved: 1-3 year for a discount\n",
    ),
    "heading renamed and renumbered": ("## 1. Compute", "## 7. Compute power"),
    "moved to another section": (
        "- **Hibernate:** preserve in-memory state\n",
        "",
        "- **Instance Store:** fast ephemeral disk\n",
        "- **Instance Store:** fast ephemeral disk\n- **Hibernate:** preserve in-memory state\n",
    ),
    "re-indented tabs to spaces": ("\t- ", "    - "),
}


def _note_by_front(col: Collection) -> dict[str, int]:
    notes = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        notes[re.sub(r"<[^>]+>", "", note["Front"])] = nid
    return notes


def _review_all(col: Collection, times: int = 2) -> None:
    """Answer every due card 'Good' a few times with the v3 scheduler."""
    assert col.v3_scheduler()
    for did in {col.get_card(cid).did for cid in col.find_cards("")}:
        col.decks.select(did)
    for _ in range(times * len(col.find_cards(""))):
        card = col.sched.getCard()
        if card is None:
            break
        col.sched.answerCard(card, 3)


def _history(col: Collection) -> dict[str, tuple[int, int, int, int]]:
    """GUID -> (reps, interval, due, revlog entries) of each note's first card."""
    result = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        card = note.cards()[0]
        revlog = col.db.scalar("select count() from revlog where cid = ?", card.id)
        result[note.guid] = (card.reps, card.ivl, card.due, revlog)
    return result


def _apply(path: Path, edit: tuple[str, ...]) -> None:
    text = path.read_text()
    for old, new in zip(edit[::2], edit[1::2], strict=True):
        assert old in text, old
        text = text.replace(old, new, 1) if old != "\t- " else text.replace(old, new)
    path.write_text(text)


@pytest.mark.parametrize("edit", sorted(EDITS), ids=sorted(EDITS))
def test_everyday_edit_keeps_reviews_and_updates_in_place(
    vault: Vault, collection: Collection, edit: str
) -> None:
    note = vault.write("aws.md", NOTE)
    import_apkg(collection, vault.build().decks[0].path)
    _review_all(collection)
    before = _history(collection)
    assert all(reps > 0 and revlog > 0 for reps, _, _, revlog in before.values())
    notes_before = len(collection.find_notes(""))

    _apply(note, EDITS[edit])
    report = vault.build()
    plan = report.decks[0].plan
    log = import_apkg(collection, report.decks[0].path)

    after = _history(collection)
    assert set(before) <= set(after)
    for guid in before:
        assert after[guid] == before[guid], guid  # reps, interval, due and revlog untouched
    new_fronts = {
        collection.get_note(n)["Front"]
        for n in collection.find_notes("")
        if collection.get_note(n).guid not in before
    }
    assert len(collection.find_notes("")) == notes_before + plan.new
    assert len(log.new) == plan.new and len(log.conflicting) == 0
    if edit == "definition text changes":
        spot = collection.get_note(_note_by_front(collection)["Spot"])
        assert "up to 90% cheaper" in spot["Back"] and plan.updated == 1 and plan.new == 0
        assert len(log.updated) == 1
    elif edit == "bullet inserted before":
        assert new_fronts == {"Savings Plans"} and plan.new == 1
    elif edit == "bullet deleted before":
        reserved = collection.get_note(_note_by_front(collection)["Reserved"])
        assert "notedeck::retired" in reserved.tags and plan.retired == 1
    elif edit == "heading renamed and renumbered":
        assert (
            plan.new == 0
            and "Compute power" in collection.get_note(_note_by_front(collection)["Spot"])["Context"]
        )
    elif edit == "moved to another section":
        hibernate = collection.get_note(_note_by_front(collection)["Hibernate"])
        assert "aws::storage" in hibernate.tags and plan.new == 0
        assert "Storage" in hibernate["Context"]
    else:
        assert plan.new == 0 and plan.retired == 0
    assert not new_fronts or edit == "bullet inserted before"


def test_unchanged_rebuild_changes_nothing_in_anki(vault: Vault, collection: Collection) -> None:
    vault.write("aws.md", NOTE)
    import_apkg(collection, vault.build().decks[0].path)
    _review_all(collection, times=1)
    before = _history(collection)
    mods = {nid: collection.get_note(nid).mod for nid in collection.find_notes("")}
    report = vault.build()
    assert report.decks[0].plan.unchanged == len(mods) and report.decks[0].plan.updated == 0
    log = import_apkg(collection, report.decks[0].path)
    assert len(log.new) == 0 and len(log.updated) == 0
    assert _history(collection) == before
    assert {nid: collection.get_note(nid).mod for nid in collection.find_notes("")} == mods


def test_retired_card_is_tagged_once_then_forgotten(vault: Vault, collection: Collection) -> None:
    note = vault.write("aws.md", NOTE)
    import_apkg(collection, vault.build().decks[0].path)
    _apply(note, ("\t- Spot: the highest bidder pays\n", ""))
    first = vault.build()
    assert first.decks[0].plan.retired == 1
    import_apkg(collection, first.decks[0].path)
    retired = collection.find_notes("tag:notedeck::retired")
    assert [collection.get_note(n)["Front"] for n in retired] == ["Spot"]
    assert (
        len(collection.find_notes("-tag:notedeck::retired"))
        == first.decks[0].plan.unchanged + first.decks[0].plan.updated
    )
    assert vault.build().decks[0].plan.retired == 0


def test_two_cards_with_the_same_term_keep_their_own_identity(vault: Vault, collection: Collection) -> None:
    text = "# S3\n## Security\n- Encryption: SSE-S3\n# SQS\n## Security\n- Encryption: KMS\n"
    note = vault.write("aws.md", text)
    import_apkg(collection, vault.build().decks[0].path)
    _review_all(collection)
    before = _history(collection)
    # a third "Security" section appears *above* the others: it must not steal a GUID
    note.write_text("# EC2\n## Security\n- Encryption: EBS\n" + text)
    report = vault.build()
    assert (report.decks[0].plan.new, report.decks[0].plan.updated) == (1, 0)
    import_apkg(collection, report.decks[0].path)
    encryption = [collection.get_note(n) for n in collection.find_notes('"Front:* — Encryption"')]
    assert sorted(note["Back"] for note in encryption) == ["EBS", "KMS", "SSE-S3"]
    after = _history(collection)
    assert {guid: after[guid] for guid in before} == before


def test_block_id_pins_identity_across_a_term_rename(vault: Vault, collection: Collection) -> None:
    note = vault.write("aws.md", "# EC2\n- Spot: the highest bidder pays ^spot-def\n")
    import_apkg(collection, vault.build().decks[0].path)
    _review_all(collection)
    note.write_text("# EC2\n- Spot Instances: the highest bidder pays ^spot-def\n")
    report = vault.build()
    assert report.decks[0].plan.new == 0
    import_apkg(collection, report.decks[0].path)
    (nid,) = collection.find_notes("Front:Spot*")
    assert collection.get_note(nid)["Front"] == "Spot Instances"
    assert collection.get_note(nid).cards()[0].reps > 0


def test_builds_without_state_are_reproducible(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    vault.add_aws()
    first = vault.build(dry_run=False).decks[0].path.read_bytes()
    shutil.rmtree(vault.out / ".notedeck-state")
    assert vault.build().decks[0].path.read_bytes() == first


def test_a_large_vault_is_read_by_two_processes_by_default_and_builds_the_same_deck(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from notedeck.build import PARALLEL_MIN, auto_workers

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setattr("notedeck.build.os.cpu_count", lambda: 8)
    assert auto_workers(PARALLEL_MIN - 1) == 1 and auto_workers(PARALLEL_MIN) == 2 and auto_workers(500, 1) == 1
    for number in range(PARALLEL_MIN + 2):
        vault.write(f"topic{number}.md", f"# Topic {number}\n- Term{number}: definition number {number}\n")
    parallel = build_decks([vault.notes], BuildOptions(out=vault.out / "auto"))
    alone = build_decks([vault.notes], BuildOptions(out=vault.out / "one", workers=1))
    assert [deck.path.read_bytes() for deck in parallel.decks] == [deck.path.read_bytes() for deck in alone.decks]
    assert sum(deck.plan.new for deck in parallel.decks) == PARALLEL_MIN + 2
