"""What a protest is for: CAMEO's fourth digit of 141-145 (1 a leader's fall, 2 a policy change, 3
rights, 4 institutions), read from what the protest's clause demands, presses for or stands
against. A protest against a foreign state keeps its base code unless it asks for a leader's
fall; a protest with no stated purpose keeps its base code. Sentences are written for these
tests."""

import datetime as dt

import pytest
from coding_helpers import by_code

DATE = dt.date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of Serbians marched through Belgrade on Sunday, demanding the resignation "
            "of the prime minister.",
            ("SRB", "SRB", "1411"),
        ),
        (
            "Nepal's main opposition party began a three-day general strike on Sunday to force the "
            "prime minister to step down.",
            ("NPL", "NPL", "1431"),
        ),
        (
            "Rioters demanding the president's resignation torched the ruling party's offices in "
            "Dakar.",
            ("SEN", "SEN", "1451"),
        ),
        (
            "Romanian teachers walked off the job on Monday in a strike over pay.",
            ("ROU", "ROU", "1432"),
        ),
        (
            "Hundreds of Kenyan nurses went on strike on Wednesday to demand that the government "
            "honour a pay deal.",
            ("KEN", "KEN", "1432"),
        ),
        (
            "Bolivian miners blocked roads into La Paz on Tuesday to press the government to "
            "scrap a new mining law.",
            ("BOL", "BOL", "1442"),
        ),
        (
            "Demonstrators demanding the withdrawal of the budget stormed Zambia's parliament in "
            "Lusaka.",
            ("ZMB", "ZMB", "1452"),
        ),
        (
            "Thousands of Georgians rallied outside parliament in Tbilisi on Sunday against the "
            "government's plan.",
            ("GEO", "GEO", "1412"),
        ),
        (
            "Iranian students rallied in Tehran on Friday to demand the right to protest.",
            ("IRN", "IRN", "1413"),
        ),
        (
            "Thousands of Armenians rallied in Yerevan on Saturday, demanding a new constitution.",
            ("ARM", "ARM", "1414"),
        ),
        (
            "Thousands of Togolese marched through Lome on Thursday to demand free elections.",
            ("TGO", "TGO", "1414"),
        ),
    ],
)
def test_a_stated_purpose_gives_the_sub_code(real_coder, text, expected):
    assert expected in by_code(real_coder.code(text, DATE))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no purpose stated
        ("Thousands of Georgians rallied outside parliament in Tbilisi on Sunday.", "141"),
        # aimed at a foreign state: no policy of the protesters' own state to change
        (
            "Hundreds of Pakistanis rallied outside the French embassy in Islamabad on Friday "
            "against France's new law on religious symbols.",
            "141",
        ),
        # 'forced their way in' asks for nothing; the bill is in a clause beside it
        (
            "Protesters forced their way into Ghana's parliament in Accra as lawmakers passed a "
            "tax bill.",
            "145",
        ),
    ],
)
def test_no_stated_purpose_keeps_the_base_code(real_coder, text, expected):
    codes = [code for _s, _t, code in by_code(real_coder.code(text, DATE))]
    assert expected in codes
    assert not any(code.startswith(expected) and code != expected for code in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters blocked highways around Bishkek on Monday to demand President Sadyr "
            "Japarov's resignation.",
            ("KGZ", "KGZ", "1441"),
        ),
        (
            "Protesters stormed the parliament building in Skopje on Tuesday, demanding the "
            "resignation of Prime Minister Zoran Zaev.",
            ("MKD", "MKD", "1451"),
        ),
    ],
)
def test_a_stronger_protest_form_keeps_its_code_with_the_purpose(real_coder, text, expected):
    """Protest forms outrank the demonstration a voiced demand makes (gold rule 7)."""
    coded = by_code(real_coder.code(text, DATE))
    assert expected in coded
    assert not any(code.startswith("141") for _s, _t, code in coded)
