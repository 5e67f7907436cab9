"""Events inside one country: private people acting on their own state, the implied targets of
strikes, shows of force, curfews and bans, and mass violence against one's own places. And
events a state only seems to aim at itself because a country-less group took the wrong country:
'his troops' belong to the person named before, ethnic groups live where the sentence places
them, a national adjective on towns names a place, 'foreign troops' belong to no country of the
sentence, rebels paired with a government are its own. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

from detente.coding.lexicon import lexicon
from detente.coding.localise import localise
from detente.coding.pipeline import words_of, worth_parsing
from detente.records import Mention


def _keys(coder, text, date):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date)}


def _events(coder, text, date):
    return [(e.source, e.target, e.code) for e in coder.code(text, date)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "French air traffic controllers walked off the job on Monday in protest at the "
            "government's plan to cut staff.",
            "FRA",
        ),
        (
            "Italian taxi drivers staged a strike on Monday in protest at the government's plan "
            "to open the market.",
            "ITA",
        ),
    ],
)
def test_strike_in_protest_at_own_government(real_coder, text, country):
    # people named by a trade no table places are private people, not the state, and what a
    # strike is 'in protest at' names whom it is aimed at
    assert (country, country, "14") in _keys(real_coder, text, "2023-03-06")


def test_a_border_is_no_private_person(real_coder):
    events = _events(
        real_coder,
        "Ukrainian troops captured ten Russian paratroopers near the Russian border on Monday.",
        "2014-08-26",
    )
    assert all(not (s.startswith("RUS") and t.startswith("RUS")) for s, t, _c in events)


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar government troops used chemical weapons against villages in Sagaing region, "
        "a rights group said on Tuesday.",
        "Ethiopian troops carried out a campaign of ethnic cleansing in western Tigray, a "
        "rights group said.",
    ],
)
def test_mass_violence_at_home_falls_on_civilians(real_coder, text):
    events = _events(real_coder, text, "2023-03-07")
    assert any(c.startswith("20") and t.endswith("CVL") for _s, t, c in events), events


def test_ban_on_gatherings_falls_on_the_public(real_coder):
    events = _events(
        real_coder,
        "The Ecuadorian government banned all public gatherings in Quito on Tuesday.",
        "2024-01-09",
    )
    assert ("ECUGOV", "ECUCVL", "1721") in events


def test_ban_on_a_paper_is_not_a_ban_on_the_public(real_coder):
    events = _events(
        real_coder,
        "Zimbabwe's government banned an independent newspaper on Monday after a row with "
        "Zimbabwean officials.",
        "2024-01-09",
    )
    assert not any(t.endswith("CVL") for _s, t, _c in events)


def test_show_of_force_ahead_of_a_rally(real_coder):
    events = _events(
        real_coder,
        "Ugandan police deployed hundreds of officers across Kampala on Wednesday ahead of a "
        "rally called by the opposition.",
        "2024-01-10",
    )
    assert ("UGACOP", "UGAOPP", "153") in events


# ---- a state aiming at itself: country-less groups localised to the right country --------------


def _roots(coder, text):
    return by_root(coder.code(text, "2016-04-05"))


def _mention(text: str, word: str, code: str, how: str, sector: str | None = None, country=None):
    start = text.index(word)
    return Mention(start, start + len(word), word, code, country, sector, how, ())


def _codes(mentions, text):
    return {m.text: m.code for m in localise(mentions, text)}


def test_his_troops_are_the_speaking_leaders_not_the_places():
    text = "Kenyan President Ali Omar said his troops would move on rebels in northern Somalia."
    mentions = [
        _mention(text, "Kenyan President Ali Omar", "KENGOV", "office", "GOV", "KEN"),
        _mention(text, "troops", "---MIL", "sector", "MIL"),
        _mention(text, "rebels", "---REB", "sector", "REB"),
        _mention(text, "Somalia", "SOM", "country", None, "SOM"),
    ]
    got = _codes(mentions, text)
    assert got["troops"] == "KENMIL"
    assert got["rebels"] == "SOMREB"  # no possessive: placed where they are


def test_her_ministers_skip_a_country_named_in_between():
    text = "Chilean President Ana Ruiz told Peru that her ministers would attend."
    mentions = [
        _mention(text, "Chilean President Ana Ruiz", "CHLGOV", "office", "GOV", "CHL"),
        _mention(text, "Peru", "PER", "country", None, "PER"),
        _mention(text, "ministers", "---GOV", "sector", "GOV"),
    ]
    assert _codes(mentions, text)["ministers"] == "CHLGOV"


@pytest.mark.parametrize(
    "text, word, place, expected",
    [
        (
            "Police beat hundreds of ethnic Hungarians in Transylvania.",
            "Hungarians",
            "ROU",
            "ROUCVL",
        ),
        ("Soldiers shot 12 Mapuche Indians in Chile on Tuesday.", "Indians", "CHL", "CHLCVL"),
    ],
)
def test_an_ethnic_group_lives_where_the_sentence_places_it(text, word, place, expected):
    demonym = {"Hungarians": "HUN", "Indians": "IND"}[word]
    where = "Transylvania" if "Transylvania" in text else "Chile"
    mentions = [
        _mention(text, word, demonym + "CVL", "people", "CVL", demonym),
        _mention(text, where, place, "location", None, place),
    ]
    assert _codes(mentions, text)[word] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 40 Muslim Indians in Mumbai on Friday.",
        "Thousands of Indians marched in Mumbai on Friday.",
    ],
)
def test_a_faith_or_a_count_before_a_demonym_keeps_its_country(text):
    mentions = [
        _mention(text, "Indians", "INDCVL", "people", "CVL", "IND"),
        _mention(text, "Mumbai", "IND", "location", None, "IND"),
    ]
    assert _codes(mentions, text)["Indians"] == "INDCVL"


def test_a_national_adjective_on_towns_places_the_victims_there():
    text = "Gunmen stormed Malian villages, killing dozens of civilians before fleeing into Niger."
    mentions = [
        _mention(text, "Gunmen", "---REB", "sector", "REB"),
        _mention(text, "Malian", "MLI", "demonym", None, "MLI"),
        _mention(text, "civilians", "---CVL", "sector", "CVL"),
        _mention(text, "Niger", "NER", "location", None, "NER"),
    ]
    got = _codes(mentions, text)
    assert got["civilians"] == "MLICVL"
    assert got["Gunmen"] == "MLIREB"


def test_foreign_troops_are_nobody_named():
    text = "Libya's government asked foreign troops to help guard its oil fields."
    mentions = [
        _mention(text, "Libya's government", "LBYGOV", "sector", "GOV", "LBY"),
        _mention(text, "troops", "---MIL", "sector", "MIL"),
    ]
    assert _codes(mentions, text)["troops"] == "---MIL"


def test_rebels_paired_with_a_government_are_its_own():
    text = "Qatar offered to mediate between Chad's government and the armed rebel groups."
    mentions = [
        _mention(text, "Qatar", "QAT", "country", None, "QAT"),
        _mention(text, "Chad's government", "TCDGOV", "sector", "GOV", "TCD"),
        _mention(text, "rebel groups", "---REB", "sector", "REB"),
    ]
    assert _codes(mentions, text)["rebel groups"] == "TCDREB"


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "Kenyan President William Ruto said on Friday his troops would soon attack "
            "al-Shabaab bases in southern Somalia.",
            ("KEN", "SOM", "13"),
            ("SOM", "SOM", "13"),
        ),
        (
            "Soldiers shot dead 12 Mapuche Indians in southern Chile on Tuesday.",
            ("CHL", "CHL", "19"),
            ("CHL", "IND", "19"),
        ),
        (
            "Serbian police expelled thousands of ethnic Albanians from their villages.",
            ("SRB", "SRB", "20"),
            ("SRB", "ALB", "20"),
        ),
        (
            "Qatar offered on Monday to mediate between Chad's government and the armed rebel "
            "groups.",
            ("QAT", "TCD", "03"),
            ("QAT", "QAT", "03"),
        ),
    ],
)
def test_whole_sentences(real_coder, text, expected, wrong):
    got = _roots(real_coder, text)
    assert expected in got
    assert wrong not in got


def test_a_state_policing_its_own_protesters_stays(real_coder):
    got = _roots(real_coder, "Romanian police beat hundreds of protesters in Bucharest on Sunday.")
    assert any(source == target == "ROU" for source, target, _root in got)


# ---- one actor named: the pre-parse gate lets acts inside one country through -----------------


def _home(text: str, word: str, code: str, how: str = "sector") -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, code, code[:3], code[3:6] or None, how, ())


@pytest.mark.parametrize(
    ("text", "word", "code", "expected"),
    [
        ("Chilean miners went on strike on Monday.", "Chilean miners", "CHLLAB", True),
        ("Thai students marched through the streets.", "Thai students", "THACVL", True),
        ("Malawian authorities imposed a curfew.", "Malawian authorities", "MWIGOV", True),
        ("Omani troops were put on high alert.", "Omani troops", "OMNMIL", True),
        # no act inside one country among the triggers: a second actor is still needed
        ("Chilean miners condemned the vote.", "Chilean miners", "CHLLAB", False),
        ("Malawian authorities praised the plan.", "Malawian authorities", "MWIGOV", False),
        # a bare country is no people or organ of its own that could protest or be protested at
        ("Chile went on strike.", "Chile", "CHL", False),
        # a country-less group has no home whose government it could march against
        ("Students marched through the streets.", "Students", "---CVL", False),
    ],
)
def test_one_home_actor_and_a_domestic_trigger_are_worth_parsing(text, word, code, expected):
    lex = lexicon()
    mention = _home(text, word, code, "country" if len(code) == 3 else "sector")
    assert worth_parsing([mention], text, lex, carried=False) is expected


def test_a_place_alone_is_still_not_worth_parsing():
    text = "Crowds marched through Lusaka on Friday."
    place = _home(text, "Lusaka", "ZMB", "location")
    assert not worth_parsing([place], text, lexicon(), carried=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nurses walked off the job on Monday.", True),
        ("Police imposed a curfew on the town.", True),
        ("The army declared a state of emergency.", True),
        ("Nurses condemned the vote on Monday.", False),
        ("The army sent a delegation.", False),
    ],
)
def test_domestic_triggers_are_known_to_the_lexicon(text, expected):
    lex = lexicon()
    assert lex.could_trigger(words_of(text), domestic=True) is expected
    assert lex.could_trigger(words_of(text))  # any pattern: every one of these has a trigger


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tens of thousands of Peruvian teachers went on strike on Monday.", ("PER", "PER", "14")),
        ("Chilean dockworkers walked off the job on Thursday.", ("CHL", "CHL", "14")),
        (
            "Thousands of Argentine state employees downed tools across the country on Wednesday.",
            ("ARG", "ARG", "14"),
        ),
        (
            "Ecuadorean farmers blocked major highways on Monday to demand lower fuel prices.",
            ("ECU", "ECU", "14"),
        ),
        ("Hundreds of Serbian opposition supporters rallied on Sunday.", ("SRB", "SRB", "14")),
    ],
)
def test_a_lone_protest_or_strike_is_aimed_at_its_own_government(real_coder, text, expected):
    events = _events(real_coder, text, "2024-05-13")
    assert (expected[0], expected[1], expected[2]) in {(s[:3], t[:3], c[:2]) for s, t, c in events}
    assert all(t.endswith("GOV") for _s, t, c in events if c.startswith("14")), events


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Tunisian authorities imposed a night-time curfew on Friday.", "TUNGOV", "1723"),
        ("Ethiopian authorities declared a state of emergency on Saturday.", "ETHGOV", "1724"),
    ],
)
def test_a_lone_curfew_or_emergency_falls_on_the_public(real_coder, text, source, code):
    events = _events(real_coder, text, "2024-05-13")
    assert (source, source[:3] + "CVL", code) in events


def test_a_curfew_on_the_capital_falls_on_its_people_not_the_government(real_coder):
    # the capital is read as the government: a curfew there is no state acting on itself
    events = _events(
        real_coder,
        "The Ecuadorean president imposed a curfew on Quito on Tuesday as riots spread.",
        "2024-05-14",
    )
    assert ("ECUGOV", "ECUCVL", "1723") in events


def test_force_set_for_an_unnamed_protest_awaits_the_public(real_coder):
    events = _events(
        real_coder,
        "Ugandan riot police were deployed across the country on Thursday ahead of planned "
        "protests.",
        "2024-05-16",
    )
    assert ("UGACOP", "UGACVL", "153") in events


def test_force_set_for_a_named_protester_keeps_the_protester(real_coder):
    events = _events(
        real_coder,
        "Zambian riot police were deployed in Lusaka on Monday ahead of opposition protests.",
        "2024-05-13",
    )
    assert ("ZMBCOP", "ZMBOPP", "153") in events
    assert not any(t.endswith("CVL") for _s, t, _c in events)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian troops were put on high alert on Sunday.",  # no protest it is set for
        "Kenyan police were deployed on Monday ahead of the election.",
        "Paraguayan authorities praised the new budget on Friday.",  # no act inside one country
        "Moldovan authorities imposed a ban on the import of Russian wine.",  # not on the public
    ],
)
def test_one_actor_with_nothing_to_imply_codes_nothing_at_home(real_coder, text):
    events = _events(real_coder, text, "2024-05-13")
    assert not any(s[:3] == t[:3] for s, t, _c in events), events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Kenyan government lifted the state of emergency on Monday.", "0814"),
        ("Ethiopian authorities lifted a nationwide curfew on Monday.", "0813"),
    ],
)
def test_lifting_a_curfew_or_emergency_falls_on_the_public(real_coder, text, code):
    events = real_coder.code(text, "2020-01-06")
    assert [(e.source[:3], e.target[:3], e.code) for e in events] == [
        (events[0].source[:3], events[0].source[:3], code)
    ]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Tajik police detained a prominent opposition politician in Dushanbe on Monday.", "OPP"),
        ("Azerbaijani security forces arrested four reporters of an independent website.", "MED"),
        ("Cambodian police rounded up dozens of land rights campaigners on Friday.", "OPP"),
        ("Vietnamese police placed a dissident blogger under house arrest on Monday.", "MED"),
        ("Ugandan troops tore down hundreds of homes in a Kampala slum on Tuesday.", "CVL"),
    ],
)
def test_coercion_of_unnamed_own_people_falls_on_them(real_coder, text, sector):
    # an arrest, a demolition or a licence withdrawal by a state's own organs aimed at
    # people no mention places falls on that state's own opposition, media or civilians
    events = _events(real_coder, text, "2022-05-16")
    homes = [(s, t, c) for s, t, c in events if c[:2] == "17" and s[:3] == t[:3]]
    assert homes, events
    assert homes[0][1][3:] == sector


def test_coercion_of_a_foreigner_is_not_turned_home(real_coder):
    events = _events(
        real_coder, "Iranian police detained a French tourist in Tehran on Sunday.", "2022-05-16"
    )
    assert ("IRN", "FRA") in {(s[:3], t[:3]) for s, t, c in events if c[:2] == "17"}
    assert not any(s[:3] == t[:3] for s, t, _c in events)


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands of Slovaks poured into the streets of Bratislava on Friday.",
        "Thousands of Hungarians filled the squares of Budapest on Sunday against the new law.",
        "Serbian teachers stayed off the job on Monday in a dispute over wages.",
        "Kazakh oil workers struck on Tuesday over unpaid bonuses.",
    ],
)
def test_street_and_strike_idioms_are_protests_at_home(real_coder, text):
    keys = _keys(real_coder, text, "2023-03-06")
    assert any(s == t and root == "14" for s, t, root in keys), keys


def test_what_marchers_demand_is_their_protest(real_coder):
    # gold rule 7: the protest form overrides the verbal demand its participle tells
    keys = _keys(
        real_coder,
        "Thousands of Malawians filled the streets of Lilongwe on Thursday, demanding that "
        "the president resign.",
        "2023-03-09",
    )
    assert ("MWI", "MWI", "14") in keys
    assert not any(root in ("02", "10") for _s, _t, root in keys), keys


@pytest.mark.parametrize(
    "text",
    [
        "Togolese authorities sent hundreds of riot police into Lome on Friday to quell protests.",
        "Bolivian authorities flooded La Paz with police on Sunday ahead of an opposition march.",
    ],
)
def test_force_sent_against_unnamed_protesters_aims_at_home(real_coder, text):
    keys = _keys(real_coder, text, "2023-03-10")
    assert any(s == t and root == "15" for s, t, root in keys), keys


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cuban authorities cut mobile internet across the island on Sunday.", "1721"),
        ("Gabonese authorities blocked access to social media on Saturday.", "1721"),
        ("Moldovan police took dozens of protesters into custody on Sunday.", "173"),
        ("Chilean riot police broke up a student rally in Santiago on Thursday.", "175"),
    ],
)
def test_domestic_coercion_wordings(real_coder, text, code):
    events = _events(real_coder, text, "2023-03-12")
    assert any(c == code and s[:3] == t[:3] for s, t, c in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Chilean police said on Monday they had blocked no roads.",
        "The Mexican government could cut internet access if the unrest spreads.",
        "Thousands of Dutch runners filled the streets of Amsterdam for the marathon.",
    ],
)
def test_domestic_idioms_without_an_act_code_nothing(real_coder, text):
    events = _events(real_coder, text, "2023-03-12")
    assert not any(c[:2] in ("14", "15", "17") for _s, _t, c in events), events
