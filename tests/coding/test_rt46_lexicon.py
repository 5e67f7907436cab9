"""Wordings of real news the lexicon lacked (round 46): control of a place handed, passed or
transferred to another side and a person turning himself in (08), relations cooled (160), a legal
case pursued against a state (115), fighters "eliminated" (190), talks between two sides told as
the subject of "begin" (046, both ways). Each family has near misses that must not fire.
Sentences are our own and use the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

DATE = "2015-03-02"

CODED = [
    # 08: control of a place handed, transferred or passed to another side
    (
        "The British army hands control of Helmand province over to the Afghan government.",
        ("GBR", "AFG", "08"),
    ),
    (
        "French troops hand over security control of the region to Malian forces.",
        ("FRA", "MLI", "08"),
    ),
    ("Israel transfers control of Jenin to the Palestinian Authority.", ("ISR", "PSE", "08")),
    # 08: a person turning himself in to another state's forces or police
    ("A Nigerian militant leader turned himself in to Ghanaian police.", ("NGA", "GHA", "08")),
    # 16: relations cooled
    ("Argentina cools relations with Britain.", ("ARG", "GBR", "16")),
    ("Morocco cooled its ties with Algeria on Tuesday.", ("MAR", "DZA", "16")),
    # 11: a legal case pursued or pressed against another state
    (
        "Ecuador pursues a legal case against Colombia in the international courts.",
        ("ECU", "COL", "11"),
    ),
    ("Slovenia presses its legal claim against Croatia at The Hague.", ("SVN", "HRV", "11")),
    # 19: fighters eliminated
    ("The Pakistani army eliminates eight insurgents near Quetta.", ("PAK", "PAK", "19")),
    # 04: 'talks between X and Y begin', the noun read as a verb by the tagger
    ("Ceasefire talks between Sudan and Chadian rebels begin in Doha.", ("SDN", "TCD", "04")),
    ("Ceasefire talks between Sudan and Chadian rebels begin in Doha.", ("TCD", "SDN", "04")),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_round46_wording_is_coded(real_coder, text, expected):
    assert expected in by_root(real_coder.code(text, DATE))


def test_talks_between_two_sides_are_a_joint_meeting(real_coder):
    events = by_code(
        real_coder.code("Trade talks between Kenya and Uganda begin in Nairobi.", DATE)
    )
    assert ("KEN", "UGA", "046") in events
    assert ("UGA", "KEN", "046") in events


NEAR_MISSES = [
    # handing over a report or control of a company is no yielding of a place's control
    ("Germany hands over a report on the crash to Poland.", "08"),
    ("Brazil eliminates tariffs on steel from Argentina.", "19"),
    # cooling weather or a cooling economy is no break in relations
    ("The economy of Chile cooled sharply in March.", "16"),
    # pursuing talks is no lawsuit
    ("Norway pursues talks with Russia on fishing quotas.", "11"),
]


@pytest.mark.parametrize(("text", "absent"), NEAR_MISSES)
def test_a_near_miss_of_a_round46_wording_does_not_fire(real_coder, text, absent):
    roots = {code[2] for code in by_root(real_coder.code(text, DATE))}
    assert absent not in roots
