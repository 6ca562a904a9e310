"""PLOVER event-type coverage, with our own sentences: forces ordered, readied, sent or scrambled,
readiness raised, weapons tests and simulated attacks (MOBILIZE, not ASSAULT); export curbs (COERCE);
agreements left (SANCTION); vetoes dropped, contested plans paused, forced resignations (CONCEDE);
prisoners handed over or swapped, aid workers let in (RETREAT); relief goods, rescue teams, aid
packages, arms deliveries, debts forgiven (AID); solidarity (SUPPORT); calls held, visitors welcomed to a place, shuttle
mediation (CONSULT); envoys summoned (ACCUSE); interventions threatened (THREATEN); outside texts
blocked and options ruled out (REJECT). Also: the other side of a border as the target, the passive
subject of a forced act as its source, particles the model parsed as adverbs ("stepped down")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def plover(nlp: Language, text: str) -> set[tuple[str | None, str | None, str | None]]:
    """(source, target, PLOVER type) of every event coded from ``text``."""
    return {(e.source, e.target, e.plover) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MOBILIZE: forces ordered, readied, dispatched; readiness raised; weapons tests
        ("The Kremlin ordered two warships to the Syrian coast.", ("RUS", "SYR", "MOBILIZE")),
        ("Ethiopia readied troops against Eritrea.", ("ETH", "ERI", "MOBILIZE")),
        ("Washington dispatched a destroyer to the Taiwan Strait.", ("USA", None, "MOBILIZE")),  # no state
        ("Greece raised the readiness of its navy near Turkey.", ("GRC", "TUR", "MOBILIZE")),
        ("Pakistan test-fired a nuclear-capable cruise missile.", ("PAK", None, "MOBILIZE")),
        ("Iran test-launched a new rocket on Sunday.", ("IRN", None, "MOBILIZE")),
        ("Azerbaijan ordered a general mobilization of its forces.", ("AZE", None, "MOBILIZE")),
        ("North Korean jets simulated bombing raids on South Korea.", ("PRK", "KOR", "MOBILIZE")),
        ("Belarusian troops rehearsed an invasion of Lithuania.", ("BLR", "LTU", "MOBILIZE")),
        ("Egyptian police went on alert along the Libyan border.", ("EGY", "LBY", "MOBILIZE")),
        ("Taiwan scrambled jets against Chinese bombers.", ("TWN", "CHN", "MOBILIZE")),
        ("India carried out a test launch of an Agni missile.", ("IND", None, "MOBILIZE")),
        ("Russian marines staged amphibious landing drills near Japan.", ("RUS", "JPN", "MOBILIZE")),
        ("Vietnam strengthened its garrisons in the Spratly Islands.", ("VNM", None, "MOBILIZE")),
        ("Kenya bolstered its troops along the border with Somalia.", ("KEN", "SOM", "MOBILIZE")),
        # the border's other side, not its owner, is the target
        ("Turkey deployed tanks along its border with Syria.", ("TUR", "SYR", "MOBILIZE")),
        ("Armenia moved troops to its frontier with Azerbaijan.", ("ARM", "AZE", "MOBILIZE")),
        # COERCE: export controls and curbs (CAMEO 163 embargo)
        ("Japan restricted exports of semiconductor materials to South Korea.", ("JPN", "KOR", "COERCE")),
        ("Washington curbed exports of advanced chips to China.", ("USA", "CHN", "COERCE")),
        ("Beijing imposed export controls on Japan.", ("CHN", "JPN", "COERCE")),
        # SANCTION: an agreement left
        ("Moscow pulled out of the arms control treaty.", ("RUS", None, "SANCTION")),
        # the deal's other party is whom leaving it is aimed at (the last-resort target: events/subtree_targets.py)
        ("The United States withdrew from the nuclear deal with Iran.", ("USA", "IRN", "SANCTION")),
        ("Moscow suspended its participation in the Council of Europe.", ("RUS", "IGO", "SANCTION")),
        # CONCEDE: a veto or objection dropped, a contested plan paused, a leader stepping down
        ("Poland withdrew its veto of the EU budget.", ("POL", "EU", "CONCEDE")),
        ("Greece dropped its veto on Macedonia's NATO membership.", ("GRC", "NATO", "CONCEDE")),
        ("The Serbian government paused the mining project after protests.", ("SRB", None, "CONCEDE")),
        ("Bolivian President Carlos Mesa stepped down on Monday.", ("BOL", "BOL", "CONCEDE")),
        ("Serbia accepted the conditions set by the European Union.", ("SRB", "EU", "CONCEDE")),
        # a forced act happened, by the passive subject
        ("The Malian prime minister was forced to resign.", ("MLI", "MLI", "CONCEDE")),
        ("Syrian troops were compelled to withdraw from Lebanon.", ("SYR", "LBN", "RETREAT")),
        # RETREAT: prisoners handed over or swapped
        ("Colombian rebels handed over three hostages to Venezuela.", ("COL", "VEN", "RETREAT")),
        ("Armenia and Azerbaijan swapped prisoners on Thursday.", ("ARM", "AZE", "RETREAT")),
        ("Armenia and Azerbaijan swapped prisoners on Thursday.", ("AZE", "ARM", "RETREAT")),
        ("Israel exchanged prisoners with Hezbollah.", ("ISR", "LBN", "RETREAT")),
        # the target in the phrase hung on the particle, past the object
        ("Italy pulled its soldiers out of Afghanistan.", ("ITA", "AFG", "RETREAT")),
        # REQUEST: whose withdrawal is demanded
        ("Syria demanded the withdrawal of Turkish troops.", ("SYR", "TUR", "REQUEST")),
        ("Mali demanded the withdrawal of French forces from its territory.", ("MLI", "FRA", "REQUEST")),
        # AID: relief goods, rescue teams, aid packages
        ("Amman dispatched medicine and blankets to Lebanon.", ("JOR", "LBN", "AID")),
        ("China sent a rescue team to Nepal after the quake.", ("CHN", "NPL", "AID")),
        ("Qatar rushed relief supplies to Afghanistan.", ("QAT", "AFG", "AID")),
        ("Britain announced an aid package for Ukraine.", ("GBR", "UKR", "AID")),
        ("Washington approved a package of weapons for Israel.", ("USA", "ISR", "AID")),
        ("Norway completed the delivery of air-defence missiles to Ukraine.", ("NOR", "UKR", "AID")),
        ("Germany forgave Nigeria's debts.", ("DEU", "NGA", "AID")),
        ("Tokyo unveiled a package of aid for the Philippines.", ("JPN", "PHL", "AID")),
        # CONSULT: calls held
        ("Macron held a call with the Iranian president.", ("FRA", "IRN", "CONSULT")),
        ("The Saudi crown prince had a phone call with Putin.", ("RUS", "SAU", "CONSULT")),
        # SUPPORT: solidarity expressed or shown is support, not an empathetic comment
        ("Cuba expressed solidarity with Venezuela.", ("CUB", "VEN", "SUPPORT")),
        ("Lithuania stands in solidarity with Ukraine.", ("LTU", "UKR", "SUPPORT")),
        # CONSULT: a visitor welcomed to a place is hosted
        ("Xi welcomed the Brazilian president to the Great Hall of the People.", ("CHN", "BRA", "CONSULT")),
        ("The Qatari envoy shuttled between Israel and Egypt.", ("QAT", "ISR", "CONSULT")),
        # ACCUSE: a chargé d'affaires summoned
        ("Lithuania summoned Russia's charge d'affaires over the border incident.", ("LTU", "RUS", "ACCUSE")),
        # THREATEN: a military intervention threatened
        ("The African Union threatened military intervention in Gambia.", ("AU", "GMB", "THREATEN")),
        # RETREAT: aid workers let in
        ("Israel allowed aid convoys into Gaza.", ("ISR", "PSE", "RETREAT")),
        # REJECT: outside texts blocked, options ruled out
        ("China blocked a Security Council statement on Myanmar.", ("CHN", "UN", "REJECT")),
        ("Taiwan ruled out talks with Beijing.", ("TWN", "CHN", "REJECT")),
        ("Israel ruled out withdrawing from Lebanon.", ("ISR", "LBN", "REJECT")),
        ("Russia denied OSCE monitors access to the region.", ("RUS", "OSCE", "REJECT")),
    ],
)
def test_plover_type(nlp: Language, text: str, expected: tuple[str | None, str | None, str]) -> None:
    assert expected in plover(nlp, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # an order to one's forces is the posture, not a demand
        ("Azerbaijan ordered a general mobilization of its forces.", "REQUEST"),
        # a test launch is no attack
        ("Pakistan test-fired a nuclear-capable cruise missile.", "ASSAULT"),
        # a simulated raid is no raid
        ("North Korean jets simulated bombing raids on South Korea.", "ASSAULT"),
        # ruling out a concession rejects it
        ("Ukraine ruled out ceding land to Russia.", "CONCEDE"),
        # dropping a veto is no veto, withdrawing it no retreat
        ("Poland withdrew its veto of the EU budget.", "REJECT"),
        ("Poland withdrew its veto of the EU budget.", "RETREAT"),
    ],
)
def test_plover_type_not(nlp: Language, text: str, wrong: str) -> None:
    assert wrong not in {t for _, _, t in plover(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # troops ordered to do something else are no deployment
        "Putin ordered troops to withdraw from the border.",
        # a team sent with no aid role is no aid
        "FIFA sent a team of inspectors to Qatar.",
        # a rescue ship is no show of force
        "Greece sent a vessel to rescue the migrants off Libya.",
    ],
)
def test_not_mobilize_or_aid(nlp: Language, text: str) -> None:
    types = {t for _, _, t in plover(nlp, text)}
    assert "MOBILIZE" not in types and "AID" not in types


def test_owned_border_without_a_neighbour_keeps_its_owner(nlp: Language) -> None:
    assert ("POL", "BLR", "MOBILIZE") in plover(nlp, "Poland moved troops to the Belarusian border.")


def test_welcoming_a_decision_is_praise(nlp: Language) -> None:
    types = {t for _, _, t in plover(nlp, "Japan welcomed the Chinese decision to resume talks.")}
    assert types <= {"SUPPORT", "AGREE"}


def test_urged_passive_subject_does_not_act(nlp: Language) -> None:
    """An appeal or order says nothing of the act: the passive subject is no source of it."""
    assert not any(src == "IRN" for src, _, _ in plover(nlp, "Iran was urged to halt enrichment."))


def test_adverb_particle_needs_a_phrasal_entry(nlp: Language) -> None:
    """An adverb after a verb with no phrasal entry for it leaves the verb's own entries alone."""
    assert ("USA", "PAK", "CONSULT") in plover(nlp, "Bush met Musharraf again on Friday.")
