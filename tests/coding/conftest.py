"""Fixtures for the coder tests: a shared coder on the stand-in finder (see
``coding_helpers.py``) and the coder with the shipped tables."""

from __future__ import annotations

import pytest
from coding_helpers import standin_find


@pytest.fixture(scope="session")
def coder():
    from detente.coding.pipeline import Coder

    return Coder(finder=standin_find)


@pytest.fixture(scope="session")
def run(coder):
    def _run(text, date="2024-05-17", flagged=False):
        return coder.code(text, date, include_flagged=flagged)

    return _run


@pytest.fixture(scope="session")
def real_coder():
    """The coder with the shipped tables (not the stand-in gazetteer), shared by the test files
    that check whole sentences end to end."""
    from detente.coding import default_coder

    return default_coder()
