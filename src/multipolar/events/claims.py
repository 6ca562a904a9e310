"""Acts claimed: the party that claims, admits or takes responsibility for a nominal act ("Hamas claimed
responsibility for the suicide bombing", "the group took credit for the attacks") is its doer; a violent
act told before a "claimed" frame ("X was murdered by a group, the group claimed") is claimed by its doer."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.noun_targets import BLAMING_VERBS
from multipolar.events.ontology import lookup
from multipolar.events.speakers import agent_tokens_or_subjects
from multipolar.events.syntax import first_conjunct, is_passive, prep_objects
from multipolar.events.targets import CONF_NOUN
from multipolar.nlp.labels import VERB_PATIENTS
from multipolar.records import Event
from multipolar.reference import CameoRoot

#: Nouns of responsibility and the verbs that claim them (``words/responsibility_nouns.txt``,
#: ``words/claiming_verbs.txt``).
RESPONSIBILITY_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/responsibility_nouns.txt"))
CLAIMING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/claiming_verbs.txt"))


def claimants(noun: Token, args: Arguments) -> list[Participant]:
    """The parties that claim responsibility for ``noun`` ("claimed responsibility for the bombing"), claim
    it ("the bombing was claimed by Hamas") or that it is blamed on ("the attack was blamed on rebels"),
    else none."""
    tok = first_conjunct(noun)
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in BLAMING_VERBS:  # "was blamed on X": X
        return args.participants(prep_objects([tok.head], ["on"]), CONF_NOUN)
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() == CLAIM_VERB:  # "was claimed by X": X
        return args.participants(agent_tokens_or_subjects(tok.head, True), CONF_NOUN)
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return []
    held = tok.head.head
    if held.lemma_.lower() not in RESPONSIBILITY_NOUNS or held.dep_ not in VERB_PATIENTS:
        return []
    verb = held.head
    if verb.lemma_.lower() not in CLAIMING_VERBS:
        return []
    return args.participants(agent_tokens_or_subjects(verb, is_passive(verb)), CONF_NOUN)


#: Roots of an act a trailing claim frame claims (violence), the claim's code and the verb of the frame.
CLAIMED_ROOTS = frozenset({CameoRoot.ASSAULT, CameoRoot.FIGHT, CameoRoot.MASS_VIOLENCE})
CLAIM_RESPONSIBILITY = "015"
CLAIM_VERB = "claim"


def framed_claims(sent: Span, events: list[Event]) -> list[Event]:
    """Claims of responsibility told by a "claimed" frame after a violent act ("an official was murdered by
    a group linked to X, the group claimed"): the act's doer claims it towards the act's victim (015),
    beside the act; none for an act that is not factual, or where the frame's subject names a party other
    than the doer. A frame before its clause ("the group claimed it had killed") maps the act itself."""
    claimable = [e for e in events if e.root in CLAIMED_ROOTS and e.source and not e.negated and e.modality is None]
    if not claimable:  # no factual violent act to claim: no frame is read
        return []
    index = sent.doc._.actor_index or {}
    code = lookup(CLAIM_RESPONSIBILITY)
    out: list[Event] = []
    for verb in sent:
        if verb.lemma_.lower() != CLAIM_VERB or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        speakers = {m.code for s in verb.children if s.dep_ == "nsubj" for t in s.subtree
                    if (m := index.get(t.i)) is not None}
        for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]:
            lo, hi = sent.doc[clause.left_edge.i].idx, sent.doc[clause.right_edge.i].idx
            acts = [e for e in claimable if lo <= e.char_start <= hi and not speakers - {e.source}]
            out += [replace(e, trigger=verb.text, char_start=verb.idx, char_end=verb.idx + len(verb.text),
                            cameo=code.code, root=code.root, plover=code.plover, plover_mode=code.plover_mode,
                            quad=code.quad, penta=code.penta, goldstein=code.goldstein,
                            rule=f"{e.rule}~claimed={code.code}") for e in acts]
    return out
