"""Roles, round 2: lists of actors (an apposition that heads a list, 'from X and Y'), sides
given by 'between' on the verb an event noun is the subject of, prepositions the parser hung
inside the object ('handed recordings of the talks to X'), a passive's by-phrase hung on a
noun, an object set after its predicate ('rejected as groundless a report'), the force a
retreat yields to, the attacker that force used in return answers, and a second subject the
parser read as one more object. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root


def test_list_of_recipients_after_a_misattached_preposition(run):
    # 'to ...' is read as the interrogation's; each listed country gets the recordings
    got = by_root(run("Peru handed recordings of the interrogation to Kenya, Ghana and Chile."))
    assert got == [("PER", "CHL", "06"), ("PER", "GHA", "06"), ("PER", "KEN", "06")]


def test_preposition_after_a_participle_phrase_of_the_object(run):
    # 'to Kenya' hangs on 'killing', under 'linked to ...': the hand-over is still to Kenya
    got = by_root(
        run("Peru handed recordings linked to the killing of a judge to Kenya and Ghana.")
    )
    assert got == [("PER", "GHA", "06"), ("PER", "KEN", "06")]


def test_preposition_inside_object_kept_when_trigger_has_its_own(run):
    # the trigger's own recipient wins; the 'to' inside the object is the object's
    got = by_root(run("Peru handed Kenya a dossier of calls to Ghana."))
    assert ("PER", "KEN", "06") in got
    assert ("PER", "GHA", "06") not in got


def test_partner_of_a_border_inside_the_object_is_no_target(run):
    got = by_root(run("Kenya and Ghana launched joint manoeuvres near their border with Peru."))
    assert all("PER" not in pair[:2] for pair in got)


def test_hand_over_of_a_wanted_man_to_a_court(real_coder):
    text = (
        "Kenya handed over an army officer wanted for war crimes to the International "
        "Criminal Court on Friday."
    )
    got = [(e.source[:3], e.target, e.code) for e in real_coder.code(text, "2019-11-10")]
    assert ("KEN", "IGOICC", "063") in got


def test_apposition_that_heads_a_list_of_victims(real_coder):
    text = (
        "Three Britons, a Norwegian and a Swiss woman were kidnapped from a hotel in northern "
        "Mali by Islamist gunmen on Sunday."
    )
    got = {(e.target[:3], e.code[:2]) for e in real_coder.code(text, "2012-11-10")}
    assert {("GBR", "18"), ("NOR", "18"), ("CHE", "18")} <= got


def test_passive_agent_hung_on_a_noun_of_a_prepositional_phrase(run):
    text = (
        "Two Ghanaian sailors were abducted from a beach resort on the southern coast by "
        "Kenyan troops late on Monday."
    )
    got = by_root(run(text))
    assert ("KEN", "GHA", "18") in got


def test_by_phrase_naming_a_place_is_no_agent(run):
    # 'by the Kenyan border' is where the village is, not who seized anyone
    got = by_root(run("Ghanaian sailors were seized near a village by the Kenyan border."))
    assert all(src != "KEN" for src, _t, _c in got)


def test_every_giver_after_from(run):
    got = by_root(run("Relief supplies from Kenya and Ghana arrived in Chile on Friday."))
    assert got == [("GHA", "CHL", "07"), ("KEN", "CHL", "07")]


def test_envoys_of_two_named_sides_are_each_side(run):
    got = by_code(run("Envoys of Kenya's army and Kenyan rebels sat down for talks in Oslo."))
    assert ("KEN", "KEN", "046") in got
    pairs = {
        (e.source, e.target)
        for e in run("Envoys of Kenya's army and Kenyan rebels sat down for talks in Oslo.")
    }
    assert {("KENMIL", "KENREB"), ("KENREB", "KENMIL")} <= pairs


def test_between_on_the_verb_of_an_event_noun(run):
    got = by_code(run("Talks opened in Oslo on Friday between Kenya and Ghana."))
    assert got == [("GHA", "KEN", "046"), ("KEN", "GHA", "046")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya on Friday rejected as groundless a Ghanaian report on the border incident.",
        "Kenya rejected as baseless a report by Ghana that its troops had crossed the border.",
    ],
)
def test_object_after_its_predicate(run, text):
    assert ("KEN", "GHA", "12") in by_root(run(text))


@pytest.mark.parametrize(
    ("text", "pursuer"),
    [
        (
            "Kenyan troops pulled out of the town to avoid being surrounded by Ghanaian troops.",
            "GHA",
        ),
        (
            "Kenyan troops withdrew from the town on Monday as Ghanaian rebels advanced on it.",
            "GHA",
        ),
    ],
)
def test_retreat_yields_to_the_force_it_escapes(run, text, pursuer):
    assert ("KEN", pursuer, "0874") in by_code(run(text))


def test_retreat_without_a_pursuer_names_no_one(run):
    got = by_code(run("Kenyan troops withdrew from the town on Monday as heavy rain fell."))
    assert not [e for e in got if e[2] == "0874" and e[1] != ""]


def test_force_used_in_return_answers_the_attacker(run):
    text = "Kenyan troops shelled Ghanaian villages and Ghana hit back with air strikes."
    got = by_root(run(text))
    assert ("KEN", "GHA", "19") in got
    assert ("GHA", "KEN", "19") in got


def test_hit_back_needs_an_earlier_attack_on_the_one_that_answers(run):
    # Kenya struck Peru, not Ghana: Ghana's return fire is not aimed at Kenya
    text = "Kenyan troops shelled Peruvian villages and Ghana hit back with air strikes."
    assert ("GHA", "KEN", "19") not in by_root(run(text))


def test_second_subject_read_as_an_object(run):
    text = "Kenya freed two Ghanaian sailors and Ghana released three Kenyan fishermen."
    got = by_root(run(text))
    assert ("KEN", "GHA", "08") in got
    assert ("GHA", "KEN", "08") in got
    assert ("KEN", "KEN", "08") not in got


def test_list_of_objects_still_all_targets(run):
    got = by_root(run("Kenya expelled Ghana's ambassador and Peru's envoy on Monday."))
    assert ("KEN", "GHA", "16") in got and ("KEN", "PER", "16") in got
