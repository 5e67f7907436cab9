"""Aid, material cooperation, investigations, threats and assaults whose roles sit outside the
act's own slots: a giver named only on the goods ('from X', 'X's loan', 'X-ian shells'), the
receiving side of 'received ... from X', an investigator in a by-phrase or in the act an inquiry
is part of, the doer of an investigated deed, the speaker who says that X faces a penalty, the
planter of a deadly device and the agent of joined passives. Sentences of our own, coded with
the shipped tables."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root


@pytest.fixture(scope="module")
def code(real_coder):
    def _code(text, date="2016-03-09"):
        return real_coder.code(text, date)

    return _code


# ---- aid: the giver named on the goods ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two cargo planes carrying blankets and medicine from Norway landed in Lusaka"
            " on Thursday.",
            ("NOR", "ZMB", "07"),
        ),
        (
            "The first tranche of the World Bank's credit reached Tunis on Monday.",
            ("IGO", "TUN", "07"),
        ),
        ("A consignment of Czech howitzers arrived in Kyiv on Saturday.", ("CZE", "UKR", "07")),
        (
            "The second tranche of Japan's loan was transferred to Colombo on Friday.",
            ("JPN", "LKA", "07"),
        ),
    ],
)
def test_giver_named_on_the_goods(code, text, want):
    assert want in by_root(code(text))


def test_received_goods_come_from_the_from_phrase(code):
    got = by_root(code("Flood victims in Malawi received tents and food from Egypt on Sunday."))
    assert ("EGY", "MWI", "07") in got
    assert not any(src == "MWI" and tgt == "EGY" for src, tgt, _r in got)


def test_giver_is_not_the_recipient_itself(code):
    # the goods are Malawi's own: no one gives them to Malawi
    got = by_root(code("A shipment of Malawian maize reached Lilongwe on Sunday."))
    assert not any(r == "07" for _s, _t, r in got)


def test_received_payment_is_no_aid_giver(code):
    # money a party received, as told in a bribery inquiry, is no aid of the payer's, and the
    # payer is not who is investigated
    got = by_root(
        code(
            "Spanish prosecutors opened an inquiry on Monday into claims that a Spanish party"
            " received millions of euros from an Angolan oil firm."
        )
    )
    assert ("AGO", "ESP", "07") not in got
    assert ("ESP", "AGO", "09") not in got


def test_unsent_aid_is_not_coded(code):
    assert code("Aid for Malawi is still under discussion in Oslo, officials said on Monday.") == []


# ---- material cooperation ----------------------------------------------------------------------


def test_extradited_from_one_state_to_another(code):
    got = by_root(code("A fugitive banker was extradited from Portugal to Brazil on Tuesday."))
    assert ("PRT", "BRA", "06") in got


def test_suspect_flown_to_face_trial(code):
    got = by_root(
        code("A suspected people smuggler was flown from Ghana to Italy on Friday to face trial.")
    )
    assert ("GHA", "ITA", "06") in got


def test_two_states_begin_sharing_intelligence_both_ways(code):
    got = by_code(code("Chile and Argentina began sharing intelligence on drug cartels on Monday."))
    assert ("ARG", "CHL", "064") in got and ("CHL", "ARG", "064") in got


# ---- investigations ------------------------------------------------------------------------


def test_inquiry_by_x_into_deeds_by_y(code):
    got = by_root(
        code("An inquiry by Austria into alleged bribery by Hungarian officials opened on Monday.")
    )
    assert ("AUT", "HUN", "09") in got


def test_placed_under_investigation_by_x(code):
    got = by_root(
        code("Four Lebanese bankers were placed under investigation by French judges on Tuesday.")
    )
    assert ("FRA", "LBN", "09") in got


def test_investigated_deed_names_its_doer_not_its_victims(code):
    got = by_root(
        code(
            "Serbia's investigation into the bombing of villages by Croatian troops"
            " began on Friday."
        )
    )
    assert ("SRB", "HRV", "09") in got
    assert ("SRB", "SRB", "09") not in got


def test_commission_created_to_examine_crimes(code):
    got = by_root(
        code(
            "The European Union on Monday set up a commission to examine alleged abuses"
            " by Eritrean troops."
        )
    )
    assert ("IGO", "ERI", "09") in got


def test_own_inquiry_with_no_second_actor_is_not_coded(code):
    assert (
        code("Danish police opened an investigation on Monday into a jewellery theft in Aarhus.")
        == []
    )


# ---- threats -----------------------------------------------------------------------------------


def test_facing_a_penalty_is_the_speakers_threat(code):
    got = by_root(
        code(
            "Belarus will face fresh sanctions unless it frees the detained pilots,"
            " Lithuanian officials said."
        )
    )
    assert ("LTU", "BLR", "13") in got


def test_facing_a_penalty_without_a_speaker_is_not_a_threat(code):
    got = by_root(
        code("Belarus faces a shortage of fertiliser after the floods, the report showed.")
    )
    assert not any(r == "13" for _s, _t, r in got)


def test_warned_of_a_military_response(code):
    assert ("IND", "PAK", "13") in by_root(
        code("India warned Pakistan of a military response on Tuesday over the border raids.")
    )


def test_nominal_threat_of_sanctions(code):
    got = by_root(code("Canada's threat of sanctions against Venezuela was announced on Monday."))
    assert ("CAN", "VEN", "13") in got


def test_vowed_to_make_them_pay(code):
    got = by_root(code("Greece vowed on Friday to make Turkey pay for the downing of its jet."))
    assert ("GRC", "TUR", "13") in got


# ---- assaults ------------------------------------------------------------------------------


def test_bomb_planted_by_rebels(code):
    got = by_code(
        code(
            "Three Chadian soldiers were killed on Monday when a bomb planted by Sudanese rebels"
            " went off under their truck."
        )
    )
    assert ("SDN", "TCD", "183") in got


def test_joined_passive_shares_its_by_phrase(code):
    got = by_root(
        code(
            "Georgian detainees were beaten and denied food by Russian guards,"
            " a monitor said on Friday."
        )
    )
    assert ("RUS", "GEO", "18") in got


def test_gunning_down_a_diplomat_is_a_targeted_killing(code):
    got = by_code(code("Libyan gunmen gunned down the Egyptian consul outside his home on Sunday."))
    assert ("LBY", "EGY", "186") in got


def test_giver_named_by_a_participle_on_the_goods(code):
    got = by_root(code("Food aid pledged by Japan reached Haiti on Wednesday."))
    assert ("JPN", "HTI", "07") in got


def test_giver_of_goods_a_vehicle_carries(code):
    got = by_root(
        code(
            "A convoy of trucks carrying medicine supplied by the European Union entered Gaza"
            " on Tuesday."
        )
    )
    assert ("IGO", "PSE", "07") in got


def test_goods_seized_by_police_are_no_aid(code):
    assert not code("Weapons seized by Greek police arrived in Athens on Friday.")
