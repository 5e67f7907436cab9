"""Lexicon round 4: deadlines to leave (166), complaints lodged or filed against someone (114),
an organisation's statement or budget blocked (129), recordings and documents handed over (064),
and kinds of aid requested from someone (023x) or suspended (162x). Sentences are our own (stand-in
gazetteer unless marked); the negative cases pin the constraints that keep the new senses
narrow."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

CASES = [
    # a deadline to leave: for diplomats an expulsion that cuts ties (161, as the gold codes
    # a persona non grata), for troops or monitors an expulsion (166)
    ("Kenya gave Norwegian diplomats 72 hours to leave the country.", [("KEN", "NOR", "161")]),
    ("Ghana gave the Polish ambassador two days to leave.", [("GHA", "POL", "161")]),
    ("Peru granted the Chilean monitors one week to leave.", [("PER", "CHL", "166")]),
    ("Kenya gave Norwegian troops one month to leave.", [("KEN", "NOR", "166")]),
    # 114: a complaint lodged, filed or submitted against someone
    ("Kenya filed a complaint against Norway at the United Nations.", [("KEN", "NOR", "114")]),
    (
        "Ghana lodged a formal complaint against Poland over the overflight.",
        [("GHA", "POL", "114")],
    ),
    (
        "Peru made an official complaint to Chile about the border incident.",
        [("PER", "CHL", "114")],
    ),
    # 064: recordings, documents, evidence handed, passed or given to someone
    (
        "Norway has passed recordings linked to the murder of a reporter to Kenya.",
        [("NOR", "KEN", "064")],
    ),
    (
        "Ghana gave the documents to Poland and Peru on Monday.",
        [("GHA", "PER", "064"), ("GHA", "POL", "064")],
    ),
    ("Peru shared its evidence with Chile on Monday.", [("PER", "CHL", "064")]),
    # 0233 / 0232: relief or arms requested from someone, active or passive
    ("Kenya requested food and tents from Norway.", [("KEN", "NOR", "0233")]),
    ("Blankets and medicine were requested from Poland by Ghana.", [("GHA", "POL", "0233")]),
    ("Peru sought weapons from Chile on Friday.", [("PER", "CHL", "0232")]),
    # 162x: the kind of aid that is suspended, cut or frozen
    ("Norway halted economic aid to Kenya.", [("NOR", "KEN", "1621")]),
    ("Poland froze military assistance to Ghana on Tuesday.", [("POL", "GHA", "1622")]),
    ("Chile suspended humanitarian aid to Peru.", [("CHL", "PER", "1623")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_round4_wording_is_coded(run, text, expected):
    assert sorted(set(by_code(run(text)))) == sorted(expected)


NOT_THESE = [
    # a deadline to do something else is no expulsion
    ("Kenya gave Norway 72 hours to answer the request.", "16"),
    # a gift with no deadline to leave
    ("Ghana gave the Polish ambassador a medal on Friday.", "16"),
]


@pytest.mark.parametrize(("text", "root"), NOT_THESE)
def test_a_near_miss_is_not_coded_as_the_new_sense(run, text, root):
    assert root not in {r for _s, _t, r in by_root(run(text))}


def test_plain_aid_suspended_keeps_the_general_code(run):
    assert by_code(run("Norway suspended aid to Kenya.")) == [("NOR", "KEN", "162")]


def test_a_complaint_with_someone_still_targets_them(run):
    events = by_code(run("Kenya lodged a formal complaint with Norway over the incident."))
    assert events == [("KEN", "NOR", "114")]


def test_blocking_an_organisations_statement(real_coder):
    """129 (shipped actor tables: the European Union is an IGO)."""
    for text in (
        "Poland blocked a joint European Union statement on the Kenyan elections on Friday.",
        "Hungary blocked the European Union's budget for next year.",
    ):
        events = real_coder.code(text, None)
        assert "IGOEUREEC" in {e.target for e in events if e.code == "129"}, text


def test_blocking_a_road_stays_a_blockade(run):
    assert "129" not in {c for _s, _t, c in by_code(run("Kenyan farmers blocked the roads."))}
