"""Tags and decks: topics from headings, what the note says, config overrides, sub-decks, filters."""

from __future__ import annotations

import pytest
from anki.collection import Collection

from conftest import Vault, import_apkg
from notedeck.tags import anki_tag, topics


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("## 2. Set up the hard drive (storage solutions)", ["storage"]),
        ("## 6. Application Integration and Messaging", ["application_integration", "messaging"]),
        ("## 4. Keep the remote computer safe (security and identity services)", ["security", "identity"]),
        ("## 3. Organize and Access data (db and content delivery)", ["db", "content_delivery"]),
        ("## Quiz", ["quiz"]),
        ("# The steps of building a remote network", []),
        ("## Choose the right type of computers to compute and host", []),
    ],
)
def test_topics_from_top_level_headings(heading: str, expected: list[str]) -> None:
    assert list(topics(heading.lstrip("# "))) == expected


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("Cloud Computing", "cloud_computing"),
        ("aws/storage", "aws::storage"),
        ("a::b c", "a::b_c"),
        ("::x::", "x"),
    ],
)
def test_every_tag_is_valid_in_anki(raw: str, tag: str) -> None:
    assert anki_tag(raw) == tag


def _tags_by_front(col: Collection) -> dict[str, list[str]]:
    return {col.get_note(n)["Front"]: col.get_note(n).tags for n in col.find_notes("")}


def test_obsidian_tags_and_front_matter_are_honoured(vault: Vault, collection: Collection) -> None:
    vault.write(
        "n.md",
        "---\ntags: [exam, aws/saa]\ndeck: Certs::AWS\n---\n# Networking #net\n- SSH: port 22 #ports\n- HTTP: port 80\n",
    )
    report = vault.build()
    assert report.decks[0].deck == "Certs::AWS" and report.decks[0].path == vault.out / "Certs" / "AWS.apkg"
    import_apkg(collection, report.decks[0].path)
    tags = _tags_by_front(collection)
    assert {"exam", "aws::saa", "net", "ports"} <= set(tags["SSH"])
    assert "ports" not in tags["HTTP"] and "net" in tags["HTTP"]
    assert "#" not in collection.get_note(collection.find_notes("Front:SSH")[0])["Back"]
    assert collection.decks.name(collection.get_card(collection.find_cards("")[0]).did) == "Certs::AWS"


def test_config_renames_adds_tags_and_names_decks(vault: Vault, collection: Collection) -> None:
    vault.write(
        "notedeck.toml",
        'deck_prefix = "Certs"\n[decks]\n"aws*.md" = "AWS SAA"\n[tags]\nrename = { db = "databases" }\n'
        '[[tags.add]]\nheading = "*kinesis*"\ntags = ["streaming"]\n',
    )
    vault.write(
        "aws-notes.md", "## 3. Data (db and content delivery)\n### Kinesis\n- Shards: define capacity\n"
    )
    report = vault.build()
    assert report.decks[0].deck == "Certs::AWS SAA"
    import_apkg(collection, report.decks[0].path)
    tags = _tags_by_front(collection)["Shards"]
    assert "databases" in tags and "db" not in tags and "streaming" in tags


def test_bad_config_is_a_clear_error(vault: Vault) -> None:
    from notedeck.errors import ConfigError

    vault.write("notedeck.toml", "deck_prefx = 'x'\n")
    vault.write("n.md", "- SSH: 22\n")
    with pytest.raises(ConfigError, match=r"notedeck.toml: unknown setting\(s\): deck_prefx"):
        vault.build()


def test_sub_folders_become_sub_decks(vault: Vault, collection: Collection) -> None:
    vault.write("Cloud/aws.md", "# EC2\n- Spot: highest bidder\n")
    vault.write("Cloud/gcp.md", "# GCE\n- Preemptible: cheap, can be stopped\n")
    report = vault.build()
    assert sorted(d.deck for d in report.decks) == ["Cloud::aws", "Cloud::gcp"]
    for deck in report.decks:
        import_apkg(collection, deck.path)
    names = {collection.decks.name(collection.get_card(c).did) for c in collection.find_cards("")}
    assert names == {"Cloud::aws", "Cloud::gcp"}


def test_tag_filtered_build(vault: Vault, collection: Collection) -> None:
    vault.add_aws()
    full = vault.build(dry_run=True).decks[0].plan
    report = vault.build(tags=("storage",), exclude_tags=("aws::set_up_the_hard_drive::ebs",))
    plan = report.decks[0].plan
    assert 0 < plan.new < full.new and plan.retired == 0
    import_apkg(collection, report.decks[0].path)
    assert collection.find_cards("-tag:storage") == []
    assert collection.find_cards("tag:aws::set_up_the_hard_drive::ebs") == []
    assert collection.find_cards("Front:EC2*Instance*Store")
    assert not (vault.out / ".notedeck-state").exists()  # a filtered build retires nothing


def test_split_by_h2_makes_one_sub_deck_per_section(vault: Vault) -> None:
    vault.write("aws.md", "## Compute\n- Spot: highest bidder\n## Storage\n- EBS: network drive\n")
    report = vault.build(split_by="h2")
    assert sorted(d.deck for d in report.decks) == ["aws::Compute", "aws::Storage"]
