"""Atomic file writes: write a temporary file beside the target, then rename it into place."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path, *, durable: bool = False) -> Iterator[Path]:
    """Yield a temporary path in ``target``'s folder; on success it replaces ``target``.

    A crash or kill before the rename leaves ``target`` as it was and no partial file under its
    name (only a ``.tmp`` file that the next build cleans up).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    try:
        yield temporary
        if durable:  # survive a power cut too, not only a killed process
            with open(temporary, "rb+") as stream:
                os.fsync(stream.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_atomic(target: Path, write: Callable[[Path], None], *, durable: bool = False) -> None:
    with atomic_path(target, durable=durable) as temporary:
        write(temporary)


_OWN_TEMPORARY = re.compile(r"^\..+\.(?:apkg|json|html)\.[a-z0-9_]{8}\.tmp$")
"""The names ``atomic_path`` gives its temporary files: nothing else is ever removed."""


def clean_stale(folder: Path) -> None:
    """Remove temporary files left by a build that was killed mid-write: only notedeck's own
    (``.aws.apkg.k3j2h1g0.tmp``), never a user's ``.draft.md.tmp``, and not in hidden folders
    other than the build state."""
    if not folder.is_dir():
        return
    for current, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".") or f == ".notedeck-state"]
        for name in files:
            if _OWN_TEMPORARY.match(name):
                (Path(current) / name).unlink(missing_ok=True)


def write_text_atomic(target: Path, text: str, *, durable: bool = False) -> None:
    """``write_atomic`` for UTF-8 text."""
    data = text.encode("utf-8")

    def write(temporary: Path) -> None:
        temporary.write_bytes(data)

    write_atomic(target, write, durable=durable)


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """One build at a time in an output folder: a second one (``make decks`` while ``watch`` runs)
    waits for the first instead of renaming files under it. POSIX advisory lock; elsewhere none."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".notedeck.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
