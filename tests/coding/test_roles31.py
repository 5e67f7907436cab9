"""Roles left open (roles session 31), with the shipped tables: a passive verdict whose
by-phrase the parser hangs inside the verb's adjective complement ('was found guilty of
fraud and bribery by a X court') still names the verdict's maker. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2019-03-02")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Former Brazilian President Fernando Collor was found guilty of corruption and "
            "money laundering by a Brasilia court on Thursday and sentenced to eight years in "
            "prison, prosecutors said.",
            ("BRA", "BRA", "11"),
        ),
        (
            "Former Ukrainian Prime Minister Yulia Tymoshenko was found guilty of abuse of "
            "office and embezzlement by a Kiev court on Tuesday and sentenced to seven years "
            "in prison, her allies said.",
            ("UKR", "UKR", "11"),
        ),
        (
            "Former Malaysian Prime Minister Najib Razak was found guilty of abuse of power and "
            "money laundering by a Kuala Lumpur court on Tuesday and jailed for 12 years.",
            ("MYS", "MYS", "11"),
        ),
    ],
)
def test_verdict_by_phrase_inside_the_complement_names_the_court(code, text, key):
    assert key in _roots(code(text))


def test_verdict_source_is_the_court_not_the_convicted(code):
    events = code(
        "Former Brazilian President Fernando Collor was found guilty of corruption and money "
        "laundering by a Brasilia court on Thursday."
    )
    assert any(s == "BRAJUD" and c.startswith("11") for s, _, c in events)
