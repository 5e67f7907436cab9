import datetime as dt

import numpy as np

from detente.analysis import ShiftParams, alerts, detect_shifts, robust_scores


def noisy_step(rng, before, after, change, length):
    """Weekly (cooperation, conflict) Poisson counts whose means switch at ``change``."""
    means = [before if t < change else after for t in range(length)]
    counts = [(int(rng.poisson(c)), int(rng.poisson(k))) for c, k in means]
    return [c - k for c, k in counts], [c + k for c, k in counts]


def test_step_change_is_found_at_once():
    values = [2, 3, 1, 2, 2, 3, 2, 1, 2, 2, -6, -7, -5, -6]
    (shift,) = detect_shifts(values)
    assert shift.first == 10
    assert shift.direction == -1
    assert shift.baseline == 2


def test_too_short_history_gives_no_score():
    scores = robust_scores([1, 1, 1, 9], ShiftParams(min_history=4))
    assert scores == [None] * 4


def test_quiet_dyad_needs_min_change():
    # MAD is 0 on an all-zero baseline; one event must not be a shift, four must.
    assert detect_shifts([0] * 8 + [-1]) == []
    assert detect_shifts([0] * 8 + [-4])[0].direction == -1


def test_one_spike_in_the_baseline_does_not_mask_the_next_change():
    values = [1, 1, 2, 1, -9, 1, 2, 1, 1, -8]
    shifts = detect_shifts(values)
    assert [s.first for s in shifts] == [4, 9]


def test_delay_and_false_alarms_on_constructed_series():
    rng = np.random.default_rng(7)
    delays, false_alarms, quiet_weeks = [], 0, 0
    for _ in range(200):
        change = int(rng.integers(12, 30))
        values, totals = noisy_step(rng, (4, 1), (0.5, 10), change, 40)
        shifts = detect_shifts(values, totals=totals)
        false_alarms += sum(1 for s in shifts if s.first < change)
        quiet_weeks += change
        hits = [s.first - change for s in shifts if s.first >= change and s.direction < 0]
        delays.append(hits[0] if hits else None)
    found = [d for d in delays if d is not None]
    assert len(found) >= 0.95 * len(delays)
    assert sorted(found)[len(found) // 2] == 0
    assert false_alarms / quiet_weeks < 0.01


def test_counting_floor_cuts_false_alarms_on_a_stationary_series():
    rng = np.random.default_rng(3)
    with_floor = without = 0
    for _ in range(100):
        values, totals = noisy_step(rng, (3, 2), (3, 2), 0, 52)
        with_floor += len(detect_shifts(values, totals=totals))
        without += len(detect_shifts(values))
    assert with_floor < without


def test_alerts_name_the_dyad_week_and_driving_events(events):
    start = dt.date(2014, 1, 6)
    for week in range(10):
        events.many("RUS", "UKR", start + dt.timedelta(weeks=week), 2, quad=1)
    turn = start + dt.timedelta(weeks=10)
    conflict_ids = events.many("RUSMIL", "UKR", turn, 6, quad=4)
    events.add("RUS", "UKR", turn, quad=1)
    (alert,) = alerts(events.con, since="2014-03-01", until="2014-03-31")
    assert (alert.a, alert.b, alert.toward) == ("RUS", "UKR", "conflict")
    assert alert.start == turn
    assert set(alert.event_ids) == set(conflict_ids)
    assert "toward conflict" in alert.sentence


def test_alerts_outside_the_window_are_left_out(events):
    start = dt.date(2014, 1, 6)
    for week in range(10):
        events.many("RUS", "UKR", start + dt.timedelta(weeks=week), 2, quad=1)
    events.many("RUS", "UKR", start + dt.timedelta(weeks=10), 6, quad=4)
    assert alerts(events.con, since="2014-04-01", until="2014-04-30") == []


def test_no_alert_before_the_store_has_history(events):
    # The store's first events: without earlier periods there is no baseline to depart from.
    events.many("RUS", "UKR", dt.date(2014, 3, 3), 6, quad=4)
    assert alerts(events.con, since="2014-03-01", until="2014-03-31") == []
