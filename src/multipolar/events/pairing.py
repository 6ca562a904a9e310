"""Who acts on whom when several parties take part: mutual acts, reciprocal pronouns, meetings.

* Mutual acts (``data/reciprocity.tsv``): the partner of a reciprocal trigger acts too when the
  CAMEO code is mutual for the slot naming it ("A met B", "A clashed with B": both ways).
* Reciprocal pronouns: "A and B accused each other", "lawmakers accused one another": the
  subjects act on each other, whatever the code.
* Meetings: the parties a reciprocal act's noun names ("talks between A and B"); a mutual meeting at
  one party's home is a visit and its hosting ("met Koizumi in Tokyo").
* Co-partners: coordinated subjects agreeing on a joint act with a partner ("A and B agreed to
  build a plant with C") take part with each other too.
* Domestic dyads: :mod:`multipolar.events.domestic_dyads`.
* :func:`pair_specs` turns a trigger's sources and targets into its source-target pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from multipolar.actors.coref import GROUP_NOUNS
from multipolar.datafiles import data_file, read_list, read_table, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.events import EventSpec
from multipolar.events.hyphens import premodifiers
from multipolar.events.lexicon import LexEntry, LexFlag, TriggerPos
from multipolar.events.syntax import first_conjunct, prep_objects
from multipolar.events.targets import BETWEEN_PREPS, CONF_NOUN, CONF_OWNER, TOPIC_PREPS
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import NOMINAL_SUBJECTS, NOUN_POS, VERBAL_POS
from multipolar.records import MentionKind
from multipolar.reference import CameoRoot, is_state_code

#: The slots cell meaning "any slot".
ANY_SLOT = "*"
#: Words of a reciprocal pronoun ("each other", "one another").
RECIPROCAL_HEADS: frozenset[str] = read_words(data_file(__file__, "words/reciprocal_heads.txt"))
RECIPROCAL_DETS: frozenset[str] = read_words(data_file(__file__, "words/reciprocal_dets.txt"))


@dataclass(frozen=True)
class Mutuality:
    """One row of ``data/reciprocity.tsv``: the slots whose partner acts too, the codes of a
    visit and its hosting when the act takes place at one party's home, and (``third``) the code of
    the act held in a third state, neither party's home."""

    slots: frozenset[str]
    hosted: tuple[str, str] | None = None
    third: str | None = None


@lru_cache(maxsize=1)
def mutuality_table() -> dict[str, Mutuality]:
    """CAMEO code prefix -> :class:`Mutuality` (slots ``*``: any; no slots: one-way)."""
    out: dict[str, Mutuality] = {}
    for row in read_table(data_file(__file__, "reciprocity.tsv"), ("cameo", "slots", "hosted", "note"),
                          required=3, header=True):
        code = row["cameo"]
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise row.error(f"bad CAMEO code prefix {code!r}")
        if code in out:
            raise row.error(f"code {code} listed twice")
        hosted = row.items("hosted")
        if hosted and (len(hosted) not in (2, 3) or not all(c.isdigit() for c in hosted)):
            raise row.error(f"hosted should be two or three CAMEO codes (visitor|host[|third]), got {row['hosted']!r}")
        out[code] = Mutuality(frozenset(row.items("slots")), (hosted[0], hosted[1]) if hosted else None,
                              hosted[2] if len(hosted) == 3 else None)
    return out


def mutuality(cameo: str) -> Mutuality | None:
    """The most specific row for a code, None when no row covers it (one-way)."""
    table = mutuality_table()
    for n in range(len(cameo), 1, -1):
        row = table.get(cameo[:n])
        if row is not None:
            return row
    return None


def partner_acts(cameo: str, slot: str | None) -> bool:
    """The partner named in ``slot`` of a reciprocal act with this code acts too."""
    row = mutuality(cameo)
    return row is not None and (ANY_SLOT in row.slots or (slot is not None and slot in row.slots))


#: Roots of diplomatic acts whose coordinated parties, with no partner named, do them with each other.
JOINT_DIPLOMATIC_ROOTS = frozenset({CameoRoot.CONSULT, CameoRoot.DIPLOMATIC_COOPERATION})


def joint_act(cameo: str) -> bool:
    """A consultation or diplomatic act mutual with any partner (``data/reciprocity.tsv`` slot ``*``):
    coordinated parties with no partner named do it with each other ("A and B initialled an accord")."""
    return cameo[:2] in JOINT_DIPLOMATIC_ROOTS and partner_acts(cameo, None)


def mutual_code(cameo: str) -> bool:
    """Some slot's partner shares an act with this code (meetings, agreements; not aid or praise)."""
    row = mutuality(cameo)
    return row is not None and bool(row.slots)


def hosted(specs: list[EventSpec], home: set[str]) -> list[EventSpec]:
    """A mutual act at one party's home (``home``: the countries of the act's place phrases) is a
    visit by the other party and its hosting ("met Koizumi in Tokyo": 042 one way, 043 back). An
    unnamed party hosts nothing: its country may be the venue's ("met Maoist rebels in New Delhi")."""
    out: list[EventSpec] = []
    for spec in specs:
        row = mutuality(spec.cameo)
        s, t = spec.source, spec.target
        if row is None or row.hosted is None or s is None or t is None or s.code == t.code \
                or MentionKind.UNRESOLVED in (s.mention.kind, t.mention.kind):
            out.append(spec)
        elif t.code in home and s.code not in home:
            out.append(EventSpec(s, t, row.hosted[0], spec.rule + "/visit", spec.within_group))
        elif s.code in home and t.code not in home:
            out.append(EventSpec(s, t, row.hosted[1], spec.rule + "/host", spec.within_group))
        elif row.third is not None and home and s.code not in home and t.code not in home:
            # "Kenyan and Ugandan envoys met in Geneva": neither party's home (044)
            out.append(EventSpec(s, t, row.third, spec.rule + "/third", spec.within_group))
        else:
            out.append(spec)
    return out


def partner_slot(partner: Participant, doc: Doc) -> str | None:
    """How the partner is attached: its preposition ("with", "between"), else its relation (``dobj``)."""
    mention = partner.mention
    if mention.end <= mention.start:
        return None
    tok = first_conjunct(doc[mention.start:mention.end].root)
    for _ in range(3):  # "Somali militiamen", "the president of Peru": the phrase the mention sits in
        if tok.dep_ in ("amod", "compound", "nmod", "poss", "appos") and tok.head.i != tok.i:
            tok = first_conjunct(tok.head)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in NOUN_POS:
            tok = first_conjunct(tok.head.head)
        else:
            break
    if tok.dep_ == "pobj":
        return tok.head.lower_
    return tok.dep_


#: Prepositions that add a co-agent to a subject: "Britain, along with France, condemned ...".
CO_AGENT_PREPS: frozenset[str] = read_words(data_file(__file__, "words/co_agent_preps.txt"))


def co_agents(verb: Token, subjects: list[Token]) -> list[Token]:
    """Parties acting with the subject, named before the verb: "along with France", "together with
    China", "alongside Japan" (on the subject or on the verb)."""
    out: list[Token] = []
    for holder in [*subjects, verb]:
        for prep, dep in dependents(holder):
            if dep != "prep" or prep.i > verb.i:
                continue
            if prep.lower_ == "along":  # "along" -> "with" -> X
                prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
            elif prep.lower_ == "with" and not any(c.lower_ in CO_AGENT_PREPS for c in prep.children):
                continue  # "with" alone is no co-agent ("Britain with its allies" aside)
            elif prep.lower_ not in ("with", "alongside"):
                continue
            out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def reciprocal_pronoun(token: Token) -> bool:
    """``token`` heads "each other" or "one another"."""
    if token.lower_ == "one" and any(c.lower_ == "another" for c in token.children):
        return True  # parsed "one" <- "another"
    if token.lower_ == "other" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return _each_subject(token)  # "A and B each accused the other"
    if token.lower_ not in RECIPROCAL_HEADS:
        return False
    if token.lower_ == "another" and token.i > 0 and token.doc[token.i - 1].lower_ == "one":
        return True
    return any(c.lower_ in RECIPROCAL_DETS for c in token.children) or (
        token.i > 0 and token.doc[token.i - 1].lower_ == "each")


def _each_subject(token: Token) -> bool:
    """A coordinated subject of the clause ``token`` is in carries a floating "each" ("A and B each ...")."""
    verb = next((a for a in token.ancestors if a.pos_ in VERBAL_POS), None)
    subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS] if verb is not None else []
    each = any(s.lower_ == "each" for s in subjects) or any(
        c.lower_ == "each" and c.dep_ in ("appos", "det", "advmod") for s in subjects for c in s.children)
    return each and any(c.dep_ == "conj" for s in subjects for c in s.children)


def has_reciprocal_object(heads: list[Token]) -> bool:
    """One of the heads ("accused", "talks") takes "each other" as object or prepositional object."""
    for head in heads:
        for child, dep in dependents(head):
            if dep in ("dobj", "dative", "pobj") and reciprocal_pronoun(child):
                return True
            if dep == "prep" and any(d == "pobj" and reciprocal_pronoun(g) for g, d in dependents(child)):
                return True
    return False


def distinct_parties(a: Participant, b: Participant) -> bool:
    """Two parties of a coordination: other codes, or other mentions ("the government and rebels")."""
    return a.code != b.code or a.mention.start != b.mention.start


def mutual_specs(sources: list[Participant], cameo: str, rule: str) -> list[EventSpec]:
    """Subjects acting on each other: every ordered pair of distinct parties, or a single group with
    itself ("lawmakers accused each other")."""
    specs = [EventSpec(a, b, cameo, rule + "/each-other") for a in sources for b in sources
             if distinct_parties(a, b)]
    if not specs and sources:
        specs = [EventSpec(a, a, cameo, rule + "/each-other", within_group=True) for a in sources[:1]]
    return specs


#: Roots of joint cooperation the two sides of a pair do with each other ("the two sides agreed to ...",
#: "both countries pledged to ..."): intents, consultation, diplomatic and material cooperation.
JOINT_ROOTS = frozenset({CameoRoot.INTENT, CameoRoot.CONSULT, CameoRoot.DIPLOMATIC_COOPERATION,
                         CameoRoot.MATERIAL_COOPERATION})


#: Verbs of a joint act: coordinated subjects with no partner named do it with each other ("A and B agreed").
MUTUAL_VERBS: frozenset[str] = read_words(data_file(__file__, "words/mutual_verbs.txt"))


def joint_agreement(verb: Token, sources: list[Participant], cameo: str) -> bool:
    """Two or more coordinated parties agree ("A and B agreed to exchange visits", "agreed on a
    timetable"): a joint act of cooperation done with each other when no partner is named."""
    return verb.lemma_.lower() in MUTUAL_VERBS and cameo[:2] in JOINT_ROOTS and any(
        distinct_parties(a, b) for a in sources for b in sources)


#: Prepositions of a partner who joins the agreeing parties in the act ("agreed to build a plant with C").
CO_PARTNER_PREPS: frozenset[str] = frozenset({"with"})


def agreeing_verb(trigger: Token) -> bool:
    """The trigger is a verb of agreement or the act such a verb embeds ("agreed to work with C")."""
    tok = trigger
    for _ in range(3):
        if tok.lemma_.lower() in MUTUAL_VERBS:
            return True
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def co_partner_specs(sources: list[Participant], targets: list[Participant], cameo: str, rule: str,
                     trigger: Token) -> list[EventSpec]:
    """Coordinated subjects agreeing on a joint act with a partner ("A and B agreed to build a railway
    with C"): A and B take part with each other too, as they would with no partner named."""
    if trigger.pos_ not in VERBAL_POS or cameo[:2] not in JOINT_ROOTS or not agreeing_verb(trigger) \
            or not any(partner_slot(t, trigger.doc) in CO_PARTNER_PREPS for t in targets):
        return []
    return [EventSpec(a, b, cameo, rule + EACH_OTHER) for a in sources for b in sources if distinct_parties(a, b)]


def both_sides(sources: list[Participant], cameo: str) -> bool:
    """The sources are the members of one "the two sides"/"both countries" phrase (a group noun
    taking up two parties named before) doing a joint act of cooperation: they do it with each other."""
    if cameo[:2] not in JOINT_ROOTS or len(sources) < 2:
        return False
    m = sources[0].mention
    words = m.text.lower().split()
    return (m.kind == MentionKind.COREF and len(m.members) >= 2 and all(p.mention is m for p in sources)
            and words[-1] in GROUP_NOUNS and words[0] in ("both", "the"))


#: Prepositions naming the parties of a reciprocal act's noun ("talks between A and B", "a meeting of A and B").
PARTY_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/party_preps.txt"))



def meeting_parties(noun: Token, args: Arguments, modifiers: bool = True) -> list[Participant]:
    """Two or more parties a reciprocal act's noun names: its party prepositions ("talks between A
    and B", "a meeting of A and B") and (``modifiers``) its pre-modifiers ("Indian and Pakistani talks")."""
    heads = prep_objects([noun], PARTY_PREPS)
    # "talks on trade between A and B": the parser hangs the parties on the topic
    heads += prep_objects(prep_objects([noun], TOPIC_PREPS), BETWEEN_PREPS)
    if modifiers:
        heads += premodifiers(noun)
    parties = args.participants(heads, CONF_NOUN)
    return parties if len({(p.code, p.mention.start) for p in parties}) >= 2 else []


#: Prepositions of the place where a meeting is held ("in Tokyo", "at his palace").
HOME_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/meeting_place_preps.txt"))


def home_countries(holders: list[Token], args: Arguments) -> set[str]:
    """States named by the place phrases of an act, or owning them ("at his presidential palace"); the
    act's own noun is no place ("is in talks with Uganda": no talks held in Uganda)."""
    codes: set[str] = set()
    own = {h.i for h in holders}
    for noun in prep_objects(holders, HOME_PREPS):
        if noun.i in own:
            continue
        found = args.party_or_owners(noun, CONF_OWNER)
        codes.update(p.code for p in found if p.code is not None and is_state_code(p.code))
    return codes


#: Plural nouns of the rival sides inside one country (``words/rival_sides.txt``).
RIVAL_SIDES: frozenset[str] = read_words(data_file(__file__, "words/rival_sides.txt"))


def rival_sides(sources: list[Participant], cameo: str, doc: Doc) -> bool:
    """The one source is the owner of a country's rival sides doing a joint act ("Yemen's warring
    parties agreed to a truce", "Libyan factions held talks"): they do it with each other, at home."""
    if cameo[:2] not in JOINT_ROOTS or len(sources) != 1 or sources[0].code is None \
            or not is_state_code(sources[0].code) or sources[0].mention.end <= sources[0].mention.start:
        return False
    owner = doc[sources[0].mention.end - 1]
    return owner.dep_ in ("poss", "amod", "compound") and owner.head.tag_ == "NNS" \
        and owner.head.lemma_.lower() in RIVAL_SIDES


def joint_mark(sources: list[Participant], e: LexEntry, cameo: str, trigger: Token) -> str | None:
    """How coordinated sources with no partner named act with each other, else None: the members of
    "the two sides", the subjects of a verb of agreement on a joint act ("A and B agreed to exchange
    visits") and a country's rival sides ("Yemen's warring parties agreed") with each other
    (``/each-other``); those of a ``recip`` entry or of a joint diplomatic act ("the Iraqi government
    and Sunni leaders held talks", "A and B initialled an accord") reciprocally (``/recip``)."""
    if both_sides(sources, cameo) or (e.pos == TriggerPos.VERB and joint_agreement(trigger, sources, cameo)) \
            or rival_sides(sources, cameo, trigger.doc):
        return EACH_OTHER
    if (LexFlag.RECIP in e.flags or joint_act(cameo)) and len(sources) >= 2:
        return RECIPROCAL
    return None


#: Rule marks of events a coordination does with itself.
EACH_OTHER, RECIPROCAL = "/each-other", "/recip"


def pair_specs(sources: list[Participant], targets: list[Participant], e: LexEntry, cameo: str,
               rule: str, trigger: Token, each_other: bool = False) -> list[EventSpec]:
    """Source-target pairs: reciprocal pronouns (``each_other``) and coordinated sources acting jointly
    (:func:`joint_mark`) act on each other; a partner of a mutual act (``data/reciprocity.tsv``) acts too."""
    specs: list[EventSpec] = []
    mark = joint_mark(sources, e, cameo, trigger) if sources and not targets and not each_other else None
    if sources and (each_other or mark == EACH_OTHER):
        return mutual_specs(sources, cameo, rule)  # "A and B accused each other", "both sides agreed"
    if mark == RECIPROCAL:
        return [EventSpec(a, b, cameo, rule + RECIPROCAL) for a in sources for b in sources if distinct_parties(a, b)]
    slots: list[Participant | None] = list(targets) or [None]
    for a in sources:
        for slot in slots:
            specs.append(EventSpec(a, slot, cameo, rule))
            if slot is not None and LexFlag.RECIP in e.flags and cameo == e.cameo and partner_acts(
                    cameo, partner_slot(slot, trigger.doc)):
                # "A met B", "A clashed with B": B acts too (not a one-sided intent: "A will meet B")
                specs.append(EventSpec(slot, a, cameo, rule + "/recip"))
    if targets and len(sources) >= 2:
        specs.extend(co_partner_specs(sources, targets, cameo, rule, trigger))
    if not sources:  # the coder may imply an agent ("was arrested": by the police)
        specs.extend(EventSpec(None, b, cameo, rule) for b in targets)
    return specs
