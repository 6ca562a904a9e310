"""Which imported patterns our hand-written lexicon rows speak for (and so drop), on rows written here."""

from __future__ import annotations

from multipolar.dictionaries.common import Tally
from multipolar.dictionaries.lexicon_tables import without_hand_conflicts
from multipolar.dictionaries.verbs import LexRow
from multipolar.events.lexicon import parse_entries

HAND = """\
pledge\tN\t-\tsolemn\tto\t030\t-\ta solemn pledge to X
adopt\tV\tscheme\tbarter\tdobj\t061\t-\tadopted a barter scheme with X
"""


def row(trigger: str, objects: tuple[str, ...], modifiers: tuple[str, ...], cameo: str) -> LexRow:
    return LexRow(trigger=trigger, objects=objects, modifiers=modifiers, targets=("dobj",), cameo=cameo,
                  note="", provenance="test")


def kept(rows: list[LexRow]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    hand = parse_entries(HAND, "hand.tsv")
    return [(r.trigger, r.objects, r.modifiers) for r in without_hand_conflicts(rows, hand, Tally())]


def test_a_hand_noun_with_modifiers_leaves_patterns_with_other_modifiers() -> None:
    out = kept([row("renew", ("pledge",), ("annual",), "030"), row("break", ("pledge",), ("solemn",), "111")])
    assert ("renew", ("pledge",), ("annual",)) in out
    assert not any(t == "break" for t, _, _ in out)


def test_a_hand_verb_object_with_modifiers_leaves_patterns_with_other_modifiers() -> None:
    out = kept([row("adopt", ("scheme",), ("pension",), "060"), row("adopt", ("scheme",), ("barter",), "061"),
                row("adopt", ("scheme",), (), "060")])
    assert out == [("adopt", ("scheme",), ("pension",))]
