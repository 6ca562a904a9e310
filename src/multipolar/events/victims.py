"""Victims of material conflict: an act of force coded with no target at all gives way to an act of
force in its sentence that names whom it hit ("pressed the offensive, killing twelve rebels"); a threat
with no target by a party such an act hit is aimed at its attacker ("vowed retaliation")."""

from __future__ import annotations

from dataclasses import replace

from multipolar.events.lexicon import VIOLENCE_ROOTS
from multipolar.records import Event
from multipolar.reference import CameoRoot

#: Roots of acts of force that always hit someone: coerce, assault, fight, mass violence.
FORCE_ROOTS = VIOLENCE_ROOTS | {CameoRoot.COERCE}


def untargeted_force(events: list[Event]) -> list[Event]:
    """Drop acts of force with neither a target country nor a target sector ("pressed the offensive",
    "the siege of the city") when another act of force in the sentence has a target: that one tells
    whom the fighting hit."""
    def bare(e: Event) -> bool:
        return e.root in FORCE_ROOTS and e.target is None and e.target_sector is None
    if not any(e.root in FORCE_ROOTS and e.target is not None for e in events):
        return events
    return [e for e in events if not bare(e)]


#: Roots of a reply to force that names no target: a threat ("vowed retaliation").
REPLY_ROOTS = frozenset({CameoRoot.THREATEN})


def answered_attackers(events: list[Event]) -> list[Event]:
    """A threat with no target by a party another act of force in the sentence hit ("Iran said several
    people were injured in the U.S. attack and vowed retaliation") is aimed at the attacker; by a party
    whose own act of force in the sentence hit someone ("its warplanes attacked four Iranian oil sites and
    it vowed to keep up such raids"), at those it hit."""
    out = []
    for e in events:
        if e.root not in REPLY_ROOTS or e.target is not None or e.source is None:
            out.append(e)
            continue
        attacker = next((f for f in events if f.root in FORCE_ROOTS and f.target == e.source
                         and f.source is not None and f.source != e.source), None)
        if attacker is not None:
            out.append(replace(e, target=attacker.source, target_sector=attacker.source_sector,
                               target_text=attacker.source_text))
            continue
        hit = {(f.target, f.target_sector, f.target_text) for f in events if f.root in FORCE_ROOTS
               and f.source == e.source and f.target is not None and f.target != e.source}
        if len({h[0] for h in hit}) == 1:  # one victim state: "vowed more raids" goes on hitting it
            target, sector, text = sorted(hit, key=str)[0]
            out.append(replace(e, target=target, target_sector=sector, target_text=text))
            continue
        out.append(e)
    return out


def continued_threats(events: list[Event]) -> list[Event]:
    """A threatened act with no target (a governing "vowed", "warned", "threatened" made the act a threat:
    the rule's ``~`` step) is aimed at the party the same source's other act in the sentence has for its
    target ("attacked four Iranian oil sites and vowed to keep up such raids", "denounced EC policies and
    threatened to file a complaint"); a threat coded directly ("gave firms a deadline") is not, nor one
    whose source's acts have several targets ("bombed Eritrean and Somali camps and vowed more raids")."""
    out = []
    for e in events:
        others = [f for f in events if f is not e and f.source == e.source and f.target is not None
                  and f.target != e.source] \
            if e.root in REPLY_ROOTS and e.target is None and e.source is not None and "~" in e.rule else []
        if len({f.target for f in others}) != 1:
            out.append(e)
            continue
        other = others[0]
        out.append(replace(e, target=other.target, target_sector=other.target_sector, target_text=other.target_text))
    return out
