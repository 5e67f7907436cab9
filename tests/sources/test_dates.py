import datetime as dt

import pytest

from detente.sources.dates import dateline, parse_date


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("MOSCOW, March 3 (Reuters) - Talks began.", None, None),
        ("MOSCOW, March 3 (Reuters) - Talks began.", 2015, dt.date(2015, 3, 3)),
        ("March 11, 2014 | 0052 GMT Japan said", None, dt.date(2014, 3, 11)),
        ("LIMA, Peru, Sept. 9, 2019 - The vote", None, dt.date(2019, 9, 9)),
        ("11 March 2014 - Japan said", None, dt.date(2014, 3, 11)),
        ("March was a cold month in Oslo.", 2015, None),
        ("May 5 people were hurt.", 2015, None),
        ("Officials said on March 3 - nothing", 2015, None),
        ("OSLO, February 30, 2015 - x", None, None),
    ],
)
def test_dateline(text, year, expected):
    assert dateline(text, year) == expected


def test_dateline_only_at_start():
    assert dateline("The talks, held in OSLO, March 3, 2015 - ended.") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014-03-11", dt.date(2014, 3, 11)),
        ("2014-03-11T23:30:00-05:00", dt.date(2014, 3, 11)),
        ("Tue, 11 Mar 2014 02:30:21 +0000", dt.date(2014, 3, 11)),
        ("March 11, 2014", dt.date(2014, 3, 11)),
        ("not a date", None),
        ("2014-13-01", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected
