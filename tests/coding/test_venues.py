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
