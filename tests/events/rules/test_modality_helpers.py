"""Unit tests of the clause-status helpers on hand-built parses (no statistical model)."""

from __future__ import annotations

import pytest

from multipolar.events.clauses import noun_clause_verb
from multipolar.events.lexicon import ComplementClass, load_lexicon
from multipolar.events.modality import Status, clause_status
from multipolar.events.noun_status import noun_negated
from multipolar.records import Modality
from tests.events.rules.handbuilt import parse

LEX = load_lexicon()


def status_of(spec: str, verb: int, question: bool = False) -> Status:
    return clause_status(parse(spec)[verb], LEX, question)


def simple(aux: str, tag: str = "MD") -> str:
    """"Turkey <aux> attack Syria ." with the auxiliary attached to the verb."""
    return f"""
Turkey Turkey PROPN NNP nsubj 2
{aux} {aux} AUX {tag} aux 2
attack attack VERB VB ROOT 2
Syria Syria PROPN NNP dobj 2
. . PUNCT . punct 2
"""


def test_negation() -> None:
    status = status_of("""
Turkey Turkey PROPN NNP nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
attack attack VERB VB ROOT 3
Syria Syria PROPN NNP dobj 3
. . PUNCT . punct 3
""", 3)
    assert status.negated and status.modality is Modality.NEGATED and "not" in status.reason
    assert status.modality == "negated"  # enum members compare equal to their strings


@pytest.mark.parametrize(("aux", "modality"), [("could", Modality.HYPOTHETICAL), ("might", Modality.HYPOTHETICAL),
                                               ("will", Modality.INTENT), ("would", Modality.INTENT)])
def test_auxiliaries(aux: str, modality: Modality) -> None:
    assert status_of(simple(aux), 2).modality is modality


def test_question_overrides_the_clause() -> None:
    assert status_of(simple("will"), 2, question=True).modality is Modality.QUESTION


def test_conditional_clause_is_hypothetical() -> None:
    status = status_of("""
If if SCONJ IN mark 2
Turkey Turkey PROPN NNP nsubj 2
attacks attack VERB VBZ ROOT 2
Syria Syria PROPN NNP dobj 2
. . PUNCT . punct 2
""", 2)
    assert status.modality is Modality.HYPOTHETICAL and "If" in status.reason


def test_future_negation_is_a_refusal() -> None:
    status = status_of("""
Turkey Turkey PROPN NNP nsubj 3
will will AUX MD aux 3
not not PART RB neg 3
lift lift VERB VB ROOT 3
the the DET DT det 5
ban ban NOUN NN dobj 3
. . PUNCT . punct 3
""", 3)
    assert (status.negated, status.modality, status.klass) == (False, Modality.REFUSAL, ComplementClass.REFUSE)


def test_a_complement_taking_verb_governs_the_embedded_act() -> None:
    doc = parse("""
Iran Iran PROPN NNP nsubj 1
threatened threaten VERB VBD ROOT 1
to to PART TO aux 3
attack attack VERB VB xcomp 1
Israel Israel PROPN NNP dobj 3
. . PUNCT . punct 1
""")
    status = clause_status(doc[3], LEX, False)
    assert status.klass is ComplementClass.THREAT and status.governor == doc[1] and status.modality is None


def test_refraining_negates_the_embedded_act() -> None:
    status = status_of("""
Syria Syria PROPN NNP nsubj 1
refrained refrain VERB VBD ROOT 1
from from ADP IN prep 1
condemning condemn VERB VBG pcomp 2
Turkey Turkey PROPN NNP dobj 3
. . PUNCT . punct 1
""", 3)
    assert status.negated and "refrained" in status.reason


def test_a_passive_expectation_is_a_forecast() -> None:
    status = status_of("""
Russia Russia PROPN NNP nsubjpass 2
is be AUX VBZ auxpass 2
expected expect VERB VBN ROOT 2
to to PART TO aux 4
visit visit VERB VB xcomp 2
China China PROPN NNP dobj 4
. . PUNCT . punct 2
""", 4)
    assert status.modality is Modality.HYPOTHETICAL and status.klass is None


def test_nominal_negation_and_the_clause_of_a_noun() -> None:
    doc = parse("""
There there PRON EX expl 1
was be AUX VBD ROOT 1
no no DET DT det 3
agreement agreement NOUN NN attr 1
. . PUNCT . punct 1
""")
    assert noun_negated(doc[3]) and noun_clause_verb(doc[3]) == doc[1]
    assert not noun_negated(doc[1])


def test_status_is_built_by_keyword() -> None:
    with pytest.raises(TypeError):
        Status(True, Modality.NEGATED)  # type: ignore[misc]
    assert Status(negated=True).modality is None
