"""The ``multipolar_tone`` spaCy component: sets ``doc._.tone`` and each event's ``tone``."""

from __future__ import annotations

import dataclasses

from spacy.attrs import IS_ALPHA, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from multipolar.nlp import extensions as _extensions  # noqa: F401
from multipolar.tone.lexicon import polarity, tone_of_ids


class ToneScorer:
    """The document's tone (GDELT's AvgTone scale) on every event it codes (GDELT's MentionDocTone)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        polarity()  # read the lexicon once, up front

    def __call__(self, doc: Doc) -> Doc:
        # the token attribute arrays, tested by string hash: no Token object or string per word
        score = tone_of_ids(lower for lower, alpha in doc.to_array([LOWER, IS_ALPHA]).tolist() if alpha)
        doc._.tone = score
        if doc._.events:
            doc._.events = [dataclasses.replace(e, tone=score) for e in doc._.events]
        return doc


@Language.factory("multipolar_tone", requires=["doc._.events"], assigns=["doc._.tone", "doc._.events"])
def make_tone_scorer(nlp: Language, name: str) -> ToneScorer:
    return ToneScorer(nlp, name)
