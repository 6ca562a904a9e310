"""Territories whose ISO names carry a comma or a bracket ("Virgin Islands, U.S.", "Falkland Islands
(Malvinas)") are named in news by their common forms, which the country table lists."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Virgin Islands agreed to share tax data with Ottawa.", ("Virgin Islands", "VIR")),
        ("A hurricane battered the U.S. Virgin Islands overnight.", ("U.S. Virgin Islands", "VIR")),
        ("The British Virgin Islands tightened bank rules.", ("British Virgin Islands", "VGB")),
        ("Fishing boats were seized off the Falklands.", ("Falklands", "FLK")),
        ("Buenos Aires renewed its claim to the Malvinas.", ("Malvinas", "FLK")),
        ("The Netherlands Antilles asked for a loan.", ("The Netherlands Antilles", "ANT")),
    ],
)
def test_territories_by_their_common_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(m.text, m.code) for m in resolve_actors(text, date="1987-03-02")}


def test_the_netherlands_alone_is_still_the_netherlands() -> None:
    codes = {m.code for m in resolve_actors("The Netherlands recalled its envoy.", date="1987-03-02")}
    assert codes == {"NLD"}
