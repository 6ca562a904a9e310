"""Domestic dyads: government against opposition, police against protesters, army against rebels of
the same country have that country on both sides."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots


@pytest.mark.parametrize(
    ("text", "country", "sectors"),
    [
        ("Police in Kenya arrested dozens of protesters.", "KEN", ("COP", "CVL")),
        ("The Sudanese army attacked rebels in Darfur.", "SDN", ("MIL", "REB")),
        ("Protesters blocked the main road in Lahore.", "PAK", ("CVL", None)),
    ],
)
def test_same_country_both_sides(nlp: Language, text: str, country: str, sectors: tuple[str, str | None]) -> None:
    events = code(nlp, text)
    assert any(e.source == country and e.target == country and e.source_sector == sectors[0]
               and (sectors[1] is None or e.target_sector == sectors[1]) for e in events), events


def test_targetless_protest_is_aimed_at_its_government(nlp: Language) -> None:
    events = code(nlp, "Greek unions began a general strike on Tuesday.")
    assert any(e.source == "GRC" and e.target == "GRC" and e.target_sector == "GOV" and e.root == "14"
               for e in events), events


def test_government_protest_needs_a_named_target(nlp: Language) -> None:
    events = code(nlp, "The Greek government protested on Tuesday.")
    assert not any(e.target == "GRC" for e in events)


def test_two_named_people_of_one_country_are_two_parties(nlp: Language) -> None:
    events = code(nlp, "Vice President Dick Cheney mocked John Kerry on Tuesday.", date="2004-09-01")
    assert any(e.source == "USA" and e.target == "USA" and e.root == "11" for e in events), events


def test_unnamed_rebels_take_the_country_of_the_forces_they_attack(nlp: Language) -> None:
    events = code(nlp, "Suicide bombers killed ten members of Iraq's new police force.")
    assert any(e.source == "IRQ" and e.target == "IRQ" and e.source_sector == "REB" for e in events), events


def test_government_and_rebels_meeting_is_domestic_both_ways(nlp: Language) -> None:
    events = code(nlp, "Mali's government and the rebels will meet on Friday.")
    pairs = {(e.source, e.source_sector, e.target, e.target_sector) for e in events}
    assert {("MLI", "GOV", "MLI", "REB"), ("MLI", "REB", "MLI", "GOV")} <= pairs, events


def test_police_and_protesters_clash_both_ways(nlp: Language) -> None:
    events = code(nlp, "Police clashed with protesters in Nairobi.")
    pairs = {(e.source, e.source_sector, e.target, e.target_sector) for e in events}
    assert {("KEN", "COP", "KEN", "CVL"), ("KEN", "CVL", "KEN", "COP")} <= pairs, events


def test_unnamed_attackers_of_police_borrow_no_country(nlp: Language) -> None:
    # an unidentified force lends and borrows no country (the guide's null source, sector UAF)
    events = code(nlp, "A car bomb killed six Iraqi policemen and two US soldiers.")
    assert events and not any(e.source_sector == "UAF" and "/domestic" in e.rule for e in events), events


@pytest.mark.parametrize(
    ("text", "country", "sectors"),
    [
        ("A Turkish court sentenced a Kurdish journalist to five years in prison.", "TUR", ("JUD", "JRN")),
        ("Ukraine's opposition accused the government of rigging the vote.", "UKR", ("OPP", "GOV")),
        ("Former Ukrainian president Kuchma accused the authorities of fraud.", "UKR", ("ELI", "GOV")),
        # the civil organs of the one state a story names lend it to an unnamed party
        ("The Israeli prime minister will meet settler leaders on Sunday.", "ISR", ("GOV", "GOV")),
        # coordinated parties of one country meet each other
        ("The Iraqi government and Sunni leaders held talks in Baghdad.", "IRQ", ("GOV", "GOV")),
    ],
)
def test_unnamed_party_takes_the_country_facing_it(nlp: Language, text: str, country: str,
                                                   sectors: tuple[str, str]) -> None:
    events = code(nlp, text)
    assert any((e.source, e.source_sector, e.target, e.target_sector) == (country, sectors[0], country, sectors[1])
               for e in events), events


def test_troops_lend_no_country_to_the_insurgents_they_fight(nlp: Language) -> None:
    # troops act abroad as often as at home: "US troops killed insurgents" names no American insurgents
    events = code(nlp, "US troops killed 20 insurgents.")
    assert events and not any(e.target == "USA" for e in events), events


def test_venue_of_talks_does_not_place_the_rebels(nlp: Language) -> None:
    # a movement's name is no owner ("Tamil rebels"), and the venue (Oslo) is not the rebels' country
    events = code(nlp, "Talks between the Sri Lankan government and Tamil rebels resumed in Oslo.")
    pairs = {(e.source, e.source_sector, e.target, e.target_sector) for e in events}
    assert {("LKA", "GOV", "LKA", "REB"), ("LKA", "REB", "LKA", "GOV")} <= pairs, events


def test_rebels_with_a_place_of_their_own_keep_it(nlp: Language) -> None:
    events = code(nlp, "Sudan's government and the rebels in Darfur signed a peace deal in Abuja.")
    assert not any("NGA" in (e.source, e.target) for e in events), events


def test_a_state_backing_unnamed_militants_lends_no_country(nlp: Language) -> None:
    events = code(nlp, "India accused Pakistan of backing militants.")
    assert not any(e.target_sector == "REB" and e.target == e.source for e in events), events


def test_opposition_members_are_the_opposition(nlp: Language) -> None:
    events = code(nlp, "KIEV (Reuters) - Police clashed with opposition supporters on Monday.")
    pairs = {(e.source, e.source_sector, e.target, e.target_sector) for e in events}
    assert {("UKR", "COP", "UKR", "OPP"), ("UKR", "OPP", "UKR", "COP")} <= pairs, events


def test_a_state_evacuating_its_own_nationals_is_domestic(nlp: Language) -> None:
    events = code(nlp, "France evacuated French expatriates from Ivory Coast.")
    assert any((e.source, e.target, e.target_sector) == ("FRA", "FRA", "CVL") for e in events), events


def test_a_nationality_word_on_a_thing_stays_the_state(nlp: Language) -> None:
    assert not code(nlp, "Israel criticised Israeli settlement policy.")


@pytest.mark.parametrize(
    "text",
    [
        "Norway criticised the flood of Norwegian-made boats into Baltic ports.",
        "The Norwegian premier said he would show that Norwegian fish exports were falling.",
    ],
)
def test_a_nationality_word_on_the_source_s_own_goods_is_no_party(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not any(e.source == e.target == "NOR" for e in events), events


def test_a_government_and_its_foes_are_two_parties_of_one_country(nlp: Language) -> None:
    events = code(nlp, "Mali's government and its foes in the rebel movements will meet on Friday.")
    pairs = {(e.source, e.source_sector, e.target, e.target_sector) for e in events}
    assert {("MLI", "GOV", "MLI", "REB"), ("MLI", "REB", "MLI", "GOV")} <= pairs, events


def test_a_leaders_opponents_are_the_opposition(nlp: Language) -> None:
    events = code(nlp, "Mugabe's opponents accused him of rigging the election.")
    assert any((e.source, e.source_sector, e.target) == ("ZWE", "OPP", "ZWE") for e in events), events


def test_a_states_foes_are_not_that_state(nlp: Language) -> None:
    assert not any(e.source == "ISR" for e in code(nlp, "Israel's foes criticised the deal."))


def test_a_mediator_lends_no_country_to_the_rebels(nlp: Language) -> None:
    # the countries a sentence names count by any mention ("the Sri Lankan government"), not only places
    events = code(nlp, "Norway mediated talks between the Sri Lankan government and the rebels.")
    assert not any(e.target == "NOR" or e.source == e.target == "NOR" for e in events), events
    assert any((e.source, e.source_sector, e.target, e.target_sector) == ("LKA", "GOV", "LKA", "REB")
               for e in events), events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Colombian rebels blew up an oil pipeline on Sunday.", "COL"),
        ("Nepal's Maoist rebels burned a government office.", "NPL"),
        ("The Egyptian court banned the rally on Monday.", "EGY"),
    ],
)
def test_home_party_acting_on_a_thing_acts_at_home(nlp: Language, text: str, country: str) -> None:
    # rebels, the opposition, police and courts act in their own country: an object naming no actor
    # ("a pipeline") is their country's
    events = code(nlp, text)
    assert any(e.source == country and e.target == country for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # another state in the sentence: the thing may be that state's
        "Palestinian militants blew up a tunnel under an Israeli army post.",
        # civilians' acts on things are mostly not political
        "Kenyan farmers burned their crops on Monday.",
        # soldiers act abroad as often as at home
        "Sudanese soldiers burned a village.",
    ],
)
def test_home_object_needs_a_home_party_alone_in_its_sentence(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not any(e.source is not None and e.source == e.target and e.target_sector is None for e in events), events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The army killed 20 rebels in northern Uganda on Monday.", "UGA"),
        ("The military launched an offensive against rebels in Chechnya.", "RUS"),
    ],
)
def test_the_army_is_placed_like_home_forces(nlp: Language, text: str, country: str) -> None:
    # "the army" names a country's own institution, unlike "troops", which act abroad as often as at home
    events = code(nlp, text)
    assert any(e.source == country and e.source_sector == "MIL" and e.target == country for e in events), events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Philippine President Gloria Arroyo urged Congress to pass the budget.", "PHL"),
        ("Brazilian President Lula urged the Senate to approve the reform.", "BRA"),
        ("MANILA (Reuters) - Congress rejected the budget of President Gloria Arroyo.", "PHL"),
    ],
)
def test_a_default_institution_is_the_one_state_of_its_story(nlp: Language, text: str, country: str) -> None:
    # "Congress" is the US Congress by default, another state's where the story names that state only
    events = code(nlp, text)
    assert any(e.source == country and e.target == country for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "President Bush urged Congress to impose sanctions on Iran.",  # two states: the default stays
        "Mexican President Vicente Fox visited Washington and praised Congress.",  # the default state is named
    ],
)
def test_a_default_institution_keeps_its_default_among_several_states(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert any(e.target == "USA" or e.source == "USA" for e in events), events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Demonstrations against President Hugo Chavez turned violent in Caracas.", "VEN"),  # the place's people
        ("Protests against the Thai government spread to the south.", "THA"),  # a state organ's own people
    ],
)
def test_a_protest_against_a_party_is_by_the_people(nlp: Language, text: str, country: str) -> None:
    events = code(nlp, text)
    assert any((e.source, e.source_sector, e.target, e.root) == (country, "CVL", country, "14") for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Protests against the United States continued on Friday.",  # against a whole state: often abroad
        "Days of anti-foreigner riots in Kenya's capital left dozens dead.",  # a place is no party protested against
    ],
)
def test_a_protest_against_a_state_or_in_a_place_names_no_protesters(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not any(e.source_sector == "CVL" and e.source == e.target for e in events), events


def test_an_intransitive_participle_after_a_root_noun_is_the_main_verb(nlp: Language) -> None:
    # parsed as "Hundreds [who were] protested": a verb with no passive is the main verb
    events = code(nlp, "Hundreds of students protested in Tehran on Monday.")
    assert any((e.source, e.target, e.root) == ("IRN", "IRN", "14") for e in events), events



@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thai Prime Minister Thaksin Shinawatra apologised to Muslims in the south.", "THA"),
        ("Iraqi insurgents killed three Shiites on Monday.", "IRQ"),
    ],
)
def test_a_religious_community_is_the_civilians_of_its_story(nlp: Language, text: str, country: str) -> None:
    events = code(nlp, text)
    assert any((e.source, e.target, e.target_sector) == (country, country, "CVL") for e in events), events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Tunisian government banned the main opposition party on Monday.", "TUN"),
        ("Azerbaijani authorities closed an independent newspaper.", "AZE"),
    ],
)
def test_state_act_on_an_unowned_home_body_is_domestic(nlp: Language, text: str, country: str) -> None:
    events = code(nlp, text)
    assert any(e.source == country and e.target == country and e.root == "17" for e in events), events


def test_state_act_on_a_body_of_another_named_state_is_not_domestic(nlp: Language) -> None:
    events = code(nlp, "The Moroccan government closed an Algerian newspaper.")
    assert not any(e.source == "MAR" and e.target == "MAR" for e in events), events


def test_indian_congress_party_is_not_the_us_congress(nlp: Language) -> None:
    events = code(nlp, "The Indian government accused the Congress party of spreading lies about the economy.")
    assert any(e.source == "IND" and e.target == "IND" for e in events), events
    assert not any(e.target == "USA" for e in events), events


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a counterpart is another state's office holder: it lends no country to an unnamed party
        ("OSLO, May 3 - The foreign minister met his Swedish counterpart on Monday.",
         ("NOR", "SWE", "04"), ("SWE", "SWE", "04")),
        ("The defence minister held talks with his Turkish counterpart.", ("TUR", None, "04"), ("TUR", "TUR", "04")),
    ],
)
def test_a_counterpart_names_the_other_state(
        nlp: Language, text: str, expected: tuple[str | None, str | None, str],
        absent: tuple[str, str, str]) -> None:
    found = {(e.source, e.target, e.root) for e in code(nlp, text)}
    assert expected in found
    assert absent not in found


def test_a_foreign_city_after_the_rebels_is_the_venue(nlp: Language) -> None:
    """"with rebels in Nairobi": the place of the signing, not the rebels' country; no visit is hosted."""
    found = roots(nlp, "The Ugandan government signed a peace accord with northern rebels in Nairobi.")
    assert ("UGA", "UGA", "05") in found and not any("KEN" in (s, t) for s, t, _ in found)
    met = roots(nlp, "The Sri Lankan government met Tamil rebels in Bangkok.")
    assert ("LKA", "LKA", "04") in met and not any("THA" in (s, t) for s, t, _ in met)
    # a place of the rebels' own country keeps them there
    assert ("UGA", "UGA", "04") in roots(nlp, "The Ugandan government held talks with rebels in Gulu.")


def test_a_plain_statement_to_the_speakers_own_country_is_a_briefing(nlp: Language) -> None:
    for text in ("Finance Minister Pedro Ruiz told the Chilean parliament the deficit would shrink.",
                 "Prime Minister Jan Novak announced to parliament a plan to cut spending in Slovakia."):
        assert not any(r == "01" for _, _, r in roots(nlp, text)), text


def test_a_plain_statement_about_another_state_still_codes(nlp: Language) -> None:
    text = "Chile's foreign minister told parliament that Argentina had broken the treaty."
    assert ("CHL", "ARG", "01") in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Trade officials denounced Ottawa over the lumber duty.",
        "Farm ministers sent a stern warning to Canberra on quotas.",
    ],
)
def test_unnamed_office_does_not_take_the_capital_it_faces(nlp: Language, text: str) -> None:
    # the capital named as the other side is no home of unnamed officials facing it
    events = code(nlp, text)
    assert events, "the act is still coded"
    assert not any(e.source is not None and e.source == e.target for e in events), events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Troops overran a rebel camp in Mindanao.", "PHL"),
        ("Soldiers clashed with rebels in Darfur on Tuesday.", "SDN"),
    ],
)
def test_unnamed_troops_take_the_country_of_rebels_placed_by_a_place_of_their_own(
        nlp: Language, text: str, country: str) -> None:
    found = {(e.source, e.source_sector, e.target, e.target_sector) for e in code(nlp, text)}
    assert (country, "MIL", country, "REB") in found, found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The rebels asked Zambia to mediate in the dispute.", "ZMB"),
        ("Guerrillas urged Malawi to stop arming the army.", "MWI"),
    ],
)
def test_rebels_asking_a_named_state_are_not_placed_in_it(nlp: Language, text: str, state: str) -> None:
    events = code(nlp, text)
    assert any(e.target == state and e.source_sector == "REB" for e in events), events
    assert not any(e.source == state and e.source_sector == "REB" for e in events), events


def test_rebels_accusing_their_state_stay_domestic(nlp: Language) -> None:
    events = code(nlp, "Rebels accused Zambia of bombing villages.")
    assert any((e.source, e.source_sector, e.target) == ("ZMB", "REB", "ZMB") for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Rebels backed by Tanzania attacked Malawian troops.",
        "Rebels, armed by Tanzania, attacked Malawian troops near the lake.",
    ],
)
def test_rebels_backed_by_a_state_are_neither_dropped_nor_placed_in_it(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert any(e.source_sector == "REB" and e.target == "MWI" and e.root == "19" for e in events), events
    assert not any(e.source == "TZA" and e.source_sector == "REB" for e in events), events
