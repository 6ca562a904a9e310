"""The event lexicon: trigger entries, light verbs and complement maps, loaded once from data/."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from multipolar.events.ontology import lookup
from multipolar.imported import IMPORTED_DIR, imported_table_enabled

#: Modal auxiliaries that make an event hypothetical.
HYPOTHETICAL_AUX: frozenset[str] = frozenset({"could", "might", "may", "should", "can", "must"})
#: Auxiliaries of the future: intent when the clause is otherwise factual.
FUTURE_AUX: frozenset[str] = frozenset({"will", "shall", "'ll", "wo"})
#: Speech/report verbs: "X said it would Y" reports X's intent.
SPEECH_VERBS: frozenset[str] = frozenset(
    {"say", "announce", "state", "declare", "tell", "add", "report", "note", "insist", "indicate",
     "confirm", "claim", "stress", "affirm", "assert", "reiterate", "signal", "suggest"}
)
#: Negating words attached to a verb (``neg``) or a noun (``det``).
NEGATORS: frozenset[str] = frozenset({"not", "n't", "never", "no", "neither", "nor"})


@dataclass(frozen=True)
class LexEntry:
    """One trigger pattern (see data/lexicon/README.md)."""

    trigger: str  # lemma of the trigger word
    pos: str  # "V" or "N"
    particle: str | None
    objects: tuple[str, ...]  # in file order (the first names the rule)
    modifiers: tuple[str, ...]
    targets: tuple[str, ...]
    cameo: str
    flags: frozenset[str]
    note: str
    source_file: str
    line: int
    provenance: str = ""  # where an imported row came from ("petrarch2:CAMEO.2.0:6757"); "" = hand-written

    @property
    def specificity(self) -> int:
        return bool(self.objects) + bool(self.modifiers) + bool(self.particle)

    @property
    def rule(self) -> str:
        """A compact rule name such as ``verb:extend+support>to=051``."""
        kind = "verb" if self.pos == "V" else "noun"
        name = self.trigger + (f"_{self.particle}" if self.particle else "")
        if self.objects:
            name += "+" + self.objects[0]
        if self.modifiers:
            name += "[" + self.modifiers[0] + "]"
        if self.targets:
            name += ">" + self.targets[0]
        return f"{kind}:{name}={self.cameo}"


@dataclass(frozen=True)
class Lexicon:
    """Every table the coder needs, indexed for constant-time lookup by lemma."""

    verbs: dict[str, tuple[LexEntry, ...]]
    nouns: dict[str, tuple[LexEntry, ...]]
    light_verbs: dict[str, tuple[str, str | None]]  # lemma -> (role, preposition)
    complement_verbs: dict[str, str]  # lemma -> class
    complement_maps: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> prefix -> code

    @property
    def trigger_lemmas(self) -> frozenset[str]:
        return frozenset(self.verbs) | frozenset(self.nouns)

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


def _data_text(name: str) -> str:
    return resources.files("multipolar.events").joinpath(f"data/{name}").read_text(encoding="utf-8")


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line.rstrip("\n").split("\t")


def _list(value: str) -> tuple[str, ...]:
    return () if value in ("", "-") else tuple(v.strip() for v in value.split("|") if v.strip())


def parse_entries(text: str, source_file: str) -> list[LexEntry]:
    """Parse one lexicon TSV; raises ValueError on a malformed line or an unknown CAMEO code."""
    entries: list[LexEntry] = []
    for number, cols in _rows(text):
        if len(cols) not in (8, 9):
            raise ValueError(f"{source_file}:{number}: expected 8 or 9 columns, got {len(cols)}")
        trigger, pos, obj, mod, target, cameo, flags, note = cols[:8]
        provenance = cols[8] if len(cols) == 9 and cols[8] != "-" else ""
        if pos not in ("V", "N"):
            raise ValueError(f"{source_file}:{number}: pos must be V or N")
        lookup(cameo)  # raises on unknown codes
        words = trigger.split()
        entries.append(
            LexEntry(
                trigger=words[0],
                pos=pos,
                particle=words[1] if len(words) > 1 else None,
                objects=_list(obj),
                modifiers=_list(mod),
                targets=tuple(t for t in target.split(",") if t and t != "-"),
                cameo=cameo,
                flags=frozenset(_list(flags.replace(",", "|"))),
                note=note,
                source_file=source_file,
                line=number,
                provenance=provenance,
            )
        )
    return entries


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every table once per process."""
    verbs: dict[str, list[LexEntry]] = {}
    nouns: dict[str, list[LexEntry]] = {}
    folder = resources.files("multipolar.events").joinpath("data/lexicon")
    files = [(item.name, item) for item in sorted(folder.iterdir(), key=lambda p: p.name)]
    imported = folder.joinpath(IMPORTED_DIR)  # generated tables come after ours: hand rows win ties
    files += [(f"{IMPORTED_DIR}/{item.name}", item) for item in sorted(imported.iterdir(), key=lambda p: p.name)
              if imported_table_enabled(item.name)] if imported.is_dir() else []
    for name, item in files:
        if not name.endswith(".tsv"):
            continue
        for entry in parse_entries(item.read_text(encoding="utf-8"), name):
            (verbs if entry.pos == "V" else nouns).setdefault(entry.trigger, []).append(entry)
    light: dict[str, tuple[str, str | None]] = {}
    for _, cols in _rows(_data_text("light_verbs.tsv")):
        if cols[0] == "lemma":
            continue
        light[cols[0]] = (cols[1], None if cols[2] == "-" else cols[2])
    comp_verbs: dict[str, str] = {}
    comp_maps: dict[str, dict[str, str]] = {}
    for _, cols in _rows(_data_text("complements.tsv")):
        if cols[0] == "verb":
            comp_verbs[cols[1]] = cols[2]
        elif cols[0] == "map":
            lookup(cols[4])
            comp_maps.setdefault(cols[1], {})[cols[2]] = cols[4]
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        light_verbs=light,
        complement_verbs=comp_verbs,
        complement_maps=comp_maps,
    )
