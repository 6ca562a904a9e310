"""Modality: negated, hypothetical, interrogative and forecast events are not coded (or are flagged
on request); future and refusal readings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots

NOT_EVENTS = [
    ("Turkey did not attack Syria.", "negated"),
    ("Turkey never attacked Syria.", "negated"),
    ("Japan has not provided military aid to Ukraine.", "negated"),
    ("Syria refrained from condemning Turkey.", "negated"),
    ("Kenya failed to release the Ugandan prisoners.", "negated"),
    ("Turkey could attack Syria.", "hypothetical"),
    ("Turkey might impose sanctions on Syria.", "hypothetical"),
    ("Turkey will likely impose sanctions on Syria.", "hypothetical"),
    ("Turkey probably would sign the treaty with Syria.", "hypothetical"),
    ("Turkey may be able to lift its sanctions on Syria.", "hypothetical"),
    ("Turkey would be able to sign the treaty with Syria.", "hypothetical"),  # a capacity, not an act
    ("It is likely that Turkey will impose sanctions on Syria.", "hypothetical"),  # under "likely", not "be"
    ("Turkey is reluctant to attack Syria.", "negated"),
    ("Turkey was unable to strike a water deal with Syria.", "negated"),
    ("None of the Syrian ships were attacked by Turkey.", "negated"),  # a denying subject
    ("No Turkish troops crossed into Syria.", "negated"),
    ("If Turkey attacks Syria, the region will suffer.", "hypothetical"),
    ("Did Turkey attack Syria?", "question"),
    ("Will Egypt condemn Israel?", "question"),
]


@pytest.mark.parametrize(("text", "modality"), NOT_EVENTS)
def test_not_coded_by_default(nlp: Language, text: str, modality: str) -> None:
    assert code(nlp, text) == []


@pytest.mark.parametrize(("text", "modality"), [x for x in NOT_EVENTS if x[1] != "question"])
def test_flagged_with_include_negated(nlp_negated: Language, text: str, modality: str) -> None:
    events = code(nlp_negated, text)
    assert events and all(e.modality == modality for e in events)
    assert all(e.negated == (modality == "negated") for e in events)


def test_candidates_explain_why(nlp: Language) -> None:
    from multipolar.nlp.pipeline import make_doc
    from multipolar.records import Document

    doc = nlp(make_doc(nlp, Document(id="x", text="Turkey did not attack Syria.")))
    (cand,) = [c for c in doc._.candidates if c.lemma == "attack"]
    assert cand.outcome == "negated" and cand.cameo == "190" and cand.entry_rule


def test_while_clause_negation_does_not_leak(nlp: Language) -> None:
    found = roots(nlp, "While Japan has not provided military aid to Ukraine, Tokyo condemned Russia.")
    assert found == {("JPN", "RUS", "11")}


def test_main_clause_negation_does_not_reach_a_subordinate_clause(nlp: Language) -> None:
    assert roots(nlp, "Egypt did not comment after Israel attacked Gaza.") == {("ISR", "PSE", "19")}


def test_future_negation_of_an_attack_is_a_negated_attack(nlp: Language, nlp_negated: Language) -> None:
    assert code(nlp, "Turkey will not attack Syria.") == []
    (event,) = code(nlp_negated, "Turkey will not attack Syria.")
    assert (event.cameo, event.negated) == ("190", True)


def test_future_negation_of_a_concession_is_a_refusal(nlp: Language) -> None:
    assert roots(nlp, "The United States will not lift the embargo on Cuba.") == {("USA", "CUB", "12")}


def test_a_time_clause_under_a_plan_is_a_pending_condition(nlp: Language) -> None:
    """"will lift the sanctions once Y withdraws": the withdrawal is a condition, not news."""
    found = roots(nlp, "Turkey will lift the sanctions once Syria withdraws its troops.")
    assert not any(code == "08" and source == "SYR" for source, _target, code in found)
    assert roots(nlp, "Turkey will not talk to Syria until Syria recognises the Kurdish state.") == {
        ("TUR", "SYR", "12")}


def test_a_time_clause_under_a_forecast_is_a_pending_condition(nlp: Language) -> None:
    """"is likely to meet Y when he visits Z": the visit is as unsure as the meeting."""
    text = "The Chilean president is likely to see the Bolivian leader when he pays a visit to La Paz."
    assert not any(code == "04" for _source, _target, code in roots(nlp, text))
    real = "The Chilean president saw the Bolivian leader when he paid a visit to La Paz."
    assert ("CHL", "BOL", "04") in roots(nlp, real)


def test_a_past_time_clause_stays_real(nlp: Language) -> None:
    """Under a factual main clause, or in the past under a plan, the time clause is a reported act."""
    assert ("SYR", None, "08") in roots(nlp, "Once Syria withdrew its troops, Turkey lifted the sanctions.")
    assert ("SYR", "IRQ", "05") in roots(nlp, "Turkey will visit Iraq weeks after Syria recognised Iraq.")


def test_holding_off_an_act_puts_it_off(nlp: Language) -> None:
    found = roots(nlp, "Turkey agreed to hold off on imposing sanctions on Syria.")
    assert ("TUR", "SYR", "16") not in found and ("TUR", "SYR", "03") in found


def test_unwillingness_is_a_refusal(nlp: Language) -> None:
    assert roots(nlp, "Turkey is unwilling to negotiate with Syria.") == {("TUR", "SYR", "12")}


@pytest.mark.parametrize(
    "text",
    [
        "Dealers said they expect France and Japan to meet next week.",  # someone else's forecast
        "Russia is expected to visit China next week.",  # passive forecast
        "Kenya is likely to meet Uganda on Friday.",
        "Russia is due to send troops to Syria next week.",
    ],
)
def test_forecasts_are_not_events(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it was confident that Iceland would accept the quota deal.",
        "Peru said it was optimistic that Bolivia would reopen the border crossing.",
        "Kenya said it was hopeful that Tanzania would sign the accord.",
    ],
)
def test_confidence_in_another_partys_act_is_a_comment_not_its_intent(nlp: Language, text: str) -> None:
    """"X was confident that Y would sign": X's optimistic comment on Y (013), not Y's announced plan."""
    found = dyads(nlp, text)
    assert not any(c[:2] == "03" for _, _, c in found)
    assert any(c == "013" for _, _, c in found)


def test_doubt_about_another_partys_act_is_a_pessimistic_comment(nlp: Language) -> None:
    found = dyads(nlp, "Kenya said it was pessimistic that Tanzania would sign the accord.")
    assert ("KEN", "TZA", "012") in found
    assert not any(c[:2] == "03" for _, _, c in found)


def test_own_expectation_is_intent(nlp: Language) -> None:
    found = dyads(nlp, "Japan expects to sign an agreement with China.")
    assert ("JPN", "CHN", "032") in found


def test_negated_predicate_nominal_is_no_event(nlp: Language) -> None:
    assert roots(nlp, "Peru is not a customer of Chile.") == set()


def test_a_plain_future_and_ready_to_stay_announced_intent(nlp: Language) -> None:
    """The forecast adverbs and the modal above "be able/ready to" do not touch a plain plan."""
    assert roots(nlp, "Turkey will sign the treaty with Syria.") == {("TUR", "SYR", "03")}
    assert roots(nlp, "Turkey is ready to lift its sanctions on Syria.") == {("TUR", "SYR", "03")}


def test_likely_with_its_own_complement_leaves_the_verb_real(nlp: Language) -> None:
    """"talks with leaders likely to focus on arms": the adjective hedges the talks' topic, not the visit."""
    text = "Japan's foreign minister arrived in Seoul for talks with Korean leaders likely to focus on trade."
    found = roots(nlp, text)
    assert ("JPN", "KOR", "04") in found


def test_with_absolute_clause_is_asserted(nlp: Language) -> None:
    # "with X V-ing" is an absolute clause: a fact beside the main clause, not a complement of its "be"
    text = "Fishing rights have been a sore point for a decade, with Lisbon accusing Madrid of overfishing."
    assert ("PRT", "ESP", "112") in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels were holding 300 villagers as human shields in case the army attacked.",
        "Guerrillas kept 40 farmers hostage in case the troops stormed their camp.",
        "Greek troops stayed on alert in case Turkey invaded the island.",
        "Kenya sealed its border in case Somali militants attacked the town.",
        "The minister said Athens would fight in case of an attack by Turkey.",
        "Oman warned of war in the event of a Yemeni invasion of its islands.",
    ],
)
def test_conditional_frames_code_no_act(nlp: Language, text: str) -> None:
    # "in case", "in the event (of)" frame a condition: the framed act did not happen, and "case" is no lawsuit
    events = code(nlp, text)
    framed = {"attacked", "stormed", "invaded", "attack", "invasion", "case", "event"}
    assert not any(e.trigger in framed for e in events), events


def test_in_the_case_of_an_act_is_no_condition(nlp: Language) -> None:
    # "in the case of" means "as for": the act named is real
    text = "In the case of the Libyan raid, Washington blamed Tripoli for the bombing."
    assert ("USA", "LBY", "112") in dyads(nlp, text)
    # "in the case" with a relative clause is a lawsuit: the clause's act is real
    assert ("NIC", "HND", "115") in dyads(nlp, "The court ruled in the case Nicaragua filed against Honduras.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated holding-back cancels out: "would not hesitate to attack" is a threat of force
        ("North Korea would not hesitate to attack South Korea.", ("PRK", "KOR", "13")),
        ("Laos will not hesitate to strike the rebels, the defence minister said.", ("LAO", "LAO", "13")),
        # and a past one tells the act: "did not refrain from criticising"
        ("Syria did not refrain from criticising Jordan.", ("SYR", "JOR", "11")),
    ],
)
def test_a_negated_negating_governor_keeps_the_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_hesitating_to_act_is_no_act(nlp: Language) -> None:
    assert not any(r == "15" for _s, _t, r in roots(nlp, "Japan hesitated to send troops to Iraq."))
    assert not any(r == "11" for _s, _t, r in roots(nlp, "Britain refrained from criticising Canada."))


@pytest.mark.parametrize(
    "text",
    ["Norway is not opposed to the Danish proposal.", "Ghana was not opposed to talks with Togo."],
)
def test_a_predicative_trigger_takes_its_copulas_negation(nlp: Language, text: str) -> None:
    """"is not opposed to": the copula's "not" negates the predicative trigger (no rejection)."""
    assert not any(r == "12" for _s, _t, r in roots(nlp, text))


def test_a_predicative_trigger_without_negation_is_coded(nlp: Language) -> None:
    assert ("GHA", "TGO", "12") in roots(nlp, "Ghana was opposed to the Togolese plan.")


@pytest.mark.parametrize(
    "text",
    [
        "Bhutan said on Friday it would not agree to the Nepalese proposal.",
        "Bhutan refused to agree to the Nepalese proposal.",
    ],
)
def test_a_refused_agreement_to_a_noun_is_a_rejection(nlp: Language, text: str) -> None:
    """"would not agree to the proposal": a refusal (12x) of it, never an intent to agree (03x)."""
    found = roots(nlp, text)
    assert ("BTN", "NPL", "12") in found
    assert not any(r == "03" for _s, _t, r in found)


def test_an_agreement_to_a_noun_stays_an_intent(nlp: Language) -> None:
    assert ("BTN", "NPL", "03") in roots(nlp, "Bhutan said it would agree to the Nepalese proposal.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bhutan cannot accept the Nepalese proposal.", ("BTN", "NPL", "12")),
        ("Bhutan said it could not accept the Nepalese proposal.", ("BTN", "NPL", "12")),
        ("Bhutan said it can't accept the Nepalese proposal.", ("BTN", "NPL", "12")),
        ("The Bhutanese king said he could not allow Nepalese troops to enter the valley.", ("BTN", "NPL", "12")),
        ("Bhutan does not accept the Nepalese proposal.", ("BTN", "NPL", "12")),  # a present stance
        ("Bhutan does not recognise the Nepalese claim to the pass.", ("BTN", "NPL", "12")),
    ],
)
def test_cannot_accept_is_a_refusal(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """"cannot accept", "could not allow": a refusal worded as inability (12x)."""
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bhutan could not reach the Nepalese border post.",  # inability, no act of acceptance
        "The Nepalese plan cannot be approved until Bhutan agrees.",  # a passive condition
        "Bhutan can accept the Nepalese proposal.",  # a capacity
        "Bhutan did not accept the Nepalese proposal.",  # a past act negated
    ],
)
def test_cannot_without_a_refused_acceptance_is_no_rejection(nlp: Language, text: str) -> None:
    assert not any(r == "12" for _s, _t, r in roots(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ghana dismissed reports that it was arming rebels in Togo.",
        "Ghana refuted claims that its soldiers had shelled villages in Togo.",
    ],
)
def test_a_dismissed_or_refuted_report_codes_the_denial_not_the_act(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert any(c == "016" for _, _, c in found), found
    assert not any(c[:2] in ("07", "19") for _, _, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana dismissed as baseless reports that it would expel Togolese diplomats.",
        "Ghana rejected reports that its troops had shelled villages in Togo.",
        "Ghana dismissed as groundless rumours that its army would invade Togo.",
        "Ghana said reports that it would expel Togolese envoys were baseless.",
        "The Ghanaian minister said reports that Ghana would expel the Togolese ambassador were untrue.",
    ],
)
def test_a_report_dismissed_as_baseless_or_rejected_codes_no_act(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert not any(r in ("13", "16", "19") for _, _, r in found), found


def test_a_report_merely_cited_still_codes_its_act(nlp: Language) -> None:
    found = roots(nlp, "Ghana cited reports that Togolese troops had shelled its villages.")
    assert any(r == "19" for _, _, r in found), found


@pytest.mark.parametrize("text", [
    "Denmark refused to sign the joint statement criticising Iran.",
    "Denmark vetoed a resolution condemning Iran.",
    "Denmark did not back the draft condemning Iran.",
])
def test_the_words_of_a_text_not_adopted_are_no_act(nlp: Language, text: str) -> None:
    found = [(e.source, e.target, e.cameo) for e in code(nlp, text)]
    assert not any(cameo.startswith("11") for _s, _t, cameo in found), found  # no criticism of Iran


def test_the_words_of_a_text_signed_stay_the_signer_s(nlp: Language) -> None:
    assert any((e.source, e.target, e.cameo[:2]) == ("DNK", "IRN", "11")
               for e in code(nlp, "Denmark signed a joint statement criticising Iran."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru called on Chile to begin to pull its soldiers out of the border zone.", ("PER", "CHL", "02")),
        ("Sweden urged Russia to continue to lift its curbs on Swedish imports.", ("SWE", "RUS", "02")),
    ],
)
def test_an_act_asked_for_through_a_plain_verb_is_the_appeal(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found and not any(r in ("08", "06") for _, _, r in found), found


def test_a_question_about_a_choice_is_no_appeal(nlp: Language) -> None:
    found = roots(nlp, "The minister was asked why Chile had chosen to bomb a rebel camp rather than the depot.")
    assert not any(r == "02" for _, _, r in found), found
