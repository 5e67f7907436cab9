"""The seed article (issue 3): every main actor is found, and Abe is JPNGOV on its date."""

from pathlib import Path

import pytest

from detente.actors import DocumentContext, find

SEED = Path("/work/shared/seed/000_b78376088f1c647a.txt")


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article_actors():
    mentions = find(SEED.read_text(encoding="utf-8"), "2014-03-11", context=DocumentContext())
    countries = {m.country for m in mentions} | {m.code for m in mentions}
    for code in ("JPN", "RUS", "USA", "PRK", "KOR", "CHN", "UKR", "IGOWSTNAT"):
        assert code in countries, code
    texts = {m.text for m in mentions}
    assert {"Tokyo", "Moscow", "Washington", "Pyongyang", "Beijing"} <= texts
    abe = [m for m in mentions if "Abe" in m.text]
    assert abe and all(m.code == "JPNGOV" for m in abe)
