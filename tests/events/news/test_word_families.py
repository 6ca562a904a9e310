"""Whole word families added to the lexicon: synonyms of criticize, reject, warn, urge, jail, expel,
ban, praise and sanction; aid granted, released or withheld; deals sealed; visitors greeted; visits
postponed; troops redeployed or flown in; vows; distancing; encircling; arms shipped; hostages held;
clampdowns and onslaughts; contested results."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # criticism (111) and blame (112)
        ("The European Union chastised Iran over its nuclear programme.", ("EU", "IRN", "11")),
        ("The Kenyan president admonished Uganda for the border raids.", ("KEN", "UGA", "11")),
        ("Venezuela derided Colombia as a puppet state.", ("VEN", "COL", "11")),
        ("The UN raps Israel over the settlements.", ("UN", "ISR", "11")),
        ("Russia's censure of Georgia angered Tbilisi.", ("RUS", "GEO", "11")),
        ("Britain implicated Syria in the bombing.", ("GBR", "SYR", "11")),
        # rejection (12)
        ("Pakistan repudiated the Indian proposal on Kashmir.", ("PAK", "IND", "12")),
        ("Tehran disavowed the British claims.", ("IRN", "GBR", "12")),
        # threats (13)
        ("Japan cautioned China against raising tariffs.", ("JPN", "CHN", "13")),
        ("Hamas vowed revenge against Israel.", ("PSE", "ISR", "13")),
        # appeals (02)
        ("Iraq begged Jordan to reopen the border.", ("IRQ", "JOR", "02")),
        # detention, expulsion and bans (17)
        ("Egypt incarcerated two Sudanese activists.", ("EGY", "SDN", "17")),
        ("Belarus exiled the Polish diplomat.", ("BLR", "POL", "17")),
        ("Iran prohibited British journalists from entering the country.", ("IRN", "GBR", "17")),
        ("Ankara launched a clampdown on Kurdish newspapers.", ("TUR", "TUR", "17")),
        # sanctions and aid cuts (16)
        ("Washington withheld aid from Egypt.", ("USA", "EGY", "16")),
        ("The African Union suspended Togo's membership.", ("AU", "TGO", "16")),
        ("The EU imposed an asset freeze on Zimbabwean leaders.", ("EU", "ZWE", "16")),
        # postponed meetings, as cancelled ones (16): the visit itself did not happen
        ("Putin postponed his visit to Japan.", ("RUS", "JPN", "16")),
        ("The Chinese premier put off his trip to Japan.", ("CHN", "JPN", "16")),
        # aid granted or released (07); approved aid is committed, not yet given (033, round 21)
        ("The IMF approved a loan to Argentina.", ("IMF", "ARG", "03")),
        ("Japan released funds to Indonesia after the earthquake.", ("JPN", "IDN", "07")),
        # meetings (04): greetings of a visitor
        ("The Chinese premier greeted the Greek president in Beijing.", ("CHN", "GRC", "04")),
        # agreements (05)
        ("Iran and Russia sealed a deal on nuclear fuel.", ("IRN", "RUS", "05")),
        ("Iran and Russia sealed a deal on nuclear fuel.", ("RUS", "IRN", "05")),
        ("Chile clinched a trade agreement with South Korea.", ("CHL", "KOR", "05")),
        # praise (05)
        ("The Indian prime minister extolled the Bhutanese king.", ("IND", "BTN", "05")),
        # deployments (15)
        ("The Turkish army redeployed troops to the Iraqi border.", ("TUR", "IRQ", "15")),
        # hostages (18) and assaults (19)
        ("The Taliban held two Japanese engineers hostage.", ("AFG", "JPN", "18")),
        ("Russian troops began an onslaught on Chechen rebels.", ("RUS", "RUS", "19")),
        # vows (03)
        ("China renewed its vow to Pakistan.", ("CHN", "PAK", "03")),
        # distancing (11), encircling (19), arms shipped (07)
        ("Washington distanced itself from the Israeli government.", ("USA", "ISR", "11")),
        ("Iraqi troops surrounded the Iranian positions near Basra.", ("IRQ", "IRN", "19")),
        ("Police surrounded the house of the Burmese opposition leader.", ("MMR", "MMR", "19")),
        ("The United States shipped weapons to Iran.", ("USA", "IRN", "07")),
        # contested results (11)
        ("The Ukrainian opposition challenged Yanukovich's victory.", ("UKR", "UKR", "11")),
    ],
)
def test_family(nlp: Language, text: str, expected: tuple[str | None, str | None, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The hospital approved a loan to the football club.",  # no political actor
        "Prices of oil were disputed by traders.",
        "Fans surrounded the Brazilian striker.",
    ],
)
def test_family_words_need_political_actors(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


def test_freeze_on_an_activity_is_no_asset_freeze(nlp: Language) -> None:
    codes = {r for _, _, r in roots(nlp, "Tehran is committed to the freeze on uranium enrichment.")}
    assert "16" not in codes


def test_postponed_visit_is_no_visit(nlp: Language) -> None:
    assert {r for _, _, r in roots(nlp, "Putin postponed his visit to Japan.")} == {"16"}


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian police foiled a chemical attack on the US embassy.",
        "Jordan thwarted an attack on the US embassy.",
        "An attack on the US embassy was foiled by Jordanian police.",
        "Pakistan averted an attack on the Indian parliament.",
    ],
)
def test_prevented_act_did_not_happen(nlp: Language, text: str) -> None:
    assert not any(r in ("19", "20") for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait wants naval protection against Iranian attacks.",
        "The shield offers defence against missile attacks by North Korea.",
        "The tankers need protection from Iranian attacks.",
        "The United States will protect Kuwaiti tankers against Iranian attacks.",
    ],
)
def test_acts_warded_off_in_general_did_not_happen(nlp: Language, text: str) -> None:
    assert not any(r in ("18", "19", "20") for _, _, r in roots(nlp, text))


def test_a_defence_against_a_named_offensive_keeps_the_offensive(nlp: Language) -> None:
    coded = roots(nlp, "Iraq mounted a defence against the Iranian offensive.")
    assert any(s == "IRN" and r == "19" for s, _, r in coded)


def test_launched_attack_still_happens(nlp: Language) -> None:
    assert ("ISR", "PSE", "19") in roots(nlp, "Israel launched an attack on Gaza.")


@pytest.mark.parametrize(
    "text",
    [
        "The proposed summit between India and Pakistan was welcomed.",
        "Japan discussed the planned visit of the Chinese premier.",
        "Officials in Amman feared a possible attack on the US embassy.",
        "Ahead of the upcoming summit between India and Pakistan, markets rose.",
        "The risk of a US attack on Iran grew.",
    ],
)
def test_unreal_nominal_act_is_not_coded(nlp: Language, text: str) -> None:
    assert not any(r in ("04", "19") for _, _, r in roots(nlp, text))


def test_threat_of_sanctions_is_no_sanction(nlp: Language) -> None:
    assert not any(r == "16" for _, _, r in roots(nlp, "Iran faces the threat of UN sanctions."))
    assert ("UN", "IRN", "16") in roots(nlp, "The UN imposed sanctions on Iran.")
