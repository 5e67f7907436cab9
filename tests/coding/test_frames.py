"""Frame verbs and their complements: frames coordinated under an earlier act, promises and
appeals whose means is a noun, readiness orders, permission to use bases, leaving an
organisation, claims of responsibility, ultimatums and demands named as nouns, and acts that
were only asked for. Each case is a sentence of our own with the stand-in gazetteer."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root, coding_run

# ---- a frame verb in a second conjunct takes the first act's target ------------------------


def test_a_demand_after_a_condemnation_is_aimed_at_the_condemned(run):
    keys = by_root(
        run("Poland condemned Kenya on Monday and demanded the release of the fishermen.")
    )
    assert ("POL", "KEN", "11") in keys
    assert ("POL", "KEN", "10") in keys


def test_a_demand_after_a_meeting_is_aimed_at_the_partner(run):
    text = (
        "The Polish minister met the Kenyan minister in Oslo on Monday and demanded his "
        "resignation."
    )
    codes = by_code(run(text))
    assert ("POL", "KEN", "1041") in codes


def test_a_pledge_after_talks_is_aimed_at_the_partner(run):
    text = (
        "Chile's minister held talks with Peru's minister on Tuesday and pledged to deepen "
        "the partnership between the two countries."
    )
    keys = by_root(run(text))
    assert ("CHL", "PER", "03") in keys
    assert ("PER", "CHL", "03") not in keys  # the pledge is Chile's alone


def test_a_second_conjunct_with_its_own_subject_keeps_its_own_roles(run):
    keys = by_root(run("Poland condemned Kenya on Monday, and Ghana demanded calm."))
    assert ("GHA", "KEN", "10") not in keys


# ---- a promised conflictual act is a threat (gold rule 6) -----------------------------------


def test_a_vow_to_expel_envoys_is_a_threat_to_cut_ties(run):
    codes = by_code(run("Ghana vowed on Monday to expel Norway's diplomats."))
    assert [c for c in codes if c[:2] == ("GHA", "NOR")] == [("GHA", "NOR", "1313")]


def test_a_pledge_to_impose_sanctions_is_a_sanctions_threat(run):
    codes = by_code(run("Poland pledged on Friday to impose sanctions on Vietnam."))
    assert ("POL", "VNM", "1312") in codes
    assert not any(c[2].startswith("03") for c in codes)


def test_a_pledge_to_end_attacks_stays_an_intent(run):
    keys = by_root(run("Chile promised on Friday to end its raids on Peruvian villages."))
    assert ("CHL", "PER", "03") in keys
    assert ("CHL", "PER", "13") not in keys


def test_a_cooperative_pledge_stays_an_intent(run):
    keys = by_root(run("Norway pledged on Monday to send food aid to Kenya."))
    assert ("NOR", "KEN", "03") in keys


# ---- the means of an appealed act is not the act ---------------------------------------------


def test_resolving_a_dispute_through_dialogue_is_a_settlement_appeal(run):
    text = (
        "Norway urged Chile and Peru to show restraint and resolve their dispute through dialogue."
    )
    codes = by_code(run(text))
    for side in ("CHL", "PER"):
        assert ("NOR", side, "0256") in codes
        assert ("NOR", side, "027") in codes
        assert ("NOR", side, "026") not in codes


def test_a_plain_appeal_for_dialogue_is_still_an_appeal_to_meet(run):
    codes = by_code(run("Norway called on Chile on Monday to hold a dialogue with Peru."))
    assert any(c[:2] == ("NOR", "CHL") and c[2].startswith("02") for c in codes)


# ---- orders: readiness and the orderer's own forces ----------------------------------------


def test_an_order_to_be_ready_to_fire_is_an_alert_against_the_foe(run):
    text = (
        "The Chilean minister ordered the navy on Monday to be ready to fire on Peruvian "
        "warships if they crossed the line."
    )
    keys = by_root(run(text))
    assert ("CHL", "PER", "15") in keys
    assert all(k[1] != "CHL" for k in keys)


def test_an_order_to_attack_targets_the_enemy_not_the_army(run):
    keys = by_root(run("The Chilean minister ordered the army to attack Peruvian positions."))
    assert ("CHL", "PER", "19") in keys
    assert all(k[1] != "CHL" for k in keys)


# ---- letting forces use bases is military cooperation -----------------------------------------


def test_allowing_foreign_troops_to_use_an_airbase_is_military_cooperation(run):
    keys = by_root(run("Ghana is allowing Norwegian troops to use its airfields, officials said."))
    assert ("GHA", "NOR", "06") in keys
    assert ("GHA", "NOR", "08") not in keys


def test_allowing_aid_convoys_stays_humanitarian_access(run):
    codes = by_code(run("Chile allowed aid convoys to Peru on Monday."))
    assert not any(c[2] == "062" for c in codes)


# ---- precedence and modality ----------------------------------------------------------------


def test_gun_battles_are_small_arms_fighting(run):
    codes = by_code(run("Chilean troops fought gun battles with Peruvian rebels on Tuesday."))
    assert ("CHL", "PER", "193") in codes


def test_an_apparent_preparation_is_not_coded(run):
    text = "Chile appears to be sending more troops to Peru, Kenyan officials said on Monday."
    assert by_root(run(text)) == []


_BLOC = "the Southern Ocean Fisheries Organisation"


@pytest.fixture(scope="module")
def run_bloc(coder):
    """The shared coder's stand-in finder plus one organisation of our own."""
    from detente.records import Mention

    def find(text, date=None, **kwargs):
        out = list(coder.finder(text, date, **kwargs))
        start = text.find(_BLOC)
        if start >= 0:
            end = start + len(_BLOC)
            out.append(Mention(start, end, _BLOC, "IGOSOF", "IGO", "SOF", "country"))
        return out

    return coding_run(find)


# ---- leaving an organisation is cutting relations with it (161) -----------------------------


def test_quitting_an_organisation_reduces_relations_with_it(run_bloc):
    codes = by_code(run_bloc(f"Chile quit {_BLOC} on Tuesday after a row over quotas."))
    assert ("CHL", "IGO", "161") in codes


def test_withdrawing_from_an_organisation_is_not_a_military_withdrawal(run_bloc):
    codes = by_code(run_bloc(f"Peru withdrew from {_BLOC} on Monday."))
    assert ("PER", "IGO", "161") in codes
    assert not [c for c in codes if c[2].startswith("087")]


def test_a_future_exit_from_an_organisation_is_a_threat(run_bloc):
    keys = by_root(run_bloc(f"Kenya will leave {_BLOC}, its foreign minister said on Friday."))
    assert ("KEN", "IGO", "13") in keys
    assert ("KEN", "IGO", "16") not in keys


def test_leaving_a_place_is_not_leaving_an_organisation(run):
    keys = by_root(run("The Chilean minister left the Polish building after the talks ended."))
    assert not [k for k in keys if k[2] == "16"]


# ---- a claim of responsibility is aimed at the attack's victims -----------------------------


def test_a_claim_of_responsibility_targets_the_victims(run):
    text = "Kenyan rebels claimed responsibility for an ambush that killed four Peruvian tourists."
    assert ("KEN", "PER", "015") in by_code(run(text))


# ---- an ultimatum named as a noun is put to the subject of what it asks ---------------------


def test_an_ultimatum_to_troops_to_surrender_targets_the_troops(run):
    codes = by_code(run("Norway issued an ultimatum to Chilean troops to surrender the island."))
    assert ("NOR", "CHL", "139") in codes
    assert not [c for c in codes if c[2].startswith("08")]  # the surrender is only demanded


# ---- appeals for a change of leader (024x) --------------------------------------------------


def test_urging_an_army_to_abandon_its_president_is_an_appeal_for_a_new_leader(run):
    text = "Poland urged the Kenyan army on Monday to abandon the president and back his rival."
    assert ("POL", "KEN", "0241") in by_code(run(text))


def test_urging_recognition_of_someone_as_president_is_an_appeal_for_a_new_leader(run):
    text = "Norway urged Ghana to recognise the opposition leader as the legitimate president."
    codes = by_code(run(text))
    assert ("NOR", "GHA", "0241") in codes


def test_abandoning_a_plan_is_no_change_of_leader(run):
    codes = by_code(run("Poland urged Kenya on Monday to abandon the dam project."))
    assert not [c for c in codes if c[2] == "0241"]


# ---- an act asked for under a noun of request is no act of its own --------------------------


def test_an_arrest_only_called_for_is_not_coded_as_an_arrest(run):
    text = (
        "Ghana welcomed the Kenyan minister in Accra on Monday, ignoring calls from Norway to "
        "detain him."
    )
    keys = by_root(run(text))
    assert not [k for k in keys if k[0] == "GHA" and k[2] == "17"]


def test_a_rejected_demand_still_takes_its_code_from_what_it_asks(run):
    keys = by_root(run("Kenya rejected a demand from Poland to release the fishermen."))
    assert ("KEN", "POL", "12") in keys


# ---- fighters are people, not fighter jets ---------------------------------------------------


def test_giving_fighters_money_is_aid_not_arms():
    import detente

    codes = by_code(detente.code("Iran gave Hamas fighters money on Monday.", "2024-05-17"))
    assert [c[2] for c in codes] == ["071"]
