"""Leaders and ministers named in 1980s news: a surname alone, a title and a surname, or a full
name resolves to the state whose office the person held on the document's date (``leaders.tsv``,
``officials.tsv``), and to a former official (``ELI``) after it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.api import resolve_actors
from tests.events.conftest import code

DATE = "1987-05-12"


def triples(nlp: Language, text: str, date: str = DATE) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in code(nlp, text, date)}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Reagan criticised Nicaragua over the border raids.", "USA", "NIC"),
        ("President Reagan criticised Nicaragua over the border raids.", "USA", "NIC"),
        ("The Reagan administration criticised Nicaragua over the border raids.", "USA", "NIC"),
        ("Shultz criticised Nicaragua over the border raids.", "USA", "NIC"),
        ("Gorbachev criticised Pakistan over the border raids.", "RUS", "PAK"),
        ("Nakasone criticised Vietnam over the border raids.", "JPN", "VNM"),
        ("Prime Minister Nakasone criticised Vietnam over the border raids.", "JPN", "VNM"),
        ("Premier Zhao criticised Vietnam over the border raids.", "CHN", "VNM"),
        ("Khomeini criticised Iraq over the border raids.", "IRN", "IRQ"),
        ("Treasury Secretary James Baker criticised Brazil over its debt moratorium.", "USA", "BRA"),
    ],
)
def test_a_named_office_holder_speaks_for_his_state(nlp: Language, text: str, source: str, target: str) -> None:
    found = triples(nlp, text)
    assert (source, target, "11") in found
    assert (target, target, "11") not in found  # not an unnamed official of the only state named


def test_the_holder_of_the_day_is_government_and_a_former_one_an_elite() -> None:
    during = {m.text: m for m in resolve_actors("Gromyko met the envoy.", date="1986-03-01")}
    after = {m.text: m for m in resolve_actors("Gromyko met the envoy.", date="1995-03-01")}
    assert (during["Gromyko"].code, during["Gromyko"].sector) == ("RUS", "GOV")
    assert (after["Gromyko"].code, after["Gromyko"].sector) == ("RUS", "ELI")


def test_a_later_namesake_office_is_read_by_date() -> None:
    in_1987 = {m.text: m for m in resolve_actors("Peres met the envoy.", date=DATE)}
    assert in_1987["Peres"].sector == "GOV"
    assert in_1987["Peres"].name == "Shimon Peres"


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Andriessen rejected the French demand.", "Andriessen", "EU"),
        ("Oil Minister Hisham Nazer rejected the demand.", "Hisham Nazer", "SAU"),
        ("Trade Minister John Dawkins rejected the demand.", "John Dawkins", "AUS"),
    ],
)
def test_ministers_and_commissioners_of_the_day(text: str, span: str, code: str) -> None:
    found = {(m.text, m.code, m.sector) for m in resolve_actors(text, date=DATE)}
    assert any(t.endswith(span) and c == code and s == "GOV" for t, c, s in found)
