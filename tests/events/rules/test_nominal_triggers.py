"""Nominal triggers: possessive and modifier sources, predicate nominals, partners of exchanges."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicate nominal of becoming: the subject of "become"/"emerge as" acts on the possessor
        ("Kenya has emerged as Uganda's biggest customer.", ("KEN", "UGA", "06")),
        ("Spain became the main buyer of Algerian gas.", ("ESP", "DZA", "06")),
    ],
)
def test_predicate_nominals(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_trading_role_held_is_a_standing_relation(nlp: Language) -> None:
    assert not any(r == "06" for _, _, r in roots(nlp, "France is Egypt's largest arms supplier."))


@pytest.mark.parametrize(
    "text",
    [
        # an economic exchange needs a partner: a trade figure or a firm's sales is no event
        "China's exports rose sharply last year.",
        "Brazil will be an aggressive seller, but there is no sign of heavy Brazilian sales.",
        "The Soviet Union agreed to buy the plant's entire output of alumina.",
        # funding with no recipient actor
        "Germany agreed to fund the new aircraft project.",
    ],
)
def test_economic_trigger_needs_partner(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.root in ("06", "07")]


def test_economic_trigger_with_partner_is_kept(nlp: Language) -> None:
    assert ("TWN", "CHN", "061") in dyads(nlp, "Taiwan resumed exports to China.")


def test_a_trade_figure_with_a_partner_is_a_standing_flow(nlp: Language) -> None:
    assert not [e for e in code(nlp, "Taiwan's exports to China fell last year.") if e.root == "06"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nominal events inside noun phrases
        ("Russia's invasion of Ukraine shocked the world.", {("RUS", "UKR", "19")}),
        ("The Japanese prime minister's visit to India was a success.", {("JPN", "IND", "04")}),
    ],
)
def test_nominal_events_inside_noun_phrases(
    nlp: Language, text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert roots(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "UN chief Ban Ki-moon appealed for calm in Malawi on Friday.",
        "Ukrainian riot police clashed with demonstrators in Lviv.",
    ],
)
def test_words_of_a_leaders_name_or_before_a_role_head_are_no_triggers(nlp: Language, text: str) -> None:
    # "Ban" in a minister's name is no ban (172); "riot" in "riot police" is no riot (145)
    assert not any(e.cameo in ("172", "145") for e in code(nlp, text)), [(e.cameo, e.trigger) for e in code(nlp, text)]


def test_a_role_head_that_is_a_trigger_word_still_codes(nlp: Language) -> None:
    # the head of a role mention is kept: "France's opposition to the war" is still a rejection
    assert any(e.cameo == "120" for e in code(nlp, "France's opposition to the war angered Washington."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador repeated its accusation that Peru was arming the rebels.", ("ECU", "PER", "112")),
        ("Kenya's complaint that Uganda had closed the border went unanswered.", ("KEN", "UGA", "114")),
        ("Kenya repeated its demand that the Ugandan army leave the valley.", ("KEN", "UGA", "100")),
    ],
)
def test_an_accusing_noun_targets_the_subject_of_its_that_clause(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_no_accusation_without_a_party_in_the_that_clause(nlp: Language) -> None:
    found = dyads(nlp, "Peru's complaint that prices were too high went unanswered.")
    assert all(t is None for _, t, c in found if c.startswith("114")), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sharpest criticism of the Ugandan plan came from Kenya.", ("KEN", "UGA", "111")),
        ("Pressure on Uganda came from Kenya and Tanzania.", ("TZA", "UGA", "100")),
        ("Condemnation of the Ugandan raid poured in from Kenya.", ("KEN", "UGA", "111")),
    ],
)
def test_a_voiced_act_that_comes_from_a_party_has_it_as_source(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a posture noun whose of-phrase names the armed party: that party moves its own forces
        ("The deployment of Lithuanian troops along the Belarusian border worried Minsk.", ("LTU", "BLR", "154")),
        ("Athens protested against the massing of Turkish soldiers on the Greek frontier.", ("TUR", "GRC", "154")),
        ("Quito condemned the buildup of Peruvian forces along its border.", ("PER", "ECU", "154")),
        ("Hanoi noted the mobilisation of Cambodian reservists along the Vietnamese border.", ("KHM", "VNM", "154")),
        # peacekeepers sent in are peacekeeping, not a military posture
        ("The deployment of Kenyan peacekeepers to Somalia began in May.", ("KEN", "SOM", "074")),
    ],
)
def test_posture_nouns_take_their_of_phrase_as_agent(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no armed party in the of-phrase: a crowd massing, machines deployed
        "The massing of Serbian fans outside the stadium alarmed the police.",
        "The deployment of Japanese robots in German factories grew fast.",
    ],
)
def test_posture_nouns_need_an_armed_of_phrase(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "154"]


def test_peacekeepers_deployed_are_not_also_a_posture(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The deployment of Kenyan peacekeepers to Somalia began in May.")
                if e.cameo == "154"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exchange of captives (as a swap): each side releases the other's
        ("Eritrea and Djibouti carried out a prisoner exchange.", {("ERI", "DJI", "0841"), ("DJI", "ERI", "0841")}),
        ("Sudan and Chad completed an exchange of detainees.", {("SDN", "TCD", "0841"), ("TCD", "SDN", "0841")}),
        # a handover: what is handed over decides the code
        ("Belgium's handover of the enclave to Zaire was completed.", {("BEL", "COD", "080")}),
        ("Bolivia's handover of the smugglers to Brazil was praised.", {("BOL", "BRA", "063")}),
        # closing a border or an embassy, as a noun
        ("Uzbekistan's closure of its border with Tajikistan hurt traders.", {("UZB", "TJK", "191")}),
        ("Norway announced the closure of its embassy in Yemen.", {("NOR", "YEM", "160")}),
    ],
)
def test_exchange_handover_and_closure_nouns(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "An exchange of views between Chile and Uruguay took place.",
        "Bolivia's handover of the documents to Brazil was praised.",
        "The closure of the steel plant angered workers in Poland.",
    ],
)
def test_exchange_handover_and_closure_need_their_objects(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo in ("0841", "080", "063", "191", "160")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at the request of X", "at X's behest": X asks the party whose act the clause states
        ("Uganda closed the border at Kenya's request.", ("KEN", "UGA", "020")),
        ("At the request of the Kenyan government, Uganda expelled the envoys.", ("KEN", "UGA", "020")),
        ("Tanzania postponed the vote at the behest of Rwanda.", ("RWA", "TZA", "020")),
        ("Zambia, at the urging of Malawi, freed the fishermen.", ("MWI", "ZMB", "020")),
    ],
)
def test_request_phrase_targets_the_clause_doer(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no doer named: the request is aimed at no one the text names
        "The border was closed at Kenya's request.",
        "The talks were held at the request of Kenya.",
    ],
)
def test_request_phrase_without_doer_has_no_target(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.root == "02" and e.target is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X's request for Y's help": the party whose help is sought is asked
        ("Chad's request for French military help was granted.", ("TCD", "FRA", "02")),
        ("Moldova's appeal for Romanian aid went unanswered.", ("MDA", "ROU", "02")),
    ],
)
def test_request_for_anothers_help_targets_the_helper(nlp: Language, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_request_for_unowned_help_has_no_target(nlp: Language) -> None:
    assert not [e for e in code(nlp, "Peru's request for new loans was discussed.") if e.target is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a from-phrase the parse hangs on the of-phrase naming the agent is the act's own
        ("The pullout of Libyan troops from Chad was completed.", ("LBY", "TCD", "0874")),
        ("The withdrawal by Chile of its troops from Peru ended the crisis.", ("CHL", "PER", "0874")),
    ],
)
def test_withdrawal_from_phrase_on_the_agent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official protest addressed to a party: a complaint to it
        ("Malawi delivered a formal protest to the Zambian ambassador.", ("MWI", "ZMB", "114")),
        ("Malawi renewed its protest to Zambia over the border shooting.", ("MWI", "ZMB", "114")),
        ("Malawi sent a protest note to Zambia.", ("MWI", "ZMB", "114")),
    ],
)
def test_protest_addressed_to_a_party(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_note_without_protest_is_no_complaint(nlp: Language) -> None:
    assert not [e for e in code(nlp, "Malawi sent a note to Zambia about the fishing season.") if e.cameo == "114"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pullback, written whole or hyphenated, is a retreat from the place
        ("Georgia completed the pullback of its forces from Armenia.", ("GEO", "ARM", "0874")),
        ("The pull-back of Ethiopian troops from Eritrea began on Monday.", ("ETH", "ERI", "0874")),
    ],
)
def test_pullback_noun(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a by-phrase naming an office or a body lends whom it acts for
        ("The accord followed a visit to Hanoi by officials from Laos.", ("LAO", "VNM", "04")),
        ("Riots followed the arrest of two Kenyan students by troops of the Ugandan army.", ("UGA", "KEN", "17")),
        # the parser hangs the act's by-phrase on the active verb above it, which takes no by-agent
        ("The pact came after a visit to Sofia by a trade delegation from Greece.", ("GRC", "BGR", "04")),
        ("Manila criticised the trip to Taipei by Japanese officials.", ("JPN", "TWN", "04")),
    ],
)
def test_a_by_phrase_body_lends_its_state(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text), roots(nlp, text)


def test_a_by_phrase_person_of_some_descent_lends_no_state(nlp: Language) -> None:
    # "a man of Moroccan descent" is no agent of Morocco
    assert not any(s == "MAR" for s, _, _ in roots(
        nlp, "The stabbing of a Belgian judge by a man of Moroccan descent shocked Brussels."))


def test_unnamed_doers_in_a_stranded_by_phrase_leave_the_verb_subject(nlp: Language) -> None:
    # "by officials" hung on the verb names no state: the tour is still the subject's
    text = "Peru stopped servicing its loans and then launched a tour of France by officials seeking new credit."
    assert ("PER", "FRA", "04") in roots(nlp, text), roots(nlp, text)
