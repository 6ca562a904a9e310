"""Warnings that forecast: "Britain warned the tax could hurt poor states that get aid from the EC" foretells
what a thing will do, no threat (13x) at a party named deep in the reported clause. A party named in the
clause's subject stays the target ("warned that Japan's build-up would destabilise the region"), and so does
one named anywhere in a clause that sets a condition ("warned it would hit back if Japan did not open
its market"), speaks of any act of a kind ("any interference would meet a strong response") or has the
speaker's own side act ("warned that the bloc would hit back")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.arguments import Arguments, Participant
from multipolar.events.conditions import CONDITIONAL_MARKS
from multipolar.nlp.labels import NOMINAL_SUBJECTS
from multipolar.reference import CameoRoot

#: A condition mark that is only an indirect question ("warned whether"), no condition.
_NOT_CONDITIONS = frozenset({"whether"})


def forecast_warning(verb: Token, cameo: str, sources: list[Participant], targets: list[Participant],
                     args: Arguments) -> bool:
    """A threat verb ``verb`` whose ``targets`` are all named in its reported clauses, outside their subjects,
    which foretell what others or things will do (module doc): no threat at them."""
    heads = [c for c in verb.children if c.dep_ == "ccomp"]
    if not cameo.startswith(CameoRoot.THREATEN) or not heads or not targets:
        return False
    spans = [(h.left_edge.i, h.right_edge.i) for h in heads]
    if not all(any(a <= p.mention.start <= b for a, b in spans) for p in targets):
        return False  # "warned Peru that ...", "warned of reprisals against Peru": a party warned
    subjects = [c for h in heads for c in h.children if c.dep_ in NOMINAL_SUBJECTS]
    if any(s.left_edge.i <= p.mention.start <= s.right_edge.i for s in subjects for p in targets):
        return False  # "warned that Japan's military build-up would destabilise the region": about Japan's act
    speaker = {p.code for p in sources}
    for h in heads:
        for t in h.subtree:
            if t.dep_ == "mark" and t.lower_ in CONDITIONAL_MARKS and t.lower_ not in _NOT_CONDITIONS:
                return False  # "... if Japan does not open its market"
            if t.dep_ == "det" and t.lower_ == "any":
                return False  # "any interference would meet a strong response"
        subjects = [c for c in h.children if c.dep_ in NOMINAL_SUBJECTS]
        if any(p.code in speaker for p in args.participants(subjects)):
            return False  # "warned that it would retaliate": the speaker's own act
    return True
