"""Arguments of material conflict (fresh-conflict, round 11): a counter-attack fights the attacker,
the place phrase a parse hangs on the verb above an attack noun is still where the attack was, and
a report of fighting is not fighting by the clause's subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "source", "attacker"),
    [
        # the repelled attack's owner is the target; the attack noun still codes the attacker's own act
        ("Armenia said its soldiers had repelled an Azerbaijani attack on a border village in northern Armenia.",
         "ARM", "AZE"),
        ("Kenyan troops repulsed a Somali raid on a police camp near Garissa.", "KEN", "SOM"),
        ("Thai troops drove back Cambodian soldiers near the disputed temple.", "THA", "KHM"),
    ],
)
def test_counter_attack_fights_the_attacker(nlp: Language, text: str, source: str, attacker: str) -> None:
    assert (source, attacker, "19") in roots(nlp, text)


def test_repelled_attack_keeps_the_attackers_event(nlp: Language) -> None:
    coded = roots(nlp, "Armenia said its soldiers had repelled an Azerbaijani attack on a border village in "
                       "northern Armenia.")
    assert ("AZE", "ARM", "19") in coded


def test_repelling_a_bid_is_no_fighting(nlp: Language) -> None:
    assert not any(r == "19" for _, _, r in roots(nlp, "The company repelled a hostile takeover bid."))


def test_place_on_the_verb_above_an_attack_noun_is_the_target(nlp: Language) -> None:
    # the parse hangs "in a remote ... part of southern Armenia" on "halted", not on the assault's hill
    text = ("Armenia said its soldiers had halted an Azerbaijani assault on a mountain ridge in a remote and "
            "snowy part of southern Armenia.")
    assert ("AZE", "ARM", "19") in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said Damascus had exaggerated reports of fighting on the northern front.",
        "Officials said the rebels had news of an attack on the capital.",
    ],
)
def test_reported_fighting_is_not_the_subjects_act(nlp: Language, text: str) -> None:
    # a report noun is no quantity to climb over ("a round of talks"): its subject did not fight
    assert not any(r in ("18", "19") and s is not None for s, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "seller", "buyer"),
    [
        ("The report described sales of Russian oil to India since the war began.", "RUS", "IND"),
        ("Officials welcomed exports of Ukrainian grain to Egypt.", "UKR", "EGY"),
    ],
)
def test_owner_of_traded_goods_is_the_seller(nlp: Language, text: str, seller: str, buyer: str) -> None:
    assert (seller, buyer, "06") in roots(nlp, text)


def test_goods_of_no_state_name_no_seller(nlp: Language) -> None:
    assert not any(r == "06" for _, _, r in roots(nlp, "The minister discussed sales of fuel to Kenya."))


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # unnamed protesters take the country of the place of what they march on
        ("Thousands of protesters marched on the US embassy in Manila.", "PHL"),
        ("Hundreds of students marched to the French embassy in Dakar.", "SEN"),
    ],
)
def test_protesters_take_the_place_of_the_building_they_march_on(nlp: Language, text: str, home: str) -> None:
    assert any(s == home and r == "14" for s, _, r in roots(nlp, text))


def test_place_of_a_meeting_on_the_verb_is_no_attack_target(nlp: Language) -> None:
    # only "in"/"near" a place (or a part "of" one) on the verb; "at its meeting in New York" is the venue
    text = "The Security Council discussed the bombing at its meeting in New York."
    assert not any(t == "USA" or t == "UN" for _, t, _ in roots(nlp, text))


@pytest.mark.parametrize("text, dyad", [
    ("Israel sealed off the West Bank on Friday.", ("ISR", "PSE", "19")),
    ("Israeli forces sealed off the Gaza Strip and the West Bank.", ("ISR", "PSE", "19")),
])
def test_an_object_hung_on_the_particle_is_the_verb_s_object(nlp: Language, text: str, dyad: tuple) -> None:
    assert dyad in roots(nlp, text)


@pytest.mark.parametrize("text", [
    "Militants freed two Italians held hostage in Iraq.",
    "Kidnappers in Iraq released three Kenyan drivers held hostage for six weeks.",
])
def test_a_captive_clause_under_a_release_names_the_captive(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    released = [t for s, t, r in found if r == "08"]
    assert released and released[0] in ("ITA", "KEN"), found
    assert not any(r == "18" and s in ("ITA", "KEN") for s, _, r in found), found


def test_a_reported_hostage_taking_keeps_its_subject(nlp: Language) -> None:
    found = roots(nlp, "Officials said rebels held hostage two Colombian soldiers in the jungle.")
    assert not any(t is None and s == "COL" for s, t, _ in found), found


def test_captives_held_by_others_are_not_their_rescuers_people(nlp: Language) -> None:
    found = roots(nlp, "Colombian troops rescued three hostages held by leftist guerrillas.")
    assert not any(r == "18" and t == "COL" and s is None for s, t, r in found), found
