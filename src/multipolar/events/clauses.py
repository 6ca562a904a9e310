"""Clause helpers: the "for" of a "for ... to" clause, a noun's content clauses, the subjects of
clauses and the adverbial clauses a word opens (split from :mod:`multipolar.events.syntax`)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import NOMINAL_SUBJECTS, NOUN_CONTENT_CLAUSES, NOUN_POS, VERBAL_POS


def for_mark(clause: Token) -> Token | None:
    """The "for" of a "for ... to" clause ("called for Sudan to disarm": disarm's "for")."""
    if clause.dep_ not in ("advcl", "ccomp"):
        return None
    return next((m for m, dep in dependents(clause) if dep == "mark" and m.lower_ == "for"), None)


def phrasal_in(verb: Token, words: frozenset[str]) -> bool:
    """The verb's lemma, alone or with one of its particles ("fight off", "shrug off"), is in ``words``."""
    lemma = verb.lemma_.lower()
    return lemma in words or any(f"{lemma} {p.lower_}" in words for p in clause_particles(verb))


def clause_particles(verb: Token) -> list[Token]:
    """Particles and prepositions of a verb, with the "for" of its "for ... to" clause ("called for
    Sudan to disarm" is "call for")."""
    kids = dependents(verb)
    out = [c for c, dep in kids if dep in ("prt", "prep")]
    return out + [m for c, _dep in kids if (m := for_mark(c)) is not None]


#: Determiners of a noun whose "that"-clause is a relative clause ("the concern that Peru had raised"),
#: not its content ("expressed concern that Peru would ...").
DEFINITE_DETS: frozenset[str] = read_words(data_file(__file__, "words/definite_dets.txt"))


def content_clauses(noun: Token) -> list[Token]:
    """The clauses with their own subject that give a bare noun's content ("voiced confidence that X
    would improve"); not a participle ("concerns shared by X") nor a definite noun's relative clause."""
    if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in noun.children):
        return []
    return [c for c in noun.children if c.dep_ in NOUN_CONTENT_CLAUSES and c.pos_ in VERBAL_POS
            and any(s.dep_ in NOMINAL_SUBJECTS for s in c.children)]


def phrase_clauses(verb: Token) -> list[Token]:
    """The content clauses of the nouns of a verb's "in" phrases: what a speech verb reports when the
    parser hangs it on the medium ("said in a statement that X was ...")."""
    return [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
            for n in p.children if n.dep_ == "pobj" for c in content_clauses(n)]


def clause_subjects(clauses: Iterable[Token]) -> list[Token]:
    """The subjects (active or passive) of ``clauses``, in order."""
    return [s for c in clauses for s in c.children if s.dep_ in NOMINAL_SUBJECTS]


def marked_clauses(heads: Iterable[Token], marks: frozenset[str]) -> list[Token]:
    """The adverbial clauses under ``heads`` opened by one of ``marks`` ("if", "unless", "after")."""
    return [c for h in heads for c in h.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]


def bare_content_noun(verb: Token) -> Token | None:
    """The bare noun whose content clause ``verb`` heads with no "that", as the parser splits it: the
    clause's first word before its subject ("Fears Russia will cut gas ...", "Speculation Germany will
    send tanks ...") or the head of a relative clause with a subject and an object of its own, so with no
    gap ("Speculation the U.S. will offer wheat appears ..."), else None."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    first = verb.doc[verb.left_edge.i]
    if first.pos_ in NOUN_POS and any(first.i < s.i for s in subjects) \
            and (first.head == verb or (first.dep_ == "compound" and first.head in subjects)) \
            and first.i == first.sent.start:  # (the sentence, the costliest test, last)
        return first
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in noun.children):
        return None
    full = any(c.tag_ not in ("WDT", "WP", "WP$") for c in subjects) and any(c.dep_ == "dobj" for c in verb.children)
    return noun if full else None


def noun_clause_verb(noun: Token) -> Token | None:
    """The verb whose clause a nominal trigger sits in ("did not launch an attack")."""
    tok = noun
    for _ in range(4):
        dep = tok.dep_
        head = tok.head
        if head.i == tok.i:
            return None
        if dep in ("dobj", "nsubj", "nsubjpass", "attr", "oprd") and head.pos_ in VERBAL_POS:
            return head
        if dep == "pobj" and head.dep_ in ("prep", "agent"):
            tok = head
            continue
        if dep in ("prep", "conj", "appos") and head.pos_ in ("NOUN", "PROPN", "VERB", "AUX"):
            if head.pos_ in VERBAL_POS:
                return head
            tok = head
            continue
        return None
    return None
