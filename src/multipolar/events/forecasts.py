"""Forecasts of another party's act as comments: "the envoy said Sudan would grant autonomy" is no act
of Sudan's yet (the act is hypothetical) but the speaker's comment on it, optimistic (013) when the act
foretold is cooperative, pessimistic (012) when it is hostile ("said Iran would retaliate")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Arguments
from multipolar.events.candidate import Outcome
from multipolar.events.events import EventSpec
from multipolar.events.judged import OPTIMISTIC, PESSIMISTIC
from multipolar.events.matching import Match
from multipolar.events.syntax import patient_tokens, subject_tokens
from multipolar.events.topics import PLAIN_STATEMENT
from multipolar.nlp.labels import VERBAL_POS
from multipolar.records import MentionKind
from multipolar.reference import CONFLICT_ROOTS, CameoRoot

#: Roots of a hoped-for act (intent to cooperate, consultation, cooperation, aid, yielding) and of a feared one.
HOPED_ROOTS = frozenset({CameoRoot.INTENT, CameoRoot.CONSULT, CameoRoot.DIPLOMATIC_COOPERATION,
                         CameoRoot.MATERIAL_COOPERATION, CameoRoot.AID, CameoRoot.YIELD})
FEARED_ROOTS = CONFLICT_ROOTS
#: Predicate words of a forecast: the judgment they give a clause is no assessment to code beside other acts.
FORECAST_PREDICATES: frozenset[str] = read_words(data_file(__file__, "words/forecast_predicates.txt"))


def forecast_heads(verb: Token) -> list[tuple[Token, Token]]:
    """The words that may tell the act a speech verb's reported clause foretells, each with its clause:
    the clause's verb where the lexicon has it ("said Y would sign"), else the infinitive under it or
    under its predicate ("said Y was likely to sign", "said Y is expected to sign")."""
    heads = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in VERBAL_POS):
        holders = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
        heads += [(clause, x) for x in (clause, *(x for h in holders for x in h.children
                                                  if x.dep_ == "xcomp" and x.pos_ in VERBAL_POS))]
    return heads


def forecast_code(verb: Token, speakers: set[str], matches: dict[int, Match | None], outcomes: dict[int, Outcome],
                  args: Arguments) -> str | None:
    """013 where the reported clause of ``verb`` foretells a cooperative act of the lexicon that the coder
    left hypothetical, by a named party other than the ``speakers`` (their codes), 012 where it foretells
    a hostile one; None for any other clause (an act coded or negated, the speaker's own plan, a statement
    or appeal foretold)."""
    for clause, head in forecast_heads(verb):
        m = matches.get(head.i)
        if m is None:
            continue
        subjects = {p.code for p in args.participants(subject_tokens(clause) or patient_tokens(clause))
                    if p.mention.kind != MentionKind.UNRESOLVED and p.code}
        if outcomes.get(head.i) != Outcome.HYPOTHETICAL or not subjects or subjects & speakers:
            return None
        root = m.entry.cameo[:2]
        return OPTIMISTIC if root in HOPED_ROOTS else PESSIMISTIC if root in FEARED_ROOTS else None
    return None


def forecast_comments(specs: list[EventSpec], verb: Token, matches: dict[int, Match | None],
                      outcomes: dict[int, Outcome], args: Arguments) -> list[EventSpec]:
    """``specs`` with each plain statement (or forecast word's hope) recoded as the comment its reported
    forecast makes (:func:`forecast_code`); unchanged where the clause foretells nothing."""
    recoded = []
    for s in specs:
        code = forecast_code(verb, {s.source.code} if s.source and s.source.code else set(), matches, outcomes,
                             args) if _recodable(s) else None
        recoded.append(s if code is None else replace(s, cameo=code, rule=f"{s.rule}~forecast={code}"))
    return recoded


def _recodable(spec: EventSpec) -> bool:
    """A plain statement, or a hope read off a forecast word ("said Y was likely to attack Z": the act
    foretold, not the word "likely", sets the comment's sign)."""
    return spec.cameo == PLAIN_STATEMENT or (spec.cameo == OPTIMISTIC and spec.rule.endswith(f"~judged={OPTIMISTIC}"))


def foretold(verb: Token) -> bool:
    """A reported clause of ``verb`` whose predicate is a forecast word ("said Y was likely to join", "said
    a deal was unlikely"): a guess at what will be, not an assessment of dealings."""
    return any(p.dep_ == "acomp" and p.lemma_.lower() in FORECAST_PREDICATES
               for c in verb.children if c.dep_ == "ccomp" for p in c.children)
