"""What a reported clause says beyond a bare statement (events/judgments.py): a predicate of blame
makes it a criticism (111), of gloom a pessimistic (012), of hope an optimistic comment (013); the
speaker's own hostile act said to be possible is a threat; a wish for another party's act with no
coded act of its own is an appeal; the place of a clause's subject is the comment's topic; another party's
reported failure to do a duty ("had failed to implement the pact", "has not done enough to") is a criticism."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


def test_a_pejorative_predicate_of_another_party_s_act_is_criticism(nlp: Language) -> None:
    assert ("NOR", "SWE", "111") in dyads(nlp, "Norway said Sweden's fishing quota was irresponsible.")


def test_a_predicate_under_too_is_a_fault_found(nlp: Language) -> None:
    assert ("AUT", "HUN", "111") in dyads(nlp, "Austria said Hungarian border guards had been too slow.")


def test_a_predicate_noun_of_blame_is_criticism(nlp: Language) -> None:
    assert ("PRT", "ESP", "111") in dyads(nlp, "Portugal said the Spanish dam project was a blunder.")


def test_judging_oneself_is_no_criticism(nlp: Language) -> None:
    found = roots(nlp, "Finland said it had been wrong about Estonia.")
    assert not any(r == "11" for _, _, r in found)


def test_a_gloomy_predicate_of_a_situation_is_a_pessimistic_comment(nlp: Language) -> None:
    assert ("BEL", "COD", "012") in dyads(nlp, "Belgium said the situation in Congo remained volatile.")


def test_a_hopeful_predicate_is_an_optimistic_comment(nlp: Language) -> None:
    assert ("CHL", "PER", "013") in dyads(nlp, "Chile said its talks with Peru had been fruitful.")


@pytest.mark.parametrize(
    "text",
    [
        "Chile said its relations with Peru were excellent.",  # praise of a tie: hope, not approval
        "Chile said its ties with Peru were warm.",  # a kindly word of a tie
        "Chile said the security situation in Peru was now normal.",
    ],
)
def test_a_praising_predicate_of_a_state_of_affairs_is_an_optimistic_comment(nlp: Language, text: str) -> None:
    assert ("CHL", "PER", "013") in dyads(nlp, text)


def test_a_kindly_word_of_a_party_s_act_stays_a_plain_statement(nlp: Language) -> None:
    assert ("CHL", "PER", "010") in dyads(nlp, "Chile said the Peruvian offer was good.")


def test_a_neutral_predicate_stays_a_plain_statement(nlp: Language) -> None:
    found = roots(nlp, "Norway said the Swedish quota was large.")
    assert ("NOR", "SWE", "01") in found
    assert not any(r == "11" for _, _, r in found)


def test_the_speaker_s_own_possible_retaliation_is_a_threat(nlp: Language) -> None:
    found = roots(nlp, "Brazil said it could retaliate against Argentina.")
    assert ("BRA", "ARG", "13") in found
    assert not any(r == "01" for _, _, r in found)


def test_a_conditional_strike_announced_by_the_speaker_is_a_threat(nlp: Language) -> None:
    assert ("PAK", "IND", "13") in roots(nlp, "Pakistan said it would strike India if it was attacked.")


def test_a_possible_sanction_announced_by_the_speaker_is_a_threat(nlp: Language) -> None:
    assert ("NLD", "VEN", "1312") in dyads(nlp, "The Netherlands said it might impose sanctions on Venezuela.")


def test_another_party_s_possible_attack_is_no_threat_of_the_speaker(nlp: Language) -> None:
    found = roots(nlp, "Egypt said Ethiopia could attack Sudan.")
    assert not any(r == "13" for _, _, r in found)


def test_a_possible_help_is_no_threat(nlp: Language) -> None:
    found = roots(nlp, "Spain said it could help Morocco.")
    assert not any(r == "13" for _, _, r in found)


def test_wanting_a_party_to_do_an_uncoded_act_is_an_appeal(nlp: Language) -> None:
    assert ("KOR", "JPN", "02") in roots(nlp, "South Korea wants Japan to revise its school textbooks.")


def test_wanting_a_thing_is_no_appeal(nlp: Language) -> None:
    assert not roots(nlp, "Argentina wants the Falklands.")


def test_wanting_to_act_oneself_is_no_appeal(nlp: Language) -> None:
    found = roots(nlp, "Vietnam wants to deepen its ties with Laos.")
    assert not any(r == "02" for _, _, r in found)


def test_the_opposition_of_a_named_party_is_its_own(nlp: Language) -> None:
    found = roots(nlp, "The cabinet restated the firm opposition of Canada to a planned Danish levy on fish.")
    assert ("CAN", "DNK", "12") in found  # opposition to a plan is a rejection, as the verb "oppose"


def test_the_place_of_a_judged_subject_is_the_comment_s_topic(nlp: Language) -> None:
    assert ("FRA", "LBN", "01") in roots(nlp, "France said the situation in Lebanon was tense.")


def test_a_place_of_the_reported_fact_is_still_no_topic(nlp: Language) -> None:
    assert not roots(nlp, "Police said the minister was ill in a Paris hospital.")


def test_voicing_anger_at_a_party_is_disapproval(nlp: Language) -> None:
    assert ("IRL", "GBR", "11") in roots(nlp, "Ireland voiced anger at the British decision.")


def test_telling_a_party_to_act_demands_it(nlp: Language) -> None:
    assert ("KEN", "UGA", "10") in roots(nlp, "Kenya told Uganda to hand over the suspects.")


def test_telling_a_party_what_one_will_do_is_no_demand(nlp: Language) -> None:
    found = roots(nlp, "Kenya told Uganda that it would reopen the border.")
    assert not any(r == "10" for _, _, r in found)


def test_saying_a_party_was_responsible_is_an_accusation(nlp: Language) -> None:
    assert ("TUR", "SYR", "112") in dyads(nlp, "Turkey said Syria was responsible for the shelling.")


def test_a_clause_hung_on_the_statement_is_the_reported_content(nlp: Language) -> None:
    text = "Denmark's foreign ministry said in a statement that Iran's conduct was unacceptable."
    assert ("DNK", "IRN", "111") in dyads(nlp, text)


def test_a_plain_clause_hung_on_the_statement_names_the_topic(nlp: Language) -> None:
    text = "The Chilean president said in an interview that Peru had changed its position."
    assert ("CHL", "PER", "01") in roots(nlp, text)


def test_a_predicate_noun_with_a_pejorative_modifier_is_criticism(nlp: Language) -> None:
    assert ("FRA", "DEU", "111") in dyads(nlp, "France said the German plan was a misguided attempt to cut costs.")
    assert ("USA", "JPN", "111") in dyads(nlp, "The U.S. envoy said Japan's rice policy was an act of protectionism.")


def test_denied_merit_of_another_party_s_act_is_criticism(nlp: Language) -> None:
    assert ("IND", "PAK", "111") in dyads(nlp, "India said Pakistan's response had not been encouraging.")
    assert ("BRA", "USA", "111") in dyads(nlp, "Brazil said the American proposal was not helpful.")


def test_denied_fault_is_no_criticism(nlp: Language) -> None:
    found = roots(nlp, "Germany said the French plan was not reckless.")
    assert not any(r == "11" for _, _, r in found)


def test_a_denied_forecast_is_no_criticism(nlp: Language) -> None:
    found = roots(nlp, "Canada said it was not likely the talks with Mexico would succeed.")
    assert not any(r == "11" for _, _, r in found)


def test_fault_found_with_a_possible_act_is_advice_not_criticism(nlp: Language) -> None:
    found = roots(nlp, "A U.S. official said it would be foolish for Japan to retaliate against the United States.")
    assert not any(r == "11" for _, _, r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China said the United States was distorting the facts.", ("CHN", "USA", "112")),
        ("Israel said Syria had lied about its weapons.", ("ISR", "SYR", "112")),
        ("India said Pakistan was misleading the world.", ("IND", "PAK", "112")),
        ("The French minister said Germany was disregarding the interests of its partners.", ("FRA", "DEU", "112")),
    ],
)
def test_a_reported_deceit_or_disregard_is_an_accusation(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in dyads(nlp, text)


def test_a_domestic_organ_accused_by_another_side_of_its_country(nlp: Language) -> None:
    assert ("KEN", "KEN", "112") in dyads(nlp, "The Kenyan opposition said the government had rigged the vote.")
    found = dyads(nlp, "A former Brazilian finance minister said the Brazilian government is disregarding the "
                       "needs of farmers.")
    assert ("BRA", "BRA", "112") in found


def test_the_speaker_s_own_side_is_not_accused(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan government said the government had rigged nothing.")
    assert not any(r == "11" for _, _, r in found)


def test_a_gloomy_assessment_before_its_speaker_is_a_statement(nlp: Language) -> None:
    found = roots(nlp, "The situation in Darfur remains grim and dangerous, the European Union said.")
    assert ("EU", "SDN", "01") in found, found


def test_a_hopeful_forecast_before_its_speaker_only_sources_a_fact(nlp: Language) -> None:
    found = roots(nlp, "Chile is likely to win the seat, Peruvian diplomats said.")
    assert not any(s == "PER" for s, _, _ in found), found


def test_advice_in_a_coordinated_clause_is_the_speaker_s_own(nlp: Language) -> None:
    found = roots(nlp, "Unrest in Haiti has spread, and Americans should leave the country, the State Department said.")
    assert ("USA", "HTI", "01") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan said Libya had exaggerated reports of the fighting.", ("SDN", "LBY", "112")),  # participle read as ADJ
        ("Sudan said on Tuesday that Libya had exaggerated battle figures.", ("SDN", "LBY", "112")),
        ("Iraq said the Iranians had inflated casualty figures.", ("IRQ", "IRN", "112")),
        ("Russia said Britain had concealed the test results.", ("RUS", "GBR", "112")),
    ],
)
def test_a_reported_inflated_or_hidden_account_is_an_accusation(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan said Washington had unfairly singled out Tokyo.", ("JPN", "USA", "111")),
        ("Brazil said the American duties illegally discriminate against its shoes.", ("BRA", "USA", "111")),
        ("Egypt said the Israeli troops had wrongly detained the fishermen.", ("EGY", "ISR", "111")),
        ("Mexico arbitrarily raised the duties, the Guatemalan minister told reporters.", ("GTM", "MEX", "111")),
    ],
)
def test_a_reported_act_done_unfairly_is_criticism(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Germany said France had not acted illegally.",  # denied fault
    "Japan said it had acted unfairly in the past.",  # the speaker's own act
    "Japan said Korea's exports had increased sharply.",  # a neutral manner
])
def test_no_fault_found_is_no_criticism(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert not any(r == "11" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt said there was strong evidence that Israel had armed the rebels.", ("EGY", "ISR", "112")),
        ("There is clear evidence that Syria supplied the weapons, Israel said.", ("ISR", "SYR", "112")),
        ("Britain said it had proof that Libya trained the gunmen.", ("GBR", "LBY", "112")),
        ("India said it had evidence that Pakistani troops crossed the border.", ("IND", "PAK", "112")),
    ],
)
def test_reported_evidence_of_another_party_s_act_is_an_accusation(nlp: Language, text: str,
                                                                   expected: tuple) -> None:
    assert expected in dyads(nlp, text)


def test_evidence_against_an_organ_of_one_s_own_country_accuses_it(nlp: Language) -> None:
    found = dyads(nlp, "A Spanish opposition leader said there was evidence that the Spanish government had sold "
                       "rifles to Moroccan rebels.")
    assert ("ESP", "ESP", "112") in found and ("ESP", "MAR", "112") not in found, found


@pytest.mark.parametrize("text", [
    "Iran said there was no evidence that Iraq had used gas.",  # no evidence
    "The Chilean minister said there was evidence the economy was recovering.",  # no party accused
])
def test_no_evidence_or_no_party_is_no_accusation(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert not any(r == "11" for _, _, r in found), found


def test_an_accused_organ_of_one_s_own_country_is_the_target(nlp: Language) -> None:
    found = dyads(nlp, "The Kenyan opposition said the government had rigged the vote with help from "
                       "Ugandan officials.")
    assert ("KEN", "KEN", "112") in found and ("KEN", "UGA", "112") not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Canadian foreign minister said Mexican officials did not seem to understand the risk.",
         ("CAN", "MEX", "111")),
        ("Germany said France did not understand the needs of its farmers.", ("DEU", "FRA", "111")),
        ("Officials in Seoul said Tokyo had failed to grasp the seriousness of the dispute.", ("KOR", "JPN", "111")),
        ("Egypt said Israel does not appear to realise that the talks could collapse.", ("EGY", "ISR", "111")),
    ],
)
def test_a_reported_failure_to_understand_is_criticism(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Britain said it did not understand the Spanish decision.",  # the speaker's own
    "Japan said Korea understood its position.",  # understanding
    "The Indian minister said Pakistan did not know about the plan.",  # not knowing is no failure to understand
])
def test_no_failure_of_another_party_to_understand_is_no_criticism(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert not any(r == "11" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran said the American raid was an act of piracy.", ("IRN", "USA", "111")),
        ("Syria said the Israeli raid amounted to terrorism.", ("SYR", "ISR", "111")),
        ("Peru said the Chilean demand was extortion.", ("PER", "CHL", "111")),
    ],
)
def test_a_reported_act_called_a_crime_is_criticism(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in dyads(nlp, text)


def test_a_crime_fought_is_no_criticism(nlp: Language) -> None:
    found = roots(nlp, "Egypt said the fight against terrorism was a priority.")
    assert not any(r == "11" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argentina said Chile was holding up an agreement on the border.", ("ARG", "CHL", "111")),
        ("Egypt said Israel was undermining the peace talks.", ("EGY", "ISR", "111")),
        ("Pakistan said India had sabotaged the dialogue.", ("PAK", "IND", "111")),
        ("The French minister said British demands could jeopardize the summit.", ("FRA", "GBR", "111")),
    ],
)
def test_a_reported_obstruction_by_another_party_is_criticism(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Germany said the dispute could undermine relations.",  # no party obstructs
    "Japan said it would not undermine the agreement.",  # the speaker's own, negated
    "Brazil said Argentina had not hampered the talks.",  # denied
])
def test_no_obstruction_by_another_party_is_no_criticism(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert not any(r == "11" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thailand has failed to honour two parts of the shipbuilding accord, the Norwegian trade minister said.",
         ("NOR", "THA", "111")),
        ("The Norwegian trade minister said Thailand had failed to open its market to Norwegian fish.",
         ("NOR", "THA", "111")),
        ("Chad has not done enough to stop the raids on its border, the Nigerian envoy said.", ("NGA", "TCD", "111")),
        ("The Irish premier said Britain was not doing enough to curb the smuggling.", ("IRL", "GBR", "111")),
    ],
)
def test_a_reported_failure_of_another_party_to_do_a_duty_is_criticism(nlp: Language, text: str,
                                                                       expected: tuple) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The ruling party failed to win a majority, the Swedish ambassador said.",  # no duty
    "The Swedish ambassador said Norway may fail to meet the deadline.",  # a forecast
    "The Swedish minister said Sweden had failed to meet its aid target.",  # the speaker's own
    "Norway did not fail to honour the accord, the Swedish minister said.",  # no failure
])
def test_no_failure_of_another_party_to_do_a_duty_is_no_criticism(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert not any(r == "11" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch minister said the Iranian trial was biased and arbitrary.", ("NLD", "IRN", "111")),
        ("The Swedish government said the Kenyan election was undemocratic.", ("SWE", "KEN", "111")),
        ("Britain said the Zimbabwean poll was flawed and undemocratic.", ("GBR", "ZWE", "111")),
    ],
)
def test_a_fault_found_with_a_vote_or_trial_is_criticism(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in dyads(nlp, text)


def test_an_attributive_flawed_is_no_criticism(nlp: Language) -> None:
    found = roots(nlp, "The flawed American gun was replaced by a British missile.")
    assert not any(r == "11" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norway's premier said relations with Iceland were improving.", "013"),
        ("Bolivia said its ties with Chile had warmed since the summer.", "013"),
        ("Bolivia said its ties with Chile had deteriorated badly.", "012"),
        ("Syria's envoy said the situation in Lebanon was worsening.", "012"),
    ],
)
def test_relations_said_to_improve_or_worsen_are_a_comment_on_the_partner(
        nlp: Language, text: str, code: str) -> None:
    assert any(t is not None and c == code for _, t, c in dyads(nlp, text)), dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia said its ties with Chile were not improving.",  # negated: no hopeful comment
        "Bolivia said its own economy was improving.",  # no other party
    ],
)
def test_no_hopeful_comment_without_another_party_or_when_negated(nlp: Language, text: str) -> None:
    assert not any(c == "013" for _, _, c in dyads(nlp, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nepal said India was meddling in its internal affairs.", "112"),
        ("Laos said Thailand had interfered in the border talks.", "112"),
        ("Angola's president branded Portugal a colonialist.", "111"),
    ],
)
def test_meddling_said_of_another_party_and_colonialist_labels_are_blame(
        nlp: Language, text: str, code: str) -> None:
    assert any(t is not None and c == code for _, t, c in dyads(nlp, text)), dyads(nlp, text)


def test_a_denied_meddling_is_no_accusation(nlp: Language) -> None:
    assert not any(c[:2] == "11" for _, _, c in dyads(nlp, "Nepal said India had not meddled in the vote."))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the parser reads "talks" as a verb heading a clausal subject: still the judged dealings
        ("Kenya's foreign minister said on Friday that talks with the African Union had been constructive.", "013"),
        ("Uruguay's president said the negotiations with Paraguay had stalled.", "012"),
        ("The Moroccan premier said relations with Algeria were going badly.", "012"),
        ("Ecuador said its talks with Colombia were going well.", "013"),
    ],
)
def test_dealings_with_a_partner_judged_or_said_to_fare_are_a_comment_on_it(
        nlp: Language, text: str, code: str) -> None:
    found = dyads(nlp, text)
    assert any(t is not None and c == code for _, t, c in found), found
    assert not any(c[:2] == "04" for _, _, c in found), found  # the talks are the comment's topic, no meeting


def test_dealings_going_nowhere_in_particular_stay_uncommented(nlp: Language) -> None:
    found = dyads(nlp, "Ecuador said its talks with Colombia were going ahead.")
    assert not any(c in ("012", "013") for _, _, c in found), found
