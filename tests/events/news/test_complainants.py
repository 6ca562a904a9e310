"""A violent act named by a state's complaint, with no target of its own, hit the complainant."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya complained about the incursion by Somali gunmen.", ("SOM", "KEN")),
        ("Benin protested the shelling by Nigerian gunboats last week.", ("NGA", "BEN")),
        ("Peru protested to the OAS over the air raid by Ecuadorean planes.", ("ECU", "PER")),
        ("Kenya's protest over the Somali raid went unanswered.", ("SOM", "KEN")),
    ],
)
def test_the_complainant_is_the_target_of_the_act_it_protests(nlp: Language, text: str,
                                                               expected: tuple[str, str]) -> None:
    assert any((s, t) == expected and root in ("18", "19") for s, t, root in roots(nlp, text))


def test_an_act_with_its_own_target_keeps_it(nlp: Language) -> None:
    found = roots(nlp, "Kenya protested the Somali raid on Ethiopia.")
    assert any((s, t, root) == ("SOM", "ETH", "19") for s, t, root in found)
    assert not any(s == "SOM" and t == "KEN" for s, t, _ in found)


def test_a_complaint_about_words_gives_no_violent_target(nlp: Language) -> None:
    assert not any(root in ("18", "19") for _, _, root in roots(nlp, "Kenya complained about the Somali remarks."))


def test_a_protest_or_cut_in_ties_complained_of_is_no_act_on_the_complainant(nlp: Language) -> None:
    found = roots(nlp, "Kenya protested the boycott by Somali traders.")
    assert not any((s, t, root) == ("SOM", "KEN", "14") for s, t, root in found)
