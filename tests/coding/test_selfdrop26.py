"""A state's forces striking a place of its own country: the place is held by those they fight,
so the act is coded (source -> the country) rather than dropped as self-directed; a place that
is only where the act happens, or an act that is no use of force, stays dropped. Sentences are
our own."""

from __future__ import annotations

import pytest


def _keys(events):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in events}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the place named as the object of a shelling, with a title before the name
        (
            "Ethiopian troops shelled the Tigrayan capital Mekelle with heavy artillery on Sunday.",
            ("ETH", "ETH", "19"),
        ),
        # 'the town of X'
        ("Colombian troops attacked the town of Tumaco on Monday.", ("COL", "COL", "19")),
        ("Ukrainian forces shelled the city of Horlivka on Tuesday.", ("UKR", "UKR", "19")),
        # 'fired rockets at X'
        ("Yemeni government forces fired rockets at Taiz on Thursday.", ("YEM", "YEM", "19")),
        # an air raid on a town (18x/19x root: aerial bombing)
        ("Syrian warplanes bombed the town of Saraqeb overnight.", ("SYR", "SYR", "19")),
    ],
)
def test_own_place_struck_is_coded(real_coder, text, key):
    assert key in _keys(real_coder.code(text, "2020-05-01"))


@pytest.mark.parametrize(
    "text",
    [
        # the place is only where the raid happened
        "Nigerian police raided homes in Kano on Monday.",
        # no force: a posture in one's own city with no second side
        "Sudanese soldiers were deployed in Khartoum on Saturday.",
        # a verbal act on a place of its own country is still self-directed
        "Kenyan police praised the city of Mombasa on Monday.",
    ],
)
def test_own_place_not_struck_stays_dropped(real_coder, text):
    keys = _keys(real_coder.code(text, "2020-05-01"))
    assert not any(s == t for s, t, _root in keys)


def test_foreign_place_unchanged(real_coder):
    keys = _keys(
        real_coder.code("Ethiopian troops shelled the Eritrean town of Zalambessa.", "2020-05-01")
    )
    assert ("ETH", "ERI", "19") in keys


def test_named_side_kept_over_own_place(real_coder):
    # the side struck is named beside the place: the side is kept, not the place
    events = real_coder.code(
        "Somali jets bombed the town of Jilib, targeting a base of al-Shabaab militants.",
        "2020-05-01",
    )
    assert [e.target for e in events if e.root == "19"] == ["SOMREB"]
