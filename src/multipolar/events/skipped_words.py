"""Skipped words: the words whose states place no unnamed party, as they name its victims, the side its
act faces or the topic of what it says ("gunmen kidnapped two Turkish drivers", "the department accused
Japan", "officials said Peru ...")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.infinitives import infinitive_clauses
from multipolar.records import ActorMention, MentionKind
from multipolar.reference import is_state_code


def victim_words(party: Token, clauses_only: bool = False) -> frozenset[int]:
    """The words naming the victims of the act ``party`` is the agent of: the object of its verb
    ("gunmen kidnapped two Turkish drivers"), the subject of a passive whose by-agent it is (each
    victim head with its pre-modifiers and a relative clause that says who they are: "two men, who work
    for an Ankara-based firm"); ``clauses_only``: only those relative clauses."""
    if party.dep_ == "pobj" and party.head.lower_ == "of" and party.head.head.pos_ == "NOUN":
        party = party.head.head  # "a group of gunmen", "by a band of armed men": the group's act
    verb, roles = party.head, ("dobj",)
    if party.dep_ == "pobj" and verb.dep_ == "agent":
        verb, roles = verb.head, ("nsubjpass",)
    elif party.dep_ != "nsubj":
        return frozenset()
    # "gunmen tried to kill a Dutch engineer": the victims of the act the party sets out to do
    verbs = [verb, *infinitive_clauses(verb, ("xcomp",), bare_xcomp=True)] if roles == ("dobj",) else [verb]
    heads = [h for v in verbs for c in v.children if c.dep_ in roles for h in (c, *c.conjuncts)]
    clauses = [t.i for h in heads for c in h.children if c.dep_ == "relcl" for t in c.subtree]
    # the victims' names and their modifiers, not a place phrase after them ("two Germans from Basra")
    names = [] if clauses_only else [i for h in heads for i in range(h.left_edge.i, h.i + 1)]
    return frozenset(names + clauses)


#: Prepositions whose object a state organ acts on ("reduced aid to Liberia", "filed a complaint against Peru").
FACED_PREPS = frozenset({"to", "against", "on", "with", "from", "toward", "towards"})
#: Mentions that name a state's side: its name, its capital standing for it ("denounced Ottawa"), an organ of
#: it ("the Panamanian government"), a group of it ("the Contra rebels"); not its people or a nationality word.
FACED_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.ROLE, MentionKind.GROUP})


def faced_states(party: Token, index: dict[int, ActorMention]) -> frozenset[int]:
    """The words naming a state's side (:data:`FACED_KINDS`) that the act of ``party``, its verb's
    subject, is aimed at, anywhere in its object or the object of a preposition of aim, also in the verb's
    infinitive complement ("the Commerce Department accused Japan", "the Senate voted to cut aid to
    Panama": the other side, no home of the department or the senate). An appositive stands for the noun it
    renames ("John Doe, the foreign minister, criticized Japan")."""
    if party.dep_ == "appos":
        party = party.head
    if party.dep_ != "nsubj":
        return frozenset()
    verbs = [party.head]
    verbs += [c for c in party.head.children if c.dep_ == "xcomp"]
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    # "accused Japan", "cut aid to Liberia", "filed a complaint against Peru"
    heads = objects + [o for p in (c for h in (*verbs, *objects) for c in h.children)
                       if p.dep_ in ("prep", "dative") and p.lower_ in FACED_PREPS
                       for o in p.children if o.dep_ == "pobj"]
    # anywhere inside those phrases ("approved aid for the rebels in Nicaragua")
    return frozenset(i for h in heads for c in (h, *h.conjuncts) for x in _phrase_words(c)
                     if (m := index.get(x.i)) is not None and m.kind in FACED_KINDS
                     and is_state_code(m.code) for i in range(m.start, m.end))


def _phrase_words(head: Token) -> Iterator[Token]:
    """The words of ``head``'s phrase but its possessors' phrases, often the party's own side ("the
    ambassador defended China's expansion")."""
    yield head
    for c in head.children:
        if c.dep_ != "poss":
            yield from _phrase_words(c)


#: Participles whose agent backs the party they modify, not owns or places it ("rebels backed by Uganda").
BACKING_PARTICIPLES: frozenset[str] = read_words(data_file(__file__, "words/backing_participles.txt"))


def backer_words(party: Token) -> frozenset[int]:
    """The words naming who backs ``party`` ("rebels backed by Uganda", "a militia, armed by Syria,"): another
    party, no home of the one backed."""
    return frozenset(t.i for c in party.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in BACKING_PARTICIPLES
                     for a in c.children if a.dep_ == "agent" for t in a.subtree)


#: Verbs of asking a party for an act: the state asked is the other side, no home of the asking group.
GROUP_APPEAL_VERBS: frozenset[str] = read_words(data_file(__file__, "words/appeal_verbs_for_groups.txt"))


def addressed_states(party: Token, index: dict[int, ActorMention]) -> frozenset[int]:
    """The words naming a state that ``party``, the subject of a verb of asking, asks for an act ("rebels
    asked Nigeria to mediate", "guerrillas urged Kenya to stop"): the other side, no home of the group."""
    head = party.head.head if party.dep_ == "appos" else party.head
    if head.lemma_.lower() not in GROUP_APPEAL_VERBS:
        return frozenset()
    return faced_states(party, index)


def reported_words(party: Token) -> frozenset[int]:
    """The words of what an unnamed speaker says ("envoys said Washington had objected"): the
    states named there are its topic, not its home."""
    if party.dep_ != "nsubj":
        return frozenset()
    clauses = [c for c in party.head.children if c.dep_ == "ccomp"]
    # not a dateline the parse hangs on the clause ("Florence, Italy - ... said the minister")
    loose = {t.i for c in clauses for n in c.children if n.dep_ == "npadvmod" for t in n.subtree}
    return frozenset(t.i for c in clauses for t in c.subtree if t.i not in loose)


def office_skip(party: Token, index: dict[int, ActorMention]) -> frozenset[int]:
    """The words whose states place no unnamed office holder: the states its act faces and the topics of
    what it says ("the department accused Japan", "officials said Peru ...")."""
    return faced_states(party, index) | reported_words(party)
