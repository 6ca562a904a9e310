"""Detection apart from resolution: a trigger with a clear agent codes an event even when the agent
is an unnamed party ("gunmen", "protesters"), which keeps its sector and takes a country from the
context (a place in the clause, the dateline, the only country of the sentence), else a null code."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots


def _events(nlp: Language, text: str) -> set[tuple[str | None, str | None, str | None, str | None, str]]:
    return {(e.source, e.source_sector, e.target, e.target_sector, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of the clause names the country of both unnamed parties
        ("Gunmen killed six villagers near Kandahar.", ("AFG", "UAF", "AFG", "CVL", "18")),
        ("Insurgents attacked a police station in Mosul on Tuesday.", ("IRQ", "REB", "IRQ", None, "19")),
        # a two-word role ("riot police") is one party; the victims' place gives the country
        ("Riot police fired live rounds at protesters in Dhaka.", ("BGD", "COP", "BGD", "CVL", "19")),
        # the place phrase may hang on the object: the act's place all the same
        ("Gunmen abducted an Italian aid worker in Kabul.", ("AFG", "UAF", "ITA", None, "18")),
    ],
)
def test_unnamed_party_with_place(nlp: Language, text: str, expected: tuple[str, ...]) -> None:
    assert expected in _events(nlp, text)


def test_dateline_places_unnamed_parties(nlp: Language) -> None:
    events = _events(nlp, "KABUL (Reuters) - Gunmen shot dead two policemen on Sunday.")
    assert ("AFG", "UAF", "AFG", "COP", "18") in events


def test_no_country_gives_null_code_with_sector(nlp: Language) -> None:
    events = code(nlp, "Masked gunmen abducted three engineers on Monday.")
    assert events, "the act is coded though no country is known"
    assert events[0].source is None and events[0].source_sector == "UAF"
    assert events[0].root == "18"


def test_implied_police_for_an_agentless_arrest(nlp: Language) -> None:
    events = _events(nlp, "An opposition leader was arrested in Harare on Friday.")
    assert any(e[0] == "ZWE" and e[1] == "COP" and e[2] == "ZWE" and e[4] == "17" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The company said profits rose sharply in the third quarter.",
        "The team beat its rivals 3-1 on Saturday.",
        "Company officials rejected the offer from a rival bidder.",
        "Shares fell after the bank warned of weaker demand.",
    ],
)
def test_non_political_agents_are_no_actors(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_resolved_owner_beats_the_unnamed_noun(nlp: Language) -> None:
    # "a bombing by the Islamic State group": the group, not an unidentified bomber, is the source
    events = code(nlp, "A car bombing by the Islamic State group killed 30 people in eastern Syria.")
    assert any(e.source == "IMG" for e in events)


def test_capitalised_party_noun_at_sentence_start(nlp: Language) -> None:
    events = code(nlp, "BAGHDAD -- Kidnappers seized two Americans from their villa.")
    assert any(e.source_sector == "UAF" and e.target == "USA" and e.root == "18" for e in events), events


def test_title_before_a_name_gives_the_sector(nlp: Language) -> None:
    events = code(nlp, "Radical cleric Abu Hamza was arrested in London.")
    assert any(e.source == "GBR" and e.source_sector == "COP" and e.target == "GBR" for e in events), events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hundreds of families fled after heavy clashes in northern Yemen on Monday.", "YEM"),
        ("Fresh fighting in Chechnya erupted overnight.", "RUS"),
    ],
)
def test_clash_naming_only_its_place_is_between_the_places_parties(nlp: Language, text: str, country: str) -> None:
    assert (country, "UAF", country, "UAF", "19") in _events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # "the fighting in X", or months of it, as the thing to end is no new clash between unnamed parties
        "A peace conference failed in its bid to end the fighting in Darfur.",
        "Armenia and Azerbaijan signed a truce to end years of fighting in Karabakh.",
    ],
)
def test_clash_to_be_ended_names_a_standing_situation(nlp: Language, text: str) -> None:
    assert not any(e[1] == "UAF" and e[3] == "UAF" for e in _events(nlp, text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A Turkish engineer was beheaded near Mosul by a group linked to al-Qaeda.", "IMG"),
        ("Gunmen loyal to the Taliban abducted two Indian engineers on Sunday.", "AFG"),
    ],
)
def test_unnamed_party_tied_to_a_named_one_acts_for_it(nlp: Language, text: str, source: str) -> None:
    assert any(e[0] == source and e[4] == "18" for e in _events(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "armed men" are an unidentified force, not civilians
        ("Armed men attacked a police post near Peshawar.", ("PAK", "UAF", "18")),
        # students, politicians and victims are parties of public life
        ("Riot police beat students in Dhaka on Monday.", ("BGD", "EDU", "18")),
        ("DHAKA (Reuters) - Flood victims criticised politicians for failing to deliver aid.", ("BGD", "GOV", "11")),
    ],
)
def test_unnamed_party_nouns(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    code_, sector, root = expected
    found = _events(nlp, text)
    assert any(root == e[4] and code_ in (e[0], e[2]) and sector in (e[1], e[3]) for e in found)


def test_attacker_is_placed_by_the_place_of_its_victim(nlp: Language) -> None:
    # the parser hangs "in Yemen" on the object: the act happened there
    events = _events(nlp, "Masked men kidnapped a German tourist in Yemen on Sunday.")
    assert ("YEM", "UAF", "DEU") in {e[:3] for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only country the sentence names, by a leader or a country's officials, places the party
        ("Chancellor Olaf Scholz met a group of farm leaders on Tuesday.", ("DEU", "DEU", "04")),
        ("President Ruto will hold talks with a group of opposition leaders on Friday.", ("KEN", "KEN", "03")),
        ("Nigerian police said a mob attacked two journalists on Monday.", ("NGA", "NGA", "18")),
        ("President Cyril Ramaphosa issued a stinging rebuke to politicians on Monday.", ("ZAF", "ZAF", "11")),
    ],
)
def test_unnamed_party_takes_the_sentence_country(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, t, r) for s, _, t, _, r in _events(nlp, text)}


def test_gazetteer_places_unnamed_parties(nlp: Language) -> None:
    # a town no actor table names (the small model tags it a nationality or a person)
    assert ("MLI", "UAF", "MLI", "CVL", "18") in _events(nlp, "Gunmen killed six villagers near Kidal.")


def test_state_named_inside_a_modifier(nlp: Language) -> None:
    # "U.S." modifies "AC-130", which modifies the party noun: the gunship is American, not private;
    # the militia owns the positions (owner_syntax.site_modifier)
    events = _events(nlp, "A U.S. AC-130 gunship attacked militia positions in Helmand on Monday.")
    assert ("USA", "MIL", "AFG", "REB", "19") in events


def test_government_troops_are_placed_like_home_parties(nlp: Language) -> None:
    # other troops take the dateline only ("troops in Syria" need not be Syrian); the government's are at home
    events = _events(nlp, "Rebels in Darfur accused government troops of burning villages.")
    assert ("SDN", "REB", "SDN", "MIL", "11") in events


@pytest.mark.parametrize(
    "text",
    [
        "Liverpool meet Everton in a clash in Liverpool on Saturday.",
        "Fans expect fierce clashes in Lisbon when the two teams meet in the final.",
    ],
)
def test_a_game_is_no_clash_of_unnamed_sides(nlp: Language, text: str) -> None:
    assert not any(e[1] == "UAF" and e[3] == "UAF" for e in _events(nlp, text))


def test_an_unidentified_force_abroad_is_not_the_places(nlp: Language) -> None:
    # a foreigner seized in a country: the unnamed kidnappers get no country (the guide's null source)
    found = roots(nlp, "A Japanese engineer was kidnapped in Nigeria on Monday.")
    assert (None, "JPN", "18") in found
    # the place's own people: the unnamed attackers stay the place's
    assert ("NGA", "NGA", "18") in roots(nlp, "A Nigerian engineer was kidnapped in Nigeria on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title that needs an owner alone ("the senator") is held by the name after it, placed by the dateline
        ("WASHINGTON (Reuters) - Senator Mary Cole urged the administration to act.", ("USA", "LEG", "USA", "02")),
        ("NAIROBI (Reuters) - Governor Peter Kamau accused the police of brutality.", ("KEN", "GOV", "KEN", "11")),
        ("LAGOS (Reuters) - General Musa Danladi threatened to crush the rebels.", ("NGA", "MIL", "NGA", "13")),
        # ranks and office titles written before a name, abbreviated or not
        ("ISLAMABAD (Reuters) - Col. Imran Qadir accused the rebels of killing farmers.", ("PAK", "MIL", "PAK", "11")),
        ("WASHINGTON (Reuters) - Rep. Mary Cole urged the administration to act.", ("USA", "LEG", "USA", "02")),
        ("WASHINGTON (Reuters) - Congresswoman Mary Cole urged the White House to act.", ("USA", "LEG", "USA", "02")),
    ],
)
def test_owner_title_before_a_name_is_a_party(nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    source, sector, target, root = expected
    assert any(e[0] == source and e[1] == sector and e[2] == target and e[4] == root
               for e in _events(nlp, text)), _events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The senator urged the administration to act.",  # no name: the title needs an owner
        "WASHINGTON (Reuters) - Mr John Cole urged the administration to act.",  # a courtesy title is no role
        # a firm's title (acting on its state's organ it is business: tests/events/news/test_lobbies.py)
        "WASHINGTON (Reuters) - Company President John Cole criticised Japan.",
    ],
)
def test_owner_title_without_a_public_holder_is_no_party(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place phrase on the target, not its owner's nationality, places the attackers
        ("Rebels shelled a French base near Bouake on Sunday.", ("CIV", "FRA", "19")),
        ("Militants fired rockets at a British camp near Basra.", ("IRQ", "GBR", "19")),
    ],
)
def test_place_phrase_before_owner_modifier(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rights groups in Ghana condemned Togo on Friday.", ("GHA", "TGO", "11")),
        ("Human rights groups in Peru condemned the arrest of a Bolivian reporter.", ("PER", "BOL", "11")),
        ("A Tunisian rights group accused Libya of torture.", ("TUN", "LBY", "11")),
    ],
)
def test_a_rights_group_is_a_party_of_its_place(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali police said gunmen kidnapped two Italian nurses.", ("SOM", "ITA", "18")),
        ("Two Italian nurses were kidnapped by gunmen, Somali police said.", ("SOM", "ITA", "18")),
    ],
)
def test_an_unidentified_attacker_is_not_placed_by_its_victims(nlp: Language, text: str, expected: tuple) -> None:
    found = roots(nlp, text)
    assert expected in found
    assert not any(src == "ITA" for src, _, _ in found)


def test_an_unidentified_attacker_with_only_foreign_victims_stays_unplaced(nlp: Language) -> None:
    assert (None, "ITA", "18") in roots(nlp, "Gunmen kidnapped two Italian nurses on Tuesday.")


@pytest.mark.parametrize(
    "text",
    ["Ugandan troops clashed with rebels near the border with Sudan.",
     "Ugandan troops clashed with rebels near the Sudanese border."],
)
def test_a_country_that_names_a_border_places_no_party(nlp: Language, text: str) -> None:
    assert not any("SDN" in (e.source, e.target) for e in code(nlp, text))
