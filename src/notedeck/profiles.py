"""Where Anki keeps a profile's collection: the folder Anki itself uses on each system, and the
profile Anki opens by default (the last one opened, recorded in ``prefs21.db``).

The layout is Anki's own: ``<base>/prefs21.db`` (a ``profiles`` table whose ``_global`` row
holds a pickled dict with ``last_loaded_profile_name``) and ``<base>/<profile>/collection.anki2``.
The pickle is read with an unpickler that builds no object but plain Python data: a profile
file cannot run code through notedeck.
"""

from __future__ import annotations

import io
import os
import pickle
import sqlite3
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import SyncError

COLLECTION_FILE = "collection.anki2"
PREFS_FILE = "prefs21.db"
_GLOBAL = "_global"


def anki_base(
    env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path:
    """Anki's data folder: ``%APPDATA%\\Anki2``, ``~/Library/Application Support/Anki2``, or
    ``$XDG_DATA_HOME/Anki2`` (``~/.local/share/Anki2``). ``ANKI_BASE`` overrides it, as in Anki."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if env.get("ANKI_BASE"):
        return Path(env["ANKI_BASE"])
    if platform.startswith("win"):
        appdata = env.get("APPDATA")
        return Path(appdata) / "Anki2" if appdata else home / "AppData" / "Roaming" / "Anki2"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "Anki2"
    data = env.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    return Path(data) / "Anki2"


class _Opaque:
    """Stands for any non-builtin object in Anki's pickles (Qt geometry...): never used."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def __setstate__(self, state: object) -> None:
        pass


class _SafeUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        return _Opaque


def _read_global(prefs: Path) -> dict[str, Any]:
    try:
        connection = sqlite3.connect(f"{prefs.as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("select cast(data as blob) from profiles where name = ?", (_GLOBAL,))
            found = row.fetchone()
        finally:
            connection.close()
        data = _SafeUnpickler(io.BytesIO(found[0])).load() if found else {}
    except (sqlite3.Error, pickle.UnpicklingError, EOFError, ValueError, TypeError, IndexError):
        return {}
    return data if isinstance(data, dict) else {}


def profile_names(base: Path) -> list[str]:
    """Profile folders that hold a collection, sorted."""
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / COLLECTION_FILE).is_file())


def default_profile(base: Path) -> str:
    """The profile Anki opens: the last one opened, else the only one there is."""
    names = profile_names(base)
    last = _read_global(base / PREFS_FILE).get("last_loaded_profile_name")
    if isinstance(last, str) and last in names:
        return last
    if len(names) == 1:
        return names[0]
    if not names:
        raise SyncError(f"no Anki profile found in {base}; give the collection with --collection PATH")
    listed = ", ".join(names)
    raise SyncError(
        f"several Anki profiles in {base} ({listed}) and none was last opened; pick one with --profile NAME"
    )


def collection_path(profile: str | None = None, base: Path | None = None) -> Path:
    """The collection file of ``profile`` (default: the profile Anki opens) under ``base``."""
    base = anki_base() if base is None else base
    name = default_profile(base) if profile is None else profile
    path = base / name / COLLECTION_FILE
    if not path.is_file():
        known = ", ".join(profile_names(base)) or "none"
        raise SyncError(f"no Anki profile named {name!r} in {base} (profiles: {known})")
    return path
