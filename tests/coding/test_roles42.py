"""Roles of round-2 news shapes: a joint act in a second conjunct shares the coordinated
subjects, a naming clause ('what X called Y') is no act of its own, a done event noun under
a future verb of its effect, a between-phrase the parser strands and a second with-phrase,
a summing-up noun read as the subject's modifier, and no fallback actor in place of a party
of no named country. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2023-05-02")


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a joint act in a later conjunct: each does it to the other
        (
            "Chile's foreign minister and his Peruvian counterpart met in Lima on Monday and "
            "pledged to reopen border crossings.",
            {("CHL", "PER", "03"), ("PER", "CHL", "03")},
        ),
        (
            "The defence ministers of Ghana and Togo held talks in Accra on Tuesday and agreed "
            "to share intelligence on militants.",
            {("GHA", "TGO", "03"), ("TGO", "GHA", "03")},
        ),
        (
            "Kenya's foreign minister and his Ugandan counterpart spoke by phone on Friday, a "
            "day after Uganda closed the border, and agreed to meet next week.",
            {("KEN", "UGA", "03"), ("UGA", "KEN", "03")},
        ),
        # a stranded between-phrase names both sides of a nominal call
        (
            "A phone conversation on Monday between Kenyan President William Ruto and Ugandan "
            "President Yoweri Museveni touched on trade, the Kenyan government said.",
            {("KEN", "UGA", "04"), ("UGA", "KEN", "04")},
        ),
        # two with-phrases: two meetings
        (
            "The Turkish foreign minister held talks with the Greek prime minister in Athens "
            "and with the Bulgarian president in Sofia on Thursday.",
            {("TUR", "GRC", "04"), ("TUR", "BGR", "04")},
        ),
        # ', a ruling Y denounced': aimed at the court that ruled
        (
            "An Egyptian court sentenced a Qatari journalist to prison on Sunday, a ruling Doha "
            "quickly denounced as unjust.",
            {("QAT", "EGY", "11")},
        ),
        # a done handover dated to the day, whose effect only is ahead
        (
            "Wednesday's delivery of relief supplies by the Swiss government to Sudan's health "
            "ministry will help thousands of displaced families, officials said.",
            {("CHE", "SDN", "07")},
        ),
    ],
)
def test_role_found(code, text, keys):
    assert keys <= _roots(code(text))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the namer describes the main act; it does not denounce anyone
        (
            "Israeli jets carried out what the army called precision strikes on militant "
            "positions in Gaza on Sunday.",
            "11",
        ),
        (
            "Twelve police officers died in an ambush by rebels in northern Mali on Saturday, "
            "in what officials called the worst attack in a decade.",
            "11",
        ),
        # an event noun dated to a day but under a plain future verb stays ahead
        (
            "Saturday's delivery of relief supplies by the Swiss government to Sudan's health "
            "ministry will take place at the airport, officials said.",
            "07",
        ),
    ],
)
def test_root_absent(code, text, root):
    assert root not in {c[:2] for _s, _t, c in code(text)}


def test_naming_clause_keeps_the_main_act(code):
    got = code("Russia condemned what it called an act of aggression by Ukraine on Monday.")
    assert sum(c[:2] == "11" for _s, _t, c in got) <= 1


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a party of no named country: the place or a bystander is not put in its stead
        (
            "Gunmen ambushed a foreign troops convoy near the Malian town of Gao on Tuesday.",
            "MLI",
        ),
        (
            "Brazil's justice ministry opened an investigation into two banks for taking secret "
            "payments from foreign governments, including those from Venezuela and Cuba.",
            "VEN",
        ),
        # a surname right after a named person ends that person's name
        (
            "Bahrain's king received Qatar's Emir Sheikh Tamim bin Hamad al-Thani in Manama on "
            "Monday.",
            "LBY",
        ),
    ],
)
def test_no_stand_in_target(code, text, wrong):
    assert all(t[:3] != wrong for _s, t, _c in code(text))
