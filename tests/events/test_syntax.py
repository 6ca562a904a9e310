"""Syntactic cases: voice, coordination, clauses, light verbs, nominal events, owners of objects."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active and passive voice
        ("Russia attacked Ukraine.", {("RUS", "UKR", "19")}),
        ("Ukraine was attacked by Russia.", {("RUS", "UKR", "19")}),
        ("Sanctions were imposed on Iran by the European Union.", {("EU", "IRN", "16")}),
        # participial clause: the noun is the patient, the agent the source
        ("The sanctions imposed by the EU on Iran hurt its economy.", {("EU", "IRN", "16")}),
        # light verbs lend the nominal trigger their subject and prepositions
        ("Japan provided humanitarian aid to Haiti.", {("JPN", "HTI", "07")}),
        ("Egypt launched an attack on Libya.", {("EGY", "LBY", "19")}),
        # nominal events inside noun phrases
        ("Russia's invasion of Ukraine shocked the world.", {("RUS", "UKR", "19")}),
        ("The Japanese prime minister's visit to India was a success.", {("JPN", "IND", "04")}),
        # the object is not an actor: its owner is the target
        ("Egypt condemned the Israeli airstrikes.", {("EGY", "ISR", "11"), ("ISR", None, "19")}),
        ("A Swiss court rejected the Croatian government's request.", {("CHE", "HRV", "12")}),
    ],
)
def test_argument_structure(nlp: Language, text: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert roots(nlp, text) == expected


def test_coordinated_sources_and_targets_give_one_event_per_pair(nlp: Language) -> None:
    found = roots(nlp, "Russia and Belarus attacked Ukraine and Georgia.")
    assert found == {("RUS", "UKR", "19"), ("RUS", "GEO", "19"), ("BLR", "UKR", "19"), ("BLR", "GEO", "19")}


def test_coordinated_verbs_share_the_subject(nlp: Language) -> None:
    assert roots(nlp, "Egypt condemned Israel and praised Jordan.") == {("EGY", "ISR", "11"), ("EGY", "JOR", "05")}


def test_reciprocal_events(nlp: Language) -> None:
    assert roots(nlp, "Iran and Iraq held talks on Monday.") == {("IRN", "IRQ", "04"), ("IRQ", "IRN", "04")}
    assert roots(nlp, "Vietnam and the Philippines signed a maritime agreement.") == {
        ("VNM", "PHL", "05"), ("PHL", "VNM", "05")}
    # meetings are mutual also with an explicit partner
    assert roots(nlp, "France held talks with Germany.") == {("FRA", "DEU", "04"), ("DEU", "FRA", "04")}
    # attacks are not
    assert roots(nlp, "Russia attacked Ukraine.") == {("RUS", "UKR", "19")}


def test_relative_clause_target_is_the_proposer(nlp: Language) -> None:
    assert roots(nlp, "Beijing proposed a plan that Washington rejected.") == {("USA", "CHN", "12")}
    found = roots(nlp, "Brazil offered a peace plan, which was rejected by Argentina and Chile.")
    assert {("ARG", "BRA", "12"), ("CHL", "BRA", "12")} <= found


def test_complement_verbs_code_their_own_act(nlp: Language) -> None:
    assert dyads(nlp, "Iran threatened to attack Israel.") == {("IRN", "ISR", "1384")}
    assert dyads(nlp, "Pakistan refused to meet India.") == {("PAK", "IND", "125")}
    assert dyads(nlp, "The United States urged Iran to negotiate with Britain.") == {("USA", "IRN", "026")}
    assert dyads(nlp, "China pledged to provide aid to Pakistan.") == {("CHN", "PAK", "033")}
    assert dyads(nlp, "Nigeria demanded that Cameroon withdraw its troops.") == {("NGA", "CMR", "1056")}


def test_reported_speech_codes_intent_not_the_act(nlp: Language) -> None:
    events = code(nlp, "India said it would sign an agreement with Nepal.")
    assert [(e.source, e.target, e.root, e.modality) for e in events] == [("IND", "NPL", "03", "intent")]
    assert {e.root for e in code(nlp, "India will sign an agreement with Nepal.")} == {"03"}


def test_future_negation_of_a_concession_is_a_refusal(nlp: Language) -> None:
    assert roots(nlp, "The United States will not lift the embargo on Cuba.") == {("USA", "CUB", "12")}


def test_compound_actor_members_expand(nlp: Language) -> None:
    found = roots(nlp, "Russia met China last week. The two nations signed a trade agreement.")
    assert {("RUS", "CHN", "05"), ("CHN", "RUS", "05")} <= found


def test_no_self_events_but_different_sectors_allowed(nlp: Language) -> None:
    assert code(nlp, "France praised France.") == []
    events = code(nlp, "Afghan Taliban fighters attacked the Afghan government.")
    assert [(e.source, e.target, e.source_sector != e.target_sector) for e in events] == [("AFG", "AFG", True)]


def test_event_record_carries_evidence(nlp: Language) -> None:
    text = "Trade grew. Japan provided humanitarian aid to Haiti."
    (event,) = code(nlp, text)
    assert event.sentence == "Japan provided humanitarian aid to Haiti."
    assert event.sentence_index == 1
    assert text[event.sentence_start:].startswith(event.sentence)
    assert text[event.char_start:event.char_end] == event.trigger == "aid"
    assert (event.cameo, event.plover, event.quad, event.penta) == ("073", "AID", 2, 2)
    assert event.goldstein > 0 and event.date == "2023-06-01" and event.doc_id == "t"
    assert event.rule.startswith("noun:aid[humanitarian]") and 0.5 <= event.confidence <= 1.0
    assert event.source_text == "Japan" and event.target_text == "Haiti"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Taliban claimed that they had attacked Pakistan.", "015"),  # claiming one's own act
        ("The German government declined to comment.", "011"),
        ("Ethiopia rejected accusations by the United States.", "016"),
        ("Japan decided to ease sanctions on North Korea.", "085"),  # a decision is the act
        ("The United States will not lift the embargo on Cuba.", "1244"),
    ],
)
def test_governed_events_take_the_governor_reading(nlp: Language, text: str, cameo: str) -> None:
    assert cameo in {e.cameo for e in code(nlp, text)}


def test_agreeing_parties_act_on_each_other(nlp: Language) -> None:
    assert roots(nlp, "Iran and Iraq agreed to share intelligence.") == {("IRN", "IRQ", "03"), ("IRQ", "IRN", "03")}


def test_weapon_nouns_need_a_light_verb(nlp: Language) -> None:
    assert all(e.root != "07" for e in code(nlp, "Afghan fighters will lay down their arms in Kabul."))
    assert roots(nlp, "Russia sent weapons to Syria.") == {("RUS", "SYR", "07")}


def test_places_stand_for_targets_of_material_conflict(nlp: Language) -> None:
    assert ("SYR", "PSE", "19") in roots(nlp, "Syrian forces attacked a refugee camp in the Gaza Strip.")
