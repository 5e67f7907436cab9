"""Exact sub-codes of framed acts: what a probe is over, a policy undone, a leader going, a sum
of money asked for or pledged, a named penalty, and topic words and phrases of appeals and
pledges; then a probe by police or prosecutors, a halt asked for, envoys and inspectors let in,
credit before the goods it buys, accusations of war crimes (not of anything said about a war) or
of aggression, protection forces offered, talks resumed, a new presidential election asked for.
Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def codes(real_coder):
    def _codes(text):
        return {e.code for e in real_coder.code(text, "2016-09-12")}

    return _codes


# ---- a probe is coded by its topic, also when named by 'over' or 'about' (CAMEO 091-094) -----


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Chilean prosecutors questioned the former Peruvian president over a bribery scandal.",
            "091",
        ),
        ("Kenyan police questioned Ghana's former finance minister about kickbacks.", "091"),
        ("Norwegian prosecutors opened a criminal inquiry into the Chilean ambassador.", "091"),
        (
            "A United Nations team began investigating the killing of protesters by Kenyan police.",
            "092",
        ),
        (
            "Polish prosecutors opened an inquiry into how a Russian missile landed near Warsaw.",
            "093",
        ),
    ],
)
def test_probe_topic(codes, text, code):
    assert code in codes(text)


# ---- undoing a policy is a policy change, whatever the policy is about (0242, 1042, 1232) -----


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Norway demanded on Monday that Chile reverse its decision to expel two diplomats.",
            "1042",
        ),
        ("Peru demanded that Chile tear up the water deal it signed with Bolivia.", "1042"),
        ("Kenya urged Ghana to drop its ban on imported poultry.", "0242"),
        ("Ghana rejected Kenyan demands that it scrap the new import tax.", "1232"),
    ],
)
def test_policy_undone(codes, text, code):
    assert code in codes(text)


# ---- a leader going, handing over power or being reinstated is a leadership change ------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("Sri Lanka's president rebuffed protesters' demands that he resign.", "1231"),
        (
            "Protesters demanded that the Sudanese junta hand over power to a civilian government.",
            "1411",
        ),
        (
            "The African Union demanded that the Malian army reinstate President Ibrahim Keita.",
            "1041",
        ),
    ],
)
def test_leader_change(codes, text, code):
    assert code in codes(text)


# ---- a sum of money asked for or pledged is economic aid; a bargain over one is not -----------


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Norway pledged 40 million euros to Kenya on Tuesday to help rebuild its schools.",
            "0331",
        ),
        ("Ghana pledged $50 million to help Kenya rebuild after the floods.", "0331"),
        ("Peru asked the World Bank for $2 billion on Monday.", "0231"),
        ("Sri Lanka asked India for a $1 billion credit line on Tuesday.", "0231"),
        ("Norway pledged 40 million euros in humanitarian aid to Kenya.", "0333"),
    ],
)
def test_sum_is_economic_aid(codes, text, code):
    assert code in codes(text)


def test_agreed_sum_is_no_aid(codes):
    assert not {"0331", "0311"} & codes("Kenya and Ghana agreed on a $300 million trade deal.")


# ---- the penalty named decides the threat (1312, 1313, 131) -----------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Norway warned Chile that it would face economic penalties if it expelled diplomats.",
            "1312",
        ),
        (
            "Washington warned Pyongyang it would face deeper isolation if it tested a missile.",
            "131",
        ),
        (
            "The African Union told Sudan's junta to hand power to civilians or face suspension.",
            "1313",
        ),
    ],
)
def test_named_penalty(codes, text, code):
    assert code in codes(text)


# ---- topic words and phrases of appeals and pledges -------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("The U.N. chief urged India and Pakistan to step back from the brink of war.", "0256"),
        ("The Pope urged Ethiopia's government and Tigrayan forces to silence their guns.", "0256"),
        (
            "The Arab League asked the U.N. Security Council to impose a no-fly zone over Libya.",
            "0234",
        ),
        ("Kenya urged Emirati investors to put money into its ports.", "0211"),
        ("Russia pledged on Tuesday to scale back its operations near Kyiv.", "0356"),
    ],
)
def test_topic_phrases(codes, text, code):
    assert code in codes(text)


def test_step_up_is_no_leader_change(codes):
    got = codes("Indian Prime Minister Manmohan Singh asked Nepal to take steps to restore order.")
    assert not any(c.endswith("41") and len(c) == 4 for c in got), got


def test_sum_deep_in_object_is_no_aid(codes):
    got = codes(
        "Somali militants offered a reward for information on Kenyan commanders in response to "
        "Kenyan rewards of $5 million for their leaders."
    )
    assert "0331" not in got, got


# ---- a rejected demand is coded by what was demanded, not by a statement set beside it ------


@pytest.mark.parametrize(
    "text, code",
    [
        ("Turkey dismissed demands for a ceasefire from Norway and Chile.", "1246"),
        ("Ghana rejected Kenyan demands that it scrap the new import tax.", "1232"),
        (
            "Finland rejected Russian demands that it never join NATO, with its president "
            "saying it had every right to join.",
            "120",
        ),
    ],
)
def test_rejected_demand(codes, text, code):
    assert code in codes(text)


# ---- a probe by police or prosecutors is a criminal inquiry (CAMEO 091) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Spanish police questioned the former Ecuadorian president for six hours on Monday.",
        "Italian prosecutors opened an investigation into the former Tunisian prime minister.",
        "Argentine prosecutors questioned Bolivia's former interior minister on Tuesday.",
    ],
)
def test_probe_by_police_or_prosecutors(codes, text):
    assert "091" in codes(text)


def test_probe_topic_still_decides(codes):
    # a named topic still gives its own kind; a probe by others keeps the generic code
    assert "093" in codes("Polish prosecutors opened an inquiry into a Russian missile strike.")
    assert "090" in codes("The European Union opened an inquiry into Chinese electric cars.")


# ---- a halt asked for or refused: a policy (1042/0242/1232), military activity (1056/0256) ---


@pytest.mark.parametrize(
    "text, code",
    [
        ("Estonia demanded on Monday that Moscow stop issuing passports to Estonians.", "1042"),
        ("Egypt demanded that Qatar shut down the satellite channel.", "1042"),
        ("Latvia demanded that Belarus put an end to the migrant flights.", "1042"),
        ("France called on Libya's rulers on Monday to stop the bloodshed.", "0256"),
        ("China demanded on Monday that Japan stop sending warships into the strait.", "1056"),
        ("The UN chief urged Armenia to halt all military activity near the border.", "0256"),
    ],
)
def test_halt_asked_for(codes, text, code):
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany urged Hungary to close its camps for asylum seekers.",
        "Canada told China to stop making mistakes.",
    ],
)
def test_halt_only_urged_or_told(codes, text):
    # only a demand proper asks for a policy by a halt; 'urged/told X to stop Y' stays generic
    assert not codes(text) & {"0242", "1042"}


def test_pledged_halt_is_not_a_demand(codes):
    # a pledge to halt is no request: 'agreed to halt fire' is still a truce
    assert "0871" in codes("Armenia and Azerbaijan agreed on Friday to halt fire along the border.")


# ---- a new presidential election asked of a sitting leader is a change of leader (1231/0241) ---


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Lukashenko rejected on Monday a Polish deadline for him to call a new presidential "
            "election.",
            "1231",
        ),
        ("The European Union urged Lukashenko to hold a new presidential election.", "0241"),
    ],
)
def test_presidential_election_asked(codes, text, code):
    assert code in codes(text)


# ---- envoys, inspectors, monitors let in: international involvement (1245/0255) --------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("Belarus refused to let the UN envoy meet the jailed opposition leader.", "1245"),
        ("Syria refused on Monday to allow UN investigators to visit the prison.", "1245"),
        ("Mali refused to let African Union monitors observe the vote.", "1245"),
    ],
)
def test_visitors_let(codes, text, code):
    assert code in codes(text)


# ---- credit asked for to buy goods is economic aid (0231), not the goods' kind ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Sri Lanka asked India for a credit line to pay for food and medicine imports.",
        "Egypt appealed to Saudi Arabia for financing to pay for medicine.",
    ],
)
def test_credit_before_goods(codes, text):
    assert "0231" in codes(text)


# ---- war crimes (1124), not any charge that names a war (112) --------------------------------


def test_war_crimes_accusation(codes):
    assert "1124" in codes("Ukraine accused Russia on Monday of war crimes in Bucha.")
    assert "1124" in codes("Kyiv accused Moscow of committing war crimes.")


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan accused Armenia on Monday of plotting a war against its territory.",
        "Serbia accused Kosovo of provocations along the border.",
        "Ethiopia accused Eritrea of engaging in a proxy war through its support for rebels.",
    ],
)
def test_aggression_accusation(codes, text):
    assert "1123" in codes(text)


def test_rape_accusation_and_mistreatment_probe(codes):
    assert "1122" in codes("Sweden accused Russia on Monday of using rape as a weapon of war.")
    assert "1122" in codes("Human Rights Watch accused Ethiopian troops of using rape in Tigray.")
    assert "092" in codes(
        "Argentine prosecutors opened an investigation into the mistreatment of migrants by "
        "Chilean police."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Brazil accused the United States of prolonging the war in Ukraine.",
        "Russia accused the BBC of spreading lies about the war.",
    ],
)
def test_war_named_in_charge(codes, text):
    assert "112" in codes(text)


# ---- a peacekeeping or multinational force offered (0334); back to talks (026) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has offered to lead a multinational force in Haiti.",
        "Rwanda offered on Monday to lead a multinational police force in Mozambique.",
    ],
)
def test_protection_force_offered(codes, text):
    assert "0334" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The African Union pressed Sudan's army and the RSF on Monday to get back to the "
        "negotiating table without delay.",
        "Qatar pressed Israel and Hamas to come back to the negotiating table in Doha.",
    ],
)
def test_back_to_the_table(codes, text):
    assert "026" in codes(text)
