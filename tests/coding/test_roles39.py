"""Roles across sets (roles session 39), with the shipped tables: a counted crowd named by a
demonym with no plural form protests against its own government (not dropped as a state
acting on itself); a private person described by a national sector noun acts as that sector;
fighters 'from' or 'of' a network with no country (Islamic State) stay the network's, not the
rebels of the place they strike (al-Qaeda's franchises still take the place). Own sentences."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2021-03-04")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Tens of thousands of Lebanese marched on the parliament in Beirut on Sunday, "
            "demanding the resignation of the cabinet.",
            ("LBN", "LBN", "14"),
        ),
        (
            "Thousands of Togolese protested in Lome on Friday against the president's bid "
            "for a fourth term.",
            ("TGO", "TGO", "14"),
        ),
    ],
)
def test_counted_demonym_crowd_protests(code, text, key):
    assert key in _roots(code(text))


def test_private_person_with_description_strikes(code):
    events = code(
        "Jailed Iranian lawyer Narges Mohammadi began a hunger strike on Monday to protest "
        "the treatment of women prisoners by the authorities."
    )
    assert ("IRN", "IRN", "14") in _roots(events)
    assert any(s == "IRNCVL" for s, _, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber from the Islamic State group blew himself up at a mosque in the "
        "Pakistani city of Peshawar, killing 30 worshippers.",
        "Fighters of the Islamic State group attacked an army post in eastern Syria, killing "
        "nine soldiers.",
    ],
)
def test_network_fighters_stay_stateless(code, text):
    sources = {s for s, _, c in code(text) if c[:2] in ("18", "19")}
    assert sources == {"---REB"}


def test_qaeda_fighters_still_take_the_place(code):
    events = code(
        "Fighters from al-Qaeda stormed an army base in central Mali, killing 20 soldiers."
    )
    assert any(s == "MLIREB" for s, _, _ in events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Two Dutch hostages were freed by local fighters from Islamic State custody near "
            "Raqqa, Syria.",
            "SYRREB",
        ),
        (
            "Nigerian soldiers clashed with militants from the ISIS-linked Ansaru group in "
            "Kaduna state.",
            "NGAREB",
        ),
    ],
)
def test_network_named_as_a_modifier_owns_no_one(code, text, source):
    assert any(source in (s, t) for s, t, _ in code(text))
