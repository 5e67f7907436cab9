"""Purposes, declared targets, threats aimed through their promised deed, allegations under
an act of speech, and victims of passive chains. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code(real_coder):
    def _code(text, flagged=False):
        return real_coder.code(text, "2016-09-12", include_flagged=flagged)

    return _code


def keys(events):
    return {(e.source[:3], (e.target or "")[:3], e.code[:2]) for e in events}


# ---- an act named as another's purpose is not done (gold rule 5) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile met Bolivian officials in order to sign a treaty with Bolivia.",
        "Vietnam held talks with Cambodia so as to sign a fishing accord with Cambodia.",
    ],
)
def test_purpose_is_not_done(code, text):
    got = keys(code(text))
    assert not any(k[2] in ("05", "06", "03") for k in got), got
    assert any(k[2] == "04" for k in got), got


def test_purpose_of_force_is_not_done(code):
    got = keys(code("Russia massed troops on the border in order to invade Ukraine."))
    assert not any(k[2] in ("19", "20") for k in got), got


# ---- a vow or warning that declares someone a target is a threat of attack (gold rule 6) -----


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("The Taliban vowed that Dutch interests had become legitimate targets.", "AFG", "NLD"),
        ("Iran warned that Saudi oil fields would be targets.", "IRN", "SAU"),
        ("Hezbollah warned that Israeli cities would be legitimate targets.", "LBN", "ISR"),
    ],
)
def test_declared_target_is_threat(code, text, source, target):
    events = code(text)
    assert any(e.source[:3] == source and (e.target or "")[:3] == target for e in events)
    assert all(e.code[:2] == "13" for e in events), [(e.code, e.target) for e in events]


def test_declared_target_negated_is_no_threat(code):
    events = code("Iran said that Saudi oil fields would not be targets.")
    assert not any(e.code[:2] == "13" for e in events)


# ---- a threat conditioned on the target's act is aimed at whom the promised deed hits --------


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "North Korea warned it would retaliate against South Korea if the drills went ahead.",
            "PRK",
            "KOR",
        ),
        ("Armenia warned it would strike Azerbaijan if the shelling continued.", "ARM", "AZE"),
    ],
)
def test_conditional_threat_takes_deed_target(code, text, source, target):
    got = keys(code(text))
    assert (source, target, "13") in got, got
    assert not any(k[2] in ("19", "18") for k in got), got


# ---- rule 3 under an act of speech with a participle of saying --------------------------------


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "The Indian government complained, claiming Chinese troops had crossed the border.",
            "IND",
            "CHN",
        ),
        ("Greece protested, saying Turkish jets had violated its airspace.", "GRC", "TUR"),
    ],
)
def test_speech_act_takes_alleged_doer(code, text, source, target):
    events = code(text)
    got = keys(events)
    assert any(k[0] == source and k[1] == target for k in got), got
    assert not any(k[0] == target for k in got), got  # the allegation is not coded


def test_neutral_saying_still_codes_embedded(code):
    got = keys(code("Indian officials said Chinese troops had attacked Indian soldiers."))
    assert any(k[0] == "CHN" and k[2] == "19" for k in got), got


# ---- passive chains and 'among those killed' -------------------------------------------------


def test_conjoined_passive_chain_subject_does_participle(code):
    text = "A Kurdish gunman was shot and killed by Turkish police after opening fire on soldiers."
    opened = [e for e in code(text) if e.trigger_text.lower().startswith("open")]
    assert opened
    assert all(e.source != "TURCOP" for e in opened), [(e.source, e.target) for e in opened]


def test_among_those_killed_has_victims_as_target(code):
    events = code("Four soldiers were among those killed in an al-Shabaab attack in Somalia.")
    got = {(e.source, e.target, e.code[:2]) for e in events}
    assert any(s.endswith("REB") and t == "SOMMIL" and r == "19" for s, t, r in got), got


def test_among_the_dead_with_no_doer_named_has_no_source(code):
    text = "A Canadian nurse was among the 12 people killed in the shelling of a hospital."
    aimed = [e for e in code(text) if e.target.startswith("CAN")]
    assert aimed == [], [(e.source, e.source_text, e.target) for e in aimed]
