"""Build state beside the decks: what each note looked like when last built, and its mod time.

Anki imports a note whose GUID it knows only when the package's mod time is newer, so a note
whose content changed gets a newer mod and an unchanged note keeps its old one. Notes that
disappeared are emitted once more, tagged ``notedeck::retired``, then forgotten.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from .atomic import write_atomic
from .errors import NotedeckError

STATE_NAME = ".notedeck-state.json"
FORMAT = 1


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

    @property
    def content_hash(self) -> str:
        payload = json.dumps([self.model, self.fields, sorted(self.tags)], ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()[:24]


@dataclass(slots=True)
class State:
    """Every note of the last build, by GUID."""

    notes: dict[str, NoteRow] = field(default_factory=dict)
    """GUID -> note as last built."""

    def contexts(self, deck: str) -> dict[str, tuple[str, ...]]:
        return {guid: row.context for guid, row in self.notes.items() if row.deck == deck}


def load_state(path: Path) -> State:
    """The state file, or an empty state when there is none."""
    if not path.exists():
        return State()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}")
        notes = {
            guid: NoteRow(guid=guid, **{k: tuple(v) if isinstance(v, list) else v for k, v in row.items()})
            for guid, row in data["notes"].items()
        }
    except (ValueError, KeyError, TypeError) as exc:
        msg = f"unreadable build state ({exc}); delete it to start afresh (cards keep their ids)"
        raise NotedeckError(msg, path) from None
    return State(notes)


def save_state(path: Path, state: State) -> None:
    def write(temporary: Path) -> None:
        notes = {
            guid: {k: v for k, v in asdict(row).items() if k != "guid"}
            for guid, row in sorted(state.notes.items())
        }
        temporary.write_text(
            json.dumps({"format": FORMAT, "notes": notes}, ensure_ascii=False, indent=1), encoding="utf-8"
        )

    write_atomic(path, write)


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


def plan_deck(
    deck: str, rows: Sequence[NoteRow], previous: State, now: int, retired_tag: str, *, retire: bool = True
) -> Plan:
    """Stamp mod times: unchanged notes keep theirs, changed ones get a newer one."""
    plan = Plan(deck)
    for row in rows:
        before = previous.notes.get(row.guid)
        if before is None:
            plan.new += 1
            plan.rows.append(replace(row, mod=now))
        elif before.content_hash == row.content_hash:
            plan.unchanged += 1
            plan.rows.append(replace(row, mod=before.mod))
        else:
            plan.updated += 1
            plan.rows.append(replace(row, mod=max(now, before.mod + 1)))
    current = {row.guid for row in rows}
    for guid, before in previous.notes.items() if retire else ():
        if before.deck == deck and guid not in current and retired_tag not in before.tags:
            plan.retired += 1
            plan.rows.append(replace(before, tags=(*before.tags, retired_tag), mod=max(now, before.mod + 1)))
    return plan


def next_state(previous: State, plans: Sequence[Plan], retired_tag: str, built_decks: set[str]) -> State:
    """State after a build: current notes of the built decks; retired ones forgotten."""
    notes = {guid: row for guid, row in previous.notes.items() if row.deck not in built_decks}
    for plan in plans:
        for row in plan.rows:
            if retired_tag not in row.tags:
                notes[row.guid] = row
    return State(notes)
