"""Seventh coder pass, frames (second part): leaving an organisation, claims of responsibility
aimed at the victims, ultimatums and demands named as nouns, appeals for a change of leader, and
acts that were only asked for ('calls from X to arrest Y'). Each case is a sentence of our own
with the stand-in gazetteer (plus one organisation of our own for the leaving cases)."""

from __future__ import annotations

import pytest


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


def _codes(events):
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


_BLOC = "the Southern Ocean Fisheries Organisation"


@pytest.fixture(scope="module")
def run_bloc(coder):
    """The shared coder's stand-in finder plus one organisation of our own."""
    from detente.coding.pipeline import Coder
    from detente.records import Mention

    def find(text, date=None, **kwargs):
        out = list(coder.finder(text, date, **kwargs))
        start = text.find(_BLOC)
        if start >= 0:
            end = start + len(_BLOC)
            out.append(Mention(start, end, _BLOC, "IGOSOF", "IGO", "SOF", "country"))
        return out

    bloc_coder = Coder(finder=find)
    return lambda text: bloc_coder.code(text, "2024-05-17", include_flagged=False)


# ---- leaving an organisation is cutting relations with it (161) -----------------------------


def test_quitting_an_organisation_reduces_relations_with_it(run_bloc):
    codes = _codes(run_bloc(f"Chile quit {_BLOC} on Tuesday after a row over quotas."))
    assert ("CHL", "IGO", "161") in codes


def test_withdrawing_from_an_organisation_is_not_a_military_withdrawal(run_bloc):
    codes = _codes(run_bloc(f"Peru withdrew from {_BLOC} on Monday."))
    assert ("PER", "IGO", "161") in codes
    assert not [c for c in codes if c[2].startswith("087")]


def test_a_future_exit_from_an_organisation_is_a_threat(run_bloc):
    keys = _keys(run_bloc(f"Kenya will leave {_BLOC}, its foreign minister said on Friday."))
    assert ("KEN", "IGO", "13") in keys
    assert ("KEN", "IGO", "16") not in keys


def test_leaving_a_place_is_not_leaving_an_organisation(run):
    keys = _keys(run("The Chilean minister left the Polish building after the talks ended."))
    assert not [k for k in keys if k[2] == "16"]


# ---- a claim of responsibility is aimed at the attack's victims -----------------------------


def test_a_claim_of_responsibility_targets_the_victims(run):
    text = "Kenyan rebels claimed responsibility for an ambush that killed four Peruvian tourists."
    assert ("KEN", "PER", "015") in _codes(run(text))


# ---- an ultimatum named as a noun is put to the subject of what it asks ---------------------


def test_an_ultimatum_to_troops_to_surrender_targets_the_troops(run):
    codes = _codes(run("Norway issued an ultimatum to Chilean troops to surrender the island."))
    assert ("NOR", "CHL", "139") in codes
    assert not [c for c in codes if c[2].startswith("08")]  # the surrender is only demanded


# ---- appeals for a change of leader (024x) --------------------------------------------------


def test_urging_an_army_to_abandon_its_president_is_an_appeal_for_a_new_leader(run):
    text = "Poland urged the Kenyan army on Monday to abandon the president and back his rival."
    assert ("POL", "KEN", "0241") in _codes(run(text))


def test_urging_recognition_of_someone_as_president_is_an_appeal_for_a_new_leader(run):
    text = "Norway urged Ghana to recognise the opposition leader as the legitimate president."
    codes = _codes(run(text))
    assert ("NOR", "GHA", "0241") in codes


def test_abandoning_a_plan_is_no_change_of_leader(run):
    codes = _codes(run("Poland urged Kenya on Monday to abandon the dam project."))
    assert not [c for c in codes if c[2] == "0241"]


# ---- an act asked for under a noun of request is no act of its own --------------------------


def test_an_arrest_only_called_for_is_not_coded_as_an_arrest(run):
    text = (
        "Ghana welcomed the Kenyan minister in Accra on Monday, ignoring calls from Norway to "
        "detain him."
    )
    keys = _keys(run(text))
    assert not [k for k in keys if k[0] == "GHA" and k[2] == "17"]


def test_a_rejected_demand_still_takes_its_code_from_what_it_asks(run):
    keys = _keys(run("Kenya rejected a demand from Poland to release the fishermen."))
    assert ("KEN", "POL", "12") in keys


# ---- fighters are people, not fighter jets ---------------------------------------------------


def test_giving_fighters_money_is_aid_not_arms():
    import detente

    codes = _codes(detente.code("Iran gave Hamas fighters money on Monday.", "2024-05-17"))
    assert [c[2] for c in codes] == ["071"]
