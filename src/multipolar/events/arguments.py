"""Find the actors in a trigger's argument slots: subjects, objects, agents, prepositions, owners."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, partial

from spacy.tokens import Doc, Token

from multipolar.actors.lookup import actor_for_token, located_actor
from multipolar.datafiles import data_file, read_words
from multipolar.events.agents import (
    OPPONENTS,
    STATE_ORGANS,
    opponents_of,
    report_media,
    state_organ,
    unresolved_mention,
    word_mention,
)
from multipolar.events.headline_places import HeadlineReader
from multipolar.events.identity import stated_identity
from multipolar.events.led import leader_words
from multipolar.events.lobbies import creditor_party, lobby_party
from multipolar.events.owner_syntax import organ_modifier, relation_owner, site_modifier
from multipolar.events.placing import (
    BASED_PARTICIPLES,
    BOUNDARY_NOUNS,
    NAMED_KINDS,
    CountryContext,
    dateline_end,
)
from multipolar.events.skipped_words import BACKING_PARTICIPLES, faced_states
from multipolar.events.syntax import (
    INCLUSION_PREPS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    agent_tokens,
    content_head,
    expand,
    first_conjunct,
    prep_objects,
    resolve_relative,
    subject_tokens,
)
from multipolar.events.titles import critics, opponent_noun, state_title
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import ACTIVE_SUBJECTS, NOUN_MODIFIERS, VERBAL_POS
from multipolar.records import ActorMention, MentionKind
from multipolar.reference import is_state_code

#: Institutions many states have, read as one state's by default ("Congress": US).
DEFAULT_INSTITUTIONS: frozenset[str] = read_words(data_file(__file__, "words/default_institutions.txt"))
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
OWNER_PREPS: frozenset[str] = read_words(data_file(__file__, "words/owner_preps.txt"))
SOURCE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/source_preps.txt"))
OWNER_OR_AGENT_PREPS: frozenset[str] = read_words(data_file(__file__, "words/owner_or_agent_preps.txt"))
#: For material conflict, a place stands for its country ("attacked a base in Borno state").
PLACE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/conflict_place_preps.txt"))
#: Prepositions whose object is a place: a name the gazetteer knows stands for its country there.
LOCATIVE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/locative_preps.txt"))

ActorLookup = Callable[[Doc, Token], "ActorMention | None"]


@dataclass(frozen=True)
class Participant:
    """One actor in an event slot (a compound mention yields one participant per member)."""

    code: str | None  # None: an unresolved party whose country the context does not give
    sector: str | None
    text: str
    confidence: float
    mention: ActorMention


class Arguments:
    """Argument finder for one document (caches actor lookups)."""

    def __init__(self, doc: Doc, lookup: ActorLookup | None = None, unresolved: bool = True,
                 headlines: HeadlineReader | None = None) -> None:
        self.doc = doc
        self.unresolved = unresolved
        self.headlines = headlines
        self._context: CountryContext | None = None
        self._busy: set[int] = set()
        self.index: dict[int, ActorMention] = doc._.actor_index or {}
        # the default lookups get the index this finder holds (no doc._ read per token)
        self._lookup: ActorLookup = lookup if lookup is not None else partial(actor_for_token, index=self.index)
        self._located: ActorLookup | None = partial(located_actor, index=self.index) if lookup is None else None
        self._cache: dict[int, ActorMention | None] = {}
        self._heads: dict[int, tuple[Token, ActorMention | None]] = {}  # see :meth:`_head_mention`
        self._computing = 0  # mentions being worked out now (a finished one is final)
        self._expanded: dict[int, list[Token]] = {}  # coordinated heads of a word, relatives resolved
        self._dateline_end: int | None = None

    # -- actors ---------------------------------------------------------------------------------
    def mention(self, token: Token) -> ActorMention | None:
        """The actor mention of an argument head: covering it, or among its pre-modifiers (never a
        word of the dateline: "UNITED NATIONS - Japan, Brazil and India formed ...")."""
        if token.i in self._cache:
            return self._cache[token.i]
        self._computing += 1
        try:
            found = self._mention(token)
        finally:
            self._computing -= 1
        self._cache[token.i] = found
        return found

    def _mention(self, token: Token) -> ActorMention | None:
        if token.i < self.dateline_end:
            return None
        found = self.index.get(token.i)
        if found is None:
            candidate = self._lookup(self.doc, token)
            # Only accept mentions covering the head or inside its left modifiers, never ones in
            # post-modifying clauses ("a plan aligned with Moscow's objectives").
            if candidate is not None and (
                (token.left_edge.i <= candidate.start and candidate.end <= token.i + 1)
                or candidate.start <= token.i < candidate.end
            ):
                found = candidate
        if found is not None and found.end <= token.i and token.lemma_.lower() in STATE_ORGANS and found.code \
                and is_state_code(found.code) and not found.members:
            found = state_organ(token, found)  # "exporters urged their government": the state's organ
        if found is not None and found.kind == MentionKind.METONYM and found.text in DEFAULT_INSTITUTIONS:
            found = self._home_institution(token, found)
        if found is not None and found.start < token.i and relation_owner(token, found):
            found = None  # "a key U.S. ally" is another party
        if token.lemma_.lower() in BOUNDARY_NOUNS:  # "its border with Belarus": the neighbour, not the owner
            found = self._neighbour(token) or found
        if found is not None and found.start < token.i and token.lemma_.lower() in OPPONENTS:
            found = opponents_of(token, found)  # "the government and its foes": not the government
        if found is None and opponent_noun(token) and token.i not in self._busy \
                and token.dep_ not in MODIFIER_DEPS and not any(c_dep == "poss" for c, c_dep in dependents(token)):
            found = self._opponents(token)  # "critics of the president": the opposition, not him
        if found is None and self._located is not None:  # "police in Kenya"
            found = self._located(self.doc, token)
        if found is None:  # "people believed to be North Koreans"; "the NATO-led force"
            found = next((x for x in (self.mention(t) for t in (*stated_identity(token), *leader_words(token))) if x),
                         None)
        if found is None and self.unresolved and token.dep_ not in MODIFIER_DEPS:
            found = creditor_party(token)  # "Peru and its creditors": business of no one country
        if found is None and self.unresolved and (token.dep_ == "poss" or token.dep_ not in MODIFIER_DEPS
                                                   or organ_modifier(token) or site_modifier(token)) \
                and token.i not in self._busy:
            # "gunmen", "protesters": an argument head naming a party without a resolved actor (never a
            # modifier: "a cruise-missile attack"); "slammed the prime minister": the story's country's.
            # Never one a resolved owner names ("a bombing by IS"): that (costlier) test comes last.
            party = unresolved_mention(token, self.context) or state_title(token, self.context)
            if party is not None and not self._owned(token):
                found = party
        if found is None and self.unresolved and token.lemma_.lower() in REPORT_NOUNS:
            found = report_media(token, self.context)  # "denied press reports": the story country's media
        if found is None and self.unresolved and token.dep_ in ("nsubj", "pobj") and token.i not in self._busy:
            self._busy.add(token.i)  # "manufacturers asked the administration": their state's business
            try:
                found = lobby_party(token, self.mention)
            finally:
                self._busy.discard(token.i)
        return found

    def _neighbour(self, border: Token) -> ActorMention | None:
        """The party named in a border noun's ``with`` phrase ("the border with Iraq"), also where the
        model hung the phrase right after the noun on the verb ("moved troops to its frontier with X")."""
        after = [border.doc[border.i + 1]] if border.i + 1 < len(border.doc) else []
        for prep in (*border.rights, *after):
            if prep.dep_ == "prep" and prep.lower_ == "with":
                m = next((x for x in (self.mention(g) for g, g_dep in dependents(prep) if g_dep == "pobj") if x), None)
                if m is not None:
                    return m
        return None

    def _home_institution(self, token: Token, mention: ActorMention) -> ActorMention:
        """An institution read as one state's by default ("Congress") in a story naming one other
        state only, and not the default one: that state's ("Philippine President Arroyo urged Congress");
        never the state its own act is aimed at ("the Senate voted to cut aid to Panama")."""
        faced = faced_states(token, self.index)
        codes = {m.code for m in self.doc._.actors or [] if m.kind in NAMED_KINDS and is_state_code(m.code)
                 and m.text not in DEFAULT_INSTITUTIONS and m.start not in faced}
        if self.context.dateline:
            codes.add(self.context.dateline)
        if len(codes) == 1 and mention.code not in codes:
            return replace(mention, code=codes.pop())
        return mention

    def _opponents(self, noun: Token) -> ActorMention | None:
        """"Critics of the president": the opposition (the lookup of the of-phrase keeps the noun busy)."""
        self._busy.add(noun.i)
        try:
            owners = [(obj, m) for obj in prep_objects([noun], ["of"]) if (m := self.mention(obj)) is not None]
        finally:
            self._busy.discard(noun.i)
        return critics(noun, owners, self.context)

    @property
    def dateline_end(self) -> int:
        if self._dateline_end is None:
            self._dateline_end = dateline_end(self.doc)
        return self._dateline_end

    def _owned(self, noun: Token) -> bool:
        """A resolved actor owns the noun through a post-modifier ("a group linked to X" aside):
        "a bombing by the Islamic State group", "the minister of Jordan", "missiles fired by Israel"."""
        self._busy.add(noun.i)  # owners may lead back to the noun (appositions, conjuncts)
        try:
            found = self.nested(noun, OWNER_OR_AGENT_PREPS, 1.0)
            for child, child_dep in dependents(noun):
                if child_dep == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in BACKING_PARTICIPLES:
                    found += self.participants(agent_tokens(child))  # not "rebels backed by Uganda": a backer
        finally:
            self._busy.discard(noun.i)
        return any(p.code is not None and p.mention.kind != MentionKind.UNRESOLVED for p in found)

    @cached_property
    def only_state(self) -> str | None:
        """The one state the document's actors name ("Sharon will meet settler leaders"), else None."""
        codes = {c for m in (self.doc._.actors or []) for c in (m.members or (m.code,)) if c and is_state_code(c)}
        return next(iter(codes)) if len(codes) == 1 else None

    @property
    def context(self) -> CountryContext:
        if self._context is None:
            self._context = CountryContext(self.doc, self.headlines)
        return self._context

    def participants(self, tokens: Iterable[Token], confidence: float = 1.0) -> list[Participant]:
        """Actors of argument heads, coordinated heads expanded, compound members expanded."""
        return list(self.iter_participants(tokens, confidence))

    def iter_participants(self, tokens: Iterable[Token], confidence: float = 1.0) -> Iterator[Participant]:
        """:meth:`participants` one at a time, in the same order (a caller may stop at the first it wants)."""
        seen: set[tuple[str, int]] = set()
        for tok in tokens:
            if (heads := self._expanded.get(tok.i)) is None:  # the parse's, read once per word
                heads = self._expanded[tok.i] = [resolve_relative(h) for h in expand(tok)]
            for head in heads:
                head, m = self._head_mention(head)
                if m is None:
                    continue
                conf = confidence * (0.7 / 0.9 if m.kind == MentionKind.COREF else 1.0)
                codes = m.members or (m.code,)
                sector = self._shared_head_sector(head, m) or m.sector
                for code in codes:
                    key = (code, m.start)
                    if key not in seen:
                        seen.add(key)
                        yield Participant(code or None, sector, m.text, min(conf, 1.0), m)
                for owner in self._shared_role(head, m):  # "leaders of Egypt, Jordan and Syria"
                    key = (owner.code, owner.start)
                    if key not in seen:
                        seen.add(key)
                        yield Participant(owner.code or None, m.sector or owner.sector, owner.text,
                                          min(conf, 1.0), owner)

    def _head_mention(self, head: Token) -> tuple[Token, ActorMention | None]:
        """The mention an argument head names, itself or through a nearby word; kept per head once no
        mention is being worked out (the mentions it read are then final, so it reads the same again)."""
        if (known := self._heads.get(head.i)) is not None:
            return known
        free = self._computing == 0
        m = self.mention(head)
        if m is None and head.dep_ == "appos":  # "the government, a number of ..."
            m = self.mention(head.head)
        if m is None:  # "regional rival Japan's Prime Minister Abe"
            m = next((x for x in (self.mention(c) for c in head.rights if c.dep_ == "appos") if x), None)
        if m is None and head.dep_ == "amod" and head.tag_ == "VBN":  # "a US-led invasion"
            m = next((x for x in (self.mention(c) for c in head.lefts if c.dep_ in ("npadvmod", "compound"))
                      if x), None)
        if m is None:  # "Pakistan-based groups": the place a party is based in
            m = next((x for b in head.lefts if b.dep_ == "amod" and b.lemma_.lower() in BASED_PARTICIPLES
                      for x in (self.mention(c) for c in b.lefts if c.dep_ in ("npadvmod", "compound")) if x),
                     None)
        if m is None and content_head(head).i != head.i:  # "met a group of farm leaders"
            m = self.mention(content_head(head))
        if m is None and head.dep_ == "pobj" and head.head.lower_ in INCLUSION_PREPS:
            m = next((x for x in (self.mention(c) for c in head.lefts if c.dep_ in MODIFIER_DEPS)
                      if x and x.code), None)  # "including two Dutch soldiers": their nationality
        if free:
            self._heads[head.i] = (head, m)
        return head, m

    def _shared_head_sector(self, head: Token, m: ActorMention) -> str | None:
        """The sector of a nationality word or country name coordinated on a role noun: "Israeli" in
        "Israeli and Syrian negotiators" and "US" in "US and British troops" are of the role's sector."""
        if m.kind not in (MentionKind.DEMONYM, MentionKind.COUNTRY):
            return None
        first = first_conjunct(head)
        if first.dep_ not in NOUN_MODIFIERS or first.head.i == first.i:
            return None
        shared = self.index.get(first.head.i)
        return shared.sector if shared is not None and shared.kind == MentionKind.ROLE else None

    def _shared_role(self, head: Token, m: ActorMention) -> list[ActorMention]:
        """The other owners of a role phrase whose owner is coordinated: "the foreign ministers of
        Egypt and Jordan" are Egypt's and Jordan's (the mention covers the first owner only)."""
        out: list[ActorMention] = []
        for prep, prep_dep in dependents(head):
            if prep_dep != "prep" or prep.lower_ != "of":
                continue
            for obj, obj_dep in dependents(prep):
                if obj_dep != "pobj" or not (m.start <= obj.i < m.end):
                    continue
                for c in obj.conjuncts:
                    other = self.mention(c)
                    if other is not None and other.code and other.code != m.code:
                        out.append(other)
        return out

    def places(self, tokens: Iterable[Token], confidence: float) -> list[Participant]:
        """Actors of place phrases ("in Nablus"), else the countries the gazetteer gives for proper
        names no actor table knows ("near Kidal"); a border names no side ("near the Afghan border")."""
        tokens = [t for t in tokens if t.lemma_.lower() not in BOUNDARY_NOUNS]
        found = self.participants(tokens, confidence)
        if found:
            return found
        for tok in tokens:
            code = self.context.gazetteer_code(tok) if tok.pos_ == "PROPN" and tok.i not in self.index else None
            if code:
                place = word_mention(tok, code, None, MentionKind.PLACE, "gazetteer")
                found.append(Participant(code, None, tok.text, confidence, place))
        return found

    def party_or_owners(self, noun: Token, confidence: float, exclude: Token | None = None) -> list[Participant]:
        """The actor a noun names, else the actors that own it ("the US decision": the US)."""
        return self.participants([noun], confidence) or self.owners(noun, exclude=exclude, confidence=confidence)

    def owners(self, noun: Token, exclude: Token | None = None, confidence: float = 0.7) -> list[Participant]:
        """Actors that own a non-actor noun: "Western sanctions", "X's request", "the plan X proposed";
        none for a noun of a relation ("a U.S. ally" is another party)."""
        mods = [c for c, c_dep in dependents(noun) if c_dep in MODIFIER_DEPS and c.i < noun.i]
        found = self.participants(mods, confidence)
        if found and all(relation_owner(noun, p.mention) for p in found):
            return []  # "a key U.S. ally"
        if found:
            return found
        for child, child_dep in dependents(noun):
            if child_dep == "acl" and child.tag_ == "VBN" and (exclude is None or child.i != exclude.i):
                agents = agent_tokens(child)
                if agents:
                    return self.participants(agents, confidence)
            if child_dep == "acl" and child.lemma_.lower() == "belong":  # "ships belonging to Iran"
                return self.participants(prep_objects([child], ("to",)), confidence)
            if child_dep == "relcl" and (exclude is None or child.i != exclude.i):  # "the plan X proposed"
                subj = [c for c, c_dep in dependents(child)
                        if c_dep in ACTIVE_SUBJECTS and c.lower_ not in RELATIVE_PRONOUNS]
                if subj:
                    return self.participants(subj, confidence)
        head = noun.head
        # a participle describing the noun: "rescued hostages held by X" are not the rescuers'
        described = exclude is not None and exclude.dep_ == "acl" and exclude.tag_ == "VBN" and exclude.head.i == noun.i
        if noun.dep_ == "dobj" and (exclude is None or head.i != exclude.i) and head.pos_ in VERBAL_POS \
                and not described:
            return self.participants(subject_tokens(head), confidence)  # "Beijing proposed a plan"
        if noun.dep_ == "nsubjpass" and (exclude is None or head.i != exclude.i):
            return self.participants(agent_tokens(head), confidence)
        # relational post-modifiers: "relations with India", "the minister of foreign affairs of Jordan"
        return self.nested(noun, OWNER_PREPS, confidence)

    def nested(self, noun: Token, preps: frozenset[str], confidence: float, depth: int = 0,
               gazetteer: bool = False) -> list[Participant]:
        """The first actor down a chain of post-modifying prepositions (``of``; with ``in``/``near``
        for places: "a base in Borno state", "the enclave of Ghouta near Damascus"; ``gazetteer``: a
        place name no actor table knows counts too, "positions near Kidal")."""
        if depth > 4:
            return []
        for child in noun.rights:
            if child.dep_ in ("prep", "appos") and (child.dep_ == "appos" or child.lower_ in preps):
                heads = [child] if child.dep_ == "appos" else [g for g, g_dep in dependents(child) if g_dep == "pobj"]
                for h in [h for g in heads for h in (g, *g.conjuncts)]:  # "... for Culture and Education of X"
                    located = gazetteer and child.lower_ in LOCATIVE_PREPS  # "near Kidal", not "of Kerry"
                    if located and h.lemma_.lower() in BOUNDARY_NOUNS:
                        continue  # "a village near the Syrian frontier": either side of it
                    found = self.places([h], confidence) if located else self.participants([h], confidence)
                    if not found:
                        mods = [c for c in h.lefts if c.dep_ in MODIFIER_DEPS]
                        found = self.participants(mods, confidence)
                    found = found or self.nested(h, preps, confidence, depth + 1, gazetteer)
                    if found:
                        return found
        return []

