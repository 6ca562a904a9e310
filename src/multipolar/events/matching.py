"""Lexicon matching: which trigger words a document has and which lexicon entry each one matches.

:class:`Matcher` corrects the model's known lemma errors, finds trigger lemmas, and picks for a word
the most specific verb or noun entry whose particle, object and modifiers the parse has; it also
says when a light verb's entry yields to its object noun's. :class:`multipolar.events.coder.Coder`
drives it sentence by sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy
from spacy.attrs import IS_TITLE, LEMMA, LENGTH, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from multipolar.actors.token_index import among_ids
from multipolar.datafiles import data_file, read_list
from multipolar.events.agent_slots import by_agent_objects
from multipolar.events.asked import embedded_question
from multipolar.events.clauses import clause_particles
from multipolar.events.infinitives import infinitive_clauses
from multipolar.events.judged import named_judgment
from multipolar.events.lexicon import LexEntry, LexFlag, Lexicon, TriggerPos
from multipolar.events.mandates import mandated
from multipolar.events.object_backoffs import (
    backoff_objects,
    name_titles,
    named_person,
    object_role_phrases,
    sum_contents,
)
from multipolar.events.syntax import (
    content_head,
    is_passive,
    lemma_forms,
    modifier_lemmas,
    object_tokens,
    patient_tokens,
    prep_objects,
    retained_object,
)
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import COMPLEMENT_CLAUSES, NOUN_POS, TIME_ENTITIES, VERB_PATIENTS, VERBAL_POS
from multipolar.reference import CameoRoot

#: Prepositions naming the object of a nominal entry with an object ("a suspension of aid", "a cut in aid").
NOUN_OBJECT_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/noun_object_preps.txt"))


#: Flags that make an entry read the verb's objects (to require one, or none).
_OBJECT_FLAGS = frozenset({LexFlag.TRANSITIVE, LexFlag.INTRANSITIVE})

#: Dependencies of a gerund that stands for a noun ("Fighting between A and B erupted").
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


#: The object word of a meeting row that a named office holder stands for ("received Annan": a leader).
PERSON_OBJECT = "leader"


def adverb_particles(verb: Token) -> list[Token]:
    """Particles the model parsed as adverbs, right after the verb or after its object ("stepped down",
    "pulled its warships back" with an advmod): the caller keeps those a phrasal entry of the verb names."""
    spots = {verb.i + 1} | {c.right_edge.i + 1 for c in verb.children if c.dep_ == "dobj"}
    return [c for c in verb.children if c.dep_ == "advmod" and c.i in spots and c.pos_ in ("ADV", "ADP")]


def particle_objects(verb: Token, particle: Token) -> list[Token]:
    """Objects of the preposition after a verb's particle: "pulled out of X", "backed out from X"."""
    heads = [particle] + ([verb] if particle.dep_ == "prt" else [])
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "on")
            for g in c.children if g.dep_ == "pobj"]


def gerund_noun(t: Token) -> bool:
    """A gerund in a noun's place with no subject or object of its own ("Fighting between A and B broke
    out", tagged a verb at the start of a sentence), not "fighting the rebels"."""
    return t.tag_ == "VBG" and t.dep_ in NOMINAL_DEPS and not any(
        c.dep_ in ("nsubj", "dobj", "aux", "neg") for c in t.children)


@dataclass
class Match:
    """A trigger word and the lexicon entry it matched."""

    token: Token
    entry: LexEntry
    obj: Token | None  # the object an entry required (consumed)


class Matcher:
    """Trigger words and their lexicon entries, on one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.triggers = lex.trigger_lemmas
        # lemma hashes (lower, Title and UPPER case) for a test without building strings
        self.trigger_ids = frozenset(
            get_string_id(form) for lemma in self.triggers for form in (lemma, lemma.title(), lemma.upper()))
        self._lemma_fix_ids = {get_string_id(form): lemma for form, lemma in lex.lemma_fixes.items()}
        #: lemma hashes of the second parts of verbs written in two words (:attr:`Lexicon.split_lemmas`)
        self._split_second_ids = numpy.array(sorted({get_string_id(lemma) for _first, lemma in lex.split_lemmas}),
                                             dtype="uint64")
        #: Per verb lemma, what its entries ask of the parse (:meth:`_verb_needs`), read once.
        self._needs: dict[str, tuple[tuple[LexEntry, ...], bool, bool, frozenset[str]]] = {}

    def fix_lemmas(self, doc: Doc) -> None:
        """Correct the model's known lemma errors ("staged" -> "stag") before triggers are matched."""
        if not len(doc):
            return
        fixes = self._lemma_fix_ids  # by the hash of the lower-cased form
        rows = doc.to_array([LOWER, LEMMA, ORTH, IS_TITLE, LENGTH])
        # the only words :meth:`_abbreviation_title_plural` can take: titled, over three letters, their own lemma
        titled = set(numpy.flatnonzero((rows[:, 1] == rows[:, 2]) & (rows[:, 3] == 1) & (rows[:, 4] > 3)).tolist())
        for i, lower in enumerate(rows[:, 0].tolist()):
            lemma = fixes.get(lower)
            if lemma is not None:
                doc[i].lemma_ = lemma
            elif i in titled and i and self._abbreviation_title_plural(doc[i - 1], doc[i]):
                doc[i].lemma_ = doc[i].lower_[:-1]
        for i in numpy.flatnonzero(among_ids(rows[1:, 1], self._split_second_ids)).tolist():
            token = doc[i + 1]  # "tear-gassed", "tear gassed": "teargas"
            before = doc[i - 1] if doc[i].text == "-" and i else doc[i]
            joined = self.lex.split_lemmas.get((before.lower_, token.lemma_))
            if joined is not None:
                token.lemma_ = joined

    def _abbreviation_title_plural(self, prev: Token, t: Token) -> bool:
        """A plural noun the wire capitalised after a dotted abbreviation ("U.S. Attacks on"), which the
        model reads as a name of its own lemma: the lexicon's noun."""
        text = t.text
        return (len(text) > 3 and text.istitle() and text.endswith("s") and t.lemma_ == text
                and prev.text.endswith(".") and len(prev.text) <= 5 and prev.text.replace(".", "").isupper()
                and text[:-1].lower() in self.lex.nouns)

    def match_verb(self, verb: Token) -> Match | None:
        """The most specific verb entry of ``verb`` whose particle, object and modifiers the parse has."""
        entries, objects, modifiers, named = self._verb_needs(verb.lemma_.lower())
        if not entries:
            return None
        # a passive double-object verb keeps its direct object: "was offered a loan", "was given aid"
        passive = is_passive(verb) and not retained_object(verb)
        objs = ((patient_tokens(verb) if passive else object_tokens(verb)) if objects or modifiers else [])
        if objects and not objs and not passive:  # "imposed and later lifted sanctions", "the land they seized"
            objs = backoff_objects(verb)
        vmods = modifier_lemmas(verb) if modifiers else set()
        best: Match | None = None
        best_score = -1
        # an adverb right after the verb counts as a particle where an entry names it ("stepped down")
        loose = [c for c in adverb_particles(verb) if c.lower_ in named] if named else []
        kids = dependents(verb)
        particles = {c.lower_ for c, dep in kids if dep == "prt"} | {c.lower_ for c in loose}
        hung = object_role_phrases(objs, named)  # "accepted X and Y as members"
        first = content_head(objs[0]) if objs else None
        # "granted 3 billion yen in credits": the sum's contents, tried after the sum itself; "halted shipments
        # of grain": the counted object itself, after its contents
        sums = ([objs[0]] if first is not None and first.i != objs[0].i else []) + sum_contents(verb, first) \
            if objects else []
        complements = [c for c, dep in kids if (dep == "oprd" and c.pos_ in ("NOUN", "ADJ"))
                       or (dep in COMPLEMENT_CLAUSES and c.pos_ == "ADJ")
                       or (dep == "advcl" and c.pos_ == "ADJ" and c.i > verb.i)  # "held Iran responsible"
                       or (dep == "npadvmod" and c.pos_ == "NOUN" and c.i > verb.i)
                       # "branded Portugal a colonialist": a second direct object after the first is predicative
                       or (dep == "dobj" and c.pos_ == "NOUN" and bool(objs) and c.i > objs[0].i)] if objects else []
        # "gave Belarus a week to free them": a time span after the verb may be parsed as an adverbial noun
        # "found two men guilty", "found guilty two men": a predicative adjective parsed as the object's
        # modifier (after the object, or right after the verb)
        complements += [c for o in objs for c in o.children if c.dep_ == "amod" and c.pos_ == "ADJ"
                        and (c.i > o.i or c.i == verb.i + 1)] if objects else []
        phrasal: list[Token] | None = None  # the verb's particles, prepositions and loose particles, read once
        forms: dict[int, set[str]] = {}  # lemma_forms of the words the entries test, read once
        reach: set[str] | None = None  # the forms of all the words an entry with no particle may take as object

        def forms_of(word: Token) -> set[str]:
            if word.i not in forms:
                forms[word.i] = lemma_forms(word)
            return forms[word.i]

        for e in entries:
            obj = first
            after: list[Token] = []
            score_cut = 0
            if particles and e.particle not in particles:
                continue  # a phrasal verb means something else ("called off", "backed down")
            if e.particle:
                if phrasal is None:
                    phrasal = [*clause_particles(verb), *loose, *hung]
                # a "for ... to" clause's "for" only for an entry with no object: "called for Sudan to disarm"
                part = [c for c in phrasal if c.lower_ == e.particle
                        and (c.dep_ != "mark" or not e.objects)
                        and not any(g.ent_type_ in TIME_ENTITIES for g in c.children)]
                if not part or (part[0].dep_ == "prep" and any(dep == "oprd" for _c, dep in kids)):
                    continue  # "called the raids on the camps a provocation": a judgment, no appeal
                if part[0].dep_ == "prep" and e.objects:
                    pobj = [g for g in part[0].children if g.dep_ == "pobj"]
                    obj = pobj[0] if pobj else obj
                after = particle_objects(verb, part[0]) if e.objects else []
            if e.objects:
                # the object, else a predicative complement ("was taken hostage", "took him captive"),
                # else after a particle the object of its preposition ("pulled out of the government")
                meeting = e.cameo[:2] == CameoRoot.CONSULT
                if not e.particle and not meeting:  # none of the words it may take: no match (read at once)
                    if reach is None:
                        reach = set().union(*(forms_of(o) for o in (first, *complements, *sums) if o is not None))
                    if reach.isdisjoint(e.objects):
                        continue
                titles = name_titles(obj) if meeting else []  # "received leader X"
                person = obj if meeting and PERSON_OBJECT in e.objects and named_person(obj) else None
                obj = next((o for o in (obj, *complements, *after, *titles)
                            if o is not None and not forms_of(o).isdisjoint(e.objects)), person)
                if obj is None:
                    obj = next((o for o in sums if not forms_of(o).isdisjoint(e.objects)), None)
                    if obj is None:
                        continue
                    score_cut = 1  # an entry that names the sum itself wins over one that names its contents
            if LexFlag.TRANSITIVE in e.flags and not objs:
                continue  # "returned home", "returned from a visit": travel, nothing is returned
            if LexFlag.INTRANSITIVE in e.flags and (objs or passive):
                continue  # "quit the talks", "disbanded the parliament": another sense
            if LexFlag.PARTNERED in e.flags and not partner_in_slot(verb, e):
                continue  # "trained alongside Jordanian commandos", not "trained for a week"
            if LexFlag.NOPRED in e.flags and any(dep in ("oprd", "xcomp", "ccomp", "acomp") for _c, dep in kids):
                continue  # "called it dangerous" is no phone call
            if LexFlag.NOVERDICT in e.flags and verdict_clause(verb):
                continue  # "considered the case closed" weighs no option
            if LexFlag.NEEDINF in e.flags and not _infinitive_in_phrase(verb, obj):
                continue  # "gave the soldiers a week off" sets no deadline
            if LexFlag.MANDATE in e.flags and not any(mandated(c) for c in verb.children):
                continue  # "suggested that Britain should join" asks, "suggested that the economy was slowing" not
            if LexFlag.JUDGED in e.flags:
                judged = named_judgment(verb)  # "called the move reckless": the judgment's code
                if judged is None:
                    continue
                e = replace(e, cameo=judged)
            if e.modifiers:
                mods = vmods | (modifier_lemmas(obj) if obj is not None else set())
                if mods.isdisjoint(e.modifiers):
                    continue
            if 2 * e.specificity - score_cut > best_score:
                best, best_score = Match(verb, e, obj if e.objects else None), 2 * e.specificity - score_cut
        return best

    def _verb_needs(self, lemma: str) -> tuple[tuple[LexEntry, ...], bool, bool, frozenset[str]]:
        """A verb lemma's entries and what they ask for: what none asks for is not looked up in the parse
        (objects, read by object and modifier entries: "the object's modifiers count"; the verb's modifiers
        and complements; the particles they name)."""
        needs = self._needs.get(lemma)
        if needs is None:
            entries = tuple(self.lex.verbs.get(lemma) or ())
            needs = self._needs[lemma] = (entries, any(e.objects or e.flags & _OBJECT_FLAGS for e in entries),
                                          any(e.modifiers for e in entries),
                                          frozenset(e.particle for e in entries if e.particle))
        return needs

    def match_noun(self, noun: Token, key: str | None = None) -> Match | None:
        """The most specific noun entry of ``noun`` (or of the form ``key``) whose modifiers and of/in
        object the parse has."""
        entries = self.lex.nouns.get(key or noun.lemma_.lower())
        if not entries:
            return None
        mods = modifier_lemmas(noun) if any(e.modifiers for e in entries) else set()
        best: Match | None = None
        best_score = -1
        for e in entries:
            if e.modifiers and mods.isdisjoint(e.modifiers):
                continue
            if LexFlag.PARTNERED in e.flags and not partner_in_slot(noun, e):
                continue  # "naval drills with Chile": cooperation; "naval drills off the coast": a show of force
            obj = None
            if e.objects:  # "a suspension of aid", "a cut in aid": the act on the noun's of/in object
                # "the seizure by militants of two engineers": the parser may hang it on the by-agent
                objs = prep_objects([noun], NOUN_OBJECT_PREPS) or by_agent_objects(noun, NOUN_OBJECT_PREPS)
                # or the object of the entry's own target preposition: "an attack on the budget plan" (111)
                objs = objs + prep_objects([noun], tuple(p for p in e.targets if p not in NOUN_OBJECT_PREPS))
                obj = next((o for o in objs if not lemma_forms(o).isdisjoint(e.objects)), None)
                if obj is None:
                    continue
            if e.specificity > best_score:
                best, best_score = Match(noun, e, obj), e.specificity
        return best

    def verb_roots(self, lemma: str) -> set[str]:
        """CAMEO roots the bare verb entries of ``lemma`` code (no object, particle or modifier required:
        "demand", not "celebrate" + "ousting")."""
        return {e.cameo[:2] for e in self.lex.verbs.get(lemma, ())
                if LexFlag.NONEVENT not in e.flags and not e.specificity}

    def match(self, t: Token) -> Match | None:
        """The entry of a trigger word: as a noun or a verb by its part of speech (a verbal noun both)."""
        if t.pos_ in NOUN_POS:
            verbal = t.tag_ == "VBG" or any(c.dep_ in ("nsubj", "dobj") for c in t.children)
            return self.match_noun(t) or (self.match_verb(t) if verbal else None)
        if t.pos_ in VERBAL_POS:
            if gerund_noun(t):  # "Fighting between A and B broke out": the noun "fighting"
                return self.match_noun(t, t.lower_) or self.match_verb(t)
            return self.match_verb(t)
        m = self.match_verb(t)
        if m is not None and t.tag_ == "JJ" and m.entry.targets[:1] == ("dobj",) and not object_tokens(t):
            m = None  # "the vote was free and fair": an adjective, not the verb "free the hostages"
        return m or self.match_noun(t)

    def noun_is_finer(self, m: Match) -> bool:
        """A light verb's object entry ("provide" + "support") yields to the noun's own entry when
        the noun is more specific ("provide military support")."""
        if m.obj is None or m.token.lemma_.lower() not in self.lex.light_verbs or m.entry.modifiers:
            return False
        noun = self.match_noun(m.obj)
        return noun is not None and bool(noun.entry.modifiers)

    def yields_to_noun(self, verb: Token, matches: dict[int, Match | None]) -> bool:
        """A generic verb entry steps back when its object is itself a coded noun ("fund" vs
        "launch an attack"): only for verbs listed as light verbs."""
        info = self.lex.light_verbs.get(verb.lemma_.lower())
        if info is None:
            return False
        for o in object_tokens(verb) + (prep_objects([verb], [info[1]]) if info[1] else []):  # "met with criticism"
            m = matches.get(o.i)
            if m is not None and m.entry.pos == TriggerPos.NOUN:
                return True
        return False


def consumed_by(m: Match) -> list[Token]:
    """The words an entry's required object takes out of coding: the object, its conjuncts, and what a sum
    a verb takes is given as ("approved $5 million in aid" codes the approval, not the aid as well)."""
    if m.obj is None:
        return []
    return [m.obj, *m.obj.conjuncts, *(sum_contents(m.token, m.obj) if m.entry.pos == TriggerPos.VERB else [])]


def partner_in_slot(t: Token, e: LexEntry) -> bool:
    """Whether a target preposition of ``e`` on the trigger (or, for a noun, on the verb that takes it
    as its object) has an actor as its object: "held drills with the Thai navy", not "drills with live
    ammunition"."""
    index = t.doc._.actor_index or {}
    heads = [t, t.head] if t.dep_ in VERB_PATIENTS and t.head.pos_ in VERBAL_POS else [t]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in e.targets:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                words = [pobj, *pobj.conjuncts]
                if any(w.i in index or any(c.i in index for c in w.children if c.i < w.i) for w in words):
                    return True
    return False


def _infinitive_in_phrase(verb: Token, obj: Token | None) -> bool:
    """A to-infinitive complement of the verb or of its object ("gave Japan six weeks to act", "gave
    Iran a deadline to respond")."""
    return any(infinitive_clauses(h, INFINITIVE_DEPS) for h in (verb, obj) if h is not None)


#: Dependencies of a to-infinitive complement (the parser varies: xcomp, advcl, relcl, acl).
INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl"})



#: Tags of a participle or finite verb: a clause stating something, no option to weigh.
FINITE_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def verdict_clause(verb: Token) -> bool:
    """Does ``verb`` take a verdict on something rather than an act to weigh: an adjective ("considers the
    pact void"), a participle or finite verb that asks no question ("considered the matter closed", "considers
    that Chile broke the pact") or a "to be" clause ("considered the offer to be a ploy")? An option weighed
    is a noun, a gerund or a question ("considering sanctions", "taking X to court", "what options are open").
    A noun predicate is a verdict too ("considers the plan a threat", an object predicate however parsed),
    and so is an "as" phrase of an adjective ("considers the treaty as void")."""
    if any(_adjective_as(c) for c in verb.children):
        return True
    # "considered the budget, published on Monday, to be a sound plan": "to be" hung on the verb
    if any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "xcomp" and c.lemma_ == "be" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
            for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ not in ("ccomp", "oprd", "dobj"):
            continue
        if c.dep_ == "oprd" or (c.dep_ == "ccomp" and c.pos_ == "NOUN" and _has_subject(c)):
            return True
        if c.dep_ == "dobj" and any(_adjective_as(g) for g in c.children):
            return True
        if c.dep_ != "dobj" and (c.pos_ == "ADJ" or ((c.lemma_ == "be" or c.tag_ in FINITE_TAGS)
                                                      and _has_subject(c) and not embedded_question(c))):
            return True
        if any(a.lemma_ == "be" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
               for a in c.children):
            return True
    return False


def _adjective_as(prep: Token) -> bool:
    """An "as" phrase of an adjective ("as void", "as unfair"), however the parse hangs the adjective."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and any(
        g.pos_ == "ADJ" and g.dep_ in ("amod", "pobj", "acomp") for g in prep.children)


def _has_subject(clause: Token) -> bool:
    """Has ``clause`` a subject of its own (a clause, not a misread modifier: "corned beef")?"""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
