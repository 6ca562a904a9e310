"""``multipolar dictionaries judgments``: VADER's rated words kept for the judged-predicate slot, and the
checked-in table is what the command writes."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from multipolar.dictionaries.common import Tally
from multipolar.dictionaries.judgment_words import TABLE, import_judgments, judgment_slots, read_vader
from multipolar.nlp.loader import cached_model

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "multipolar"
SAMPLE = "\n".join([
    "reckless\t-1.7\t0.6\t[-2, -1]",
    "excellent\t2.7\t0.6\t[3, 3]",
    "disaster\t-3.1\t0.6\t[-3, -3]",
    "okay\t0.9\t0.5\t[1, 1]",  # too weak
    ":-)\t1.5\t0.5\t[1, 2]",  # not a word
    "ez\t1.5\t0.7\t[1, 2]",  # too short
    "bff\t2.9\t0.8\t[3, 3]",  # a chat acronym the model does not know
    "appreciate\t1.7\t0.8\t[2, 2]",  # a verb
    "worried\t-1.2\t0.6\t[-1, -1]",  # a participle: a feeling of the subject
])


def test_vader_rows_keep_rated_alphabetic_words() -> None:
    tally = Tally()
    words = [w.word for w in read_vader(SAMPLE, tally)]
    assert words == ["reckless", "excellent", "disaster", "bff", "appreciate", "worried"]
    assert sum(tally.skipped.values()) == 3


def test_only_adjectives_and_nouns_of_the_predicate_slot_are_kept() -> None:
    rows = judgment_slots(cached_model(), read_vader(SAMPLE, Tally()), Tally())
    assert {(r.word, slot) for r, slot in rows} == {("reckless", "ADJ"), ("excellent", "ADJ"), ("disaster", "NOUN")}


@pytest.mark.slow
def test_the_command_reproduces_the_checked_in_table(tmp_path: Path) -> None:
    import_judgments(tmp_path)
    assert filecmp.cmp(tmp_path / TABLE, PACKAGE / TABLE, shallow=False)
