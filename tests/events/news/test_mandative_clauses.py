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


def test_a_spoken_acts_from_phrase_names_its_maker(nlp: Language) -> None:
    """"a demand from X to ...": X demands, as with "X's demand to ..."; the rejecter is the one asked."""
    found = roots(nlp, "Bolivia rejected a demand from Chile to pull its soldiers out of the valley.")
    assert ("BOL", "CHL", "12") in found and ("CHL", "BOL", "10") in found, found
    assert ("BOL", "CHL", "10") not in found, found
    found = roots(nlp, "Ecuador turned down a call from Colombia to close the border crossings.")
    assert ("ECU", "COL", "02") not in found and ("ECU", "COL", "10") not in found, found


def test_a_from_phrase_of_permission_names_no_maker(nlp: Language) -> None:
    """"permission from X" names who grants it, not who acts: no act is given to X."""
    found = roots(nlp, "Chile sought permission from Argentina to use the port at Ushuaia.")
    assert not any(s == "ARG" for s, _t, _r in found), found
