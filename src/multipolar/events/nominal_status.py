"""The clause status of a nominal trigger: its support or governing verb's status, then its own words
("no talks", "foiled an attack", "a possible invasion", "the threat of sanctions", "any attack")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.circumstance import setting_status
from multipolar.events.clauses import noun_clause_verb
from multipolar.events.defence import answered_act
from multipolar.events.lexicon import ComplementClass, LexEntry, Lexicon
from multipolar.events.modality import Status, clause_status
from multipolar.events.noun_status import (
    conceded_voice,
    framed_condition,
    noun_background,
    noun_generic,
    noun_hedged,
    noun_negated,
    noun_pondered,
    noun_prevented,
    noun_risked,
)
from multipolar.events.schedule import past_noun
from multipolar.records import Modality

#: Modalities of a clause that a nominal act dated in the past by its own words does not share.
UNREAL = frozenset({Modality.HYPOTHETICAL, Modality.INTENT})
#: Verbs that enlarge what their object names: doing it is giving more of the act ("pledged to double its aid").
ENLARGING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/enlarging_verbs.txt"))


def enlarged(n: Token, verb: Token | None) -> bool:
    """The nominal act is the object of a verb that enlarges it ("to double its military aid to Y",
    "to boost its troops in Y"): the verb's status (a pledge, a threat) is the act's own."""
    return verb is not None and verb.lemma_.lower() in ENLARGING_VERBS and n.dep_ == "dobj" and n.head.i == verb.i


def nominal_status(n: Token, e: LexEntry, lv: tuple[Token, str] | None,
                   gov: tuple[Token, ComplementClass] | None, question: bool, lex: Lexicon) -> Status:
    """The clause status of a nominal trigger: its support or governing verb's, or its own negation."""
    verb = lv[0] if lv else noun_clause_verb(n)
    if lv is None and answered_act(n):
        verb = None  # "vowed to retaliate for the air strike": the strike happened
    status = clause_status(verb, lex, question) if verb is not None else Status(
        modality=Modality.QUESTION if question else None)
    if gov is not None and not status.negated:
        # "would not agree to the proposal", "refused to agree to the plan": a refused intent stays a refusal
        refused = gov[1] == ComplementClass.INTENT and (
            status.modality == Modality.REFUSAL or status.klass == ComplementClass.REFUSE)
        status = Status(modality=status.modality if status.modality != Modality.INTENT else None,
                        governor=gov[0], klass=ComplementClass.REFUSE if refused else gov[1], reason=status.reason)
    elif lv is None and status.klass is not None and not enlarged(n, verb):
        status = Status(negated=status.negated, modality=status.modality, reason=status.reason)
    status = setting_status(n, status, e.cameo)  # "refused to lift the ban after talks with X": they were held
    if gov is None and past_noun(n) and not status.negated and status.modality in UNREAL:
        # "prices may fall after the talks yesterday with X", "last week's accord could collapse": it took place
        status = Status(reason="dated in the past by its own words")
    if noun_negated(n):
        status = Status(negated=True, modality=Modality.NEGATED, reason="negated noun")
    elif noun_prevented(n):
        status = Status(negated=True, modality=Modality.NEGATED, reason=f"prevented by '{n.head.text}'")
    elif (hedge := noun_hedged(n)) is not None:
        status = Status(modality=Modality.HYPOTHETICAL, reason=f"hedged noun '{hedge.text}'")
    elif framed_condition(n):  # "in case of war", "in the event of an invasion": the frame noun and its act
        status = Status(modality=Modality.HYPOTHETICAL, reason="under a conditional frame")
    elif lv is None and (weigher := noun_pondered(n, e.cameo)) is not None:  # "is considering retaliatory measures"
        status = Status(modality=Modality.HYPOTHETICAL, reason=f"weighed under '{weigher.text}'")
    elif noun_risked(n, lex):
        status = Status(modality=Modality.HYPOTHETICAL, reason=f"under '{n.head.head.text}'")
    elif (noun_background(n) and n.lemma_.lower() in lex.complement_nouns) or conceded_voice(n, e.cameo):
        # "despite his pledge to quit", "despite objections from the US": background
        status = Status(modality=Modality.HYPOTHETICAL, reason=f"background under '{n.head.text}'")
    elif noun_generic(n) and not status.negated:
        status = Status(modality=Modality.HYPOTHETICAL, reason="a generic act ('any')")
    return status
