"""The whole pipeline: notes folder -> cards -> decks/*.apkg, with a plan of what changed.

One broken note never stops the others: its error is reported with file and line, the rest are
built, and the caller exits non-zero. Nothing is ever written into the notes folder.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import notetype
from .atomic import clean_stale
from .cards import Card, Skipped
from .config import Config, load_config
from .errors import NotedeckError, UsageError
from .extract import extract
from .identity import assign_guids
from .media import MediaIndex
from .outline import build_outline
from .package import write_apkg
from .render import render_card
from .source import read_note
from .state import STATE_NAME, NoteRow, Plan, State, load_state, next_state, plan_deck, save_state
from .tags import RETIRED, card_tags
from .text import label_of

NOTE_SUFFIXES = (".md", ".markdown")


@dataclass(frozen=True, slots=True)
class NoteFile:
    """A note to build and the notes folder it belongs to."""

    path: Path
    """The note file."""
    root: Path
    """The notes folder (decks are named from the path below it)."""

    @property
    def relative(self) -> Path:
        return self.path.relative_to(self.root) if self.path != self.root else Path(self.path.name)


@dataclass(slots=True)
class NoteResult:
    """Cards of one note file, or the error that stopped it."""

    note: NoteFile
    deck: str = ""
    cards: list[Card] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    error: NotedeckError | None = None


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build."""

    out: Path = Path("decks")
    """Folder for the .apkg files and the build state."""
    dry_run: bool = False
    """Plan only; write nothing."""
    tags: tuple[str, ...] = ()
    """Keep only cards with one of these tags (or a tag below them)."""
    exclude_tags: tuple[str, ...] = ()
    """Drop cards with one of these tags (or a tag below them)."""
    split_by: str | None = None
    """``h2``: one sub-deck per top-level section."""
    allow_html: bool = False
    """Let raw HTML in notes through (only for notes you trust)."""


@dataclass(slots=True)
class DeckReport:
    """What the build did to one deck."""

    deck: str
    path: Path
    plan: Plan
    media: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class BuildReport:
    """The outcome of a build."""

    decks: list[DeckReport] = field(default_factory=list)
    notes: list[NoteResult] = field(default_factory=list)

    @property
    def errors(self) -> list[NotedeckError]:
        return [result.error for result in self.notes if result.error is not None]


def discover(paths: Iterable[Path]) -> list[NoteFile]:
    """Markdown notes under ``paths`` (files or folders), hidden folders skipped, sorted."""
    found: list[NoteFile] = []
    for path in paths:
        if path.is_file():
            found.append(NoteFile(path, path.parent))
        elif path.is_dir():
            for note in sorted(path.rglob("*")):
                relative = note.relative_to(path)
                if (
                    note.suffix.lower() in NOTE_SUFFIXES
                    and note.is_file()
                    and not any(part.startswith(".") for part in relative.parts)
                ):
                    found.append(NoteFile(note, path))
        else:
            raise UsageError(f"no such file or folder: {path}")
    return found


def deck_name(note: NoteFile, meta: dict[str, object], config: Config) -> str:
    """Front matter ``deck:`` > config ``[decks]`` > the path (``Cloud/aws.md`` -> ``Cloud::aws``)."""
    relative = note.relative.as_posix()
    named = meta.get("deck")
    if isinstance(named, str) and named.strip():
        name = named.strip()
    else:
        name = config.deck_for(relative) or "::".join(Path(relative).with_suffix("").parts)
    return f"{config.deck_prefix}::{name}" if config.deck_prefix else name


def _note_tags(meta: dict[str, object]) -> list[str]:
    tags = meta.get("tags", [])
    if isinstance(tags, str):
        return [tag for tag in tags.replace(",", " ").split() if tag]
    return [str(tag) for tag in tags] if isinstance(tags, list) else []


def load_cards(note: NoteFile, config: Config) -> NoteResult:
    """Parse one note and extract its tagged cards; errors are captured, not raised."""
    result = NoteResult(note)
    try:
        source = read_note(note.path)
        outline = build_outline(source)
        extraction = extract(outline)
    except NotedeckError as exc:
        result.error = exc
        return result
    except RecursionError:
        result.error = NotedeckError("nesting too deep to read", note.path)
        return result
    result.deck = deck_name(note, source.meta, config)
    root = note.relative.with_suffix("").name
    tags = _note_tags(source.meta)
    result.cards = [card.with_tags(card_tags(card, root, tags, config)) for card in extraction.cards]
    result.skipped = extraction.skipped
    return result


def _matches(card_tags: Sequence[str], wanted: Sequence[str]) -> bool:
    lowered = [tag.casefold() for tag in card_tags]
    return any(tag == w.casefold() or tag.startswith(w.casefold() + "::") for tag in lowered for w in wanted)


def select(cards: Iterable[Card], options: BuildOptions) -> list[Card]:
    """Cards kept by ``--tag`` / ``--exclude-tag``."""
    kept = [card for card in cards if not options.tags or _matches(card.tags, options.tags)]
    return [card for card in kept if not _matches(card.tags, options.exclude_tags)]


def _split_deck(deck: str, card: Card, split_by: str | None) -> str:
    if split_by != "h2" or not card.sections:
        return deck
    return f"{deck}::{label_of(card.sections[0])}"


def source_time(notes: Iterable[NoteFile]) -> int:
    """Mod time for changed notes: SOURCE_DATE_EPOCH, else the newest note file's mtime."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return int(epoch)
    times = [int(note.path.stat().st_mtime) for note in notes]
    return max(times) if times else int(time.time())


def _rows(
    deck: str,
    cards: Sequence[Card],
    previous: State,
    options: BuildOptions,
    vaults: dict[Path, MediaIndex],
    report: DeckReport,
    media: dict[str, Path],
) -> list[NoteRow]:
    guids = assign_guids(deck, cards, previous.contexts(deck))
    rows: list[NoteRow] = []
    for card, guid in zip(cards, guids, strict=True):
        resolve = vaults[card.source.path].resolver(card.source.path)
        rendered = render_card(card, card.source.path.name, allow_html=options.allow_html, resolve=resolve)
        media.update(rendered.media)
        report.warnings.extend(f"{card.source}: {problem}" for problem in rendered.problems)
        model = "cloze" if card.kind == "cloze" else "basic"
        names = notetype.CLOZE_FIELDS if model == "cloze" else notetype.BASIC_FIELDS
        rows.append(
            NoteRow(guid, deck, model, tuple(rendered.fields[n] for n in names), card.tags, card.context)
        )
    return rows


def deck_path(out: Path, deck: str) -> Path:
    return out.joinpath(*[part.strip() or "_" for part in deck.split("::")]).with_suffix(".apkg")


def _group(report: BuildReport, options: BuildOptions) -> dict[str, list[Card]]:
    """Selected cards by deck; a note that built without cards still has its (empty) deck."""
    by_deck: dict[str, list[Card]] = {}
    for result in report.notes:
        if result.error is None and options.split_by is None:
            by_deck.setdefault(result.deck, [])
        for card in select(result.cards, options):
            by_deck.setdefault(_split_deck(result.deck, card, options.split_by), []).append(card)
    return by_deck


Progress = Callable[[NoteFile, int, int], None]
"""Called after each note is read: the note, how many are done, how many in all."""


def load_all(notes: Sequence[NoteFile], progress: Progress | None = None) -> list[NoteResult]:
    """Cards of every note, in order (configs read once per notes folder)."""
    configs = {root: load_config(root) for root in {note.root for note in notes}}
    results = []
    for done, note in enumerate(notes, 1):
        results.append(load_cards(note, configs[note.root]))
        if progress is not None:
            progress(note, done, len(notes))
    return results


def build_decks(
    paths: Sequence[Path], options: BuildOptions, progress: Progress | None = None
) -> BuildReport:
    """Build every note under ``paths`` into ``options.out``; returns what was done."""
    notes = discover(paths)
    roots = {note.root for note in notes}
    _refuse_out_in_notes(options.out, roots)
    vault_of_root = {root: MediaIndex(root) for root in roots}
    vaults = {note.path: vault_of_root[note.root] for note in notes}
    report = BuildReport(notes=load_all(notes, progress))
    state_path = options.out / STATE_NAME
    previous = load_state(state_path)
    now = source_time(notes)
    filtered = bool(options.tags or options.exclude_tags)
    if not options.dry_run:
        clean_stale(options.out)
    for deck, cards in _group(report, options).items():
        media: dict[str, Path] = {}
        deck_report = DeckReport(deck, deck_path(options.out, deck), Plan(deck))
        rows = _rows(deck, cards, previous, options, vaults, deck_report, media)
        deck_report.plan = plan_deck(deck, rows, previous, now, RETIRED, retire=not filtered)
        deck_report.media = len(media)
        if not options.dry_run and deck_report.plan.rows:
            write_apkg(deck_report.path, deck, deck_report.plan.rows, media, now)
        report.decks.append(deck_report)
    if not options.dry_run and not filtered:
        built = {deck_report.deck for deck_report in report.decks}
        save_state(state_path, next_state(previous, [d.plan for d in report.decks], RETIRED, built))
    return report


def _refuse_out_in_notes(out: Path, roots: Iterable[Path]) -> None:
    resolved = out.resolve()
    for root in roots:
        if resolved == root.resolve() or root.resolve() in resolved.parents:
            raise UsageError(
                f"the output folder {out} is inside the notes folder {root}; notedeck never writes there"
            )


def collect(paths: Sequence[Path], progress: Progress | None = None) -> list[NoteResult]:
    """Cards and warnings of every note under ``paths`` (for ``cards``, ``check``, ``preview``)."""
    return load_all(discover(paths), progress)


__all__ = ["BuildOptions", "BuildReport", "build_decks", "collect", "deck_name", "discover", "load_cards"]
