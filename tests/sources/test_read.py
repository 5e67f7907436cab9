import builtins
import os
import shutil

import pytest

from detente.errors import SourceError, UnsupportedSource
from detente.sources import inputs, read

from .conftest import RESOURCES

GOOD = "Peru and Chile signed a fisheries accord in Lima on Monday.\n"


def good_file(folder, name="zz_good.txt"):
    path = folder / name
    path.write_text(GOOD)
    return path


def read_with_errors(paths, **kwargs):
    errors = []
    docs = list(read(paths, on_error=errors.append, **kwargs))
    return docs, errors


def bad_inputs(folder):
    """Each bad input with a word its reason must contain."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 8)
    shutil.copy(RESOURCES / "truncated.html", folder / "truncated.html")
    shutil.copy(RESOURCES / "nobody.eml", folder / "nobody.eml")
    shutil.copy(RESOURCES / "broken.rss", folder / "broken.rss")
    undecodable = b"plain words " * 400 + bytes(range(1, 32)) * 60 + bytes(range(128, 256)) * 10
    (folder / "undecodable.txt").write_bytes(undecodable)
    (folder / "dangling.txt").symlink_to(folder / "missing-target.txt")
    os.mkfifo(folder / "pipe.txt")
    return {
        "empty.txt": "empty",
        "junk.bin": "unsupported kind 'binary'",
        "truncated.html": "no main text",
        "nobody.eml": "no text body",
        "broken.rss": "invalid feed XML",
        "undecodable.txt": "undecodable",
        "dangling.txt": "No such file",
        "pipe.txt": "not a regular file",
    }


def test_each_bad_input_is_one_error_and_the_rest_is_read(tmp_path):
    expected = bad_inputs(tmp_path)
    good_file(tmp_path)
    docs, errors = read_with_errors([tmp_path])
    assert [d.origin for d in docs] == [str(tmp_path / "zz_good.txt")]
    by_name = {os.path.basename(e.origin): e.reason for e in errors}
    assert set(by_name) == set(expected)
    for name, word in expected.items():
        assert word in by_name[name], (name, by_name[name])
        assert "\n" not in by_name[name]
    junk_error = next(e for e in errors if e.origin.endswith("junk.bin"))
    assert isinstance(junk_error, UnsupportedSource)


def test_file_over_the_size_bound_is_refused_unread(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(inputs.MAX_BYTES + 1)  # sparse: no disk space used
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        assert os.fspath(file) != os.fspath(big), "an oversized file must not be opened"
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    docs, errors = read_with_errors([big, good_file(tmp_path)])
    assert len(docs) == 1 and len(errors) == 1
    assert "too large" in errors[0].reason and str(inputs.MAX_BYTES) in errors[0].reason


def test_size_bound_is_a_keyword(tmp_path):
    docs, errors = read_with_errors([good_file(tmp_path)], max_bytes=10)
    assert docs == [] and "too large" in errors[0].reason


def test_unreadable_file_by_monkeypatched_open(tmp_path, monkeypatch):
    secret = good_file(tmp_path, "a_secret.txt")
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if os.fspath(file) == os.fspath(secret):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    good_file(tmp_path)
    docs, errors = read_with_errors([tmp_path])
    assert len(docs) == 1 and len(errors) == 1
    assert errors[0].reason == "cannot read: Permission denied"


def test_default_handler_raises(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(SourceError, match="empty file"):
        list(read([tmp_path / "empty.txt"]))


def test_directories_are_read_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    for path in (tmp_path / "b" / "1.txt", tmp_path / "a" / "2.txt", tmp_path / "0.txt"):
        path.write_text(GOOD.replace("Monday", path.stem))
    (tmp_path / ".hidden" / "x.txt").write_text(GOOD)
    docs = list(read([tmp_path]))
    assert [os.path.relpath(d.origin, tmp_path) for d in docs] == ["0.txt", "a/2.txt", "b/1.txt"]


def test_reader_bug_becomes_a_source_error(tmp_path, monkeypatch):
    from detente.sources import plain

    def broken(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(plain, "decode", broken)
    docs, errors = read_with_errors([good_file(tmp_path), RESOURCES / "wire.atom"])
    assert len(docs) == 1 and len(errors) == 1
    assert errors[0].reason == "unexpected RuntimeError: boom second line"


def test_feed_url_uses_fetch(monkeypatch):
    calls = []

    def fake_fetch(url, *, max_bytes):
        calls.append(url)
        return (RESOURCES / "wire.atom").read_bytes(), "application/atom+xml"

    monkeypatch.setattr(inputs, "fetch", fake_fetch)
    docs = list(read(["https://fjord.example/feed"]))
    assert calls == ["https://fjord.example/feed"]
    assert len(docs) == 1 and docs[0].origin == "https://fjord.example/feed#1"
    assert docs[0].url == "https://fjord.example/sar-pact"


def test_url_fetch_failure_and_bad_scheme(monkeypatch):
    def failing_fetch(url, *, max_bytes):
        raise SourceError(url, "fetch failed: timed out")

    monkeypatch.setattr(inputs, "fetch", failing_fetch)
    docs, errors = read_with_errors(["https://down.example/feed", "ftp://files.example/feed"])
    assert docs == []
    assert [e.reason for e in errors] == [
        "fetch failed: timed out",
        "only http and https URLs are read",
    ]


def test_oversized_url_response(monkeypatch):
    monkeypatch.setattr(inputs, "fetch", lambda url, *, max_bytes: (b"x" * (max_bytes + 1), None))
    _, errors = read_with_errors(["https://big.example/"], max_bytes=100)
    assert "too large" in errors[0].reason


def test_a_single_path_is_one_input(tmp_path):
    path = good_file(tmp_path)
    assert [d.origin for d in read(str(path))] == [str(path)]
    assert [d.origin for d in read(path)] == [str(path)]
