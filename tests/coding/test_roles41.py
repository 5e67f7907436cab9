"""Roles of the fresh sets of session 41: a subject split from its verb by a relative clause
the parser folds the verb into, the two home sides of a brokered truce, and aid that passes
through one country on its way to another. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2021-06-02")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # 'X, which/whose ..., VERB': the antecedent is the subject of the verb
        (
            "Norway, which quietly hosted the back-channel talks that led to the peace "
            "accords, offered on Monday to mediate between Colombia and the ELN rebels.",
            ("NOR", "COL", "03"),
        ),
        (
            "Malaysian opposition leader Anwar Ibrahim, whose coalition has staged weeks of "
            "protests against the tax, urged Indonesian President Joko Widodo on Friday to "
            "reopen the border.",
            ("MYS", "IDN", "02"),
        ),
        # the two home sides of a truce a third party brokered
        (
            "Colombian government troops and FARC rebels agreed on Monday to a three-month "
            "ceasefire, said the United Nations, which brokered the truce.",
            ("IGO", "COL", "04"),
        ),
        # aid passing through a country on its way elsewhere
        (
            "Two Qatari planes loaded with tents landed in Amman on Tuesday for onward "
            "delivery to Palestinian refugees in Gaza.",
            ("QAT", "PSE", "07"),
        ),
        (
            "Trucks carrying Turkish humanitarian aid crossed into Syria on Sunday, bound "
            "for Iraq.",
            ("TUR", "IRQ", "07"),
        ),
        (
            "A convoy carrying Saudi humanitarian aid for Yemen crossed into Oman on Monday.",
            ("SAU", "YEM", "07"),
        ),
    ],
)
def test_role_found(code, text, key):
    assert key in _roots(code(text))


def test_truce_broker_reaches_both_home_sides(code):
    got = {
        (s, t)
        for s, t, c in code(
            "Colombian government troops and FARC rebels agreed on Monday to a three-month "
            "ceasefire, said the United Nations, which brokered the truce."
        )
        if c == "045"
    }
    assert {t[3:6] for s, t in got} >= {"MIL", "REB"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the transit country is no recipient
        (
            "Two Qatari planes loaded with tents landed in Amman on Tuesday for onward "
            "delivery to Palestinian refugees in Gaza.",
            ("QAT", "JOR", "07"),
        ),
        (
            "A convoy carrying Saudi humanitarian aid for Yemen crossed into Oman on Monday.",
            ("SAU", "OMN", "07"),
        ),
    ],
)
def test_transit_not_recipient(code, text, absent):
    assert absent not in _roots(code(text))


def test_aid_arriving_without_destination_keeps_place(code):
    got = _roots(code("Trucks carrying Turkish humanitarian aid crossed into Syria on Sunday."))
    assert ("TUR", "SYR", "07") in got
