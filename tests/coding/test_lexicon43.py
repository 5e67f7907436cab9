"""Senses the lexicon lacked or mis-coded on real news (round 43): a peacekeeping force or
mission authorised or approved (074), control of a place retaken or reclaimed (19x through the
seize frame), aid redirected or diverted away from a recipient (162), a group designated or
listed as terrorist (163), arms export licences suspended (163, an arms embargo, not 172), a
military intervention launched (190), a state institution dissolved (172) and foreign officials
or reporters banned (163; at home 172). A charge is an accusation or a lawsuit (1121, 115 by
the codebook), never an arrest. Each family has near misses that must not fire. Sentences are
our own and use the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2021-05-04"

CODED = [
    # 074: a peacekeeping force or mission authorised, approved or endorsed for a country
    (
        "The UN Security Council authorized an African Union peacekeeping force for Somalia.",
        ("IGO", "SOM", "074"),
    ),
    (
        "The Security Council approved a peacekeeping mission for Mali on Thursday.",
        ("IGO", "MLI", "074"),
    ),
    # 19x: control of a place retaken or reclaimed from an armed group
    (
        "Colombian troops reclaimed control of the village from FARC guerrillas.",
        ("COL", "COL", "192"),
    ),
    # 162: aid redirected or diverted away from a recipient
    (
        "The United States redirected $100 million in aid for Honduras to other countries.",
        ("USA", "HND", "162"),
    ),
    ("Britain diverted aid meant for Zambia.", ("GBR", "ZMB", "162")),
    # 163: a group designated or listed as terrorist
    (
        "New Zealand designated the Houthis as a terrorist organisation.",
        ("NZL", "YEM", "163"),
    ),
    (
        "The United States added the Houthis to its list of foreign terrorist organizations.",
        ("USA", "YEM", "163"),
    ),
    # 163: arms export licences suspended (an arms embargo)
    ("Germany suspended weapons export licences to Turkey.", ("DEU", "TUR", "163")),
    # 163: foreign officials, lawmakers or journalists banned (an entry ban); 172 at home
    ("Russia banned 25 British officials on Friday.", ("RUS", "GBR", "163")),
    ("Iran barred two German journalists from the country.", ("IRN", "DEU", "163")),
    ("Myanmar's junta banned opposition lawmakers from politics.", ("MMR", "MMR", "172")),
    # 190: a military intervention launched into another country
    ("Eritrea launched a full-scale intervention into Tigray.", ("ERI", "ETH", "190")),
    # 172: a judicial council dissolved by the executive
    ("The president of Tunisia dissolved the Supreme Judicial Council.", ("TUN", "TUN", "172")),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_round43_sense_is_coded(real_coder, text, expected):
    found = {(s[:3], t[:3], c) for s, t, c in by_code(real_coder.code(text, DATE))}
    assert expected in found, found


NOT_CODED = [
    # a media licence suspended is no arms embargo
    ("Hungary suspended the broadcast licence of a Polish television channel.", "163"),
    # an institution created to observe elections is no peacekeeping mission
    ("The African Union approved an observer mission for the Gambian election.", "074"),
    # a charge is an accusation or a lawsuit (codebook: 1121, 115), never an arrest
    ("French prosecutors charged two Algerian nationals with terrorism.", "173"),
    # a list of countries for travel rules is no terrorist designation
    ("Britain added Turkey and Nepal to its red list of countries for travel.", "163"),
    # dissolving parliament for a routine early election is no sanction
    ("Japan's prime minister dissolved parliament ahead of a general election.", "172"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CODED)
def test_a_near_miss_of_a_round43_sense_does_not_fire(real_coder, text, absent):
    codes = {code for _, _, code in by_code(real_coder.code(text, DATE))}
    assert absent not in codes, codes
