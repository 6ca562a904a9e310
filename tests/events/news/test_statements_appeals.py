"""Statements (CAMEO 01) and appeals (02): a comment is about the party of its content clause, a
wish for another party's act is an appeal to it, a forecast about another party is the speaker's
comment (a hope to act oneself is none), and a speech verb is a mere reporting frame only for a clause
that tells an act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


def test_an_unnamed_audience_gives_way_to_the_reported_clause(nlp: Language) -> None:
    found = dyads(nlp, "The German chancellor told journalists that Iran must be transparent.")
    assert ("DEU", "IRN", "100") in found


def test_wanting_another_party_to_act_is_an_appeal(nlp: Language) -> None:
    found = roots(nlp, "Washington wants Pyongyang to return to the six-party talks.")
    assert ("USA", "PRK", "02") in found
    assert not any(r == "03" for _, _, r in found)


def test_hoping_another_party_will_act_is_an_appeal(nlp: Language) -> None:
    found = roots(nlp, "Tokyo hopes Beijing will lift its ban on Japanese beef.")
    assert ("JPN", "CHN", "02") in found
    assert not any(r == "03" for _, _, r in found)


def test_hoping_to_act_oneself_stays_intent(nlp: Language) -> None:
    assert ("ISR", "EGY", "03") in roots(nlp, "Israel hopes to meet Egypt next week.")


def test_an_unreal_reported_act_leaves_a_comment_on_the_topic(nlp: Language) -> None:
    text = "Americans should not travel to Somalia, the State Department said."
    assert ("USA", "SOM", "01") in roots(nlp, text)


def test_a_readiness_to_act_reported_with_a_pronoun_is_the_speaker_s(nlp: Language) -> None:
    assert ("JPN", "IDN", "03") in roots(nlp, "Japan said it was ready to help Indonesia.")


def test_calling_for_a_party_to_act_is_an_appeal_to_it(nlp: Language) -> None:
    assert ("UN", "SDN", "02") in roots(nlp, "Kofi Annan called for Sudan to disarm the militias.")


def test_a_forecast_about_another_party_is_the_speaker_s_comment(nlp: Language) -> None:
    found = roots(nlp, "The British foreign secretary said Iran would cooperate with the inspectors.")
    assert ("GBR", "IRN", "01") in found
    assert not any(r == "03" for _, _, r in found)
    # the speaker's own state announcing its plan stays an intent
    assert ("RUS", None, "03") in roots(nlp, "Russia will allow inspectors into its plants, the foreign ministry said.")


def test_a_likely_act_of_another_party_is_a_comment(nlp: Language) -> None:
    assert ("UN", "SDN", "01") in roots(nlp, "Kofi Annan said Sudan was likely to grant autonomy to Darfur.")


def test_predicate_adjectives_of_concern_and_hope_are_comments(nlp: Language) -> None:
    assert ("JPN", "PRK", "01") in roots(nlp, "The Japanese government is worried about North Korea's nuclear program.")
    found = roots(nlp, "The Pakistani president said he was optimistic about the talks with India.")
    assert ("PAK", "IND", "01") in found
    # an adjective with no party to comment on is no event
    assert roots(nlp, "The French minister said he was worried about the weather.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan said it was examining an Indian proposal for talks.", ("PAK", "IND", "014")),
        ("Chile is reviewing a Peruvian offer to share the fishing grounds.", ("CHL", "PER", "014")),
        ("Chile is evaluating a Bolivian request for a corridor to the sea.", ("CHL", "BOL", "014")),
    ],
)
def test_examining_a_proposal_of_another_party_is_considering_it(nlp: Language, text: str,
                                                                  expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_examining_without_a_proposal_is_no_consideration(nlp: Language) -> None:
    assert not any(c == "014" for _, _, c in dyads(nlp, "Chilean inspectors examined the Peruvian fishing boats."))


def test_worrying_that_another_party_will_act_is_a_pessimistic_comment(nlp: Language) -> None:
    assert ("CHL", "PER", "012") in dyads(nlp, "Chile worries that Peru will close the border.")
    # a worry with no party in its clause is no event
    assert dyads(nlp, "Chilean fishermen worry that prices will fall.") == set()


def test_a_hoped_for_act_is_the_hoper_s_comment_not_an_event(nlp: Language) -> None:
    found = roots(nlp, "Egypt voiced confidence that Israel would resume talks with the Palestinians.")
    assert ("EGY", "ISR", "01") in found
    assert not any(r in ("03", "04") for _, _, r in found)


def test_a_nominal_act_with_no_actor_is_the_topic_of_a_comment(nlp: Language) -> None:
    found = roots(nlp, "The Chinese foreign minister said Japan's attitude before the negotiations was unhelpful.")
    assert ("CHN", "JPN", "11") in found  # a predicate of blame: the comment criticises (judgments.py)
    # a clause telling an act (a verb), even with no actor, stays the news and the speech verb its frame
    assert roots(nlp, "A storm killed dozens of people in Haiti, the United Nations said.") == set()


def test_hoping_about_another_party_is_an_optimistic_comment(nlp: Language) -> None:
    assert ("JPN", "PRK", "01") in roots(nlp, "Tokyo hopes the negotiations with North Korea will succeed.")
    # a hoped act of one's own stays an intent
    assert ("ISR", "EGY", "03") in roots(nlp, "Israel hopes to meet Egypt next week.")


def test_other_speech_verbs_comment_on_the_clause_s_party(nlp: Language) -> None:
    text = "The Egyptian president stressed that Israel was responsible for the crisis."
    assert ("EGY", "ISR", "11") in roots(nlp, text)  # laying blame: an accusation (judgments.py)
    assert ("USA", "PRK", "01") in roots(nlp, "The US envoy predicted that North Korea would soften its stance.")
    # as frames they stay frames
    found = roots(nlp, "Thai officials stressed that Burmese troops had shelled a border village.")
    assert not any(r == "01" for _, _, r in found)


def test_describing_or_speaking_about_a_party_is_a_comment(nlp: Language) -> None:
    text = "Egypt's prime minister described the negotiations with Israel as useful."
    assert ("EGY", "ISR", "01") in roots(nlp, text)
    assert ("IRN", "USA", "01") in roots(nlp, "The Iranian president spoke about the United States in a speech.")
    # speaking with a party stays a consultation
    assert ("RUS", "USA", "04") in roots(nlp, "Putin spoke with Bush by telephone.")


def test_welcoming_the_move_is_aimed_at_its_agent(nlp: Language) -> None:
    text = "Syria released forty Lebanese prisoners. The Arab League welcomed the move."
    assert ("ARL", "SYR", "05") in roots(nlp, text)


@pytest.mark.parametrize(("text", "comments"), [
    ("Pakistan's foreign minister said he was optimistic that India would resume the dialogue.", {("PAK", "IND")}),
    ("Britain's foreign secretary, who was optimistic that Iran would resume the negotiations, flew to Brussels.",
     {("GBR", "IRN")}),
    ("France and Germany were confident that Russia would continue the dialogue.", {("FRA", "RUS"), ("DEU", "RUS")}),
    ("Turkey's prime minister, who is confident that the European Union will open membership talks, visited Berlin.",
     {("TUR", "EU")}),
])
def test_a_nominal_act_forecast_of_another_party_is_the_hoper_s_comment(
        nlp: Language, text: str, comments: set[tuple[str, str]]) -> None:
    # the act belongs to the clause's own subject: no intent or talks of the hopeful speaker
    found = roots(nlp, text)
    assert comments <= {(s, t) for s, t, r in found if r == "01"}
    assert not any(r == "03" or (r == "04" and t != "DEU") for _, t, r in found)  # the visit to Berlin is one


def test_a_nominal_act_of_the_hopeful_speaker_stays_its_intent(nlp: Language) -> None:
    assert ("PAK", "IND", "03") in roots(nlp, "Pakistan is optimistic that it will resume the dialogue with India.")
    assert ("PAK", "IND", "03") in roots(nlp, "Pakistan said it was ready to resume its talks with India.")


@pytest.mark.parametrize(("text", "statement"), [
    ("Peru stopped paying its creditors, and its economy minister told the United States that the "
     "decision was temporary.", ("PER", "USA", "01")),
    ("Interest payments were suspended by Brazil on Friday, and its finance minister told the United States that "
     "the decision was temporary.", ("BRA", "USA", "01")),
    ("Iran test-fired a new missile on Monday, and its foreign minister told Britain that the program was peaceful.",
     ("IRN", "GBR", "01")),
    ("Iran test-fired a new missile on Monday, its foreign minister telling Britain that the program was peaceful.",
     ("IRN", "GBR", "01")),
    ("The Iranian foreign minister, whose government test-fired a missile on Monday, told Britain that the program "
     "was peaceful.", ("IRN", "GBR", "01")),
])
def test_an_act_aimed_at_no_one_leaves_a_statement_to_a_party(
        nlp: Language, text: str, statement: tuple[str, str, str]) -> None:
    assert statement in roots(nlp, text)


def test_an_act_aimed_at_a_party_still_silences_a_plain_statement(nlp: Language) -> None:
    text = ("Iran test-fired a new missile at Israel on Monday, and its foreign minister told Britain that it was "
            "peaceful.")
    assert not any(r == "01" for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(("text", "comment"), [
    ("The Indian government is optimistic about its relations with Pakistan.", ("IND", "PAK", "013")),
    ("China expressed concern about its trade ties with Japan.", ("CHN", "JPN", "012")),
    ("Iran voiced hope about its nuclear talks with Britain.", ("IRN", "GBR", "013")),
    ("Germany, which is worried about its relations with Russia, called for calm.", ("DEU", "RUS", "012")),
])
def test_a_comment_on_the_speaker_s_own_relation_is_at_the_other_side(
        nlp: Language, text: str, comment: tuple[str, str, str]) -> None:
    assert comment in dyads(nlp, text)


def test_an_own_relation_with_no_other_side_names_no_target(nlp: Language) -> None:
    assert dyads(nlp, "Russia is optimistic about its own economy.") == set()
    # the host of the source's own post still comes first
    assert ("GBR", "IRN", "161") in dyads(nlp, "Britain withdrew diplomats from its embassy in Tehran.")


@pytest.mark.parametrize("text", [
    "The Swedish government hopes to challenge Norway in the fish market.",
    "Canadian ministers said they hoped to win Mexico over to the pact.",
])
def test_a_hope_to_act_oneself_is_no_optimistic_comment(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert not any(c == "013" for _, _, c in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Thai premier hopes that Burma will agree to new talks soon.", ("THA", "MMR", "013")),
    ("Malaysia hoped for more Japanese investment.", ("MYS", "JPN", "013")),
])
def test_a_hope_for_another_party_stays_an_optimistic_comment(nlp: Language, text: str,
                                                              dyad: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert dyad in found, found
