from hypothesis import given, settings
from hypothesis import strategies as st

from detente.actors.tokens import phrase_tokens, tokenize


def test_abbreviations_possessives_and_hyphens():
    toks = tokenize("The U.S. and Japan's Ban Ki-moon in Côte d'Ivoire.")
    assert [t.norm for t in toks] == [
        "the",
        "us",
        "and",
        "japan",
        "'s",
        "ban",
        "ki",
        "-",
        "moon",
        "in",
        "cote",
        "d'ivoire",
        ".",
    ]
    assert toks[1].shape == 2 and toks[3].shape == 1 and toks[0].shape == 1


def test_short_all_caps_phrase_needs_caps():
    assert phrase_tokens("US") == (("us",), (2,))
    assert phrase_tokens("Nato") == (("nato",), (1,))
    assert phrase_tokens("the two sides")[1] == (0, 0, 0)


@settings(deadline=None)  # the first example may load tables
@given(st.text(max_size=200))
def test_offsets_point_into_text(text):
    prev_end = 0
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.raw
        assert tok.start >= prev_end and tok.raw.strip()
        prev_end = tok.end
