import datetime as dt

import pytest

from detente.analysis import actor_profile, balance, network, tensions

WINDOW = {"since": "2014-03-01", "until": "2014-03-31"}


def seed_triangle(events, *, japan_russia_quad=1, n=3, day="2014-03-05"):
    """Japan close to both the US and Russia, which clash."""
    events.many("JPN", "USA", day, n, quad=2)
    events.many("JPNGOV", "RUS", day, n, quad=japan_russia_quad)
    events.many("USA", "RUSMIL", day, n, quad=4)


def test_network_edges_signs_and_threshold(events):
    seed_triangle(events)
    events.many("FRA", "DEU", "2014-03-05", 2)  # below the evidence threshold
    net = network(events.con, **WINDOW)
    signs = {(e.a, e.b): e.sign for e in net.edges}
    assert signs == {("JPN", "RUS"): 1, ("JPN", "USA"): 1, ("RUS", "USA"): -1}
    assert network(events.con, min_events=2, **WINDOW).edge("DEU", "FRA").events == 2


def test_cross_pressure_is_found_and_named(events):
    seed_triangle(events)
    (triad,) = tensions(events.con, **WINDOW)
    assert triad.kind == "cross-pressure"
    assert triad.pivot == "JPN"
    assert "is cross-pressured between" in triad.sentence
    assert triad.sentence.split(" is ")[0] in {"JPN", "Japan"}
    assert len(triad.event_ids) == 9


def test_balanced_triad_is_not_a_tension(events):
    seed_triangle(events, japan_russia_quad=3)
    assert tensions(events.con, **WINDOW) == []


def test_all_negative_triad_says_so(events):
    for a, b in (("USA", "RUS"), ("RUS", "UKR"), ("UKR", "USA")):
        events.many(a, b, "2014-03-05", 3, quad=4)
    (triad,) = tensions(events.con, **WINDOW)
    assert (triad.kind, triad.pivot) == ("all-negative", None)
    assert "at odds" in triad.sentence


def test_ambivalent_edge_breaks_the_triad(events):
    seed_triangle(events)
    events.many("JPN", "RUS", "2014-03-06", 3, quad=3)  # now 3 coop vs 3 conflict
    assert tensions(events.con, **WINDOW) == []


def test_triads_ranked_by_weakest_edge(events):
    seed_triangle(events, n=3)
    events.many("DEU", "FRA", "2014-03-05", 6, quad=1)
    events.many("DEU", "GBR", "2014-03-05", 6, quad=1)
    events.many("FRA", "GBR", "2014-03-05", 6, quad=3)
    found = tensions(events.con, **WINDOW)
    assert [t.pivot for t in found] == ["DEU", "JPN"]
    assert found[0].weight == 6 and found[1].weight == 3


def test_window_excludes_outside_events(events):
    seed_triangle(events, day="2014-02-10")
    assert network(events.con, **WINDOW).edges == ()


def test_reposts_do_not_make_an_edge(events):
    for doc in ("a", "b", "c"):
        events.add("FRA", "DEU", "2014-03-05", story="one", doc=doc)
    assert network(events.con, **WINDOW).edges == ()


def test_balance_share_and_change(events):
    seed_triangle(events, japan_russia_quad=3, day="2014-02-10")  # balanced in February
    seed_triangle(events, n=4, day="2014-03-05")  # unbalanced in March
    found = {b.actor: b for b in balance(events.con, since="2014-03-01", until="2014-03-28")}
    japan = found["JPN"]
    assert (japan.triads, japan.unbalanced) == (1, 1)
    assert japan.previous_share == 0.0
    assert japan.change == pytest.approx(1.0)


def test_actor_profile_partners_rivals_and_trend(events):
    events.many("RUS", "UKR", "2014-02-10", 2, quad=1)
    events.many("RUS", "UKR", "2014-03-05", 4, quad=4)
    events.many("RUS", "CHN", "2014-03-05", 2, quad=1)
    profile = actor_profile(
        events.con, "RUS", since=dt.date(2014, 3, 1), until=dt.date(2014, 3, 28)
    )
    assert [r.partner for r in profile.partners] == ["CHN"]
    (ukraine,) = profile.rivals
    assert (ukraine.net_cooperation, ukraine.previous_net, ukraine.trend) == (-4, 2, -6)
    assert profile.to_dict()["rivals"][0]["partner"] == "UKR"


def test_network_without_ids_has_the_same_edges(events):
    seed_triangle(events)
    full, bare = network(events.con, **WINDOW), network(events.con, ids=False, **WINDOW)
    assert [(e.a, e.b, e.events, e.sign) for e in bare.edges] == [
        (e.a, e.b, e.events, e.sign) for e in full.edges
    ]
    assert all(e.event_ids == () for e in bare.edges)
