"""Trigger families with no lexicon entry before (round 16, coverage): a body admitting a party as a
member (050), armed intervention (154), cutting or blocking aid (162), barring goods or a party
(163/172), dropping legal action (081), calling off a revolt (087), a pullout as a noun (0874),
battlefield defeats and gains (190/192), escorting another's ships (074). Each family is tested in
several constructions (active, passive, relative clause, reported speech, conjunction) and with
uses that code nothing (an election defeat, a market intervention, a confession)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ASEAN accepted Laos as a full member on Thursday.", ("ASEAN", "LAO", "05")),
        ("NATO formally admitted Albania and Croatia into the alliance.", ("NATO", "HRV", "05")),
        ("Diplomats said the European Union had welcomed Slovenia as a member.", ("EU", "SVN", "05")),
        ("ASEAN, which welcomed Cambodia into its ranks on Friday, met in Hanoi.", ("ASEAN", "KHM", "05")),
        ("The African Union granted Morocco full membership at its summit.", ("AU", "MAR", "05")),
    ],
)
def test_membership_admission(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany admitted into evidence the letters of the former minister.",
        "The minister admitted to Parliament that the figures were wrong.",
        "Chile accepted the ruling as final.",
    ],
)
def test_confessions_and_acceptances_are_no_admission(nlp: Language, text: str) -> None:
    assert not any(r == "05" for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopian troops intervened in Somalia on Sunday.", ("ETH", "SOM", "15")),
        ("Officials said Nigerian soldiers had intervened in the fighting in Liberia.", ("NGA", "LBR", "15")),
        ("Syrian forces, which intervened in Lebanon last week, stayed in the Bekaa.", ("SYR", "LBN", "15")),
    ],
)
def test_armed_intervention(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's central bank intervened in the currency market to support the yen.",
        "Brazil intervened in the dispute between its two largest unions.",
    ],
)
def test_market_and_civil_interventions_are_no_mobilisation(nlp: Language, text: str) -> None:
    assert not any(r == "15" for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Congress voted to slash aid to Guatemala.", ("USA", "GTM", "16")),
        ("Military aid to Honduras was curtailed by the United States.", ("USA", "HND", "16")),
        ("Washington blocked economic aid to Peru after the coup.", ("USA", "PER", "16")),
        ("Sweden said it had trimmed its development aid to Kenya and Uganda.", ("SWE", "UGA", "16")),
    ],
)
def test_aid_cuts(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan barred imports of American rice.", ("JPN", "USA", "16")),
        ("Norway, which barred Russian trawlers last year, renewed the measure.", ("NOR", "RUS", "16")),
        ("Egypt barred the Israeli envoy from the conference.", ("EGY", "ISR", "17")),
    ],
)
def test_barring(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Commission shelved legal action against Belgium.", ("EU", "BEL", "08")),
        ("Prosecutors said France had dropped its case against the Iranian diplomat.", ("FRA", "IRN", "08")),
        ("Italy abandoned proceedings against Libya and began talks.", ("ITA", "LBY", "08")),
    ],
)
def test_legal_action_dropped(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel officers called off their uprising against the Argentine government.", ("ARG", "ARG", "08")),
        ("Israel's pullout from Lebanon ended 18 years of occupation.", ("ISR", "LBN", "08")),
        ("Syria's pullout from Lebanon, which ended on Tuesday, was welcomed in Washington.", ("SYR", "LBN", "08")),
    ],
)
def test_revolts_called_off_and_pullouts(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chadian troops defeated Libyan forces near Fada.", ("TCD", "LBY", "19")),
        ("Iraq said Iranian troops had gained territory near Basra.", ("IRN", "IRQ", "19")),
        ("Government forces defeated the rebels and retook the town, the army said.", ("SDN", "SDN", "19")),
    ],
)
def test_battlefield_outcomes(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text if expected[0] != "SDN" else "KHARTOUM - " + text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Labour Party defeated the Conservatives in the election.",
        "Brazil defeated Argentina 2-1 in the final.",
        "Exporters gained ground in Japan last year.",
    ],
)
def test_election_and_sports_wins_are_no_battle(nlp: Language, text: str) -> None:
    assert not any(r == "19" for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. warships began escorting Kuwaiti tankers in the Gulf.", ("USA", "KWT", "07")),
        ("Kuwaiti tankers were escorted by American warships through the strait.", ("USA", "KWT", "07")),
        ("French frigates, which escort Lebanese ships, left Toulon.", ("FRA", "LBN", "07")),
    ],
)
def test_escorts(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # avenging an act is retaliation on the act's owner; said of the future, a threat
        ("Iran avenged the Iraqi raid by shelling Basra.", ("IRN", "IRQ", "19")),
        ("An Iranian commander said Iran would avenge America's attack.", ("IRN", "USA", "13")),
        ("Syria, which vowed to avenge the Israeli raid, moved troops south.", ("SYR", "ISR", "13")),
        # the object pronoun is not the avenger itself ("would avenge it")
        ("Washington shelled an Iranian platform, and Iran said it would avenge it.", ("IRN", "USA", "13")),
        ("The Kurdish rebels took revenge on Turkish troops.", ("TUR", "TUR", "19")),
    ],
)
def test_revenge_family(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, "ANKARA - " + text if expected[0] == "TUR" else text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow's anger at Washington's decision was plain.", ("RUS", "USA", "11")),
        ("Japan's outrage over the American tariffs grew on Monday.", ("JPN", "USA", "11")),
        ("Officials said Ankara's displeasure with Greece had deepened.", ("TUR", "GRC", "11")),
    ],
)
def test_displeasure_nouns(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Public anger at rising prices grew in Manila.",
        "The decision sparked outrage among farmers.",
    ],
)
def test_displeasure_with_no_party_codes_nothing(nlp: Language, text: str) -> None:
    assert not any(r == "11" for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "clamp" lends its subject to the measure it imposes, as "impose" does
        ("Kenya's government clamped a night curfew on the port city of Mombasa.", ("KEN", "KEN", "17")),
        ("Washington clamped a trade embargo on Nicaragua, officials said.", ("USA", "NIC", "16")),
    ],
)
def test_clamped_measures(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staying on strike is striking, as "go on strike" (multi-word verbs)
        ("Forty thousand Brazilian seamen decided to remain on strike.", ("BRA", "BRA", "14")),
        ("Turkish prisoners remained on hunger strike, their lawyers said.", ("TUR", "TUR", "14")),
        ("Polish miners, who stayed on strike against the government, marched in Katowice.", ("POL", "POL", "14")),
    ],
)
def test_continuing_strikes(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)

