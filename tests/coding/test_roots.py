"""The weak CAMEO roots on new wording: outlooks on another actor (012/013), visitors named by
'visiting', mediators (045 + 046), searches and raids (091), verdicts with their sentence,
martial law (1724), violence at a vehicle's passengers, protesters damaging property (145) and
symbolic acts at a place (017). Each case is a sentence of our own with the stand-in gazetteer."""

from __future__ import annotations

import re

import pytest
from coding_helpers import by_code, by_root

from detente.coding import code
from detente.records import Mention

# ---- outlooks: pessimism and optimism about another actor ---------------------------------


def test_pessimism_about_what_another_state_will_do_is_aimed_at_it(run):
    text = "Poland's minister said on Monday he was pessimistic that Kenya would free the sailors."
    codes = by_code(run(text))
    assert ("POL", "KEN", "012") in codes
    # the act judged is only expected, not done
    assert all(c[2][:2] != "08" for c in codes)


def test_hope_voiced_about_another_state_is_an_optimistic_comment(run):
    text = "The Chilean minister voiced hope on Tuesday that Peru would sign the fishing accord."
    assert ("CHL", "PER", "013") in by_code(run(text))


def test_optimism_about_ties_with_a_state_is_aimed_at_that_state(run):
    text = "Ghana's minister said on Friday she was optimistic about trade ties with Vietnam."
    assert ("GHA", "VNM", "013") in by_code(run(text))


def test_an_outlook_with_no_other_actor_codes_nothing(run):
    assert run("Poland's minister said on Monday he was pessimistic about the harvest.") == []


# ---- visits: 'visiting X' --------------------------------------------------------------------


def test_a_visiting_minister_told_something_by_a_host_makes_a_visit(run):
    text = (
        "The Kenyan minister told the visiting Polish minister on Monday that the port deal "
        "was safe."
    )
    codes = by_code(run(text))
    assert ("POL", "KEN", "042") in codes
    assert all(c[2][:2] != "10" for c in codes)  # telling a visitor is no demand


def test_a_visiting_minister_met_in_a_city_visits_that_country(run):
    text = "Ghana's minister held talks with the visiting Chilean minister in Accra on Friday."
    assert ("CHL", "GHA", "042") in by_code(run(text))


def test_a_gerund_of_the_subjects_own_visit_is_no_visitor(run):
    text = "The Polish minister began visiting Kenyan ports on Monday."
    assert not any(c[:2] == ("KEN", "POL") for c in by_code(run(text)))


# ---- mediation: bringing parties together for talks ---------------------------------------


def test_bringing_two_sides_together_for_talks_is_mediation_and_their_talks(run):
    text = (
        "Norway's minister brought together Chilean and Peruvian diplomats in Oslo on Monday "
        "for talks on the maritime border."
    )
    codes = by_code(run(text))
    assert ("NOR", "CHL", "045") in codes
    assert ("NOR", "PER", "045") in codes
    assert ("CHL", "PER", "046") in codes
    assert ("PER", "CHL", "046") in codes


@pytest.mark.parametrize(
    "text",
    [
        "The G20 talks bring together ministers from Brazil, India, Mexico and Turkey.",
        "This week's NATO summit brought together defence ministers from Poland and Norway.",
    ],
)
def test_a_meeting_that_gathers_members_names_no_mediator(text):
    assert not any(e.code.startswith("045") for e in code(text, "2025-03-12"))


# ---- investigations --------------------------------------------------------------------------


def test_a_raid_in_an_investigation_is_an_investigation(run):
    text = (
        "Kenya's police raided the Ghanaian embassy on Tuesday as part of a smuggling "
        "investigation."
    )
    codes = by_code(run(text))
    assert ("KEN", "GHA", "091") in codes
    assert all(c[2][:2] != "19" for c in codes)


def test_searching_offices_is_a_criminal_investigation(run):
    text = "Polish police searched the offices of Kenya's shipping firm on Wednesday."
    assert ("POL", "KEN", "09") in by_root(run(text))


def test_a_court_agreeing_to_include_a_former_leader_in_its_inquiry_investigates_him(coder):
    from detente.coding.pipeline import Coder

    def finder(text, date=None, *, context=None, ents=()):
        out = []
        for m in re.finditer(r"Ghana's court|former Ghanaian president", text):
            court = m.group(0).endswith("court")
            code, how = ("GHAJUD", "sector") if court else ("GHA", "former")
            out.append(Mention(m.start(), m.end(), m.group(0), code, "GHA", code[3:] or None, how))
        return out

    own = Coder(nlp=coder.nlp, finder=finder)
    text = (
        "Ghana's court agreed on Friday to include the former Ghanaian president in its "
        "inquiry into the port contracts."
    )
    assert ("GHA", "GHA", "09") in by_root(own.code(text, "2024-05-17"))


def test_a_vow_to_investigate_is_not_an_investigation(run):
    text = "Poland vowed on Monday to investigate Kenya's shipping firm."
    assert not any(c[2][:2] == "09" for c in by_code(run(text)))


# ---- coercion --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb", ["found a Polish sailor guilty of smuggling", "convicted a Polish sailor of smuggling"]
)
def test_a_verdict_and_its_sentence_are_one_finding_of_guilt(run, verb):
    text = f"A Kenyan court {verb} and sentenced him to six years in prison on Monday."
    codes = by_code(run(text))
    assert ("KEN", "POL", "116") in codes
    assert ("KEN", "POL", "173") not in codes


def test_a_sentence_alone_is_a_verdict(run):
    """Sentencing presumes a finding of guilt: 116, as independent blind coders coded it."""
    text = "A Kenyan court sentenced a Polish sailor to six years in prison on Monday."
    assert ("KEN", "POL", "116") in by_code(run(text))


def test_martial_law_to_contain_a_group_is_aimed_at_it(run):
    text = (
        "Peru's government declared a state of emergency on Monday to contain attacks by "
        "Peruvian rebels."
    )
    assert ("PER", "PER", "1724") in by_code(run(text))


def test_placing_a_region_under_martial_law_as_rebels_attack(run):
    text = (
        "Peru's army placed the province under martial law on Monday as Peruvian rebels attacked."
    )
    assert ("PER", "PER", "1724") in by_code(run(text))


def test_protesters_setting_fire_to_an_embassy_riot(run):
    text = "Kenyan protesters set fire to the Polish embassy in Nairobi on Monday."
    assert ("KEN", "POL", "145") in by_code(run(text))


# ---- assault ---------------------------------------------------------------------------------


def test_firing_on_a_bus_carrying_troops_is_aimed_at_the_troops(run):
    text = "Chilean rebels opened fire on a bus carrying Peruvian troops on Tuesday."
    assert ("CHL", "PER", "19") in by_root(run(text))


# ---- symbolic acts at a place ----------------------------------------------------------------


def test_a_wreath_laid_in_a_city_is_a_symbolic_act_towards_its_country(run):
    text = "The Polish minister laid a wreath at a war memorial in Nairobi on Sunday."
    assert ("POL", "KEN", "017") in by_code(run(text))


def test_setting_foot_on_disputed_islands_is_a_symbolic_act(run):
    text = "Vietnam's minister set foot on the disputed islands claimed by Ghana on Sunday."
    assert ("VNM", "GHA", "017") in by_code(run(text))


def test_shots_at_a_leader_called_an_assassination_attempt_are_one(run):
    text = (
        "Chilean rebels opened fire on the Peruvian minister in Lima on Sunday in what Peru "
        "called an assassination attempt."
    )
    codes = by_code(run(text))
    assert ("CHL", "PER", "185") in codes
    assert all(c[2][:2] != "19" for c in codes)


def test_martial_law_with_no_target_is_aimed_at_the_states_rebels(run):
    text = (
        "Peru's army fought Peruvian rebels on Tuesday, and Peru's government responded by "
        "placing the region under martial law."
    )
    assert ("PER", "PER", "1724") in by_code(run(text))
