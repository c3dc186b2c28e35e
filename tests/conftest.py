"""Fixtures shared by the store and browser tests: real files, real libraries on disk."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from store.library import Library

REPO = Path(__file__).resolve().parent.parent
SAMPLE_RELEASES = REPO / "sample_data" / "releases"
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session", autouse=True)
def private_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test worker gets its own data and cache directories: no test reads or writes the
    real user's library, and parallel workers never share a cached search index."""
    base = tmp_path_factory.mktemp("user")
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(base / name.lower())
    os.environ.pop("PRESSROOM_DB", None)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real releases, read at test time; tests that need them skip when absent."""
    releases = CORPUS / "releases"
    if not releases.is_dir():
        pytest.skip("the real corpus (../shared/corpus) is not present")
    return CORPUS


@pytest.fixture(scope="session")
def sample_releases() -> Path:
    return SAMPLE_RELEASES


@pytest.fixture(scope="session")
def sample_library_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library built once from the project's own sample releases."""
    from store.importer import import_paths

    path = tmp_path_factory.mktemp("sample") / "library"
    library = Library.create(path)
    import_paths(library, [SAMPLE_RELEASES])
    return path


@pytest.fixture
def sample_library(sample_library_template: Path, tmp_path: Path) -> Library:
    """A private, writable copy of the sample library."""
    path = tmp_path / "library"
    shutil.copytree(sample_library_template, path)
    return Library.open(path)


@pytest.fixture(scope="session")
def corpus_library_template(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    from store.importer import import_paths

    path = tmp_path_factory.mktemp("corpus") / "library"
    library = Library.create(path)
    import_paths(library, [corpus_dir / "releases", corpus_dir / "variants"])
    return path


@pytest.fixture
def corpus_library(corpus_library_template: Path, tmp_path: Path) -> Library:
    path = tmp_path / "corpus-library"
    shutil.copytree(corpus_library_template, path)
    return Library.open(path)
