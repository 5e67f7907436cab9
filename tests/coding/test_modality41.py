"""ACTMOD41: what a reaction answers and a blame laid on a noun are background. A relative
clause on the noun that 'in retaliation for' or 'in response to' names tells the earlier deed
(also when the parser hangs it on the clause's verb); a relative clause telling who was blamed
for a noun describes the noun. Each with a control that keeps the act. Sentences of our own
with the stand-in gazetteer."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

DAY = "2024-05-17"


@pytest.mark.parametrize(
    "text, answered",
    [
        (
            "Norwegian troops shelled rebel camps on Friday in retaliation for the rockets"
            " Chilean rebels fired at Oslo.",
            ("CHL", "NOR", "19"),
        ),
        (
            "Poland shelled the border in retaliation for the barrage of missiles Vietnam"
            " fired at Warsaw.",
            ("VNM", "POL", "19"),
        ),
    ],
)
def test_the_deed_a_reaction_answers_is_background(run, text, answered):
    events = by_root(run(text, DAY))
    assert answered not in events
    assert events  # the reply itself is still coded


def test_the_reply_to_a_deed_told_as_an_act_is_kept(run):
    # the earlier deed told as the sentence's own clause, not a relative clause on a noun
    text = "Chilean rebels fired rockets at Oslo on Friday, and Norway shelled their camps."
    assert ("CHL", "NOR", "19") in by_root(run(text, DAY))


def _roots(coder, text):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, "2021-11-10")}


def test_a_blame_laid_on_a_noun_is_background(real_coder):
    text = (
        "Jordan tightened security at its embassies after the drone attacks on Saudi oil"
        " fields, which U.S. officials have blamed on Iran."
    )
    assert not any(root == "11" for _, _, root in _roots(real_coder, text))


def test_a_relative_clause_with_its_own_object_keeps_the_accusation(real_coder):
    text = "Somali protesters who accused Kenya of meddling marched in Mogadishu on Friday."
    assert ("SOM", "KEN", "11") in _roots(real_coder, text)


def test_a_plain_accusation_is_kept(real_coder):
    assert ("KEN", "SOM", "11") in _roots(real_coder, "Nairobi accused Somalia of meddling.")


def test_a_reply_opening_the_sentence_is_kept(run):
    # 'in retaliation' with nothing answered after it, and a reply phrase before the main verb
    events = by_root(run("In retaliation Norwegian troops shelled Chilean rebels on Friday.", DAY))
    assert ("NOR", "CHL", "19") in events
    text = "In response to the expulsions by Ghana, Kenya expelled Ghanaian diplomats on Friday."
    assert ("KEN", "GHA", "16") in by_root(run(text, DAY))
