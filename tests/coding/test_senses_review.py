"""Word senses and modality found by a trigger-by-trigger review of coded WCEP events.

- What a discussion is about is a topic, not a deed: 'met to discuss sending a mission',
  'debated imposing sanctions', 'talks on the withdrawal of troops' (gold rule 5).
- What a ban or a barrier keeps from happening is not done: 'barred X from travelling to Y',
  'a ban on importing X', 'imposed a moratorium on deporting X'.
- Hedging adverbs and adjectives ('will likely meet', 'possible talks') and anticipation
  ('anticipating an attack from X', 'bracing for an invasion') are speculative (rule 5).
- 'threaten' in the sense 'put at risk', with an event or a clause as its subject ('clashes
  ..., threatening the truce'), is no threat by an actor; 'threatened to V' and 'threatened X
  with Y' stay threats.
- Rows: 'armed with rifles' describes equipment, not arms supplied (072 needs an armed party
  as object).

Each sentence is written for this file; each family has a control that must still be coded.
"""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _keys(coder, text, date="2021-04-13"):
    """(source country, target country, root) of the counted events."""
    return {
        (e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date) if not e.flagged
    }


def _flagged(coder, text, date="2021-04-13"):
    return {
        (e.source[:3], e.target[:3], e.code[:2])
        for e in coder.code(text, date, include_flagged=True)
        if e.flagged
    }


# --- what a discussion is about ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Foreign ministers of Chile and Peru meet in Lima to discuss sending a joint police "
            "mission to Bolivia.",
            ("BOL", "04"),
        ),
        ("Kenya and Uganda debate imposing sanctions on South Sudan.", ("SSD", "16")),
        (
            "Envoys of Ghana and Togo met to discuss deploying troops to Burkina Faso.",
            ("BFA", "15"),
        ),
        (
            "Officials from Senegal and Gambia discussed expelling Guinean diplomats.",
            ("GIN", "16"),
        ),
    ],
)
def test_what_is_discussed_is_not_done(coder, text, topic):
    keys = _keys(coder, text)
    assert not {(t, r) for _s, t, r in keys} & {topic}


def test_a_meeting_to_discuss_is_still_a_meeting(coder):
    text = "Foreign ministers of Chile and Peru meet in Lima to discuss sending a mission."
    assert ("CHL", "PER", "04") in _keys(coder, text)


def test_a_finished_discussion_beside_a_deed_keeps_the_deed(coder):
    keys = _keys(coder, "Sweden and Norway discussed fishing quotas and signed a trade pact.")
    assert {("SWE", "NOR", "05"), ("NOR", "SWE", "05")} <= keys


# --- bans and barriers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The United States bars its diplomats from travelling to Niger.", ("USA", "NER", "04")),
        ("Bolivia prohibits Peruvian airlines from flying to Chile.", ("BOL", "CHL", "04")),
        ("Uganda imposed a moratorium on deporting Congolese refugees.", ("UGA", "COD", "17")),
    ],
)
def test_what_a_ban_keeps_from_happening_is_not_done(coder, text, kept):
    assert kept not in _keys(coder, text)


def test_the_first_stop_of_a_tour_is_still_a_visit(coder):
    text = (
        "Peruvian President Dina Boluarte received Kenya's William Ruto at the Government Palace "
        "in Lima on Tuesday, the first stop on Ruto's tour of South America."
    )
    assert ("KEN", "PER", "04") in _keys(coder, text, "2023-05-02")


def test_a_deportation_without_a_ban_is_coded(coder):
    assert ("UGA", "COD", "17") in _keys(coder, "Uganda deported Congolese refugees on Monday.")


# --- hedges and anticipation ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of Japan and South Korea will likely discuss North Korea's missile tests.",
        "Japan will probably impose sanctions on Myanmar.",
        "Possible talks between Serbia and Kosovo are on the agenda of the summit.",
        "Anticipating an invasion by Russia, Finland moves troops to the border.",
        "Bracing for an attack from Eritrea, Ethiopia closed its airspace.",
    ],
)
def test_hedged_and_anticipated_acts_are_not_counted(coder, text):
    keys = _keys(coder, text)
    hedged = {("JPN", "KOR"), ("KOR", "JPN"), ("JPN", "MMR"), ("SRB", "KSV"), ("KSV", "SRB")}
    hedged |= {("RUS", "FIN"), ("ERI", "ETH")}
    assert not {(s, t) for s, t, _r in keys} & hedged


def test_a_plain_sanction_is_counted(coder):
    assert ("JPN", "MMR", "16") in _keys(coder, "Japan imposed sanctions on Myanmar.")


def test_reportedly_is_no_hedge(coder):
    assert ("JPN", "MMR", "16") in _keys(coder, "Japan reportedly imposed sanctions on Myanmar.")


# --- 'threaten' as 'put at risk' ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police clash with Somali migrants, threatening a deal between Kenya and Somalia.",
        "Ethiopian troops shelled Eritrean positions, threatening the truce between the two.",
    ],
)
def test_a_clause_that_endangers_a_deal_is_no_threat(coder, text):
    assert not {k for k in _keys(coder, text) if k[2] == "13"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru threatened Chile with sanctions over the fishing dispute.", ("PER", "CHL", "13")),
        ("Peru threatened to scrap its trade deal with Chile.", ("PER", "CHL", "13")),
        ("Serbia threatens Kosovo.", ("SRB", "KSV", "13")),
    ],
)
def test_threats_by_an_actor_stay_threats(coder, text, expected):
    assert expected in _keys(coder, text)


# --- rows: armed with; a plain import stays a trade act ----------------------------------


def test_armed_with_weapons_is_no_arms_supply(coder):
    keys = _keys(coder, "Gunmen armed with rifles attacked a police post in northern Mali.")
    assert not {k for k in keys if k[2] == "07"}
    assert {k for k in keys if k[2] == "19"}


def test_arming_a_group_is_an_arms_supply(coder):
    assert ("RUS", "UKR", "07") in _keys(coder, "Russia armed separatists in eastern Ukraine.")


def test_a_named_importer_trades(coder):
    assert ("CHL", "PER", "06") in _keys(coder, "Chile imports copper ore from Peru.")
