"""Unit tests of :mod:`multipolar.events.circumstance` on hand-built parses (no statistical model)."""

from __future__ import annotations

from multipolar.events.arguments import Arguments
from multipolar.events.circumstance import circumstance_verb, framed, undergoes
from multipolar.events.lexicon import LexEntry, load_lexicon
from tests.events.rules.handbuilt import parse, with_actors

ARRIVED = """
Wen Wen PROPN NNP nsubj 1
arrived arrive VERB VBD ROOT 1
for for ADP IN prep 1
talks talk NOUN NNS pobj 2
with with ADP IN prep 3
Putin Putin PROPN NNP pobj 4
. . PUNCT . punct 1
"""
DIED = """
soldiers soldier NOUN NNS nsubj 1
died die VERB VBD ROOT 1
in in ADP IN prep 1
a a DET DT det 4
raid raid NOUN NN pobj 2
. . PUNCT . punct 1
"""
CAME = """
troops troop NOUN NNS nsubj 1
came come VERB VBD ROOT 1
under under ADP IN prep 1
fire fire NOUN NN pobj 2
. . PUNCT . punct 1
"""


def _entry(lemma: str) -> LexEntry:
    return next(e for e in load_lexicon().nouns[lemma] if not e.modifiers)


def test_the_governing_verb_of_a_purpose_phrase() -> None:
    doc = with_actors(parse(ARRIVED), (0, 1, "CHN"), (5, 6, "RUS"))
    verb = circumstance_verb(doc[3], _entry("talk"), Arguments(doc, unresolved=False))
    assert verb is not None and verb.text == "arrived"


def test_a_subject_that_undergoes_a_one_sided_act() -> None:
    doc = with_actors(parse(DIED), (0, 1, "EGY"))
    assert undergoes(doc[1])
    assert circumstance_verb(doc[4], _entry("raid"), Arguments(doc, unresolved=False)) is None


def test_a_verb_with_its_preposition() -> None:
    assert undergoes(parse(CAME)[1])


START = """
Chirac Chirac PROPN NNP nsubj 1
arrived arrive VERB VBD ROOT 1
at at ADP IN prep 1
the the DET DT det 4
start start NOUN NN pobj 2
of of ADP IN prep 4
a a DET DT det 7
visit visit NOUN NN pobj 5
. . PUNCT . punct 1
"""
RETALIATED = """
Israel Israel PROPN NNP nsubj 1
retaliated retaliate VERB VBD ROOT 1
with with ADP IN prep 1
strikes strike NOUN NNS pobj 2
. . PUNCT . punct 1
"""


def test_a_frame_noun_stands_for_the_act() -> None:
    doc = with_actors(parse(START), (0, 1, "FRA"))
    assert framed(doc[7]).text == "start"
    verb = circumstance_verb(doc[7], _entry("visit"), Arguments(doc, unresolved=False))
    assert verb is not None and verb.text == "arrived"


def test_a_with_phrase_of_a_response_verb() -> None:
    doc = with_actors(parse(RETALIATED), (0, 1, "ISR"))
    verb = circumstance_verb(doc[3], _entry("strike"), Arguments(doc, unresolved=False))
    assert verb is not None and verb.text == "retaliated"
