"""TinyDB handles on library files, for writing them (readers read through the storage).

Imported by writers only: a lookup in a new process (`pressroom show`) does not load TinyDB.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from store.storage import AtomicJSONStorage


class StrIdTable(Table):
    """A TinyDB table whose documents are keyed by strings (release ids, person keys)."""

    document_id_class = str  # type: ignore[assignment]


class LibraryDB(TinyDB):
    """TinyDB with string document ids."""

    table_class = StrIdTable


def open_db(path: Path, *, keep_backup: bool = False) -> LibraryDB:
    """A TinyDB handle on ``path``, for writing, with the atomic storage."""
    return LibraryDB(path, storage=AtomicJSONStorage, keep_backup=keep_backup)


def storage_of(db: TinyDB) -> AtomicJSONStorage:
    storage = db.storage
    assert isinstance(storage, AtomicJSONStorage)
    return storage


def document(data: dict[str, Any], doc_id: str) -> Document:
    """A TinyDB document with a string id (for :class:`StrIdTable`)."""
    return Document(data, doc_id=doc_id)  # type: ignore[arg-type]
