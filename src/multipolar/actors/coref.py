"""Within-document coreference for actors: pronouns, definite descriptions, repeated surnames.

One left-to-right pass over the tokens; antecedents are earlier mentions in the same or the
previous ``WINDOW_SENTENCES`` sentences. Every added mention has ``kind="coref"`` and a ``rule``
naming its antecedent ("coref:its->China@0").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

import numpy
from spacy.attrs import LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from multipolar.actors import tables
from multipolar.actors.alias_matching import SURNAME_FIRST
from multipolar.actors.coref_rivals import BLOCKER, BLOCKER_LABELS, entity_blockers, speaker_blockers
from multipolar.actors.epithets import COUNTRY_NOUNS, epithet_end
from multipolar.actors.expletives import is_expletive
from multipolar.actors.org_anaphors import ORGANISATION_ANAPHORS, organisation_anaphor, organisation_antecedent
from multipolar.actors.salience import clause_subjects, is_clause_subject, possessor_subjects, topic_of
from multipolar.actors.titles import (
    appositive_name,
    definite_post,
    definite_title,
    holds_post,
    holds_title,
    is_person,
    is_plural,
    owned_role,
    spelt_surname,
)
from multipolar.actors.token_index import among_ids
from multipolar.datafiles import data_file, read_table, read_words
from multipolar.ingest.dateline import DATELINE_CHARS, dashed_dateline_end
from multipolar.nlp.labels import NOMINAL_SUBJECTS, NOUN_MODIFIERS, PRONOUN_POS
from multipolar.nlp.opening import opening_text
from multipolar.records import ActorMention, MentionKind, Sector

SINGULAR = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "their", "them", "theirs", "themselves"})
PERSONAL = frozenset({"he", "his", "him", "she", "her", "hers", "himself", "herself"})
GROUP_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/group_nouns.txt"))
GOVERNMENT_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/government_nouns.txt"))
TERRITORY_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/territory_nouns.txt"))
#: The lower-case words :meth:`_Coref.resolve` starts from (pronouns, "two", "both", "the"), as string hashes.
CUE_IDS = frozenset(get_string_id(w) for w in SINGULAR | PLURAL | PERSONAL | {"two", "both", "the", "whose"})
CUE_ARRAY = numpy.array(sorted(CUE_IDS), dtype="uint64")  # sorted: :func:`among_ids`
PERSON_GROUP_NOUNS = frozenset({"leaders", "presidents", "premiers", "ministers"})
#: Group nouns of two states only ("both countries"): a bloc such as NATO is not one of them.
STATE_GROUP_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/state_group_nouns.txt"))
WINDOW_SENTENCES = 2
#: A capital or city in a locative phrase is a venue, never one of "the two sides".
VENUE_KINDS = frozenset({MentionKind.METONYM, MentionKind.PLACE})
VENUE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/venue_preps.txt"))
#: Codes that own no state organ: "al-Qaeda's operations ... its security forces" are the state's.
NON_STATE_CODES = frozenset({"IMG", "NGO"})


@lru_cache(maxsize=1)
def divided_halves() -> dict[str, tuple[str, frozenset[str]]]:
    """Compass word -> (the half's state, the states one of which the text must name) (``divided_halves.tsv``)."""
    rows = read_table(data_file(__file__, "divided_halves.tsv"), ("word", "code", "context"))
    return {row["word"]: (row["code"], frozenset(row.items("context"))) for row in rows}


@lru_cache(maxsize=1)
def description_words() -> frozenset[str]:
    """Lower-case words after "the" that may start a description :meth:`_Coref.resolve` takes up: an
    organisation anaphor, a title's first word, a divided half, a country or government noun (a
    capitalised word may start a regional epithet too)."""
    titles = {term.split(" ")[0] for term in tables.hand_roles()}
    halves = {word.lower() for word in divided_halves()}
    return ORGANISATION_ANAPHORS | frozenset(titles) | halves | COUNTRY_NOUNS | GOVERNMENT_NOUNS


class _Coref:
    def __init__(self, doc: Doc, mentions: list[ActorMention]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.sent_of = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n
        self.covered = bytearray(len(doc))
        for m in mentions:
            self.covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        self.history: list[ActorMention] = []
        self.by_token: dict[int, ActorMention] = {}
        self.surnames: dict[str, ActorMention] = {}
        self.root: dict[tuple[int, int], ActorMention] = {}  # coref mention span -> its first antecedent
        self.persons: set[tuple[int, int]] = set()  # coref mention spans taking up a person ("Varga", "he")
        self.blockers = entity_blockers(doc, mentions, self.covered) + speaker_blockers(doc, self.covered)
        # "ARNHEM, the Netherlands, April 1 - ...": no antecedent
        self.dateline_end = dashed_dateline_end(opening_text(doc, DATELINE_CHARS))

    def antecedent(self, i: int, ok: Callable[[ActorMention], bool], window: int = WINDOW_SENTENCES,
                   blockers: frozenset[str] = frozenset()) -> ActorMention | None:
        """The most salient earlier mention that passes ``ok``.

        Modifiers ("Chinese supplies", "the Ukraine crisis") are never antecedents. A subject pronoun
        prefers a subject antecedent, then the same sentence, then the most recent ("While China has
        not ..., it has backed Moscow"); a definite subject noun prefers a state of its own sentence, a
        subject first, then an earlier subject ("X will ..., the government said"); a possessive or object
        pronoun takes the most recent argument ("... sent aid to Kyiv after its retreat"); an object
        pronoun never takes up its own clause's subject. An unresolved entity labelled in ``blockers`` that
        wins this ranking leaves the pronoun unresolved.
        """
        tok = self.doc[i]
        # a definite noun ("X will ..., the government said") is ranked by its own role, its sentence first
        described = tok.dep_ == "det" and tok.head.i > i and tok.head.dep_ in NOMINAL_SUBJECTS
        prefer_subject = described or tok.dep_ in NOMINAL_SUBJECTS
        # an object pronoun is not its clause's subject ("Iran would avenge it": not Iran, that is "itself")
        subj = [c.i for c in clause_subjects(tok.head)] if tok.dep_ == "dobj" else []
        if tok.lower_ in ("him", "them") and tok.dep_ in NOMINAL_SUBJECTS:  # "X would help him forge": not X
            subj = [c.i for c in clause_subjects(tok.head.head)]
        bound = {m.code for m in self.history if m.kind != BLOCKER and any(m.start <= b < m.end for b in subj)}
        owner = self.owner_subjects(tok, ok, blockers)
        best: ActorMention | None = None
        best_score = -1
        for rank, m in enumerate(reversed(self.history)):
            distance = self.sent_of[i] - self.sent_of[m.start]
            if distance > window:
                break
            if (m.rule not in blockers or self.covered[m.end - 1] if m.kind == BLOCKER else not ok(m)) \
                    or self.is_modifier(m) \
                    or m.kind == MentionKind.PLACE or m.code in bound \
                    or m.end_char <= self.dateline_end:  # a city or region is no speaker, nor is a dateline
                continue  # ("a Paris-based firm ... it", "ARNHEM, the Netherlands - Enka said it ...")
            if described:  # "In Austria, ... the government is looking": its own sentence's state, then a subject
                score = 2 * (distance == 0) + self.is_subject(m)
            elif prefer_subject:
                score = 2 * self.is_subject(m) + (distance == 0)
            else:  # "X agreed to take up the future of Y in its talks": X, its clause's subject
                score = 1 if owner and self.is_topic(m, tok) else 3
            if score > best_score:
                best, best_score = m, score
            if best_score == 3 or rank > 12:
                break
        return None if best is not None and best.kind == BLOCKER else best

    def owner_subjects(self, tok: Token, ok: Callable[[ActorMention], bool], blockers: frozenset[str]) -> list[Token]:
        """The subjects of the clause of a possessive (:func:`possessor_subjects`) an earlier candidate covers."""
        return [s for s in possessor_subjects(tok) if any(
            m.start <= s.i < m.end and (m.rule in blockers if m.kind == BLOCKER else ok(m)) for m in self.history)]

    def is_topic(self, m: ActorMention, pronoun: Token) -> bool:
        """Is the mention only the topic of a noun phrase the pronoun is not part of (:func:`topic_of`)?"""
        noun = topic_of(self.doc[m.start : m.end].root)
        return noun is not None and not noun.left_edge.i <= pronoun.i <= noun.right_edge.i

    def is_subject(self, m: ActorMention) -> bool:
        """Is the mention (or the conjunct it belongs to) the subject of its clause?"""
        return is_clause_subject(self.doc[m.start : m.end].root)

    def is_modifier(self, m: ActorMention) -> bool:
        """Does the mention only modify another noun ("Chinese supplies", "the Ukraine crisis")?"""
        return self.doc[m.end - 1].dep_ in NOUN_MODIFIERS

    def is_venue(self, m: ActorMention) -> bool:
        """Is the mention a city where something happened ("met in Addis Ababa", "talks at Camp David"),
        not a party the sides may be?"""
        last = self.doc[m.end - 1]
        return m.kind in VENUE_KINDS and last.dep_ == "pobj" and last.head.lower_ in VENUE_PREPS

    def coordinated_group(self, i: int) -> ActorMention | None:
        """A compound antecedent for 'they/their' from coordinated mentions ("Russia and China ...")."""
        for m in reversed(self.history):
            if self.sent_of[i] - self.sent_of[m.start] > 1:
                return None
            if m.kind == BLOCKER:
                continue
            root = self.doc[m.start : m.end].root
            if root.dep_ != "conj" or not root.head.i < m.start:
                continue
            head = self.by_token.get(root.head.i)
            if head is None or not self.is_subject(head):
                continue
            codes = tuple(dict.fromkeys((*(head.members or (head.code,)), *(m.members or (m.code,)))))
            if len(codes) >= 2:
                return replace(head, members=codes, code=codes[0])
        return None

    def make(self, start: int, end: int, ante: ActorMention, sector: str | None = None,
             members: tuple[str, ...] | None = None, code: str | None = None) -> ActorMention:
        span = self.doc[start:end]
        self.covered[start:end] = b"\x01" * (end - start)
        ante = self.root.get((ante.start, ante.end), ante)
        mention = ActorMention(
            text=span.text, start=start, end=end, start_char=span.start_char, end_char=span.end_char,
            code=code or ante.code, sector=sector if sector is not None else ante.sector, kind=MentionKind.COREF,
            rule=f"coref:{span.text.lower()}->{ante.text}@{ante.start}",
            members=ante.members if members is None else members, name=ante.name,
        )
        self.root[(start, end)] = ante
        if is_person(ante):
            self.persons.add((start, end))
        return mention

    def is_person(self, m: ActorMention) -> bool:
        """A person mention, or a coref mention taking one up ("Varga said ... He warned")."""
        return is_person(m) or (m.kind == MentionKind.COREF and (m.start, m.end) in self.persons)

    def is_plural(self, m: ActorMention) -> bool:
        """A mention of several; a pronoun taking one up has the pronoun's number ("them": several)."""
        plural = is_plural(m)
        if plural or m.kind != MentionKind.COREF:
            return plural
        low = m.text.lower()
        return low in PLURAL or (low not in SINGULAR and is_plural(self.root.get((m.start, m.end), m)))

    def divided_half(self, i: int, code: str, context: ActorMention) -> ActorMention:
        """"the North" (tokens ``i``, ``i + 1``) as the government of ``code``, the half of a divided
        country the earlier ``context`` mention makes it; its own root, so a pronoun after it is that half."""
        span = self.doc[i : i + 2]
        self.covered[i : i + 2] = b"\x01\x01"
        mention = ActorMention(
            text=span.text, start=i, end=i + 2, start_char=span.start_char, end_char=span.end_char, code=code,
            sector=Sector.GOV, kind=MentionKind.COREF, rule=f"divided_halves.tsv:{span.text} (after {context.text})")
        self.root[(i, i + 2)] = mention
        return mention

    def run(self) -> list[ActorMention]:
        doc = self.doc
        added: list[ActorMention] = []
        queue = iter(sorted(self.mentions + self.blockers, key=lambda m: (m.end, m.start)))
        pending = next(queue, None)
        strings = doc.vocab.strings
        rows = doc.to_array([LOWER, POS, ORTH]) if len(doc) else numpy.zeros((0, 3), dtype="uint64")
        # only a cue word or a proper noun (a known surname) can refer back: :meth:`resolve` gives None
        # for the rest, so the others are skipped (the mentions before each word are still taken in)
        cue = among_ids(rows[:, 0], CUE_ARRAY) | (rows[:, 1] == PROPN)
        for i, lower, pos, orth in zip(numpy.flatnonzero(cue).tolist(), *rows[cue].T.tolist(), strict=True):
            while pending is not None and pending.end <= i:
                self.history.append(pending)
                if pending.kind == BLOCKER:
                    pending = next(queue, None)
                    continue
                for t in range(pending.start, pending.end):
                    self.by_token[t] = pending
                if is_person(pending) and (surname := spelt_surname(doc, pending)) is not None:
                    self.surnames[surname] = pending
                    if pending.code in SURNAME_FIRST and pending.name:  # "Hu Jintao ... Hu said"
                        first = pending.name.split()[0]
                        if any(t.text == first for t in doc[pending.start : pending.end - 1]):
                            self.surnames[first] = pending
                elif is_person(pending) and (named := appositive_name(doc, pending)) is not None:
                    self.surnames.setdefault(named.text, pending)  # "the Kenyan envoy, Daniel Mwangi"
                pending = next(queue, None)
            if self.covered[i]:
                continue
            if lower not in CUE_IDS and not (pos == PROPN and strings[orth] in self.surnames):
                continue
            found = self.resolve(doc[i])
            if found is not None:
                added.append(found)
                self.history.append(found)
        return sorted(self.mentions + added, key=lambda m: m.start)

    def resolve(self, token: Token) -> ActorMention | None:
        i, low = token.i, token.lower_
        doc = self.doc
        if low in SINGULAR and token.pos_ in PRONOUN_POS and not is_expletive(token):
            organ = self.owns_state_organ(token)
            land = token.dep_ == "poss" and any(  # "its airspace", "its border posts"
                w.lemma_.lower() in TERRITORY_NOUNS for w in (token.head, *token.head.lefts) if w.i > token.i)
            ante = self.antecedent(i, lambda m: not self.is_plural(m) and not is_person(m)
                                   and not (organ and m.code in NON_STATE_CODES)
                                   and (not land or tables.is_state_code(m.code)),
                                   blockers=BLOCKER_LABELS["singular"])
            if ante is not None and tables.is_state_code(ante.code) \
                    and (office := owned_role(doc, token, self.covered)) is not None:
                return self.owned_person(i, office[0], ante, office[1])
            return self.make(i, i + 1, ante) if ante else None
        if low in PLURAL and token.pos_ in PRONOUN_POS:
            group = self.coordinated_group(i)
            if group is not None:
                return self.make(i, i + 1, group, members=group.members, code=group.code)
            owned = self.owned_subject(token)
            if owned is not None:  # "its forces killed ... as they crushed": the forces
                return self.make(i, i + 1, owned[0], sector=owned[1])
            ante = self.antecedent(i, lambda m: (is_plural(m) or m.kind == MentionKind.GROUP) and not is_person(m),
                                   blockers=BLOCKER_LABELS["plural"])
            return self.make(i, i + 1, ante) if ante else None
        if low in PERSONAL and token.pos_ in PRONOUN_POS:
            ante = self.antecedent(i, self.is_person, blockers=BLOCKER_LABELS["personal"])
            return self.make(i, i + 1, ante) if ante else None
        if token.pos_ == "PROPN" and token.text in self.surnames:
            return self.make(i, i + 1, self.surnames[token.text])
        if low == "whose":
            ante = self.relative_antecedent(token)
            return self.make(i, i + 1, ante) if ante else None
        if low in ("two", "both") and i + 1 < len(doc) and doc[i + 1].lower_ in GROUP_NOUNS:
            start = i - 1 if low == "two" and i > 0 and doc[i - 1].lower_ == "the" else i
            if low == "two" and start == i:
                return None
            return self.compound(start, i + 2, persons=doc[i + 1].lower_ in PERSON_GROUP_NOUNS,
                                 states=doc[i + 1].lower_ in STATE_GROUP_NOUNS)
        if low == "the" and i + 1 < len(doc) and not self.covered[i + 1]:
            noun = doc[i + 1].lower_
            if noun not in description_words() and not doc[i + 1].is_title:
                return None  # "the market": no description the rules below take up starts here
            if organisation_anaphor(doc[i + 1]):  # "accused the group of bias": an organisation named before
                ante = self.antecedent(i, organisation_antecedent, blockers=BLOCKER_LABELS["singular"])
                return self.make(i, i + 2, ante) if ante else None
            if i + 2 < len(doc) and doc[i + 2].lower_ == "of":
                return None
            title = definite_title(doc, i, self.covered)  # "the prime minister": the earlier-named holder
            if title is not None:
                ante = self.antecedent(i, lambda m: holds_title(m, title[1]))
                return self.make(i, title[0], ante) if ante else None
            post = definite_post(doc, i, self.covered)  # "the envoy": the envoy named before
            if post is not None:
                ante = self.antecedent(i, lambda m: holds_post(m) and self.is_person(m))
                return self.make(i, post, ante) if ante else None
            half = divided_halves().get(doc[i + 1].text)
            if half is not None and (i + 2 >= len(doc) or not doc[i + 2].text[:1].isupper()):
                ante = self.antecedent(i, lambda m: m.code in half[1])  # "... Seoul sent rice to the North"
                return self.divided_half(i, half[0], ante) if ante else None
            end = i + 2 if noun in COUNTRY_NOUNS or noun in GOVERNMENT_NOUNS else epithet_end(doc, i, self.covered)
            if end:
                ante = self.antecedent(i, lambda m: tables.is_state_code(m.code) and not is_plural(m))
                if ante is not None:
                    return self.make(i, end, ante, sector=Sector.GOV if noun in GOVERNMENT_NOUNS else None)
        return None

    def owned_person(self, start: int, end: int, state: ActorMention, role: tables.Role) -> ActorMention:
        """"its ambassador": one person of the state the pronoun takes up, whose name in apposition
        ("its ambassador, Ivan Petrov") later stands for them."""
        mention = self.make(start, end, state, sector=role.sector)
        self.persons.add((start, end))
        if (named := appositive_name(self.doc, mention)) is not None:
            self.surnames.setdefault(named.text, mention)
        return mention

    def owned_subject(self, token: Token) -> tuple[ActorMention, str] | None:
        """The subject 'they' of an adverbial or coordinated clause takes up the plural subject of the
        clause it hangs on when that is a state organ owned by a resolved pronoun ("its forces killed
        ... as they crushed"): that owner, with the organ's sector."""
        verb = token.head
        if token.dep_ not in NOMINAL_SUBJECTS or verb.dep_ not in ("advcl", "conj"):
            return None
        heads = [verb.head]
        while heads[-1].dep_ == "conj" and heads[-1].head.i != heads[-1].i:
            heads.append(heads[-1].head)
        role_of = tables.roles()
        for t in (c for h in heads for c in h.children if c.dep_ in NOMINAL_SUBJECTS and c.i < token.i):
            if t.tag_ != "NNS" or t.lower_ not in role_of:
                continue
            sector = role_of[t.lower_].sector
            owners = [m for c in t.children if c.dep_ == "poss" for m in self.history if m.start == c.i]
            if owners and sector in tables.STATE_SECTORS and owners[-1].kind != BLOCKER:
                return owners[-1], sector
        return None

    def relative_antecedent(self, token: Token) -> ActorMention | None:
        """'Kuwait, whose tankers came under attack': the actor the relative clause hangs on."""
        clause = token
        while clause.dep_ != "relcl":
            if clause.head.i == clause.i:
                return None
            clause = clause.head
        ante = self.by_token.get(clause.head.i)
        return ante if ante is not None and ante.kind != BLOCKER else None

    def owns_state_organ(self, token: Token) -> bool:
        """'its security forces', 'its government': the owner of a state organ is a state."""
        if token.lower_ != "its" or token.dep_ != "poss":
            return False
        head = token.head
        role_of = tables.roles()
        words = (head.lower_, f"{self.doc[head.i - 1].lower_} {head.lower_}" if head.i > 0 else "")
        return any(w in role_of and role_of[w].sector in tables.STATE_SECTORS for w in words)

    def compound(self, start: int, end: int, persons: bool = False, states: bool = False) -> ActorMention | None:
        """'the two nations' / 'both leaders': the two most recent distinct actors (persons for 'leaders',
        states for 'countries')."""
        codes: list[str] = []
        last: ActorMention | None = None
        for m in reversed(self.history):
            if self.sent_of[start] - self.sent_of[m.start] > WINDOW_SENTENCES + 1:
                break
            if m.kind == BLOCKER or (persons and not is_person(m)) or self.is_venue(m):
                continue
            for code in reversed(m.members or (m.code,)):
                if code not in codes and (tables.is_state_code(code) or (code in tables.BLOC_CODES and not states)):
                    codes.append(code)
                    last = last or m
            if len(codes) >= 2:
                break
        if len(codes) < 2 or last is None:
            return None
        members = (codes[1], codes[0])  # back in text order
        return replace(self.make(start, end, last, sector=Sector.GOV, members=members, code=members[0]), name=None)


def resolve_coreference(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Add coreferent mentions (kind="coref") to ``mentions``; returns a new position-sorted list."""
    if not doc.has_annotation("SENT_START"):
        return mentions
    return _Coref(doc, mentions).run()
