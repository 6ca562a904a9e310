"""Appeals in a mandative "that"-clause: a modal of obligation or advice under a verb of appealing says what
is asked, not a mere possibility ("urged that X should free"); "suggested" / "proposed" with such a clause
appeal to its subject even when the asked act is no coded event, and only then; whoever weighs, grants or
accepts a request was the one asked; an admission of a fault naming no other party is aimed at the
speaker's own country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the modal says what is asked: the act asked for is coded as the appeal
        ("The Dutch premier urged that Indonesia should free the jailed reporters.", ("NLD", "IDN", "0253")),
        # no coded act in the clause: the appeal itself, to the clause's subject
        ("Norway suggested that Sweden should join the fisheries council.", ("NOR", "SWE", "020")),
        ("Italy proposed that Malta adopt the new coinage soon.", ("ITA", "MLT", "020")),
        # the party asked may be of the speaker's own country
        ("The Japanese envoy in Paris suggested that Prime Minister Junichiro Koizumi raise the farm budget.",
         ("JPN", "JPN", "020")),
        # "both countries" are the two states, not the bloc named last
        ("Hungary and Romania's NATO partners urged both countries to show restraint.", ("NATO", "HUN", "020")),
        # who weighs or accepts a request or an invitation was asked
        ("The IMF will consider Zambia's request for a loan.", ("ZMB", "IMF", "0231")),
        ("The Kenyan government granted Somalia's request for emergency food shipments.", ("SOM", "KEN", "0211")),
    ],
)
def test_appeal_is_coded(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian minister suggested that the Argentine economy was recovering.",
        "Egypt proposed a fresh currency band for commerce with Sudan.",
    ],
)
def test_no_appeal_without_a_mandated_party(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert not any(code.startswith("02") for _, _, code in found), found


def test_a_weaker_modal_stays_a_possibility(nlp: Language) -> None:
    found = dyads(nlp, "The Dutch premier urged that Indonesia might free the jailed reporters.")
    assert ("NLD", "IDN", "0253") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch prime minister admitted on Monday that the secret payments had been a serious error.",
        "The Kenyan finance minister acknowledged that the budget plan had failed.",
    ],
)
def test_admitting_a_fault_with_no_other_party_is_aimed_at_home(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert any(code == "015" and source == target for source, target, code in found), found


def test_admitting_a_plain_fact_is_no_admission(nlp: Language) -> None:
    found = dyads(nlp, "The Kenyan finance minister acknowledged that tariffs will be discussed next week.")
    assert not any(code == "015" for _, _, code in found), found
