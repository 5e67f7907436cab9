"""Speech acts that wrap another act, with the shipped tables: an admission is coded and the
deed it owns up to is not (gold rule 3); telling someone not to do something is a warning
aimed at them (130), but not when the ones told are the speaker's own people; a forecast is
no threat and an analyst's conditional guess stays flagged. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root


@pytest.fixture(scope="module")
def code(real_coder):
    def _code(text, flagged=False):
        return real_coder.code(text, "2024-05-17", include_flagged=flagged)

    return _code


# ---- admissions: only the admission is coded (gold rule 3) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sudan admitted that its army had shelled a Chadian border village.",
        "Ethiopia admitted on Monday that its soldiers opened fire on Eritrean troops.",
        "Venezuela admitted that its navy seized a Guyanese fishing boat.",
    ],
)
def test_an_admission_is_coded_without_the_deed_it_admits(code, text):
    roots = {k[2] for k in by_root(code(text, flagged=True))}
    assert "01" in roots
    assert not roots & {"17", "18", "19", "20"}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan acknowledged that its jets had bombed targets inside Afghanistan.",
        "Colombia conceded that its police had beaten Venezuelan migrants at the border.",
        "The Burmese junta confessed to shelling Thai border posts last week.",
    ],
)
def test_the_deed_under_other_verbs_of_admission_is_not_coded(code, text):
    roots = {k[2] for k in by_root(code(text, flagged=True))}
    assert not roots & {"17", "18", "19", "20"}


def test_a_deed_reported_by_a_neutral_verb_is_still_coded(code):
    roots = by_root(code("Sudan said that its army had shelled a Chadian border village."))
    assert ("SDN", "TCD", "19") in roots


def test_admitting_defeat_is_aimed_at_no_one(code):
    assert code("The Peruvian army admitted defeat in the northern province.") == []


def test_claiming_responsibility_stays_an_admission(code):
    keys = by_code(code("Hezbollah claimed responsibility for a rocket attack on Israel."))
    assert any(k[1] == "ISR" and k[2] == "015" for k in keys)
    assert not any(k[2][:2] == "19" for k in keys)


# ---- warning someone off an act is a warning to them -------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey warned Greece not to proceed with the drilling.", ("TUR", "GRC")),
        ("China warned Japan never to send warships into the strait again.", ("CHN", "JPN")),
        ("Iran warned Saudi Arabia not to interfere in its affairs.", ("IRN", "SAU")),
    ],
)
def test_warning_someone_not_to_act_is_a_threat(code, text, pair):
    assert (*pair, "13") in by_root(code(text))


def test_warning_ones_own_citizens_off_a_trip_is_no_threat(code):
    events = code("Canada warned its citizens not to travel to Haiti.")
    assert not any(e.code[:2] == "13" for e in events)


def test_a_forecast_of_prices_is_no_threat(code):
    events = code("Economists warned that prices would rise if the central bank cut rates.")
    assert not any(e.code[:2] == "13" for e in events)


def test_an_analysts_conditional_guess_stays_flagged(code):
    events = code("Analysts said Russia could invade Ukraine if the talks fail.", flagged=True)
    assert events and all(e.hypothetical for e in events)
    assert code("Analysts said Russia could invade Ukraine if the talks fail.") == []


def test_owning_up_told_in_the_admitted_clause_is_the_admission(code):
    text = (
        "Belgium acknowledged that it bore responsibility for the killings of civilians in Congo."
    )
    assert ("BEL", "COD", "01") in by_root(code(text))
