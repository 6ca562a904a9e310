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


def test_token_index_matches_as_a_scan_of_every_word() -> None:
    """Only the words that start an indexed phrase are tried; the matches are those of trying every word."""
    from spacy.strings import get_string_id

    from multipolar.actors.token_index import TokenIndex

    index = TokenIndex()
    for key, phrase in enumerate(["Nova Scotia", "Nova", "Scotia Bank", "Aaron", "U.S."]):
        index.add(key, phrase)
    doc = spacy.blank("en")("Nova Scotia Bank hired Aaron; Nova Scotia and Nova met Aaron Nova.")
    ids = [get_string_id(t.text) for t in doc]
    scan = [(key, i, i + len(words)) for i in range(len(ids)) for words, key in index.index.get(ids[i], ())
            if tuple(ids[i:i + len(words)]) == words]
    assert index(doc) == scan and len(scan) == 9
    index.add(9, "hired")  # a word added later is found too
    assert (9, 3, 4) in index(doc)
