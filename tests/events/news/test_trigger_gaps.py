"""Trigger coverage and false triggers found on fresh 1980s wire news: publication and argument
senses of "release" and "case", physical "sites" are no cyber target, bombing raids are aerial
attacks, a dateline month is no protest march, troops giving up a stronghold retreat, light verbs
of continuation ("keep up raids"), statement verbs of emphasis, concern parsed as a passive verb,
and a modal shared by coordinated verbs."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import code, roots


def test_released_details_are_no_freed_captives(nlp: Language) -> None:
    found = roots(nlp, "Kenya released the details of its new border agreement with Somalia on Friday.")
    assert not any(r == "08" for _, _, r in found), found


def test_passive_release_of_a_report_is_no_freed_captive(nlp: Language) -> None:
    found = roots(nlp, "LIMA, June 4 - The findings of the commission on Chile will be released next week.")
    assert not any(r == "08" for _, _, r in found), found


def test_released_prisoners_stay_a_release(nlp: Language) -> None:
    found = roots(nlp, "Morocco released forty Algerian prisoners on Sunday.")
    assert ("MAR", "DZA", "08") in found, found


def test_released_documents_to_a_party_share_information(nlp: Language) -> None:
    found = code(nlp, "Britain released the documents to the United Nations on Monday.")
    assert any(e.source == "GBR" and e.target == "UN" and e.cameo == "064" for e in found), found

def test_setting_out_a_case_is_no_lawsuit(nlp: Language) -> None:
    found = roots(nlp, "Brazil sent a letter to Argentine officials setting out its case against the tariff plan.")
    assert not any(r == "11" for _, _, r in found), found


def test_case_against_a_state_stays_a_lawsuit(nlp: Language) -> None:
    found = roots(nlp, "Ecuador filed a case against Peru at the international court.")
    assert ("ECU", "PER", "11") in found, found


def test_attacked_oil_sites_is_force_not_cyber(nlp: Language) -> None:
    found = roots(nlp, "Iranian gunboats attacked two Saudi oil sites in the Gulf on Monday.")
    assert ("IRN", "SAU", "19") in found, found
    assert not any(r == "17" for _, _, r in found), found


def test_bombing_raids_are_aerial_attacks(nlp: Language) -> None:
    found = code(nlp, "Syrian warplanes carried out three bombing raids on Turkish border posts.")
    assert any(e.source == "SYR" and e.target == "TUR" and e.cameo == "195" for e in found), found


def test_dateline_month_is_no_march(nlp: Language) -> None:
    found = roots(nlp, "ACCRA, March 12 - Ghana and Togo opened their border against smuggling.")
    assert not any(r == "14" for _, _, r in found), found


def test_protest_march_still_codes(nlp: Language) -> None:
    found = roots(nlp, "Thousands of Greek students held a march against the government in Athens.")
    assert any(s == "GRC" and r == "14" for s, _, r in found), found


def test_troops_evacuating_a_stronghold_retreat(nlp: Language) -> None:
    found = roots(nlp, "Ethiopian troops abandoned their last stronghold in Somalia on Tuesday.")
    assert any(s == "ETH" and r == "08" for s, _, r in found), found


def test_vow_to_keep_up_raids_is_a_threat(nlp: Language) -> None:
    found = roots(nlp, "Iraq vowed to keep up its air raids on Iranian oil terminals.")
    assert ("IRQ", "IRN", "13") in found, found


def test_emphasized_that_is_a_statement(nlp: Language) -> None:
    found = roots(nlp, "The Egyptian foreign minister emphasized that Israel must stop building settlements.")
    assert any(s == "EGY" and t == "ISR" for s, t, _ in found), found


def test_pointed_out_that_is_a_statement(nlp: Language) -> None:
    found = roots(nlp, "The Indian foreign minister pointed out that Pakistan had broken the truce twice.")
    assert any(s == "IND" and t == "PAK" for s, t, _ in found), found


def test_was_concerned_about_is_a_pessimistic_comment(nlp: Language) -> None:
    found = roots(nlp, "The Australian trade minister said he was concerned about Japan's new rice quota.")
    assert ("AUS", "JPN", "01") in found, found


def test_concerns_as_is_about_codes_nothing(nlp: Language) -> None:
    assert roots(nlp, "The dispute concerns Venezuela's claim to the Essequibo region.") == set()


def test_modal_is_shared_by_coordinated_verbs(nlp: Language) -> None:
    found = roots(nlp, "The finance minister said Peru could follow Brazil and suspend payments to its "
                       "creditors if talks with the banks failed.")
    assert not any(r == "16" for _, _, r in found), found


def test_trailing_attribution_is_no_statement(nlp: Language) -> None:
    found = roots(nlp, "Mexico will host the regional summit next year, the Brazilian foreign ministry said.")
    assert not any(s == "BRA" and r == "01" for s, _, r in found), found


def test_leading_speech_verb_still_states(nlp: Language) -> None:
    found = roots(nlp, "The Brazilian foreign ministry said Mexico would host the regional summit next year.")
    assert ("BRA", "MEX", "01") in found, found


def test_standing_tariffs_are_no_sanction(nlp: Language) -> None:
    found = roots(nlp, "The Senate voted to seek an inquiry into Mexican tariffs on American wheat.")
    assert not any(r == "16" for _, _, r in found), found


def test_raised_tariffs_are_a_sanction(nlp: Language) -> None:
    found = roots(nlp, "Argentina raised tariffs on Brazilian shoes on Friday.")
    assert ("ARG", "BRA", "16") in found, found


def test_cessation_of_hostilities_is_a_truce(nlp: Language) -> None:
    found = roots(nlp, "The Ethiopian prime minister on Friday declared a cessation of hostilities in Tigray.")
    assert any(s == "ETH" and r == "08" for s, _, r in found), found
    assert not any(r == "19" for _, _, r in found), found


def test_agreeing_to_halt_fighting_is_no_fight(nlp: Language) -> None:
    found = roots(nlp, "Sudan and South Sudan agreed to halt fighting along their border on Monday.")
    assert not any(r == "19" for _, _, r in found), found


def test_fighting_an_epidemic_is_no_assault(nlp: Language) -> None:
    found = roots(nlp, "France sent doctors to Guinea to fight the cholera epidemic.")
    assert not any(r == "19" for _, _, r in found), found


def test_surgical_operations_are_no_assault(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan army carried out surgical operations for refugees near the Somali border.")
    assert not any(r == "19" for _, _, r in found), found


def test_military_operations_against_rebels_stay_an_assault(nlp: Language) -> None:
    found = roots(nlp, "The Malian army carried out operations against the rebels near Kidal.")
    assert any(s == "MLI" and r == "19" for s, _, r in found), found


def test_shares_attacking_a_level_is_a_market_move(nlp: Language) -> None:
    found = roots(nlp, "Indonesian shares attacked the 7,000 level before retreating on Tuesday.")
    assert found == set(), found


def test_a_currency_surrendering_gains_is_no_surrender(nlp: Language) -> None:
    found = roots(nlp, "The South African rand surrendered its early gains against the dollar.")
    assert not any(r == "08" for _, _, r in found), found


def test_bonds_rallying_is_no_protest(nlp: Language) -> None:
    found = roots(nlp, "Italian bonds rallied after the Spanish government cut its deficit target.")
    assert not any(r == "14" for _, _, r in found), found


def test_shooting_a_film_is_no_shooting(nlp: Language) -> None:
    found = roots(nlp, "An Iranian director shot a film about Afghan refugees in Pakistan.")
    assert not any(r == "19" for _, _, r in found), found


def test_troops_retreating_stay_a_retreat(nlp: Language) -> None:
    found = roots(nlp, "Eritrean troops retreated from the Ethiopian town of Adigrat on Tuesday.")
    assert any(s == "ERI" and r == "08" for s, _, r in found), found


def test_an_airline_cancelling_flights_is_no_sanction(nlp: Language) -> None:
    found = roots(nlp, "Turkish Airlines cancelled its flights to Somalia because of a pilots' strike.")
    assert not any(r == "16" for _, _, r in found), found


def test_a_government_cancelling_flights_stays_a_sanction(nlp: Language) -> None:
    found = roots(nlp, "The Egyptian government cancelled all flights to Sudan on Friday.")
    assert any(s == "EGY" and t == "SDN" and r == "16" for s, t, r in found), found
