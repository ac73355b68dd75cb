"""``notedeck watch``: rebuild when a note is saved, and say what changed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from watchfiles import Change, watch

from .build import BuildOptions, BuildReport, build_decks

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
) -> None:
    """Build once, then again after every batch of saved changes, until ``stop`` is set."""
    on_build(build_decks(paths, options), [])
    for changes in watch(
        *paths,
        watch_filter=_relevant,
        stop_event=stop,
        debounce=debounce_ms,
        rust_timeout=500,
        yield_on_timeout=False,
    ):
        changed = sorted({Path(path) for _change, path in changes})
        on_build(build_decks(paths, options), changed)
