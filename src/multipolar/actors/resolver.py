"""Find actor mentions in a parsed Doc: alias and role matches (:mod:`.alias_matching`) composed in one pass.

Conventions (see ``data/README.md``): a bare country name or capital used as a metonym gets sector
``GOV``; a nationality adjective alone gets no sector; a plural demonym ("Afghans") gets ``CVL``;
nationality + role noun takes the role's sector ("Chinese troops" -> CHN MIL); a leader named while in
office gets ``GOV``, after their tenure ``ELI``.

Undated documents (no date of their own, no ``--date``) are resolved without tenure, never against
today's date: a named leader gets ``GOV`` (``ELI`` with "former" and the like), a title ("the
Russian president") gets ``GOV`` without naming the holder, and an alias shared by several leaders
reads as the one whose latest term began last.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from multipolar.actors import tables
from multipolar.actors.alias_matching import Unit, is_name_token
from multipolar.actors.coref import COUNTRY_NOUNS, GOVERNMENT_NOUNS
from multipolar.actors.disambiguate import HONORIFICS
from multipolar.actors.tables import Role
from multipolar.actors.titles import POSTED_TITLES
from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import VERBAL_POS
from multipolar.records import ActorMention, MentionKind, Sector

ELI_MODIFIERS: frozenset[str] = read_words(data_file(__file__, "words/eli_modifiers.txt"))
OPPOSITION_TITLES: frozenset[str] = read_words(data_file(__file__, "words/opposition_titles.txt"))
#: "anti-American", "pro-Syrian": a stance toward the actor named after the hyphen, who is no party.
STANCE_PREFIXES: frozenset[str] = read_words(data_file(__file__, "words/stance_prefixes.txt"))
#: "General Confederation", "Workers' Union": a capitalised role word before one is part of an organisation's name.
ORG_HEADS: frozenset[str] = read_words(data_file(__file__, "words/org_heads.txt"))
#: An armed group's government ("the Taliban government", "Houthi authorities") governs: GOV, not REB.
GOVERNING_NOUNS: frozenset[str] = GOVERNMENT_NOUNS - {"leadership"}
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: Sectors of institution metonyms that a preceding nationality re-assigns (not GOV: capitals, seats).
INSTITUTION_SECTORS = frozenset({Sector.LEG, Sector.JUD, Sector.MIL, Sector.SPY})
MAX_MODIFIERS = 3
MAX_NAME_TOKENS = 4
#: Lower-case words inside a personal name ("del", "van der", "bin"): the surname list of the same name.
NAME_PARTICLES: frozenset[str] = read_words(data_file(__file__, "words/name_particles.txt"))


UNDATED = "undated"
#: Peoples living in several states, whose community a preceding state names ("Bosnian Serbs").
DISPERSED_PEOPLES: frozenset[str] = read_words(data_file(__file__, "words/dispersed_peoples.txt"))
#: "ethnic Albanian rebels": a nationality after one names a people, not its state.
ETHNIC_MARKERS: frozenset[str] = read_words(data_file(__file__, "words/ethnic_markers.txt"))
#: Participles after "<nationality>-" naming where a thing was made ("Soviet-made tanks"): no actor.
MAKER_PARTICIPLES: frozenset[str] = read_words(data_file(__file__, "words/maker_participles.txt"))
#: Mention kinds that name the state a dispersed people lives in.
RESIDENCE_KINDS = frozenset({MentionKind.DEMONYM, MentionKind.COUNTRY, MentionKind.PLACE})
#: Mention kinds that name the state an envoy is posted to ("ambassador to Greece", "to Athens"); an envoy
#: to a body ("ambassador to NATO") stays apart from it: a member's voice in the body (events.speakers).
POSTS = frozenset({MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.PLACE})


def resident_people(place: ActorMention, people: ActorMention) -> ActorMention | None:
    """"Bosnian Serbs", "Kosovo Albanians": the community of a dispersed people in the state named
    right before it, as one mention (CVL) of that state; None where the pair is no such phrase."""
    if people.kind != MentionKind.PEOPLE or place.kind not in RESIDENCE_KINDS or place.end != people.start \
            or people.text.lower() not in DISPERSED_PEOPLES or place.code == people.code:
        return None
    return ActorMention(
        text=f"{place.text} {people.text}", start=place.start, end=people.end, start_char=place.start_char,
        end_char=people.end_char, code=place.code, sector=Sector.CVL, kind=MentionKind.PEOPLE,
        rule=f"{place.rule} + {people.rule} (community)")


class Composer:
    """Turns units + roles into ActorMentions (one linear pass)."""

    def __init__(
        self, doc: Doc, units: list[Unit], roles: dict[int, tuple[int, Role]], date: str | None
    ) -> None:
        self.doc = doc
        self.units = units
        self.roles = roles
        # the longest title ending at a token ("Secretary-General", not "General")
        self.role_ends = {end: (start, role) for start, (end, role) in sorted(roles.items(), reverse=True)}
        self.unit_at = {u.start: u for u in units}
        self.date = date

    def mentions(self) -> list[ActorMention]:
        out: list[ActorMention] = []
        pos = 0
        for unit in self.units:
            if unit.start < pos:
                continue
            mention = self.compose(unit, pos)
            if mention is not None:
                if out and (community := resident_people(out[-1], mention)) is not None:
                    out[-1] = community
                else:
                    out.append(mention)
                pos = mention.end
        return out

    # -- composition -------------------------------------------------------------------------
    def _role_chain(self, j: int) -> tuple[int, int, list[Role]]:
        """From token j, skip a few modifiers and collect consecutive roles: (role_start, end, roles)."""
        doc = self.doc
        k = j
        while k < len(doc) and k - j <= MAX_MODIFIERS:
            if k in self.roles:
                start = k
                chain: list[Role] = []
                while k in self.roles:
                    end, role = self.roles[k]
                    if chain and doc[end - 1].pos_ in VERBAL_POS:
                        break  # "Israeli jets force a flight": the verb is no role
                    chain.append(role)
                    k = end
                if k < len(doc) and doc[k].text in ORG_HEADS and doc[k - 1].is_title:
                    return j, j, []  # "Italian General Confederation of Labour": the role word is part of a name
                return start, k, chain
            tok = doc[k]
            if k in self.unit_at or tok.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") or tok.is_punct:
                break
            k += 1  # modifiers, capitalised ones too, may be part of the role ("Air Force", "Foreign Ministry")
        return j, j, []

    def _name_after(self, k: int) -> tuple[int, Unit | None]:
        """Extend over a personal name after a title: returns (end, leader unit if the name is one)."""
        doc = self.doc
        if k in self.unit_at and self.unit_at[k].entry.kind == MentionKind.LEADER:
            unit = self.unit_at[k]
            return unit.end, unit
        end = k
        words = 0
        while end < len(doc) and words < MAX_NAME_TOKENS and self._name_part(end) and end not in self.unit_at:
            words += is_name_token(doc[end])
            end += 1
        if end < len(doc) and end in self.unit_at and self.unit_at[end].entry.kind == MentionKind.LEADER and end > k:
            unit = self.unit_at[end]
            return unit.end, unit
        return end, None

    def compose(self, unit: Unit, floor: int) -> ActorMention | None:
        doc = self.doc
        entry = unit.entry
        start, end = unit.start, unit.end
        sector = entry.sector
        kind = entry.kind
        rule = entry.rule
        name = entry.name
        code = entry.code
        leader = entry.leader if kind == MentionKind.LEADER else None
        tenure_country: str | None = None  # a nationality before the title picks that country's spells
        opposition = False
        if start > floor and doc[start - 1].lower_ in ETHNIC_MARKERS and rule.startswith("countries.tsv") \
                and kind in (MentionKind.DEMONYM, MentionKind.PEOPLE):
            # "ethnic Albanian rebels in Macedonia", "ethnic Russians": a people living outside its state; their
            # country is their place's (an unnamed party's), so no mention of the state the name sounds like
            return None
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_PREFIXES and end in self.roles:
            # "anti-American protesters", "pro-Syrian lawmakers": a stance toward the actor, not the party,
            # which stays unnamed ("anti-British protests" still name their target)
            return None

        if kind == MentionKind.LEADER:
            if self._other_person(unit):
                return None
            # titles before the name: "President Xi", "Mr Modi", "Prime Minister Narendra Modi"
            if start in self.role_ends:
                rstart, role = self.role_ends[start]
                if role.person and rstart >= floor:
                    start = rstart
                    before = self.role_ends.get(start)
                    opposition = role.sector == Sector.OPP or (before is not None and before[1].sector == Sector.OPP)
            # "opposition leader X", "presidential candidate X": out of office, whatever the tenure
            opposition = opposition or (start > floor and doc[start - 1].lower_ in OPPOSITION_TITLES)
        else:
            if kind == MentionKind.ORGANISATION and end < len(doc) and doc[end].lower_ in COUNTRY_NOUNS:
                return None  # "the European nation", "an EU country": a member state, not the organisation
            other = self._foreign_institution(unit)
            if other is not None:  # "the Canadian House of Commons": the nationality names the state
                return _mention(doc[start:other.end], code, other.entry.sector, MentionKind.METONYM,
                                f"{entry.rule} + {other.entry.rule}", name)
            j = end
            if j < len(doc) and doc[j].text in POSSESSIVE and kind != MentionKind.DEMONYM:
                j += 1
            if j < len(doc) and doc[j].text == "-":
                if j + 1 < len(doc) and doc[j + 1].lower_ in MAKER_PARTICIPLES and kind != MentionKind.ORGANISATION:
                    return None  # "Soviet-made tanks": where they were made, not whose they are
                if j + 1 < len(doc) and doc[j + 1].lower_ == "based" and kind in (
                        MentionKind.COUNTRY, MentionKind.METONYM):
                    kind, sector = MentionKind.PLACE, None  # "a London-based group": a location, no actor
                j = len(doc)  # "Russian-backed", "U.S.-led": the nationality alone
            rstart, rend, chain = self._role_chain(j) if j < len(doc) else (j, j, [])
            if chain:
                end = rend
                role = next((r for r in chain if r.sector is not None), chain[0])
                office = next((r.office for r in chain if r.office), None)
                if entry.kind in (MentionKind.ORGANISATION, MentionKind.GROUP) and (
                        entry.sector or "") in (Sector.REB, Sector.MED, Sector.CVL, Sector.JRN, Sector.BUS) and not (
                        entry.sector == Sector.REB and chain[-1].term in GOVERNING_NOUNS):
                    pass  # the group keeps its own sector ("Hamas fighters", "Taliban militants", "a KLM spokesman")
                elif role.sector is not None:
                    sector = role.sector
                kind = MentionKind.ROLE
                rule = f"{entry.rule} + role:{'/'.join(r.term for r in chain)}"
                if chain[-1].person:
                    end = self._posting(end, chain[-1])
                    nend, leader_unit = self._name_after(end)
                    if nend > end:
                        if leader_unit is not None and entry.kind == MentionKind.ORGANISATION:
                            # "UN rights chief Michelle Bachelet": a former national leader now
                            # speaks for the organisation, which keeps the code
                            name = leader_unit.entry.leader
                            rule += f" + name:{name}"
                        elif leader_unit is not None:
                            leader = leader_unit.entry.leader
                            if entry.code in _countries_of(leader):
                                tenure_country = entry.code  # "Dutch PM Mark Rutte": his Dutch spells
                            elif entry.code != "WST":
                                code = leader_unit.entry.code
                            rule += f" + {leader_unit.entry.rule}"
                            name = leader
                            opposition = role.sector == Sector.OPP
                        else:
                            name = doc[end:nend].text
                        end = nend
                    elif office and entry.code not in tables.BLOC_CODES:
                        holder = tables.office_holder(code, office, self.date, _title(chain))
                        name = holder.name if holder else None
                        sector = Sector.GOV
                        rule += f" + office:{office}@{self.date or UNDATED}"
            elif end in self.unit_at and self.unit_at[end].entry.kind == MentionKind.LEADER and (
                self.unit_at[end].entry.code == code
            ):
                leader_unit = self.unit_at[end]
                end, leader = leader_unit.end, leader_unit.entry.leader
                rule += f" + {leader_unit.entry.rule}"
            elif (group := self._described_group(j, code)) is not None:
                # "Algeria's national oil company Sonatrach": the country's own group, described
                end, sector, kind, name = group.end, group.entry.sector, group.entry.kind, group.entry.name
                rule += f" + {group.entry.rule}"
            elif code == "WST" and kind == MentionKind.DEMONYM and (end >= len(doc) or doc[end].pos_ == "PROPN"):
                return None  # "Western Europe", "Western Australia": a region, not the West
            elif kind == MentionKind.COUNTRY and start >= 2 and doc[start - 1].lower_ == "of":
                # "the president of France", "the government of Iraq"
                back = start - 2 if doc[start - 2].lower_ != "the" else start - 3
                if back >= floor and back >= 0 and back + 1 in self.role_ends:
                    rstart, role = self.role_ends[back + 1]
                    if rstart >= floor and role.sector is not None:
                        start, sector, kind = rstart, role.sector, MentionKind.ROLE
                        rule = f"{entry.rule} + role:{role.term} of"
                        if doc[back].text == "Bank" and role.term == "bank":
                            sector, rule = Sector.GOV, f"{rule} (central bank)"  # "the Bank of Japan"
                        if role.office:
                            holder = tables.office_holder(code, role.office, self.date, _title([role]))
                            name = holder.name if holder else None
                            rule += f" + office:{role.office}@{self.date or UNDATED}"
                elif (titled := self._titled_name(start - 1, floor)) is not None:
                    # "Foreign Minister Tomas Varga of Hungary": the titled person is the country's
                    start, role, name = titled
                    sector, kind = role.sector or Sector.GOV, MentionKind.ROLE
                    rule = f"{entry.rule} + role:{role.term} + name:{name} of"
        if leader is not None:
            sector, rule = self._tenure(leader, rule, tenure_country)
            if opposition:
                sector, rule = Sector.OPP, f"{rule} + opposition"
            kind = MentionKind.LEADER
            name = leader
        span = doc[start:end]
        former = any(t.lower_ in ELI_MODIFIERS for t in doc[max(floor, start - 1) : end])
        if former and sector not in (None, Sector.REB):
            sector = Sector.ELI
            if start > floor and doc[start - 1].lower_ in ELI_MODIFIERS:
                span = doc[start - 1 : end]
        return _mention(span, code, sector, kind, rule, name)

    def _posting(self, end: int, title: Role) -> int:
        """Past the post of an envoy's title when a name follows it ("Turkish Ambassador to Greece Ali
        Veli": one person of the sending state, the post no party of its own); else ``end``."""
        post = self.unit_at.get(end + 1 + (end + 1 < len(self.doc) and self.doc[end + 1].lower_ == "the"))
        if title.term not in POSTED_TITLES or end >= len(self.doc) or self.doc[end].lower_ != "to" or post is None \
                or post.entry.kind not in POSTS or post.end >= len(self.doc):
            return end
        nend, _ = self._name_after(post.end)
        return post.end if nend > post.end and self.doc[post.end].is_title else end

    def _name_part(self, i: int) -> bool:
        """A word of a personal name: a capitalised proper noun, or a particle ("van", "bin", "al" and
        its hyphen) with more of the name after it ("Jorge del Campo", "Hamad bin Khalid", "al-Sabah")."""
        doc = self.doc
        if is_name_token(doc[i]):
            return True
        if i + 1 >= len(doc) or not (doc[i].lower_ in NAME_PARTICLES or (
                doc[i].text == "-" and i > 0 and doc[i - 1].lower_ in NAME_PARTICLES)):
            return False
        nxt = doc[i + 1]
        return is_name_token(nxt) or nxt.lower_ in NAME_PARTICLES or nxt.text == "-"

    def _titled_name(self, of: int, floor: int) -> tuple[int, Role, str] | None:
        """A person's title and unlisted name right before "of" at ``of`` ("Foreign Minister Tomas Varga
        of"): (the title's start, its role, the name), else None."""
        doc, k, words = self.doc, of, 0
        while k > floor and words < MAX_NAME_TOKENS and self._name_part(k - 1) and k - 1 not in self.unit_at:
            k -= 1
            words += is_name_token(doc[k])
            if k in self.role_ends and k < of:
                break  # the title ends where the name begins
        if k == of or k not in self.role_ends:
            return None
        rstart, role = self.role_ends[k]
        return (rstart, role, doc[k:of].text) if role.person and rstart >= floor else None

    def _described_group(self, j: int, code: str) -> Unit | None:
        """A group of ``code`` named right after a few lower-case words that describe it ("national oil company")."""
        doc, k = self.doc, j
        while k < len(doc) and k - j <= MAX_MODIFIERS and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
            k += 1
        unit = self.unit_at.get(k)
        if k > j and unit is not None and unit.entry.kind == MentionKind.GROUP and unit.entry.code == code:
            return unit
        return None

    def _foreign_institution(self, unit: Unit) -> Unit | None:
        """The institution metonym right after a nationality or country when the table gives it to
        another state ("Canadian House of Commons", "Japanese Justice Department"); capitals and seats
        of government (sector GOV) and media are left alone."""
        if unit.entry.kind not in (MentionKind.DEMONYM, MentionKind.COUNTRY):
            return None
        other = self.unit_at.get(unit.end)
        if other is None or other.entry.kind != MentionKind.METONYM or other.entry.code in ("-", unit.entry.code):
            return None
        return other if other.entry.sector in INSTITUTION_SECTORS else None

    def _other_person(self, unit: Unit) -> bool:
        """A one-word leader alias inside another person's name is someone else: preceded by another
        first name ("Hunter Biden"), or followed by a surname in the same PERSON entity that is not part of
        the leader's own name ("commander Petro Kovalenko", not Gustavo Petro; "Lula Da Silva" is Lula)."""
        if unit.end - unit.start > 1:
            return False
        if unit.end < len(self.doc):
            nxt = self.doc[unit.end]
            known = (unit.entry.leader or unit.entry.name or "").lower().split()
            if (is_name_token(nxt) and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I"
                    and unit.end not in self.unit_at and nxt.lower_ not in known):
                return True
        if unit.start == 0:
            return False
        prev = self.doc[unit.start - 1]
        if prev.text in HONORIFICS:
            return False
        return is_name_token(prev) and unit.start not in self.role_ends and (unit.start - 1) not in self.unit_at

    def _tenure(self, leader: str, rule: str, country: str | None = None) -> tuple[str | None, str]:
        spells = tables.tenures_by_leader().get(leader, ())
        if country is not None:
            spells = tuple(spell for spell in spells if spell.country == country)
        if self.date is None:  # undated: the sector of the latest spell (GOV for the leaders' tables)
            latest = max(spells, key=lambda spell: spell.start, default=None)
            return (latest.sector if latest else Sector.GOV), f"{rule} [{UNDATED}: tenure not checked]"
        for spell in spells:
            if spell.covers(self.date):
                return spell.sector, f"{rule} [{spell.office} {spell.start}..{spell.end or ''}]"
        if any(spell.start <= self.date for spell in spells):
            return Sector.ELI, f"{rule} [former, {self.date}]"
        return None, f"{rule} [not yet in office, {self.date}]"


def _countries_of(leader: str | None) -> frozenset[str]:
    """The codes of a person's spells (a state and the organisation they led later)."""
    return frozenset(spell.country for spell in tables.tenures_by_leader().get(leader or "", ()))


def _title(chain: list[Role]) -> str:
    return "president" if any(r.term == "president" for r in chain) else ""


def _mention(
    span: Span, code: str, sector: str | None, kind: MentionKind, rule: str, name: str | None,
    members: tuple[str, ...] = (),
) -> ActorMention:
    return ActorMention(
        text=span.text, start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
        code=code, sector=sector, kind=kind, rule=rule, members=members, name=name,
    )
