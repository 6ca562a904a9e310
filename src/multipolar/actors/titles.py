"""Later mentions of a person (:mod:`coref`). Definite titles of office ("the president", "the prime
minister", "the king"): after a first mention by name, news names a leader by the title alone; the title
takes up the earlier-named holder of that title, not the country its own sentence happens to name ("The
president criticised Israel"). A name in apposition to a role ("the Kenyan envoy, Daniel Mwangi"; "Juan
Perez, a Chilean diplomat") is the role's person, whose surname later stands for it ("Mwangi said")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from multipolar.actors import tables
from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import OWNER_ENTITIES
from multipolar.records import ActorMention, MentionKind

#: Offices a bare title may stand for only by its own title word: "the king" is no president.
TITLED_OFFICES = frozenset({"HOS"})
#: Titles of envoys posted abroad ("ambassador", "envoy"): "the envoy" takes up the envoy named before.
POSTED_TITLES: frozenset[str] = read_words(data_file(__file__, "words/posted_titles.txt"))


def definite_title(doc: Doc, i: int, covered: bytearray) -> tuple[int, tables.Role] | None:
    """The title of office after "the" at ``i`` ("the prime minister", "the foreign minister"): its end
    and role, when no actor covers it, no name follows it ("the president Hosni ...") and no of-phrase
    names its office ("the president of the World Bank"); else None."""
    roles = tables.hand_roles()
    for size in (3, 2, 1):
        end = i + 1 + size
        if end > len(doc) or any(covered[i + 1 : end]):
            continue
        role = roles.get(" ".join(t.lower_ for t in doc[i + 1 : end]))
        if role is None or role.office is None or not role.person:
            continue
        after = doc[end] if end < len(doc) else None
        if after is not None and (after.lower_ == "of" or after.pos_ == "PROPN" or (after.tag_ == "POS"
                                  and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN")):
            return None
        return end, role
    return None


def holds_title(m: ActorMention, role: tables.Role) -> bool:
    """Was the person ``m`` named with ``role``'s title ("Prime Minister Yasuhiro Nakasone"), or does a
    spell of the leaders' table give the person that title or (but for heads of state) that office?"""
    if m.kind not in (MentionKind.LEADER, MentionKind.ROLE, MentionKind.COREF) or m.members:
        return False
    if f" {role.term} " in f" {m.text.lower()} ":
        return True
    if m.kind == MentionKind.ROLE or m.name is None:
        return False
    return any(t.title == role.term or (t.office == role.office and role.office not in TITLED_OFFICES)
               for t in tables.tenures_by_leader().get(m.name, ()))


def appositive_name(doc: Doc, m: ActorMention) -> Token | None:
    """The surname of the name in apposition to the person role ``m`` ("the Kenyan envoy, Daniel Mwangi";
    "Juan Perez, a senior Chilean diplomat"): a proper noun no other word of a name follows, else None."""
    head = doc[m.start : m.end].root
    names = [c for c in head.children if c.dep_ == "appos"]
    # "its ambassador to Kuwait, Ivan Petrov": a parse may hang the name on the post
    names += [a for p in head.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
              for a in o.children if a.dep_ == "appos"]
    if head.dep_ == "appos":
        names.append(head.head)
    for name in names:
        if name.pos_ == "PROPN" and name.is_title and name.ent_type_ in ("PERSON", "") \
                and not (m.start <= name.i < m.end):
            return name
    return None


def is_plural(m: ActorMention) -> bool:
    """A mention of several: a people, a group of states, a plural role ("the ministers", "gunmen")."""
    head = m.text.lower()  # "the president of the Philippines": one person; "Group of Five countries": several
    head = head.split(" of ")[0] if tables.is_state_code(m.code) else head
    return m.kind == MentionKind.PEOPLE or bool(m.members) or (
        head.endswith(("s", "men")) and m.kind == MentionKind.ROLE)


def is_person(m: ActorMention) -> bool:
    """A mention of one person: a leader, or a singular role naming a person ("the foreign minister")."""
    if m.kind == MentionKind.LEADER:
        return True
    if m.kind != MentionKind.ROLE or is_plural(m):
        return False
    return (m.name is not None and m.name != tables.country_name(m.code)) or person_role(m.text)


def person_role(text: str) -> bool:
    """Does the phrase end in a role noun for one person ("the British foreign minister", "his
    French counterpart"), which 'he'/'she' may take up?"""
    words = text.lower().split(" of ")[0].split()  # "the president of Peru": president
    role_of = tables.hand_roles()
    for k in (3, 2, 1):
        role = role_of.get(" ".join(words[-k:])) if len(words) >= k else None
        if role is not None:
            return role.person
    return False


def spelt_surname(doc: Doc, m: ActorMention) -> str | None:
    """For a mention ending with a proper noun: the last word of the name where the mention spells it
    ("Minister Tomas Varga of Hungary": Varga), else that proper noun; None if the word names the place or
    body a role belongs to ("ambassador of Sweden", "foreign minister of Peru"), not a person."""
    end = doc[m.end - 1]
    if end.pos_ != "PROPN":
        return None
    last = m.name.split()[-1] if m.name else ""
    word = next((t for t in doc[m.start : m.end] if t.text == last), end)
    return word.text if word.ent_type_ not in OWNER_ENTITIES else None


def placed_by_apposition(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` less a leader named by surname alone in apposition to a person of another state
    ("Mr. Karimov, the Kazakh envoy"), and less that surname's later bare mentions: the text places
    someone else of the same surname, whom :mod:`coref` gives the role's country."""
    by_root = {doc[m.start : m.end].root.i: m for m in mentions}
    dropped: set[str] = set()
    out = []
    for m in mentions:
        root = doc[m.start : m.end].root
        words = {t.text for t in doc[m.start : m.end]}
        if m.kind == MentionKind.LEADER and m.name and m.name.split()[0] not in words:  # a surname alone
            if root.text in dropped:
                continue
            near = [c.i for c in root.children if c.dep_ == "appos"] + ([root.head.i] if root.dep_ == "appos" else [])
            if any((o := by_root.get(i)) is not None and is_person(o) and o.code != m.code for i in near):
                dropped.add(root.text)
                continue
        out.append(m)
    return out


def owned_role(doc: Doc, token: Token, covered: bytearray) -> tuple[int, tables.Role] | None:
    """The title of one person that the possessive ``token`` owns ("its ambassador", "its foreign
    minister"): the title's end and role, when nothing covers it; else None."""
    head = token.head
    if token.dep_ != "poss" or head.i <= token.i or any(covered[token.i + 1 : head.i + 1]) \
            or any(t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in doc[token.i + 1 : head.i + 1]):
        return None
    roles = tables.hand_roles()
    words = [t.lower_ for t in doc[token.i + 1 : head.i + 1]]
    for k in (3, 2, 1):
        role = roles.get(" ".join(words[-k:])) if len(words) >= k else None
        if role is not None:
            return (head.i + 1, role) if role.person and role.sector in tables.STATE_SECTORS else None
    return None


def definite_post(doc: Doc, i: int, covered: bytearray) -> int | None:
    """The end of an envoy's title after "the" at ``i`` ("the envoy", "the ambassador") that names no
    post, body or person of its own ("the envoy to Kuwait", "the ambassador of Peru"); else None."""
    end = i + 2
    if end > len(doc) or covered[i + 1] or doc[i + 1].lower_ not in POSTED_TITLES:
        return None
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.lower_ in ("of", "to") or after.pos_ == "PROPN" or after.tag_ == "POS"):
        return None
    return end


def holds_post(m: ActorMention) -> bool:
    """Was the one person ``m`` named with an envoy's title ("the Kenyan envoy", "its ambassador")?"""
    return m.kind in (MentionKind.ROLE, MentionKind.COREF) and not m.members \
        and any(w in POSTED_TITLES for w in m.text.lower().split())
