"""Storage: the DuckDB file (default) with a versioned schema."""

from .duckdb_store import Store, event_id, open_store
from .schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "event_id", "open_store"]
