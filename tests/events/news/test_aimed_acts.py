"""Aimed acts (events/aimed.py, data/aimed_acts.tsv): a noun act of a kind done to someone (a statement,
an intent, a consultation, sales, aid, sanctions) naming no party it is aimed at is a mention, not a
reported act: no event. Verbs with no target, appeals, coming visits, force postures and acts with a
target stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.datafiles import DataFileError, parse_table
from multipolar.events.aimed import AIMED_COLUMNS, aimed, parse_aimed_acts
from tests.events.conftest import roots


@pytest.mark.parametrize(
    "text",
    [
        # a noun act with its owner only: a mention
        "Despite Swedish sanctions, the company kept trading.",
        "Despite Swedish arms sales, the region stayed calm.",
        # an intent by noun: a plan named, no party it is made to
        "The committee approved proposals by the European Commission to tax imported oil.",
        "Kenya is preparing for a new agreement with its creditors' committee.",
        # a pact named with no partner: a mention of the pact, not its signing
        "Bankers said the Peruvian deal has been hard to syndicate.",
        "The Moldavian pact contains several new features.",
        "As with all Paris Club accords, the rates are set country by country.",
    ],
)
def test_an_aimed_act_with_no_target_is_no_event(nlp: Language, text: str) -> None:
    assert roots(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile urged calm after the vote.", ("CHL", None, "02")),  # an appeal to no one
        ("Brazil appealed for international aid after the floods.", ("BRA", None, "02")),
        ("Iran deployed missiles near the coast.", ("IRN", None, "15")),  # a force posture
        ("The Chilean finance minister opposed a further rise in interest rates.", ("CHL", None, "12")),
        ("The Peruvian government signed the accord on Monday.", ("PER", None, "05")),  # a pact: its parties' act
        ("Peru's new trade agreement with Chile took effect on Monday.", ("PER", "CHL", "05")),  # with a partner
        ("Peru announced its agreement to the plan.", ("PER", None, "05")),  # a consent, no pact named
        # a verb with no target is a reported act: a statement about things, support for a policy
        ("Norway is considering new measures to curb inflation, officials said.", ("NOR", None, "01")),
        ("The Danish government backed a plan to cut farm subsidies.", ("DNK", None, "05")),
        ("A plan to cut farm subsidies was backed by the Danish government.", ("DNK", None, "05")),
        # the same kinds with a target
        ("The Danish government backed Sweden's plan.", ("DNK", "SWE", "05")),
        ("Chile expressed concern over Peru's troop moves.", ("CHL", "PER", "01")),
        ("Sweden sold arms to Kenya.", ("SWE", "KEN", "06")),
        ("Sweden imposed sanctions on Iran.", ("SWE", "IRN", "16")),
        ("Spain presented its proposals to France on Monday.", ("ESP", "FRA", "03")),
        ("The Chilean president's tour of Africa begins on Monday.", ("CHL", None, "03")),  # a coming visit
    ],
)
def test_unaimed_kinds_and_targeted_acts_stay(nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize("line", ["01x\tV", "04\tV|X"])
def test_a_bad_table_row_is_a_load_error(line: str) -> None:
    rows = parse_table(f"cameo\tpos\n{line}\n", "aimed_acts.tsv", AIMED_COLUMNS, header=True)
    with pytest.raises(DataFileError) as err:
        parse_aimed_acts(rows)
    assert "aimed_acts.tsv:2" in str(err.value)


def test_the_longest_prefix_decides() -> None:
    assert aimed("010", "N") and aimed("040", "N") and not aimed("010", "V")  # verbs stay
    assert not aimed("016", "N")  # a denial is coded with no target
    assert not aimed("051", "N") and not aimed("051", "V")  # support stays
    assert aimed("163", "N") and not aimed("163", "V")  # "imposed an embargo" stays
    assert not aimed("020", "V")
    assert aimed("030", "N") and not aimed("030", "V") and not aimed("036", "N")
