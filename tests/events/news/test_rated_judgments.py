"""The judgment vocabulary widened by VADER's ratings (events/judged.py, data/vader/judgment_words.tsv),
read the same way in a reported clause ("said Y's plan was deceitful") and after a naming verb ("called
the plan deceitful", "described the offer as excellent"); the hand lists decide first (a gloomy word stays
012), feelings are no judgment of their subject, and a neutral word, the speaker's own side or a negated
judgment is no criticism."""

from __future__ import annotations

from spacy.language import Language

from multipolar.events.judged import FEELINGS, GLOOMY, PEJORATIVE, RATED_BLAME, RATED_PRAISE
from tests.events.conftest import dyads, roots


def test_the_rated_words_widen_the_hand_lists_without_feelings_or_hand_words() -> None:
    assert {"deceitful", "cruel", "disastrous", "incompetent", "unethical"} <= RATED_BLAME
    assert {"excellent", "outstanding", "remarkable"} <= RATED_PRAISE
    assert not (RATED_BLAME | RATED_PRAISE) & (FEELINGS | GLOOMY | PEJORATIVE)
    assert {"angry", "sad", "happy", "proud"}.isdisjoint(RATED_BLAME | RATED_PRAISE)


# reported clause -------------------------------------------------------------------------------------

def test_a_rated_pejorative_predicate_of_another_party_s_act_is_criticism(nlp: Language) -> None:
    assert ("NOR", "SWE", "111") in dyads(nlp, "Norway said Sweden's fishing policy was deceitful.")


def test_a_rated_predicate_of_another_party_itself_is_criticism(nlp: Language) -> None:
    assert ("GRC", "TUR", "111") in dyads(nlp, "Greece said the Turkish government had been incompetent.")


def test_a_rated_pejorative_modifier_of_the_predicate_noun_is_criticism(nlp: Language) -> None:
    assert ("KEN", "UGA", "111") in dyads(nlp, "Kenya said Uganda's border closure was a cruel decision.")


def test_a_rated_praising_predicate_of_another_party_s_act_is_praise(nlp: Language) -> None:
    assert ("CHL", "ARG", "051") in dyads(nlp, "Chile said Argentina's offer on the border was excellent.")


def test_a_gloomy_hand_word_stays_a_pessimistic_comment(nlp: Language) -> None:
    found = dyads(nlp, "Belgium said the situation in Congo remained dangerous.")
    assert ("BEL", "COD", "012") in found
    assert not any(code.startswith("11") for _, _, code in found)


def test_a_feeling_of_another_party_is_no_judgment_of_it(nlp: Language) -> None:
    found = roots(nlp, "Norway said Sweden was angry about the fishing quota.")
    assert not any(r in ("11", "05") for _, _, r in found)


def test_a_rated_judgment_of_the_speaker_s_own_side_is_no_criticism(nlp: Language) -> None:
    found = roots(nlp, "Finland said its own response had been incompetent.")
    assert not any(r == "11" for _, _, r in found)


def test_a_negated_rated_blame_is_no_criticism(nlp: Language) -> None:
    found = roots(nlp, "Norway said Sweden's fishing policy was not deceitful.")
    assert not any(r == "11" for _, _, r in found)


def test_a_neutral_predicate_is_no_judgment(nlp: Language) -> None:
    found = roots(nlp, "Norway said the Swedish fishing fleet was modern.")
    assert not any(r in ("11", "05") for _, _, r in found)


# naming verbs ----------------------------------------------------------------------------------------

def test_calling_another_party_s_act_a_rated_pejorative_word_is_criticism(nlp: Language) -> None:
    assert ("IRN", "USA", "111") in dyads(nlp, "Iran called the American proposal deceitful.")


def test_describing_an_act_as_a_hand_pejorative_word_is_criticism(nlp: Language) -> None:
    assert ("POL", "BLR", "111") in dyads(nlp, "Poland described Belarus's expulsion of its diplomats as outrageous.")


def test_describing_an_offer_as_excellent_is_praise(nlp: Language) -> None:
    assert ("FRA", "DEU", "051") in dyads(nlp, "France described the German offer as excellent.")


def test_branding_a_vote_with_a_conjoined_judgment_is_criticism(nlp: Language) -> None:
    assert ("VEN", "COL", "111") in dyads(nlp, "Venezuela branded Colombia's decision cruel and reckless.")


def test_calling_a_situation_dangerous_is_a_pessimistic_comment(nlp: Language) -> None:
    assert ("BEL", "COD", "012") in dyads(nlp, "Belgium called Congo's situation dangerous.")


def test_calling_an_envoy_a_rated_pejorative_noun_phrase_is_criticism(nlp: Language) -> None:
    assert ("USA", "GBR", "111") in dyads(nlp, "The U.S. president called Britain's ambassador a very stupid man.")


def test_calling_a_party_a_neutral_word_is_no_judgment(nlp: Language) -> None:
    found = roots(nlp, "Japan called Chinese officials partners.")
    assert not any(r in ("11", "05", "01") for _, _, r in found)


def test_a_negated_naming_is_no_criticism(nlp: Language) -> None:
    found = roots(nlp, "Norway did not call the Swedish quota deceitful.")
    assert not any(r == "11" for _, _, r in found)


def test_a_phone_call_stays_a_consultation(nlp: Language) -> None:
    found = roots(nlp, "The Japanese prime minister called the Chinese president on Monday.")
    assert not any(r == "11" for _, _, r in found)


# verbs of a view -------------------------------------------------------------------------------------

def test_regarding_another_party_s_act_as_pejorative_is_criticism(nlp: Language) -> None:
    assert ("JPN", "USA", "111") in dyads(nlp, "Japan regards the American tariff as reckless.")


def test_viewing_another_party_s_act_as_dangerous_is_a_pessimistic_comment(nlp: Language) -> None:
    assert ("CHN", "JPN", "012") in dyads(nlp, "China views Japan's defence overhaul as dangerous.")


def test_considering_sanctions_illegal_is_criticism(nlp: Language) -> None:
    assert ("IRN", "USA", "111") in dyads(nlp, "Iran considered the U.S. sanctions illegal.")


def test_seeing_a_party_as_a_neutral_word_is_no_judgment(nlp: Language) -> None:
    found = roots(nlp, "Russia sees Ukraine as a partner.")
    assert not any(r in ("11", "05", "01") for _, _, r in found)


def test_considering_a_proposal_stays_a_policy_option(nlp: Language) -> None:
    found = roots(nlp, "Germany considered the French proposal.")
    assert not any(r == "11" for _, _, r in found)


# a state of affairs ----------------------------------------------------------------------------------

def test_a_rated_bad_word_of_a_situation_is_a_pessimistic_comment(nlp: Language) -> None:
    found = dyads(nlp, "Belgium said the situation in Congo was dismal.")
    assert ("BEL", "COD", "012") in found
    assert not any(code.startswith("11") for _, _, code in found)


def test_calling_an_economy_s_outlook_a_rated_bad_word_is_gloom(nlp: Language) -> None:
    found = dyads(nlp, "The IMF called Argentina's economic outlook dismal.")
    assert not any(code.startswith("11") for _, _, code in found)


# a naming adjunct's pronoun --------------------------------------------------------------------------

def test_a_naming_adjunct_s_pronoun_judges_the_clause_s_object(nlp: Language) -> None:
    found = dyads(nlp, "Mexico rejected Washington's new border plan, calling it insulting.")
    assert ("MEX", "USA", "111") in found


def test_blame_wins_over_a_gloomy_word_beside_it(nlp: Language) -> None:
    found = dyads(nlp, "Egypt criticised Ethiopia's dam decision, describing it as dangerous and deceitful.")
    assert ("EGY", "ETH", "111") in found
    assert ("EGY", "ETH", "012") not in found


def test_an_extraposed_rated_judgment_of_another_party_s_act_is_criticism(nlp: Language) -> None:
    assert ("GBR", "JPN", "111") in dyads(nlp, "Britain said it was unethical that Japan had raised its tariffs.")
