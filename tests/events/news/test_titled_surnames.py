"""A speaker named by an office title and a surname alone ("Prime Minister Sharon") is that office
holder, not an unnamed official placed by the only state the text names."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_a_title_and_a_surname_name_the_office_holder(nlp: Language) -> None:
    found = roots(nlp, "Foreign Secretary Straw criticised Norway.")
    assert ("GBR", "NOR", "11") in found
    assert ("NOR", "NOR", "11") not in found


def test_a_surname_written_first_is_found_too(nlp: Language) -> None:
    assert ("CHN", "NOR", "11") in roots(nlp, "Premier Wen criticised Norway.")


def test_a_title_with_an_unknown_surname_stays_unnamed(nlp: Language) -> None:
    found = roots(nlp, "Foreign Minister Zorblatt criticised Norway.")
    assert not any(s == "GBR" for s, _, _ in found)
