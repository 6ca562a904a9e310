"""Sources of verbal triggers the parse hides: a stance verb's agentless passive ("is committed to")
is its subject's act, and a verbal act the parser coordinated inside a reported clause whose subject
is no party is the speaker's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tokyo is committed to the agreement.", ("JPN", None, "03")),
        ("Ottawa is committed to the treaty, a spokesman said.", ("CAN", None, "03")),
        ("Pakistan is committed to the peace process with India.", ("PAK", "IND", "03")),
        ("France is opposed to the American plan.", ("FRA", "USA", "12")),
    ],
)
def test_a_stance_passive_is_the_subjects_act(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in roots(nlp, text)


def test_a_stance_passive_with_an_agent_keeps_its_agent(nlp: Language) -> None:
    found = roots(nlp, "The plan was opposed by France.")
    assert any(src == "FRA" for src, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain declared that the fighting in the north amounted to a catastrophe and urged Russia to withdraw "
         "its troops.", ("GBR", "RUS", "02")),
        ("Canada said on Monday that the crackdown was a disgrace and condemned Belarus.", ("CAN", "BLR", "11")),
    ],
)
def test_a_verbal_act_coordinated_in_a_reported_clause_is_the_speakers(nlp: Language, text: str,
                                                                       expected: tuple) -> None:
    assert expected in roots(nlp, text)


def test_a_party_subject_of_the_reported_clause_keeps_its_act(nlp: Language) -> None:
    found = roots(nlp, "France said Iran had lied and threatened Israel.")
    assert ("IRN", "ISR", "13") in found
    assert not any(src == "FRA" and root == "13" for src, _, root in found)


def test_a_material_act_in_the_reported_clause_is_not_the_speakers(nlp: Language) -> None:
    found = roots(nlp, "Officials in Kenya said the storm had spread and killed twenty people.")
    assert not any(root == "19" and src is not None for src, _, root in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the owner's of-phrase on the last of the coordinated committee names
        ("Jan Novak, Deputy Chairman of the Committee for Trade, Industry, and Agriculture of the Czech Senate, "
         "condemned the attack on Mali.", ("CZE", "11")),
        ("Anna Berg, Vice Chair of the Commission for Energy, Transport, and Housing of the Swedish Parliament, "
         "criticized the Russian plan.", ("SWE", "11")),
    ],
)
def test_an_owner_on_a_coordinated_post_modifier_names_the_subjects_actor(nlp: Language, text: str,
                                                                         expected: tuple) -> None:
    assert any((src, root) == expected for src, _, root in roots(nlp, text))


def test_a_based_modifier_places_an_unnamed_party(nlp: Language) -> None:
    found = roots(nlp, "Pakistan-based militants attacked a police post in Kashmir.")
    assert any(src == "PAK" and root == "19" for src, _, root in found)
    assert not any(src == "IND" and root == "19" for src, _, root in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a participle of a support verb modifying the meeting noun: the noun's own parties meet
        ("Indian and Pakistani talks held in Delhi ended on Friday.", ("IND", "PAK")),
        # a reciprocal noun naming its parties by "of"
        ("A meeting of Israeli and Palestinian negotiators took place in Jerusalem on Sunday.", ("ISR", "PSE")),
    ],
)
def test_a_meeting_nouns_own_parties_meet_each_other(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = roots(nlp, text)
    assert (pair[0], pair[1], "04") in found and (pair[1], pair[0], "04") in found


def test_a_meeting_of_one_party_is_no_event(nlp: Language) -> None:
    assert roots(nlp, "A meeting of NATO ministers was held in Brussels.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised title before an unknown name, no country of its own: the dateline's
        ("ROME - Interior Minister Marco Bellini condemned Libya on Monday.", ("ITA", "LBY", "11")),
        ("MADRID - Foreign Minister Ana Ortega criticized Morocco over the migrant crisis.", ("ESP", "MAR", "11")),
        ("BOGOTA - Police chief Luis Herrera accused Venezuela of sheltering rebels.", ("COL", "VEN", "11")),
    ],
)
def test_a_titled_name_takes_the_dateline_country(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign ministers of the European Union issued a statement urging Iran to release the sailors.",
         ("EU", "IRN", "02")),
        ("Senior officials of the member states of the Arab League issued a statement condemning Israel.",
         ("ARL", "ISR", "11")),
    ],
)
def test_a_statement_participle_takes_whom_its_issuers_stand_for(nlp: Language, text: str, expected: tuple) -> None:
    # the statement's issuers name no actor; the party of their "of" phrase speaks
    assert expected in roots(nlp, text)


def test_people_described_by_an_active_participle_are_its_agents(nlp: Language) -> None:
    found = roots(nlp, "Japan's trade minister met House leaders pressing for tougher tariffs.")
    assert not any(s == "JPN" and r == "10" for s, _, r in found), found
    issued = roots(nlp, "Chile released a statement urging Bolivia to reopen the border.")
    assert ("CHL", "BOL", "02") in issued, issued
