"""Round-4 frames: a warning of the speaker's own act on a condition is a threat (gold rule 6)
also when the act halts something ('would halt aid'), is hedged ('could', 'might') or is not
in the lexicon at all; the condition clause is never the act a frame wraps; a protest made
by a state is an official complaint (114), not a demonstration; only officials and states
arrive somewhere on a visit. Sentences are our own, run through the coder with the shipped
tables."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root


@pytest.fixture(scope="module")
def code(real_coder):
    def _code(text, date="2019-06-12"):
        return by_root(real_coder.code(text, date))

    return _code


# ---- conditional threats --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Norway warned on Friday that it would suspend aid to Zambia unless the "
            "government repaid the embezzled funds.",
            "NOR",
            "ZMB",
        ),
        (
            "Canada warned that it might cut off aid to Haiti if the election was postponed again.",
            "CAN",
            "HTI",
        ),
        (
            "Brazil warned on Monday that it could expel Paraguay's ambassador in the event "
            "of further border incidents.",
            "BRA",
            "PRY",
        ),
    ],
)
def test_a_warned_own_act_on_a_condition_is_a_threat(code, text, source, target):
    keys = code(text)
    assert (source, target, "13") in keys
    assert not any(k[2] == "16" for k in keys)  # the halted aid is only threatened


def test_a_warned_conditional_act_outside_the_lexicon_is_still_a_threat(code):
    keys = code(
        "Chile warned Peru on Tuesday that it would take matters into its own hands if "
        "Peruvian trawlers kept crossing the maritime line."
    )
    assert any(k[0] == "CHL" and k[2] == "13" for k in keys)


def test_the_condition_is_not_the_warned_act(code):
    # 'if X imposed sanctions' is what would set the threat off, not what the speaker does
    keys = code(
        "Serbia warned that it would recall its ambassador from Croatia if Zagreb imposed "
        "sanctions on Serbian firms."
    )
    assert ("SRB", "HRV", "13") in keys
    assert not any(k[2] == "16" for k in keys)


def test_a_warning_of_someone_elses_conditional_act_is_no_threat(code):
    keys = code(
        "Germany warned on Monday that Russian hackers could attack its power grid if "
        "tensions over Ukraine rose further."
    )
    assert not any(k[0] == "DEU" and k[2] == "13" for k in keys)


# ---- a state's protest ----------------------------------------------------------------


def test_a_state_protesting_complains_officially(code):
    keys = code("Peru protested against Chile's new maritime map on Tuesday.")
    assert ("PER", "CHL", "11") in keys
    assert not any(k[2] == "14" for k in keys)


def test_a_protest_drawn_from_a_state_is_an_official_complaint(code):
    keys = code(
        "Japan held naval drills near the disputed islands, prompting a protest from China."
    )
    assert ("CHN", "JPN", "11") in keys
    assert not any(k[2] == "14" for k in keys)


def test_people_protesting_still_demonstrate(code):
    keys = code("Thousands of Chileans protested against the government in Santiago on Sunday.")
    assert any(k[2] == "14" for k in keys)
    assert not any(k[2] == "11" for k in keys)


# ---- arrivals -------------------------------------------------------------------------


def test_an_official_flying_to_a_capital_visits(code):
    keys = code("The Mexican foreign minister flew to Havana on Monday for two days of talks.")
    assert ("MEX", "CUB", "04") in keys


def test_commandos_flying_somewhere_pay_no_visit(code):
    keys = code("Israeli commandos flew to Uganda on Sunday.")
    assert not any(k[2] == "04" for k in keys)


# ---- reciprocal acts told beside a span of time or an older date -----------------------


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "The guns went quiet at midnight as a ceasefire between Armenia and Azerbaijan "
            "took effect after six weeks of war.",
            ("ARM", "AZE"),
        ),
        (
            "Calm returned to the border on Sunday as a truce between Thailand and Cambodia "
            "took hold after two weeks of clashes.",
            ("THA", "KHM"),
        ),
    ],
)
def test_a_truce_taking_hold_after_a_span_of_fighting_is_current(code, text, pair):
    keys = code(text)
    assert (*pair, "08") in keys
    assert (pair[1], pair[0], "08") in keys


def test_fire_traded_in_breach_of_an_older_accord_is_current(code):
    keys = code(
        "Eritrean and Ethiopian soldiers exchanged artillery fire near Badme on Monday, in "
        "breach of a 2000 peace agreement, both governments said."
    )
    assert any(k[:2] == ("ERI", "ETH") and k[2] in ("19", "20") for k in keys)


def test_a_year_on_the_adjunct_itself_still_dates_it(code):
    keys = code("Ecuador expelled two Colombian diplomats in 2008.")
    assert not any(k[2] == "16" for k in keys)


def test_a_hedged_loss_foreseen_on_a_condition_is_no_threat(code):
    keys = code(
        "If Ethiopia fills the reservoir too quickly, Egypt could lose much of its water, "
        "Egyptian experts warn."
    )
    assert not any(k[2] == "13" for k in keys)


# ---- precedence rules whose every word group must be in the clause ----------------------


def test_an_upgrade_rule_with_word_groups_needs_every_group(real_coder):
    lex = real_coder.lex
    shipped = lex.upgrades
    rule = {"roots": ["19"], "all": [["violation", "breach"], ["truce"]], "code": "196"}

    def codes(text):
        return {e.code for e in real_coder.code(text, "2019-06-12")}

    object.__setattr__(lex, "upgrades", (rule, *shipped))  # the lexicon is frozen
    try:
        in_breach = codes(
            "Greek and Turkish soldiers traded fire on Cyprus on Monday, in breach of a truce."
        )
        no_truce = codes(
            "Greek and Turkish soldiers traded fire on Cyprus on Monday, in breach of protocol."
        )
    finally:
        object.__setattr__(lex, "upgrades", shipped)
    assert in_breach == {"196"}
    assert "196" not in no_truce


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Ghanaian troops exchanged artillery fire on Tuesday in violation of a truce.",
        "Kenyan troops shelled Ghanaian positions on Tuesday, breaching a ceasefire agreed in May.",
    ],
)
def test_fire_in_breach_of_a_ceasefire_is_196_whatever_the_weapon(run, text):
    codes = {code for _s, _t, code in by_code(run(text))}
    assert "196" in codes and not codes & {"194", "190"}


def test_fire_without_a_ceasefire_keeps_its_weapon_code(run):
    events = run("Kenyan troops shelled Ghanaian positions on Tuesday.")
    codes = {code for _s, _t, code in by_code(events)}
    assert "196" not in codes and codes
