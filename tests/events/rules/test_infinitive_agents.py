"""The agent of an infinitive on an undertaking noun: the noun's owner, else the subject taking it on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Cairo took new steps to improve relations with Israel.", ("EGY", "ISR")),
        ("Peru's renewed effort to buy jets from France worried its neighbours.", ("PER", "FRA")),
        ("Angola resorted to drastic action to expel Zambia's diplomats.", ("AGO", "ZMB")),
        ("Chile's moves to cut its deficit and open its ports to Bolivia pleased investors.", ("CHL", "BOL")),
        ("Kenya lowered its grain tariffs in an effort to help Tanzania's farmers.", ("KEN", "TZA")),
        ("The ruling was followed by swift action by Kenya to expel Uganda's envoys.", ("KEN", "UGA")),
        ("The Chilean navy's operation to escort ships to Bolivia ended on Monday.", ("CHL", "BOL")),
        # a bare time phrase between the noun and its infinitive, which the parser hangs on the verb
        ("Tokyo protested against an Indian decision last month to impose tariffs on Japanese chips.", ("IND", "JPN")),
        ("Investors overreacted to a Swedish decision last week to raise tariffs on Danish steel.", ("SWE", "DNK")),
    ],
)
def test_the_undertaking_noun_lends_its_doer(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert any((s, t) == dyad for s, t, _ in roots(nlp, text)), roots(nlp, text)


def test_a_judging_verb_or_a_private_owner_lends_none(nlp: Language) -> None:
    # criticising steps does not take them; a firm's plan is no state's act
    judged = roots(nlp, "Ghana criticised the steps to expel Togo's diplomats.")
    assert not any(s == "GHA" and r == "16" for s, _, r in judged), judged
    private = roots(nlp, "Ghana said the firm's plan to sell its mine to Mali collapsed.")
    assert not any(s == "GHA" and r == "06" for s, _, r in private), private


def test_the_undertaking_is_as_real_as_its_verb(nlp: Language) -> None:
    # "may lower ... in an effort to help": a possibility, no act; "did not take steps": none taken
    assert not roots(nlp, "Kenya may lower its grain tariffs in an effort to help Tanzania's farmers.")
    assert not roots(nlp, "Cairo did not take new steps to improve relations with Israel.")



def test_a_noun_parted_from_its_infinitive_keeps_its_modality(nlp: Language) -> None:
    # plans announced are a threat, as when the parser hangs the infinitive on the noun
    assert ("CAN", "MEX", "13") in roots(nlp, "Ottawa unveiled plans last month to slap tariffs on Mexican cars.")
    assert ("CAN", "MEX", "13") in roots(nlp, "Ottawa unveiled plans to slap tariffs on Mexican cars.")


def test_a_party_urged_across_a_time_phrase_is_no_undertaking(nlp: Language) -> None:
    # "urged X Sunday to free": an appeal to X, as without the day
    for text in ("Spain urged the kidnappers Sunday to free two Spanish engineers.",
                 "Spain urged Libyan militants Sunday to free two Spanish engineers."):
        assert any(s == "ESP" and r == "02" for s, _, r in roots(nlp, text)), roots(nlp, text)
