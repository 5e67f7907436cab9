import datetime as dt
import warnings
from pathlib import Path

import pytest

from detente.actors import ActorFinder, petrarch
from detente.errors import DictionaryError

REAL = Path("/work/shared/reference/petrarch2-dictionaries")

ACTORS = """# a comment
FREEDONIA_  [FRD]
+REPUBLIC_OF_FREEDONIA_
RUFUS_FIREFLY_  # leader
\t[FRDGOV 930101-951231]
\t[FRDOPP >960101]
SYLVANIA_ [SYL]
"""

AGENTS = """!MINIST! = MINISTER, MINISTRY
BORDER_WARDEN {BORDER_WARDENS} [~MIL]
!MINIST!_OF_SNACKS [~GOV]
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_actor_blocks_aliases_and_dates(tmp_path):
    entries = petrarch.load(write(tmp_path, "a.txt", ACTORS))
    pairs = {(e.phrase, e.code) for e in entries}
    assert {("FREEDONIA", "FRD"), ("REPUBLIC OF FREEDONIA", "FRD"), ("SYLVANIA", "SYL")} <= pairs
    rufus = [e for e in entries if e.phrase == "RUFUS FIREFLY"]
    assert [(e.code, e.start, e.end) for e in rufus] == [
        ("FRDGOV", dt.date(1993, 1, 1), dt.date(1995, 12, 31)),
        ("FRDOPP", dt.date(1996, 1, 1), None),
    ]


def test_agents_expand_sets_and_plurals(tmp_path):
    entries = petrarch.load(write(tmp_path, "g.txt", AGENTS))
    pairs = {(e.phrase, e.code) for e in entries}
    assert {
        ("BORDER WARDEN", "~MIL"),
        ("BORDER WARDENS", "~MIL"),
        ("MINISTER OF SNACKS", "~GOV"),
        ("MINISTRY OF SNACKS", "~GOV"),
    } <= pairs


def test_entries_merge_into_a_finder_and_resolve_by_date(tmp_path):
    actors = write(tmp_path, "a.txt", ACTORS)
    agents = write(tmp_path, "g.txt", AGENTS)
    finder = ActorFinder.from_tables(petrarch=[actors, agents])
    text = "Rufus Firefly met Freedonia border wardens."
    got = [(m.text, m.code) for m in finder.find(text, "1994-06-01")]
    assert got == [("Rufus Firefly", "FRDGOV"), ("Freedonia border wardens", "FRDMIL")]
    assert finder.find(text, "1997-01-01")[0].code == "FRDOPP"


def test_malformed_lines_warn_or_raise(tmp_path):
    path = write(tmp_path, "bad.txt", "GOOD_ [AAA]\nBAD_\n\t[AAAGOV 12-34]\n")
    with pytest.raises(DictionaryError) as err:
        petrarch.load(path, strict=True)
    assert err.value.line == 3
    with pytest.warns(UserWarning, match="skipped 1"):
        entries = petrarch.load(path)
    assert [(e.phrase, e.code) for e in entries] == [("GOOD", "AAA")]


@pytest.mark.skipif(not REAL.exists(), reason="PETRARCH dictionaries not available")
@pytest.mark.parametrize(
    ("name", "phrase", "code"),
    [
        ("Phoenix.Countries.actors.txt", "SHINZO ABE", "JPNGOV"),
        ("Phoenix.International.actors.txt", "THE UNITED NATIONS", "IGOUNO"),
        ("Phoenix.agents.txt", "RIOT POLICE", "~COP"),
    ],
)
def test_real_dictionaries(name, phrase, code):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        entries = petrarch.load(REAL / name)
    assert len(entries) > 1000
    assert any(e.phrase == phrase and e.code.startswith(code) for e in entries)
