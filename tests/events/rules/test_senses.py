"""Trigger senses and CAMEO codes per the manual: the same word codes differently by its object."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


def test_attacking_a_policy_is_criticism(nlp: Language) -> None:
    found = dyads(nlp, "Japan attacked OECD forecasts of its growth.")
    assert ("JPN", "IGO", "111") in found
    assert not any(c.startswith("19") for _, _, c in found)
    # military objects keep the material sense
    assert any(c == "190" for _, _, c in dyads(nlp, "Israel attacked 15 positions in the Gaza Strip."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia has declared a state of emergency.", ("COL", "COL", "1724")),
        ("Bolivian authorities declared a state of siege in the east.", ("BOL", None, "191")),
        ("Sudan expelled 20 humanitarian workers employed by the United Nations.", ("SDN", "UN", "1663")),
        ("Ghana closed its borders with Togo.", ("GHA", "TGO", "191")),
        ("Venezuela closed its embassy in Colombia.", ("VEN", "COL", "160")),
    ],
)
def test_cameo_codes_per_manual(nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in dyads(nlp, text)


def test_sub_codes_keyed_by_object(nlp: Language) -> None:
    def cameos(text: str) -> set[str]:
        return {e.cameo for e in code(nlp, text)}

    assert cameos("Japan provided humanitarian aid to Haiti.") == {"073"}
    assert cameos("Japan provided military aid to Ukraine.") == {"072"}
    assert cameos("The EU imposed sanctions on Iran.") == {"163"}
    assert cameos("Vietnam signed an agreement with Laos.") == {"057"}
    assert cameos("France held talks with Germany.") == {"040"}


def test_attacking_a_law_or_a_tax_is_criticism(nlp: Language) -> None:
    found = dyads(nlp, "Thailand attacked the new farm act passed by the Japanese parliament.")
    assert any(s == "THA" and c == "111" for s, _, c in found)
    assert not any(c.startswith("19") for _, _, c in found)


def test_blasting_a_plan_is_criticism(nlp: Language) -> None:
    assert ("PER", "CHL", "111") in dyads(nlp, "The Peruvian trade minister blasted the Chilean plan.")


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday Indian Navy frigates blasted two smuggling vessels off the coast.",
        "Turkish troops assailed a Kurdish village in the mountains.",
    ],
)
def test_criticism_verbs_of_force_by_armed_parties_are_attacks(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert any(r == "19" for _, _, r in found)
    assert not any(r == "11" for _, _, r in found)


@pytest.mark.parametrize(
    "text",
    [
        '"A steady rise in rents would threaten the gains in cutting inflation," the World Bank said.',
        "Denmark said the quota scheme would threaten jobs in its fishing towns.",
    ],
)
def test_a_thing_that_threatens_is_no_threat(nlp: Language, text: str) -> None:
    assert not any(e.root == "13" for e in code(nlp, text))


def test_a_party_that_threatens_still_threatens(nlp: Language) -> None:
    found = roots(nlp, "A Greek army spokesman threatened a resumption of shelling on Turkish positions.")
    assert any(r == "13" for _, _, r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed armed group is a party; a resolution threatening a named measure is its body's threat
        ("An unknown armed group holding a Chilean engineer has threatened to kill him.", (None, None, "13")),
        ("A French-drafted UN resolution threatening oil sanctions on Peru was tabled.", ("UN", "PER", "13")),
    ],
)
def test_unnamed_parties_and_measures_still_threaten(
        nlp: Language, text: str, expected: tuple[str | None, str | None, str]) -> None:
    assert expected in roots(nlp, text)


def test_opening_a_debate_is_no_threat(nlp: Language) -> None:
    text = "Opening a debate on the budget in the Dail, Ireland's finance minister said the cuts would save jobs."
    assert not any(e.root == "13" for e in code(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Seoul pledged new packages to spur its domestic demand before the summer.",
        "Global steel demand fell sharply, Brazilian mills said.",
    ],
)
def test_economic_demand_is_no_demand(nlp: Language, text: str) -> None:
    assert not any(root == "10" for _, _, root in roots(nlp, text))


def test_a_party_demand_is_still_coded(nlp: Language) -> None:
    text = "Workers in Quito renewed their demand for higher wages from the government."
    assert ("ECU", "ECU", "10") in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister said the scheme would fail provided they all stand firm.",
        "Kenyan officials said exports will grow, providing we keep the pact with Uganda.",
        "Uganda will join the talks provided that the ceasefire holds.",
    ],
)
def test_provided_as_a_conjunction_is_no_aid(nlp: Language, text: str) -> None:
    assert not any(r == "07" for _, _, r in roots(nlp, text))


def test_providing_with_its_own_subject_is_aid(nlp: Language) -> None:
    assert ("KEN", "UGA", "07") in roots(nlp, "Kenya is providing Uganda with food aid.")
    found = roots(nlp, "Kenya said it was providing aid to Ugandan refugees.")
    assert any(s == "KEN" and r == "07" for s, _, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Moldova's central banker refused to say whether Romania was ready to cut its interest rates.",
        "The Estonian premier declined to give details about the Latvian offer.",
        "Kenya refused to elaborate on its quarrel with Tanzania.",
    ],
)
def test_refusing_to_speak_is_no_rejection(nlp: Language, text: str) -> None:
    """"refused to say whether": a declined comment, not a rejection (12x) of anything."""
    assert not any(r == "12" for _s, _t, r in roots(nlp, text))


def test_refusing_an_act_stays_a_rejection(nlp: Language) -> None:
    assert ("EST", "LVA", "12") in roots(nlp, "Estonia refused to give aid to Latvia.")
    assert ("KEN", "TZA", "12") in roots(nlp, "Kenya refused Tanzania's request.")


@pytest.mark.parametrize(
    "text",
    [
        "Lesotho said any raid by South African troops would be met with force.",
        "The Zambian plan met with a cool reception in Malawi.",
        "Botswana warned Namibia that any incursion would meet a firm response.",
    ],
)
def test_meeting_a_response_is_no_meeting(nlp: Language, text: str) -> None:
    """"would be met with force", "met with a cool reception": an outcome, no meeting (04x)."""
    assert not any(r == "04" for _s, _t, r in roots(nlp, text))


def test_meeting_a_party_stays_a_meeting(nlp: Language) -> None:
    assert ("ZMB", "MWI", "04") in roots(nlp, "Zambia met with Malawi's foreign minister.")


@pytest.mark.parametrize(
    ("text", "code_prefix"),
    [
        ("The Kenyan president ordered a review of security at the embassy in Kampala.", "10"),
        ("The Kenyan president ordered steep tariffs on Ugandan sugar.", "10"),
    ],
)
def test_ordering_a_thing_is_no_demand(nlp: Language, text: str, code_prefix: str) -> None:
    assert not any(c.startswith(code_prefix) for _, _, c in dyads(nlp, text))


def test_ordering_a_party_to_act_or_out_stays_coded(nlp: Language) -> None:
    text = "The Kenyan president ordered Ugandan diplomats to leave within two days."
    assert ("KEN", "UGA", "100") in dyads(nlp, text)
    assert ("KEN", "UGA", "174") in dyads(nlp, "Kenya ordered three Ugandan diplomats out of the country.")


def test_a_case_is_a_lawsuit_only_against_a_party_or_when_filed(nlp: Language) -> None:
    for text in ("Kenya said it has a strong case to fight the Ugandan tax.",
                 "We got the same assurances in the sugar case, the Kenyan minister said."):
        assert not any(c.startswith("115") for _, _, c in dyads(nlp, text)), text
    text = "The Kenyan sugar board filed a case against Uganda at the regional court."
    assert ("KEN", "UGA", "115") in dyads(nlp, text)
