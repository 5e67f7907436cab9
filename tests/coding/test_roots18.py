"""Second acts on one pair that precedence must keep, and protest forms (R18).

An arrest told by a verb of its own beside the force used on the same side ('fired rubber
bullets at crowds and arrested dozens') is a second act (173), not the one attack told twice;
the same word read two ways stays one event. Crowds breaking into a building are a violent
protest (145); a break-in by anyone else is none. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _keys(coder, text):
    return sorted((e.source[:3], e.target[:3], e.code) for e in coder.code(text, "2021-05-04"))


def _roots(coder, text):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, "2021-05-04"))


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian police fired rubber bullets at crowds in Lima on Friday and arrested dozens "
        "of opposition activists.",
        "Chilean riot police used water cannon against marchers in Santiago on Sunday, and "
        "more than 200 demonstrators were detained.",
        "Ghanaian riot police fired tear gas at students outside the university in Accra, and "
        "several opposition politicians were later detained.",
    ],
)
def test_arrest_beside_force_is_a_second_act(coder, text):
    roots = _roots(coder, text)
    assert roots.count(roots[0][:2] + ("17",)) == 2, roots
    assert any(k[2] == "173" for k in _keys(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        # one act of force only: no arrest is told
        "Peruvian police fired rubber bullets at crowds in Lima on Friday.",
        # two arrests by one side stay one arrest for the pair
        "Chilean police arrested dozens of opposition activists and detained several "
        "students in Santiago on Sunday.",
    ],
)
def test_one_coercive_act_stays_one(coder, text):
    roots = [k for k in _roots(coder, text) if k[2] == "17"]
    assert len(roots) == 1, roots


def test_crowd_breaking_in_is_a_violent_protest(coder):
    keys = _keys(
        coder, "Angry protesters broke into Peru's congress on Friday and smashed windows."
    )
    assert ("PER", "PER", "145") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Thieves broke into the Peruvian embassy in Quito on Friday.",
        "Chile broke into the Asian market for copper last year.",
        # breaking out of a camp is an escape, not a storming
        "Hundreds of Ghanaian migrants broke out of a holding camp near the Peruvian border.",
    ],
)
def test_other_break_ins_are_no_protest(coder, text):
    assert not any(k[2].startswith("14") for k in _keys(coder, text))
