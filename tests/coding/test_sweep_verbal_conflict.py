"""Breadth sweep of roots 11, 13, 14, 16 and 17 (rows in ``acts_broad.jsonl`` /
``nouns_broad.jsonl``): wire idioms of criticism, threat, protest, reduced relations and
coercion. Sentences are our own (stand-in gazetteer); each uses a wording only the sweep rows
cover, and the negatives use the same trigger in another sense."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

CASES = [
    # 11: scorn, fuming, bemoaning, railing, opposition voiced, lobbying/rallying third parties
    ("Chile poured scorn on Peru's fishing rules on Monday.", [("CHL", "PER", "111")]),
    ("Ghana heaped criticism on Kenya after the vote.", [("GHA", "KEN", "111")]),
    ("Poland fumed at Vietnam's decision to expel its traders.", [("POL", "VNM", "111")]),
    ("Norway bemoaned Chile's handling of the salmon dispute.", [("NOR", "CHL", "111")]),
    ("Kenya railed at Ghana for the visa rules.", [("KEN", "GHA", "111")]),
    ("Peru registered its opposition to Chile's fishing plan.", [("PER", "CHL", "110")]),
    ("Vietnam lobbied its neighbours against Poland's tariff plan.", [("VNM", "POL", "113")]),
    ("Kenya rallied its allies against Ghana's bid.", [("KEN", "GHA", "113")]),
    ("Norway's accusation against Peru drew an angry reply.", [("NOR", "PER", "112")]),
    # 13: promised responses, nominal threats and warnings, brandished threats
    ("Peru promised a harsh response to Chile on Monday.", [("PER", "CHL", "130")]),
    ("Ghana menaced Kenya with a naval blockade.", [("GHA", "KEN", "130")]),
    ("Vietnam's threat against Poland shocked the markets.", [("VNM", "POL", "130")]),
    ("Kenya's warning to Ghana came a day after the clash.", [("KEN", "GHA", "130")]),
    ("Chile raised the spectre of war with Peru on Monday.", [("CHL", "PER", "138")]),
    (
        "Warsaw brandished the threat of sanctions against Hanoi.",
        [("POL", "VNM", "1312")],
    ),
    # 14: taking part in a march, converging on an embassy
    (
        "Kenyan protesters took part in a rally outside the Polish embassy.",
        [("KEN", "POL", "141")],
    ),
    ("Kenyan protesters converged on the Ghanaian embassy on Monday.", [("KEN", "GHA", "141")]),
    # 16: pulled or frozen funding, bars and restrictions on trade, cancelled missions, ended pacts
    ("Norway pulled funding from Kenya's health programme.", [("NOR", "KEN", "162")]),
    ("Norway froze lending to Ghana on Monday.", [("NOR", "GHA", "1621")]),
    ("Vietnam banned Polish apps on Monday.", [("VNM", "POL", "163")]),
    ("Chile barred Peruvian vessels from its ports.", [("CHL", "PER", "163")]),
    ("Poland restricted exports of grain to Kenya.", [("POL", "KEN", "163")]),
    ("Ghana cancelled a trade mission to Vietnam.", [("GHA", "VNM", "161")]),
    ("Peru terminated its defence accords with Chile.", [("PER", "CHL", "160")]),
    # 17: detention idioms
    ("Kenyan police put a Ghanaian reporter in detention.", [("KEN", "GHA", "173")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_verbal_conflict_wording_is_coded(run, text, expected):
    assert by_code(run(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expulsion of peacekeepers or inspectors, not of diplomats
        ("Kenya ordered the expulsion of Polish peacekeepers.", [("KEN", "POL", "1661")]),
        ("Ghana ordered the expulsion of Norwegian inspectors.", [("GHA", "NOR", "1662")]),
    ],
)
def test_an_expelled_mission_keeps_its_subcode(run, text, expected):
    assert by_code(run(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # the same triggers in other senses
        "Kenya poured money into Ghana's ports on Monday.",
        "Chile raised the prospect of a trade deal with Peru.",
        "Poland took part in a conference with Vietnam on Monday.",
        "Norway pulled its team from the tournament in Kenya.",
        "Peru's minister put the documents in a safe before the Chilean visit.",
        "Kenya's economy is a threat to no one, Ghana said.",
        "Vietnam issued a storm warning to fishermen on Monday.",
        "Poland cancelled a flight to Kenya because of fog.",
        "Allegations that Kenyan troops abused civilians were examined by Norway.",
    ],
)
def test_a_verbal_conflict_trigger_out_of_its_sense_codes_no_root_of_its_own(run, text):
    roots = {root for *_, root in by_root(run(text))}
    assert not roots & {"11", "13", "14", "16", "17"}
