"""``multipolar dictionaries judgments``: the judgment word table derived from VADER's sentiment lexicon.

VADER (``vaderSentiment``, MIT) rates about 7,500 words by mean valence (-4 .. +4). The event coder
reads a judged predicate ("said Y's plan was reckless", "called the move deceitful") by its word;
this module keeps the rated words that a parse can put in that slot and writes them, with their
valence, to ``events/data/vader/judgment_words.tsv`` (``NOTICE`` beside it; the coder chooses its
thresholds, and the hand word lists in ``events/data/words/`` win over the table: ``events/judged.py``).
Our own code; nothing is downloaded and the coder does not read the VADER package at run time.

A word is kept when it is alphabetic and lower case, at least :data:`MIN_LENGTH` letters, known to the
English model's vocabulary (which drops chat acronyms such as "bff"), rated at least :data:`MIN_VALENCE`
either way, and either an adjective of the model's WordNet lemma index that the parse puts as the
predicate adjective of "... the plan was W" (``ADJ``), or a noun of the index that is no adjective or
verb, parsed as the predicate noun of "... the plan was a W" (``NOUN``); a participle ("they were W by
the decision") is a feeling of its subject, not a judgment of it, and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from multipolar.dictionaries.common import Tally
from multipolar.events.judged import PredicateSlot
from multipolar.nlp.loader import word_classes

#: Words rated weaker than this either way are not kept (the coder's own thresholds are stricter).
MIN_VALENCE = 1.0
#: Shortest word kept (two-letter chat words).
MIN_LENGTH = 3
#: Our own frames that put a word in the judged-predicate slot (``{}`` = the word).
ADJ_PREDICATE = "Officials said the plan was {}."
NOUN_PREDICATE = "Officials said the plan was a {}."
PARTICIPLE = "They were {} by the decision."
#: Where the table is written, relative to the package root.
TABLE = Path("events") / "data" / "vader" / "judgment_words.tsv"
HEADER = ("word", "valence", "slot")


@dataclass(frozen=True)
class RatedWord:
    """A word of VADER's lexicon and its mean valence."""

    word: str
    valence: float


def read_vader(text: str, tally: Tally) -> list[RatedWord]:
    """The alphabetic lower-case words of a VADER lexicon text rated at least :data:`MIN_VALENCE`."""
    words = []
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) < 2:
            continue
        word = cells[0]
        if not (word.isalpha() and word.islower() and len(word) >= MIN_LENGTH):
            tally.skip("not an alphabetic lower-case word")
            continue
        try:
            valence = float(cells[1])
        except ValueError:
            tally.skip("no valence")
            continue
        if abs(valence) < MIN_VALENCE:
            tally.skip(f"valence weaker than {MIN_VALENCE}")
            continue
        words.append(RatedWord(word, valence))
    return words


def installed_vader() -> str:
    """The lexicon text shipped in the installed ``vaderSentiment`` package."""
    return resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")


def _slot(doc: Doc, word: str) -> Token | None:
    return next((t for t in doc if t.lower_ == word), None)


def _parses(nlp: Language, frame: str, words: Sequence[str]) -> list[Token | None]:
    return [_slot(doc, w) for doc, w in zip(nlp.pipe(frame.format(w) for w in words), words, strict=True)]


def judgment_slots(nlp: Language, words: Sequence[RatedWord], tally: Tally) -> list[tuple[RatedWord, PredicateSlot]]:
    """The words a parse puts in the judged-predicate slot, each with its slot: ``ADJ`` (an adjective of
    the lemma index, parsed as the predicate adjective of "... the plan was W") or ``NOUN`` (a noun of
    the index that is no adjective or verb, parsed as the predicate noun of "... the plan was a W")."""
    classes = word_classes(nlp)
    if classes is None:
        raise ValueError("the English model has no lemmatizer word index (lemma_index)")
    known = [w for w in words if w.word in nlp.vocab.strings]
    tally.skip("not in the English model's vocabulary", len(words) - len(known))
    names = [w.word for w in known]
    pred, noun, part = (_parses(nlp, f, names) for f in (ADJ_PREDICATE, NOUN_PREDICATE, PARTICIPLE))
    kept: list[tuple[RatedWord, PredicateSlot]] = []
    seen: set[str] = set()
    for rated, p, n, v in zip(known, pred, noun, part, strict=True):
        w = rated.word
        if w in seen:
            tally.skip("repeated word")
        elif v is not None and v.tag_ == "VBN":
            tally.skip("participle (a feeling of the subject)")
        elif w in classes["adj"] and p is not None and p.dep_ == "acomp":
            kept.append((rated, PredicateSlot.ADJ))
        elif w in classes["noun"] and w not in classes["adj"] | classes["verb"] and n is not None and n.dep_ == "attr":
            kept.append((rated, PredicateSlot.NOUN))
        else:
            tally.skip("no adjective or noun in the judged-predicate slot")
        seen.add(w)
    tally.kept = len(kept)
    return kept


def write_table(path: Path, rows: list[tuple[RatedWord, PredicateSlot]]) -> int:
    """Write the table sorted by word; returns the row count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Generated by `multipolar dictionaries judgments` from VADER's vader_lexicon.txt (vaderSentiment 3.3.2,",
        "# MIT: see NOTICE beside this file). Do not edit: override in the hand lists of events/data/words/.",
        "# word: lower case; valence: VADER's mean rating (-4 .. +4); slot: ADJ or NOUN (the parse of the word",
        "# in a judged-predicate frame; see multipolar.dictionaries.judgment_words).",
        "\t".join(HEADER),
    ]
    lines += [f"{r.word}\t{r.valence:.1f}\t{slot}" for r, slot in sorted(rows, key=lambda x: x[0].word)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


def import_judgments(package: Path, text: str | None = None) -> list[str]:
    """Derive the table from ``text`` (default: the installed VADER lexicon) into ``package``."""
    from multipolar.nlp.loader import load_model

    tally = Tally()
    words = read_vader(installed_vader() if text is None else text, tally)
    rows = judgment_slots(load_model(exclude=("ner",)), words, tally)
    written = write_table(package / TABLE, rows)
    return [*tally.lines("VADER lexicon (vader_lexicon.txt) -> judgment words"), f"  wrote {written:6d}  {TABLE}"]
