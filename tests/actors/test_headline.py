"""A pronoun the text cannot place takes up the one person its headline names (the headline is not coded)."""

from __future__ import annotations

from dataclasses import replace

from multipolar.actors.headline import open_pronouns
from multipolar.api import code_parsed, get_pipeline
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.records import Document, MentionKind
from tests.events.rules.handbuilt import parse, with_actors


def coded(text: str, title: str | None) -> list[tuple[str | None, str | None, str]]:
    nlp = get_pipeline(PipelineConfig())
    ((_, events),) = code_parsed(nlp, [Document(id="h", text=text, title=title, date="2024-06-01")])
    return [(e.source, e.target, e.cameo) for e in events]


def test_an_opening_he_takes_up_the_headline_person() -> None:
    found = coded("He accused Chile of stalling the border talks.", "BOLIVIAN MINISTER FAULTS CHILE OVER TALKS")
    assert ("BOL", "CHL", "112") in found, found


def test_the_headline_itself_is_not_coded() -> None:
    assert coded("Markets were calm on Tuesday.", "Bolivian minister accuses Chile of stalling talks") == []


def test_a_headline_without_a_person_places_no_pronoun() -> None:
    found = coded("He accused Chile of stalling the border talks.", "Bolivia faults Chile over talks")
    assert not any(source == "BOL" for source, _, _ in found), found


def test_a_person_named_in_the_text_comes_before_the_headline() -> None:
    text = "Peruvian Foreign Minister Ana Quispe met reporters. She accused Chile of stalling the talks."
    found = coded(text, "BOLIVIAN MINISTER FAULTS CHILE")
    assert ("PER", "CHL", "112") in found and not any(s == "BOL" for s, _, _ in found), found


def test_an_unplaced_government_takes_the_one_state_of_its_headline() -> None:
    found = coded("The government dismissed the opposition's accusations of vote rigging on Tuesday.",
                  "Zambia rejects fraud claims")
    assert ("ZMB", "ZMB", "016") in found, found


def test_unplaced_police_take_the_one_state_of_their_headline() -> None:
    found = coded("Police arrested three men suspected of smuggling ivory.", "Kenyan police seize ivory")
    assert ("KEN", "KEN", "173") in found, found


def test_a_headline_naming_two_states_places_no_party() -> None:
    found = coded("Police arrested three men suspected of smuggling ivory.", "Police seize ivory in Kenya and Uganda")
    assert found and all(source is None for source, _, _ in found), found


def test_the_headline_places_no_unidentified_attacker() -> None:
    found = coded("Gunmen kidnapped two engineers on Sunday.", "Turkish engineers kidnapped")
    assert not any(source == "TUR" for source, _, _ in found), found


def test_a_state_the_text_names_comes_before_the_headline() -> None:
    found = coded("Police in Lima arrested three men suspected of smuggling ivory.", "Kenyan police seize ivory")
    assert found and not any(source == "KEN" for source, _, _ in found), found


def test_without_a_headline_the_party_stays_unplaced() -> None:
    found = coded("The government dismissed the opposition's accusations of vote rigging on Tuesday.", None)
    assert found and all(source is None for source, _, _ in found), found


SOLDIER = "A soldier, angry about being passed over, barricaded himself in a barracks, threatening to blow it up."


def test_a_soldier_takes_the_state_of_the_headline_soldier() -> None:
    text = SOLDIER
    found = coded(text, "Belgian soldier threatens to blow up barracks")
    assert any(source == "BEL" and cameo.startswith("138") for source, _, cameo in found), found


def test_a_headline_naming_only_the_state_places_no_soldier() -> None:
    text = SOLDIER
    found = coded(text, "Standoff at a barracks in Belgium")
    assert found and not any(source == "BEL" for source, _, _ in found), found


def test_a_nationality_naming_a_things_origin_places_no_party() -> None:
    found = coded("The government dismissed the opposition's accusations of vote rigging on Tuesday.",
                  "KENYAN TARIFFS SEEN AS A WARNING")
    assert found and not any(source == "KEN" for source, _, _ in found), found


def test_a_capitals_headline_naming_an_organisation_beside_a_state_places_no_party() -> None:
    found = coded("Ministers called on the bloc's executive to prepare a report on fishing.",
                  "EU WARNS CHILE ON FISHING")
    assert found and not any(source == "CHL" for source, _, _ in found), found


def test_a_capitals_headline_keeps_its_acronym_state() -> None:
    found = coded("Lawmakers said their motion would increase pressure on the government to act.",
                  "UK MAY REVOKE KENYAN FINANCE LICENCES")
    assert any(source == "GBR" for source, _, _ in found), found


def test_open_pronouns_are_the_unplaced_personal_pronouns_before_the_first_person() -> None:
    doc = with_actors(parse("""
He -PRON- PRON PRP nsubj 1
met meet VERB VBD ROOT 1
her -PRON- PRON PRP dobj 1
and and CCONJ CC cc 1
his -PRON- DET PRP$ poss 5
aides aide NOUN NNS conj 1
in in ADP IN prep 1
Chile Chile PROPN NNP pobj 6
; ; PUNCT : punct 1
she -PRON- PRON PRP nsubj 1
"""), (7, 8, "CHL"))
    mentions = doc._.actors
    assert open_pronouns(doc, mentions) == [0, 2, 4, 9]
    assert open_pronouns(doc, [*mentions, replace(mentions[0], start=2, end=3)]) == [0, 4, 9]  # covered
    person = replace(mentions[0], start=4, end=5, kind=MentionKind.LEADER, code="CHL", name="X")
    assert open_pronouns(doc, [*mentions, person]) == [0, 2]  # none after a person
    assert open_pronouns(doc, [replace(person, start=0, end=1)]) == []
