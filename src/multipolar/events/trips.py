"""Trips with a purpose: "flew to Quito to meet its president", "arrived in Hanoi to negotiate a loan". The
purpose infinitive of a verb of travel that names where the trip goes is the traveller's act, done where
it goes and when it goes (:mod:`multipolar.events.hosts`, :mod:`multipolar.events.modality`), as a
for-phrase of such a trip is ("came to Quito for talks")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.infinitives import to_infinitive
from multipolar.nlp.labels import NOMINAL_SUBJECTS

#: Verbs of a trip (words/travel_verbs.txt).
TRAVEL_VERBS: frozenset[str] = read_words(data_file(__file__, "words/travel_verbs.txt"))
#: The prepositions of a trip's destination ("flew to Quito", "arrived in Hanoi").
TRIP_PREPS: tuple[str, ...] = ("to", "in")


def trip_destinations(trip: Token) -> list[Token]:
    """The objects of the trip verb's destination phrases ("to Quito", "in Hanoi")."""
    return [o for p in trip.children if p.dep_ == "prep" and p.lower_ in TRIP_PREPS
            for o in p.children if o.dep_ == "pobj"]


def trip_of_purpose(verb: Token) -> Token | None:
    """The active trip verb with a destination whose subjectless purpose infinitive ``verb`` is ("flew to
    Quito to meet": "flew"), else None ("sent troops to attack X": no trip of the sender's)."""
    trip = verb.head
    if trip.i == verb.i or verb.dep_ not in ("advcl", "xcomp") or not to_infinitive(verb) \
            or trip.lemma_.lower() not in TRAVEL_VERBS or not trip_destinations(trip):
        return None
    if any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children) or any(c.dep_ == "nsubjpass" for c in trip.children):
        return None
    return trip
