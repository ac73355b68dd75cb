"""The cards the user asked for by name, from notes/aws.md, as real Anki shows them."""

from __future__ import annotations

import re

import pytest
from anki.collection import Collection

from conftest import Vault, import_apkg


@pytest.fixture(scope="module")
def aws(tmp_path_factory: pytest.TempPathFactory) -> Collection:
    base = tmp_path_factory.mktemp("aws")
    vault = Vault(base)
    vault.add_aws()
    col = Collection(str(base / "collection.anki2"))
    import_apkg(col, vault.build().decks[0].path)
    yield col
    col.close()


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.split("</style>")[-1])).strip()


def _cards(col: Collection, search: str) -> list:
    return [col.get_card(cid) for cid in col.find_cards(search)]


def _front(col: Collection, kind: str, front: str) -> list:
    return [c for c in _cards(col, f'Kind:{kind} "Front:{front}"')]


@pytest.mark.parametrize(
    ("front", "in_answer"),
    [
        (
            "Alias vs CNAME",
            ["points a hostname to an AWS resource", "points a hostname to any other hostnames"],
        ),
        ("Volume vs Snapshot", ["storage device", "point-in-time copy"]),
        ("pre-signed URL vs public URL", ["temporary URLs"]),
        ("CloudFront vs S3 Cross Region Replications", ["static content", "dynamic content"]),
    ],
)
def test_comparisons(aws: Collection, front: str, in_answer: list[str]) -> None:
    (card,) = _front(aws, "comparison", front)
    answer = _text(card.answer())
    for text in in_answer:
        assert text in answer


def test_side_by_side_comparison_is_a_table(aws: Collection) -> None:
    (card,) = _front(aws, "comparison", "Alias vs CNAME")
    assert "<table>" in card.answer() and "<th>Alias</th>" in card.answer()


def test_questions_from_the_notes(aws: Collection) -> None:
    (iops,) = _front(aws, "question", "*310,000*")
    assert "Use an EC2 instance store" in _text(iops.answer())
    assert "replication mechanism" in _text(iops.answer())  # the explanation comes along
    (session,) = _front(aws, "question", "*log back in*")
    assert "Storing Session Data in ElastiCache" in _text(session.answer())


def test_definitions_and_enumerations(aws: Collection) -> None:
    (spot,) = _front(aws, "definition", "Spot")
    assert "highest bidder" in _text(spot.answer())
    assert "EC2 › Purchasing Options" in _text(spot.question())
    (options,) = _front(aws, "enumeration", "Purchasing Options*")
    assert re.findall(r"<li>(.*?)</li>", options.answer())[:4] == [
        "On-Demand",
        "Reserved",
        "Saving plans",
        "Spot",
    ]
    (groups,) = _front(aws, "enumeration", "Placement Groups*")
    assert re.findall(r"<li>(.*?)</li>", groups.answer()) == ["Cluster", "Spread", "Partition"]
    (cluster,) = _front(aws, "definition", "Cluster")
    assert _text(cluster.question()).startswith(
        "The steps of building a remote network › Choose the right type of computers to compute and host"
        " › EC2 › Placement Groups"
    )  # the whole path, as the card was graded
    (layers,) = _front(aws, "enumeration", "OSI*")
    assert len(re.findall(r"<li>", layers.answer())) == 7


def test_no_card_from_unanswered_questions_or_na(aws: Collection) -> None:
    assert not _cards(aws, '"Front:*difference then*"')
    assert not _cards(aws, '"Back:N/A"')


def test_no_comparison_made_up_from_an_empty_heading(aws: Collection) -> None:
    # ``#### SQS v.s. SNS v.s. Kinesis`` has nothing under it: no card, and ``check`` says so
    assert not _cards(aws, '"Front:SQS vs SNS vs Kinesis"')
    assert not _cards(aws, '"Front:Data streams vs Data firehose"')


@pytest.mark.parametrize(
    ("tag", "fronts"),
    [
        ("storage", ["EC2 Instance Store", "EBS Multi-attach"]),
        ("messaging", ["SQS", "SNS", "Kinesis"]),
        ("security", ["KMS"]),
    ],
)
def test_topic_tags_find_the_right_cards(aws: Collection, tag: str, fronts: list[str]) -> None:
    notes = [aws.get_note(nid) for nid in aws.find_notes(f"tag:{tag}")]
    found = {_text(note["Front"]) for note in notes if "Front" in note}
    for front in fronts:
        assert front in found, (tag, front)


def test_tags_are_valid_and_hierarchical(aws: Collection) -> None:
    tags = aws.tags.all()
    assert all(" " not in t and not t.startswith("::") and "::::" not in t for t in tags)
    assert "aws::set_up_the_hard_drive::ebs" in tags
    assert {"storage", "messaging", "security", "application_integration", "db", "content_delivery"} <= set(
        tags
    )


def test_check_on_the_users_note_lists_unanswered_questions_and_exits_0(tmp_path) -> None:
    from click.testing import CliRunner

    from conftest import AWS_NOTE
    from notedeck.cli import main

    result = CliRunner().invoke(main, ["check", str(AWS_NOTE)])
    assert result.exit_code == 0
    assert (
        f"{AWS_NOTE}:322: question without an answer: 'take a snapshot restore to point in time what is the difference then?'"
        in result.output
    )
    assert (
        f"{AWS_NOTE}:602: question without an answer: 'How these technologies fit together?'" in result.output
    )
    assert f"{AWS_NOTE}:364: heading with nothing under it: 'All storage options compared'" in result.output
    assert (
        f"{AWS_NOTE}:530: comparison 'SQS vs SNS vs Kinesis' has nothing under it to compare" in result.output
    )
