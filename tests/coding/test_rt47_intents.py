"""Intents, refusals and threats on real news (session 20, RTE), with the shipped tables.

A frame verb of consent told negated is a refusal ('will not accept X's plan': 12x, gold
rule 5). A deed of force promised under a condition and naming no target is a threat aimed
at the one the condition names ('will retaliate if attacked by X': 13x, gold rule 6).
Agreeing with people who hold a view is no event, nor is the view (gold rule 5). 'over' read
as 'more than' after 'hand'/'turn' is the particle ('hands over 15 suspects to X'). Sentences
of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of

DATE = "2021-03-09"


def _roots(coder, text):
    return roots_of((e.source, e.target, e.code) for e in coder.code(text, DATE))


# --- a negated frame verb of consent is a refusal -------------------------------------------

REFUSED = [
    ("Japan says it will not accept the Chinese proposal.", ("JPN", "CHN", "12")),
    ("Sweden will not accept a new Russian ambassador.", ("SWE", "RUS", "12")),
    ("Morocco does not accept the Algerian offer of talks.", ("MAR", "DZA", "12")),
    ("Hungary says it will never accept Afghan refugees.", ("HUN", "AFG", "12")),
]


@pytest.mark.parametrize(("text", "expected"), REFUSED)
def test_a_negated_acceptance_is_a_refusal(real_coder, text, expected):
    assert expected in _roots(real_coder, text)


def test_an_acceptance_is_no_refusal(real_coder):
    roots = {r for _, _, r in _roots(real_coder, "Ghana says it will accept the Nigerian plan.")}
    assert "12" not in roots


# --- a conditional promise of force is a threat aimed at the condition's doer ---------------

THREATS = [
    ("Armenia says it would retaliate if attacked by Azerbaijan.", ("ARM", "AZE", "13")),
    ("Ethiopia says it would retaliate if Egypt bombs the dam.", ("ETH", "EGY", "13")),
    (
        "Venezuela says it will respond militarily if Colombian troops cross the border.",
        ("VEN", "COL", "13"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), THREATS)
def test_a_conditional_promise_of_force_is_a_threat(real_coder, text, expected):
    assert expected in _roots(real_coder, text)


def test_a_condition_on_the_own_side_names_no_target(real_coder):
    assert not real_coder.code(
        "Russia said it would respond if its interests came under attack.", DATE
    )


# --- agreeing with a view is no event --------------------------------------------------------


def test_agreeing_with_those_who_say_is_no_threat_nor_attack(real_coder):
    text = (
        "Evo Morales agrees with former CIA officials who say Chile is planning"
        " for an attack on Peru."
    )
    roots = {r for _, _, r in _roots(real_coder, text)}
    assert not roots & {"03", "13", "19"}


def test_agreeing_to_act_is_still_an_intent(real_coder):
    text = "Kenya agrees with Tanzania to reopen the border crossing."
    assert any(r == "03" for _, _, r in _roots(real_coder, text))


# --- 'hand over' + a number --------------------------------------------------------------------

HANDED = [
    ("Lebanon hands over 15 suspects to Syria.", ("LBN", "SYR", "06")),
    ("Greece hands over two suspects to Italy.", ("GRC", "ITA", "06")),
]


@pytest.mark.parametrize(("text", "expected"), HANDED)
def test_handing_over_a_number_of_suspects_is_an_extradition(real_coder, text, expected):
    assert expected in _roots(real_coder, text)


def test_over_as_more_than_stays_a_quantity(real_coder):
    roots = _roots(real_coder, "Gunmen killed over 20 villagers in Zamfara, Nigeria.")
    assert any(r == "19" for _, _, r in roots)
