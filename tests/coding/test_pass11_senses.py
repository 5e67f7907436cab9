"""Eleventh coder pass, trigger senses: 'condemned X to a fine' is a sentence, not a
criticism; only officials and states pay visits by arriving; 'released a video' frees no one;
'called X a "Y"' describes X and makes no call; 'gathering firewood' is no protest. Each
fix has counter-cases that must still code. Sentences are our own, with the real gazetteer."""

from __future__ import annotations

import pytest


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


def _codes(events):
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


def _roots(events):
    return {e.code[:2] for e in events}


@pytest.fixture(scope="module")
def real(real_coder):
    def _run(text, date="2024-05-17"):
        return real_coder.code(text, date)

    return _run


# ---- 'condemn X to <penalty>' is a sentence (116), 'condemn X' a criticism (111) ------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Belgian court condemned the Saudi businessman to a heavy fine on Tuesday.", "BEL"),
        ("A Kenyan court condemned the Ugandan smuggler to ten years in prison.", "KEN"),
    ],
)
def test_condemned_to_a_penalty_is_a_sentence(real, text, expected):
    events = real(text)
    assert [e.code for e in events] == ["116"]
    assert events[0].source[:3] == expected


def test_condemned_to_death_is_a_sentence(real):
    text = "The Iranian court condemned the British journalist to death on Monday."
    assert _codes(real(text)) == [("IRN", "GBR", "116")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned the Ugandan attack on the border town.",
        # 'to' names no penalty: a promotion to a rank is what is condemned
        "Kenya condemned the promotion of the Ugandan commander to the rank of general.",
    ],
)
def test_condemning_an_act_is_still_criticism(real, text):
    assert _keys(real(text)) == [("KEN", "UGA", "11")]


# ---- an arrival is a visit (042) only for an official or a state ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan smuggler was detained when he arrived at a Kenyan airport.",
        "Two thousand Russian soldiers arrived in Syria on Tuesday.",
        "Hundreds of Syrian refugees arrived in Greece.",
        "A Chinese warship arrived in Djibouti.",
    ],
)
def test_suspects_troops_refugees_and_ships_pay_no_visit(real, text):
    assert "04" not in _roots(real(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Russian foreign minister arrived in Tehran for talks.", ("RUS", "IRN", "042")),
        ("A Chinese delegation arrived in Pyongyang on Monday.", ("CHN", "PRK", "042")),
        ("The UN Secretary-General arrived in Kabul on Tuesday.", ("IGO", "AFG", "042")),
        (
            "A delegation of Colombian rebels arrived in Havana for peace talks on Monday.",
            ("COL", "CUB", "042"),
        ),
    ],
)
def test_an_official_arriving_still_visits(real, text, expected):
    assert expected in _codes(real(text))


# ---- releasing a video or a report frees no one (084 needs captives) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban released a video of the abducted Pakistani diplomats.",
        "Al-Shabaab releases a video purportedly showing the killing of 12 Kenyan Christian "
        "teachers who had been abducted in Mandera.",
    ],
)
def test_releasing_a_video_of_captives_is_not_their_release(real, text):
    assert "08" not in _roots(real(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran released two British prisoners on Friday.",
        "Iran released the detained British journalist on Friday.",
    ],
)
def test_releasing_prisoners_is_still_a_release(real, text):
    assert ("IRN", "GBR", "08") in _keys(real(text))


# ---- 'call X a "Y"' is a description, not a phone call (041) --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mary Otieno, the Kenyan minister of Water Affairs, calls the Ugandan Lake Victoria "
        'barrier a "wall of disgrace" and says it cuts off fishermen.',
        'The Kenyan minister calls the Ugandan Rift Valley barrier a "wall of apartheid".',
    ],
)
def test_calling_something_a_quoted_name_is_no_phone_call(real, text):
    assert "04" not in _roots(real(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president called the Ugandan president on Monday to discuss the border.",
        "The Kenyan president called his Ugandan counterpart, a close ally, on Monday.",
    ],
)
def test_a_phone_call_is_still_a_call(real, text):
    assert ("KEN", "UGA", "04") in _keys(real(text))


def test_calling_an_election_a_farce_is_still_criticism(real):
    text = "The Kenyan president called the Ugandan election a farce."
    assert _keys(real(text)) == [("KEN", "UGA", "11")]


# ---- gathering things is no protest (141 needs a crowd or a protest) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two Yemeni children are killed in a Saudi drone attack as they were gathering "
        "firewood in the town of Saada in Yemen.",
        "Two Palestinian farmers are wounded in an Israeli drone strike as they were gathering "
        "olives in the village of Qusra in the West Bank.",
    ],
)
def test_gathering_firewood_or_olives_is_no_protest(real, text):
    assert "14" not in _roots(real(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hundreds of students gathered outside the Iranian parliament to protest against "
            "the new law.",
            "IRN",
        ),
        ("Protesters gathered in Tahrir Square in protest at the Egyptian government.", "EGY"),
        (
            "Thousands of protesters gathered in the main square of Caracas to protest against "
            "the Venezuelan government.",
            "VEN",
        ),
    ],
)
def test_crowds_gathering_to_protest_still_protest(real, text, expected):
    assert (expected, expected, "14") in _keys(real(text))
