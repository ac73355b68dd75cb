"""One error hierarchy; every error knows the file and line it is about."""

from __future__ import annotations

from pathlib import Path


class NotedeckError(Exception):
    """Base class: a problem the user can act on, located at ``path:line`` when known."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    @property
    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def __str__(self) -> str:
        where = self.location
        return f"{where}: {self.message}" if where else self.message


class NoteReadError(NotedeckError):
    """A note file could not be read as UTF-8 text."""


class NoteParseError(NotedeckError):
    """A note file could not be turned into an outline."""


class ConfigError(NotedeckError):
    """notedeck.toml or [tool.notedeck] is invalid."""


class MediaError(NotedeckError):
    """An image reference points outside the notes folder or cannot be packed."""


class UsageError(NotedeckError):
    """The command line asked for something impossible (exit status 2)."""


class StateError(NotedeckError):
    """The build state (``decks/.notedeck-state/``) is damaged or cannot be written."""


class SyncError(NotedeckError):
    """``notedeck sync`` cannot or must not change the collection (Anki holds it, too much to delete)."""
