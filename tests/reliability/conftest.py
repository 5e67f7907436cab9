"""Shared fixtures of the reliability tests: the CLI command and a generated corpus."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from .corpus import make_corpus


def detente_command() -> list[str]:
    """The installed console script next to this interpreter, else the app called directly."""
    script = Path(sys.executable).with_name("detente")
    if script.exists():
        return [str(script)]
    found = shutil.which("detente")
    return [found] if found else [sys.executable, "-c", "from detente.cli import main; main()"]


@pytest.fixture(scope="session")
def big_corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), 200)
