"""Breadth sweep of roots 06, 07, 08, 09, 10 and 12 (rows in ``acts_broad.jsonl`` and
``nouns_broad.jsonl``): wire wordings the earlier tables lacked, written from the CAMEO code
descriptions, coded end to end with the shipped tables, and the same trigger words in other
senses, which must code nothing of that root. Sentences are our own."""

from __future__ import annotations

import pytest


def _roots(coder, text):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, "2023-03-02")}


CASES = [
    # 06: training another state's forces
    ("French officers trained Malian troops at a base near Bamako.", ("FRA", "MLI", "06")),
    # 07: arms sales, escorts, financial lifelines
    ("Israel sold air defence missiles to Azerbaijan.", ("ISR", "AZE", "07")),
    ("Indian destroyers escorted Sri Lankan freighters across the Gulf.", ("IND", "LKA", "07")),
    ("The World Bank threw a lifeline to Malawi with an emergency grant.", ("IGO", "MWI", "07")),
    # 06: a wanted fugitive deported to face charges is judicial cooperation
    (
        "Georgia deported a fugitive tycoon wanted on embezzlement charges to Kazakhstan.",
        ("GEO", "KAZ", "06"),
    ),
    # 08: captives, property, assets, sanctions, arms
    ("Myanmar repatriated 60 Thai fishermen on Tuesday.", ("MMR", "THA", "08")),
    ("Belgium returned the looted statues to Congo.", ("BEL", "COD", "08")),
    ("Spain handed back the impounded trawler to Morocco.", ("ESP", "MAR", "08")),
    ("Switzerland unfroze Libyan state funds held in Geneva banks.", ("CHE", "LBY", "08")),
    ("Australia softened its sanctions on Fiji after the vote.", ("AUS", "FJI", "08")),
    ("China rolled back tariffs on Australian barley.", ("CHN", "AUS", "08")),
    (
        "Hundreds of Congolese militiamen laid down their arms to the Ugandan army.",
        ("COD", "UGA", "08"),
    ),
    (
        "Greece climbed down on Monday over its demand for compensation from Turkey.",
        ("GRC", "TUR", "08"),
    ),
    # 12: defiance and rejection idioms
    ("Hungary disregarded the ruling of the European Court of Justice.", ("HUN", "IGO", "12")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_material_wording_is_coded(real_coder, text, expected):
    assert expected in _roots(real_coder, text)


NEGATIVES = [
    ("Portugal's football team trained in Madrid before its match with Spain.", "06"),
    ("Turkish police escorted the Greek journalist out of the courthouse in Ankara.", "07"),
    ("Ukraine sold sunflower oil to Egypt.", "07"),
    ("Austrian climbers climbed down the mountain with Swiss guides.", "08"),
    ("The Italian president laid down a wreath for Libyan victims.", "08"),
    ("Canada returned to talks with Mexico on Monday.", "08"),
]


@pytest.mark.parametrize(("text", "root"), NEGATIVES)
def test_a_material_trigger_in_another_sense_codes_nothing_of_that_root(real_coder, text, root):
    assert all(code != root for _, _, code in _roots(real_coder, text))
