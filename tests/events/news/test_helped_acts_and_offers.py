"""Conventions for acts nested under "help", conditional offers and announced visits.

- "A will help B patrol its waters": one event, A's pledged aid to B (033); "A helped B drive out the
  rebels": A's aid to B (070). B's own nested act is the purpose of the help, not coded on its own.
- Readiness to act once a condition is met is an announced intent (03x: "is prepared to lift sanctions
  once ...", "ready to resume talks if ..."); a bare conditional "would ... if" is a hypothetical, none.
- A visit named by a date or a noun ("ahead of his visit to X from May 3", "next week's visit by A to
  X") is a coming visit, an intent to meet (036), its visitor the clause's subject.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


def test_pledged_help_with_a_nested_act_is_the_helpers_aid(nlp: Language) -> None:
    found = dyads(nlp, "Australia will help Tonga patrol its fishing grounds, the minister said.")
    assert ("AUS", "TON", "033") in found
    assert not any(s == "TON" for s, _, _ in found)


def test_given_help_with_a_nested_act_is_the_helpers_aid(nlp: Language) -> None:
    found = roots(nlp, "Kenya helped Somalia drive the militants from the port.")
    assert ("KEN", "SOM", "07") in found
    assert not any(s == "SOM" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada is prepared to lift sanctions on Venezuela once the detainees are freed.", ("CAN", "VEN", "0354")),
        ("Bhutan stands ready to resume talks with Nepal if the blockade ends.", ("BTN", "NPL", "036")),
    ],
)
def test_readiness_on_a_condition_is_an_announced_intent(nlp: Language, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_a_bare_conditional_is_no_event(nlp: Language) -> None:
    assert not dyads(nlp, "Georgia would reopen its border with Russia if the shelling stopped.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ahead of his visit to Brazil from May 3, the Portuguese president praised Lula.", ("PRT", "BRA", "036")),
        ("Ahead of her trip to Ottawa next week, the Irish premier spoke to reporters.", ("IRL", "CAN", "036")),
        ("During next week's visit by the Chilean president to Peru, the two sides will sign a fishing accord.",
         ("CHL", "PER", "036")),
    ],
)
def test_a_visit_named_by_a_date_is_a_coming_visit(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)
