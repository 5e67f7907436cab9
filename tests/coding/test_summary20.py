"""A reaction aimed at a noun that sums up another side's act told earlier in the sentence
('X expelled envoys, and Y condemned the move', ', a step Y condemned', ', Y said, calling the
step unjustified'): aimed at whoever did that act; blame words that modify the summing noun
('called the step disproportionate') read as a judgement. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2022-05-10")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the summing noun as the reaction's object
        (
            "Hungary expelled three Romanian diplomats on Tuesday, and Bucharest condemned "
            "the move.",
            ("ROU", "HUN", "11"),
        ),
        (
            "Hungary expelled three Romanian diplomats on Tuesday, and Bucharest called the "
            "step unjustified.",
            ("ROU", "HUN", "11"),
        ),
        (
            "Thailand proposed a ceasefire on Friday, but Cambodia rejected the proposal.",
            ("KHM", "THA", "12"),
        ),
        # after a clause of saying: the speaker is not the maker of the step
        (
            "Russia expelled two Polish diplomats on Monday, the Polish foreign ministry said, "
            "calling the move a direct assault on diplomacy.",
            ("POL", "RUS", "11"),
        ),
        # the summing noun set after the clause, with the reaction in a relative clause
        (
            "Chile recalled its ambassador from Peru on Sunday, a step Lima condemned as "
            "unwarranted.",
            ("PER", "CHL", "11"),
        ),
        (
            "Ecuador seized a Colombian fishing boat on Monday, a move the Colombian foreign "
            "minister, Maria Ruiz, denounced as illegal.",
            ("COL", "ECU", "11"),
        ),
        (
            "Brazil gave Paraguay a one-week deadline to hand over the suspects, a demand "
            "Asuncion rejected on Thursday.",
            ("PRY", "BRA", "12"),
        ),
    ],
)
def test_reaction_to_a_summed_up_act_is_aimed_at_its_maker(code, text, key):
    assert key in _roots(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Germany welcomed the decision on Monday.",
        "Japan said on Monday it welcomed the move.",
        "Kenya called the plan bold and welcomed the step.",
        "The storm destroyed hundreds of homes, and Vietnam called the damage unprecedented.",
    ],
)
def test_no_maker_named_no_target(code, text):
    assert code(text) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kenya called the Somali raid disproportionate and unprovoked.", ("KEN", "SOM", "11")),
        ("Norway called the Danish ban unjust.", ("NOR", "DNK", "11")),
    ],
)
def test_blame_modifier_is_a_judgement(code, text, key):
    assert key in _roots(code(text))
