"""Mandative clauses: "X proposed that Y hold talks", "suggested that China open its markets",
"recommended that Poland should seek a loan". A bare (subjunctive) verb or a modal of obligation with a
named subject of its own, under a verb of proposing, puts the act on that subject: an appeal to it
(02x), not the proposer's intent (:func:`multipolar.events.modality.clause_status`): "suggested that
China open its markets" codes the market opening as an appeal to China."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.clauses import clause_subjects
from multipolar.events.infinitives import to_infinitive
from multipolar.nlp.labels import PAST_TAGS, SINGULAR_NOUN_TAGS, VERBAL_POS

#: Modals of obligation: "X said Y must ..." reports a demand; of advice: "X said Y should ..." an appeal.
DEONTIC: frozenset[str] = read_words(data_file(__file__, "words/deontic_modals.txt"))
#: Verbs of proposing whose mandative clause is an appeal (matched on the lemma).
MANDATIVE_VERBS: frozenset[str] = read_words(data_file(__file__, "words/mandative_verbs.txt"))
#: Verbs whose clause demands only with a modal of obligation or a bare verb; any other modal makes it a claim.
CLAIM_VERBS: frozenset[str] = read_words(data_file(__file__, "words/claim_clause_verbs.txt"))


def mandated(clause: Token) -> bool:
    """A "that"-clause with a named subject of its own that says what it should do: a modal of
    obligation ("that Syria should withdraw") or a bare verb ("that China open", "that Iran and Iraq hold
    talks"); not a report ("that China opened", "that China would open") nor the proposer's own plan
    ("proposed that he meet Y")."""
    subjects = clause_subjects([clause])
    if clause.dep_ != "ccomp" or not subjects or subjects[0].pos_ == "PRON":
        return False
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if auxes:
        return any(a.lower_ in DEONTIC for a in auxes)
    # a bare present after a singular noun is plainly subjunctive ("that Japan open", not "Japan opens")
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and subjects[0].tag_ in SINGULAR_NOUN_TAGS)


def mandative(governor: Token, clause: Token) -> bool:
    """``clause`` is a mandative complement of a verb of proposing (:func:`mandated`)."""
    return governor.lemma_.lower() in MANDATIVE_VERBS and governor.pos_ in VERBAL_POS and mandated(clause)


def subjunctive(clause: Token, modal_free: bool = False) -> bool:
    """A mandative clause in the base form: "insist that disputes be resolved", "insisted that the banks
    appoint auditors" (a present form under a past verb is the base form); with ``modal_free``, not a base
    form after a modal ("insisted there could be no money")."""
    if modal_free and any(g.dep_ == "aux" and g.tag_ == "MD" for g in clause.children):
        return False
    past = clause.head.tag_ in PAST_TAGS
    return clause.tag_ == "VB" or (past and clause.tag_ == "VBP") or any(
        g.dep_ == "auxpass" and g.tag_ == "VB" for g in clause.children)


def claimed(governor: Token, clause: Token) -> bool:
    """``clause`` is the that-clause of a claim verb with neither an obligation modal nor a bare verb: a
    claim, no demand ("insisted that Chile had violated the treaty", "insisted it would not pay")."""
    if governor.lemma_.lower() not in CLAIM_VERBS or clause.dep_ != "ccomp" or to_infinitive(clause):
        return False
    return not mandated(clause) and not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in clause.children) \
        and not subjunctive(clause, True)
