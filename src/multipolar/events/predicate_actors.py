"""The last-resort target of a verbal or cooperative act whose slots name no party: the first named actor of
another country inside its verb's predicate ("sent condolences after the earthquake in Peru", "will meet Putin in
Moscow for talks"), never inside a clause of its own, the act's place or background, or a violent act's victims."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import MODIFIER_DEPS, Participant
from multipolar.events.lexicon import LexFlag
from multipolar.events.noun_status import BACKGROUND_PREPS
from multipolar.events.ontology import is_cooperation
from multipolar.events.pairing import joint_act
from multipolar.events.syntax import subject_tokens
from multipolar.events.targets import CONF_PLACE, JOURNEY_PREPS, LOCATIVE_PREPS, PARTNER_PREPS, VISIT, TargetQuery
from multipolar.nlp.labels import NOUN_POS
from multipolar.records import MentionKind
from multipolar.reference import CameoRoot

#: Dependents of a verb that are not its predicate: the last-resort target is never looked for there.
OUTSIDE_PREDICATE = frozenset({"punct", "cc", "conj", "ccomp", "advcl", "relcl", "parataxis"})
#: Clauses inside a predicate that tell their own act ("the concern that Peru had raised").
OWN_CLAUSES = frozenset({"relcl", "ccomp", "advcl"})


def verb_predicate_actor(q: TargetQuery) -> list[Participant]:
    """Last resort for a verbal act (roots 01-13) with a found agent: the first named actor of
    another country inside the verb's predicate, with those coordinated with it ("sent condolences after
    the earthquake in Peru", "pledged to work with Indonesia", "urged a halt to the feud of A and B");
    never inside a clause with its own subject, the place phrase
    of the act itself or a violent act's victims (:func:`_in_predicate`)."""
    if not q.sources or q.passive or q.material:
        return []
    heads = [t for c in q.trigger.rights if c.dep_ not in OUTSIDE_PREDICATE for t in c.subtree
             if t.pos_ in NOUN_POS and t.dep_ not in MODIFIER_DEPS and _in_predicate(t, q)]
    codes = {p.code for p in q.sources}
    if q.entry.cameo[:2] >= CameoRoot.INTENT and is_cooperation(q.entry.cameo):
        heads = [*_partners(heads), *heads]  # "agreed to discuss the future of X in talks with Y": Y
    for head in heads:  # every party of the first head naming one: "a halt to the feud of Chad and Niger"
        found = [p for p in q.args.participants([head], CONF_PLACE)
                 if p.code is not None and p.code not in codes and p.mention.kind != MentionKind.UNRESOLVED]
        if found:
            return [*found, *(p for p in _hyphen_pair(found, q) if p.code not in codes)]
    return []


def _hyphen_pair(found: list[Participant], q: TargetQuery) -> list[Participant]:
    """The other member of a hyphenated pair of modifiers a found party ends ("the Iran-Iraq war": Iran
    with Iraq), not yet found."""
    doc, have = q.trigger.doc, {p.code for p in found}
    out: list[Participant] = []
    for p in found:
        start, last = p.mention.start, doc[p.mention.end - 1]
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 1].whitespace_ == "" \
                and doc[start - 2].dep_ in MODIFIER_DEPS and doc[start - 2].head.i in (last.i, last.head.i):
            out += [o for o in q.args.participants([doc[start - 2]], CONF_PLACE)
                    if o.code is not None and o.code not in have and o.mention.kind != MentionKind.UNRESOLVED]
    return out


def _partners(heads: list[Token]) -> list[Token]:
    """The heads that are the object of a partner "with" ("talks with Tokyo"), not of "along with"/"together
    with" (a co-agent): the other side of a cooperative act, before any party its topic names."""
    return [t for t in heads if t.dep_ == "pobj" and t.head.lower_ in PARTNER_PREPS
            and not any(c.dep_ == "advmod" for c in t.head.children)
            and t.head.head.lower_ not in ("along", "together")]


#: Gatherings whose place phrase is their venue ("at a meeting in Luxembourg"), wherever the parse hangs them.
VENUE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/venue_nouns.txt"))


def _in_predicate(token: Token, q: TargetQuery) -> bool:
    """``token`` is a party of the verb's own predicate: not inside a clause with its own subject
    ("the concern that Peru had raised"), the place of the act itself or of a gathering ("demanded an
    apology at a meeting in Athens"), the background ("amid tensions with the West"), a visit's origin or
    vehicle ("arrived from Oslo aboard a U.S. jet") or a violent act's victims ("condemned the killing of two")."""
    tok = token
    while tok.i != q.trigger.i and tok.head.i != tok.i:
        if tok.dep_ in OWN_CLAUSES or (tok.dep_ == "acl" and subject_tokens(tok)):
            return False
        if tok.dep_ == "prep" and ((tok.lower_ in LOCATIVE_PREPS
                                    and (tok.head.i == q.trigger.i or tok.head.lemma_.lower() in VENUE_NOUNS))
                                   or tok.lower_ in BACKGROUND_PREPS
                                   or (tok.lower_ in JOURNEY_PREPS and q.entry.cameo == VISIT)
                                   or (tok.lower_ == "of" and tok.head.lemma_.lower() in q.violence_nouns)):
            return False
        tok = tok.head
    return True


def noun_predicate_actor(q: TargetQuery) -> list[Participant]:
    """Last resort for a reciprocal or cooperative nominal act (roots 03-08) on a support verb: the
    party :func:`verb_predicate_actor` finds in that verb's predicate ("will meet Putin in Moscow for
    talks", "announced $5 million in assistance to flood victims in Peru"). Statements, appeals and
    conflict are left out: their support verb's predicate names bystanders as often as targets."""
    reciprocal = LexFlag.RECIP in q.entry.flags
    cooperative = is_cooperation(q.entry.cameo) and q.entry.cameo[:2] >= CameoRoot.INTENT
    if q.light_verb is None or not (reciprocal or cooperative):
        return []
    if joint_act(q.entry.cameo) and len({p.code for p in q.sources}) >= 2:
        return []  # "Israel and Syria began talks in Washington": with each other, the venue is no partner
    found = verb_predicate_actor(replace(q, trigger=q.light_verb[0], objects=[]))
    if found and q.entry.cameo[:2] == CameoRoot.CONSULT and _setting_of(q.trigger, q.light_verb[0]) \
            and _aside_of_clause(found[0], q.light_verb[0]):
        return []
    return found


def _setting_of(noun: Token, verb: Token) -> bool:
    """The noun is the setting of the verb's clause ("at a cabinet meeting, A told ..."), not its object."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


def _aside_of_clause(party: Participant, verb: Token) -> bool:
    """A party no partner of a meeting that only sets the verb's clause: inside an infinitive complement
    ("told his minister to calm Ugandan anger") or a modifier of a thing ("considered an IMF report")."""
    tok = verb.doc[party.mention.start:party.mention.end].root
    if tok.dep_ in MODIFIER_DEPS and tok.dep_ != "poss" and tok.head.pos_ == "NOUN":
        return True
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "xcomp":
            return True
        tok = tok.head
    return False
