import xml.etree.ElementTree as ET

import pytest

from detente.brief import brief, build_brief, citable
from detente.errors import ConfigError

WINDOW = {"since": "2014-03-01", "until": "2014-03-14"}


def country(code):
    return code if code.startswith("IGO") else code[:3]


def test_every_citation_holds_the_claimed_actors(seeded):
    found = build_brief(seeded.con, **WINDOW)
    assert found.claims
    for claim in found.claims:
        assert claim.citations, claim.text
        for c in claim.citations:
            assert {country(c.source), country(c.target)} <= set(claim.actors)
            s0, s1 = c.source_span
            t0, t1 = c.target_span
            assert c.sentence[s0:s1] == c.source_text
            assert c.sentence[t0:t1] == c.target_text
            assert c.id in claim.event_ids


def test_sections_name_the_cross_pressure_and_the_shift(seeded):
    found = build_brief(seeded.con, **WINDOW)
    (pressure,) = found.cross_pressures
    assert pressure.text.startswith(("Japan is cross-pressured", "JPN is cross-pressured"))
    assert len(pressure.citations) == 3  # one per edge of the triad
    shift = next(s for s in found.shifts if set(s.actors) == {"RUS", "UKR"})
    assert "toward conflict" in shift.text
    assert "2014-03-03" in shift.text
    assert [set(c.actors) for c in found.developments][0] == {"RUS", "UKR"}


def test_actor_filter_keeps_only_its_claims(seeded):
    found = build_brief(seeded.con, actor="UKR", **WINDOW)
    assert found.claims
    assert all("UKR" in claim.actors for claim in found.claims)
    assert found.cross_pressures == ()


def test_an_event_whose_span_does_not_match_is_never_cited(seeded):
    seeded.many("FRA", "DEU", "2014-03-06", 3, source_text="Paris")
    found = build_brief(seeded.con, **WINDOW)
    assert all({"FRA", "DEU"} != set(c.actors) for c in found.developments)
    for claim in found.claims:
        assert all(citable(c) for c in claim.citations)


def test_markdown_quotes_sentences_with_title_date_and_url(seeded):
    text = brief(seeded.con, **WINDOW)
    assert text.startswith("# Brief: 2014-03-01 to 2014-03-14")
    for heading in ("## Main developments", "## Shifts", "## Cross-pressures"):
        assert heading in text
    assert "https://example.org/" in text
    assert "2014-03-05" in text


def test_html_is_well_formed_and_embeds_charts(seeded):
    page = brief(seeded.con, fmt="html", **WINDOW)
    root = ET.fromstring(page.split("\n", 1)[1])  # after the doctype
    svgs = root.findall(".//{http://www.w3.org/2000/svg}svg")
    assert len(svgs) >= 2  # at least one dyad series and the network
    assert len(root.findall(".//blockquote")) >= 3
    assert root.findall(".//mark")


def test_json_and_unknown_format(seeded):
    data = brief(seeded.con, fmt="json", **WINDOW)
    assert data["cross_pressures"][0]["citations"]
    with pytest.raises(ConfigError):
        brief(seeded.con, fmt="pdf", **WINDOW)


def test_empty_period_says_so(seeded):
    text = brief(seeded.con, since="2015-01-01", until="2015-01-14")
    assert "No counted events in this period." in text


def test_developments_compare_with_the_previous_window(seeded):
    found = build_brief(seeded.con, **WINDOW)
    ukraine = next(c for c in found.developments if set(c.actors) == {"RUS", "UKR"})
    # Feb 15-28 held two weekly cooperative events; March holds six conflict events.
    assert "down from +2 (2 events) in the previous 14 days" in ukraine.text
    japan = next(c for c in found.developments if set(c.actors) == {"JPN", "USA"})
    assert "No event between them was counted in the previous 14 days." in japan.text
