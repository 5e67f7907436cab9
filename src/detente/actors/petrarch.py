"""Read PETRARCH/TABARI actor and agent dictionaries, so analysts can reuse their own.

Actor files hold blocks: a phrase line (words joined by ``_``, an optional code in brackets),
``+`` lines with more phrases for the same actor, and indented ``[CODE dates]`` lines, where a
date restriction is ``>YYMMDD`` (from), ``<YYMMDD`` (until) or ``YYMMDD-YYMMDD`` (six or
eight digits). Agent files map a phrase (with ``{plural}`` forms and ``!SET!`` substitutions)
to a sector code ``[~GOV]``. ``#`` starts a comment.

Entries become phrases of an :class:`~detente.actors.ActorFinder` (``how="petrarch"``); a
phrase with several dated codes resolves to the code whose dates hold on the text's date.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from detente.errors import DictionaryError

_CODE_LINE = re.compile(r"\[([~A-Z0-9-]+)(?:\s+([<>]?\d{6,8}(?:-\d{6,8})?))?\]")
_SET_LINE = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$")


@dataclass(frozen=True, slots=True)
class PetrarchEntry:
    """One phrase -> code pair; ``agent`` entries carry a sector code such as ``~GOV``."""

    phrase: str
    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    agent: bool = False
    line: int = 0

    def holds(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def load(path: str | Path, *, strict: bool = False) -> list[PetrarchEntry]:
    """Entries of one PETRARCH/TABARI dictionary file (actors or agents, told apart by content).

    With ``strict`` a malformed line raises :class:`DictionaryError`; otherwise it is skipped
    and one warning names how many lines were skipped and the first few line numbers.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as err:
        raise DictionaryError(str(path), None, f"cannot read: {err}") from err
    problems: list[DictionaryError] = []
    agents = any(_CODE_LINE.search(line) and "[~" in line for line in lines[:2000])
    reader = _read_agents if agents else _read_actors
    entries = reader(str(path), lines, problems)
    if problems and strict:
        raise problems[0]
    if problems:
        where = ", ".join(str(p.line) for p in problems[:5])
        warnings.warn(
            f"{path}: skipped {len(problems)} malformed line(s), e.g. line {where}", stacklevel=2
        )
    return entries


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def parse_dates(path: str, line: int, text: str | None) -> tuple[dt.date | None, dt.date | None]:
    """``>YYMMDD``, ``<YYMMDD`` or ``YYMMDD-YYMMDD`` (or 8-digit years) -> (start, end)."""
    if not text:
        return None, None
    if text[0] == ">":
        return _day(path, line, text[1:]), None
    if text[0] == "<":
        return None, _day(path, line, text[1:])
    first, _, last = text.partition("-")
    return _day(path, line, first), _day(path, line, last)


def _day(path: str, line: int, digits: str) -> dt.date:
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year < 50 else 1900 + year}{digits[2:]}"
    if len(digits) != 8:
        raise DictionaryError(path, line, f"bad date {digits!r}")
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError as err:
        raise DictionaryError(path, line, f"bad date {digits!r}") from err


def _read_actors(path: str, lines: list[str], problems: list) -> list[PetrarchEntry]:
    entries: list[PetrarchEntry] = []
    phrases: list[tuple[str, int]] = []
    codes: list[tuple[str, dt.date | None, dt.date | None, int]] = []

    def flush() -> None:
        entries.extend(
            PetrarchEntry(p, c, s, e, line=n) for p, n in phrases for c, s, e, _ in codes
        )

    for number, raw in enumerate(lines, 1):
        text = raw.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        try:
            head = text[0]
            if head in " \t[" or text.lstrip().startswith("["):
                codes.extend(_codes(path, number, text))
            elif head == "+":
                phrases.append((_phrase(text[1:].split("[", 1)[0]), number))
                codes.extend(_codes(path, number, text))
            else:
                flush()
                phrases, codes = [(_phrase(text.split("[", 1)[0]), number)], []
                codes.extend(_codes(path, number, text))
        except DictionaryError as err:
            problems.append(err)
    flush()
    return [e for e in entries if e.phrase]


def _codes(path: str, number: int, text: str) -> list:
    found = []
    for match in _CODE_LINE.finditer(text):
        start, end = parse_dates(path, number, match.group(2))
        found.append((match.group(1), start, end, number))
    if "[" in text and not found:
        raise DictionaryError(path, number, "malformed code")
    return found


def _read_agents(path: str, lines: list[str], problems: list) -> list[PetrarchEntry]:
    sets: dict[str, list[str]] = {}
    entries: list[PetrarchEntry] = []
    for number, raw in enumerate(lines, 1):
        text = raw.split("#", 1)[0].strip()
        if not text:
            continue
        set_line = _SET_LINE.match(text)
        if set_line:
            sets[set_line.group(1)] = [w.strip() for w in set_line.group(2).split(",")]
            continue
        code = _CODE_LINE.search(text)
        if code is None or not code.group(1).startswith("~"):
            problems.append(DictionaryError(path, number, "agent line without [~CODE]"))
            continue
        body = text[: code.start()]
        plurals = re.findall(r"\{([^}]*)\}", body)
        body = re.sub(r"\{[^}]*\}", " ", body)
        for phrase in _expand(_phrase(body), sets) + [_phrase(p) for p in plurals if p.strip()]:
            entries.append(PetrarchEntry(phrase, code.group(1), agent=True, line=number))
            if not plurals and phrase.isalpha():
                entries.append(PetrarchEntry(phrase + "S", code.group(1), agent=True, line=number))
    return [e for e in entries if e.phrase]


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """Replace each ``!SET!`` in ``phrase`` by every member of the set."""
    for name, members in sets.items():
        if name in phrase:
            return [q for m in members for q in _expand(phrase.replace(name, m, 1), sets)]
    return [phrase]
