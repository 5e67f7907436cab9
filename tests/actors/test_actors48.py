"""National armies named '<Country> People's Defence Force(s)' are that state's military, not
Myanmar's anti-junta People's Defence Force, whose bare name they contain. Sentences are ours."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("The Uganda People's Defence Force", "UGAMIL"),
        ("The UPDF", "UGAMIL"),
        ("South Sudan People's Defence Forces", "SSDMIL"),
        ("The Tanzania People's Defense Force", "TZAMIL"),
        ("The People's Defence Force", "MMRREB"),  # control: the bare name stays Myanmar's
    ],
)
def test_peoples_defence_forces(finder, name, code):
    mentions = [m for m in finder.find(f"{name} held a parade on Friday.", None) if m.code]
    assert [m.code for m in mentions] == [code]
