import dataclasses
from pathlib import Path

import pytest

from detente.actors import ActorFinder
from detente.actors.tables import default_tables, read_officeholders

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def finder() -> ActorFinder:
    """The shipped tables with a small, fixed office-holders table (not the growing folder)."""
    fixture = read_officeholders(HERE / "officeholders_fixture.csv")
    return ActorFinder(dataclasses.replace(default_tables(), officeholders=fixture))


def codes(mentions) -> list:
    return [(m.text, m.code) for m in mentions]
