"""The event lexicon: trigger entries, light verbs and complement maps, loaded once from data/."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache
from pathlib import Path

from multipolar.build_cache import load_or_build
from multipolar.datafiles import DataFileError, Row, data_file, parse_table, read_table, read_words
from multipolar.imported import IMPORTED_DIR, imported_table_enabled
from multipolar.reference import CameoRoot, lookup

#: Default locations of the tables (a pipeline may name others in the component's config).
LEXICON_DIR = data_file(__file__, "lexicon")
LIGHT_VERBS = data_file(__file__, "light_verbs.tsv")
COMPLEMENTS = data_file(__file__, "complements.tsv")
LEMMAS = data_file(__file__, "lemmas.tsv")
SPLIT_LEMMAS = data_file(__file__, "split_lemmas.tsv")
#: The 9th column, ``provenance``, is optional (generated rows: "petrarch2:CAMEO.2.0:6757").
LEXICON_COLUMNS = ("trigger", "pos", "object", "modifier", "target", "cameo", "flags", "note", "provenance")
REQUIRED_COLUMNS = 8


class TriggerPos(StrEnum):
    """The word class a lexicon entry's trigger is matched as (the ``pos`` column)."""

    VERB = "V"
    NOUN = "N"


class LexFlag(StrEnum):
    """Flags of a lexicon entry (data/lexicon/README.md); a misspelt flag is a load error."""

    RECIP = "recip"  # coordinated participants act on each other
    TSUBJ = "tsubj"  # nominal: the possessive/modifier actor is the target; verb: the subject ("stood trial")
    WEAK = "weak"  # a statement coded only when nothing else in the sentence is, and only with a target
    NEEDTARGET = "needtarget"  # no event without a target or reciprocal partner
    NEEDLIGHT = "needlight"  # nominal coded only under a light verb
    NOPRED = "nopred"  # not with a predicative complement ("called it dangerous")
    NOVERDICT = "noverdict"  # not with a verdict on its object: "considers the pact void", "the offer to be a ploy"
    OWNTARGET = "owntarget"  # no target named: the source's own government ("the king abdicated": KHM -> KHM)
    OFAGENT = "ofagent"  # nominal: an of-phrase names the agent ("the incursion of a Chinese submarine")
    NAMEDAGENT = "namedagent"  # an unnamed agent is implied only for a political victim ("the murder of a journalist")
    NONEVENT = "nonevent"  # a sense that is no event ("heart attack"): wins as the more specific entry, codes nothing
    CUED = "cued"  # a gathering is a protest only with a protest cue ("protesters gathered", "gathered to demand")
    KEEPOBJ = "keepobj"  # the required object is coded too: "crushed an Iranian attack" (the attack is an event)
    ARMED = "armed"  # an act only of an armed party: "troops entered the town" (not "Britain entered the EC")
    NEEDINF = "needinf"  # only with a to-infinitive on the verb or its object: "gave Japan six weeks to act"
    JUDGED = "judged"  # only with a judging predicative word, whose code it takes: "called the move reckless"
    TRANSITIVE = "transitive"  # only with a direct object or as a passive: "returned the islands", not "returned home"
    INTRANSITIVE = "intransitive"  # only with no direct object, active: "the minister quit", not "quit the talks"
    MANDATE = "mandate"  # only with a mandative that-clause: "suggested that Britain (should) join" is an appeal
    PARTNERED = "partnered"  # only with an actor in one of its target prepositions: "drills with India's navy"


class ComplementClass(StrEnum):
    """What a complement-taking verb makes of the event it embeds (data/complements.tsv)."""

    THREAT = "threat"
    INTENT = "intent"
    REFUSE = "refuse"
    APPEAL = "appeal"
    DEMAND = "demand"
    ORDER = "order"  # a command to one's own forces or officials: the ordered act is the orderer's side's act
    CLAIM = "claim"
    NEGATE = "negate"  # the embedded event did not happen ("refrained from", "failed to")
    HYPOTHETICAL = "hypothetical"  # not (yet) real ("considered")
    FAILURE = "failure"  # a map only: what a failed joint act is ("failed to reach a deal": a rejection)
    RESTRAINT = "restraint"  # a map only: what an announced "will not" of a sanction is ("will not curb Y")


class LightRole(StrEnum):
    """Whose act a light verb's nominal is: the verb's subject is its source or its target."""

    AGENT = "agent"
    RECIPIENT = "recipient"


#: Modal auxiliaries that make an event hypothetical.
HYPOTHETICAL_AUX: frozenset[str] = read_words(data_file(__file__, "words/hypothetical_aux.txt"))
#: Auxiliaries of the future: intent when the clause is otherwise factual.
FUTURE_AUX: frozenset[str] = read_words(data_file(__file__, "words/future_aux.txt"))
#: Speech/report verbs: "X said it would Y" reports X's intent.
SPEECH_VERBS: frozenset[str] = read_words(data_file(__file__, "words/speech_verbs.txt"))
#: Negating words attached to a verb (``neg``) or a noun (``det``).
NEGATORS: frozenset[str] = read_words(data_file(__file__, "words/negators.txt"))
#: Linking verbs of a judged predicate ("was reckless", "remains dangerous").
JUDGING_COPULAS: frozenset[str] = read_words(data_file(__file__, "words/judging_copulas.txt"))


@dataclass(frozen=True)
class LexEntry:
    """One trigger pattern (see data/lexicon/README.md)."""

    trigger: str  # lemma of the trigger word
    pos: TriggerPos
    particle: str | None
    objects: tuple[str, ...]  # in file order (the first names the rule)
    modifiers: tuple[str, ...]
    targets: tuple[str, ...]
    cameo: str
    flags: frozenset[LexFlag]
    note: str
    source_file: str
    line: int
    provenance: str = ""  # where an imported row came from; "" = hand-written

    @cached_property
    def specificity(self) -> int:
        return (bool(self.objects) + bool(self.modifiers) + bool(self.particle) + (LexFlag.JUDGED in self.flags)
                + (LexFlag.PARTNERED in self.flags))

    @cached_property
    def rule(self) -> str:
        """A compact rule name such as ``verb:extend+support>to=051`` (worked out once per entry)."""
        kind = "verb" if self.pos == TriggerPos.VERB else "noun"
        name = self.trigger + (f"_{self.particle}" if self.particle else "")
        if self.objects:
            name += "+" + self.objects[0]
        if self.modifiers:
            name += "[" + self.modifiers[0] + "]"
        if self.targets:
            name += ">" + self.targets[0]
        return f"{kind}:{name}={self.cameo}"


#: Roots of violence (assault, fight, mass violence).
VIOLENCE_ROOTS = frozenset({CameoRoot.ASSAULT, CameoRoot.FIGHT, CameoRoot.MASS_VIOLENCE})
#: The bare threat code ("threatened Y"), before a named measure makes it specific (1312 sanctions).
THREAT = "130"


@dataclass(frozen=True)
class Lexicon:
    """Every table the coder needs, indexed for constant-time lookup by lemma."""

    verbs: dict[str, tuple[LexEntry, ...]]
    nouns: dict[str, tuple[LexEntry, ...]]
    light_verbs: dict[str, tuple[LightRole, str | None]]  # lemma -> (role, preposition)
    complement_verbs: dict[str, ComplementClass]  # lemma -> class
    complement_maps: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> prefix -> code
    complement_nouns: dict[str, ComplementClass] = field(default_factory=dict)  # "a pledge to", "a threat to"
    lemma_fixes: dict[str, str] = field(default_factory=dict)  # lower-cased form -> lemma (data/lemmas.tsv)
    #: (first word, lemma) -> the lemma of the two as one verb ("tear" + "gas": "teargas"; data/split_lemmas.tsv)
    split_lemmas: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def trigger_lemmas(self) -> frozenset[str]:
        return frozenset(self.verbs) | frozenset(self.nouns)

    @cached_property
    def violence_nouns(self) -> frozenset[str]:
        """Lemmas of nominal triggers of violence, roots 18-20 ("killing", "bombing"): their ``of``
        names the victim."""
        return frozenset(lemma for lemma, entries in self.nouns.items()
                         if any(e.cameo[:2] in VIOLENCE_ROOTS and LexFlag.NONEVENT not in e.flags for e in entries))

    def map_complement(self, klass: str, cameo: str) -> str | None:
        """The code a governor of class ``klass`` gives to an embedded event coded ``cameo``."""
        table = self.complement_maps.get(klass)
        if not table:
            return None
        for n in range(len(cameo), 1, -1):
            if cameo[:n] in table:
                return table[cameo[:n]]
        return table.get("*")

    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())


def _entry(row: Row, source_file: str) -> LexEntry:
    pos = row.choice("pos", TriggerPos)
    cameo_column(row, "cameo")
    words = row["trigger"].split()
    if not words:
        raise row.error("empty trigger")
    return LexEntry(
        trigger=words[0],
        pos=pos,
        particle=words[1] if len(words) > 1 else None,
        objects=row.items("object"),
        modifiers=row.items("modifier"),
        targets=tuple(t for t in row["target"].split(",") if t and t != "-"),
        cameo=row["cameo"],
        flags=row.choices("flags", LexFlag, separator=","),
        note=row["note"],
        source_file=source_file,
        line=row.line,
        provenance=row.value("provenance") or "",
    )


def cameo_column(row: Row, column: str) -> str:
    """The row's CAMEO code in ``column``, checked against the code table (a data-file error if unknown)."""
    try:
        lookup(row[column])
    except KeyError:
        raise row.error(f"unknown CAMEO code {row[column]!r}") from None
    return row[column]


def parse_entries(text: str, source_file: str) -> list[LexEntry]:
    """Parse one lexicon TSV; raises DataFileError (a ValueError) naming ``file:line`` on a malformed
    line, an unknown flag or an unknown CAMEO code."""
    rows = parse_table(text, source_file, LEXICON_COLUMNS, required=REQUIRED_COLUMNS)
    return [_entry(row, source_file) for row in rows]


def _light_verbs(path: Path) -> dict[str, tuple[LightRole, str | None]]:
    rows = read_table(path, ("lemma", "role", "prep"), header=True)
    return {row["lemma"]: (row.choice("role", LightRole), row.value("prep")) for row in rows}


def _complements(path: Path) -> tuple[dict[str, ComplementClass], dict[str, ComplementClass],
                                      dict[str, dict[str, str]]]:
    verbs: dict[str, ComplementClass] = {}
    nouns: dict[str, ComplementClass] = {}
    maps: dict[str, dict[str, str]] = {}
    for row in read_table(path, ("kind", "key", "value", "unused", "cameo"), required=3, header=True):
        if row["kind"] in ("verb", "noun"):
            (verbs if row["kind"] == "verb" else nouns)[row["key"]] = row.choice("value", ComplementClass)
        elif row["kind"] == "map":
            maps.setdefault(row.choice("key", ComplementClass), {})[row["value"]] = cameo_column(row, "cameo")
        else:
            raise row.error(f"bad kind {row['kind']!r} (verb, noun or map)")
    return verbs, nouns, maps


def _lemma_fixes(path: Path) -> dict[str, str]:
    return {row["form"]: row["lemma"] for row in read_table(path, ("form", "lemma"), header=True)}


def _split_lemmas(path: Path) -> dict[tuple[str, str], str]:
    return {(row["first"], row["lemma"]): row["joined"]
            for row in read_table(path, ("first", "lemma", "joined"), header=True)}


def load_lexicon(lexicon_dir: Path | None = None, light_verbs: Path | None = None,
                 complements: Path | None = None) -> Lexicon:
    """Read every table once per process: the trigger tables (``*.tsv`` in ``lexicon_dir``), the light
    verbs and the complement-taking verbs; None = the package's own. Generated tables in
    ``lexicon_dir/petrarch/`` are read after ours (hand rows win ties) when switched on
    (:mod:`multipolar.imported`)."""
    folder = lexicon_dir or LEXICON_DIR
    imported = folder / IMPORTED_DIR
    extra = tuple(sorted(p.name for p in imported.glob("*.tsv") if imported_table_enabled(p.name))) \
        if imported.is_dir() else ()
    return _load(folder, light_verbs or LIGHT_VERBS, complements or COMPLEMENTS, extra)


#: The name of the package's own lexicon's copy on disk (:mod:`multipolar.build_cache`).
CACHE_NAME = "lexicon"


@lru_cache(maxsize=4)
def _load(folder: Path, light_verbs: Path, complements: Path, imported: tuple[str, ...] = ()) -> Lexicon:
    """The tables, read from the saved copy where they are the package's own (named by the coder stamp,
    which covers them), else built (and then saved)."""
    def build() -> Lexicon:
        return _build(folder, light_verbs, complements, imported)

    own = (folder, light_verbs, complements) == (LEXICON_DIR, LIGHT_VERBS, COMPLEMENTS)
    return load_or_build(CACHE_NAME, (CACHE_NAME, imported), Lexicon, build) if own else build()


def _build(folder: Path, light_verbs: Path, complements: Path, imported: tuple[str, ...]) -> Lexicon:
    verbs: dict[str, list[LexEntry]] = {}
    nouns: dict[str, list[LexEntry]] = {}
    if not folder.is_dir():
        raise DataFileError(f"{folder}: no such lexicon folder")
    files = [(item.name, item) for item in sorted(folder.iterdir(), key=lambda p: p.name)]
    files += [(f"{IMPORTED_DIR}/{name}", folder / IMPORTED_DIR / name) for name in imported]
    for name, item in files:
        if not name.endswith(".tsv"):
            continue
        rows = read_table(item, LEXICON_COLUMNS, required=REQUIRED_COLUMNS)
        for entry in (_entry(row, name) for row in rows):
            (verbs if entry.pos == TriggerPos.VERB else nouns).setdefault(entry.trigger, []).append(entry)
    comp_verbs, comp_nouns, comp_maps = _complements(complements)
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        light_verbs=_light_verbs(light_verbs),
        complement_verbs=comp_verbs,
        complement_maps=comp_maps,
        complement_nouns=comp_nouns,
        lemma_fixes=_lemma_fixes(LEMMAS),
        split_lemmas=_split_lemmas(SPLIT_LEMMAS),
    )

