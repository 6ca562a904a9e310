"""Within-document coreference of actors."""

from __future__ import annotations

import pytest

from multipolar.api import code_text, resolve_actors


def coref(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(m.text, m.code, m.members) for m in resolve_actors(text, "2024-06-01") if m.kind == "coref"]


def test_pronouns_follow_the_last_compatible_actor() -> None:
    found = coref("China said it would defend its interests.")
    assert ("it", "CHN", ()) in found and ("its", "CHN", ()) in found


def test_expletive_it_is_skipped() -> None:
    assert coref("Russia protested. It is likely that talks will fail.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Peru rejected the plan on Monday. Mexico noted it will be hard for the bank to approve the loan.",
        "Peru rejected the plan on Monday. Kenya told reporters it was in everyone's interest to keep the port open.",
        "Peru rejected the plan on Monday. Ghana said it is now far more important than before that lenders act.",
    ],
)
def test_it_before_an_empty_subject_predicate_is_expletive(text: str) -> None:
    assert not [f for f in coref(text) if f[0] == "it"], coref(text)


def test_it_before_a_raising_predicate_is_the_party() -> None:
    assert ("it", "MEX", ()) in coref("Peru balked on Monday. Mexico said it will be ready to approve the loan.")


def test_plural_pronoun() -> None:
    assert ("they", "AFG", ()) in coref("The Taliban said they attacked a checkpoint.")


def test_personal_pronoun_to_leader() -> None:
    assert ("he", "RUS", ()) in coref("Putin said he was ready.")


def test_two_nations_is_a_compound_actor() -> None:
    found = coref("Russia and Ukraine agreed a ceasefire. The two nations will meet again.")
    assert ("The two nations", "RUS", ("RUS", "UKR")) in found


def test_repeated_surname_of_unlisted_person() -> None:
    found = coref("Ukrainian commander Mykola Oleshchuk spoke. Oleshchuk said the line held.")
    assert ("Oleshchuk", "UKR", ()) in found


def test_subject_pronoun_prefers_the_subject_antecedent() -> None:
    found = coref("Although Brazil did not send troops to Haiti, it has backed Argentina in talks.")
    assert ("it", "BRA", ()) in found


def test_possessive_pronoun_takes_the_most_recent_argument() -> None:
    found = coref("Germany extended loans to Poland after its election.")
    assert ("its", "POL", ()) in found


def test_modifiers_are_not_antecedents() -> None:
    found = coref("Japan buys Korean steel for its shipyards.")
    assert ("its", "JPN", ()) in found


def test_plural_pronoun_after_coordinated_subjects() -> None:
    found = coref("Kenya and Uganda said their border would stay open.")
    assert ("their", "KEN", ("KEN", "UGA")) in found


def test_both_leaders_means_the_two_last_leaders() -> None:
    found = coref("Macron met Scholz in Paris, near the British embassy. Both leaders praised Ukraine.")
    assert ("Both leaders", "FRA", ("FRA", "DEU")) in found


def test_both_countries_are_two_states_not_a_bloc() -> None:
    # "both countries" after a bloc named last takes the two states, not the bloc (NATO is no country)
    found = coref("Spain and Portugal's NATO partners urged both countries to cut their deficits.")
    assert ("both countries", "ESP", ("ESP", "PRT")) in found, found


def test_both_sides_may_still_be_a_bloc() -> None:
    found = coref("The EU met China in Brussels. Both sides praised the talks.")
    assert ("Both sides", "EU", ("EU", "CHN")) in found, found


def coref_all(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in resolve_actors(text, "1990-05-01") if m.kind == "coref"]


def test_unresolved_company_subject_blocks_a_country_antecedent() -> None:
    assert coref_all("Exports to Mexico rose. Allied Signal Inc said it would cut prices.") == []


def test_recent_unresolved_company_blocks_a_possessive() -> None:
    assert coref_all("Mexico welcomed a plan by Allied Signal Inc to double its output.") == []


def test_unresolved_person_blocks_a_leader_antecedent() -> None:
    found = coref_all("Gorbachev spoke first. Later John Grisham told reporters he was pleased.")
    assert ("he", "RUS") not in found


def test_company_named_after_a_country_is_an_antecedent() -> None:
    assert ("it", "JPN") in coref_all("Japan Air Lines Co said it would buy jets.")


def test_state_organ_without_a_country_does_not_block() -> None:
    assert ("it", "IRQ") in coref_all("Iraq closed the border. The Interior Ministry said it acted alone.")


def test_object_pronoun_is_not_its_own_clause_subject() -> None:
    """A non-reflexive object pronoun takes an antecedent outside its clause's subject ("itself" would)."""
    assert ("it", "USA", ()) in coref("Washington attacked Iran, and Iran said it would avenge it.")
    assert ("them", "SYR", ()) in coref("Syrian troops said the Israelis had shelled them.")
    assert ("him", "RUS", ()) in coref("Putin met Scholz, and Scholz told him the talks had failed.")


def test_a_dateline_place_is_no_antecedent() -> None:
    text = "OSLO, Norway, May 4 - Nordic Pulp AS said it had signed a supply contract with a Swedish mill."
    its = [m for m in resolve_actors(text, date="1990-05-04") if m.text == "it"]
    assert not its or its[0].code != "NOR", its


def test_a_place_named_in_the_text_after_the_dateline_still_is_one() -> None:
    text = "OSLO, May 4 - Norway said it would expel two Russian diplomats."
    its = [m for m in resolve_actors(text, date="1990-05-04") if m.text == "it"]
    assert its and its[0].code == "NOR", its


def test_object_pronoun_is_not_the_subject_its_verb_borrows() -> None:
    """The subject of a controlled infinitive or of a later conjunct binds the object pronoun too."""
    assert ("it", "PRK", ()) in coref("North Korea said the United States was plotting to invade it.")
    assert ("it", "CUB", ()) in coref("Cuba said Washington had long wanted to topple it.")
    assert ("it", "SYR", ()) in coref("Syria said Israel massed troops and threatened it.")


def test_object_control_leaves_the_urger_free() -> None:
    """"urged Syria to back it": Syria backs, so "it" may be the urger."""
    assert ("it", "IRN", ()) in coref("Iran urged Syria to back it in the dispute.")


def test_the_north_is_the_other_korea() -> None:
    """"the North" after a Korean state is named: North Korea's government."""
    assert ("the North", "PRK", ()) in coref("South Korea sent food to the North on Monday.")
    assert ("the North", "PRK", ()) in coref("Seoul urged the North to return to the talks.")


def test_the_north_without_korea_or_before_a_name_is_no_state() -> None:
    assert not any(m[0].startswith("the North") for m in coref("NATO ships patrolled the North Atlantic."))
    assert not any(m[0] == "the North" for m in coref("Rebels control the North, the Ivorian army said."))


def test_a_pronoun_after_the_north_is_the_north() -> None:
    found = coref("South Korea sent food to the North. The North thanked Seoul and said it would attend.")
    assert ("it", "PRK", ()) in found, found


def test_a_definite_government_subject_takes_its_sentences_subject_state() -> None:
    # the state the clause is about speaks, not the last state named in it
    found = coref("Norway will send more grain to Ethiopia this winter, the government said.")
    assert ("the government", "NOR") in [(t, c) for t, c, _ in found], found


def test_a_definite_government_subject_takes_a_state_named_in_its_own_sentence_first() -> None:
    found = coref("Chile signed the pact on Monday. In Peru, the government is weighing whether to follow.")
    assert ("the government", "PER") in [(t, c) for t, c, _ in found], found


def test_a_definite_government_subject_takes_an_earlier_subject_over_a_later_object() -> None:
    found = coref("Ghana offered to host talks between Togo and Benin. The government also sent an envoy.")
    assert ("The government", "GHA") in [(t, c) for t, c, _ in found], found


def test_a_regional_epithet_takes_up_the_last_state() -> None:
    found = coref("Unrest in Nepal goes on, and donors pledged to help the Himalayan kingdom rebuild.")
    assert ("the Himalayan kingdom", "NPL", ()) in found
    assert ("the Caribbean nation", "JAM", ()) in coref("Jamaica said the Caribbean nation would vote.")


def test_a_named_republic_is_no_epithet() -> None:
    assert coref("Japan praised the Czech Republic on Monday.") == []
    assert coref("Chile cited the Islamic Republic of Iran.") == []


def test_definite_title_takes_up_the_named_holder() -> None:
    found = coref("Prime Minister Narendra Modi flew to Hanoi on Tuesday. The prime minister praised Vietnam.")
    assert ("The prime minister", "IND", ()) in found, found


def test_definite_title_takes_up_a_holder_of_that_office() -> None:
    found = coref("Olaf Scholz arrived in Lisbon. The chancellor thanked Portugal for its help.")
    assert ("The chancellor", "DEU", ()) in found, found


def test_definite_title_needs_a_holder_of_that_title() -> None:
    found = coref("President Joe Biden met Danish officials. The king later thanked Norway.")
    assert not any(text.lower() == "the king" for text, _, _ in found), found


def test_surname_of_a_name_in_apposition_takes_up_the_role() -> None:
    found = coref("The Kenyan envoy, Daniel Mwangi, met Ugandan officials. Mwangi accused Uganda of arming rebels.")
    assert ("Mwangi", "KEN", ()) in found, found
    found = coref("Juan Perez, a senior Chilean diplomat, met Bolivian officials. Perez accused Bolivia of lying.")
    assert ("Perez", "CHL", ()) in found, found


def test_he_takes_up_a_person_named_in_apposition_and_by_surname() -> None:
    text = ("Oskar Lindqvist, the Swedish trade minister, met Finnish officials. Then Lindqvist faulted "
            "Finland over the tariffs. He also warned Norway.")
    found = coref(text)
    assert ("Lindqvist", "SWE", ()) in found and ("He", "SWE", ()) in found, found


def test_a_titled_name_of_a_country_is_that_countrys_person() -> None:
    text = "Defence Minister Ruben Ostrova of Bolivia criticised Chile. Ostrova also warned Peru. He left on Monday."
    actors = [(m.text, m.code, m.sector) for m in resolve_actors(text, "2024-06-01")]
    assert ("Defence Minister Ruben Ostrova of Bolivia", "BOL", "GOV") in actors, actors
    found = coref(text)
    assert ("Ostrova", "BOL", ()) in found and ("He", "BOL", ()) in found, found


def test_the_pronoun_of_a_placed_person_codes_the_event() -> None:
    text = "Defence Minister Ruben Ostrova of Bolivia criticised Chile. Later he warned Peru."
    events = code_text(text, "2024-06-01")
    assert ("BOL", "PER", "130") in [(e.source, e.target, e.cameo) for e in events], events


def test_a_name_with_particles_after_a_title_is_one_person() -> None:
    text = "Chilean Interior Minister Jorge del Pradal criticised Peru. Later del Pradal warned Bolivia."
    actors = [(m.text, m.code) for m in resolve_actors(text, "2024-06-01")]
    assert ("Chilean Interior Minister Jorge del Pradal", "CHL") in actors, actors
    assert ("Pradal", "CHL", ()) in coref(text)
    text = "Envoy Pieter van der Lom of the Netherlands criticised Belgium. Later he met Danish officials."
    actors = [(m.text, m.code) for m in resolve_actors(text, "2024-06-01")]
    assert ("Envoy Pieter van der Lom of the Netherlands", "NLD") in actors, actors
    assert ("he", "NLD", ()) in coref(text)


def test_a_title_of_a_plural_named_state_is_one_person() -> None:
    found = coref("The president of the Philippines criticised Vietnam. Later he met Japanese officials.")
    assert ("he", "PHL", ()) in found, found


def test_trade_representatives_and_undersecretaries_are_titled_people() -> None:
    text = "Thai trade representative Somchai Rattan met Peruvian Under Secretary Ana Quilla on Friday."
    assert ("THA", "PER", "040") in [(e.source, e.target, e.cameo) for e in code_text(text, "2024-06-01")]
    text = "Chilean Undersecretary Rosa Vial criticised Peru."
    actors = [(m.text, m.code) for m in resolve_actors(text, "2024-06-01")]
    assert ("Chilean Undersecretary Rosa Vial", "CHL") in actors, actors


def test_a_leaders_surname_in_apposition_to_another_states_envoy_is_that_envoy() -> None:
    text = "Mr. Karimov, the Kazakh envoy, criticised Russia. Karimov later warned China."
    found = [(e.source, e.target, e.cameo) for e in code_text(text, "2024-06-01")]
    assert ("KAZ", "RUS", "111") in found and ("KAZ", "CHN", "130") in found, found
    found = [(e.source, e.target) for e in code_text("Putin, the Russian president, criticised Japan.", "2024-06-01")]
    assert ("RUS", "JPN") in found, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Amnesty International criticised a trial in Bahrain. The government accused the group of lying.", "NGO"),
        ("Human Rights Watch released a report on Laos. Laos accused the organisation of bias.", "NGO"),
        ("Hamas fired rockets at Sderot. Israel vowed to destroy the group.", "PSE"),
    ],
)
def test_the_group_takes_up_an_organisation_named_before(text: str, code: str) -> None:
    assert any(t in ("the group", "the organisation") and c == code for t, c, _ in coref(text)), coref(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oxfam opened a clinic in Chad. The group of volunteers left on Monday.",  # a group of its own
        "Greenpeace praised Norway. The group leader met the king.",  # a modifier
        "Seven Kenyan drivers were freed in Somalia. The group arrived in Nairobi.",  # no organisation named
        "The EC came under attack from the bloc of sugar exporters, which the group accused of dumping.",  # an IGO
    ],
)
def test_the_group_with_a_phrase_of_its_own_or_no_organisation_is_no_anaphor(text: str) -> None:
    assert not [f for f in coref(text) if f[0].lower().startswith("the group")], coref(text)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Ecuador appealed to the OAS over raids on its border posts.", "ECU"),
        ("Chile wrote to the United Nations about patrols in its territorial waters.", "CHL"),
    ],
)
def test_its_before_land_or_nationals_takes_up_a_state(text: str, owner: str) -> None:
    assert ("its", owner, ()) in coref(text), coref(text)


def test_its_before_other_nouns_still_takes_the_last_actor() -> None:
    assert ("its", "UN", ()) in coref("Chile wrote to the United Nations about its peacekeeping budget.")


def test_the_before_a_word_no_description_starts_resolves_nothing() -> None:
    from multipolar.actors.coref import description_words

    words = description_words()
    assert {"group", "prime", "north", "government"} <= words and "market" not in words
    assert coref("Kenya cut interest rates. The market rose after the announcement.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pedro Ruiz, foreign minister of Peru, flew home. Ruiz criticised the tariffs.", ("Ruiz", "PER")),
        ("Anna Holm, the ambassador of Sweden, left Oslo. Holm met the premier on Friday.", ("Holm", "SWE")),
    ],
)
def test_a_name_in_apposition_to_a_role_of_a_state_is_taken_up_by_its_surname(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in [(text_, code) for text_, code, _ in coref(text)]


def test_the_state_ending_a_role_is_no_surname() -> None:
    # "the foreign minister of Peru": "Peru" later is the state itself, not a coreferent of the minister
    found = {(m.text, m.kind, m.sector) for m in resolve_actors(
        "The foreign minister of Peru arrived. Peru then signed the pact.", "2024-06-01")}
    assert ("Peru", "country", "GOV") in found
