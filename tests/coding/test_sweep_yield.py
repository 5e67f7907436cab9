"""Codebook sweep of roots 07 (provide aid) and 08 (yield): the yielding acts a state does
only to another side (086x), retreats that pull out no force (0874), dissent called off (082)
and bans on a people's papers, parties and rallies lifted (081x), with their near misses.
Sentences are our own."""

from __future__ import annotations

import pytest


def _roots(coder, text, date="2023-03-02"):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date)}


CASES = [
    # 0874: a retreat from a place takes the place's country (the codebook: the location)
    ("Russian troops withdrew from Kherson on Friday.", ("RUS", "UKR", "08")),
    ("Armenian forces pulled back from the Kalbajar district.", ("ARM", "AZE", "08")),
    ("Israeli troops retreated from Khan Younis on Sunday.", ("ISR", "PSE", "08")),
    # ... unless the ground is the side's own: then it yields to the force it escapes
    (
        "Ukrainian troops withdrew from the town of Avdiivka to avoid being encircled by "
        "Russian forces.",
        ("UKR", "RUS", "08"),
    ),
    ("Israel began the withdrawal of its troops from Gaza.", ("ISR", "PSE", "08")),
    # peacekeepers who leave are withdrawn (1661), as when their state withdraws them
    ("Russian peacekeepers began withdrawing from Nagorno-Karabakh.", ("RUS", "AZE", "16")),
    ("Austrian peacekeepers pulled out of the Golan Heights.", ("AUT", "ISR", "16")),
    # withdrawing recognition reduces relations (161), it is no retreat
    ("Bolivia withdrew its recognition of the Sahrawi Republic.", ("BOL", "ESH", "16")),
    ("Tuvalu revoked its recognition of Abkhazia.", ("TUV", "GEO", "16")),
    # 082: strikes, marches and walkouts called off, aimed at the strikers' government
    ("Opposition parties in Bangladesh called off a general strike.", ("BGD", "BGD", "08")),
    ("Teachers' unions in Argentina ended their strike on Friday.", ("ARG", "ARG", "08")),
    ("Nigerian labour unions suspended their nationwide strike.", ("NGA", "NGA", "08")),
    ("Lebanese protesters postponed a planned march on parliament.", ("LBN", "LBN", "08")),
    # 081x: a ban lifted on the opposition, the press or their gatherings falls on them
    ("Pakistan's government lifted a ban on the news channel Geo TV.", ("PAK", "PAK", "08")),
    ("Tanzanian authorities lifted a ban on opposition rallies.", ("TZA", "TZA", "08")),
    (
        "Zimbabwean authorities lifted a ban on the independent newspaper Daily News.",
        ("ZWE", "ZWE", "08"),
    ),
    (
        "Sudan's military rulers restored the licences of two independent newspapers.",
        ("SDN", "SDN", "08"),
    ),
    (
        "Egypt's election commission allowed opposition leader Ayman Nour to run for president.",
        ("EGY", "EGY", "08"),
    ),
    # letting one's own opposition stand for office is 0812, not international involvement
    (
        "The Zimbabwean government allowed opposition leader Morgan Tsvangirai to stand in "
        "the election.",
        ("ZWE", "ZWE", "08"),
    ),
    # 086x still reach another side
    ("Turkey allowed Iraqi Kurdish fighters to cross into Syria.", ("TUR", "IRQ", "08")),
    ("Iraq gave U.N. weapons inspectors access to presidential palaces.", ("IRQ", "IGO", "08")),
    # 07: debt written off by its amount, asylum told in the passive
    ("Germany cancelled 1.5 billion euros of Nigeria's debt.", ("DEU", "NGA", "07")),
    ("China forgave $2 billion of Cuba's debt.", ("CHN", "CUB", "07")),
    (
        "A Belarusian athlete was granted political asylum by Poland on Thursday.",
        ("POL", "BLR", "07"),
    ),
    ("A Chinese dissident was granted asylum by Sweden on Friday.", ("SWE", "CHN", "07")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_yielding_or_aid_wording_is_coded(real_coder, text, expected):
    assert expected in _roots(real_coder, text)


NEGATIVES = [
    # letting in international actors (086x) is never done to one's own side
    ("Hungary's parliament passed a law allowing the army to help police at the border.", "08"),
    ("The Supreme Court allowed the government to enforce the new rules.", "08"),
    ("The Thai prime minister declared an emergency to allow police to clear the airports.", "08"),
    # withdrawing what is no force, or from what is no ground, is no retreat
    ("Guyana withdrew its recognition of the Sahrawi Republic.", "08"),
    ("The United States withdrew a team of negotiators from Pakistan.", "08"),
    ("The United Nations withdrew all of its international staff from Tripoli.", "08"),
    ("Burkina Faso announced its withdrawal from the International Criminal Court.", "08"),
    ("The United States announced its withdrawal from the UN Human Rights Council.", "08"),
    # what a deal paves the way for has not happened
    ("The accord paved the way for Syria's withdrawal from Lebanon.", "08"),
    ("The agreement paves the way for Israel's withdrawal from Gaza.", "08"),
    # a ban lifted that names no one it fell on is domestic policy (gold rule 8)
    ("British authorities lifted a ban on fracking.", "08"),
    ("The airline cancelled its flights to Lebanon.", "08"),
]


@pytest.mark.parametrize(("text", "root"), NEGATIVES)
def test_a_yielding_trigger_without_its_sense_codes_nothing_of_that_root(real_coder, text, root):
    assert all(code != root for _, _, code in _roots(real_coder, text))


def test_a_dissent_called_off_with_an_addressee_keeps_it(real_coder):
    text = "Serbian students suspended their protests against the government on Monday."
    assert ("SRB", "SRB", "08") in _roots(real_coder, text)
