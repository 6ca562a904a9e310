"""Reporting frames and complement-taking verbs: statements, reported speech and obligations,
threats, pledges, refusals, appeals, demands, claims."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


def test_a_statement_without_a_target_is_no_event(nlp: Language) -> None:
    assert roots(nlp, "Brazil said on Monday that the harvest had been good.") == set()


def test_a_statement_about_unnamed_people_is_no_event(nlp: Language) -> None:
    # the villagers take the dateline's country, but a statement is about a named actor
    assert roots(nlp, "BAMAKO (Reuters) - A UN spokeswoman said dozens of villagers were missing.") == set()


def test_a_statement_to_someone_is_an_event(nlp: Language) -> None:
    assert ("FRA", "DEU", "01") in roots(nlp, "France told Germany that the harvest had been good.")


def test_reported_obligation_is_a_demand(nlp: Language) -> None:
    assert ("SYR", "TUR", "100") in dyads(nlp, "Syrian President Bashar Assad said Turkey must mediate.")
    # the speaker's own obligation is no demand
    assert not any(c == "100" for _, _, c in dyads(nlp, "Russia said it must protect its citizens."))


def test_an_obligation_told_to_an_addressee_by_pronoun_is_a_demand_on_it(nlp: Language) -> None:
    assert ("KEN", "UGA", "100") in dyads(nlp, "Kenya told Uganda it must reopen the border crossing.")
    assert ("KEN", "UGA", "020") in dyads(nlp, "Kenya told Uganda that it should reopen the border crossing.")
    # no addressee party: the pronoun is the speaker's own
    text = "The Kenyan minister told reporters he must consult the cabinet."
    assert not any(c == "100" for _, _, c in dyads(nlp, text))


def test_reported_speech_codes_intent_not_the_act(nlp: Language) -> None:
    events = code(nlp, "India said it would sign an agreement with Nepal.")
    assert [(e.source, e.target, e.root, e.modality) for e in events] == [("IND", "NPL", "03", "intent")]
    assert {e.root for e in code(nlp, "India will sign an agreement with Nepal.")} == {"03"}


def test_complement_verbs_code_their_own_act(nlp: Language) -> None:
    assert dyads(nlp, "Iran threatened to attack Israel.") == {("IRN", "ISR", "1384")}
    assert dyads(nlp, "Pakistan refused to meet India.") == {("PAK", "IND", "125")}
    assert dyads(nlp, "The United States urged Iran to negotiate with Britain.") == {("USA", "IRN", "026")}
    assert dyads(nlp, "China pledged to provide aid to Pakistan.") == {("CHN", "PAK", "033")}
    assert dyads(nlp, "Nigeria demanded that Cameroon withdraw its troops.") == {("NGA", "CMR", "1056")}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Taliban claimed that they had attacked Pakistan.", "015"),  # claiming one's own act
        ("The German government declined to comment.", "011"),
        ("Ethiopia rejected accusations by the United States.", "016"),
        ("Japan decided to ease sanctions on North Korea.", "085"),  # a decision is the act
        ("The United States will not lift the embargo on Cuba.", "1244"),
    ],
)
def test_governed_events_take_the_governor_reading(nlp: Language, text: str, cameo: str) -> None:
    assert cameo in {e.cameo for e in code(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "A French official agreed that the 1979 accord had worked well.",
        "Mexican officials concede that the economy is not recovering.",
        "The Japanese minister insisted that the plan is a high priority.",
    ],
)
def test_a_that_clause_makes_agree_concede_insist_a_comment(nlp: Language, text: str) -> None:
    assert not any(c[:2] in ("03", "08", "10") for _, _, c in dyads(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan or a demand in the clause keeps the act
        ("Israel and the Palestinians agreed that negotiations would resume next month.", ("ISR", "PSE", "03")),
        ("Britain insisted that Iran must release the sailors.", ("GBR", "IRN", "10")),
        ("The World Bank insisted that Kenya appoint independent auditors.", ("WB", "KEN", "10")),
        # the reported act is coded, not a yielding
        ("Washington conceded that its troops had killed civilians in Iraq.", ("USA", "IRQ", "19")),
    ],
)
def test_a_plan_or_demand_clause_keeps_the_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, t, c[:2]) for s, t, c in dyads(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean officials insist that they will not lower the tariffs on Peruvian copper.",
        "Britain and Norway have insisted there can be no extra money for the Community this year.",
        "The Kenyan premier insisted that his cabinet would not draw up a new budget before June.",
        "Peru insisted that Chile had broken the fishing treaty.",
    ],
)
def test_insist_with_a_future_or_past_clause_is_a_claim_not_a_demand(nlp: Language, text: str) -> None:
    assert not any(c[:2] == "10" for _, _, c in dyads(nlp, text))


def test_insist_with_an_obligation_or_bare_verb_stays_a_demand(nlp: Language) -> None:
    for text in ("Peru insisted that Chile must pull its troops out of the valley.",
                 "Peru insisted that Chile pull its troops out of the valley.",
                 "Peru is insisting that Chile comply with the border ruling."):
        assert ("PER", "CHL", "10") in {(s, t, c[:2]) for s, t, c in dyads(nlp, text)}, text


def test_a_trailing_judgment_of_a_named_state_is_a_comment_on_it(nlp: Language) -> None:
    text = "Chad has a real chance for peace once the vote is over, the UN envoy to the country said."
    assert ("UN", "TCD", "010") in {(e.source, e.target, e.cameo) for e in code(nlp, text)}
    assert ("FRA", "TCD", "010") in {(e.source, e.target, e.cameo) for e in code(
        nlp, "Chad is a loyal friend, the French minister said.")}


def test_a_trailing_judgment_keeps_its_frame_without_another_named_speaker(nlp: Language) -> None:
    assert code(nlp, "Chad's cotton exports rose sharply, the UN envoy said.") == []  # no state subject
    assert code(nlp, "Chad is looking at new routes to Nigeria, the officials said.") == []  # unnamed speaker
    assert code(nlp, "Chad is looking at new routes to Nigeria, Chadian officials said.") == []  # its own


def test_a_trailing_frame_of_a_reported_act_stays_a_frame(nlp: Language) -> None:
    """Only a clause that judges a state (is, has, remains) is the speaker's comment; an act is sourced."""
    text = "Peru gave the visiting UN envoy a very positive message about the talks, the Chilean ministry said."
    assert ("CHL", "PER", "010") not in {(e.source, e.target, e.cameo) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lesotho said any raid by South Africa would be met with force.", ("LSO", "ZAF", "13")),
        ("Botswana said any Namibian incursion would meet a firm response.", ("BWA", "NAM", "13")),
        ("Malawi said every Zambian violation will draw a swift reply.", ("MWI", "ZMB", "13")),
    ],
)
def test_any_act_meeting_an_answer_is_a_threat(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """"said any X interference would meet a strong response": a condition in disguise, a threat at X."""
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Botswana said any Namibian investment would meet strict rules.",  # no answer to an act
        "Botswana said the Namibian raid was met with force.",  # an outcome told, no generic act
    ],
)
def test_an_act_meeting_no_answer_is_no_threat(nlp: Language, text: str) -> None:
    assert not any(r == "13" for _s, _t, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fiji accepted the mediation of New Zealand.", ("FJI", "NZL", "038")),
        ("Fiji will not accept the mediation of New Zealand.", ("FJI", "NZL", "126")),
        ("Fiji refused to accept mediation by New Zealand.", ("FJI", "NZL", "126")),
    ],
)
def test_accepting_or_refusing_mediation(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """The one who accepts or refuses mediation is the source, the mediator the target (not the reverse)."""
    found = dyads(nlp, text)
    assert expected in found
    assert not any(s == "NZL" for s, _t, _c in found)


@pytest.mark.parametrize(
    "text",
    [
        "World Bank officials said the bank's lending to Ghana had reached 2 billion dlrs.",
        "Chile said the last loan was made to Bolivia in 1974.",
        "Chilean officials said the bank's lending to Bolivia had reached 2 billion dlrs.",
    ],
)
def test_a_party_that_is_a_detail_of_a_reported_fact_makes_no_statement(nlp: Language, text: str) -> None:
    # the party sits in an object or a phrase of the reported clause: a fact sourced, no comment on it
    assert not any(c.startswith("01") for _, _, c in dyads(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile said that Peru's surplus was hurting everyone.",
        "Chilean officials said that while Peru has stopped dumping copper, it has not opened its market.",
        "Bachelet said both Chile and Peru should settle the row calmly.",
        "Chile said unrest in Peru was growing.",  # the subject's place phrase names its topic
        "Chile said its relations with Peru were at a turning point.",  # a tie noun's partner is its topic
        "Chilean officials said tensions between Chile and Peru had eased.",
        "The Chilean president told reporters there was now no tension at all with Peru.",  # what there is
    ],
)
def test_a_statement_about_the_subject_of_its_clause_stays(nlp: Language, text: str) -> None:
    assert any(s == "CHL" and t == "PER" and c[:2] in ("01", "02") for s, t, c in dyads(nlp, text))


def test_a_speaker_stating_its_own_stance_towards_a_buried_party_keeps_it(nlp: Language) -> None:
    # the clause's subject is the speaker's own side: its stance towards Peru, not a fact sourced
    text = "Chilean officials said Chile had no intention of changing its copper policy toward Peru."
    assert any(s == "CHL" and t == "PER" for s, t, _ in dyads(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile said Peru had not honoured its pledge to reopen the copper mines.",
        "The Chilean foreign minister said Peru was doing little to curb the smuggling raids.",
    ],
)
def test_a_clause_about_a_party_with_only_an_unowned_buried_act_is_a_comment(nlp: Language, text: str) -> None:
    # the buried act ("its pledge to reopen", "to curb the raids") has no actor of its own: no mere report;
    # a comment (01x), or the criticism (11x) a broken commitment makes it (events/judgments.py)
    assert any(s == "CHL" and t == "PER" and c[:2] in ("01", "11") for s, t, c in dyads(nlp, text))


def test_a_clause_with_an_unowned_act_and_no_party_subject_stays_a_report(nlp: Language) -> None:
    # the clause's subject is no party: the saying only sources the fact
    text = "Chile said the talks on reopening the copper mines near Peru had stalled."
    assert not any(c.startswith("01") for _, _, c in dyads(nlp, text))
