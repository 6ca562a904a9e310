"""Semi-modals of obligation in a reported clause: "X said Greece had to keep its promises", "X said Iran
needs to halt enrichment". The clause's verb ("have", "need") with a to-infinitive of its own stands for
a modal of obligation ("must") or advice ("should"): the statement is a demand or an appeal to the
clause's subject (``speakers.reported_obligation``), and the act in the infinitive is not done
(``modality.clause_status``). Only in a reported clause (a ``ccomp``): in narrative "the army had to
retreat" tells what happened."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_table, read_words
from multipolar.events.infinitives import to_infinitive
from multipolar.events.mandates import DEONTIC
from multipolar.nlp.labels import NOMINAL_SUBJECTS, VERBAL_POS


def _read_semi_modals() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in read_table(data_file(__file__, "semi_modals.tsv"), ("lemma", "modal"), header=True):
        if row["modal"] not in DEONTIC:
            raise row.error(f"modal {row['modal']!r} is not in words/deontic_modals.txt")
        if row["lemma"] in table:
            raise row.error(f"lemma {row['lemma']!r} repeats")
        table[row["lemma"]] = row["modal"]
    return table


#: Verb lemma -> the modal of obligation it stands for (data/semi_modals.tsv).
SEMI_MODALS: dict[str, str] = _read_semi_modals()
#: Pronouns of anyone at all: "you have to cut costs" is general advice.
GENERIC_PERSONS: frozenset[str] = read_words(data_file(__file__, "words/generic_persons.txt"))


def semi_modal(clause: Token) -> str | None:
    """The modal a reported clause's semi-modal verb stands for ("had to keep" -> "must", "needs to
    halt" -> "should"), else None: not negated ("did not have to"), not passive ("a deal is needed to
    end the row" tells a purpose), no object of its own ("has troops to spare", "needs money to pay"),
    a subject of its own that is no one at all ("you have to"), and an active infinitive (a passive one,
    "the rules need to be changed", tells a procedure, no act asked of a party)."""
    if clause.dep_ != "ccomp" or clause.pos_ not in VERBAL_POS:
        return None
    modal = SEMI_MODALS.get(clause.lemma_.lower())
    if modal is None or any(c.dep_ in ("neg", "dobj", "auxpass") for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS]
    if not subjects or any(s.lower_ in GENERIC_PERSONS for s in subjects):
        return None
    return modal if any(c.dep_ == "xcomp" and to_infinitive(c) and not any(
        g.dep_ == "auxpass" for g in c.children) for c in clause.children) else None


def others_obligation(clause: Token) -> str | None:
    """:func:`semi_modal` of a clause whose subject is no pronoun ("Greece had to keep", not "it had to
    halt repayments", which tells the speaker's own step): the act asked for is not done."""
    if any(c.dep_ in NOMINAL_SUBJECTS and c.pos_ == "PRON" for c in clause.children):
        return None
    return semi_modal(clause)
