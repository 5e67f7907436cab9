"""Plain helpers shared by the coder tests: a tiny stand-in actor finder, keys that compare
events, and a runner for a coder with a finder of its own."""

from __future__ import annotations

import re

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


def by_code(events):
    """(source country, target country, full CAMEO code) of each event, sorted."""
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


def by_root(events):
    """(source country, target country, CAMEO root) of each event, sorted."""
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


def triples(coder, date):
    """A function text -> (source, target, code) of each event ``coder`` counts in the text,
    on ``date`` unless the call gives another."""

    def code(text, on=date):
        return [(e.source, e.target, e.code) for e in coder.code(text, on)]

    return code


def roots_of(events):
    """(source country, target country, CAMEO root) of (source, target, code) triples."""
    return {(s[:3], t[:3], c[:2]) for s, t, c in events}


def coding_run(finder, date="2024-05-17", flagged=False):
    """A function text -> events for a coder with this finder, on a fixed date."""
    from detente.coding.pipeline import Coder

    coder = Coder(finder=finder)
    return lambda text: coder.code(text, date, include_flagged=flagged)


def standin_plus(pattern, code, country, sector, how):
    """The stand-in finder, plus every match of ``pattern`` as one more mention."""

    def find(text, date=None, **kwargs):
        out = standin_find(text, date, **kwargs)
        for match in re.finditer(pattern, text):
            out.append(
                Mention(match.start(), match.end(), match.group(0), code, country, sector, how)
            )
        return sorted(out, key=lambda m: m.start)

    return find


def counted_roots(coder, text, date="2019-05-02"):
    """(source country, target country, CAMEO root) of each event ``coder`` counts in ``text``."""
    return {
        (e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date) if not e.flagged
    }
