"""Identity survives the edits people make when they reorganise (issue 11), checked in real Anki:
every build's decks are imported into one collection, whose notes must stay the same notes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from anki.collection import Collection
from click.testing import CliRunner

from conftest import Vault, import_apkg
from notedeck.build import BuildReport
from notedeck.cli import main
from test_regenerate import _history, _review_all


def _import_all(collection: Collection, report: BuildReport) -> None:
    for deck in report.decks:
        if deck.path.exists():
            import_apkg(collection, deck.path)


def _guids(collection: Collection) -> set[str]:
    return {collection.get_note(nid).guid for nid in collection.find_notes("")}


@pytest.fixture
def reviewed(vault: Vault, collection: Collection) -> tuple[Vault, Collection, dict[str, tuple[int, int, int, int]]]:
    """The user's note built, imported and studied."""
    vault.add_aws()
    _import_all(collection, vault.build())
    _review_all(collection, times=1)
    return vault, collection, _history(collection)


def _studied(vault: Vault, collection: Collection, name: str, text: str) -> tuple[Path, dict[str, tuple[int, int, int, int]]]:
    """A note written, built, imported and studied: its path and every card's review history."""
    note = vault.write(name, text)
    _import_all(collection, vault.build())
    _review_all(collection)
    return note, _history(collection)


def _same_notes(collection: Collection, report: BuildReport, before: dict[str, tuple[int, int, int, int]]) -> None:
    _import_all(collection, report)
    assert sum(deck.plan.new for deck in report.decks) == 0
    assert _guids(collection) == set(before), "new notes in Anki: history orphaned"
    after = _history(collection)
    assert {guid: after[guid] for guid in before} == before, "review history lost"
    assert not collection.find_notes("tag:notedeck::retired")


def test_renaming_a_section_heading_keeps_every_card(reviewed: tuple[Vault, Collection, dict]) -> None:  # type: ignore[type-arg]
    vault, collection, before = reviewed
    note = vault.notes / "aws.md"
    text = note.read_text()
    assert "## 6. Application Integration and Messaging" in text
    note.write_text(text.replace("## 6. Application Integration and Messaging", "## 6. Application integration & messaging"))
    _same_notes(collection, vault.build(), before)


def test_deck_prefix_and_deck_names_do_not_change_identity(reviewed: tuple[Vault, Collection, dict]) -> None:  # type: ignore[type-arg]
    vault, collection, before = reviewed
    (vault.notes / "notedeck.toml").write_text('deck_prefix = "Certs"\n')
    report = vault.build()
    assert [deck.deck for deck in report.decks if deck.plan.rows or deck.written] == ["Certs::aws"]
    _same_notes(collection, report, before)
    assert not (vault.out / "aws.apkg").exists()  # every card left it: the old package goes
    (vault.notes / "notedeck.toml").write_text('[decks]\n"aws.md" = "AWS::Solutions Architect"\n')
    _same_notes(collection, vault.build(), before)


def test_renaming_or_moving_the_note_file_keeps_every_card(reviewed: tuple[Vault, Collection, dict]) -> None:  # type: ignore[type-arg]
    vault, collection, before = reviewed
    (vault.notes / "cloud").mkdir()
    (vault.notes / "aws.md").rename(vault.notes / "cloud" / "aws-saa.md")
    report = vault.build()
    assert {deck.deck for deck in report.decks if deck.written} == {"cloud::aws-saa"}
    _same_notes(collection, report, before)
    assert not (vault.out / "aws.apkg").exists()


def test_split_by_h2_and_back_keeps_every_card(reviewed: tuple[Vault, Collection, dict]) -> None:  # type: ignore[type-arg]
    vault, collection, before = reviewed
    split = vault.build(split_by="h2")
    assert len([deck for deck in split.decks if deck.written]) > 5
    _same_notes(collection, split, before)
    _same_notes(collection, vault.build(), before)


def test_a_renamed_term_with_its_answer_keeps_its_history(vault: Vault, collection: Collection) -> None:
    note, before = _studied(
        vault,
        collection,
        "ec2.md",
        "# EC2\n- Spot: the highest bidder pays, up to 90% off on-demand prices\n"
        "- Reserved: one or three years of commitment for a discount\n",
    )
    note.write_text(
        "# EC2\n- Spot Instances: the highest bidder pays, up to 90% off on-demand prices\n"
        "- Reserved: one or three years of commitment for a discount\n"
    )
    report = vault.build()
    assert (report.decks[0].plan.new, report.decks[0].plan.retired) == (0, 0)
    _same_notes(collection, report, before)
    assert collection.find_notes('"Front:Spot Instances"')
    # and it stays matched on the builds after
    assert vault.build().decks[0].plan.new == 0


def test_same_term_cards_under_renamed_headings_are_matched_by_their_answers(
    vault: Vault, collection: Collection
) -> None:
    note, before = _studied(
        vault,
        collection,
        "aws.md",
        "# SQS\n## Security\n- Encryption: KMS keys for messages in flight and at rest\n"
        "# SNS\n## Security\n- Encryption: in transit by HTTPS, at rest with KMS keys\n",
    )
    by_back = {collection.get_note(n)["Back"]: collection.get_note(n).guid for n in collection.find_notes("")}
    note.write_text(
        "# Simple Queue Service\n## Security\n- Encryption: KMS keys for messages in flight and at rest\n"
        "# Simple Notification Service\n## Security\n- Encryption: in transit by HTTPS, at rest with KMS keys\n"
    )
    _same_notes(collection, vault.build(), before)
    assert {collection.get_note(n)["Back"]: collection.get_note(n).guid for n in collection.find_notes("")} == by_back


def test_state_from_before_namespaces_keeps_every_guid(reviewed: tuple[Vault, Collection, dict]) -> None:  # type: ignore[type-arg]
    """Decks built before identities were remembered (no keys, no namespaces in the state)."""
    vault, collection, before = reviewed
    state = vault.out / ".notedeck-state"
    for path in state.glob("*.json"):
        data = json.loads(path.read_text())
        if "notes" in data:
            data["notes"] = {guid: row[:5] for guid, row in data["notes"].items()}
        for entry in data.get("sources", {}).values():
            entry.pop("namespace", None)
        path.write_text(json.dumps(data))
    note = vault.notes / "aws.md"
    note.write_text(note.read_text().replace("## 6. Application Integration and Messaging", "## 6. Messaging"))
    _same_notes(collection, vault.build(), before)


def test_a_filtered_build_never_overwrites_a_full_build(vault: Vault) -> None:
    vault.add_aws()
    vault.build()
    full = (vault.out / "aws.apkg").read_bytes()
    refused = CliRunner().invoke(main, ["build", str(vault.notes), "--out", str(vault.out), "--tag", "storage"])
    assert refused.exit_code == 2 and "--out" in refused.output
    assert (vault.out / "aws.apkg").read_bytes() == full
    assert vault.build().reused == 1  # and the full build's state still says up to date
    apart = vault.out.parent / "storage-decks"
    done = CliRunner().invoke(main, ["build", str(vault.notes), "--out", str(apart), "--tag", "storage"])
    assert done.exit_code == 0, done.output
    assert (apart / "aws.apkg").exists()


def test_losing_the_state_keeps_the_guids_of_unrenamed_notes(reviewed: tuple[Vault, Collection, dict]) -> None:  # type: ignore[type-arg]
    vault, collection, before = reviewed
    shutil.rmtree(vault.out / ".notedeck-state")
    report = vault.build()
    _import_all(collection, report)
    assert _guids(collection) == set(before)


@pytest.mark.parametrize("marker", ["<!-- notedeck: skip -->", "%% notedeck: skip %%"])
def test_a_card_kept_out_inline_is_retired_and_stays_out(vault: Vault, collection: Collection, marker: str) -> None:
    note = vault.write(
        "ec2.md", "# EC2\n- Spot: the highest bidder pays\n- Reserved: one or three years for a discount\n"
    )
    _import_all(collection, vault.build())
    note.write_text(f"# EC2\n- Spot: the highest bidder pays {marker}\n- Reserved: one or three years for a discount\n")
    report = vault.build()
    assert report.decks[0].plan.retired == 1
    _import_all(collection, report)
    (retired,) = collection.find_notes("tag:notedeck::retired")
    assert collection.get_note(retired)["Front"] == "Spot"
    assert "notedeck" not in " ".join(collection.get_note(n)["Back"] for n in collection.find_notes(""))
    assert vault.build().decks[0].plan.new == 0  # it never comes back


def test_a_card_kept_out_in_notedeck_toml_by_the_key_cards_prints(vault: Vault, collection: Collection) -> None:
    vault.write("ec2.md", "# EC2\n- Spot: the highest bidder pays\n- Reserved: one or three years for a discount\n")
    vault.write("rds.md", "# RDS\n- Spot: not a thing here, but a term of the same name\n- Aurora: MySQL-compatible\n")
    listing = CliRunner().invoke(main, ["cards", str(vault.notes)]).output
    assert "(ec2.md#definition:spot)" in listing
    _import_all(collection, vault.build())
    (vault.notes / "notedeck.toml").write_text('[skip]\ncards = ["ec2.md#definition:spot"]\n')
    report = vault.build()
    assert sum(deck.plan.retired for deck in report.decks) == 1
    _import_all(collection, report)
    (retired,) = collection.find_notes("tag:notedeck::retired")
    assert collection.get_note(retired)["Back"] == "the highest bidder pays"
    kept = CliRunner().invoke(main, ["cards", str(vault.notes), "--json"]).output
    fronts = {(item["note"], item["front"]) for item in json.loads(kept)}
    assert ("ec2.md", "Spot") not in fronts and ("rds.md", "Spot") in fronts
    (vault.notes / "notedeck.toml").write_text('skip = ["definition:spot"]\n')
    fronts = {(i["note"], i["front"]) for i in json.loads(CliRunner().invoke(main, ["cards", str(vault.notes), "--json"]).output)}
    assert not {front for note, front in fronts if front == "Spot"}
    (vault.notes / "notedeck.toml").write_text("skip = 5\n")
    assert CliRunner().invoke(main, ["build", str(vault.notes), "--out", str(vault.out)]).exit_code == 2


def test_a_bullet_moved_to_another_note_keeps_its_history(vault: Vault, collection: Collection) -> None:
    ec2 = vault.write(
        "ec2.md",
        "# EC2\n- Spot: the highest bidder pays, up to 90% off\n- Reserved: one or three years for a discount\n"
        "- Elastic IP: a fixed public IPv4 address for an instance\n",
    )
    vpc = vault.write("vpc.md", "# VPC\n- Subnet: a range of IP addresses in one AZ\n- NACL: a stateless firewall\n")
    _import_all(collection, vault.build())
    _review_all(collection)
    before = _history(collection)
    elastic = next(collection.get_note(n).guid for n in collection.find_notes('"Front:Elastic IP"'))
    ec2.write_text(
        "# EC2\n- Spot: the highest bidder pays, up to 90% off\n- Reserved: one or three years for a discount\n"
    )
    vpc.write_text(
        "# VPC\n- Subnet: a range of IP addresses in one AZ\n- NACL: a stateless firewall\n"
        "- Elastic IP: a fixed public IPv4 address for an instance\n"
    )
    report = vault.build()
    _import_all(collection, report)
    assert sum(deck.plan.retired for deck in report.decks) == 0
    assert not collection.find_notes("tag:notedeck::retired")
    (moved,) = collection.find_notes('"Front:Elastic IP"')
    assert collection.get_note(moved).guid == elastic
    after = _history(collection)
    assert after[elastic] == before[elastic]
    # the next build agrees
    assert sum(deck.plan.new + deck.plan.retired for deck in vault.build().decks) == 0
