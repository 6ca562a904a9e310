"""State organs named without their country: a ministry or department named by its portfolio ("the
Finance Ministry", "the Ministry of Trade", "the Treasury"), the title of such an organ's member ("a
Foreign Ministry official", "Senate Banking Committee Chairman John Doe"), and an organ a state
actor owns ("their government", "the country's congress") are the state's organs: the context (the
dateline, the owner) gives the country, the organ the sector."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots, sided


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TOKYO, May 4 - The Finance Ministry criticised the American tariffs.", ("JPN", "GOV", "USA", "11")),
        ("WASHINGTON, May 4 - The Commerce Department accused Japan of dumping steel.", ("USA", "GOV", "JPN", "11")),
        # passive, the organ in a by-phrase with an of-portfolio
        ("SEOUL, May 4 - Japan was criticised by the Ministry of Trade and Industry for its export curbs.",
         ("KOR", "GOV", "JPN", "11")),
        # a relative clause between the organ and its verb
        ("BONN, May 4 - The Economics Ministry, which oversees trade policy, urged Japan to open its markets.",
         ("DEU", "GOV", "JPN", "02")),
        # coordinated organs
        ("WASHINGTON, May 4 - The Treasury and the Commerce Department criticised Japan's trade surplus.",
         ("USA", "GOV", "JPN", "11")),
        # reported speech
        ("LONDON, May 4 - The Treasury said it would ease sanctions on Iran.", ("GBR", "GOV", "IRN", "03")),
    ],
)
def test_an_organ_named_by_its_portfolio_takes_the_dateline_country(
        nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    found = sided(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TOKYO, May 4 - A Foreign Ministry official rejected the American demands.", ("JPN", "GOV", "USA", "12")),
        ("LONDON, May 4 - A Treasury spokesman condemned the Argentine decision.", ("GBR", "GOV", "ARG", "11")),
        # a title before a name
        ("WASHINGTON, May 4 - Senate Banking Committee Chairman John Doe accused Japan of cheating.",
         ("USA", "LEG", "JPN", "11")),
        # passive; the organ's own sector (a defence ministry is the military's)
        ("PARIS, May 4 - Iran was warned by a Defence Ministry spokesman against new attacks.",
         ("FRA", "MIL", "IRN", "13")),
        # conjunction with a named organ
        ("WASHINGTON, May 4 - The State Department spokesman and a Commerce Department official criticised China.",
         ("USA", "GOV", "CHN", "11")),
    ],
)
def test_an_organ_owns_its_members_title(nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    found = sided(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JAKARTA, May 4 - Indonesian exporters urged their government to reject the quotas.",
         ("IDN", "IDN", "GOV", "02")),
        ("TOKYO, May 4 - Japanese farmers asked their government to protect rice growers.",
         ("JPN", "JPN", "GOV", "02")),
        ("ROME, May 4 - Italian unions accused their government of breaking its pledge.", ("ITA", "ITA", "GOV", "11")),
        ("The Philippine president asked the country's congress to approve the budget.", ("PHL", "PHL", "LEG", "02")),
    ],
)
def test_an_owned_organ_is_the_owners_state_organ(nlp: Language, text: str,
                                                   expected: tuple[str, str, str, str]) -> None:
    found = {(e.source, e.target, e.target_sector, e.root) for e in code(nlp, text)}
    assert expected in found, found


def test_a_companys_department_is_no_organ(nlp: Language) -> None:
    found = sided(nlp, "TOKYO, May 4 - The sales department of Acme Corp criticised the American tariffs.")
    assert not any(source == "JPN" for source, *_rest in found), found


def test_a_companys_chairman_is_no_organ(nlp: Language) -> None:
    found = sided(nlp, "WASHINGTON, May 4 - Acme Corp Chairman John Doe urged Japan to open its markets.")
    assert not any(source == "USA" for source, *_rest in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, May 4 - Dozens died in a government crackdown on protesters.", ("AFG", "GOV", "AFG", "17")),
        ("CAIRO, May 4 - The government crackdown on the Moslem Brotherhood angered Iran.",
         ("EGY", "GOV", "EGY", "17")),
        # the organ's act as the object of another's act
        ("MANILA, May 4 - Government requests for aid were rejected by the IMF.", ("IMF", "GOV", "PHL", "12")),
        ("LAGOS, May 4 - Students marched against a government ban on their union.", ("NGA", "GOV", "NGA", "17")),
    ],
)
def test_an_organ_before_an_act_noun_is_its_agent(nlp: Language, text: str,
                                                   expected: tuple[str, str, str, str]) -> None:
    found = sided(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "MANILA, May 4 - Talks opened in New York with Finance Secretary Maria Santos accusing the chief "
        "negotiator of stalling.",
        "MANILA, May 4 - In Tokyo on Monday, the president accused the rebels of breaking the truce.",
        "MANILA, May 4 - In Tokyo on Monday, government officials accused the rebels of breaking the truce.",
    ],
)
def test_an_office_holder_is_not_placed_where_he_acts(nlp: Language, text: str) -> None:
    found = {(e.source, e.source_sector, e.root) for e in code(nlp, text)}
    assert ("PHL", "GOV", "11") in found, found


def test_a_company_bond_names_no_organ(nlp: Language) -> None:
    found = sided(nlp, "TOKYO, May 4 - Japan will buy government bonds from the United States.")
    assert not any(source == "JPN" and target == "JPN" for source, _sector, target, _root in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, May 4 - The president urged congress to approve the budget.", ("PER", "GOV", "PER", "02")),
        ("QUITO, May 4 - The IMF plan was rejected by congress on Tuesday.", ("ECU", "LEG", "IMF", "12")),
        ("CARACAS, May 4 - The opposition asked congress to censure the interior minister.",
         ("VEN", "OPP", "VEN", "02")),
        ("BOGOTA, May 4 - The finance minister, who had asked congress for new taxes, criticised the central bank.",
         ("COL", "GOV", "COL", "02")),
    ],
)
def test_a_congress_named_without_its_country_is_the_story_countrys(
        nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    found = sided(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ATHENS, May 4 - Striking teachers demanded that their government raise pay.", ("GRC", "EDU", "GRC", "10")),
        ("LAGOS, May 4 - Students urged their government to free the journalists.", ("NGA", "EDU", "NGA", "02")),
        ("LIMA, May 4 - Protesters accused their government of corruption.", ("PER", "CVL", "PER", "11")),
    ],
)
def test_a_pronoun_owned_organ_is_the_story_countrys(nlp: Language, text: str,
                                                    expected: tuple[str, str, str, str]) -> None:
    found = sided(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department accused Japan of dumping computer chips.",
        "The Department for International Development reduced aid to Liberia.",
        # a prepositional target, a passive-free clause with a second object
        "The Trade Ministry filed a complaint against Peru over the fishing quotas.",
        # coordinated targets
        "The Foreign Ministry criticised Chile and Bolivia for closing the border.",
        # a legislature is an office like a ministry: the same holds
        "The parliament condemned Norway over the fishing quotas.",
        "The national assembly voted to cut aid to Ecuador.",
        "The legislature approved a loan to Uruguay.",
    ],
)
def test_an_organ_is_not_placed_in_the_state_it_acts_on(nlp: Language, text: str) -> None:
    """With no dateline and no other state named, a ministry or legislature acting on a state by its
    name is no organ of that state (the act would be a self-event): its country stays unknown."""
    found = sided(nlp, text)
    assert found and not any(source is not None and source == target for source, _sector, target, _root in found), \
        found


def test_an_organ_keeps_the_country_the_story_names_elsewhere(nlp: Language) -> None:
    found = sided(nlp, "The Foreign Ministry accused Japan of dumping steel, Chinese officials said.")
    assert ("CHN", "GOV", "JPN", "11") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate voted to slash aid to Panama.", ("USA", "LEG", "PAN", "16")),
        ("Congress agreed to cut military aid to Honduras.", ("USA", "LEG", "HND", "03")),
        ("The Senate decided to impose sanctions on Nicaragua.", ("USA", "LEG", "NIC", "16")),
    ],
)
def test_an_institution_is_not_placed_in_the_state_its_act_is_aimed_at(
        nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    """A US institution by default ("the Senate") in a story naming one other state is that state's,
    unless its own act (or the act its verb's infinitive names) is aimed at that state."""
    found = sided(nlp, text)
    assert expected in found, found


def test_an_institution_in_a_story_of_another_state_is_that_states(nlp: Language) -> None:
    found = sided(nlp, "Philippine President Gloria Arroyo urged the Senate to pass the budget.")
    assert any(source == "PHL" and target == "PHL" for source, _sector, target, _root in found), found



def test_a_state_named_inside_an_organs_object_is_no_home_of_the_organ(nlp: Language) -> None:
    # the only other state sits inside the object's phrase ("for the rebels in X"), not on the verb
    found = roots(nlp, "The Senate approved fresh aid for the Contra rebels fighting in Nicaragua.")
    assert ("USA", "NIC", "03") in found and ("NIC", "NIC", "03") not in found, found
