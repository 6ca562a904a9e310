"""Reader of the PETRARCH verb dictionary (CAMEO.2.0.txt) and its mapping onto lexicon rows.

The file holds synsets (``&NAME`` + ``+member`` lines), then verb blocks: a ``--- NAME [code] ---``
header, verb lines (``VERB {irregular forms} [code]``, ``+CORDON_OFF`` multi-word verbs) and pattern
lines ``- pre-verb * post-verb [code] # verbs``. A pattern maps onto one lexicon row when its
post-verb part is at most a particle, one noun (a word, ``{MODIFIER HEAD}`` or ``&SYNSET``) and
prepositions: ``(PREP NOUN)`` as the only constraint becomes the trigger ``verb prep`` with that
object, a bare ``(PREP)`` names the target slot. Everything else is counted by reason, not forced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from multipolar.dictionaries.common import PARTICLES, PREPOSITIONS, Tally, lines, phrase_words, singular
from multipolar.reference import lookup

SOURCE = "petrarch2:CAMEO.2.0"
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]\s*$")
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")
#: Targets of a verb + object pattern without a preposition of its own ("sent aid to X").
OBJECT_TARGETS = ("dative", "to", "on", "against", "with")
#: Targets of a ``verb prep`` + object pattern ("asked X for aid", "met X for talks").
PREP_TARGETS = ("dobj", "dative", "to", "with", "against", "on")


@dataclass(frozen=True)
class Verb:
    """One verb of a block: its lemma, particle and own code (``None`` = the block's)."""

    lemma: str
    particle: str | None
    code: str | None
    line: int


@dataclass(frozen=True)
class Pattern:
    line: int
    pre: str
    post: str
    code: str
    comment: str


@dataclass
class Block:
    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(frozen=True)
class LexRow:
    """One generated lexicon row (columns of ``events/data/lexicon/README.md``)."""

    trigger: str
    objects: tuple[str, ...]
    modifiers: tuple[str, ...]
    targets: tuple[str, ...]
    cameo: str
    note: str
    provenance: str
    kind: str = "patterns"  # "patterns": verb + object or particle; "verbs": a verb alone or with a target slot
    flags: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        return self.trigger, self.objects, self.modifiers


@dataclass
class VerbDictionary:
    synsets: dict[str, list[list[str]]]
    blocks: list[Block]


def read_verbs(text: str, tally: Tally | None = None) -> VerbDictionary:
    """Parse the verb dictionary text (synsets and blocks; transformations ``~`` are counted)."""
    tally = tally or Tally()
    synsets: dict[str, list[list[str]]] = {}
    blocks: list[Block] = []
    current_synset: str | None = None
    for number, body, comment in lines(text):
        stripped = body.strip()
        header = _HEADER.match(stripped)
        if header:
            current_synset = None
            blocks.append(Block(header.group(1).lower(), header.group(2), number))
        elif stripped.startswith("&") and not blocks:
            current_synset = stripped.split()[0].rstrip("_").upper()
            synsets[current_synset] = []
        elif stripped.startswith("+") and current_synset is not None:
            synsets[current_synset].append(phrase_words(stripped[1:]))
        elif stripped.startswith("~"):
            tally.skip("verb-verb transformation (~)")
        elif stripped.startswith("-") and blocks:
            code = _CODE.search(stripped)
            if code is None:
                tally.skip("pattern without [code]")
                continue
            pre, star, post = stripped[1:code.start()].partition("*")
            if not star:
                tally.skip("pattern without *")
                continue
            blocks[-1].patterns.append(Pattern(number, pre.strip(), post.strip(), code.group(1).strip(), comment))
        elif blocks:
            verb = _read_verb(stripped, number)
            if verb is None:
                tally.skip("verb line: compound before the verb or long phrase")
            else:
                blocks[-1].verbs.append(verb)
    return VerbDictionary(synsets, blocks)


def _read_verb(body: str, number: int) -> Verb | None:
    code_match = _CODE.search(body)
    code = code_match.group(1).strip() if code_match else None
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", body).split()
    if not head:
        return None
    phrase = head[0]
    if phrase.startswith("+"):
        words = phrase_words(phrase[1:])
        if len(words) != 2 or "{}" in body.replace(" ", ""):
            return None  # "+ANGERED_BY {}" (an inflected form), "+TAKE_PART_IN"
        return Verb(words[0], words[1], code, number)
    if "+" in phrase or "_" in phrase.strip("_"):
        return None  # "WIRE_+TAP": the parser rarely sees these as one verb
    return Verb(phrase.strip("_").lower(), None, code, number)


def _primary_code(raw: str) -> str | None:
    code = raw.split(":")[0].strip()
    return code if code and code != "---" else None


def _noun(token: str, synsets: dict[str, list[list[str]]]) -> list[tuple[tuple[str, ...], tuple[str, ...]]] | str:
    """A noun item -> [(head lemmas, modifier words)] (alternatives grouped), or a skip reason."""
    words = token[1:-1].split() if token.startswith("{") else [token]
    expanded: list[list[str]] = [[]]
    for word in words:
        if word.startswith("&"):
            members = synsets.get(word.rstrip("_").upper())
            if members is None:
                return "undefined synset"
            expanded = [e + m for e in expanded for m in members]
        else:
            expanded = [e + phrase_words(word) for e in expanded]
    bare: set[str] = set()
    modified: dict[str, set[str]] = {}
    for phrase in expanded:
        if not phrase or len(phrase) > 2 or not all(re.fullmatch(r"[a-z][a-z'-]*", w) for w in phrase):
            continue
        if len(phrase) == 1:
            bare.add(singular(phrase[0]))
        else:
            modified.setdefault(singular(phrase[1]), set()).add(phrase[0])
    groups: dict[tuple[str, ...], set[str]] = {}
    for head, mods in modified.items():
        groups.setdefault(tuple(sorted(mods)), set()).add(head)
    out: list[tuple[tuple[str, ...], tuple[str, ...]]] = [(tuple(sorted(bare)), ())] if bare else []
    out += [(tuple(sorted(heads)), mods) for mods, heads in sorted(groups.items())]
    return out or "noun phrase of three or more words"


def map_pattern(pattern: Pattern, synsets: dict[str, list[list[str]]]) -> tuple[list[tuple], str | None]:
    """A pattern -> ([(particle, objects, modifier, targets)], None) or ([], skip reason)."""
    if pattern.pre:
        return [], "constraint before the verb (subject words)"
    if any(mark in pattern.post.split() for mark in ("$", "+", "%", "^")) or "$" in pattern.post:
        return [], "source/target markers ($ + % ^)"
    particle: str | None = None
    nouns: list[tuple[tuple[str, ...], tuple[str, ...]]] | None = None
    prep_obj: tuple[list[str], list[tuple[tuple[str, ...], tuple[str, ...]]]] | None = None
    targets: list[str] = []
    for token in _TOKEN.findall(pattern.post):
        low = token.lower()
        if token.startswith("("):
            inner = token[1:-1].split(None, 1)
            if not inner:
                return [], "empty prepositional phrase"
            preps = inner[0].lower().split("/")
            if not all(p in PREPOSITIONS for p in preps):
                return [], "unknown preposition"
            if len(inner) == 1:
                targets += preps
                continue
            if nouns is not None or prep_obj is not None or particle is not None:
                return [], "more than one constraint after the verb"
            found = _noun(inner[1].strip(), synsets)
            if isinstance(found, str):
                return [], found
            prep_obj = (preps, found)
        elif low in PARTICLES and nouns is None and prep_obj is None and particle is None:
            particle = low
        elif low in PREPOSITIONS and nouns is None and prep_obj is None and not targets:
            targets.append(low)
        else:
            if nouns is not None or prep_obj is not None or targets:
                return [], "more than one constraint after the verb"
            found = _noun(token, synsets)
            if isinstance(found, str):
                return [], found
            nouns = found
    if prep_obj is not None:
        preps, found = prep_obj
        slots = tuple(targets) or PREP_TARGETS
        return [(p, heads, mods, slots) for p in preps for heads, mods in found], None
    if nouns is not None:
        slots = tuple(targets) or OBJECT_TARGETS
        return [(particle, heads, mods, slots) for heads, mods in nouns], None
    if targets:
        return [(particle, (), (), tuple(targets))], None
    if particle:
        return [(particle, (), (), ("dobj",))], None
    return [], "no constraint after the verb"


def _origin_verbs(pattern: Pattern, block: Block) -> list[Verb]:
    """The verbs a pattern was written for (its comment), else every verb of the block."""
    named = {w.lower() for w in re.findall(r"[A-Za-z]+", pattern.comment.split(" ; ")[0])}
    chosen = [v for v in block.verbs if v.lemma in named]
    return chosen or block.verbs


def lexicon_rows(dictionary: VerbDictionary, tally: Tally, scope: str = "origin") -> list[LexRow]:
    """Every pattern and coded verb that maps cleanly, as lexicon rows (conflicts dropped)."""
    rows: list[LexRow] = []
    for block in dictionary.blocks:
        for verb in block.verbs:
            code = _primary_code(verb.code or block.code)
            if code is None:
                continue
            if not _known(code):
                tally.skip("unknown CAMEO code")
                continue
            trigger = verb.lemma + (f" {verb.particle}" if verb.particle else "")
            rows.append(LexRow(trigger, (), (), ("dobj",), code, f"{block.name}: {trigger}",
                               f"{SOURCE}:{verb.line}", "verbs"))
        for pattern in block.patterns:
            code = _primary_code(pattern.code)
            if code is None:
                tally.skip("null code (---) or no primary code")
                continue
            if not _known(code):
                tally.skip("unknown CAMEO code")
                continue
            mapped, reason = map_pattern(pattern, dictionary.synsets)
            if reason:
                tally.skip(reason)
                continue
            verbs = _origin_verbs(pattern, block) if scope == "origin" else block.verbs
            for verb in verbs:
                for particle, objects, modifiers, targets in mapped:
                    if verb.particle and particle and verb.particle != particle:
                        continue
                    part = verb.particle or particle
                    trigger = verb.lemma + (f" {part}" if part else "")
                    note = " ".join(f"{pattern.post}".split())
                    kind = "patterns" if objects or (particle and not verb.particle) else "verbs"
                    rows.append(LexRow(trigger, objects, modifiers, targets, code, f"{block.name}: * {note}",
                                       f"{SOURCE}:{pattern.line}", kind))
    return _without_conflicts(rows, tally)


def _known(code: str) -> bool:
    try:
        lookup(code)
    except (KeyError, ValueError):
        return False
    return True


def _without_conflicts(rows: list[LexRow], tally: Tally) -> list[LexRow]:
    """Drop duplicates (first kept) and every row of a key coded two different ways."""
    codes: dict[tuple, set[str]] = {}
    for row in rows:
        codes.setdefault(row.key, set()).add(row.cameo)
    seen: set[tuple] = set()
    out = []
    for row in rows:
        if len(codes[row.key]) > 1:
            tally.skip("same verb and object with different codes")
            continue
        if row.key in seen:
            continue
        seen.add(row.key)
        out.append(row)
    return out
