from __future__ import annotations

import io

import pytest

from detente.coding.lexicon import lexicon, parse_pattern
from detente.coding.ontology import code_info, codebook, parse_codes
from detente.errors import DictionaryError

HEADER = "code,name,goldstein,quad,plover\n"


def test_codebook_has_every_root_and_fields():
    book = codebook()
    assert len([c for c in book if len(c) == 2]) == 20
    assert len(book) > 280
    info = code_info("0871")
    assert (info.root, info.quad, info.plover) == ("08", 2, "RETREAT")
    assert code_info("195").goldstein == -10


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("01,x,0,3,\n", "quad"),
        ("01,x,12,1,\n", "range"),
        ("1x,x,0,1,\n", "bad CAMEO"),
        ("01,,0,1,\n", "no name"),
        ("01,x,0,1,HUG\n", "PLOVER"),
    ],
)
def test_bad_rows_name_file_and_line(row, reason):
    with pytest.raises(DictionaryError) as err:
        parse_codes(io.StringIO(HEADER + row), "t.csv")
    assert err.value.line == 2 and reason in err.value.reason


def test_unknown_code_raises():
    with pytest.raises(DictionaryError):
        code_info("999")


def test_lexicon_loads_and_covers_every_root():
    lex = lexicon()
    roots = {p.code[:2] for group in lex.verbs.values() for p in group}
    assert roots >= {f"{n:02d}" for n in range(1, 21)} - {"03", "10", "12", "13"}
    assert {"condemn", "attack", "meet", "impose"} <= set(lex.verbs)
    assert "imposed" in lex.forms and "met" in lex.forms


def test_pattern_validation():
    with pytest.raises(DictionaryError):
        parse_pattern({"lemma": "x", "code": "999"}, "acts.jsonl", 3)
    with pytest.raises(DictionaryError):
        parse_pattern({"lemma": "x", "code": "010", "colour": 1}, "acts.jsonl", 4)
