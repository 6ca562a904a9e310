"""False events of real news and the readings kept beside them: help with no one helped is no aid;
help to a party doing something is aid to that party."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_help_with_no_one_helped_is_no_aid(nlp: Language) -> None:
    for text in ("Foreign observers from Norway helped to count the ballots.",
                 "Speaking in Polish, the Vatican envoy said help me to the crowd."):
        found = roots(nlp, text)
        assert not any(r == "07" for _, _, r in found), (text, found)


def test_help_to_a_party_doing_something_is_aid(nlp: Language) -> None:
    found = roots(nlp, "Japan helped Indonesia rebuild its coastal towns.")
    assert ("JPN", "IDN", "07") in found, found


def test_help_to_a_named_party_is_aid(nlp: Language) -> None:
    found = roots(nlp, "Japan helped Indonesia after the tsunami.")
    assert ("JPN", "IDN", "07") in found, found


def test_request_for_anonymity_is_no_appeal(nlp: Language) -> None:
    for text in ("Two Kenyan officials, who both asked not to be identified, admitted the talks had collapsed.",
                 "A Peruvian diplomat asked not to be named by us and said Lima would recall its envoy from Quito.",
                 "One Norwegian negotiator, asking to remain anonymous in print, said Oslo had warned Moscow."):
        found = roots(nlp, text)
        assert not any(r == "02" for _, _, r in found), (text, found)


def test_request_to_name_a_body_stays_an_appeal(nlp: Language) -> None:
    found = roots(nlp, "The Chilean minister asked Congress to name a commission on the border dispute.")
    assert ("CHL", "CHL", "02") in found, found
    found = roots(nlp, "Chile asked Peru for the names of the detained sailors.")
    assert ("CHL", "PER", "02") in found, found


def test_a_hyphenated_modifier_of_what_befell_a_place_is_no_act(nlp: Language) -> None:
    for text, kept in (("Norway flew tents and blankets to quake-hit Peru.", ("NOR", "PER", "07")),
                       ("The World Bank lent 200 million dollars to flood-struck Bangladesh.", ("WB", "BGD", "07"))):
        found = roots(nlp, text)
        assert kept in found and not any(r in ("18", "19", "20") for _, _, r in found), (text, found)


def test_a_hyphenated_verb_with_its_own_subject_stays_an_act(nlp: Language) -> None:
    found = roots(nlp, "Pakistan has test-fired a new cruise missile.")
    assert ("PAK", None, "15") in found, found


def test_flying_goods_somewhere_is_no_visit(nlp: Language) -> None:
    assert not any(r == "04" for _, _, r in roots(nlp, "Chile flew tents and blankets to Haiti."))
    assert ("CHL", "HTI", "04") in roots(nlp, "Chile's foreign minister flew to Haiti on Monday.")
