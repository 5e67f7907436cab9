"""One table per rule of detente.actors.compose / finder: sentence -> expected (text, code)."""

import pytest

from detente.actors import DocumentContext

from .conftest import codes

DATE = "2014-03-11"


def found(finder, text, date=DATE, **kw):
    return codes(finder.find(text, date, **kw))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan and the U.S. spoke.", [("Japan", "JPN"), ("U.S.", "USA")]),
        ("Britain, the UK and America", [("Britain", "GBR"), ("UK", "GBR"), ("America", "USA")]),
        ("The DPRK fired.", [("DPRK", "PRK")]),
        ("South Sudan and Sudan", [("South Sudan", "SSD"), ("Sudan", "SDN")]),
        ("They told us nothing.", []),  # the pronoun is not the US
        ("We ate turkey.", []),  # lower case is not the country
        ("Japanese exporters", [("Japanese exporters", "JPNBUS")]),
    ],
)
def test_country_names_and_aliases(finder, text, expected):
    assert found(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops crossed.", [("Russian troops", "RUSMIL")]),
        ("Japan's foreign ministry said.", [("Japan's foreign ministry", "JPNGOV")]),
        ("Canada's ambassador", [("Canada's ambassador", "CANGOV")]),
        ("EU partners", [("EU partners", "IGOEUREEC")]),
        ("Syrian rebels fled.", [("Syrian rebels", "SYRREB")]),
        ("North Korean agents", [("North Korean agents", "PRKSPY")]),
        ("Japanese citizens", [("Japanese citizens", "JPNCVL")]),
        ("Russia's eastern district", [("Russia's eastern district", "RUSMIL")]),
        (
            "commanders of Japan's northern military region",
            [("commanders of Japan's northern military region", "JPNMIL")],
        ),
        ("Syrian government helicopters", [("Syrian government helicopters", "SYRMIL")]),
        ("The Japanese Defense Ministry", [("Japanese Defense Ministry", "JPNGOV")]),
        ("U.S. troops landed.", [("U.S. troops", "USAMIL")]),
        ("Niger's new military rulers", [("Niger's new military rulers", "NERGOV")]),
        ("Russia began talks.", [("Russia", "RUS")]),  # a verb is no sector word
        ("Hong Kong's Admiralty district", [("Hong Kong's", "HKG")]),
        ("Japans policy", [("Japans", "JPN")]),  # possessive without apostrophe
    ],
)
def test_sector_from_noun_phrase(finder, text, expected):
    assert found(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow said no.", [("Moscow", "RUSGOV")]),
        ("The Kremlin said.", [("Kremlin", "RUSGOV")]),
        ("The Pentagon said.", [("Pentagon", "USAMIL")]),
        ("Downing Street said.", [("Downing Street", "GBRGOV")]),
        ("He arrived in Tokyo.", [("Tokyo", "JPN")]),
        ("talks in Beijing", [("Beijing", "CHN")]),
        ("a visit to Kyiv", [("Kyiv", "UKR")]),
        ("Tokyo's purchase", [("Tokyo's", "JPNGOV")]),
        ("a summit in Geneva", [("Geneva", "CHE")]),  # a third location (044)
        ("fighting in Aleppo", [("Aleppo", "SYR")]),
        ("raids in the West Bank", [("West Bank", "PSE")]),  # not the group "the West"
    ],
)
def test_capitals_seats_and_locations(finder, text, expected):
    assert found(finder, text) == expected


def test_location_mentions_say_so(finder):
    (tokyo,) = finder.find("He arrived in Tokyo.", DATE)
    assert tokyo.how == "location" and tokyo.sector is None and tokyo.country == "JPN"
    (capital,) = finder.find("Tokyo protested.", DATE)
    assert capital.how == "capital"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Russians agreed", [("the Russians", "RUSGOV")]),
        ("two Palestinians were hurt", [("Palestinians", "PSECVL")]),
        ("Chinese and Russian warships", [("Chinese", "CHNMIL"), ("Russian warships", "RUSMIL")]),
        ("Indian and U.S. troops", [("Indian", "INDMIL"), ("U.S. troops", "USAMIL")]),
    ],
)
def test_peoples_and_coordination(finder, text, expected):
    assert found(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the U.N. Security Council voted", [("U.N. Security Council", "IGOUNOSEC")]),
        ("NATO allies met", [("NATO allies", "IGOWSTNAT")]),
        ("the European Union said", [("European Union", "IGOEUREEC")]),
        ("Hamas fired", [("Hamas", "PSEREB")]),
        ("Hezbollah fighters", [("Hezbollah fighters", "LBNREB")]),
        ("Islamic State fighters", [("Islamic State fighters", "---REB")]),
        ("the Pakistani Taliban", [("Pakistani Taliban", "PAKREB")]),
        ("Taliban gunmen", [("Taliban gunmen", "AFGREB")]),
        ("aid agencies left", [("aid agencies", "NGO")]),
        ("Insurgents attacked", [("Insurgents", "---REB")]),
        ("Police in Hong Kong arrested", [("Police in Hong Kong", "HKGCOP")]),
        ("the government in Ankara", [("government in Ankara", "TURGOV")]),
        ("peacekeepers in Mali", [("peacekeepers", "---MIL"), ("Mali", "MLI")]),
        ("Pro-Russian separatists", [("separatists", "UKRREB")]),  # dev-0147
        ("Turkish-made drones", []),
        ("military-to-military talks", []),
        ("a British-flagged tanker", [("British", "GBR")]),
    ],
)
def test_igos_nonstate_and_lone_sectors(finder, text, expected):
    assert found(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Japanese prime minister", [("Japanese prime minister", "JPNGOV")]),
        ("Russia's foreign minister said", [("Russia's foreign minister", "RUSGOV")]),
        ("the U.S. secretary of state", [("U.S. secretary of state", "USAGOV")]),
        ("the president of Russia", [("president of Russia", "RUSGOV")]),
        (
            "Nigerian President Muhammadu Buhari",
            [("Nigerian President Muhammadu Buhari", "NGAGOV")],
        ),
        (
            "Former British Prime Minister Gordon Brown",
            [("Former British Prime Minister Gordon Brown", "GBR")],
        ),
        ("Egypt's army chief", [("Egypt's army chief", "EGYMIL")]),
    ],
)
def test_titles(finder, text, expected):
    assert found(finder, text) == expected


@pytest.mark.parametrize(
    ("date", "code", "how"),
    [
        ("2012-12-25", "JPN", "former"),  # the day before the second term
        ("2012-12-26", "JPNGOV", "office"),  # first day
        ("2020-09-16", "JPNGOV", "office"),  # last day
        ("2020-09-17", "JPN", "former"),  # the day after
        ("2000-01-01", "JPN", "person"),  # before any term
    ],
)
def test_office_terms_at_both_ends(finder, date, code, how):
    (abe,) = finder.find("Shinzo Abe spoke.", date)
    assert (abe.code, abe.how) == (code, how)


@pytest.mark.parametrize(
    ("date", "code"),
    [
        ("2006-08-14", "ISROPP"),
        ("2009-03-30", "ISROPP"),
        ("2009-04-01", "ISRGOV"),
        ("2017-01-05", "ISRGOV"),
        ("2022-01-01", "ISR"),
    ],
)
def test_role_changes_with_the_date(finder, date, code):
    (bibi,) = finder.find("Benjamin Netanyahu spoke.", date)
    assert bibi.code == code


def test_title_and_known_name(finder):
    (xi,) = finder.find("Chinese President Xi Jinping arrived.", "2016-01-01")
    assert (xi.code, xi.how) == ("CHNGOV", "office")
    (ban,) = finder.find("U.N. Secretary-General Ban Ki-moon urged calm.", "2013-01-15")
    assert ban.code == "IGOUNO"  # the title in the text beats a past national office


def test_surname_through_document_context(finder):
    ctx = DocumentContext()
    finder.find("Prime Minister Shinzo Abe arrived.", DATE, context=ctx)
    (abe,) = finder.find("Abe said so.", DATE, context=ctx)
    assert (abe.code, abe.how) == ("JPNGOV", "surname")
    ctx = DocumentContext()
    finder.find("Kenyan President Uhuru Kenyatta arrived.", DATE, context=ctx)
    (kenyatta,) = finder.find("Kenyatta said so.", DATE, context=ctx)
    assert kenyatta.code == "KENGOV"


def test_surname_echoes_a_person_named_earlier_in_the_same_text(finder):
    # a titled person no table knows, then the bare surname: within one text, no context
    text = "Dutch envoy Pieter Vermeulen landed in Accra. Vermeulen then met Ghanaian officials."
    mentions = finder.find(text, DATE)
    assert ("Vermeulen", "NLDGOV") in codes(mentions)
    echo = next(m for m in mentions if m.text == "Vermeulen")
    assert echo.how == "surname" and echo.start > text.index("Accra")
    # before the full name, or with another given name, it is nobody yet
    assert "Vermeulen" not in [m.text for m in finder.find("Vermeulen said. " + text, DATE)[:1]]
    other = "Dutch envoy Pieter Vermeulen landed. Anna Vermeulen, his sister, stayed home."
    assert [m.text for m in finder.find(other, DATE)] == ["Dutch envoy Pieter Vermeulen"]
    # a generational suffix is not the surname, and a place named after the man is a place
    jr = "Chilean envoy Pablo Reyes Jr. met Peruvian minister Luis Soto Jr. and Reyes left."
    assert codes(finder.find(jr, DATE))[-1] == ("Reyes", "CHLGOV")
    hall = "Chilean envoy Pablo Reyes spoke at the Reyes Foundation."
    assert [m.text for m in finder.find(hall, DATE)] == ["Chilean envoy Pablo Reyes"]


def test_a_verb_after_a_demonym_s_noun_ends_the_phrase_before_a_title(finder):
    # 'a Czech poet met President X': the poet is no part of the president's mention
    met = finder.find("A Czech poet met President Emmanuel Macron in Paris.", "2019-05-01")
    assert [m.text for m in met][:2] == ["Czech", "President Emmanuel Macron"]
    struck = finder.find("A Greek baker struck Prime Minister Jan Novak.", "2019-05-01")
    assert [m.text for m in struck][-1] == "Prime Minister Jan Novak"
    assert not any("struck" in m.text for m in struck)
    # portfolio words between a demonym and its title still belong to it
    (minister,) = finder.find("The Czech deputy foreign minister arrived.", "2019-05-01")
    assert minister.code == "CZEGOV"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a capitalised portfolio or rank between the state and the title
        ("Kenyan Tourism Minister Jane Wanjiru opened the fair.", "KENGOV"),
        ("Peru Education Minister Ana Torres closed the schools.", "PERGOV"),
        ("Vietnamese Vice Premier Tran Van Long arrived.", "VNMGOV"),
        # the state after the name, and a region's office
        ("Prime Minister Joseph Mbeki of Lesotho arrived.", "LSOGOV"),
        ("Oregon governor Anne Keller signed the order.", "USAGOV"),
        ("Okinawa Governor Kenji Sato refused.", "JPNGOV"),
    ],
)
def test_titles_with_a_portfolio_an_of_state_or_a_region(finder, text, code):
    assert finder.find(text, DATE)[0].code == code


def test_a_verb_between_a_state_and_a_title_keeps_them_apart(finder):
    mentions = finder.find("Russia says trade minister Ivanov will go.", DATE)
    assert [m.code for m in mentions] == ["RUS", None]
    # a title in a city is where the person is, not whose office it is
    (pm, moscow) = finder.find("Prime Minister Jan Novak in Moscow spoke.", DATE)
    assert pm.code is None and moscow.code == "RUS"


def test_a_capital_s_name_after_a_town_and_a_comma_is_the_region(finder):
    # 'from Olympia, Washington': the US state, a place; in a list of places, the capital
    (state,) = finder.find("A student from Olympia, Washington, was hurt.", DATE)
    assert (state.code, state.how) == ("USA", "location")
    listed = finder.find("Officials in Tokyo, Washington and Seoul agreed.", DATE)
    assert ("Washington", "USAGOV") in codes(listed)


def test_surname_without_context_needs_a_unique_holder(finder):
    assert found(finder, "Lavrov said so.") == [("Lavrov", "RUSGOV")]
    assert found(finder, "Lavrov said so.", "2003-01-01") == []  # not yet in office
    assert found(finder, "Kim said so.", "2000-01-01") == []  # also a given name ("Kim Jong Un")
    assert found(finder, "On May 5 he left.", "2017-05-05") == []  # a month, not Theresa May


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Japan and Russia met; the two sides agreed.", ("JPN", "RUS")),
        ("Japan, China and Russia met; the two sides agreed.", ()),
        ("North and South Korea reopened the zone.", ("PRK", "KOR")),
        ("Western powers condemned it.", ()),
    ],
)
def test_groups(finder, text, members):
    (group,) = [m for m in finder.find(text, DATE) if m.how == "group"]
    assert group.code is None and group.members == members


def test_group_members_from_document_context(finder):
    ctx = DocumentContext()
    finder.find("Japan and Russia held talks.", DATE, context=ctx)
    (group,) = finder.find("Both sides agreed to meet.", DATE, context=ctx)
    assert group.members == ("JPN", "RUS")


def test_ner_entities_not_in_tables_become_uncoded(finder):
    text = "Acme Corp and Japan signed."
    mentions = finder.find(text, DATE, ents=[(0, 9, "ORG"), (14, 19, "GPE"), (20, 26, "DATE")])
    assert [(m.text, m.code, m.how) for m in mentions] == [
        ("Acme Corp", None, "ner"),
        ("Japan", "JPN", "country"),
    ]


def test_mentions_are_sorted_and_do_not_overlap(finder):
    text = "Chinese President Xi Jinping met Russian troops in Moscow and NATO allies in Kyiv."
    mentions = finder.find(text, "2020-01-01")
    spans = [(m.start, m.end) for m in mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_date_accepts_strings_and_dates(finder):
    import datetime as dt

    text = "Shinzo Abe spoke."
    assert finder.find(text, dt.date(2014, 3, 11)) == finder.find(text, "2014-03-11T10:00:00")


def test_a_named_person_s_title_is_not_shared_with_a_country_before_a_comma(finder):
    text = "In Kidal, Mali, French Minister Jean Dupont met rebel leaders."
    assert ("Mali", "MLI") in codes(finder.find(text, DATE))
