"""A company's home is no state acting: a place inside a Reuters angle-bracketed name or ticker ("<ROK>"),
or owning, modifying or homing a company name ("France's Thomson-CSF", "<Aceros Navarra> of Spain",
"French plastics group <Martel>", "Italy's state-controlled company"), is the company (sector BUS), so
deals between companies code nothing; a state acting on such a company is still an event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.records import Sector
from tests.events.conftest import code, sided

BUSINESS = (
    "France's Thomson-CSF <TCSF.PA> and Italy's Olivetti SpA said they were negotiating a merger.",
    "<Aceros Navarra> of Spain raised its bid for the French plastics group <Martel et Fils>.",
    "Rockwell International Corp <ROK> and Minolta Corp <MNLT.T> will open a joint factory in Texas.",
    "A stake in the Dutch engineering group <Stork NV> was bought by Japan's Mitsubishi Corp.",
    "Swiss Reinsurance Co of Zurich, which agreed to buy a Texas insurer, said the talks had ended.",
    "<Korea First Bank> said it signed a loan agreement with <Banque Indosuez> of France.",
    "Italy's state-controlled telecommunications company and Thomson SA of France were negotiating a merger.",
    "Talks between Indonesia's state oil company and foreign contractors will end this month.",
)


@pytest.mark.parametrize("text", BUSINESS)
def test_companies_dealing_with_companies_code_nothing(nlp: Language, text: str) -> None:
    found = [(e.source, e.source_sector, e.target, e.target_sector, e.cameo) for e in code(nlp, text)]
    assert not found, (text, found)


def test_a_state_accusing_a_company_named_by_its_home_is_still_an_event(nlp: Language) -> None:
    found = {(e.source, e.target, e.target_sector, e.root) for e in code(
        nlp, "Iraq accused France's Thomson-CSF <TCSF.PA> of selling arms to Iran.")}
    assert ("IRQ", "FRA", "BUS", "11") in found, found


def test_a_state_organ_owned_by_its_state_stays_the_state(nlp: Language) -> None:
    found = sided(nlp, "Japan's Foreign Ministry protested to South Korea over the fishing dispute.")
    assert any(s == "JPN" and sec == "GOV" and t == "KOR" for s, sec, t, _ in found), found


OFFICERS = (
    "A former vice president of Kidder Holdings Inc admitted fraud charges in a Boston court.",
    "The vice president of Kidder Holdings Inc, who resigned in May, now faces fraud charges.",
    "Fraud charges were brought against a vice president of Drexel Burnham Lambert Inc.",
    "A senior vice president of Hartwell Savings Corp resigned on Friday.",
)


@pytest.mark.parametrize("text", OFFICERS)
def test_an_officer_of_a_company_is_no_state_official(nlp: Language, text: str) -> None:
    found = [(e.source, e.source_sector, e.target, e.target_sector, e.cameo) for e in code(nlp, text)]
    assert not any(Sector.GOV in (ss, ts) for _, ss, _, ts, _ in found), (text, found)


def test_an_officer_of_a_state_is_still_one(nlp: Language) -> None:
    found = sided(nlp, "The president of Iran criticised the United States over the embargo.")
    assert any(s == "IRN" and t == "USA" for s, _, t, _ in found), found


EXECUTIVES = (
    "Baxter Foods Inc said executive vice president Tom Reilly had resigned from the board.",
    "Executive vice president John Doe, who joined the board in 1985, has resigned, the company said.",
    "The resignation of executive vice president John Doe was announced by the airline on Monday.",
    "Analysts said executive vice president Jane Roe and the chairman had resigned.",
)


@pytest.mark.parametrize("text", EXECUTIVES)
def test_an_executive_title_is_a_company_officer(nlp: Language, text: str) -> None:
    found = [(e.source, e.source_sector, e.target, e.target_sector, e.cameo) for e in code(nlp, text)]
    assert not any(Sector.GOV in (ss, ts) for _, ss, _, ts, _ in found), (text, found)


def test_an_agency_executive_director_still_speaks_for_the_agency(nlp: Language) -> None:
    found = sided(nlp, "UNICEF executive director Carol Bellamy urged Sudan to free the children.")
    assert any(t == "SDN" for _, _, t, _ in found), found
