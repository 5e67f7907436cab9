"""Precision families from a by-eye review of coded WCEP/VOA events (session 16, PR21): a
sanction or expulsion told during a visit is not aimed at the host; a strike told as the
means of a reply ('hit back by sending jets to bomb X') is done, not only aimed; recognising
an atrocity is no diplomatic recognition; a hedge on an act whose verb is itself one of
reporting ('said the army should declare ...') still counts under the report; a noun of
reluctance negates its infinitive. Every sentence is written for this file; each family
has controls that must still be coded."""

from __future__ import annotations

import pytest
from coding_helpers import counted_roots


# 1. a hostile measure told during a visit is not aimed at the host
@pytest.mark.parametrize(
    "text, host",
    [
        ("During a visit to Warsaw, the British prime minister announced new sanctions.", "POL"),
        ("On a trip to Rome, the Canadian foreign minister unveiled fresh sanctions.", "ITA"),
        ("During his visit to Nairobi, the Ugandan president announced an aid cut.", "KEN"),
    ],
)
def test_sanctions_during_a_visit_not_aimed_at_host(real_coder, text, host):
    keys = counted_roots(real_coder, text)
    assert not {k for k in keys if k[1] == host and k[2] == "16"}
    assert any(k[1] == host and k[2] == "04" for k in keys)  # the visit itself stays


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Peru's president met Chile's president in Lima, but the Chilean delegation "
            "walked out of the talks after an hour.",
            ("CHL", "PER"),
        ),
        (
            "The Greek prime minister held talks with the Turkish president, then broke off "
            "the talks abruptly.",
            ("GRC", "TUR"),
        ),
    ],
)
def test_break_off_still_aimed_at_the_partner(real_coder, text, pair):
    keys = counted_roots(real_coder, text)
    assert (*pair, "16") in keys


# 2. the purpose of a deployment told as the means of a reply is done
@pytest.mark.parametrize(
    "text, key",
    [
        ("Turkey retaliated by dispatching drones to strike Kurdish militia bases in Syria.", "19"),
        ("India hit back by sending warplanes to bomb militant camps in Pakistan.", "19"),
        ("Egypt responded by sending jets to pound Islamic State positions in Libya.", "19"),
    ],
)
def test_reply_by_sending_forces_to_strike_is_done(real_coder, text, key):
    assert any(r == key for _s, _t, r in counted_roots(real_coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Algeria sent troops to the border to seize smuggling routes used by Malian gangs.",
        "Turkey threatened to retaliate by sending jets to bomb Kurdish positions in Iraq.",
    ],
)
def test_plain_purpose_of_a_deployment_is_not_a_deed(real_coder, text):
    keys = counted_roots(real_coder, text)
    assert not {k for k in keys if k[2] in ("18", "19")}


# 3. recognising an atrocity is no recognition of a state
@pytest.mark.parametrize(
    "text",
    [
        "The French senate adopted a text recognising the Ukrainian famine as a genocide.",
        "Canada recognised the 1932 famine in Ukraine as genocide on Tuesday.",
        "The Belgian senate formally recognised the massacres of Tutsis in Rwanda.",
        "Lithuania's parliament formally recognised that Russia is committing genocide "
        "against Ukrainians.",
    ],
)
def test_recognising_an_atrocity_is_no_054(real_coder, text):
    assert not {k for k in counted_roots(real_coder, text) if k[2] == "05"}


@pytest.mark.parametrize(
    "text, key",
    [
        ("Portugal formally recognised the State of Palestine on Sunday.", ("PRT", "PSE", "05")),
        ("Mexico recognised Kosovo as an independent state on Monday.", ("MEX", "XKX", "05")),
    ],
)
def test_recognising_a_state_is_still_054(real_coder, text, key):
    keys = counted_roots(real_coder, text)
    assert any(k[0] == key[0] and k[2] == "05" for k in keys)


# 4. a hedge on a reporting-verb act, under a report
@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan rights campaigner said the government should declare a state of emergency "
        "in the north.",
        "An opposition lawmaker said Ghana's president could announce sanctions on Togo.",
    ],
)
def test_hedged_reporting_verb_act_under_a_report(real_coder, text):
    assert not {k for k in counted_roots(real_coder, text) if k[2] in ("16", "17")}


def test_unhedged_reported_act_still_coded(real_coder):
    keys = counted_roots(
        real_coder, "Officials said Ghana's president announced sanctions on Togo."
    )
    assert ("GHA", "TGO", "16") in keys


# 5. a noun of reluctance negates its infinitive
@pytest.mark.parametrize(
    "text",
    [
        "Beijing signalled its reluctance to endorse the Japanese proposal.",
        "Ankara voiced unwillingness to back the Greek plan for the island.",
    ],
)
def test_reluctance_negates(real_coder, text):
    assert not {k for k in counted_roots(real_coder, text) if k[2] == "05"}


def test_endorsement_without_reluctance_still_coded(real_coder):
    keys = counted_roots(real_coder, "Beijing endorsed the Japanese proposal on Monday.")
    assert ("CHN", "JPN", "05") in keys


def test_reply_and_its_strike_are_one_event(real_coder):
    text = (
        "Eritrean troops shelled Ethiopian border towns on Monday, and Ethiopia hit back by "
        "sending jets to bomb Eritrean army positions."
    )
    events = [e for e in real_coder.code(text, "2019-05-02") if not e.flagged]
    replies = [e for e in events if e.source[:3] == "ETH" and e.target[:3] == "ERI"]
    assert len(replies) == 1 and replies[0].code[:2] == "19"
    assert any(e.source[:3] == "ERI" and e.target[:3] == "ETH" for e in events)
