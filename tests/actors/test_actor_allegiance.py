"""Agents whose country comes from who they are, not from the words nearby: settlers in a
sentence about Israel or the Palestinian territories are Israeli civilians; separatists
called 'pro-Russian' or 'Russian-backed' (since 2014) are rebels of Ukraine, the state they
fight in, unless the sentence places them elsewhere; the backer's adjective names no one.
Sentences are our own."""

from __future__ import annotations

import pytest

from detente.actors import find
from detente.coding.localise import localise


def _placed(text, date="2016-03-09"):
    """Mention codes after the pipeline's localisation."""
    return [m.code for m in localise(find(text, date), text) if m.code]


@pytest.mark.parametrize(
    "text",
    [
        "Settlers smashed the windows of Palestinian homes near Jenin overnight.",
        "Palestinian farmers said settlers had poisoned their sheep near Tubas.",
        "Dozens of settlers marched through a Palestinian village near Qalqilya.",
        "Armed settlers blocked a road near Bethlehem, witnesses said.",
        "An Israeli court released three settlers held over an arson attack.",
        "A settler ran over a Palestinian child near Hebron, medics said.",
    ],
)
def test_settlers_near_palestinians_are_israeli_civilians(text):
    settlers = [
        m.code for m in localise(find(text, "2016-03-09"), text) if "settler" in m.text.lower()
    ]
    assert settlers == ["ISRCVL"]


def test_settlers_elsewhere_keep_the_sentence_place():
    # no Israeli or Palestinian name: the row does not apply
    codes = _placed("Settlers in the Brazilian state of Rondonia clashed with loggers.")
    assert "ISRCVL" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Russian separatists freed two captured aid workers on Sunday.",
        "Russian-backed rebels shelled a village outside Kramatorsk.",
        "Pro-Moscow fighters paraded captured soldiers through the streets.",
        "Kremlin-backed separatists handed the flight recorders to Malaysian experts.",
        "Pro-Russian armed separatists seized a television tower.",
    ],
)
def test_pro_russian_separatists_are_rebels_of_ukraine(text):
    codes = _placed(text)
    assert "UKRREB" in codes
    assert "---REB" not in codes
    assert "RUSREB" not in codes


def test_pro_russian_separatists_in_another_state_stay_there():
    codes = _placed("Pro-Russian separatists in Transnistria closed a checkpoint with Moldova.")
    assert "UKRREB" not in codes
    assert "MDAREB" in codes


def test_pro_russian_separatists_before_2014_are_not_ukrainian():
    codes = _placed("Pro-Russian separatists fired mortars at a village.", "2008-08-07")
    assert "UKRREB" not in codes


def test_other_pro_words_do_not_borrow_ukraine():
    codes = _placed("Pro-government militiamen beat students in the Nicaraguan town of Leon.")
    assert "UKRREB" not in codes
    assert "NICREB" in codes


def test_users_add_allegiance_rows_by_table(tmp_path):
    from detente.actors.finder import ActorFinder

    table = tmp_path / "mine.csv"
    table.write_text(
        "nouns,before,sector,country,named,unless,from\nmilitias|militia,pro-Belgrade,REB,BIH,,,1992-04-01\n",
        encoding="utf-8",
    )
    finder = ActorFinder.from_tables(table)
    text = "Pro-Belgrade militias shelled the town on Monday."
    assert [m.code for m in finder.find(text, "1993-06-07") if m.code] == ["BIHREB"]
    assert [m.code for m in finder.find(text, "1991-06-07") if m.code] != ["BIHREB"]


def test_a_bad_state_in_an_allegiance_row_names_file_and_line(tmp_path):
    from detente.actors.tables import read_table
    from detente.errors import DictionaryError

    table = tmp_path / "bad.csv"
    table.write_text(
        "nouns,before,sector,country,named,unless,from\nmilitia,pro-X,REB,Serbia,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError) as err:
        read_table(table)
    assert "bad.csv" in str(err.value) and "2" in str(err.value)
