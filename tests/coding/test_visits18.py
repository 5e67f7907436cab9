"""Meetings that set the clause's act (VT18).

A talks or meeting noun after 'after', 'before' or 'following' ('pledged to X after talks with
Y', 'laid a wreath before talks with Y', 'agreed a truce after twelve hours of talks between
their ministers') is a meeting of the same day, an event of its own (gold rule 4): held by the
clause's subject with whom the noun names, or between the clause's joint subjects, and in the
clause's mood (a pledge does not make the talks a plan). A frame does not swallow it. Talks
dated before the news ('a day after talks', 'after ten days of talks', 'after two years of
secret talks') and talks still to come ('ahead of talks') stay uncoded. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _meetings(coder, text):
    return {
        (e.source[:3], e.target[:3]) for e in coder.code(text, "2024-03-05") if e.code[:2] == "04"
    }


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Egypt promised on Monday to reopen the Argeen border crossing after talks with "
            "Sudanese officials in Cairo.",
            ("EGY", "SDN"),
        ),
        (
            "Kenya pledged on Tuesday to send more troops to Somalia after a meeting with Somali "
            "President Hassan Sheikh Mohamud in Nairobi.",
            ("KEN", "SOM"),
        ),
        (
            "Chile and Peru signed a fisheries accord on Thursday following a meeting between "
            "their foreign ministers in Lima.",
            ("CHL", "PER"),
        ),
        (
            "Poland and Lithuania agreed to build a new power line after talks between the two "
            "governments in Vilnius on Wednesday.",
            ("POL", "LTU"),
        ),
        (
            "Serbia and Kosovo agreed on Sunday to settle a dispute over licence plates after "
            "twelve hours of talks between their leaders in Brussels.",
            ("SRB", "KSV"),
        ),
        (
            "Italian President Sergio Mattarella laid a wreath at the national war cemetery in "
            "Warsaw on Thursday before talks with Polish President Andrzej Duda.",
            ("ITA", "POL"),
        ),
        (
            "Vietnam's prime minister praised growing trade ties with Japan on Monday following "
            "talks with Japanese Prime Minister Fumio Kishida in Tokyo.",
            ("VNM", "JPN"),
        ),
    ],
)
def test_meeting_setting_is_coded_both_ways(coder, text, sides):
    found = _meetings(coder, text)
    assert sides in found and sides[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo agreed on Friday to reopen their shared border after ten days of talks "
        "in Accra.",
        "Chile recalled its ambassador from Bolivia on Monday, a day after talks with Bolivian "
        "officials broke down.",
        "Washington will ease limits on travel to Cuba, officials said on Wednesday, after two "
        "years of secret talks between the two governments.",
        "Egypt promised on Monday to reopen the Argeen border crossing ahead of talks with "
        "Sudanese officials in Cairo next week.",
        "Egypt promised on Monday to reopen the Argeen border crossing after last week's talks "
        "with Sudanese officials in Cairo.",
    ],
)
def test_meeting_before_the_news_or_to_come_is_not_coded(coder, text):
    assert not _meetings(coder, text)
