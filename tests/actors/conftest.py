"""Fixtures and small helpers shared by the actor-layer tests."""

import dataclasses
from pathlib import Path

import pytest

from detente.actors import ActorFinder, find
from detente.actors.tables import default_tables, read_officeholders

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def finder() -> ActorFinder:
    """The shipped tables with a small, fixed office-holders table (not the growing folder)."""
    fixture = read_officeholders(HERE / "officeholders_fixture.csv")
    return ActorFinder(dataclasses.replace(default_tables(), officeholders=fixture))


@pytest.fixture(scope="session")
def shipped() -> ActorFinder:
    """The shipped tables, including every office-holders file."""
    return ActorFinder(default_tables())


def codes(mentions) -> list:
    return [(m.text, m.code) for m in mentions]


def mentions(finder, text, date="2021-03-02") -> list:
    """(text, code, how) of each mention the finder gives."""
    return [(m.text, m.code, m.how) for m in finder.find(text, date)]


def found_members(finder, text, date="2021-03-02") -> list:
    """(text, code, how, members) of each mention the finder gives."""
    return [(m.text, m.code, m.how, m.members) for m in finder.find(text, date)]


def found_codes(finder, text, date="2021-03-02") -> list:
    """The code of each mention the finder gives."""
    return [m.code for m in finder.find(text, date)]


def find_found(text, date="2011-03-04") -> list:
    """(text, code, how) of each mention ``detente.actors.find`` gives."""
    return [(m.text, m.code, m.how) for m in find(text, date)]


def find_codes(text, date="2011-03-04") -> list:
    """The codes ``detente.actors.find`` gives, without the uncoded mentions."""
    return [m.code for m in find(text, date) if m.code]
