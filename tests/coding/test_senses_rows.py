"""Word senses of core lexicon rows, found by a trigger-by-trigger review of coded WCEP events.

Each family pairs a wrong sense, which must not be coded, with the right sense of the same
lemma, which must still be coded. Every sentence is written for this file.

- a call with 'phone'/'telephone'/'video' nearby is a phone call (041).
- 'return to' a place is 0842 only for property, ships or remains handed back; a person
  going home is no event.
- 'push' is a demand only as 'push for'; 'pushed back the rebels' is no demand.
- 'dismiss' rejects a proposal, call or offer (12x); dismissing ministers is no rejection.
- 'ready for war' is a threat of force (138), not an intent to cooperate (030).
- 'suspend operations' is a military pause only for military, combat or offensive
  operations; suspending embassy or diplomatic operations reduces relations (161).
- withdrawing from a court or organisation reduces relations (161), not a retreat (0874).
- 'deny entry/access/a visa' rejects (120), it is no denial of an accusation (016).
- 'take over' is a seizure of territory, buildings or property; taking over the
  coordination of something or bidding to take over a company is not.
"""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _codes(coder, text, date="2019-06-04"):
    """(source country, target country, code) of the counted events."""
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code(text, date) if not e.flagged}


def _all_codes(coder, text, date="2019-06-04"):
    return {e.code for e in coder.code(text, date, include_flagged=True)}


# ---- call ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The Finnish president spoke by phone with the Estonian prime minister.", ("FIN", "EST")),
        ("The Chilean president held a video call with his Peruvian counterpart.", ("CHL", "PER")),
    ],
)
def test_phone_call_still_coded(coder, text, pair):
    codes = _codes(coder, text)
    assert any((s, t) == pair and c == "041" for s, t, c in codes), codes


# ---- return --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The exiled Cambodian opposition leader returned to Cambodia after four years abroad.",
        "Hundreds of Afghan families returned to Afghanistan from Iran last week.",
        "The Georgian ambassador will return to Georgia for consultations.",
    ],
)
def test_person_returning_home_is_no_handover(coder, text):
    assert "0842" not in _all_codes(coder, text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Italy returned the seized fishing vessels to Tunisia.", ("ITA", "TUN")),
        ("Germany returned looted bronze artefacts to Nigeria.", ("DEU", "NGA")),
    ],
)
def test_returning_property_still_coded(coder, text, pair):
    codes = _codes(coder, text)
    assert any((s, t) == pair and c == "0842" for s, t, c in codes), codes


# ---- push ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters pushed back Turkish troops near the border town.",
        "Strong exports from Vietnam pushed the Thai economy to a record surplus.",
    ],
)
def test_push_without_for_is_no_demand(coder, text):
    assert not {c for c in _all_codes(coder, text) if c.startswith("10")}


def test_push_for_still_a_demand(coder):
    codes = _codes(coder, "The EU pushed for Turkey to free the detained reporters.")
    assert any(c.startswith("10") and s == "IGO" for s, _t, c in codes), codes


# ---- dismiss -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian president dismissed four ministers of his cabinet.",
        "The Tunisian president dismissed the army chief of staff on Monday.",
    ],
)
def test_firing_officials_is_no_rejection(coder, text):
    assert not {c for c in _all_codes(coder, text) if c.startswith("12")}


def test_dismissing_a_proposal_still_a_rejection(coder):
    codes = _codes(coder, "Venezuela dismissed Colombia's offer of mediation.")
    assert any(c.startswith("12") and (s, t) == ("VEN", "COL") for s, t, c in codes), codes


# ---- ready ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia said it is ready for war against Azerbaijan.",
    ],
)
def test_ready_for_war_is_a_threat_of_force(coder, text):
    codes = _all_codes(coder, text)
    assert "030" not in codes
    assert "138" in codes, codes


def test_ready_to_talk_still_an_intent(coder):
    codes = _codes(coder, "Serbia said it is ready to resume talks with Kosovo.")
    assert any(c.startswith("03") and s == "SRB" for s, _t, c in codes), codes


# ---- suspend -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norway suspended its embassy operations in Myanmar.",
        "Japan suspended all diplomatic operations in Haiti.",
    ],
)
def test_suspending_diplomatic_operations_is_no_military_pause(coder, text):
    codes = _all_codes(coder, text)
    assert "087" not in codes
    assert "161" in codes, codes


def test_suspending_military_operations_still_a_pause(coder):
    codes = _codes(coder, "Ethiopia suspended military operations against Eritrea.")
    assert any(c == "087" and s == "ETH" for s, _t, c in codes), codes


# ---- withdraw from an organisation ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Philippines withdrew from the International Criminal Court.",
        "Venezuela withdrew from the Organization of American States.",
    ],
)
def test_leaving_an_organisation_is_no_retreat(coder, text):
    codes = _all_codes(coder, text)
    assert "0874" not in codes


def test_troops_withdrawing_still_a_retreat(coder):
    codes = _codes(coder, "Armenian troops withdrew from the Azerbaijani district of Kelbajar.")
    assert any(c == "0874" and s == "ARM" for s, _t, c in codes), codes


# ---- deny entry ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Israel denied entry to a Spanish member of parliament.",
        "Russia denied a visa to the British journalist.",
    ],
)
def test_denying_entry_is_a_rejection_not_a_denial(coder, text):
    codes = _all_codes(coder, text)
    assert "016" not in codes
    assert "120" in codes, codes


def test_denying_an_accusation_still_016(coder):
    codes = _codes(coder, "Rwanda denied accusations by Congo that it backs the rebels.")
    assert any(c == "016" and s == "RWA" for s, _t, c in codes), codes


# ---- take over -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Japanese carmaker launched a bid to take over a French car company.",
        "The Danish command took over coordination of naval patrols from Sweden.",
    ],
)
def test_take_over_a_task_or_firm_is_no_seizure(coder, text):
    assert not {c for c in _all_codes(coder, text) if c.startswith("17")}


def test_take_over_a_town_still_a_seizure(coder):
    codes = _all_codes(coder, "Tuareg rebels took over the airport and the military base in Kidal.")
    assert any(c.startswith("17") or c.startswith("19") for c in codes), codes


def test_suspending_operations_against_a_group_still_a_pause(coder):
    codes = _codes(coder, "Colombia suspends operations against leftist guerrillas over Christmas.")
    assert any(c == "087" and s == "COL" for s, _t, c in codes), codes
