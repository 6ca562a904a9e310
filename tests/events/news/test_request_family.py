"""Requests, rejections, cooperation and consultation in wire phrasings the lexicon missed: drills
with a named partner (062, not a show of force), denied requests (a rejection, not a denial of
blame), suspects handed or turned over (063), intelligence sharing and coordination with a partner."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Peruvian frigate carried out a drill with Ecuadorean naval forces off Manta.",
         {("PER", "ECU", "062"), ("ECU", "PER", "062")}),
        ("Mongolian troops began war games with Kazakh units on Tuesday.",
         {("MNG", "KAZ", "062"), ("KAZ", "MNG", "062")}),
        ("Omani warships held naval exercises with the Pakistani navy near Gwadar.",
         {("OMN", "PAK", "062"), ("PAK", "OMN", "062")}),
    ],
)
def test_drills_with_a_partner_are_military_cooperation(
        nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # no partner: a show of force near a place, as before
        ("Venezuela held military exercises near Colombia on Friday.", ("VEN", "COL", "150"), "062"),
        # a partner that is no actor: not cooperation
        ("The Bolivian army staged drills with live ammunition near the Chilean border.", None, "062"),
        # a game with a team is sport, not war games
        ("The Uruguayan team played a game with Paraguay on Sunday.", None, "062"),
    ],
)
def test_drills_without_a_partner_are_not_cooperation(
        nlp: Language, text: str, expected: tuple[str, str, str] | None, absent: str) -> None:
    found = dyads(nlp, text)
    assert absent not in {c for _, _, c in found}, found
    if expected is not None:
        assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Tunisia denied a request by Algeria to reopen the crossing.", ("TUN", "DZA", "120"), "016"),
        ("The Armenian government denied Georgia's appeal for the return of the lorries.",
         ("ARM", "GEO", "120"), "016"),
    ],
)
def test_denied_requests_are_rejections(nlp: Language, text: str, expected: tuple[str, str, str],
                                        absent: str) -> None:
    found = dyads(nlp, text)
    assert expected in found and absent not in {c for _, _, c in found}, found


def test_denied_clause_stays_a_denial(nlp: Language) -> None:
    found = dyads(nlp, "Kenya denied that its soldiers had crossed into Somalia.")
    assert ("KEN", "SOM", "016") in found and "120" not in {c for _, _, c in found}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangladesh handed the militants over to India on Thursday.", ("BGD", "IND", "063")),
        ("Kuwait turned the smugglers over to Iraqi police.", ("KWT", "IRQ", "063")),
        ("Vietnam stepped up intelligence sharing with Laos.", ("VNM", "LAO", "064")),
        ("Chadian soldiers are patrolling in close coordination with Nigerien forces.", ("TCD", "NER", "060")),
    ],
)
def test_custody_and_shared_intelligence(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_coordination_without_a_partner_is_no_event(nlp: Language) -> None:
    assert not dyads(nlp, "Poor coordination between the ministries slowed the Bolivian relief effort.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Indonesian foreign minister landed in Canberra on Wednesday.", ("IDN", "AUS", "042")),
        ("The Latvian parliament voted down the Russian proposal.", ("LVA", "RUS", "120")),
        ("Denmark voted against Turkey's membership bid.", ("DNK", "TUR", "110")),
        ("Ecuador sought assurances from Colombia on the border.", ("ECU", "COL", "020")),
    ],
)
def test_landings_votes_and_sought_assurances(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a vote with no other party named is no rejection of anyone
        "The Bolivian senate voted against the budget.",
        "Slovenia voted down the reform plan in a referendum.",
    ],
)
def test_votes_without_a_party_are_no_event(nlp: Language, text: str) -> None:
    assert not {c for _, _, c in dyads(nlp, text)} & {"110", "120"}, dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Six countries took part in the NATO air campaign against Serbia.",
        "Portuguese soldiers took part in the parade in Lisbon.",
    ],
)
def test_taking_part_is_no_intent(nlp: Language, text: str) -> None:
    assert not {c for _, _, c in dyads(nlp, text) if c.startswith("03")}, dyads(nlp, text)


def test_taking_part_keeps_the_act_it_joins(nlp: Language) -> None:
    found = dyads(nlp, "The Angolan government took part in talks with the rebels in Lusaka.")
    assert ("AGO", "AGO", "040") in found and not {c for _, _, c in found if c.startswith("03")}, found


@pytest.mark.parametrize(
    ("text", "expected", "absent_root"),
    [
        # the "for" phrase is the reason for the object promised or sought, not the act promised or sought
        ("Malta promised compensation to Tunisia for the killings.", ("MLT", "TUN", "030"), "13"),
        ("Latvia sought an explanation from Belarus for the detentions.", ("LVA", "BLR", "020"), "13"),
        ("Kenya sought an apology from Uganda for the raid.", ("KEN", "UGA", "020"), "03"),
    ],
)
def test_for_phrase_of_an_object_is_its_reason(nlp: Language, text: str, expected: tuple[str, str, str],
                                               absent_root: str) -> None:
    found = dyads(nlp, text)
    assert expected in found and not {c for _, _, c in found if c.startswith(absent_root)}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with a party as the object, or no object, the "for" phrase is what is asked for
        ("Gabon asked Cameroon for help.", ("GAB", "CMR", "023")),
        ("Iraq set a date for talks with Turkey.", ("IRQ", "TUR", "036")),
    ],
)
def test_for_phrase_asked_for_stays_the_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 27: solicit, as seek and request
        ("Malawi solicited aid from Zambia.", ("MWI", "ZMB", "023")),
        ("Guyana solicited donations from Qatar after the floods.", ("GUY", "QAT", "023")),
    ],
)
def test_solicit_asks_for_aid(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(e.source, e.target, e.cameo) for e in code(nlp, text)}


def test_solicit_with_no_party_asked_is_none(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The Malawian minister solicited bribes from contractors.")
                if e.cameo.startswith("02")]


def test_facilitating_talks_between_parties_is_mediation(nlp: Language) -> None:
    coded = dyads(nlp, "Iceland facilitated talks between Estonia and Latvia.")
    # the mediator acts on both parties, and the talks themselves are kept
    assert {("ISL", "EST", "045"), ("ISL", "LVA", "045"), ("EST", "LVA", "040")} <= coded


def test_facilitating_trade_is_no_mediation(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The new bridge facilitated trade between Estonia and Latvia.")
                if e.cameo == "045"]
