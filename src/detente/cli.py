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
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="DuckDB file (default: $DETENTE_DB or ./detente.duckdb)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
WorkersOption = Annotated[
    int, typer.Option(min=1, help="Processes that code in parallel (each loads the model).")
]


@contextmanager
def _store(db: Path | None, *, read_only: bool = False):
    """Open the store for a command's body; a DetenteError raised while opening it or in the
    body (a full disk mid-run, a bad option value) becomes one line and exit status 1."""
    try:
        store = open_store(db or setting("db"), read_only=read_only)
    except DetenteError as exc:
        _fail(exc)
    try:
        yield store
    except DetenteError as exc:
        _fail(exc)
    finally:
        store.close()


def _fail(exc: DetenteError):
    err.print(f"[red]error:[/red] {exc}", highlight=False)
    raise typer.Exit(1) from exc


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
        sys.stdout.write(json.dumps(report.to_dict()) + "\n")
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
        table.add_row(
            row["date"] or "?", row["title"] or "", row["source"] or "", story, row["id"][:12]
        )
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
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    table = Table("what", "count")
    for name, value in counts.items():
        table.add_row(name, str(value))
    out.print(table)


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or feed URLs.")],
    db: DbOption = None,
    dask: Annotated[
        str | None,
        typer.Option(help="Run on a Dask cluster: 'local:N' or a scheduler like tcp://host:8786."),
    ] = None,
    dataset: Annotated[
        Path | None,
        typer.Option(help="With --dask: the Parquet dataset folder (default: <db>.dataset)."),
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(help="With --dask: number of partitions.")
    ] = None,
    workers: WorkersOption = 1,
    as_json: JsonOption = False,
) -> None:
    """Ingest, code and store in one go, then show what was found.

    Example: detente run examples/corpus --db news.duckdb
    """
    with _store(db) as store:
        if dask:
            report = _run_distributed(paths, store, dask, dataset, partitions)
            summary = {"dask": report}
        else:
            ingested = _ingest(paths, store)
            with _progress() as bar:
                task = bar.add_task("coding", total=None)
                coded = api.code_documents(
                    store, workers=workers, progress=lambda n: bar.advance(task, n)
                )
            summary = {"ingest": ingested.to_dict(), "code": coded.to_dict()}
        recent = list(api.events(store, limit=25))
    if as_json:
        sys.stdout.write(json.dumps(summary) + "\n")
    elif dask:
        _print_mapping("Distributed run", summary["dask"])
        _print_events(recent, title="Events (first 25 by date)")
    else:
        _print_ingest_report(ingested)
        out.print(
            f"coded {coded.documents} documents, {coded.sentences} sentences: "
            f"{coded.events} events ({coded.flagged} flagged and not counted)"
        )
        _print_events(recent, title="Events (first 25 by date)")
    if not dask and ingested.read == 0:
        raise typer.Exit(1)


def _run_distributed(paths, store: Store, scheduler: str, dataset, partitions) -> dict:
    from .scale import run_distributed

    folder = dataset or Path(f"{store.path}.dataset")
    with _progress() as bar:
        task = bar.add_task("partitions", total=None)
        report = run_distributed(
            paths,
            scheduler=scheduler,
            dataset=folder,
            store=store,
            partitions=partitions,
            progress=lambda n: bar.advance(task, n),
        )
    return report.to_dict()


def _print_mapping(title: str, values: dict) -> None:
    table = Table(title=title, show_header=False)
    for name, value in values.items():
        table.add_row(name, str(value) if not isinstance(value, list) else str(len(value)))
    out.print(table)


def _print_events(rows: list[dict], *, title: str) -> None:
    table = Table("date", "source", "code", "target", "trigger", "sentence", title=title)
    for row in rows:
        table.add_row(
            row["date"] or "?",
            row["source"],
            row["code"],
            row["target"],
            row["trigger_text"],
            _clip(row["sentence"], 70),
        )
    out.print(table)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


@app.command()
def code(
    file: Annotated[
        str, typer.Argument(help="JSONL {id, date, text} or plain text; - for stdin.")
    ] = "-",
    include_flagged: Annotated[
        bool, typer.Option("--include-flagged", help="Also emit negated and hypothetical events.")
    ] = False,
    workers: WorkersOption = 1,
) -> None:
    """Code sentences into CAMEO events, one JSON event per line on standard output."""
    from .workers import batched, code_batches

    stream = sys.stdin if file == "-" else _open_text(file)
    items = ((line_id, text, date, None) for line_id, date, text in api.text_items(stream))
    for _, results in code_batches(batched(items, 256), workers=workers):
        for line_id, events in results:
            for event in events:
                if include_flagged or not event.flagged:
                    row = {"id": line_id, **event.to_dict()}
                    sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _open_text(path: str):
    try:
        return open(path, encoding="utf-8", errors="replace")  # noqa: SIM115 - read to the end
    except OSError as exc:
        err.print(f"[red]error:[/red] {path}: {exc.strerror}", highlight=False)
        raise typer.Exit(1) from exc


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: {id, date, text, events, tags}.")],
    as_json: JsonOption = False,
) -> None:
    """Score the coder against a gold file: precision, recall and F1 by root and exact code."""
    from .coding import evaluate as score

    try:
        report = score(gold)
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict()) + "\n")
    else:
        out.print(report.to_text(), highlight=False)


@app.command()
def actors(
    text: Annotated[str | None, typer.Argument(help="A sentence to read.")] = None,
    date: Annotated[str | None, typer.Option(help="Date of the text, YYYY-MM-DD.")] = None,
    input_file: Annotated[
        str | None, typer.Option("--input", help="JSONL {id, date, text} file, or - for stdin.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Find and resolve the political actors mentioned in a text."""
    from .actors import find

    if input_file is None:
        if text is None:
            err.print("[red]error:[/red] give a TEXT or --input FILE")
            raise typer.Exit(2)
        rows = [(None, m) for m in find(text, date)]
    else:
        stream = sys.stdin if input_file == "-" else _open_text(input_file)
        rows = (
            (line_id, m)
            for line_id, line_date, line in api.text_items(stream)
            for m in find(line, line_date or date)
        )
    if as_json:
        for line_id, m in rows:
            sys.stdout.write(json.dumps({"id": line_id, **m.to_dict()}, ensure_ascii=False) + "\n")
        return
    table = Table("id", "text", "code", "how", "span")
    for line_id, m in rows:
        table.add_row(str(line_id or ""), m.text, m.code or "-", m.how, f"{m.start}-{m.end}")
    out.print(table)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="DETENTE_TOKEN", help="Enable POST /api/ingest for this bearer token."),
    ] = None,
) -> None:
    """Serve the dashboard (/) and the REST API (/api, listed at /docs).

    Example: detente serve --db demo.duckdb --port 8000
    """
    from .web import serve as run_server

    target = db or Path(setting("db"))
    out.print(f"dashboard: http://{host}:{port}/   API: http://{host}:{port}/docs")
    try:
        run_server(target, host=host, port=port, token=token)
    except DetenteError as exc:
        _fail(exc)


@app.command(name="import")
def import_events(
    layout: Annotated[str, typer.Argument(help="gdelt or icews.")],
    files: Annotated[list[Path], typer.Argument(help="Event files in that layout.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import GDELT 2.0 or ICEWS event files so analysis, briefs and the dashboard use them."""
    from .exchange import import_gdelt, import_icews

    readers = {"gdelt": import_gdelt, "icews": import_icews}
    if layout not in readers:
        err.print(f"[red]error:[/red] unknown layout {layout!r}; choose gdelt or icews")
        raise typer.Exit(2)
    with _store(db) as store:
        report = readers[layout](files, store).to_dict()
    if as_json:
        sys.stdout.write(json.dumps(report, default=str) + "\n")
    else:
        _print_mapping(f"Import ({layout})", report)


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="csv, parquet, jsonl, gdelt or plover.")
    ] = "jsonl",
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    output: Annotated[
        Path | None, typer.Option(help="File to write (default: standard output).")
    ] = None,
    include_flagged: Annotated[
        bool, typer.Option("--include-flagged", help="Also export negated and hypothetical events.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Export events with their provenance as CSV, Parquet, JSONL, GDELT-like or PLOVER JSON."""
    from .exchange import export_events

    with _store(db, read_only=True) as store:
        count = export_events(
            store,
            fmt,
            since,
            until,
            out=output or sys.stdout.buffer,
            include_flagged=include_flagged,
        )
    err.print(f"exported {count} events", highlight=False)


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.")],
    every: Annotated[str, typer.Option(help="Time between polls: 30s, 15m, 1h.")] = "15m",
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="Poll once, then stop.")] = False,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Also fetch from private, loopback and link-local addresses."
        ),
    ] = False,
    max_polls: Annotated[int | None, typer.Option(help="Stop after this many polls.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Poll feeds; store and code their new items; report each poll.

    Example: detente watch https://example.org/rss --every 15m --db news.duckdb
    """
    from .watch import watch as run_watch

    def report(poll) -> None:
        if as_json:
            sys.stdout.write(json.dumps(poll.to_dict(), default=str) + "\n")
            sys.stdout.flush()
            return
        out.print(
            f"poll {poll.number}: {poll.new_items} new items, {poll.stored} stored, "
            f"{poll.events} events, {len(poll.errors)} feed errors",
            highlight=False,
        )
        for error in poll.errors:
            err.print(f"[yellow]feed error:[/yellow] {error.url}: {error.error}", highlight=False)

    with _store(db) as store:
        run_watch(
            feeds,
            store,
            every=every,
            once=once,
            allow_private=allow_private,
            max_polls=max_polls,
            on_event=report,
        )


SinceOption = Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")]
UntilOption = Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")]
MinEventsOption = Annotated[
    int, typer.Option(help="Counted events a pair needs before it makes an edge.")
]


def _analyse(db: Path | None, call):
    """Run ``call(con)`` on a read-only store."""
    with _store(db, read_only=True) as store:
        return call(store.con)


SHORT = {
    "verbal_cooperation": "v.coop",
    "material_cooperation": "m.coop",
    "verbal_conflict": "v.confl",
    "material_conflict": "m.confl",
    "net_cooperation": "net",
    "goldstein_sum": "gold.sum",
    "goldstein_mean": "gold.mean",
}


def _emit(records, as_json: bool, *, title: str, columns: tuple[str, ...]) -> None:
    """Records as JSON lines, or as a table of the chosen columns of their ``to_dict()``."""
    rows = [r.to_dict() for r in records]
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
        return
    table = Table(*(SHORT.get(c, c.replace("_", " ")) for c in columns), title=title)
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    out.print(table)


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First actor, e.g. JPN.")],
    b: Annotated[str, typer.Argument(help="Second actor, e.g. RUS.")],
    grain: Annotated[str, typer.Option(help="day, week or month.")] = "week",
    since: SinceOption = None,
    until: UntilOption = None,
    directed: Annotated[bool, typer.Option("--directed", help="Only events from A to B.")] = False,
    sector: Annotated[bool, typer.Option("--sector", help="Compare full sector codes.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Relations of a pair over time: events per quad class, Goldstein, net cooperation."""
    from .analysis import dyad_series

    level = "sector" if sector else "country"
    buckets = _analyse(
        db,
        lambda con: dyad_series(
            con, a, b, grain=grain, since=since, until=until, directed=directed, level=level
        ),
    )
    _emit(
        buckets,
        as_json,
        title=f"{a} {'->' if directed else '-'} {b} by {grain}",
        columns=(
            "start",
            "events",
            "verbal_cooperation",
            "material_cooperation",
            "verbal_conflict",
            "material_conflict",
            "net_cooperation",
            "goldstein_sum",
            "goldstein_mean",
        ),
    )


@app.command()
def profile(
    actor: Annotated[str, typer.Argument(help="Actor code, e.g. JPN.")],
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """An actor's strongest partners and rivals in a window, with the trend."""
    from .analysis import actor_profile

    found = _analyse(db, lambda con: actor_profile(con, actor, since=since, until=until))
    if as_json:
        sys.stdout.write(json.dumps(found.to_dict(), default=str, ensure_ascii=False) + "\n")
        return
    columns = ("partner", "name", "events", "net_cooperation", "previous_net", "trend")
    name = found.to_dict()["name"]
    _emit(found.partners, False, title=f"{name}: partners", columns=columns)
    _emit(found.rivals, False, title=f"{name}: rivals", columns=columns)


@app.command()
def network(
    since: SinceOption = None,
    until: UntilOption = None,
    min_events: MinEventsOption = 3,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The signed network of relations in a window (edge sign from net cooperation)."""
    from .analysis import network as signed_network

    found = _analyse(
        db, lambda con: signed_network(con, since=since, until=until, min_events=min_events)
    )
    if as_json:
        sys.stdout.write(json.dumps(found.to_dict(), default=str, ensure_ascii=False) + "\n")
        return
    _emit(
        found.edges,
        False,
        title="Signed network",
        columns=(
            "a_name",
            "b_name",
            "events",
            "cooperation",
            "conflict",
            "net_cooperation",
            "sign",
        ),
    )


@app.command()
def tensions(
    since: SinceOption = None,
    until: UntilOption = None,
    min_events: MinEventsOption = 3,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Unbalanced triads: who is cross-pressured between partners that clash."""
    from .analysis import tensions as unbalanced

    found = _analyse(
        db, lambda con: unbalanced(con, since=since, until=until, min_events=min_events)
    )
    _emit(found, as_json, title="Cross-pressures", columns=("sentence", "kind", "weight"))


@app.command()
def balance(
    since: SinceOption = None,
    until: UntilOption = None,
    min_events: MinEventsOption = 3,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Each actor's share of unbalanced triads, and its change from the previous window."""
    from .analysis import balance as actor_balance

    found = _analyse(
        db, lambda con: actor_balance(con, since=since, until=until, min_events=min_events)
    )
    _emit(
        found,
        as_json,
        title="Structural balance",
        columns=("actor", "name", "triads", "unbalanced", "share", "previous_share", "change"),
    )


@app.command()
def alerts(
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Pairs whose weekly net cooperation broke from their own baseline (robust z-score)."""
    from .analysis import alerts as shifts

    found = _analyse(db, lambda con: shifts(con, since=since, until=until))
    _emit(found, as_json, title="Alerts", columns=("sentence", "start", "end", "z"))


@app.command()
def brief(
    since: SinceOption = None,
    until: UntilOption = None,
    actor: Annotated[str | None, typer.Option(help="Only claims about this actor.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write.")] = None,
    db: DbOption = None,
) -> None:
    """The written brief of a period: developments, shifts, cross-pressures, with citations.

    Example: detente brief --since 2014-03-01 --until 2014-03-14 --format html -o brief.html
    """
    from .brief import brief as write_brief

    text = _analyse(
        db, lambda con: write_brief(con, since=since, until=until, actor=actor, fmt=fmt)
    )
    if not isinstance(text, str):
        text = json.dumps(text, default=str, ensure_ascii=False, indent=1)
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        err.print(f"brief written to {output}", highlight=False)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def main() -> None:
    """The console entry: any DetenteError a command lets through becomes one line, exit 1."""
    try:
        app()
    except DetenteError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(1)
