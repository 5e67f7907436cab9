"""Fixtures for the coder tests: a tiny stand-in actor finder and a shared coder."""

from __future__ import annotations

import re

import pytest

from detente.records import Mention

# Our own miniature gazetteer: enough to exercise the engine without the actor layer.
GAZETTEER = {
    "Norway": "NOR",
    "Norwegian": "NOR",
    "Oslo": "NORGOV",
    "Chile": "CHL",
    "Chilean": "CHL",
    "Santiago": "CHLGOV",
    "Peru": "PER",
    "Peruvian": "PER",
    "Lima": "PERGOV",
    "Kenya": "KEN",
    "Kenyan": "KEN",
    "Nairobi": "KENGOV",
    "Vietnam": "VNM",
    "Vietnamese": "VNM",
    "Hanoi": "VNMGOV",
    "Poland": "POL",
    "Polish": "POL",
    "Warsaw": "POLGOV",
    "Ghana": "GHA",
    "Ghanaian": "GHA",
    "the World Bank": "IGOWLDWBK",
    "United Arab Emirates": "ARE",
}
SECTORS = {
    "troops": "MIL",
    "army": "MIL",
    "navy": "MIL",
    "police": "COP",
    "rebels": "REB",
    "protesters": "CVL",
    "government": "GOV",
    "diplomats": "GOV",
    "minister": "GOV",
}
_NAMES = "|".join(sorted(map(re.escape, GAZETTEER), key=len, reverse=True))
_PATTERN = re.compile(rf"\b({_NAMES})(?:'s)?(?:\s+({'|'.join(SECTORS)}))?\b")


def standin_find(text, date=None, *, context=None, ents=()):
    """Country names, demonyms and capitals, optionally followed by a sector noun."""
    out = []
    for match in _PATTERN.finditer(text):
        code = GAZETTEER[match.group(1)]
        if match.group(2):
            code = code[:3] + SECTORS[match.group(2)]
        how = "capital" if code.endswith("GOV") and not match.group(2) else "country"
        if how == "capital" and re.search(rf"\b(in|to)\s+{re.escape(match.group(1))}\b", text):
            how, code = "location", code[:3]
        out.append(
            Mention(
                match.start(), match.end(), match.group(0), code, code[:3], code[3:] or None, how
            )
        )
    return out


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
