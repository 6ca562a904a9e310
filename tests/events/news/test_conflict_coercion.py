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
        ("The raid that Turkish troops carried out in northern Iraq killed four guerrillas.", "TUR", "IRQ", "17"),
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
