"""Verb senses and code precedence on the shipped tables: mass killing of civilians (202) against
a few soldiers killed (190), agreeing to stop firing (ceasefire), asking forgiveness (apology),
sitting down for talks, trading a captive, rejecting a report that implicates you (denial),
ultimatums (139), strikes to press a demand, protests with an appeal, police beating
protesters, round-ups pushed across a border (expulsion), troops taking control (occupation),
and chemical weapons as against chemical cargo.

Each sentence is written for this file; each test asserts the code a family of wordings should
get and, where it matters, the code it must no longer get.
"""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _codes(coder, text, date="2021-05-04"):
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code(text, date) if not e.flagged}


def _roots(coder, text, date="2021-05-04"):
    return {c[:2] for _s, _t, c in _codes(coder, text, date)}


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops killed hundreds of villagers in a sweep on Friday.",
        "Rebels went on a rampage in eastern Congo on Tuesday, killing scores of civilians.",
    ],
)
def test_mass_killing_of_civilians_is_202(coder, text):
    assert "20" in _roots(coder, text)
    assert "19" not in _roots(coder, text)


def test_killing_a_few_soldiers_stays_190(coder):
    roots = _roots(coder, "Malian troops killed three Algerian soldiers near the border on Friday.")
    assert "20" not in roots


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Tanzania agreed on Monday to halt all firing along their shared frontier.",
        "Armenia and Azerbaijan agreed on Tuesday to stop the fighting in the mountains.",
    ],
)
def test_agreeing_to_stop_firing_is_a_ceasefire(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "0871" in codes


def test_agreeing_to_withdraw_is_not_a_ceasefire(coder):
    codes = {
        c
        for _s, _t, c in _codes(coder, "Sudan agreed on Monday to withdraw its troops from Abyei.")
    }
    assert "0871" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese prime minister asked Filipinos for forgiveness in Manila on Friday.",
        "Visiting Namibia on Monday, the German chancellor begged Namibians for forgiveness.",
    ],
)
def test_asking_for_forgiveness_is_an_apology(coder, text):
    roots = _roots(coder, text)
    assert "05" in roots and "02" not in roots


def test_asking_for_help_stays_an_appeal(coder):
    assert "02" in _roots(coder, "Haiti asked Canada for help with policing on Friday.")


def test_sitting_down_for_talks_is_negotiation(coder):
    codes = _codes(
        coder, "Envoys of Armenia and Azerbaijan sat down for talks in Geneva on Friday."
    )
    assert ("ARM", "AZE", "046") in codes and ("ARM", "AZE", "040") not in codes


def test_trading_a_captive_for_prisoners_is_a_release(coder):
    text = "Russia and Ukraine traded a captured pilot for 40 prisoners of war on Monday."
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "0841" in codes and "061" not in codes


def test_trading_grain_stays_trade(coder):
    codes = {
        c for _s, _t, c in _codes(coder, "Egypt traded cotton with Russia for wheat on Monday.")
    }
    assert "0841" not in codes


def test_rejecting_a_report_that_implicates_you_is_a_denial(coder):
    text = "Belarus on Tuesday rejected a U.N. report that implicated its police in torture."
    codes = _codes(coder, text)
    assert ("BLR", "IGO", "016") in codes
    assert not any(c.startswith("12") for _s, _t, c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "Israel issued an ultimatum to Hezbollah on Monday, telling its fighters to leave.",
        "Turkey gave Syria an ultimatum on Sunday, demanding that it hand over the rebel leader.",
    ],
)
def test_ultimatum_is_139(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "139" in codes and not any(c.startswith("10") for c in codes)


def test_demand_without_ultimatum_stays_10(coder):
    roots = _roots(coder, "Israel demanded on Monday that Hezbollah leave the border area.")
    assert "10" in roots


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian doctors walked off the job on Monday to press the government for higher pay.",
        "Spanish train drivers walked off the job to demand that the government raise wages.",
    ],
)
def test_strike_to_press_is_a_strike(coder, text):
    roots = _roots(coder, text, "2019-03-04")
    assert "14" in roots and "02" not in roots and "10" not in roots


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian students marched through Lima on Tuesday to urge the government to cut fees.",
        "Protesters blocked roads in La Paz on Monday, calling on the government to quit.",
    ],
)
def test_protest_with_an_appeal_is_a_protest(coder, text):
    roots = _roots(coder, text, "2019-03-04")
    assert "14" in roots and "02" not in roots


def test_police_beating_protesters_is_repression(coder):
    text = "Georgian riot police beat protesters with batons in Tbilisi on Sunday."
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "175" in codes and "182" not in codes


def test_rounding_up_and_pushing_across_the_border_is_expulsion(coder):
    text = "Iranian police rounded up Afghan migrants and pushed them back across the border."
    roots = _roots(coder, text)
    assert "20" in roots and "17" not in roots


def test_rounding_up_without_a_border_stays_an_arrest(coder):
    roots = _roots(
        coder, "Iranian police rounded up dozens of Kurdish activists in Tehran on Monday."
    )
    assert "17" in roots and "20" not in roots


def test_troops_taking_control_is_occupation(coder):
    text = "Russian troops took control of a Ukrainian airfield outside Kherson on Friday."
    codes = {c for _s, _t, c in _codes(coder, text, "2022-03-04")}
    assert "192" in codes and "171" not in codes


@pytest.mark.parametrize(
    ("text", "chemical"),
    [
        ("Kenyan troops used chemical weapons against Ghanaian villages on Friday.", True),
        ("Kenyan forces carried out a chemical attack on Ghanaian positions on Friday.", True),
        ("Kenyan pirates seized a Ghanaian chemical tanker off the coast on Friday.", False),
    ],
)
def test_chemical_weapons_not_chemical_cargo(coder, text, chemical):
    codes = {code for _s, _t, code in _codes(coder, text)}
    assert codes and (("2041" in codes) == chemical)


# --- titles, head counts, complements and one speech act (session 13) ---


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops killed Abu Karim, the head of Islamic State's military wing, "
        "in a raid on Friday.",
        "A Turkish drone strike killed a senior PKK official near the Iraqi border on Monday.",
    ],
)
def test_killing_a_named_leader_by_title_is_targeted(coder, text):
    """The title may sit in an apposition or above the target ('the head of X's wing'); a
    targeted killing (186) outranks the weapon (195) for the pair."""
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "186" in codes
    assert "195" not in codes and "190" not in codes


def test_killing_unnamed_soldiers_is_not_targeted(coder):
    codes = {
        c for _s, _t, c in _codes(coder, "Syrian troops killed four Kurdish fighters on Friday.")
    }
    assert "186" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Algerian authorities expelled more than 2,500 Nigerien migrants on Tuesday.",
        "Libya expelled thousands of Egyptian workers on Sunday.",
    ],
)
def test_expelling_hundreds_is_mass_expulsion(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "201" in codes
    assert not codes & {"174", "166"}


def test_expelling_two_people_stays_an_expulsion_of_individuals(coder):
    codes = {
        c for _s, _t, c in _codes(coder, "Algeria expelled two Nigerien nationals on Tuesday.")
    }
    assert "201" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Sudan and South Sudan agreed on Sunday to a cessation of hostilities along their border.",
        "Ethiopia and Eritrea agreed on Friday to halt all shelling and military action "
        "along the frontier.",
    ],
)
def test_agreeing_to_a_cessation_of_hostilities_is_a_ceasefire(coder, text):
    codes = [c for _s, _t, c in _codes(coder, text)]
    assert codes and all(c == "0871" for c in codes)


def test_agreeing_to_end_a_trade_dispute_is_no_ceasefire(coder):
    codes = {
        c
        for _s, _t, c in _codes(
            coder, "Chile and Peru agreed on Monday to end their trade dispute."
        )
    }
    assert "0871" not in codes


def test_vowing_to_carry_on_an_offensive_is_a_threat_of_attack(coder):
    text = "Russia dismissed Ukraine's peace plan on Friday and vowed to continue its offensive."
    codes = {(s, t, c) for s, t, c in _codes(coder, text)}
    assert ("RUS", "UKR", "1384") in codes
    assert ("RUS", "UKR", "030") not in codes


def test_pledging_to_end_a_war_stays_an_intent(coder):
    roots = _roots(coder, "Kenya pledged on Monday to help end the war in Somalia.")
    assert "13" not in roots


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International accused Ethiopian troops on Friday of raping and looting in Tigray.",
        "Washington demanded on Monday that Venezuela free the detained Americans and withdraw "
        "its troops from the border.",
    ],
)
def test_one_accusation_or_demand_per_word_and_pair(coder, text):
    events = [e for e in coder.code(text, "2021-05-04") if not e.flagged]
    keys = [(e.source[:3], e.target[:3], e.code[:2]) for e in events]
    assert keys and len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyans poured into the streets of Nairobi on Saturday, demanding that "
        "President William Ruto resign.",
        "Opposition leader Raila Odinga led thousands of marchers through Nairobi on Saturday, "
        "demanding that President William Ruto resign.",
    ],
)
def test_crowds_demanding_in_the_streets_protest(coder, text):
    roots = _roots(coder, text, "2023-05-04")
    assert "14" in roots
    assert "10" not in roots


# ---- senses and frames from a codebook sweep ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru bombed Bolivia on Monday.",
        "Russian forces bombed Ukrainian positions near the river.",
        "Israel bombed Hamas targets in Gaza overnight.",
        "NATO bombed Serbian positions on Sunday.",
    ],
)
def test_a_state_or_its_forces_bombing_is_an_air_attack(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text, "2015-05-04")}
    assert "195" in codes
    assert "183" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Militants bombed a Nigerian police station on Friday.",
        "Insurgents bombed an Afghan army convoy near Kandahar.",
    ],
)
def test_militants_bombing_stays_a_bombing(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "183" in codes
    assert "195" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian troops opened fire on protesters in the capital.",
        "Soldiers fired on demonstrators in Yangon on Sunday.",
        "Syrian security forces shot at protesters in Daraa.",
        "Police opened fire on a crowd of protesters in Lagos.",
    ],
)
def test_police_or_troops_firing_on_protesters_is_repression(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "175" in codes
    assert not codes & {"190", "193"}


def test_troops_firing_on_militants_stays_fighting(coder):
    codes = {c for _s, _t, c in _codes(coder, "Soldiers opened fire on militants in the Sinai.")}
    assert codes and all(c.startswith("19") for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "Norway refused to comment on Russia's offer.",
        "Japan refused to comment on Spain's latest proposal.",
        "Canada declined to comment on the Chinese report.",
    ],
)
def test_refusing_to_comment_is_declining_comment(coder, text):
    assert {c for _s, _t, c in _codes(coder, text)} == {"011"}


def test_refusing_to_sign_stays_a_rejection(coder):
    assert "12" in _roots(coder, "Japan refused to sign the treaty with Russia.")


@pytest.mark.parametrize(
    "text",
    [
        "Germany threw cold water on hopes of a quick deal with Britain.",
        "Kenya poured cold water on Uganda's expectations of an early settlement.",
    ],
)
def test_cold_water_on_hopes_is_pessimism(coder, text):
    assert {c for _s, _t, c in _codes(coder, text)} == {"012"}


def test_cold_water_on_a_proposal_is_a_rejection(coder):
    assert "12" in _roots(coder, "Japan threw cold water on South Korea's proposal.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Britain promised to send tanks to Ukraine.", ("GBR", "UKR")),
        ("Indonesia pledged to send fighter jets to the Philippines.", ("IDN", "PHL")),
        ("The United States sent Patriot missiles to Poland.", ("USA", "POL")),
    ],
)
def test_sending_arms_to_a_country_is_military_aid(coder, text, pair):
    codes = {c for s, t, c in _codes(coder, text) if (s, t) == pair}
    assert codes & {"072", "0332"}
    assert not any(c[:2] in ("13", "15") for c in codes)


@pytest.mark.parametrize(
    "text",
    ["China sent tanks to the border with India.", "Russia sent tanks into Georgia."],
)
def test_sending_tanks_to_a_border_or_into_a_country_stays_a_deployment(coder, text):
    assert "15" in _roots(coder, text)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Iran alleged that Saudi Arabia had armed the rebels.", "SAU"),
        ("Serbia alleges that Kosovo police mistreated Serb civilians.", "XKX"),
        ("Armenia alleged that Azerbaijan had shelled border villages.", "AZE"),
    ],
)
def test_alleging_that_x_did_something_is_an_accusation_of_x(coder, text, accused):
    events = _codes(coder, text)
    assert any(c.startswith("112") and t in (accused, "KSV") for _s, t, c in events)
    assert all(c.startswith("11") for _s, _t, c in events)  # the alleged act is not coded


def test_a_report_alleging_something_is_not_an_accusation_made_here(coder):
    text = (
        "Chile dismissed a report by foreign experts alleging that its police tortured detainees."
    )
    assert not any(c.startswith("112") for _s, _t, c in _codes(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Japan and India plan to meet next week.",
        "Brazil and Argentina plan to hold talks on trade.",
        "Chile and Peru are planning to sign a trade pact next month.",
    ],
)
def test_planning_to_meet_or_sign_is_an_intent(coder, text):
    assert "03" in _roots(coder, text)


def test_planning_a_sanction_is_no_threat_yet(coder):
    assert _codes(coder, "Turkey plans to impose tariffs on Greek goods.") == set()


def test_no_plans_to_meet_is_no_event(coder):
    assert _codes(coder, "Spain has no plans to meet Morocco's foreign minister.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Unions in France called a general strike on Thursday.",
        "Workers in Nigeria launched an indefinite strike over pay.",
        "Transport workers in Chile staged a 48-hour strike against the government.",
    ],
)
def test_a_general_or_labour_strike_is_a_strike_not_an_attack(coder, text):
    roots = _roots(coder, text)
    assert "14" in roots
    assert not roots & {"18", "19"}


def test_an_air_strike_stays_an_attack(coder):
    text = "Israeli jets carried out an air strike on Hezbollah positions in Lebanon."
    assert "19" in _roots(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan authorities imposed a ban on public gatherings.",
        "Authorities in Sri Lanka imposed a ban on public rallies in Colombo.",
    ],
)
def test_a_ban_on_gatherings_restricts_assembly(coder, text):
    codes = {c for _s, _t, c in _codes(coder, text)}
    assert "1721" in codes
    assert "163" not in codes


def test_a_ban_on_imports_stays_an_embargo(coder):
    codes = {c for _s, _t, c in _codes(coder, "Iran imposed a ban on imports from the UAE.")}
    assert "163" in codes
