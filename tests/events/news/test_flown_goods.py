"""Goods flown or airlifted to a party (events/data/lexicon/07.tsv): arms are military aid (072), relief
goods humanitarian aid (073), other goods (spare parts, fuel) aid of no named kind (070), military parts
military aid; troops flown in are a deployment (154) and a person flying somewhere visits (042)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus flew rifles and ammunition to Armenia on Saturday.", ("BLR", "ARM", "072")),
        ("Last month Egypt flew drones to the government of Chad.", ("EGY", "TCD", "072")),
        ("The Pentagon airlifted artillery shells to Estonia overnight.", ("USA", "EST", "072")),
        ("Moscow flew helicopter engines to Mali, a defence source said.", ("RUS", "MLI", "072")),
        ("Algeria flew fuel to Niger after the pipeline broke.", ("DZA", "NER", "070")),
        ("Canada airlifted spare parts for tractors to Ghana.", ("CAN", "GHA", "070")),
        ("Norway airlifted tents and water to Peru after the floods.", ("NOR", "PER", "073")),
        ("Australia flew medicine to Fiji after the cyclone.", ("AUS", "FJI", "073")),
        ("Spain flew paratroopers to Senegal for joint drills.", ("ESP", "SEN", "154")),
    ],
)
def test_flown_goods_are_aid_by_kind(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_airlifted_parts_are_no_humanitarian_aid(nlp: Language) -> None:
    found = dyads(nlp, "Japan airlifted spare parts for buses to Laos on Thursday.")
    assert ("JPN", "LAO", "070") in found and not any(c == "073" for _, _, c in found)


def test_a_minister_flying_somewhere_visits(nlp: Language) -> None:
    assert ("SWE", "LTU", "042") in dyads(nlp, "The Swedish foreign minister flew to Lithuania on Friday.")
