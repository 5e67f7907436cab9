import datetime as dt

import pytest

from detente.analysis import bucket_events, dyad_series
from detente.errors import ConfigError

D = dt.date


def test_counts_per_quad_and_net_cooperation(events):
    events.many("JPN", "RUS", "2014-03-03", 2, quad=1)
    events.add("RUSGOV", "JPNGOV", "2014-03-04", quad=2)
    events.add("JPN", "RUS", "2014-03-05", quad=3)
    (bucket,) = dyad_series(events.con, "JPN", "RUS", grain="week")
    assert (bucket.verbal_cooperation, bucket.material_cooperation) == (2, 1)
    assert (bucket.verbal_conflict, bucket.material_conflict) == (1, 0)
    assert bucket.net_cooperation == 2
    assert bucket.goldstein_sum == pytest.approx(2 * 2.8 + 6.4 - 2.0)
    assert bucket.goldstein_mean == pytest.approx(bucket.goldstein_sum / 4)
    assert len(bucket.event_ids) == 4


def test_directed_view_keeps_one_direction(events):
    events.add("JPN", "RUS", "2014-03-03")
    events.add("RUS", "JPN", "2014-03-03", quad=4)
    (forward,) = dyad_series(events.con, "JPN", "RUS", directed=True)
    (backward,) = dyad_series(events.con, "RUS", "JPN", directed=True)
    assert (forward.cooperation, forward.conflict) == (1, 0)
    assert (backward.cooperation, backward.conflict) == (0, 1)


def test_reposts_of_one_story_count_once(events):
    for doc in ("a", "b", "c"):
        events.add("USA", "RUS", "2014-03-03", quad=3, story="s1", doc=doc)
    events.add("USA", "RUS", "2014-03-03", quad=3, story="s2")
    (bucket,) = dyad_series(events.con, "USA", "RUS")
    assert bucket.verbal_conflict == 2


def test_flagged_events_are_never_counted(events):
    events.add("USA", "RUS", "2014-03-03", negated=True)
    events.add("USA", "RUS", "2014-03-03", hypothetical=True)
    events.add("USA", "RUS", "2014-03-03", quad=4)
    (bucket,) = dyad_series(events.con, "USA", "RUS")
    assert (bucket.events, bucket.material_conflict) == (1, 1)


@pytest.mark.parametrize(
    ("grain", "starts"),
    [
        ("day", [D(2014, 2, 28), D(2014, 3, 1), D(2014, 3, 2), D(2014, 3, 3)]),
        ("week", [D(2014, 2, 24), D(2014, 3, 3)]),
        ("month", [D(2014, 2, 1), D(2014, 3, 1)]),
    ],
)
def test_grain_bucketing_fills_empty_periods(events, grain, starts):
    events.add("USA", "RUS", "2014-02-28")
    events.add("USA", "RUS", "2014-03-03")
    series = dyad_series(events.con, "USA", "RUS", grain=grain)
    assert [b.start for b in series] == starts
    assert sum(b.events for b in series) == 2
    assert all(b.start <= b.end < b.start + dt.timedelta(days=31) for b in series)


def test_window_limits_and_fills_to_its_ends(events):
    events.add("USA", "RUS", "2014-02-20")
    events.add("USA", "RUS", "2014-03-04")
    series = dyad_series(
        events.con, "USA", "RUS", grain="week", since="2014-03-01", until="2014-03-20"
    )
    assert [b.start for b in series] == [
        D(2014, 2, 24),
        D(2014, 3, 3),
        D(2014, 3, 10),
        D(2014, 3, 17),
    ]
    assert [b.events for b in series] == [0, 1, 0, 0]


def test_country_level_merges_sectors_and_sector_level_splits_them(events):
    events.add("JPNGOV", "RUSMIL", "2014-03-03")
    events.add("JPNMIL", "RUSMIL", "2014-03-03")
    assert dyad_series(events.con, "JPN", "RUS")[0].events == 2
    sector = dyad_series(events.con, "JPNMIL", "RUSMIL", level="sector")
    assert sector[0].events == 1


def test_igos_are_actors_by_full_code(events):
    events.add("IGOWSTNAT", "RUS", "2014-03-03", quad=3)
    events.add("IGOEUREEC", "RUS", "2014-03-03", quad=3)
    assert dyad_series(events.con, "IGOWSTNAT", "RUS")[0].events == 1
    assert dyad_series(events.con, "IGO", "RUS") == []


def test_bucket_events_carry_provenance(events):
    eid = events.add("JPN", "RUS", "2014-03-03", title="Talks in Tokyo")
    (bucket,) = dyad_series(events.con, "JPN", "RUS")
    (evidence,) = bucket_events(events.con, bucket)
    assert evidence.id == eid
    assert evidence.title == "Talks in Tokyo"
    assert evidence.url.startswith("https://example.org/")
    s0, s1 = evidence.source_span
    assert evidence.sentence[s0:s1] == "JPN"


def test_unknown_grain_is_refused(events):
    with pytest.raises(ConfigError):
        dyad_series(events.con, "JPN", "RUS", grain="year")


def test_mutual_act_coded_both_ways_counts_once_undirected(events):
    events.add("USAGOV", "RUSGOV", "2014-03-05", story="talks", doc="t1")
    events.add("RUSGOV", "USAGOV", "2014-03-05", story="talks", doc="t2")
    assert dyad_series(events.con, "USA", "RUS")[0].events == 1
    assert dyad_series(events.con, "USA", "RUS", directed=True)[0].events == 1
    assert dyad_series(events.con, "RUS", "USA", directed=True)[0].events == 1


def test_without_ids_the_counts_are_the_same(events):
    for doc in ("a", "b"):
        events.add("USA", "RUS", "2014-03-03", quad=3, story="s1", doc=doc)
    events.add("RUS", "USA", "2014-03-04", quad=1)
    (full,) = dyad_series(events.con, "USA", "RUS")
    (bare,) = dyad_series(events.con, "USA", "RUS", ids=False)
    assert bare.event_ids == ()
    assert (bare.cooperation, bare.conflict, bare.goldstein_sum) == (
        full.cooperation,
        full.conflict,
        full.goldstein_sum,
    )
