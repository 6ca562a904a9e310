"""Who speaks through an issued text that is the subject of a verb ("a statement by the ministry
condemned the raid", "a communique issued by Syria accused Iraq"): the text's "by" object, else the
agent of a participle on it."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.syntax import agent_tokens, prep_objects

#: Nouns of an issued text (statement, communique, report, resolution ...).
ISSUED_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/issued_nouns.txt"))
#: Confidence of an issuer found this way.
CONF_ISSUER = 0.7


def text_issuers(subjects: list[Token], args: Arguments) -> list[Participant]:
    """The parties the issued-text subjects speak for: their "by" object ("a statement by X"), else the
    agent of a passive participle on them ("a communique issued by X")."""
    out: list[Participant] = []
    for s in subjects:
        if s.lemma_.lower() not in ISSUED_NOUNS:
            continue
        agents = prep_objects([s], ("by",)) or [
            a for c in s.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in agent_tokens(c)]
        out += args.participants(agents, CONF_ISSUER)
    return out
