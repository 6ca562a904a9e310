"""An event record carries its evidence: sentence, offsets, trigger span, ontology fields, rule."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import code


def test_event_record_carries_evidence(nlp: Language) -> None:
    text = "Trade grew. Japan provided humanitarian aid to Haiti."
    (event,) = code(nlp, text)
    assert event.sentence == "Japan provided humanitarian aid to Haiti."
    assert event.sentence_index == 1
    assert text[event.sentence_start:].startswith(event.sentence)
    assert text[event.char_start:event.char_end] == event.trigger == "aid"
    assert (event.cameo, event.plover, event.quad, event.penta) == ("073", "AID", 2, 2)
    assert event.goldstein > 0 and event.date == "2023-06-01" and event.doc_id == "t"
    assert event.rule.startswith("noun:aid[humanitarian]") and 0.5 <= event.confidence <= 1.0
    assert event.source_text == "Japan" and event.target_text == "Haiti"
