"""``notedeck sync``: make an Anki collection hold what the notes say, keeping the user's decisions.

Three steps, each testable alone:

1. :func:`~notedeck.build.snapshot` says what the notes want (GUIDs, fields, tags, decks);
2. a *target* (:class:`DirectTarget`: the collection file through the official ``anki`` package;
   :class:`AnkiConnectTarget`: a running Anki desktop through the AnkiConnect add-on) shows what the
   collection holds of notedeck's own notes (note types ``notedeck Basic`` / ``notedeck Cloze``);
3. :func:`plan_sync`, a pure function of both and of what the last sync did (:class:`SyncMemory`),
   says what to add, update, move, delete or suspend; the target then applies the plan.

What the last sync did is remembered in ``<out>/.notedeck-state/sync-<digest>.json`` (one file per
collection): note id, deck and tags notedeck set, and two digests of the note's text: as the notes
gave it and as the collection held it after the sync. So a note missing from the collection that
was synced before was deleted by the user (not added back unless ``--restore``); a note whose text
differs from what the sync left was edited in Anki (kept and reported, unless the notes changed too
or ``--overwrite``); tags notedeck did not set, suspensions and flags are never touched.

Deletions stay inside what was synced: a notedeck note is deleted only when its deck is one the
notes give now, or a deck whose note files lie under the paths synced (a note file removed from
``notes/``). Syncing ``notes/gcp.md`` alone never deletes the cards of ``notes/aws.md``. When a
note fails to read, nothing is deleted (its cards would look removed).

GUIDs through AnkiConnect: ``notesInfo`` does not return a note's GUID, so the AnkiConnect target
maps GUIDs to note ids (a) by the note ids the last sync remembered, and (b) for notedeck notes it
has no id for (imported from an ``.apkg``, or added by this sync) by their fields: a note whose
fields are exactly those of one snapshot row is that row's note. New notes are added by
``importPackage`` of a package written by :func:`~notedeck.package.write_apkg`, which keeps their
GUIDs, so ``.apkg`` imports, direct syncs and AnkiConnect syncs agree on identity; the notes added
are then found by ``findNotes`` (notedeck's note types, ids not seen before) and matched by fields,
in note id order among identical twins. A notedeck note matching no row is counted as unknown and
left alone: without its GUID it can be neither updated nor safely deleted.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
import shutil
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Protocol

from . import notetype
from .ankiconnect import DEFAULT_URL, Action, AnkiConnect, action
from .atomic import write_text_atomic
from .build import BuildOptions, Snapshot, deck_path, refuse_out_in_notes, remember, snapshot
from .errors import StateError, SyncError
from .package import write_apkg
from .state import STATE_DIR, NoteRow
from .tags import RETIRED

if TYPE_CHECKING:
    from anki.collection import Collection

REMOVED_TAG = "notedeck::removed"
"""Tag of notes removed from the notes but kept (suspended) with ``--keep-removed``."""
MEMORY_FORMAT = 1
NAMES = {notetype.BASIC_NAME: "basic", notetype.CLOZE_NAME: "cloze"}
QUERY = f'("note:{notetype.BASIC_NAME}" OR "note:{notetype.CLOZE_NAME}")'
"""Anki search for every note of notedeck's note types."""
MISSING_ANKI = "the anki package is missing: pip install 'notedeck[sync]'"


def fields_hash(fields: Iterable[str]) -> str:
    """A note's text as a digest (NFC, as Anki stores text)."""
    payload = json.dumps([unicodedata.normalize("NFC", text) for text in fields], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:24]


def _cf(text: str) -> str:
    return text.casefold()


def field_names(model: str) -> tuple[str, ...]:
    return notetype.CLOZE_FIELDS if model == "cloze" else notetype.BASIC_FIELDS


# What the collection holds ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Present:
    """A notedeck note in the collection."""

    note_id: int
    guid: str
    model: str
    """``basic`` or ``cloze``."""
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    cards: tuple[int, ...]
    decks: tuple[str, ...]
    """Deck of each card (same order)."""
    suspended: tuple[int, ...] = ()
    """Cards that are suspended."""


@dataclass(slots=True)
class CollectionView:
    """Every notedeck note the collection holds, by GUID."""

    notes: dict[str, Present] = field(default_factory=dict)
    unknown: int = 0
    """Notedeck notes whose GUID could not be told (AnkiConnect, fields matching no card)."""


# What the last sync did ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Remembered:
    """What the last sync did to one note."""

    note_id: int
    deck: str
    """The deck the sync put it in."""
    notes: str
    """Digest of its text as the notes gave it."""
    anki: str
    """Digest of its text as the collection held it after the sync."""
    tags: tuple[str, ...] = ()
    """Tags notedeck set (the only ones a sync replaces)."""
    gone: bool = False
    """Deleted in Anki by the user: not added back (``--restore`` does)."""
    suspended: tuple[int, ...] = ()
    """Cards notedeck suspended (``--keep-removed``); unsuspended if the card comes back."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.note_id,
            "deck": self.deck,
            "notes": self.notes,
            "anki": self.anki,
            "tags": list(self.tags),
            "gone": self.gone,
            "suspended": list(self.suspended),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Remembered:
        return cls(
            int(data["id"]),
            str(data["deck"]),
            str(data["notes"]),
            str(data["anki"]),
            tuple(str(t) for t in data.get("tags", ())),
            bool(data.get("gone", False)),
            tuple(int(c) for c in data.get("suspended", ())),
        )


@dataclass(slots=True)
class SyncMemory:
    """What syncs into one collection remember."""

    identity: str
    """The collection (its resolved path, or the AnkiConnect address)."""
    notes: dict[str, Remembered] = field(default_factory=dict)
    files: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Deck -> note files that fed it (resolved): which decks a sync of some paths may delete from."""
    warning: str = ""


def memory_path(folder: Path, identity: str) -> Path:
    return folder / f"sync-{hashlib.sha256(identity.encode()).hexdigest()[:16]}.json"


def load_memory(folder: Path, identity: str) -> SyncMemory:
    """The memory of syncs into ``identity``; a damaged file is set aside (the sync starts afresh)."""
    path = memory_path(folder, identity)
    if not path.exists():
        return SyncMemory(identity)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != MEMORY_FORMAT or data.get("identity") != identity:
            return SyncMemory(identity)
        notes = {str(guid): Remembered.from_json(entry) for guid, entry in data["notes"].items()}
        files = {str(deck): tuple(map(str, paths)) for deck, paths in data["files"].items()}
        return SyncMemory(identity, notes, files)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        aside = path.with_name(path.name + ".damaged")
        try:
            path.replace(aside)
        except OSError as error:
            raise StateError(
                f"damaged sync memory that cannot be moved aside: {error.strerror}", path
            ) from None
        why = f"{type(exc).__name__}: {exc}"
        return SyncMemory(identity, warning=f"{path}: damaged sync memory ({why}); set aside as {aside.name}")


def save_memory(folder: Path, memory: SyncMemory) -> None:
    payload = {
        "format": MEMORY_FORMAT,
        "identity": memory.identity,
        "notes": {guid: entry.to_json() for guid, entry in sorted(memory.notes.items())},
        "files": {deck: list(paths) for deck, paths in sorted(memory.files.items())},
    }
    write_text_atomic(
        memory_path(folder, memory.identity), json.dumps(payload, ensure_ascii=False), durable=True
    )


# The plan --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyncFlags:
    """The user's choices that shape a plan."""

    force: bool = False
    """Delete even when more than half of a deck's notedeck notes go."""
    keep_removed: bool = False
    """Suspend and tag notes removed from the notes instead of deleting them."""
    restore: bool = False
    """Add back notes the user deleted in Anki."""
    overwrite: bool = False
    """Overwrite notes edited in Anki even when their text in the notes did not change."""
    paths: tuple[str, ...] = ()
    """The note files and folders synced (resolved): decks fed only from elsewhere are left alone."""


@dataclass(frozen=True, slots=True)
class Update:
    """Change one note in place."""

    note_id: int
    guid: str
    deck: str
    model: str
    fields: tuple[str, ...] | None = None
    """New text, or None to keep it."""
    tags: tuple[str, ...] | None = None
    """The note's whole new tag list, or None to keep it."""
    unsuspend: tuple[int, ...] = ()
    """Cards notedeck suspended when the note was removed, now back in the notes."""


@dataclass(frozen=True, slots=True)
class Move:
    """Move a note's cards to the deck the notes now give it."""

    guid: str
    deck: str
    cards: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Removal:
    """Delete a note (or, with ``--keep-removed``, suspend its cards and tag it)."""

    note_id: int
    guid: str
    deck: str
    cards: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """A note edited in Anki since the last sync, kept as the user left it."""

    note_id: int
    guid: str
    deck: str
    why: str
    label: str = ""
    """The note's first field as plain text, shortened."""


@dataclass(slots=True)
class DeckCounts:
    """What a sync does to one deck."""

    new: int = 0
    updated: int = 0
    moved: int = 0
    deleted: int = 0
    suspended: int = 0
    """Removed from the notes, kept suspended (``--keep-removed``)."""
    edited: int = 0
    """Edited in Anki since the last sync: kept."""
    skipped: int = 0
    """Deleted in Anki by the user: not added back."""
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated or self.moved or self.deleted or self.suspended)


@dataclass(slots=True)
class SyncPlan:
    """What a sync does to the collection, and what it will then remember."""

    memory: SyncMemory
    add: list[NoteRow] = field(default_factory=list)
    update: list[Update] = field(default_factory=list)
    move: list[Move] = field(default_factory=list)
    delete: list[Removal] = field(default_factory=list)
    suspend: list[Removal] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    media: dict[str, Path] = field(default_factory=dict)
    """Images the added and updated notes use."""
    decks: dict[str, DeckCounts] = field(default_factory=dict)
    too_many: list[str] = field(default_factory=list)
    """Decks that would lose more than half of their notedeck notes (``aws: 5 of 8``)."""
    held: int = 0
    """Deletions held back because a note failed to read."""
    unknown: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.add or self.update or self.move or self.delete or self.suspend)

    def count(self, deck: str) -> DeckCounts:
        return self.decks.setdefault(deck, DeckCounts())


def plan_sync(snapshot: Snapshot, view: CollectionView, memory: SyncMemory, flags: SyncFlags) -> SyncPlan:
    """What to do so the collection holds what ``snapshot`` says, the user's decisions kept."""
    plan = SyncPlan(SyncMemory(memory.identity, dict(memory.notes), dict(memory.files)), unknown=view.unknown)
    wanted = {row.guid: row for rows in snapshot.decks.values() for row in rows}
    for row in wanted.values():
        _plan_row(plan, row, view.notes.get(row.guid), memory.notes.get(row.guid), flags)
    scope = _Scope(snapshot, memory, flags)
    failed = any(note.error is not None for note in snapshot.notes)
    for guid, present in sorted(view.notes.items()):
        if guid not in wanted and scope.holds(present, memory.notes.get(guid)):
            _plan_removal(plan, present, memory.notes.get(guid), flags, failed)
    for guid, before in memory.notes.items():
        if guid not in wanted and guid not in view.notes and scope.covers(before.deck) and not failed:
            del plan.memory.notes[guid]  # gone from both sides: nothing left to remember
    plan.memory.files = scope.files_after(plan.memory)
    rows = [*plan.add, *(wanted[u.guid] for u in plan.update if u.fields is not None)]
    plan.media = {
        n: p for n, p in snapshot.media.items() if any(n in text for r in rows for text in r.fields)
    }
    plan.too_many = _too_many(plan, view)
    return plan


def _plan_row(
    plan: SyncPlan, row: NoteRow, present: Present | None, before: Remembered | None, flags: SyncFlags
) -> None:
    counts = plan.count(row.deck)
    target = fields_hash(row.fields)
    if present is None:
        if before is not None and not flags.restore:
            counts.skipped += 1
            plan.memory.notes[row.guid] = replace(before, gone=True, notes=target)
            return
        counts.new += 1
        plan.add.append(row)
        plan.memory.notes[row.guid] = Remembered(0, row.deck, target, target, row.tags)
        return
    fields, conflict = _fields_to_write(row, present, before, flags)
    if conflict:
        counts.edited += 1
        plan.conflicts.append(Conflict(present.note_id, row.guid, row.deck, conflict, _label(row.fields)))
    tags = _tags_to_write(row, present, before)
    unsuspend = before.suspended if before is not None else ()
    if fields is not None or tags is not None or unsuspend:
        counts.updated += 1
        plan.update.append(Update(present.note_id, row.guid, row.deck, row.model, fields, tags, unsuspend))
    elif not conflict:
        counts.unchanged += 1
    stray = tuple(
        c for c, deck in zip(present.cards, present.decks, strict=True) if _cf(deck) != _cf(row.deck)
    )
    if stray and (before is None or _cf(before.deck) != _cf(row.deck)):
        counts.moved += 1
        plan.move.append(Move(row.guid, row.deck, stray))
    anki = target if fields is not None else fields_hash(present.fields)
    plan.memory.notes[row.guid] = Remembered(present.note_id, row.deck, target, anki, row.tags)


def _fields_to_write(
    row: NoteRow, present: Present, before: Remembered | None, flags: SyncFlags
) -> tuple[tuple[str, ...] | None, str]:
    """The text to write (None: keep the collection's) and, when an edit in Anki is kept, why."""
    current, target = fields_hash(present.fields), fields_hash(row.fields)
    if present.model != row.model:
        return None, f"its note type in Anki is notedeck {present.model}, the notes now make it {row.model}"
    if current == target:
        return None, ""
    if before is None or flags.overwrite or before.notes != target:
        return row.fields, ""  # the notes changed (or nothing is known of Anki's side): the notes win
    if before.anki != current:
        return None, "edited in Anki since the last sync (kept; --overwrite replaces it)"
    return None, ""  # an edit kept by an earlier sync, and the notes did not change since


def _label(fields: Sequence[str]) -> str:
    text = " ".join(re.sub(r"<[^>]+>", " ", html.unescape(fields[0] if fields else "")).split())
    return text if len(text) <= 60 else text[:59] + "…"


def _tags_to_write(row: NoteRow, present: Present, before: Remembered | None) -> tuple[str, ...] | None:
    """The user's tags kept, notedeck's replaced; None when that changes nothing."""
    ours = {_cf(tag) for tag in (before.tags if before is not None else ())} | {
        _cf(RETIRED),
        _cf(REMOVED_TAG),
    }
    kept = [tag for tag in present.tags if _cf(tag) not in ours]
    held = {_cf(tag) for tag in kept}
    tags = (*kept, *(tag for tag in row.tags if _cf(tag) not in held))
    return None if {_cf(t) for t in tags} == {_cf(t) for t in present.tags} else tags


def _plan_removal(
    plan: SyncPlan, present: Present, before: Remembered | None, flags: SyncFlags, failed: bool
) -> None:
    deck = present.decks[0] if present.decks else before.deck if before is not None else ""
    counts = plan.count(deck)
    if failed:
        plan.held += 1
        return
    removal = Removal(present.note_id, present.guid, deck, present.cards)
    if not flags.keep_removed:
        counts.deleted += 1
        plan.delete.append(removal)
        plan.memory.notes.pop(present.guid, None)
        return
    if _cf(REMOVED_TAG) in {_cf(tag) for tag in present.tags}:
        return  # kept by an earlier sync
    cards = tuple(c for c in present.cards if c not in present.suspended)
    counts.suspended += 1
    plan.suspend.append(replace(removal, cards=cards))
    ours = (*(before.tags if before is not None else ()), REMOVED_TAG)
    digest = fields_hash(present.fields)
    notes = before.notes if before is not None else digest
    plan.memory.notes[present.guid] = Remembered(present.note_id, deck, notes, digest, ours, suspended=cards)


@dataclass(slots=True)
class _Scope:
    """Which notedeck notes this sync answers for (may delete)."""

    snapshot: Snapshot
    memory: SyncMemory
    flags: SyncFlags
    decks: set[str] = field(init=False)
    fed: dict[str, tuple[str, ...]] = field(init=False)

    def __post_init__(self) -> None:
        self.decks = {_cf(deck) for deck in self.snapshot.decks}
        self.fed = {}
        for deck in self.snapshot.decks:
            files = {
                str(r.note.path.resolve())
                for r in self.snapshot.notes
                if r.error is None and r.deck and (deck == r.deck or deck.startswith(r.deck + "::"))
            }
            self.fed[deck] = tuple(sorted(files))

    def covers(self, deck: str) -> bool:
        if _cf(deck) in self.decks:
            return True
        return any(_under(file, self.flags.paths) for file in self.memory.files.get(deck, ()))

    def holds(self, present: Present, before: Remembered | None) -> bool:
        if before is not None:
            return self.covers(before.deck)
        return present.guid.startswith("nd") and any(_cf(deck) in self.decks for deck in present.decks)

    def files_after(self, memory: SyncMemory) -> dict[str, tuple[str, ...]]:
        used = {entry.deck for entry in memory.notes.values()}
        kept = {d: f for d, f in self.memory.files.items() if d in used or not self.covers(d)}
        return {**kept, **self.fed}


def _under(file: str, paths: Sequence[str]) -> bool:
    target = PurePath(file)
    return any(target == PurePath(path) or PurePath(path) in target.parents for path in paths)


def _too_many(plan: SyncPlan, view: CollectionView) -> list[str]:
    totals = Counter(_cf(p.decks[0]) for p in view.notes.values() if p.decks)
    deleting = Counter(removal.deck for removal in plan.delete)
    return [
        f"{deck}: {count} of {totals[_cf(deck)]}"
        for deck, count in sorted(deleting.items())
        if 2 * count > totals[_cf(deck)]
    ]


# Targets ---------------------------------------------------------------------------------------


class Target(Protocol):
    """A collection a plan can be applied to."""

    identity: str
    where: str

    def view(self, snapshot: Snapshot, memory: SyncMemory) -> CollectionView: ...

    def backup(self, plan: SyncPlan, folder: Path) -> Path: ...

    def apply(self, plan: SyncPlan, scratch: Path) -> dict[str, int]:
        """Apply ``plan``; returns the note id of every added note, by GUID."""
        ...

    def close(self) -> None: ...


def _packages(plan: SyncPlan, scratch: Path) -> list[Path]:
    """One package per deck of the notes to add (a package's notes all go to its deck)."""
    by_deck: dict[str, list[NoteRow]] = defaultdict(list)
    for row in plan.add:
        by_deck[row.deck].append(row)
    now = int(time.time())
    paths = []
    for number, (deck, rows) in enumerate(sorted(by_deck.items())):
        path = scratch / f"add-{number}.apkg"
        write_apkg(path, deck, [replace(row, mod=now) for row in rows], {}, now)
        paths.append(path)
    return paths


def _moves(plan: SyncPlan) -> dict[str, list[int]]:
    by_deck: dict[str, list[int]] = defaultdict(list)
    for move in plan.move:
        by_deck[move.deck].extend(move.cards)
    return dict(sorted(by_deck.items()))


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def _free(path: Path) -> Path:
    number = 1
    candidate = path
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


LOCKED = "{path} is open in Anki (or another program): close Anki and sync again, or sync into the running Anki with --via ankiconnect"


class DirectTarget:
    """The collection file itself, through the official ``anki`` package. Anki desktop holds its
    collection with an exclusive lock, so this refuses while Anki has it open."""

    def __init__(self, path: Path) -> None:
        if importlib.util.find_spec("anki") is None:
            raise SyncError(MISSING_ANKI)
        if not path.is_file():
            raise SyncError(f"no Anki collection at {path}")
        self.path = path
        self.identity = f"collection:{path.resolve()}"
        self.where = str(path)
        self.col: Collection = self._open()

    def _open(self) -> Collection:
        from anki.collection import Collection
        from anki.errors import DBError

        try:
            return Collection(str(self.path))
        except DBError as exc:
            text = str(exc).lower()
            if "already open" in text or "locked" in text or "busy" in text:
                raise SyncError(LOCKED.format(path=self.path)) from None
            raise SyncError(f"{self.path}: cannot open the collection: {exc}") from None

    def close(self) -> None:
        self.col.close()

    def _rows(self, sql: str, *args: str | int) -> list[Sequence[Any]]:
        db = self.col.db
        assert db is not None  # open until close()
        return list(db.all(sql, *args))

    def view(self, snapshot: Snapshot, memory: SyncMemory) -> CollectionView:
        col = self.col
        types = {notetype.BASIC_ID: "basic", notetype.CLOZE_ID: "cloze"}
        for name, model in NAMES.items():
            found = col.models.id_for_name(name)
            if found is not None:
                types[int(found)] = model
        marks = ",".join(str(mid) for mid in types)
        cards: dict[int, list[tuple[int, str, bool]]] = defaultdict(list)
        decks: dict[int, str] = {}
        for cid, nid, did, queue in self._rows(
            f"select c.id, c.nid, c.did, c.queue from cards c join notes n on n.id = c.nid "
            f"where n.mid in ({marks}) order by c.nid, c.ord"
        ):
            deck = decks.setdefault(did, col.decks.name(did))
            cards[nid].append((cid, deck, queue == -1))
        view = CollectionView()
        for nid, guid, mid, flds, tags in self._rows(
            f"select id, guid, mid, flds, tags from notes where mid in ({marks})"
        ):
            held = cards.get(nid, [])
            view.notes[guid] = Present(
                nid,
                guid,
                types[mid],
                tuple(flds.split("\x1f")),
                tuple(tags.split()),
                tuple(c for c, _, _ in held),
                tuple(d for _, d, _ in held),
                tuple(c for c, _, s in held if s),
            )
        return view

    def backup(self, plan: SyncPlan, folder: Path) -> Path:
        """A copy of the collection file, beside it in ``backups/`` (copy it back, Anki closed, to
        undo the sync). The collection is closed for the copy so the file is whole."""
        target = _free(self.path.parent / "backups" / f"before-notedeck-sync-{_stamp()}.anki2")
        target.parent.mkdir(parents=True, exist_ok=True)
        self.col.close()
        try:
            shutil.copy2(self.path, target)
        finally:
            self.col = self._open()
        return target

    def apply(self, plan: SyncPlan, scratch: Path) -> dict[str, int]:
        from anki.cards import CardId
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
        from anki.notes import NoteId

        col = self.col
        for name, path in sorted(plan.media.items()):
            col.media.write_data(name, path.read_bytes())
        notes = []
        for update in plan.update:
            note = col.get_note(NoteId(update.note_id))
            if update.fields is not None:
                note.fields = list(update.fields)
            if update.tags is not None:
                note.tags = list(update.tags)
            notes.append(note)
        if notes:
            col.update_notes(notes)
        unsuspend = [CardId(c) for update in plan.update for c in update.unsuspend]
        if unsuspend:
            col.sched.unsuspend_cards(unsuspend)
        for deck, cards in _moves(plan).items():
            col.set_deck([CardId(c) for c in cards], int(col.decks.id(deck) or 0))
        for package in _packages(plan, scratch):
            request = ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
            col.import_anki_package(request)
        if plan.delete:
            col.remove_notes([NoteId(r.note_id) for r in plan.delete])
        if plan.suspend:
            col.sched.suspend_cards([CardId(c) for r in plan.suspend for c in r.cards])
            col.tags.bulk_add([NoteId(r.note_id) for r in plan.suspend], REMOVED_TAG)
        guids = [row.guid for row in plan.add]
        added: dict[str, int] = {}
        for start in range(0, len(guids), 500):
            chunk = guids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for guid, nid in self._rows(f"select guid, id from notes where guid in ({marks})", *chunk):
                added[str(guid)] = int(nid)
        return added


class AnkiConnectTarget:
    """A running Anki desktop, through the AnkiConnect add-on (see the module docstring for how
    GUIDs are told apart without ``notesInfo`` returning them)."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.client = AnkiConnect(url)
        self.client.check_version()
        self.identity = f"ankiconnect:{url}"
        self.where = f"Anki through AnkiConnect at {url}"
        self.seen: set[int] = set()
        self.held: set[str] = set()
        """Decks holding notedeck notes (backed up before a change)."""

    def close(self) -> None:
        pass

    def _infos(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        infos = self.client.invoke("notesInfo", notes=list(ids)) if ids else []
        return [info for info in infos if info and info.get("modelName") in NAMES]

    def view(self, snapshot: Snapshot, memory: SyncMemory) -> CollectionView:
        known = {entry.note_id: guid for guid, entry in memory.notes.items() if entry.note_id}
        found = self.client.invoke("findNotes", query=QUERY)
        infos = self._infos(sorted(set(found) | set(known)))
        card_ids = [cid for info in infos for cid in info["cards"]]
        cards = (
            {c["cardId"]: c for c in self.client.invoke("cardsInfo", cards=card_ids) if c} if card_ids else {}
        )
        mapped = {known[info["noteId"]] for info in infos if info["noteId"] in known}
        rows = [row for rows in snapshot.decks.values() for row in rows if row.guid not in mapped]
        matcher = _Matcher(rows)
        view = CollectionView()
        for info in infos:
            self.seen.add(info["noteId"])
            fields = _fields_of(info)
            guid = known.get(info["noteId"]) or matcher.take(fields)
            if guid is None:
                view.unknown += 1
                continue
            held = [cards[c] for c in info["cards"] if c in cards]
            view.notes[guid] = Present(
                info["noteId"],
                guid,
                NAMES[info["modelName"]],
                fields,
                tuple(info["tags"]),
                tuple(c["cardId"] for c in held),
                tuple(c["deckName"] for c in held),
                tuple(c["cardId"] for c in held if c["queue"] == -1),
            )
            self.held.update(c["deckName"] for c in held)
        return view

    def backup(self, plan: SyncPlan, folder: Path) -> Path:
        """Every deck holding notedeck notes exported with its scheduling (``exportPackage``)
        into ``<out>/.notedeck-state/backups/<time>/``: import a package to undo the sync."""
        target = _free(folder / "backups" / f"before-sync-{_stamp()}")
        target.mkdir(parents=True)
        actions = [
            action("exportPackage", deck=deck, path=str(deck_path(target, deck).resolve()), includeSched=True)
            for deck in sorted(self.held)
        ]
        for deck in self.held:
            deck_path(target, deck).parent.mkdir(parents=True, exist_ok=True)
        self.client.multi(actions)
        return target

    def apply(self, plan: SyncPlan, scratch: Path) -> dict[str, int]:
        actions: list[Action] = [
            action("storeMediaFile", filename=name, data=base64.b64encode(path.read_bytes()).decode("ascii"))
            for name, path in sorted(plan.media.items())
        ]
        actions.extend(_update_actions(plan.update))
        actions.extend(action("changeDeck", cards=cards, deck=deck) for deck, cards in _moves(plan).items())
        actions.extend(action("importPackage", path=str(path.resolve())) for path in _packages(plan, scratch))
        if plan.delete:
            actions.append(action("deleteNotes", notes=[r.note_id for r in plan.delete]))
        if plan.suspend:
            actions.append(action("suspend", cards=[c for r in plan.suspend for c in r.cards]))
            actions.append(action("addTags", notes=[r.note_id for r in plan.suspend], tags=REMOVED_TAG))
        self.client.multi(actions)
        return self._added(plan.add)

    def _added(self, rows: Sequence[NoteRow]) -> dict[str, int]:
        if not rows:
            return {}
        fresh = sorted(set(self.client.invoke("findNotes", query=QUERY)) - self.seen)
        matcher = _Matcher(rows)
        added = {}
        for info in self._infos(fresh):
            guid = matcher.take(_fields_of(info))
            if guid is not None:
                added[guid] = int(info["noteId"])
        return added


def _update_actions(updates: Sequence[Update]) -> Iterator[Action]:
    for update in updates:
        if update.fields is not None:
            names = field_names(update.model)
            note = {"id": update.note_id, "fields": dict(zip(names, update.fields, strict=True))}
            yield action("updateNoteFields", note=note)
        if update.tags is not None:
            yield action("updateNoteTags", note=update.note_id, tags=list(update.tags))
        if update.unsuspend:
            yield action("unsuspend", cards=list(update.unsuspend))


def _fields_of(info: dict[str, Any]) -> tuple[str, ...]:
    ordered = sorted(info["fields"].values(), key=lambda f: f["order"])
    return tuple(str(f["value"]) for f in ordered)


class _Matcher:
    """Snapshot rows by their exact text: which GUID a note of that text is (twins in order)."""

    def __init__(self, rows: Iterable[NoteRow]) -> None:
        self.rows: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            self.rows[fields_hash(row.fields)].append(row.guid)

    def take(self, fields: Sequence[str]) -> str | None:
        guids = self.rows.get(fields_hash(fields))
        return guids.pop(0) if guids else None


# The whole sync --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyncOptions:
    """Where to sync and how."""

    out: Path = Path("decks")
    """The build output folder: the sync memory lives in its ``.notedeck-state/``."""
    split_by: str | None = None
    collection: Path | None = None
    """The collection file; default: the profile's (see profiles.py)."""
    profile: str | None = None
    via: str = "direct"
    """``direct`` (the collection file) or ``ankiconnect`` (a running Anki)."""
    url: str = DEFAULT_URL
    dry_run: bool = False
    force: bool = False
    keep_removed: bool = False
    restore: bool = False
    overwrite: bool = False


@dataclass(slots=True)
class SyncReport:
    """What a sync did (or, with ``--dry-run``, would do)."""

    plan: SyncPlan
    where: str
    """The collection, as the user would name it."""
    notes: list[Any] = field(default_factory=list)
    """Per note file: errors and warnings."""
    backup: Path | None = None
    applied: bool = False
    warnings: list[str] = field(default_factory=list)


def open_target(options: SyncOptions) -> Target:
    if options.via == "ankiconnect":
        return AnkiConnectTarget(options.url)
    from .profiles import collection_path

    path = options.collection or collection_path(options.profile)
    return DirectTarget(path)


@contextmanager
def _opened(options: SyncOptions) -> Iterator[Target]:
    target = open_target(options)
    try:
        yield target
    finally:
        target.close()


IDENTITIES = "sync-identities"
"""Folder in the build state where sync keeps the identities of what it synced (as build does)."""


def sync(paths: Sequence[Path], options: SyncOptions) -> SyncReport:
    """Make the collection hold what the notes under ``paths`` say (see the module docstring)."""
    roots = {path if path.is_dir() else path.parent for path in paths}
    refuse_out_in_notes(options.out, roots)
    folder = options.out / STATE_DIR
    identities = folder / IDENTITIES
    shot = snapshot(paths, BuildOptions(out=options.out, split_by=options.split_by), identities)
    flags = SyncFlags(
        options.force,
        options.keep_removed,
        options.restore,
        options.overwrite,
        tuple(str(path.resolve()) for path in paths),
    )
    with _opened(options) as target:
        memory = load_memory(folder, target.identity)
        plan = plan_sync(shot, target.view(shot, memory), memory, flags)
        report = SyncReport(
            plan, target.where, shot.notes, warnings=[memory.warning] if memory.warning else []
        )
        if options.dry_run:
            return report
        if plan.too_many and not options.force:
            decks = "; ".join(plan.too_many)
            msg = (
                f"stopped: this sync would delete more than half of the notedeck notes of a deck ({decks}); "
                "nothing was changed. Run again with --force to delete them, or --keep-removed to suspend them"
            )
            raise SyncError(msg)
        if plan.changed:
            report.backup = target.backup(plan, folder)
            with tempfile.TemporaryDirectory(prefix="notedeck-sync-") as scratch:
                added = target.apply(plan, Path(scratch))
            _remember_added(plan, added)
            report.applied = True
        if plan.changed or plan.memory != memory:
            save_memory(folder, plan.memory)
        if not any(note.error is not None for note in shot.notes):
            remember(shot, identities)  # renamed terms, headings and files are recognised next time
    return report


def _remember_added(plan: SyncPlan, added: dict[str, int]) -> None:
    """Fill in the note ids of added notes; one that cannot be found is not remembered (so it is
    never taken for a note the user deleted)."""
    for row in plan.add:
        if row.guid in added:
            plan.memory.notes[row.guid] = replace(plan.memory.notes[row.guid], note_id=added[row.guid])
        else:
            plan.memory.notes.pop(row.guid, None)


__all__ = [
    "AnkiConnectTarget",
    "CollectionView",
    "DirectTarget",
    "SyncFlags",
    "SyncMemory",
    "SyncOptions",
    "SyncPlan",
    "SyncReport",
    "plan_sync",
    "sync",
]
