"""Breadth sweep of roots 01-05 : wire wordings of statements, appeals, intentions,
consultations and diplomatic cooperation the lexicon lacked, written from the CAMEO code
descriptions (not from any gold set). Each family has near misses in another sense that must not
fire. Sentences are our own and use the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

DATE = "2019-06-11"

CODED = [
    # 011: declining to elaborate, refusing to be drawn or to speculate
    ("Officials in Ankara declined to elaborate on the Russian request.", ("TUR", "RUS", "011")),
    (
        "The Mexican foreign ministry refused to be drawn on the Guatemalan complaint.",
        ("MEX", "GTM", "011"),
    ),
    # 012/013: striking or sounding a note
    (
        "The Serbian president struck an upbeat note on the negotiations with Croatia.",
        ("SRB", "HRV", "013"),
    ),
    (
        "The Moroccan king sounded a gloomy note about relations with Algeria.",
        ("MAR", "DZA", "012"),
    ),
    # 014: reviewing, reassessing ties; examining an offer
    ("Ghana is reviewing its trade ties with Nigeria.", ("GHA", "NGA", "014")),
    ("New Zealand is reassessing its relations with Fiji.", ("NZL", "FJI", "014")),
    ("Finland said it would examine Estonia's proposal for a joint tunnel.", ("FIN", "EST", "014")),
    # 015: conceding or admitting that something was done
    (
        "Ukraine conceded that its missile had struck a Polish farm by mistake.",
        ("UKR", "POL", "015"),
    ),
    (
        "The Thai army admitted that its soldiers had mistakenly fired into Cambodia.",
        ("THA", "KHM", "015"),
    ),
    # 016: scoffing at or laughing off a charge
    (
        "Caracas scoffed at Colombian accusations that it sheltered guerrillas.",
        ("VEN", "COL", "016"),
    ),
    ("Greece laughed off Turkish claims that it was arming the islands.", ("GRC", "TUR", "016")),
    # 018: a condolence message, cable or letter sent or conveyed
    (
        "The Bangladeshi prime minister sent a condolence letter to Nepal after the avalanche.",
        ("BGD", "NPL", "018"),
    ),
    (
        "Egypt's president conveyed a message of sympathy to Morocco after the earthquake.",
        ("EGY", "MAR", "018"),
    ),
    # 019: shared concerns, identical views voiced or affirmed together
    (
        "Brazil and Argentina voiced common concerns about the trade tariffs.",
        ("BRA", "ARG", "019"),
    ),
    ("Oman and Kuwait reaffirmed their identical positions on Iraq.", ("OMN", "KWT", "019")),
    # 0211: courting investors
    ("The Ethiopian prime minister courted Turkish investors.", ("ETH", "TUR", "0211")),
    # 03: undertaking or signing up to do something
    ("Sweden undertook to increase its aid to Mozambique.", ("SWE", "MOZ", "033")),
    ("Canada signed up to supply artillery shells to Ukraine.", ("CAN", "UKR", "0332")),
    ("Azerbaijan said it was open to negotiations with Armenia.", ("AZE", "ARM", "036")),
    # 042: setting off, departing, heading, jetting to a country
    ("The Malaysian king set off for Japan on Sunday.", ("MYS", "JPN", "042")),
    ("The Colombian president departed for Ecuador on Thursday.", ("COL", "ECU", "042")),
    ("The Greek prime minister headed to Egypt for talks on gas.", ("GRC", "EGY", "042")),
    ("The Nigerian foreign minister jetted to Senegal on Friday.", ("NGA", "SEN", "042")),
    # 045: facilitating talks, shuttle diplomacy
    (
        "Qatar facilitated talks between Chad and Sudan on Monday.",
        ("QAT", "TCD", "045"),
    ),
    (
        "The American envoy conducted shuttle diplomacy between Israel and Lebanon.",
        ("USA", "ISR", "045"),
    ),
    # 051: speaking highly of, cheering a decision, voicing backing
    ("The Estonian president spoke highly of Latvia's reforms.", ("EST", "LVA", "051")),
    ("Taiwan cheered the Japanese decision to donate vaccines.", ("TWN", "JPN", "051")),
    ("Uganda voiced backing for Rwanda's peace proposal.", ("UGA", "RWA", "051")),
    # 052: speaking out in defence of, justifying another's conduct
    ("The Serbian president spoke out in defence of Russia.", ("SRB", "RUS", "052")),
    ("The Belarusian leader justified Russia's annexation of Crimea.", ("BLR", "RUS", "052")),
    # 053: canvassing support, rallying others behind someone
    ("Nigeria canvassed support for Ghana's candidate.", ("NGA", "GHA", "053")),
    ("Indonesia rallied its neighbours behind Thailand's proposal.", ("IDN", "THA", "053")),
    # 054: opening an embassy, switching recognition
    ("Hungary opened an embassy in Rwanda.", ("HUN", "RWA", "054")),
    (
        "The Solomon Islands switched diplomatic recognition from Taiwan to China.",
        ("SLB", "CHN", "054"),
    ),
    # 057: penning a deal, entering into an agreement
    ("Kenya and Uganda penned a railway deal.", ("KEN", "UGA", "057")),
    ("Laos entered into a power agreement with Thailand.", ("LAO", "THA", "057")),
    # 015: acknowledging failings or mistakes toward another state
    (
        "The Belgian prime minister acknowledged the mistakes of his country toward Congo.",
        ("BEL", "COD", "015"),
    ),
    # 019: a common understanding reached together
    (
        "The Laotian and Cambodian leaders reached a common understanding on the Mekong.",
        ("LAO", "KHM", "019"),
    ),
    # 014: eyeing measures
    ("Australia is eyeing tariffs on Chinese steel.", ("AUS", "CHN", "014")),
    # 020: issuing a call to a state
    ("The Senegalese president issued a call to Gambia to curb smuggling.", ("SEN", "GMB", "020")),
    # 042: dropping in on, paying a call on a foreign leader
    ("The Danish prime minister paid a call on the Norwegian king.", ("DNK", "NOR", "042")),
    # 051: congratulations offered, extended, conveyed or sent in a letter
    ("Ghana extended its congratulations to Liberia on the election.", ("GHA", "LBR", "051")),
    (
        "Chile sent a message of congratulations to Uruguay's new president.",
        ("CHL", "URY", "051"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_statement_wording_is_coded(real_coder, text, expected):
    assert expected in by_code(real_coder.code(text, DATE))


NEAR_MISSES = [
    # struck in the sense of attacking is no optimistic comment
    ("Afghan militants struck a Pakistani border post overnight.", "01"),
    # a message with no condolence in it is no empathy
    ("The Chadian president sent a message to Sudan about the refugees.", "018"),
    # examining wreckage is an inquiry, not a policy option under study
    ("Kenyan investigators examined the wreckage of the Ugandan helicopter.", "014"),
    # conceding ground is no admission of responsibility
    ("The Armenian army conceded ground to Azerbaijani forces.", "015"),
    # setting off explosives is no trip
    ("A bomber set off explosives near the Iraqi army base in Kirkuk.", "04"),
    # an economy heading for recession travels nowhere
    ("Argentina's economy is heading for a recession, bankers said.", "04"),
    # opening fire is no embassy opened
    ("Kenyan police opened fire on crowds outside the Ugandan embassy.", "054"),
    # fans cheering their team praise no state
    ("Moroccan fans cheered the national team in Qatar.", "05"),
    # reviewing troops is no policy review
    ("The Egyptian president reviewed troops with the Saudi defence minister.", "014"),
    # being open to criticism is no intent to negotiate
    ("The Iraqi government was open to criticism from Iran over the dam.", "036"),
    # issuing a call for witnesses is no appeal to a state
    ("Kenyan police issued a call for witnesses to the robbery in Mombasa.", "02"),
    # offering a prize or sending a letter of another kind praises no one
    ("The Turkish president sent a letter to Greece about the migrants.", "051"),
    # leaving someone waiting for hours is no trip
    ("Caracas left the Colombian envoys waiting for hours at the border.", "04"),
]


@pytest.mark.parametrize(("text", "absent"), NEAR_MISSES)
def test_a_near_miss_of_a_statement_wording_does_not_fire(real_coder, text, absent):
    events = real_coder.code(text, DATE)
    if len(absent) == 2:
        assert absent not in {root for _, _, root in by_root(events)}
    else:
        assert absent not in {code for _, _, code in by_code(events)}
