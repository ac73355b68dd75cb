"""The ``notedeck`` command: thin click commands over the library (the only module importing click).

Exit status: 0 ok; 1 some notes failed (the others were built), or ``check --strict`` found
warnings; 2 usage error (bad option, missing path, invalid notedeck.toml).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .build import BuildOptions, BuildReport, NoteFile, NoteResult, Progress, build_decks, collect
from .cards import Card
from .errors import ConfigError, NotedeckError, UsageError

F = TypeVar("F", bound=Callable[..., Any])


class _Jobs(click.ParamType):  # type: ignore[type-arg]
    """``auto`` (None: let the build choose) or a number of processes (0: one per core)."""

    name = "auto|N"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int | None:
        if value is None or isinstance(value, int):
            return value
        if str(value).strip().lower() == "auto":
            return None
        try:
            number = int(value)
        except ValueError:
            self.fail(f"{value!r} is neither 'auto' nor a number of processes", param, ctx)
        if number < 0:
            self.fail(f"{number} processes: give 'auto', 0 (one per core) or more", param, ctx)
        return number


EXIT_STATUS = "Exit status: 0 ok, 1 some notes failed (the rest were built), 2 usage error."


def _compose(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    def apply(function: F) -> F:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
"""PATHS...: note files or folders; notes/ when none is given."""


def out_option(default: Path, help_text: str) -> Callable[[F], F]:
    return click.option(
        "--out", "-o", type=click.Path(path_type=Path), default=default, show_default=True, help=help_text
    )


verbosity_options = _compose(
    click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings."),
    click.option("-v", "--verbose", is_flag=True, help="Also print every note and every skipped item."),
)

deck_options = _compose(
    click.option("--tag", "tags", multiple=True, help="Only cards with this tag (repeatable)."),
    click.option(
        "--exclude-tag", "exclude_tags", multiple=True, help="Leave out cards with this tag (repeatable)."
    ),
    click.option(
        "--split-by", type=click.Choice(["h2"]), default=None, help="One sub-deck per top-level section."
    ),
    click.option("--allow-html", is_flag=True, help="Keep raw HTML from notes (only for notes you trust)."),
    click.option(
        "-j",
        "--jobs",
        "workers",
        type=_Jobs(),
        default="auto",
        show_default=True,
        help="Processes reading notes. auto: one for a small vault, two for a large one (about 40% faster "
        "for about 1.8x the memory); 1: least memory; 0: one per core.",
    ),
)


def _paths(paths: Sequence[Path]) -> list[Path]:
    return list(paths) or [Path("notes")]


def _options(**values: Any) -> BuildOptions:
    if values.get("workers") == 0:
        values["workers"] = os.cpu_count() or 1
    return BuildOptions(**{k: v for k, v in values.items() if k in BuildOptions.__dataclass_fields__})


@contextmanager
def _library_errors() -> Iterator[None]:
    """Usage and config errors exit 2; other located errors exit 1; messages go to stderr."""
    try:
        yield
    except (UsageError, ConfigError) as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except NotedeckError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:  # the output cannot be written: read-only, a file where a folder goes, disk full
        where = exc.filename or "output"
        raise click.ClickException(f"{where}: cannot write: {exc.strerror or exc}") from None


@contextmanager
def _progress(quiet: bool) -> Iterator[Progress | None]:
    """A progress bar on a terminal (rich), nothing in pipes or with --quiet."""
    if quiet or not sys.stdout.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("reading notes"), BarColumn(), MofNCompleteColumn(), transient=True) as bar:
        task = bar.add_task("notes", total=None)

        def advance(_note: NoteFile, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def _report_notes(results: Sequence[NoteResult], verbose: bool) -> None:
    for result in results:
        if result.error is not None:
            click.echo(f"error: {result.error}", err=True)
        elif verbose:
            click.echo(f"{result.note.path}: {result.count} cards, {len(result.skipped)} skipped", err=True)
            for skipped in result.skipped:
                click.echo(f"  skipped: {skipped}", err=True)


def _print_plan(report: BuildReport, dry_run: bool, quiet: bool, verbose: bool = False) -> None:
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    untouched = 0
    for deck in report.decks:
        plan = deck.plan
        total = plan.new + plan.updated + plan.unchanged
        if total == 0 and not plan.retired and not deck.written:
            continue  # a note with no cards makes no deck (said below, by note)
        if not (plan.changed or deck.written or dry_run or verbose):
            untouched += 1
        elif not quiet:
            verb = "would write" if dry_run else "wrote" if deck.written else "up to date:"
            click.echo(
                f"{deck.deck}: {total} cards ({plan.new} new, {plan.updated} updated, "
                f"{plan.unchanged} unchanged, {plan.retired} retired) -> {verb} {deck.path}"
            )
        for warning in deck.warnings:
            click.echo(f"warning: {warning}", err=True)
    for path in report.removed:
        if not quiet:
            click.echo(f"removed {path}: its note is gone and its cards were retired in the last build")
    for note in report.notes:
        if note.error is None and note.count == 0 and not quiet:
            click.echo(f"no cards in {note.note.path}")
    if untouched and not quiet:
        click.echo(f"{untouched} deck{'s' if untouched != 1 else ''} up to date")


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_STATUS)
@click.version_option(__version__, prog_name="notedeck")
def main() -> None:
    """Turn Markdown study notes into Anki decks.

    \b
    Example:
      notedeck build notes --out decks
    """


@main.command(epilog=EXIT_STATUS)
@paths_argument
@out_option(Path("decks"), "Folder for the .apkg decks.")
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
@deck_options
@verbosity_options
def build(paths: tuple[Path, ...], dry_run: bool, quiet: bool, verbose: bool, **values: Any) -> None:
    """Build notes (files or folders; default: notes/) into one .apkg deck per note.

    Each deck line says how many cards are new, updated, unchanged and retired
    (removed from the notes: tagged notedeck::retired so you can delete them in Anki).

    \b
    Examples:
      notedeck build                      # notes/ -> decks/
      notedeck build notes/aws.md --dry-run
      notedeck build --tag storage --out /tmp/storage-decks
    """
    with _library_errors(), _progress(quiet) as progress:
        report = build_decks(_paths(paths), _options(dry_run=dry_run, **values), progress)
    _report_notes(report.notes, verbose)
    if verbose and report.reused:
        click.echo(f"{report.reused} unchanged notes not read again", err=True)
    _print_plan(report, dry_run, quiet, verbose)
    if report.errors:
        sys.exit(1)


def _card_json(result: NoteResult, card: Card, guid: str) -> dict[str, Any]:
    return {**card.as_dict(), "deck": result.deck, "guid": guid, "note": result.note.relative.as_posix()}


@main.command(epilog=EXIT_STATUS)
@paths_argument
@click.option("--json", "as_json", is_flag=True, help="One JSON array with every card.")
def cards(paths: tuple[Path, ...], as_json: bool) -> None:
    """List every card extracted from notes (default: notes/), for inspection.

    \b
    Examples:
      notedeck cards notes/aws.md
      notedeck cards notes --json | jq '.[] | select(.kind == "comparison")'
    """
    from .identity import assign_guids

    with _library_errors():
        results = collect(_paths(paths))
    listing: list[dict[str, Any]] = []
    for result in results:
        guids = assign_guids(result.deck, result.cards)
        listing.extend(_card_json(result, card, guid) for card, guid in zip(result.cards, guids, strict=True))
    if as_json:
        click.echo(json.dumps(listing, ensure_ascii=False, indent=2))
    else:
        for item in listing:
            context = " › ".join(item["context"][-3:])
            click.echo(
                f"{item['source']}  [{item['kind']}]  {context + ' › ' if context else ''}{item['front']}"
                f"  ({item['note']}#{item['key']})"
            )
            click.echo("    " + item["back"].replace("\n", "\n    "))
    _report_notes(results, verbose=False)
    if any(r.error for r in results):
        sys.exit(1)


@main.command(epilog=EXIT_STATUS)
@paths_argument
@click.option("--strict", is_flag=True, help="Exit 1 when there are warnings too.")
def check(paths: tuple[Path, ...], strict: bool) -> None:
    """Report what could not become a card, with file:line (default: notes/).

    Unanswered questions, labels and headings with nothing under them, N/A answers, terms
    defined twice differently, very long answers, identity collisions, broken image links.
    Exit 0 with warnings only (1 with --strict).

    \b
    Examples:
      notedeck check
      notedeck check notes/aws.md --strict
    """
    from .lint import lint

    with _library_errors():
        results = collect(_paths(paths))
    warnings = lint(results)
    for warning in warnings:
        click.echo(str(warning))
    _report_notes(results, verbose=False)
    errors = sum(1 for r in results if r.error is not None)
    total = sum(len(r.cards) for r in results)
    click.echo(f"{len(results)} notes, {total} cards, {len(warnings)} warnings, {errors} errors", err=True)
    if errors or (strict and warnings):
        sys.exit(1)


@main.command(epilog=EXIT_STATUS)
@paths_argument
@out_option(Path("preview.html"), "The HTML page to write.")
@click.option("--allow-html", is_flag=True, help="Keep raw HTML from notes (only for notes you trust).")
@verbosity_options
def preview(paths: tuple[Path, ...], out: Path, allow_html: bool, quiet: bool, verbose: bool) -> None:
    """Write one self-contained HTML page showing every card as Anki will.

    Cards are grouped by deck and section, with tags and file:line, and a search box
    (open preview.html#q=storage to start filtered).

    \b
    Example:
      notedeck preview notes --out preview.html && xdg-open preview.html
    """
    from .preview import write_preview

    with _library_errors():
        count, results = write_preview(_paths(paths), out, _options(allow_html=allow_html))
    _report_notes(results, verbose)
    if not quiet:
        click.echo(f"{count} cards -> {out}")
    if any(r.error for r in results):
        sys.exit(1)


@main.command(epilog=EXIT_STATUS)
@paths_argument
@out_option(Path("decks"), "Folder for the .apkg decks.")
@deck_options
@verbosity_options
def watch(paths: tuple[Path, ...], quiet: bool, verbose: bool, **values: Any) -> None:
    """Rebuild the decks every time a note is saved, and print what changed. Ctrl-C stops.

    \b
    Example:
      notedeck watch notes --out decks
    """
    from .watch import watch_and_build

    def on_build(report: BuildReport, changed: list[Path]) -> None:
        for path in changed:
            click.echo(f"changed: {path}")
        _report_notes(report.notes, verbose)
        _print_plan(report, False, quiet)

    def on_error(error: NotedeckError) -> None:
        click.echo(f"error: {error} (still watching: save again to rebuild)", err=True)

    with _library_errors():
        try:
            watch_and_build(_paths(paths), _options(**values), on_build, on_error=on_error)
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


SYNC_STATUS = "Exit status: 0 ok, 1 the sync stopped or failed (nothing changed), 2 usage error."


def _sync_lines(report: Any) -> Iterator[str]:
    plan = report.plan
    for deck, counts in sorted(plan.decks.items()):
        parts = [f"{counts.new} new", f"{counts.updated} updated", f"{counts.moved} moved", f"{counts.deleted} deleted"]
        extra = [("suspended", counts.suspended), ("kept as edited in Anki", counts.edited)]
        extra.append(("deleted in Anki, not added back", counts.skipped))
        parts.extend(f"{number} {what}" for what, number in extra if number)
        yield f"{deck}: {', '.join(parts)} ({counts.unchanged} unchanged)"
    for conflict in plan.conflicts:
        yield f"kept: {conflict.deck}: {conflict.label or conflict.guid}: {conflict.why}"
    if plan.held:
        yield f"{plan.held} notes not deleted: a note failed to read, so its cards may only look removed"
    if plan.unknown:
        yield f"{plan.unknown} notedeck notes in Anki match no card of the notes and were left alone"


@main.command(epilog=SYNC_STATUS)
@paths_argument
@click.option("--collection", type=click.Path(path_type=Path), help="The collection file (collection.anki2).")
@click.option("--profile", help="The Anki profile whose collection to sync (default: the one Anki opens).")
@click.option("--dry-run", is_flag=True, help="Print the plan (new / updated / moved / deleted per deck); change nothing.")
@out_option(Path("decks"), "The build folder: the sync remembers what it did in its .notedeck-state/.")
@click.option("--force", is_flag=True, help="Delete even when more than half of a deck's notedeck notes would go.")
@click.option("--keep-removed", is_flag=True, help="Suspend and tag notedeck::removed instead of deleting.")
@click.option("--restore", is_flag=True, help="Add back the notes you deleted in Anki.")
@click.option("--overwrite", is_flag=True, help="Overwrite notes edited in Anki with the text of the notes.")
@click.option("--via", type=click.Choice(["direct", "ankiconnect"]), default="direct", show_default=True,
              help="direct: write the collection file (Anki closed); ankiconnect: through a running Anki.")
@click.option("--ankiconnect-url", "url", default="http://127.0.0.1:8765", show_default=True,
              help="Where the AnkiConnect add-on listens.")
@click.option("--split-by", type=click.Choice(["h2"]), default=None, help="One sub-deck per top-level section.")
def sync(paths: tuple[Path, ...], **values: Any) -> None:
    """Write the notes straight into your Anki collection (default: notes/ into the default profile).

    Adds new cards, updates changed ones, moves cards whose deck changed and deletes the cards
    notedeck made that the notes no longer hold. Only notedeck's own notes are touched; notes you
    deleted or edited in Anki, your tags, suspensions and flags are kept. A backup of the
    collection is written first (the line says where).

    \b
    Examples:
      notedeck sync --dry-run
      notedeck sync notes --profile "User 1"
      notedeck sync --via ankiconnect      # Anki stays open (AnkiConnect add-on)
    """
    from .sync import SyncOptions
    from .sync import sync as run_sync

    if values["collection"] is not None and (values["profile"] is not None or values["via"] == "ankiconnect"):
        click.echo("Error: --collection cannot go with --profile or --via ankiconnect", err=True)
        sys.exit(2)
    with _library_errors():
        report = run_sync(_paths(paths), SyncOptions(**values))
    _report_notes(report.notes, verbose=False)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    verb = "would sync" if values["dry_run"] else "synced" if report.applied else "up to date:"
    click.echo(f"{verb} {report.where}")
    for line in _sync_lines(report):
        click.echo(line)
    if values["dry_run"] and report.plan.too_many:
        click.echo(f"would stop without --force: more than half of a deck deleted ({'; '.join(report.plan.too_many)})")
    if report.backup is not None:
        click.echo(f"backup of the collection before the sync: {report.backup}")
    if any(r.error for r in report.notes):
        sys.exit(1)
