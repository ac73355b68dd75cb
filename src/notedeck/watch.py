"""``notedeck watch``: rebuild when a note is saved, and say what changed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from watchfiles import Change, watch

from .build import BuildOptions, BuildReport, build_decks
from .errors import NotedeckError, UsageError

WATCHED_SUFFIXES = (".md", ".markdown", ".toml", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


def _relevant(change: Change, path: str) -> bool:
    name = Path(path).name
    return not name.startswith(".") and path.lower().endswith(WATCHED_SUFFIXES)


def watch_and_build(
    paths: Sequence[Path],
    options: BuildOptions,
    on_build: Callable[[BuildReport, list[Path]], None],
    stop: threading.Event | None = None,
    debounce_ms: int = 300,
    on_error: Callable[[NotedeckError], None] | None = None,
) -> None:
    """Build once, then again after every batch of saved changes, until ``stop`` is set.

    A problem the user can fix while watching (a typo in ``notedeck.toml``, a note that cannot be
    read) is reported through ``on_error`` and the watch goes on; the next save builds again."""

    def attempt(changed: list[Path]) -> None:
        try:
            report = build_decks(paths, options)
        except UsageError:
            raise  # a wrong command line is not fixed by saving a note
        except NotedeckError as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            on_build(report, changed)

    attempt([])
    for changes in watch(
        *paths,
        watch_filter=_relevant,
        stop_event=stop,
        debounce=debounce_ms,
        rust_timeout=500,
        yield_on_timeout=False,
    ):
        attempt(sorted({Path(path) for _change, path in changes}))
