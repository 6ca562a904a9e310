"""The body a speaker is posted to: a statement, appeal, pledge or praise that names no party, made or
reported by a state's agent posted to an international body ("Iran's chief negotiator to the UN nuclear
agency says Tehran is committed to the freeze"), is addressed to that body."""

from __future__ import annotations

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.speakers import reporting_verb
from multipolar.events.syntax import prep_objects, subject_tokens
from multipolar.events.targets import CONF_OWNER, TargetQuery
from multipolar.reference import CameoRoot, is_state_code

#: Titles of an agent posted to a body or state (``words/posted_roles.txt``).
POSTED_ROLES: frozenset[str] = read_words(data_file(__file__, "words/posted_roles.txt"))
#: Roots addressed to the posting's body: statements, appeals, intents, diplomatic cooperation.
POSTING_ROOTS = frozenset({CameoRoot.STATEMENT, CameoRoot.APPEAL, CameoRoot.INTENT, CameoRoot.DIPLOMATIC_COOPERATION})


def posted_body(q: TargetQuery) -> list[Participant]:
    """The international body of the "to" phrase of the posted agent who acts or reports the act, where
    the act has the sources of one state (an envoy to a state, or a report that two states agreed, is
    not addressed to the posting)."""
    if q.entry.cameo[:2] not in POSTING_ROOTS or len({p.code for p in q.sources}) != 1:
        return []
    verb = q.light_verb[0] if q.light_verb is not None else q.trigger  # "pledged cooperation": the support verb
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "made an appeal": the governing verb
        verb = verb.head
    speech = reporting_verb(verb)
    agents = subject_tokens(verb) + (subject_tokens(speech) if speech is not None else [])
    for agent in agents:
        if agent.lemma_.lower() not in POSTED_ROLES:
            continue
        found = [p for p in q.named_others(q.args.participants(prep_objects([agent], ("to",)), CONF_OWNER))
                 if p.code is not None and not is_state_code(p.code)]
        if found:
            return found
    return []
