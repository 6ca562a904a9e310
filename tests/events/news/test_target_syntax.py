"""Targets read from syntax the trigger's own slots miss: the antecedent of a relative clause with
its own subject ("the boat it captured"), a noun after a hyphenated modifier the parse took for a
clause ("to flood-hit Bangladesh"), the party in a support verb's predicate for talks or aid
("joined his counterpart for talks", "announced assistance to flood victims in Peru"), and an unnamed
state organ of the speaker's own country as the subject of a reported clause ("the opposition
complained that the police had beaten ...") or a named organ of it ("bishops hoped the Ugandan parliament
would ...")."""

from __future__ import annotations

from spacy.language import Language

from multipolar.events.relatives import relative_object
from tests.events.conftest import roots


def test_relative_clause_antecedent_is_the_object(nlp: Language) -> None:
    found = roots(nlp, "The Iranian navy released a British patrol boat it had captured in the Gulf.")
    assert ("IRN", "GBR", "17") in found, found


def test_relative_clause_antecedent_of_a_seizure(nlp: Language) -> None:
    found = roots(nlp, "Russian border guards released a Japanese fishing boat they seized last month.")
    assert ("RUS", "JPN", "17") in found, found


def test_relative_adverb_clause_takes_no_object(nlp: Language) -> None:
    doc = nlp("Troops surrounded the town where rebels fought.")
    fought = next(t for t in doc if t.lower_ == "fought")
    assert relative_object(fought) == []
    doc = nlp("They returned the boat it seized.")
    seized = next(t for t in doc if t.lower_ == "seized")
    assert [t.lower_ for t in relative_object(seized)] == ["boat"]


def test_hyphenated_modifier_keeps_the_recipient(nlp: Language) -> None:
    found = roots(nlp, "Norway shipped medicine to flood-hit Bangladesh.")
    assert ("NOR", "BGD", "07") in found, found


def test_talks_partner_in_the_support_verbs_predicate(nlp: Language) -> None:
    found = roots(nlp, "The Egyptian foreign minister joined his Jordanian counterpart for talks on the crisis.")
    assert ("EGY", "JOR", "04") in found, found


def test_aid_recipient_in_the_support_verbs_predicate(nlp: Language) -> None:
    found = roots(nlp, "The Canadian government announced $5 million in emergency assistance to families "
                       "hit by the floods in Peru.")
    assert ("CAN", "PER", "07") in found, found


def test_nominal_appeal_takes_no_predicate_bystander(nlp: Language) -> None:
    found = roots(nlp, "The Chilean minister issued an appeal in Lima for calm.")
    assert not any(t == "PER" for _, t, _ in found), found


def test_nominal_non_reciprocal_act_takes_no_predicate_bystander(nlp: Language) -> None:
    found = roots(nlp, "The Chilean minister issued a warning in Lima about rising prices.")
    assert not any(t == "PER" for _, t, _ in found), found


def test_reported_state_organ_of_the_own_country_is_a_domestic_target(nlp: Language) -> None:
    found = roots(nlp, "Bangladesh's opposition party complained that the police had beaten its activists in Dhaka.")
    assert ("BGD", "BGD", "11") in found, found


def test_demand_clause_subject_government_is_a_domestic_target(nlp: Language) -> None:
    found = roots(nlp, "Nepalese judges demanded that the government respect the courts' rulings.")
    assert ("NPL", "NPL", "10") in found, found


def test_reported_organ_of_the_speakers_own_sector_is_no_target(nlp: Language) -> None:
    found = roots(nlp, "The Nepalese minister complained that the government had cut his budget.")
    assert ("NPL", "NPL", "11") not in found, found


def test_named_organ_of_the_speakers_country_in_the_reported_clause(nlp: Language) -> None:
    found = roots(nlp, "Ugandan bishops expressed hope that the Ugandan parliament would reject the bill.")
    assert ("UGA", "UGA", "01") in found, found


def test_own_troops_in_the_reported_clause_leave_the_foreign_party_first(nlp: Language) -> None:
    found = roots(nlp, "The Ugandan president said Ugandan troops would leave Somalia next year.")
    assert not any(s == "UGA" and t == "UGA" for s, t, _ in found), found


def test_circumstance_phrase_names_no_party_of_a_cooperative_act(nlp: Language) -> None:
    found = roots(nlp, "Brazil and Argentina pledged to reinforce their trade partnership amid tensions with "
                       "the United States.")
    assert not any(t == "USA" for _, t, _ in found), found
