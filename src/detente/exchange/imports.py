"""Import GDELT 2.0 and ICEWS event files into the store.

Neither format carries the article text, so each imported event gets a *synthetic* document
with one synthetic sentence: a fixed line naming the format and the event id, written so that
it holds no actor names (the event coder finds nothing in it, and the document is marked as
read by the current coder anyway). Provenance is the file and line (the document's sighting
``origin``, ``path:line``) and the source URL (GDELT ``SOURCEURL``; ICEWS has only a publisher
name). Events of one GDELT article (same ``SOURCEURL``) or one ICEWS story (same ``Story ID``)
share a story, so the analysis counts a repeated report of the same event once.

A row that cannot be used (wrong width, bad date, unknown CAMEO code, no usable actor) is
reported in :attr:`ImportReport.skipped` with its file and line, and the import goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from detente.errors import SourceError
from detente.exchange import gdelt
from detente.exchange.actors import gdelt_actor, icews_actor
from detente.records import Document, Event, Sentence
from detente.store import Store

ICEWS_REQUIRED = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
)


@dataclass(slots=True)
class ImportReport:
    rows: int = 0
    imported: int = 0
    skipped: list[SourceError] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "rows": self.rows,
            "imported": self.imported,
            "skipped": len(self.skipped),
            "problems": [{"origin": s.origin, "reason": s.reason} for s in self.skipped],
        }


@dataclass(frozen=True, slots=True)
class Imported:
    document: Document
    story: str
    event: Event


class RowError(ValueError):
    """One row cannot be imported; the message says why."""


def import_gdelt(
    paths: Iterable[str | os.PathLike], store: Store, *, batch_size: int = 5000
) -> ImportReport:
    """Import GDELT 2.0 event export files (tab-separated, 61 columns; a header line is
    tolerated) into ``store``."""
    return _import(paths, store, _gdelt_rows, batch_size)


def import_icews(
    paths: Iterable[str | os.PathLike], store: Store, *, batch_size: int = 5000
) -> ImportReport:
    """Import ICEWS event files (tab-separated, with their header line) into ``store``."""
    return _import(paths, store, _icews_rows, batch_size)


RowReader = Callable[[Path], Iterator[tuple[int, Callable[[], Imported]]]]


def _import(paths, store: Store, rows: RowReader, batch_size: int) -> ImportReport:
    from detente.coding import CODER_VERSION

    report = ImportReport()
    batch: list[Imported] = []
    for path in map(Path, paths):
        for line, build in rows(path):
            report.rows += 1
            try:
                batch.append(build())
            except RowError as exc:
                report.skipped.append(SourceError(f"{path}:{line}", str(exc)))
            if len(batch) >= batch_size:
                _write(store, batch, CODER_VERSION)
                report.imported += len(batch)
                batch = []
    _write(store, batch, CODER_VERSION)
    report.imported += len(batch)
    return report


def _write(store: Store, batch: list[Imported], version: str) -> None:
    if batch:
        store.write_documents(
            [(i.document, i.story, None) for i in batch], [i.document for i in batch]
        )
        store.write_events([(i.document.id, i.story, [i.event]) for i in batch], version)


MAX_LINE_BYTES = 1024 * 1024  # a GDELT or ICEWS row is about 1 KB; a longer line is junk


def _open(path: Path):
    try:
        return path.open("rb")
    except OSError as exc:
        raise SourceError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def _lines(path: Path) -> Iterator[tuple[int, list[str] | RowError]]:
    """The tab-separated fields of each non-blank line, or the :class:`RowError` the line is
    (not UTF-8, or longer than :data:`MAX_LINE_BYTES`, read no further than that bound)."""
    with _open(path) as handle:
        number = 0
        while raw := handle.readline(MAX_LINE_BYTES + 1):
            number += 1
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                _skip_rest_of_line(handle)
                yield number, RowError(f"line longer than {MAX_LINE_BYTES} bytes")
                continue
            try:
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield number, RowError(f"not UTF-8 at byte {exc.start}")
                continue
            text = text.rstrip("\r\n")
            if text.strip():
                yield number, text.split("\t")


def _skip_rest_of_line(handle) -> None:
    while (rest := handle.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
        pass


def _raise(error: RowError) -> Callable[[], Imported]:
    def build() -> Imported:
        raise error

    return build


def _gdelt_rows(path: Path):
    for line, fields in _lines(path):
        if isinstance(fields, RowError):
            yield line, _raise(fields)
        elif not (line == 1 and fields[:1] == ["GLOBALEVENTID"]):
            yield line, lambda fields=fields, line=line: _gdelt_row(fields, path, line)


def _gdelt_row(fields: list[str], path: Path, line: int) -> Imported:
    if len(fields) != len(gdelt.COLUMNS):
        raise RowError(f"{len(fields)} columns, a GDELT 2.0 event has {len(gdelt.COLUMNS)}")
    row = dict(zip(gdelt.COLUMNS, fields, strict=True))
    day = _date(row["SQLDATE"], "%Y%m%d")
    source = gdelt_actor(row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"])
    target = gdelt_actor(row["Actor2Code"], row["Actor2CountryCode"], row["Actor2Type1Code"])
    url = row["SOURCEURL"] or None
    doc = _document("gdelt", row["GLOBALEVENTID"], day, path, line, url, _domain(url))
    story = "url-" + _digest(url) if url else doc.id
    event = _event(
        doc,
        source,
        target,
        row["EventCode"],
        day,
        (row["Actor1Name"], row["Actor2Name"]),
        goldstein=row["GoldsteinScale"],
        quad=row["QuadClass"],
        version="GDELT 2.0 import",
    )
    return Imported(doc, story, event)


def _icews_rows(path: Path):
    lines = _lines(path)
    _, header = next(lines, (0, []))
    names = header if isinstance(header, list) else []
    missing = [c for c in ICEWS_REQUIRED if c not in names]
    if missing:
        raise SourceError(str(path), f"not an ICEWS event file: no column {missing[0]!r}")
    for line, fields in lines:
        if isinstance(fields, RowError):
            yield line, _raise(fields)
            continue
        row = dict(zip(names, fields + [""] * (len(names) - len(fields)), strict=False))
        yield line, lambda row=row, line=line: _icews_row(row, path, line)


def _icews_row(row: dict, path: Path, line: int) -> Imported:
    day = _date(row["Event Date"], "%Y-%m-%d")
    source = icews_actor(row["Source Country"] or "", row["Source Sectors"] or "")
    target = icews_actor(row["Target Country"] or "", row["Target Sectors"] or "")
    publisher = row.get("Publisher") or None
    doc = _document("icews", row["Event ID"], day, path, line, None, publisher)
    story_id = row.get("Story ID") or ""
    story = f"icews-story-{story_id}" if story_id else doc.id
    event = _event(
        doc,
        source,
        target,
        row["CAMEO Code"],
        day,
        (row["Source Name"], row["Target Name"]),
        goldstein=row["Intensity"],
        quad="",
        version="ICEWS import",
    )
    return Imported(doc, story, event)


def _document(
    kind: str,
    event_id: str,
    day: dt.date,
    path: Path,
    line: int,
    url: str | None,
    source: str | None,
) -> Document:
    if not event_id.strip():
        raise RowError("no event id")
    text = f"Imported {kind.upper()} event {event_id.strip()}."
    return Document(
        id=f"{kind}-{event_id.strip()}",
        text=text,
        sentences=(Sentence(0, 0, len(text), text),),
        kind=kind,
        origin=f"{path}:{line}",
        date=day,
        date_source="metadata",
        source=source,
        url=url,
    )


def _event(
    doc: Document,
    source: str | None,
    target: str | None,
    code: str,
    day: dt.date,
    names: tuple[str, str],
    *,
    goldstein: str,
    quad: str,
    version: str,
) -> Event:
    from detente.coding.ontology import codebook

    if source is None or target is None:
        raise RowError(f"no usable {'source' if source is None else 'target'} actor")
    book = codebook()
    info = book.get(code.strip()) or book.get(code.strip().zfill(3))
    if info is None:
        raise RowError(f"unknown CAMEO code {code!r}")
    return Event(
        source=source,
        target=target,
        code=info.code,
        root=info.root,
        goldstein=_number(goldstein, info.goldstein),
        quad=int(_number(quad, info.quad)),
        plover=info.plover,
        source_text=names[0],
        target_text=names[1],
        trigger_text="",
        source_span=(0, 0),
        target_span=(0, 0),
        trigger_span=(0, 0),
        date=day,
        coder_version=version,
        doc_id=doc.id,
        sentence_index=0,
    )


def _date(text: str, fmt: str) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), fmt).date()
    except ValueError:
        raise RowError(f"bad date {text!r}") from None


def _number(text: str, default: float) -> float:
    try:
        return float(text)
    except ValueError:
        return default


def _domain(url: str | None) -> str | None:
    try:
        return (urlsplit(url).hostname or None) if url else None
    except ValueError:  # such as "http://[" (an unclosed IPv6 address)
        return None


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]
