"""Actors of wire news: agencies and bylines, multi-word demonyms, organisations, state organs."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors
from multipolar.records import ActorMention


def by_text(text: str, date: str | None = "2004-10-01") -> dict[str, ActorMention]:
    return {m.text: m for m in resolve_actors(text, date=date)}


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Lyon, Agence France-Presse reported.",
        "An editor of the Christian Science Monitor wrote about the vote.",
        "The figures were released, the Press Trust of India said.",
        "Canadian Press reported the storm.",
    ],
)
def test_wire_agencies_are_not_countries(text: str) -> None:
    found = by_text(text)
    assert not any(m.code in ("FRA", "IND", "CAN", "USA") for m in found.values()), found


@pytest.mark.parametrize(("text", "span", "code"), [
    ("The figures were released, the Associated Press of Pakistan said.", "Associated Press of Pakistan", "PAK"),
    ("MOSCOW (Itar-Tass) - The talks resumed.", "Itar-Tass", "RUS"),
])
def test_state_news_agencies_keep_their_state(text: str, span: str, code: str) -> None:
    mention = by_text(text)[span]
    assert (mention.code, mention.sector) == (code, "JRN")


@pytest.mark.parametrize(
    ("text", "span", "code", "sector"),
    [
        ("Nine North Koreans reached the consulate.", "North Koreans", "PRK", "CVL"),
        ("Two South Africans were freed.", "South Africans", "ZAF", "CVL"),
        ("The Asia-Europe forum admitted three members.", "Asia-Europe forum", "IGO", "GOV"),
        ("Europol must lead the inquiry, the minister said.", "Europol", "EU", "COP"),
        ("The Mahdi Army withdrew from the shrine.", "Mahdi Army", "IRQ", "REB"),
        ("Zarqawi claimed the ambush.", "Zarqawi", "IMG", "REB"),
        ("Moqtada al-Sadr rejected the truce.", "Moqtada al-Sadr", "IRQ", "REB"),
        ("Vladimir V. Putin spoke.", "Vladimir V. Putin", "RUS", "GOV"),
        ("Somali militias seized the port.", "Somali militias", "SOM", "REB"),  # the guide has no PRM
        ("Lebanese Shi'ite militiamen fired at a patrol.", "Lebanese Shi'ite militiamen", "LBN", "REB"),
        ("Refugees entered the Swiss school in Ankara.", "Swiss school", "CHE", "EDU"),
        ("Chechen rebels ambushed a convoy.", "Chechen rebels", "RUS", "REB"),
        ("The Justice and Equality Movement walked out of the talks.", "Justice and Equality Movement", "SDN", "REB"),
        ("The Lord's Resistance Army raided a camp.", "Lord's Resistance Army", "UGA", "REB"),
        ("Al-Aqsa Martyrs Brigades claimed the shooting.", "Al-Aqsa Martyrs Brigades", "PSE", "REB"),
        ("The Coalition Provisional Authority closed the paper.", "Coalition Provisional Authority", "USA", "GOV"),
        ("The Dalai Lama will travel to Mongolia.", "Dalai Lama", "CHN", "OPP"),
        ("Pope John Paul II met the pilgrims.", "Pope John Paul II", "VAT", "GOV"),
        ("Flooding hit Nova Scotia.", "Nova Scotia", "CAN", None),
        ("Shelling resumed in South Ossetia.", "South Ossetia", "GEO", None),
        ("Kenya's national assembly rejected the bill.", "Kenya's national assembly", "KEN", "LEG"),
    ],
)
def test_news_actors(text: str, span: str, code: str, sector: str | None) -> None:
    mention = by_text(text)[span]
    assert (mention.code, mention.sector) == (code, sector)


def test_prince_before_his_reign_is_british_but_not_government() -> None:
    mention = by_text("Prince Charles opened the hospital.", date="2004-06-01")["Prince Charles"]
    assert (mention.code, mention.sector) == ("GBR", None)


def test_possessed_state_organ_belongs_to_a_state_not_a_militant_group() -> None:
    found = resolve_actors("Yemen said it had disrupted al-Qaeda's network after its police raided a farm.",
                           date="2004-10-01")
    its = [m for m in found if m.text == "its"]
    assert its and its[0].code == "YEM", found


def test_a_verb_after_a_role_noun_is_not_part_of_the_role() -> None:
    found = by_text("Turkish jets force a cargo plane to land.")
    assert found["Turkish jets"].sector == "MIL"


def test_a_weekday_after_a_title_is_no_name() -> None:
    found = by_text("A Kenyan Foreign Office spokesman Sunday said Nairobi would not attend.")
    mention = found["Kenyan Foreign Office spokesman"]
    assert (mention.code, mention.sector) == ("KEN", "GOV")


def test_a_capital_before_based_is_a_place_and_no_antecedent() -> None:
    found = resolve_actors("Engineers of the Cairo-based contractor Nilco said it would leave.", date="2004-10-01")
    cairo = next(m for m in found if m.text == "Cairo")
    assert cairo.kind == "place" and cairo.sector is None
    assert not any(m.text == "it" for m in found), found


@pytest.mark.parametrize(
    ("text", "date", "span"),
    [
        ("Israeli opposition leader Benjamin Netanyahu criticised the plan.", "2007-01-10",
         "Israeli opposition leader Benjamin Netanyahu"),
        ("Republican nominee Donald Trump attacked the deal.", "2016-09-01", "Donald Trump"),
        ("Presidential hopeful Emmanuel Macron visited Algiers.", None, "Emmanuel Macron"),
    ],
)
def test_opposition_titles_put_a_leader_in_the_opposition(text: str, date: str | None, span: str) -> None:
    mention = by_text(text, date=date)[span]
    assert mention.sector == "OPP", mention


def test_an_unnamed_candidate_is_an_opposition_party_but_a_nominee_none() -> None:
    from multipolar.events.agents import party_nouns

    assert party_nouns().get("candidate") == "OPP" and "nominee" not in party_nouns()


@pytest.mark.parametrize("text,span,code", [
    ("The Jewish state accused Syria of harbouring militants.", "The Jewish state", "ISR"),
    ("Washington warned the Islamic republic over its nuclear plans.", "the Islamic republic", "IRN"),
    ("Talks with the Islamic Republic of Pakistan resumed.", "Pakistan", "PAK"),
])
def test_state_epithets(text: str, span: str, code: str) -> None:
    found = by_text(text)
    assert span in found and found[span].code == code, found


@pytest.mark.parametrize("text,span,code", [
    ("A KLM spokesman said the talks had failed.", "KLM spokesman", "NLD"),
    ("Gazprom officials met the Ukrainian delegation.", "Gazprom officials", "RUS"),
])
def test_a_company_s_people_keep_the_company_s_sector(text: str, span: str, code: str) -> None:
    found = by_text(text)
    assert span in found and found[span].code == code and found[span].sector == "BUS", found


@pytest.mark.parametrize(("text", "alias", "code"), [
    ("Accra recalled its ambassador on Monday.", "Accra", "GHA"),
    ("Officials in Vientiane denied the report.", "Vientiane", "LAO"),
    ("Zagreb protested to Ljubljana over the fishing dispute.", "Ljubljana", "SVN"),
])
def test_every_sovereign_capital_stands_for_its_state(text: str, alias: str, code: str) -> None:
    """Capitals of small and mid-sized states are metonyms like those of the large ones."""
    found = [(m.text, m.code) for m in resolve_actors(text, "2024-06-01")]
    assert (alias, code) in found, found
