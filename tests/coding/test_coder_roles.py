"""Second-pass behaviours of the coder (issue 4): sentences written for these tests."""

from __future__ import annotations

import pytest

from detente.coding.lexicon import lexicon
from detente.coding.pipeline import words_of, worth_parsing
from detente.records import Mention


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


def test_target_preposition_found_beside_a_time_adjunct(run):
    # "on Tuesday" also hangs on the verb; the object's own "on" still gives the target.
    assert _keys(run("Peru lifted its trade sanctions on Kenya on Tuesday.")) == [
        ("PER", "KEN", "085")
    ]


def test_quantity_noun_looks_through_to_what_it_counts(run):
    got = _keys(run("Chile and Peru exchanged dozens of prisoners on Sunday."))
    assert got == [("CHL", "PER", "0841"), ("PER", "CHL", "0841")]


def test_preposition_on_an_object_modifier(run):
    got = _keys(run("Vietnam signed contracts worth $2 billion with Ghana on Friday."))
    assert got == [("GHA", "VNM", "057"), ("VNM", "GHA", "057")]


def test_joint_intent_without_a_target_goes_both_ways(run):
    got = _keys(run("Norway and Chile agreed on Monday to deepen their partnership."))
    assert got == [("CHL", "NOR", "030"), ("NOR", "CHL", "030")]


def test_word_forms_map_back_to_lexicon_lemmas():
    lex = lexicon()
    assert "lambaste" in lex.form_lemmas["lambasted"]
    assert "stage" in lex.form_lemmas["staged"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru lifted the curfew in Lima.", True),
        ("Peru lifted the weights in Lima.", False),  # every 'lift' pattern needs an object word
        ("Norway condemned the vote.", True),
        ("Norway sent a delegation.", True),
        ("Norway sent a postcard.", False),
    ],
)
def test_pre_parse_filter_needs_the_pattern_constraints(text, expected):
    assert lexicon().could_trigger(words_of(text)) is expected


def _mention(start, end, code):
    return Mention(start, end, "x", code, code[:3], None, "country")


def test_one_actor_without_a_pronoun_is_not_parsed():
    lex = lexicon()
    text = "Norway condemned the vote."
    assert not worth_parsing([_mention(0, 6, "NOR")], text, lex)
    assert worth_parsing([_mention(0, 6, "NOR")], "Norway condemned them.", lex)
    assert worth_parsing([_mention(0, 6, "NOR"), _mention(7, 9, "CHL")], text, lex)


def test_hyphenated_words_are_also_split_for_the_filter():
    assert {"cease", "fire", "cease-fire"} <= words_of("A cease-fire held.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative clause tells of another act: its actors are not the veto's target
        (
            "Poland vetoed a Peruvian resolution that would have sent Kenyan troops to Ghana.",
            [("POL", "PER", "129")],
        ),
        (
            "Norway dismissed a Peruvian report that Kenyan troops had entered Ghana.",
            [("NOR", "PER", "016")],
        ),
        # with nothing outside the clause, its subject is the target
        (
            "Norway voted against allowing Chilean troops to use its ports.",
            [("NOR", "CHL", "1245")],
        ),
    ],
)
def test_embedded_clauses_do_not_lend_targets(run, text, expected):
    assert _keys(run(text)) == expected


def test_countryless_agent_takes_the_actor_it_belongs_to():
    from detente.coding.pipeline import localise

    text = "Judges at the World Court and officers of Kenya met in Lima."
    judges = Mention(0, 6, "Judges", "---JUD", None, "JUD", "sector")
    court = Mention(14, 25, "World Court", "IGOICJ", None, None, "igo")
    officers = Mention(30, 38, "officers", "---COP", None, "COP", "sector")
    kenya = Mention(42, 47, "Kenya", "KEN", "KEN", None, "country")
    lima = Mention(56, 60, "Lima", "PER", "PER", None, "location")
    got = localise([judges, court, officers, kenya, lima], text)
    assert [m.code for m in got] == ["IGOICJ", "IGOICJ", "KENCOP", "KEN", "PER"]
    alone = Mention(0, 6, "Judges", "---JUD", None, "JUD", "sector")
    assert localise([alone, lima], "Judges ruled in Lima.")[0].code == "PERJUD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protest form takes precedence over the verbal demand it carries
        ("Chilean protesters demanded that the Peruvian president resign.", "1411"),
        # bombing from the air is an aerial attack, not a non-military bombing
        ("Kenyan warplanes bombed Ghanaian positions.", "195"),
    ],
)
def test_precedence_upgrades(run, text, expected):
    assert [e.code for e in run(text)] == [expected]


def test_a_named_actor_beats_the_place_it_was_in(run):
    assert _keys(run("Peruvian rebels attacked a Kenyan convoy in Lima.")) == [
        ("PER", "KEN", "190")
    ]


def test_coordinated_countryless_agent_shares_the_nationality():
    from detente.coding.pipeline import localise

    text = "Norwegian sailors and marines were freed in Lima."
    sailors = Mention(0, 17, "Norwegian sailors", "NORCVL", "NOR", "CVL", "sector")
    marines = Mention(22, 29, "marines", "---MIL", None, "MIL", "sector")
    lima = Mention(44, 48, "Lima", "PER", "PER", None, "location")
    assert [m.code for m in localise([sailors, marines, lima], text)][1] == "NORMIL"
