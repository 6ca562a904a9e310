"""Domestic vocabulary: disqualifying a politician is an administrative sanction (172)."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import code


def test_disqualifying_a_politician_is_an_administrative_sanction(nlp: Language) -> None:
    events = code(nlp, "A Nepalese court disqualified the opposition leader from the election.")
    assert any(e.cameo == "172" and e.source == "NPL" and e.target == "NPL" for e in events), events

