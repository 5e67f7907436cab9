"""Sub-codes of violence (roots 18-20) read off the sentence around the act: fighting told as
coming after, since or despite a truce in force, or as shattering one, breaches it (196, the gold
rules' 'whatever the weapon'), but not fighting after a truce that is over or only sought;
machine-gun and small-arms fire is small arms (193); rocket barrages and missiles fired from
warships are artillery (194); a verb with no subject of its own takes its head's doer ('jets
bombed X, killing Y' is an air strike, 195); a leader shot and wounded, not killed, is an
attempt on a life (185); beating with torture is torture (1822). Sentences are our own and use
the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2016-04-07"

CODED = [
    # a truce in force, told by timing, contrast or its shattering
    (
        "Syrian troops shelled rebel-held districts of Aleppo on Friday, hours after a "
        "ceasefire brokered by Russia took effect.",
        ("SYR", "SYR", "196"),
    ),
    (
        "Armenian forces fired artillery at Azerbaijani villages, a day after a humanitarian "
        "truce came into force.",
        ("ARM", "AZE", "196"),
    ),
    (
        "Ukrainian troops shelled Russian positions near Donetsk on Sunday, hours after "
        "Moscow declared a unilateral truce.",
        ("UKR", "RUS", "196"),
    ),
    (
        "Israeli troops kept shelling Lebanese border villages despite a truce agreed by "
        "both sides.",
        ("ISR", "LBN", "196"),
    ),
    (
        "Ethiopian and Eritrean soldiers traded artillery fire along the border on Monday, "
        "shattering a truce brokered by the African Union.",
        ("ETH", "ERI", "196"),
    ),
    (
        "Hamas fired mortar rounds at Israeli troops, its first attack since a truce halted "
        "the fighting in May.",
        ("PSE", "ISR", "196"),
    ),
    (
        "Georgian villages came under artillery fire from Russian troops in a fresh violation "
        "of the ceasefire.",
        ("RUS", "GEO", "196"),
    ),
    # hyphenated small arms
    (
        "Indian and Chinese soldiers exchanged machine-gun fire near the border.",
        ("IND", "CHN", "193"),
    ),
    (
        "Sudanese and South Sudanese troops traded small-arms fire at a border post.",
        ("SDN", "SSD", "193"),
    ),
    (
        "Somali militants attacked a Kenyan army convoy with small arms.",
        ("SOM", "KEN", "193"),
    ),
    # a bomb beside small arms keeps the bombing
    (
        "Somali militants attacked a Kenyan army base with explosives and small-arms fire.",
        ("SOM", "KEN", "183"),
    ),
    # rocket barrages are artillery (194: 'artillery, tanks, and rocket fire')
    (
        "Eritrean forces fired rocket barrages at Ethiopian border towns on Tuesday.",
        ("ERI", "ETH", "194"),
    ),
    (
        "Hamas militants fired a barrage of rockets at Israeli towns on Friday.",
        ("PSE", "ISR", "194"),
    ),
    # missiles from warships are a naval attack (194: 'tanks and/or warships'), not an air strike
    (
        "Russian warships fired cruise missiles at rebel targets in Syria on Wednesday.",
        ("RUS", "SYR", "194"),
    ),
    (
        "A U.S. Navy destroyer fired Tomahawk missiles at militant camps in Yemen.",
        ("USA", "YEM", "194"),
    ),
    ("Russian jets fired missiles at rebel targets in Syria on Wednesday.", ("RUS", "SYR", "195")),
    # the doer of a participle or a subjectless conjunct is its head's
    (
        "Saudi jets bombed a market in northern Yemen on Sunday, killing dozens of Yemeni "
        "civilians.",
        ("SAU", "YEM", "195"),
    ),
    (
        "Turkish F-16s pounded Kurdish rebel camps in northern Iraq overnight.",
        ("TUR", "TUR", "195"),
    ),
    # a leader shot and wounded is the target of an attempt, not of an assassination
    (
        "The Kenyan prime minister was shot twice by a gunman outside parliament and taken to "
        "hospital.",
        ("KEN", "KEN", "185"),
    ),
    (
        "A gunman shot the Kenyan prime minister outside parliament, wounding him in the arm.",
        ("KEN", "KEN", "185"),
    ),
    (
        "The Kenyan president was shot and seriously injured by a gunman in Nairobi on Monday.",
        ("KEN", "KEN", "185"),
    ),
    # killed, whoever else was wounded: the assassination stays
    (
        "A gunman shot dead the Kenyan prime minister and wounded two of his guards.",
        ("KEN", "KEN", "186"),
    ),
    # beating with torture
    (
        "Egyptian opposition activists were beaten and tortured by police in a Cairo jail.",
        ("EGY", "EGY", "1822"),
    ),
    (
        "Iranian guards beat Kurdish detainees and gave them electric shocks.",
        ("IRN", "IRN", "1822"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_violent_act_takes_its_subcode(real_coder, text, expected):
    found = {(s[:3], t[:3], c) for s, t, c in by_code(real_coder.code(text, DATE))}
    assert expected in found, found


NO_BREACH = [
    # the truce is over, or only sought: fighting after it is no breach of it
    "Syrian troops shelled rebel-held districts of Aleppo on Friday, hours after a ceasefire "
    "collapsed.",
    "Ukrainian troops shelled Russian positions near Donetsk, a day after Moscow rejected a truce.",
    "Israeli troops shelled Lebanese border villages despite calls for a truce.",
    "Armenian forces fired artillery at Azerbaijani villages after talks on a ceasefire failed.",
    "Armenian forces fired artillery at Azerbaijani villages hours before a truce took effect.",
    # a truce named only as a landmark in time
    "Armenian and Azerbaijani forces fought on Saturday in the worst clashes since a 1994 truce.",
]


@pytest.mark.parametrize("text", NO_BREACH)
def test_fighting_outside_a_truce_in_force_is_no_breach(real_coder, text):
    found = by_code(real_coder.code(text, DATE))
    assert found and all(c != "196" for _s, _t, c in found), found
