"""The coder as a spaCy component gives the same events as ``detente.code``."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import code, register_component
from detente.nlp import model_name

TEXTS = [
    "Norway condemned Chile on Monday.",
    "Kenyan troops attacked Somali rebels near the border, officials said.",
    "Peru did not sign the trade agreement with Vietnam.",
    "The weather stayed mild all week.",
    "Polish police arrested two Belarusian smugglers. Warsaw later praised Lithuania.",
]


@pytest.fixture(scope="module")
def nlp():
    import spacy

    register_component()
    pipeline = spacy.load(model_name())  # a pipeline of its own, not the coder's shared one
    pipeline.add_pipe("detente_coder")
    return pipeline


def _key(events):
    return [(e.source, e.code, e.target, e.trigger_span, e.date) for e in events]


@pytest.mark.parametrize("text", TEXTS)
def test_component_gives_the_events_of_code(nlp, text):
    events = nlp(text)._.events
    assert events == code(text)
    assert _key(events) == _key(code(text))


def test_texts_hold_events_at_all(nlp):
    coded = [nlp(text)._.events for text in TEXTS]
    assert sum(map(bool, coded)) >= 3
    assert coded[3] == []


def test_doc_date_anchors_relative_dates(nlp):
    text = TEXTS[0]
    doc = nlp.make_doc(text)
    doc._.date = dt.date(2024, 5, 17)  # a Friday: 'on Monday' is the 13th
    events = nlp(doc)._.events
    assert events == code(text, "2024-05-17")
    assert events and events[0].date == code(text, "2024-05-17")[0].date is not None


def test_include_flagged_is_a_setting():
    import spacy

    register_component()
    pipeline = spacy.load(model_name())
    pipeline.add_pipe("detente_coder", config={"include_flagged": True})
    for text in TEXTS:
        assert pipeline(text)._.events == code(text, include_flagged=True)


def test_registering_twice_is_harmless():
    register_component()
    register_component()


def test_installed_entry_point_registers_the_factory_without_importing_detente():
    """A fresh interpreter that only imports spaCy finds ``detente_coder`` (entry point)."""
    import subprocess
    import sys

    script = (
        "import spacy\n"
        f"nlp = spacy.load({model_name()!r})\n"
        "nlp.add_pipe('detente_coder')\n"
        "print([(e.source, e.target, e.code) for e in nlp('Norway condemned Chile.')._.events])\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "('NOR', 'CHL', '111')" in out.stdout
