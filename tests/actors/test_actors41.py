"""ACTMOD41: a state's envoy at an organisation is the state's ('Iran's IAEA envoy'); an
organisation's title keeps the organisation whatever national office the named holder has
on the date; an organisation's staff phrase runs on past an adjective-like sector word ('the
EU's civilian monitoring mission in X' is the EU's, not X's); 'foreign fighters' name no
actor (own sentences)."""

import datetime as dt

import pytest

DATE = dt.date(2019, 6, 12)


def _found(shipped, text, date=DATE):
    return {m.text: m.code for m in shipped.find(text, date)}


@pytest.mark.parametrize(
    "text, code",
    [
        ("Brazil's U.N. envoy criticised the sanctions on Tuesday.", "BRAGOV"),
        ("The Turkish NATO ambassador rejected the proposal.", "TURGOV"),
        ("Egypt's IAEA representative walked out of the meeting.", "EGYGOV"),
        ("The Indian U.N. delegation voted against the resolution.", "INDGOV"),
    ],
)
def test_a_states_envoy_at_an_igo_is_the_state(shipped, text, code):
    codes = set(_found(shipped, text).values())
    assert code in codes
    assert not any(c.startswith("IGO") for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. envoy to Yemen met rebel leaders on Monday.",
        "Turkey's NATO allies voiced concern on Monday.",
        "Brazil blocked the U.N. resolution on Monday.",
    ],
)
def test_an_igo_without_a_states_envoy_stays_the_igo(shipped, text):
    assert any(c.startswith("IGO") for c in _found(shipped, text).values())


def test_an_igo_title_keeps_the_igo_over_the_holders_national_office(shipped):
    # a sitting Swiss president who chaired the OSCE in the same year
    text = "OSCE Chairman Didier Burkhalter urged both sides to respect the truce."
    found = _found(shipped, text, dt.date(2014, 6, 3))
    assert found.get("OSCE Chairman Didier Burkhalter", "").startswith("IGO")
    # without the organisation's title the holder's office still decides
    found = _found(
        shipped, "Didier Burkhalter urged both sides to respect the truce.", dt.date(2014, 6, 3)
    )
    assert "CHEGOV" in found.values()


@pytest.mark.parametrize(
    "text, country",
    [
        ("The EU's civilian observer mission in Georgia reported shooting overnight.", "GEO"),
        (
            "The European Union's civilian monitoring mission in Moldova said it saw no troops.",
            "MDA",
        ),
    ],
)
def test_an_igos_mission_runs_past_an_adjective(shipped, text, country):
    codes = set(_found(shipped, text).values())
    assert any(c.startswith("IGO") for c in codes)
    assert country + "GOV" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Foreign fighters stormed the border post at dawn.",
        "Foreign militants attacked the convoy near the border.",
    ],
)
def test_foreign_fighters_name_no_actor(shipped, text):
    assert not any(c.startswith("---") for c in _found(shipped, text).values())


def test_foreign_aid_agencies_stay_international_ngos(shipped):
    found = _found(shipped, "Sudan expelled eight foreign aid agencies on Monday.")
    assert "NGO" in found.values()


def test_lone_fighters_stay_a_stateless_group(shipped):
    found = _found(shipped, "Armed fighters stormed the border post at dawn.")
    assert "---REB" in found.values()


@pytest.mark.parametrize(
    "text, code",
    [
        ("Zambia's anti-graft agency arrested a former finance minister.", "ZMBGOV"),
        ("Romania's anti-corruption watchdog questioned two judges on Monday.", "ROUGOV"),
        ("Peru's electoral authority rejected the candidate's appeal.", "PERGOV"),
        ("The Malawian election commission disqualified three candidates.", "MWIGOV"),
    ],
)
def test_a_states_watchdog_or_electoral_body_is_its_government(shipped, text, code):
    assert code in _found(shipped, text).values()


def test_a_lone_electoral_body_after_the_is_a_state_organ(shipped):
    found = _found(shipped, "Protesters accused the electoral commission of rigging the count.")
    assert "---GOV" in found.values()


def test_foreign_ministry_officials_are_no_foreigners(shipped):
    found = _found(shipped, "Foreign ministry officials from Chile and Peru met in Lima.")
    assert found.get("officials") == "---GOV"  # the coder places them by 'from X'
    assert found.get("Foreign ministry") == "---GOV"


def test_an_igo_office_of_the_holder_stays_an_igo(shipped):
    text = "United Nations and Arab League envoy Kofi Annan arrived in Damascus."
    found = _found(shipped, text, dt.date(2012, 7, 8))
    assert all(c.startswith("IGO") for c in found.values() if c != "SYR")
