"""By-eye leftovers (s17 BE31): risks read as threats, co-actors read as partners, passive
controllers, a bare 'the government' faced by a home institution, travel advisories, legal
appeals."""

from __future__ import annotations

import pytest

from detente.coding import code


def _events(text: str, date: str = "2021-05-04"):
    return [(e.source[:3], e.target[:3], e.code) for e in code(text, date)]


@pytest.mark.parametrize(
    "text",
    [
        "Rising Chinese tariffs threaten to cripple exports from Vietnam.",
        "Western sanctions on Iran and pressure on India threaten to derail the gas pipeline.",
        "The Saudi blockade threatens to starve Yemen's northern provinces.",
    ],
)
def test_measure_that_threatens_is_no_threat(text):
    assert not any(code[:2] == "13" for _s, _t, code in _events(text))


def test_actor_that_threatens_is_still_a_threat():
    assert any(
        code[:2] == "13" for _s, _t, code in _events("Peru threatened to expel Chile's envoy.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Norway, Denmark and Finland agreed to freeze Belarusian state assets.",
        "Spain, Portugal and Greece agreed on Tuesday to cut off Venezuelan banks.",
    ],
)
def test_co_actors_of_an_act_on_a_third_party_are_not_partners(text):
    events = _events(text)
    doers = {"NOR", "DNK", "FIN", "ESP", "PRT", "GRC"}
    assert not any(s in doers and t in doers for s, t, _c in events)


def test_mutual_agreement_still_pairs():
    events = _events("Peru and Chile agreed to expand trade ties.")
    assert ("PER", "CHL", "032") in [(s, t, c[:3]) for s, t, c in events]
    assert any(s == "CHL" and t == "PER" for s, t, _c in events)


def test_passive_subject_controls_the_after_participle():
    for text, doer in [
        (
            "Three students were arrested by police in Nairobi after demanding that the "
            "government resign.",
            "CVL",
        ),
        (
            "Opposition supporters were beaten by soldiers in Harare after accusing the "
            "government of fraud.",
            "OPP",
        ),
    ]:
        verbal = [e for e in code(text, "2021-05-04") if e.code[:2] in ("10", "11", "14")]
        assert verbal and all(e.source.endswith(doer) for e in verbal)


def test_home_institution_faces_its_own_government():
    events = code(
        "Israel's supreme court told the government to stop demolishing Palestinian homes "
        "in Hebron.",
        "2021-05-04",
    )
    told = [e for e in events if e.source.startswith("ISR") and e.code[:2] == "10"]
    assert told and all(e.target == "ISRGOV" for e in told)


def test_foreign_envoy_faces_the_host_government():
    events = code(
        "The US ambassador in Kyiv urged the government to fight corruption.", "2021-05-04"
    )
    assert any(e.source.startswith("USA") and e.target.startswith("UKR") for e in events)


def test_agreed_matter_is_not_a_partner():
    events = _events(
        "A new African Union peacekeeping budget was agreed upon by Kenya and Ethiopia."
    )
    assert not any(t == "IGO" for _s, t, _c in events)


@pytest.mark.parametrize(
    "text",
    [
        "Canada warned its citizens against travelling to Haiti amid gang violence.",
        "Japan urged its nationals to leave Sudan as fighting spread.",
        "Poland cautioned its citizens about visiting Belarus.",
    ],
)
def test_travel_advisory_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chilean prosecutors appealed the acquittal of a Peruvian general on Monday.",
        "The former Spanish minister said he would appeal the ruling of the Argentine court.",
    ],
)
def test_a_legal_appeal_is_no_appeal_to_a_state(text):
    assert not any(code[:2] == "02" for _s, _t, code in _events(text))


def test_an_appeal_to_or_on_a_state_still_counts():
    ghana = _events("Ghana appealed on Friday to Togo to halt the fighting.")
    assert ("GHA", "TGO", "0256") in ghana
    assert ("POL", "IGO", "020") in _events("Poland appealed to NATO for more air defence.")
