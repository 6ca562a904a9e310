"""The attacker an act of violence names when the act itself is the subject of a casualty verb:
"a bombing by Hamas militants killed six", "an Israeli air strike wounded four"."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.arguments import Arguments, Participant
from multipolar.events.syntax import premodifiers, prep_objects
from multipolar.records import MentionKind

#: Mentions that say where an act happened, not who did it ("a Baghdad car bombing").
PLACE_MENTIONS = frozenset({MentionKind.PLACE, MentionKind.METONYM})
#: Confidence of an attacker read off the act noun.
CONF_ACT_AGENT = 0.7


def act_agents(subjects: list[Token], args: Arguments, acts: frozenset[str]) -> list[Participant]:
    """The agent of the violent act nouns among ``subjects`` (lemmas in ``acts``): its "by" object
    ("an attack by Taliban fighters"), else its owner or a non-place modifier ("Israel's raid",
    "a US air strike")."""
    out: list[Participant] = []
    for s in subjects:
        if s.lemma_.lower() not in acts:
            continue
        agents = prep_objects([s], ("by",))
        found = args.participants(agents, CONF_ACT_AGENT)
        if not found and not agents:
            owners = [c for c in s.children if c.dep_ == "poss"] + [c for c in premodifiers(s) if c.pos_ != "NOUN"]
            found = [p for p in args.participants(owners, CONF_ACT_AGENT) if p.mention.kind not in PLACE_MENTIONS]
        out += found
    return out
