"""The app's database: one DuckDB connection, and a fresh cursor for every request.

DuckDB connections are not thread-safe, so each request reads through its own ``cursor()``
(created under a lock). The database is opened read-only unless the app accepts ingests; writes
then go through one writer at a time.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from ..store import Store, open_store


class Database:
    """The store behind the app."""

    def __init__(self, path: str | os.PathLike, *, writable: bool = False):
        self._store = open_store(path, read_only=not writable)
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self.writable = writable

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one request, closed afterwards."""
        with self._lock:
            cur = self._store.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """A store for one writer at a time (only when opened writable)."""
        with self._write_lock, self.reader() as cur:
            yield Store(cur, self._store.path)

    def close(self) -> None:
        self._store.close()
