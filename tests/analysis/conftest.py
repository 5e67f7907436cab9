import pytest

from .eventset import EventSet


@pytest.fixture
def events():
    return EventSet()
