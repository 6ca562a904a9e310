"""The last-resort target of a coded event that ends with a source and no target party at all: the
named actor of another country nearest its trigger inside the trigger's own phrase ("signed deals
with Pakistan", "moved against Syria's chemical weapons", "supported a million Pakistani girls").
Never the trigger's subject side (the source and its conjuncts), the source's own phrase, a pronoun,
a party of a clause with its own subject, of an adverbial clause or of an aside, the background or
time of the act, a measure of comparison, a partner ("along with"), a helper ("with help from"), a
landmark or border, the other side of a relation noun ("a U.S. ally"), where a craft is bound, nor a
place where an act happened (a plan or text is none: "points in a Peruvian plan"), nor,
for a rejection or criticism of a worded text, a party the text's words name ("vetoed a resolution
condemning Israel");
a place inside the phrase of the thing acted on counts for material conflict only ("shelled
positions in Gaza"). The rule is recorded on the event as ``/subtree`` (:func:`subtree_targets`,
the coder's last target step)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.modality import WORDED_TEXTS
from multipolar.events.noun_parties import ACCOMPANYING_HELP_NOUNS
from multipolar.events.noun_status import BACKGROUND_PREPS
from multipolar.events.own_marks import TEMPORAL_MARKS
from multipolar.events.owner_syntax import relation_owner
from multipolar.events.pairing import CO_AGENT_PREPS
from multipolar.events.placing import BOUNDARY_NOUNS
from multipolar.events.predicate_actors import VENUE_NOUNS
from multipolar.events.syntax import RELATIVE_PRONOUNS
from multipolar.events.targets import DESTINATION_PREPS, LOCATIVE_PREPS, VEHICLE_NOUNS
from multipolar.events.twins import dedup_key
from multipolar.nlp.dependents import path_to
from multipolar.nlp.labels import NOUN_CLAUSES, SUBJECTS, VERBAL_POS
from multipolar.records import ActorMention, Event
from multipolar.reference import CameoRoot, is_material_conflict

#: Suffix of the rule of an event whose target this step found.
SUBTREE_RULE = "/subtree"
#: The trigger's dependents on its subject side: its subject and a passive's "by" agent.
SOURCE_SIDE_DEPS = SUBJECTS | {"agent"}
#: Clauses that are never part of the act's own phrase: adverbial clauses and loose sentences.
ASIDE_CLAUSES = frozenset({"advcl", "parataxis"})
#: Words of a comparison ("less than Peru", "compared with Peru's"): the party is only a measure.
COMPARISON_WORDS: frozenset[str] = read_words(data_file(__file__, "words/comparison_words.txt"))
#: Words that set a party aside as a measure or as the source's partner ("along with Peru").
ASIDE_WORDS = COMPARISON_WORDS | CO_AGENT_PREPS
#: Compass words: "120 miles east of Peru" places a thing by a landmark.
COMPASS_WORDS: frozenset[str] = read_words(data_file(__file__, "words/compass_words.txt"))
#: Dependents on a verb's right that leave its complement to a conjoined verb ("agreed and accepted the plan").
LOOSE_DEPS = frozenset({"cc", "conj", "punct"})
#: Roots of acts against a worded text (rejecting, criticising it): a party its words name is no target.
OPPOSING_ROOTS = frozenset({CameoRoot.REJECT, CameoRoot.DISAPPROVE})
#: Nouns of a plan or worded text: "points in a Peruvian plan" names a part of the text, no place.
SCHEME_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/scheme_nouns.txt"))
#: Clauses that are, unless they have a subject of their own ("the plan Peru put forward").
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "relcl", "acl", "pcomp", "conj", "csubj"})


def subtree_targets(doc: Doc, sent: Span, events: list[Event], violence_nouns: frozenset[str]) -> list[Event]:
    """``events`` with the last-resort target (:func:`subtree_party`) given to each one that has a source
    and no target party (:func:`aim_untargeted`)."""
    if not any(untargeted(e) for e in events):
        return events
    triggers = {t.idx: t for t in sent}
    actors = [m for m in doc._.actors or [] if sent.start <= m.start < sent.end]

    def party_of(e: Event) -> ActorMention | None:
        trigger = triggers.get(e.char_start)
        return subtree_party(trigger, e, actors, violence_nouns) if trigger is not None else None

    return aim_untargeted(events, party_of, SUBTREE_RULE)


def aim_untargeted(events: list[Event], party_of: Callable[[Event], ActorMention | None], rule: str) -> list[Event]:
    """``events`` with each :func:`untargeted` one aimed at the party ``party_of`` finds for it (``rule``
    added to its rule); one that would then repeat another event of the same trigger is dropped."""
    out: list[Event] = []
    seen = {_key(e) for e in events if not untargeted(e)}
    for e in events:
        party = party_of(e) if untargeted(e) else None
        if party is not None:
            e = replace(e, target=party.code, target_sector=party.sector, target_text=party.text,
                        rule=e.rule + rule)
            key = _key(e)
            if key in seen:
                continue
            seen.add(key)
        out.append(e)
    return out


def _key(e: Event) -> tuple[str | int | None, ...]:
    return dedup_key(e.source, e.target, e.cameo, e.char_start, e.source_sector, e.target_sector)


def untargeted(e: Event) -> bool:
    """A source and no target party at all (no code, text or sector)."""
    return e.source is not None and e.target is None and e.target_text is None and e.target_sector is None


def subtree_party(trigger: Token, event: Event, actors: list[ActorMention],
                  violence_nouns: frozenset[str]) -> ActorMention | None:
    """The actor of another code than the source whose head lies in ``trigger``'s subtree, nearest it
    by the dependency path, that :func:`_in_act_phrase` accepts; never one inside the source's own
    phrase ("X's envoy to Y") or coordinated with it ("aid from Y and X"), nor a pronoun (it mostly
    takes up the source: "refused to alter their positions"); None if there is none."""
    doc = trigger.doc
    heads = {id(m): doc[m.start:m.end].root for m in actors}
    own = [heads[id(m)] for m in actors if m.code == event.source]
    beside = {t.i for o in own for t in (o, *o.conjuncts)}
    material = is_material_conflict(event.cameo)
    best: tuple[int, int, ActorMention] | None = None
    for m in actors:
        head = heads[id(m)]
        if m.code == event.source or m.start <= trigger.i < m.end or head.i in beside or head.pos_ == "PRON" \
                or relation_owner(head.head, m):  # "a convoy from a U.S. ally": not the US
            continue
        path = path_to(head, trigger)
        if path is None or not {t.i for t in path}.isdisjoint(o.i for o in own):
            continue
        if not _in_act_phrase(path, trigger, material, violence_nouns) \
                or (event.cameo[:2] in OPPOSING_ROOTS and _in_worded_content(path)):
            continue
        rank = (len(path), head.i, m)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return best[2] if best is not None else None


def _own_subject(clause: Token) -> bool:
    """The clause has a subject of its own, not a relative pronoun ("that Peru had raised", not "who died")."""
    return any(c.dep_ in SUBJECTS and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children)


def _in_act_phrase(path: list[Token], trigger: Token, material: bool, violence_nouns: frozenset[str]) -> bool:
    """The words of ``path`` (a party's head up to the trigger) keep it in the act's own phrase: not the
    trigger's subject or agent ("Russia and Syria welcomed"), a comparison ("more than Peru"), a partner
    ("together with Peru") or a border ("near the Peruvian border"); not under an adverbial clause
    ("until Peru complies"), a conjoined verb with its own complement, a relative clause set off by a
    comma, or a clause with its own subject ("charges that Peru had helped"); not in the background or
    time ("amid tensions with Peru", "after the visit of Peru's president"), a landmark ("west of Peru"),
    where a craft is bound ("a flight to Lima"),
    the place of an act or a gathering ("agreed in Lima", "a summit in Lima"), the victims of violence
    ("condemned the killing of two Peruvians"); a place of the thing acted on only for material
    conflict ("shelled positions in Peru")."""
    acts = {t.i for t in (trigger, *trigger.conjuncts)}  # "Paris supported and armed the rebels": one subject
    for k, tok in enumerate(path):
        dep, head = tok.dep_, tok.head
        if (dep in SOURCE_SIDE_DEPS and head.i in acts) or tok.lower_ in ASIDE_WORDS \
                or tok.lemma_.lower() in BOUNDARY_NOUNS:  # "near the Peruvian border" names no side
            return False
        if dep == "prep" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in CO_AGENT_PREPS:
            return False  # "together with Peru", however the parse hangs the phrase
        if dep == "pobj" and head.lower_ == "with" and tok.lemma_.lower() in ACCOMPANYING_HELP_NOUNS:
            return False  # "retook the town with help from Peru": the helper, no target
        if dep in ASIDE_CLAUSES or (dep == "conj" and tok.pos_ in VERBAL_POS and not _shared_complement(head)) \
                or (dep == "relcl" and _set_off(tok)):
            return False
        if dep in CLAUSE_DEPS and tok.pos_ in VERBAL_POS and _own_subject(tok) \
                and not _subject_of_small_clause(tok, path[:k]):
            return False
        if dep != "prep":
            continue
        word = tok.lower_
        if word in BACKGROUND_PREPS or word in TEMPORAL_MARKS \
                or (word == "of" and (head.lemma_.lower() in violence_nouns or head.lower_ in COMPASS_WORDS)):
            return False
        if word in DESTINATION_PREPS and head.lemma_.lower() in VEHICLE_NOUNS:
            return False  # "forced a flight to Ankara down": where a craft is bound
        if word in LOCATIVE_PREPS and not _names_event(tok, violence_nouns) and not _names_scheme(tok) and (
                not material or head.pos_ in VERBAL_POS or head.lemma_.lower() in VENUE_NOUNS):
            return False
    return True


def _in_worded_content(path: list[Token]) -> bool:
    """The party is named in what a worded text says ("a resolution condemning Israel", "a draft that
    urges Peru to ..."): an act against the text is not aimed at it, but at the text's authors."""
    return any(t.dep_ in NOUN_CLAUSES and t.pos_ in VERBAL_POS and t.head.lemma_.lower() in WORDED_TEXTS
               for t in path)


def _set_off(clause: Token) -> bool:
    """A relative clause set off by a comma or dash ("the plan, which goes to Peru next month") adds an
    aside about its noun; a restrictive one ("the pact which would tie it to Peru") is part of the phrase."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].is_punct


def _shared_complement(verb: Token) -> bool:
    """The verb has nothing on its right but its conjunct: the conjunct's complement is its own too
    ("agreed and accepted the plan"), unlike that of a verb with its own ("backed down and dropped the plan")."""
    return all(c.dep_ in LOOSE_DEPS for c in verb.rights)


def _subject_of_small_clause(clause: Token, below: list[Token]) -> bool:
    """The party is in the subject of an unmarked gerund clause, which names what the verb acts on
    ("supported a million girls going to school"); ``below``: the path up to the clause."""
    return clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children) \
        and bool(below) and below[-1].dep_ in SUBJECTS


def _names_scheme(prep: Token) -> bool:
    """The phrase names a plan or text, no place ("agreed to points in a Peruvian plan")."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in SCHEME_NOUNS for c in prep.children)


def _names_event(prep: Token, violence_nouns: frozenset[str]) -> bool:
    """The phrase names an act of violence, not a place ("died in the Ankara bombing")."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in violence_nouns for c in prep.children)
