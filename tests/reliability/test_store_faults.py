"""Store faults: a second writer, a full disk, a read-only file, damaged or foreign files."""

from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from detente import api
from detente.errors import StoreError
from detente.sources import ignore_error, read
from detente.store import open_store

from .conftest import detente_command

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
BATCH = 20


def check_consistent(db: Path) -> dict[str, int]:
    """Every sentence and sighting belongs to a document, every document has both."""
    store = open_store(db, read_only=True)
    try:
        con = store.con
        orphans = {
            "sentences": "SELECT count(*) FROM sentences s WHERE NOT EXISTS "
            "(SELECT 1 FROM documents d WHERE d.id = s.doc_id)",
            "sightings": "SELECT count(*) FROM sightings s WHERE NOT EXISTS "
            "(SELECT 1 FROM documents d WHERE d.id = s.doc_id)",
            "bare documents": "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM sentences s WHERE s.doc_id = d.id) OR NOT EXISTS "
            "(SELECT 1 FROM sightings g WHERE g.doc_id = d.id)",
        }
        for name, sql in orphans.items():
            assert con.execute(sql).fetchone()[0] == 0, name
        return store.counts()
    finally:
        store.close()


def stored_ids(db: Path) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
    finally:
        con.close()


def batch_prefixes(corpus: Path) -> list[set[str]]:
    """The document ids stored after each whole batch of ``BATCH`` documents, in order."""
    ids = [doc.id for doc in read([corpus], on_error=ignore_error)]
    return [set(ids[:end]) for end in range(0, len(ids) + BATCH, BATCH)]


# -- two writers --------------------------------------------------------------------------
HOLDER = textwrap.dedent("""
    import sys
    from detente.store import open_store
    store = open_store(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    store.close()
""")


@contextmanager
def held(db: Path):
    """Another process holding the database open for writing, until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "ready"
        yield proc.pid
    finally:
        proc.communicate("\n", timeout=30)


@pytest.mark.parametrize("command", [["ingest", str(EXAMPLES)], ["stats"]])
def test_a_second_process_stops_with_a_clear_message(tmp_path, command):
    db = tmp_path / "x.duckdb"
    store = open_store(db)
    api.ingest([EXAMPLES / "jsonl"], store)
    before = store.counts()
    store.close()
    with held(db) as pid:
        result = subprocess.run(
            [*detente_command(), *command, "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"in use by process {pid}" in result.stderr
    assert check_consistent(db) == before


def test_the_second_writer_succeeds_once_the_first_is_gone(tmp_path):
    db = tmp_path / "x.duckdb"
    with held(db):
        with pytest.raises(StoreError, match="in use by process"):
            open_store(db)
    store = open_store(db)
    report = api.ingest([EXAMPLES / "jsonl"], store)
    store.close()
    assert report.stored > 0
    assert check_consistent(db)["documents"] == report.stored


# -- a full disk ----------------------------------------------------------------------------
FILLER = textwrap.dedent("""
    import resource, sys
    from detente import api
    from detente.errors import StoreError
    from detente.store import open_store
    limit = int(sys.argv[3])
    if limit:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # Python ignores SIGXFSZ
    store = open_store(sys.argv[1])
    try:
        report = api.ingest([sys.argv[2]], store, batch_size=int(sys.argv[4]))
    except StoreError as exc:
        print("StoreError", exc)
        sys.exit(3)
    print("done", report.stored)
""")


def fill(db: Path, corpus: Path, limit: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", FILLER, str(db), str(corpus), str(limit), str(BATCH)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def check_whole_batches(db: Path, corpus: Path) -> int:
    """The store holds exactly the documents of the batches that were committed."""
    check_consistent(db)
    ids = stored_ids(db)
    assert ids in batch_prefixes(corpus), "a batch was stored in part"
    return len(ids)


def test_a_full_disk_is_a_store_error_and_leaves_whole_batches(big_corpus, tmp_path):
    db = tmp_path / "x.duckdb"
    result = fill(db, big_corpus, 200_000)
    assert result.returncode == 3, result.stderr[-2000:]
    assert "cannot write" in result.stdout and str(db) in result.stdout
    stored = check_whole_batches(db, big_corpus)
    assert 0 < stored
    # with room again, the same run completes the store and adds nothing twice
    assert fill(db, big_corpus, 0).returncode == 0
    assert stored_ids(db) == batch_prefixes(big_corpus)[-1]


@pytest.fixture
def tmpfs(tmp_path):
    """A 400 KB tmpfs (needs root and mount rights; skipped elsewhere)."""
    point = tmp_path / "tiny"
    point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(point)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_real_full_file_system_too(big_corpus, tmpfs, tmp_path):
    db = tmpfs / "x.duckdb"
    result = fill(db, big_corpus, 0)
    assert result.returncode == 3, result.stdout + result.stderr[-2000:]
    assert "No space left on device" in result.stdout
    copy = tmp_path / "copy.duckdb"
    for suffix in ("", ".wal"):
        if Path(f"{db}{suffix}").exists():
            shutil.copyfile(f"{db}{suffix}", f"{copy}{suffix}")
    assert check_whole_batches(copy, big_corpus) > 0


def test_a_read_only_file_system_is_refused_for_writing(tmpfs, tmp_path):
    store = open_store(tmpfs / "x.duckdb")
    api.ingest([EXAMPLES / "jsonl"], store)
    before = store.counts()
    store.close()
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(tmpfs / "x.duckdb")
    reader = open_store(tmpfs / "x.duckdb", read_only=True)  # reading it still works
    assert reader.counts() == before
    reader.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_file_is_refused_for_writing(tmp_path):
    db = tmp_path / "x.duckdb"
    open_store(db).close()
    db.chmod(0o444)
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(db)
    open_store(db, read_only=True).close()


# -- damaged and foreign files --------------------------------------------------------------
@pytest.fixture(scope="module")
def good_db(tmp_path_factory) -> bytes:
    db = tmp_path_factory.mktemp("good") / "good.duckdb"
    store = open_store(db)
    api.ingest([EXAMPLES / "jsonl", EXAMPLES / "text"], store)
    store.close()
    return db.read_bytes()


def damaged(good: bytes) -> dict[str, bytes]:
    rng = random.Random(11)
    noise = bytes(rng.getrandbits(8) for _ in range(300_000))
    return {
        "empty": b"",
        "first block only": good[:4096],
        "truncated to half": good[: len(good) // 2],
        "magic then noise": good[:12] + noise,
        "magic then a few bytes": good[:12] + noise[:100],
        "header then zeros": good[:8192] + bytes(len(good) - 8192),
        "a block overwritten": good[:12_288] + noise[:4096] + good[16_384:],
        "text": b"id,title\n1,hello\n" * 100,
        "sqlite": b"SQLite format 3\x00" + noise[:4080],
    }


@pytest.mark.parametrize("name", list(damaged(bytes(20_000))))
@pytest.mark.parametrize("read_only", [False, True])
def test_a_damaged_or_foreign_file_is_refused_and_left_alone(good_db, tmp_path, name, read_only):
    data = damaged(good_db)[name]
    db = tmp_path / "x.duckdb"
    db.write_bytes(data)
    # in a subprocess: a crash of the database engine would otherwise end the test run
    code = textwrap.dedent(f"""
        from detente.errors import StoreError
        from detente.store import open_store
        try:
            store = open_store({str(db)!r}, read_only={read_only})
            store.counts()
        except StoreError as exc:
            print("refused:", exc)
        else:
            print("opened")
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("refused: "), result.stdout
    assert str(db) in result.stdout
    assert db.read_bytes() == data
    assert not Path(f"{db}.wal").exists()


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="directory"):
        open_store(tmp_path, read_only=True)


def test_the_wal_of_a_killed_writer_is_replayed(tmp_path):
    db = tmp_path / "x.duckdb"
    code = textwrap.dedent(f"""
        import os, signal
        from detente import api
        from detente.store import open_store
        store = open_store({str(db)!r})
        api.ingest([{str(EXAMPLES / "jsonl")!r}], store)
        print(store.counts()["documents"], flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == -9
    assert check_consistent(db)["documents"] == int(result.stdout.split()[0])


def test_the_cli_reports_a_full_disk_in_one_line(big_corpus, tmp_path):
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    result = subprocess.run(
        [*detente_command(), "ingest", str(big_corpus), "--db", str(tmp_path / "x.duckdb")],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "cannot write" in result.stderr
