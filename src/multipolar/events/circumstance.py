"""The agent of a nominal act that is the circumstance of a clause: "arrived in Moscow for talks with
X", "killed five militants in a raid", "met Y at a summit", "arrived at the start of a visit to Y"
(the act framed by a part or stage noun), "retaliated with air strikes on Y" (a verb whose
with-phrase is the subject's own act): the governing verb's agent does the act. A consultation in
the phrase of an actor noun is that actor's ("the minister, in Washington for talks with X, said").
:func:`setting_status`: the occasion of a negated or refused clause took place ("failed to agree
during talks with X"; prepositions in ``data/words/setting_preps.txt``).

Which prepositions and CAMEO roots qualify is read from ``data/circumstances.tsv``; verbs whose
subject undergoes the act ("died in a raid") from ``data/words/undergoing_verbs.txt``, frame nouns
from ``data/words/frame_nouns.txt``, verbs of a with-phrase act from ``data/words/with_agent_verbs.txt``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_list, read_table, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.events import UNNAMED_KINDS
from multipolar.events.lexicon import ComplementClass, LexEntry, LexFlag
from multipolar.events.modality import Status
from multipolar.events.syntax import (
    first_conjunct,
    is_passive,
    object_tokens,
    patient_tokens,
    prep_objects,
    subject_tokens,
)
from multipolar.events.targets import CONF_NOUN, PLACE_ADVERBS, VISIT
from multipolar.nlp.labels import NOUN_POS, PAST_TAGS, TIME_ENTITIES, VERBAL_POS
from multipolar.records import Modality
from multipolar.reference import CameoRoot

CIRCUMSTANCES = data_file(__file__, "circumstances.tsv")
UNDERGOING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/undergoing_verbs.txt"))
#: Nouns framing an act in their of-phrase ("at the start of a visit", "as part of an offensive").
FRAME_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/frame_nouns.txt"))
#: Verbs whose with-phrase is the subject's own act ("retaliated with air strikes", "hit X with sanctions").
WITH_AGENT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/with_agent_verbs.txt"))
#: Prepositions of the place a circumstance phrase may be misattached to ("arrived in the capital for talks").
MISATTACHED_PLACE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/misattached_place_preps.txt"))
#: Prepositions of a noun's own agent ("at the request of X", "an invitation from X", "an attack by X").
OWN_AGENT_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/own_agent_preps.txt"))
#: Verbs whose from-phrase is an occasion their subject took part in ("returned from a visit to X").
FROM_OCCASION_VERBS: frozenset[str] = read_words(data_file(__file__, "words/from_occasion_verbs.txt"))


#: Prepositions of the occasion of a clause's act: the nominal act there happened ("during talks with X").
SETTING_PREPS: frozenset[str] = read_words(data_file(__file__, "words/setting_preps.txt"))
#: Prepositions of an occasion before the clause's act ("agreed to X after talks with Y").
ANTERIOR_PREPS: frozenset[str] = read_words(data_file(__file__, "words/anterior_preps.txt"))
#: Adverbs of a complex preposition meaning "before" ("ahead of", "prior to").
BEFORE_ADVERBS: frozenset[str] = read_words(data_file(__file__, "words/before_adverbs.txt"))
#: Prepositions of an occasion that only a meeting's noun can be ("at the summit").
OCCASION_PREPS: frozenset[str] = read_words(data_file(__file__, "words/occasion_preps.txt"))


def setting_status(noun: Token, status: Status, cameo: str) -> Status:
    """The status of a nominal act that is the occasion of a verb's clause ("failed to agree during talks
    with X", "did not sign the accord at the meeting"): it took place whether or not the clause's own act
    did; under a refused plan ("will not sign it at next week's meeting") it is still planned. "At"
    sets only a meeting (``cameo`` of root 04)."""
    n = first_conjunct(noun)
    if _before_past_governor(n, status):  # "agreed to suspend enrichment after talks with X": held
        return Status(reason=f"before the past '{status.governor.text if status.governor else ''}'")
    refused = status.modality == Modality.REFUSAL or status.klass == ComplementClass.REFUSE
    preps = SETTING_PREPS | OCCASION_PREPS if cameo[:2] == CameoRoot.CONSULT else SETTING_PREPS
    if not (status.negated or refused) or n.dep_ != "pobj" or n.head.lower_ not in preps \
            or n.head.head.pos_ not in VERBAL_POS:
        return status
    modality = Modality.INTENT if status.modality == Modality.REFUSAL else (
        None if status.modality == Modality.NEGATED else status.modality)
    return Status(modality=modality, reason=f"the occasion of '{n.head.head.text}'")


def _before_past_governor(n: Token, status: Status) -> bool:
    """The noun is an occasion before an act that a past governor agreed to or pledged ("agreed to X after
    talks with Y"); under an appeal the act's subject is the one asked, whose talks they need not be."""
    gov = status.governor
    return gov is not None and status.klass == ComplementClass.INTENT and gov.tag_ in PAST_TAGS \
        and not status.negated \
        and n.dep_ == "pobj" and n.head.lower_ in ANTERIOR_PREPS and n.head.head.pos_ in VERBAL_POS


def _past_place_adverb(head: Token) -> Token:
    """The word a phrase hanging on "here" belongs to: the name it follows ("X, here on a visit, said":
    X, wherever the parser hung it), else its head ("is here for talks")."""
    if head.lower_ not in PLACE_ADVERBS or head.dep_ != "advmod" or head.head.i == head.i:
        return head
    before = head.i - 1
    while before >= 0 and head.doc[before].is_punct:
        before -= 1
    if before >= 0 and before < head.i - 1 and head.doc[before].pos_ in NOUN_POS:
        return head.doc[before]  # set off by a comma after the name
    return head.head


#: Nouns that after :data:`MOTIVE_PREPS` give a clause's motive ("in retaliation for"), and those prepositions.
MOTIVE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/motive_nouns.txt"))
MOTIVE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/motive_preps.txt"))


def names_motive(noun: Token) -> bool:
    """A nominal trigger that gives the motive of its clause's act ("bombed Gaza in retaliation for
    rocket fire"): the governing verb tells the act; the noun is none of its own."""
    head = noun.head
    return (noun.dep_ == "pobj" and head.lower_ in MOTIVE_PREPS and head.head.i != head.i
            and noun.lemma_.lower() in MOTIVE_NOUNS)


@dataclass(frozen=True)
class Circumstance:
    """A preposition that makes a nominal act the circumstance of its clause."""

    roots: frozenset[str]
    partner: bool  # only a reciprocal act with a named partner ("after talks with X")


def _read(path: Path) -> dict[str, Circumstance]:
    rows = read_table(path, ("prep", "roots", "partner"), header=True)
    out: dict[str, Circumstance] = {}
    for row in rows:
        if row["partner"] not in ("yes", "no"):
            raise row.error(f"partner must be yes or no, not {row['partner']!r}")
        roots = frozenset(r.strip() for r in row["roots"].split(","))
        if any(len(r) != 2 or not r.isdigit() for r in roots):
            raise row.error(f"bad CAMEO roots {row['roots']!r}")
        out[row["prep"]] = Circumstance(roots, row["partner"] == "yes")
    return out


CIRCUMSTANCE_PREPS: dict[str, Circumstance] = _read(CIRCUMSTANCES)
#: Roots of a consultation: its phrase may hang on the party's name ("Koizumi, in Brazil for talks with
#: Lula, said") or inside a visit phrase ("arrived on a visit for talks with X"), and "was on a visit"
#: is the subject's own act.
PARTY_CIRCUMSTANCE_ROOTS = frozenset({CameoRoot.CONSULT})


def undergoes(verb: Token) -> bool:
    """The verb's subject undergoes what happens around it ("died in", "came under fire in")."""
    lemma = verb.lemma_.lower()
    if lemma in UNDERGOING_VERBS:
        return True
    return any(c.dep_ == "prep" and f"{lemma} {c.lower_}" in UNDERGOING_VERBS for c in verb.children)


def own_agents(noun: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of the noun's own-agent phrases ("a visit by X", "talks from Monday"), less dates: "his
    visit to Japan from April 29" names when, not who."""
    return [o for o in prep_objects([noun], list(preps)) if o.ent_type_ not in TIME_ENTITIES]


def circumstance_verb(noun: Token, entry: LexEntry, args: Arguments) -> Token | None:
    """The verb a nominal act is the circumstance of, whose agent does the act ("arrived for talks
    with X", "killed militants in a raid", "at the start of a visit", "retaliated with air strikes");
    None where the noun names its own agent or of-phrase ("at the request of X", "in a demonstration
    of strength") or the subject undergoes the act."""
    tok = framed(first_conjunct(noun))
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    prep, verb = tok.head.lower_, _past_place_adverb(tok.head.head)
    if verb.lower_ in BEFORE_ADVERBS and verb.dep_ in ("advmod", "prep") and verb.head.pos_ in VERBAL_POS:
        prep, verb = "before", verb.head  # "ahead of his visit to X, the premier said": before it
    if verb.dep_ == "npadvmod" and verb.pos_ == "NOUN" and verb.head.pos_ in VERBAL_POS:
        verb = verb.head  # "rejected the plan a day after talks with X": the measure of time is the verb's
    if verb.dep_ == "pobj" and verb.head.lower_ in MISATTACHED_PLACE_PREPS and verb.head.head.pos_ in VERBAL_POS:
        verb = verb.head.head  # "was in the capital for talks": the parser hung the PP on the place
    elif verb.dep_ == "pobj" and entry.cameo[:2] in PARTY_CIRCUMSTANCE_ROOTS \
            and verb.head.lower_ in CIRCUMSTANCE_PREPS and verb.head.head.pos_ in VERBAL_POS:
        verb = verb.head.head  # "arrived on a visit for talks with X": the visit's verb
    if prep == "as" and tok.lemma_.lower() == "part":  # "as part of an offensive": in an offensive
        prep = "in"
    own = [p for p in OWN_AGENT_PREPS if p not in entry.targets]
    if prep == "with" and verb.lemma_.lower() in WITH_AGENT_VERBS and verb.pos_ == "VERB" and not is_passive(verb):
        return None if prep_objects([noun], own) else verb  # "hit Syria with sanctions", any root
    rule = CIRCUMSTANCE_PREPS.get(prep)
    if rule is None or entry.cameo[:2] not in rule.roots or verb.pos_ not in VERBAL_POS:
        return None
    if prep == "from" and verb.lemma_.lower() not in FROM_OCCASION_VERBS:
        return None  # "was excluded from talks with X": no part in them
    recip = LexFlag.RECIP in entry.flags
    # "after talks with X"; a consultation's own destination is its partner too ("said after a visit to X",
    # "returned home following a tour of X"), as is the place a visitor leaves ("left Lima after a visit")
    partnered = recip or (entry.cameo[:2] in PARTY_CIRCUMSTANCE_ROOTS and _visits_abroad(noun, entry, verb, args))
    if rule.partner and not (partnered and args.participants(prep_objects([noun], entry.targets))) \
            and not departed_place(verb, entry, args):
        return None
    # "was on a visit to X": the copula's subject makes a consultation, though it undergoes other acts
    visiting = verb.lemma_ == "be" and entry.cameo[:2] in PARTY_CIRCUMSTANCE_ROOTS
    if own_agents(noun, own) or (undergoes(verb) and not recip and not visiting):
        return None
    return verb


#: Verbs of leaving a place, whose object is the place a visit they follow went to ("left Lima after a visit").
DEPARTING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/departing_verbs.txt"))


def _visits_abroad(noun: Token, entry: LexEntry, verb: Token, args: Arguments) -> bool:
    """The consultation's own slot names a party other than the verb's subject ("X said after a visit to
    Y"; not "Japan criticized China after a visit to Tokyo", a visit at home)."""
    own = {p.code for p in args.participants(subject_tokens(verb), CONF_NOUN)}
    return any(p.code is not None and p.code not in own
               for p in args.participants(prep_objects([noun], entry.targets), CONF_NOUN))


def departed_place(verb: Token, entry: LexEntry, args: Arguments) -> bool:
    """A visit set before a verb of leaving a named place, its object ("left Lima after a three-day visit")."""
    if entry.cameo != VISIT or verb.lemma_.lower() not in DEPARTING_VERBS or verb.pos_ != "VERB" or is_passive(verb):
        return False
    return any(p.code is not None for p in args.participants(object_tokens(verb), CONF_NOUN))


def circumstance_party(noun: Token, entry: LexEntry, args: Arguments) -> list[Participant]:
    """The party a consultation is the circumstance of when its phrase hangs on the party's name, not
    on a verb ("Koizumi, in Brazil for talks with Lula, said ...", "Putin in India for talks"), also
    through the party's place phrase; empty where the noun names its own agent."""
    tok = framed(first_conjunct(noun))  # "X, in Lima for a new round of talks, said"
    if entry.cameo[:2] not in PARTY_CIRCUMSTANCE_ROOTS or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return []
    rule = CIRCUMSTANCE_PREPS.get(tok.head.lower_)
    if rule is None or entry.cameo[:2] not in rule.roots or own_agents(noun, OWN_AGENT_PREPS):
        return []
    if rule.partner and not args.participants(prep_objects([noun], entry.targets)):
        return []
    holder = _past_place_adverb(tok.head.head)
    if holder.dep_ == "pobj" and holder.head.lower_ in MISATTACHED_PLACE_PREPS:
        holder = holder.head.head  # "Putin in India for talks": the place phrase hangs on the party
    if holder.pos_ in NOUN_POS and holder.i not in args.index:
        # a name the tables do not know after its known title ("foreign minister ali akbar velayati")
        holder = next((c for c in holder.children if c.dep_ == "compound" and c.i in args.index), holder)
    if holder.pos_ not in NOUN_POS or holder.i == noun.i or holder.i not in args.index:
        return []  # the party itself, not a thing it owns ("Japan's attitude before the negotiations")
    return args.participants([holder], CONF_NOUN)


def framed(noun: Token) -> Token:
    """The frame noun an act stands in ("at the start of a visit": start; "in the latest of a series of
    raids": series, then latest is no noun), else the act itself."""
    tok = noun
    for _ in range(2):
        of, frame = tok.head, tok.head.head
        if tok.dep_ != "pobj" or of.lower_ != "of" or frame.lemma_.lower() not in FRAME_NOUNS or frame.dep_ != "pobj":
            break
        tok = frame
    return tok


def recip_patients(noun: Token, entry: LexEntry, verb: Token, args: Arguments, confidence: float) -> list[Participant]:
    """A reciprocal act with a named partner is also the passive patient's ("two soldiers were killed
    in a clash with rebels": the soldiers clashed with the rebels)."""
    if LexFlag.RECIP not in entry.flags or not is_passive(verb) \
            or not args.participants(prep_objects([noun], entry.targets)):
        return []
    return args.participants(patient_tokens(verb), confidence)


#: Verbs whose subject act leaves its object as casualties ("clashes with rebels killed five soldiers").
CASUALTY_SUBJECT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/casualty_verbs.txt"))


def recip_casualties(noun: Token, entry: LexEntry, args: Arguments, confidence: float) -> list[Participant]:
    """A reciprocal act with a named partner that killed or wounded its object: the casualties' side
    fought the partner ("clashes with Maoist rebels killed five Nepalese soldiers")."""
    verb = noun.head
    if LexFlag.RECIP not in entry.flags or noun.dep_ != "nsubj" or verb.pos_ != "VERB" or is_passive(verb) \
            or verb.lemma_.lower() not in CASUALTY_SUBJECT_VERBS \
            or not args.participants(prep_objects([noun], entry.targets)):
        return []
    return args.participants([c for c in verb.children if c.dep_ == "dobj"], confidence)


#: Prepositions down which a violent act's own target is sought ("an attack on a house in Fallujah").
ACT_TARGET_PREPS = frozenset({"on", "against", "of", "in"})


def act_subject_targets(verb: Token, args: Arguments, acts: frozenset[str],
                        targets: list[Participant]) -> list[Participant]:
    """A violent verb whose subject is a violent act ("a US attack on a house in Fallujah killed five
    people") hits the act's own target, not an unnamed party lent the attacker's country."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in acts]
    if not subjects or any(p.mention.kind not in UNNAMED_KINDS for p in targets):
        return targets
    aimed = [p for s in subjects for p in args.nested(s, ACT_TARGET_PREPS, CONF_NOUN, gazetteer=True)]
    return aimed or targets
