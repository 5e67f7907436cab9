"""Loaders for the actor tables in ``detente/data/actors/`` and for users' own tables.

Every table is a UTF-8 CSV with a header line; list-valued cells are ``|``-separated. Loaders
validate each row and raise :class:`DictionaryError` naming the file and line. Which table a
user file is comes from its header (see :data:`KINDS`).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from detente.errors import DictionaryError

SECTORS = frozenset("GOV MIL COP JUD LEG OPP REB BUS MED CVL NGO LAB EDU HLH REF SPY".split())
ROLES = frozenset(
    "head_of_state head_of_government foreign_minister defence_minister opposition_leader "
    "military_chief legislator other_minister other_official igo_head private".split()
)
#: how a group phrase finds its members: from the table, the two countries named, or never
GROUP_RESOLVE = ("fixed", "pair", "vague")
_COUNTRY = re.compile(r"[A-Z]{3}")
_CODE = re.compile(r"(?:---|[A-Z]{3})(?:[A-Z]{3})*|NGO[A-Z]*|IGO[A-Z0-9+]+")


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    people: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase table row: ``phrases`` all stand for the same actor or sector."""

    phrases: tuple[str, ...]
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    alone: str = "no"
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Officeholder:
    """One term of office; ``end`` is ``None`` for an incumbent. Both ends are inclusive.

    ``country`` is the person's nationality. The term's actor code is ``country + sector``
    (the country alone when ``sector`` is ``None``: a private person), unless ``code`` gives a
    full code of its own (the head of an IGO: ``IGOUNO``). After the term, the person is
    coded by ``country`` alone.
    """

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str | None
    role: str
    start: dt.date
    end: dt.date | None
    code: str | None = None

    def holds(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def office_code(self) -> str:
        """The actor code while the term holds."""
        return self.code or self.country + (self.sector or "")


@dataclass(frozen=True, slots=True)
class PartyTerm:
    """A span in which a party held government, alone or in coalition (both ends inclusive;
    ``end`` is ``None`` while it lasts). ``party`` is the party's name as the first phrase of
    its ``nonstate.csv`` row."""

    party: str
    country: str
    start: dt.date
    end: dt.date | None

    def holds(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class People:
    """A people inside states (``peoples.csv``): its adjectives ``names`` ("Tigrayan",
    "Kashmiri"), the ``states`` it lives in, in order of preference when the sentence names
    several (``*``: whichever one state the sentence names), the ``default`` state when the
    sentence names none of them, the sector its armed bodies get ("Tigrayan forces" -> REB;
    empty: the noun's own sector), the sector its leaders get ("Catalan leaders" -> GOV of the
    state; empty: left as found), and ``members``: plural nouns for its people ("Tigrayans"),
    civilians of the state. ``armed`` and ``leaders`` may name other sectors in given
    states ("REB;IRQ=MIL": Kurdish forces are rebels, but in Iraq the peshmerga)."""

    names: tuple[str, ...]
    states: tuple[str, ...]
    default: str | None = None
    armed: str | None = None
    leaders: str | None = None
    members: tuple[str, ...] = ()
    armed_in: tuple[tuple[str, str], ...] = ()
    leaders_in: tuple[tuple[str, str], ...] = ()

    def armed_sector(self, state: str | None) -> str | None:
        return dict(self.armed_in).get(state or "", self.armed)

    def leaders_sector(self, state: str | None) -> str | None:
        return dict(self.leaders_in).get(state or "", self.leaders)


@dataclass(frozen=True, slots=True)
class Allegiance:
    """A country-less agent whose state comes from who they are, not from the words nearby
    (``allegiance.csv``): its head ``nouns`` (any when empty), the words just ``before`` it
    (any when empty), its ``sector``, the ``country`` it belongs to, the states one of which
    the sentence must name (``named``; any when empty), the states whose naming rules the row
    out (``unless``), and the first day it holds (``since``)."""

    nouns: tuple[str, ...]
    before: tuple[str, ...]
    sector: str
    country: str
    named: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    since: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Tables:
    """Everything the finder is built from."""

    countries: tuple[Country, ...] = ()
    seats: tuple[Phrase, ...] = ()
    igos: tuple[Phrase, ...] = ()
    nonstate: tuple[Phrase, ...] = ()
    sectors: tuple[Phrase, ...] = ()
    titles: tuple[Phrase, ...] = ()
    groups: tuple[Phrase, ...] = ()
    places: tuple[Phrase, ...] = ()
    stoplist: tuple[Phrase, ...] = ()
    peoples: tuple[People, ...] = ()
    allegiance: tuple[Allegiance, ...] = ()
    officeholders: tuple[Officeholder, ...] = ()
    governing: tuple[PartyTerm, ...] = ()

    def merge(self, other: Tables) -> Tables:
        """A new bundle with the rows of both (``other`` comes last, so it wins ties)."""
        fields = self.__dataclass_fields__
        return Tables(**{n: getattr(self, n) + getattr(other, n) for n in fields})


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def _rows(path: Path | str, columns: tuple[str, ...], text: str | None = None) -> Iterator:
    """Yield ``(line, row)`` after checking the header has ``columns``."""
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise DictionaryError(str(path), None, f"cannot read: {err}") from err
    reader = csv.DictReader(text.splitlines())
    try:
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise DictionaryError(str(path), 1, f"missing column(s) {', '.join(missing)}")
        for row in reader:
            if any(v and v.strip() for v in row.values() if isinstance(v, str)):
                yield reader.line_num, row
    except csv.Error as err:  # e.g. a cell over the csv module's field size limit
        raise DictionaryError(str(path), reader.line_num or 1, f"malformed CSV: {err}") from err


def _need(path, line: int, value: str | None, pattern: re.Pattern, what: str) -> str:
    value = (value or "").strip()
    if not pattern.fullmatch(value):
        raise DictionaryError(str(path), line, f"bad {what} {value!r}")
    return value


def _sector(path, line: int, value: str | None, *, optional: bool = True) -> str | None:
    value = (value or "").strip() or None
    if value is None and optional:
        return None
    if value not in SECTORS:
        raise DictionaryError(str(path), line, f"unknown sector {value!r}")
    return value


def _date(path, line: int, value: str | None) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise DictionaryError(str(path), line, f"bad date {value!r}") from err


def _phrases(path, line: int, cell: str | None) -> tuple[str, ...]:
    phrases = _split(cell)
    if not phrases:
        raise DictionaryError(str(path), line, "no phrase")
    return phrases


def read_countries(path, text=None) -> tuple[Country, ...]:
    cols = ("code", "name", "aliases", "demonyms", "people", "capitals")
    out = []
    for line, row in _rows(path, cols, text):
        code = _need(path, line, row["code"], _COUNTRY, "country code")
        names = _phrases(path, line, row["name"]) + _split(row["aliases"])
        out.append(
            Country(
                code, names, _split(row["demonyms"]), _split(row["people"]), _split(row["capitals"])
            )
        )
    return tuple(out)


def read_seats(path, text=None) -> tuple[Phrase, ...]:
    return tuple(
        Phrase(
            _phrases(path, line, row["phrase"]),
            country=_need(path, line, row["country"], _COUNTRY, "country code"),
            sector=_sector(path, line, row["sector"]),
        )
        for line, row in _rows(path, ("phrase", "country", "sector"), text)
    )


def read_codes(path, text=None) -> tuple[Phrase, ...]:
    """IGO and non-state tables: ``name`` and ``aliases`` -> actor ``code``."""
    out = []
    for line, row in _rows(path, ("name", "aliases", "code"), text):
        code = _need(path, line, row["code"], _CODE, "actor code")
        country = None if code[:3] in ("IGO", "NGO", "---") else code[:3]
        sector = "NGO" if code.startswith("NGO") else None
        if code[:3] not in ("IGO", "NGO"):
            sector = _sector(path, line, code[3:6])
        names = _phrases(path, line, row["name"]) + _split(row["aliases"])
        out.append(Phrase(names, code=code, country=country, sector=sector))
    return tuple(out)


def read_sectors(path, text=None) -> tuple[Phrase, ...]:
    out = []
    for line, row in _rows(path, ("phrases", "sector", "alone"), text):
        alone = (row["alone"] or "").strip().lower()
        if alone not in ("yes", "no", "the"):
            raise DictionaryError(str(path), line, f"alone must be yes, no or the, not {alone!r}")
        out.append(
            Phrase(
                _phrases(path, line, row["phrases"]),
                sector=_sector(path, line, row["sector"], optional=False),
                alone=alone,
            )
        )
    return tuple(out)


def read_titles(path, text=None) -> tuple[Phrase, ...]:
    out = []
    for line, row in _rows(path, ("phrases", "role", "sector"), text):
        role = (row["role"] or "").strip()
        if role not in ROLES:
            raise DictionaryError(str(path), line, f"unknown role {role!r}")
        out.append(
            Phrase(
                _phrases(path, line, row["phrases"]),
                role=role,
                sector=_sector(path, line, row["sector"], optional=False),
            )
        )
    return tuple(out)


def read_groups(path, text=None) -> tuple[Phrase, ...]:
    out = []
    for line, row in _rows(path, ("phrases", "members", "sector", "resolve"), text):
        members = tuple(_need(path, line, m, _COUNTRY, "member") for m in _split(row["members"]))
        resolve = (row["resolve"] or "").strip()
        if resolve not in GROUP_RESOLVE or (resolve == "fixed") != bool(members):
            raise DictionaryError(str(path), line, f"resolve {resolve!r} does not fit members")
        out.append(
            Phrase(
                _phrases(path, line, row["phrases"]),
                members=members,
                role=resolve,
                sector=_sector(path, line, row["sector"]),
            )
        )
    return tuple(out)


def read_places(path, text=None) -> tuple[Phrase, ...]:
    return tuple(
        Phrase(
            _phrases(path, line, row["names"]),
            country=_need(path, line, row["country"], _COUNTRY, "country code"),
        )
        for line, row in _rows(path, ("names", "country"), text)
    )


def _people_sectors(path, line: int, cell: str | None):
    """'REB;IRQ=MIL' -> ('REB', (('IRQ', 'MIL'),)): a sector and sectors in given states."""
    parts = [p.strip() for p in (cell or "").split(";")]
    sector = _sector(path, line, parts[0]) if parts[0] else None
    where = []
    for part in parts[1:]:
        state, _, value = part.partition("=")
        state = _need(path, line, state, _COUNTRY, "country code")
        where.append((state, _sector(path, line, value, optional=False)))
    return sector, tuple(where)


def read_peoples(path, text=None) -> tuple[People, ...]:
    out = []
    columns = ("names", "states", "default", "armed", "leaders", "members")
    for line, row in _rows(path, columns, text):
        states = _split(row["states"])
        if states != ("*",):
            states = tuple(_need(path, line, s, _COUNTRY, "country code") for s in states)
        default = (row["default"] or "").strip() or None
        if default is not None:
            default = _need(path, line, default, _COUNTRY, "country code")
        armed, armed_in = _people_sectors(path, line, row["armed"])
        leaders, leaders_in = _people_sectors(path, line, row["leaders"])
        out.append(
            People(
                _phrases(path, line, row["names"]),
                states,
                default,
                armed,
                leaders,
                _split(row["members"]),
                armed_in,
                leaders_in,
            )
        )
    return tuple(out)


def _states(path, line: int, cell: str | None) -> tuple[str, ...]:
    return tuple(_need(path, line, c, _COUNTRY, "country code") for c in _split(cell))


def read_allegiance(path, text=None) -> tuple[Allegiance, ...]:
    out = []
    columns = ("nouns", "before", "sector", "country", "named", "unless", "from")
    for line, row in _rows(path, columns, text):
        out.append(
            Allegiance(
                tuple(n.lower() for n in _split(row["nouns"])),
                _split(row["before"]),
                _sector(path, line, row["sector"], optional=False),
                _need(path, line, row["country"], _COUNTRY, "country code"),
                _states(path, line, row["named"]),
                _states(path, line, row["unless"]),
                _date(path, line, row["from"]),
            )
        )
    return tuple(out)


def read_stoplist(path, text=None) -> tuple[Phrase, ...]:
    return tuple(
        Phrase(_phrases(path, line, row["phrases"]))
        for line, row in _rows(path, ("phrases",), text)
    )


def _term(path, line: int, row) -> tuple[dt.date, dt.date | None]:
    """A row's ``start`` (required) and ``end`` (empty while it lasts), in order."""
    start = _date(path, line, row["start"])
    if start is None:
        raise DictionaryError(str(path), line, "no start date")
    end = _date(path, line, row["end"])
    if end is not None and end < start:
        raise DictionaryError(str(path), line, f"term ends ({end}) before it starts")
    return start, end


def read_officeholders(path, text=None) -> tuple[Officeholder, ...]:
    """Terms of office. An optional ``code`` column gives a term a full actor code (an IGO
    head); the ``sector`` may then be empty, and it may be empty for role ``private`` (a
    person known by nationality alone)."""
    cols = ("name", "aliases", "country", "sector", "role", "start", "end")
    out = []
    for line, row in _rows(path, cols, text):
        name = (row["name"] or "").strip()
        if not name:
            raise DictionaryError(str(path), line, "no name")
        start, end = _term(path, line, row)
        role = (row["role"] or "").strip()
        if role not in ROLES:
            raise DictionaryError(str(path), line, f"unknown role {role!r}")
        code = (row.get("code") or "").strip() or None
        if code is not None:
            code = _need(path, line, code, _CODE, "actor code")
        optional = code is not None or role == "private"
        out.append(
            Officeholder(
                name,
                _split(row["aliases"]),
                _need(path, line, row["country"], _COUNTRY, "country code"),
                _sector(path, line, row["sector"], optional=optional),
                role,
                start,
                end,
                code,
            )
        )
    return tuple(out)


def read_governing(path, text=None) -> tuple[PartyTerm, ...]:
    """Which party held government when: ``party`` (its name in the non-state table),
    ``country``, ``start`` and ``end`` (empty while it lasts)."""
    out = []
    for line, row in _rows(path, ("party", "country", "start", "end"), text):
        party = (row["party"] or "").strip()
        if not party:
            raise DictionaryError(str(path), line, "no party")
        start, end = _term(path, line, row)
        country = _need(path, line, row["country"], _COUNTRY, "country code")
        out.append(PartyTerm(party, country, start, end))
    return tuple(out)


#: table kind -> (header columns that identify it, reader, Tables field)
KINDS = {
    "countries": (("code", "name", "aliases", "demonyms", "people", "capitals"), read_countries),
    "officeholders": (
        ("name", "aliases", "country", "sector", "role", "start", "end"),
        read_officeholders,
    ),
    "seats": (("phrase", "country", "sector"), read_seats),
    "codes": (("name", "aliases", "code"), read_codes),
    "sectors": (("phrases", "sector", "alone"), read_sectors),
    "titles": (("phrases", "role", "sector"), read_titles),
    "groups": (("phrases", "members", "sector", "resolve"), read_groups),
    "places": (("names", "country"), read_places),
    "stoplist": (("phrases",), read_stoplist),
    "peoples": (("names", "states", "default", "armed", "leaders", "members"), read_peoples),
    "governing": (("party", "country", "start", "end"), read_governing),
    "allegiance": (
        ("nouns", "before", "sector", "country", "named", "unless", "from"),
        read_allegiance,
    ),
}
_FIELD = {
    "countries": "countries",
    "officeholders": "officeholders",
    "seats": "seats",
    "codes": "nonstate",
    "sectors": "sectors",
    "titles": "titles",
    "groups": "groups",
    "places": "places",
    "stoplist": "stoplist",
    "peoples": "peoples",
    "governing": "governing",
    "allegiance": "allegiance",
}


def read_table(path: Path | str) -> Tables:
    """Read one user table, recognising its kind by its header line."""
    path = Path(path)
    try:
        header = path.read_text(encoding="utf-8").splitlines()[:1]
    except (OSError, UnicodeDecodeError) as err:
        raise DictionaryError(str(path), None, f"cannot read: {err}") from err
    try:
        columns = set(next(csv.reader(header), []))
    except csv.Error as err:
        raise DictionaryError(str(path), 1, f"malformed CSV header: {err}") from err
    for kind, (needed, reader) in KINDS.items():
        if set(needed) <= columns:
            return Tables(**{_FIELD[kind]: reader(path)})
    raise DictionaryError(str(path), 1, f"unknown table header {sorted(columns)}")


def read_officeholder_folder(folder: Path) -> tuple[Officeholder, ...]:
    """All ``*.csv`` files of an office-holders folder, merged (sorted by file name)."""
    if not folder.is_dir():
        return ()
    return tuple(row for path in sorted(folder.glob("*.csv")) for row in read_officeholders(path))


@cache
def default_tables() -> Tables:
    """The tables shipped in ``detente/data/actors`` (read once per process)."""
    base = resources.files("detente") / "data" / "actors"

    def read(name, reader):
        return reader(f"detente/data/actors/{name}", (base / name).read_text(encoding="utf-8"))

    return Tables(
        countries=read("countries.csv", read_countries),
        seats=read("seats.csv", read_seats),
        igos=read("igos.csv", read_codes),
        nonstate=read("nonstate.csv", read_codes),
        sectors=read("sectors.csv", read_sectors),
        titles=read("titles.csv", read_titles),
        groups=read("groups.csv", read_groups),
        places=read("places.csv", read_places),
        stoplist=read("stoplist.csv", read_stoplist),
        peoples=read("peoples.csv", read_peoples),
        allegiance=read("allegiance.csv", read_allegiance),
        officeholders=read_officeholder_folder(Path(str(base / "officeholders"))),
        governing=read("governing.csv", read_governing),
    )
