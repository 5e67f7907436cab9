"""Seventh coder pass: role resolution on unfamiliar wording. Agents in of-phrases and in
passives the parser mangles, objects that control an infinitive, the one country a sentence
is about (unplaced titles, protests with no named target), a document's forum, particles
that carry the target, and a closing participle that is the speaker's. Sentences of our own
with the stand-in gazetteer."""

from __future__ import annotations

import re

import pytest
from conftest import standin_find

from detente.records import Mention


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


# ---- agents given by an of-phrase, and passives ------------------------------------------


def test_every_country_in_an_of_phrase_is_an_agent(run):
    keys = _keys(run("The foreign ministers of Kenya and Ghana condemned Peru on Friday."))
    assert keys == [("GHA", "PER", "11"), ("KEN", "PER", "11")]


def test_a_passive_truce_agreed_by_the_chiefs_of_two_countries(run):
    keys = _keys(run("A truce was agreed on Monday by the army chiefs of Norway and Chile."))
    assert keys == [("CHL", "NOR", "08"), ("NOR", "CHL", "08")]


def test_a_by_phrase_the_parser_left_without_an_object(run):
    # 'by Kenyan police hours later': the parser makes 'police' a modifier of 'hours'
    text = (
        "Kenyan protesters met Norway's diplomats and were detained by Kenyan police hours later."
    )
    events = [e for e in run(text) if e.code.startswith("17")]
    assert [(e.source, e.target[:3]) for e in events] == [("KENCOP", "KEN")]


def test_a_resolution_blocked_in_a_body_by_adjectival_votes(run):
    text = "A draft resolution was blocked in the World Bank on Friday by Polish and Kenyan votes."
    keys = _keys(run(text))
    assert keys == [("KEN", "IGO", "12"), ("POL", "IGO", "12")]


def test_a_document_with_no_actor_does_not_borrow_a_mere_place(run):
    keys = _keys(run("A draft resolution was blocked in Lima on Friday by Polish votes."))
    assert all(k[1] != "PER" for k in keys)


# ---- an object that controls an infinitive ------------------------------------------------


def test_prompting_x_to_act_makes_x_the_source(run):
    text = "Chilean troops shelled the border town, prompting Peru to expel Chile's ambassador."
    keys = _keys(run(text))
    assert ("PER", "CHL", "16") in keys
    assert ("CHL", "CHL", "16") not in keys


# ---- the one country a sentence is about --------------------------------------------------


def _with_titles(text, date=None, **kwargs):
    """The stand-in finder, plus 'president <Name> <Name>' as a title it cannot place."""
    out = standin_find(text, date, **kwargs)
    for match in re.finditer(r"\bpresident [A-Z]\w+ [A-Z]\w+", text):
        out.append(Mention(match.start(), match.end(), match.group(0), None, None, "GOV", "title"))
    return sorted(out, key=lambda m: m.start)


@pytest.fixture(scope="module")
def titled():
    from detente.coding.pipeline import Coder

    coder = Coder(finder=_with_titles)
    return lambda text: coder.code(text, "2024-05-17", include_flagged=False)


def test_an_unplaced_former_president_is_the_only_countrys(titled):
    events = titled("Norwegian police arrested former president Jan Berg in Oslo on Tuesday.")
    assert [(e.source, e.target, e.code[:2]) for e in events] == [("NORCOP", "NOR", "17")]


def test_an_unplaced_title_is_not_guessed_when_two_countries_are_named(titled):
    events = titled("Kenyan police arrested former president Jan Berg after a trip to Norway.")
    assert not any(e.code.startswith("17") for e in events)


def test_a_protest_naming_no_target_is_against_its_own_government(run):
    keys = _keys(
        run("Thousands of Kenyan protesters marched across Kenya on Sunday against a tax law.")
    )
    assert keys == [("KEN", "KEN", "14")]
    events = run("Thousands of Kenyan protesters marched across Kenya on Sunday against a tax law.")
    assert events[0].target == "KENGOV"


def test_a_protest_in_a_sentence_with_two_countries_is_not_given_a_target(run):
    assert (
        run("Thousands of Kenyan protesters marched across Norway on Sunday against a tax law.")
        == []
    )


# ---- a target after a particle, and a closing participle that is the speaker's -----------


def test_a_target_after_back_is_found(run):
    keys = _keys(run("Oslo handed the disputed islands back to Kenya on Friday."))
    assert keys == [("NOR", "KEN", "08")]


def test_a_participle_hung_on_a_reported_clause_is_the_speakers(run):
    text = (
        "Warsaw said on Monday that Oslo could no longer mediate with Hanoi, "
        "accusing Norway of favouring Vietnam."
    )
    events = [e for e in run(text, flagged=True) if e.code.startswith("11")]
    assert [(e.source[:3], e.target[:3]) for e in events] == [("POL", "NOR")]


# ---- directions, borders, and a state's forces turned on its own people ------------------


def test_toward_a_border_with_a_neighbour_names_the_neighbour(run):
    keys = _keys(run("Chile moved extra troops toward its northern border with Peru on Friday."))
    assert ("CHL", "PER", "15") in keys


def test_a_deal_with_a_third_country_is_still_a_bystander(run):
    keys = _keys(run("Polish lawmakers rejected Norway's offer over its fishing deal with Kenya."))
    assert all(k[1] != "KEN" for k in keys)


def test_forces_deployed_in_the_passive_act_on_protesters_of_their_state(run):
    text = "Kenyan police were deployed across Kenya on Monday as Kenyan protesters marched."
    events = [e for e in run(text) if e.code.startswith("15")]
    assert [(e.source, e.target) for e in events] == [("KENCOP", "KENCVL")]


def test_protesters_of_another_state_are_not_the_target_of_a_deployment(run):
    text = "Kenyan police were deployed across Kenya on Monday as Norwegian protesters marched."
    assert not any(e.target.startswith("NOR") for e in run(text) if e.code.startswith("15"))


def test_a_country_named_only_inside_a_relative_clause_leaves_the_protest_domestic(run):
    text = (
        "Thousands of Kenyan protesters marched across Kenya on Sunday against a tax law "
        "that critics say copies a Norwegian one."
    )
    assert [(e.source, e.target) for e in run(text)] == [("KENCVL", "KENGOV")]


# ---- a name repeated by its last word ------------------------------------------------------


def _with_people(text, date=None, **kwargs):
    """The stand-in finder, plus 'opposition leader Ana Ruiz' as a Chilean opposition actor."""
    out = standin_find(text, date, **kwargs)
    for match in re.finditer(r"[Oo]pposition leader Ana Ruiz", text):
        out.append(
            Mention(match.start(), match.end(), match.group(0), "CHLOPP", "CHL", "OPP", "title")
        )
    return sorted(out, key=lambda m: m.start)


@pytest.fixture(scope="module")
def peopled():
    from detente.coding.pipeline import Coder

    coder = Coder(finder=_with_people)
    return lambda text: coder.code(text, "2024-05-17", include_flagged=False)


def test_a_surname_repeated_alone_is_the_person_named_before(peopled):
    text = (
        "Opposition leader Ana Ruiz met Chile's government in Santiago on Monday, "
        "and Ruiz was arrested by Chilean police hours later."
    )
    events = [e for e in peopled(text) if e.code.startswith("17")]
    assert [(e.source, e.target) for e in events] == [("CHLCOP", "CHLOPP")]
