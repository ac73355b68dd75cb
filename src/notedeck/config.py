"""User settings: ``notedeck.toml`` in the notes folder, or ``[tool.notedeck]`` in pyproject.toml.

deck_prefix = "Certs"                 # every deck goes under Certs::
[decks]
"aws.md" = "AWS::Solutions Architect"  # note file (glob) -> deck name
[tags]
rename = { db = "databases" }        # rename derived tags
[[tags.add]]
heading = "*Kinesis*"                 # any heading in the card's path (glob, any case)
tags = ["streaming"]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class TagRule:
    """Add tags to cards under headings matching a pattern."""

    heading: str
    """Glob matched against each heading of the card's path, case-insensitively."""
    tags: tuple[str, ...]
    """Tags to add."""


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for one build."""

    deck_prefix: str = ""
    """Parent deck for every deck ('' for none)."""
    decks: dict[str, str] = field(default_factory=dict)
    """Note path glob (relative to the notes folder) -> deck name."""
    rename: dict[str, str] = field(default_factory=dict)
    """Derived tag -> tag to use instead."""
    add: tuple[TagRule, ...] = ()
    """Extra tags per heading pattern."""
    path: Path | None = None
    """Where the settings were read from (None: defaults)."""
    skip: frozenset[str] = frozenset()
    """Card keys left out, as ``notedeck cards`` prints them: ``aws.md#definition:spot`` for one
    note, ``definition:spot`` for every note."""

    def skips(self, relative: str, key: str) -> bool:
        return key in self.skip or f"{relative}#{key}" in self.skip

    def deck_for(self, relative: str) -> str | None:
        for pattern, name in self.decks.items():
            if fnmatch(relative, pattern) or fnmatch(Path(relative).name, pattern):
                return name
        return None

    def extra_tags(self, headings: tuple[str, ...]) -> list[str]:
        found: list[str] = []
        for rule in self.add:
            if any(fnmatch(h.casefold(), rule.heading.casefold()) for h in headings):
                found.extend(rule.tags)
        return found


def _table(data: dict[str, object], key: str, path: Path) -> dict[str, object]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{key}] must be a table", path)
    return value


def _from_dict(data: dict[str, object], path: Path) -> Config:
    known = {"deck_prefix", "decks", "tags", "skip"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(
            f"unknown setting(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})", path
        )
    prefix = data.get("deck_prefix", "")
    if not isinstance(prefix, str):
        raise ConfigError("deck_prefix must be a string", path)
    decks_table = _table(data, "decks", path)
    wrong = sorted(str(k) for k, v in decks_table.items() if not isinstance(v, str))
    if wrong:
        raise ConfigError(f"[decks] {wrong[0]!r} must name a deck as a string", path)
    decks = {str(k): str(v) for k, v in decks_table.items()}
    tags = _table(data, "tags", path)
    unknown_tags = sorted(set(tags) - {"rename", "add"})
    if unknown_tags:
        raise ConfigError(
            f"unknown setting(s) in [tags]: {', '.join(unknown_tags)} (known: add, rename)", path
        )
    rename = tags.get("rename", {})
    rules = tags.get("add", [])
    if not isinstance(rename, dict) or not isinstance(rules, list):
        raise ConfigError("[tags] rename must be a table and [[tags.add]] a list of tables", path)
    add = []
    for rule in rules:
        if (
            not isinstance(rule, dict)
            or not isinstance(rule.get("heading"), str)
            or not isinstance(rule.get("tags"), list)
        ):
            raise ConfigError('each [[tags.add]] needs heading = "pattern" and tags = [...]', path)
        add.append(TagRule(rule["heading"], tuple(str(t) for t in rule["tags"])))
    skip = data.get("skip", [])
    if isinstance(skip, dict):  # [skip] cards = [...]
        unknown_skip = sorted(set(skip) - {"cards"})
        if unknown_skip:
            raise ConfigError(f"unknown setting(s) in [skip]: {', '.join(unknown_skip)} (known: cards)", path)
        skip = skip.get("cards", [])
    if not isinstance(skip, list) or not all(isinstance(key, str) for key in skip):
        raise ConfigError('skip must be a list of card keys, e.g. skip = ["aws.md#definition:spot"]', path)
    renamed = {str(k): str(v) for k, v in rename.items()}
    return Config(prefix, decks, renamed, tuple(add), path, frozenset(skip))


def _read(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", path) from None


def load_config(notes_root: Path) -> Config:
    """``notedeck.toml`` in the notes folder wins; else ``[tool.notedeck]`` of pyproject.toml beside it."""
    own = notes_root / "notedeck.toml"
    if own.is_file():
        return _from_dict(_read(own), own)
    for folder in (notes_root, notes_root.parent):
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            tool = _read(pyproject).get("tool", {})
            section = tool.get("notedeck") if isinstance(tool, dict) else None
            if isinstance(section, dict):
                return _from_dict(section, pyproject)
    return Config()
