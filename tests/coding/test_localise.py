"""``localise`` (country-less agents get the actor they belong to or the country of the sentence)
and topic headers before a sentence: possessors, vehicles and posts, venues, peacekeepers,
unnamed victims, quotes. Sentences are our own."""

from __future__ import annotations

import pytest

from detente import actors
from detente.coding.pipeline import localise, topic_header
from detente.records import Mention


def test_countryless_agent_takes_the_actor_it_belongs_to():
    from detente.coding.pipeline import localise

    text = "Judges at the World Court and officers of Kenya met in Lima."
    judges = Mention(0, 6, "Judges", "---JUD", None, "JUD", "sector")
    court = Mention(14, 25, "World Court", "IGOICJ", None, None, "igo")
    officers = Mention(30, 38, "officers", "---COP", None, "COP", "sector")
    kenya = Mention(42, 47, "Kenya", "KEN", "KEN", None, "country")
    lima = Mention(56, 60, "Lima", "PER", "PER", None, "location")
    got = localise([judges, court, officers, kenya, lima], text)
    assert [m.code for m in got] == ["IGOICJ", "IGOICJ", "KENCOP", "KEN", "PER"]
    alone = Mention(0, 6, "Judges", "---JUD", None, "JUD", "sector")
    assert localise([alone, lima], "Judges ruled in Lima.")[0].code == "PERJUD"


def test_coordinated_countryless_agent_shares_the_nationality():
    from detente.coding.pipeline import localise

    text = "Norwegian sailors and marines were freed in Lima."
    sailors = Mention(0, 17, "Norwegian sailors", "NORCVL", "NOR", "CVL", "sector")
    marines = Mention(22, 29, "marines", "---MIL", None, "MIL", "sector")
    lima = Mention(44, 48, "Lima", "PER", "PER", None, "location")
    assert [m.code for m in localise([sailors, marines, lima], text)][1] == "NORMIL"


def test_an_agent_noun_after_a_named_body_belongs_to_it():
    from detente.coding.pipeline import localise

    text = "Kenyan and Ghanaian Red Cross officials met in Lima."
    kenyan = Mention(0, 6, "Kenyan", "KENNGO", "KEN", "NGO", "nonstate")
    ghana = Mention(11, 29, "Ghanaian Red Cross", "GHANGO", "GHA", "NGO", "nonstate")
    officials = Mention(30, 39, "officials", "---GOV", None, "GOV", "sector")
    lima = Mention(47, 51, "Lima", "PER", "PER", None, "location")
    got = localise([kenyan, ghana, officials, lima], text)
    assert [m.code for m in got] == ["KENNGO", "GHANGO", "GHANGO", "PER"]


def test_a_country_named_in_a_quote_does_not_localise_the_speaker():
    from detente.coding.pipeline import localise

    text = '"Talks with Kenya help Ghana," a ministry official said.'
    kenya = Mention(12, 17, "Kenya", "KEN", "KEN", None, "country")
    ghana = Mention(23, 28, "Ghana", "GHA", "GHA", None, "country")
    official = Mention(42, 50, "official", "---GOV", None, "GOV", "sector")
    assert localise([kenya, ghana, official], text)[2].code == "---GOV"
    outside = "A ministry official said talks with Kenya help Ghana."
    official = Mention(11, 19, "official", "---GOV", None, "GOV", "sector")
    kenya = Mention(36, 41, "Kenya", "KEN", "KEN", None, "country")
    assert localise([official, kenya], outside)[0].code == "KENGOV"


def test_unnamed_victims_are_civilians_of_the_place(run):
    events = run("Kenyan rebels kill twelve people in a market in Ghana.")
    assert [(e.source[:3], e.target, e.code[:2]) for e in events] == [("KEN", "GHACVL", "19")]


def test_unnamed_victims_without_a_place_are_not_coded(run):
    assert run("Kenyan rebels kill twelve people on Sunday.") == []


def _sector(text: str, word: str, sector: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, "---" + sector, None, sector, "sector")


def _named(text: str, word: str, code: str, how: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, code, code[:3], code[3:] or None, how)


def _gunmen_code(text: str, *others: tuple[str, str, str]) -> str:
    mentions = [_sector(text, "gunmen", "REB")] + [_named(text, *o) for o in others]
    mentions.sort(key=lambda m: m.start)
    return next(m.code for m in localise(mentions, text) if m.text == "gunmen")


def test_a_targets_country_does_not_lend_itself_to_the_agent_before_it():
    text = "Masked gunmen opened fire on Kenyan soldiers, Somali officials said."
    got = _gunmen_code(text, ("Kenyan soldiers", "KENMIL", "sector"), ("Somali", "SOM", "demonym"))
    assert got == "SOMREB"


def test_a_targets_country_is_still_the_last_resort():
    text = "Masked gunmen opened fire on Kenyan soldiers overnight."
    assert _gunmen_code(text, ("Kenyan soldiers", "KENMIL", "sector")) == "KENREB"


def test_a_country_after_in_is_where_the_agents_act():
    text = "Masked gunmen attacked a Zambian convoy in northwestern Angola on Friday."
    got = _gunmen_code(text, ("Zambian", "ZMB", "demonym"), ("Angola", "AGO", "country"))
    assert got == "AGOREB"


def test_a_quantity_of_people_is_not_a_target():
    text = "Thousands of Chileans marched as police watched."
    police = _sector(text, "police", "COP")
    chileans = _named(text, "Chileans", "CHLCVL", "people")
    assert localise([chileans, police], text)[1].code == "CHLCOP"


def test_a_victim_after_the_attackers_takes_the_first_country_named_before_it():
    text = "Rockets were fired at Israeli towns by Palestinian militants, wounding civilians."
    israeli = _named(text, "Israeli", "ISR", "demonym")
    militants = _named(text, "Palestinian militants", "PSEREB", "sector")
    civilians = _sector(text, "civilians", "CVL")
    assert localise([israeli, militants, civilians], text)[2].code == "ISRCVL"


def test_judges_do_not_take_the_country_of_the_hague():
    text = "Judges sitting in The Hague ordered Croatia to pay damages."
    judges = _sector(text, "Judges", "JUD")
    hague = _named(text, "The Hague", "NLD", "location")
    croatia = _named(text, "Croatia", "HRV", "country")
    assert not localise([judges, hague, croatia], text)[0].code.startswith("NLD")
    text = "Protesters gathered in The Hague on Sunday."
    crowd = _sector(text, "Protesters", "CVL")
    hague = _named(text, "The Hague", "NLD", "location")
    assert localise([crowd, hague], text)[0].code == "NLDCVL"


def test_a_place_before_an_agent_gives_its_country_and_keeps_the_sector():
    text = "Mombasa police dispersed the crowd."
    place = _named(text, "Mombasa", "KEN", "location")
    police = _sector(text, "police", "COP")
    assert localise([place, police], text)[1].code == "KENCOP"


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("Andean water dispute: Chilean troops crossed into Peru.", "Andean water dispute: "),
        (
            "Great Lakes crisis (1996-97): Rwandan forces shelled the camps.",
            "Great Lakes crisis (1996-97): ",
        ),
        ("Peruvian minister: Chile must pay for the damage caused.", "Peruvian minister: "),
    ],
)
def test_a_verbless_topic_header_is_found(text, header):
    assert text[: topic_header(text)] == header


@pytest.mark.parametrize(
    "text",
    [
        "Bachelet: Chile will not give up an inch of its sea.",  # a speaker, not a topic
        "The minister said: we will fight on.",
        "Our view is plain: Peru is wrong about the border.",
        "Chile recalled its envoy from Lima on Monday.",
        "Andean dispute: none.",
    ],
)
def test_no_header_is_cut_from_a_clause_or_a_speakers_name(text):
    assert topic_header(text) == 0


def test_a_header_is_cut_but_spans_index_the_original_text(coder):
    text = "Andean water dispute: Chilean troops attacked Peruvian police on Monday."
    events = coder.code(text, "2024-05-13")
    assert events, "the sentence after the header should be coded"
    for e in events:
        assert text[slice(*e.source_span)] == e.source_text
        assert text[slice(*e.target_span)] == e.target_text
        assert text[slice(*e.trigger_span)] == e.trigger_text
    assert {(e.source[:3], e.target[:3]) for e in events} >= {("CHL", "PER")}


@pytest.fixture(scope="module")
def real(coder):
    from detente.coding.pipeline import Coder

    return Coder(nlp=coder.nlp)


def test_unnamed_attackers_and_victims_are_domestic(real):
    events = real.code(
        "A gang of gunmen killed nine people at a market in Kaduna on Friday.", "2021-06-04"
    )
    assert ("NGA", "NGA") in {(e.source[:3], e.target[:3]) for e in events}


def test_unnamed_police_and_crowd_in_a_city_are_domestic(real):
    text = "Riot police fired tear gas at students in central Dhaka on Tuesday."
    events = real.code(text, "2018-08-07")
    assert ("BGD", "BGD") in {(e.source[:3], e.target[:3]) for e in events}


def _codes(text: str, date: str = "2016-03-09") -> dict[str, str | None]:
    return {m.text: m.code for m in localise(actors.find(text, date), text)}


def _code_of(text: str, word: str) -> str | None:
    found = _codes(text)
    return next(code for phrase, code in found.items() if phrase.startswith(word))


def test_a_possessor_owns_its_troops_before_the_place_they_are_in():
    text = "Ghana's neighbours asked Togo to pull its troops out of eastern Benin by Friday."
    assert _code_of(text, "troops") == "TGOMIL"


def test_a_possessive_pronoun_skips_a_bare_adjective_of_a_thing():
    text = "Chile dismissed Peruvian complaints, saying its warships would stay off Arica."
    assert _code_of(text, "warships") == "CHLMIL"


def test_an_organisation_owns_its_monitors():
    text = "The OSCE said on Monday its peacekeepers in Abkhazia had been shot at."
    assert _code_of(text, "peacekeepers").startswith("IGO")


def test_the_crew_of_a_national_vehicle_is_that_force():
    text = (
        "A mine ripped through a Malian army convoy near the Burkinabe frontier, "
        "killing six soldiers."
    )
    assert _code_of(text, "soldiers") == "MLIMIL"


def test_a_frontier_does_not_place_the_victims():
    """A country that only names a frontier is no setting: the soldiers are the speakers'."""
    text = "Malian troops said rebels near the Burkinabe frontier killed six soldiers."
    assert _code_of(text, "soldiers") == "MLIMIL"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "Sudan's government broke off talks with the rebels in Nairobi on Tuesday.",
            "rebels",
            "SDNREB",
        ),
        (
            "Qatar mediated between Chad's government and opposition groups in Doha.",
            "opposition",
            "TCDOPP",
        ),
    ],
)
def test_a_side_meeting_its_government_in_a_foreign_capital_is_that_governments(text, word, code):
    assert _code_of(text, word) == code


def test_a_side_in_a_region_keeps_the_regions_country():
    text = "Sudan's government broke off talks with the rebels in Darfur on Tuesday."
    assert _code_of(text, "rebels") == "SDNREB"
    text = "Norway's government held talks with the rebels in Donbas on Tuesday."
    assert _code_of(text, "rebels") == "UKRREB"


def test_a_side_in_a_capital_with_no_government_tied_to_it_keeps_the_capital():
    text = "Police fired tear gas at the opposition in Caracas as the U.S. envoy looked on."
    assert _code_of(text, "opposition") == "VENOPP"


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers in northern Kosovo stepped up patrols after the clashes.",
        "Blue helmets in eastern Congo came under fire on Sunday.",
    ],
)
def test_lone_peacekeepers_are_the_uns(text):
    first = text.split()[0]
    assert _code_of(text, first) == "IGOUNO"


def test_peacekeepers_of_a_named_organisation_are_its():
    text = "Peacekeepers in Mogadishu repelled the attack, the African Union said."
    assert _code_of(text, "Peacekeepers") == "IGOAFRAFU"


def test_a_worldwide_crowd_takes_no_country_from_its_target():
    text = "Crowds around the world protested against the bombing of Serbia on Saturday."
    assert _code_of(text, "Crowds").startswith("---")


def test_a_crowd_in_a_city_still_takes_the_citys_country():
    text = "Crowds in Lisbon joined protests around the world against the bombing of Serbia."
    assert _code_of(text, "Crowds").startswith("PRT")


def test_agencies_after_an_organisations_possessive_and_a_conjunct_are_its():
    text = "The UN's refugee and aid agencies appealed for funds."
    assert _code_of(text, "aid agencies") == "IGOUNO"
    text = "Oxfam and aid agencies appealed for funds."
    assert _code_of(text, "aid agencies") == "NGO"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chad sent 500 soldiers to help in Mali on Tuesday.", "TCD"),
        ("Ireland deployed 340 more soldiers to southern Lebanon.", "IRL"),
        ("Bangui asked France on Wednesday to send more soldiers.", "FRA"),
        ("Kenya will dispatch about 1,000 police officers to Haiti.", "KEN"),
    ],
)
def test_forces_a_state_sends_abroad_are_the_senders(text, country):
    got = [m for m in localise(actors.find(text, "2019-03-02"), text) if m.how == "sector"]
    assert got and got[0].code[:3] == country


def test_forces_not_sent_are_still_placed_where_they_act():
    text = "Soldiers shot dead three protesters in Mali on Tuesday."
    got = [m.code for m in localise(actors.find(text, "2019-03-02"), text)]
    assert got[0] == "MLIMIL"
