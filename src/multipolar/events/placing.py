"""Where a document's unnamed parties are: :class:`CountryContext` gives an unresolved party
("gunmen", "protesters") a country from a place in its clause ("near Kidal"), the dateline ("KABUL
(Reuters) -"), the only country the sentence names, or the story's dominant country;
:func:`dateline_end` finds where an opening dateline ends.
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from spacy.tokens import Doc, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.headline_places import HeadlineReader, headline_sectors, headline_state
from multipolar.events.hyphens import hyphen_joined, hyphenated_name
from multipolar.events.infinitives import infinitive_clauses
from multipolar.events.syntax import first_conjunct, prep_objects
from multipolar.nlp.entities import entities
from multipolar.nlp.labels import NOUN_ATTRIBUTES, NOUN_MODIFIERS, NOUN_POS, VERB_PATIENTS, VERBAL_POS
from multipolar.records import ActorMention, MentionKind, Sector
from multipolar.reference import is_state_code

#: Unnamed parties that operate abroad as often as at home: placed by the dateline only (unless they are
#: the government's own: ``agents.HOME_FORCES``), and naming no country of the story.
UNPLACED_SECTORS = frozenset({Sector.MIL})
#: Mentions of a place, by which an unnamed party is placed.
PLACE_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.PLACE, MentionKind.METONYM, MentionKind.DEMONYM})
#: Mentions that name a country for "the only country of the sentence" and the story's main country.
NAMED_KINDS = PLACE_KINDS | {MentionKind.ROLE, MentionKind.LEADER, MentionKind.PEOPLE, MentionKind.GROUP}
#: Entity types a place name may get from the small model ("near Kidal" is tagged NORP).
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON"})
PLACE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/party_place_preps.txt"))
#: Prepositions of what an act is aimed at: the place of their object places the act's unnamed party.
AIMED_PLACE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/aimed_place_preps.txt"))
#: Participles that place the party they modify: "Pakistan-based militants".
BASED_PARTICIPLES: frozenset[str] = read_words(data_file(__file__, "words/based_participles.txt"))
#: Nouns a country name before them makes a topic ("the Iraq war"): that name places no unnamed party.
TOPIC_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/topic_nouns.txt"))
#: Nouns of an attack: a state or nationality before one is its agent ("in the U.S. attack"), not its place.
ATTACK_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/attack_nouns.txt"))
#: Mentions that, before an attack noun, name its agent rather than its place.
AGENT_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.DEMONYM})
#: Nouns a nationality before them makes a boundary ("near the Afghan border"): no home of a party.
BOUNDARY_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/boundary_nouns.txt"))
#: Sectors of a speaker whose reported clause's unnamed forces are its own ("the army said troops ...").
SPEAKER_SECTORS = frozenset({Sector.GOV, Sector.MIL, Sector.COP})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "pcomp"})
#: Seats of international bodies: a dateline there places no unnamed party through the gazetteer.
SEAT_CITIES: frozenset[str] = read_words(data_file(__file__, "words/seat_cities.txt"))
#: Nouns of an office holder of another state ("his Pakistani counterpart"): no place of an unnamed party.
COUNTERPARTS: frozenset[str] = read_words(data_file(__file__, "words/counterparts.txt"))
#: Modifiers that say an armed party is not known ("unidentified gunmen"): no country of the context is its.
UNIDENTIFIED: frozenset[str] = read_words(data_file(__file__, "words/unidentified_modifiers.txt"))
#: Modifiers that make an unnamed party the ally of the party it is conjoined to ("and allied militiamen").
ALLIED_MODIFIERS: frozenset[str] = read_words(data_file(__file__, "words/allied_modifiers.txt"))
#: Sectors of armed parties, which an unidentified modifier makes the guide's unnamed attacker.
ARMED_SECTORS = frozenset({Sector.UAF, Sector.MIL, Sector.REB, Sector.CRM})
#: Punctuation that closes an opening dateline ("KABUL (Reuters) -", "UNITED NATIONS -", "PARIS:").
DATELINE_STOPS = frozenset({"-", "--", "(", "—", ":"})


def named_states(doc: Doc) -> list[ActorMention]:
    """The text's mentions of states as parties (not as topics, boundaries or counterparts)."""
    return [m for m in (doc._.actors or []) if m.kind in NAMED_KINDS and not m.members
            and is_state_code(m.code) and m.sector not in UNPLACED_SECTORS and not topic_name(doc, m)
            and not boundary_name(doc, m) and not counterpart(m)]


class CountryContext:
    """Where a document's unnamed parties are: places by clause, the dateline, the main country."""

    def __init__(self, doc: Doc, headlines: HeadlineReader | None = None) -> None:
        self.doc = doc
        self._headlines = headlines
        self.index: dict[int, ActorMention] = doc._.actor_index or {}
        places = [m for m in (doc._.actors or []) if m.kind in PLACE_KINDS and not m.members
                  and is_state_code(m.code) and not boundary_name(doc, m)]
        self.places = places
        self.dateline = self._dateline(doc, places)
        named = named_states(doc)
        self.named = named
        counts = Counter(m.code for m in named)
        ranked = counts.most_common(2)
        self.dominant = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    @cached_property
    def headline(self) -> str | None:
        """The one state the title names, the text's last resort (the title is read on first need)."""
        if self.named:
            return None
        if self.doc._.headline_actors is None and self._headlines is not None:
            self.doc._.headline_actors = self._headlines(self.doc)
        return headline_state(self.doc)

    @cached_property
    def headline_sectors(self) -> frozenset[str]:
        """The sectors the title gives parties of :attr:`headline` ("CONGO ARMY ...": MIL)."""
        return headline_sectors(self.doc, self.headline)

    @staticmethod
    def _dateline(doc: Doc, places: list[ActorMention]) -> str | None:
        """The place of an opening dateline: "KABUL (Reuters) -", "GOMA, Congo --", "NAJAF, Iraq (AFP) -"."""
        # not a hyphen inside a word: "the Ankara-based company", "US-backed forces", "PORT-AU-PRINCE"
        stop = next((t.i for t in doc[:14] if (t.text in DATELINE_STOPS and not hyphenated_name(t)
                                               and not hyphen_joined(t)) or t.text.startswith("--")), None)
        if stop is None or stop == 0:
            return None
        inside = [m for m in places if m.end <= stop]
        if inside:
            return inside[-1].code
        from multipolar.actors.tables import alias_entries

        aliases = alias_entries()
        # "KABUL (Reuters) -", "NEW DELHI, June 2 -", "THE HAGUE -": an upper-case place the resolver did
        # not read, of up to three words, the longest name first
        upper = [(tok.is_upper and tok.is_alpha) or hyphenated_name(tok) for tok in doc[:stop]]
        for size in (3, 2, 1):
            for i in range(stop - size + 1):
                if not all(upper[i:i + size]) or (size == 1 and len(doc[i].text) <= 2):
                    continue
                name = doc[i:i + size].text.title()
                entries = aliases.get(name, ()) or aliases.get(name.replace("The ", "the ", 1), ())
                codes = {e.code for e in entries if e.kind in PLACE_KINDS and is_state_code(e.code)}
                if len(codes) == 1:
                    return codes.pop()
        # a town no actor table names, opening the text ("LUSAKA, March 2 -", "SAO PAULO -"): the gazetteer
        lead = next((i for i, up in enumerate(upper) if not up), len(upper))
        name = doc[:min(lead, 5 if "-" in doc[:lead].text else 3)].text.title()
        if lead == 0 or len(name) <= 3 or name in SEAT_CITIES:
            return None
        from multipolar.places.gazetteer import country_of

        return country_of(name)

    def place_of(self, token: Token) -> str | None:
        """The country of a place phrase under ``token``: "in western Baghdad", "in the Iraqi city of Najaf"."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        code = self._place_code(obj)
                        if code:
                            return code
            if child.dep_ == "amod" and child.lemma_.lower() in BASED_PARTICIPLES:  # "Pakistan-based militants"
                code = next((c for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod")
                             if (c := self._place_code(g))), None)
                if code:
                    return code
        return None

    def victim_place(self, act: Token) -> str | None:
        """The place of a nominal act's of-object, where the parse hangs the act's place phrase ("the arrest
        of a journalist in Harare": the arrest was made in Zimbabwe)."""
        if act.pos_ not in NOUN_POS:
            return None
        return next((c for o in prep_objects([act], ["of"]) if (c := self.place_of(o))), None)

    def origin_of(self, verb: Token) -> str | None:
        """The country of a "from" place on ``verb``: "fired rockets at an Israeli town from Gaza"."""
        return next((c for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                     for o in p.children if o.dep_ == "pobj" if (c := self._place_code(o))), None)

    def _place_code(self, noun: Token, depth: int = 0) -> str | None:
        m = self.index.get(noun.i)
        if m is not None and m in self.places:
            return m.code
        if m is None and noun.pos_ == "PROPN":  # "near Kidal": a place no actor table names
            code = self.gazetteer_code(noun)
            if code:
                return code
        # a place phrase on the noun comes before its modifiers: "a US base near Baghdad" is in Iraq
        for c in noun.children:
            if depth < 2 and c.dep_ == "prep" and c.lower_ in ("of", "in", "near"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        code = self._place_code(g, depth + 1)
                        if code:
                            return code
        if noun.lemma_.lower() in BOUNDARY_NOUNS:
            return None  # "near the Iraqi border": either side of it
        attack = noun.lemma_.lower() in ATTACK_NOUNS or noun.lower_ in ATTACK_NOUNS
        for c in noun.children:
            m = self.index.get(c.i)
            if c.dep_ in ("amod", "compound", "nmod", "poss") and m is not None and m in self.places \
                    and not (attack and m.kind in AGENT_KINDS):  # "in the U.S. attack": its agent
                return m.code
        return None

    def gazetteer_code(self, noun: Token) -> str | None:
        """The country of the proper name ``noun`` heads in a place phrase, read in a story about the
        text's countries (the small model often tags a town as a person or a nationality)."""
        from multipolar.places.gazetteer import country_of

        ent = next((e for e in entities(self.doc) if e.start <= noun.i < e.end), None)
        if ent is not None and (ent.label_ not in PLACE_ENTITIES or (ent.label_ == "PERSON" and len(ent) > 1)):
            return None
        words = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [noun]
        name = ent.text if ent is not None else " ".join(t.text for t in words)
        return country_of(name, {m.code for m in self.named})

    @staticmethod
    def unidentified(party: Token, sector: str) -> bool:
        """Is ``party`` an armed party the text calls unknown ("unidentified gunmen", "unknown assailants",
        "unmarked jets")? The guide's unnamed attacker: null source with sector UAF, whatever the dateline,
        the clause's place or the victims' country say (only a place phrase of its own places it)."""
        return sector in ARMED_SECTORS and any(c.dep_ in NOUN_ATTRIBUTES and c.lower_ in UNIDENTIFIED
                                               for c in party.children)

    def allied_state(self, party: Token) -> str | None:
        """The state of the party an unnamed one is conjoined to as its ally: "the Chadian army and allied
        militiamen attacked rebel bases in Sudan" (Chad's, not of the place they attacked); else None."""
        if party.dep_ != "conj" or not any(c.dep_ == "amod" and c.lower_ in ALLIED_MODIFIERS for c in party.children):
            return None
        m = self.index.get(party.head.i)
        return m.code if m is not None and not m.members and is_state_code(m.code) else None

    def speaker_country(self, token: Token) -> str | None:
        """The country of the state actor that reports the clause ``token`` takes part in: "India's
        army said troops killed five militants", "gunmen killed seven soldiers, the Nigerian army said"
        (the troops, the soldiers are the speaker's)."""
        verb = token
        for _ in range(8):  # up to the reported clause: "killing seven soldiers" hangs on "ambushed"
            if verb.head.i == verb.i:
                return None
            verb = verb.head
            if verb.dep_ == "ccomp" and verb.pos_ in VERBAL_POS:
                break
        else:
            return None
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return None
        for subj in (c for c in verb.head.children if c.dep_ == "nsubj"):
            # "Chad's military command said": the speaker or the state that owns it
            for t in (subj, *(c for c in subj.children if c.dep_ in ("poss", "compound", "amod"))):
                m = self.index.get(t.i)
                if m is not None and is_state_code(m.code) and not m.members and m.sector in SPEAKER_SECTORS:
                    return m.code
        return None

    def _skipped_state(self, token: Token, skip: frozenset[int]) -> bool:
        """A country's name among the words ``skip`` leaves out: it names the other side, no place."""
        m = self.index.get(token.i)
        return token.i in skip and m is not None and m.kind == MentionKind.COUNTRY

    def country_for(self, token: Token, near_only: bool = False, named: bool = True,
                    skip: frozenset[int] = frozenset(), climb: bool = True) -> str | None:
        """The country of an unnamed party: its own place ("militants in Baghdad"), a place of its
        clause, the dateline, the only country of its sentence, the story's main country, else the one state
        its headline names (not for an unidentified attacker)
        (``near_only``: only its own or its clause's place; ``named``: countries named through roles and
        leaders count too, not only places; ``skip``: words whose mentions count for neither of the last
        two, an attacker's victims; ``climb``: the places of its clause count, not only its own)."""
        code = self.place_of(token)
        if not code and token.dep_ in NOUN_MODIFIERS:  # "government positions in northern Iraq"
            code = self.place_of(token.head)
        if code:
            return code
        tok = token
        for _ in range(6 if climb else 0):  # up the clause: the verb and the nouns the party hangs from
            head = tok.head
            if head.i == tok.i:
                break
            code = self.place_of(head)
            if code:
                return code
            if head.pos_ in VERBAL_POS:  # "abducted a worker in Kabul": the PP on the object
                # "tried to raid a French consulate in Karachi": the act the party sets out to do, its place
                acts = [head, *(c for c in infinitive_clauses(head, ("xcomp",), bare_xcomp=True) if c.i != tok.i)]
                objs = [o for v in acts for o in v.children if o.dep_ in VERB_PATIENTS and o.i != tok.i
                        and not self._skipped_state(o, skip)]  # "accused Japan": the other side's name
                # "marched on the US embassy in Manila": the place of what the act is aimed at
                objs += [o for v in acts for p in v.children if p.dep_ == "prep" and p.lower_ in AIMED_PLACE_PREPS
                         for o in p.children if o.dep_ == "pobj"]
                code = next((c for o in (*acts[1:], *objs) if (c := self.place_of(o))), None)
                if code:
                    return code
            if tok.dep_ in CLAUSE_DEPS and head.pos_ in VERBAL_POS:
                break
            tok = head
        if near_only:
            return None
        if self.dateline:
            return self.dateline
        sent = token.sent
        in_sentence = {m.code for m in (self.named if named else self.places)
                       if sent.start <= m.start < sent.end and m.start not in skip}
        if len(in_sentence) == 1:
            return next(iter(in_sentence))
        if skip:
            ranked = Counter(m.code for m in self.named if m.start not in skip).most_common(2)
            return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        return self.dominant or (self.headline if named else None)


def capital_metonym(mention: ActorMention, code: str | None = None) -> bool:
    """The mention is a city standing for the state ``code`` (default: its own), a gazetteer city of that
    state ("Madrid", "Tokyo"), not a seat of power ("the Kremlin", "the Pentagon")."""
    from multipolar.places.gazetteer import country_of

    code = mention.code if code is None else code
    return mention.kind == MentionKind.METONYM and code is not None and country_of(mention.text) == code


def counterpart(mention: ActorMention) -> bool:
    """Is the mention another state's office holder facing a party ("his Pakistani counterpart")?"""
    return mention.text.rsplit(" ", 1)[-1].lower() in COUNTERPARTS


def topic_name(doc: Doc, mention: ActorMention) -> bool:
    """A country or place name compounded on a topic noun: "the Iraq war", "the Chechnya conflict"
    (no home of a party)."""
    last = doc[mention.end - 1]
    return mention.kind in (MentionKind.COUNTRY, MentionKind.PLACE) and last.dep_ == "compound" \
        and last.head.i > last.i and last.head.lemma_.lower() in TOPIC_NOUNS


def boundary_name(doc: Doc, mention: ActorMention) -> bool:
    """A country's name or nationality modifying a boundary noun: "near the Afghan border", "the Iraqi
    frontier", "near the border with Iraq" (a party there is as often on the other side)."""
    last = doc[mention.end - 1] if mention.end > mention.start else None
    if last is None or mention.kind not in PLACE_KINDS:
        return False
    if last.dep_ in NOUN_MODIFIERS:
        return last.head.i > last.i and last.head.lemma_.lower() in BOUNDARY_NOUNS
    head = first_conjunct(last)
    return head.dep_ == "pobj" and head.head.lower_ in ("with", "between") \
        and head.head.head.lemma_.lower() in BOUNDARY_NOUNS


def dateline_end(doc: Doc) -> int:
    """The index of the first word after an upper-case opening dateline and its punctuation
    ("UNITED NATIONS - ...", "AP - ...", "KABUL (Reuters) - ..."), else 0."""
    if len(doc) < 2 or not (doc[0].is_alpha and len(doc[0]) > 1):
        return 0
    if not doc[0].is_upper and not (doc[0].is_title and doc[1].text in ("-", "--", "—")
                                    and 0 not in (doc._.actor_index or {})):
        return 0  # "Reuters - ": a one-word dateline (not an actor: "Iran - a country of ... - said")
    for tok in doc[:8]:
        if hyphen_joined(tok) or hyphenated_name(tok):
            continue  # "NATO-led troops", "US-backed forces", "PORT-AU-PRINCE": a compound word, no dateline
        if tok.text in DATELINE_STOPS or tok.text.startswith("--"):
            end = tok.i
            if tok.text == "(":  # "(Reuters)", "(AFP)": the agency belongs to the dateline
                end = next((t.i for t in doc[tok.i:tok.i + 8] if t.text == ")"), tok.i)
            while end < len(doc) and (doc[end].is_punct or doc[end].text.startswith("--")):
                end += 1
            return end
        if tok.is_alpha and not tok.is_upper and tok.i > 0 and tok.nbor(-1).text != ",":
            return 0  # running text, not a dateline ("US troops ...")
    return 0
