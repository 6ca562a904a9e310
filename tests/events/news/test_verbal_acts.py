"""Verbal acts the coder used to miss: an accusation a reported clause makes with an equative verb
("amounted to genocide"), coded beside the sentence's other acts; "responsible" alone as praise and a
judgment of reports as a denial; a visit scheduled by a time on the verb's object; material aid a member's
envoy to a body announces for the body; delegations and trainers sent; asylum sought at an embassy."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an equative verb judges its subject by its object: an accusation of the one judged
        ("Canada said the killings in Rwanda amounted to genocide.", {("CAN", "RWA", "112")}),
        ("Egypt said Libya was responsible for the bombing.", {("EGY", "LBY", "112")}),
        # a prepositional predicate of fault criticises
        ("Italian officials said the German chancellor was out of step with his voters.", {("ITA", "DEU", "111")}),
        ("Britain said Iraq was in breach of the U.N. resolutions.", {("GBR", "IRQ", "111")}),
        # a charge laid on a state is an accusation; a reported act of wrongdoing accuses its doer
        ("Iraq charged Iran with violating the ceasefire.", {("IRQ", "IRN", "112")}),
        ("Mexico said Guatemalan gangs smuggled drugs across the border.", {("MEX", "GTM", "112")}),
        # "responsible" without "for" praises
        ("Japan said South Korea's offer on rice imports was responsible and modest.", {("JPN", "KOR", "051")}),
        # a judgment before its speech verb is the speaker's assessment, no bare attribution
        ("Mexico's request for new loans is responsible and modest, a senior U.S. Treasury official said.",
         {("USA", "MEX", "051")}),
        # a visit whose day hangs from the object, under a present tense: scheduled, intent to meet
        ("PARIS, May 4 - King Juan Carlos of Spain begins a three-day state visit on Tuesday that will focus "
         "on farm trade.", {("ESP", "FRA", "036")}),
        # a member's ambassador to a body reports the body's plan: the body's intent, not a forecast
        ("The EU will send police trainers to Bosnia next month, Britain's ambassador to the EU said.",
         {("EU", "BIH", "0332")}),
        ("China sent a delegation to Pyongyang last week.", {("CHN", "PRK", "042")}),
        # a complaint to an audience that another party did something is made against that party
        ("Lebanon complained to the United Nations that Israeli troops were blocking roads in the south.",
         {("LBN", "ISR", "114")}),
        ("France complained to Germany that the talks had failed.", {("FRA", "DEU", "114")}),
        # "this weekend" under a present tense: a scheduled visit
        ("Egypt's foreign minister, who flies to Moscow this weekend for talks, said the region needed calm.",
         {("EGY", "RUS", "036")}),
        # an appeal for asylum is made to the party whose premises the seekers entered
        ("Six Cubans entered the Peruvian embassy in Havana, seeking asylum.", {("CUB", "PER", "020")}),
    ],
)
def test_verbal_acts(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


def test_blame_is_coded_beside_another_act(nlp: Language) -> None:
    found = roots(nlp, "The United States declared that the bombing of Sudanese villages amounted to genocide "
                       "and urged the world to act.")
    assert ("USA", "SDN", "11") in found, found


def test_neutral_prepositional_predicate_is_no_criticism(nlp: Language) -> None:
    assert not any(r == "11" for _, _, r in roots(nlp, "Japan said the talks with China were in their final stage."))


def test_charged_person_and_denied_wrongdoing(nlp: Language) -> None:
    assert not any(r == "11" for _, _, r in roots(nlp, "Police in Kenya charged the former clerk with fraud."))
    assert not any(r == "11" for _, _, r in roots(nlp, "Iran said it did not smuggle arms to Iraqi rebels."))


def test_trailing_forecast_is_no_statement(nlp: Language) -> None:
    assert not dyads(nlp, "Chile is likely to win the council seat next month, a Dutch official said.")


def test_trailing_forecast_that_relations_worsen_is_a_pessimistic_comment(nlp: Language) -> None:
    # round 32: dealings getting worse (events/judged.trend) is the speaker's gloom, CAMEO 012, not a sourced fact
    found = dyads(nlp, "Ties between Kenya and Somalia are likely to get worse this year, a Dutch envoy said.")
    assert found & {("NLD", "KEN", "012"), ("NLD", "SOM", "012")}, found


def test_judged_reports_are_a_denial_not_criticism(nlp: Language) -> None:
    found = roots(nlp, "Syria said reports that it had moved troops to the border were baseless and warned Israel "
                       "against any attack.")
    assert not any(r == "11" for _, _, r in found), found
    assert ("SYR", "ISR", "13") in found, found
