"""Images in notes, found the way Obsidian finds them, and never outside the notes folder.

``![alt](img/a.png)`` is looked up beside the note, then from the notes folder; ``![[a.png]]``
anywhere in the vault by file name. A path that leads outside the notes folder is refused.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .render import MediaResolver

IMAGE_SUFFIXES = frozenset([".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".avif"])


class OutsideVault(Exception):
    """An image path that leads outside the notes folder."""


class MediaIndex:
    """The files of one notes folder, by name, built on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._by_name: dict[str, list[Path]] | None = None

    def _index(self) -> dict[str, list[Path]]:
        if self._by_name is None:
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
        matches = self._index().get(Path(src).name.casefold(), [])
        return matches[0] if matches else None

    def resolver(self, note: Path) -> MediaResolver:
        def resolve(src: str) -> Path | None:
            return self.find(note, src)

        return resolve
