"""Real-news actor names the tables missed (AC24): armed men of a side ('pro-Moscow troops'),
a junta named only by the country the sentence is about, 'rebels from <state>', bare 'Kurds',
Latin American cartels and '<state> Defence Force'."""

import pytest

from detente.actors import find


def codes(text: str, date: str = "2016-05-01") -> dict[str, str | None]:
    return {m.text: m.code for m in find(text, date)}


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian border guards came under fire from pro-Moscow troops near Mariupol.",
        "Kremlin-backed forces shelled a village outside Luhansk, Ukraine said.",
    ],
)
def test_pro_moscow_armed_men_are_ukrainian_rebels(text):
    assert "UKRREB" in codes(text).values()


def test_pro_russia_spelling_counts():
    assert "UKRREB" in codes("Pro-Russia fighters freed twelve Ukrainian prisoners.").values()


def test_pro_moscow_forces_before_2014_stay_unresolved():
    assert "UKRREB" not in codes("Pro-Moscow forces held a rally.", "2010-01-01").values()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Guinea's neighbours urged the junta to free the jailed opposition leader.", "GINGOV"),
        ("France recalled its envoy after the junta in Niamey expelled him from Niger.", "NERGOV"),
        ("Gabon's bishops said the junta must hold elections within two years.", "GABGOV"),
    ],
)
def test_junta_takes_the_one_junta_state_named(text, code):
    assert code in codes(text, "2023-09-01").values()


def test_junta_stays_unresolved_with_two_junta_states_named():
    found = codes("Mali and Burkina Faso backed the junta on Monday.", "2023-09-01")
    assert "---GOV" in found.values()
    assert "MLIGOV" not in found.values() and "BFAGOV" not in found.values()


def test_junta_is_not_the_country_talking_to_it():
    # a state that never had a junta does not lend it its name
    assert codes("Washington warned the junta on Tuesday.")["junta"] == "---GOV"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen from Burkina Faso raided two villages in northern Ghana.", "BFAREB"),
        ("Insurgents from Mozambique crossed into Tanzania overnight.", "MOZREB"),
    ],
)
def test_rebels_from_a_state(text, code):
    assert code in codes(text).values()


def test_troops_from_a_state_are_not_its_army():
    # 'pulled its troops from Afghanistan': the troops are not Afghanistan's
    found = codes("Canada pulled its troops from Afghanistan in 2011.")
    assert "AFGMIL" not in found.values()


def test_bare_kurds_take_their_one_state_named():
    assert codes("Kurds marched against Iraqi police in Kirkuk.")["Kurds"] == "IRQCVL"


def test_bare_kurds_with_two_states_and_no_place_stay_out():
    found = codes("Kurds blamed Iran and Turkey for the drought.")
    assert "Kurds" not in found


def test_bare_kurds_placed_by_a_town():
    found = codes("Iranian drones struck Kurds in Erbil, Iraq's Kurdish capital.")
    assert found.get("Kurds") == "IRQCVL"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mexican soldiers arrested three members of the Gulf Cartel in Reynosa.", "MEXREB"),
        ("The Tren de Aragua gang kidnapped a Chilean businessman.", "VENREB"),
        ("US prosecutors charged MS-13 leaders with murder.", "SLVREB"),
    ],
)
def test_cartels(text, code):
    assert code in codes(text).values()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lesotho Defence Force soldiers detained a South African trader.", "LSOMIL"),
        ("The Zambia National Defence Force sent troops to the border.", "ZMBMIL"),
    ],
)
def test_state_defence_force(text, code):
    assert code in codes(text).values()
