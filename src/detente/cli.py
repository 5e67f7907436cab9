"""The ``detente`` command: parse arguments, call :mod:`detente.api`, render with rich."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from . import api
from .config import setting
from .errors import DetenteError
from .store import Store, open_store

app = typer.Typer(
    help="Read the news and turn it into sourced CAMEO event data between states.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="DuckDB file (default: $DETENTE_DB or ./detente.duckdb)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]


@contextmanager
def _store(db: Path | None, *, read_only: bool = False):
    """Open the store, turning any DetenteError into one line and exit status 1."""
    try:
        store = open_store(db or setting("db"), read_only=read_only)
    except DetenteError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from exc
    try:
        yield store
    finally:
        store.close()


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
    )


def _ingest(paths: list[str], store: Store) -> api.IngestReport:
    with _progress() as bar:
        task = bar.add_task("reading", total=None)
        return api.ingest(paths, store, progress=lambda n: bar.advance(task, n))


def _print_ingest_report(report: api.IngestReport) -> None:
    table = Table(title="Ingest", show_header=False)
    for name, value in report.to_dict().items():
        if name != "failures":
            table.add_row(name, str(value))
    out.print(table)
    for failure in report.failures:
        err.print(f"[yellow]failed:[/yellow] {failure.origin}: {failure.reason}", highlight=False)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or feed URLs.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Read web pages, e-mail, feeds, text and JSONL into the store.

    Example: detente ingest examples/corpus --db news.duckdb
    """
    with _store(db) as store:
        report = _ingest(paths, store)
    if as_json:
        out.print_json(json.dumps(report.to_dict()))
    else:
        _print_ingest_report(report)
    if report.read == 0:
        raise typer.Exit(1)


@app.command()
def docs(
    query: Annotated[str | None, typer.Argument(help="Text to search for.")] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many documents.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """List or search stored documents."""
    with _store(db, read_only=True) as store:
        rows = list(api.documents(store, query=query, limit=limit))
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(_public_doc(row), ensure_ascii=False) + "\n")
        return
    table = Table("date", "title", "source", "story", "id")
    for row in rows:
        story = "" if row["story"] == row["id"] else row["story"][:8]
        table.add_row(row["date"] or "?", row["title"] or "", row["source"] or "", story,
                      row["id"][:12])
    out.print(table)


def _public_doc(row: dict) -> dict:
    keys = ("id", "title", "date", "date_source", "source", "url", "story", "text")
    return {k: row[k] for k in keys}


@app.command()
def stats(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Counts of what the store holds."""
    with _store(db, read_only=True) as store:
        counts = store.counts()
    if as_json:
        out.print_json(json.dumps(counts))
        return
    table = Table("what", "count")
    for name, value in counts.items():
        table.add_row(name, str(value))
    out.print(table)


def main() -> None:  # pragma: no cover - console entry
    app()
