"""The manifest written through TinyDB (readers read it through the storage alone).

Imported by writers only: a lookup in a new process (`pressroom show`) does not load TinyDB.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def write_manifest(
    path: Path, meta: dict[str, Any], decisions: Sequence[dict[str, Any]] | None = None
) -> None:
    """Write a library's manifest record, and the user's people decisions when given, in one
    atomic write (the previous manifest kept as ``.bak``).

    One write: TinyDB's upsert first writes the table empty, and a manifest without its record,
    even for a moment, is a library that no reader (or restart) can open.
    """
    db = LibraryDB(path, storage=AtomicJSONStorage, keep_backup=True)
    storage = db.storage
    assert isinstance(storage, AtomicJSONStorage)
    with storage.batch():
        db.table("meta").upsert(_document(meta, "library"))
        if decisions is not None:
            table = db.table("decisions")
            table.truncate()
            for number, decision in enumerate(decisions, start=1):
                table.insert(_document(decision, str(number)))


def _document(data: dict[str, Any], doc_id: str) -> Document:
    """A TinyDB document with a string id (for :class:`StrIdTable`)."""
    return Document(data, doc_id=doc_id)  # type: ignore[arg-type]
