"""Clause status of a trigger: negation, hypothetical/conditional, question, intent and the
complement-taking verb that governs it ("threatened to", "refused to", "urged X to")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.allegations import ALLEGING, alleged
from multipolar.events.clauses import bare_content_noun, clause_particles, content_clauses, for_mark
from multipolar.events.conditions import cannot_accept, conditional_sentence, if_clause
from multipolar.events.infinitives import parted_noun, to_infinitive
from multipolar.events.lexicon import (
    ComplementClass,
    Lexicon,
)
from multipolar.events.mandates import claimed, mandated, mandative
from multipolar.events.noun_status import (
    framed_condition,
    negated_object,
    negated_subject,
    noun_background,
    noun_generic,
    noun_negated,
)
from multipolar.events.own_marks import (
    COMPLEMENT_DEPS,
    WOULD,
    obliged_only,
    own_flags,
    pending_condition,
)
from multipolar.events.relatives import mandative_noun
from multipolar.events.semi_modals import others_obligation
from multipolar.events.syntax import OBJECT_CONTROL, REPORT_NOUNS
from multipolar.events.trips import trip_of_purpose
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import (
    COMPLEMENT_CLAUSES,
    COPULA_COMPLEMENTS,
    NOMINAL_SUBJECTS,
    NOUN_CLAUSES,
    NOUN_POS,
    PARTICIPLE_TAGS,
    VERB_PATIENTS,
    VERBAL_POS,
)
from multipolar.records import Modality

#: Prepositions whose clause did not happen: "without acknowledging responsibility".
NEGATING_PREPS: frozenset[str] = read_words(data_file(__file__, "words/negating_preps.txt"))
#: Intent verbs that read as a forecast when the expected act is someone else's ("they expect A to
#: meet B") or nobody's in particular ("A is expected to visit B"): not (yet) an event.
FORECAST_VERBS: frozenset[str] = read_words(data_file(__file__, "words/forecast_verbs.txt"))
#: "be to" + verb announces a plan ("is to visit"), except in idioms ("is to blame", "is yet to come").
BE_TO_IDIOMS: frozenset[str] = read_words(data_file(__file__, "words/be_to_idioms.txt"))
#: Verbs whose progressive before "to" announces a plan: "is going to visit".
PLAN_PROGRESSIVES: frozenset[str] = read_words(data_file(__file__, "words/plan_progressives.txt"))


#: Complement-taking verbs whose class holds only for an infinitive ("told Y to withdraw").
INFINITIVE_GOVERNORS: frozenset[str] = read_words(data_file(__file__, "words/infinitive_governors.txt"))
#: Intent verbs that appeal to another party when the wished act is its own ("wants Iran to halt").
WISHING: frozenset[str] = read_words(data_file(__file__, "words/wishing.txt"))


#: Verbs besides the negating complement verbs that deny a report they take as object ("rejected reports that").
REPORT_REJECTING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/report_rejecting_verbs.txt"))
#: Predicates that deny the report they are said of ("reports that ... were baseless").
DENIAL_PREDICATES: frozenset[str] = read_words(data_file(__file__, "words/denial_predicates.txt"))




#: Worded texts whose participle tells what they say, and verbs that keep such a text from being adopted.
WORDED_TEXTS: frozenset[str] = read_words(data_file(__file__, "words/worded_texts.txt"))
BLOCKING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/blocking_verbs.txt"))
#: Statuses of an act not done: what its object's participle says is not done either.
UNDONE_MODALITIES = frozenset({Modality.NEGATED, Modality.REFUSAL, Modality.HYPOTHETICAL})


@dataclass(frozen=True, kw_only=True)
class Status:
    """Whether a clause's event happened, and the complement-taking verb governing it (keywords only)."""

    negated: bool = False
    modality: Modality | None = None  # None = factual
    governor: Token | None = None  # complement-taking verb ("threaten", "pledge", "refuse", ...)
    klass: ComplementClass | None = None  # its class: threat|intent|refuse|appeal|demand|claim
    reason: str = ""


def _governor(verb: Token) -> Token | None:
    """The verb that takes this clause as its complement, if any."""
    if (parted := parted_noun(verb)) is not None and verb.head.lemma_.lower() not in OBJECT_CONTROL:
        return parted  # "an Indian decision last month to impose"; not "urged the rebels Sunday to free"
    if verb.dep_ in COMPLEMENT_CLAUSES and verb.head.i != verb.i:
        if verb.dep_ == "ccomp" and verb.i < verb.head.i and any(c.dep_ == "dobj" for c in verb.head.children):
            return None  # "X accused Y of lying, a charge Y denies": the verb's own object is what it governs
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        if verb.head.lower_ == "with" and any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children):
            return None  # "..., with Ottawa accusing Washington of ...": an absolute clause, no complement
        return verb.head.head
    if for_mark(verb) is not None and verb.head.i != verb.i:
        return verb.head  # "called for Sudan to disarm"
    if verb.dep_ in NOUN_CLAUSES and verb.head.pos_ == "NOUN" and to_infinitive(verb):
        return verb.head  # a complement-taking noun: "a pledge to help", "a threat to attack", "time for X to go"
    if verb.head.pos_ == "NOUN" and verb in content_clauses(verb.head) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return verb.head  # a noun's that-clause: "expressed hope that X would resume talks"
    if verb.dep_ == "conj" and verb.head.dep_ in COMPLEMENT_DEPS and verb.head.head.i != verb.head.i:
        return _governor(verb.head)
    if (bare := bare_content_noun(verb)) is not None:
        return bare  # "Speculation the U.S. will offer wheat grew": a noun's content clause with no "that"
    return mandative_noun(verb)


def _wished_of_other(governor: Token, verb: Token) -> bool:
    """A wish for another party's act: "wants Iran to halt" (the wisher's object does it), "hopes
    China will ease" (a named subject of its own; "hopes it will" is the speaker's intent)."""
    if governor.lemma_.lower() not in WISHING or governor.pos_ not in VERBAL_POS:
        return False
    if verb.dep_ == "xcomp":
        return any(c.dep_ == "dobj" and c.i < verb.i for c in governor.children)
    return verb.dep_ == "ccomp" and any(c.dep_ in NOMINAL_SUBJECTS and c.pos_ != "PRON" for c in verb.children)


def _forecast(governor: Token, verb: Token) -> bool:
    """"A is expected to visit B", "they expect A to meet B": a forecast, not A's stated intent."""
    if governor.lemma_.lower() not in FORECAST_VERBS:
        return False
    if governor.pos_ == "ADJ":  # "confident that Y would sign"; "confident that it will resume talks": its plan
        return any(c.dep_ in NOMINAL_SUBJECTS and c.pos_ != "PRON" for c in verb.children)
    if any(c.dep_ in ("nsubjpass", "auxpass", "dobj") for c in governor.children):
        return True
    return any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children)


def complement_class(verb: Token, lexicon: Lexicon) -> ComplementClass | None:
    """Class of a complement-taking verb, keyed by lemma plus particle first ("call on"), or of a
    complement-taking noun ("a pledge to", "a bid to")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ in NOUN_POS:
        return lexicon.complement_nouns.get(lemma)
    if lemma in PLAN_PROGRESSIVES and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be"
                                                                 for c in verb.children):
        return ComplementClass.INTENT  # "is going to visit": a plan (not "went to visit")
    for c in clause_particles(verb):
        klass = lexicon.complement_verbs.get(f"{lemma} {c.lower_}")
        if klass:
            return klass
    return lexicon.complement_verbs.get(lemma)


#: Penalty verbs of an ultimatum: "told Japan to open its market or face sanctions".
ULTIMATUM_VERBS: frozenset[str] = read_words(data_file(__file__, "words/ultimatum_verbs.txt"))


def ultimatum(verb: Token) -> bool:
    """A demanded act with its penalty: "to open its market or face sanctions"."""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) and any(
        c.dep_ == "conj" and c.lemma_.lower() in ULTIMATUM_VERBS for c in verb.children)


def clause_status(verb: Token, lexicon: Lexicon, question: bool, trigger: bool = False) -> Status:
    """Status of the clause headed by ``verb`` (the trigger verb or a nominal trigger's verb);
    ``trigger``: ``verb`` is the act itself, whose negated object negates it ("imposed no curbs")."""
    negated, modality, reason = own_flags(verb)
    if negated and cannot_accept(verb) and not if_clause(verb):  # not "if X does not permit Y"
        modality, reason = Modality.INTENT, "refused ('cannot accept', 'does not accept')"  # a refusal below
    if trigger and not negated and (none := negated_object(verb)) is not None:
        negated, reason = True, f"object '{none.text}' negated"
    if trigger and not negated and (none := negated_subject(verb)) is not None:
        negated, reason = True, f"subject '{none.text}' negated"
    # negation shared by coordinated verbs: "did not attack or threaten"
    if not negated and verb.dep_ == "conj" and any(c.lower_ in ("or", "nor") for c in verb.head.children):
        head_neg, _, _ = own_flags(verb.head)
        if head_neg:
            negated, reason = True, "negation shared with coordinated verb"
    if verb.dep_ == "acomp" and verb.head.i != verb.i and verb.head.pos_ in VERBAL_POS:
        # a predicative trigger takes its copula's status: "is not opposed to", "would be opposed to"
        head_neg, head_mod, head_reason = own_flags(verb.head)
        if head_neg and not negated:
            negated, reason = True, f"copula '{verb.head.text}' negated"
        if modality is None and head_mod is not None:
            modality, reason = head_mod, reason or head_reason
    own_clause = any(dep in ("aux", "nsubj", "nsubjpass") for _c, dep in dependents(verb))
    if modality is None and verb.dep_ == "conj" and not own_clause:
        head_mod, head_reason = own_flags(verb.head)[1:]
        if head_mod == Modality.HYPOTHETICAL:  # "could adopt ... and suspend payments": the modal is shared
            modality, reason = Modality.HYPOTHETICAL, head_reason
        elif head_mod == Modality.INTENT and verb.tag_ == "VB":  # "will hold talks ... and meet the Queen": a plan
            modality, reason = Modality.INTENT, f"future shared with '{verb.head.text}'"
    elif modality is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not own_clause and not any(
            c.dep_ == "mark" for c in verb.children):  # "will extend his tour, flying to Japan": the plan is shared
        modality = own_flags(verb.head)[1]
        reason = f"as '{verb.head.text}'" if modality else reason
    elif modality is None and (trip := trip_of_purpose(verb)) is not None:  # "will fly to Quito to meet X"
        modality = own_flags(trip)[1]
        reason = f"purpose of '{trip.text}'" if modality else reason
    if modality is None and (mark := pending_condition(verb)) is not None:
        modality, reason = Modality.HYPOTHETICAL, f"condition '{mark.text}' of a plan"
    if verb.dep_ == "pcomp" and verb.head.lower_ in NEGATING_PREPS:
        negated, reason = True, f"under '{verb.head.text}'"  # "without acknowledging responsibility"
    if alleged(verb):
        modality, reason = Modality.HYPOTHETICAL, f"alleged under '{verb.head.head.text}'"
    if framed_condition(verb):  # "in case the army attacked", "in the event that talks fail"
        modality, reason = Modality.HYPOTHETICAL, f"conditional frame '{verb.head.text}'"
    if verb.dep_ == "acl" and noun_generic(verb.head):  # "any U.S. challenge targeting Airbus"
        modality, reason = Modality.HYPOTHETICAL, f"describes a generic '{verb.head.text}'"
    governor = _governor(verb)
    klass: ComplementClass | None = None
    if governor is not None and governor.lemma_ == "be" and verb.lemma_.lower() in BE_TO_IDIOMS:
        governor = None  # "X is to blame": no plan to blame anyone
    if governor is not None and governor.lemma_ == "be" and (predicate := next(
            (c for c in governor.children if c.dep_ == "acomp"
             and (complement_class(c, lexicon) or c.lemma_.lower() in FORECAST_VERBS)), None)) is not None:
        governor = predicate  # "it is likely that X will accept", "was hopeful that X would": not a plan of "be"
    if governor is not None:
        g_neg, g_mod, g_reason = own_flags(governor)
        if governor.dep_ == "acomp" and governor.head.i != governor.i:
            head_neg, head_mod, head_reason = own_flags(governor.head)
            g_neg = g_neg or head_neg  # "were not about to free", "is not ready to sign"
            if g_mod is None and head_mod == Modality.HYPOTHETICAL:
                g_mod, g_reason = head_mod, head_reason  # "may be able to lift", "could be ready to sign"
        klass = complement_class(governor, lexicon)
        if governor.lemma_.lower() in INFINITIVE_GOVERNORS and not to_infinitive(verb):
            klass = None  # "told Y that it would retaliate" reports, "told Y to withdraw" demands
        if klass == ComplementClass.DEMAND and claimed(governor, verb):
            klass = None  # "insisted that Chile had violated the treaty" reports, "insisted that Chile pay" demands
        penalty = verb.dep_ == "conj" and verb.lemma_.lower() in ULTIMATUM_VERBS and ultimatum(verb.head)
        if klass in (ComplementClass.DEMAND, ComplementClass.APPEAL) and (ultimatum(verb) or penalty):
            klass = ComplementClass.THREAT  # "told Japan to resolve the row or face sanctions": both parts
        if governor.pos_ in NOUN_POS and governor.dep_ in VERB_PATIENTS and \
                complement_class(governor.head, lexicon) == ComplementClass.NEGATE:
            negated, reason = True, f"'{governor.text}' under '{governor.head.text}'"  # "reversed its decision to"
        elif (denier := report_denier(governor, lexicon)) is not None:
            negated, reason = True, f"'{governor.text}' under '{denier.text}'"  # "dismissed as baseless reports that"
        if governor.pos_ == "NOUN" and verb.dep_ == "acl" and noun_negated(governor):
            negated, reason = True, f"under '{governor.text}' negated"  # "has no right to impose", "no plans to"
        if governor.pos_ == "NOUN" and noun_background(governor):  # "despite his pledge to quit": background
            modality, reason = Modality.HYPOTHETICAL, f"'{governor.text}' under '{governor.head.text}'"
        cancelled = klass == ComplementClass.NEGATE and g_neg  # "would not hesitate to strike", "did not fail to"
        if cancelled:
            klass, g_neg, modality, reason = None, False, g_mod or modality, f"'{governor.text}' negated"
        elif klass == ComplementClass.NEGATE:
            negated, reason, klass = True, f"under '{governor.text}'", None
        elif mandative(governor, verb):  # "proposed that Iran and Iraq hold talks": an appeal to them
            klass = ComplementClass.APPEAL
        elif klass == ComplementClass.INTENT and _wished_of_other(governor, verb):
            klass = ComplementClass.APPEAL  # "wants Pyongyang to return", "hopes China will ease"
        elif klass == ComplementClass.HYPOTHETICAL or (
                klass in (ComplementClass.INTENT, None) and _forecast(governor, verb)):
            modality, reason = Modality.HYPOTHETICAL, f"under '{governor.text}'"
            klass = None
        if klass in (ComplementClass.APPEAL, ComplementClass.DEMAND) and modality == Modality.HYPOTHETICAL \
                and mandated(verb) and obliged_only(verb):
            # "urged that Iran should release", "suggested that Iran must pay": the modal says what is asked
            modality, reason = None, ""
        if g_neg:
            negated, reason = True, f"governor '{governor.text}' negated"
        elif klass is None and modality is None and others_obligation(governor) is not None:  # "said Y had to stop"
            modality, reason = Modality.HYPOTHETICAL, f"obligation '{governor.text} to' reported"
        if g_mod == Modality.HYPOTHETICAL and (modality is None or if_clause(governor)):
            # "if Peru proves it will keep to the accord": what the condition's verb governs is part of it
            modality, reason = Modality.HYPOTHETICAL, g_reason
        if klass is None and not negated and verb.dep_ == "xcomp" and governor.pos_ == "VERB" and not cancelled:
            # "denied reports that X was continuing to sell arms": a plain governor's own status
            outer = clause_status(governor, lexicon, question)
            if outer.negated or (outer.modality in (Modality.HYPOTHETICAL, Modality.INTENT) and modality is None):
                # "will continue to supply Y", "would begin to withdraw": the plain governor's plan
                negated, modality, reason = outer.negated, modality or outer.modality, f"as '{governor.text}'"
            elif outer.klass in (ComplementClass.APPEAL, ComplementClass.DEMAND) and modality is None \
                    and governor.dep_ == "xcomp":
                # "called on Israel to begin to withdraw": the act asked for, through a plain governor
                reason = f"asked for as '{governor.text}'"
                klass, governor = outer.klass, outer.governor
    if klass is None and modality is None and not negated and for_mark(verb) is not None and to_infinitive(verb):
        # "a plan for its ministries to buy", "waiting for Syria to withdraw": wanted, not (yet) done
        modality, reason = Modality.HYPOTHETICAL, f"'for ... to' clause under '{verb.head.text}'"
    if klass is None and modality is None and not negated and (held := undone_holder(verb, lexicon, question)):
        # "refused to sign a statement criticising China", "vetoed a resolution condemning X": the
        # participle only describes the thing an act not done (or a rejection) is about
        modality, reason = Modality.HYPOTHETICAL, f"describes the object of '{held.text}'"
    if modality == WOULD:
        # News "would" mostly reports plans ("X said it would Y", "the EU would hold talks"): intent,
        # unless the sentence is conditional ("would ... if", "unless").
        modality = Modality.HYPOTHETICAL if conditional_sentence(verb) else Modality.INTENT
    if modality == Modality.HYPOTHETICAL and not reason:
        reason = "conditional"
    if modality == Modality.INTENT and klass is None:
        klass = ComplementClass.INTENT
    if question:
        modality, reason, klass = Modality.QUESTION, "question", None
    if negated and modality == Modality.INTENT and klass in (None, ComplementClass.INTENT):
        # "X will not lift the ban": a refusal (CAMEO 12x) for cooperative acts
        return Status(modality=Modality.REFUSAL, klass=ComplementClass.REFUSE, reason=f"future negation ({reason})")
    if negated:
        return Status(negated=True, modality=Modality.NEGATED, governor=governor, klass=klass, reason=reason)
    return Status(modality=Modality(modality) if modality else None, governor=governor if klass else None,
                  klass=klass, reason=reason)


def report_denier(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb that denies a report or claim noun governing a clause: its object after "as" ("dismissed as
    baseless reports that X would expel Y"), a rejecting verb's object ("rejected reports that X had") or the
    copula calling it baseless ("reports that X would expel Y were baseless")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORT_NOUNS | ALLEGING:
        return None
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ == "be" and any(
            c.dep_ in COPULA_COMPLEMENTS and c.lemma_.lower() in DENIAL_PREDICATES for c in verb.children):
        return verb  # "said reports that it would expel Y were baseless"
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "as":
        verb = verb.head  # "dismissed as baseless reports that"
    elif noun.dep_ not in VERB_PATIENTS:
        return None
    if verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in REPORT_REJECTING_VERBS or complement_class(verb, lexicon) == ComplementClass.NEGATE:
        return verb
    return None


def undone_holder(verb: Token, lexicon: Lexicon, question: bool) -> Token | None:
    """The verb whose object, a worded text, a participle ``verb`` tells the words of ("a statement
    criticising China") when that verb's act is negated, refused or only hypothetical, or blocks the
    text ("vetoed a resolution condemning X"), else None."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in PARTICIPLE_TAGS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB" \
            or noun.lemma_.lower() not in WORDED_TEXTS:
        return None
    holder = noun.head
    if holder.lemma_.lower() in BLOCKING_VERBS:
        return holder
    outer = clause_status(holder, lexicon, question)
    return holder if outer.negated or outer.klass == ComplementClass.REFUSE or outer.modality in UNDONE_MODALITIES \
        else None
