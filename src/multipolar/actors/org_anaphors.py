"""Definite descriptions that take up an organisation named before them ("Amnesty International ...
the government accused the group of bias"): which phrases qualify and which antecedents they take."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import NOUN_MODIFIERS
from multipolar.records import ActorMention, MentionKind, Sector

#: Head nouns of such a description ("the group", "the organisation").
ORGANISATION_ANAPHORS: frozenset[str] = read_words(data_file(__file__, "words/organisation_anaphors.txt"))
#: Verbs whose object's "of" phrase names the deed charged ("accused the organisation of bias").
CHARGING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/charging_verbs.txt"))
#: Sectors of a domestic group such a description may take up (not a company or an outlet).
GROUP_SECTORS = frozenset({Sector.REB, Sector.OPP, Sector.PTY, Sector.LAB})
GROUP_KINDS = frozenset({MentionKind.ORGANISATION, MentionKind.GROUP})
#: Codes of non-governmental organisations and transnational militant groups.
NON_STATE_CODES = frozenset({"NGO", "IMG"})
#: Dependents that make the noun a description of its own ("the group leader", "the group dealing with").
OWN_PHRASE_DEPS = frozenset({"amod", "compound", "nmod", "acl", "relcl"})


def organisation_anaphor(noun: Token) -> bool:
    """Is ``noun`` (after "the") a bare "group"/"organisation" heading its own phrase, which takes up an
    earlier organisation: not "the group of eight", "the group leader", "the group dealing with X"?"""
    if noun.lower_ not in ORGANISATION_ANAPHORS or noun.dep_ in NOUN_MODIFIERS:
        return False
    return not any(c.dep_ in OWN_PHRASE_DEPS or (c.dep_ == "prep" and not _charge(c)) for c in noun.children)


def organisation_antecedent(m: ActorMention) -> bool:
    """A non-governmental organisation or militant group, or an armed, political or labour group coded to
    its state; no company or outlet, and no intergovernmental body (whose "group" is as often a member's)."""
    return m.code in NON_STATE_CODES or (m.kind in GROUP_KINDS and m.sector in GROUP_SECTORS)


def _charge(prep: Token) -> bool:
    """An "of" phrase naming a deed, which the parse hangs on a verb's object ("accused the group of lying",
    "accused the organisation of bias")."""
    if prep.lower_ != "of":
        return False
    noun = prep.head
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in CHARGING_VERBS) \
        or any(g.dep_ == "pobj" and g.tag_ == "VBG" for g in prep.children)
