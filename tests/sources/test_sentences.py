import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.sources import split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Okafor met Mr. Lind. They talked.", ["Gen. Okafor met Mr. Lind.", "They talked."]),
        ("It cost $3.5 million. Prices rose.", ["It cost $3.5 million.", "Prices rose."]),
        ("Talks began on Jan. 5 in St. Louis.", ["Talks began on Jan. 5 in St. Louis."]),
        ("He lives at No. 10 now. Nobody came.", ["He lives at No. 10 now.", "Nobody came."]),
        ("Harry S. Truman spoke. He left.", ["Harry S. Truman spoke.", "He left."]),
        ("The U.S. Navy sailed. It was late.", ["The U.S. Navy sailed.", "It was late."]),
        ("Aid came from the U.S. The talks ended.", ["Aid came from the U.S.", "The talks ended."]),
        ('"We will go." Then they left.', ['"We will go."', "Then they left."]),
        ("Wait... then it rained. Why? No!", ["Wait... then it rained.", "Why?", "No!"]),
        ("It ended… The end.", ["It ended…", "The end."]),
        ("A headline\nThe body starts here.", ["A headline", "The body starts here."]),
        ("One.\n\nTwo.", ["One.", "Two."]),
    ],
)
def test_split_cases(text, expected):
    assert texts(text) == expected


def test_hard_wrapped_lines_are_joined():
    text = (
        "The ministers of the two states met in the capital on Monday to\n"
        "discuss the border and the trade in grain, and they agreed that a\n"
        "joint commission should meet again before the end of the year so\n"
        "that the remaining questions about the customs posts are settled.\n"
        "Both sides called the meeting a success.\n"
    )
    assert len(split_sentences(text)) == 2


def test_indexes_and_offsets():
    text = "  First one.   Second one!  "
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == [0, 1]
    assert [(s.start, s.end) for s in sentences] == [(2, 12), (15, 26)]


def test_empty_text():
    assert split_sentences("") == ()
    assert split_sentences(" \n\t ") == ()


PIECES = list("aB. !?\n\"'…1") + ["Mr. ", "U.S. ", "Jan. ", "3.5", "\n\n", "... "]


@settings(deadline=None)  # the first example may load tables
@given(st.lists(st.sampled_from(PIECES), max_size=120).map("".join))
def test_offsets_always_exact(text):
    previous_end = 0
    for index, sentence in enumerate(split_sentences(text)):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.index == index
        assert sentence.start >= previous_end
        previous_end = sentence.end


@settings(deadline=None)  # the first example may load tables
@given(st.text(max_size=500))
def test_offsets_exact_on_any_text(text):
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
