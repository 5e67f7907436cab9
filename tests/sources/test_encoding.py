import pytest

from detente.errors import SourceError
from detente.sources.encoding import clean_text, decode, repair_mojibake


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("It\u00e2\u20ac\u2122s", "It\u2019s"),
        ("caf\u00c3\u00a9", "caf\u00e9"),
        ("\u00e2\u20ac\u0153yes\u00e2\u20ac\u009d", "\u201cyes\u201d"),
        ("\u00e2\u20ac\u201d", "\u2014"),
    ],
)
def test_repair_mojibake(broken, fixed):
    assert repair_mojibake(broken) == fixed


@pytest.mark.parametrize("good", ["Café déjà vu", "Ärger in Åland", "naïve Zürich", "a – b"])
def test_repair_leaves_correct_text_alone(good):
    assert repair_mojibake(good) == good


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        ("Bogotá".encode(), None, "Bogotá"),
        ("Bogotá — x".encode("cp1252"), None, "Bogotá — x"),
        ("Bogotá".encode("utf-16"), None, "Bogotá"),
        ("\ufeffBogotá".encode("utf-8"), None, "Bogotá"),
        ("Москва и Киев".encode("koi8-r"), "koi8-r", "Москва и Киев"),
        ("Bogotá".encode(), "no-such-charset", "Bogotá"),
    ],
)
def test_decode(data, declared, expected):
    assert decode(data, "x", declared=declared) == expected


def test_decode_refuses_junk():
    junk = bytes(range(0, 32)) * 20
    with pytest.raises(SourceError, match="undecodable"):
        decode(junk, "junk.bin")


def test_clean_text():
    raw = "Line\x00 one\x07\r\n\r\n\r\n\r\n  two\u00a0 words \ufeff\n"
    assert clean_text(raw) == "Line one\n\ntwo words"
    assert clean_text("e\u0301") == "\u00e9"
