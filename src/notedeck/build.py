"""The whole pipeline: notes folder -> cards -> decks/*.apkg, with a plan of what changed.

One broken note never stops the others: its error is reported with file and line, the rest are
built, and the caller exits non-zero. Nothing is ever written into the notes folder.

Rebuilds are incremental: a note file whose bytes, settings and images did not change since the
last build is not read again and its deck is not rewritten. Decks are written as soon as the
notes that feed them are read, and their cards are then let go, so memory stays about one
note's worth. With ``workers`` > 1 notes are read in parallel; results keep the notes' order.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice
from pathlib import Path

from . import __version__, notetype
from .atomic import clean_stale, folder_lock
from .cards import Card, Skipped
from .config import Config, load_config
from .errors import NotedeckError, UsageError
from .extract import extract
from .identity import SAME_ANSWER, Known, alike, assign_guids, base_key
from .media import MediaIndex
from .outline import build_outline
from .package import write_apkg
from .render import render_card
from .source import decode, load_meta, read_note
from .state import (
    INDEX_NAME,
    STATE_DIR,
    DeckState,
    Index,
    NoteRow,
    Plan,
    SourceEntry,
    load_deck_state,
    load_index,
    plan_deck,
    save_deck_state,
    save_index,
    state_after,
)
from .tags import RETIRED, card_tags
from .text import label_of

NOTE_SUFFIXES = (".md", ".markdown")
PARALLEL_MIN = 24
"""Below this many notes to read, a worker pool costs more than it saves."""


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


@dataclass(frozen=True, slots=True)
class NoteFields:
    """A card's note fields, as packaged."""

    model: str
    """``basic`` or ``cloze``."""
    fields: tuple[str, ...]
    """Field HTML in note type order."""

    @property
    def answer(self) -> str:
        """The field that says what the card teaches (as ``NoteRow.answer``)."""
        return self.fields[0] if self.model == "cloze" else self.fields[1]


@dataclass(slots=True)
class NoteResult:
    """Cards of one note file, or the error that stopped it."""

    note: NoteFile
    deck: str = ""
    cards: list[Card] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    error: NotedeckError | None = None
    rendered: list[NoteFields] = field(default_factory=list)
    """Per card (same order), filled for builds only."""
    media: dict[str, Path] = field(default_factory=dict)
    """Packed media name -> image file, for builds."""
    warnings: list[str] = field(default_factory=list)
    """Rendering problems (missing or refused images), for builds."""
    guids: list[str] = field(default_factory=list)
    """Per card (same order): its Anki GUID, filled by builds (see identity.py)."""
    namespace: str = ""
    """The note's identity namespace, filled by builds."""
    count: int = 0
    """How many cards the note gave (kept when a build lets the cards go)."""

    def slim(self) -> NoteResult:
        """The result without its cards: what a build report keeps once the deck is written."""
        return NoteResult(self.note, self.deck, [], self.skipped, self.error, count=self.count)


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
    workers: int | None = None
    """Processes reading notes; 1 reads them in this process (least memory); None (the default)
    chooses: one process for a small vault, ``AUTO_WORKERS`` for a large one."""

    @property
    def filtered(self) -> bool:
        return bool(self.tags or self.exclude_tags)


@dataclass(slots=True)
class DeckReport:
    """What the build did to one deck."""

    deck: str
    path: Path
    plan: Plan
    media: int = 0
    warnings: list[str] = field(default_factory=list)
    written: bool = False


@dataclass(slots=True)
class BuildReport:
    """The outcome of a build."""

    decks: list[DeckReport] = field(default_factory=list)
    notes: list[NoteResult] = field(default_factory=list)
    reused: int = 0
    """Note files skipped because nothing changed since the last build."""
    warnings: list[str] = field(default_factory=list)
    """Build-wide warnings (a damaged index set aside)."""
    removed: list[Path] = field(default_factory=list)
    """Packages of gone notes removed once their retired cards had been written out."""

    @property
    def errors(self) -> list[NotedeckError]:
        return [result.error for result in self.notes if result.error is not None]


Progress = Callable[[NoteFile, int, int], None]
"""Called after each note is read: the note, how many are done, how many in all."""


def discover(paths: Iterable[Path]) -> list[NoteFile]:
    """Markdown notes under ``paths`` (files or folders), hidden folders skipped, sorted."""
    found: list[NoteFile] = []
    for path in paths:
        if path.is_file():
            found.append(NoteFile(path, path.parent))
        elif path.is_dir():
            for note in sorted(path.rglob("*")):
                relative = note.relative_to(path)
                hidden = any(part.startswith(".") for part in relative.parts)
                if note.suffix.lower() in NOTE_SUFFIXES and not hidden and note.is_file():
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
    relative = note.relative.as_posix()
    kept = [
        card
        for card in extraction.cards
        if card.source.line not in source.skip and not config.skips(relative, card.key)
    ]
    result.cards = [card.with_tags(card_tags(card, root, tags, config)) for card in kept]
    result.skipped = extraction.skipped
    result.count = len(result.cards)
    return result


def render_result(result: NoteResult, allow_html: bool) -> NoteResult:
    """Fill in the note fields of every card (and the images they use)."""
    resolve = MediaIndex.of(result.note.root).resolver(result.note.path)
    for card in result.cards:
        rendered = render_card(card, result.note.path.name, allow_html=allow_html, resolve=resolve)
        model = "cloze" if card.kind == "cloze" else "basic"
        names = notetype.CLOZE_FIELDS if model == "cloze" else notetype.BASIC_FIELDS
        result.rendered.append(NoteFields(model, tuple(rendered.fields[name] for name in names)))
        result.media.update(rendered.media)
        result.warnings.extend(f"{card.source}: {problem}" for problem in rendered.problems)
    return result


def _process(job: tuple[NoteFile, Config, bool]) -> NoteResult:
    note, config, allow_html = job
    result = load_cards(note, config)
    return render_result(result, allow_html) if result.error is None else result


AUTO_WORKERS = 2
"""Processes a large vault is read with by default: on two cores this builds it in about 60% of the
time for about 1.8x the memory of one process (``make bench``), within the 2x memory goal; more
processes would each add their own memory, so more are only used when asked for (``-j``)."""


def auto_workers(notes: int, workers: int | None = None) -> int:
    """How many processes read ``notes`` notes: ``workers`` if given, else one for a small vault
    and ``AUTO_WORKERS`` (at most one per core) for a large one."""
    if workers is not None:
        return workers
    return 1 if notes < PARALLEL_MIN else max(1, min(AUTO_WORKERS, os.cpu_count() or 1))


def _run(jobs: Sequence[tuple[NoteFile, Config, bool]], workers: int | None) -> Iterator[NoteResult]:
    """Results in the jobs' order; at most a few jobs in flight so memory stays flat."""
    workers = auto_workers(len(jobs), workers)
    if workers < 2 or len(jobs) < PARALLEL_MIN:
        yield from map(_process, jobs)
        return
    pending = iter(jobs)
    gc.collect()
    gc.freeze()  # workers share the parent's objects instead of copying them as refcounts change
    # (imported here: only a large vault needs a pool, and a small one pays nothing for it)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        window = deque(pool.submit(_process, job) for job in islice(pending, workers * 4))
        while window:
            result = window.popleft().result()
            following = next(pending, None)
            if following is not None:
                window.append(pool.submit(_process, following))
            yield result


def iter_results(
    notes: Sequence[NoteFile],
    configs: dict[Path, Config],
    options: BuildOptions | None = None,
    progress: Progress | None = None,
) -> Iterator[NoteResult]:
    """Cards of every note, in order; rendered too when ``options`` are given (for builds)."""
    if options is None:
        results: Iterable[NoteResult] = (load_cards(note, configs[note.root]) for note in notes)
    else:
        results = _run([(n, configs[n.root], options.allow_html) for n in notes], options.workers)
    for done, result in enumerate(results, 1):
        if progress is not None:
            progress(result.note, done, len(notes))
        yield result


def _matches(card_tags: Sequence[str], wanted: Sequence[str]) -> bool:
    lowered = [tag.casefold() for tag in card_tags]
    return any(tag == w.casefold() or tag.startswith(w.casefold() + "::") for tag in lowered for w in wanted)


def selected(card: Card, options: BuildOptions) -> bool:
    """Whether ``--tag`` / ``--exclude-tag`` keep a card."""
    if options.tags and not _matches(card.tags, options.tags):
        return False
    return not _matches(card.tags, options.exclude_tags)


def _deck_of(result: NoteResult, card: Card, split_by: str | None) -> str:
    """``--split-by h2``: a sub-deck per ``##`` heading; cards above the first ``##`` stay in the
    note's deck, whatever other heading levels the note uses."""
    if split_by != "h2" or 2 not in card.levels:
        return result.deck
    return f"{result.deck}::{label_of(card.sections[card.levels.index(2)])}"


def _safe_part(part: str) -> str:
    """One level of a deck name as a file name: no separators, no ``..``, never empty."""
    name = re.sub(r"[/\\\x00]", "_", part.strip())
    return "_" if name in ("", ".", "..") else name


def deck_path(out: Path, deck: str) -> Path:
    """Where a deck's package goes: always inside ``out`` (``python-3.11`` -> ``python-3.11.apkg``),
    whatever its name says (``../../notes/x``, ``/etc/x``, ``.``)."""
    parts = [_safe_part(part) for part in deck.split("::")]
    return out.joinpath(*parts[:-1], f"{parts[-1]}.apkg")


@cache
def _tool_digest() -> str:
    """What else shapes a deck: notedeck's own code (a new extraction rule changes the cards of an
    unchanged note), its version and its note types (templates, CSS)."""
    package = Path(__file__).resolve().parent
    code = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        code.update(source.relative_to(package).as_posix().encode())
        code.update(source.read_bytes())
    parts = (
        __version__,
        code.hexdigest(),
        notetype.BASIC_TEMPLATES,
        notetype.CLOZE_TEMPLATES,
        notetype.stylesheet(),
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _source_key(note: NoteFile, config: Config, options: BuildOptions) -> str:
    """What a note's decks depend on; '' for a note that cannot be read (it is then read again,
    and fails alone with its file named)."""
    try:
        digest = hashlib.sha256(note.path.read_bytes())
    except OSError:
        return ""
    digest.update(
        repr((_tool_digest(), config, options.allow_html, options.split_by, str(note.root))).encode()
    )
    return digest.hexdigest()


def _media_fresh(entry: SourceEntry) -> bool:
    for path, (size, mtime) in entry.media.items():
        try:
            stat = Path(path).stat()
        except OSError:
            return False
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime):
            return False
    return True


def _now(notes: Iterable[NoteFile]) -> int:
    """Mod time for changed notes: SOURCE_DATE_EPOCH, else the newest of the notes' mtimes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return int(epoch)
    times = [int(note.path.stat().st_mtime) for note in notes if note.path.exists()]
    return max(times) if times else int(time.time())


@dataclass(slots=True)
class _DeckWork:
    """Cards that go into one deck in this build, and the note files they come from."""

    cards: list[tuple[Card, NoteFields, str, str]] = field(default_factory=list)
    """Card, its fields, its GUID, its note's identity namespace."""
    sources: list[NoteFile] = field(default_factory=list)
    media: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _rows(deck: str, work: _DeckWork) -> list[NoteRow]:
    return [
        NoteRow(guid, deck, rendered.model, rendered.fields, card.tags, card.context, 0, base_key(card), space)
        for card, rendered, guid, space in work.cards
    ]


def _namespace(entry: SourceEntry | None, deck: str, split_by: str | None) -> str:
    """A note's identity namespace: the one it was given, else (a build from before namespaces)
    the deck it went to then, which is what its GUIDs were made from; a new note's deck name."""
    if entry is not None and entry.namespace:
        return entry.namespace
    if entry is not None and entry.decks and split_by is None:
        return next(iter(entry.decks))
    return deck


class _Identities:
    """Hands each note its identity namespace and its cards their GUIDs (identity.py), from what
    the last build remembers: the note's namespace in the index, its notes in the deck states."""

    def __init__(self, index: Index, folder: Path, gone: Sequence[str]) -> None:
        self.index = index
        self.folder = folder
        self.states: dict[str, DeckState] = {}
        """Deck states read for the notes at hand (let go with :meth:`release`)."""
        self.by_guid: dict[str, NoteRow] = {}
        self.gone = {path: index.sources[path] for path in gone}
        """Note files of the last build that are no longer there: perhaps renamed."""
        self.alive: set[str] = set()
        """GUIDs of the last build handed out again in this one (never retired, whichever deck they
        left); new GUIDs are not kept here, as no deck could retire them."""

    def state(self, deck: str) -> DeckState:
        if deck not in self.states:
            self.states[deck] = load_deck_state(self.folder, deck)
            for guid, row in self.states[deck].notes.items():
                self.by_guid.setdefault(guid, row)
        return self.states[deck]

    def release(self) -> None:
        """Let go of the deck states read so far (their decks are written): memory stays flat."""
        self.states.clear()
        self.by_guid.clear()

    def _rows(self, decks: Iterable[str], namespace: str) -> list[NoteRow]:
        rows = (row for deck in dict.fromkeys(decks) for row in self.state(deck).notes.values())
        return [row for row in rows if row.namespace in (namespace, "")]

    def _renamed_from(self, result: NoteResult) -> SourceEntry | None:
        """A vanished note file whose cards are mostly this one's: git's rename detection."""
        keys = {base_key(card) for card in result.cards}
        best, best_share = None, 0.5
        for path, entry in self.gone.items():
            theirs = {row.key or row.guid for row in self._rows(entry.decks, entry.namespace)}
            share = len(keys & theirs) / max(1, min(len(keys), len(theirs)))
            if theirs and share > best_share:
                best, best_share = path, share
        return self.gone.pop(best) if best is not None else None

    def assign(self, result: NoteResult, split_by: str | None) -> list[Known]:
        """Give ``result`` its namespace and GUIDs; returns the last build's notes it was matched against."""
        entry = self.index.sources.get(str(result.note.path.resolve()))
        if entry is None:
            entry = self._renamed_from(result)
        namespace = _namespace(entry, result.deck, split_by)
        decks = [_deck_of(result, card, split_by) for card in result.cards]
        known = [
            Known(row.guid, row.key, row.context, row.answer)
            for row in self._rows([*(entry.decks if entry else ()), *decks], namespace)
        ]
        answers = [fields.answer for fields in result.rendered]
        result.namespace = namespace
        result.guids = assign_guids(namespace, result.cards, answers, known, decks)
        had = {row.guid for row in known}
        self.alive.update(guid for guid in result.guids if guid in had)  # a new GUID is retired nowhere
        return known

    def assign_all(self, results: Sequence[NoteResult], split_by: str | None) -> None:
        """Every note read in this build at once: a card moved to another note (same term, same
        answer) keeps its GUID, once each note has kept its own."""
        pools = [self.assign(result, split_by) for result in results]
        left: dict[str, tuple[Known, str]] = {}
        for result, pool in zip(results, pools, strict=True):
            for known in pool:
                if known.guid not in self.alive and known.key:
                    left[known.guid] = (known, result.namespace)
        for result, pool in zip(results, pools, strict=True):
            mine = {known.guid for known in pool}
            answers = [fields.answer for fields in result.rendered]
            for index, card in enumerate(result.cards):
                if result.guids[index] in mine:
                    continue  # a card this note had before
                key = base_key(card)
                match = next(
                    (
                        guid
                        for guid, (known, space) in left.items()
                        if space != result.namespace
                        and known.key == key
                        and alike(answers[index], known.answer) >= SAME_ANSWER
                    ),
                    None,
                )
                if match is not None:
                    result.guids[index] = match
                    self.alive.add(match)
                    del left[match]

    def before(self, guid: str) -> NoteRow | None:
        """The note a GUID was in the last build, in whichever deck of the notes at hand it was."""
        return self.by_guid.get(guid)


def _collect_work(results: Sequence[NoteResult], options: BuildOptions) -> dict[str, _DeckWork]:
    """Selected cards by deck; without --split-by a note's deck exists even when it has no card."""
    decks: dict[str, _DeckWork] = {}

    def touch(name: str, result: NoteResult) -> _DeckWork:
        work = decks.setdefault(name, _DeckWork())
        if result.note not in work.sources:
            work.sources.append(result.note)
            work.media.update(result.media)
            work.warnings.extend(result.warnings)
        return work

    for result in results:
        if result.error is not None:
            continue
        if options.split_by is None:
            touch(result.deck, result)
        for card, rendered, guid in zip(result.cards, result.rendered, result.guids, strict=True):
            if selected(card, options):
                work = touch(_deck_of(result, card, options.split_by), result)
                work.cards.append((card, rendered, guid, result.namespace))
    return decks


def _entry(result: NoteResult, key: str, decks: dict[str, int]) -> SourceEntry:
    media = {}
    for path in result.media.values():
        try:
            stat = path.stat()
            media[str(path)] = [stat.st_size, stat.st_mtime_ns]
        except OSError:  # removed since it was rendered: never fresh, the next build renders again
            media[str(path)] = [-1, -1]
    return SourceEntry(key, decks, media, result.namespace)


def _base_deck(note: NoteFile, config: Config) -> str:
    """The deck a note goes to, from its path and front matter alone (no parsing)."""
    try:
        meta = load_meta(decode(note.path.read_bytes(), note.path), note.path)
    except (NotedeckError, OSError):
        meta = {}
    return deck_name(note, meta, config)


def build_decks(
    paths: Sequence[Path], options: BuildOptions, progress: Progress | None = None
) -> BuildReport:
    """Build every note under ``paths`` into ``options.out``; returns what was done. Builds into one
    folder take turns (a lock on the folder)."""
    notes = discover(paths)
    roots = {note.root for note in notes}
    refuse_out_in_notes(options.out, roots)
    if options.dry_run:
        return _build(notes, roots, paths, options, progress)
    with folder_lock(options.out):
        return _build(notes, roots, paths, options, progress)


def _build(
    notes: list[NoteFile],
    roots: set[Path],
    paths: Sequence[Path],
    options: BuildOptions,
    progress: Progress | None,
) -> BuildReport:
    configs = {root: load_config(root) for root in roots}
    folder = options.out / STATE_DIR
    cache = not options.filtered
    if options.filtered and (folder / INDEX_NAME).exists():
        raise UsageError(
            f"{options.out} holds a full build: a build with --tag/--exclude-tag writes only some cards,"
            " so give it a folder of its own with --out"
        )
    index = load_index(folder) if cache else Index()
    gone = _gone(index, paths)
    identities = _Identities(index, folder, gone)
    keys = {note: _source_key(note, configs[note.root], options) for note in notes}
    fresh = [note for note in notes if cache and _is_fresh(note, keys[note], index, options.out)]
    stale = [note for note in notes if note not in set(fresh)]
    base = {note: _base_deck(note, configs[note.root]) for note in stale}
    waiting = Counter(base.values())
    held: dict[str, list[NoteResult]] = {}
    report = BuildReport(reused=len(fresh), warnings=[index.warning] if index.warning else [])
    if not options.dry_run:
        clean_stale(options.out)
    built: set[str] = set()
    stream: Iterable[NoteResult] = iter_results(stale, configs, options, progress)
    hold = bool(index.sources) and len(stale) <= HOLD_NOTES
    if hold:  # an edit, not a first build: read them all, so a card moved between notes is seen
        everything = list(stream)
        identities.assign_all([r for r in everything if r.error is None], options.split_by)
        stream = everything
    for result in stream:
        group = base[result.note]
        held.setdefault(group, []).append(result)
        waiting[group] -= 1
        if waiting[group] == 0:  # every note feeding these decks is read: write them, let go
            members = held.pop(group)
            for member in members:
                if member.error is None and not hold:
                    identities.assign(member, options.split_by)
            for deck, work in _collect_work(members, options).items():
                report.decks.append(_build_deck(deck, work, identities, options))
                built.add(deck)
            moved = {d for m in members for d in _old_decks(index, m)} - built
            for deck in sorted(moved):  # every card of these decks went to another deck
                left = _build_deck(deck, _DeckWork(), identities, options)
                if not left.plan.rows and left.plan.retired == 0 and not options.dry_run:
                    left.path.unlink(missing_ok=True)
                    report.removed.append(left.path)
                built.add(deck)
            if cache and not options.dry_run:
                _index_results(index, members, report, keys, options)
            report.notes.extend(member.slim() for member in members)
            if not hold:
                identities.release()
    if cache and not options.dry_run:
        report.removed += _remove_retired(index, built)
    for deck in sorted({deck for path in gone for deck in index.sources[path].decks} - built):
        retired = _build_deck(deck, _DeckWork(), identities, options)
        report.decks.append(retired)
        if retired.written:
            index.retired[deck] = str(retired.path)
        elif not retired.plan.retired and not options.dry_run:  # its cards live on in another deck
            retired.path.unlink(missing_ok=True)
            report.removed.append(retired.path)
    for note in fresh:
        for deck, count in index.sources[str(note.path.resolve())].decks.items():
            report.decks.append(DeckReport(deck, deck_path(options.out, deck), Plan(deck, unchanged=count)))
    if cache and not options.dry_run:
        for path in gone:
            del index.sources[path]
        save_index(folder, index)
    report.decks.sort(key=lambda d: d.deck)
    return report


def _gone(index: Index, paths: Sequence[Path]) -> list[str]:
    """Note files of the last build, under the folders read now, that are no longer there."""
    scanned = {path.resolve() for path in paths if path.is_dir()}
    return [path for path in index.sources if _under(Path(path), scanned) and not Path(path).exists()]


def _under(path: Path, folders: set[Path]) -> bool:
    return any(folder == path or folder in path.parents for folder in folders)


def _is_fresh(note: NoteFile, key: str, index: Index, out: Path) -> bool:
    entry = index.sources.get(str(note.path.resolve())) if key else None
    if entry is None or entry.key != key or not _media_fresh(entry):
        return False
    return all(deck_path(out, deck).exists() for deck in entry.decks)


def _remove_retired(index: Index, built: set[str]) -> list[Path]:
    """Packages written last time only to retire the cards of a gone note: their job is done."""
    removed: list[Path] = []
    live = {deck for entry in index.sources.values() for deck in entry.decks} | built
    for deck, path in sorted(index.retired.items()):
        if deck not in live and Path(path).is_file():
            Path(path).unlink()
            removed.append(Path(path))
    index.retired.clear()
    return removed


HOLD_NOTES = 200
"""A rebuild reading at most this many notes holds them all before writing, so that a card moved
from one note to another keeps its identity; more (a tool upgrade, a settings change) are written
as they are read, keeping memory flat."""


def _old_decks(index: Index, result: NoteResult) -> list[str]:
    entry = index.sources.get(str(result.note.path.resolve()))
    return list(entry.decks) if entry is not None else []


def _build_deck(deck: str, work: _DeckWork, identities: _Identities, options: BuildOptions) -> DeckReport:
    """Plan one deck against its state, write its package, then its state (in that order, so a
    build killed in between rewrites the deck next time rather than believing it written)."""
    folder = identities.folder
    previous = identities.state(deck)
    rows = _rows(deck, work)
    plan = plan_deck(
        deck,
        rows,
        previous,
        _now(work.sources),
        RETIRED,
        retire=not options.filtered,
        alive=identities.alive,
        before=identities.before,
    )
    report = DeckReport(deck, deck_path(options.out, deck), plan, len(work.media), work.warnings)
    if previous.warning:
        report.warnings = [*report.warnings, previous.warning]
    if not options.dry_run:
        if plan.rows and (plan.changed or options.filtered or not report.path.exists()):
            gone = write_apkg(report.path, deck, plan.rows, work.media, _now(work.sources))
            report.warnings = [*report.warnings, *(f"{path}: image removed while building" for path in gone)]
            report.written = True
        if not options.filtered and (plan.changed or not plan.rows):
            save_deck_state(folder, state_after(plan, RETIRED))
    plan.rows = []  # the report keeps the counts, not the notes
    return report


def _index_results(
    index: Index,
    results: Sequence[NoteResult],
    report: BuildReport,
    keys: dict[NoteFile, str],
    options: BuildOptions,
) -> None:
    counts = {d.deck: d.plan.new + d.plan.updated + d.plan.unchanged for d in report.decks}
    for result in results:
        if result.error is None:
            names = {_deck_of(result, card, options.split_by) for card in result.cards} or {result.deck}
            decks = {name: counts.get(name, 0) for name in sorted(names)}
            index.sources[str(result.note.path.resolve())] = _entry(result, keys[result.note], decks)


def refuse_out_in_notes(out: Path, roots: Iterable[Path]) -> None:
    """An output (folder or page) inside a notes folder is refused: notedeck never writes there."""
    resolved = out.resolve()
    for root in roots:
        if resolved == root.resolve() or root.resolve() in resolved.parents:
            raise UsageError(
                f"the output folder {out} is inside the notes folder {root}; notedeck never writes there"
            )


@dataclass(slots=True)
class Snapshot:
    """Every card of the notes as Anki notes, by deck, as a full build would package them now
    (GUIDs, fields, tags, deck): what ``sync`` makes the collection hold."""

    decks: dict[str, list[NoteRow]] = field(default_factory=dict)
    media: dict[str, Path] = field(default_factory=dict)
    """Packed media name -> file, for every card."""
    notes: list[NoteResult] = field(default_factory=list)
    """Per note file: errors and warnings (cards let go)."""
    index: Index = field(default_factory=Index)
    """The notes' identity namespaces, for :func:`remember`."""


def snapshot(paths: Sequence[Path], options: BuildOptions, memory: Path | None = None) -> Snapshot:
    """Read every note under ``paths`` (no cache, nothing written) into a :class:`Snapshot`.
    GUIDs are assigned as ``build`` assigns them, from the identities remembered in ``memory`` (a
    state folder written by :func:`remember`), or else in the build state of ``options.out``."""
    notes = discover(paths)
    configs = {root: load_config(root) for root in {note.root for note in notes}}
    options = replace(options, tags=(), exclude_tags=())
    folder = memory if memory is not None and (memory / INDEX_NAME).exists() else options.out / STATE_DIR
    index = load_index(folder)
    gone = _gone(index, paths)
    identities = _Identities(index, folder, gone)
    results = list(iter_results(notes, configs, options))
    identities.assign_all([result for result in results if result.error is None], options.split_by)
    shot = Snapshot(index=index)
    for deck, work in sorted(_collect_work(results, options).items()):
        rows = _rows(deck, work)
        if rows:
            shot.decks[deck] = rows
        shot.media.update(work.media)
    for result in results:
        if result.error is None:
            decks = Counter(_deck_of(result, card, options.split_by) for card in result.cards)
            shot.index.sources[str(result.note.path.resolve())] = SourceEntry("", dict(decks), {}, result.namespace)
    for path in gone:  # vanished: forgotten once remembered (a renamed one's new path holds its namespace)
        shot.index.sources.pop(path, None)
    shot.notes = [result.slim() for result in results]
    return shot


def remember(shot: Snapshot, memory: Path) -> None:
    """Keep the identities of ``shot`` in the state folder ``memory``, so that the next snapshot
    recognises renamed terms, headings and files as :func:`build_decks` does."""
    memory.mkdir(parents=True, exist_ok=True)
    for deck, rows in shot.decks.items():
        save_deck_state(memory, DeckState(deck, {row.guid: row for row in rows}))
    save_index(memory, Index(shot.index.sources))


def collect(paths: Sequence[Path], progress: Progress | None = None) -> list[NoteResult]:
    """Cards and warnings of every note under ``paths`` (for ``cards``, ``check``, ``preview``)."""
    notes = discover(paths)
    configs = {root: load_config(root) for root in {note.root for note in notes}}
    return list(iter_results(notes, configs, None, progress))


__all__ = [
    "BuildOptions",
    "BuildReport",
    "Snapshot",
    "build_decks",
    "collect",
    "deck_name",
    "discover",
    "load_cards",
    "remember",
    "snapshot",
]
