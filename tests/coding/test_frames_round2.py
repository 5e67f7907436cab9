"""Round-2 frames: reactions told in a summing-up appositive or a closing participle,
go-betweens (deals brokered by a third side, talks under its mediation, talks it hosts
between two others), welcomes told in a participle or passive, the stop of a tour, and a
visit that only sets the scene for a frame verb. Sentences are our own, run through the
coder with the shipped tables."""

from __future__ import annotations

import pytest
from coding_helpers import by_root


@pytest.fixture(scope="module")
def code(real_coder):
    def _code(text, date="2019-06-12"):
        return by_root(real_coder.code(text, date))

    return _code


# ---- a reaction in an appositive that sums up the clause before it -----------------------


def test_a_move_condemned_in_a_relative_clause_is_aimed_at_the_mover(code):
    keys = code(
        "Ghana expelled two Norwegian diplomats on Monday, a move Oslo immediately "
        "condemned as unjustified."
    )
    assert ("GHA", "NOR", "16") in keys
    assert ("NOR", "GHA", "11") in keys


def test_an_arrest_denounced_after_a_reported_clause_is_aimed_at_the_arrester(code):
    keys = code(
        "Chilean police said on Tuesday they had detained a Peruvian reporter in Santiago on "
        "suspicion of spying for Lima, an arrest the Peruvian government denounced as absurd."
    )
    assert ("PER", "CHL", "11") in keys


def test_a_summing_noun_after_a_nested_clause_reaches_the_main_act(code):
    keys = code(
        "Bolivia took over a Brazilian gas field on Friday, with its president signing a decree "
        "to nationalise the concession, a step Brasilia sharply criticised as hostile."
    )
    assert ("BRA", "BOL", "11") in keys


# ---- a reaction in a closing participle ----------------------------------------------------


def test_drawing_criticism_from_a_third_side_is_its_disapproval(code):
    keys = code(
        "Chile blocked a Peruvian proposal at the regional bloc on Monday, drawing sharp "
        "criticism from Bolivia's foreign minister."
    )
    assert ("BOL", "CHL", "11") in keys


def test_drawing_criticism_after_a_modal_relative_clause_is_still_a_fact(code):
    keys = code(
        "Russia vetoed a draft resolution that would have condemned the coup in Niger, "
        "drawing sharp criticism from France's envoy."
    )
    assert ("FRA", "RUS", "11") in keys


# ---- go-betweens ---------------------------------------------------------------------------


def test_a_deal_brokered_by_a_third_country_is_its_mediation_toward_both_signers(code):
    keys = code(
        "Peru and Chile signed a maritime border accord in Oslo on Friday, in a deal brokered "
        "by Norway."
    )
    assert ("NOR", "PER", "04") in keys
    assert ("NOR", "CHL", "04") in keys


def test_an_exchange_brokered_by_a_third_country_reaches_both_sides(code):
    keys = code(
        "Armenia released three Azerbaijani soldiers and Azerbaijan freed two Armenian "
        "soldiers on Friday in a swap brokered by Georgia."
    )
    assert ("GEO", "ARM", "04") in keys or ("GEO", "AZE", "04") in keys


def test_a_truce_once_brokered_by_a_third_side_is_no_mediation_now(code):
    keys = code(
        "Yemeni rebels shelled army positions near Marib on Monday, violating a truce brokered "
        "by Norway last year."
    )
    assert not any(k[0] == "NOR" for k in keys)


def test_talks_under_the_mediation_of_a_third_side(code):
    keys = code(
        "The foreign ministers of Serbia and Kosovo held talks in Brussels on Monday under the "
        "mediation of the Norwegian foreign minister."
    )
    assert ("NOR", "SRB", "04") in keys
    assert ("NOR", "XKX", "04") in keys or ("NOR", "KOS", "04") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Norway hosted talks in Oslo on Tuesday between the governments of Ethiopia and Eritrea.",
        "The Norwegian foreign minister hosted two days of talks in Oslo between Ethiopian and "
        "Eritrean officials.",
    ],
)
def test_a_host_of_talks_between_two_other_sides_mediates(code, text):
    keys = code(text)
    assert ("NOR", "ETH", "04") in keys
    assert ("NOR", "ERI", "04") in keys


def test_hosting_talks_with_a_guest_is_no_mediation(code):
    keys = code("Norway's prime minister hosted talks with the Chilean president on Tuesday.")
    assert not any(k[0] == "NOR" and k[2] == "04" and k[1] not in ("CHL",) for k in keys)
    assert ("NOR", "CHL", "04") in keys


# ---- welcomes --------------------------------------------------------------------------------


def test_a_visitor_welcomed_in_a_participle_is_hosted(code):
    keys = code(
        "Chilean President Gabriel Boric, welcomed by Kenyan President William Ruto in Nairobi "
        "on Monday, signed a trade accord with his host.",
        "2023-05-15",
    )
    assert ("KEN", "CHL", "04") in keys


def test_a_titled_visitor_welcomed_in_the_passive_is_hosted(code):
    keys = code(
        "Pope Francis arrived in Lima on Sunday and was welcomed at the airport by Peruvian "
        "President Martin Vizcarra.",
        "2018-01-21",
    )
    assert ("PER", "VAT", "04") in keys
    assert ("PER", "VAT", "05") not in keys


# ---- tours and visits as settings ------------------------------------------------------------


def test_the_stop_of_a_tour_is_a_visit_to_the_place_before_it(code):
    keys = code(
        "Ghana's foreign minister landed in Lima on Monday, the first stop of a four-nation "
        "tour, and met his Peruvian counterpart."
    )
    assert ("GHA", "PER", "04") in keys


def test_a_visit_in_an_appositive_after_the_subject_is_the_subject_s(code):
    keys = code(
        "The Peruvian foreign minister, on a visit to Nairobi on Monday, held talks with "
        "Kenya's foreign minister."
    )
    assert ("PER", "KEN", "04") in keys


def test_a_visit_that_sets_a_request_is_an_event_of_its_own(code):
    keys = code(
        "Chile's finance minister asked Peru for an emergency loan to pay for fuel imports "
        "during a visit to Lima on Wednesday."
    )
    assert ("CHL", "PER", "02") in keys
    assert ("CHL", "PER", "04") in keys


def test_a_visit_before_the_complementizer_sets_the_saying_not_the_promise(real_coder):
    events = real_coder.code(
        "The Kenyan president announced on Tuesday, on the second day of a visit to Ghana, "
        "that he would order the lifting of all tariffs on Ghanaian cocoa.",
        "2019-06-12",
    )
    visits = [e for e in events if e.code == "042"]
    assert visits and visits[0].source.startswith("KEN") and visits[0].target.startswith("GHA")
    assert not any(e.code.startswith("13") for e in events)


def test_welcoming_a_country_s_proposal_is_approval_not_hosting(code):
    keys = code("Peru said on Monday it welcomed the Chilean proposal to reopen the border.")
    assert ("PER", "CHL", "05") in keys
    assert ("PER", "CHL", "04") not in keys


def test_a_summing_noun_whose_reactor_has_an_apposition_of_its_own(code):
    keys = code(
        "Kenya has revoked the licences of several Norwegian aid workers posted to the country, "
        "a move the Norwegian government's top envoy, Anne Berg, condemned as a grave error."
    )
    assert ("NOR", "KEN", "11") in keys


def test_an_offer_to_host_and_mediate_talks_goes_to_each_side(code):
    keys = code(
        "Norway offered on Saturday to host and mediate talks between the governments of "
        "Ethiopia and Eritrea."
    )
    assert ("NOR", "ETH", "03") in keys
    assert ("NOR", "ERI", "03") in keys
