"""Home acts (events/homeland.py, data/home_acts.tsv): a state's pledge, arrest, ban or concession
with no one named, and a strike or protest with no one named, stay inside the source's country;
a sentence naming another country, or an act of another kind, keeps the null target."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.datafiles import DataFileError, parse_table
from multipolar.events.homeland import HOME_ACT_COLUMNS, home_acts, parse_home_acts
from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "country", "root", "sector"),
    [
        ("The Mexican president promised to build new schools in poor villages.", "MEX", "03", "CVL"),
        ("The Chilean government banned all street marches in the capital.", "CHL", "17", None),
        ("A Brazilian judge sentenced the former governor to twelve years in prison.", "BRA", "17", None),
        # a verdict on a person no table knows: the court's own country
        ("A Peruvian court found Luis Quispe guilty of fraud on Monday.", "PER", "11", "CVL"),
    ],
)
def test_state_home_act_targets_its_country(nlp: Language, text: str, country: str, root: str,
                                            sector: str | None) -> None:
    events = code(nlp, text)
    assert any(e.source == country and e.target == country and e.root == root
               and (sector is None or e.target_sector == sector) for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # a threat or a vow of a home act is aimed at the home party of that act
        "Chilean dock workers threatened to go on strike next month.",
        "Chilean unions vowed to stage a general strike over wages.",
    ],
)
def test_threat_of_a_home_act_targets_its_home_party(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert any(e.source == "CHL" and e.target == "CHL" and e.root == "13" and e.target_sector == "GOV"
               for e in events), events


def test_home_act_with_another_state_named_keeps_null_target(nlp: Language) -> None:
    events = code(nlp, "The Mexican president promised to build new schools with Spanish money.")
    assert not any(e.source == "MEX" and e.target == "MEX" and e.root == "03" for e in events), events


def test_attack_with_no_one_named_is_not_a_home_act(nlp: Language) -> None:
    events = code(nlp, "The Chilean army opened fire on Tuesday.")
    assert not any(e.source == "CHL" and e.target == "CHL" for e in events), events


def test_pledge_about_a_pact_is_no_home_act(nlp: Language) -> None:
    events = code(nlp, "The Peruvian government pledged to respect the border treaty.")
    assert not any(e.source == "PER" and e.target == "PER" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # an offer or a proposal is made to another party, whoever the sentence names
        "The Brazilian government offered ten oil blocks to bidders.",
        "The Peruvian government agreed to a mediation proposal from the church.",
        "A proposal by the Argentine government, which would ease debt payments, was welcomed.",
        # a party a foreign modifier marks as another state's: the act is aimed abroad
        "Thailand will relax import curbs on foreign cars.",
        "Chile's cabinet approved a plan that lets foreign banks open branches.",
        "The Indonesian government offered new mining licences to foreign companies.",
    ],
)
def test_offer_or_act_on_foreign_parties_is_no_home_act(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not any(e.source is not None and e.source == e.target for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # a foreign modifier inside a singular compound or on the source itself names no foreign party
        "Police in Lima are investigating a fraud by a dealer on the foreign exchange market.",
        "The Kenyan foreign minister promised to build new roads.",
    ],
)
def test_foreign_word_naming_no_foreign_party_keeps_the_home_act(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert any(e.source is not None and e.source == e.target for e in events), events


def test_pledge_of_a_listed_politician_out_of_office_is_a_home_act(nlp: Language) -> None:
    events = code(nlp, "John Kerry promised to create ten million new jobs.", date="2004-08-15")
    assert any(e.source == "USA" and e.target == "USA" and e.root == "03" for e in events), events


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("030\tGOV|GOVT\tCVL", "unknown sector: GOVT"),
        ("030\tGOV\tCIVILIANS", "unknown sector: CIVILIANS"),
        ("pledge\tGOV\tCVL", "not a CAMEO code prefix"),
    ],
)
def test_a_bad_home_act_row_is_a_load_error_naming_its_line(line: str, words: str) -> None:
    rows = parse_table(f"cameo\tsource\ttarget\n{line}\n", "home_acts.tsv", HOME_ACT_COLUMNS, header=True)
    with pytest.raises(DataFileError, match=words) as err:
        parse_home_acts(rows)
    assert "home_acts.tsv:2" in str(err.value)


def test_the_shipped_home_acts_load() -> None:
    assert home_acts()["173"].target == "CVL"
