"""Note types are part of every user's collection: their ids, fields and templates are pinned.

If one of these tests fails, you are about to force every user into "conflicting" imports.
Change it only with a new note type id and a migration note in the README.
"""

from __future__ import annotations

import re

from anki.collection import Collection

from conftest import Vault, import_apkg
from notedeck import notetype
from notedeck.identity import deck_id, guid_for


def test_ids_names_fields_templates_are_pinned() -> None:
    assert (notetype.BASIC_ID, notetype.BASIC_NAME) == (1_764_115_001, "notedeck Basic")
    assert (notetype.CLOZE_ID, notetype.CLOZE_NAME) == (1_764_115_002, "notedeck Cloze")
    assert notetype.BASIC_FIELDS == ("Front", "Back", "Context", "Extra", "Source", "Kind", "Reverse")
    assert notetype.CLOZE_FIELDS == ("Text", "Context", "Extra", "Source", "Kind")
    assert [t["name"] for t in notetype.BASIC_TEMPLATES] == ["Forward", "Reverse"]
    assert [t["name"] for t in notetype.CLOZE_TEMPLATES] == ["Cloze"]


def test_template_text_is_pinned() -> None:
    forward, reverse = notetype.BASIC_TEMPLATES
    assert forward["qfmt"] == (
        '<div class="nd nd-{{Kind}}">{{#Context}}<div class="nd-context">{{Context}}</div>{{/Context}}'
        '<div class="nd-front">{{Front}}</div></div>'
    )
    assert forward["afmt"].startswith('{{FrontSide}}<hr id="answer">')
    assert reverse["qfmt"].startswith("{{#Reverse}}") and reverse["qfmt"].endswith("{{/Reverse}}")
    assert "{{cloze:Text}}" in notetype.CLOZE_TEMPLATES[0]["qfmt"]


def test_identity_functions_are_pinned() -> None:
    """Changing these values re-creates every card in every user's collection."""
    assert guid_for("aws", "definition:spot") == "nd36c3e55b3d50a20a9f95"
    assert guid_for("AWS", "definition:spot") == guid_for("aws", "definition:spot")
    assert deck_id("aws") == 349471143137


def test_anki_sees_the_pinned_note_types(vault: Vault, collection: Collection) -> None:
    vault.write("n.md", "- SSH: 22\n- Q :: A\n- ==cloze== text\n")
    import_apkg(collection, vault.build().decks[0].path)
    basic = collection.models.get(notetype.BASIC_ID)
    cloze = collection.models.get(notetype.CLOZE_ID)
    assert basic is not None and cloze is not None
    assert [f["name"] for f in basic["flds"]] == list(notetype.BASIC_FIELDS)
    assert [t["name"] for t in basic["tmpls"]] == ["Forward", "Reverse"]
    assert [f["name"] for f in cloze["flds"]] == list(notetype.CLOZE_FIELDS)


def test_reverse_and_cloze_cards_in_anki(vault: Vault, collection: Collection) -> None:
    vault.write(
        "es.md",
        "# Vocabulary\nla casa:::the house\nel perro::the dog\n\nWhat does ser mean?\n??\nto be\n\n"
        "The verb ==ser== is for traits and ==estar== for states.\n",
    )
    import_apkg(collection, vault.build().decks[0].path)
    fronts = {}
    for cid in collection.find_cards(""):
        card = collection.get_card(cid)
        question = card.question().split("</style>")[-1]
        fronts.setdefault(card.note().id, []).append(
            (card.ord, question, card.answer().split("</style>")[-1])
        )
    by_first = {min(sides)[1]: sorted(sides) for sides in fronts.values()}
    casa = next(sides for q, sides in by_first.items() if "la casa" in q)
    assert len(casa) == 2 and "the house" in casa[1][1] and "la casa" in casa[1][2]  # both directions
    perro = next(sides for q, sides in by_first.items() if "el perro" in q)
    assert len(perro) == 1
    ser = next(sides for q, sides in by_first.items() if "What does ser mean" in q)
    assert len(ser) == 2 and "to be" in ser[1][1]
    cloze = next(sides for q, sides in by_first.items() if "[...]" in q)
    assert len(cloze) == 2
    assert "for traits" in cloze[0][1] and re.search(r'<span class="cloze"[^>]*>ser</span>', cloze[0][2])
