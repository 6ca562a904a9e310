"""Targets: object and prepositional slots, owners of non-actor objects, places, agreed acts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the PP of a nominal trigger hangs on the support verb; its object's modifier is the target
        ("Egyptian troops launched an assault on the last ISIS stronghold.", ("EGY", "IMG", "19")),
        # the PP hangs on the noun governing the trigger ("a suspension of aid to X"): a halt of aid is a sanction
        ("Canada announced a halt of aid to Haiti.", ("CAN", "HTI", "16")),
        # the partner of a meeting is the owner of the PP's object
        ("Lavrov held talks with the foreign minister of the Kingdom of Jordan.", ("RUS", "JOR", "04")),
        # material conflict by a nominal trigger: the place where it happened
        ("Israeli forces imposed blockades around Palestinian towns.", ("ISR", "PSE", "19")),
        # "some of the peacekeepers": the quantity word yields to its complement for object patterns
        ("Eritrea expelled some of the UN peacekeepers.", ("ERI", "UN", "16")),
        # expelled diplomats from a country: the country is the target
        ("Russia expelled diplomats from Poland.", ("RUS", "POL", "16")),
    ],
)
def test_target_rules(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the slot PP hangs on the object, and its object's owner is the target
        ("Washington removed the sanctions on several banks owned by Venezuela.", ("USA", "VEN", "08")),
        # concern expressed "to" someone
        ("The Kenyan foreign minister expressed concern to the Ethiopian government.", ("KEN", "ETH", "01")),
        ("Berlin conveyed its concerns to the Polish government.", ("DEU", "POL", "01")),
        # denying charges made by someone: the accuser is the target
        ("The Thai government denied accusations by Cambodia.", ("THA", "KHM", "01")),
        # aid flown in, peacekeepers and money sent, borders opened
        ("Canada flew food and medicine into Haiti.", ("CAN", "HTI", "07")),
        ("Ghana is sending peacekeepers to Lebanon.", ("GHA", "LBN", "07")),
        ("Norway sent money to Somalia.", ("NOR", "SOM", "07")),
        ("Poland opened its borders to refugees from Ukraine.", ("POL", "UKR", "08")),
        ("Chad sent a contingent to Mali.", ("TCD", "MLI", "15")),
        # the party of the act an offer or a decision stands for: the object of its infinitive
        ("Norway offered to assist Haiti.", ("NOR", "HTI", "03")),
        ("Brazil offered to help rebuild Haiti.", ("BRA", "HTI", "03")),
        ("Uganda reversed a decision to expel Oxfam.", ("UGA", "NGO", "08")),
        # a nominal trigger's PP hangs on the verb whose object it is; the slot phrase's place
        ("Egypt renewed its commitment yesterday to Sudan.", ("EGY", "SDN", "03")),
        ("Spain will reduce its commitment of troops to the mission in Lebanon.", ("ESP", "LBN", "03")),
        # the place of the source's own troops whose number it cuts
        ("Spain will reduce the number of its troops in Lebanon.", ("ESP", "LBN", "03")),
        # an appeal or demand the clause answers was made to the one who answers it
        ("Japan sent rescue teams to the region in response to appeals by Turkish officials.", ("TUR", "JPN", "02")),
        ("Germany released the funds in response to demands by Greece.", ("GRC", "DEU", "10")),
        # a statement's reported clause, also that of a coordinated speech verb of the same speaker
        ("Prime Minister Fumio Kishida acknowledged that Japan had made mistakes, and said the dispute with "
         "China was serious.", ("JPN", "CHN", "01")),
    ],
)
def test_recall_rules(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_worth_of_is_a_quantity_head(nlp: Language) -> None:
    found = roots(nlp, "Japan handed over two million dollars worth of medicine to Nepal.")
    assert ("JPN", "NPL", "07") in found


def test_send_resources(nlp: Language) -> None:
    assert ("AUS", "FJI", "07") in roots(nlp, "Australia sent more resources to Fiji.")


def test_coordination_under_apposition(nlp: Language) -> None:
    found = roots(nlp, "The United States imposed sanctions on the Russian firm Rostec and the Indian company Tata.")
    assert {("USA", "RUS", "16"), ("USA", "IND", "16")} <= found


def test_places_stand_for_targets_of_material_conflict(nlp: Language) -> None:
    assert ("SYR", "PSE", "19") in roots(nlp, "Syrian forces attacked a refugee camp in the Gaza Strip.")


def test_talks_with_a_list_do_not_pair_the_list(nlp: Language) -> None:
    found = dyads(nlp, "The ministers will start talks with officials of the U.S., Japan and Canada.")
    assert not {(s, t) for s, t, _ in found} & {("USA", "JPN"), ("JPN", "CAN"), ("CAN", "USA")}
    assert {("IRN", "IRQ", "040"), ("IRQ", "IRN", "040")} <= dyads(nlp, "Talks between Iran and Iraq resumed.")


def test_agreed_act_with_its_own_target_does_not_pair_the_subjects(nlp: Language) -> None:
    found = dyads(nlp, "Canada and Mexico agreed to lift a ban on imports from the region.")
    assert found and not {(s, t) for s, t, _ in found} & {("CAN", "MEX"), ("MEX", "CAN")}


def test_agreed_act_keeps_an_actor_target(nlp: Language) -> None:
    found = dyads(nlp, "Spain, Italy and Greece agreed to lift a ban on Turkish fruit.")
    assert {(s, t) for s, t, _ in found} == {("ESP", "TUR"), ("ITA", "TUR"), ("GRC", "TUR")}


def test_agreed_act_without_a_target_pairs_the_subjects(nlp: Language) -> None:
    found = {(s, t) for s, t, _ in dyads(nlp, "Chile and Peru agreed to share intelligence.")}
    assert {("CHL", "PER"), ("PER", "CHL")} <= found


def test_agreeing_parties_act_on_each_other(nlp: Language) -> None:
    assert roots(nlp, "Iran and Iraq agreed to share intelligence.") == {("IRN", "IRQ", "03"), ("IRQ", "IRN", "03")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object is not an actor: its owner is the target
        ("Egypt condemned the Israeli airstrikes.", {("EGY", "ISR", "11"), ("ISR", None, "19")}),
        ("A Swiss court rejected the Croatian government's request.", {("CHE", "HRV", "12")}),
    ],
)
def test_owner_of_a_non_actor_object(nlp: Language, text: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert roots(nlp, text) == expected


def test_condemned_violence_targets_its_agent_not_its_victims(nlp: Language) -> None:
    # the "of" of a killing names the victim: the condemnation is aimed at the killers
    text = "France condemned the killing of two Malian soldiers by jihadists in Niger."
    assert ("FRA", "NER", "11") in roots(nlp, text)
    assert ("FRA", "MLI", "11") not in roots(nlp, "France condemned the killing of two Malian soldiers.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "blamed X on Y": the party charged is the target of the accusation, in either voice
        ("The bombing was blamed on Chechen rebels by Russian officials.", ("RUS", "RUS", "11")),
        ("The attack, blamed by the Americans on Iran, killed two sailors.", ("USA", "IRN", "11")),
        ("Delhi blamed the unrest on Pakistan.", ("IND", "PAK", "11")),
        ("Washington blamed the attack on Iran.", ("USA", "IRN", "11")),
    ],
)
def test_blamed_on_names_the_accused(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, t, c[:2]) for s, t, c in dyads(nlp, text)}


@pytest.mark.parametrize(
    "text",
    ["Washington blamed the attack on Iran.", "Seoul pinned the sinking of the ship on North Korea."],
)
def test_the_party_an_act_is_blamed_on_is_not_its_target(nlp: Language, text: str) -> None:
    # the parser hangs "on X" on the act; X is the one blamed, not the one attacked
    assert not any(c[:2] in ("18", "19") and t in ("IRN", "PRK") for _, t, c in dyads(nlp, text))


def test_where_a_craft_is_bound_is_no_target(nlp: Language) -> None:
    # "a flight to Ankara": Turkey is where the plane was going, not whose plane the jets forced down
    events = [e for e in code(nlp, "Greek fighter jets forced a flight to Ankara to land in Crete.") if e.root == "17"]
    assert events and all(e.source == "GRC" and e.target != "TUR" for e in events), events
    # the craft's own nationality still names the target
    text = "Turkish jets forced an Iranian airliner flying from Tehran to Damascus to land in Diyarbakir."
    assert ("TUR", "IRN", "170") in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act a sanction or a strike answers names its target: its owner or doer
        ("Canada imposed duties on steel in retaliation for Brazil's refusal to open its market.",
         ("CAN", "BRA", "16")),
        ("Norway raised tariffs on fish imports in response to Chile's decision to ban its ships.",
         ("NOR", "CHL", "16")),
        ("Thai jets bombed two depots in retaliation for a Burmese rocket attack.", ("THA", "MMR", "19")),
        # the offence a penalty punishes: an "over" phrase or a "because" clause
        ("Australia imposed penalties over Indonesia's failure to honour the fishing accord.", ("AUS", "IDN", "16")),
        ("Kenya imposed the sanctions because Uganda broke the border treaty.", ("KEN", "UGA", "16")),
    ],
)
def test_answered_act_names_the_target(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_cause_with_no_party_names_no_target(nlp: Language) -> None:
    assert ("CAN", None, "16") in roots(nlp, "Canada imposed duties on steel because of the cold winter.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pressure a party stands under or defies is aimed at that party
        ("Peru is under Bolivian pressure to reopen the border crossing.", ("BOL", "PER", "10")),
        ("Greece will keep the quota, regardless of Turkish pressure.", ("TUR", "GRC", "10")),
    ],
)
def test_endured_pressure_targets_the_clause_subject(nlp: Language, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_owner_named_on_a_later_conjunct_object(nlp: Language) -> None:
    text = "Syrian jets destroyed a fuel depot and a radar unit at Iraq's Anbar airfield."
    assert {(s, t) for s, t, _ in roots(nlp, text)} == {("SYR", "IRQ")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act a response answers was aimed at the responder
        ("Thai jets bombed two depots in response to a Burmese rocket attack.",
         {("THA", "MMR", "19"), ("MMR", "THA", "19")}),
        # "saw X as a reply to Y": X answers Y, and Y hit X's owner
        ("Analysts described the Thai air strike as a reply to Burmese shelling.",
         {("THA", "MMR", "19"), ("MMR", "THA", "19")}),
    ],
)
def test_answer_and_answered_act_target_each_other(nlp: Language, text: str,
                                                   expected: set[tuple[str, str, str]]) -> None:
    assert roots(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces moved to counter an enemy: the enemy is the posture's target
        ("Egypt deployed troops to the border to counter Libyan incursions.", ("EGY", "LBY", "15")),
        ("Kuwait moved missiles to the coast to counter the Iranian threat.", ("KWT", "IRN", "15")),
    ],
)
def test_posture_against_the_party_it_counters(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a complaint told as a participle on an addressing verb is aimed at its addressee
        ("Merkel wrote three letters to the Greek premier, complaining that the cuts would hurt German lenders.",
         ("DEU", "GRC", "11")),
        ("The Kenyan envoy met Ugandan officials, protesting the border closure.", ("KEN", "UGA", "11")),
        # an addressing participle on the act names its addressee
        ("President Lula on Tuesday condemned the bombing of the Chilean embassy, telling Argentine President "
         "Kirchner that the attack was cowardly.", ("BRA", "ARG", "11")),
    ],
)
def test_participle_addressee(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sympathy or concern in an infinitive of purpose on an addressing verb goes to its addressee
        ("The Chilean president telephoned the Peruvian premier to offer condolences after the landslide.",
         ("CHL", "PER", "018")),
        ("The Chilean president telephoned Peruvian leader Garcia to express concern over the crisis.",
         ("CHL", "PER", "012")),
    ],
)
def test_purpose_statement_addressee(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement adjunct names what a comment or criticism without a target of its own is about
        ("In a separate statement on Bolivia, the Chilean ministers said they deplored the worsening trade gap.",
         ("CHL", "BOL", "111")),
        ("In a statement on Peru, Chile said the elections had been orderly.", ("CHL", "PER", "010")),
    ],
)
def test_statement_adjunct_topic(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_statement_adjunct_without_a_party_names_no_topic(nlp: Language) -> None:
    assert dyads(nlp, "In a statement on Monday, Chile said the harvest had been good.") == set()


def test_purpose_statement_on_a_visit_to_a_place_takes_no_addressee(nlp: Language) -> None:
    # a place visited is no addressee of the sympathy
    text = "The Chilean president visited the flooded Peruvian town to express sympathy for the victims."
    assert not any(c == "018" and t == "PER" and s == "CHL" for s, t, c in dyads(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a nominal or verbal act of force went: "into", "across" a place
        ("The Eritrean offensive into Ethiopian territory began at dawn.", ("ERI", "ETH", "19")),
        ("Burmese troops attacked across the wooded hills of northern Thailand.", ("MMR", "THA", "19")),
        # the owner a participle of belonging names
        ("Greek jets attacked two boats belonging to Turkey near Rhodes.", ("GRC", "TUR", "19")),
    ],
)
def test_place_and_belonging_owner_of_force(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Kenyan trucks have been the target of Somali raids.", ("SOM", "KEN", "19")),
    ("Chad's border posts were the target of Libyan attacks last year.", ("LBY", "TCD", "19")),
    ("Malian convoys have become frequent targets for Algerian raids.", ("DZA", "MLI", "19")),
    ("The navy was ready to escort Togolese barges, regular targets for Beninese attacks.", ("BEN", "TGO", "19")),
])
def test_the_subject_of_being_the_target_of_an_attack_is_its_target(nlp: Language, text: str,
                                                                     dyad: tuple[str, str, str]) -> None:
    assert dyad in roots(nlp, text)


def test_being_the_target_of_ones_own_attacks_is_no_self_attack(nlp: Language) -> None:
    text = "Kenya backed Uganda in the war against Sudan and its ships were the target of Sudanese attacks."
    found = roots(nlp, text)
    assert ("SDN", "SDN", "19") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Norway warned that the new levy could hurt poor countries that get grants from the EU.",
        "A Swiss banker warned that the slump would hit exporters who sell to Hungary.",
    ],
)
def test_a_warning_that_forecasts_anothers_act_is_no_threat(nlp: Language, text: str) -> None:
    """A warning about what a thing will do threatens no party named deep in its clause (no 13x at them)."""
    assert not any(r == "13" for _s, _t, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway warned that it would strike back if Iceland did not reopen its waters.", ("NOR", "ISL", "13")),
        ("Norway warned that a fishing war would follow if Iceland extended its zone.", ("NOR", "ISL", "13")),
        ("Norway warned that any incursion by Russia would meet a firm response.", ("NOR", "RUS", "13")),
        ("Norway warned Iceland that its boats were at risk.", ("NOR", "ISL", "13")),
        ("Norway warned that Iceland's naval build-up would unsettle the region.", ("NOR", "ISL", "13")),
    ],
)
def test_a_conditional_or_addressed_warning_stays_a_threat(nlp: Language, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_an_accusation_of_the_group_named_before_targets_that_organisation(nlp: Language) -> None:
    text = "Amnesty International criticised a trial in Bahrain. The government accused the group of lying."
    assert ("BHR", "NGO", "112") in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zimbabwean police raided an opposition office in Bulawayo.", ("ZWE", "OPP")),
        ("Maoist rebels ambushed an army patrol in western Nepal.", ("NPL", "MIL")),
        ("Rebels ambushed a police convoy near Kandahar.", ("AFG", "COP")),
        ("The Colombian army bombed a rebel camp.", (None, "REB")),
    ],
)
def test_a_party_noun_before_a_site_or_unit_owns_it(nlp: Language, text: str, expected: tuple[str | None, str]) -> None:
    found = {(e.target, e.target_sector) for e in code(nlp, text)}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU criticised Turkey and called for urgent reforms.", ("EU", "TUR", "020")),
        ("Russia condemned Georgia and threatened sanctions.", ("RUS", "GEO", "1312")),
        ("Pakistan accused India of shelling villages and demanded an apology.", ("PAK", "IND", "100")),
    ],
)
def test_a_verbal_act_after_an_aimed_verb_shares_its_party(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru met Chile and rejected the plan.",  # meeting is not aimed at the other party
        "Iran accused Iraq of lying and Syria threatened retaliation.",  # another subject
    ],
)
def test_a_verbal_act_after_an_unaimed_verb_or_another_subject_takes_no_party(nlp: Language, text: str) -> None:
    assert not any(c[:2] in ("12", "13") and t is not None for _, t, c in dyads(nlp, text)), dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "partner"),
    [
        ("Iran reached an agreement to sell oil to India.", "IRN", "IND"),
        ("Egypt signed a pact to buy gas from Israel.", "EGY", "ISR"),
        ("Chile signed an agreement to cooperate with Argentina on mining.", "CHL", "ARG"),
    ],
)
def test_an_agreement_takes_the_partner_of_its_infinitive(nlp: Language, text: str, source: str, partner: str) -> None:
    found = dyads(nlp, text)
    assert (source, partner, "057") in found and (partner, source, "057") in found, found


def test_an_agreement_with_a_partner_keeps_it_over_its_infinitive(nlp: Language) -> None:
    found = dyads(nlp, "Iran signed a deal with Russia to buy jets from France.")
    assert ("IRN", "RUS", "057") in found and not any(t == "FRA" and c == "057" for _, t, c in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Turkish ship which Greece threatened to seize left the area.", ("GRC", "TUR", "130")),
        ("Peru, which Chile refused to recognise, protested.", ("CHL", "PER", "120")),
    ],
)
def test_a_relative_pronoun_fronted_from_an_infinitive_stands_for_its_antecedent(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Togo pulled its soldiers out of Cotonou last week.", ("TGO", "BEN", "0874")),
    ("Malawi withdrew its troops from Maseru on Monday.", ("MWI", "LSO", "0874")),
    ("Militiamen shelled army barracks near Gitega.", (None, "BDI", "194")),
])
def test_a_place_phrase_no_table_knows_is_read_in_the_gazetteer(
        nlp: Language, text: str, expected: tuple[str | None, str, str]) -> None:
    """A withdrawal's or an attack's place phrase that names a city no actor table lists takes the
    gazetteer's country as the target."""
    found = dyads(nlp, text)
    assert any(t == expected[1] and c == expected[2] for _s, t, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian soldiers flew to the border on U.S. helicopters.",
        "The Peruvian minister arrived from Quito aboard a Chilean air force jet.",
    ],
)
def test_a_journeys_origin_or_vehicle_is_no_host_of_the_visit(nlp: Language, text: str) -> None:
    # the party names where the traveller came from or what carried them, not whom they visit
    assert not any(c.startswith("04") for _s, _t, c in dyads(nlp, text))


def test_a_journeys_destination_is_still_the_host(nlp: Language) -> None:
    assert ("PER", "CHL", "042") in dyads(nlp, "The Peruvian minister flew to Chile on Monday.")
