"""Shared pieces of the PETRARCH dictionary readers: comments, phrases, codes, plurals."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

#: Verb particles that change a verb's meaning ("set out", "put down", "beef up").
PARTICLES: frozenset[str] = frozenset(
    {"up", "down", "out", "off", "back", "away", "forward", "aside", "ahead", "together", "apart"})
#: Prepositions that may name the target's slot.
PREPOSITIONS: frozenset[str] = frozenset({
    "about", "across", "after", "against", "along", "amid", "among", "around", "at", "before", "behind",
    "between", "beyond", "by", "despite", "during", "for", "from", "in", "inside", "into", "like", "near", "of",
    "on", "onto", "outside", "over", "since", "through", "to", "until", "via",
    "toward", "towards", "under", "upon", "with", "within", "without",
})
_IRREGULAR = {"men": "man", "women": "woman", "people": "people", "children": "child", "police": "police",
              "media": "media", "news": "news", "arms": "arm", "talks": "talk", "troops": "troop",
              "forces": "force", "crises": "crisis", "analyses": "analysis", "bases": "base",
              "hostilities": "hostilities"}  # fighting; the coder reads it as its own lemma (lemmas.tsv)


def strip_comment(line: str) -> tuple[str, str]:
    """``"WORD [010] # note"`` -> ``("WORD [010]", "note")`` (PETRARCH's ``#`` comments)."""
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def lines(text: str) -> Iterator[tuple[int, str, str]]:
    """(line number, body, comment) for every line with content, comments split off."""
    for number, raw in enumerate(text.splitlines(), start=1):
        body, comment = strip_comment(raw)
        if body.strip():
            yield number, body, comment


def phrase_words(phrase: str) -> list[str]:
    """``"CORDON_OFF_"`` -> ``["cordon", "off"]`` (underscores and blanks separate words)."""
    return [w for w in re.split(r"[_\s]+", phrase.strip().lower()) if w]


def singular(word: str) -> str:
    """A noun's singular for lemma matching ("sanctions" -> "sanction", "rallies" -> "rally")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """PETRARCH's regular plural: +S, Y -> IES, SS -> SSES."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


@dataclass
class Tally:
    """Counts of what a reader kept and skipped, by reason."""

    kept: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n

    def lines(self, title: str) -> list[str]:
        out = [f"{title}: {self.kept} kept, {sum(self.skipped.values())} skipped"]
        out += [f"  skipped {n:6d}  {reason}" for reason, n in sorted(self.skipped.items(), key=lambda x: -x[1])]
        return out
