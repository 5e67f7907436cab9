"""Accusations told as responsibility: 'X said Y was behind / responsible for / to blame for
the attack', 'X holds Y responsible', 'X has evidence that Y did it', 'X pinned the bombing on
Y', 'X attributed the attack to Y' are X's accusation of Y (112, gold rule 3), and the deed
blamed is not coded beside it; a group saying so of itself claims the attack (015); negated,
hedged or believed blame, and responsibility for no misdeed, code nothing. Sentences are written
for these tests."""

import datetime as dt

import pytest
from coding_helpers import roots_of, triples

DATE = dt.date(2022, 3, 10)
_FORCE = ("18", "19", "20")


@pytest.fixture(scope="module")
def coded(real_coder):
    return triples(real_coder, DATE)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ukraine said Russia was behind the missile strike on the Odesa port.", "UKR", "RUS"),
        (
            "Armenia's foreign ministry said Azerbaijani troops were behind the shelling.",
            "ARM",
            "AZE",
        ),
        (
            "Russia was behind the cyber attacks on Estonian banks, Estonia's government said.",
            "EST",
            "RUS",
        ),
        ("Seoul says Pyongyang is behind a wave of cyber attacks on its ministries.", "KOR", "PRK"),
        (
            "Kenya says Somali militants were responsible for the raid on the Lamu police post.",
            "KEN",
            "SOM",
        ),
        (
            "Iraq said Turkish forces were responsible for the deaths of nine tourists in Zakho.",
            "IRQ",
            "TUR",
        ),
        (
            "The Afghan interior ministry says Pakistan is to blame for the bombing in Kabul.",
            "AFG",
            "PAK",
        ),
        (
            "Japan claims that North Korea is responsible for the hacking of its defence ministry.",
            "JPN",
            "PRK",
        ),
    ],
)
def test_a_said_responsibility_is_the_speakers_accusation(coded, text, source, target):
    events = coded(text)
    assert (source, target, "11") in roots_of(events)
    assert not any(c[:2] in _FORCE for _, _, c in events)  # the deed is what is blamed


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey holds Greece responsible for the bombing of the consulate.", "TUR", "GRC"),
        ("The Kremlin holds Kyiv fully responsible for the shelling of Belgorod.", "RUS", "UKR"),
        ("Serbia said it holds Kosovo responsible for the violence in Zvecan.", "SRB", "KSV"),
    ],
)
def test_holding_someone_responsible_is_an_accusation(coded, text, source, target):
    assert (source, target, "11") in roots_of(coded(text))


def test_an_attack_blamed_is_an_accusation_of_aggression(coded):
    events = coded("Russia said Ukrainian forces were responsible for the shelling of Donetsk.")
    assert any(s[:3] == "RUS" and t[:3] == "UKR" and c == "1123" for s, t, c in events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The United States says it has evidence that Russia is firing rockets into Ukraine.",
            "USA",
            "RUS",
        ),
        ("Sudan says it has proof that Chadian troops raided the camp at Adre.", "SDN", "TCD"),
        (
            "Kenya's president said there is proof that Somali militants shelled Mandera.",
            "KEN",
            "SOM",
        ),
    ],
)
def test_evidence_that_someone_did_a_deed_is_an_accusation(coded, text, source, target):
    events = coded(text)
    assert (source, target, "11") in roots_of(events)
    assert not any(c[:2] in _FORCE for _, _, c in events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistani officials pinned the attack on India.", "PAK", "IND"),
        ("Kyiv pinned Tuesday's bombing on Russian saboteurs.", "UKR", "RUS"),
        ("Israel attributed the rocket attack to Hezbollah.", "ISR", "LBN"),
        ("Nigerian police attributed the church bombing to Boko Haram.", "NGA", "NGA"),
    ],
)
def test_pinning_or_attributing_a_deed_to_someone_is_an_accusation(coded, text, source, target):
    assert (source, target, "11") in roots_of(coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said Russia was not behind the missile strike on the Odesa port.",
        "Iran says Israel may have been behind the killing of the scientist.",
        "Israeli media reported that Iran was likely behind the blast on the tanker.",
        "Turkey believes the PKK is responsible for the bombing in Ankara.",
        "Islamist militants are suspected to be behind the attack on the Malian convoy.",
        "Pakistan says there is no evidence that India attacked the border post.",
        "Britain said France was behind the draft resolution to send aid to Mali.",
        "Egypt said the Palestinian Authority would be responsible for security at the crossing.",
        "The European Union sanctioned Belarusian officials responsible for the crackdown.",
    ],
)
def test_no_accusation_when_denied_hedged_believed_or_no_misdeed(coded, text):
    assert not any(c[:2] == "11" for _, _, c in coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab said its fighters were behind the attack on the Kenyan army base.",
        "The Islamic State group said it was behind the bombing that killed 12 Afghan soldiers.",
    ],
)
def test_said_of_oneself_it_is_a_claim_not_an_accusation(coded, text):
    events = coded(text)
    assert any(c == "015" for _, _, c in events)
    assert not any(c[:2] == "11" for _, _, c in events)
