"""Joint acts left with one side (JT26): the partner sits where the act's own slots do not
read -- the maker of an accepted offer ('accepted a B offer to mediate'), the object of a
warning whose threatened act is told as joint ('warned B that it was ready to fight'), a pair
of subjects the parser strands before the verb ('With X mediating, A and B agreed ...') or
hangs on the word after the first ('A and B loyal to C agreed ...'), and the partner an
object names ('demanded talks with B'). Sentences are our own; each family has a control."""

from __future__ import annotations

import pytest


def _events(coder, text, date="2019-05-14"):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date)}


def _full(coder, text, date="2019-05-14"):
    return {(e.source, e.target, e.code[:2]) for e in coder.code(text, date)}


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Ethiopia said on Monday it had accepted a Kenyan offer to mediate talks with "
            "Eritrea over their frontier.",
            "ETH",
            "KEN",
        ),
        (
            "Mali's government said it had accepted an Algerian offer to mediate talks with "
            "northern separatists.",
            "MLI",
            "DZA",
        ),
        ("Serbia accepted Hungary's offer to mediate in its row with Croatia.", "SRB", "HUN"),
        ("Nicaragua accepted an offer from Mexico to mediate with the opposition.", "NIC", "MEX"),
        (
            "Somalia's president said he had accepted an Arab League offer to mediate "
            "talks with Somaliland.",
            "SOM",
            "IGO",
        ),
    ],
)
def test_accepted_offer_answers_its_maker(real_coder, text, source, target):
    got = _events(real_coder, text)
    assert any(s == source and t == target for s, t, _ in got), got


def test_accepted_mediation_answers_the_mediator_not_the_other_party(real_coder):
    got = _events(real_coder, "Serbia accepted Hungary's offer to mediate in its row with Croatia.")
    assert ("SRB", "HRV", "03") not in got, got


def test_accepted_offer_not_to_the_acceptor_alone(real_coder):
    # no maker is named: the acceptance is not aimed at a made-up partner
    got = _events(real_coder, "Ghana said it had accepted the offer to mediate.")
    assert not any(s == "GHA" and t not in ("GHA", "") for s, t, _ in got), got


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Pakistan's prime minister warned India on Friday that Islamabad was ready to "
            "shed blood to defend Kashmir.",
            "PAK",
            "IND",
        ),
        (
            "Greek Prime Minister Kostas Simitis warned Turkey on Monday that Athens was "
            "ready to shed blood to defend its islands.",
            "GRC",
            "TUR",
        ),
    ],
)
def test_warning_with_joint_threat_keeps_its_object(real_coder, text, source, target):
    got = _events(real_coder, text)
    assert (source, target, "13") in got, got


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            "With Qatar acting as a go-between, Rwanda and Congo agreed on Friday to a truce "
            "in the east.",
            "RWA",
            "COD",
        ),
        (
            "With Turkey acting as mediator, Armenia and Azerbaijan agreed on Tuesday to an "
            "immediate ceasefire.",
            "ARM",
            "AZE",
        ),
        (
            "With Egypt acting as mediator, Israel and Hamas agreed on Sunday to a truce in Gaza.",
            "ISR",
            "PSE",
        ),
    ],
)
def test_stranded_pair_before_joint_verb(real_coder, text, a, b):
    got = _events(real_coder, text)
    assert (a, b, "08") in got or (a, b, "03") in got or (a, b, "05") in got, got
    assert any(s == b and t == a for s, t, _ in got), got


def test_infinitive_after_a_pair_is_not_theirs(real_coder):
    # the troops sent fight; the states they are sent to are no doers of the fighting
    got = _events(
        real_coder,
        "Niger's decision to send troops to Mali and Burkina Faso to fight jihadist militants "
        "was welcomed on Monday.",
    )
    assert not any(s in ("MLI", "BFA") and c == "19" for s, _, c in got), got


def test_stranded_pair_needs_two_sides(real_coder):
    # a single actor before the verb is no pair: no one-sided joint act is made up
    got = _events(real_coder, "With Qatar acting as a go-between, the talks ended on Friday.")
    assert not any(c in ("08", "03", "05") for _, _, c in got), got


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            "Yemen's government and separatists loyal to the southern council signed a "
            "power-sharing deal on Tuesday.",
            "YEMGOV",
            "YEMREB",
        ),
        (
            "Chad's government and rebels loyal to a former defence minister signed a peace "
            "deal on Monday.",
            "TCDGOV",
            "TCDREB",
        ),
    ],
)
def test_pair_hung_on_a_loyal_to_phrase(real_coder, text, a, b):
    got = _full(real_coder, text)
    pairs = {(s, t) for s, t, _ in got}
    assert (a, b) in pairs and (b, a) in pairs, got


def test_loyal_to_object_is_no_doer(real_coder):
    # the one the rebels are loyal to is not a third signer
    got = _full(
        real_coder,
        "Sudan's army and rebels loyal to former vice president Ali Osman agreed to a truce.",
    )
    assert not any(s == "SDN" for s, _, _ in got), got
