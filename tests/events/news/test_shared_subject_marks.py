"""A participial clause opened by "while", "after", "before" ... shares the subject of its main clause:
"farmers are bracing for a poor harvest while urging their government to ..." (the farmers urge)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MANILA, May 4 - Filipino farmers are bracing for a poor harvest while urging their government to "
         "buy rice.", ("PHL", "PHL", "02")),
        ("TOKYO, May 4 - After meeting the American envoy, Japan criticised the tariffs.", ("JPN", "USA", "04")),
        ("LONDON, May 4 - Britain protested before expelling three Libyan diplomats.", ("GBR", "LBY", "16")),
    ],
)
def test_a_marked_participle_shares_the_main_subject(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Bolivian army was placed on high alert, threatening Paraguay with reprisals.", ("BOL", "PRY", "13")),
        ("Ecuadorean troops were massed along the frontier, shelling Peruvian outposts.", ("ECU", "PER", "19")),
        ("Hanoi was angered by the vote, accusing Beijing of meddling.", ("VNM", "CHN", "11")),
    ],
)
def test_a_participle_after_a_passive_shares_its_subject(nlp: Language, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    """An unmarked participle after a passive main clause: the passive's subject acts."""
    found = roots(nlp, text)
    assert expected in found, found


def test_a_casualty_participle_after_a_passive_is_no_act_of_its_subject(nlp: Language) -> None:
    """'a bus was hit by a rocket, wounding six': the toll of the strike, not something the bus did."""
    found = roots(nlp, "A Peruvian bus was hit by a rocket on Friday, wounding six passengers.")
    assert found and not any(source == "PER" for source, _, _ in found), found
