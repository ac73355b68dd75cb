"""Images in notes, found the way Obsidian finds them, and never outside the notes folder.

``![alt](img/a.png)`` is looked up beside the note, then from the notes folder; ``![[a.png]]``
anywhere in the vault by file name. A path that leads outside the notes folder is refused.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path

from .errors import MediaError
from .render import MediaResolver


class OutsideVault(MediaError):
    """An image path that leads outside the notes folder (symbolic links followed)."""


class MediaIndex:
    """The files of one notes folder, by name, built on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._by_name: dict[str, list[Path]] | None = None

    @classmethod
    @cache
    def of(cls, root: Path) -> MediaIndex:
        """The one index of a notes folder in this process (build, check and preview share it)."""
        return cls(root)

    def _index(self, refresh: bool = False) -> dict[str, list[Path]]:
        if self._by_name is None or refresh:
            self._by_name = defaultdict(list)
            for path in sorted(self.root.rglob("*")):
                relative = path.relative_to(self.root)
                if path.is_file() and not any(p.startswith(".") for p in relative.parts[:-1]):
                    self._by_name[path.name.casefold()].append(path)
        return self._by_name

    def find(self, note: Path, src: str) -> Path | None:
        """The file ``src`` (as written in ``note``) refers to; OutsideVault if it leaves the folder."""
        for base in (note.resolve().parent, self.root):
            candidate = (base / src).resolve()
            if not candidate.is_relative_to(self.root):
                raise OutsideVault(src)
            if candidate.is_file():
                return candidate
        name = Path(src).name.casefold()
        for refresh in (False, True):  # an image added, moved or deleted since the index was made
            for match in self._index(refresh).get(name, []):
                target = match.resolve()  # a link inside the folder may point anywhere: follow it
                if not target.is_relative_to(self.root):
                    raise OutsideVault(src)
                if target.is_file():
                    return target
        return None

    def resolver(self, note: Path) -> MediaResolver:
        def resolve(src: str) -> Path | None:
            return self.find(note, src)

        return resolve
