"""Families of wordings the lexicon lacked (round 31): wanted people handed over to another
state (063) whatever the verb and even when no trial is named, arms counted by a number ('four of
its jets') or named as armoured carriers (072), people forced or pushed back across a border (201),
a mediator or an offer of mediation accepted (038), a slaughter of villagers (202) and sanctions
eased by the range (085). Each family has its near misses that must not fire. Sentences are our own
and use the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

DATE = "2024-03-04"

CODED = [
    # 063: a wanted person handed, turned, delivered or flown over to another state
    (
        "Peruvian police turned over a suspected Bolivian drug smuggler to Bolivia on Monday.",
        ("PER", "BOL", "063"),
    ),
    (
        "Panama delivered a wanted Colombian arms dealer to Colombia on Tuesday.",
        ("PAN", "COL", "063"),
    ),
    (
        "Thailand handed over two Cambodian human traffickers to Cambodia on Friday.",
        ("THA", "KHM", "063"),
    ),
    (
        "Spain transferred a fugitive Moroccan gang leader to Morocco on Wednesday.",
        ("ESP", "MAR", "063"),
    ),
    # 072: arms counted by a number, a share or a tranche of them
    ("Slovakia has handed four of its MiG-29 fighter jets to Ukraine.", ("SVK", "UKR", "072")),
    ("Norway has sent a second tranche of howitzers to Ukraine.", ("NOR", "UKR", "072")),
    # 072: armoured carriers and fighting vehicles the class words miss
    (
        "Japan has flown 10 armoured personnel carriers to the Philippines.",
        ("JPN", "PHL", "072"),
    ),
    # ... and, promised, an intent to provide military aid (0332)
    (
        "Germany will supply Lithuania with 40 infantry fighting vehicles.",
        ("DEU", "LTU", "0332"),
    ),
    # 201: people forced or pushed back across a border
    (
        "Turkey has pushed thousands of Syrian refugees back across the border in a crackdown "
        "on undocumented migrants.",
        ("TUR", "SYR", "201"),
    ),
    (
        "Algeria forced hundreds of Nigerien migrants across the border into the desert on Sunday.",
        ("DZA", "NER", "201"),
    ),
    # 038: a mediator or an offer of mediation accepted
    (
        "Sudan accepted Ethiopia as a mediator in its dispute with South Sudan on Friday.",
        ("SDN", "ETH", "038"),
    ),
    ("Mozambique welcomed Botswana's offer of mediation on Monday.", ("MOZ", "BWA", "038")),
    # 202: a slaughter of villagers
    (
        "The slaughter of at least 80 villagers by gunmen in northern Nigeria was the deadliest "
        "attack this year.",
        ("NGA", "NGA", "202"),
    ),
    # 085: a range of sanctions suspended
    (
        "The European Union suspended a range of sanctions on Venezuela's oil sector on Monday.",
        ("IGO", "VEN", "085"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_round31_wording_is_coded(real_coder, text, expected):
    assert expected in by_code(real_coder.code(text, DATE))


NEAR_MISSES = [
    # handing over a wanted man's files is no extradition; an officer sent to a post is none
    ("Chile sent its senior police officer to Peru for talks on Monday.", "06"),
    # a visit by air stays a visit, not a delivery of arms
    ("The Japanese foreign minister flew to the Philippines on Monday.", "07"),
    # rebels or protesters pushed back by troops are no expulsion
    ("The Malian army pushed the rebels back across the river on Monday.", "20"),
    ("Police forced the protesters back towards the square in Lima on Monday.", "20"),
    # a mediator who is proposed, not accepted, is no intent to accept mediation
    ("Qatar offered to act as a mediator between Sudan and Chad on Monday.", "038"),
    # an aircraft carrier sent to a region is no delivery of arms
    ("The United States sent an aircraft carrier to the eastern Mediterranean on Monday.", "07"),
]


@pytest.mark.parametrize(("text", "absent"), NEAR_MISSES)
def test_a_near_miss_of_a_round31_wording_does_not_fire(real_coder, text, absent):
    events = real_coder.code(text, DATE)
    if len(absent) == 2:
        assert absent not in {root for _, _, root in by_root(events)}
    else:
        assert absent not in {code for _, _, code in by_code(events)}
