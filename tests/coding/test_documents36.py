"""A reaction whose other side is named only in an earlier sentence of the same document:
'X accused Y of Z. Y denied the accusations.' The reaction's target is the doer of the
latest earlier act that its summing noun ('the accusations', 'the sanctions', 'the
strikes', 'the move', 'this') can stand for."""

from __future__ import annotations

import pytest

DATE = "2024-03-12"


@pytest.fixture(scope="module")
def doc_events(real_coder):
    def _events(text, flagged=False):
        events = real_coder.code(text, DATE, include_flagged=flagged)
        return {(e.source, e.target, e.code[:2]) for e in events}

    return _events


@pytest.fixture(scope="module")
def via_code_doc(real_coder):
    def _events(text):
        doc = real_coder.nlp(text)
        return {(e.source, e.target, e.code[:2]) for e in real_coder.code_doc(doc, DATE)}

    return _events


def _pairs(events, root):
    return {(s[:3], t[:3]) for s, t, r in events if r == root}


def test_denial_is_aimed_at_the_accuser(doc_events):
    text = (
        "Kenya accused Uganda of arming militias near the border. Kampala rejected the allegations."
    )
    assert ("UGA", "KEN") in _pairs(doc_events(text), "01")


def test_condemned_sanctions_aim_at_who_imposed_them(doc_events):
    text = "Australia imposed sanctions on Myanmar. The junta in Naypyidaw condemned the sanctions."
    events = doc_events(text)
    assert ("MMR", "AUS") in _pairs(events, "11")


def test_protest_over_strikes_aims_at_the_attacker(doc_events):
    text = "Iranian drones struck targets in northern Iraq. Baghdad protested over the strikes."
    events = doc_events(text)
    assert ("IRQ", "IRN") in _pairs(events, "14") | _pairs(events, "11")


def test_welcomed_move_aims_at_who_made_it(doc_events):
    text = "Saudi Arabia restored diplomatic relations with Syria. Egypt welcomed the move."
    assert ("EGY", "SAU") in _pairs(doc_events(text), "05")


def test_same_through_code_doc(via_code_doc):
    text = "Greece accused Turkey of violating its airspace. Ankara denied the accusations."
    assert ("TUR", "GRC") in _pairs(via_code_doc(text), "01")


def test_noun_must_fit_the_earlier_act(doc_events):
    # 'the sanctions' cannot sum up an accusation: no sanction act was told
    text = "Chile accused Peru of spying. Lima condemned the sanctions."
    assert not any(s[:3] == "PER" and t[:3] == "CHL" for s, t, r in doc_events(text) if r == "11")


def test_a_lone_sentence_passes_nothing_on(real_coder):
    # separate texts (no shared context): the second has no other side
    items = [
        (1, "Norway accused Russia of jamming GPS signals.", DATE, None),
        (2, "Moscow denied the accusations.", DATE, None),
    ]
    out = dict(real_coder.code_sentences(items, include_flagged=True))
    assert out[2] == []


def test_negated_earlier_act_is_not_answered(doc_events):
    text = "Japan did not impose sanctions on Iran. Tehran condemned the sanctions."
    assert ("IRN", "JPN") not in _pairs(doc_events(text, flagged=True), "11")


def test_carrying_out_an_attack_is_no_reaction(doc_events):
    text = (
        "Turkish jets bombed villages in Syria. Kurdish fighters carried out the attack in reply."
    )
    events = doc_events(text)
    assert not any(t[:3] == "TUR" and r in ("18", "19", "20") for s, t, r in events)


def test_reacting_side_is_not_its_own_target(doc_events):
    text = "France imposed sanctions on Mali. Paris defended and welcomed the move."
    assert ("FRA", "FRA") not in _pairs(doc_events(text), "05")


def test_context_items_carry_the_act(real_coder):
    from detente.actors import DocumentContext

    context = DocumentContext()
    items = [
        (1, "Vietnam accused China of ramming a fishing boat.", DATE, context),
        (2, "Beijing rejected the accusation.", DATE, context),
    ]
    out = dict(real_coder.code_sentences(items, include_flagged=False))
    assert ("CHN", "VNM") in {(e.source[:3], e.target[:3]) for e in out[2]}
