"""Old wire copy (capitals after "U.S.", a capitalised lead word after a dateline) is coded
as modern text, and the evidence quotes the original text at its own offsets (nlp/normalise.py)."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import code


def test_capital_after_initialism_does_not_split_the_sentence(nlp: Language) -> None:
    text = "Chile quarrelled with the U.S. Over copper prices and Peru protested."
    events = [e for e in code(nlp, text) if (e.source, e.target) == ("CHL", "USA")]
    assert events and all(e.sentence == text for e in events), [(e.sentence, e.cameo) for e in events]


def test_ticker_is_kept_in_the_evidence(nlp: Language) -> None:
    text = "Britain protested after Peru seized the mine of Acme Plc <ACME.L> on Monday."
    events = [e for e in code(nlp, text) if (e.source, e.target, e.root) == ("GBR", "PER", "11")]
    assert events, [(e.source, e.target, e.root) for e in code(nlp, text)]
    assert events[0].sentence == text and text[events[0].char_start:events[0].char_end] == events[0].trigger


def test_capitalised_lead_word_after_dateline_is_a_trigger(nlp: Language) -> None:
    text = "CAIRO, June 3 - Talks between Sudan and Ethiopia on the dam resumed on Tuesday."
    events = code(nlp, text)
    pairs = {(e.source, e.target, e.root) for e in events}
    assert ("SDN", "ETH", "04") in pairs or ("ETH", "SDN", "04") in pairs, pairs
    talks = next(e for e in events if e.root == "04")
    assert talks.trigger == "Talks" and text[talks.char_start:talks.char_end] == "Talks"
