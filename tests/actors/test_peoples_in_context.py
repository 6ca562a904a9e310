"""Peoples with no state of their own take the state the story names ("Kurdish rebels" beside Turkey are
Turkish rebels, beside Iraq Iraqi ones; none named, no actor); their plural noun is the people (CVL); a
plural people noun the tagger folds into a PERSON name ("Kosovo Serbs") is still the people; and "ethnic"
before a nationality names a people living outside that state, not the state."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors

DATE = "2004-01-01"


def found(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.text, m.code, m.sector) for m in resolve_actors(text, DATE)}


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Kurdish guerrillas ambushed a Turkish army convoy on Tuesday.", "Kurdish guerrillas", "TUR"),
        ("A Turkish court jailed two men accused of helping Kurdish rebels.", "Kurdish rebels", "TUR"),
        ("In Kirkuk, Kurdish fighters who had been besieged by Iraqi troops broke out.", "Kurdish fighters", "IRQ"),
        ("Damascus said Kurdish militiamen had seized a border post near Qamishli.", "Kurdish militiamen", "SYR"),
        ("Ankara says Iraqi Kurdish guerrillas and the PKK are allies.", "Kurdish guerrillas", "IRQ"),
        ("Tutsi soldiers were accused by Kinshasa of looting Goma.", "Tutsi soldiers", "COD"),
        ("Ankara vowed to strike the Kurdish militia in Syria that it calls terrorists.", "Kurdish militia", "SYR"),
    ],
)
def test_a_stateless_people_takes_the_state_the_story_names(text: str, words: str, code: str) -> None:
    assert any(w == words and c == code for w, c, _s in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    ["Kurdish rebels freed two hostages on Sunday.", "Hutu militias have been blamed for the massacre."],
)
def test_no_state_named_no_actor(text: str) -> None:
    assert not {c for _w, c, _s in found(text) if c not in ("-",)}, found(text)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Thousands of Kurds marched through Diyarbakir, Turkey, on Saturday.", "Kurds", "TUR"),
        ("Chechens fleeing the fighting reached Ingushetia.", "Chechens", "RUS"),
        ("Relief was sent by India to Tamils in the north.", "Tamils", "LKA"),
    ],
)
def test_a_peoples_plural_is_its_people(text: str, words: str, code: str) -> None:
    assert (words, code, "CVL") in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Kosovo Serbs blocked the bridge at Mitrovica.", "Kosovo Serbs", "XKX"),
        ("The mayor said that Bosnian Croats would boycott the vote.", "Bosnian Croats", "BIH"),
    ],
)
def test_a_community_tagged_as_a_person_is_still_the_community(text: str, words: str, code: str) -> None:
    assert (words, code, "CVL") in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Ethnic Albanian rebels in Macedonia ambushed a police patrol.", "ALB"),
        ("Hundreds of ethnic Russians living in Latvia protested against the language law.", "RUS"),
        ("Police arrested shopkeepers who were ethnic Chinese.", "CHN"),
    ],
)
def test_ethnic_names_a_people_not_its_state(text: str, state: str) -> None:
    assert state not in {c for _w, c, _s in found(text)}, found(text)
