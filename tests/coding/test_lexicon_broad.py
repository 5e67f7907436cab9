"""The breadth lexicon (``acts_broad.jsonl``, ``nouns_broad.jsonl``): common wire wordings of
every CAMEO root beyond the core tables. Checks that the broad rows are well formed and do not
restate a core row, and codes sentences written for this file (stand-in gazetteer) that use
wordings only the broad tables know."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from coding_helpers import by_root

from detente.coding.ontology import codebook


def _rows(name: str) -> list[dict]:
    text = resources.files("detente.data").joinpath(f"verbs/{name}").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _key(row: dict, pos: str) -> tuple:
    return (
        row.get("pos", pos),
        row["lemma"].lower(),
        row.get("prt"),
        tuple(sorted(row.get("obj", ()))),
        row.get("oprep"),
    )


@pytest.mark.parametrize(
    ("broad", "core", "pos"),
    [("acts_broad.jsonl", "acts.jsonl", "verb"), ("nouns_broad.jsonl", "nouns.jsonl", "noun")],
)
def test_broad_rows_do_not_restate_a_core_row(broad, core, pos):
    core_keys = {_key(r, pos) for r in _rows(core)}
    clashes = [_key(r, pos) for r in _rows(broad) if _key(r, pos) in core_keys]
    assert clashes == []


@pytest.mark.parametrize("name", ["acts_broad.jsonl", "nouns_broad.jsonl"])
def test_every_broad_code_is_in_the_codebook(name):
    rows = _rows(name)
    assert len(rows) > (300 if name.startswith("acts") else 40)
    assert [r["code"] for r in rows if r["code"] not in codebook()] == []


def test_the_broad_tables_load_into_the_lexicon():
    from detente.coding.lexicon import lexicon

    lex = lexicon()
    assert any(p.prt == "out" and p.code == "111" for p in lex.verbs["lash"])
    assert any(p.code == "190" for p in lex.nouns["offensive"])


# Sentences in our own words, each using a wording only the broad tables cover.
CASES = [
    # 01
    (
        "Kenya's foreign ministry declined to comment on Poland's new visa rules on Monday.",
        [("KEN", "POL", "01")],
    ),
    (
        "Chile and Peru see eye to eye on fishing quotas, their ministers said on Monday.",
        [("CHL", "PER", "01"), ("PER", "CHL", "01")],
    ),
    (
        "Norway's government voiced solidarity with Kenya on Monday after the floods.",
        [("NOR", "KEN", "01")],
    ),
    # 03
    (
        "Poland expressed readiness on Monday to mediate between Chile and Peru.",
        [("POL", "CHL", "03"), ("POL", "PER", "03")],
    ),
    # 04
    (
        "The Polish minister huddled with Kenyan officials in Warsaw on Monday.",
        [("KEN", "POL", "04"), ("POL", "KEN", "04")],
    ),
    ("Chile played host to the Peruvian president on Monday.", [("CHL", "PER", "04")]),
    (
        "Norway's prime minister embarked on a three-day visit to Vietnam on Monday.",
        [("NOR", "VNM", "04")],
    ),
    (
        "Chile and Peru haggled over water rights on Monday.",
        [("CHL", "PER", "04"), ("PER", "CHL", "04")],
    ),
    # 05
    ("Poland saluted Ghana on Monday for its handling of the election.", [("POL", "GHA", "05")]),
    ("Chile rushed to the defence of Ghana on Monday.", [("CHL", "GHA", "05")]),
    (
        "Peru's president issued an apology to Chile on Monday over the border incident.",
        [("PER", "CHL", "05")],
    ),
    (
        "Norway and Vietnam hammered out a fisheries agreement on Monday.",
        [("NOR", "VNM", "05"), ("VNM", "NOR", "05")],
    ),
    # 06
    (
        "Polish and Kenyan police teamed up on Monday to dismantle a smuggling ring.",
        [("KEN", "POL", "06"), ("POL", "KEN", "06")],
    ),
    (
        "Norway's intelligence service tipped off Kenya about the plot on Monday.",
        [("NOR", "KEN", "06")],
    ),
    # 07
    ("Norway bailed out Ghana on Monday.", [("NOR", "GHA", "07")]),
    (
        "Poland rushed tents and blankets to Kenya on Monday after the earthquake.",
        [("POL", "KEN", "07")],
    ),
    # 08
    (
        "Chile caved in to Peru on Monday and dropped its claim to the islands.",
        [("CHL", "PER", "08")],
    ),
    ("Vietnam eased restrictions on Norwegian fishing boats on Monday.", [("VNM", "NOR", "08")]),
    ("Chile scrapped its sanctions on Peru on Monday.", [("CHL", "PER", "08")]),
    # 09
    ("Kenyan police quizzed the Polish ambassador on Monday.", [("KEN", "POL", "09")]),
    # 11
    ("Peru lashed out at Chile on Monday over the fishing dispute.", [("PER", "CHL", "11")]),
    ("Norway's prime minister was sharply critical of Vietnam on Monday.", [("NOR", "VNM", "11")]),
    ("Ghana took Kenya to court on Monday over the unpaid debts.", [("GHA", "KEN", "11")]),
    ("Ghana is taking Kenya to an international tribunal.", [("GHA", "KEN", "11")]),
    (
        "Poland lodged a complaint against Chile with the World Bank on Monday.",
        [("POL", "IGO", "11")],
    ),
    ("Vietnam held Norway responsible on Monday for the collision at sea.", [("VNM", "NOR", "11")]),
    # 12
    ("Chile snubbed Peru's offer of talks on Monday.", [("CHL", "PER", "12")]),
    # 13
    ("Poland handed an ultimatum to Ghana on Monday.", [("POL", "GHA", "13")]),
    # 14
    (
        "Kenyan protesters staged a demonstration outside the Polish embassy on Monday.",
        [("KEN", "POL", "14")],
    ),
    # 15
    ("Chile stationed warships near Peru on Monday.", [("CHL", "PER", "15")]),
    # 16
    ("Chile abandoned talks with Peru on Monday.", [("CHL", "PER", "16")]),
    ("Norway slashed aid to Kenya on Monday over the election dispute.", [("NOR", "KEN", "16")]),
    ("Poland hit Vietnam with tariffs on Monday.", [("POL", "VNM", "16")]),
    ("Vietnam froze relations with Norway on Monday.", [("VNM", "NOR", "16")]),
    # 17
    ("Peruvian police clamped down on Chilean protesters on Monday.", [("PER", "CHL", "17")]),
    ("Kenyan troops looted Polish shops in Nairobi on Monday.", [("KEN", "POL", "17")]),
    (
        "Vietnam placed the Norwegian businessman under house arrest on Monday.",
        [("VNM", "NOR", "17")],
    ),
    # 18
    ("Kenyan rebels snatched two Polish tourists on Monday.", [("KEN", "POL", "18")]),
    # 19
    (
        # fighting is not among gold rule 1's reciprocal acts: coded one way, as told
        "Chile's army battled Peruvian troops along the border on Monday.",
        [("CHL", "PER", "19")],
    ),
    ("Vietnam hit Norwegian positions with artillery on Monday.", [("VNM", "NOR", "19")]),
    ("Chilean troops rolled into Peru on Monday.", [("CHL", "PER", "19")]),
    # 20
    ("Kenyan militias uprooted thousands of Ghanaian villagers on Monday.", [("KEN", "GHA", "20")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_broad_wording_is_coded(run, text, expected):
    assert by_root(run(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's football team battled hard but lost to a strong side on Monday.",
        "The talks yielded no agreement, a Polish official said on Monday.",
        "Chile's stock market staged a rally on Monday.",
    ],
)
def test_a_broad_trigger_out_of_its_sense_codes_nothing(run, text):
    assert run(text) == []
