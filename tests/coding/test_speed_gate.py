"""The coder's shortcuts give what the long way gives: the trigger pre-filter, the memos of
objects and prepositions, the day-name check, sentence texts cut from the doc's text, and the
token-to-actor table read from offsets. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import dates
from detente.coding.lexicon import lexicon
from detente.coding.matching import Matcher
from detente.coding.roles import Actors
from detente.records import Mention

SENTENCES = [
    "Peru lifted its trade sanctions on Kenya on Tuesday and Chilean diplomats met Polish police.",
    "Norway and Chile agreed on Monday to deepen their partnership after talks in Oslo.",
    "Vietnamese troops were accused of shelling Ghanaian positions, which Hanoi denied.",
    "Kenya called on Peru to release dozens of prisoners held since the talks broke down.",
]


@pytest.fixture(scope="module")
def nlp(coder):
    return coder.nlp


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(SENTENCES))


def test_pre_filter_keeps_every_token_that_matches(docs):
    lex = lexicon()
    skipped = 0
    for doc in docs:
        matcher = Matcher(lex, Actors(doc, []))
        possible = set(matcher.possible(doc))
        matched = {t.i for t in doc if matcher.match(t) is not None}
        assert matched, doc.text
        assert matched <= possible, doc.text
        skipped += len(doc) - len(possible)
    assert skipped > len(docs) * 5  # and it does leave tokens out


def test_objects_and_preps_memo_give_the_fresh_answer_and_a_copy(docs):
    lex = lexicon()
    for doc in docs:
        memo = Matcher(lex, Actors(doc, []))
        for token in doc:
            fresh = Matcher(lex, Actors(doc, []))
            first = memo.objects(token)
            assert first == fresh._objects(token, None, False)
            first.append(token)  # a caller extending its list must not change the memo
            assert memo.objects(token) == fresh.objects(token)
            for word in ("on", "with", "to"):
                got = memo.preps(token, word)
                assert got == fresh._preps(token, word)
                got.append(token)
                assert memo.preps(token, word) == fresh.preps(token, word)


def test_memo_is_not_used_for_a_token_of_another_doc(docs):
    lex = lexicon()
    matcher = Matcher(lex, Actors(docs[0], []))
    other = docs[3]
    for token in other:
        assert matcher.preps(token, "on") == Matcher(lex, Actors(other, []))._preps(token, "on")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Peru recalled its envoy to Chile on Wednesday.", True),
        ("Peru recalled its envoy to Chile YESTERDAY.", True),
        ("Peru recalled its envoy to Chile last month.", False),
        ("Peru recalled its envoy to Chile.", False),
    ],
)
def test_day_names_found_in_text(text, named):
    assert dates.may_name_day(text) is named


def test_event_dates_with_and_without_a_day_name(run):
    # 2024-05-17 is a Friday: 'on Wednesday' is the 15th; without a day the anchor stands
    named = run("Peru recalled its ambassador from Chile on Wednesday.")
    plain = run("Peru recalled its ambassador from Chile after the vote.")
    assert named and {e.date for e in named} == {dt.date(2024, 5, 15)}
    assert plain and {e.date for e in plain} == {dt.date(2024, 5, 17)}


def test_sentence_text_is_the_slice_of_the_doc_text(nlp):
    doc = nlp('Kenya protested.  "Peru met Chile," an aide said.   Then  Norway left. ')
    sents = list(doc.sents)
    assert len(sents) >= 2
    for sent in sents:
        assert doc.text[sent.start_char : sent.end_char] == sent.text


def test_later_sentence_keeps_its_events_and_offsets(run):
    text = "Markets were calm.  Norway condemned Chile on Monday."
    events = run(text)
    assert [(e.source, e.target, e.sentence_index) for e in events] == [("NOR", "CHL", 1)]
    start, end = events[0].trigger_span
    assert text[start:end] == "condemned"
    assert events[0].date == dt.date(2024, 5, 13)


def _by_token_walk(doc, coded):
    """The token-to-mention table the way it was built before: a walk over the tokens."""
    out = {}
    for token in doc:
        for mention in coded:
            if mention.start <= token.idx < mention.end:
                out[token.i] = mention
                break
    return out


def test_actor_table_from_offsets_equals_the_token_walk(nlp):
    text = "Chilean foreign minister Ana Rojas met Norway, and Rojas later visited Oslo."
    doc = nlp(text)
    full = "Chilean foreign minister Ana Rojas"
    mentions = [
        Mention(0, len(full), full, "CHLGOV", "CHL", "GOV", "title"),
        Mention(
            text.index("Norway"), text.index("Norway") + 6, "Norway", "NOR", "NOR", None, "country"
        ),
        Mention(
            text.index("Oslo"), text.index("Oslo") + 4, "Oslo", "NORGOV", "NOR", "GOV", "capital"
        ),
    ]
    actors = Actors(doc, mentions)
    walked = _by_token_walk(doc, mentions)
    assert {i: m for i, m in actors.by_token.items() if i in walked} == walked
    # the surname repeated alone is the minister named in full before it
    rojas = [t.i for t in doc if t.text == "Rojas"][-1]
    if doc[rojas].pos_ == "PROPN" and doc[rojas].dep_ != "compound":
        assert actors.by_token[rojas].code == "CHLGOV"
    assert set(actors.by_token) - set(walked) <= {rojas}


def test_sector_adjective_still_dropped(nlp):
    text = "Peru halted the military operation near Chile."
    doc = nlp(text)
    start = text.index("military")
    sector = Mention(start, start + 8, "military", "---MIL", None, "MIL", "sector")
    chile = Mention(
        text.index("Chile"), text.index("Chile") + 5, "Chile", "CHL", "CHL", None, "country"
    )
    actors = Actors(doc, [sector, chile])
    amod = [t for t in doc if t.text == "military"][0]
    if amod.dep_ == "amod" and amod.pos_ == "ADJ":
        assert amod.i not in actors.by_token
    assert any(m.code == "CHL" for m in actors.by_token.values())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Peru attacked Chile with chemical weapons on Friday.", "2041"),
        ("Peru attacked Chile on Friday.", "190"),
        ("Chile praised Peru for its help.", "051"),
    ],
)
def test_precedence_rules_still_read_the_clause(run, text, code):
    # the clause words are now read only once a rule fits the code; the upgrade still applies
    assert [e.code for e in run(text)] == [code]
