"""Slots the parser hung on a nominal act's by-agent: in "the seizure by Iranian guards of a British
tanker" the of-phrase follows the agent and is read as its modifier, though it names what was seized."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from multipolar.events.syntax import prep_objects
from multipolar.records import MentionKind

if TYPE_CHECKING:
    from multipolar.events.arguments import Arguments


def by_agent_objects(noun: Token, preps: Iterable[str], agents: list[Token] | None = None) -> list[Token]:
    """The objects of ``preps`` phrases hung on the act's by-agents (``agents``: those to use, default
    all): "the seizure by militants of two engineers" -> engineers."""
    preps = list(preps)
    found = prep_objects([noun], ["by"]) if agents is None else agents
    return [o for a in found for o in prep_objects([a], preps) if o.i > a.i]


def agent_held_slot(noun: Token, slot: str, args: Arguments) -> list[Token]:
    """The objects of a ``slot`` phrase hung on the act's named by-agent ("by Chinese police of two
    journalists"); none where the agent is an unnamed party the phrase may own ("by militants of X")."""
    named = [a for a in prep_objects([noun], ["by"])
             if (m := args.mention(a)) is not None and m.kind != MentionKind.UNRESOLVED]
    return by_agent_objects(noun, [slot], named) if named else []
