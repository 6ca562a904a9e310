"""A demand's "that"-clause with a bare verb ("demands by X that he resign") which the parser takes for
a relative clause: the act is demanded, not done."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_demanded_resignation_is_a_demand(nlp: Language) -> None:
    found = roots(nlp, "The Peruvian interior minister brushed aside demands by a group of Peruvian senators "
                       "that he resign.")
    assert ("PER", "PER", "10") in found
    assert not any(r == "08" for _s, _t, r in found)


def test_called_resignation_is_no_concession(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan president rejected calls by opposition leaders that he resign.")
    assert not any(r == "08" for _s, _t, r in found)


def test_real_relative_clause_still_codes(nlp: Language) -> None:
    found = roots(nlp, "The Chilean minister met the Peruvian envoys that they sent.")
    assert any(r == "04" for _s, _t, r in found)


def test_demanders_are_the_source(nlp: Language) -> None:
    """The noun's by-phrase names who demands; the clause's subject is the one asked."""
    found = roots(nlp, "The Mexican trade minister rejected demands by American senators that he resign.")
    assert ("USA", "MEX", "10") in found
    assert not any(r == "08" for _s, _t, r in found)
