"""The last-resort target of an event left with a source and no target: the nearest named actor of
another country inside the trigger's own phrase (events/subtree_targets.py, rule suffix ``/subtree``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from multipolar.events.subtree_targets import SUBTREE_RULE, subtree_party
from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document
from tests.events.conftest import DATE, code, dyads


def _filled(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source, target, cameo) of the events whose target this rule gave."""
    return {(e.source, e.target, e.cameo) for e in code(nlp, text) if e.rule.endswith(SUBTREE_RULE)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of a preposition under the trigger's object
        ("Norway and Denmark suspended all military aid and arms contracts with Peru.", ("NOR", "PER", "162")),
        ("Norway and Denmark suspended all military aid and arms contracts with Peru.", ("DNK", "PER", "162")),
        # the owner of the object of an infinitive on the trigger's phrase
        ("The Chilean army mobilized reserves for a possible order to move against Bolivia's border posts.",
         ("CHL", "BOL", "154")),
        # a nation adjective on the subject of a gerund clause the verb takes ("supported girls going to school")
        ("Swedish aid also supported 3,000 more Kenyan nurses going to college.", ("SWE", "KEN", "051")),
        # a place in the phrase of the thing hit, for material conflict
        ("Israeli aircraft hit targets belonging to armed factions in southern Lebanon.", ("ISR", "LBN", "190")),
        # a restrictive relative clause is part of the noun's phrase
        ("Norway backed the plan which would tie Kenya to the bloc.", ("NOR", "KEN", "051")),
        # a place naming an act of violence is no place of the act: "died in the Nairobi bombing"
        ("Norway's king sent heartfelt condolences to the families of those who died in the Nairobi bombing.",
         ("NOR", "KEN", "018")),
    ],
)
def test_the_nearest_actor_in_the_triggers_phrase_is_the_target(nlp: Language, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in _filled(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Denmark welcomed the plan.",  # the subject and its conjunct act together
        "Peru's ambassador to Chile denied the charges.",  # inside the source's own phrase
        "Raids on fishing boats by Ghana and Togo have increased.",  # the source's conjunct
        "The plan won backing from Sweden and Norway.",  # the source's conjunct
        "Brazil and Peru refused to change their stance.",  # a pronoun takes up the subject
        "Peru denied claims that its army had helped Ecuadorian rebels.",  # a clause with its own subject
        "Kenya reinforced its garrisons, saying Somali raids were likely.",  # an adverbial clause
        "The Kenyan president backed down and abandoned his scheme of taxing Ugandan traders.",  # own complement
        "Norway welcomed the refugees who had arrived in Greece.",  # the place of another act
        "Norway endorsed the new framework at a summit in Nairobi.",  # the venue of the act
        "Peruvian warships shelled a rig 90 miles west of Ecuador.",  # a landmark
        "Chilean jets forced a charter flight to La Paz to turn back.",  # where a craft is bound
        "Chile suspended military aid after the visit of Bolivia's president.",  # the time of the act
        "Peru suspended military aid amid tensions with Ecuador.",  # the background
        "Chile suspended more military aid than Bolivia.",  # a comparison
        "Chile suspended military aid together with Bolivia.",  # a partner of the source
        "Norway condemned the killing of two Kenyan students.",  # the victims of violence
        "Norway suspended aid to a convoy from a key U.S. ally.",  # the other side of a relation noun
        "Norway backed the plan, which goes to the WTO next month.",  # a relative clause set off: an aside
    ],
)
def test_no_party_outside_the_acts_own_phrase(nlp: Language, text: str) -> None:
    assert not _filled(nlp, text)


def _party(nlp: Language, text: str, trigger: str, source: str) -> str | None:
    """The code :func:`subtree_party` gives the event of ``trigger`` by ``source`` with its target taken away."""
    doc = nlp(make_doc(nlp, Document(id="t", text=text, date=DATE)))
    event = next(e for e in doc._.events if e.trigger == trigger and e.source == source)
    event = replace(event, target=None, target_sector=None, target_text=None)
    token = next(t for t in doc if t.idx == event.char_start)
    found = subtree_party(token, event, list(doc._.actors), frozenset({"killing"}))
    return found.code if found is not None else None


def test_a_complement_shared_with_a_conjoined_verb_is_the_triggers_own(nlp: Language) -> None:
    # "agreed and accepted the offer": the offer is what both verbs take
    assert _party(nlp, "The Kenyan cabinet agreed and accepted the offer made by the Ethiopian government.",
                  "agreed", "KEN") == "ETH"


def test_a_pronoun_is_no_last_resort_target(nlp: Language) -> None:
    # "their" takes up both subjects: no other party for either
    for source in ("BRA", "PER"):
        assert _party(nlp, "Brazil and Peru refused to change their stance.", "refused", source) is None


def test_a_place_in_the_objects_phrase_counts_for_material_conflict_only(nlp: Language) -> None:
    # groups "in southern Lebanon": hit there, Lebanon is hit; welcomed, only where the groups work
    assert _party(nlp, "Israeli aircraft hit targets belonging to armed factions in southern Lebanon.", "hit",
                  "ISR") == "LBN"
    assert _party(nlp, "Norway welcomed the work of aid groups in southern Lebanon.", "welcomed", "NOR") is None


@pytest.mark.parametrize(
    "text",
    [
        "France vetoed a draft resolution censuring Turkey.",
        "Britain rejected a motion that condemned Argentina.",
    ],
)
def test_a_party_named_in_a_rejected_text_is_no_target(nlp: Language, text: str) -> None:
    # the text's words name the party; the veto or rejection is of the text, not aimed at that party
    found = dyads(nlp, text)
    assert not any(c[:2] == "12" and t in ("TUR", "ARG") for _, t, c in found), found


def test_a_plan_or_text_in_a_locative_phrase_is_no_place(nlp: Language) -> None:
    # "points in a Kenyan-drafted plan": the plan's author, not a place where the act happened
    assert ("NOR", "KEN", "030") in _filled(
        nlp, "The Norwegian premier has agreed to four central points in a new Kenyan-drafted plan for the coast.")
    assert ("NOR", "KEN", "083") in _filled(
        nlp, "The Norwegian premier accepted the main terms in a fresh Kenyan-drafted proposal on fisheries.")
    # a real place still names no target of a verbal act
    assert _party(nlp, "Norway agreed to the terms in Nairobi.", "agreed", "NOR") is None
