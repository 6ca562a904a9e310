"""Talks a state party holds in another state's capital or country, naming no partner, are held with that
state: the place is the other side; hours or minutes of talks frame the talks like days of them (round 34)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _consults(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source, e.target) for e in code(nlp, text) if e.root == "04"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Polish foreign minister opens three days of political talks in Rome that will "
         "cover trade credits.", ("POL", "ITA")),
        ("The Japanese prime minister held talks in Seoul on Monday on the disputed islands.",
         ("JPN", "KOR")),
        ("A Kenyan trade delegation began negotiations in Tanzania this week on cross-border tariffs.",
         ("KEN", "TZA")),
    ],
)
def test_talks_in_a_foreign_capital_are_with_its_state(nlp: Language, text: str,
                                                       pair: tuple[str, str]) -> None:
    found = _consults(nlp, text)
    assert pair in found and pair[::-1] in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a partner named: the place is only the venue
        ("The Greek foreign minister held talks in Ankara with Egyptian officials on Monday.", ("GRC", "EGY")),
    ],
)
def test_named_partner_comes_before_the_venue(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = _consults(nlp, text)
    assert pair in found and ("GRC", "TUR") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a body's own session, and talks at home, have no host
        "OPEC oil ministers opened two days of talks in Vienna on output quotas.",
        "The Brazilian finance minister held talks in Brasilia on Monday about the budget.",
    ],
)
def test_no_host_for_a_body_or_at_home(nlp: Language, text: str) -> None:
    found = {pair for pair in _consults(nlp, text) if pair[1] is not None}
    assert found == set(), found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a body's meeting named by its owner is that body's session
        ("The Dutch finance minister will attend next month's IMF meeting in Washington.", ("NLD", "USA")),
        ("The Chilean finance minister spoke at last month's annual meeting in Washington of the World Bank.",
         ("CHL", "USA")),
        ("The Danish envoy raised the fishing dispute at a meeting in Oslo on Friday.", ("DNK", "NOR")),
        ("Speaking at a British business council dinner in Madrid, the Irish trade minister said exports "
         "would rise.", ("GBR", "ESP")),
    ],
)
def test_owned_session_has_no_venue_host(nlp: Language, text: str, wrong: tuple[str, str]) -> None:
    found = _consults(nlp, text)
    assert wrong not in found and ("IRL", "ESP") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Irish foreign minister, after three hours of talks with his Canadian counterpart, said a deal was near.",
        "The Irish foreign minister, after a long session of talks with Canadian officials, said a deal was near.",
        "The Irish foreign minister, after ninety minutes of talks with the Canadian premier, said a deal was near.",
    ],
)
def test_hours_of_talks_keep_their_parties(nlp: Language, text: str) -> None:
    found = _consults(nlp, text)
    assert ("IRL", "CAN") in found and ("CAN", "IRL") in found, found


def test_own_planned_talks_abroad_meet_the_host(nlp: Language) -> None:
    text = "The Spanish foreign minister said his planned talks in Rabat next week would cover fishing rights."
    found = {(e.source, e.target) for e in code(nlp, text)}
    assert ("ESP", "MAR") in found, found
