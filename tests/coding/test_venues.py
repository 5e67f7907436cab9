"""Summit towns outside the capitals name their country ('met in Geneva', 'in Davos', 'at Camp
David'): a meeting there between two other states is held at a third location (044, not 040).
Sentences are written for these tests."""

import datetime as dt

import pytest
from coding_helpers import by_code

DATE = dt.date(2019, 1, 22)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Iranian and American negotiators met in Lausanne on Tuesday.", ("IRN", "USA")),
        (
            "The Greek and Turkish prime ministers met on the sidelines of the World Economic "
            "Forum in Davos.",
            ("GRC", "TUR"),
        ),
        ("The foreign ministers of Serbia and Kosovo met in Geneva on Monday.", ("SRB", "KSV")),
        ("Egyptian and Israeli leaders met at Camp David on Tuesday.", ("EGY", "ISR")),
    ],
)
def test_a_meeting_in_a_third_countrys_town_is_044(real_coder, text, sides):
    a, b = sides
    coded = by_code(real_coder.code(text, DATE))
    assert (a, b, "044") in coded and (b, a, "044") in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syria's government ruled out direct talks with the opposition delegation on Tuesday "
            "as peace talks entered a second week in Geneva.",
            ("SYR", "SYR"),
        ),
        (
            "Militants killed 30 people in northern Afghanistan on Monday while peace talks were "
            "under way in Doha.",
            ("AFG", "AFG"),
        ),
    ],
)
def test_the_town_talks_are_held_in_says_nothing_of_whose_agents_are(real_coder, text, expected):
    """An unnamed side ('the opposition delegation', 'militants') is not the venue's."""
    pairs = {(s[:3], t[:3]) for s, t, _code in by_code(real_coder.code(text, DATE))}
    assert expected in pairs
