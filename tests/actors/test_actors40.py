"""AMN40: a named body or place keeps its name when a sector phrase runs on from its last
word ('Caribbean Community leaders' is the bloc's, not the common 'community leaders'); a
lone 'villager' is a civilian of the demonym before it (own sentences)."""

import datetime as dt

import pytest

DATE = dt.date(2021, 3, 4)


def _found(shipped, text):
    return {m.text: m.code for m in shipped.find(text, DATE)}


@pytest.mark.parametrize(
    "text, word, code",
    [
        (
            "Caribbean Community leaders urged Britain to pay reparations.",
            "Caribbean Community leaders",
            "IGOCRB",
        ),
        (
            "Caribbean Community leaders met in Georgetown on Monday.",
            "Caribbean Community leaders",
            "IGOCRB",
        ),
    ],
)
def test_named_body_not_overtaken_by_sector(shipped, text, word, code):
    assert _found(shipped, text).get(word) == code


def test_common_noun_community_leaders_still_a_sector(shipped):
    found = _found(shipped, "Kenyan community leaders appealed for calm in Kisumu.")
    assert any(code == "KENCVL" for code in found.values())


@pytest.mark.parametrize(
    "text, code",
    [
        ("Malian soldiers beat a Tuareg villager suspected of helping rebels.", "MLICVL"),
        ("A Nepalese villager was swept away by the flood near Pokhara.", "NPLCVL"),
    ],
)
def test_lone_villager_is_civilian(shipped, text, code):
    assert code in _found(shipped, text).values()
