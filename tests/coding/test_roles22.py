"""Roles left open (roles session 22), with the shipped tables: the doer inside an '-ing'
subject clause ('a bomber riding a motorbike blew himself up'), a group's head before a name
('Hezbollah leader X' is the group's unless X holds a state office), the victims of an attack
they died or were hurt in, 'the bloc' / 'the alliance' standing for the body named before it,
and a reaction participle after an inserted 'Y said' that is the speaker's. Sentences of our
own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2019-03-02")


# --- the doer inside an '-ing' subject clause ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "An Islamic State suicide bomber driving a truck loaded with explosives blew "
            "himself up at an Iraqi army post near Tikrit.",
            ("---", "IRQ", "18"),
        ),
        (
            "A Boko Haram suicide bomber riding a motorcycle laden with explosives blew himself "
            "up at an army checkpoint near Maiduguri on Wednesday.",
            ("NGA", "NGA", "18"),
        ),
    ],
)
def test_doer_of_ing_subject_clause(code, text, key):
    assert key in _roots(code(text))


# --- a group's head before a name ----------------------------------------------------------


def test_group_leader_before_name_is_the_group(code):
    got = code("Israeli jets killed Hezbollah leader Hassan Nasrallah in Beirut.", "2024-09-28")
    assert ("ISRMIL", "LBNREB", "186") in got
    assert not any(t == "LBN" for _, t, _ in got)


def test_exiled_group_leader_stays_with_the_group(code):
    got = _roots(code("Qatar's emir met exiled Hamas leader Khaled Meshaal in Doha.", "2012-01-29"))
    assert any(s == "QAT" and t == "PSE" for s, t, _ in got)
    events = code("Qatar's emir met exiled Hamas leader Khaled Meshaal in Doha.", "2012-01-29")
    assert any(t == "PSEREB" for _, t, _ in events)


def test_group_title_leaves_a_state_office_holder_alone(code):
    # the named head of a government that a group runs keeps the office's code
    got = code("Taliban leader Hibatullah Akhundzada met Qatari envoys in Kandahar.", "2023-05-01")
    assert any(s == "AFGGOV" for s, _, _ in got), got


# --- victims of an attack they died or were hurt in ---------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Five Afghan soldiers died in a Taliban attack on a checkpoint in Ghazni province "
            "on Sunday.",
            ("AFG", "AFG", "19"),
        ),
        (
            "Four Kenyan police officers died in an al-Shabaab ambush near the Somali border.",
            ("SOM", "KEN", "19"),
        ),
        (
            "Two Colombian soldiers perished in an ELN bombing in Arauca.",
            ("COL", "COL", "19"),
        ),
    ],
)
def test_those_who_died_in_an_attack_are_its_target(code, text, key):
    assert key in _roots(code(text))


def test_died_in_an_attack_needs_a_named_victim(code):
    # no actor among the dead: no target is made up from them
    got = code("Dozens of people died in an attack on a market, witnesses said.")
    assert not got


# --- 'the bloc' / 'the alliance' for the body named before it ---------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Mali criticised the Economic Community of West African States on Monday, accusing "
            "the bloc's members of meddling in its affairs.",
            ("MLI", "IGOAFRECOWAS", "112"),
        ),
        (
            "Kazakhstan left the Eurasian Economic Union on Friday, the Kazakh foreign minister "
            "said, accusing members of the bloc of breaking their trade promises.",
            ("KAZGOV", "IGOEAEU", "112"),
        ),
    ],
)
def test_the_bloc_is_the_body_named_before(code, text, key):
    got = {(s, t, c[:3]) for s, t, c in code(text, "2022-01-10")}
    assert any(s[:3] == key[0][:3] and t == key[1] and c == key[2] for s, t, c in got), got


def test_the_bloc_with_two_bodies_before_is_left_alone():
    from detente.actors import default_finder

    mentions = default_finder().find(
        "The African Union and the United Nations met on Monday, and the bloc agreed to help.",
        "2022-01-10",
    )
    assert not any(m.text == "the bloc" for m in mentions)
    one = default_finder().find(
        "Serbia applied to join the European Union, and the bloc welcomed the request.",
        "2022-01-10",
    )
    assert any(m.text == "the bloc" and m.code == "IGOEUREEC" for m in one)


# --- a reaction participle after an inserted 'Y said' ---------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "aimed"),
    [
        (
            "China suspended imports of Lithuanian beef, the Lithuanian government said, "
            "denouncing the ban as political pressure.",
            "LTU",
            "CHN",
        ),
        (
            "Hungary blocked the shipment of Slovak grain, the Slovak government said, "
            "denouncing the ban as unfair.",
            "SVK",
            "HUN",
        ),
    ],
)
def test_participle_after_inserted_said_is_the_speakers(code, text, speaker, aimed):
    got = _roots(code(text, "2022-01-02"))
    assert (speaker, aimed, "11") in got
    assert (aimed, speaker, "11") not in got
