"""Coercion and force postures (round 23): police breaking up a gathering, a place put under curfew or
emergency rule, a party held in custody, migrants sent back; a force put on standby, a presence beefed
up, forces called in, patrols increased; a party walking out of a coalition; forces deployed in the
passive with no agent named act for their own state."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _coded(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.cameo) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        ("Nepalese troops broke up a protest by students in Kathmandu.", "NPL", "NPL", "175"),
        ("Moldovan riot police broke up a sit-in by farmers outside the ministry.", "MDA", "MDA", "175"),
        ("The Israeli army put the Palestinian town of Jenin under curfew.", "ISR", "PSE", "1723"),
        ("Nepal's government placed the capital under a curfew on Friday.", "NPL", "NPL", "1723"),
        ("The Thai government declared emergency rule in the southern provinces.", "THA", "THA", "1724"),
        ("The Zimbabwean government closed down the country's only independent daily.", "ZWE", "ZWE", "1721"),
        ("Zambian police held the opposition leader in custody for three days.", "ZMB", "ZMB", "173"),
        ("Egyptian police kept the blogger in detention for a month.", "EGY", "EGY", "173"),
        ("Kuwait held the writer without charge for eight months.", "KWT", "KWT", "173"),
        ("Thailand sent back 200 Burmese migrants on Friday.", "THA", "MMR", "174"),
    ],
)
def test_coercion_phrasings(nlp: Language, text: str, source: str, target: str, cameo: str) -> None:
    assert (source, target, cameo) in _coded(nlp, text), _coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        ("The Nepalese government put the army on standby.", "NPL", "152"),
        ("Venezuela beefed up its military presence along the Colombian border.", "VEN", "154"),
        ("The Haitian government called in the army to restore order.", "HTI", "154"),
        ("The Bolivian government called in riot police to clear the roads.", "BOL", "153"),
        ("Russia increased patrols along the border with Georgia.", "RUS", "150"),
    ],
)
def test_posture_phrasings(nlp: Language, text: str, source: str, cameo: str) -> None:
    assert any(s == source and c == cameo for s, _t, c in _coded(nlp, text)), _coded(nlp, text)


def test_walking_out_of_a_coalition_reduces_relations(nlp: Language) -> None:
    assert ("IRQ", "IRQ", "161") in _coded(nlp, "The Kurdish party walked out of the Iraqi coalition government.")
    # a walkout from a workplace stays a strike
    assert not any(c == "161" for _s, _t, c in _coded(nlp, "Thousands of workers walked out of the Indian factory."))


def test_a_threat_to_walk_out_of_a_government(nlp: Language) -> None:
    assert ("IRQ", "IRQ", "1313") in _coded(nlp, "Kurdish ministers threatened to walk out of the Iraqi government.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian troops were deployed along the border with Pakistan.", ("IND", "PAK", "154")),
        ("Georgian troops were placed on standby near the border.", ("GEO", None, "152")),
        ("More Canadian marines were sent to Haiti on Monday.", ("CAN", "HTI", "154")),
        ("Hundreds of Ukrainian police were deployed around the parliament in Kiev.", ("UKR", "UKR", "154")),
    ],
)
def test_passive_deployment_names_the_forces_state(nlp: Language, text: str,
                                                   expected: tuple[str, str | None, str]) -> None:
    assert expected in _coded(nlp, text), _coded(nlp, text)


def test_an_unarmed_envoy_sent_is_no_deployment(nlp: Language) -> None:
    assert not any(c.startswith("15") for _s, _t, c in _coded(nlp, "The Egyptian envoy was sent to Gaza on Monday."))


def test_a_court_trying_a_party_holds_a_trial(nlp: Language) -> None:
    text = "A military court in Rangoon tried the opposition leader on sedition charges."
    assert ("MMR", "MMR", "173") in _coded(nlp, text)
    # an attempt, or a party's patience tried, is no trial
    assert not any(c == "173" for _s, _t, c in _coded(nlp, "Iraq tried to persuade Syria to seal its border."))
    assert not any(c == "173" for _s, _t, c in _coded(nlp, "Pakistan tried India's patience with the delays."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Venezuelan army held manoeuvres near the Colombian border.", ("VEN", "COL", "150")),
        ("China staged military manoeuvres off the coast of Taiwan.", ("CHN", "TWN", "150")),
        ("Iran put its army on a war footing.", ("IRN", None, "152")),
    ],
)
def test_manoeuvres_and_war_footing_are_postures(nlp: Language, text: str,
                                                 expected: tuple[str, str | None, str]) -> None:
    assert expected in _coded(nlp, text), _coded(nlp, text)


def test_political_manoeuvres_are_no_posture(nlp: Language) -> None:
    text = "The Israeli prime minister's political manoeuvres angered the Palestinians."
    assert not any(c.startswith("15") for _s, _t, c in _coded(nlp, text))
