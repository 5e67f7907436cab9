"""The author of a nominal attack told by a modifier of the means (AG19): 'a CIA drone strike',
'a Hamas rocket barrage' -- the parser hangs the actor on the noun of the means ('drone',
'rocket'), which modifies the event noun. Places there say where, not who. Sentences are our
own; each family has a control."""

from __future__ import annotations

import pytest


def _events(coder, text, date="2016-03-14"):
    return {(e.source, e.target) for e in coder.code(text, date, include_flagged=True)}


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Officials said a CIA drone strike had killed two militants in northwest Pakistan.",
            "USA",
        ),
        ("A Hamas rocket barrage wounded four Israeli civilians near Ashkelon.", "PSE"),
        ("Witnesses said a Mossad drone strike had killed an Iranian engineer.", "ISR"),
        ("A Houthi drone strike hit a Saudi oil terminal on Saturday.", "YEM"),
        ("Israeli officials said a Hezbollah drone attack had wounded two soldiers.", "LBN"),
        ("A Syrian army artillery barrage killed twelve rebels near Aleppo on Sunday.", "SYR"),
        ("Police said an al-Shabaab car bomb attack had killed ten Kenyan soldiers.", "SOM"),
    ],
)
def test_author_on_the_means(real_coder, text, source):
    got = _events(real_coder, text)
    assert any(s and s.startswith(source) for s, _ in got), got


def test_no_author_no_source(real_coder):
    # a means with no actor on it gives no source of its own
    got = _events(real_coder, "A drone strike killed two militants in northwest Pakistan.")
    assert not any(s and s.startswith("PAK") for s, _ in got), got


def test_place_on_the_means_is_not_the_author(real_coder):
    # 'Lagos' says where the market is; the bombers are the group
    got = _events(real_coder, "Officials said a Lagos market bomb attack had killed nine traders.")
    assert not any(s and s.startswith("NGA") and s.endswith("GOV") for s, _ in got), got
