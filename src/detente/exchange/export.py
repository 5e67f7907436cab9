"""Export the store's events as CSV, Parquet, JSONL, a GDELT-2.0-like layout or PLOVER-style JSON.

Every format starts from the same rows (:meth:`Store.export_batches`): each event's columns plus
its provenance (sentence text, document title, URL and source, and every origin it was seen
at). CSV and JSONL carry all of them; the GDELT layout fills the columns we have and leaves the
others empty (``GLOBALEVENTID`` holds our event id, a hex string, not a number); PLOVER-style
JSON lists only events whose CAMEO code maps to a PLOVER type.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from detente.errors import ConfigError
from detente.exchange import gdelt
from detente.store import Store
from detente.store import parquet as store_parquet

FORMATS = ("csv", "parquet", "jsonl", "gdelt", "plover")
NO_STATE = "---"


def export_events(
    store: Store,
    fmt: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
    out: str | os.PathLike | BinaryIO | None = None,
    *,
    include_flagged: bool = False,
) -> int:
    """Write the events dated ``since..until`` (inclusive) in format ``fmt`` to ``out``.

    out: a file name (written atomically), an open binary stream, or ``None`` for standard
        output.
    include_flagged (bool): also export negated and hypothetical events (their flags are
        columns of every format but GDELT and PLOVER).
    RETURNS (int): the number of events written. Raises ConfigError for an unknown format.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; known formats: {', '.join(FORMATS)}")
    with _sink(out) as sink:
        if fmt == "parquet":
            return store_parquet.export_events(
                store, sink, since, until, include_flagged=include_flagged
            )
        rows = _rows(store, since, until, include_flagged)
        text = io.TextIOWrapper(sink, encoding="utf-8", newline="")
        try:
            return _WRITERS[fmt](rows, text)
        finally:
            text.flush()
            text.detach()


@contextmanager
def _sink(out) -> Iterator[BinaryIO]:
    if out is None:
        yield sys.stdout.buffer
        return
    if not isinstance(out, str | os.PathLike):
        yield out
        return
    target = Path(out)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with tmp.open("wb") as handle:
            yield handle
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _rows(store: Store, since, until, include_flagged: bool) -> Iterator[dict]:
    reader = store.export_batches(since=since, until=until, include_flagged=include_flagged)
    for batch in reader:
        yield from batch.to_pylist()


def _plain(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_csv(rows, text) -> int:
    writer = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(text, fieldnames=list(row))
            writer.writeheader()
        row["origins"] = "|".join(row["origins"] or ())
        writer.writerow({k: _plain(v) for k, v in row.items()})
        count += 1
    return count


def _write_jsonl(rows, text) -> int:
    count = 0
    for row in rows:
        text.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_gdelt(rows, text) -> int:
    writer = csv.writer(
        text, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
    )
    writer.writerow(gdelt.COLUMNS)
    count = 0
    for row in rows:
        filled = gdelt_record(row)
        writer.writerow([_tsv(filled.get(name, "")) for name in gdelt.COLUMNS])
        count += 1
    return count


def _tsv(value) -> str:
    return "" if value is None else " ".join(str(value).split())


def gdelt_record(row: dict) -> dict[str, object]:
    """The GDELT columns we can fill for one exported event row."""
    out: dict[str, object] = {"GLOBALEVENTID": row["id"]}
    day = row["date"]
    if day:
        year_days = 366 if dt.date(day.year, 12, 31).timetuple().tm_yday == 366 else 365
        out |= {
            "SQLDATE": day.strftime("%Y%m%d"),
            "MonthYear": day.strftime("%Y%m"),
            "Year": day.year,
            "FractionDate": f"{day.year + day.timetuple().tm_yday / year_days:.4f}",
        }
    for number, side in ((1, "source"), (2, "target")):
        code, country = row[side], row[f"{side}_country"]
        out[f"Actor{number}Code"] = code
        out[f"Actor{number}Name"] = row[f"{side}_text"]
        if country not in (NO_STATE, "IGO", "NGO"):
            out[f"Actor{number}CountryCode"] = country
        if len(code) >= 6:
            out[f"Actor{number}Type1Code"] = code[3:6]
    out |= {
        "EventCode": row["code"],
        "EventBaseCode": row["code"][:3],
        "EventRootCode": row["root"],
        "QuadClass": row["quad"],
        "GoldsteinScale": row["goldstein"],
        "NumMentions": len(row["origins"] or ()),
        "SOURCEURL": row["doc_url"] or next(iter(row["origins"] or ()), ""),
    }
    return out


def _write_plover(rows, text) -> int:
    count = 0
    text.write("[")
    for row in rows:
        if not row["plover"]:
            continue
        text.write(",\n" if count else "\n")
        text.write(json.dumps(plover_record(row), ensure_ascii=False))
        count += 1
    text.write("\n]\n")
    return count


def plover_record(row: dict) -> dict:
    """One event in a PLOVER-style record: type, actors, date and the sourced text."""
    return {
        "id": row["id"],
        "date": _plain(row["date"]),
        "event_type": row["plover"],
        "mode": None,
        "context": None,
        "cameo_code": row["code"],
        "actor1": row["source_text"],
        "actor1_code": row["source"],
        "actor1_country": row["source_country"],
        "actor2": row["target_text"],
        "actor2_code": row["target"],
        "actor2_country": row["target_country"],
        "text": row["sentence"],
        "trigger": row["trigger_text"],
        "negated": row["negated"],
        "hypothetical": row["hypothetical"],
        "source": {"title": row["doc_title"], "url": row["doc_url"], "origins": row["origins"]},
    }


_WRITERS = {
    "csv": _write_csv,
    "jsonl": _write_jsonl,
    "gdelt": _write_gdelt,
    "plover": _write_plover,
}
