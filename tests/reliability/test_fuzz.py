"""Every parser of user-supplied bytes, fuzzed (bounded, for CI) and fed hostile inputs: only
typed errors, no hang. ``bench/fuzz.py`` runs the same targets for longer."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .targets import OK_ERRORS, SEEDS, TARGETS, hostile_inputs, run

# DETENTE_FUZZ_EXAMPLES=2000 searches longer locally
EXAMPLES = int(os.environ.get("DETENTE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)
# seconds any parser may take on one hostile input (10 MB ones included) on a slow CI machine
TIME_BOUND = 30.0


def mutations() -> st.SearchStrategy[bytes]:
    """Random bytes, or a seed with bytes inserted, deleted or flipped."""

    def mutate(seed: bytes, edits: list[tuple[int, bytes, int]]) -> bytes:
        out = bytearray(seed)
        for at, insert, cut in edits:
            at %= len(out) + 1
            out[at : at + cut] = insert
        return bytes(out)

    edit = st.tuples(st.integers(0, 10_000), st.binary(max_size=20), st.integers(0, 8))
    return st.one_of(
        st.binary(max_size=800),
        st.builds(mutate, st.sampled_from(SEEDS), st.lists(edit, max_size=6)),
        st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    )


@pytest.mark.parametrize("target", list(TARGETS))
@FUZZ
@given(data=mutations())
def test_a_parser_raises_only_typed_errors(tmp_path_factory, target, data):
    folder = tmp_path_factory.mktemp("fuzz")
    assert run(target, data, folder) in ("ok", *(e.__name__ for e in OK_ERRORS))


HOSTILE = hostile_inputs()


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_inputs_are_read_or_refused_in_bounded_time(tmp_path, name):
    data = HOSTILE[name]
    slow = []
    for target in TARGETS:
        started = time.perf_counter()
        run(target, data, tmp_path)
        seconds = time.perf_counter() - started
        if seconds > TIME_BOUND:
            slow.append(f"{target}: {seconds:.1f} s")
    assert not slow, slow


HUGE_CELL = "x" * 200_000


def test_an_actor_table_with_a_huge_cell_is_a_dictionary_error(tmp_path):
    from detente.actors import ActorFinder
    from detente.errors import DictionaryError

    table = tmp_path / "countries.csv"
    table.write_text(f"code,name,aliases,demonyms,people,capitals\nJPN,{HUGE_CELL},,,,\n")
    with pytest.raises(DictionaryError, match="countries.csv"):
        ActorFinder.from_tables(table, defaults=False)


def test_a_codebook_with_a_huge_cell_is_a_dictionary_error():
    from detente.coding.ontology import parse_codes
    from detente.errors import DictionaryError

    lines = ["code,name,goldstein,quad,plover", f"01,{HUGE_CELL},0.0,1,"]
    with pytest.raises(DictionaryError, match="codes.csv"):
        parse_codes(lines, "codes.csv")
