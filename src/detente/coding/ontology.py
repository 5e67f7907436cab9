"""The CAMEO codebook: code, our short name, Goldstein value, quad class and PLOVER type."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources

from detente.errors import DictionaryError
from detente.records import QUAD_CLASSES

CODES_FILE = "cameo/codes.csv"
_CODE = re.compile(r"\d{2,4}")
PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT DEMAND INVESTIGATE".split()
)


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    name: str
    root: str
    goldstein: float
    quad: int
    plover: str | None


def expected_quad(root: str) -> int:
    """GDELT quad class of a two-digit root: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 9 else 3 if number <= 14 else 4


def parse_codes(lines, path: str = CODES_FILE) -> dict[str, CodeInfo]:
    """Parse and validate the codebook rows; errors name the file and line."""
    reader = csv.DictReader(lines)
    try:
        return _parse_rows(reader, path)
    except csv.Error as err:  # e.g. a cell over the csv module's field size limit
        raise DictionaryError(path, reader.line_num or 1, f"malformed CSV: {err}") from err


def _parse_rows(reader: csv.DictReader, path: str) -> dict[str, CodeInfo]:
    table: dict[str, CodeInfo] = {}
    if reader.fieldnames != ["code", "name", "goldstein", "quad", "plover"]:
        raise DictionaryError(path, 1, f"unexpected header {reader.fieldnames}")
    for row in reader:
        info = _row_info(row, path, reader.line_num)
        if info.code in table:
            raise DictionaryError(path, reader.line_num, f"duplicate code {info.code}")
        if len(info.code) > 2 and info.code[:-1] not in table and info.root not in table:
            raise DictionaryError(path, reader.line_num, f"code {info.code} has no parent")
        table[info.code] = info
    roots = {code for code in table if len(code) == 2}
    if len(roots) != 20:
        raise DictionaryError(path, None, f"expected 20 roots, found {len(roots)}")
    return table


def _row_info(row: dict, path: str, line: int) -> CodeInfo:
    code = (row.get("code") or "").strip()
    if not _CODE.fullmatch(code) or not 1 <= int(code[:2]) <= 20:
        raise DictionaryError(path, line, f"bad CAMEO code {code!r}")
    if not (row.get("name") or "").strip():
        raise DictionaryError(path, line, f"code {code} has no name")
    try:
        goldstein, quad = float(row["goldstein"]), int(row["quad"])
    except (TypeError, ValueError) as exc:
        raise DictionaryError(path, line, f"bad number in row {row}") from exc
    if not -10 <= goldstein <= 10:
        raise DictionaryError(path, line, f"Goldstein value {goldstein} out of range")
    if quad not in QUAD_CLASSES or quad != expected_quad(code[:2]):
        raise DictionaryError(path, line, f"quad class {quad} wrong for root {code[:2]}")
    plover = (row.get("plover") or "").strip() or None
    if plover is not None and plover not in PLOVER_TYPES:
        raise DictionaryError(path, line, f"unknown PLOVER type {plover!r}")
    return CodeInfo(code, row["name"].strip(), code[:2], goldstein, quad, plover)


@functools.cache
def codebook() -> dict[str, CodeInfo]:
    """All codes, keyed by code string (roots included)."""
    source = resources.files("detente.data").joinpath(CODES_FILE)
    with source.open(encoding="utf-8", newline="") as handle:
        return parse_codes(handle, f"detente/data/{CODES_FILE}")


def code_info(code: str) -> CodeInfo:
    """The codebook entry for ``code``; DictionaryError if the code is unknown."""
    info = codebook().get(code)
    if info is None:
        raise DictionaryError(f"detente/data/{CODES_FILE}", None, f"unknown CAMEO code {code!r}")
    return info


def reset_caches() -> None:
    codebook.cache_clear()
