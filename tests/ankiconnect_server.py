"""A small AnkiConnect-protocol server over a real collection, for testing ``sync --via ankiconnect``.

It speaks what the AnkiConnect add-on speaks (https://foosoft.net/projects/anki-connect/, plugin
``__init__.py``): a JSON POST ``{"action", "version", "params"}`` answered with
``{"result", "error"}`` (version 5 and later; older versions get the bare result), ``multi``
answering each inner action in its own version (4 when it names none). Each action is done on a
real collection with the official ``anki`` package, as the add-on does inside Anki desktop.
Only the actions notedeck uses are served; any other is ``unsupported action``, as in the add-on.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from anki.cards import CardId
from anki.collection import (
    Collection,
    DeckIdLimit,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)
from anki.notes import NoteId


class AnkiConnectActions:
    """AnkiConnect's actions, each on ``col`` (names and parameters as the add-on's)."""

    def __init__(self, col: Collection) -> None:
        self.col = col
        self.calls: list[str] = []
        """Every action asked for, in order (``multi`` and the actions inside it)."""

    def version(self) -> int:
        return 6

    def multi(self, actions: list[dict[str, Any]]) -> list[Any]:
        return [self.handle(request) for request in actions]

    def findNotes(self, query: str | None = None) -> list[int]:
        return [] if query is None else [int(nid) for nid in self.col.find_notes(query)]

    def notesInfo(self, notes: list[int]) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        for nid in notes:
            try:
                note = self.col.get_note(NoteId(nid))
            except Exception:  # NotFoundError: an empty entry keeps the lists aligned
                result.append({})
                continue
            model = note.note_type()
            assert model is not None
            fields = {f["name"]: {"value": note.fields[f["ord"]], "order": f["ord"]} for f in model["flds"]}
            cards = self.col.db.list("select id from cards where nid = ? order by ord", nid)
            result.append(
                {
                    "noteId": note.id,
                    "tags": note.tags,
                    "fields": fields,
                    "modelName": model["name"],
                    "cards": cards,
                }
            )
        return result

    def cardsInfo(self, cards: list[int]) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        for cid in cards:
            try:
                card = self.col.get_card(CardId(cid))
            except Exception:
                result.append({})
                continue
            result.append(
                {
                    "cardId": card.id,
                    "note": card.nid,
                    "deckName": self.col.decks.name(card.did),
                    "ord": card.ord,
                    "queue": card.queue,
                    "type": card.type,
                    "due": card.due,
                    "interval": card.ivl,
                    "mod": card.mod,
                }
            )
        return result

    def updateNoteFields(self, note: dict[str, Any]) -> None:
        anki_note = self.col.get_note(NoteId(note["id"]))
        for name, value in note["fields"].items():
            if name in anki_note:
                anki_note[name] = value
        self.col.update_note(anki_note)

    def updateNoteTags(self, note: int, tags: list[str]) -> None:
        anki_note = self.col.get_note(NoteId(note))
        self.removeTags([note], " ".join(anki_note.tags))
        self.addTags([note], " ".join(tags))

    def addTags(self, notes: list[int], tags: str, add: bool = True) -> None:
        ids = [NoteId(n) for n in notes]
        if add:
            self.col.tags.bulk_add(ids, tags)
        else:
            self.col.tags.bulk_remove(ids, tags)

    def removeTags(self, notes: list[int], tags: str) -> None:
        self.addTags(notes, tags, False)

    def createDeck(self, deck: str) -> int:
        return int(self.col.decks.id(deck) or 0)

    def changeDeck(self, cards: list[int], deck: str) -> None:
        self.col.set_deck([CardId(c) for c in cards], self.createDeck(deck))

    def deleteNotes(self, notes: list[int]) -> None:
        self.col.remove_notes([NoteId(n) for n in notes])

    def suspend(self, cards: list[int], suspend: bool = True) -> bool:
        cards = [c for c in cards if (self.col.get_card(CardId(c)).queue == -1) != suspend]
        if not cards:
            return False
        ids = [CardId(c) for c in cards]
        if suspend:
            self.col.sched.suspend_cards(ids)
        else:
            self.col.sched.unsuspend_cards(ids)
        return True

    def unsuspend(self, cards: list[int]) -> None:
        self.suspend(cards, False)

    def storeMediaFile(self, filename: str, data: str | None = None, deleteExisting: bool = True) -> str:
        if data is None:
            raise Exception('You must provide a "data", "path", or "url" field.')
        if deleteExisting:
            self.col.media.trash_files([filename])
        return self.col.media.write_data(filename, base64.b64decode(data))

    def importPackage(self, path: str) -> bool:
        request = ImportAnkiPackageRequest(package_path=path, options=ImportAnkiPackageOptions())
        self.col.import_anki_package(request)
        return True

    def exportPackage(self, deck: str, path: str, includeSched: bool = False) -> bool:
        did = self.col.decks.id_for_name(deck)
        if did is None:
            return False
        options = ExportAnkiPackageOptions(with_scheduling=includeSched, with_deck_configs=includeSched)
        self.col.export_anki_package(out_path=path, options=options, limit=DeckIdLimit(deck_id=did))
        return True

    def handle(self, request: dict[str, Any]) -> Any:
        name = request.get("action", "")
        version = request.get("version", 4)
        self.calls.append(name)
        try:
            method: Callable[..., Any] | None = getattr(self, name, None) if name[:1].islower() else None
            if method is None or name == "handle":
                raise Exception("unsupported action")
            result = method(**request.get("params", {}))
        except Exception as exc:
            return {"result": None, "error": str(exc)}
        return {"result": result, "error": None} if version > 4 else result


class AnkiConnectServer:
    """The server on 127.0.0.1 at a free port, in a background thread."""

    def __init__(self, col: Collection) -> None:
        self.actions = AnkiConnectActions(col)
        actions = self.actions

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    reply = actions.handle(json.loads(body))
                except ValueError as exc:
                    reply = {"result": None, "error": str(exc)}
                data = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> AnkiConnectServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
