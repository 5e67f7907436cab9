"""AC37: a country word inside a longer proper name is not the country (a place named after
it, a hyphenated personal or town name, a state's own council named like the UN's), a
dependent territory whose name holds a people's name, and a stateless people placed by the
police they face or by the place of their own mention (own sentences, not from any gold set)."""

import datetime as dt

import pytest

DATE = dt.date(2016, 9, 21)


def _found(shipped, text):
    return {m.text: (m.code, m.how) for m in shipped.find(text, DATE)}


def _codes(shipped, text):
    return {m.code for m in shipped.find(text, DATE)}


@pytest.mark.parametrize(
    "text, country",
    [
        ("Floods hit farms across Niger State on Sunday.", "NER"),
        ("Rebels blew up a pipeline near the Congo River on Tuesday.", "COG"),
        ("Settlers moved into the Jordan Valley overnight.", "JOR"),
        ("Drought has emptied villages in the Chad Basin.", "TCD"),
    ],
)
def test_country_before_a_place_head_is_no_country(shipped, text, country):
    assert not any(code and code.startswith(country) for code in _codes(shipped, text))


@pytest.mark.parametrize(
    "text, country",
    [
        ("Gunmen shot dead the vice mayor of Sultan Kenya-Malabang on Friday.", "KEN"),
        ("Police questioned Councillor Jordan-Whitfield about the bribes.", "JOR"),
    ],
)
def test_country_word_in_a_hyphenated_name_is_no_country(shipped, text, country):
    assert not any(code and code.startswith(country) for code in _codes(shipped, text))


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The Russia-Ukraine talks resumed in Istanbul.", "RUS"),
        ("The Saudi-Yemeni border was closed on Monday.", "SAU"),
        ("Mali's army said Malian troops had retaken the town.", "MLI"),
    ],
)
def test_country_words_that_name_countries_stay(shipped, text, kept):
    assert any(code and code.startswith(kept) for code in _codes(shipped, text))


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's National Security Council met after the bombing.",
        "Kenya's Supreme Security Council discussed the drought.",
    ],
)
def test_a_states_own_council_is_not_the_un_security_council(shipped, text):
    assert "IGOUNOSEC" not in _codes(shipped, text)


def test_the_un_security_council_is_still_found(shipped):
    assert "IGOUNOSEC" in _codes(shipped, "The Security Council condemned the attack on Monday.")


def test_turks_and_caicos_is_not_turkey(shipped):
    codes = _codes(shipped, "Customs officers in the Turks and Caicos Islands seized a boat.")
    assert not any(code and code.startswith("TUR") for code in codes)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Kurds fought Turkish police over aid to Kurds trapped in a Syrian town.", "TURCVL"),
        ("Kurds rioted against Iranian police over the killing of Kurds in Kirkuk.", "IRNCVL"),
    ],
)
def test_people_placed_by_the_police_they_face_not_a_later_place(shipped, text, code):
    first = min(shipped.find(text, DATE), key=lambda m: m.start)
    assert first.code == code


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The Indonesian president met Nepal State Minister for Trade Ram Thapa.", "NPL"),
        ("Vietnam State Shipbuilding signed a contract with a Danish firm.", "VNM"),
    ],
)
def test_a_body_named_after_the_state_keeps_the_country(shipped, text, kept):
    assert any(code and code.startswith(kept) for code in _codes(shipped, text))
