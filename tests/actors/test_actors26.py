"""AC26: backers, proxies, area words and demonym towns in actor phrases (own sentences)."""

import pytest


def _codes(shipped, text):
    return [m.code for m in shipped.find(text, "2019-05-05")]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Libya's Turkish-backed government recaptured an airbase on Monday.", "LBYGOV"),
        ("Lebanon's Iran-funded militias fired rockets across the border.", "LBNREB"),
        ("Sudan's Emirati-supported army shelled a market in Omdurman.", "SDNMIL"),
    ],
)
def test_a_backer_between_a_possessive_and_its_sector_names_no_actor(shipped, text, code):
    assert code in _codes(shipped, text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Emirati-backed forces in Yemen stormed the port on Tuesday.", "YEMMIL"),
        ("Rwandan-supported fighters in eastern Congo seized a mining town.", "CODREB"),
        ("Iranian-trained troops in Syria shelled the outskirts of a village.", "SYRMIL"),
    ],
)
def test_proxies_in_a_place_are_that_places_armed_men(shipped, text, code):
    assert code in _codes(shipped, text)


def test_plain_foreign_troops_in_a_place_stay_their_own(shipped):
    found = _codes(shipped, "Turkish troops in northern Syria shelled a village.")
    assert "TURMIL" in found and "SYRMIL" not in found


@pytest.mark.parametrize(
    "text, code",
    [
        ("Police in southern Nigeria detained a journalist on Sunday.", "NGACOP"),
        ("Artillery fire killed civilians in eastern Ukraine overnight.", "UKRCVL"),
        ("Protesters in the western Kenya clashed with riot police.", "KENCVL"),
    ],
)
def test_an_area_word_after_in_keeps_the_place(shipped, text, code):
    assert code in _codes(shipped, text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Jihadists killed twenty people in the Malian village of Ogossagou.", "MLICVL"),
        ("Soldiers beat protesters in the Iranian city of Zahedan.", "IRNCVL"),
        ("Troops shot residents in the Burkinabe northern town of Djibo.", "BFACVL"),
    ],
)
def test_a_demonym_naming_a_town_gives_its_country(shipped, text, code):
    assert code in _codes(shipped, text)


def test_a_demonym_without_a_town_noun_does_not_place_people(shipped):
    # 'civilians in the Russian strikes' names no place
    found = _codes(shipped, "Doctors treated civilians in the Russian strikes on Monday.")
    assert "RUSCVL" not in found


def test_a_plural_noun_and_its_verb_do_not_join_a_demonym_to_an_object(shipped):
    found = _codes(shipped, "Saudi airstrikes injured civilians near the border on Friday.")
    assert "SAUCVL" not in found


def test_a_new_spelling_of_a_gaza_town(shipped):
    assert "PSECVL" in _codes(shipped, "Shelling wounded civilians in Khan Yunis on Monday.")


def test_a_government_in_a_demonym_town_is_a_venue(shipped):
    text = "Rebels walked out of talks with the government in the Kenyan town of Naivasha."
    assert "KENGOV" not in _codes(shipped, text)


def test_migrants_in_a_demonym_town_are_not_that_countrys_people(shipped):
    text = "Soldiers detained migrants in the northern Libyan town of Zuwara."
    assert "LBYCVL" not in _codes(shipped, text)
