"""International organisations: EU officials and tribunals, 'the world body', the OAS's
commission, an IGO's field staff, titles and commissions, and an IGO prefix that names no
actor. Sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import find_codes, found_members, mentions


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The European Commissioner for energy warned Kyiv", "IGOEUREEC"),
        ("The Special Court for Sierra Leone convicted him", "IGOUNOSCSL"),
        ("The ICTY acquitted two generals", "IGOUNOICTY"),
        ("The Rwanda war crimes tribunal sentenced a former mayor", "IGOUNOICTR"),
        ("The Special Tribunal for Lebanon indicted four men", "IGOUNOSTL"),
        ("The European Court of Justice struck down the rule", "IGOEURCOJ"),
    ],
)
def test_eu_officials_and_international_tribunals_are_igos(text, code):
    assert find_codes(text)[0] == code


def test_a_country_inside_a_tribunals_name_is_not_an_actor():
    # 'Sierra Leone' alone would be coded SLE; inside the court's name it is not.
    assert find_codes("He was sentenced by the Special Court for Sierra Leone in The Hague") == [
        "IGOUNOSCSL",
        "NLD",
    ]


def test_an_igo_as_prefix_of_a_participle_is_no_actor():
    assert find_codes("Troops overran the U.N.-protected enclave") == ["---MIL"]


def test_the_world_body_is_the_un(finder):
    assert ("world body", "IGOUNO", "igo") in mentions(
        finder, "The world body voted on Friday.", "2018-04-11"
    )


def test_the_inter_american_human_rights_commission_is_the_oas(finder):
    found = found_members(finder, "The Inter-American Commission on Human Rights criticised Peru.")
    assert found[0][1] == "IGOOAS"


def test_an_igo_field_and_title_before_a_former_leader_stay_the_igo(finder):
    # Theresa May left office in 2019: alone her name would be the bare country
    found = found_members(finder, "U.N. peace envoy Theresa May visited Juba.", "2021-05-01")
    assert found[0][:2] == ("U.N. peace envoy Theresa May", "IGOUNO")


def test_igo_staff_with_a_field_word_stay_the_igo(finder):
    found = found_members(finder, "Sudan expelled several United Nations food officials.")
    assert ("United Nations food officials", "IGOUNO", "igo", ()) in found


def test_a_verb_after_an_igo_does_not_join_the_next_title(finder):
    found = found_members(finder, "NATO warns President Kim Jong Un.", "2021-05-01")
    assert found[0][:2] == ("NATO", "IGOWSTNAT")
    assert any(code == "PRKGOV" for _, code, _, _ in found)


def test_igo_commission_head_is_the_igos(finder):
    found = mentions(finder, "European Union Commission chairwoman Maria Lindqvist visited Kenya.")
    assert found[0][1].startswith("IGO")
    assert found[0][0].endswith("Maria Lindqvist")


def test_igo_commission_alone_is_the_igo(finder):
    found = mentions(finder, "The African Union Commission said it would send observers.")
    assert found[0][1] == "IGOAFRAFU"
