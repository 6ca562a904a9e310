"""Courts and tribunals (actors/data/roles.tsv): a tribunal is a judicial body (JUD) like a court, so its
sentences and convictions are coded with the judiciary as source; a military court or tribunal is the
military's (MIL, as in the PETRARCH agents dictionary)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A tribunal in Bahrain sentenced four opposition activists to prison.", ("BHR", "JUD", "173")),
        ("A Syrian court jailed two Kurdish journalists on Monday.", ("SYR", "JUD", "173")),
        ("An Egyptian military tribunal sentenced nine protesters to five years.", ("EGY", "MIL", "173")),
    ],
)
def test_courts_and_tribunals_sentence(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(e.source, e.source_sector, e.cameo) for e in code(nlp, text)}
