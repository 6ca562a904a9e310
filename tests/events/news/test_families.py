"""Under-covered families: criticism, rejections, claims of responsibility, denials, meetings,
ratifications, assaults launched on a target."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran criticized the United States for its sanctions.", ("IRN", "USA", "11")),
        ("North Korea rejected the proposal by South Korea.", ("PRK", "KOR", "12")),
        ("Hamas claimed responsibility for the attack on Israeli soldiers.", ("PSE", "ISR", "01")),
        ("Pakistan denied accusations by India.", ("PAK", "IND", "01")),
        ("The Chinese premier met in London with the British prime minister.", ("CHN", "GBR", "04")),
        ("The Russian parliament ratified the treaty with Ukraine.", ("RUS", "UKR", "05")),
        ("Police launched an assault on rebel positions in Chechnya.", ("RUS", "RUS", "19")),
        ("Spanish protesters issued a stinging rebuke to Spanish politicians.", ("ESP", "ESP", "11")),
        ("Suspected militants detonated a car bomb outside the Australian embassy in Jakarta.",
         ("IDN", "AUS", "18")),
    ],
)
def test_family(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_demand_targets_the_reported_subject(nlp: Language) -> None:
    assert ("DEU", "USA", "10") in roots(nlp, "Germany demanded Washington explain its spying.")


def test_is_to_announces_a_plan(nlp: Language) -> None:
    found = roots(nlp, "The Afghan president is to visit Pakistan next week.")
    assert ("AFG", "PAK", "03") in found


def test_conjoined_passive_shares_the_agent(nlp: Language) -> None:
    found = roots(nlp, "A Japanese engineer was kidnapped by rebels in Colombia and later released.")
    assert any(s == "COL" and t == "JPN" and r == "18" for s, t, r in found), found


def test_sealing_off_is_a_blockade(nlp: Language) -> None:
    assert ("ISR", "PSE", "19") in roots(nlp, "The Israeli army sealed off Gaza Strip on Wednesday.")


def test_going_to_announces_a_plan(nlp: Language) -> None:
    found = roots(nlp, "The Indian prime minister is going to visit Nepal next month.")
    assert ("IND", "NPL", "03") in found
    assert not any(r == "04" for _s, _t, r in found), found
