"""The ``notedeck`` command: thin click commands over the library (the only module importing click).

Exit status: 0 ok; 1 some notes failed (the others were built) or ``check --strict`` found
warnings; 2 usage error (bad option, missing path, bad config).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .build import BuildOptions, BuildReport, build_decks, collect
from .errors import NotedeckError, UsageError

F = TypeVar("F", bound=Callable[..., Any])

EPILOG_EXIT = "Exit status: 0 ok, 1 some notes failed (the rest were built), 2 usage error."


def paths_argument(default: str) -> Callable[[F], F]:
    """PATHS... (files or folders of notes), defaulting to ``default``."""

    def decorate(function: F) -> F:
        return click.argument("paths", nargs=-1, type=click.Path(path_type=Path))(function)

    decorate.default = default  # type: ignore[attr-defined]
    return decorate


def _paths(paths: tuple[Path, ...], default: str = "notes") -> list[Path]:
    return list(paths) or [Path(default)]


def _fail_usage(exc: NotedeckError) -> None:
    click.echo(f"Error: {exc}", err=True)
    sys.exit(2)


def _errors(report_errors: list[NotedeckError]) -> None:
    for error in report_errors:
        click.echo(f"error: {error}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EPILOG_EXIT)
@click.version_option(__version__, prog_name="notedeck")
def main() -> None:
    """Turn Markdown study notes into Anki decks.

    \b
    Example:
      notedeck build notes --out decks
    """


def _print_plan(report: BuildReport, dry_run: bool, quiet: bool) -> None:
    for deck in report.decks:
        plan = deck.plan
        verb = "would write" if dry_run else "wrote"
        total = plan.new + plan.updated + plan.unchanged
        if not quiet:
            click.echo(
                f"{deck.deck}: {total} cards ({plan.new} new, {plan.updated} updated, "
                f"{plan.unchanged} unchanged, {plan.retired} retired) -> {verb} {deck.path}"
            )
        for warning in deck.warnings:
            click.echo(f"warning: {warning}", err=True)


@main.command(epilog=EPILOG_EXIT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    type=click.Path(path_type=Path),
    default=Path("decks"),
    show_default=True,
    help="Folder for the .apkg decks.",
)
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
@click.option("--tag", "tags", multiple=True, help="Only cards with this tag (repeatable).")
@click.option(
    "--exclude-tag", "exclude_tags", multiple=True, help="Leave out cards with this tag (repeatable)."
)
@click.option(
    "--split-by", type=click.Choice(["h2"]), default=None, help="One sub-deck per top-level section."
)
@click.option("--allow-html", is_flag=True, help="Keep raw HTML from notes (only for notes you trust).")
@click.option("-q", "--quiet", is_flag=True, help="Print errors and warnings only.")
def build(
    paths: tuple[Path, ...],
    out: Path,
    dry_run: bool,
    tags: tuple[str, ...],
    exclude_tags: tuple[str, ...],
    split_by: str | None,
    allow_html: bool,
    quiet: bool,
) -> None:
    """Build notes (files or folders; default: notes/) into one .apkg deck per note.

    Each deck line says how many cards are new, updated, unchanged and retired
    (removed from the notes: tagged notedeck::retired so you can delete them in Anki).

    \b
    Examples:
      notedeck build                      # notes/ -> decks/
      notedeck build notes/aws.md --dry-run
      notedeck build --tag storage --out /tmp/storage-decks
    """
    options = BuildOptions(
        out=out,
        dry_run=dry_run,
        tags=tags,
        exclude_tags=exclude_tags,
        split_by=split_by,
        allow_html=allow_html,
    )
    try:
        report = build_decks(_paths(paths), options)
    except UsageError as exc:
        _fail_usage(exc)
        return
    except NotedeckError as exc:
        raise click.ClickException(str(exc)) from None
    _print_plan(report, dry_run, quiet)
    _errors(report.errors)
    if report.errors:
        sys.exit(1)


def _card_json(result: Any, card: Any, guid: str) -> dict[str, Any]:
    return {
        "kind": card.kind,
        "front": card.front,
        "back": card.back,
        "extra": card.extra,
        "context": list(card.context),
        "tags": list(card.tags),
        "deck": result.deck,
        "source": str(card.source),
        "guid": guid,
    }


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON array with every card.")
def cards(paths: tuple[Path, ...], as_json: bool) -> None:
    """List every card extracted from notes (default: notes/), for inspection.

    \b
    Examples:
      notedeck cards notes/aws.md
      notedeck cards notes --json | jq '.[] | select(.kind == "comparison")'
    """
    from .identity import assign_guids

    try:
        results = collect(_paths(paths))
    except UsageError as exc:
        _fail_usage(exc)
        return
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
            )
            click.echo("    " + item["back"].replace("\n", "\n    "))
    _errors([r.error for r in results if r.error is not None])
    if any(r.error for r in results):
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Exit 1 when there are warnings too.")
def check(paths: tuple[Path, ...], strict: bool) -> None:
    """Report what could not become a card, with file:line (default: notes/).

    Unanswered questions, labels and headings with nothing under them, N/A answers,
    terms defined twice, identity collisions, missing images. Exit 0 with warnings only.

    \b
    Examples:
      notedeck check
      notedeck check notes/aws.md --strict
    """
    from .lint import lint

    try:
        results = collect(_paths(paths))
    except UsageError as exc:
        _fail_usage(exc)
        return
    warnings = lint(results)
    for warning in warnings:
        click.echo(f"{warning}")
    errors = [r.error for r in results if r.error is not None]
    _errors(errors)
    cards_total = sum(len(r.cards) for r in results)
    click.echo(
        f"{len(results)} notes, {cards_total} cards, {len(warnings)} warnings, {len(errors)} errors", err=True
    )
    if errors or (strict and warnings):
        sys.exit(1)
