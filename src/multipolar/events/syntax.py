"""Dependency-parse helpers of the coder: coordination, relative clauses, voice, subjects, objects,
agents, datives, prepositional objects and modifiers of a trigger's words."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.calls import call_purpose
from multipolar.events.hyphens import hyphen_modified
from multipolar.events.identity import misread_identity
from multipolar.events.infinitives import to_infinitive
from multipolar.events.ranked import ranked_copula
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import (
    ACTIVE_SUBJECTS,
    AUXILIARIES,
    COMPLEMENT_CLAUSES,
    DIRECT_OBJECTS,
    NOUN_MODIFIERS,
    NOUN_OR_PRONOUN_POS,
    PARTICIPLE_TAGS,
    VERBAL_POS,
)

#: Verbs whose object is the understood subject of their infinitive ("urged Iran to talk").
OBJECT_CONTROL: frozenset[str] = read_words(data_file(__file__, "words/object_control.txt"))
#: Verbs whose passive subject carried out the infinitive: "was forced to resign" (he resigned).
FORCING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/forcing_verbs.txt"))
#: Verbs judging their object for an act: their object does the act of their "for"/"of" gerund.
JUDGED_FOR_VERBS: frozenset[str] = read_words(data_file(__file__, "words/judged_for_verbs.txt"))
#: Prepositions of the judged deed ("for detaining", "of arming").
JUDGED_DEED_PREPS: frozenset[str] = read_words(data_file(__file__, "words/judged_deed_preps.txt"))
RELATIVE_PRONOUNS: frozenset[str] = read_words(data_file(__file__, "words/relative_pronouns.txt"))
CASUALTY_VERBS: frozenset[str] = read_words(data_file(__file__, "words/casualty_verbs.txt"))
#: Nouns that only count or group their ``of`` complement ("some of the peacekeepers").
QUANTITY_HEADS: frozenset[str] = read_words(data_file(__file__, "words/quantity_heads.txt"))
#: Nouns of reports and evidence: the act of their of-phrase is reported, not done ("reports of fighting").
REPORT_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/report_nouns.txt"))
#: Undertakings whose kind a compound trigger names ("a peacekeeping mission", "mediation efforts").
UNDERTAKING_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/undertaking_nouns.txt"))
#: Verbs whose agentless passive states the subject's own stance: "is committed to", "is opposed to".
STATIVE_PARTICIPLES: frozenset[str] = read_words(data_file(__file__, "words/stative_participles.txt"))
#: Verbs with no passive: a participle of theirs after a root noun is a mis-parsed main verb.
INTRANSITIVE_VERBS: frozenset[str] = read_words(data_file(__file__, "words/intransitive_verbs.txt"))
#: Prepositions naming members of a group noun: "five people, including two Dutch soldiers".
INCLUSION_PREPS: frozenset[str] = read_words(data_file(__file__, "words/inclusion_preps.txt"))
#: Subordinators of a participial clause sharing its main clause's subject ("while urging", "after meeting").
SHARED_SUBJECT_MARKS: frozenset[str] = read_words(data_file(__file__, "words/shared_subject_marks.txt"))
#: Prepositions whose gerund after a passive names a charge ("was arrested for collaborating").
CHARGE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/charge_preps.txt"))


def is_question(sent: Span) -> bool:
    """The sentence's text ends in "?" (trailing whitespace aside): ``sent.text.rstrip().endswith("?")``,
    read from its last tokens instead of the joined text."""
    doc = sent.doc
    for i in range(sent.end - 1, sent.start - 1, -1):
        text = doc[i].text
        if not text.isspace():
            return text.rstrip().endswith("?")
    return False


def first_conjunct(token: Token) -> Token:
    """The first of a coordination ("aid and loans" -> "aid"), which carries the phrase's relation."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def expand(token: Token) -> list[Token]:
    """A head and its coordinated heads ("Russia and China"), also in the mis-parse where the first
    conjunct hangs as a modifier of the last ("Ukraine and Western nations")."""
    out = [token]
    seen = {token.i}
    for c in token.conjuncts:
        if c.i not in seen:
            seen.add(c.i)
            out.append(c)
    for child in token.rights:  # "the Russian firm Glavkosmos and the Indian agency ISRO"
        if child.dep_ == "appos" or (child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.conjuncts):
            if child.conjuncts and child.i not in seen:  # a list in apposition: "... - Japan, Brazil and India"
                seen.add(child.i)
                out.append(child)
            for c in child.conjuncts:
                if c.i not in seen:
                    seen.add(c.i)
                    out.append(c)
    for child in token.rights:  # "five people, including two Dutch soldiers": the members named
        if child.dep_ == "prep" and child.lower_ in INCLUSION_PREPS:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                for c in (obj, *obj.conjuncts):
                    if c.i not in seen:
                        seen.add(c.i)
                        out.append(c)
    for child in token.lefts:
        if child.dep_ in ("nmod", "compound", "amod") and child.n_rights and any(
                g.dep_ == "cc" for g in child.rights):
            for c in (child, *child.conjuncts):
                if c.i not in seen:
                    seen.add(c.i)
                    out.append(c)
    return out


def included_member(token: Token) -> bool:
    """The word (or a modifier of the word) names members of a group: "including two Dutch soldiers"."""
    noun = token.head if token.dep_ in NOUN_MODIFIERS else token
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in INCLUSION_PREPS


def resolve_relative(token: Token) -> Token:
    """A relative pronoun stands for its antecedent, also as the fronted object of an infinitive in the
    relative clause ("a ship which Greece threatened to seize": the ship)."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return token
    clause = token.head
    while clause.dep_ == "xcomp" and clause.head.i != clause.i and token.i < clause.head.i:
        clause = clause.head
    return antecedent(clause) if clause.dep_ == "relcl" else token


def antecedent(relcl: Token) -> Token:
    """The noun a relative clause modifies. A non-restrictive ``, which`` after a participial
    post-modifier attaches high: in "a plan aligned with X's goals, which was rejected" the plan
    was rejected, not the goals."""
    noun = relcl.head
    rel = [c for c in relcl.children if c.lower_ == "which"]
    comma_before = rel and rel[0].i > 0 and relcl.doc[rel[0].i - 1].text == ","
    if comma_before and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        participle = noun.head.head
        if participle.dep_ == "acl" and participle.head.pos_ in NOUN_OR_PRONOUN_POS:
            return participle.head
    return noun


def retained_object(verb: Token) -> bool:
    """A passive double-object verb that keeps its direct object: "was offered a loan", "was promised aid"."""
    kids = [dep for _c, dep in dependents(verb)]
    return "dobj" in kids and ("nsubjpass" in kids or "auxpass" in kids)


#: Dependents that make a clause passive, and those a bare participle sharing a passive's subject lacks.
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "csubjpass"})
ACTIVE_DEPS = frozenset({*ACTIVE_SUBJECTS, "aux", "dobj"})


def is_passive(verb: Token, depth: int = 0) -> bool:
    """A passive clause, a reduced passive relative ("prisoners held by X"), or a bare participle
    sharing a passive's subject ("was seized by militants and then released")."""
    deps = {dep for _c, dep in dependents(verb)}
    if not deps.isdisjoint(PASSIVE_DEPS):
        return True
    bare = deps.isdisjoint(ACTIVE_DEPS)
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and bare and depth < 4 and verb.head.pos_ in VERBAL_POS:
        return is_passive(verb.head, depth + 1)
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and not misparsed_clause(verb)) or participial_passive(verb)


def participial_passive(verb: Token) -> bool:
    """A bare past participle heading an adverbial clause is passive, its patient the main clause's
    subject: "Backed by the United States, Israel rejected the plan", "Asked about Iran, the minister
    said", "if attacked, Iran would respond", "Having been attacked by X, Israel ..." (not "Having
    visited Beijing, Putin ...": a perfect active)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.head.pos_ not in VERBAL_POS:
        return False
    kids = [c for c in verb.children if c.dep_ in (*ACTIVE_SUBJECTS, "aux", "auxpass", "nsubjpass", "dobj")]
    # only the participles of a passive: "having been", "being"
    passive = any(k.dep_ == "auxpass" for k in verb.children)
    return all((c.dep_ == "auxpass" and c.tag_ in PARTICIPLE_TAGS) or (c.dep_ == "aux" and c.tag_ == "VBG" and passive)
               for c in kids)


def misparsed_clause(verb: Token) -> bool:
    """A main-clause verb mis-parsed as a participle modifying its subject ("The air force carried
    out strikes", parsed ``acl`` of a noun left as the sentence root): a finite past (VBD), or a VBN
    with no agent and a direct object, or of a verb with no passive ("Hundreds of students protested"),
    which a reduced passive relative cannot have, or after a relative clause on the subject ("Kenya,
    which hosts refugees, called on Somalia")."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ not in NOUN_OR_PRONOUN_POS or head.dep_ != "ROOT" or head.i > verb.i:
        return False
    if verb.tag_ == "VBD":
        return True
    kids = {c.dep_ for c in verb.children}
    # "Kenya, which hosts refugees, called on Somalia": after a relative clause on the subject
    after_relative = any(c.dep_ == "relcl" and c.i < verb.i for c in head.children)
    return verb.tag_ == "VBN" and "agent" not in kids and (
        "dobj" in kids or verb.lemma_.lower() in INTRANSITIVE_VERBS or after_relative)


def stative_passive(verb: Token) -> bool:
    """An agentless passive of a stance verb ("Tehran is committed to", "rebels were involved in"):
    the grammatical subject is the one who acts."""
    return verb.lemma_.lower() in STATIVE_PARTICIPLES and not agent_tokens(verb) and any(
        c.dep_ == "nsubjpass" for c in verb.children)


def agent_tokens(verb: Token) -> list[Token]:
    """The by-agent's heads; also a by-phrase the parser labelled a plain preposition on a finite passive
    ("were abducted in Darfur by gunmen") or hung on the object a passive keeps ("was promised aid by X")."""
    kids = dependents(verb)
    finite = any(dep in ("nsubjpass", "auxpass") for _c, dep in kids)
    agents = [g for c, dep in kids if dep == "agent" or (finite and dep == "prep" and c.lower_ == "by")
              for g, d in dependents(c) if d == "pobj"]
    if not agents and retained_object(verb):
        agents = prep_objects([c for c, dep in kids if dep == "dobj"], ("by",))
    return agents


def subject_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """The logical subject (agent of an active verb), following shared subjects of coordinated,
    controlled (xcomp), participial and relative clauses."""
    if depth > 6:
        return []
    subj = [c for c, dep in dependents(verb) if dep in ACTIVE_SUBJECTS]
    if subj:
        return [resolve_relative(s) for s in subj]
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "conj" and head.pos_ in VERBAL_POS and not is_passive(head):
        return subject_tokens(head, depth + 1)
    if verb.dep_ == "acomp" or (verb.dep_ == "ccomp" and misread_identity(head)):
        return subject_tokens(head, depth + 1)  # "is willing to offer"; "men believed to be X attacked"
    if (copula := ranked_copula(verb)) is not None:  # "X is now the third state to sever ties with Y"
        # a noun the infinitive hangs on may name the doer itself ("he is the first U.S. official to visit")
        return subject_tokens(copula, depth + 1) + ([verb.head] if verb.head.dep_ == "attr" else [])
    if verb.dep_ == "xcomp":
        # object control ("urged Iran to talk") else subject control ("decided to attack"); after
        # other verbs "to" + verb is a purpose clause ("summoned the envoy to protest": the subject)
        objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        if objs and head.lemma_.lower() in OBJECT_CONTROL and call_purpose(verb) is None:
            return objs  # not "called the king to express support": the caller expresses it
        if head.lemma_.lower() in FORCING_VERBS and is_passive(head):  # "was forced to resign"
            return patient_tokens(head)
        return subject_tokens(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ in PARTICIPLE_TAGS and not any(
            c.dep_ == "mark" and c.lower_ not in SHARED_SUBJECT_MARKS for c in verb.children):
        # "was put on alert, threatening X": the passive's subject; "..., killing 20" is the act's toll
        if is_passive(head) and verb.lemma_.lower() not in CASUALTY_VERBS and (patients := patient_tokens(head)):
            return patients
        return subject_tokens(head, depth + 1)  # "met the envoy, urging ...", "... while urging ..."
    if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "refraining from condemning", "by attacking"
        judged = [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i]
        if judged and head.lower_ in JUDGED_DEED_PREPS and head.head.lemma_.lower() in JUDGED_FOR_VERBS:
            return judged  # "criticised China for detaining a journalist": China detained
        # "Sharon was quoted as saying", "was arrested after attacking" (a by-phrase gerund is a misparsed
        # agent: "gored by fighting bulls")
        if head.head.pos_ in VERBAL_POS and is_passive(head.head) and head.lower_ not in CHARGE_PREPS \
                and head.lower_ != "by":
            return patient_tokens(head.head)
        return subject_tokens(head.head, depth + 1)
    if verb.dep_ == "acl" and head.pos_ in NOUN_OR_PRONOUN_POS and (verb.tag_ == "VBG" or misparsed_clause(verb)):
        return [head]  # "troops attacking X"; "the air force carried out strikes" (mis-parsed)
    if verb.dep_ == "relcl":
        return [antecedent(verb)]
    if verb.dep_ in ("amod", "appos") and verb.pos_ == "ADJ" and head.pos_ in NOUN_OR_PRONOUN_POS and verb.i > head.i:
        return [head]  # "the minister, sharply critical of X, said": the noun the adjective follows
    return []


#: Penn tags of the simple present.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def simple_present(verb: Token) -> bool:
    """A present-tense verb with no auxiliary of its own ("imports", "meet"): the tense of habits and of
    scheduled news."""
    return verb.tag_ in PRESENT_TAGS and not any(c.dep_ in AUXILIARIES for c in verb.children)


def amount(tok: Token) -> bool:
    """Whether a noun counts money or goods ("$5 million", "5 million euros", "tonnes")."""
    return tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_HEADS or any(
        c.dep_ == "nummod" for c in tok.children)


def act_holder(noun: Token) -> Token | None:
    """The noun a nominal act stands in for in its clause: the undertaking it names the kind of
    ("launched a peacekeeping mission") or the amount it is counted in ("pledged $5 million in aid")."""
    head = noun.head
    if noun.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in UNDERTAKING_NOUNS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ == "dobj" and amount(head.head):
        return head.head
    return None


def purpose_head(verb: Token) -> Token | None:
    """The verb an infinitival purpose clause serves ("held a vigil in Kampala to protest"), else None."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.pos_ not in VERBAL_POS or is_passive(head):
        return None
    return head if to_infinitive(verb) else None


def patient_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """The grammatical subject of a passive verb (the patient), with relative/participial heads; the
    nearest first."""
    pat = [resolve_relative(c) for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")]
    if pat:  # two subjects are a misparse (a dateline "PEKING, ..." as a second subject): nearest first
        return sorted(pat, key=lambda c: abs(verb.i - c.i))
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not misparsed_clause(verb):
        return [verb.head]
    if participial_passive(verb):  # "Backed by the United States, Israel ...": Israel is backed
        return subject_tokens(verb.head, depth + 1)
    if verb.dep_ == "conj" and depth < 6 and verb.head.pos_ in VERBAL_POS:
        return patient_tokens(verb.head, depth + 1)
    return []


def object_tokens(verb: Token) -> list[Token]:
    """Direct objects (relative pronouns resolved); a proper noun mis-parsed as ``npadvmod``
    right after the verb counts too ("forces shelled Azerbaijan"), and so does the subject of a verbless
    small clause ("found two men guilty", parsed as a clause "men guilty"), and the object the parser hung
    on the verb's particle ("sealed off the West Bank": "off" a particle with an object of its own)."""
    kids = dependents(verb)
    objs = [resolve_relative(c) for c, dep in kids if dep in DIRECT_OBJECTS]
    if not objs:
        objs = [c for c, dep in kids if dep == "npadvmod" and c.pos_ == "PROPN" and c.i == verb.i + 1]
    if not objs:
        objs = [g for c, dep in kids if dep == "prt" for g, d in dependents(c) if d == "pobj"]
    if not objs:
        objs = [g for c, dep in kids if dep in COMPLEMENT_CLAUSES and c.pos_ == "ADJ"
                for g in c.children if g.dep_ == "nsubj" and g.i > verb.i]
    return objs


def content_head(token: Token) -> Token:
    """The noun a quantity or group word stands for: "some of the peacekeepers" -> peacekeepers."""
    for _ in range(2):
        if token.lower_ not in QUANTITY_HEADS and token.lemma_.lower() not in QUANTITY_HEADS \
                and token.pos_ != "NUM":
            return token
        of = [g for c, dep in dependents(token) if dep == "prep" and c.lower_ == "of"
              for g, d in dependents(c) if d == "pobj"]
        if not of:
            return token
        token = of[0]
    return token


def dative_tokens(verb: Token) -> list[Token]:
    out: list[Token] = []
    for c, dep in dependents(verb):
        if dep == "dative":
            if c.pos_ == "ADP":
                out.extend(g for g, d in dependents(c) if d == "pobj")
            else:
                out.append(c)
    return out


def prep_objects(tokens: Iterable[Token], preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to any of ``tokens`` (a noun after a hyphenated
    modifier the parse took for a clause too: "to tsunami-hit Indonesia")."""
    wanted = preps if isinstance(preps, (set, frozenset)) else set(preps)
    out: list[Token] = []
    for tok in tokens:
        for c, dep in dependents(tok):
            if dep in ("prep", "dative") and c.lower_ in wanted:
                objs = [g for g, d in dependents(c) if d == "pobj"]
                out.extend(objs or hyphen_modified(c))
    return out


def modifier_lemmas(token: Token) -> set[str]:
    """Lemmas of a word's modifiers (and their conjuncts): "economic and military aid"."""
    out: set[str] = set()
    for c, dep in dependents(token):
        if dep in ("amod", "compound", "nmod", "advmod", "npadvmod", "poss"):
            out.add(c.lemma_.lower())
            out.add(c.lower_)
            out.update(x.lemma_.lower() for x in c.conjuncts)
    return out


def lemma_forms(token: Token) -> set[str]:
    """Lemma and form of a word and of its conjuncts (what an entry's object list is matched on)."""
    return {token.lemma_.lower(), token.lower_} | {c.lemma_.lower() for c in token.conjuncts}
