import pytest

from detente.actors import ActorFinder
from detente.actors.tables import (
    default_tables,
    read_officeholders,
    read_sectors,
    read_table,
)
from detente.errors import DictionaryError

HEADER = "name,aliases,country,sector,role,start,end\n"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Jane Doe,,JP,GOV,head_of_state,2000-01-01,", "country code"),
        ("Jane Doe,,JPN,XXX,head_of_state,2000-01-01,", "sector"),
        ("Jane Doe,,JPN,GOV,emperor_of_all,2000-01-01,", "role"),
        ("Jane Doe,,JPN,GOV,head_of_state,2000-13-01,", "date"),
        ("Jane Doe,,JPN,GOV,head_of_state,,", "start"),
        ("Jane Doe,,JPN,GOV,head_of_state,2001-01-01,2000-01-01", "before"),
    ],
)
def test_officeholder_errors_name_file_and_line(tmp_path, row, reason):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "Ok Person,,JPN,GOV,head_of_state,2000-01-01,\n" + row + "\n")
    with pytest.raises(DictionaryError) as err:
        read_officeholders(path)
    assert err.value.line == 3 and err.value.path == str(path)
    assert reason in err.value.reason


def test_missing_column_is_reported_on_line_1(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("phrases,sector\ntroops,MIL\n")
    with pytest.raises(DictionaryError) as err:
        read_sectors(path)
    assert err.value.line == 1 and "alone" in err.value.reason


def test_unknown_header_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("foo,bar\n1,2\n")
    with pytest.raises(DictionaryError):
        read_table(path)


def test_shipped_tables_are_consistent():
    tables = default_tables()
    codes = [c.code for c in tables.countries]
    assert len(codes) == len(set(codes)) and len(codes) > 190
    known = set(codes)
    assert all(p.country in known for p in tables.seats + tables.places)
    assert all(m in known for g in tables.groups for m in g.members)


def test_user_tables_extend_the_finder(tmp_path):
    nonstate = tmp_path / "mine.csv"
    nonstate.write_text("name,aliases,code\nFreedom Front,FF,ZZZREB\n")
    holders = tmp_path / "people.csv"
    holders.write_text(HEADER + "Jane Roe,,NOR,GOV,foreign_minister,2020-01-01,\n")
    finder = ActorFinder.from_tables(nonstate, holders)
    found = {m.text: m.code for m in finder.find("The Freedom Front met Jane Roe.", "2021-05-05")}
    assert found == {"Freedom Front": "ZZZREB", "Jane Roe": "NORGOV"}
