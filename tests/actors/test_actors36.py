"""AC36: cities that only name a pact or a meeting, a country after a city's name, and cities
that are a person's surname (own sentences, not from any gold set)."""

import datetime as dt

import pytest

DATE = dt.date(2019, 5, 14)


def _found(shipped, text):
    return {m.text: (m.code, m.how) for m in shipped.find(text, DATE)}


@pytest.mark.parametrize(
    "text, city",
    [
        ("Poland threatened to block changes to the Treaty of Rome.", "Rome"),
        ("Armenia accused Azerbaijan of breaching the Moscow agreement.", "Moscow"),
        ("Chile said it would honour the Paris climate accord.", "Paris"),
        ("Greece asked Turkey to respect the Lausanne Treaty.", "Lausanne"),
        ("Serbia and Kosovo broke the Washington agreements, the envoy said.", "Washington"),
        ("Leaders argued over migration at the Brussels summit.", "Brussels"),
        ("Kyiv and Moscow met again in the Minsk format.", "Minsk"),
    ],
)
def test_city_in_a_pact_or_meeting_name_is_no_actor(shipped, text, city):
    assert city not in _found(shipped, text)


@pytest.mark.parametrize(
    "text, city, code",
    [
        ("Moscow accused Tbilisi of provoking the crisis.", "Moscow", "RUSGOV"),
        ("Washington agreed to the deal on Monday.", "Washington", "USAGOV"),
        ("Beijing talks with Manila broke down.", "Beijing", "CHNGOV"),
    ],
)
def test_city_that_acts_keeps_its_government(shipped, text, city, code):
    assert _found(shipped, text)[city][0] == code


def test_igo_before_summit_stays_the_igo(shipped):
    found = _found(shipped, "Ministers gathered before the ASEAN summit in Jakarta.")
    assert any(code and code.startswith("IGO") for code, _ in found.values())


@pytest.mark.parametrize(
    "text, country",
    [
        ("Ministers met at a conference in Lusaka, Zambia, on Friday.", "Zambia"),
        ("The rebels signed a truce at talks in Doha, Qatar.", "Qatar"),
        ("Envoys gathered for a summit in Nairobi, Kenya to discuss Sudan.", "Kenya"),
    ],
)
def test_country_after_a_city_is_a_place(shipped, text, country):
    code, how = _found(shipped, text)[country]
    assert how == "location"


def test_country_after_city_and_comma_that_acts_stays_an_actor(shipped):
    found = _found(shipped, "In Geneva, Iran and Britain agreed to swap prisoners.")
    assert found["Iran"] == ("IRN", "country")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Lawmakers called for the removal of Prime Minister Daniel Lima.", "Lima"),
        ("Farmers marched against Governor Santiago over water rights.", "Santiago"),
        ("The union attacked Mayor Kingston in a statement.", "Kingston"),
        ("Critics praised Senator Helen Paris for the bill.", "Paris"),
    ],
)
def test_city_after_a_title_is_a_surname(shipped, text, person):
    found = _found(shipped, text)
    assert person not in found
    assert not any(code and code.endswith("GOV") and len(code) == 6 for code, _ in found.values())


@pytest.mark.parametrize(
    "text, city",
    [
        ("Robert Lima told reporters the plan had failed.", "Lima"),
        ("Voters in the south backed Andrew Kingston for a second term.", "Kingston"),
    ],
)
def test_city_after_a_given_name_is_a_surname(shipped, text, city):
    assert city not in _found(shipped, text)


@pytest.mark.parametrize(
    "text, city, code",
    [
        ("Greater Beirut was hit by power cuts.", "Beirut", "LBN"),
        ("Visiting Kabul, the envoy met tribal elders.", "Kabul", "AFG"),
    ],
)
def test_city_after_an_area_word_stays_a_city(shipped, text, city, code):
    found = {m.text.split()[-1]: m.code for m in shipped.find(text, DATE)}
    assert (found.get(city) or "")[:3] == code


@pytest.mark.parametrize(
    "text, phrase, code",
    [
        ("Police in Georgetown, Malaysia, detained a reporter.", "Police in Georgetown", "MYSCOP"),
        ("Police in Tripoli, Lebanon, detained two men.", "Police in Tripoli", "LBNCOP"),
    ],
)
def test_city_named_with_its_country_takes_that_country(shipped, text, phrase, code):
    assert _found(shipped, text)[phrase][0] == code


def test_city_after_in_and_a_capitalised_word_stays_a_place(shipped):
    found = _found(shipped, "In Kuz Kunar, gunmen shot two guards.")
    assert found.get("Kunar", (None, None))[0] == "AFG"
