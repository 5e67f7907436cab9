"""Violence told through its victims: a passive whose subject is the people hurt, with the
doer in a joined passive's adjunct ('were killed and 20 others wounded in an X raid'), in a
fight noun with a named foe ('killed in a clash with Y': both sides fought), in the launcher
of the weapon of a by-phrase ('killed by shells fired from X tanks'), or in a clause of
circumstance whose mood is its own ('talks were put off as X's forces shelled Y'). Sentences
of our own, run through the coder with the shipped tables."""

from __future__ import annotations

import pytest

DATE = "2016-06-08"


def keys(coder, text, flagged=False):
    """(source, target, root) of each event the coder finds, by six-letter actor codes."""
    return {
        (e.source[:6], e.target[:6], e.code[:2])
        for e in coder.code(text, DATE, include_flagged=flagged)
        if flagged or not e.flagged
    }


@pytest.mark.parametrize(
    "text",
    [
        "Three Malian soldiers were killed and 12 others injured in a Tuareg rebel raid"
        " on an army camp, witnesses said.",
        "Seven Afghan policemen were wounded and killed during a Taliban assault on a"
        " checkpoint in Helmand.",
        "Six Colombian soldiers were killed and four others wounded after FARC rebels"
        " attacked a patrol in Cauca.",
        "Two Kenyan policemen were injured and a third abducted in an al-Shabaab ambush near"
        " the Somali border.",
    ],
)
def test_joined_passives_share_the_attack_that_hurt_them(real_coder, text):
    """The adjunct the parser hangs on the second (gapped) passive tells who did both."""
    found = keys(real_coder, text)
    assert any(s[3:6] == "REB" and r in ("18", "19") for s, t, r in found), found


def test_a_lone_passive_in_a_raid_is_still_the_raiders(real_coder):
    found = keys(real_coder, "Five Nigerien soldiers were killed in a Boko Haram raid on Monday.")
    assert ("NGAREB", "NERMIL", "19") in found or any(
        s[3:] == "REB" and t == "NERMIL" for s, t, _ in found
    ), found


@pytest.mark.parametrize(
    ("text", "victims", "foe"),
    [
        (
            "A Thai ranger was killed in a clash with Cambodian troops near the disputed temple.",
            "THA",
            "KHM",
        ),
        (
            "Two Armenian soldiers were killed during a firefight with Azerbaijani forces"
            " along the frontier.",
            "ARM",
            "AZE",
        ),
        (
            "Four Sudanese soldiers were wounded in skirmishes with South Sudanese troops in"
            " the Heglig area.",
            "SDN",
            "SSD",
        ),
    ],
)
def test_victims_of_a_fight_with_a_named_foe_fought_it(real_coder, text, victims, foe):
    """Gold: a fight told through one side's dead is fought both ways."""
    found = {(s[:3], t[:3], r) for s, t, r in keys(real_coder, text)}
    assert (foe, victims, "19") in found, found
    assert (victims, foe, "19") in found, found


def test_civilians_caught_in_a_clash_take_no_side(real_coder):
    found = keys(
        real_coder,
        "Three Congolese civilians were killed in clashes with Ugandan rebels near Beni.",
    )
    assert not any(s == "CODCVL" for s, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Thirty villagers were killed in Idlib by rockets fired from Russian warplanes.",
        "Fifteen Yemeni fishermen were killed by missiles launched from Saudi helicopters.",
    ],
)
def test_a_weapon_in_the_by_phrase_acts_for_its_launcher(real_coder, text):
    found = keys(real_coder, text)
    assert any(s[:3] in ("RUS", "SAU") and r in ("18", "19", "20") for s, _, r in found), found


def test_a_weapon_with_no_launcher_names_no_doer(real_coder):
    found = keys(real_coder, "Nine Iraqi pilgrims were killed by a roadside bomb in Diyala.")
    assert not any(r in ("18", "19") and s[:3] != "IRQ" for s, _, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The peace talks were postponed as Houthi fighters shelled a Saudi border town.",
        "Parliament cancelled its session while Taliban gunmen attacked the Afghan interior"
        " ministry.",
    ],
)
def test_a_clause_of_circumstance_keeps_its_own_mood(real_coder, text):
    """'postponed', 'cancelled' say the main act did not happen, not the clause's."""
    flagged = {
        (e.source[:3], e.target[:3], e.code[:2])
        for e in real_coder.code(text, DATE, include_flagged=True)
        if e.flagged and e.code[:2] in ("18", "19")
    }
    counted = keys(real_coder, text)
    assert any(r in ("18", "19") for _, _, r in counted), (counted, flagged)
    assert not flagged


def test_a_future_when_clause_stays_a_condition(real_coder):
    found = keys(
        real_coder,
        "Seoul will postpone the drills when North Korean troops attack South Korean border"
        " posts again.",
    )
    assert not any(r in ("18", "19") for _, _, r in found), found


def test_an_offensive_prepared_for_in_a_clause_of_circumstance_is_ahead(real_coder):
    found = keys(
        real_coder,
        "Kenya moved more troops to its border with Somalia on Friday as Nairobi prepared for"
        " an offensive against al-Shabaab militants.",
    )
    assert not any(r in ("18", "19") for _, _, r in found), found


def test_a_view_told_in_an_as_clause_keeps_the_main_clause_mood(real_coder):
    found = keys(
        real_coder,
        "A truce could change the balance in the region, as analysts suggest that Chile would"
        " then send aid to Peru.",
    )
    assert not any(r == "07" for _, _, r in found), found
