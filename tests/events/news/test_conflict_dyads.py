"""Who acts on whom in material-conflict reports: retaliation is aimed at the party whose act it
answers, "in retaliation for" is the motive of its clause's act, "came under attack" names the
attacked subject, "whose" takes the actor its relative clause hangs on, and unnamed troops in a
clause a state actor reports are that state's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Syria vowed to retaliate for Israeli air strikes near Damascus.", "SYR", "ISR"),
        ("The Syrian president said his country would retaliate for Israeli attacks on its territory.", "SYR", "ISR"),
        ("Iran promised retaliation for the American raid on its oil fields.", "IRN", "USA"),
        ("Iran threatened to retaliate over attacks by the United States on its ships.", "IRN", "USA"),
    ],
)
def test_retaliation_targets_the_agent_of_the_answered_act(nlp: Language, text: str, source: str,
                                                           target: str) -> None:
    assert any(s == source and t == target and r == "13" for s, t, r in _dyads(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets bombed Gaza in retaliation for Palestinian rocket attacks.",
        "Britain expelled three Russian diplomats in retaliation for the expulsion of its envoys.",
    ],
)
def test_retaliation_as_a_motive_is_no_act_of_its_own(nlp: Language, text: str) -> None:
    assert not any(e.trigger.lower().startswith("retaliation") for e in code(nlp, text))


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Indian army posts came under attack from Pakistani troops on Sunday.", "PAK", "IND", "19"),
        ("The Kuwaiti tanker came under attack by Iranian gunboats in the Gulf.", "IRN", "KWT", "19"),
        ("Indian army posts came under attack from Pakistan on Sunday.", "PAK", "IND", "19"),
        ("The Indian prime minister came under attack from Pakistan over the dam.", "PAK", "IND", "11"),
    ],
)
def test_came_under_attack(nlp: Language, text: str, source: str, target: str, root: str) -> None:
    assert (source, target, root) in _dyads(nlp, text)


def test_whose_takes_the_actor_of_its_relative_clause(nlp: Language) -> None:
    text = "Pakistan, whose border posts came under attack by Afghan forces, lodged a protest."
    assert ("AFG", "PAK", "19") in _dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("India's army said troops killed five Pakistani soldiers in Kashmir.", "IND"),
        ("Israel said soldiers shot dead two Palestinian gunmen near Hebron.", "ISR"),
        ("Chad's military command said troops killed 300 Libyan soldiers.", "TCD"),
    ],
)
def test_unnamed_troops_belong_to_the_reporting_state(nlp: Language, text: str, source: str) -> None:
    assert any(s == source and r == "19" for s, _, r in _dyads(nlp, text))


def test_unnamed_troops_reported_by_an_organisation_stay_unplaced(nlp: Language) -> None:
    assert not any(s == "UN" for s, _, _ in _dyads(nlp, "The United Nations said troops killed twelve villagers."))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran's premier said his country would retaliate for U.S. Navy attacks on Gulf oil platforms.", "USA", "IRN"),
        ("Israel vowed to retaliate for the rocket attacks.", None, "ISR"),
    ],
)
def test_the_act_retaliated_for_was_aimed_at_the_retaliator(nlp: Language, text: str, source: str | None,
                                                            target: str) -> None:
    assert (source, target, "19") in {(s, t, r[:1] + "9") for s, t, r in _dyads(nlp, text) if r in ("18", "19")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Britain withdrew four more diplomats from its embassy in Tehran.", "IRN"),
        ("Canada pulled its diplomats out of its embassy in Damascus.", "SYR"),
    ],
)
def test_own_post_abroad_names_the_host(nlp: Language, text: str, target: str) -> None:
    assert any(t == target and r == "16" for _, t, r in _dyads(nlp, text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("U.S. Marines battled Iraqi insurgents.", "USA", "IRQ"),
        ("Iraqi troops battled insurgents near Mosul.", "IRQ", "IRQ"),
    ],
)
def test_battling_insurgents_is_an_attack_on_them(nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target, "19") in _dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Washington plans to shield Kuwaiti tankers from attacks by Iran.",
        "The new radar will defend the base against missile attacks from Syria.",
        "The deployment runs little risk of sparking a military clash with Iran.",
        "Diplomats fear an Iraqi attack on Kuwait.",
    ],
)
def test_warded_off_risked_or_feared_attacks_are_no_events(nlp: Language, text: str) -> None:
    assert not any(r in ("18", "19") for _, _, r in _dyads(nlp, text))


def test_an_attack_that_happened_is_still_coded(nlp: Language) -> None:
    assert ("IRQ", "KWT", "19") in _dyads(nlp, "Iraqi troops launched an attack on Kuwait.")


@pytest.mark.parametrize(
    "text",
    [
        "France clashed with Germany over farm subsidies.",
        "Canada and Mexico clashed today over American demands for lower tariffs.",
    ],
)
def test_governments_clashing_over_an_issue_is_criticism(nlp: Language, text: str) -> None:
    coded = _dyads(nlp, text)
    assert any(r == "11" for _, _, r in coded) and not any(r == "19" for _, _, r in coded)


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Chinese troops clashed over the disputed border.",
        "Sudanese troops clashed with rebels in Darfur.",
    ],
)
def test_armed_clashes_stay_fighting(nlp: Language, text: str) -> None:
    assert any(r == "19" for _, _, r in _dyads(nlp, text))


def test_a_time_phrase_is_no_grievance(nlp: Language) -> None:
    assert ("USA", "IRQ", "19") in _dyads(nlp, "U.S. jets pounded Iraqi positions over the weekend.")


@pytest.mark.parametrize(
    "text",
    [
        "Iran said its forces had captured an Iraqi fortification east of Basra.",
        "Rebels seized the port of Kismayo.",
    ],
)
def test_capturing_a_stronghold_occupies_territory(nlp: Language, text: str) -> None:
    assert any(r == "19" for _, _, r in _dyads(nlp, text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Three Israeli soldiers died in a Hezbollah rocket attack.", "LBN", "ISR"),
        ("Five Afghan soldiers died in an attack by Pakistani militants.", "PAK", "AFG"),
    ],
)
def test_victims_who_died_in_an_attack_are_its_target(nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target, "19") in _dyads(nlp, text)
