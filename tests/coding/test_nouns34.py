"""Event nouns inside event nouns ('the lifting of sanctions'), and verb senses: a police
charge on a crowd, a verbal attack over an issue, a swipe taken at someone over something
(s17 NE34)."""

from __future__ import annotations

import pytest

from detente.coding import code


def _events(text: str, date: str = "2021-05-04"):
    return [(e.source[:3], e.target[:3], e.code) for e in code(text, date)]


@pytest.mark.parametrize(
    "text",
    [
        "Canada praised the suspension of sanctions on Cuba by Washington.",
        "Mexico hailed the removal of tariffs on its steel by the United States.",
        "Turkey welcomed the easing of the embargo on Qatar.",
    ],
)
def test_undone_measure_is_not_imposed(text):
    assert not any(code[:3] == "163" for _s, _t, code in _events(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The lifting of sanctions on Venezuela by the United States took effect on Friday.",
            ("USA", "VEN"),
        ),
        ("The African Union approved the easing of its embargo on Eritrea.", ("IGO", "ERI")),
        (
            "The suspension of tariffs on Peru by Japan came into force on Monday.",
            ("JPN", "PER"),
        ),
    ],
)
def test_undoing_noun_is_the_event(text, pair):
    assert (*pair, "085") in _events(text)


def test_imposition_still_imposes():
    events = _events("The imposition of sanctions on Syria by Canada began on Monday.")
    assert any(code == "163" for _s, _t, code in events)


def test_plain_sanctions_noun_still_codes():
    assert any(
        code == "163"
        for _s, _t, code in _events("Japan announced new sanctions on North Korea on Monday.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police charged demonstrators with batons in Nairobi on Tuesday.",
        "Greek riot police charged the crowd with truncheons outside parliament in Athens.",
    ],
)
def test_police_charge_on_crowd_is_repression(text):
    assert any(code == "175" for _s, _t, code in _events(text))


def test_charged_with_an_offence_is_no_charge_on_a_crowd():
    events = _events("Kenyan police charged five demonstrators with vandalism on Tuesday.")
    assert not any(code == "175" for _s, _t, code in events)
    assert any(code == "112" for _s, _t, code in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Polish prime minister attacked Berlin over its energy policy on Tuesday.",
        "Chile's president attacked Bolivia over its refusal to negotiate.",
    ],
)
def test_attack_over_an_issue_is_criticism(text):
    codes = [code for _s, _t, code in _events(text)]
    assert "111" in codes and not any(c[:2] in ("18", "19") for c in codes)


def test_attack_over_the_weekend_stays_force():
    events = _events("Rebels attacked an army base in Mali over the weekend.")
    assert not any(code == "111" for _s, _t, code in events)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's president took a jab at Argentina over its trade rules.",
        "The Turkish leader took a swipe at Greece over its migrant policy.",
    ],
)
def test_swipe_at_someone_over_something(text):
    assert any(code == "111" for _s, _t, code in _events(text))


def test_take_over_is_still_a_takeover():
    assert any(
        code[:2] == "19"
        for _s, _t, code in _events("Rebels took over the town of Goma on Tuesday.")
    )
