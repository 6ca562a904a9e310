"""Nominal acts of material conflict that name the agent before the patient ("the seizure by Iraqi
gunmen of two Italian engineers"): the parse hangs the of-phrase on the agent, yet it is the act's
patient; a seizure of people is an abduction (CAMEO 181), of goods a confiscation (171)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The abduction by Iraqi rebels of three Indian workers angered New Delhi.", ("IRQ", "IND", "18")),
        ("The killing by Israeli soldiers of five Palestinian youths angered Ramallah.", ("ISR", "PSE", "19")),
        ("The arrest by Egyptian police of two Israeli tourists strained ties.", ("EGY", "ISR", "17")),
        ("The kidnapping by Colombian guerrillas of a Spanish priest shocked Madrid.", ("COL", "ESP", "18")),
        ("The detention by Iranian guards of eight British sailors drew protests.", ("IRN", "GBR", "17")),
        ("The shelling by Russian artillery of Georgian villages was condemned.", ("RUS", "GEO", "19")),
        ("The seizure by Pakistani militants of two Chinese engineers alarmed Beijing.", ("PAK", "CHN", "18")),
        ("The seizure by Somali pirates of a Danish sailor was reported on Monday.", ("SOM", "DNK", "18")),
    ],
)
def test_an_of_phrase_after_the_by_agent_is_the_patient(nlp: Language, text: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The seizure of two Italian aid workers by Iraqi gunmen angered Rome.", ("IRQ", "ITA", "18")),
        ("The seizure of three Turkish drivers by Iraqi militants was condemned.", ("IRQ", "TUR", "18")),
    ],
)
def test_a_seizure_of_people_is_an_abduction(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_seizure_of_goods_stays_a_confiscation(nlp: Language) -> None:
    coded = roots(nlp, "The seizure by Afghan police of three tonnes of heroin was announced in Kabul.")
    assert all(root != "18" for _, _, root in coded)


def test_the_suspension_by_an_agent_of_aid_is_a_sanction(nlp: Language) -> None:
    coded = roots(nlp, "The suspension by the EU of aid to Zambia angered Lusaka.")
    assert ("EU", "ZMB", "16") in coded
