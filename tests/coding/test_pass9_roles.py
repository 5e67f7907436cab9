"""Ninth coder pass: roles, frequency-driven. A plural head shared by coordinated countries
('the armies of X and Y'), the victims' count closing an attack (', killing nine'), the
party a confiscation takes from ('seized Y from Z'), a protest aimed through its purpose or
closing participle ('marched to protest against X's plan'), and whose envoys 'their' names.
Sentences of our own with the stand-in gazetteer (plus a few sector heads where needed)."""

from __future__ import annotations

import re

import pytest
from conftest import GAZETTEER, standin_find

from detente.records import Mention


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


_HEADS = {"troops": "MIL", "armies": "MIL", "navies": "MIL", "ministers": "GOV"}
_NAMES = "|".join(sorted(map(re.escape, GAZETTEER), key=len, reverse=True))
_HEADED = re.compile(rf"\b([Tt]he )?({'|'.join(_HEADS)}) (of|from) ({_NAMES})\b", re.I)


def _with_heads(text, date=None, **kwargs):
    """The stand-in finder, plus 'the armies of X' coded as X's forces with the first
    country only, as the real actor layer does."""
    heads = []
    for match in _HEADED.finditer(text):
        code = GAZETTEER[match.group(4)][:3] + _HEADS[match.group(2).lower()]
        heads.append(
            Mention(match.start(), match.end(), match.group(0), code, code[:3], code[3:], "sector")
        )
    out = [
        m
        for m in standin_find(text, date, **kwargs)
        if not any(h.start <= m.start < h.end for h in heads)
    ]
    return sorted(out + heads, key=lambda m: m.start)


@pytest.fixture(scope="module")
def headed():
    from detente.coding.pipeline import Coder

    coder = Coder(finder=_with_heads)
    return lambda text: coder.code(text, "2024-05-17", include_flagged=True)


# ---- a plural head shared by coordinated countries --------------------------------------


def test_joint_drills_by_the_navies_of_two_countries_go_both_ways(headed):
    keys = _keys(headed("The navies of Kenya and Ghana held joint drills off the coast on Monday."))
    assert ("KEN", "GHA", "06") in keys
    assert ("GHA", "KEN", "06") in keys


def test_the_second_country_gets_the_heads_sector(headed):
    events = headed("The navies of Kenya and Ghana held joint drills off the coast on Monday.")
    assert {e.source for e in events} == {"KENMIL", "GHAMIL"}


def test_ministers_of_two_countries_meeting_meet_each_other(headed):
    keys = _keys(headed("The foreign ministers of Peru and Chile met in Lima on Tuesday."))
    assert ("PER", "CHL", "04") in keys
    assert ("CHL", "PER", "04") in keys


def test_a_single_countrys_troops_are_not_shared_with_a_later_country(headed):
    # the head has one country: Chile is the target, not a second source
    keys = _keys(headed("The troops of Peru attacked Chile's border posts on Sunday."))
    assert all(k[0] == "PER" for k in keys)


# ---- the victims' count closing an attack ------------------------------------------------


def test_a_closing_killing_is_part_of_the_attack_on_the_named_target(run):
    text = (
        "Kenyan rebels ambushed a convoy of Ghana troops on Monday, killing six Chilean villagers."
    )
    keys = _keys(run(text))
    assert ("KEN", "GHA", "19") in keys
    assert all(k[1] != "CHL" for k in keys)


def test_a_second_closing_participle_is_part_of_the_attack_too(run):
    text = (
        "Kenyan rebels ambushed a convoy of Ghana troops on Monday, killing six Chilean "
        "villagers and wounding nine Peruvian farmers."
    )
    keys = _keys(run(text))
    assert ("KEN", "GHA", "19") in keys
    assert all(k[1] not in ("CHL", "PER") for k in keys)


def test_a_closing_killing_names_the_victims_when_the_attack_names_a_place(run):
    # the attack itself hits only a place: the participle still says whom it hit
    text = "Vietnam troops shelled villages in Peru on Monday, killing twelve Peru protesters."
    assert ("VNM", "PER", "19") in _keys(run(text)) or ("VNM", "PER", "18") in _keys(run(text))


# ---- confiscation: aimed at whoever loses the property ------------------------------------


def test_a_seizure_from_a_foreign_owner_is_aimed_at_the_owner(run):
    text = "Peru seized a mining company from Chile's largest bank on Monday."
    assert _keys(run(text)) == [("PER", "CHL", "17")]


def test_a_seizure_from_rebels_is_aimed_at_the_rebels_not_the_property(run):
    keys = _keys(run("Peru seized Kenyan police stations from Ghana rebels on Monday."))
    assert keys == [("PER", "GHA", "17")]


# ---- a protest aimed through its purpose or closing participle ----------------------------


def test_a_march_to_protest_against_a_foreign_plan_is_aimed_at_its_author(run):
    text = (
        "Thousands of Kenyan protesters marched in Nairobi on Friday "
        "to protest against Ghana's new tariffs."
    )
    keys = _keys(run(text))
    assert ("KEN", "GHA", "14") in keys
    assert ("KEN", "KEN", "14") not in keys


def test_rioting_venting_anger_over_a_foreign_move_is_aimed_at_its_author(run):
    text = (
        "Vietnamese protesters set fire to factories on Sunday, "
        "venting anger over Norway's decision."
    )
    keys = _keys(run(text))
    assert ("VNM", "NOR", "14") in keys
    assert ("VNM", "VNM", "14") not in keys


def test_a_march_with_no_aim_still_defaults_to_the_home_government(run):
    keys = _keys(run("Thousands of Kenyan protesters marched in Nairobi on Friday."))
    assert ("KEN", "KEN", "14") in keys


# ---- 'each other': coordinated subjects act on one another --------------------------------


def test_prisoners_freed_to_each_other_go_both_ways(run):
    keys = _keys(run("Kenya and Ghana released dozens of prisoners to each other on Monday."))
    assert ("KEN", "GHA", "08") in keys
    assert ("GHA", "KEN", "08") in keys


def test_an_accusation_of_each_other_goes_both_ways(run):
    keys = _keys(run("Peru and Chile accused one another of violating the border."))
    assert keys == [("CHL", "PER", "11"), ("PER", "CHL", "11")]


def test_a_one_sided_accusation_stays_one_sided(run):
    assert _keys(run("Peru accused Chile of violating the border.")) == [("PER", "CHL", "11")]


# ---- investigations aim at the culprits; staff of a body act for the body ----------------


def test_an_inquiry_into_killings_by_troops_targets_the_troops_not_the_victims(run):
    text = (
        "Peru opened an investigation on Monday into the killing of Chilean protesters "
        "by Kenyan troops."
    )
    assert _keys(run(text)) == [("PER", "KEN", "09")]


def test_an_inquiry_into_a_country_still_targets_it(run):
    assert _keys(run("Peru opened an investigation into Chile on Monday.")) == [
        ("PER", "CHL", "09")
    ]


def test_national_members_of_an_international_team_belong_to_the_body(run):
    text = "Peru ordered all Kenyan members of the World Bank assessment team to leave the country."
    assert [e.target for e in run(text)] == ["IGOWLDWBK"]


def test_members_of_a_national_team_keep_their_nationality(run):
    keys = _keys(run("Peru expelled two Kenyan members of a Ghanaian trade team on Monday."))
    assert [k[1] for k in keys] == ["KEN"]


# ---- a named mediator: 045 toward each party ----------------------------------------------


def test_talks_mediated_by_a_third_state_give_it_045_toward_each_party(run):
    keys = _keys(run("Ghana-mediated talks between Peru and Chile resumed on Monday."))
    assert ("GHA", "PER", "04") in keys and ("GHA", "CHL", "04") in keys
    assert [
        e.code
        for e in run("Ghana-mediated talks between Peru and Chile resumed on Monday.")
        if e.source.startswith("GHA")
    ] == ["045", "045"]


def test_a_truce_mediated_by_a_third_state_targets_the_parties_that_agreed(run):
    events = run("Peru and Chile agreed to a ceasefire on Monday, mediated by Ghana.")
    assert sorted(e.target[:3] for e in events if e.code == "045") == ["CHL", "PER"]


def test_mediators_opening_talks_between_two_sides_mediate_and_are_not_a_party(run):
    text = "Kenyan mediators opened talks in Nairobi between Peru and Chile on Monday."
    assert _keys(run(text)) == [("KEN", "CHL", "04"), ("KEN", "PER", "04")]
    assert {e.code for e in run(text)} == {"045"}


def test_diplomats_opening_talks_with_a_country_are_a_party(run):
    events = run("Kenyan diplomats opened talks with Chile on Monday.")
    assert {e.code for e in events} == {"046"}


# ---- a meeting noun framing the clause's act ---------------------------------------------


def test_a_phone_call_framing_an_appeal_is_held_with_the_one_appealed_to(run):
    keys = _keys(run("During a telephone call on Monday, Peru urged Chile to reopen the border."))
    assert ("PER", "CHL", "04") in keys and ("CHL", "PER", "04") in keys
    assert ("PER", "CHL", "02") in keys


def test_talks_framing_praise_are_held_with_the_one_praised(run):
    keys = _keys(run("Peru praised Chile on Monday during talks in Nairobi."))
    assert ("PER", "CHL", "04") in keys and ("CHL", "PER", "04") in keys
    assert ("PER", "KEN", "04") not in keys
