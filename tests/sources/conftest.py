from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "sources"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_b78376088f1c647a.txt"


@pytest.fixture
def resources() -> Path:
    return RESOURCES


@pytest.fixture
def errors() -> list:
    return []
