"""An organisation's short name ("the Commission") names it in a text that names it in full too."""

from __future__ import annotations

import pytest

from multipolar.api import code_text, resolve_actors


def _actors(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.code) for m in resolve_actors(text, date="1995-03-01")}


def test_the_commission_after_the_european_union_is_the_eu() -> None:
    found = _actors("The European Union met on Monday. The Commission proposed lower grain prices.")
    assert ("Commission", "EU") in found, found


def test_a_commission_modifier_names_the_eu() -> None:
    found = _actors("Portugal opposed the Commission plan to cut fishing quotas, EC diplomats said.")
    assert ("Commission", "EU") in found, found


def test_the_community_after_the_ec_is_the_eu() -> None:
    found = _actors("EC ministers met in Luxembourg, where the Community set new wine quotas.")
    assert ("Community", "EU") in found, found


def test_the_fund_after_the_imf_is_the_imf() -> None:
    found = _actors("Talks with the IMF stalled because Ecuador refused the austerity the Fund demanded.")
    assert ("Fund", "IMF") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Commission proposed lower grain prices.",  # no organisation named in full
        "The EC summit ended. The Federal Trade Commission fined the firm.",  # part of a longer name
        "The EC summit ended. The Commission on Human Rights met in Geneva.",  # an "on" phrase naming more
        "The IMF approved the loan. The Monetary Fund of the Andes met.",  # a capitalised word before it
    ],
)
def test_no_short_name_without_its_organisation_or_inside_a_longer_name(text: str) -> None:
    assert not any(code in ("EU", "IMF") and text_ in ("Commission", "Fund") for text_, code in _actors(text))


def test_an_object_owned_by_the_commission_is_aimed_at_the_eu() -> None:
    events = code_text("Denmark rejected the Commission's plan to cut milk quotas, EC diplomats said.")
    assert any((e.source, e.target, e.cameo[:2]) == ("DNK", "EU", "12") for e in events), events


def test_criticism_of_the_commission_for_a_delay_is_aimed_at_the_eu() -> None:
    events = code_text("The European Commission proposed new quotas. Spain criticised the Commission for its delay.")
    assert any((e.source, e.target, e.cameo[:2]) == ("ESP", "EU", "11") for e in events), events
