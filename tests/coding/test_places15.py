"""Places, country-less agents and swaps (PL15): a prisoner swap told from both sides is two
releases, not four; a resignation under protest is aimed at the protesters; a country-less
unit name before an agent ('Presidential Guard soldiers') does not keep the agent from its
place; a place that stands in for a target yields to the actor the same act names; and the
country of an attack's arms ('Saudi air strikes') is not its victims'. Every sentence is
written for this file; each family has controls."""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _keys(coder, text, date="2019-06-11"):
    return [
        (e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date) if not e.flagged
    ]


def _full(coder, text, date="2019-06-11"):
    return {(e.source, e.target, e.code) for e in coder.code(text, date) if not e.flagged}


# ---- a swap told from both sides: one release each way ----------------------------------


@pytest.mark.parametrize(
    ("text", "one", "two"),
    [
        (
            "Ukraine freed 40 Russian soldiers and Russia released 35 Ukrainian troops on "
            "Sunday in a swap brokered by the United Arab Emirates.",
            ("UKR", "RUS"),
            ("RUS", "UKR"),
        ),
        (
            "Colombia released three Ecuadorean fishermen on Tuesday and Ecuador freed two "
            "Colombian sailors in an exchange.",
            ("COL", "ECU"),
            ("ECU", "COL"),
        ),
        (
            "Belarus freed a Lithuanian businessman and Lithuania released a Belarusian "
            "diplomat on Friday in a prisoner swap.",
            ("BLR", "LTU"),
            ("LTU", "BLR"),
        ),
    ],
)
def test_swap_told_twice_is_two_releases(coder, text, one, two):
    releases = [k for k in _keys(coder, text) if k[2] == "08"]
    assert sorted(releases) == sorted([(*one, "08"), (*two, "08")])


def test_swap_told_once_stays_mutual(coder):
    # control: one side's release told, the swap makes it both sides'
    keys = _keys(
        coder, "Turkey freed a jailed Greek journalist in exchange for two Turkish soldiers."
    )
    assert ("TUR", "GRC", "08") in keys
    assert ("GRC", "TUR", "08") in keys


def test_joint_release_stays_mutual(coder):
    keys = _keys(coder, "Iran and Britain each freed two detainees on Thursday in a swap.")
    assert ("IRN", "GBR", "08") in keys and ("GBR", "IRN", "08") in keys


# ---- a resignation under protest is aimed at the protesters -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru's president resigned on Friday after weeks of violent street protests "
            "against his economic reforms.",
            ("PERGOV", "PERCVL", "0831"),
        ),
        (
            "Yielding to a month of mass demonstrations, the Georgian prime minister stepped "
            "down on Monday.",
            ("GEOGOV", "GEOCVL", "0831"),
        ),
        (
            "Kenya's interior minister resigned as thousands of protesters led by opposition "
            "leaders marched on parliament.",
            ("KENGOV", "KENOPP", "0831"),
        ),
    ],
)
def test_resignation_under_protest_targets_protesters(coder, text, expected):
    assert expected in _full(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Serbia's prime minister resigned on Tuesday, citing health reasons.",
        "Chile's finance minister stepped down on Monday to run for the senate.",
    ],
)
def test_resignation_without_protest_is_not_coded(coder, text):
    assert not [k for k in _keys(coder, text) if k[2] == "08"]


# ---- a country-less unit name before an agent ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("National Guard troops in Maracaibo beat two reporters on Thursday.", "VEN"),
        ("Presidential Guard soldiers in Conakry arrested an opposition leader.", "GIN"),
    ],
)
def test_unit_name_does_not_keep_agent_from_its_place(coder, text, expected):
    sources = {k[0] for k in _keys(coder, text)}
    assert sources == {expected}


def test_named_group_still_owns_its_fighters(coder):
    # control: a named country-less group keeps its fighters, whatever the place
    keys = _keys(coder, "Islamic State fighters in Raqqa beheaded a Syrian soldier.")
    assert keys and all(k[0] == "---" for k in keys)


# ---- a place standing in for a target yields to the actor the act names --------------------


@pytest.mark.parametrize(
    ("text", "place", "victim"),
    [
        (
            "A suicide bomber struck the entrance of Mogadishu airport on Monday, killing "
            "four Turkish engineers.",
            "SOM",
            "TUR",
        ),
        (
            "Egyptian officials flew the suspect to Brussels and handed him over to the "
            "European Union's police agency.",
            "BEL",
            "IGO",
        ),
    ],
)
def test_place_yields_to_named_target(coder, text, place, victim):
    targets = {k[1] for k in _keys(coder, text)}
    assert victim in targets and place not in targets


def test_struck_place_alone_is_the_state(coder):
    # control: no actor named as the target: the place stands for its state
    keys = _keys(coder, "Russian missiles struck Kharkiv on Monday, killing six civilians.")
    assert any(k[:2] == ("RUS", "UKR") for k in keys)


# ---- the country of an attack's arms is not its victims' ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Saudi airstrikes killed 16 people on Monday.",
        "At least 16 people have been killed in Saudi led airstrikes.",
        "Russian shelling killed five civilians on Tuesday.",
    ],
)
def test_attackers_arms_do_not_place_victims(coder, text):
    keys = _keys(coder, text)
    assert keys and all(k[0] != k[1] for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls: a place or a domestic force still gives the country
        ("Saudi airstrikes killed 16 people in northern Yemen.", ("SAU", "YEM", "19")),
        ("Pakistani police arrested 12 protesters on Friday.", ("PAK", "PAK", "17")),
    ],
)
def test_place_or_domestic_force_still_places_victims(coder, text, expected):
    assert expected in _keys(coder, text)
