"""The judgment vocabulary: what a predicate word says of what it is predicated of ("reckless": blame
111, "responsible": accusation 112, "dangerous": gloom 012, "welcome": praise 051, "fruitful": hope 013),
read the same way in every frame that judges (a reported clause, "called the move reckless",
"described the plan as deceitful"). Hand lists decide first; the words VADER's sentiment lexicon rates
(``data/vader/judgment_words.tsv``, made by ``multipolar dictionaries judgments``) widen blame and praise."""

from __future__ import annotations

from enum import StrEnum

from spacy.tokens import Token

from multipolar.datafiles import Row, data_file, read_table, read_words
from multipolar.events.infinitives import to_infinitive
from multipolar.events.syntax import prep_objects
from multipolar.nlp.labels import COMPLEMENT_CLAUSES, NOUN_POS, VERBAL_POS

#: Predicate words that judge a party or its act (lemmas).
PEJORATIVE: frozenset[str] = read_words(data_file(__file__, "words/pejorative_judgments.txt"))
#: Predicate words of an accusation (112).
ACCUSING: frozenset[str] = read_words(data_file(__file__, "words/accusing_judgments.txt"))
#: Accusing words that blame only with a "for" phrase, and praise alone ("a responsible request").
BLAME_FOR_ONLY: frozenset[str] = read_words(data_file(__file__, "words/blame_for_only.txt"))
#: Predicate words of a pessimistic (012) and an optimistic (013) comment.
GLOOMY: frozenset[str] = read_words(data_file(__file__, "words/gloomy_judgments.txt"))
HOPEFUL: frozenset[str] = read_words(data_file(__file__, "words/hopeful_judgments.txt"))
#: Words of an optimistic comment only on a state of affairs or a tie ("relations were good").
KINDLY: frozenset[str] = read_words(data_file(__file__, "words/kindly_judgments.txt"))
#: Predicate words of approval (051), and act nouns an approving or hopeful modifier makes praise.
APPROVING: frozenset[str] = read_words(data_file(__file__, "words/approving_judgments.txt"))
APPROVABLE_ACTS: frozenset[str] = read_words(data_file(__file__, "words/approvable_acts.txt"))
APPROVING_MODIFIERS: frozenset[str] = APPROVING | HOPEFUL | read_words(
    data_file(__file__, "words/approving_modifiers.txt"))
#: Degree adverbs that make a predicate adjective a fault ("too rigid").
TOO_DEGREE: frozenset[str] = read_words(data_file(__file__, "words/too_degree.txt"))
#: Verbs of knowing whose infinitive makes a predicate word judge what can be known ("difficult to predict").
KNOWING: frozenset[str] = read_words(data_file(__file__, "words/knowing_infinitives.txt"))
#: Adjectives of a feeling: said of a party they tell its mood, not a judgment of it ("Japan was angry").
FEELINGS: frozenset[str] = read_words(data_file(__file__, "words/feeling_adjectives.txt"))


class PredicateSlot(StrEnum):
    """Where a rated word stands as a judged predicate (column ``slot`` of ``vader/judgment_words.tsv``)."""

    ADJ = "ADJ"  # the predicate adjective: "the plan was reckless"
    NOUN = "NOUN"  # the predicate noun: "the plan was a sham"


def _slot(row: Row) -> PredicateSlot:
    try:
        return PredicateSlot(row["slot"])
    except ValueError:
        raise row.error(f"unknown slot: {row['slot']!r}") from None


#: Rated words kept (VADER's mean valence, -4 .. +4): blame at or below -BLAME_VALENCE, praise at or above
#: PRAISE_VALENCE (measured: weaker positive words are mostly states, "alive", "safe", "healthy"); only
#: adjectives (the rated nouns are mostly events and states: "crisis", "war", "recession").
BLAME_VALENCE, PRAISE_VALENCE = 1.5, 2.5
RATED_SLOTS = frozenset({PredicateSlot.ADJ})
_RATED = [(r["word"], r.number("valence"), _slot(r)) for r in read_table(
    data_file(__file__, "vader/judgment_words.tsv"), ("word", "valence", "slot"), header=True)]
#: Words of VADER's lexicon rated as blame and as praise, less the feelings and the hand lists' words.
_HAND = PEJORATIVE | ACCUSING | GLOOMY | HOPEFUL | APPROVING | APPROVING_MODIFIERS | FEELINGS
RATED_BLAME: frozenset[str] = frozenset(
    w for w, v, s in _RATED if v <= -BLAME_VALENCE and s in RATED_SLOTS) - _HAND
RATED_PRAISE: frozenset[str] = frozenset(
    w for w, v, s in _RATED if v >= PRAISE_VALENCE and s in RATED_SLOTS) - _HAND
#: Nouns of a state of affairs: a rated bad word said of one is gloom, not blame ("the situation was dismal").
AFFAIRS_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/affairs_nouns.txt"))


def dealings_phrase(prep: Token) -> bool:
    """A preposition whose object is dealings or a state of affairs, no place ("progress was made in the
    talks with Peru", "a change in relations with Chile"): its parties are a reported clause's topic."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in AFFAIRS_NOUNS for c in prep.children)


#: CAMEO codes of a judgment: criticism, accusation, pessimistic and optimistic comment, praise.
CRITICIZE, ACCUSE, PESSIMISTIC, OPTIMISTIC, PRAISE = "111", "112", "012", "013", "051"


#: Verbs of a state of affairs getting better or worse ("relations with X were improving"): hope, 013, or gloom, 012.
IMPROVING: frozenset[str] = read_words(data_file(__file__, "words/improving_verbs.txt"))
WORSENING: frozenset[str] = read_words(data_file(__file__, "words/worsening_verbs.txt"))
#: Verbs of becoming and the comparatives that make them a trend ("ties will get worse": 012).
BECOMING_TREND: frozenset[str] = read_words(data_file(__file__, "words/becoming_trend_verbs.txt"))
BETTER: frozenset[str] = read_words(data_file(__file__, "words/improving_comparatives.txt"))
WORSE: frozenset[str] = read_words(data_file(__file__, "words/worsening_comparatives.txt"))


#: Manner adverbs of "go" that say how dealings fare ("the talks were going well" 013, "badly" 012).
FARING_WELL: frozenset[str] = read_words(data_file(__file__, "words/faring_well_adverbs.txt"))
FARING_BADLY: frozenset[str] = read_words(data_file(__file__, "words/faring_badly_adverbs.txt"))
#: Verbs those adverbs tell the faring of ("go", "work"), and the settlements that fare besides the
#: states of affairs ("the accord has worked well").
FARING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/faring_verbs.txt"))
WORKING_TOPICS: frozenset[str] = read_words(data_file(__file__, "words/working_topics.txt"))
#: Headway made or achieved ("good progress had been made": 013), and the words that make it scant (012).
PROGRESS_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/progress_nouns.txt"))
PROGRESS_VERBS: frozenset[str] = read_words(data_file(__file__, "words/progress_verbs.txt"))
SCANT: frozenset[str] = read_words(data_file(__file__, "words/scant_modifiers.txt"))


def progress(clause: Token) -> str | None:
    """The code of a reported clause in which headway is made ("good progress had been made in the
    talks", "the talks made headway"): 013, or 012 where it is scant ("little progress", "no headway")
    or the clause negated ("had not made any progress"); None for any other clause."""
    if clause.lemma_.lower() not in PROGRESS_VERBS:
        return None
    nouns = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PROGRESS_NOUNS]
    if not nouns:
        return None
    scant = any(c.lower_ in SCANT for n in nouns for c in n.children if c.dep_ in ("det", "amod", "neg"))
    negated = any(c.dep_ == "neg" for c in clause.children)
    return PESSIMISTIC if scant or negated else OPTIMISTIC


def trend(clause: Token, topic: Token | None) -> str | None:
    """The code of a reported clause in which a state of affairs or dealings (``topic``, its subject:
    relations, ties, the situation, the talks) improve (013) or worsen (012), or go well or badly (so
    does a settlement: "the accord had worked well"), or headway is made (:func:`progress`); None for
    any other clause or a negated one."""
    if (made := progress(clause)) is not None:  # "said progress had been made in the talks with X"
        return made
    if topic is None or any(c.dep_ == "neg" for c in clause.children):
        return None
    clause = _forecast_verb(clause)
    lemma = clause.lemma_.lower()
    if topic.lemma_.lower() in WORKING_TOPICS and lemma in FARING_VERBS:
        return _faring(clause)  # "said the accord had worked well"
    if topic.lemma_.lower() not in AFFAIRS_NOUNS:
        return None
    if lemma in FARING_VERBS:  # "said relations with X were going badly"
        return _faring(clause)
    if lemma in BECOMING_TREND:  # "ties will get worse", "relations grew warmer"
        degree = {c.lower_ for c in clause.children if c.dep_ in ("acomp", "oprd", "attr", "advmod", "dobj")}
        return OPTIMISTIC if degree & BETTER else PESSIMISTIC if degree & WORSE else None
    return OPTIMISTIC if lemma in IMPROVING else PESSIMISTIC if lemma in WORSENING else None


def _faring(clause: Token) -> str | None:
    """013 or 012 by the manner adverb of a faring verb ("going well", "worked badly"), else None."""
    manner = {c.lower_ for c in clause.children if c.dep_ == "advmod"}
    return OPTIMISTIC if manner & FARING_WELL else PESSIMISTIC if manner & FARING_BADLY else None


def _forecast_verb(clause: Token) -> Token:
    """The verb a forecast clause says its subject will do ("relations are likely to deteriorate",
    "ties are expected to improve": the infinitive), else the clause itself."""
    heads = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
    wanted = next((x for h in heads for x in h.children if x.dep_ == "xcomp" and x.pos_ in VERBAL_POS
                   and to_infinitive(x)), None)
    return wanted if wanted is not None and not any(c.dep_ == "neg" for c in wanted.children) else clause


def judgment(pred: Token, topic: Token | None = None) -> str | None:
    """The code of a predicate word: accusation 112 ("responsible"), blame 111 (a pejorative lemma,
    or an adjective under "too": "too rigid"), gloom 012, approval 051 ("reasonable", "a positive
    step"), hope 013; then blame or praise by VADER's rating ("deceitful", "excellent"), a rated bad
    word of a state of affairs (``topic``, the judged noun: "the situation was dismal") gloom, and a
    praising or hopeful one hope ("relations were excellent"); None for a neutral word, or one that judges
    what can be known ("difficult to predict")."""
    words = {pred.lemma_.lower(), pred.lower_}
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in KNOWING and to_infinitive(c) for c in pred.children):
        return None  # "the outcome is difficult to predict": what can be known is judged, not the outcome
    if words & BLAME_FOR_ONLY and not any(c.dep_ == "prep" and c.lower_ == "for" for c in pred.children):
        return PRAISE  # "said the request was responsible and modest"
    if words & ACCUSING:
        return ACCUSE
    if words & PEJORATIVE or (pred.pos_ == "ADJ" and any(
            c.dep_ == "advmod" and c.lower_ in TOO_DEGREE for c in pred.children)):
        return CRITICIZE
    if words & GLOOMY:
        return PESSIMISTIC
    affairs = topic is not None and topic.lemma_.lower() in AFFAIRS_NOUNS
    if affairs and words & (APPROVING | HOPEFUL | KINDLY | RATED_PRAISE):
        return OPTIMISTIC  # "said relations with X were excellent": a hopeful word on a state of affairs
    if words & APPROVING or (pred.lemma_.lower() in APPROVABLE_ACTS and any(
            c.dep_ == "amod" and c.lemma_.lower() in APPROVING_MODIFIERS for c in pred.children)):
        return PRAISE  # "said the move was welcome", "said the offer was a positive step"
    if words & HOPEFUL:
        return OPTIMISTIC
    if pred.pos_ in NOUN_POS and any(  # "a misguided attempt", "a reckless step", "a deceitful man"
            c.dep_ == "amod" and c.lemma_.lower() in PEJORATIVE | RATED_BLAME for c in pred.children):
        return CRITICIZE
    if pred.pos_ == "NOUN" and any(o.lemma_.lower() in PEJORATIVE for o in prep_objects([pred], ("of",))):
        return CRITICIZE  # "an example of protectionism", "a form of blackmail"
    if words & RATED_BLAME:  # "said the plan was deceitful"; "said the situation was dismal": gloom
        return PESSIMISTIC if topic is not None and topic.lemma_.lower() in AFFAIRS_NOUNS else CRITICIZE
    if words & RATED_PRAISE:
        return PRAISE  # "said the offer was excellent"
    return None


def _as_predicates(verb: Token) -> list[Token]:
    """The predicative word of an "as" phrase ("described the plan as deceitful", "as a sham"), on the
    verb or on its object ("described X's expulsion of Y as outrageous")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    out = []
    for prep in [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]:
        out += [c for c in prep.children if c.dep_ == "pobj" or (c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ")]
    return out


def named_judgment(verb: Token) -> str | None:
    """The code a naming verb's predicative word gives its object (:func:`judgment`): "called the move
    reckless" 111, "branded the talks a sham" 111, "described the offer as excellent" 051; None for a
    neutral word ("called him a friend"). The naming verbs are the lexicon's entries flagged ``judged``."""
    preds = [c for c in verb.children if c.dep_ == "oprd" or (c.dep_ in COMPLEMENT_CLAUSES and c.pos_ == "ADJ")]
    # misparses: the object read as the predicate, its adjective as an object ("called the move/oprd
    # rash/dobj"), and the predicate noun as the object's apposition ("called the envoy a stupid guy")
    preds += [g for c in preds if c.pos_ in NOUN_POS for g in c.children if g.pos_ == "ADJ" and g.i > c.i]
    preds += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "appos"]
    preds += _as_predicates(verb)
    # the named object (or the noun the parse took for the predicate: "called X's outlook/oprd dismal/oprd")
    topic = next((c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "oprd" and c.pos_ == "NOUN")), None)
    codes = [code for pred in preds for word in (pred, *pred.conjuncts) if (code := judgment(word, topic))]
    # blame wins over a milder word beside it ("called it dangerous and insulting")
    return next((c for c in codes if c in (CRITICIZE, ACCUSE)), codes[0] if codes else None)


#: Pronouns a naming adjunct uses for its clause's object ("rejected X's decision, calling it dangerous").
NAMED_PRONOUNS = frozenset({"it", "this", "that"})


def named_object(verb: Token, objects: list[Token]) -> list[Token]:
    """What a naming verb judges: its object, but for a pronoun object of an adjunct the object of the
    verb it is an adjunct of ("rejected Y's decision, calling it dangerous": the decision)."""
    if (len(objects) == 1 and objects[0].lower_ in NAMED_PRONOUNS and verb.dep_ == "advcl"
            and (held := [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in NOUN_POS])):
        return held
    return objects
