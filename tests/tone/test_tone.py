"""Document tone on GDELT's scale from VADER's lexicon."""

from __future__ import annotations

from spacy.language import Language

from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document
from multipolar.tone.lexicon import polarity, tone


def test_lexicon_is_read_from_the_package() -> None:
    lexicon = polarity()
    assert "peace" in lexicon.positive and "killed" in lexicon.negative
    assert len(lexicon.positive) > 1000 and len(lexicon.negative) > 1000


def test_tone_is_positive_minus_negative_share_in_percent() -> None:
    words = ["the", "leaders", "welcomed", "the", "peace", "deal", "but", "condemned", "the", "attack"]
    lexicon = polarity()
    pos = sum(w in lexicon.positive for w in words)
    neg = sum(w in lexicon.negative for w in words)
    assert tone(words) == round(100 * (pos - neg) / len(words), 4)
    assert tone([]) is None
    assert tone(["war", "killed", "attack"]) < 0 < tone(["peace", "agreement", "celebrate"])  # type: ignore[operator]


def test_events_carry_their_document_tone(nlp: Language) -> None:
    text = "Rebels killed dozens of villagers in a brutal attack. Kenya condemned Somalia over the massacre."
    doc = nlp(make_doc(nlp, Document(id="t", text=text)))
    assert doc._.tone is not None and doc._.tone < 0
    assert doc._.events and {e.tone for e in doc._.events} == {doc._.tone}
