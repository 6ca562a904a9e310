"""Broad trigger vocabulary by PLOVER family (yielding, calling off dissent, truces, disarming, cyber and
media coercion, mobilising, security alerts): invented sentences, the coded event (source, target,
code) or its absence in the word's other senses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CONCEDE: yielding, and dissent called off by the dissenters (082)
        ("Hungary relented under pressure from the European Union.", ("HUN", "EU", "080")),
        ("The Peruvian government capitulated to the Peruvian miners.", ("PER", "PER", "080")),
        ("The Kenyan opposition called off its protests.", ("KEN", None, "082")),
        ("The Sudanese opposition suspended its protests.", ("SDN", None, "082")),
        ("Nigerian unions ended the general strike.", ("NGA", None, "082")),
        # RETREAT: military de-escalation, truces kept, disarming
        ("Israel halted its air strikes on Gaza.", ("ISR", "PSE", "087")),
        ("Russia suspended the offensive against Ukrainian troops.", ("RUS", "UKR", "087")),
        ("The Colombian rebels observed the truce.", ("COL", None, "0871")),
        ("The FARC rebels disbanded their militia.", ("COL", None, "0873")),
        ("The Libyan government gave up its chemical weapons.", ("LBY", None, "0873")),
        ("The UN completed the disarmament of the Liberian militias.", ("UN", "LBR", "0873")),
        ("Serbia completed the withdrawal of its troops from Kosovo.", ("SRB", "XKX", "0874")),
        # light verb "open": an inquiry opened by its agent
        ("The Nigerian police opened an inquiry into the killing of the Nigerian journalist.", ("NGA", "NGA", "090")),
        # COERCE: media shut, sites blocked, cyber attacks, disinformation, curfews enforced
        ("Ethiopia shut down the internet in the Tigray region.", ("ETH", "ETH", "1721")),
        ("The Turkish government shut down three Kurdish newspapers.", ("TUR", "TUR", "1721")),  # its own press
        ("Iran blocked websites critical of the Iranian government.", ("IRN", "IRN", "1721")),
        ("The Egyptian government imposed censorship on the press.", ("EGY", "EGY", "1721")),
        ("Russian hackers hacked the servers of the Estonian government.", ("RUS", "EST", "170")),
        ("Chinese hackers breached the computer networks of the Indian defence ministry.", ("CHN", "IND", "170")),
        ("North Korea launched a cyber attack on South Korean banks.", ("PRK", "KOR", "170")),
        ("Iran launched a cyberattack against Israel.", ("IRN", "ISR", "170")),
        ("Russia spread disinformation about the Ukrainian election.", ("RUS", "UKR", "170")),
        ("Russia waged a disinformation campaign against Ukraine.", ("RUS", "UKR", "170")),
        ("Pakistani soldiers enforced a curfew in Quetta.", ("PAK", "PAK", "1723")),
        # MOBILIZE: forces raised, moved; security stepped up
        ("The Venezuelan government formed a new militia.", ("VEN", None, "154")),
        ("Eritrea conscripted thousands of young men.", ("ERI", "ERI", "154")),
        ("Russia moved tanks to the Ukrainian border.", ("RUS", "UKR", "154")),
        ("The Indian government beefed up security in Kashmir.", ("IND", "IND", "151")),
        ("The Eritrean army drafted thousands of conscripts.", ("ERI", None, "154")),
        ("Somali rebels recruited hundreds of fighters.", ("SOM", "SOM", "154")),
        # media licences and broadcasts suspended or revoked
        ("Turkey revoked the licence of the Kurdish television station.", ("TUR", "TUR", "1721")),
        ("The Russian government suspended the broadcasts of the BBC.", ("RUS", "GBR", "1721")),
        # light verbs "tender", "submit": the resignation of the subject
        ("The Kenyan minister tendered his resignation.", ("KEN", "KEN", "0831")),
        ("The Peruvian prime minister submitted his resignation.", ("PER", "PER", "0831")),
    ],
)
def test_broad_family(nlp: Language, text: str, expected: tuple[str | None, str | None, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The wounded Kenyan soldier succumbed to his injuries.",
        "The Nepalese king opened the new parliament building.",
        "The Brazilian president opened the Olympic Games.",
        "Brazil completed the new highway to Bolivia.",
        "The Indian government completed the purchase of French jets.",
        "The Kenyan government ended the school year early.",
        "The Japanese company shut down its factory in China.",
        "Flooding shut down the main road in Dhaka.",
        "The Japanese company moved its factory to Vietnam.",
        "The Kenyan government tightened rules on imports.",
        "The Indian government raised taxes.",
        "The Kenyan army formed a new unit.",
        "Germany observed a minute of silence.",
        "Pakistan enforced the new tax law.",
        "The Kenyan parliament drafted a new law.",
        "The Japanese company recruited new engineers.",
        "The Brazilian club recruited an Argentine striker.",
    ],
)
def test_other_senses_code_nothing(nlp: Language, text: str) -> None:
    assert not dyads(nlp, text)


def test_a_cyber_attack_is_coercion_not_an_armed_attack(nlp: Language) -> None:
    found = dyads(nlp, "Russian hackers attacked Estonian government websites.")
    assert ("RUS", "EST", "170") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_halting_air_strikes_is_de_escalation_not_eased_dissent(nlp: Language) -> None:
    assert not any(code == "082" for _, _, code in dyads(nlp, "Israel halted its air strikes on Gaza."))


def test_a_grand_jury_is_no_game(nlp: Language) -> None:
    """"grand" is no sports word: an indictment by a grand jury is coded."""
    assert ("USA", "RUS", "173") in dyads(nlp, "An American grand jury indicted the Russian spy.")


def test_going_on_hunger_strike(nlp: Language) -> None:
    assert ("PSE", "PSE", "142") in dyads(nlp, "Palestinian prisoners went on a hunger strike.")


def test_the_opposition_as_a_party_is_no_disapproval(nlp: Language) -> None:
    """"opposition" names the party here; "opposition to X" with its target is still coded."""
    assert not any(code == "110" for _, _, code in dyads(nlp, "The Venezuelan opposition staged a rally in Caracas."))
    assert ("FRA", "ISR", "110") in dyads(nlp, "France voiced opposition to the Israeli plan.")


def test_a_state_of_emergency_is_no_sanction(nlp: Language) -> None:
    """"impose" + a state of emergency or martial law is 1724, not the bare verb's sanctions (163)."""
    found = dyads(nlp, "The Thai government imposed a state of emergency in Bangkok.")
    assert ("THA", "THA", "1724") in found
    assert not any(code == "163" for _, _, code in found)
    found = dyads(nlp, "The Thai army imposed martial law in the south.")
    assert ("THA", None, "1724") in found
    assert not any(code == "163" for _, _, code in found)


def test_refused_disarmament_stays_a_refusal_to_de_escalate(nlp: Language) -> None:
    assert ("LBN", None, "1246") in dyads(nlp, "The Lebanese militia rejected disarmament.")


def test_supplied_weapons_go_to_the_recipient(nlp: Language) -> None:
    """The required object (the weapons) is not the target slot: "to" names the recipient."""
    assert ("RUS", "SYR", "072") in dyads(nlp, "Russia supplied weapons to the Syrian army.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malian army overthrew the Malian president.", ("MLI", "MLI", "180")),
        ("Thai generals staged a coup against the Thai government.", ("THA", "THA", "180")),
    ],
)
def test_coups(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_a_past_coup_mentioned_is_no_event(nlp: Language) -> None:
    assert not dyads(nlp, "Thailand has had twelve coups since 1932.")
