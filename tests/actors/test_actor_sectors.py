"""Sectors, agents and armed groups: groups whose country is clear, labour nouns, companies and
courts, state organs, rebel-held places, agents and victims that stand alone, armed groups known
by their name's shape, peacekeepers, truckers, military councils, prosecutors, investigators,
militias, the RSF, broadcasters. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.actors import find

from .conftest import codes, find_codes, found_codes, found_members, mentions


def test_sector_words_following_each_other_still_combine(finder):
    got = codes(finder.find("Syrian government helicopters bombed the town.", "2014-03-11"))
    assert got[0] == ("Syrian government helicopters", "SYRMIL")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israeli settlers blocked the road on Monday.", "ISRCVL"),
        ("Rohingya refugees crossed the river at night.", "MMRCVL"),
        ("Uighur Muslims were held in camps.", "CHNCVL"),
    ],
)
def test_groups_with_a_clear_country(text, code):
    assert code in {m.code for m in find(text, "2019-05-01")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Striking miners marched on the capital", "---LAB"),
        ("Dockworkers walked off the job", "---LAB"),
        ("Mexican workers protested at the plant", "MEXLAB"),
        ("Striking teachers occupied the ministry", "---LAB"),
    ],
)
def test_labour_nouns_are_lab(text, code):
    assert find_codes(text)[0] == code


def test_plain_workers_alone_are_not_an_actor():
    assert find_codes("workers were seen leaving the building") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkish Airlines suspended flights", "TURBUS"),
        ("Air France cancelled flights", "FRABUS"),
        ("Iran Air grounded its fleet", "IRNBUS"),
        ("Israel Aerospace Industries sold drones", "ISRBUS"),
        ("Russian Railways signed a contract", "RUSBUS"),
        ("Royal Dutch Shell pulled out", "NLDBUS"),
    ],
)
def test_a_country_inside_a_company_name_is_a_business(text, code):
    assert find_codes(text)[0] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Russian Central Bank raised rates", "RUSGOV"),
        ("The U.S. Air Force bombed the bridge", "USAMIL"),
        ("Tehran's Revolutionary Court sentenced him", "IRNJUD"),
        ("China's Supreme People's Court ruled", "CHNJUD"),
        ("A Moscow court jailed him", "RUSJUD"),
    ],
)
def test_state_organs_and_courts_keep_their_sector(text, code):
    assert find_codes(text)[0] == code


@pytest.mark.parametrize(
    "text",
    [
        "troops shelled rebel-held villages",
        "the army entered separatist-controlled towns",
    ],
)
def test_rebel_held_places_name_the_rebels(text):
    assert "---REB" in find_codes(text)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Officers detained two men at the border post.", "Officers", "---COP"),
        ("A gunman shot three guards at the gate.", "gunman", "---REB"),
        ("Armed gangs looted the warehouse.", "Armed gangs", "---REB"),
        ("Kidnappers freed forty schoolgirls on Monday.", "schoolgirls", "---CVL"),
        ("Soldiers beat worshippers outside the church.", "worshippers", "---CVL"),
        ("The flood forced people from their homes.", "people", "---CVL"),
    ],
)
def test_common_agents_and_victims_stand_alone(finder, text, word, code):
    assert (word, code, "sector") in mentions(finder, text, "2019-06-05")


def test_opposition_before_a_protest_noun_is_the_opposition(finder):
    found = mentions(finder, "Police broke up an opposition rally in Harare.", "2019-06-05")
    assert any(t.startswith("opposition rally") and c == "ZWEOPP" for t, c, _ in found)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Karenni Liberation Army", "MMRREB"),  # a region of Myanmar in the name
        ("Ogaden National Liberation Front", "ETHREB"),
        ("Patriotic Resistance Movement", "---REB"),
    ],
)
def test_an_armed_group_is_known_by_its_names_shape(finder, name, code):
    found = mentions(finder, f"Jets struck {name} bases near the border.", "2019-06-05")
    assert (name, code, "sector") in found


@pytest.mark.parametrize(
    "text",
    ["The Salvation Army handed out blankets.", "The Liberation Day parade was cancelled."],
)
def test_other_names_are_not_armed_groups(finder, text):
    assert not [m for m in finder.find(text) if m.code == "---REB"]


def test_a_known_group_keeps_its_table_code(finder):
    found = mentions(finder, "Sudan People's Liberation Army fighters took the town.", "2019-06-05")
    assert found[0][1] == "SDNREB"
    found = mentions(finder, "The People's Liberation Army held drills.", "2019-06-05")
    assert ("People's Liberation Army", "CHNMIL", "seat") in found


def test_a_capitalised_sector_word_inside_a_name_is_not_an_actor(finder):
    assert not finder.find("The Workers Party and the People's Alliance merged.")
    assert ("People", "---CVL", "sector") in mentions(finder, "People fled the town.", "2019-06-05")


def test_blue_helmets_are_peacekeepers(finder):
    found = mentions(finder, "Zambian blue helmets left Bangui.", "2018-04-11")
    assert ("Zambian blue helmets", "ZMBMIL", "sector") in found


def test_truckers_are_civilians(finder):
    assert ("Truckers", "---CVL", "sector", ()) in found_members(
        finder, "Truckers blocked the road."
    )
    assert "DEUCVL" in found_codes(finder, "German truck drivers went on strike.")


def test_a_military_council_is_the_government(finder):
    found = found_members(finder, "The ruling military council promised elections.")
    assert found[0][1] == "---GOV"
    assert "MLIGOV" in found_codes(finder, "Mali's transitional military council freed him.")


def test_named_armed_groups_of_one_country(finder):
    assert "PAKREB" in found_codes(finder, "The Baloch Liberation Army claimed the raid.")
    assert "CAFREB" in found_codes(finder, "Anti-Balaka fighters burned a mosque.")


def test_a_prosecutor_general_is_the_judiciary_not_the_army(finder):
    assert "GEOJUD" in found_codes(finder, "Georgia's prosecutor general charged the mayor.")
    assert "ARMJUD" in found_codes(finder, "The prosecutor general of Armenia opened a case.")


def test_army_positions_are_the_military(finder):
    found = found_members(finder, "Insurgents overran government positions near the dam.")
    assert ("government positions", "---MIL", "sector", ()) in found
    assert "NERMIL" in found_codes(finder, "Nigerien army posts came under fire.")


def test_a_sector_word_after_a_capitalised_name_is_part_of_the_name(finder):
    found = found_members(finder, "Jets bombed Shan Liberation Army positions on Monday.")
    assert not any(text.startswith("Army") for text, _, _, _ in found)
    assert any(code == "---REB" for _, code, _, _ in found)


def test_investigators_with_a_country_are_its_government(finder):
    assert (
        found_codes(finder, "Peruvian investigators searched the senator's office.")[0] == "PERGOV"
    )


def test_militias_are_armed_groups_not_the_army(finder):
    assert found_codes(finder, "Local militias burned a village.") == ["---REB"]
    assert "---MIL" not in found_codes(finder, "A militia seized the town.")


def test_rebel_movements_are_found(finder):
    assert found_codes(finder, "Chad talked with two rebel movements.") == ["TCD", "---REB"]


def test_rsf_is_an_armed_group(finder):
    assert found_codes(finder, "The Rapid Support Forces shelled the market.") == ["SDNREB"]


def test_broadcasters_are_their_countrys_media(finder):
    assert found_codes(finder, "Egypt detained three Al Jazeera English reporters.") == [
        "EGY",
        "QATMED",
    ]
    assert "GBRMED" in found_codes(finder, "Moscow expelled a BBC reporter.")
