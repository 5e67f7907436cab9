"""Bytes to clean text: charset detection, mojibake repair, normalisation.

Order of trust when decoding: a byte-order mark, then the charset the input declares (if it is a
known codec and decodes cleanly), then strict UTF-8, then charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from detente.errors import SourceError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A decoded text with more than this share of replacement or control characters is junk.
MAX_JUNK_SHARE = 0.05

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff\ufffe\uffff]")
_JUNK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def bom_encoding(data: bytes) -> str | None:
    """The encoding named by a byte-order mark at the start of ``data``, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode(data: bytes, origin: str, *, declared: str | None = None) -> str:
    """Decode ``data`` to text, or raise :class:`SourceError` if no charset fits."""
    text = _try_decode(data, bom_encoding(data)) or _try_decode(data, declared)
    if text is None:
        text = _try_decode(data, "utf-8")
    if text is None and _mostly_ascii(data):
        text = _try_decode(data, "cp1252")
    if text is None:
        best = from_bytes(data).best()
        text = str(best) if best is not None else None
    if text is None or _junk_share(text) > MAX_JUNK_SHARE:
        raise SourceError(origin, "undecodable bytes (no charset fits)")
    return text


def _mostly_ascii(data: bytes) -> bool:
    """Whether non-ASCII bytes come alone, as accented letters in Windows-1252 text do.

    Such bytes that are not UTF-8 are, in news, nearly always Windows-1252; charset-normalizer
    guesses badly on them when the text is short. Cyrillic or Greek code pages and multi-byte
    encodings put their high bytes in runs instead.
    """
    return _HIGH_RUN.search(data) is None


_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")


def _try_decode(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(_codec_name(encoding))
    except (LookupError, UnicodeDecodeError):
        return None


def _codec_name(encoding: str) -> str:
    name = codecs.lookup(encoding.strip().strip("\"'")).name
    # Pages that declare Latin-1 are in practice written in its superset Windows-1252.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _junk_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_JUNK.findall(text)) / len(text)


def _mojibake_tables() -> tuple[dict[str, int], str, str, str, str]:
    to_byte: dict[str, int] = {}
    for byte in range(256):
        try:
            char = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            char = chr(byte)
        to_byte[char] = byte

    def chars(low: int, high: int) -> str:
        return "".join(re.escape(c) for c, b in to_byte.items() if low <= b <= high)

    return to_byte, chars(0x80, 0xBF), chars(0xC2, 0xDF), chars(0xE0, 0xEF), chars(0xF0, 0xF4)


_TO_BYTE, _CONT, _LEAD2, _LEAD3, _LEAD4 = _mojibake_tables()
_MOJIBAKE = re.compile(f"[{_LEAD2}][{_CONT}]|[{_LEAD3}][{_CONT}]{{2}}|[{_LEAD4}][{_CONT}]{{3}}")
_MOJIBAKE_HINT = re.compile("[ÃÂâÅÄÐÑ]")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Windows-1252 ("â€™" -> "’", "Ã©" -> "é").

    Each suspect sequence is re-encoded to bytes and kept only if those bytes are valid UTF-8,
    so correct accented text is left alone.
    """
    if not _MOJIBAKE_HINT.search(text):
        return text
    return _MOJIBAKE.sub(_fix_sequence, text)


def _fix_sequence(match: re.Match[str]) -> str:
    raw = bytes(_TO_BYTE[c] for c in match.group())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


_SPACES = re.compile(r"[ \t\xa0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Repair, NFC-normalise and tidy whitespace; drops NUL and control characters.

    Line breaks are kept (they separate paragraphs); runs of spaces become one space.
    """
    text = repair_mojibake(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def collapse(text: str) -> str:
    """One line: every run of whitespace becomes a single space."""
    return " ".join(text.split())
