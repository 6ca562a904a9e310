"""Recall rules: targets inside the object phrase, and lexicon entries for common event phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the slot PP hangs on the object, and its object's owner is the target
        ("Washington removed the sanctions on several banks owned by Venezuela.", ("USA", "VEN", "08")),
        # concern expressed "to" someone
        ("The Kenyan foreign minister expressed concern to the Ethiopian government.", ("KEN", "ETH", "01")),
        ("Berlin conveyed its concerns to the Polish government.", ("DEU", "POL", "01")),
        # denying charges made by someone: the accuser is the target
        ("The Thai government denied accusations by Cambodia.", ("THA", "KHM", "01")),
        # aid flown in, peacekeepers and money sent, borders opened
        ("Canada flew food and medicine into Haiti.", ("CAN", "HTI", "07")),
        ("Ghana is sending peacekeepers to Lebanon.", ("GHA", "LBN", "07")),
        ("Norway sent money to Somalia.", ("NOR", "SOM", "07")),
        ("Poland opened its borders to refugees from Ukraine.", ("POL", "UKR", "08")),
        ("Chad sent a contingent to Mali.", ("TCD", "MLI", "15")),
    ],
)
def test_recall_rules(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_worth_of_is_a_quantity_head(nlp: Language) -> None:
    found = roots(nlp, "Japan handed over two million dollars worth of medicine to Nepal.")
    assert ("JPN", "NPL", "07") in found


def test_send_resources(nlp: Language) -> None:
    assert ("AUS", "FJI", "07") in roots(nlp, "Australia sent more resources to Fiji.")
