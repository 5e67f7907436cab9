"""Exports of any event query as CSV, JSONL or Parquet, streamed batch by batch.

Two column layouts: ``native`` (the API's own event fields) and ``gdelt``, named and shaped like
the GDELT 2.0 event table where detente has the data (dates as ``YYYYMMDD`` integers, actor and
event codes, quad class, Goldstein scale, source URL), with ``GLOBALEVENTID`` holding detente's
event id.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from .actors import actor_names
from .query import EVENT_FROM, EVENT_SELECT, SORT_KEY, EventFilter

FIRST_SEEN_URL = "(SELECT min(g.url) FROM sightings g WHERE g.doc_id = e.doc_id)"
NATIVE_SELECT = EVENT_SELECT.replace("d.url,", f"coalesce(d.url, {FIRST_SEEN_URL}) AS url,")

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}
LAYOUTS = ("native", "gdelt")
BATCH_ROWS = 10_000

GDELT_SELECT = (
    "e.id AS GLOBALEVENTID, CAST(strftime(e.date, '%Y%m%d') AS INTEGER) AS SQLDATE, "
    "CAST(strftime(e.date, '%Y%m') AS INTEGER) AS MonthYear, year(e.date) AS Year, "
    "round(year(e.date) + (dayofyear(e.date) - 1) / 365.0, 4) AS FractionDate, "
    "e.source AS Actor1Code, n1.name AS Actor1Name, e.source_country AS Actor1CountryCode, "
    "e.target AS Actor2Code, n2.name AS Actor2Name, e.target_country AS Actor2CountryCode, "
    "CASE WHEN e.sentence_index = 0 THEN 1 ELSE 0 END AS IsRootEvent, "
    "e.code AS EventCode, left(e.code, 3) AS EventBaseCode, e.root AS EventRootCode, "
    "e.quad AS QuadClass, e.goldstein AS GoldsteinScale, "
    "(SELECT count(*) FROM sightings g WHERE g.doc_id = e.doc_id) AS NumMentions, "
    f"coalesce(d.url, {FIRST_SEEN_URL}) AS SOURCEURL"
)
_NAMES = "(SELECT unnest(?::VARCHAR[]) AS code, unnest(?::VARCHAR[]) AS name)"


def export_sql(flt: EventFilter, layout: str, limit: int) -> tuple[str, list]:
    """The whole query (up to ``limit`` rows) in ``layout``, oldest first."""
    clauses, params = flt.where()
    where = " WHERE " + " AND ".join(f"({c})" for c in clauses) if clauses else ""
    order = f" ORDER BY {SORT_KEY}, e.id LIMIT ?"
    if layout == "native":
        return f"SELECT {NATIVE_SELECT}{EVENT_FROM}{where}{order}", [*params, limit]
    names = actor_names()
    codes, labels = list(names), list(names.values())
    sql = (
        f"SELECT {GDELT_SELECT}{EVENT_FROM}"
        f" LEFT JOIN {_NAMES} n1 ON n1.code = e.source_country"
        f" LEFT JOIN {_NAMES} n2 ON n2.code = e.target_country"
        f"{where}{order}"
    )
    return sql, [codes, labels, codes, labels, *params, limit]


class _Sink(io.RawIOBase):
    """A write-only file that hands what was written to the caller between batches."""

    def __init__(self):
        self.chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.chunks.append(bytes(data))
        return len(data)

    def drain(self) -> bytes:
        out, self.chunks = b"".join(self.chunks), []
        return out


def _csv(reader: pa.RecordBatchReader) -> Iterator[bytes]:
    header = True
    for batch in reader:
        buf = io.BytesIO()
        pa_csv.write_csv(batch, buf, pa_csv.WriteOptions(include_header=header))
        header = False
        yield buf.getvalue()
    if header:  # no rows at all: still say what the columns are
        yield (",".join(f'"{n}"' for n in reader.schema.names) + "\n").encode()


def _jsonl(reader: pa.RecordBatchReader) -> Iterator[bytes]:
    for batch in reader:
        lines = [json.dumps(row, default=str) for row in batch.to_pylist()]
        if lines:
            yield ("\n".join(lines) + "\n").encode()


def _parquet(reader: pa.RecordBatchReader) -> Iterator[bytes]:
    sink = _Sink()
    with pq.ParquetWriter(sink, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            yield sink.drain()
    yield sink.drain()


WRITERS: dict[str, Callable[[pa.RecordBatchReader], Iterator[bytes]]] = {
    "csv": _csv,
    "jsonl": _jsonl,
    "parquet": _parquet,
}


def stream(open_reader, flt: EventFilter, *, fmt: str, layout: str, limit: int):
    """Bytes of the export, produced while the rows are read; ``open_reader`` gives a cursor
    context that stays open until the last chunk."""
    sql, params = export_sql(flt, layout, limit)
    with open_reader() as con:
        reader = con.sql(sql, params=params).to_arrow_reader(BATCH_ROWS)
        yield from WRITERS[fmt](reader)
