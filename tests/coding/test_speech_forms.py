"""Verbal acts in the wire forms the coder used to miss: a possessed thing branded a provocation
or an act of war (the possessor is the target), a that-clause whose subject is the addressee of a
complaint, 'a demand/call for X to ...' with a light or renewing verb, offers and
proposals put to someone, threats and warnings brushed off, claims dismissed as baseless (a
denial), and refusals to criticise or to urge, which are no act toward anyone. Sentences are our
own, coded with the shipped tables."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

CODED = [
    # target = possessor of a branded or described thing
    ("Chile on Tuesday branded Bolivia's naval blockade a provocation.", ("CHL", "BOL", "11")),
    ("Kenya on Monday branded Somalia's naval blockade an act of war.", ("KEN", "SOM", "11")),
    ("Peru described Ecuador's border closure as an act of war on Friday.", ("PER", "ECU", "11")),
    (
        "Algeria recalled its ambassador from Mali on Sunday, calling Bamako's "
        "expulsion of its consul a blatant provocation.",
        ("DZA", "MLI", "11"),
    ),
    # target = subject of the that-clause of a verbal act with no addressee
    (
        "Bangladesh complained on Wednesday that Myanmar had ignored its requests for talks.",
        ("BGD", "MMR", "11"),
    ),
    # the subject of 'for X to ...' under a demand or call that a light verb carries
    (
        "Norway issued a demand on Monday for Iceland to compensate its trawler owners.",
        ("NOR", "ISL", "10"),
    ),
    (
        "Senegal renewed its call on Tuesday for Gambia to free the detained traders.",
        ("SEN", "GMB", "02"),
    ),
    # offers and proposals put to someone
    (
        "Malaysia put forward a proposal to Singapore on Friday for a joint water authority.",
        ("MYS", "SGP", "03"),
    ),
    ("Tunisia made an offer to Libya on Monday to supply electricity.", ("TUN", "LBY", "03")),
    # a threat brushed off: a rejection of its author
    ("Finland on Friday brushed off a threat by Russia to cut gas exports.", ("FIN", "RUS", "12")),
    # claims dismissed as baseless: a denial aimed at the claimant
    (
        "Uganda dismissed as baseless Rwanda's claims that its soldiers had entered Gisenyi on "
        "Monday.",
        ("UGA", "RWA", "01"),
    ),
]


@pytest.mark.parametrize(("text", "key"), CODED)
def test_verbal_act_is_coded_with_its_target(real_coder, text, key):
    assert key in by_root(real_coder.code(text, "2016-05-17"))


def test_rejecting_a_condemnation_stays_a_rejection(real_coder):
    events = real_coder.code(
        "Bahrain on Monday rejected condemnation by Qatar of its naval exercise.", "2016-05-17"
    )
    assert ("BHR", "QAT", "12") in by_root(events)


def test_that_clause_target_needs_a_finite_clause(real_coder):
    # 'complained to X': the addressee is named, the clause's subject is not taken instead
    events = real_coder.code(
        "Estonia complained to Latvia on Friday that Russian jets had crossed its airspace.",
        "2016-05-17",
    )
    assert ("EST", "LVA", "11") in by_root(events)
    assert ("EST", "RUS", "11") not in by_root(events)
