"""Institutions and officials wire copy names next to heads of state: interior ministers and
security chiefs by date, state media, security services, paramilitary police, named army
units, organs of state and councils that rule after a coup. Sentences are our own."""

from __future__ import annotations

import pytest


def _code_of(finder, text, date, piece):
    return [m.code for m in finder.find(text, date) if piece in m.text]


@pytest.mark.parametrize(
    ("text", "date", "piece", "code"),
    [
        (
            "Interior Minister Nancy Faeser banned the group on Wednesday.",
            "2022-03-02",
            "Faeser",
            "DEUGOV",
        ),
        (
            "Home Secretary Priti Patel signed the deportation order.",
            "2020-06-17",
            "Patel",
            "GBRGOV",
        ),
        ("Interior Minister Suleyman Soylu blamed the militants.", "2018-05-02", "Soylu", "TURGOV"),
        ("Home Minister Amit Shah flew to Srinagar.", "2021-10-23", "Shah", "INDGOV"),
        ("Attorney General Merrick Garland announced charges.", "2023-06-09", "Garland", "USAGOV"),
        (
            "Public Security Minister Wang Xiaohong hosted the delegation.",
            "2024-04-18",
            "Wang",
            "CHNGOV",
        ),
    ],
)
def test_interior_and_justice_ministers_resolve_by_date(shipped, text, date, piece, code):
    assert code in _code_of(shipped, text, date, piece)


def test_a_minister_out_of_office_keeps_only_the_country(shipped):
    got = _code_of(shipped, "Gerald Darmanin spoke at the rally.", "2019-01-15", "Darmanin")
    assert got == ["FRA"]


def test_the_same_person_changes_office_with_the_date(shipped):
    text = "Hakan Fidan met the delegation in Ankara."
    assert _code_of(shipped, text, "2019-03-05", "Fidan") == ["TURSPY"]
    assert _code_of(shipped, text, "2024-03-05", "Fidan") == ["TURGOV"]


@pytest.mark.parametrize(
    ("text", "piece", "code"),
    [
        ("KCNA said the launch was a success.", "KCNA", "PRKMED"),
        ("The Yonhap news agency reported the defection.", "Yonhap", "KORMED"),
        ("SANA said the convoy was hit near Homs.", "SANA", "SYRMED"),
        ("Press TV broadcast the confession.", "Press TV", "IRNMED"),
        ("The Carabinieri raided a villa near Naples.", "Carabinieri", "ITACOP"),
        ("The Guardia Civil intercepted the boat off Almeria.", "Guardia Civil", "ESPCOP"),
        ("The Azov regiment held the steel plant.", "Azov", "UKRMIL"),
        ("The Frontier Corps sealed the crossing.", "Frontier Corps", "PAKMIL"),
        ("The DGSE recruited the informant.", "DGSE", "FRASPY"),
        ("The Federal Reserve raised rates.", "Federal Reserve", "USAGOV"),
        ("The Guardian Council barred the candidates.", "Guardian Council", "IRNGOV"),
        ("The Sovereignty Council dissolved the cabinet.", "Sovereignty Council", "SDNGOV"),
        (
            "The State Administration Council extended emergency rule.",
            "State Administration",
            "MMRGOV",
        ),
        (
            "The Investigative Committee opened a case against the blogger.",
            "Investigative",
            "RUSJUD",
        ),
    ],
)
def test_named_institutions_carry_their_state(shipped, text, piece, code):
    assert code in _code_of(shipped, text, "2022-09-14", piece)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Growth in the MENA region slowed.", "MENA"),
        ("The farmers sold raw cotton.", "raw"),
        ("Officials in Fars province reported floods.", "Fars"),
    ],
)
def test_short_words_are_not_state_media(shipped, text, piece):
    assert all(not (c or "").endswith("MED") for c in _code_of(shipped, text, "2020-01-01", piece))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkish F-16s bombed the ridge.", "TURMIL"),
        ("Russian Su-34 bombers hit the depot.", "RUSMIL"),
        ("Azerbaijani drones struck the convoy.", "AZEMIL"),
        ("Israeli tanks crossed the fence.", "ISRMIL"),
    ],
)
def test_platforms_after_a_demonym_are_the_state_military(shipped, text, code):
    assert shipped.find(text, "2020-10-01")[0].code == code


def test_a_designator_makes_fighters_aircraft_but_not_without_it(shipped):
    jets = shipped.find("Chinese J-10 fighters shadowed the patrol plane.", "2021-08-03")
    assert jets[0].code == "CHNMIL"
    men = shipped.find("Libyan fighters stormed the checkpoint.", "2021-08-03")
    assert men[0].code == "LBYREB"


def test_a_weapon_made_abroad_names_no_actor(shipped):
    got = [
        m.code
        for m in shipped.find("Russian-made rockets fired by the militia hit a bus.", "2021-08-03")
    ]
    assert not any((c or "").startswith("RUS") for c in got)
