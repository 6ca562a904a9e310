"""``among_ids`` finds a doc's tokens in a sorted id table as ``numpy.isin`` does."""

from __future__ import annotations

import numpy
import spacy
from spacy.attrs import ORTH

from multipolar.actors.token_index import among_ids, id_array


def test_among_ids_agrees_with_isin() -> None:
    doc = spacy.blank("en")("Zelda met Aaron and Mbeki in Zurich; Aaron left before Zelda spoke.")
    orth = doc.to_array(ORTH)
    for words in ([], ["Aaron"], ["Zelda", "Aaron", "Mbeki", "nobody"], ["zzzz", "Zurich", "spoke", "."]):
        ids = id_array(words)
        assert among_ids(orth, ids).tolist() == numpy.isin(orth, ids).tolist()
    assert among_ids(orth[:0], id_array(["Aaron"])).tolist() == []
