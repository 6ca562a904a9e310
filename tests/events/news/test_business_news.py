"""Business news is no political event: a business acting on no one or on another business, a
contract awarded to a company, an economy that "should" grow; a state acting on a business stays an event."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import code, roots


def test_a_company_ordering_goods_is_no_demand(nlp: Language) -> None:
    for text in ("British Petroleum ordered two drilling platforms worth 40 mln dlrs.",
                 "Japan Steel Corp supplied rails to General Dynamics Corp, the company said."):
        assert not code(nlp, text), (text, [(e.source, e.source_sector, e.target, e.cameo) for e in code(nlp, text)])


def test_a_state_acting_on_a_business_is_still_an_event(nlp: Language) -> None:
    found = roots(nlp, "Iraq ordered Exxon Corp to leave the country.")
    assert any(s == "IRQ" for s, _, _ in found), found


def test_a_contract_awarded_to_a_company_is_business_news(nlp: Language) -> None:
    found = roots(nlp, "The Navy awarded a 200 mln dlr contract to its missile division.")
    assert not found, found


def test_a_contract_awarded_to_a_state_is_cooperation(nlp: Language) -> None:
    found = roots(nlp, "Iraq awarded a contract to France to build a dam.")
    assert ("IRQ", "FRA", "03") in found, found


def test_an_economy_that_should_grow_is_no_appeal(nlp: Language) -> None:
    for text in ("Canada's economy should grow by three pct next year, the IMF said.",
                 "Inflation in Brazil should fall this year, the World Bank said."):
        assert not any(r == "02" for _, _, r in roots(nlp, text)), (text, roots(nlp, text))


def test_a_party_that_should_act_is_still_appealed_to(nlp: Language) -> None:
    found = roots(nlp, "The IMF said Brazil should cut its budget deficit.")
    assert ("IMF", "BRA", "02") in found or ("IGO", "BRA", "02") in found, found


def test_a_plain_statement_by_or_about_a_business_is_business_news(nlp: Language) -> None:
    for text in ("A senior Siemens executive said he hoped the Polish order would not be delayed.",
                 "The governor said the new Hyundai plant would open in Alabama next year."):
        assert not any(r == "01" for _, _, r in roots(nlp, text)), (text, roots(nlp, text))


def test_a_state_accusing_a_foreign_company_names_its_home_country(nlp: Language) -> None:
    found = roots(nlp, "Brazil accused Siemens AG of bribing officials.")
    assert ("BRA", "DEU", "11") in found, found
