"""Status of a nominal act from the noun's own words and its verb: negated ("no talks"), prevented
("foiled an attack"), hedged ("a possible invasion"), generic ("any attack"), risked ("the threat of
sanctions"); the clause status of its verb is :func:`multipolar.events.modality.clause_status`.
:func:`sought_entry` codes an appeal or plan noun by the act its for-phrase asks for ("a proposal for
talks": 036)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.clauses import phrasal_in
from multipolar.events.lexicon import NEGATORS, ComplementClass, LexEntry, LexFlag, Lexicon
from multipolar.events.syntax import first_conjunct, modifier_lemmas, prep_objects
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import NOMINAL_SUBJECTS, PLURAL_NOUN_TAGS, VERB_PATIENTS, VERBAL_POS
from multipolar.reference import CameoRoot

#: Nouns whose of-phrase names an act that is not (yet) real: "the threat of sanctions", "the risk of war".
UNREAL_HEADS: frozenset[str] = read_words(data_file(__file__, "words/unreal_heads.txt"))
#: Nouns whose for-phrase is an act asked for or planned that ``complements.tsv`` gives no class:
#: "an invitation for talks", "a push for sanctions" (the noun rows of those classes count too).
SOUGHT_HEADS: frozenset[str] = read_words(data_file(__file__, "words/sought_heads.txt"))
#: Verbs of weighing an act not yet decided ("considering sanctions", "mulled an attack").
PONDERING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/pondering_verbs.txt"))
#: Complement classes of a noun whose for-phrase is not (yet) real: "calls for a ceasefire", "plans for a summit".
SOUGHT_CLASSES = frozenset({ComplementClass.APPEAL, ComplementClass.DEMAND, ComplementClass.INTENT,
                            ComplementClass.HYPOTHETICAL})
#: Verbs that ward off the act of their from/against phrase ("protect tankers from attacks"), and those prepositions.
PROTECTING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/protecting_verbs.txt"))
WARDED_PREPS: frozenset[str] = read_words(data_file(__file__, "words/warded_preps.txt"))
#: Nouns of protection whose from/against phrase, a bare plural, names acts warded off in general
#: ("protection against Iranian attacks").
PROTECTING_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/protecting_nouns.txt"))
#: Verbs whose object act did not happen: "foiled an attack", "averted a strike", "headed off a war".
PREVENTING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/preventing_verbs.txt"))
#: Adjectives that make a nominal act unreal: "a possible invasion", "a potential attack".
HEDGING: frozenset[str] = read_words(data_file(__file__, "words/hedging_adjectives.txt"))
#: Determiners of a generic act ("any attack on our ships"): no act that happened.
GENERIC_DETS: frozenset[str] = read_words(data_file(__file__, "words/generic_dets.txt"))
#: Modifiers that date a nominal act in the future: "his upcoming visit", "tomorrow's talks".
COMING_MODIFIERS: frozenset[str] = read_words(data_file(__file__, "words/coming_modifiers.txt"))
#: Phrases that frame a condition ("in case", "in the event"), from the preposition to the frame noun.
CONDITIONAL_FRAMES: frozenset[str] = read_words(data_file(__file__, "words/conditional_frames.txt"))
#: Those that frame a condition with an of-phrase ("in case of war"; not "in the case of Brazil").
CONDITIONAL_OF_FRAMES: frozenset[str] = read_words(data_file(__file__, "words/conditional_of_frames.txt"))
#: Prepositions of the background an act happens against: "amid tensions with the West" names no party
#: of the act (not the circumstance phrases of circumstance.py, whose nominal act is the party's own).
BACKGROUND_PREPS: frozenset[str] = read_words(data_file(__file__, "words/background_preps.txt"))


@cache
def _frame_endings(frames: frozenset[str]) -> frozenset[str]:
    """Every ending of a frame: a frame's text ends with its noun's (lower-cased)."""
    return frozenset(f[i:] for f in frames for i in range(len(f)))


def _may_frame(noun: Token, frames: frozenset[str] = CONDITIONAL_FRAMES) -> bool:
    """The cheap tests of :func:`conditional_frame`: an object whose text can end a frame."""
    return noun.dep_ == "pobj" and noun.text.lower() in _frame_endings(frames)


def conditional_frame(noun: Token, frames: frozenset[str] = CONDITIONAL_FRAMES) -> bool:
    """Is ``noun`` the noun of a conditional frame ("in case", "in the event"), the object of its preposition?"""
    if not _may_frame(noun, frames):
        return False
    prep = noun.head
    return prep.i < noun.i and prep.doc[prep.i:noun.i + 1].text.lower() in frames


def framed_condition(token: Token) -> bool:
    """A verb or noun under a conditional frame: the frame noun itself, its clause ("in case the army
    attacked", "in the event that talks fail") or its of-phrase ("in case of war", "in the event of an
    invasion"): the act has not happened."""
    if conditional_frame(token):  # the frame noun is no act ("case" is no lawsuit there, even in "in the case of")
        return True
    if token.dep_ in ("relcl", "acl", "ccomp") and conditional_frame(token.head):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and conditional_frame(token.head.head, CONDITIONAL_OF_FRAMES):
        return True
    # a bare frame hung on the verb or left just before its clause: "stayed on alert in case Turkey invaded"
    frames = [f for p in token.children if p.dep_ == "prep" and p.i < token.i for f in p.children]
    if token.pos_ in VERBAL_POS and (before := token.left_edge.i - 1) >= 0 and _may_frame(token.doc[before]) \
            and before >= token.sent.start:  # the sentence is looked up for a possible frame only
        frames.append(token.doc[before])
    return any(conditional_frame(f) and all(c.dep_ == "det" for c in f.children) for f in frames)


def noun_negated(noun: Token) -> bool:
    """Nominal negation: "no agreement", "no talks"."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in NEGATORS for c in noun.children)


def noun_prevented(noun: Token) -> bool:
    """A nominal act its verb prevented ("foiled an attack", "an attack was thwarted", "headed off a
    strike") or wards off ("protect tankers from attacks", "protection against attacks"): it did not happen."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in WARDED_PREPS:  # "protect tankers from attacks by Iran"
        holder = _warding_verb(verb.head) or verb.head
        if holder.pos_ == "VERB":
            return holder.lemma_.lower() in PROTECTING_VERBS
        if verb.lower_ == "from" and _feared_from(holder):
            return True  # "the threat to shipping from attacks by Iran": attacks feared, not told
        # "naval protection against Iranian attacks": acts in general, not "the offensive on Basra"
        return holder.lemma_.lower() in PROTECTING_NOUNS and bare_plural(noun)
    if noun.dep_ not in VERB_PATIENTS or verb.pos_ not in VERBAL_POS:
        return False
    return phrasal_in(verb, PREVENTING_VERBS)


def _warding_verb(holder: Token) -> Token | None:
    """The protecting verb whose object (or a part of it) the parser hung the from/against phrase on:
    "protect tankers against attacks", "protect part of its exports from attacks"."""
    for _ in range(3):
        if holder.dep_ == "dobj" and holder.head.lemma_.lower() in PROTECTING_VERBS:
            return holder.head
        if holder.dep_ != "pobj" or holder.head.lower_ != "of":
            return None
        holder = holder.head.head
    return None


def _feared_from(holder: Token) -> bool:
    """The from-phrase hangs on a risk noun or on the object of its phrase ("the threat from attacks",
    "the threat to shipping from attacks")."""
    for _ in range(3):
        if holder.pos_ == "NOUN" and holder.lemma_.lower() in UNREAL_HEADS:
            return True
        if holder.dep_ != "pobj":
            return False
        holder = holder.head.head
    return False


def bare_plural(noun: Token) -> bool:
    """A plural noun with no determiner, owner or number: a kind ("attacks"), not an act ("the attacks")."""
    return noun.tag_ in PLURAL_NOUN_TAGS and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def noun_hedged(noun: Token) -> Token | None:
    """The adjective that makes a nominal act unreal ("a possible Chinese invasion"), else None."""
    return next((c for c in noun.children
                 if c.dep_ in ("amod", "advmod") and c.lower_ in HEDGING and c.i < noun.i), None)


def noun_generic(noun: Token) -> bool:
    """A nominal act with a generic determiner ("any attack on Soviet ships will bring a response")."""
    return any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in noun.children)


def coming_hedge(noun: Token) -> bool:
    """The noun's only unreal mark is a hedge that dates it ("his upcoming visit", "the planned talks"):
    a meeting announced, not a possible one."""
    hedge = noun_hedged(noun)
    return hedge is not None and hedge.lower_ in COMING_MODIFIERS and not noun_negated(noun)


def noun_pondered(noun: Token, code: str) -> Token | None:
    """The active verb of weighing a hostile act (``words/pondering_verbs.txt``, roots 13-20) whose direct
    object is the nominal act ("is considering retaliatory measures against X", "mulled an attack on Y"):
    the act is not (yet) real; else None. An act another party owns was done ("would consider Peru's
    request", "weighed Iran's attack")."""
    tok = first_conjunct(noun)
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in PONDERING_VERBS:
        return None
    if code[:2] < CameoRoot.THREATEN or any(c.dep_ == "poss" for c in noun.children):
        return None
    return verb


def noun_risked(noun: Token, lex: Lexicon) -> bool:
    """A nominal act named by the of-phrase of a risk noun ("the threat of sanctions", "the prospect of
    war", "the risk of an attack", "the risk of sparking a clash") or the for-phrase of an appeal or plan
    noun ("an invitation for talks", "calls for a ceasefire"): not (yet) real."""
    prep = noun.head
    if noun.dep_ == "dobj" and prep.dep_ == "pcomp":  # "the risk of sparking a clash"
        prep = prep.head
    elif noun.dep_ != "pobj":
        return False
    owner = prep.head
    if owner.i == prep.i or owner.pos_ != "NOUN":
        return False
    lemma = owner.lemma_.lower()
    if prep.lower_ == "of":
        return lemma in UNREAL_HEADS
    return prep.lower_ == "for" and (lemma in SOUGHT_HEADS or lex.complement_nouns.get(lemma) in SOUGHT_CLASSES)


def sought_entry(noun: Token, entry: LexEntry, lex: Lexicon) -> LexEntry:
    """The entry of an appeal or plan noun with its generic code made specific by the act its for-phrase
    asks for, as the noun's complement class maps it ("a proposal for talks": 036, "a request for aid":
    023, "a call for a ceasefire": 0256); the entry itself when the noun has no class or no such act."""
    klass = lex.complement_nouns.get(noun.lemma_.lower())
    if klass is None or not entry.cameo.endswith("0"):
        return entry
    for act in prep_objects([noun], ("for",)):
        mods = modifier_lemmas(act)  # an entry of a modifier the act lacks is no sense of it ("a draft treaty")
        acts = sorted((e for e in lex.nouns.get(act.lemma_.lower(), ()) if not e.objects
                       and LexFlag.NONEVENT not in e.flags and (not e.modifiers or not mods.isdisjoint(e.modifiers))),
                      key=lambda e: not e.modifiers)
        mapped = lex.map_complement(klass, acts[0].cameo) if acts else None
        if mapped and mapped[:2] == entry.cameo[:2]:
            return replace(entry, cameo=mapped)
    return entry


#: Concessive prepositions (of the background ones): any position or arrangement under one is background.
CONCESSIVE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/concessive_preps.txt"))
#: Roots a concessive phrase makes background: statements, appeals, cooperation, aid, concessions,
#: investigations, demands, criticism, rejections and threats (01-13); not protest or force (14-20).
CONCEDED_ROOTS = frozenset(r for r in CameoRoot if r <= CameoRoot.THREATEN)


def conceded_voice(noun: Token, cameo: str) -> bool:
    """A position or arrangement the sentence concedes as its background: "despite objections from the
    US", "despite strong criticism", "notwithstanding warnings from Y" (not this report's act)."""
    return cameo[:2] in CONCEDED_ROOTS and noun_background(noun, CONCESSIVE_PREPS)


def noun_background(noun: Token, preps: frozenset[str] = BACKGROUND_PREPS) -> bool:
    """A noun the sentence names as its background ("despite his pledge to quit", "amid promises to
    withdraw"; ``preps``: the prepositions that frame it): a standing state, no new act."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in preps


#: Pronouns that deny their clause as its subject: "none of the ships were attacked".
NEGATIVE_PRONOUNS: frozenset[str] = read_words(data_file(__file__, "words/negative_pronouns.txt"))


def negated_object(verb: Token) -> Token | None:
    """The verb's direct object when a negator determines it ("would impose no restrictions", "sent no
    troops", "made no concessions"): the act named did not happen; else None."""
    return next((c for c, dep in dependents(verb) if dep == "dobj" and noun_negated(c)), None)


def negated_subject(verb: Token) -> Token | None:
    """The verb's subject when it denies the clause ("none of the ships were attacked", "no troops
    crossed", "nobody claimed it"): the act did not happen; else None."""
    return next((c for c, dep in dependents(verb) if dep in NOMINAL_SUBJECTS
                 and (c.lower_ in NEGATIVE_PRONOUNS or noun_negated(c))), None)
