"""Families found among the misses of the blind sets BG and BH: a call's purpose (condolences,
congratulations) is the caller's act aimed at whom the call reaches; suspending or withdrawing a
newspaper's or broadcaster's permit is a media restriction (1721); a party declared
unconstitutional or illegal is banned (1722); pepper spray fired at a crowd is crowd control
(175), not small-arms fire; a 'home ministry' is its government; the aim of a list of measures
hangs on its last item even when a date sits on the verb; staying away from, skipping or missing
talks is 164. Sentences are written for these tests."""

import datetime as dt

import pytest
from coding_helpers import by_code

DATE = dt.date(2018, 3, 14)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Putin telephoned Erdogan on Monday to express his condolences over the earthquake.",
            ("RUS", "TUR", "018"),
        ),
        (
            "Japan's prime minister telephoned Indonesia's president to offer condolences "
            "after the ferry disaster.",
            ("JPN", "IDN", "018"),
        ),
        (
            "Merkel telephoned Macron to congratulate him on his victory.",
            ("DEU", "FRA", "051"),
        ),
        (
            "Japan's foreign minister met the Turkish ambassador in Tokyo to extend his "
            "sympathies.",
            ("JPN", "TUR", "018"),
        ),
    ],
)
def test_a_calls_purpose_is_the_callers_act_aimed_at_whom_it_reaches(real_coder, text, event):
    coded = by_code(real_coder.code(text, DATE))
    assert event in coded


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Malaysia's Home Ministry suspended the publishing permits of two opposition "
            "newspapers on Monday.",
            ("MYS", "MYS", "1721"),
        ),
        (
            "Zimbabwe's government cancelled the operating licence of the independent Daily News.",
            ("ZWE", "ZWE", "1721"),
        ),
        (
            "Venezuela's government withdrew the broadcasting licence of an opposition "
            "television channel.",
            ("VEN", "VEN", "1721"),
        ),
    ],
)
def test_suspending_a_papers_permit_restricts_the_media(real_coder, text, event):
    assert event in by_code(real_coder.code(text, DATE))


def test_a_home_ministry_is_the_government(real_coder):
    events = real_coder.code("India's Home Ministry banned the opposition party on Monday.", DATE)
    assert [(e.source, e.code) for e in events] == [("INDGOV", "1722")]


@pytest.mark.parametrize(
    "text",
    [
        "Thailand's Constitutional Court declared the opposition party unlawful on Monday.",
        "Egypt's cabinet declared the Muslim Brotherhood an illegal organisation.",
        "Cambodia's Supreme Court declared the main opposition party illegal on Thursday.",
    ],
)
def test_a_party_declared_illegal_is_banned(real_coder, text):
    assert [e.code for e in real_coder.code(text, DATE)] == ["1722"]


def test_declaring_settlements_illegal_bans_no_party(real_coder):
    codes = [
        e.code for e in real_coder.code("Sweden declared the Israeli settlements illegal.", DATE)
    ]
    assert "1722" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Serbian riot police fired pepper spray at opposition supporters outside city hall.",
        "Chilean riot police fired pepper balls at students outside the Congress.",
        "Georgian police fired pepper spray to push back protesters outside parliament.",
    ],
)
def test_pepper_spray_is_crowd_control(real_coder, text):
    assert [e.code for e in real_coder.code(text, DATE)] == ["175"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The European Union on Monday imposed an arms embargo and a travel ban on Zimbabwe.",
            ("IGO", "ZWE", "163"),
        ),
        (
            "Canada on Tuesday slapped sanctions and an asset freeze on Russian oligarchs.",
            ("CAN", "RUS", "163"),
        ),
        (
            "EU foreign ministers slapped an arms embargo, an assets freeze and a travel ban on "
            "Iran's president on Monday.",
            ("IGO", "IRN", "163"),
        ),
    ],
)
def test_the_aim_of_a_list_of_measures_hangs_on_its_last_item(real_coder, text, event):
    assert event in by_code(real_coder.code(text, DATE))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's president stayed away from a planned meeting with Armenia's prime minister.",
        "Armenia walked away from the talks with Azerbaijan on Thursday.",
        "Serbia's president skipped Tuesday's talks with Kosovo's prime minister in Brussels.",
        "The Azerbaijani delegation missed a scheduled round of talks with Armenia in Geneva.",
    ],
)
def test_staying_away_from_talks_is_164(real_coder, text):
    assert "164" in [e.code for e in real_coder.code(text, DATE)]
