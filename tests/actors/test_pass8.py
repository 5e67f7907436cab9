"""Eighth pass on the actor layer: a count inside the words after a demonym starts a new
phrase, 'the world body' is the UN, more words for peacekeepers. Sentences are our own."""

from __future__ import annotations


def _found(finder, text, date="2018-04-11"):
    return [(m.text, m.code, m.how) for m in finder.find(text, date)]


def test_a_count_after_a_demonym_starts_a_new_phrase(finder):
    found = _found(finder, "A blast near the Chadian border killed four soldiers on Monday.")
    assert ("soldiers", "---MIL", "sector") in found
    assert not any(code == "TCDMIL" for _, code, _ in found)


def test_a_count_right_after_a_possessive_is_still_part_of_the_phrase(finder):
    found = _found(finder, "Chad's two opposition parties boycotted the vote.")
    assert any(code == "TCDOPP" for _, code, _ in found)


def test_the_world_body_is_the_un(finder):
    assert ("world body", "IGOUNO", "igo") in _found(finder, "The world body voted on Friday.")


def test_blue_helmets_are_peacekeepers(finder):
    found = _found(finder, "Zambian blue helmets left Bangui.")
    assert ("Zambian blue helmets", "ZMBMIL", "sector") in found
