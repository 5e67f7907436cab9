"""Senses of polysemous triggers (session 18): seizing a ship or people is an abduction (181),
capturing a town or plant is an occupation (192), flying medical teams or driving relief
across a border is humanitarian aid (073), troops sent for a named U.N. mission are
peacekeeping (074), prisoners returned are released (0841), bodies handed over are returned
(0842), halting deliveries of weapons cuts military aid (1622), and a raid by prosecutors or
tax investigators is an investigation (091).

Every sentence is written for this file (other countries and wordings than any gold set).
"""

from __future__ import annotations

import pytest
from coding_helpers import by_code


@pytest.fixture
def coder(real_coder):
    return real_coder


def _codes(coder, text, date="2021-05-04"):
    return set(by_code(coder.code(text, date)))


def _roots(coder, text, date="2021-05-04"):
    return {code[:2] for _s, _t, code in _codes(coder, text, date)}


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters seized a Greek-owned supertanker in the Red Sea on Monday.",
        "Iranian commandos seized a Liberian-flagged container ship near the Strait of Hormuz.",
        "Eritrean gunmen captured a Yemeni fishing boat off the island of Perim on Sunday.",
    ],
)
def test_seizing_a_ship_is_an_abduction(coder, text):
    roots = _roots(coder, text)
    assert "18" in roots
    assert "17" not in roots


@pytest.mark.parametrize(
    "text",
    [
        "A Colombian army colonel was seized by ELN rebels on Friday in Arauca province.",
        "Islamist militants captured two Italian engineers in northern Niger on Tuesday.",
    ],
)
def test_armed_groups_seizing_people_is_an_abduction(coder, text):
    roots = _roots(coder, text)
    assert "18" in roots
    assert not roots & {"17", "19"}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the town of Goma in eastern Congo on Tuesday.",
        "A hydroelectric dam in northern Syria was captured by Turkish troops on Sunday.",
    ],
)
def test_capturing_a_place_is_an_occupation(coder, text):
    assert "192" in {c for _s, _t, c in _codes(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Japan flew a field laboratory and a team of 40 doctors to Nepal on Monday "
        "to help fight a cholera outbreak.",
        "Cuba sent a team of 200 doctors to Peru on Thursday after the floods.",
        "Trucks carrying flour, blankets and medicine crossed into Syria from Turkey on Thursday.",
    ],
)
def test_medical_teams_and_relief_convoys_are_humanitarian_aid(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "073" in codes
    assert not {"042", "192"} & codes


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish army convoy crossed into northern Syria on Thursday.",
        "A Turkish military convoy carrying ammunition crossed into Syria on Thursday.",
    ],
)
def test_military_convoy_crossing_is_still_an_incursion(coder, text):
    assert "192" in {c for _s, _t, c in _codes(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Spain deployed 200 soldiers to Lebanon on Monday "
        "for a six-month tour of duty with UNIFIL.",
        "Nepal sent 800 troops to South Sudan on Friday to join UNMISS.",
    ],
)
def test_troops_sent_for_a_named_un_mission_are_peacekeeping(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "074" in codes
    assert "154" not in codes


def test_troops_rushed_to_a_border_stay_a_show_of_force(coder):
    text = "Armenia deployed more troops to its border with Azerbaijan on Monday."
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "154" in codes
    assert "074" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine returned 40 prisoners of war to Russia on Sunday.",
        "Azerbaijan returned five Armenian detainees to Yerevan on Tuesday.",
    ],
)
def test_returning_prisoners_is_a_release(coder, text):
    assert "0841" in {c for _s, _t, c in _codes(coder, text)}


def test_handing_over_bodies_is_a_return(coder):
    text = "Turkey handed over the bodies of two Russian pilots to Moscow on Friday."
    assert ("TUR", "RUS", "0842") in _codes(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia halted deliveries of S-300 missiles to Iran on Tuesday.",
        "Germany suspended shipments of tanks to Turkey on Wednesday.",
    ],
)
def test_stopping_weapons_deliveries_cuts_military_aid(coder, text):
    assert "1622" in {c for _s, _t, c in _codes(coder, text)}


def test_gas_deliveries_halted_are_not_military_aid(coder):
    text = "Russia halted gas deliveries to Bulgaria on Wednesday."
    assert "1622" not in {c for _s, _t, c in _codes(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian tax investigators raided the Sao Paulo offices "
        "of the Chinese carmaker BYD on Thursday.",
        "French prosecutors raided the Paris headquarters of the Russian bank VTB on Monday.",
    ],
)
def test_a_raid_by_investigators_is_an_investigation(coder, text):
    roots = _roots(coder, text)
    assert "09" in roots
    assert "19" not in roots


def test_a_raid_by_troops_stays_force(coder):
    text = "Malian soldiers raided a camp of Tuareg rebels near Kidal on Monday."
    roots = _roots(coder, text)
    assert "09" not in roots


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia seized control of the power company Transportadora "
        "from Spain's Iberdrola on Tuesday.",
        "Hungary seized control of the local subsidiaries "
        "of the Austrian bank Raiffeisen on Friday.",
    ],
)
def test_seizing_control_of_a_company_is_confiscation(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "1711" in codes
    assert "192" not in codes


def test_letting_supply_trucks_through_is_allowing_relief(coder):
    text = "Azerbaijan let Armenian trucks carrying food and medicine reach Stepanakert on Sunday."
    assert "0863" in {c for _s, _t, c in _codes(coder, text)}


def test_flying_aid_is_aid_not_a_visit(coder):
    text = "Ethiopia let the United Nations fly aid into Tigray on Friday."
    codes = _codes(coder, text)
    assert ("IGO", "ETH", "070") in codes
    assert ("IGO", "ETH", "042") not in codes
