"""Targets at home: a party that acts at home (rebels, police, courts, the opposition) on a thing or
an unnamed group acts on its own country ("rebels blew up a pipeline"), and a state organ acting on an
unowned body of public life acts on that body of its own country ("banned the opposition party")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.actors.tables import STATE_SECTORS, roles
from multipolar.events.agents import party_nouns, word_mention
from multipolar.events.arguments import Participant
from multipolar.events.targets import CONF_PLACE, TargetQuery
from multipolar.records import MentionKind, Sector
from multipolar.reference import is_state_code

#: Parties that act at home: an act of theirs on a thing or an unnamed group ("rebels blew up a pipeline",
#: "the court banned the rally") is aimed at their own country.
HOME_SECTORS = frozenset({Sector.REB, Sector.OPP, Sector.COP, Sector.JUD})


def names_party(noun: Token) -> bool:
    """The noun is a role or party word ("the president of the bank"): one left unresolved on purpose."""
    words = {noun.lower_, noun.lemma_.lower()}
    return not words.isdisjoint(roles()) or not words.isdisjoint(party_nouns())


def verb_home_object(q: TargetQuery) -> list[Participant]:
    """A home party's material conflict on a direct object that names no actor ("Colombian rebels blew up a pipeline"):
    a party of the source's own country, unless its sentence names another state ("militants blew up
    a tunnel under an Israeli post")."""
    # other acts on a thing ("observed the truce", "rejected disarmament") name no counterpart
    code = _home_code(q, HOME_SECTORS)
    if code is None:
        return []
    for noun in q.patient:
        if noun.pos_ == "NOUN" and q.args.mention(noun) is None and not names_party(noun):
            home = word_mention(noun, code, None, MentionKind.UNRESOLVED, f"home-object:{noun.lemma_.lower()}")
            return [Participant(code, None, noun.text, CONF_PLACE, home)]
    return []


def _home_code(q: TargetQuery, sectors: frozenset[str]) -> str | None:
    """The one state of a material act's sources, all of ``sectors``, where the trigger's sentence
    names no other state; else None."""
    codes = {p.code for p in q.sources}
    if not q.material or len(codes) != 1 or any(p.sector not in sectors for p in q.sources):
        return None
    code = codes.pop()
    sent = q.trigger.sent
    others = (m for m in q.args.doc._.actors or [] if sent.start <= m.start < sent.end and m.code != code)
    if not code or not is_state_code(code) or any(is_state_code(m.code) for m in others):
        return None
    return code


#: Sectors of a country's own bodies that its state acts on at home ("banned the opposition party",
#: "closed a newspaper", "dissolved the union").
HOME_BODY_SECTORS = frozenset({Sector.JRN, Sector.PTY, Sector.OPP, Sector.LAB, Sector.EDU, Sector.REL})


def verb_home_body(q: TargetQuery) -> list[Participant]:
    """A state organ's material conflict on an unowned body of public life that names no actor
    (:data:`HOME_BODY_SECTORS` of the role table: "the Egyptian government banned the main opposition
    party"): that body of the source's own country, unless the sentence names another state."""
    code = _home_code(q, STATE_SECTORS)
    if code is None:
        return []
    for noun in [*([q.obj] if q.obj is not None else []), *q.patient]:
        role = roles().get(noun.lemma_.lower())
        if noun.pos_ != "NOUN" or role is None or role.sector not in HOME_BODY_SECTORS \
                or q.args.owners(noun, exclude=q.trigger, confidence=CONF_PLACE):
            continue
        found = q.args.mention(noun)
        if found is not None and found.code:
            continue
        body = word_mention(noun, code, role.sector, MentionKind.UNRESOLVED, f"home-body:{noun.lemma_.lower()}")
        return [Participant(code, role.sector, noun.text, CONF_PLACE, body)]
    return []
