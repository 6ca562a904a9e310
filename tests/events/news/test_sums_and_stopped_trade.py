"""Round 21 lexicon mechanisms (sentences written for these tests):

- a sum of money as a verb's object stands for what it is given as: "granted 3 billion yen in credits"
  matches the grant + credit entry, and the verb's entry takes the contents out of coding (one event);
- stopping (stop, halt, suspend, cease) a gerund of trade or supply with a party is an embargo (163):
  "stopped selling oil to X"; with no party it is business news and codes nothing;
- voicing or conveying a feeling is expressing it ("voiced understanding for", "conveyed condolences");
- approving or authorising aid is an intent to give it (033x), not the aid itself;
- putting down a rising is repression (175), foiling or thwarting a coup or plot coercion (170);
- ending, halting or freezing cooperation with a party reduces relations (160), freezing talks halts them (164).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan granted 3 billion yen in credits to Vietnam on Monday.", ("JPN", "VNM", "071")),
        ("Officials said Kuwait had extended 40 million dinars in loans to Jordan.", ("KWT", "JOR", "071")),
        ("The 500 million francs in credits that France granted to Morocco will be paid this year.",
         ("FRA", "MAR", "071")),
        ("Libya pledged $5 million in aid to Chad.", ("LBY", "TCD", "033")),
        ("Kuwait offered 100 million dinars in loans to Egypt.", ("KWT", "EGY", "033")),
    ],
)
def test_sum_contents_match_the_entry(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia approved 200 million riyals in aid for Yemen on Sunday.", ("SAU", "YEM", "0331")),
        ("The Soviet Union provided 2 billion roubles in credits to Cuba.", ("RUS", "CUB", "071")),
    ],
)
def test_sum_contents_are_not_coded_again(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert [(e.source, e.target, e.cameo) for e in code(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has stopped sending oil to Israel.", ("NOR", "ISR", "163")),
        ("Iran has ceased selling crude oil to Japan, officials said.", ("IRN", "JPN", "163")),
        ("Chile suspended buying copper from Peru and Bolivia.", ("CHL", "BOL", "163")),
        ("Britain stopped issuing visas to Libyan citizens, the embassy said.", ("GBR", "LBY", "163")),
        ("Argentina halted shipments of grain to the Soviet Union.", ("ARG", "RUS", "163")),
        ("Oil shipments to Cuba were halted by Venezuela last week.", ("VEN", "CUB", "163")),
    ],
)
def test_stopped_trade_with_a_party(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company stopped selling cars in March.",
        "Ecuador suspended oil exports after the earthquake.",
        "The ministers will continue talking about the budget.",
    ],
)
def test_stopped_trade_without_a_party(nlp: Language, text: str) -> None:
    assert not any(code.startswith("16") for _, _, code in dyads(nlp, text))


def test_stopping_an_attack_is_no_embargo(nlp: Language) -> None:
    assert not any(code == "163" for _, _, code in dyads(nlp, "Iraq demanded that Iran stop attacking its towns."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris voiced understanding for the Israeli position.", ("FRA", "ISR", "051")),
        ("Germany voiced sympathy for the victims in Turkey.", ("DEU", "TUR", "018")),
        ("Britain registered a strong protest with Argentina over the incident.", ("GBR", "ARG", "114")),
        ("Egypt conveyed its solidarity to Jordan after the attack.", ("EGY", "JOR", "051")),
    ],
)
def test_voiced_attitudes(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Danish parliament approved a loan to Iceland.", ("DNK", "ISL", "0331")),
        ("The U.S. Senate authorized 50 million dollars in military aid for Honduras.", ("USA", "HND", "0332")),
    ],
)
def test_approved_aid_is_intent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops loyal to the president foiled a coup attempt in Ghana.", ("GHA", None, "170")),
        ("Nigerian police thwarted a plot to kill the governor.", ("NGA", "NGA", "170")),
        ("Government forces put down an uprising in Mosul.", ("IRQ", "IRQ", "175")),
    ],
)
def test_risings_put_down_and_plots_foiled(nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in dyads(nlp, text)


def test_a_foiled_business_bid_is_no_coercion(nlp: Language) -> None:
    found = dyads(nlp, "The club thwarted a takeover bid for its stadium.")
    assert not any(code.startswith("17") for _, _, code in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France halted military cooperation with Chad.", ("FRA", "TCD", "160")),
        ("Germany ended its military cooperation with Turkey.", ("DEU", "TUR", "160")),
        ("The cooperation with Ghana that Togo froze last year was not resumed.", ("TGO", "GHA", "160")),
        ("The EU froze talks with Turkey on membership.", ("EU", "TUR", "164")),
    ],
)
def test_ended_cooperation_reduces_relations(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found
    assert not any(code.startswith("06") for _, _, code in found)
