"""Roles across sets (roles session 40), with the shipped tables: a closing participle
('..., killing ten') that the parser hangs on a clause of place or time ('a village where
rebels had been hiding', 'where people had gathered to pray') is the toll of the main
clause's act, done by its subject and told in its mood. Own sentences."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2021-03-04")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Nigerian troops raided a village in Borno state where fighters had been hiding, "
            "killing ten civilians.",
            ("NGA", "NGA", "19"),
        ),
        (
            "Ethiopian drones struck a market in the Amhara region on Sunday where farmers had "
            "gathered to sell grain, killing dozens of people.",
            ("ETH", "ETH", "19"),
        ),
        (
            "Israeli jets bombed a school in Gaza where families had sheltered, killing at "
            "least 20 people.",
            ("ISR", "PSE", "19"),
        ),
    ],
)
def test_toll_after_where_clause_is_main_subjects(code, text, key):
    assert key in _roots(code(text))


def test_toll_after_where_clause_not_by_those_gathered(code):
    events = code(
        "Sudanese warplanes hit a camp in Darfur where rebels had regrouped, killing six children."
    )
    assert all(e[0][3:6] != "REB" for e in events)


def test_relative_who_clause_keeps_its_own_subject(code):
    events = code("Rebels who ambushed an army convoy near Goma, killing six soldiers, later fled.")
    assert all(e[0][3:6] != "MIL" for e in events)
