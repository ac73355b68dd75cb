"""Build state beside the decks, in ``<out>/.notedeck-state/``: what each note looked like when
last built and its mod time (one file per deck), and which note file made which deck (index).

Anki imports a note whose GUID it knows only when the package's mod time is newer, so a note
whose content changed gets a newer mod and an unchanged note keeps its old one. Notes that
disappeared are emitted once more, tagged ``notedeck::retired``, then forgotten. The index also
lets a rebuild skip every note file whose content (and settings) did not change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .atomic import write_text_atomic
from .errors import StateError
from .text import slug

STATE_DIR = ".notedeck-state"
INDEX_NAME = "index.json"
FORMAT = 2


@dataclass(frozen=True, slots=True)
class NoteRow:
    """One Anki note, ready to package."""

    guid: str
    """Identity (see identity.py)."""
    deck: str
    """Deck name."""
    model: str
    """``basic`` or ``cloze``."""
    fields: tuple[str, ...]
    """Field HTML in note type order."""
    tags: tuple[str, ...]
    """Anki tags."""
    context: tuple[str, ...] = ()
    """Breadcrumb (kept to tell same-term cards apart on the next build)."""
    mod: int = 0
    """Modification time stamped on the note."""
    key: str = ""
    """The card's identity key (identity.base_key): '' in state written before it was kept."""
    namespace: str = ""
    """The identity namespace of the note file the card came from (see identity.py)."""

    @property
    def content_hash(self) -> str:
        payload = json.dumps([self.model, self.fields, sorted(self.tags)], ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()[:24]

    def to_json(self) -> list[object]:
        return [self.model, list(self.fields), list(self.tags), list(self.context), self.mod, self.key, self.namespace]

    @classmethod
    def from_json(cls, guid: str, deck: str, data: list[object]) -> NoteRow:
        model, fields, tags, context, mod, *identity = data
        key, namespace = (*map(str, identity), "", "")[:2]
        return cls(guid, deck, str(model), tuple(fields), tuple(tags), tuple(context), int(mod), key, namespace)  # type: ignore[arg-type, call-overload]

    @property
    def answer(self) -> str:
        """The field that says what the card teaches: the back, or a cloze's text."""
        return self.fields[0] if self.model == "cloze" else self.fields[1]


@dataclass(slots=True)
class DeckState:
    """Every note of one deck as last built, by GUID."""

    deck: str
    notes: dict[str, NoteRow] = field(default_factory=dict)
    warning: str = ""
    """Said when a damaged state file was set aside and this deck starts afresh."""

    def contexts(self) -> dict[str, tuple[str, ...]]:
        return {guid: row.context for guid, row in self.notes.items()}


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """What the index remembers of one note file."""

    key: str
    """Digest of the file's bytes, the settings and the notedeck version."""
    decks: dict[str, int]
    """Deck -> number of cards the file gave it."""
    media: dict[str, list[int]] = field(default_factory=dict)
    """Image file -> [size, mtime_ns] when it was packed."""
    namespace: str = ""
    """The note's identity namespace (identity.py): fixed when first built, kept across renames."""


@dataclass(slots=True)
class Index:
    """Note file (absolute path) -> what it built."""

    sources: dict[str, SourceEntry] = field(default_factory=dict)
    retired: dict[str, str] = field(default_factory=dict)
    """Deck -> package written once more for a note that is gone (every card retired): removed by
    the next build, once the user has had the chance to import it."""
    warning: str = ""
    """Said when a damaged index was set aside (every note is then read again)."""


def set_aside(path: Path, why: str) -> str:
    """Rename a damaged state file out of the way (kept for a look) and say so in one line."""
    aside = path.with_name(path.name + ".damaged")
    try:
        path.replace(aside)
    except OSError as exc:
        msg = f"damaged build state ({why}) and it cannot be moved aside: {exc.strerror}"
        raise StateError(msg, path) from None
    return f"{path}: damaged build state ({why}); set aside as {aside.name}, this deck starts afresh"


def _read_json(path: Path) -> dict[str, object] | None:
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise StateError(f"unreadable: {exc}", path) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None  # another format: start afresh (identities do not depend on the state)
    return data


def deck_state_path(folder: Path, deck: str) -> Path:
    digest = hashlib.sha256(deck.encode()).hexdigest()[:10]
    return folder / f"{slug(deck)[:40] or 'deck'}-{digest}.json"


def load_deck_state(folder: Path, deck: str) -> DeckState:
    """A deck's state; a damaged file is set aside and only this deck starts afresh."""
    path = deck_state_path(folder, deck)
    try:
        data = _read_json(path)
        if data is None:
            return DeckState(deck)
        notes = data.get("notes", {})
        if not isinstance(notes, dict):
            raise TypeError("'notes' is not a table")
        return DeckState(deck, {str(guid): NoteRow.from_json(guid, deck, row) for guid, row in notes.items()})
    except StateError as exc:
        return DeckState(deck, warning=set_aside(path, exc.message))
    except (KeyError, TypeError, ValueError) as exc:
        return DeckState(deck, warning=set_aside(path, f"{type(exc).__name__}: {exc}"))


def save_deck_state(folder: Path, state: DeckState) -> None:
    path = deck_state_path(folder, state.deck)
    if not state.notes:
        path.unlink(missing_ok=True)
        return
    notes = {guid: row.to_json() for guid, row in sorted(state.notes.items())}
    text = json.dumps(
        {"format": FORMAT, "deck": state.deck, "notes": notes}, ensure_ascii=False, separators=(",", ":")
    )
    write_text_atomic(path, text, durable=True)


def load_index(folder: Path) -> Index:
    """The index of sources; a damaged one is set aside (every note is read again)."""
    path = folder / INDEX_NAME
    try:
        data = _read_json(path)
        if data is None:
            return Index()
        sources = data.get("sources", {})
        if not isinstance(sources, dict):
            raise TypeError("'sources' is not a table")
        entries = {
            str(p): SourceEntry(
                str(e["key"]), dict(e["decks"]), dict(e.get("media", {})), str(e.get("namespace", ""))
            )
            for p, e in sources.items()
        }
        retired = data.get("retired", {})
        if not isinstance(retired, dict):
            raise TypeError("'retired' is not a table")
        return Index(entries, {str(k): str(v) for k, v in retired.items()})
    except StateError as exc:
        return Index(
            warning=set_aside(path, exc.message).replace("this deck starts afresh", "notes are read again")
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        why = f"{type(exc).__name__}: {exc}"
        return Index(warning=set_aside(path, why).replace("this deck starts afresh", "notes are read again"))


def save_index(folder: Path, index: Index) -> None:
    sources = {
        path: {"key": e.key, "decks": e.decks, "media": e.media, "namespace": e.namespace}
        for path, e in sorted(index.sources.items())
    }
    payload = {"format": FORMAT, "sources": sources, "retired": dict(sorted(index.retired.items()))}
    text = json.dumps(payload, ensure_ascii=False, indent=1)
    write_text_atomic(folder / INDEX_NAME, text, durable=True)


@dataclass(slots=True)
class Plan:
    """What a build does to one deck."""

    deck: str
    """Deck name."""
    rows: list[NoteRow] = field(default_factory=list)
    """Notes to package (current and retired), mod times set."""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated or self.retired)


def plan_deck(
    deck: str,
    rows: Sequence[NoteRow],
    previous: DeckState,
    now: int,
    retired_tag: str,
    *,
    retire: bool = True,
    alive: Collection[str] = (),
    before: Callable[[str], NoteRow | None] | None = None,
) -> Plan:
    """Stamp mod times: unchanged notes keep theirs, changed ones get a newer one. A note that
    came from another deck is compared with what it was there (``before``); notes that left for
    another deck (``alive``) are not retired."""
    plan = Plan(deck)
    for row in rows:
        before_row = previous.notes.get(row.guid) or (before(row.guid) if before else None)
        if before_row is None:
            plan.new += 1
            plan.rows.append(replace(row, mod=now))
        elif before_row.content_hash == row.content_hash and before_row.deck == row.deck:
            plan.unchanged += 1
            plan.rows.append(replace(row, mod=before_row.mod))
        else:
            plan.updated += 1
            plan.rows.append(replace(row, mod=max(now, before_row.mod + 1)))
    current = {row.guid for row in rows}
    for guid, before_row in previous.notes.items() if retire else ():
        if guid not in current and guid not in alive:
            plan.retired += 1
            plan.rows.append(
                replace(before_row, tags=(*before_row.tags, retired_tag), mod=max(now, before_row.mod + 1))
            )
    return plan


def state_after(plan: Plan, retired_tag: str) -> DeckState:
    """The deck's state once this plan is built: retired notes are forgotten."""
    return DeckState(plan.deck, {row.guid: row for row in plan.rows if retired_tag not in row.tags})
