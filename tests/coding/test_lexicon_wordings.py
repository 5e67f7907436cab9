"""Wordings the lexicon lacked, with the near misses that keep each new sense narrow: threats
worded as vows and warnings, force postures (readiness, war footing, missiles fired into the sea,
troops ordered to a border), investigations whose 'by X' the parser hangs on the verb, envoys
declared persona non grata, accords hailed, rights groups dissolved, 'fighting between' and
'artillery fire'; power handed over, revulsion expressed, elections criticised, pejorative
likenings, money transferred, war games as shows of force, subsidiaries put under state
management, government buildings blockaded, troops coming to blows, an organisation suspending a
member, groups struck off a terrorist list; deadlines to leave (166), complaints lodged against
someone (114), an organisation's statement or budget blocked (129), recordings handed over (064),
and kinds of aid requested (023x) or suspended (162x). Sentences are our own (stand-in gazetteer
unless the ``real_coder`` is used)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

# ---- threats as vows, force postures, investigations, expulsions of envoys, dissolved groups ---


VOWS_AND_POSTURES = [
    # 131: a warning of 'resolute measures' / 'countermeasures' if the other side goes ahead
    (
        "Kenya warned Ghana on Friday that it would take firm countermeasures if the ban went "
        "ahead.",
        [("KEN", "GHA", "131")],
    ),
    # 13x: a vow to exact or take revenge, or of punishment, on someone
    (
        "The Chilean president vowed on Tuesday to exact harsh revenge on Peru for the shelling.",
        [("CHL", "PER", "1384")],
    ),
    ("Kenya vowed on Sunday to take revenge on Ghana.", [("KEN", "GHA", "1384")]),
    ("Norway vowed harsh punishment on Peru.", [("NOR", "PER", "130")]),
    # 152: readiness and war footing, aimed at whom the fear, response or precaution names
    (
        "Chile put its army on the highest state of readiness on Sunday amid fears of a "
        "Peruvian incursion.",
        [("CHL", "PER", "152")],
    ),
    (
        "Kenya placed its troops on a war footing on Tuesday in response to Ghana's threats.",
        [("KEN", "GHA", "152")],
    ),
    ("Poland put its navy on high alert as a precaution against Kenya.", [("POL", "KEN", "152")]),
    # 150: missiles fired into the sea near another state are a show of force
    ("Vietnam fired two missiles into the sea near Norway on Tuesday.", [("VNM", "NOR", "150")]),
    # 154: troops ordered to a border
    (
        "Chile ordered thousands of troops to its border with Peru on Monday.",
        [("CHL", "PER", "154")],
    ),
    # 161: the envoy named in apposition before 'persona non grata'
    (
        "Ghana declared the Kenyan ambassador, a career diplomat, persona non grata on Monday.",
        [("GHA", "KEN", "161")],
    ),
    # 051: hailing an accord praises both its parties
    (
        "Poland hailed the peace accord reached between Chile and Peru on Thursday.",
        [("POL", "CHL", "051"), ("POL", "PER", "051")],
    ),
    (
        "Norway welcomed the agreement reached between Kenya and Ghana on Monday.",
        [("NOR", "GHA", "051"), ("NOR", "KEN", "051")],
    ),
    # 190: fighting between two sides, both ways; those who died in it are no side
    (
        "Dozens of people died in heavy fighting between Kenyan troops and Ghanaian rebels.",
        [("GHA", "KEN", "190"), ("KEN", "GHA", "190")],
    ),
    (
        "Heavy fighting erupted between Kenyan troops and Ghanaian rebels on Saturday.",
        [("GHA", "KEN", "190"), ("KEN", "GHA", "190")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VOWS_AND_POSTURES)
def test_a_round2_wording_is_coded(run, text, expected):
    assert by_code(run(text)) == sorted(expected)


VOWS_AND_POSTURES_NEAR = [
    # troops ordered to withdraw are no deployment; missiles fired into a country are an attack
    ("Chile ordered its troops to withdraw from the border with Peru.", "15"),
    ("Vietnam fired two missiles into Norway on Tuesday.", "15"),
    # a proposal put on hold is no alert
    ("Chile put the proposal on hold on Monday.", "15"),
    # welcoming a visitor stays a visit
    ("Norway welcomed the Kenyan minister at the airport.", "05"),
    # a warning that someone else may escape is no threat
    ("Poland warned that migrants could escape across the border with Kenya.", "13"),
    # agreeing to halt the fighting is no fighting
    ("Kenya and Ghana agreed to halt the fighting between their armies.", "19"),
]


def test_a_readiness_order_does_not_target_the_one_who_gave_it(run):
    """'put on a war footing on the orders of X': the orderer is no target of the posture;
    the feared attacker is."""
    events = by_code(
        run(
            "Kenyan army units were put on a war footing on the orders of Nairobi amid fears of "
            "a Ghanaian attack."
        )
    )
    assert events == [("KEN", "GHA", "152")]


def test_by_x_hung_on_the_verb_names_whom_an_investigation_looks_into(real_coder):
    """'opened an investigation into atrocities by X': the parser may hang 'by X' on 'opened'
    (shipped actor tables: an international court as the investigator)."""
    events = real_coder.code(
        "The ICC prosecutor opened an investigation into alleged atrocities by Sudan's army.",
        "2023-07-13",
    )
    assert ("IGOICC", "SDNMIL", "094") in {(e.source, e.target, e.code) for e in events}


def test_a_court_dissolving_a_rights_group_restricts_it(real_coder):
    """1721 (shipped actor tables: a national rights group is an NGO of its country)."""
    events = real_coder.code(
        "A Belarusian court dissolved the Belarusian human rights group Viasna on Friday.",
        "2023-03-03",
    )
    assert ("BLRJUD", "BLRNGO", "1721") in {(e.source, e.target, e.code) for e in events}


def test_ordering_the_closure_of_a_rights_group_is_the_closure(real_coder):
    events = real_coder.code(
        "Russia's Supreme Court ordered the closure of the Russian human rights group Memorial.",
        "2021-12-28",
    )
    assert ("RUSJUD", "RUSNGO", "1721") in {(e.source, e.target, e.code) for e in events}


# ---- power handed over, revulsion, likenings, transfers, war games, suspended members ----------


HANDOVERS_AND_LIKENINGS = [
    # 0831 wrapped in a demand or an appeal: a leadership change (1041 / 0241)
    (
        "Kenya demanded on Friday that the Ghanaian president hand over power to a "
        "transitional council.",
        [("KEN", "GHA", "1041")],
    ),
    (
        "Norway insisted that Ghana's military rulers must relinquish power before the end of "
        "the year.",
        [("NOR", "GHA", "1041")],
    ),
    ("Kenya demanded that Ghana hand power back to civilians.", [("KEN", "GHA", "1041")]),
    (
        "Poland urged the Peruvian president to cede power to the elected parliament.",
        [("POL", "PER", "0241")],
    ),
    (
        "Kenya demanded on Friday that the Ghanaian president must leave power immediately.",
        [("KEN", "GHA", "1041")],
    ),
    # 111: revulsion or disgust expressed at what someone did
    (
        "Polish ministers expressed revulsion on Friday at the killing of protesters in Kenya.",
        [("POL", "KEN", "111")],
    ),
    ("Norway expressed disgust at Peru's treatment of the prisoners.", [("NOR", "PER", "111")]),
    # 111: an election criticised falls on the country it was held in
    (
        "Norwegian observers criticised the weekend's presidential election in Kenya on Monday.",
        [("NOR", "KEN", "111")],
    ),
    ("Poland condemned the referendum in Peru as a sham.", [("POL", "PER", "111")]),
    # 111: a likening to something odious
    (
        "The Kenyan president likened the Polish report to a medieval crusade.",
        [("KEN", "POL", "111")],
    ),
    ("Norway compared the Kenyan crackdown to the methods of a mafia.", [("NOR", "KEN", "111")]),
    # 150: war games or manoeuvres, aimed at whom the display names
    (
        "Kenya's navy launched war games near the coast in a display of strength directed at "
        "Ghana's navy.",
        [("KEN", "GHA", "150")],
    ),
    (
        "Vietnam's army began large manoeuvres near the Polish border, a show of force aimed at "
        "Warsaw.",
        [("VNM", "POL", "150")],
    ),
    # 1711: a foreign firm's local arm put under state management
    (
        "Kenya placed the local subsidiaries of a Norwegian oil firm under temporary state "
        "management.",
        [("KEN", "NOR", "1711")],
    ),
    # 144: protesters blockading a government building
    (
        "Kenyan protesters blockaded the parliament building in Nairobi for a third day.",
        [("KEN", "KEN", "144")],
    ),
    # 182: two sides' troops coming to blows, both ways
    (
        "Kenyan and Ghanaian troops came to blows along the border on Friday.",
        [("GHA", "KEN", "182"), ("KEN", "GHA", "182")],
    ),
    # 0812: groups struck or taken off a terrorist list
    ("Kenya took the Ghanaian rebels off its terror list.", [("KEN", "GHA", "0812")]),
    (
        "Ghana removed the Kenyan rebels from its terrorism blacklist on Friday.",
        [("GHA", "KEN", "0812")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HANDOVERS_AND_LIKENINGS)
def test_a_round3_wording_is_coded(run, text, expected):
    assert by_code(run(text)) == sorted(expected)


HANDOVERS_AND_LIKENINGS_NEAR = [
    # a likening to something harmless is no criticism
    ("Peru likened its partnership with Chile to a marriage.", "11"),
    # a list that is not a terrorist list: no delisting
    ("Peru struck Chile off the list of guest nations.", "08"),
    # joint war games stay military cooperation, not a show of force
    ("Norway and Peru launched joint war games in the Pacific on Monday.", "15"),
    # a standalone handover of power names no one who demanded it
    ("The Peruvian president handed over power to the army on Sunday.", "08"),
]


def test_joint_war_games_are_still_cooperation(run):
    events = by_code(run("Norway and Peru launched joint war games in the Pacific on Monday."))
    assert events == [("NOR", "PER", "062"), ("PER", "NOR", "062")]


def test_an_organisation_suspends_a_member(real_coder):
    """161 (shipped actor tables: the African Union is an IGO, the subject an organisation)."""
    events = real_coder.code("The African Union suspended Kenya on Monday over the coup.", None)
    assert ("IGOAFRAFU", "KEN", "161") in {(e.source, e.target, e.code) for e in events}


def test_suspending_a_members_membership_targets_the_member(real_coder):
    events = real_coder.code(
        "The African Union voted on Friday to suspend Kenya's membership.", None
    )
    assert ("IGOAFRAFU", "KEN", "161") in {(e.source, e.target, e.code) for e in events}


def test_suspending_ones_own_membership_targets_the_body(real_coder):
    events = real_coder.code("Kenya suspended its membership in the African Union.", None)
    assert ("KEN", "IGOAFRAFU", "161") in {(e.source, e.target, e.code) for e in events}


def test_an_organisation_suspending_aid_keeps_the_aid_sense(real_coder):
    events = real_coder.code("The African Union suspended its aid to Ghana.", None)
    codes = {e.code for e in events}
    assert "162" in codes and "161" not in codes


def test_an_organisation_suspending_a_ban_or_a_licence_cuts_no_ties(real_coder):
    """The member-suspension sense needs an actor as the object: a ban on someone or someone's
    licence suspended is no break of ties."""
    for text in (
        "European Union ministers suspended a travel ban on the Kenyan president on Monday.",
        "The broadcasting council suspended the licence of a Kenyan television channel.",
    ):
        assert "161" not in {e.code for e in real_coder.code(text, None)}


# ---- deadlines to leave, complaints, statements blocked, hand-overs, aid asked or suspended ----


DEADLINES_AND_COMPLAINTS = [
    # a deadline to leave: for diplomats an expulsion that cuts ties (161, as the gold codes
    # a persona non grata), for troops or monitors an expulsion (166)
    ("Kenya gave Norwegian diplomats 72 hours to leave the country.", [("KEN", "NOR", "161")]),
    ("Ghana gave the Polish ambassador two days to leave.", [("GHA", "POL", "161")]),
    ("Peru granted the Chilean monitors one week to leave.", [("PER", "CHL", "166")]),
    ("Kenya gave Norwegian troops one month to leave.", [("KEN", "NOR", "166")]),
    # 114: a complaint lodged, filed or submitted against someone
    ("Kenya filed a complaint against Norway at the United Nations.", [("KEN", "NOR", "114")]),
    (
        "Ghana lodged a formal complaint against Poland over the overflight.",
        [("GHA", "POL", "114")],
    ),
    (
        "Peru made an official complaint to Chile about the border incident.",
        [("PER", "CHL", "114")],
    ),
    # 064: recordings, documents, evidence handed, passed or given to someone
    (
        "Norway has passed recordings linked to the murder of a reporter to Kenya.",
        [("NOR", "KEN", "064")],
    ),
    (
        "Ghana gave the documents to Poland and Peru on Monday.",
        [("GHA", "PER", "064"), ("GHA", "POL", "064")],
    ),
    ("Peru shared its evidence with Chile on Monday.", [("PER", "CHL", "064")]),
    # 0233 / 0232: relief or arms requested from someone, active or passive
    ("Kenya requested food and tents from Norway.", [("KEN", "NOR", "0233")]),
    ("Blankets and medicine were requested from Poland by Ghana.", [("GHA", "POL", "0233")]),
    ("Peru sought weapons from Chile on Friday.", [("PER", "CHL", "0232")]),
    # 162x: the kind of aid that is suspended, cut or frozen
    ("Norway halted economic aid to Kenya.", [("NOR", "KEN", "1621")]),
    ("Poland froze military assistance to Ghana on Tuesday.", [("POL", "GHA", "1622")]),
    ("Chile suspended humanitarian aid to Peru.", [("CHL", "PER", "1623")]),
]


@pytest.mark.parametrize(("text", "expected"), DEADLINES_AND_COMPLAINTS)
def test_a_round4_wording_is_coded(run, text, expected):
    assert sorted(set(by_code(run(text)))) == sorted(expected)


DEADLINES_AND_COMPLAINTS_NEAR = [
    # a deadline to do something else is no expulsion
    ("Kenya gave Norway 72 hours to answer the request.", "16"),
    # a gift with no deadline to leave
    ("Ghana gave the Polish ambassador a medal on Friday.", "16"),
]


def test_plain_aid_suspended_keeps_the_general_code(run):
    assert by_code(run("Norway suspended aid to Kenya.")) == [("NOR", "KEN", "162")]


def test_a_complaint_with_someone_still_targets_them(run):
    events = by_code(run("Kenya lodged a formal complaint with Norway over the incident."))
    assert events == [("KEN", "NOR", "114")]


def test_blocking_an_organisations_statement(real_coder):
    """129 (shipped actor tables: the European Union is an IGO)."""
    for text in (
        "Poland blocked a joint European Union statement on the Kenyan elections on Friday.",
        "Hungary blocked the European Union's budget for next year.",
    ):
        events = real_coder.code(text, None)
        assert "IGOEUREEC" in {e.target for e in events if e.code == "129"}, text


def test_blocking_a_road_stays_a_blockade(run):
    assert "129" not in {c for _s, _t, c in by_code(run("Kenyan farmers blocked the roads."))}


# ---- near misses of every sense above ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root"),
    VOWS_AND_POSTURES_NEAR + HANDOVERS_AND_LIKENINGS_NEAR + DEADLINES_AND_COMPLAINTS_NEAR,
)
def test_a_near_miss_is_not_coded_as_the_new_sense(run, text, root):
    assert root not in {r for _s, _t, r in by_root(run(text))}


# ---- round 5: strikes as idioms, forced returns, warrants, pirates, apologies, postures ----------

ROUND5 = [
    # 143: a strike worded as downing or laying down tools
    "Kenyan teachers downed tools on Monday after pay talks with the government collapsed.",
    # 071: money deposited with another state's central bank
    "Norway deposited $2 billion with Kenya's central bank on Sunday.",
    # 073: relief counted in planeloads
    "Norway rushed planeloads of medicines and tents to Kenya on Sunday.",
    # 174: people sent back to their country
    "Thailand sent 40 Uyghur men back to China on Thursday.",
    # 173: an arrest warrant issued for someone
    "The International Criminal Court issued an arrest warrant for the Russian president.",
    # 186: a leader gunned down
    "Communist rebels gunned down a Philippine town mayor outside his home on Monday.",
    # 181: pirates seizing a ship is a hijacking
    "Somali pirates seized a Saudi supertanker off the Kenyan coast.",
    # 057: a road map signed
    "Iran and the International Atomic Energy Agency signed a road map in Vienna on Tuesday.",
    # 152: a navy going on high alert after a rival's move
    "The Greek navy went on high alert on Tuesday after Turkey sent a vessel into disputed waters.",
    # 154: troops concentrated along a border
    "Azerbaijani forces were concentrating troops along the border with Armenia.",
    # 115: hauling a state before an international body
    "The European Union hauled China before the World Trade Organization on Thursday.",
    # 163: export curbs tightened
    "Japan tightened curbs on exports of chemicals to South Korea on Thursday.",
    # 12: a proposal thrown out
    "Sudan threw out a proposal by the African Union to deploy a force.",
]
ROUND5_ROOTS = ["14", "07", "07", "17", "17", "18", "18", "05", "15", "15", "11", "16", "12"]


@pytest.mark.parametrize(("text", "root"), list(zip(ROUND5, ROUND5_ROOTS, strict=True)))
def test_a_round5_wording_is_coded(real_coder, text, root):
    assert root in {e.code[:2] for e in real_coder.code(text, "2024-05-17")}, text


ROUND5_NEAR = [
    # tools that are handed over, and work stopped on a project, are no strike
    ("Kenya handed its tools to Ghana's engineers on Monday.", "14"),
    ("Chile stopped work on the bridge to Peru on Monday.", "14"),
    # a money deposit needs money; an ambassador sent back home is no forced return
    ("Poland sent its ambassador back to Ghana on Monday.", "17"),
    # a warrant is issued, not a statement
    ("Norway issued a statement on Peru on Friday.", "17"),
    # a road map discussed is no signature
    ("Vietnam and Poland discussed a road map on Tuesday.", "05"),
]


@pytest.mark.parametrize(("text", "root"), ROUND5_NEAR)
def test_a_round5_near_miss_is_not_coded(real_coder, text, root):
    assert root not in {e.code[:2] for e in real_coder.code(text, "2024-05-17")}, text


# ---- round 6: a sweep of the CAMEO codebook, root by root (doubt cast, confidence voiced, owning
# up, turning to someone for money or help, the red carpet, terms hammered out, saying sorry,
# apologies accepted, pen put to paper, joint ventures, arms and relief transferred or airlifted,
# bowing, giving in or yielding to demands, captives set free or repatriated, removal from a
# sanctions list, truces struck or reached, troops pulled back, being taken to task, railing
# against, rebukes issued, displeasure registered, demands ignored, accessions blocked, workers
# walking out, crowds torching buildings, missiles paraded, alert raised over a threat, borders
# reinforced, lending or arms deliveries halted, talks put on ice or on hold, aid workers
# expelled, land seized from a state, a truce with a state breached, air or drone strikes) ----

ROUND6 = [
    ("Austria cast doubt on Hungary's promise to hold a fair vote.", "01"),
    ("Greece voiced confidence in Cyprus's handling of the crisis.", "01"),
    ("Serbia owned up to the shelling of a Croatian border village.", "01"),
    ("Kenya turned to the World Bank for an emergency loan.", "02"),
    ("Ghana turned to Nigeria for help after the floods.", "02"),
    ("Japan rolled out the red carpet for the Indian prime minister.", "04"),
    ("Norway and Chile hammered out the terms of a fisheries accord.", "04"),
    ("The Nigerian president said sorry to Ghana for the raid.", "05"),
    ("Peru accepted Chile's apologies for the incident.", "05"),
    ("Canada and Mexico put pen to paper on a new trade pact.", "05"),
    ("Vietnam and Poland set up a joint venture to build ships.", "06"),
    ("Turkey transferred armed drones to Azerbaijan.", "07"),
    ("Jordan airlifted tents and blankets to Syria.", "07"),
    ("Qatar flew medicine to Sudan.", "07"),
    ("Kenya bowed to Ghana's demands to free the ship.", "08"),
    ("Poland gave in to pressure from Germany.", "08"),
    ("Iraq yielded to Turkey's demands.", "08"),
    ("Iran set free two French tourists.", "08"),
    ("Ukraine repatriated Russian prisoners of war.", "08"),
    ("Washington removed Cuba from its sanctions list.", "08"),
    ("Armenia and Azerbaijan reached a truce agreement.", "08"),
    ("Israel and Hamas struck a ceasefire on Saturday.", "08"),
    ("India pulled back troops from the border with China.", "08"),
    ("Brazil took Argentina to task over its tariffs.", "11"),
    ("Cuba railed against the United States.", "11"),
    ("Germany issued a sharp rebuke to Hungary.", "11"),
    ("Poland registered its anger with Belarus over the border incident.", "11"),
    ("Russia ignored Ukraine's ultimatum.", "12"),
    ("Hungary blocked Ukraine's accession to the bloc.", "12"),
    ("Angry Bangladeshi protesters torched police stations.", "14"),
    ("North Korea paraded ballistic missiles near the border with South Korea.", "15"),
    ("Taiwan raised its alert level over Chinese drills.", "15"),
    ("Finland reinforced its border with Russia.", "15"),
    ("The World Bank halted lending to Myanmar.", "16"),
    ("Germany suspended weapons deliveries to Turkey.", "16"),
    ("Ukraine put peace talks with Russia on hold.", "16"),
    ("Sudan expelled Norwegian aid workers.", "16"),
    ("Russia seized three villages from Ukraine.", "19"),
    ("Syria violated the truce with Turkey.", "19"),
    ("Armenia breached the ceasefire with Azerbaijan.", "19"),
    ("Israel launched air strikes on Lebanon.", "19"),
    ("Saudi Arabia carried out drone strikes on Yemen.", "19"),
    ("Kenyan doctors walked out over pay.", "14"),
]


@pytest.mark.parametrize(("text", "root"), ROUND6)
def test_a_round6_codebook_wording_is_coded(real_coder, text, root):
    assert root in {e.code[:2] for e in real_coder.code(text, "2024-05-17")}, text


# near misses: a plain 'turned to', a bow at a ceremony, a convention acceded to, a walkout from
# talks, reporters ignored, a labour strike launched, a trade deal struck, 'free trade', an offer
# accepted, ties reinforced, and 'sorry' in reported speech keep their old reading
ROUND6_NEAR = [
    ("Kenya turned to Ghana on Monday.", "02"),
    ("Ghana's president bowed to Kenya's president at the ceremony.", "08"),
    ("Sweden acceded to the convention on Monday.", "08"),
    ("Kenya's delegation walked out of the talks with Ghana.", "14"),
    ("Poland ignored Ghana's reporters.", "12"),
    ("Peruvian miners launched a strike against the government.", "19"),
    ("Kenya struck a deal with Ghana on Monday.", "08"),
    ("Norway and Chile set free trade rules.", "08"),
    ("Peru accepted Chile's offer.", "05"),
    ("Vietnam reinforced its ties with Poland.", "15"),
    ("Chile said Peru was sorry for the raid.", "99"),
]


@pytest.mark.parametrize(("text", "root"), ROUND6_NEAR)
def test_a_round6_near_miss_is_not_coded(real_coder, text, root):
    assert root not in {e.code[:2] for e in real_coder.code(text, "2024-05-17")}, text


# ---- round 7: nominal acts after light verbs and idioms per root (codebook sweep) ------------
# Nouns held as a verb's object are no events of their own, so each light verb + noun is a row.
ROUND7 = [
    ("Belgium voiced deep misgivings about Iran's nuclear deal.", "01"),
    ("The Philippines took the blame for the collision with a Chinese fishing boat.", "01"),
    ("Nepal made an urgent appeal to India for calm along the border.", "02"),
    ("Haiti made a formal request to Canada for emergency aid.", "02"),
    ("Austria made a pledge of aid to Lebanon.", "03"),
    ("Armenia sought a rapprochement with Turkey.", "03"),
    ("Serbia extended an olive branch to Kosovo.", "03"),
    ("Sudan held out the prospect of talks with Chad.", "03"),
    ("Zambia's president wrapped up a three-day visit to Namibia.", "04"),
    ("Qatar entered into negotiations with Bahrain.", "04"),
    ("Portugal heaped praise on Brazil for its handling of the floods.", "05"),
    ("Cuba spoke up for Venezuela at the United Nations.", "05"),
    ("Ireland lent its support to Norway's bid for a council seat.", "05"),
    ("Ecuador granted diplomatic recognition to Kosovo.", "05"),
    ("Kuwait announced a rescue package for Egypt.", "07"),
    ("Canada approved an arms sale to Jordan.", "07"),
    ("Italy launched an airlift of tents to Albania.", "07"),
    ("Bolivia backed down in its dispute with Chile.", "08"),
    ("Yemen made a demand to Oman.", "10"),
    ("Denmark ripped into Russia over the spy ship.", "11"),
    ("Iran launched a scathing attack on Britain's foreign policy.", "11"),
    ("Singapore had harsh words for Malaysia.", "11"),
    ("Greece reacted angrily to Turkey's survey mission.", "11"),
    ("Japan laid the blame on China for the collapse of the talks.", "11"),
    ("Algeria issued a stinging rebuke to France.", "11"),
    ("Morocco delivered a snub to Spain.", "12"),
    ("Ukraine gave short shrift to Hungary's demands.", "12"),
    ("Pakistan thumbed its nose at India.", "12"),
    ("Eritrea issued a threat against Ethiopia.", "13"),
    ("Azerbaijan rattled sabres at Armenia.", "13"),
    ("Israel issued a stern warning to Lebanon.", "13"),
    ("Thailand placed an embargo on Cambodian rice.", "16"),
    ("Lithuania announced a boycott of Belarusian goods.", "16"),
    ("Latvia pulled its ambassador from Belarus.", "16"),
    ("Turkish police launched a crackdown on Syrian refugees.", "17"),
    ("Egypt put Sudanese smugglers behind bars.", "17"),
    ("Sudan made an incursion into Chad.", "19"),
    ("Eritrea carried out reprisals against Ethiopia.", "19"),
    ("Iraq went to war with Iran.", "19"),
    ("Armenia went on the offensive against Azerbaijan.", "19"),
    ("Rwanda launched an invasion of Congo.", "19"),
    ("Russia put Ukraine's port under siege.", "19"),
    ("Serbian paramilitaries committed atrocities against Bosnian civilians.", "20"),
    ("Burmese soldiers carried out a massacre of Rohingya villagers.", "20"),
    # guards: a plane shot down stays force, an arms sale a ban is lifted on stays a lifting
    ("Turkish jets shot down a Syrian helicopter near the border.", "19"),
    ("Britain lifted its ban on arms sales to Chile.", "08"),
]


@pytest.mark.parametrize(("text", "root"), ROUND7)
def test_a_round7_nominal_or_idiomatic_wording_is_coded(real_coder, text, root):
    assert root in {e.code[:2] for e in real_coder.code(text, "2024-05-17")}, text


# near misses: the same light verbs with an object of another kind keep their reading or stay
# uncoded: a ceasefire called is no phone call, a verbal attack is no armed one, atrocities
# committed are no pledge, a warning about the weather names no one, an appeal for donations from
# the public, praise heaped on a team of the same country, a boycott of a ceremony
ROUND7_NEAR = [
    ("Kenya called a ceasefire with Somali rebels on Monday.", "04"),
    ("Iran launched a scathing attack on Britain's foreign policy.", "19"),
    ("Serbian paramilitaries committed atrocities against Bosnian civilians.", "03"),
    ("Chile issued a warning about heavy rain on Monday.", "13"),
    ("Sweden made an appeal for blood donations.", "02"),
    ("Portugal's coach heaped praise on his players.", "05"),
    ("Peru announced a boycott of the ceremony.", "16"),
]


@pytest.mark.parametrize(("text", "root"), ROUND7_NEAR)
def test_a_round7_near_miss_is_not_coded(real_coder, text, root):
    assert root not in {e.code[:2] for e in real_coder.code(text, "2024-05-17")}, text


def test_a_raid_carried_out_into_a_country_targets_it(real_coder):
    text = "Ghanaian troops carried out a cross-border raid into Togo on Monday."
    assert ("GHA", "TGO", "19") in by_root(real_coder.code(text, "2020-01-06"))
