"""People by what they do, and rulers by date: a nationality before an occupation or group
noun gives that country's sector ("Peruvian nurses" -> PERCVL, "Croatian union leaders" ->
HRVLAB); bare plurals stay country-less; armed groups that ruled (the Taliban) are the
government on their dates; US parties are the legislature; nouns that are also verbs do not
swallow a country's verb. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.coding import default_coder

from .conftest import found_codes, mentions


def _code_of(finder, text, surface, date="2019-04-10"):
    for got, code, _how in mentions(finder, text, date):
        if got == surface:
            return code
    return None


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # civilians by trade or condition
        ("Peruvian nurses walked out of hospitals on Monday.", "Peruvian nurses", "PERCVL"),
        ("Maltese seafarers were stranded in port.", "Maltese seafarers", "MLTCVL"),
        ("Ghanaian cocoa growers rejected the price.", "Ghanaian cocoa growers", "GHACVL"),
        ("Guatemalan indigenous groups blocked roads.", "Guatemalan indigenous groups", "GTMCVL"),
        ("Uruguayan pensioners marched downtown.", "Uruguayan pensioners", "URYCVL"),
        ("Serbian war veterans rallied on Friday.", "Serbian war veterans", "SRBCVL"),
        ("Moroccan lawyers boycotted the hearings.", "Moroccan lawyers", "MARCVL"),
        ("Malian clerics called for calm.", "Malian clerics", "MLICVL"),
        ("Laotian Buddhist monks held a vigil.", "Laotian Buddhist monks", "LAOCVL"),
        ("Jordanian tribal elders met the king.", "Jordanian tribal elders", "JORCVL"),
        ("Algerian youths threw stones.", "Algerian youths", "DZACVL"),
        ("Sudanese professionals called a strike.", "Sudanese professionals", "SDNCVL"),
        # media, business, labour
        ("Kazakh bloggers were questioned.", "Kazakh bloggers", "KAZMED"),
        ("Slovak editors signed a letter.", "Slovak editors", "SVKMED"),
        ("Danish business leaders welcomed the deal.", "Danish business leaders", "DNKBUS"),
        ("Ukrainian oligarchs funded the campaign.", "Ukrainian oligarchs", "UKRBUS"),
        ("Portuguese civil servants struck on Tuesday.", "Portuguese civil servants", "PRTLAB"),
        ("Dutch railway workers halted trains.", "Dutch railway workers", "NLDLAB"),
        # armed non-state, opposition, state
        ("Guatemalan drug traffickers bribed officials.", "Guatemalan drug traffickers", "GTMREB"),
        (
            "Salvadoran gang leaders were moved to a new prison.",
            "Salvadoran gang leaders",
            "SLVREB",
        ),
        ("Eritrean exiles protested in Geneva.", "Eritrean exiles", "ERIOPP"),
        ("Chad's coup leaders named a cabinet.", "Chad's coup leaders", "TCDGOV"),
        ("Greek fighter pilots trained with them.", "Greek fighter pilots", "GRCMIL"),
    ],
)
def test_nationality_and_occupation_give_the_sector(finder, text, surface, code):
    assert _code_of(finder, text, surface) == code


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a group noun before 'leaders' or 'officials' keeps its own sector, not GOV
        ("Croatian union leaders met the minister.", "Croatian union leaders", "HRVLAB"),
        ("Somali rebel leaders rejected the talks.", "Somali rebel leaders", "SOMREB"),
        ("Chilean student leaders called a march.", "Chilean student leaders", "CHLCVL"),
        ("Austrian business officials were briefed.", "Austrian business officials", "AUTBUS"),
        # ... but a plain 'leaders' is still the government, and an IGO stays an IGO
        ("Iraqi leaders met in Erbil.", "Iraqi leaders", "IRQGOV"),
        ("African Union leaders met in Addis Ababa.", "African Union leaders", "IGOAFRAFU"),
        ("European Union officials said so.", "European Union officials", "IGOEUREEC"),
    ],
)
def test_group_heads_keep_the_group_sector(finder, text, surface, code):
    assert _code_of(finder, text, surface) == code


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Turkish army doctors treated the wounded.", "Turkish army doctors", "TURMIL"),
        ("Indian navy sailors boarded the ship.", "Indian navy sailors", "INDMIL"),
        ("Russian military engineers built the bridge.", "Russian military engineers", "RUSMIL"),
    ],
)
def test_a_civilian_noun_after_a_state_body_stays_with_the_state(finder, text, surface, code):
    assert _code_of(finder, text, surface) == code


@pytest.mark.parametrize(
    "text",
    [
        "Nurses gathered outside the clinic.",
        "Youths were seen near the stadium.",
        "Pensioners waited in long queues.",
    ],
)
def test_bare_plural_people_have_no_country(finder, text):
    got = found_codes(finder, text)
    assert got and all(code.startswith("---") for code in got)


def test_a_bare_plural_takes_the_country_of_the_place():
    coder = default_coder()
    events = coder.code(
        "Pensioners marched on parliament in Lisbon on Thursday, demanding that the "
        "government raise their benefits.",
        "2013-03-14",
    )
    assert any(e.source.startswith("PRT") and e.code.startswith("14") for e in events)


def test_a_domestic_act_by_an_occupation_group_is_coded():
    coder = default_coder()
    events = coder.code(
        "Senegalese nurses protested outside the health ministry in Dakar on Monday over "
        "unpaid bonuses.",
        "2018-02-12",
    )
    assert [(e.source, e.target, e.code[:2]) for e in events] == [("SENCVL", "SENGOV", "14")]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("China engineers a debt deal with Zambia.", "engineers"),
        ("Iran fans sectarian tensions in the region.", "fans"),
        ("Japan volunteers to host the next round.", "volunteers"),
        ("Moscow nurses an old grudge against Warsaw.", "nurses"),
        ("Russia forces Georgia to withdraw its troops.", "forces"),
    ],
)
def test_a_noun_that_is_the_verb_after_a_country_is_no_actor(finder, text, verb):
    assert all(verb not in got for got, _code, _how in mentions(finder, text))


def test_a_sector_noun_after_a_country_still_joins_it(finder):
    assert _code_of(finder, "U.S. forces withdrew from the base.", "U.S. forces") == "USAMIL"
    assert _code_of(finder, "Turkey's exiles met in Berlin.", "Turkey's exiles") == "TUROPP"


@pytest.mark.parametrize(
    ("text", "date", "surface", "code"),
    [
        ("The Taliban captured the district.", "1995-02-14", "Taliban", "AFGREB"),
        ("The Taliban closed girls' schools.", "1997-06-02", "Taliban", "AFGGOV"),
        ("The Taliban ambushed a convoy.", "2007-05-30", "Taliban", "AFGREB"),
        ("The Taliban ambushed a convoy.", "2021-08-10", "Taliban", "AFGREB"),
        ("The Taliban banned the music.", "2022-08-01", "Taliban", "AFGGOV"),
        (
            "The Taliban administration fined traders.",
            "2024-01-09",
            "Taliban administration",
            "AFGGOV",
        ),
        ("Taliban forces shelled the border post.", "2023-11-20", "Taliban forces", "AFGMIL"),
        ("Taliban fighters patrolled the city.", "2022-04-05", "Taliban fighters", "AFGMIL"),
        ("Taliban fighters attacked an outpost.", "2011-04-05", "Taliban fighters", "AFGREB"),
        (
            "The Pakistani Taliban attacked a checkpoint.",
            "2023-04-05",
            "Pakistani Taliban",
            "PAKREB",
        ),
    ],
)
def test_an_armed_group_that_ruled_is_the_government_on_its_dates(
    finder, text, date, surface, code
):
    assert _code_of(finder, text, surface, date) == code


@pytest.mark.parametrize(
    ("text", "date", "surface", "code"),
    [
        ("Hamas fired rockets at Ashkelon.", "2019-05-05", "Hamas", "PSEREB"),
        ("The Houthis seized a tanker.", "2024-02-02", "Houthis", "YEMREB"),
    ],
)
def test_groups_the_gold_keeps_as_rebels_stay_rebels(finder, text, date, surface, code):
    assert _code_of(finder, text, surface, date) == code


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Democrats in the House blocked the bill.", "Democrats"),
        ("Senate Republicans delayed the vote.", "Senate Republicans"),
        ("Republican senators wrote to the president.", "Republican senators"),
        ("GOP lawmakers objected on Monday.", "GOP lawmakers"),
    ],
)
def test_us_parties_are_the_legislature(finder, text, surface):
    assert _code_of(finder, text, surface, "2016-05-10") == "USALEG"


@pytest.mark.parametrize(
    "text",
    [
        "Germany's Social Democrats picked a new leader.",
        "The Christian Democrats lost ground in Bavaria.",
    ],
)
def test_european_democrats_are_not_us_lawmakers(finder, text):
    assert "USALEG" not in found_codes(finder, text, "2016-05-10")


def test_pan_before_a_demonym_names_no_country(finder):
    got = found_codes(finder, "Trucks queued on the Pan-American Highway near the border.")
    assert "USA" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Lithuanian bankers criticised the central bank on Friday.",
        "Zambian lawyers sued the electoral commission on Friday.",
    ],
)
def test_the_central_bank_and_the_electoral_commission_are_actors(finder, text):
    assert "---GOV" in found_codes(finder, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police seized three traffickers in Niger on Sunday.", "NERREB"),
        ("Four hikers in Nepal went missing.", "NPLCVL"),
    ],
)
def test_people_often_abroad_do_not_take_the_place_after_in(finder, text, place):
    assert place not in found_codes(finder, text)


def test_people_at_home_still_take_the_place_after_in(finder):
    assert "PERCVL" in found_codes(finder, "Pensioners in Lima blocked the avenue.")
