"""Armed parties of material conflict: only authorities arrest (rebels, gunmen or criminals who capture
or detain people abduct them: CAMEO 181, not 173); "army troops" are the home army of their place;
unnamed fighters are of the place they fire from."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants captured four Nepalese cooks in Iraq last week.", ("IRQ", "NPL", "18")),
        ("Maoist rebels captured two Indian policemen in Nepal on Friday.", ("NPL", "IND", "18")),
        ("Gunmen detained a Turkish driver at a fake checkpoint near Mosul.", ("IRQ", "TUR", "18")),
        ("Colombian guerrillas captured a Spanish aid worker in the jungle.", ("COL", "ESP", "18")),
        ("Insurgents captured two Macedonian contractors in Baghdad.", ("IRQ", "MKD", "18")),
    ],
)
def test_non_state_captors_abduct(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    coded = roots(nlp, text)
    assert expected in coded
    assert all(root != "17" for _, _, root in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Afghan police captured two Taliban commanders near Kandahar.", ("AFG", "AFG", "17")),
        ("Iraqi police arrested twenty suspected insurgents in Mosul.", ("IRQ", "IRQ", "17")),
        ("Pakistani troops captured five foreign militants in Waziristan.", ("PAK", "PAK", "17")),
    ],
)
def test_authorities_still_arrest(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Army troops clashed with rebels in eastern Congo on Sunday.", ("COD", "COD", "19")),
        ("Army soldiers attacked a rebel camp in northern Uganda.", ("UGA", "UGA", "19")),
    ],
)
def test_army_troops_are_the_home_army(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurgents fired rockets from Lebanon at northern Israel.", ("LBN", "ISR", "19")),
        ("Guerrillas launched rockets from Afghanistan at a Pakistani border post.", ("AFG", "PAK", "19")),
        ("Rebels fired mortars from Congolese territory into Rwanda.", ("COD", "RWA", "19")),
        ("Fighters fired artillery from Armenia at Azerbaijani villages.", ("ARM", "AZE", "19")),
    ],
)
def test_unnamed_fighters_are_of_the_place_they_fire_from(nlp: Language, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_troops_are_not_placed_by_where_they_fire_from(nlp: Language) -> None:
    coded = roots(nlp, "Troops fired rockets from Syria at rebel positions in Lebanon.")
    assert all(source != "SYR" for source, _, _ in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kidnappers seized two Germans and a Dane from their house in Basra on Monday.", ("IRQ", "DEU", "18")),
        ("Gunmen seized three Filipinos near Fallujah.", ("IRQ", "PHL", "18")),
    ],
)
def test_a_seizure_of_nationals_is_an_abduction(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_seizure_of_goods_is_no_abduction(nlp: Language) -> None:
    coded = roots(nlp, "Colombian police seized two tonnes of cocaine near Cali.")
    assert all(root != "18" for _, _, root in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attacker the text calls unidentified has the guide's null source (events/placing.py)
        ("Unidentified gunmen shot dead a village chief in Ghazni province on Tuesday.", (None, "AFG", "18")),
        ("Bandits shot dead three Chinese workers in northern Nigeria.", ("NGA", "CHN", "18")),
        ("Masked attackers killed a Turkish truck driver near Mosul.", ("IRQ", "TUR", "18")),
    ],
)
def test_violence_of_irregular_parties_is_unconventional(nlp: Language, text: str,
                                                         expected: tuple[str | None, str, str]) -> None:
    # gunmen, bandits and unidentified attackers use unconventional violence (CAMEO 18), not an army's force
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A missile strike on a Greek freighter killed two sailors on Tuesday.", (None, "GRC", "195")),
        ("The Brazilian trawler Santa Rita was hit by a missile off Dakhla.", (None, "BRA", "190")),
        ("Morocco warned of fresh air raids on Algerian villages.", (None, "DZA", "195")),
        ("An artillery attack on a Chilean border post wounded three guards.", (None, "CHL", "190")),
    ],
)
def test_force_with_an_armys_weapons_stays_conventional(nlp: Language, text: str,
                                                        expected: tuple[str | None, str, str]) -> None:
    # no attacker is named, but missiles, warplanes and artillery are an army's arms: CAMEO 19, not 18
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two fresh missile attacks on U.S.-owned freighters off Oman alarmed shippers.", (None, "USA", "19")),
        ("A rocket attack on a U.N.-chartered ferry killed three crewmen near Mogadishu.", (None, "UN", "18")),
    ],
)
def test_a_ship_is_of_the_state_an_initialism_flags_it_with(nlp: Language, text: str,
                                                             expected: tuple[str | None, str, str]) -> None:
    # "U.S.-flagged" is split like "Soviet-flagged", so the flag state is the victim, not the waters
    assert expected in roots(nlp, text)


def test_a_bomb_attack_by_an_unnamed_attacker_is_still_unconventional(nlp: Language) -> None:
    # bombs are no army's weapon only: an unnamed bomber's attack stays CAMEO 18
    assert (None, "NPL", "180") in dyads(nlp, "A bomb attack on a Nepalese bus depot killed four.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistani troops killed twelve militants near Wana on Friday.", ("PAK", None, "19")),
        ("Gunmen clashed with police in Karachi overnight.", ("PAK", "PAK", "19")),
    ],
)
def test_armies_and_fighting_between_sides_stay_conventional(nlp: Language, text: str,
                                                            expected: tuple[str | None, str | None, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US and British troops raided a village near Basra.", {("USA", "MIL"), ("GBR", "MIL")}),
        ("Canada and Dutch diplomats protested the decision.", {("CAN", "GOV"), ("NLD", "GOV")}),
    ],
)
def test_a_country_coordinated_on_a_role_noun_takes_the_roles_sector(nlp: Language, text: str,
                                                                      expected: set[tuple[str, str]]) -> None:
    # "US" in "US and British troops" names the troops' country: they are soldiers, not the government
    assert expected <= {(e.source, e.source_sector) for e in code(nlp, text)}
