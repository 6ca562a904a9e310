"""Parties of nominal triggers with no agent phrase: a hyphenated pair before a reciprocal act
("Chile-Peru talks") takes part on both sides; a passive support verb's "between" phrase names the
parties of its reciprocal object ("talks were held between A and B"); a violent act's "of" phrase is
its target ("the car bombing of a Kenyan bus"), never the agent of the verb it is the subject of."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.hyphens import hyphen_partners, opposed_modifier
from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("Chile-Peru talks on the maritime border opened in Lima.", ("CHL", "PER"), "04"),
        ("The Egypt-Sudan summit ended with a joint statement.", ("EGY", "SDN"), "04"),
        ("Fresh Armenian-Azerbaijani clashes broke out along the frontier.", ("ARM", "AZE"), "19"),
    ],
)
def test_hyphenated_pair_acts_both_ways(nlp: Language, text: str, pair: tuple[str, str], root: str) -> None:
    found = roots(nlp, text)
    a, b = pair
    assert (a, b, root) in found and (b, a, root) in found, found


def test_hyphen_partners_only_across_a_hyphen(nlp: Language) -> None:
    # "Chile and Peru talks" is coordination, not a hyphenated pair; "Chile-Peru" is
    hyphen = nlp("Chile-Peru talks opened.")
    assert [t.text for t in hyphen_partners(hyphen[3])] == ["Chile"]
    plain = nlp("The border talks opened.")
    assert hyphen_partners(plain[2]) == []


def test_hyphenated_pair_needs_a_reciprocal_act(nlp: Language) -> None:
    # a one-sided act is not made mutual: the pair never attacks each other both ways
    found = roots(nlp, "The Kenya-Somalia border attack killed four soldiers.")
    assert not {("KEN", "SOM", "19"), ("SOM", "KEN", "19")} <= found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Talks were held between Georgia and Russia in Geneva on Friday.", ("GEO", "RUS")),
        ("A meeting was held between Thai and Cambodian officials in Bangkok.", ("THA", "KHM")),
    ],
)
def test_passive_support_verb_between_phrase(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = roots(nlp, text)
    a, b = pair
    assert (a, b, "04") in found and (b, a, "04") in found, found


def test_passive_support_verb_without_parties_codes_nothing(nlp: Language) -> None:
    assert not any(r == "04" for _, _, r in roots(nlp, "Talks were held in Geneva on Friday."))


@pytest.mark.parametrize(
    ("text", "target", "root"),
    [
        ("The car bombing of a Kenyan bus near Mombasa killed nine.", "KEN", "18"),
        ("The roadside bombing of an Afghan army truck left six dead.", "AFG", "18"),
    ],
)
def test_of_phrase_is_the_target_of_a_bombing(nlp: Language, text: str, target: str, root: str) -> None:
    found = roots(nlp, text)
    assert (None, target, root) in found, found
    # the victim named in the subject's of-phrase is no agent of the verb
    assert not any(s == target for s, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "agent", "victim"),
    [
        ("Six Somali soldiers were killed in an Ethiopian air strike near Baidoa.", "ETH", "SOM"),
        ("Two Lebanese fishermen were wounded in Israel's shelling of the coast.", "ISR", "LBN"),
    ],
)
def test_passive_casualties_of_an_owned_attack(nlp: Language, text: str, agent: str, victim: str) -> None:
    # the owner or national modifier of the attack the casualties fell in is the agent of the verb
    found = roots(nlp, text)
    assert any(s == agent and t == victim for s, t, _ in found), found
    assert (None, victim, "18") not in found, found


def test_passive_casualties_of_an_unowned_attack_stay_unnamed(nlp: Language) -> None:
    # "a roadside attack": no actor modifies the act, the attacker stays unnamed
    found = roots(nlp, "Six Somali soldiers were killed in a roadside attack on Tuesday.")
    assert not any(s is not None for s, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Talks on the border dispute between Eritrea and Ethiopia opened in Algiers.", ("ERI", "ETH")),
        ("Talks over water rights between Egypt and Ethiopia resumed on Monday.", ("EGY", "ETH")),
    ],
)
def test_between_phrase_on_the_topic_of_talks(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = roots(nlp, text)
    a, b = pair
    assert (a, b, "04") in found and (b, a, "04") in found, found


@pytest.mark.parametrize(
    ("text", "agent", "victim"),
    [
        ("A Turkish air strike on a village in northern Iraq killed eight people.", "TUR", "IRQ"),
        ("An Ethiopian air strike on a market in Baidoa killed six people.", "ETH", "SOM"),
    ],
)
def test_violent_act_subject_lends_its_target(nlp: Language, text: str, agent: str, victim: str) -> None:
    # the unnamed casualties of the verb are the act's own target, not the attacker's nationals
    found = roots(nlp, text)
    assert (agent, victim, "19") in found, found
    assert (agent, agent, "19") not in found, found


def test_named_casualties_keep_their_country(nlp: Language) -> None:
    # a verb object naming its own party is kept ("killed two Kenyan policemen")
    found = roots(nlp, "A Somali militia attack on a camp in Baidoa killed two Kenyan policemen.")
    assert any(t == "KEN" for _, t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The kidnappers of three Turkish truck drivers demanded that Iraq free all prisoners.",
        "The attackers of a Nepalese army post called on India to free their comrades.",
    ],
)
def test_perpetrator_of_phrase_names_no_agent(nlp: Language, text: str) -> None:
    # "the kidnappers of X": X is the victim, never the party making the demand
    found = roots(nlp, text)
    assert not any(s in ("TUR", "NPL") and r in ("10", "02") for s, _, r in found), found


@pytest.mark.parametrize(
    ("text", "agent", "root"),
    [
        ("Kenya's arrest of a prominent businessman alarmed investors.", "KEN", "17"),
        ("Zimbabwe's expulsion of three foreign reporters drew protests.", "ZWE", "17"),
    ],
)
def test_owner_before_of_phrase_is_the_agent(nlp: Language, text: str, agent: str, root: str) -> None:
    # the undergoer is unnamed, yet the owner before the of-phrase does the act, not undergo it
    found = roots(nlp, text)
    assert any(s == agent and r == root for s, _, r in found), found


def test_owner_without_of_phrase_still_undergoes(nlp: Language) -> None:
    # no of-phrase: the owner is the one arrested and the by-phrase names the agent
    found = roots(nlp, "The opposition leader's arrest by Ugandan police drew protests.")
    assert any(s == "UGA" and r == "17" for s, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anti-British protests broke out in Basra on Sunday.", ("IRQ", "GBR", "14")),
        ("Anti-French demonstrations spread across Ivory Coast.", ("CIV", "FRA", "14")),
    ],
)
def test_anti_modifier_names_the_target(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    # the people of the protest's place protest at the country after "anti-", which never protests itself
    found = roots(nlp, text)
    assert expected in found, found
    assert not any(s == expected[1] for s, _, _ in found), found


def test_opposed_modifier_reads_the_hyphen(nlp: Language) -> None:
    parsed = nlp("Anti-British protests and British protests.")
    british = [t for t in parsed if t.text == "British"]
    assert [opposed_modifier(t) for t in british] == [True, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran faces the threat of sanctions from the Security Council.", ("UN", "IRN", "13")),
        ("Sudan faces the threat of sanctions from the United Nations over Darfur.", ("UN", "SDN", "13")),
    ],
)
def test_received_threat_of_an_act_names_its_giver_on_the_act(nlp: Language, text: str, expected: tuple) -> None:
    """"faces the threat of sanctions from X": the parse hangs X on the threatened act; X threatens."""
    assert expected in roots(nlp, text)


def test_received_threat_of_a_thing_is_no_event(nlp: Language) -> None:
    assert roots(nlp, "The region faces the threat of Iranian missiles.") == set()
