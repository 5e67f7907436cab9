"""Senses seen missing in real news: patrolling jointly or together is military cooperation
both ways (062, gold rule 1; a future one an intent, 0312); stopping, ceasing, pausing,
severing or breaking off cooperation or security coordination with a party reduces relations
(160), and so does announcing or ordering its suspension, end or halt; cutting funds,
announcing a freeze on aid or ordering a halt to funding reduces aid (162, 1621 and 1623
where the text says which aid); armed forces making gains against an enemy fight it (190), and
forces advancing towards, toward or into a place fight there (190), also where the tagger
reads a headline's 'advance' as a noun. Sentences are our own and use the shipped tables
(``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2022-06-14"

CODED = [
    # joint patrols told by the verb: both ways
    (
        "Greek and Turkish coast guards jointly patrolled the Aegean on Tuesday.",
        [("GRC", "TUR", "062"), ("TUR", "GRC", "062")],
    ),
    (
        "Kenyan troops patrolled the frontier together with Ugandan soldiers on Monday.",
        [("KEN", "UGA", "062"), ("UGA", "KEN", "062")],
    ),
    (
        "Chilean and Peruvian navies will jointly patrol their maritime border.",
        [("CHL", "PER", "0312"), ("PER", "CHL", "0312")],
    ),
    # cooperation stopped by verbs the lexicon lacked
    ("Ghana stopped military cooperation with Burkina Faso on Monday.", [("GHA", "BFA", "160")]),
    ("Niger has severed security cooperation with Benin.", [("NER", "BEN", "160")]),
    ("Peru paused police cooperation with Bolivia on Thursday.", [("PER", "BOL", "160")]),
    ("Algeria broke off military cooperation with Mali on Sunday.", [("DZA", "MLI", "160")]),
    (
        "The Palestinian Authority suspended security coordination with Israel.",
        [("PSE", "ISR", "160")],
    ),
    # its suspension, end or halt announced or ordered: the aim hangs on what is stopped
    (
        "Warsaw announced the suspension of military cooperation with Minsk on Friday.",
        [("POL", "BLR", "160")],
    ),
    ("Chad ordered an end to defence cooperation with France.", [("TCD", "FRA", "160")]),
    # aid and funds cut, frozen or halted
    ("Sweden announced a freeze on development aid to Zambia.", [("SWE", "ZMB", "162")]),
    (
        "Norway ordered a halt to funding for the Kenyan police on Wednesday.",
        [("NOR", "KEN", "162")],
    ),
    ("The Netherlands cut funds for the Zambian health ministry.", [("NLD", "ZMB", "162")]),
    ("Denmark cut off funds to the Ugandan parliament.", [("DNK", "UGA", "162")]),
    ("Japan suspended funds to the Malian army on Friday.", [("JPN", "MLI", "162")]),
    (
        "The World Food Programme cuts food rations to refugees in Kenya.",
        [("IGO", "KEN", "1623")],
    ),
    # gains against an enemy
    ("Tigrayan rebels made gains against Ethiopian troops on Sunday.", [("ETH", "ETH", "190")]),
    ("Ukrainian forces made gains against Russian troops near Kharkiv.", [("UKR", "RUS", "190")]),
    # advancing towards or into a place
    (
        "Rwandan-backed rebels advance toward the Congolese city of Bukavu.",
        [("COD", "COD", "190")],
    ),
    ("Eritrean forces advanced into Ethiopia's Tigray region.", [("ERI", "ETH", "190")]),
    # a headline 'advance' the tagger reads as a noun
    ("Israeli Defense Forces advance on Gaza City.", [("ISR", "PSE", "190")]),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_missing_sense_is_coded(real_coder, text, expected):
    found = by_code(real_coder.code(text, DATE))
    for event in expected:
        assert event in found, found


NOT_CODED = [
    # patrolling alone, or side by side without doing it together, is no cooperation
    ("Polish police patrol the border with Belarus.", "062"),
    ("Indian and Pakistani soldiers patrol their sides of the border.", "062"),
    # gains in an election, or against a price, are no fighting
    ("The opposition made big gains against the ruling party in Kenya's elections.", "190"),
    ("Chile made gains against inflation last year.", "190"),
    # a freeze of a state's funds is a sanction, not a cut in aid
    ("Canada froze the funds of Haiti's former president on Tuesday.", "162"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CODED)
def test_a_near_miss_of_a_missing_sense_does_not_fire(real_coder, text, absent):
    codes = {code for _, _, code in by_code(real_coder.code(text, DATE))}
    assert absent not in codes, codes
