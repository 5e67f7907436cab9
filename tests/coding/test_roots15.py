"""Wrong roots in sentences of several acts, and senses that coded the wrong act: a visit told
only as a noun whose host is the place of the other acts, 'calls to' that are requests and not
phone calls, joint statements whose content is the act, 'seek' as trying rather than asking,
and destroying weapons that are one's own or fired at oneself. Sentences of our own, coded
end to end with the shipped tables."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def keys(real_coder):
    def _keys(text, date="2023-05-10"):
        return {(e.source[:3], e.target[:3], e.code) for e in real_coder.code(text, date)}

    return _keys


def _roots(found):
    return {(s, t, c[:2]) for s, t, c in found}


# ---- a visit noun with no destination named: the state the sentence sets its acts in ------


def test_visit_noun_without_destination_is_paid_to_the_state_of_the_venue(keys):
    text = (
        "Britain and Kenya signed a defence pact in Nairobi on Monday during Prime Minister "
        "Rishi Sunak's first visit to the country."
    )
    found = _roots(keys(text))
    assert ("GBR", "KEN", "04") in found
    assert ("GBR", "KEN", "05") in found  # the pact is still coded


def test_visit_read_back_to_the_visitors_own_state_takes_the_venue(keys):
    text = (
        "Spanish Prime Minister Pedro Sanchez and Moroccan King Mohammed VI agreed in Rabat on "
        "Tuesday to expand trade links, during Sanchez's second visit to the North African "
        "kingdom."
    )
    found = _roots(keys(text))
    assert ("ESP", "MAR", "04") in found
    assert ("ESP", "ESP", "04") not in found


def test_a_venue_in_the_visitors_own_country_gives_no_visit(keys):
    text = "Chancellor Olaf Scholz spoke in Berlin on Friday about his coming visit."
    assert not any(c[:2] == "04" for _, _, c in keys(text))


# ---- 'call' with no one called is no phone call -------------------------------------------


def test_calls_to_do_something_are_no_call_between_those_who_ask(keys):
    text = "Hungary bought Chinese drones, defying EU and U.S. calls to scrap the deal."
    found = keys(text)
    assert not any(c == "041" for _, _, c in found)


def test_a_meeting_called_by_a_state_is_no_phone_call(keys):
    text = "Diplomats gathered for an emergency session of the Security Council called by France."
    assert not any(c == "041" for _, _, c in keys(text))


def test_a_phone_call_to_someone_is_still_coded(keys):
    text = "Brazilian President Lula telephoned Argentine President Javier Milei on Sunday."
    assert ("BRA", "ARG", "041") in keys(text)


# ---- joint statements: what they say is the act, the signers do not agree with each other --


def test_joint_statement_calling_on_a_third_state_is_an_appeal_to_it(keys):
    text = (
        "Brazil and Argentina issued a joint statement on Friday calling on Venezuela to free "
        "political prisoners."
    )
    found = _roots(keys(text))
    assert ("BRA", "VEN", "02") in found and ("ARG", "VEN", "02") in found
    assert not {("BRA", "ARG"), ("ARG", "BRA")} & {(s, t) for s, t, _ in found}


def test_joint_statement_saying_something_of_a_third_state_is_no_accord(keys):
    text = (
        "The governments of Ghana and Togo issued a joint statement saying that any attack on "
        "Benin would be treated as an attack on both countries."
    )
    found = keys(text)
    assert not any(c == "019" for _, _, c in found)


def test_agreement_voiced_before_a_joint_declaration_is_still_an_accord(keys):
    text = (
        "Voicing full agreement on trade, the foreign ministers of Chile and Peru issued a joint "
        "declaration in Lima on Thursday."
    )
    found = _roots(keys(text))
    assert ("CHL", "PER", "01") in found and ("PER", "CHL", "01") in found


# ---- 'seek': asking someone for something, not trying or looking for --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mexican police are seeking a gunman who opened fire on a bus in Oaxaca.",
        "The Peruvian president said on Monday she would seek a second term.",
        "Hundreds of Sudanese families crossed into Chad on Friday seeking refuge.",
        "Colombia's prosecutors are seeking long prison terms for the former rebel commanders.",
    ],
)
def test_seeking_a_person_an_office_or_shelter_is_no_request(keys, text):
    assert not any(c[:2] == "02" for _, _, c in keys(text))


def test_seeking_help_from_a_state_is_still_a_request(keys):
    found = _roots(keys("Kenya sought military assistance from Britain on Monday."))
    assert ("KEN", "GBR", "02") in found


def test_seeking_an_extradition_is_still_a_request(keys):
    found = _roots(keys("Colombia is seeking the extradition of a drug lord from Spain."))
    assert ("COL", "ESP", "02") in found


# ---- destroying one's own weapons, or weapons fired at oneself --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Indian air defences destroyed two drones that were flying toward an army base in "
        "Punjab, the Indian army said.",
        "Libya destroyed its remaining stockpile of chemical weapons on Tuesday.",
    ],
)
def test_destroying_own_or_incoming_weapons_is_no_attack(keys, text):
    assert not any(c[:2] in ("17", "18", "19") for _, _, c in keys(text))


def test_destroying_another_sides_weapons_depots_is_still_coded(keys):
    text = "Turkish jets destroyed Kurdish militant weapons depots in northern Iraq on Sunday."
    assert any(s == "TUR" and c[:2] in ("17", "19") for s, _, c in keys(text))


# ---- a closing participle on a verb of trying: aimed at what the tried act is aimed at ------


def test_accusation_on_a_verb_of_trying_is_aimed_at_the_tried_acts_target(keys):
    text = "Ghana moved on Tuesday to expel a Nigerian diplomat, accusing him of spying."
    found = _roots(keys(text))
    assert ("GHA", "NGA", "11") in found
    assert not any(s == t for s, t, _ in found)
