"""Exact sub-codes of framed acts: what a probe is over, a policy undone, a leader going, a sum
of money asked for or pledged, a named penalty, and topic words and phrases of appeals and
pledges. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def codes(real_coder):
    def _codes(text):
        return {e.code for e in real_coder.code(text, "2016-09-12")}

    return _codes


# ---- a probe is coded by its topic, also when named by 'over' or 'about' (CAMEO 091-094) -----


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Chilean prosecutors questioned the former Peruvian president over a bribery scandal.",
            "091",
        ),
        ("Kenyan police questioned Ghana's former finance minister about kickbacks.", "091"),
        ("Norwegian prosecutors opened a criminal inquiry into the Chilean ambassador.", "091"),
        (
            "A United Nations team began investigating the killing of protesters by Kenyan police.",
            "092",
        ),
        (
            "Polish prosecutors opened an inquiry into how a Russian missile landed near Warsaw.",
            "093",
        ),
    ],
)
def test_probe_topic(codes, text, code):
    assert code in codes(text)


# ---- undoing a policy is a policy change, whatever the policy is about (0242, 1042, 1232) -----


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Norway demanded on Monday that Chile reverse its decision to expel two diplomats.",
            "1042",
        ),
        ("Peru demanded that Chile tear up the water deal it signed with Bolivia.", "1042"),
        ("Kenya urged Ghana to drop its ban on imported poultry.", "0242"),
        ("Ghana rejected Kenyan demands that it scrap the new import tax.", "1232"),
    ],
)
def test_policy_undone(codes, text, code):
    assert code in codes(text)


# ---- a leader going, handing over power or being reinstated is a leadership change ------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("Sri Lanka's president rebuffed protesters' demands that he resign.", "1231"),
        (
            "Protesters demanded that the Sudanese junta hand over power to a civilian government.",
            "1411",
        ),
        (
            "The African Union demanded that the Malian army reinstate President Ibrahim Keita.",
            "1041",
        ),
    ],
)
def test_leader_change(codes, text, code):
    assert code in codes(text)


# ---- a sum of money asked for or pledged is economic aid; a bargain over one is not -----------


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Norway pledged 40 million euros to Kenya on Tuesday to help rebuild its schools.",
            "0331",
        ),
        ("Ghana pledged $50 million to help Kenya rebuild after the floods.", "0331"),
        ("Peru asked the World Bank for $2 billion on Monday.", "0231"),
        ("Sri Lanka asked India for a $1 billion credit line on Tuesday.", "0231"),
        ("Norway pledged 40 million euros in humanitarian aid to Kenya.", "0333"),
    ],
)
def test_sum_is_economic_aid(codes, text, code):
    assert code in codes(text)


def test_agreed_sum_is_no_aid(codes):
    assert not {"0331", "0311"} & codes("Kenya and Ghana agreed on a $300 million trade deal.")


# ---- the penalty named decides the threat (1312, 1313, 131) -----------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Norway warned Chile that it would face economic penalties if it expelled diplomats.",
            "1312",
        ),
        (
            "Washington warned Pyongyang it would face deeper isolation if it tested a missile.",
            "131",
        ),
        (
            "The African Union told Sudan's junta to hand power to civilians or face suspension.",
            "1313",
        ),
    ],
)
def test_named_penalty(codes, text, code):
    assert code in codes(text)


# ---- topic words and phrases of appeals and pledges -------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("The U.N. chief urged India and Pakistan to step back from the brink of war.", "0256"),
        ("The Pope urged Ethiopia's government and Tigrayan forces to silence their guns.", "0256"),
        (
            "The Arab League asked the U.N. Security Council to impose a no-fly zone over Libya.",
            "0234",
        ),
        ("Kenya urged Emirati investors to put money into its ports.", "0211"),
        ("Russia pledged on Tuesday to scale back its operations near Kyiv.", "0356"),
    ],
)
def test_topic_phrases(codes, text, code):
    assert code in codes(text)


def test_step_up_is_no_leader_change(codes):
    got = codes("Indian Prime Minister Manmohan Singh asked Nepal to take steps to restore order.")
    assert not any(c.endswith("41") and len(c) == 4 for c in got), got


def test_sum_deep_in_object_is_no_aid(codes):
    got = codes(
        "Somali militants offered a reward for information on Kenyan commanders in response to "
        "Kenyan rewards of $5 million for their leaders."
    )
    assert "0331" not in got, got


# ---- a rejected demand is coded by what was demanded, not by a statement set beside it ------


@pytest.mark.parametrize(
    "text, code",
    [
        ("Turkey dismissed demands for a ceasefire from Norway and Chile.", "1246"),
        ("Ghana rejected Kenyan demands that it scrap the new import tax.", "1232"),
        (
            "Finland rejected Russian demands that it never join NATO, with its president "
            "saying it had every right to join.",
            "120",
        ),
    ],
)
def test_rejected_demand(codes, text, code):
    assert code in codes(text)
