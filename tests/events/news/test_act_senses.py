"""Act senses: reprisals told in trade terms are sanctions; "hostilities" is fighting, "hostility" an
attitude; renewing a mandate is no demand; cutting or halting supplies reduces material help."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China threatened to retaliate against Japanese goods if Tokyo imposed new tariffs.", ("CHN", "JPN", "1312")),
        ("The United States will retaliate against European farm exports, the trade envoy said.",
         ("USA", "EU", "1312")),
        ("Brazil said it would retaliate if the US kept its cotton subsidies.", ("BRA", "USA", "1312")),
    ],
)
def test_trade_reprisal_is_a_sanction(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found
    assert not any(c.startswith(("138", "19")) for _s, _t, c in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran vowed to retaliate for the American attack on its oil platforms.", ("IRN", "USA", "13")),
        ("Israel retaliated with air strikes on Hezbollah positions in Lebanon.", ("ISR", "LBN", "19")),
    ],
)
def test_reprisal_without_trade_keeps_force(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_hostility_is_an_attitude_not_fighting(nlp: Language) -> None:
    eased = roots(nlp, "Hostility between India and Pakistan has eased since the ceasefire.")
    assert not any(r == "19" for _s, _t, r in eased), eased
    assert not any(r == "19" for _s, _t, r in roots(nlp, "The Serbian minister voiced hostility toward Albania."))


def test_hostilities_are_fighting(nlp: Language) -> None:
    found = roots(nlp, "Ethiopia and Eritrea resumed hostilities along the disputed border.")
    assert any(r == "19" for _s, _t, r in found), found
    halted = roots(nlp, "The Sudanese government halted hostilities against the rebels in the south.")
    assert any(r == "08" for _s, _t, r in halted), halted


@pytest.mark.parametrize(
    "text",
    [
        "The UN extended the mandate of its peacekeeping force in Haiti by a year.",
        "The UN renewed the mandate of its mission in Sudan for six months.",
    ],
)
def test_renewed_mandate_is_no_demand(nlp: Language, text: str) -> None:
    assert not any(r == "10" for _s, _t, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia cut gas supplies to Belarus in a pricing dispute.", ("RUS", "BLR", "16")),
        ("Moscow halted oil supplies to Ukraine on Sunday.", ("RUS", "UKR", "16")),
    ],
)
def test_cut_supplies_reduce_material_help(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_calling_a_truce_declares_it(nlp: Language) -> None:
    found = dyads(nlp, "The Basque separatists called a truce with Madrid.")
    assert any(c == "0871" for _, _, c in found) and not any(c.startswith("04") for _, _, c in found), found


def test_calling_off_a_truce_declares_none(nlp: Language) -> None:
    assert not any(c == "0871" for _, _, c in dyads(nlp, "The separatists called off their truce with Madrid."))
