""""The ministry" with no name of its own is the government of the state the story last made its subject
("Japan's trade ministry warned ... The ministry said": JPN GOV), as "the government" is; a company's
department is no state's."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors

DATE = "1987-03-02"


def ministry(text: str) -> set[tuple[str, str | None]]:
    return {(m.code, m.sector) for m in resolve_actors(text, DATE) if m.text.lower() == "the ministry"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan's trade ministry warned chip makers on Monday. The ministry also blamed Washington.", "JPN"),
        ("Talks with Seoul were broken off by Egypt. The ministry gave no reason.", "EGY"),
        ("Chile said it would protest. A note that the ministry sent to Lima was published.", "CHL"),
        ("Norway and its fishermen disagree. Quotas, the ministry says, must fall.", "NOR"),
    ],
)
def test_the_ministry_is_the_subject_states_government(text: str, code: str) -> None:
    assert ministry(text) == {(code, "GOV")}, ministry(text)


def test_the_ministry_of_a_named_portfolio_is_left_to_its_name() -> None:
    assert not ministry("Kenya protested. The ministry of finance denied the report.")
