"""Regular English inflection, plus the irregular verbs the lexicon uses, for pre-filtering."""

from __future__ import annotations

import functools
import json
from importlib import resources

_VOWELS = "aeiou"


@functools.cache
def _irregular() -> dict[str, tuple[str, ...]]:
    text = resources.files("detente.data").joinpath("verbs/irregular.json").read_text("utf-8")
    return {k: tuple(v) for k, v in json.loads(text).items()}


def inflections(lemma: str) -> set[str]:
    """A generous set of surface forms of ``lemma`` (extra forms only cost a parse)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    if len(lemma) > 2 and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS:
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    if lemma.endswith("ise"):
        forms.update(inflections(lemma[:-3] + "ize"))
    forms.update(_irregular().get(lemma, ()))
    return forms
