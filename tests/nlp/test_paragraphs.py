"""A blank line ends a sentence (``multipolar_paragraphs``): a heading is not quoted with the sentence
after it, while a single line break in hard-wrapped text splits nothing."""

from __future__ import annotations

import spacy
from spacy.language import Language

from multipolar.nlp.paragraphs import paragraph_starts
from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(make_doc(nlp, Document(id="p", text=text, date="2024-05-16"))).sents
            if s.text.strip()]


def test_blank_line_starts_a_sentence_on_a_blank_doc() -> None:
    doc = spacy.blank("en")("Leaders gather in Delhi\n\nThe summit opened on Monday.\nIt ends Friday.")
    starts = paragraph_starts(doc)
    assert [doc[i].text for i in starts] == ["The"]


def test_pipeline_runs_paragraphs_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("multipolar_paragraphs") < names.index("parser")


def test_heading_without_full_stop_is_its_own_sentence(nlp: Language) -> None:
    sents = _sentences(nlp, "Ministers gather for border talks\n\nIndia's foreign minister met his Nepali "
                            "counterpart in Kathmandu on Monday.")
    assert sents[0] == "Ministers gather for border talks"
    events = nlp(make_doc(nlp, Document(id="p", text="Ministers gather for border talks\n\nIndia's foreign "
                                        "minister met his Nepali counterpart in Kathmandu on Monday.",
                                        date="2024-05-16")))._.events
    met = [e for e in events if e.cameo.startswith("04") and e.source == "IND"]
    assert met and all("Ministers gather" not in e.sentence for e in met)


def test_single_line_break_joins_wrapped_lines(nlp: Language) -> None:
    sents = _sentences(nlp, "The Kenyan government accused\nneighbouring Somalia of harbouring rebels.")
    assert len(sents) == 1


def test_opening_dateline_is_its_own_sentence(nlp: Language) -> None:
    sents = _sentences(nlp, "MADRID, June 4 - Spain and Morocco signed a fishing accord. It runs four years.")
    assert sents == ["MADRID, June 4 -", "Spain and Morocco signed a fishing accord.", "It runs four years."]


def test_dateline_with_region_and_agency(nlp: Language) -> None:
    first = _sentences(nlp, "SPRINGFIELD, Ill., May 2 - The governor vetoed the budget.")[0]
    assert first == "SPRINGFIELD, Ill., May 2 -"
    assert _sentences(nlp, "LIMA (Reuters) - Peru recalled its envoy.")[0] == "LIMA (Reuters) -"


def test_running_text_has_no_dateline(nlp: Language) -> None:
    assert len(_sentences(nlp, "Ghana and Togo - two neighbours - reopened their border.")) == 1


def test_blank_lines_inside_whitespace_runs() -> None:
    """Only a whitespace token with two line breaks followed by a word starts a paragraph (not the last
    token, not one followed by more whitespace)."""
    doc = spacy.blank("en")("Troops withdrew\n\n \n\nEnvoys met.\nTalks went on. \n\n")
    assert [doc[i].text for i in paragraph_starts(doc)] == ["Envoys"]
    assert paragraph_starts(spacy.blank("en")("\n\n")) == []
