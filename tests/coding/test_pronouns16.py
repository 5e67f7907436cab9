"""Pronouns in time clauses and demands aimed at the holder, end to end with the shipped tables.

A subject pronoun of an 'as/while/when' clause hung on a verb with an object refers back to the
object when only the object agrees with it in number ('the army shelled the fighters as they
...'), or when an armed subject acts on civilians whose doings the clause tells ('police beat
students as they marched'); otherwise it keeps the main clause's subject ('troops killed gunmen as
they raided a camp'). A demand, appeal or warning about the demander's own people is aimed at the
state that must act: the one asked to free them, the one warned, whoever detained them, or the
state they are held in, never only at the demander's own nationals."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def real(real_coder):
    def _run(text, date="2024-06-10"):
        return sorted((e.source, e.target, e.code) for e in real_coder.code(text, date))

    return _run


def _roots(events, root):
    return {(s[:3], t[:3], s[3:6]) for s, t, c in events if c[:2] == root}


# --- 1. the pronoun of a time clause ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, protesters",
    [
        (
            "Security forces in Myanmar arrested dozens of students in Yangon on Friday while "
            "they protested against the military government.",
            "MMRCVL",
        ),
        (
            "Peruvian police fired tear gas at farmers near Lima on Wednesday as they blocked a "
            "highway to protest against low crop prices.",
            "PER",
        ),
        (
            "Serbian police detained several journalists in Belgrade on Monday as they "
            "demonstrated outside the state broadcaster.",
            "SRBMED",
        ),
    ],
)
def test_armed_subject_and_civilian_object_the_clause_tells_the_victims_doing(
    real, text, protesters
):
    got = real(text)
    protests = [(s, t) for s, t, c in got if c[:2] == "14"]
    assert protests, got
    # the protest is the civilians' own, aimed at their government, never the police's
    assert all(s.startswith(protesters) and s[3:6] not in ("COP", "MIL") for s, _ in protests)
    assert all(t.endswith("GOV") and t[:3] == s[:3] for s, t in protests)


def test_a_protest_in_a_time_clause_keeps_the_force_used_on_it(real):
    got = real(
        "Peruvian police fired tear gas at farmers near Lima on Wednesday as they blocked a "
        "highway to protest against low crop prices."
    )
    assert ("PER", "PER", "COP") in _roots(got, "17")
    assert any(c[:2] == "14" for _, _, c in got)


def test_armed_subject_and_armed_object_keeps_the_subject(real):
    # both plural, the object armed too: the raid is the troops' own, not the gunmen's
    got = real(
        "Israeli troops killed three Palestinian gunmen as they raided a militant hideout in "
        "Jenin on Thursday."
    )
    assert not any(s.startswith("PSE") for s, _, _ in got)


def _clause_subject(real_coder, text):
    """The antecedent the coder gives the subject pronoun of the sentence's time clause."""
    from detente.coding.localise import localise
    from detente.coding.roles import Actors

    item = real_coder._item("t", text, None, None)
    doc = real_coder.nlp(text)
    actors = Actors(doc, localise(item.mentions, text))
    pronoun = next(t for t in doc if t.dep_ == "nsubj" and t.lower_ in ("they", "he", "she"))
    return [a.code for a in actors.pronoun(pronoun)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a singular state subject is no 'they': the plural object is
        ("Ukraine shelled Russian soldiers near Bakhmut as they retreated.", "RUS"),
        # a state is no 'she': the singular person named as the object is
        ("Iran detained a French aid worker in Tehran while she visited a clinic.", "FRA"),
    ],
)
def test_number_agreement_picks_the_object(real_coder, text, expected):
    got = _clause_subject(real_coder, text)
    assert got and all(code.startswith(expected) for code in got), got


def test_agreeing_subject_keeps_the_pronoun(real_coder):
    # the plural subject agrees and the object is a single person: 'they' stays the subject
    got = _clause_subject(
        real_coder,
        "Nigerian soldiers arrested a Cameroonian smuggler as they patrolled the border.",
    )
    assert got and all(code.startswith("NGA") for code in got), got


# --- 2. demands aimed at the holder ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, demander, holder",
    [
        # the complement clause's subject is the one asked to free them
        (
            "Iran demanded on Sunday that Sweden release the Iranian citizens it arrested at a "
            "Stockholm protest last month.",
            "IRN",
            "SWE",
        ),
        (
            "France demanded on Tuesday that Mali free a French journalist its soldiers "
            "detained near Gao.",
            "FRA",
            "MLI",
        ),
        # a warning unless the one warned frees them
        (
            "Japan warned Beijing on Friday of grave consequences unless it released a Japanese "
            "businessman detained on espionage charges.",
            "JPN",
            "CHN",
        ),
        # the detainers named in another clause
        (
            "Germany demanded the immediate release of a German aid worker on Monday, two days "
            "after Taliban gunmen seized her in Kabul.",
            "DEU",
            "AFG",
        ),
        (
            "Three Korean sailors were detained by Libyan coastguards on Monday, and Seoul "
            "demanded their swift release.",
            "KOR",
            "LBY",
        ),
        # only the state they are held in is named
        (
            "The release of two Canadian citizens held in Iran was demanded by Ottawa on "
            "Wednesday.",
            "CAN",
            "IRN",
        ),
    ],
)
def test_release_demand_is_aimed_at_the_holder(real, text, demander, holder):
    got = real(text)
    asked = {(s[:3], t[:3]) for s, t, c in got if c[:2] in ("10", "02", "13")}
    assert (demander, holder) in asked, got
    assert (demander, demander) not in asked


def test_demand_on_own_government_is_untouched(real):
    # a demand aimed at the demander's own state arm stays where it is
    got = real(
        "Kenyan opposition leaders demanded on Monday that the government free jailed activists."
    )
    assert not any(t[:3] != "KEN" for _, t, c in got if c[:2] == "10")


def test_release_request_for_own_citizens_goes_to_the_state_detaining_them(real):
    got = real("Australia requested the release of two of its citizens detained in Myanmar.")
    asked = {(s[:3], t[:3]) for s, t, c in got if c[:2] in ("10", "02")}
    assert ("AUS", "MMR") in asked and ("AUS", "AUS") not in asked, got


def test_a_state_asked_for_help_is_not_replaced_by_the_holder(real):
    # Laos is asked for help; Cambodia, where the fishermen are held, is not the one asked
    got = real(
        "Vietnam asked for help from Laos on Monday to secure the release of twelve Vietnamese "
        "fishermen held in Cambodia."
    )
    assert not any(t[:3] == "KHM" for s, t, c in got if s.startswith("VNM")), got
