"""The second breadth pass over ``acts_broad.jsonl`` / ``nouns_broad.jsonl``: irregular verbs
whose past forms now pass the pre-filter, nominal events, and wire idioms. Sentences are our own
(stand-in gazetteer); each uses a wording only the broad tables cover."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

CASES = [
    # 05: idioms of reconciliation and agreement
    (
        "Chile and Peru patched up ties on Monday after a year of quarrels.",
        [("CHL", "PER", "05"), ("PER", "CHL", "05")],
    ),
    (
        "Poland thrashed out a trade agreement with Kenya on Monday.",
        [("KEN", "POL", "05"), ("POL", "KEN", "05")],
    ),
    (
        "Ghana signed an agreement with Vietnam on Monday.",
        [("GHA", "VNM", "05"), ("VNM", "GHA", "05")],
    ),
    # 06
    ("Norway provided Kenya with intelligence on the smugglers.", [("NOR", "KEN", "06")]),
    # 07
    ("Poland handed over two patrol boats to the Ghanaian navy.", [("POL", "GHA", "07")]),
    ("Norway gifted a surveillance aircraft to Peru on Monday.", [("NOR", "PER", "07")]),
    ("Chile has written off most of Peru's old debts.", [("CHL", "PER", "07")]),
    # 08
    (
        "Chile and Peru traded prisoners with each other on Monday.",
        [("CHL", "PER", "08"), ("PER", "CHL", "08")],
    ),
    # 12
    ("Poland cast its veto against Kenya's proposal on Monday.", [("POL", "KEN", "12")]),
    # 13
    ("The Chilean army issued an ultimatum to Peru on Monday.", [("CHL", "PER", "13")]),
    # 14: crowds setting fire, breaking in
    ("Kenyan protesters set fire to the Polish embassy on Monday.", [("KEN", "POL", "14")]),
    # 16
    ("Kenya ordered out the Polish ambassador on Monday.", [("KEN", "POL", "16")]),
    # 18: taking hostages; a kidnapping as a noun
    (
        "The kidnapping of two Polish engineers by Kenyan gunmen angered Warsaw.",
        [("KEN", "POL", "18")],
    ),
    # 19: aircraft as subjects, nominal air strikes, raids
    ("Chilean warplanes struck Peruvian positions on Monday.", [("CHL", "PER", "19")]),
    ("Vietnam carried out drone strikes on Norwegian bases on Monday.", [("VNM", "NOR", "19")]),
    ("Kenyan troops launched a raid on a Ghanaian camp on Monday.", [("KEN", "GHA", "19")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_second_pass_wording_is_coded(run, text, expected):
    assert by_root(run(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # background nouns: the act the clause reports, not the one it refers back to
        "Poland expelled Kenyan diplomats after the kidnapping of a Polish engineer.",
        "Chile signed a fisheries pact with Peru under an agreement with Norway.",
    ],
)
def test_a_background_noun_is_not_coded_again(run, text):
    codes = [e.code[:2] for e in run(text)]
    assert "18" not in codes
    assert codes.count("05") <= 2


@pytest.mark.parametrize(
    "text",
    [
        "A passenger plane hit a hillside near Nairobi on Monday.",
        "Chile's debt fell sharply in May, the finance ministry said on Monday.",
        "Norway's team walked out of the stadium after the match on Monday.",
    ],
)
def test_a_second_pass_trigger_out_of_its_sense_codes_nothing(run, text):
    assert run(text) == []
