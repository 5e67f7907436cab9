"""Clauses and roles on real news (round 48): a simple-past relative clause on a noun of a
present-tense sentence tells what that noun's people did before (background, gold rule 4);
an act whose only object is a reflexive pronoun has no other party; a passive's aim hung by
the parser on its by-agent ('launched by X at Y') is the act's target; rockets and mortars
launched at a place are shelling (194). Sentences are our own and use the shipped tables."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

DATE = "2015-03-02"

BACKGROUND = [
    # the relative clause's deed came before the present-tense act: only the act is coded
    (
        "The Indian coast guard raids Thai smugglers who seized an Indian trawler.",
        ("INDMIL", "THA", "19"),
        ("THA", "IND", "18"),
    ),
    (
        "The Egyptian army frees a Libyan fisherman whom it detained on Monday.",
        ("EGY", "LBY", "08"),
        ("EGY", "LBY", "17"),
    ),
    (
        "Kenyan police arrest Somali gunmen who attacked a Kenyan bus last week.",
        ("KEN", "SOM", "17"),
        ("SOM", "KEN", "19"),
    ),
    (
        "Sudanese rebels who shelled a Chadian town are attacked by Chadian troops.",
        ("TCDMIL", "SDN", "19"),
        ("SDN", "TCD", "19"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), BACKGROUND)
def test_a_past_relative_clause_in_a_present_sentence_is_background(
    real_coder, text, kept, dropped
):
    events = by_root(real_coder.code(text, DATE))
    assert (kept[0][:3], kept[1], kept[2]) in events
    assert dropped not in events


def test_a_past_relative_clause_in_a_past_sentence_keeps_its_own_modality(real_coder):
    # both clauses in the past: the tenses tell nothing about which came first
    events = by_root(
        real_coder.code(
            "Officials said gunmen who attacked a Malian village killed five soldiers.", DATE
        )
    )
    assert any(e[2] == "19" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Britain investigates itself to check whether it sold arms to Sudan.",
        "A Syrian guard shoots himself as Turkish troops patrol the border.",
    ],
)
def test_an_act_on_itself_has_no_other_target(real_coder, text):
    roots = {e[2] for e in by_root(real_coder.code(text, DATE))}
    assert not roots & {"09", "19"}


def test_a_reflexive_with_a_second_object_keeps_that_object(real_coder):
    events = by_root(
        real_coder.code("An Al-Shabaab militant killed himself and a Kenyan soldier.", DATE)
    )
    assert ("SOM", "KEN", "19") in events


PASSIVE_AIMS = [
    ("Missiles are launched by the Indian army at Lahore, Pakistan.", ("IND", "PAK", "19")),
    ("Shells are fired by Armenian troops into Azerbaijani villages.", ("ARM", "AZE", "19")),
    ("Rockets were launched by Hamas militants against Ashkelon, Israel.", ("PSE", "ISR", "19")),
    ("The Indian army launches missiles towards Lahore, Pakistan.", ("IND", "PAK", "19")),
    ("Hamas militants launch six rockets at the Israeli town of Ashkelon.", ("PSE", "ISR", "19")),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_AIMS)
def test_the_aim_of_a_launch_or_a_passive_is_its_target(real_coder, text, expected):
    assert expected in by_root(real_coder.code(text, DATE))


def test_a_rocket_launched_into_orbit_is_no_attack(real_coder):
    assert (
        by_root(real_coder.code("North Korea launches a long-range rocket into orbit.", DATE)) == []
    )


def test_a_relative_clause_on_the_addressee_is_not_the_act_asked_for(real_coder):
    # the parser hangs 'to oppose' on the relative clause; recognising is what the
    # addressees do (not), not what they are asked to do
    text = (
        "Beijing says it will ask the four members of the alliance which do not recognise "
        "Taiwan to oppose the application."
    )
    assert ("CHN", "TWN", "03") not in by_root(real_coder.code(text, DATE))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovenia files a petition against Croatia at the European court.", ("SVN", "HRV", "11")),
        (
            "The Armenian government files charges against Azerbaijan at the World Court.",
            ("ARM", "AZE", "11"),
        ),
        ("Chile files a motion against Peru in The Hague.", ("CHL", "PER", "11")),
    ],
)
def test_a_legal_filing_against_a_party_is_a_lawsuit_not_a_protest(real_coder, text, expected):
    events = by_root(real_coder.code(text, DATE))
    assert expected in events
    assert all(e[2] != "14" for e in events)
