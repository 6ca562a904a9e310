"""Acts claimed: the party that claims, admits or takes responsibility for a nominal act ("Hamas claimed
responsibility for the suicide bombing", "the group took credit for the attacks") is its doer."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.speakers import agent_tokens_or_subjects
from multipolar.events.syntax import first_conjunct, is_passive
from multipolar.events.targets import CONF_NOUN

#: Nouns of responsibility and the verbs that claim them (``words/responsibility_nouns.txt``,
#: ``words/claiming_verbs.txt``).
RESPONSIBILITY_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/responsibility_nouns.txt"))
CLAIMING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/claiming_verbs.txt"))


def claimants(noun: Token, args: Arguments) -> list[Participant]:
    """The parties that claim responsibility for ``noun`` ("claimed responsibility for the bombing"),
    else none."""
    tok = first_conjunct(noun)
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return []
    held = tok.head.head
    if held.lemma_.lower() not in RESPONSIBILITY_NOUNS or held.dep_ not in ("dobj", "nsubjpass"):
        return []
    verb = held.head
    if verb.lemma_.lower() not in CLAIMING_VERBS:
        return []
    return args.participants(agent_tokens_or_subjects(verb, is_passive(verb)), CONF_NOUN)
