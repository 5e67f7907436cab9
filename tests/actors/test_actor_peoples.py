"""Peoples, regions and unit nouns inside states (``peoples.csv`` and unit rows of
``sectors.csv``): a people's adjective before a sector noun names an actor of the people's
state; its armed bodies and leaders take the people's own sectors."""

import pytest

from detente.actors.tables import DictionaryError, read_peoples


def codes(finder, text, date="2019-04-09"):
    return [(m.text, m.code) for m in finder.find(text, date)]


def code_of(finder, text, phrase, date="2019-04-09"):
    found = [m.code for m in finder.find(text, date) if phrase in m.text]
    assert found, (phrase, codes(finder, text, date))
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # armed bodies of a people in rebellion are rebels, not the state's army
        ("Tigrayan forces retook the town of Shire on Sunday.", "Tigrayan forces", "ETHREB"),
        ("Transnistrian forces blocked the bridge at dawn.", "Transnistrian forces", "MDAREB"),
        ("South Ossetian forces shelled Georgian villages.", "South Ossetian forces", "GEOREB"),
        ("Kachin fighters seized a hilltop base.", "Kachin fighters", "MMRREB"),
        ("Oromo rebels ambushed a bus in the west.", "Oromo rebels", "ETHREB"),
        ("Papuan separatists burned a school.", "Papuan separatists", "IDNREB"),
        ("Igbo separatists enforced a stay-at-home order.", "Igbo separatists", "NGAREB"),
        # a people whose regional forces serve the state keep the noun's sector
        ("Amhara special forces moved into the disputed area.", "Amhara special forces", "ETHMIL"),
        # civilians and protesters of a people are civilians of its state
        ("Masalit civilians fled across the border.", "Masalit civilians", "SDNCVL"),
        ("Hazara villagers buried their dead.", "Hazara villagers", "AFGCVL"),
        ("Kashmiri protesters threw stones at the convoy.", "Kashmiri protesters", "INDCVL"),
        ("Yazidi families returned to their homes.", "Yazidi families", "IRQCVL"),
        ("Crimean Tatar activists were detained overnight.", "Crimean Tatar activists", "UKROPP"),
        # leaders: the people's own sector
        ("Catalan leaders rejected the court's ruling.", "Catalan leaders", "ESPGOV"),
        ("Abkhaz leaders refused to attend the talks.", "Abkhaz leaders", "GEOREB"),
        ("Mapuche leaders called off the march.", "Mapuche leaders", "CHLOPP"),
        # a fighting word between the people and a leader noun makes them rebels
        ("Naga separatist leaders returned from exile.", "Naga separatist leaders", "INDREB"),
    ],
)
def test_people_adjective_names_an_actor_of_its_state(shipped, text, phrase, code):
    assert code_of(shipped, text, phrase) == code


def test_a_named_state_picks_among_a_peoples_states(shipped):
    # Tamils live in Sri Lanka and India; the sentence's place decides
    assert code_of(shipped, "Police detained Tamil protesters in Chennai.", "Tamil") == "INDCVL"
    assert code_of(shipped, "Tamil rebels shelled an army camp.", "Tamil rebels") == "LKAREB"
    # Druze live in three states and have no default: the named one decides
    text = "Israeli police dispersed Druze demonstrators near Haifa."
    assert code_of(shipped, text, "Druze") == "ISRCVL"
    text = "Druze gunmen fought Lebanese troops in the Chouf."
    assert code_of(shipped, text, "Druze") == "LBNREB"


def test_a_people_of_several_states_without_a_named_one_stays_countryless(shipped):
    assert code_of(shipped, "Druze gunmen opened fire at dawn.", "Druze gunmen") == "---REB"


def test_possessive_state_names_the_religious_opposition(shipped):
    text = "Kuwait's Sunni opposition boycotted the vote on Monday."
    assert code_of(shipped, text, "opposition") == "KWTOPP"


def test_plural_names_of_a_people_are_its_states_civilians(shipped):
    text = "Militias drove thousands of Tigrayans from the western zone."
    assert code_of(shipped, text, "Tigrayans") == "ETHCVL"
    assert code_of(shipped, "Mobs attacked Copts in Upper Egypt.", "Copts") == "EGYCVL"


def test_a_proper_name_with_a_capital_noun_is_not_a_people_phrase(shipped):
    # 'People' in a party's name is not the sector noun 'people'
    text = "The Tigray People's Liberation Front rejected the offer."
    assert all(m.code != "ETHCVL" for m in shipped.find(text, "2021-07-01"))


def test_northern_irish_is_british(shipped):
    text = "Northern Irish demonstrators blocked the road to the port."
    assert code_of(shipped, text, "demonstrators") == "GBRCVL"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Insurgents ambushed an army convoy in Kunar province.", "AFGMIL"),
        ("Rebels shelled a naval base outside Hodeidah.", "YEMMIL"),
        ("Gunmen torched a police station in Zamfara.", "NGACOP"),
        ("Jihadists overran a military outpost in Burkina Faso.", "BFAMIL"),
        ("Militants attacked a police checkpoint in Diyala province on Monday.", "IRQCOP"),
    ],
)
def test_unit_and_post_nouns_are_the_forces_of_the_place(text, target):
    from detente.coding import default_coder

    events = default_coder().code(text, "2018-02-02")
    assert target in {e.target for e in events}


def test_pakistani_taliban_fighters_in_pakistan(shipped):
    text = "Taliban militants raided a checkpoint in North Waziristan, Pakistan, overnight."
    assert code_of(shipped, text, "Taliban") == "PAKREB"
    # with an Afghan place named, the Afghan Taliban keep their code
    text = "Taliban militants crossed from Afghanistan's Kunar province into Pakistan."
    assert code_of(shipped, text, "Taliban") == "AFGREB"


def test_peoples_table_checks_codes(tmp_path):
    bad = tmp_path / "peoples.csv"
    bad.write_text("names,states,default,armed,leaders,members\nFoo,XX,,REB,,\n")
    with pytest.raises(DictionaryError):
        read_peoples(bad)
    bad.write_text("names,states,default,armed,leaders,members\nFoo,ETH,,BAD,,\n")
    with pytest.raises(DictionaryError):
        read_peoples(bad)


def test_a_peoples_sector_may_differ_by_state(shipped):
    # Kurdish armed forces are rebels in Syria, but Iraq's Kurdish forces are its peshmerga
    text = "Kurdish forces pushed the jihadists out of three villages near Kirkuk."
    assert code_of(shipped, text, "Kurdish forces") == "IRQMIL"
    text = "Kurdish forces pushed the jihadists out of three villages near Hasakah, Syria."
    assert code_of(shipped, text, "Kurdish forces") == "SYRREB"


def test_peoples_table_reads_sectors_by_state(tmp_path):
    table = tmp_path / "peoples.csv"
    table.write_text("names,states,default,armed,leaders,members\nFoo,ETH|SDN,,REB;SDN=MIL,,\n")
    (people,) = read_peoples(table)
    assert people.armed_sector("ETH") == "REB"
    assert people.armed_sector("SDN") == "MIL"
    assert people.leaders_sector("SDN") is None
