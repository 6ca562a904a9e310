"""Business that lobbies its state: a business party named without its country ("exporters", "trade
groups", a company's chairman) acting on a state organ is that organ's state's business; business
acting on a state by name, or called foreign, is no lobby."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import sided


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TOKYO, May 4 - Exporters called on the government to cut interest rates.", ("JPN", "BUS", "JPN", "02")),
        ("WASHINGTON, May 4 - Some 30 exporters and trade groups asked the administration for help against "
         "dumping.", ("USA", "BUS", "USA", "02")),
        # a company's officer, the organ named with its state
        ("JOHANNESBURG, May 4 - Acme Gold Co chairman John Doe urged the South African government to repeal "
         "the law.", ("ZAF", "BUS", "ZAF", "02")),
        # a relative clause on the lobby
        ("SEOUL, May 4 - Steel producers, who face new quotas, appealed to the government for help.",
         ("KOR", "BUS", "KOR", "02")),
        # passive
        ("OTTAWA, May 4 - The government was urged by exporters to cut the tax.", ("CAN", "BUS", "CAN", "02")),
        ("LONDON, May 4 - The company accused the government of breaking its promise.", ("GBR", "BUS", "GBR", "11")),
    ],
)
def test_business_acting_on_its_state_is_a_domestic_party(nlp: Language, text: str,
                                                          expected: tuple[str, str, str, str]) -> None:
    found = sided(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "MANILA, May 4 - Foreign banks asked the Philippine government to speed up payments.",
        "MANILA, May 4 - Creditor banks asked the government to speed up payments.",
    ],
)
def test_foreign_business_is_no_lobby(nlp: Language, text: str) -> None:
    found = sided(nlp, text)
    assert not any(source == "PHL" and sector == "BUS" for source, sector, *_rest in found), found


def test_business_acting_on_a_state_by_name_is_no_lobby(nlp: Language) -> None:
    found = sided(nlp, "SEOUL, May 4 - Banks asked Japan to lower its tariffs.")
    assert not any(sector == "BUS" for _source, sector, *_rest in found), found


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO, May 4 - President of the Osaka Chamber of Commerce Taro Yamada called on the government to issue "
        "more bonds.",
        "TOKYO, May 4 - The chairman of Acme Corp urged the government to cut taxes.",
        "TOKYO, May 4 - Company President Taro Yamada urged the administration to act.",
    ],
)
def test_a_company_officer_is_his_states_business(nlp: Language, text: str) -> None:
    found = sided(nlp, text)
    assert ("JPN", "BUS", "JPN", "02") in found, found
