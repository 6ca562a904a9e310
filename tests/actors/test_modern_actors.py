"""Actors of modern news (2019-2026): people who changed office, heads of organisations, armed groups
and their leaders, and seas and regions that are no state."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.api import resolve_actors
from multipolar.places.gazetteer import country_of
from multipolar.records import ActorMention
from tests.events.conftest import code


def find(text: str, span: str, date: str | None) -> ActorMention:
    found = {m.text: m for m in resolve_actors(text, date=date)}
    assert span in found, found
    return found[span]


@pytest.mark.parametrize(
    ("text", "span", "date", "code", "sector"),
    [
        # a person with offices in a state and later in an organisation: the code of the date
        ("Mark Rutte defended the budget deal.", "Mark Rutte", "2020-07-21", "NLD", "GOV"),
        ("Mark Rutte defended the budget deal.", "Mark Rutte", "2025-06-25", "NATO", "GOV"),
        ("Rutte warned of Russian sabotage.", "Rutte", "2025-11-03", "NATO", "GOV"),
        ("Ursula von der Leyen inspected German troops.", "Ursula von der Leyen", "2017-05-02", "DEU", "GOV"),
        ("Ursula von der Leyen unveiled a plan on chips.", "Ursula von der Leyen", "2022-02-08", "EU", "GOV"),
        ("Von der Leyen called Beijing a rival.", "Von der Leyen", "2023-03-30", "EU", "GOV"),
        # between two offices: the earlier one, out of office
        ("Ursula von der Leyen gave a speech.", "Ursula von der Leyen", "2019-09-10", "DEU", "ELI"),
        ("Kaja Kallas expelled a Russian diplomat.", "Kaja Kallas", "2022-08-15", "EST", "GOV"),
        ("Kaja Kallas expelled a Russian diplomat.", "Kaja Kallas", "2025-05-15", "EU", "GOV"),
        ("Donald Tusk chaired the summit.", "Donald Tusk", "2017-06-22", "EU", "GOV"),
        ("Donald Tusk chaired the cabinet.", "Donald Tusk", "2024-02-01", "POL", "GOV"),
        ("Jens Stoltenberg led the coalition talks.", "Jens Stoltenberg", "2012-03-01", "NOR", "GOV"),
        ("Jens Stoltenberg led the alliance's summit.", "Jens Stoltenberg", "2021-06-14", "NATO", "GOV"),
        ("Radoslaw Sikorski summoned the Russian envoy.", "Radoslaw Sikorski", "2024-05-20", "POL", "GOV"),
        # 2004-era people keep their 2004 codes
        ("Javier Solana visited Tehran.", "Javier Solana", "2004-11-10", "EU", "GOV"),
        ("Romano Prodi urged restraint.", "Romano Prodi", "2004-06-01", "EU", "GOV"),
        ("Jose Manuel Barroso named his team.", "Jose Manuel Barroso", "2004-12-01", "EU", "GOV"),
        ("Jose Manuel Barroso named his team.", "Jose Manuel Barroso", "2004-08-12", "PRT", "ELI"),  # designate
        ("Kofi Annan appealed for calm.", "Kofi Annan", "2004-09-01", "UN", "GOV"),
    ],
)
def test_leader_code_and_sector_by_date(text: str, span: str, date: str, code: str, sector: str) -> None:
    mention = find(text, span, date)
    assert (mention.code, mention.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "span", "date", "code", "sector"),
    [
        # a nationality before the title names the state whose office it was, even after the move
        ("Former Dutch Prime Minister Mark Rutte spoke.", "Dutch Prime Minister Mark Rutte", "2025-03-01",
         "NLD", "ELI"),
        ("Dutch Prime Minister Mark Rutte met farmers.", "Dutch Prime Minister Mark Rutte", "2022-07-01",
         "NLD", "GOV"),
        ("Estonian Prime Minister Kaja Kallas met Ukrainian officials.", "Estonian Prime Minister Kaja Kallas",
         "2023-05-04", "EST", "GOV"),
    ],
)
def test_nationality_before_the_title_keeps_that_state(
        text: str, span: str, date: str, code: str, sector: str) -> None:
    mention = next(m for m in resolve_actors(text, date=date) if span in m.text)
    assert (mention.code, mention.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Mark Rutte praised the pledge.", "Mark Rutte", "NATO"),  # undated: the latest office
        ("Ursula von der Leyen praised the pledge.", "Ursula von der Leyen", "EU"),
        ("Javier Solana praised the pledge.", "Javier Solana", "EU"),
        ("Kofi Annan praised the pledge.", "Kofi Annan", "UN"),
    ],
)
def test_undated_person_with_several_offices_reads_the_latest(text: str, span: str, code: str) -> None:
    mention = find(text, span, None)
    assert (mention.code, mention.sector) == (code, "GOV")


@pytest.mark.parametrize(
    ("text", "span", "date", "code", "sector"),
    [
        ("Tedros Adhanom Ghebreyesus declared a global emergency.", "Tedros Adhanom Ghebreyesus", "2020-01-30",
         "WHO", "GOV"),
        ("Rafael Grossi demanded access to the reactor.", "Rafael Grossi", "2022-09-01", "IAEA", "GOV"),
        ("Rafael Grossi demanded access to the reactor.", "Rafael Grossi", "2018-09-01", "IAEA", None),
        ("Kristalina Georgieva warned of a slowdown.", "Kristalina Georgieva", "2023-04-06", "IMF", "GOV"),
        ("Ajay Banga pledged climate loans.", "Ajay Banga", "2024-10-20", "WB", "GOV"),
        ("Ngozi Okonjo-Iweala criticised the tariffs.", "Ngozi Okonjo-Iweala", "2025-04-16", "WTO", "GOV"),
        ("Karim Khan opened an inquiry.", "Karim Khan", "2022-03-03", "ICC", "GOV"),
        ("Moussa Faki Mahamat condemned the coup.", "Moussa Faki Mahamat", "2023-07-27", "AU", "GOV"),
    ],
)
def test_heads_of_organisations(text: str, span: str, date: str, code: str, sector: str | None) -> None:
    mention = find(text, span, date)
    assert (mention.code, mention.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "span", "code", "sector"),
    [
        ("Yahya Sinwar vowed revenge.", "Yahya Sinwar", "PSE", "REB"),
        ("Hassan Nasrallah threatened Israel.", "Hassan Nasrallah", "LBN", "REB"),
        ("Naim Qassem praised the fighters.", "Naim Qassem", "LBN", "REB"),
        ("Abdul-Malik al-Houthi threatened shipping.", "Abdul-Malik al-Houthi", "YEM", "REB"),
        ("Hemedti accused the army of bombing civilians.", "Hemedti", "SDN", "REB"),
        ("Yevgeny Prigozhin mocked the generals.", "Yevgeny Prigozhin", "IMG", "MIL"),
        ("Osama bin Laden released a new tape.", "Osama bin Laden", "IMG", "REB"),
        ("Wagner mercenaries guarded the mine.", "Wagner", "IMG", "MIL"),
        ("Africa Corps soldiers patrolled the border.", "Africa Corps soldiers", "RUS", "MIL"),
        ("The Sudanese Armed Forces retook the capital.", "Sudanese Armed Forces", "SDN", "MIL"),
        ("Israeli settlers blocked the road.", "Israeli settlers", "ISR", "CVL"),
    ],
)
def test_armed_groups_and_their_leaders(text: str, span: str, code: str, sector: str) -> None:
    mention = find(text, span, "2024-06-01")
    assert (mention.code, mention.sector) == (code, sector)


def test_a_composer_named_wagner_is_no_armed_group() -> None:
    assert not any(m.code == "IMG" for m in resolve_actors("Richard Wagner wrote the opera.", "2024-06-01"))


@pytest.mark.parametrize("name", ["Red Sea", "Sahel", "Black Sea", "Gulf of Aden", "Strait of Hormuz"])
def test_seas_and_regions_lie_in_no_state(name: str) -> None:
    assert country_of(name) is None


@pytest.mark.parametrize(
    ("text", "not_targets"),
    [
        ("Houthi militants fired drones at a tanker in the Red Sea.", {"SDN", "EGY", "SAU", "ERI"}),
        ("Gunmen ambushed a patrol in the Sahel.", {"BFA", "MLI", "NER"}),
        ("Russian jets chased a drone over the Black Sea.", {"UKR", "TUR", "ROU", "BGR", "GEO"}),
    ],
)
def test_a_sea_or_region_names_no_coastal_state(nlp: Language, text: str, not_targets: set[str]) -> None:
    events = code(nlp, text, "2024-02-01")
    assert not any(e.target in not_targets or e.source in not_targets for e in events), events
    assert not any(m.text.endswith(("Sea", "Sahel")) for m in resolve_actors(text, "2024-02-01"))


def test_a_place_in_a_state_still_names_it(nlp: Language) -> None:
    events = code(nlp, "Russian drones struck a port in Odesa.", "2024-02-01")
    assert any(e.source == "RUS" and e.target == "UKR" for e in events), events


@pytest.mark.parametrize(
    ("text", "span", "date", "code", "sector"),
    [
        ("Kamala Harris visited Manila.", "Kamala Harris", "2022-11-21", "USA", "GOV"),
        ("JD Vance criticised European allies.", "JD Vance", "2025-02-14", "USA", "GOV"),
        ("Dick Cheney defended the war.", "Dick Cheney", "2004-10-05", "USA", "GOV"),
        ("Dick Cheney defended the war.", "Dick Cheney", "2012-10-05", "USA", "ELI"),
    ],
)
def test_vice_presidents(text: str, span: str, date: str, code: str, sector: str) -> None:
    mention = find(text, span, date)
    assert (mention.code, mention.sector) == (code, sector)


def test_the_vice_president_names_the_holder_of_the_date() -> None:
    assert find("The U.S. vice president flew to Paris.", "U.S. vice president", "2025-02-10").name == "JD Vance"
    assert find("The U.S. vice president flew to Paris.", "U.S. vice president", "2018-02-10").name == "Mike Pence"


@pytest.mark.parametrize(
    ("text", "span", "code", "sector"),
    [
        ("Kataib Hezbollah fighters fired rockets at the base.", "Kataib Hezbollah fighters", "IRQ", "REB"),
        ("The Islamic Resistance in Iraq claimed the drone strike.", "Islamic Resistance in Iraq", "IRQ", "REB"),
        ("The Tatmadaw bombed a village.", "Tatmadaw", "MMR", "MIL"),
        ("The Baloch Liberation Army attacked a train.", "Baloch Liberation Army", "PAK", "REB"),
        ("Russian bombers flew near the coast.", "Russian bombers", "RUS", "MIL"),
    ],
)
def test_more_armed_groups_and_forces(text: str, span: str, code: str, sector: str) -> None:
    mention = find(text, span, "2024-06-01")
    assert (mention.code, mention.sector) == (code, sector)


def test_a_suicide_bomber_is_no_army() -> None:
    found = resolve_actors("An Afghan suicide bomber blew himself up at the gate.", "2024-06-01")
    assert all(m.sector != "MIL" for m in found), found


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        ("Azerbaijani troops entered Nagorno-Karabakh.", "Nagorno-Karabakh", "AZE"),
        ("Russian troops pushed toward Pokrovsk.", "Pokrovsk", "UKR"),
        ("Ukrainian troops seized Sudzha.", "Sudzha", "RUS"),
    ],
)
def test_modern_front_line_places(text: str, place: str, code: str) -> None:
    mention = find(text, place, "2024-09-01")
    assert (mention.code, mention.sector) == (code, None)


def test_a_disputed_shoal_is_no_english_town() -> None:
    found = resolve_actors("Chinese ships blocked boats near Scarborough Shoal.", "2024-09-01")
    assert all(m.code != "GBR" for m in found), found
    assert country_of("Scarborough Shoal") is None


@pytest.mark.parametrize(
    ("text", "span", "date", "code", "sector"),
    [
        ("Ali Bongo addressed the nation.", "Ali Bongo", "2021-08-17", "GAB", "GOV"),
        ("Ali Bongo addressed the nation.", "Ali Bongo", "2024-08-17", "GAB", "ELI"),
        ("Brice Oligui Nguema visited Paris.", "Brice Oligui Nguema", "2024-05-30", "GAB", "GOV"),
        ("Mette Frederiksen rejected the offer for Greenland.", "Mette Frederiksen", "2025-01-09", "DNK", "GOV"),
        ("Anders Fogh Rasmussen backed the war.", "Anders Fogh Rasmussen", "2004-03-10", "DNK", "GOV"),
        ("Anders Fogh Rasmussen backed the mission.", "Anders Fogh Rasmussen", "2011-03-10", "NATO", "GOV"),
        ("Alexander Stubb signed the accession law.", "Alexander Stubb", "2024-06-01", "FIN", "GOV"),
        ("Mikheil Saakashvili warned the separatists.", "Mikheil Saakashvili", "2004-08-10", "GEO", "GOV"),
        ("Irakli Kobakhidze suspended the accession talks.", "Irakli Kobakhidze", "2024-11-28", "GEO", "GOV"),
        ("Nikol Pashinyan met Ilham Aliyev.", "Nikol Pashinyan", "2025-08-08", "ARM", "GOV"),
        ("Aleksandar Vucic refused to impose sanctions.", "Aleksandar Vucic", "2022-03-01", "SRB", "GOV"),
        ("Maia Sandu accused Moscow of meddling.", "Maia Sandu", "2024-10-21", "MDA", "GOV"),
        ("Khalifa Haftar's forces attacked Tripoli.", "Khalifa Haftar", "2019-04-05", "LBY", "REB"),
        ("Baloch militants attacked a train.", "Baloch militants", "2025-03-11", "PAK", "REB"),
    ],
)
def test_leaders_of_smaller_and_conflict_states(text: str, span: str, date: str, code: str, sector: str) -> None:
    mention = next(m for m in resolve_actors(text, date=date) if span in m.text)
    assert (mention.code, mention.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        ("The Taliban government closed the universities to women.", "Taliban government", "GOV"),
        ("Houthi authorities detained United Nations staff.", "Houthi authorities", "GOV"),
        ("Taliban gunmen stopped the bus.", "Taliban gunmen", "REB"),  # fighters stay rebels
        ("The Hamas leadership rejected the offer.", "Hamas leadership", "REB"),
    ],
)
def test_an_armed_groups_government_governs(text: str, span: str, sector: str) -> None:
    assert find(text, span, "2024-06-01").sector == sector


@pytest.mark.parametrize("text", ["Iranian boats seized a tanker in the Gulf.",
                                  "Iranian boats seized a tanker in the Arabian Gulf."])
def test_the_gulf_is_no_state(nlp: Language, text: str) -> None:
    assert not any(e.target == "PNG" for e in code(nlp, text, "2024-05-01"))
    assert country_of("Gulf") is None


@pytest.mark.parametrize(
    ("text", "span", "date", "code", "sector"),
    [
        ("Peskov dismissed the report.", "Peskov", "2024-03-01", "RUS", "GOV"),
        ("Valery Gerasimov took command of the operation.", "Valery Gerasimov", "2023-01-11", "RUS", "MIL"),
        ("Zaluzhnyi called the war a stalemate.", "Zaluzhnyi", "2023-11-02", "UKR", "MIL"),
        ("Zaluzhnyi presented his credentials in London.", "Zaluzhnyi", "2024-07-01", "UKR", "ELI"),
        ("Kyrylo Budanov predicted a spring offensive.", "Kyrylo Budanov", "2024-02-01", "UKR", "SPY"),
        ("Herzi Halevi admitted the army had failed.", "Herzi Halevi", "2024-10-07", "ISR", "MIL"),
        ("Qassem Soleimani visited Baghdad.", "Qassem Soleimani", "2019-05-01", "IRN", "MIL"),
        ("Esmail Qaani vowed revenge.", "Esmail Qaani", "2020-01-05", "IRN", "MIL"),
        # one person, several codes: the code of the date
        ("Christine Lagarde warned about inflation.", "Christine Lagarde", "2016-04-01", "IMF", "GOV"),
        ("Christine Lagarde warned about inflation.", "Christine Lagarde", "2022-04-01", "EU", "GOV"),
        # a leaders.tsv tenure, then an office of this table
        ("Sergei Shoigu visited Pyongyang.", "Sergei Shoigu", "2025-06-04", "RUS", "GOV"),
        ("Dmitry Medvedev threatened Europe.", "Dmitry Medvedev", "2024-03-01", "RUS", "GOV"),
        ("Abu Obeida announced the release.", "Abu Obeida", "2024-03-01", "PSE", "REB"),
    ],
)
def test_named_officials_by_date(text: str, span: str, date: str, code: str, sector: str) -> None:
    mention = find(text, span, date)
    assert (mention.code, mention.sector) == (code, sector)


def test_a_title_before_an_official_keeps_the_official() -> None:
    mention = find("Kremlin spokesman Dmitry Peskov said talks were over.", "Kremlin spokesman Dmitry Peskov",
                   "2024-03-01")
    assert (mention.code, mention.sector, mention.name) == ("RUS", "GOV", "Dmitry Peskov")


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # undated: a person with offices under several codes reads the code the text names ...
        ("Romano Prodi urged EU governments to cut their deficits.", "Romano Prodi", "EU"),
        ("Romano Prodi won the Italian election.", "Romano Prodi", "ITA"),
        ("Mark Rutte met Dutch farmers.", "Mark Rutte", "NLD"),
        ("Mark Rutte urged NATO allies to spend more.", "Mark Rutte", "NATO"),
        # ... else the latest office
        ("Romano Prodi spoke on Sunday.", "Romano Prodi", "ITA"),
    ],
)
def test_undated_text_names_which_office(text: str, span: str, code: str) -> None:
    assert find(text, span, None).code == code


def test_a_date_beats_the_code_the_text_names() -> None:
    assert find("Mark Rutte met Dutch farmers.", "Mark Rutte", "2025-03-01").code == "NATO"
