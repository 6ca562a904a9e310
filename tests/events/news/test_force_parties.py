"""Parties of material conflict: an act of force coded with no target at all gives way to an
act of force in its sentence that has one (it stays where none has), an act of violence that is itself the
subject of a casualty verb lends the casualty its own attacker ("a bombing by Hamas militants killed six"),
a lone person who attacks is an unidentified attacker, and an attack on a vehicle
hits whom it carried."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops pressed their offensive and killed twelve Chechen rebels near Grozny.",
        "Rebel fighters laid siege to the town and shot dead four Ugandan soldiers.",
    ],
)
def test_an_untargeted_act_of_force_gives_way(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert events
    assert all(e.target is not None or e.target_sector is not None for e in events if e.root in ("17", "18", "19"))


def test_an_untargeted_act_of_force_alone_stays(nlp: Language) -> None:
    events = code(nlp, "Government troops launched an offensive in the north on Monday.")
    assert any(e.root == "19" and e.target is None for e in events)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A suicide bombing by Hamas militants killed six Israelis in Jerusalem.", ("PSE", "ISR", "18")),
        ("An attack by Taliban fighters on a police post killed nine Afghan policemen.", ("AFG", "AFG", "19")),
        ("A grenade attack by Maoist rebels wounded five Nepalese soldiers in Kathmandu.", ("NPL", "NPL", "19")),
    ],
)
def test_the_agent_of_an_act_subject_is_the_attacker(nlp: Language, text: str,
                                                     event: tuple[str, str, str]) -> None:
    assert event in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A woman blew herself up outside a Moscow metro station, killing eight people.",
        "A man armed with a grenade attacked a police post in Grozny, killing two officers.",
    ],
)
def test_a_lone_person_who_attacks_is_an_unidentified_attacker(nlp: Language, text: str) -> None:
    violent = [e for e in code(nlp, text) if e.root in ("18", "19")]
    assert violent
    assert all(e.source is None and e.source_sector == "UAF" for e in violent)


def test_a_lone_person_as_a_victim_stays_a_civilian(nlp: Language) -> None:
    events = code(nlp, "Police in Lagos arrested a woman accused of smuggling weapons.")
    assert any(e.root == "17" and (e.target, e.target_sector) == ("NGA", "CVL") for e in events)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Rebels ambushed a bus carrying Ugandan soldiers, killing four.", (None, "UGA", "19")),
        ("Militants fired on a truck carrying Afghan election workers.", ("AFG", "AFG", "18")),
    ],
)
def test_an_attack_on_a_vehicle_hits_whom_it_carried(nlp: Language, text: str,
                                                     event: tuple[str | None, str, str]) -> None:
    assert event in roots(nlp, text)
