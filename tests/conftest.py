from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from notedeck.build import BuildOptions, BuildReport, build_decks

ROOT = Path(__file__).resolve().parent.parent
AWS_NOTE = ROOT / "tests" / "quality" / "aws.md"
"""A frozen copy of the user's note (notes/aws.md may be edited; tests pin its line numbers)."""
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="write golden files from the current output (then review the diff by hand)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


class Vault:
    """A notes folder and a decks folder in a temporary directory."""

    def __init__(self, base: Path) -> None:
        self.notes = base / "notes"
        self.out = base / "decks"
        self.notes.mkdir()

    def write(self, name: str, text: str, *, newline: str = "\n") -> Path:
        path = self.notes / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.replace("\n", newline).encode())
        return path

    def add_aws(self) -> Path:
        target = self.notes / "aws.md"
        shutil.copyfile(AWS_NOTE, target)
        return target

    def build(self, **options: object) -> BuildReport:
        return build_decks([self.notes], BuildOptions(out=self.out, **options))  # type: ignore[arg-type]


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Vault:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return Vault(tmp_path)


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def import_apkg(col: Collection, apkg: Path) -> object:
    """Import like the desktop app with its default options (update notes if newer)."""
    request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


@pytest.fixture
def importer() -> Callable[[Collection, Path], object]:
    return import_apkg
