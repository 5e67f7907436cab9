"""Joint acts that found one side only (JT36): the other side sits where news puts it, off
the act's own slots -- a 'with' on its object or topic noun ('a memorandum on security with
B', 'returned to the negotiating table with B'), on an infinitive it governs ('deals to
expand trade with B', 'met to discuss exports with B'), on an object set after the date
('demanded on Monday talks with B'); in a vow's or pledge's complement ('pledged to honour
the truce with B', 'vowed that B's cities would become targets', 'the loan B granted'); the
sides of a quarrel a mediation is offered in; and both sides a delegate noun speaks for
('envoys of A and B'). Sentences are our own; each family has controls."""

from __future__ import annotations

import pytest


def _events(coder, text, date="2019-05-14"):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date)}


def _full(coder, text, date="2019-05-14"):
    return {(e.source, e.target, e.code[:2]) for e in coder.code(text, date)}


@pytest.mark.parametrize(
    "text, a, b, root",
    [
        (
            "Ghana signed a memorandum of understanding on maritime security with Togo on Friday.",
            "GHA",
            "TGO",
            "05",
        ),
        ("Uruguay signed a framework agreement on investment with Paraguay.", "URY", "PRY", "05"),
        ("Croatia signed agreements to expand energy trade with Slovenia.", "HRV", "SVN", "05"),
        (
            "Sri Lanka's government returned to the negotiating table with Tamil rebels.",
            "LKA",
            "LKA",
            "04",
        ),
        (
            "Bolivia's foreign minister met on Thursday to discuss gas exports with Argentina.",
            "BOL",
            "ARG",
            "04",
        ),
    ],
)
def test_partner_named_on_the_object_or_purpose_acts_both_ways(real_coder, text, a, b, root):
    got = _events(real_coder, text)
    assert (a, b, root) in got and (b, a, root) in got, got


def test_partner_on_the_negotiating_table_is_the_other_side(real_coder):
    got = _full(
        real_coder, "Sri Lanka's government returned to the negotiating table with Tamil rebels."
    )
    assert ("LKAGOV", "LKAREB", "04") in got and ("LKAREB", "LKAGOV", "04") in got, got


@pytest.mark.parametrize(
    "text, source, target, root",
    [
        (
            "Haiti's opposition demanded on Monday immediate talks with President Jovenel Moise.",
            "HTIOPP",
            "HTIGOV",
            "10",
        ),
        (
            "Sudan's army pledged to honour the truce with the Rapid Support Forces.",
            "SDNMIL",
            "SDNREB",
            "03",
        ),
        (
            "Colombia's government vowed to return to the negotiating table with the FARC.",
            "COLGOV",
            "COLREB",
            "03",
        ),
    ],
)
def test_frame_takes_the_partner_its_complement_names(real_coder, text, source, target, root):
    got = _full(real_coder, text)
    assert (source, target, root) in got, got
    # a pledge or demand is the speaker's alone: no mirrored event
    assert (target, source, root) not in got, got


def test_pledge_to_respect_a_loan_answers_its_giver(real_coder):
    got = _events(
        real_coder, "Armenia pledged to respect the terms of the loan the World Bank granted it."
    )
    assert ("ARM", "IGO", "03") in got, got


def test_vowed_targets_are_the_threatened_side(real_coder):
    got = _events(real_coder, "Hezbollah vowed that Israeli cities would become targets.")
    assert any(s == "LBN" and t == "ISR" for s, t, _ in got), got


def test_threat_vowed_of_others_interests_is_aimed_at_their_states(real_coder):
    got = _events(
        real_coder,
        "The Taliban vowed that Pakistani and Chinese interests would now be targets, hours "
        "after drone strikes on their hideouts.",
    )
    assert {t for s, t, r in got if s == "AFG" and r == "13"} == {"PAK", "CHN"}, got


@pytest.mark.parametrize(
    "text, mediator, sides",
    [
        (
            "Oman offered to act as a go-between in the dispute that saw Bahrain sever ties "
            "with Iran.",
            "OMN",
            {"BHR", "IRN"},
        ),
        ("Norway offered to mediate in the row between Peru and Chile.", "NOR", {"PER", "CHL"}),
    ],
)
def test_offered_mediation_is_toward_each_side_of_the_quarrel(real_coder, text, mediator, sides):
    got = _events(real_coder, text)
    assert {t for s, t, r in got if s == mediator and r == "03"} == sides, got


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            "Envoys of the Yemeni government and the Houthi rebels agreed to a prisoner swap.",
            "YEMGOV",
            "YEMREB",
        ),
        (
            "Delegates of President Kiir and the South Sudanese rebels signed a ceasefire on "
            "Monday.",
            "SSDGOV",
            "SSDREB",
        ),
    ],
)
def test_delegates_of_two_sides_act_for_both(real_coder, text, a, b):
    got = {(s, t) for s, t, _ in _full(real_coder, text)}
    assert (a, b) in got and (b, a) in got, got


# ---- controls -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brazil signed a trade deal with the help of Argentina.",  # means, not a party
        "Indian troops traded fire near the border with Pakistan.",  # the border's 'with'
        "Chile's president signed a trade agreement in Lima on Friday.",  # a venue
        "Kenya signed a deal that Uganda had rejected with Tanzania.",  # another clause's
        "Mexico pledged to respect the agreement Guatemala signed with Honduras.",  # others' deal
        "Egypt offered to mediate in the dispute over the Nile dam.",  # one side named only
        # a gerund topic's partner: the team would be sent with the AU, not the talks held
        "The Arab League met in Tunis to discuss sending a monitoring team to Libya with the "
        "African Union.",
        # an ally in the act a threat is read off is not the one threatened
        "The Russian president said he was ready to coordinate air strikes with France.",
    ],
)
def test_no_partner_from_means_border_venue_or_other_clauses(real_coder, text):
    got = _events(real_coder, text)
    assert not got, got


def test_mediators_between_two_sides_are_no_party_to_their_talks(real_coder):
    text = "Algerian mediators opened talks in Algiers between Mali's government and the rebels."
    got = {(e.source[:3], e.target[:3], e.code) for e in real_coder.code(text, "2019-05-14")}
    assert not any(s == "MLI" and t == "DZA" for s, t, _ in got), got
    assert {c for s, t, c in got if s == "DZA"} == {"045"}, got
