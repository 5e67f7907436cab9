"""Round 5 modality: negation by a governor with its particle ('held back from', 'has yet
to'), background by a dated subject, a time counted from a past date, a standing state ('ever
since', a perfect since a dated start), and a reported conditional or a think tank's
speculation. Each family has wordings of our own and a control that keeps a current event."""

from __future__ import annotations

import pytest
from coding_helpers import by_root


@pytest.mark.parametrize(
    "text",
    [
        "Norway has so far held back from expelling Chilean diplomats.",
        "Oslo held off on recognising the new Chilean government.",
        "Norway and Chile have yet to sign a trade agreement.",
        "Peru is yet to recognise Kenya's new government.",
        "Norway stopped short of expelling Chile's ambassador.",
        "Peru has shied away from condemning Kenya over the raid.",
    ],
)
def test_a_governor_with_its_particle_negates_the_act(run, text):
    assert by_root(run(text)) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Norway expelled Chilean diplomats on Monday.", "16"),
        ("Norway and Chile signed a trade agreement on Monday.", "05"),
    ],
)
def test_controls_without_the_particle_are_coded(run, text, root):
    assert root in {r for _, _, r in by_root(run(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian invasion of Chile ten years ago toppled the junta within weeks.",
        "Norway's seizure of the Chilean port earlier this month has left hundreds homeless.",
        "Peru's blockade of Kenya last year ruined its exporters.",
    ],
)
def test_a_subject_dated_in_the_past_is_background(run, text):
    assert by_root(run(text)) == []


def test_a_subject_of_today_is_still_coded(run):
    text = "Norway's seizure of the Chilean port on Monday angered the region."
    assert ("NOR", "CHL", "19") in by_root(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Chile fought a short war in 1987 and signed a peace treaty two years later.",
        "Peru invaded Kenya in 1990 and annexed its northern province six months later.",
    ],
)
def test_a_time_counted_from_a_past_date_is_background(run, text):
    assert by_root(run(text)) == []


def test_hours_later_after_a_current_act_is_still_coded(run):
    text = (
        "Norway freed ten Chilean prisoners on Friday, and Chile freed ten Norwegian prisoners"
        " hours later."
    )
    assert ("CHL", "NOR", "08") in by_root(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway has claimed the islands ever since ceding them to Chile in 1920.",
        "The talks between Peru and Kenya have achieved little since they began in 2009.",
        "Norway has demanded the islands back since losing them to Chile.",
    ],
)
def test_a_standing_state_summed_up_since_a_past_start_is_background(run, text):
    assert by_root(run(text)) == []


def test_a_perfect_since_a_recent_act_is_still_coded(run):
    text = "Norway has moved troops toward the Chilean border since Chile seized the islands."
    assert ("NOR", "CHL", "15") in by_root(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "If Chile tests a missile, Norway would push for new sanctions, officials said.",
        "A Norwegian blockade of Chile would cripple its copper exports, a think tank said.",
    ],
)
def test_reported_conditionals_and_think_tank_views_are_not_coded(run, text):
    assert by_root(run(text)) == []


def test_a_speaker_stating_its_own_conditional_terms_is_kept(run):
    text = "Norway said on Monday it would impose sanctions on Chile if Santiago tested a missile."
    assert by_root(run(text)) != []
