"""Writing ``.apkg`` files: the only module that imports genanki.

genanki stamps every note with one timestamp; notedeck needs a mod time per note (see state.py),
so notes and note types are small subclasses. Packages are written atomically and
reproducibly (fixed zip entry times, no stray temporary database left behind).
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import zipfile
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from . import notetype
from .atomic import write_atomic
from .identity import deck_id
from .state import NoteRow


class _Model(genanki.Model):  # type: ignore[misc]
    def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
        data: dict[str, Any] = super().to_json(notetype.CSS_MODIFIED, deck_id)
        return data


class _Note(genanki.Note):  # type: ignore[misc]
    """A note that carries its own modification time."""

    def __init__(self, mod: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.mod = mod

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


@cache
def _models() -> dict[str, genanki.Model]:
    css = notetype.stylesheet()
    basic = _Model(
        notetype.BASIC_ID,
        notetype.BASIC_NAME,
        fields=[{"name": name} for name in notetype.BASIC_FIELDS],
        templates=[dict(t) for t in notetype.BASIC_TEMPLATES],
        css=css,
    )
    cloze = _Model(
        notetype.CLOZE_ID,
        notetype.CLOZE_NAME,
        fields=[{"name": name} for name in notetype.CLOZE_FIELDS],
        templates=[dict(t) for t in notetype.CLOZE_TEMPLATES],
        css=css,
        model_type=genanki.Model.CLOZE,
    )
    return {"basic": basic, "cloze": cloze}


def _zip_entry(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


@cache
def _empty_collection() -> bytes:
    """genanki's empty collection, made once: creating its schema costs more than a small deck."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(APKG_SCHEMA)
        connection.executescript(APKG_COL)
        connection.commit()
        return connection.serialize()
    finally:
        connection.close()


def _collection(anki_deck: genanki.Deck, timestamp: int) -> bytes:
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(_empty_collection())
        anki_deck.write_to_db(connection.cursor(), timestamp, itertools.count(timestamp * 1000))
        connection.commit()
        return connection.serialize()
    finally:
        connection.close()


def write_apkg(
    path: Path, deck: str, rows: Sequence[NoteRow], media: Mapping[str, Path], timestamp: int
) -> list[Path]:
    """Write one deck to ``path`` atomically (a temporary file renamed into place). Returns the
    images that vanished since their cards were rendered (deleted while ``watch`` runs): the deck
    is written without them, and the next build renders their cards again."""
    models = _models()
    anki_deck = genanki.Deck(deck_id(deck), deck)
    for row in rows:
        note = _Note(
            row.mod, model=models[row.model], fields=list(row.fields), tags=list(row.tags), guid=row.guid
        )
        anki_deck.add_note(note)
    payload = _collection(anki_deck, timestamp)
    missing: list[Path] = []

    def write(temporary: Path) -> None:
        missing.clear()
        packed: list[str] = []
        with zipfile.ZipFile(temporary, "w") as archive:
            _zip_entry(archive, "collection.anki2", payload)
            for name in sorted(media):  # one image in memory at a time
                try:
                    data = media[name].read_bytes()
                except OSError:
                    missing.append(media[name])
                    continue
                _zip_entry(archive, str(len(packed)), data)
                packed.append(name)
            _zip_entry(archive, "media", json.dumps(dict(enumerate(packed))).encode())

    write_atomic(path, write)
    return missing
