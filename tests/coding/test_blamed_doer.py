"""Who a condemnation of a nominal deed is aimed at, and where a bomb is set off. 'Y condemned
the arrest of X by Z' blames Z, the deed's doer, not X, its victim (gold rule 4), in the active
and the passive; 'detonated a bomb next to / close to X' aims the bombing at X. Sentences are
our own."""

from __future__ import annotations

import pytest


def _events(coder, text, date="2016-03-14"):
    return {(e.source, e.target, e.code) for e in coder.code(text, date, include_flagged=True)}


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Beijing criticised the expulsion of Chinese traders by Zambian authorities.",
            "CHN",
            "ZMB",
        ),
        (
            "The expulsion of Chinese traders by Zambian authorities was criticised by Beijing.",
            "CHN",
            "ZMB",
        ),
        ("Ukraine condemned the deportation of Ukrainian children by Russia.", "UKR", "RUS"),
        ("Nigeria criticized the harassment of Nigerian traders by Ghanaian police.", "NGA", "GHA"),
        (
            "The arrest of Indian fishermen by the Sri Lankan navy was condemned by India.",
            "IND",
            "LKA",
        ),
    ],
)
def test_condemned_deed_blames_its_doer(real_coder, text, source, target):
    got = _events(real_coder, text)
    blamed = {t[:3] for s, t, c in got if c[:2] == "11" and s and s.startswith(source) and t}
    assert target in blamed and source not in blamed, got


@pytest.mark.parametrize(
    "text, target",
    [
        ("Militants detonated a bomb next to a police station in Kabul.", "AFGCOP"),
        ("Rebels set off a bomb next to an Indian army convoy.", "INDMIL"),
        ("A suicide bomber detonated explosives close to the Pakistani embassy.", "PAK"),
    ],
)
def test_bomb_next_to_a_target(real_coder, text, target):
    got = _events(real_coder, text)
    assert any(c[:2] == "18" and t and t.startswith(target) for _, t, c in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The expulsion of Chinese traders by Zambian authorities was criticised by Beijing.",
        "The arrest of Indian fishermen by the Sri Lankan navy was condemned by India.",
        "The detention of two Kenyan activists by Ugandan police was denounced by Kenya.",
    ],
)
def test_condemned_deed_in_the_passive_is_not_coded(real_coder, text):
    # the deed is only what is condemned (gold rule 4), as in the active
    got = _events(real_coder, text)
    assert got and all(c[:2] == "11" for _, _, c in got), got


def test_to_of_another_word_is_no_bomb_target(real_coder):
    # 'to' is 'near' only after 'next' or 'close': a parcel addressed to X is not aimed at X
    got = _events(
        real_coder, "A parcel bomb addressed to the French embassy was detonated by Greek police."
    )
    assert not any(t and t.startswith("FRA") for _, t, _ in got), got


@pytest.mark.parametrize(
    "text, code",
    [
        ("The detention of two Canadians by China was condemned by Canada.", "111"),
        ("The imprisonment of three Kenyan fishermen by Uganda was condemned by Kenya.", "111"),
        ("An Iranian court condemned a British aid worker to death on Monday.", "116"),
        ("A British aid worker was condemned to death by an Iranian court on Monday.", "116"),
    ],
)
def test_a_condemned_penalty_is_no_sentence(real_coder, text, code):
    """A penalty noun as the passive subject of 'condemned' is what is condemned (111); only
    'condemned [someone] to' a penalty is a sentence (116)."""
    codes = {c for _s, _t, c in _events(real_coder, text) if c[:2] == "11"}
    assert codes == {code}
