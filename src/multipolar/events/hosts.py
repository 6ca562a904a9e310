"""Hosts of consultations: the dateline's country for a consultation "here" or a visit that names no
place; the place of the visitor's own people abroad ("visited US troops in Baghdad"); the country a
peacekeeping force is in ("sent troops to the UN force in Sudan"). A deployment of peacekeepers is
peacekeeping, one to help a party military aid (:func:`peacekeeping_code`). Strategies of
:data:`multipolar.events.aims.VERB_STRATEGIES` and :data:`multipolar.events.aims.NOUN_STRATEGIES`."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.agents import word_mention
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.circumstance import framed
from multipolar.events.lexicon import TriggerPos
from multipolar.events.matching import Match
from multipolar.events.pairing import rival_sides
from multipolar.events.placing import capital_metonym
from multipolar.events.purposes import infinitives
from multipolar.events.syntax import (
    content_head,
    first_conjunct,
    is_passive,
    object_tokens,
    patient_tokens,
    prep_objects,
    subject_tokens,
)
from multipolar.events.targets import CONF_PLACE, PLACE_ADVERBS, VEHICLE_NOUNS, VISIT, TargetQuery
from multipolar.events.trips import trip_destinations, trip_of_purpose
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import NOUN_ATTRIBUTES, NOUN_POS, PLURAL_NOUN_TAGS
from multipolar.records import MentionKind, Sector
from multipolar.reference import CameoRoot, is_state_code

#: The prepositions that name where a visit goes ("a visit to", "arrived in", "a tour of").
DESTINATION_PREPS = frozenset({"to", "in", "of", "at", "into"})
#: Datelines of relayed news: their place hosts no visit (words/relay_datelines.txt).
RELAY_DATELINES: tuple[str, ...] = tuple(sorted(read_words(data_file(__file__, "words/relay_datelines.txt"))))


def dateline_here(q: TargetQuery) -> list[Participant]:
    """A consultation "here" ("arrived here for talks", "X, here on a visit, said"): the dateline's country
    is the host ("HAVANA - ... here on a visit": Cuba)."""
    code = q.args.context.dateline
    if q.entry.cameo[:2] != CameoRoot.CONSULT or code is None or q.args.dateline_end == 0:
        return []
    t = q.trigger
    own = [t, *([q.light_verb[0]] if q.light_verb else [])]
    holders = own + ([t.head.head] if t.dep_ == "pobj" and t.head.dep_ == "prep" else [])  # "here on a visit"
    if not any(h.lower_ in PLACE_ADVERBS or any(d == "advmod" and c.lower_ in PLACE_ADVERBS for c, d in dependents(h))
               for h in holders) and not _unplaced_visit(q, own):
        return []
    if _body_session(q):
        return []
    place = word_mention(q.trigger.doc[0], code, None, MentionKind.PLACE, "dateline")
    return q.others([Participant(code, None, place.text, CONF_PLACE, place)])


def _body_session(q: TargetQuery) -> bool:
    """A session of an organisation held "here": its parties are the body itself or its members ("the
    bank's annual meeting here", "EC ministers meet here"), not a visit by its envoy; the dateline's
    state hosts no one."""
    doc = q.trigger.doc
    return q.entry.cameo != VISIT and bool(q.sources) and all(
        p.code is not None and not is_state_code(p.code) and p.mention.end > p.mention.start
        and (p.mention.kind == MentionKind.ORGANISATION or doc[p.mention.end - 1].tag_ in PLURAL_NOUN_TAGS)
        for p in q.sources)


#: Relations of a purpose infinitive on a stay verb ("is in Cairo to discuss oil prices").
PURPOSE_DEPS = ("advcl", "xcomp")
#: Verbs of a stay whose place phrase is where their for-phrase's consultation is held ("was in Washington for talks").
STAY_VERBS: frozenset[str] = read_words(data_file(__file__, "words/stay_verbs.txt"))


def stay_place(q: TargetQuery) -> list[Participant]:
    """The country a consultation is held in when its for-phrase or purpose infinitive hangs on the party's
    stay there: a stay verb or the party's name with an in-phrase ("X was in Washington for talks", "X, in
    Kampala for a visit, said", "X is in Cairo for talks", "X is in Cairo to discuss prices"): the place's
    country hosts it. Tried after the noun's own
    partner; not "arrived for talks" (arrive has its own place slot) nor "left Kampala for talks"."""
    if q.entry.cameo[:2] != CameoRoot.CONSULT:
        return []
    tok = framed(first_conjunct(q.trigger))  # "in Lima for a new round of talks"
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        holder = tok.head.head
    elif tok.i in {c.i for c in infinitives(tok.head, PURPOSE_DEPS)}:  # "is in Cairo to discuss oil prices"
        holder = tok.head
        if (trip := trip_of_purpose(tok)) is not None:  # "flew to Quito to discuss oil prices"
            return _host_places(q, trip_destinations(trip))
    else:
        return []
    if holder.dep_ == "pobj" and holder.head.lower_ == "in":  # "in Kampala for talks" hung on the place
        places = [holder]
    elif holder.lemma_.lower() in STAY_VERBS or (holder.pos_ in NOUN_POS and holder.i in q.args.index):
        places = prep_objects([holder], ("in",))
    else:
        return []
    return _host_places(q, places)


def _host_places(q: TargetQuery, places: list[Token]) -> list[Participant]:
    """The named countries of ``places`` other than the consultation's own parties."""
    own = {p.code for p in q.sources}  # "Kenya's army chief, in Nairobi for talks": no host at home
    return [p for p in q.named_others(q.args.places(places, CONF_PLACE)) if p.code not in own]


#: Kinds of a place phrase that name a state as host of talks held there ("talks in Bonn", "in Japan").
VENUE_STATE_KINDS = frozenset({MentionKind.METONYM, MentionKind.COUNTRY})
#: Modifiers naming whose session a meeting noun is ("the IMF meeting", "Japan's talks").
OWNER_DEPS = NOUN_ATTRIBUTES | {"poss", "nmod"}
#: Prepositions of an occasion another act took place at ("at a meeting in Athens").
OCCASION_PREPS = frozenset({"at"})
#: Sources placed by the context, not named: they name no party who travelled.
UNNAMED_KINDS = frozenset({MentionKind.UNRESOLVED, MentionKind.IMPLICIT})


def talks_venue(q: TargetQuery) -> list[Participant]:
    """The state whose capital or country a single state party's consultation is held in, when it names no partner
    ("X begins two days of talks in Rome", "X held talks in Seoul": the place's state is the other side);
    not a visit (its own host strategies), a session of a body, nor a party at home. Tried after the
    partner slots and the stay of :func:`stay_place`."""
    if q.entry.cameo[:2] != CameoRoot.CONSULT or q.entry.cameo == VISIT or not q.sources or _body_session(q):
        return []
    if len(q.sources) != 1 or rival_sides(q.sources, q.entry.cameo, q.trigger.doc):
        return []  # "A and B held talks in Lima", "Libya's rival factions met in Tunis": the sources meet
    if not all(p.code is not None and is_state_code(p.code) and p.sector == Sector.GOV
               and p.mention.kind not in UNNAMED_KINDS for p in q.sources):
        return []  # "OPEC ministers held talks in Vienna": a body's session, not a visit to Austria
    holders = [q.trigger, *([q.light_verb[0]] if q.light_verb else []), *([q.obj] if q.obj is not None else [])]
    occasion = framed(first_conjunct(q.trigger))
    if occasion.dep_ == "pobj" and occasion.head.lower_ in OCCASION_PREPS:
        return []  # "demanded an apology at a meeting in Athens": the occasion of another act, maybe of many
    nouns = [h for h in holders if h.pos_ in NOUN_POS]
    owners = [c for h in nouns for c, d in dependents(h) if d in OWNER_DEPS and c.i < h.i]
    places = prep_objects(holders, ("in",))
    own = {p.code for p in q.sources}
    if any(c.i in q.args.index and q.args.index[c.i].code not in own
           for c in [*owners, *prep_objects([*nouns, *places], ("of",))]):
        return []  # "the IMF meeting in Washington", "a meeting in Rome of the EC": another's session
    return [p for p in _host_places(q, places) if p.mention.kind in VENUE_STATE_KINDS
            and (p.mention.kind == MentionKind.COUNTRY or capital_metonym(p.mention))]


def stay_purpose_agents(verb: Token, args: Arguments) -> list[Participant]:
    """The party staying or travelling somewhere for the purpose infinitive ``verb`` ("X is in Cairo to
    discuss prices", "X flew to Cairo to discuss prices": X discusses), where the stay or trip verb names
    its place; a purpose clause on other verbs is left alone ("sent troops to attack X": the sending)."""
    if (trip := trip_of_purpose(verb)) is not None:
        return args.participants(subject_tokens(trip), CONF_PLACE)
    stay = verb.head
    if verb.dep_ not in PURPOSE_DEPS or stay.lemma_.lower() not in STAY_VERBS or not prep_objects([stay], ("in",)) \
            or verb not in infinitives(stay, PURPOSE_DEPS):
        return []
    return args.participants(subject_tokens(stay), CONF_PLACE)


def _unplaced_visit(q: TargetQuery, holders: list[Token]) -> bool:
    """A visit whose trigger and support verb (``holders``) name no place at all ("LONDON - King X begins
    a state visit on Tuesday"): the dateline is where it is."""
    if q.entry.cameo != VISIT:
        return False
    doc = q.trigger.doc
    if doc[:q.args.dateline_end].text.title().startswith(RELAY_DATELINES):
        return False  # "NICOSIA - ..., Tehran radio said": relayed news, not a visit to Cyprus
    return not any(c_dep == "prep" and c.lower_ in DESTINATION_PREPS for h in holders for c, c_dep in dependents(h))


def visit_host_place(q: TargetQuery) -> list[Participant]:
    """Where a visit to the visitor's own people went ("visited US troops in Baghdad", "soldiers serving in
    Kabul": the place's country hosts it); tried after a visit's own slot, whose own-country party gives
    way to it (:func:`find_targets`)."""
    if q.entry.cameo != VISIT:
        return []
    visited = [*prep_objects([q.trigger], DESTINATION_PREPS), *q.patient]
    serving = [c for v in visited for c in v.children if c.dep_ == "acl"]
    holders = [q.trigger, *visited, *serving]
    return q.others(q.args.places(prep_objects(holders, ("in", "at")), CONF_PLACE))


def vehicle_travel(verb: Token, cameo: str) -> bool:
    """A visit by travel whose traveller is a craft, not a party ("a Libyan cargo plane flying from Tripoli
    to Oslo", "Turkish jets flew over Cyprus"): the verb's subject, or the noun its participle modifies."""
    if cameo != VISIT:
        return False
    heads = subject_tokens(verb) or ([verb.head] if verb.dep_ == "acl" else [])
    return bool(heads) and all(h.lemma_.lower() in VEHICLE_NOUNS for h in heads)


#: Peacekeeping (CAMEO 074): troops sent to a force or mission are aimed at the country it serves in.
PEACEKEEPING = "074"
#: Nouns of a force or mission abroad ("the UN force in Sudan") (words/mission_nouns.txt).
MISSION_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/mission_nouns.txt"))


def mission_host(q: TargetQuery) -> list[Participant]:
    """Peacekeepers sent to a force or mission in a place ("sent troops to the UN force in Sudan",
    "peacekeepers for the mission in Mali"): the country it serves in, before the body that runs it."""
    if q.entry.cameo != PEACEKEEPING:
        return []
    holders = [q.trigger, *([q.obj] if q.obj is not None else []), *q.patient,
               *([q.light_verb[0]] if q.light_verb else [])]
    missions = [n for n in prep_objects(holders, (*q.prep_slots, "for"))
                if content_head(n).lemma_.lower() in MISSION_NOUNS]
    return q.others(q.args.places(prep_objects(missions, ("in",)), CONF_PLACE))


#: Words of a peacekeeping force; a deployment (154) or an arrival (042) of such a force is peacekeeping.
PEACEKEEPING_WORDS: frozenset[str] = read_words(data_file(__file__, "words/peacekeeping_words.txt"))
MOVEMENT_CODES = frozenset({"042", "154"})
#: Verbs of a purpose clause that makes a deployment help a party ("sent troops to help the Malian army"):
#: military aid (072), troops sent to assist.
MILITARY_AID = "072"
ASSISTING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/assisting_verbs.txt"))


def _peacekeeping(noun: Token) -> bool:
    head = content_head(noun)
    return head.lemma_.lower() in PEACEKEEPING_WORDS or any(
        c.dep_ in NOUN_ATTRIBUTES and c.lemma_.lower() in PEACEKEEPING_WORDS for c in head.children)


def _helps_party(verb: Token, args: Arguments) -> bool:
    """A purpose clause of the verb helps a named party ("sent troops to help the Malian army")."""
    helped = [o for c in infinitives(verb, ("xcomp", "advcl")) if c.lemma_.lower() in ASSISTING_VERBS
              for o in object_tokens(c)]
    return any(p.code is not None for p in args.participants(helped))


def peacekeeping_code(m: Match, args: Arguments) -> str | None:
    """074 for a deployment or an arrival whose troops or destination are a peacekeeping force
    ("Nigerian peacekeepers arrived in Darfur", "Kenya sent troops to the peacekeeping force in
    Somalia"), military aid (072) for a deployment to help a named party ("sent troops to help the
    Malian army"); None where the movement keeps its code."""
    verb = m.token
    if m.entry.pos != TriggerPos.VERB or m.entry.cameo not in MOVEMENT_CODES:
        return None
    parties = (patient_tokens(verb) if is_passive(verb) else subject_tokens(verb) + object_tokens(verb))
    if any(_peacekeeping(p) for p in parties + prep_objects([verb], ("to", "into"))):
        return PEACEKEEPING
    return MILITARY_AID if m.entry.cameo != VISIT and _helps_party(verb, args) else None


#: Verbs of hosting a visitor (words/hosting_verbs.txt).
HOSTING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/hosting_verbs.txt"))


def hosted_visit(noun: Token, cameo: str) -> Token | None:
    """The active hosting verb a visit is the circumstance of ("Kenya hosted the Thai king on a state visit",
    "welcomed X during a visit"): its object visits its subject; else None."""
    tok = first_conjunct(noun)
    if cameo != VISIT or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in HOSTING_VERBS or verb.pos_ != "VERB" or is_passive(verb) or not object_tokens(verb):
        return None
    return verb
