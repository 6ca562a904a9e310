"""Material conflict and coercion: a border a nationality names places no party ("near the Afghan
border" is as often on the other side), and a support verb in a clause on its noun ("the tariffs X slapped
on Y", "the raid that troops carried out", "sanctions imposed by X") lends the noun its arguments."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Algerian police arrested nine Islamist rebels in a village near the Tunisian border.", "DZA", "DZA"),
        ("Indian police detained four separatist rebels close to the Pakistani frontier.", "IND", "IND"),
    ],
)
def test_border_nationality_places_no_party(nlp: Language, text: str, source: str, target: str) -> None:
    triples = _triples(nlp, text)
    assert (source, target, "17") in triples
    assert not any(t in ("TUN", "PAK") for _, t, _ in triples)


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Tokyo protested against the tariffs Washington slapped on Japanese steel.", "USA", "JPN", "16"),
        ("The raid that Turkish troops carried out in northern Iraq killed four guerrillas.", "TUR", "IRQ", "19"),
        ("The talks Egypt held with Sudanese envoys ended without a deal.", "EGY", "SDN", "04"),
    ],
)
def test_support_verb_in_a_clause_on_its_noun(nlp: Language, text: str, source: str, target: str,
                                              root: str) -> None:
    assert (source, target, root) in _triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Gunmen ambushed a convoy, killing seven soldiers, the Malian army said.", "MLI"),
        ("A suicide bomber killed nine soldiers at a checkpoint, the Yemeni defence ministry said.", "YEM"),
    ],
)
def test_state_speaker_owns_the_forces_of_its_reported_clause(nlp: Language, text: str, victims: str) -> None:
    assert any(e.target == victims and e.target_sector == "MIL" and e.root in ("18", "19") for e in code(nlp, text))


def test_state_speaker_does_not_place_the_attackers(nlp: Language) -> None:
    # "the US military said" owns the soldiers, not the insurgents who attacked them
    events = code(nlp, "Insurgents attacked a patrol, wounding three soldiers, the US military said.")
    assert not any(e.source == "USA" for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Beijing criticised Tokyo's decision to impose duties on Chinese textiles.", "JPN", "CHN", "16"),
        ("Seoul protested against Manila's decision to ban imports of South Korean cars.", "PHL", "KOR", "16"),
    ],
)
def test_a_decision_to_sanction_is_the_sanction(nlp: Language, text: str, source: str, target: str,
                                                root: str) -> None:
    triples = _triples(nlp, text)
    assert (source, target, root) in triples
    assert not any(r == "13" for _, _, r in triples)


def test_a_decision_to_send_troops_stays_an_intent(nlp: Language) -> None:
    assert ("ESP", "AFG", "03") in _triples(nlp, "Spain's decision to send troops to Afghanistan was welcomed.")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("French jets destroyed a rebel ammunition depot in northern Chad.", "19"),
        ("Indian artillery destroyed three Pakistani bunkers along the line of control.", "19"),
        ("Soldiers destroyed the houses of suspected guerrillas in a village in Peru.", "17"),
    ],
)
def test_destroying_a_military_target_is_force(nlp: Language, text: str, root: str) -> None:
    assert any(e.root == root and e.trigger == "destroyed" for e in code(nlp, text))


def test_a_crowd_gathering_to_appeal_rallies(nlp: Language) -> None:
    events = code(nlp, "Thousands of fishermen gathered in central Seoul to urge the government to reject the deal.")
    assert any(e.root == "14" and e.source == "KOR" and e.target == "KOR" for e in events), events


def test_officials_gathering_to_appeal_do_not_rally(nlp: Language) -> None:
    events = code(nlp, "Foreign ministers gathered in Geneva to urge an end to the fighting in Sudan.")
    assert not any(e.root == "14" for e in events), events


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Rebels shot dead eleven villagers in eastern Congo on Saturday.", "18"),
        ("Rebels attacked an army outpost in eastern Congo on Saturday.", "19"),
        ("Insurgents fired mortars at a U.S. base near Baghdad.", "19"),
    ],
)
def test_rebel_force_on_the_unarmed_is_an_assault(nlp: Language, text: str, root: str) -> None:
    events = [e for e in code(nlp, text) if e.root in ("18", "19")]
    assert events and all(e.root == root for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Eritrea has massed troops along the Ethiopian border, diplomats said.", "ERI", "ETH", "15"),
        ("Syrian troops reoccupied the Lebanese town of Zahle.", "SYR", "LBN", "19"),
    ],
)
def test_massing_troops_and_reoccupying(nlp: Language, text: str, source: str, target: str, root: str) -> None:
    assert (source, target, root) in _triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Syrian tanks rolled into the Lebanese town of Zahle on Friday.", "SYR", "LBN"),
        ("Kenyan troops crossed into Somalia to pursue the militants.", "KEN", "SOM"),
        ("Ugandan soldiers entered eastern Congo last week, a spokesman said.", "UGA", "COD"),
    ],
)
def test_an_armed_party_moving_in_is_an_incursion(nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target, "19") in _triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Portugal entered the European Community in 1986.",
        "Thousands of Sudanese refugees poured into Chad.",
        "Korean carmakers moved into the Indian market.",
    ],
)
def test_moving_in_by_others_is_no_incursion(nlp: Language, text: str) -> None:
    assert not any(e.root == "19" for e in code(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Separatist rebels entered peace talks with the Indonesian government on Tuesday.",
        "The Thai army entered politics again after the election.",
        "Fighters of the movement entered the political mainstream last year.",
        "The guerrillas swept into power after the dictator fled.",
        "Two generals moved into cabinet posts in the new government.",
    ],
)
def test_an_armed_party_entering_talks_power_or_office_is_no_incursion(nlp: Language, text: str) -> None:
    assert not any(e.root == "19" for e in code(nlp, text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Separatist rebels ambushed a patrol in Aceh on Tuesday.", "IDN"),
        ("Militants attacked a checkpoint in Ingushetia overnight.", "RUS"),
        ("Tamil rebels attacked a navy base on Monday.", "LKA"),
    ],
)
def test_conflict_regions_place_their_fighters(nlp: Language, text: str, source: str) -> None:
    assert any(e.source == source and e.root in ("18", "19") for e in code(nlp, text))
