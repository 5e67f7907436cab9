"""Codebook sweep of roots 15 (force posture) and 17 (coerce): wordings of each sub-code
written as our own sentences (stand-in gazetteer), and near misses that must code nothing
of these roots or another code (contraband seized, emergencies after a disaster, police
raids as inquiries, what a foiled plot was for, expelled individuals, appeals for troops)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

CASES = [
    # 150: warships and warplanes shown close to or off a rival's coast
    ("Chilean warships sailed close to the Peruvian coast on Monday.", ("CHL", "PER", "15")),
    ("Polish warships paraded off the Kenyan coast on Monday.", ("POL", "KEN", "15")),
    ("A Chilean submarine surfaced off the Peruvian coast on Monday.", ("CHL", "PER", "15")),
    # 152: ordered onto alert, a declared state of readiness
    ("Kenya's army ordered its troops onto high alert against Ghana.", ("KEN", "GHA", "15")),
    (
        "The Polish army declared a state of combat readiness along the border with Kenya.",
        ("POL", "KEN", "15"),
    ),
    # 153: police massed ahead of a protest
    (
        "Kenya massed riot police in the capital on Monday ahead of a march by Kenyan protesters.",
        ("KEN", "KEN", "15"),
    ),
    # 154: reservists mobilised to fight in a named country
    ("Chile mobilised 50,000 reservists on Monday to fight in Peru.", ("CHL", "PER", "15")),
    # 175: a campaign of repression stepped up
    (
        "Kenya's government intensified its campaign of repression against Ghanaian traders.",
        ("KEN", "GHA", "17"),
    ),
    # 1712: a building blown up, abroad, is destroyed property
    ("Kenyan rebels blew up a church in Ghana on Monday.", ("KEN", "GHA", "17")),
    # 1721: a broadcaster taken off the air
    (
        "Kenya's government took a Ghanaian radio station off the air on Monday.",
        ("KEN", "GHA", "17"),
    ),
    # 1723: a country named by itself imposes, extends or announces a curfew on its public
    ("Kenya extended the curfew in the northern provinces on Monday.", ("KEN", "KEN", "17")),
    ("Chile announced a curfew in the southern provinces on Monday.", ("CHL", "CHL", "17")),
    ("Kenya's government slapped a curfew on the whole country on Monday.", ("KEN", "KEN", "17")),
    # 174: an individual expelled, told as a verb or a noun
    ("Poland expelled a Kenyan businessman on Monday.", ("POL", "KEN", "17")),
    (
        "The expulsion of two Chilean priests by the Peruvian government was criticised on Monday.",
        ("PER", "CHL", "17"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_posture_or_coercion_wording_is_coded(run, text, expected):
    assert expected in by_root(run(text))


CODES = [
    ("Kenyan rebels blew up a church in Ghana on Monday.", ("KEN", "GHA", "1712")),
    ("Poland expelled a Kenyan businessman on Monday.", ("POL", "KEN", "174")),
    ("Kenya extended the curfew in the northern provinces on Monday.", ("KEN", "KEN", "1723")),
    # police put on alert or mobilised: police power (151, 153), not military
    (
        "Chilean police were put on high alert on Monday ahead of a march by Chilean protesters.",
        ("CHL", "CHL", "151"),
    ),
    # an appeal for troops to be deployed is an appeal for military protection
    ("Poland urged Kenya on Monday to deploy more troops to its border.", ("POL", "KEN", "0234")),
    ("Ghana urged Kenya on Monday not to send troops to Poland.", ("GHA", "KEN", "0256")),
    # police and prosecutors raiding offices or homes investigate (091), they fight no one
    ("Kenyan police raided the offices of a Ghanaian charity on Monday.", ("KEN", "GHA", "091")),
]


@pytest.mark.parametrize(("text", "expected"), CODES)
def test_a_posture_or_coercion_wording_gets_its_full_code(run, text, expected):
    assert expected in by_code(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # contraband seized is no one's property
        "Chilean police seized 300 kilograms of cocaine from Peruvian smugglers on Monday.",
        "Kenyan police seized three tonnes of heroin from a Ghanaian ship on Monday.",
        "Kenyan customs officers seized ivory smuggled from Ghana on Monday.",
        # an emergency or a curfew against a disaster is aimed at no one
        "Chile's government declared a state of emergency on Monday after floods hit the south.",
        "Kenya imposed a curfew on Monday to contain the epidemic.",
        # a raid by police is no fight
        "Polish police raided the homes of Ghanaian traders on Monday.",
        # what a foiled plot was for is not done, its conjunct neither
        "Kenya's government foiled a plot to burn down Ghanaian shops and seize Polish assets.",
        "Kenyan police thwarted a plot to kill a Ghanaian envoy and seize the Polish embassy.",
    ],
)
def test_a_near_miss_codes_no_coercion_or_force(run, text):
    roots = {e.code[:2] for e in run(text)}
    assert not roots & {"17", "18", "19"}
