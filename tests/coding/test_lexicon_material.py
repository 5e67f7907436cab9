"""Material acts the lexicon lacked: deployments that come to help, relief carried in or
unloaded, intelligence passed on, artefacts handed back, mass expulsions, chemical agents,
accreditation withdrawn, airlines banned, officials placed under investigation, and denials of
accusing reports. Sentences are our own (stand-in gazetteer); each uses a wording only the new
senses cover, and the negative cases pin the object constraints that keep the senses narrow."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

CASES = [
    # 016: rejecting a report that accuses the rejecter denies the accusation
    (
        "Chile flatly rejected a report by Peruvian officials that accused Santiago of spying.",
        [("CHL", "PER", "016")],
    ),
    # 039: volunteering to act as a go-between
    (
        "Norway volunteered on Friday to act as a go-between for Kenya and Ghana.",
        [("NOR", "GHA", "039"), ("NOR", "KEN", "039")],
    ),
    # 074: troops that arrive, are flown or deployed to help
    (
        "The first Kenyan soldiers arrived in Ghana on Friday to help the army fight insurgents.",
        [("KEN", "GHA", "074")],
    ),
    (
        "Kenya has flown 1,000 soldiers into Ghana to help the government fight rebels.",
        [("KEN", "GHA", "074")],
    ),
    (
        "Kenya began deploying 1,000 soldiers to Ghana on Friday to help the government.",
        [("KEN", "GHA", "074")],
    ),
    # 154: armour and commandos sent to a frontier
    (
        "Chile sent armoured convoys and commandos to its border with Peru on Monday.",
        [("CHL", "PER", "154")],
    ),
    # 073: relief rolled in or unloaded
    (
        "Peruvian lorries laden with flour and medicine rolled into Chile on Wednesday.",
        [("PER", "CHL", "073")],
    ),
    (
        "Three Kenyan navy ships unloaded food and tents at the Ghanaian port on Monday.",
        [("KEN", "GHA", "073")],
    ),
    # 064: imagery passed on
    (
        "Norwegian intelligence passed satellite imagery of the border to Kenya on Thursday.",
        [("NOR", "KEN", "064")],
    ),
    # 062: joint drills flown
    (
        "Chilean and Peruvian pilots flew joint drills over the ocean on Wednesday.",
        [("CHL", "PER", "062"), ("PER", "CHL", "062")],
    ),
    # 0842: looted artefacts handed back
    (
        "The Polish minister handed over 20 looted bronzes to Ghana on Tuesday.",
        [("POL", "GHA", "0842")],
    ),
    # 0863: aid convoys let in, crossings opened to them
    (
        "Peruvian authorities allowed Chilean convoys loaded with food into the town on Monday.",
        [("PER", "CHL", "0863")],
    ),
    (
        "Kenya opened two crossings on its border to Ghanaian aid convoys on Monday.",
        [("KEN", "GHA", "0863")],
    ),
    # 091 / 092: placed under investigation; a fact-finding mission set up
    (
        "Ghana placed three Chilean officials under formal investigation on Monday.",
        [("GHA", "CHL", "091")],
    ),
    (
        "The Kenyan parliament voted to set up a fact-finding mission into Ghana's crackdown.",
        [("KEN", "GHA", "092")],
    ),
    # 150 / 152: naval harassment; an alert along a frontier
    (
        "Kenyan gunboats crossed the bows of Ghanaian navy ships on Wednesday.",
        [("KEN", "GHA", "150")],
    ),
    (
        "Kenya placed its navy on high alert along the Ghanaian frontier on Monday.",
        [("KEN", "GHA", "152")],
    ),
    # 163: a state's airlines banned from the airspace
    (
        "The Polish government banned Kenyan airlines from its airspace on Friday.",
        [("POL", "KEN", "163")],
    ),
    # 1662 / 1663: inspectors' accreditation withdrawn, aid officials ordered out
    (
        "Kenya stripped several Polish inspectors of their accreditation on Monday.",
        [("KEN", "POL", "1662")],
    ),
    ("Norway withdrew the accreditation of several Ghanaian inspectors.", [("NOR", "GHA", "1662")]),
    (
        "Kenya ordered seven senior Polish aid officials out of the country.",
        [("KEN", "POL", "1663")],
    ),
    # 1722: a party's activities banned
    (
        "The Chilean government banned all activities of the Peruvian opposition party.",
        [("CHL", "PER", "1722")],
    ),
    # 192 when troops take a plant, 1711 when an authority takes a company's plant
    ("Kenyan troops seized the Ghanaian power plant on Friday.", [("KEN", "GHA", "192")]),
    ("Chilean authorities seized a Peruvian company's plant on Monday.", [("CHL", "PER", "1711")]),
    # 201: mass expulsion and forced return; 203 when called ethnic cleansing
    (
        "Ghanaian police rounded up and expelled thousands of Kenyan migrants on Wednesday.",
        [("GHA", "KEN", "201")],
    ),
    (
        "Ghana began forcibly sending back hundreds of thousands of undocumented Kenyan migrants.",
        [("GHA", "KEN", "201")],
    ),
    (
        "Chilean troops forced hundreds of Peruvian families from their homes on Monday.",
        [("CHL", "PER", "201")],
    ),
    (
        "Chilean troops drove thousands of Peruvian villagers from their homes in a campaign of "
        "ethnic cleansing.",
        [("CHL", "PER", "203")],
    ),
    # 2041: a chemical agent named by its class
    (
        "Peruvian forces used the choking agent chloropicrin against Chilean troops.",
        [("PER", "CHL", "2041")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_material_wording_is_coded(run, text, expected):
    assert by_code(run(text)) == sorted(expected)


NOT_THESE = [
    # soldiers arriving for talks, or deployed to a border, do not come to help
    ("Kenyan soldiers arrived in Ghana on Friday for talks.", "07"),
    ("Kenya deployed 1,000 soldiers to its border with Ghana on Friday.", "07"),
    # troops rolling in carry no relief
    ("Kenyan troops rolled into Ghana on Monday.", "07"),
    # a veto is no chemical weapon; a journalist's accreditation is no inspector's
    ("Poland used its veto against Kenya's proposal.", "20"),
    ("Ghana withdrew the accreditation of a Kenyan journalist on Monday.", "16"),
    # a proposal rejected is no accusation denied
    ("Kenya rejected a Ghanaian proposal on trade.", "01"),
    # expelling two diplomats is no mass expulsion
    ("Ghana expelled two Kenyan diplomats on Monday.", "20"),
]


@pytest.mark.parametrize(("text", "root"), NOT_THESE)
def test_a_near_miss_is_not_coded_as_the_new_sense(run, text, root):
    assert root not in {r for _s, _t, r in by_root(run(text))}


def test_a_counted_deportation_stays_a_deportation(run):
    """'deported 40 Kenyan nationals' is 174 by the gold rules; only 'thousands'/'undocumented'
    make a deportation a mass expulsion (201)."""
    assert by_code(run("Ghana deported 40 Kenyan nationals on Tuesday.")) == [("GHA", "KEN", "174")]
