"""Implied agents: the unnamed party an agentless act has (the police of an arrest, the court of a conviction,
the government of an expulsion, the two armed sides of a clash that names only its place)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.agents import implied_mention
from multipolar.events.placing import CountryContext
from multipolar.events.syntax import prep_objects
from multipolar.nlp.labels import NOUN_POS
from multipolar.records import ActorMention, Sector
from multipolar.reference import is_state_code

#: The unnamed agent a material act implies when the text names its victim only ("was arrested",
#: "the killing of two clerics"): arrests and detentions are the police's, convictions a court's, violence an
#: unidentified force's.
IMPLICIT_SECTORS = {"116": Sector.JUD, "173": Sector.COP, "18": Sector.UAF, "19": Sector.UAF, "20": Sector.UAF}
#: Expulsions and deportations: done by the government of the state one is sent out of ("were expelled
#: from Rwanda", "the deportation of refugees from Iran"), else of the act's own place; never guessed wider
#: (not the place of the clause: "in Brussels he denounced calls for the expulsion of asylum seekers").
EXPULSION_CODES = frozenset({"174"})


def implicit_sector(cameo: str) -> Sector | None:
    """The sector of the implied agent of an agentless act of ``cameo`` (police for arrests), else None."""
    return IMPLICIT_SECTORS.get(cameo[:3]) or IMPLICIT_SECTORS.get(cameo[:2])


def implicit_agent(trigger: Token, cameo: str, context: CountryContext) -> ActorMention | None:
    """The implied agent of an agentless material act, placed by the context (or with an empty code)."""
    if cameo[:3] in EXPULSION_CODES:
        # the state one is sent out of: its from-phrase (on the act or on its of-object), else the act's place
        holders = [trigger, *prep_objects([trigger], ["of"])] if trigger.pos_ in NOUN_POS else [trigger]
        code = next((c for h in holders if (c := context.origin_of(h))), None) \
            or context.place_of(trigger) or context.victim_place(trigger)
        return implied_mention(trigger, code, Sector.GOV, "implicit:expulsion") if code else None
    sector = implicit_sector(cameo)
    if sector is None:
        return None
    # the police of the place (of the act, else of its victim's phrase: "the arrest of a journalist in
    # Harare"); the unidentified force of a mere mention ("the killing of ...") stays unplaced (the guide's
    # null source, sector UAF), that of a reported act ("were killed") is placed
    nominal = trigger.pos_ in NOUN_POS
    if sector == Sector.UAF:
        code = None if nominal else context.country_for(trigger, named=False)
    else:
        code = context.place_of(trigger) or context.victim_place(trigger) or context.country_for(trigger)
    return implied_mention(trigger, code or "", sector, f"implicit:{sector}")


def unnamed_sides(trigger: Token, context: CountryContext) -> tuple[ActorMention, ActorMention] | None:
    """The two unnamed sides of a clash that names only its place ("clashes in eastern Congo",
    "renewed fighting in South Ossetia"): armed parties of the place's country, else None."""
    code = context.place_of(trigger)
    if not code or not is_state_code(code):
        return None
    side = implied_mention(trigger, code, Sector.UAF, "implicit:sides")
    return side, side


def implied_government(trigger: Token, code: str) -> ActorMention:
    """The government a targetless protest is aimed at: that of the protesters' country."""
    return implied_mention(trigger, code, Sector.GOV, "implicit:GOV")
