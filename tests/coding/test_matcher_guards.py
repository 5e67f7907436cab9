"""Matcher guards: an object and its predicate ('calls X a Y') is no phone call even for rows
that ask for an object; an object set after its predicate ('dismissed as baseless the
findings of X') is the verb's object; an office taken over is no seizure. Our own sentences,
coded with the real gazetteer."""

from __future__ import annotations

import pytest
from coding_helpers import by_root


@pytest.fixture(scope="module")
def code(real_coder):
    return lambda text: by_root(real_coder.code(text, "2022-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Beijing calls the island a renegade province.",
        "The islands, which Argentina calls the Malvinas, have been held by Britain since 1833.",
        "NATO calls to cancel the exercise.",
        "The European Union calls to lift the blockade of the port.",
    ],
)
def test_naming_or_call_to_is_no_phone_call(code, text):
    assert not [e for e in code(text) if e[2] == "04"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Putin called Erdogan on Tuesday to discuss the grain corridor.", ("RUS", "TUR")),
        ("The Chinese president called his French counterpart on Monday.", ("CHN", "FRA")),
    ],
)
def test_phone_call_to_a_person_still_codes(code, text, pair):
    assert (*pair, "04") in code(text)


def test_insult_predicate_still_codes(code):
    assert ("VEN", "COL", "11") in code(
        "Venezuela called the Colombian president a liar on Monday."
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya dismissed as baseless the findings of a U.N. panel.", ("KEN", "IGO")),
        ("Burundi rejected as groundless a report by U.N. investigators.", ("BDI", "IGO")),
        (
            "Egypt rejected as politically motivated a report by the U.N. human rights office.",
            ("EGY", "IGO"),
        ),
        ("Sri Lanka dismissed as flawed a report by the U.N. human rights chief.", ("LKA", "IGO")),
    ],
)
def test_object_after_predicate_is_a_denial_of_its_author(code, text, pair):
    assert code(text) == [(*pair, "01")]


@pytest.mark.parametrize(
    "text",
    [
        "Austria takes over the presidency of the EU Council on Monday.",
        "India took over the presidency of the G20 on Thursday.",
        "Japan took over the presidency of the U.N. Security Council.",
        "Poland takes over the rotating presidency of the European Union in January.",
        "Brazil took over the chairmanship of the BRICS group.",
    ],
)
def test_taking_over_an_office_is_no_seizure(code, text):
    assert not [e for e in code(text) if e[2] == "17"]


def test_taking_over_a_site_still_seizes(code):
    assert ("RUS", "UKR", "17") in code(
        "Russian forces took over the Ukrainian nuclear power plant."
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Natural gas began flowing from Norway into Poland on Friday.", ("NOR", "POL")),
        ("Electricity started flowing from Laos to Thailand through the new line.", ("LAO", "THA")),
    ],
)
def test_a_complement_takes_its_verbs_subject_for_a_subject_constraint(code, text, pair):
    """'gas began flowing': the row for flowing energy reads the subject of 'began'."""
    assert (*pair, "06") in code(text)


def test_a_complement_subject_outside_the_constraint_codes_no_energy_flow(code):
    assert not [
        e for e in code("Refugees began flowing from Syria into Turkey last week.") if e[2] == "06"
    ]


def test_a_pronoun_welcomed_in_the_passive_is_a_person_received(code):
    """'where he was welcomed by X': the guest, not a welcomed policy (051)."""
    events = code(
        "The Chinese premier flew to Riyadh on Monday, where he was welcomed by King Salman."
    )
    assert ("SAU", "CHN", "04") in events
    assert ("SAU", "CHN", "05") not in events
