"""Every parser that reads user-supplied bytes, as ``name -> parse(data, folder)``, and a set of
hostile inputs. Shared by the bounded tests here and the longer run of ``bench/fuzz.py``.

A parser may fail only with the typed error its callers expect (``OK_ERRORS``); anything else is
a bug. The readers are called directly, not through ``sources.read``, which turns a reader's
unexpected exception into a ``SourceError`` and would hide it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

from detente.errors import DictionaryError, SourceError
from detente.records import Document
from detente.sources.inputs import HEAD_BYTES, Input
from detente.sources.registry import get_reader
from detente.sources.sniff import KINDS, sniff

OK_ERRORS: tuple[type[Exception], ...] = (SourceError, DictionaryError)
Parse = Callable[[bytes, Path], object]


def _reader(kind: str) -> Parse:
    def parse(data: bytes, folder: Path) -> list:
        source = Input(origin="fuzz", head=data[:HEAD_BYTES], data=data)
        items = []
        for item in get_reader(kind, "fuzz")(source):
            assert isinstance(item, Document | SourceError), type(item)
            items.append(item)
        return items

    return parse


def _sniffed(data: bytes, folder: Path) -> list:
    kind = sniff(data[:HEAD_BYTES], name="upload")
    return [] if kind == "binary" else _reader(kind)(data, folder)


def _file(folder: Path, data: bytes, name: str) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _actor_table(header: str) -> Parse:
    def parse(data: bytes, folder: Path):
        from detente.actors import ActorFinder

        table = _file(folder, header.encode() + b"\n" + data, "user.csv")
        return ActorFinder.from_tables(table, defaults=False)

    return parse


def _actor_table_raw(data: bytes, folder: Path):
    from detente.actors import ActorFinder

    return ActorFinder.from_tables(_file(folder, data, "user.csv"), defaults=False)


def _petrarch(data: bytes, folder: Path):
    from detente.actors.petrarch import load

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load(_file(folder, data, "user.txt"))


def _cameo(data: bytes, folder: Path):
    from detente.coding.ontology import parse_codes

    text = data.decode("utf-8", errors="replace")
    return parse_codes(text.splitlines(), "user-codes.csv")


def _importer(layout: str) -> Parse:
    def parse(data: bytes, folder: Path):
        from detente.exchange import import_gdelt, import_icews
        from detente.store import open_store

        store = open_store(":memory:")
        try:
            reader = import_gdelt if layout == "gdelt" else import_icews
            return reader([_file(folder, data, f"events.{layout}")], store).to_dict()
        finally:
            store.close()

    return parse


TARGETS: dict[str, Parse] = {
    **{f"reader:{kind}": _reader(kind) for kind in KINDS},
    "sniff+read": _sniffed,
    "actors:countries": _actor_table("code,name,aliases,demonyms,people,capitals"),
    "actors:officeholders": _actor_table("name,aliases,country,sector,role,start,end"),
    "actors:any table": _actor_table_raw,
    "petrarch": _petrarch,
    "cameo codebook": _cameo,
    "import:gdelt": _importer("gdelt"),
    "import:icews": _importer("icews"),
}


def run(name: str, data: bytes, folder: Path) -> str:
    """Parse ``data`` with target ``name``: ``"ok"`` or the typed error's class name."""
    try:
        TARGETS[name](data, folder)
    except OK_ERRORS as error:
        return type(error).__name__
    return "ok"


# inputs that are near-valid for some parser, so the fuzzer gets past the first check
SEEDS = [
    b"code,name,aliases,demonyms,people,capitals\nJPN,Japan,Nippon,Japanese,Japanese,Tokyo\n",
    b"name,aliases,country,sector,role,start,end\nAbe,,JPN,GOV,head_of_government,2012-12-26,\n",
    b"code,name,goldstein,quad,plover\n01,MAKE PUBLIC STATEMENT,0.0,1,\n",
    b"TOKYO [JPN]\nSHINZO_ABE [JPNGOV 121226-200916]\n",
    b"~Minister [GOV]\n+PRIME_! [~GOV]\n",
    b"Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tCAMEO Code\tIntensity"
    b"\tTarget Name\tTarget Sectors\tTarget Country\n1\t2014-03-03\tJapan\t\tJapan\t042\t1.9"
    b"\tRussia\t\tRussia\n",
    b"1\t20140303\t201403\t2014\t2014.1\tJPN\tJAPAN\tJPN" + b"\t" * 53 + b"http://x.example/\n",
    b"<rss version='2.0'><channel><item><title>T</title><description>Tokyo met Seoul."
    b"</description></item></channel></rss>",
    b"From: a@example.org\nSubject: Talks\nDate: Mon, 3 Mar 2014 10:00:00 +0000\n\nTokyo met.",
    b'{"id": 1, "date": "2014-03-03", "text": "Tokyo met Seoul."}\n',
    b"<html><head><title>T</title></head><body><p>Tokyo met Seoul on Monday.</p></body></html>",
]


# -- hostile inputs ---------------------------------------------------------------------------
BIG = 10 * 1024 * 1024


def _bomb() -> bytes:
    lol = ['<!ENTITY a0 "lol">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [' + "".join(lol) + ']>\n<rss version="2.0"><channel>'
        "<title>t</title><item><title>&a9;</title><description>&a9;</description></item>"
        "</channel></rss>"
    ).encode()


def _xxe() -> bytes:
    return (
        b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>&x;</title>'
        b"<content>&x; Tokyo condemned Moscow on Monday.</content></entry></feed>"
    )


def _email_injection() -> bytes:
    return (
        b"From: a@example.org\r\nTo: b@example.org\r\n"
        b"Subject: Talks\r\nBcc: victim@example.org\r\n"
        b"Subject: =?utf-8?b?"
        + b"QQ==" * 10_000
        + b"?=\r\n"
        + b"X-Long: "
        + b"a" * 200_000
        + b"\r\n"
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + b'--b\r\nContent-Type: multipart/mixed; boundary="c"\r\n\r\n' * 200
        + b"Tokyo condemned Moscow on Monday.\r\n--b--\r\n"
    )


def _many_headers() -> bytes:
    head = b"".join(b"X-H%d: v\r\n" % i for i in range(50_000))
    return b"From: a@example.org\r\nSubject: s\r\n" + head + b"\r\nTokyo met Seoul.\r\n"


def _mbox_flood() -> bytes:
    one = b"From a@example.org Mon Mar  3 10:00:00 2014\nSubject: s\n\nTokyo met Seoul.\n\n"
    return one * 20_000


def hostile_inputs() -> dict[str, bytes]:
    """Named adversarial inputs; each is given to every target."""
    sentence = "Tokyo condemned Moscow on Monday. "
    return {
        "xml entity bomb": _bomb(),
        "xml external entity": _xxe(),
        "deeply nested html": b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000,
        "deeply nested xml feed": b"<rss><channel><item>" + b"<a>" * 50_000 + b"</rss>",
        "10 MB single line": (sentence * (BIG // len(sentence))).encode(),
        "10 MB line without spaces": b"a" * BIG,
        "10 MB jsonl line": b'{"text": "' + b"a " * (BIG // 2) + b'"}\n',
        "NUL bytes": b"\x00" * 100_000,
        "NULs inside text": (sentence * 100).encode().replace(b" ", b"\x00"),
        "invalid utf-8": b"\xff\xfe\xfd" * 10_000 + sentence.encode() + b"\xc3\x28" * 1000,
        "utf-16 le with bom": b"\xff\xfe" + (sentence * 200).encode("utf-16-le"),
        "utf-16 be with bom": b"\xfe\xff" + (sentence * 200).encode("utf-16-be"),
        "utf-16 le without bom": (sentence * 200).encode("utf-16-le"),
        "utf-16 be without bom": (sentence * 200).encode("utf-16-be"),
        "e-mail header injection": _email_injection(),
        "50,000 e-mail headers": _many_headers(),
        "mbox of 20,000 messages": _mbox_flood(),
        "regex: a*100000+!": b"a" * 100_000 + b"!",
        "regex: spaces": b" " * 100_000 + b"x",
        "regex: dots": b"." * 100_000,
        "regex: digits": b"1" * 100_000 + b"-",
        "regex: date-like": b"March 3, " * 20_000,
        "regex: header-like": b"Subject: " + b"a " * 50_000,
        "regex: labels": b"From: " * 20_000,
        "regex: angle brackets": b"<" * 100_000,
        "regex: entities": b"&#" * 50_000,
        "regex: csv quotes": b'"' * 100_000,
        "regex: csv commas": b"," * 100_000 + b"\n" + b"a," * 50_000,
        "regex: pipes": b"code,name\nJPN," + b"|" * 100_000,
        "regex: petrarch brackets": b"TOKYO [" + b"~" * 100_000,
        "regex: tabs": b"\t" * 100_000 + b"\n",
    }
