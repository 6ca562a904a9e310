"""Same-length normalisation of old wire copy (nlp/normalise.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.nlp.normalise import normalise
from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document


@pytest.mark.parametrize("text, expected", [
    ("Ties between the U.S. And Brazil improved.", "Ties between the U.S. and Brazil improved."),
    ("Officials say the U.N. Will vote on Monday.", "Officials say the U.N. will vote on Monday."),
    ("Brazil quarrelled with the U.S. Over coffee.", "Brazil quarrelled with the U.S. over coffee."),
    ("OSLO, May 2 - Fighting broke out in the north.", "OSLO, May 2 - fighting broke out in the north."),
])
def test_old_wire_capitals_and_tickers_are_normalised(text: str, expected: str) -> None:
    assert normalise(text) == expected
    assert len(normalise(text)) == len(text)


@pytest.mark.parametrize("text", [
    "The U.S. Senate approved the bill.",
    "A U.S. Trade Representative visited Lima.",
    "OSLO, May 2 - Norway's prime minister resigned.",
    "Talks resumed in Oslo.",
    "Acme Motors <ACME.T> will build a plant.",
])
def test_names_and_plain_text_are_kept(text: str) -> None:
    assert normalise(text) == text


@pytest.mark.parametrize("text, expected", [
    ("The envoy called it quot;a dead end quot; on Monday.", 'The envoy called it     "a dead end "     on Monday.'),
    ('quot;We will not yield quot;, the minister said.', '    "We will not yield "    , the minister said.'),
    ("He said &quot;no&quot; twice.", 'He said      "no"      twice.'),
])
def test_stripped_quote_entities_become_quotes(text: str, expected: str) -> None:
    assert normalise(text) == expected
    assert len(normalise(text)) == len(text)


def test_words_ending_in_quot_are_kept() -> None:
    assert normalise("An aliquot; a sample.") == "An aliquot; a sample."


def test_a_quotation_behind_a_quote_entity_is_read_as_speech(nlp: Language) -> None:
    text = "quot;Japan must apologise for the war quot; said the Chinese foreign minister."
    doc = nlp(make_doc(nlp, Document(id="t", text=text)))
    assert any(e.source == "CHN" and e.target == "JPN" for e in doc._.events), doc._.events


def test_crowd_words_after_a_dateline_are_lower_cased() -> None:
    assert normalise("AP - Thousands marched in Kiev.") == "AP - thousands marched in Kiev."
    assert normalise("AP - Security Council members met.") == "AP - Security Council members met."


@pytest.mark.parametrize("text, expected", [
    ("The Dutch envoy - back from a tour of the region - blamed Serbia.",
     "The Dutch envoy \u2014 back from a tour of the region \u2014 blamed Serbia."),
    ("BERLIN, May 2 - The chancellor - under fire at home - rebuked Hungary.",
     "BERLIN, May 2 - The chancellor \u2014 under fire at home \u2014 rebuked Hungary."),
])
def test_spaced_hyphens_around_an_aside_become_dashes(text: str, expected: str) -> None:
    assert normalise(text) == expected
    assert len(normalise(text)) == len(text)


@pytest.mark.parametrize("text", [
    "OSLO, June 3 - Norway raised rates - by a quarter point.",  # the dateline's dash is no aside
    "Output grew 4 - 5 pct - the bank said.",  # a number range
    "Norway won - Sweden lost. Denmark drew - Finland too.",  # a sentence stop between the hyphens
])
def test_other_spaced_hyphens_are_kept(text: str) -> None:
    assert normalise(text) == text


def test_the_speaker_before_a_hyphenated_aside_keeps_the_act(nlp: Language) -> None:
    text = "The Dutch envoy - back from a tour of the region - blamed Serbia for the unrest."
    doc = nlp(make_doc(nlp, Document(id="t", text=text)))
    assert any(e.source == "NLD" and e.target == "SRB" and e.root == "11" for e in doc._.events), doc._.events
