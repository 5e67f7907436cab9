"""Precision families found by a by-eye review of coded WCEP/VOA events: a 'neither X nor Y'
subject negates the act for both sides, and the coordinated subjects of an appeal, demand or
threat never act on each other, even when what they ask for is a joint act ('urged X to stop
fighting'). Each sentence is written for this file; each test has a control that must still
be coded."""

from __future__ import annotations

import pytest
from coding_helpers import counted_roots


@pytest.mark.parametrize(
    "text",
    [
        "Neither Kenya nor Somalia accepted the truce proposed by the mediators.",
        "Neither Peru nor Chile signed the fisheries pact on Tuesday.",
        "The African Union called for talks, but neither Ethiopia nor Eritrea agreed.",
        "Neither Serbia nor Kosovo has agreed to a prisoner exchange.",
    ],
)
def test_neither_nor_subject_negates_the_act(real_coder, text):
    keys = counted_roots(real_coder, text)
    pairs = {("KEN", "SOM"), ("SOM", "KEN"), ("PER", "CHL"), ("CHL", "PER")}
    pairs |= {("ETH", "ERI"), ("ERI", "ETH"), ("SRB", "XKX"), ("XKX", "SRB")}
    assert not {(s, t) for s, t, _r in keys} & pairs


def test_plain_coordinated_subjects_still_sign_together(real_coder):
    keys = counted_roots(real_coder, "Peru and Chile signed the fisheries pact on Tuesday.")
    assert {("PER", "CHL", "05"), ("CHL", "PER", "05")} <= keys


@pytest.mark.parametrize(
    "text",
    [
        "Britain, Canada, Japan, and Norway urge the Zorvani Brigade to stop fighting.",
        "Sweden, Finland and Denmark called on the militia to agree to a ceasefire.",
        "Brazil and Argentina demanded that the armed groups halt hostilities at once.",
    ],
)
def test_appealing_subjects_do_not_appeal_to_each_other(real_coder, text):
    events = [e for e in real_coder.code(text, "2019-05-02") if not e.flagged]
    ours = {"GBR", "CAN", "JPN", "NOR", "SWE", "FIN", "DNK", "BRA", "ARG"}
    # the subjects themselves (the bare states), not whoever the addressee is placed with
    assert not [e for e in events if e.source in ours and e.target in ours]


def test_appeal_to_a_named_side_is_still_coded_for_each_subject(real_coder):
    keys = counted_roots(
        real_coder, "Japan and Germany urged North Korea to stop its missile tests."
    )
    assert {("JPN", "PRK", "02"), ("DEU", "PRK", "02")} <= keys
