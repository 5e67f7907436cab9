"""State organs acting on country-less groups at home, and seized places (D17).

A parser sometimes reads the first of several coordinated verbs as a modifier, leaving the
subject noun as a verbless root that the later verbs join ('Police in X swung batons and
fired tear gas'): those verbs keep that subject. A set-off place phrase that the parser hangs
on a comma ('the plant, at X in Y, was seized') still names where a seizure happened, and the
place stands for its state. Every sentence is written for this file; each has a control."""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _acts(coder, text):
    """(source, target, code) of every act the engine builds, before duplicates are merged."""
    from detente.coding import engine

    seen = []
    orig = engine.SentenceCoder.drafts

    def spy(self, act):
        out = orig(self, act)
        seen.extend((d.source.code, d.target.code, d.code) for d in out)
        return out

    engine.SentenceCoder.drafts = spy
    try:
        coder.code(text, "2021-05-04")
    finally:
        engine.SentenceCoder.drafts = orig
    return seen


def _codes(coder, text):
    return {(e.source, e.target, e.code[:3]) for e in coder.code(text, "2021-05-04")}


# ---- a verbless root noun is the subject of the verbs joined to it -----------------------


def test_verbs_joined_to_a_root_noun_keep_it_as_subject(coder):
    # the coordinated verbs' own subject, not nothing
    text = (
        "Police in Lusaka swung wooden clubs and fired tear gas at crowds on Friday and "
        "detained dozens of opposition activists."
    )
    acts = _acts(coder, text)
    assert any(s == "ZMBCOP" and c.startswith("17") for s, _, c in acts), acts


def test_ordinary_subject_still_used_for_coordinated_verbs(coder):
    text = "Zambian police fired tear gas at students and detained opposition activists."
    acts = _acts(coder, text)
    assert ("ZMBCOP", "ZMBOPP", "173") in acts, acts


def test_state_organ_acting_on_a_group_at_home_gives_it_the_state(coder):
    got = _codes(coder, "Ugandan soldiers detained three journalists in Gulu on Sunday.")
    assert ("UGAMIL", "UGAMED", "173") in got, got


def test_foreign_group_keeps_its_own_country(coder):
    got = _codes(coder, "Indonesian police arrested several Dutch tourists on Sunday.")
    assert any(t.startswith("NLD") for _, t, _ in got), got
    assert not any(t == "IDNCVL" for _, t, _ in got), got


# ---- a place set off by commas still names what was seized -------------------------------


def test_preposition_hung_on_a_comma_is_found_for_its_verb(coder):
    from spacy.tokens import Doc

    from detente.coding.arguments import _comma_preps

    words = ["The", "dam", ",", "at", "Kariba", "in", "Zimbabwe", ",", "was", "seized"]
    heads = [1, 9, 9, 2, 3, 4, 5, 9, 9, 9]
    deps = ["det", "nsubjpass", "punct", "prep", "pobj", "prep", "pobj", "punct", "auxpass"]
    doc = Doc(coder.nlp.vocab, words=words, heads=heads, deps=[*deps, "ROOT"])
    assert [p.text for p in _comma_preps(doc[9], "at")] == ["at"]
    assert _comma_preps(doc[9], "near") == []  # only the preposition asked for
    assert _comma_preps(doc[1], "at") == []  # only on the verb's own commas


def test_seized_place_set_off_by_commas_stands_for_its_state(coder):
    text = (
        "Asia's largest oil refinery, at Jamnagar in western India, was seized by Pakistani "
        "commandos early on Sunday, the state news agency said."
    )
    got = _codes(coder, text)
    assert ("PAKMIL", "IND", "192") in got, got


def test_seized_place_of_a_named_country(coder):
    got = _codes(coder, "Turkish forces captured the Syrian town of Afrin on Sunday.")
    assert ("TURMIL", "SYR", "192") in got, got


def test_no_place_no_target(coder):
    # nothing places the plant: no event is made up
    got = _codes(coder, "A large power plant, owned by a private firm, was seized by troops.")
    assert not any(c == "192" for _, _, c in got), got
