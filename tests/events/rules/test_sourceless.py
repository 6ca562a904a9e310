"""Triggers whose clause names no source, and reporting frames, skip the target search: the same events and
outcomes as the full search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from multipolar.events import slots, targets
from multipolar.events.coder import Coder
from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document
from tests.events.conftest import DATE

SENTENCES = [
    "The company said profits rose sharply in the third quarter.",
    "Officials said on Tuesday that Ruritania must withdraw its troops from the valley.",
    "It was reported that Ruritania had rejected the offer from Freedonia.",
    "The bank said the agreement with Freedonia would be signed next week.",
    "Analysts said Peru could retaliate if Chile raised its tariffs.",
    "The spokesman said Chile's plan was reckless and dangerous.",
    "Talks were held in Lima, the ministry said.",
    "The board told shareholders that Peru had frozen the accounts.",
    "Two villagers were killed near the border, police said.",
    "Prices climbed after the mill closed, traders said, and the union urged Chile to act.",
    "Critics said the decision would hurt farmers in Bolivia.",
    "The talks on a new trade accord resumed in Geneva after the criticism of the tariffs on Peru.",
    "A proposal for talks with Chile was welcomed, and the visit to Lima went ahead.",
    "The arrest of two traders in Quito and the sanctions on Peru drew protests.",
    "Support for the reforms grew after the aid to Bolivia was suspended.",
    "The threat of a boycott of Chilean wine hung over the summit.",
    "A storm killed twelve people near Lima on Sunday, Chile said.",
    "Peru will sign the fishing accord with Ecuador next week, the Peruvian ministry said.",
    "Bolivia must pay the debt to Chile, Peru said on Monday.",
    "The plan of Ecuador to close the port was reckless, Peru said.",
    "Chile said it would retaliate if Peru raised its tariffs, and Peru said the talks had failed.",
]


@pytest.fixture()
def full_search() -> Iterator[None]:
    """``verb_specs`` with the shortcut off: every verb searches its targets."""
    verbs, nouns = slots.SlotFiller.verb_specs, slots.SlotFiller.noun_specs

    def all_verbs(self: slots.SlotFiller, m: slots.Match, args: slots.Arguments, question: bool,
                  sourceless: bool = False, frame: bool = False) -> tuple[list[slots.EventSpec], slots.Status]:
        return verbs(self, m, args, question)

    def all_nouns(self: slots.SlotFiller, m: slots.Match, args: slots.Arguments, question: bool,
                  sourceless: bool = False) -> tuple[list[slots.EventSpec], slots.Status]:
        return nouns(self, m, args, question)

    slots.SlotFiller.verb_specs = all_verbs  # type: ignore[method-assign]
    slots.SlotFiller.noun_specs = all_nouns  # type: ignore[method-assign]
    yield
    slots.SlotFiller.verb_specs = verbs  # type: ignore[method-assign]
    slots.SlotFiller.noun_specs = nouns  # type: ignore[method-assign]


def _coded(nlp: Language, coder: Coder, text: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    doc = nlp(make_doc(nlp, Document(id="t", text=text, date=DATE)))
    events, cands = coder.code(doc)
    return ([(e.source, e.target, e.cameo, e.rule, e.char_start) for e in events],
            [(c.token_index, c.outcome, c.detail, c.entry_rule, c.n_events) for c in cands])


@pytest.mark.parametrize("text", SENTENCES)
def test_the_shortcut_codes_and_labels_as_the_full_search(nlp: Language, text: str,
                                                          request: pytest.FixtureRequest) -> None:
    coder: Coder = nlp.get_pipe("multipolar_events").coder  # type: ignore[attr-defined]
    quick = _coded(nlp, coder, text)
    request.getfixturevalue("full_search")
    assert _coded(nlp, coder, text) == quick


def test_a_sourceless_statement_searches_no_target(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = slots.find_targets

    def counted(q: slots.TargetQuery, strategies: tuple[targets.Strategy, ...]) -> list[slots.Participant]:
        calls.append(q.trigger.text)
        return original(q, strategies)

    monkeypatch.setattr(slots, "find_targets", counted)
    coder: Coder = nlp.get_pipe("multipolar_events").coder  # type: ignore[attr-defined]
    _coded(nlp, coder, "The company said profits rose sharply in the third quarter.")
    assert "said" not in calls
    _coded(nlp, coder, "Peru said profits rose sharply in the third quarter.")
    assert "said" in calls
    calls.clear()
    _coded(nlp, coder, "The criticism of the plan grew.")
    assert "criticism" not in calls
    _coded(nlp, coder, "A storm killed twelve people near Lima on Sunday, Chile said.")
    assert "said" not in calls  # a reporting frame addressing no one
