"""Conflict and protest reports in the style of event notes: the event type is detected even when no
actor resolves (unnamed attackers keep a null source with sector UAF; crowds and trades are civilians),
and each wording family codes its type (protest, assault, repression, seizure of a town); a doer's claim
framing the act after it is a claim of responsibility (015) beside the act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _types(nlp: Language, text: str) -> set[str | None]:
    """PLOVER types (else CAMEO roots) coded from ``text``."""
    return {e.plover or e.root for e in code(nlp, text)}


def _events(nlp: Language, text: str) -> set[tuple[str | None, str | None, str | None, str | None, str]]:
    return {(e.source, e.source_sector, e.target, e.target_sector, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a purpose clause lends a protest the subject of the act it serves
        ("Dozens of women held a vigil outside parliament in Nairobi to protest against police brutality.", "KEN"),
        ("Hundreds of nurses blocked the main road in Accra to protest against unpaid wages.", "GHA"),
    ],
)
def test_purpose_clause_protest_has_the_served_subject(nlp: Language, text: str, source: str) -> None:
    events = _events(nlp, text)
    assert any(e[0] == source and e[1] == "CVL" and e[4] == "14" for e in events)


def test_purpose_clause_of_other_acts_keeps_no_subject(nlp: Language) -> None:
    # only protest borrows the served subject: "formed a group to help one another" is no aid of theirs
    assert not any(e.root == "07" for e in code(nlp, "Four states formed a lobbying group to help one another."))


@pytest.mark.parametrize(
    ("text", "sector", "root"),
    [
        ("Bandits killed eleven villagers in Zamfara State on Sunday.", "UAF", "18"),
        ("Pirates hijacked a cargo ship off the coast of Puntland.", "UAF", "18"),
        ("Herders clashed with farmers near Jos on Tuesday.", "CVL", "19"),
        ("Traders went on strike in Kumasi over new market levies.", "CVL", "14"),
        ("Thousands demonstrated in Santiago against the pension reform.", "CVL", "14"),
        ("Angry youths rioted in Conakry after the verdict.", "CVL", "14"),
    ],
)
def test_unnamed_parties_of_conflict_reports(nlp: Language, text: str, sector: str, root: str) -> None:
    assert any(e[1] == sector and e[4] == root for e in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "An airstrike hit a crowded market in Maarat al-Numan, killing nine civilians.",
        "A drone strike killed two suspected militants in South Waziristan on Friday.",
        "Shelling killed three people in the Luhansk region overnight.",
        "Artillery fire destroyed a school in Izium.",
        "A drone attack targeted an oil depot near Jeddah.",
    ],
)
def test_attack_named_by_its_weapon_has_an_unnamed_attacker(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert events, "the act is an assault though no attacker is named"
    assert any(e.source is None and e.source_sector == "UAF" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "A strike hit production at the Kumasi plant.",  # a bare strike may be a labour strike
        "A heart attack killed the former minister in Lagos.",
    ],
)
def test_non_violent_subjects_are_no_attackers(nlp: Language, text: str) -> None:
    assert "ASSAULT" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting erupted between the Ethiopian army and Tigrayan forces near Adigrat on Sunday.",
        "Heavy clashes broke out between Sudanese troops and the RSF in Omdurman.",
    ],
)
def test_fighting_that_breaks_out_between_sides(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert len({(e.source, e.source_sector) for e in events}) >= 2, "both sides fight"


@pytest.mark.parametrize(
    "text",
    [
        "Rioters torched several cars and a police post in Misrata after the funeral.",
        "Demonstrators stormed the regional council building in Nasiriyah.",
        "A mob set fire to a police station in Comilla after a suspect died in custody.",
        "Angry youths pelted security forces with stones in Baramulla on Friday.",
        "Protesters barricaded roads with burning tyres in Les Cayes.",
        "Protesters threw stones at riot police outside the parliament in Tbilisi.",
    ],
)
def test_crowd_violence_against_property_is_a_riot(nlp: Language, text: str) -> None:
    assert any(e.cameo in ("144", "145") for e in code(nlp, text))


def test_crowd_violence_against_people_stays_an_assault(nlp: Language) -> None:
    events = code(nlp, "A mob beat two police officers and set them on fire in Puebla.")
    assert "ASSAULT" in {e.plover for e in events}
    assert "145" not in {e.cameo for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, around 300 protesters gathered outside the governor's office in Kaduna.",
        "Residents gathered outside the district office in Kisumu to demand the return of their land.",
        "Hundreds of nurses assembled in front of the ministry in Lilongwe in protest against pay cuts.",
    ],
)
def test_gathering_with_a_protest_cue_is_a_protest(nlp: Language, text: str) -> None:
    assert "PROTEST" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Arab leaders converged on Riyadh on Wednesday for the funeral of the king.",
        "A large crowd gathered in Accra to watch the final.",
        "Police gathered evidence at the scene in Mombasa.",
    ],
)
def test_gathering_without_a_protest_cue_is_no_protest(nlp: Language, text: str) -> None:
    assert "PROTEST" not in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Traders downed tools in Onitsha over multiple taxation.", "PROTEST"),
        ("Truck drivers blocked the railway near Patiala on Monday.", "PROTEST"),
        ("Police teargassed protesters in Kampala on Tuesday.", "ASSAULT"),
        ("Opposition supporters vandalised the electoral commission office in Blantyre.", "ASSAULT"),
        ("The Taliban took control of the city of Ghazni on Friday.", "COERCE"),
        ("Rebels captured an army base near Goma.", "COERCE"),
    ],
)
def test_conflict_report_vocabulary(nlp: Language, text: str, plover: str) -> None:
    assert plover in _types(nlp, text)


def test_taking_control_of_a_company_is_no_seizure(nlp: Language) -> None:
    assert "COERCE" not in _types(nlp, "The investor took control of the company in a takeover.")


@pytest.mark.parametrize(
    "text",
    [
        "A mortar shell landed on a house in Tal Afar, killing two children.",
        "A grenade wounded six people at a market in Bujumbura.",
    ],
)
def test_munition_subject_is_an_unnamed_attacker(nlp: Language, text: str) -> None:
    assert any(e.plover == "ASSAULT" and e.source is None and e.source_sector == "UAF" for e in code(nlp, text))


def test_victims_who_died_in_an_attack(nlp: Language) -> None:
    text = "Three civilians died in an airstrike on a village near Gao."
    events = [e for e in code(nlp, text) if e.plover == "ASSAULT"]
    assert events and all(e.source is None and e.source_sector == "UAF" for e in events)
    assert any(e.target_sector == "CVL" for e in events)


def test_dying_of_an_illness_is_no_attack(nlp: Language) -> None:
    assert "ASSAULT" not in _types(nlp, "Three patients died in a cholera outbreak near Gao.")


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Protesters occupied the main square of Tbilisi for a third day.", "141"),
        ("Unknown attackers set ablaze a polling station in Imo State.", "1712"),
        ("Rebels burned down 40 houses in Rutshuru territory.", "1712"),
        ("Market vendors in Kitwe protested the demolition of their stalls.", "141"),
        ("Nurses at the district hospital in Kisii staged a walkout over unpaid salaries.", "143"),
    ],
)
def test_more_conflict_report_vocabulary(nlp: Language, text: str, cameo: str) -> None:
    assert cameo in {e.cameo for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Protests continued in Abuja for a third day over fuel prices.", "NGA"),
        ("A demonstration was held outside parliament in Harare against police brutality.", "ZWE"),
        ("Demonstrations took place in several cities across Morocco against rising prices.", "MAR"),
    ],
)
def test_protest_with_no_protesters_named_is_by_the_people_of_its_place(nlp: Language, text: str, country: str) -> None:
    assert (country, "CVL", country, "GOV", "14") in _events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The protest took its toll on traders in Abuja.",  # took no place
        "Protests are planned in Abuja next week.",  # not yet happening
    ],
)
def test_protest_noun_not_reported_as_happening(nlp: Language, text: str) -> None:
    assert "14" not in {e.root for e in code(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "An explosive device went off near a military convoy in Menaka.",
        "Violence erupted between Christian and Muslim youths in Kaduna.",
    ],
)
def test_explosions_and_violence_between_sides(nlp: Language, text: str) -> None:
    assert "ASSAULT" in _types(nlp, text)


def test_violence_as_a_topic_is_no_event(nlp: Language) -> None:
    assert "ASSAULT" not in _types(nlp, "The minister condemned the violence in a speech in Kaduna.")


def test_protest_against_a_named_state_keeps_its_protesters_unnamed(nlp: Language) -> None:
    events = code(nlp, "Protests against France continued in several cities on Friday.")
    assert not any(e.source_sector == "CVL" and e.source == "FRA" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Intercommunal violence between Fulani and Dogon communities left 30 people dead near Bandiagara.",
        "The clashes left at least five people injured in Bamenda.",
    ],
)
def test_violence_that_left_victims_dead_has_an_unnamed_attacker(nlp: Language, text: str) -> None:
    assert any(e.plover == "ASSAULT" and e.source is None and e.source_sector == "UAF" for e in code(nlp, text))


def test_a_strike_that_left_shops_closed_is_no_attack(nlp: Language) -> None:
    assert "ASSAULT" not in _types(nlp, "The strike left most shops closed in Kumasi.")


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Opposition activists staged a march through the streets of Lome demanding the president's resignation.",
         "PROTEST"),
        ("Bus drivers in Kumasi embarked on a strike over the arrest of a colleague.", "PROTEST"),
        ("Anti-government protesters clashed with police in Arequipa.", "PROTEST"),
        ("Police violently dispersed a sit-in by unemployed graduates in Rabat.", "ASSAULT"),
        ("Armed groups attacked displacement camps near Bunia, killing 40 civilians.", "ASSAULT"),
        ("The army recaptured the town of Palma from insurgents.", "COERCE"),
    ],
)
def test_conflict_report_phrasings(nlp: Language, text: str, plover: str) -> None:
    assert plover in _types(nlp, text)


def test_a_celebration_is_no_protest(nlp: Language) -> None:
    assert "PROTEST" not in _types(nlp, "Thousands gathered in Lagos to celebrate the team's victory.")


@pytest.mark.parametrize(
    "text",
    [
        "Teachers staged a strike in Lilongwe over unpaid allowances.",
        "Trade unions held a strike at the port of Tema.",
    ],
)
def test_a_staged_strike_is_a_labour_strike(nlp: Language, text: str) -> None:
    types = _types(nlp, text)
    assert "PROTEST" in types and "ASSAULT" not in types


def test_a_bomb_dropped_on_a_place_is_an_air_strike(nlp: Language) -> None:
    events = code(nlp, "A Russian warplane dropped a bomb on a house in Grozny.")
    assert [(e.source, e.source_sector, e.cameo) for e in events] == [("RUS", "MIL", "195")]
    assert code(nlp, "Russian planes dropped leaflets on Grozny.") == []


def test_one_military_craft_is_the_military(nlp: Language) -> None:
    (event,) = code(nlp, "An Indian helicopter gunship fired at Pakistani posts.")
    assert (event.source, event.source_sector) == ("IND", "MIL")


@pytest.mark.parametrize(
    "text",
    [
        "About 40,000 Brazilian seamen struck on Monday for higher pay.",
        "Teachers in Kenya struck for a third day.",
        "Coal miners in Poland struck to protest price rises.",
        "Nurses struck in Lagos after talks on wages broke down.",
    ],
)
def test_working_people_who_strike_with_no_object_walk_out(nlp: Language, text: str) -> None:
    cameos = {e.cameo for e in code(nlp, text)}
    assert "143" in cameos and not any(c.startswith("19") for c in cameos)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels struck again in the north, killing ten soldiers.",
        "Israeli aircraft struck at Hezbollah positions in southern Lebanon.",
        "Workers said the army struck the village at dawn.",
    ],
)
def test_a_strike_on_something_or_by_an_armed_party_stays_an_attack(nlp: Language, text: str) -> None:
    assert "19" in {e.root for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas claimed responsibility for the suicide bombing in Beersheba.", ("PSE", "18")),
        ("The Philippine army accepted responsibility for the shelling of a village.", ("PHL", "19")),
    ],
)
def test_who_claims_responsibility_for_an_act_did_it(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert any(e.source == expected[0] and e.root == expected[1] for e in code(nlp, text))


@pytest.mark.parametrize("text", [
    "Two Italian aid workers were kidnapped in Baghdad by Ansar al-Sunna, the group claimed on Thursday.",
    "Ansar al-Sunna kidnapped two Italian aid workers near Mosul, the group claimed in a video.",
    "Two Kenyan engineers were abducted near Kismayo by a group linked to al-Shabaab, the group claimed.",
])
def test_a_trailing_claim_by_the_doer_claims_the_act(nlp: Language, text: str) -> None:
    found = {(e.source, e.target, e.cameo) for e in code(nlp, text)}
    assert any(c == "015" and t in ("ITA", "KEN") for _, t, c in found), found
    assert any(c[:2] == "18" for _, _, c in found), found  # the act itself is coded too


def test_a_trailing_claim_by_a_named_doer_keeps_the_act(nlp: Language) -> None:
    # the frame after its clause claims the act beside it, never in its place
    found = {(e.source, e.target, e.cameo) for e in code(
        nlp, "Three Kenyan soldiers were killed by al-Shabaab fighters near Lamu, al-Shabaab claimed on Monday.")}
    assert ("SOM", "KEN", "015") in found and ("SOM", "KEN", "190") in found, found


@pytest.mark.parametrize("text", [
    "Ansar al-Sunna kidnapped two Italian aid workers near Mosul, the group said on Thursday.",  # no claim
    "Iraqi troops killed five Kurdish rebels, the Turkish army claimed.",  # another party's claim
])
def test_no_trailing_claim_by_the_doer_is_no_claim_of_responsibility(nlp: Language, text: str) -> None:
    assert not any(e.cameo == "015" for e in code(nlp, text))


def test_an_unclaimed_act_keeps_no_source(nlp: Language) -> None:
    events = code(nlp, "No faction has claimed responsibility for the attack on the Israeli consulate.")
    assert any(e.root == "18" and e.source is None for e in events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Gunmen tried to kill the governor of Basra on Sunday.", "IRQ"),
        ("Iraqi insurgents tried to shoot down a US helicopter near Fallujah.", "IRQ"),
        ("Iranian gunboats attempted to attack a Saudi tanker.", "IRN"),
    ],
)
def test_an_attempt_at_violence_is_an_attack_made(nlp: Language, text: str, source: str) -> None:
    assert any(e.source == source and e.root in ("18", "19") for e in code(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "France tried to mediate between Ivory Coast and the rebels.",  # not violence: still only tried
        "Rebels will try to attack the capital.",  # the attempt itself is a plan
        "The army did not try to storm the mosque.",
    ],
)
def test_other_attempts_stay_unreal(nlp: Language, text: str) -> None:
    assert not any(e.root in ("04", "18", "19") for e in code(nlp, text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Karzai survived an assassination attempt in Gardez.", "AFG"),
        ("An assassination attempt on Musharraf failed.", "PAK"),
    ],
)
def test_an_assassination_attempt_was_made_on_its_survivor(nlp: Language, text: str, target: str) -> None:
    assert any(e.cameo == "185" and e.target == target for e in code(nlp, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Britain offered condolences to Egypt after the Sinai bombings.", "EGY"),
        ("The Fallujah offensive began on Monday.", "IRQ"),
    ],
)
def test_a_place_before_an_attack_is_where_it_happened(nlp: Language, text: str, place: str) -> None:
    attacks = [e for e in code(nlp, text) if e.root in ("18", "19")]
    assert attacks and all(e.source != place for e in attacks) and any(e.target == place for e in attacks)


def test_a_state_before_an_attack_still_made_it(nlp: Language) -> None:
    events = code(nlp, "US air strikes killed ten militants in Fallujah.")
    assert any(e.source == "USA" and e.root == "19" for e in events)
