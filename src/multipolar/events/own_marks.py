"""A clause's own marks of status: negation, modal and future auxiliaries, a conditional mark or a forecast
adverb on the verb itself; a time clause that waits on a planned main clause ("will lift the sanctions once
Peru withdraws"); a speech verb's conditional content. Read by :mod:`multipolar.events.modality`, which adds
what a governing verb makes of the clause."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.conditions import CONDITIONAL_MARKS, conditional_sentence
from multipolar.events.lexicon import FUTURE_AUX, HYPOTHETICAL_AUX
from multipolar.events.mandates import DEONTIC
from multipolar.events.schedule import scheduled
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import AUXILIARIES, VERB_OBJECTS, VERBAL_POS
from multipolar.records import Modality

#: Conjunctions of time: a condition still to be met under a planned main clause ("once Peru withdraws").
TEMPORAL_MARKS: frozenset[str] = read_words(data_file(__file__, "words/temporal_marks.txt"))
#: Dependencies through which a governing verb's complement class reaches the embedded event.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp"})
#: Adverbs that make a clause a forecast: "will likely impose", "probably will sign".
EPISTEMIC_ADVERBS: frozenset[str] = read_words(data_file(__file__, "words/epistemic_adverbs.txt"))

#: Marks a bare "would" inside :func:`own_flags`: intent, or hypothetical in a conditional sentence.
WOULD = "would"


def own_flags(verb: Token) -> tuple[bool, str | None, str]:  # modality: a Modality or WOULD
    """Negation and modality marked on the verb itself (its auxiliaries, neg, mark)."""
    negated = False
    modality: str | None = None
    reason = ""
    for c, dep in dependents(verb):
        low = c.lower_
        if dep == "neg" or (dep == "advmod" and low in ("never", "not")):
            negated, reason = True, f"negated by '{c.text}'"
        elif dep in AUXILIARIES and low in HYPOTHETICAL_AUX:
            modality, reason = Modality.HYPOTHETICAL, reason or f"modal '{c.text}'"
        elif dep == "aux" and low == "would":
            # "would have pressured": counterfactual
            perfect = any(d == "aux" and a.lower_ == "have" for a, d in dependents(verb))
            modality = Modality.HYPOTHETICAL if perfect or modality == Modality.HYPOTHETICAL else WOULD
        elif dep == "aux" and (low in FUTURE_AUX or c.lemma_ == "will"):
            modality = modality or Modality.INTENT
        elif dep == "mark" and low in CONDITIONAL_MARKS:
            modality, reason = Modality.HYPOTHETICAL, reason or f"conditional '{c.text}'"
        elif dep == "advmod" and low in EPISTEMIC_ADVERBS and not any(d in COMPLEMENT_DEPS for _g, d in dependents(c)):
            # not "talks with leaders likely to focus on arms": an adjective with its own complement
            modality, reason = Modality.HYPOTHETICAL, reason or f"forecast '{c.text}'"
    if modality is None and scheduled(verb):
        modality = Modality.INTENT  # "officials meet tomorrow": announced, not yet done
    return negated, modality, reason


def obliged_only(verb: Token) -> bool:
    """The clause's only hypothetical mark is a modal of obligation or advice ("that Iran should
    release"): no other modal, conditional mark or forecast adverb ("that Iran might release")."""
    for c, dep in dependents(verb):
        low = c.lower_
        if dep in AUXILIARIES and low in HYPOTHETICAL_AUX and low not in DEONTIC:
            return False
        if (dep == "mark" and low in CONDITIONAL_MARKS) or (dep == "advmod" and low in EPISTEMIC_ADVERBS):
            return False
    return True


def pending_condition(verb: Token) -> Token | None:
    """The time conjunction of a clause that waits on a planned or hypothetical main clause ("will lift
    the sanctions once Peru withdraws", "would attack when Peru mobilised"); else None."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    # the parser often makes a clause-opening "when" an advmod ("will explain it when he visits Peru")
    mark = next((c for c, dep in dependents(verb) if c.lower_ in TEMPORAL_MARKS and (
        dep == "mark" or (dep == "advmod" and c.i < verb.i))), None)
    if mark is None or any(dep == "aux" for _c, dep in dependents(verb)):
        return None  # "once they had withdrawn": a clause with its own auxiliary keeps its own time
    plan = own_flags(verb.head)[1] or forecast_copula(verb.head)
    if plan == Modality.INTENT and verb.tag_ == "VBD":
        return None  # "leaves on a visit weeks after Reagan imposed tariffs": a past act stays real
    return mark if plan is not None else None


def forecast_copula(verb: Token) -> str | None:
    """A copula whose predicate is a forecast ("is likely to meet Y when he visits"): hypothetical."""
    return Modality.HYPOTHETICAL if any(c.dep_ == "acomp" and c.lower_ in EPISTEMIC_ADVERBS
                                        for c in verb.children) else None


def conditional_content(verb: Token) -> Token | None:
    """The content clause of a speech verb that states a condition ("said if the GATT fails it will
    neglect farm trade", "said Y would act unless ..."): a possibility, not a comment on a party; else None.
    A statement told to someone ("told Israel that if ...") is addressed to that party, and counts."""
    if any(c.dep_ in VERB_OBJECTS for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "ccomp" or c.pos_ not in VERBAL_POS:
            continue
        if any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in a.children)
               for a in c.children) or (own_flags(c)[1] == WOULD and conditional_sentence(c)):
            return c
    return None
