"""Criticism and accusation phrased as an adjective, a held responsibility or a charging noun (round 28)."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import dyads


def test_critical_of_a_party_is_criticism(nlp: Language) -> None:
    assert ("PER", "CHL", "111") in dyads(nlp, "Peru has been sharply critical of Chile in recent months.")


def test_critical_of_a_partys_plan_criticises_its_owner(nlp: Language) -> None:
    assert ("NOR", "SWE", "111") in dyads(nlp, "Norway remained critical of Sweden's fishing quota plan.")


def test_critical_after_the_noun_takes_that_noun_as_critic(nlp: Language) -> None:
    text = "The Tunisian minister, openly critical of Libyan border policy, asked for new talks."
    assert ("TUN", "LBY", "111") in dyads(nlp, text)


def test_critical_of_no_party_or_in_another_sense_is_no_event(nlp: Language) -> None:
    assert not any(c == "111" for _, _, c in dyads(nlp, "The Ghanaian premier has been critical of the talks."))
    assert not any(c == "111" for _, _, c in dyads(nlp, "Estonia's vote is critical in the talks with Latvia."))
    assert not any(c == "111" for _, _, c in dyads(nlp, "Cheap gas is critical to Hungary's industry."))


def test_held_responsible_is_blame(nlp: Language) -> None:
    assert ("ARM", "AZE", "112") in dyads(nlp, "Armenia held Azerbaijan responsible for the shelling.")
    assert ("CHN", "IND", "112") in dyads(nlp, "China holds India accountable for the border clash.")


def test_charges_that_a_party_did_wrong_accuse_it(nlp: Language) -> None:
    text = "The tariffs followed Danish charges that Iceland had been dumping frozen fish."
    assert ("DNK", "ISL", "112") in dyads(nlp, text)


def test_charges_without_an_accused_clause_are_no_accusation(nlp: Language) -> None:
    assert not any(c == "112" for _, _, c in dyads(nlp, "The Belgian bank raised its charges on loans to Zaire."))


def test_said_a_party_was_behind_a_violent_deed_accuses_it(nlp: Language) -> None:
    assert ("LBN", "SYR", "112") in dyads(nlp, "Lebanon said Syria was behind the car bombing.")
    assert ("GEO", "RUS", "112") in dyads(nlp, "Georgia claimed Russia was behind the explosion at the pipeline.")


def test_behind_a_deal_or_a_hedged_culprit_is_no_accusation(nlp: Language) -> None:
    assert not any(c == "112" for _, _, c in dyads(nlp, "Chile said Peru was behind the fishing accord."))
    assert not any(c == "112" for _, _, c in dyads(nlp, "Libya said Chad may have been behind the raid."))


def test_charged_that_a_passive_clause_is_an_accusation_not_an_arrest(nlp: Language) -> None:
    text = "The Zambian opposition charged that the count had been falsified by the government."
    found = dyads(nlp, text)
    assert ("ZMB", "ZMB", "112") in found
    assert not any(c.startswith("17") for _, _, c in found)


def test_a_statement_by_a_party_speaks_for_it(nlp: Language) -> None:
    assert ("JOR", "ISR", "111") in dyads(nlp, "A statement by the Jordanian cabinet condemned the Israeli closure.")
    text = "A communique issued by the Syrian government accused Iraq of aggression."
    assert ("SYR", "IRQ", "112") in dyads(nlp, text)
    assert ("ARL", "ISR", "111") in dyads(nlp, "The resolution by the Arab League condemned Israel.")


def test_the_act_a_party_is_charged_with_is_alleged_not_coded(nlp: Language) -> None:
    found = dyads(nlp, "Cyprus charged Turkey with violating the airspace accord.")
    assert ("CYP", "TUR", "112") in found
    assert not any(c.startswith("12") for _, _, c in found)


def test_proof_of_ones_own_good_faith_accuses_no_one(nlp: Language) -> None:
    text = "The Uruguayan minister said Uruguay had shown clear proof it was paying its creditors."
    assert not any(c.startswith("11") for _, _, c in dyads(nlp, text))


def test_evidence_that_another_party_did_wrong_accuses_it(nlp: Language) -> None:
    assert ("GBR", "LBY", "112") in dyads(nlp, "Britain presented evidence that Libya had trained the bombers.")


def test_under_assault_from_arms_or_no_named_party_is_force(nlp: Language) -> None:
    assert any(c == "190" for _, _, c in dyads(nlp, "The Chadian garrison was under assault from tanks and warplanes."))
    assert ("TUR", "TUR", "111") not in dyads(nlp, "The Turkish garrison came under assault from Kurdish rebels.")


def test_under_assault_from_lawmakers_stays_criticism(nlp: Language) -> None:
    found = dyads(nlp, "The Peruvian premier came under assault from Peruvian opposition lawmakers over the budget.")
    assert any(c == "111" for _, _, c in found)


def test_said_a_party_had_not_kept_a_commitment_criticises_it(nlp: Language) -> None:
    assert ("KEN", "UGA", "111") in dyads(nlp, "Kenya said Uganda had not honoured the border accord.")
    assert ("FIN", "RUS", "111") in dyads(nlp, "Finland says Russia has not lived up to its pledge on fishing rights.")


def test_own_or_forecast_commitments_are_no_criticism(nlp: Language) -> None:
    own = "Bolivia said it had not yet implemented the accord with Peru."
    assert not any(c == "111" for _, _, c in dyads(nlp, own))
    assert not any(c == "111" for _, _, c in dyads(nlp, "Oman said Yemen would not honour the pact."))


def test_complaint_about_a_partys_act_targets_that_party_not_the_forum(nlp: Language) -> None:
    text = "Peru's complaint to the WTO about Chilean fruit subsidies was heard on Monday."
    assert ("PER", "CHL", "114") in dyads(nlp, text)


def test_conviction_of_a_party_by_a_court_is_a_verdict(nlp: Language) -> None:
    text = "Moldova condemned the conviction of two Moldovan drivers by a Romanian court."
    assert ("ROU", "MDA", "116") in dyads(nlp, text)


def test_a_conviction_that_is_a_belief_is_no_verdict(nlp: Language) -> None:
    assert not any(c == "116" for _, _, c in dyads(nlp, "Latvia's conviction that the talks would succeed was firm."))
