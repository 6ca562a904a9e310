"""Envoys and office holders the resolver once missed or split: a title with its post ("Chilean
Ambassador to Peru Ana Ruiz"), "its ambassador" and a later "the envoy", a name whose relative clause
gives the office ("who heads the central bank of Chile")."""

from __future__ import annotations

from multipolar.api import code_text, resolve_actors


def actors(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.code, m.sector) for m in resolve_actors(text, "1990-05-01")]


def test_a_title_with_its_post_and_a_name_is_one_person_of_the_sending_state() -> None:
    found = actors("Officials greeted Chilean Ambassador to Lima Ana Ruiz, who flew in from Quito.")
    assert ("Chilean Ambassador to Lima Ana Ruiz", "CHL", "GOV") in found, found
    assert all(code != "PER" for _, code, _ in found), found
    found = actors("Ghanaian envoy to Nigeria Kofi Mensah left on Monday.")
    assert ("Ghanaian envoy to Nigeria Kofi Mensah", "GHA", "GOV") in found, found


def test_a_title_with_its_post_and_no_name_keeps_the_post_apart() -> None:
    found = actors("The Chilean ambassador to Peru protested on Monday.")
    assert ("Chilean ambassador", "CHL", "GOV") in found and ("Peru", "PER", "GOV") in found, found


def test_an_envoy_to_a_body_stays_apart_from_the_body() -> None:
    found = actors("Danish envoy to NATO Lars Holm spoke to reporters.")
    assert ("NATO", "NATO") in [(t, c) for t, c, _ in found], found


def test_its_ambassador_and_the_envoy_later_are_the_states_person() -> None:
    text = ("Norway backs the ceasefire along the coast, its ambassador to Egypt, Erik Dahl, told a paper in "
            "Cairo. The radio said the envoy had met Egyptian officials.")
    found = actors(text)
    assert ("its ambassador", "NOR", "GOV") in found and ("the envoy", "NOR", "GOV") in found, found
    assert ("Dahl", "NOR", "GOV") in found, found
    events = [(e.source, e.target) for e in code_text(text, "1990-05-01") if e.cameo.startswith("04")]
    assert ("NOR", "EGY") in events, events


def test_the_envoy_with_no_envoy_named_before_is_left_alone() -> None:
    found = actors("Norway backs the ceasefire. The envoy met Egyptian officials.")
    assert all(t != "The envoy" for t, _, _ in found), found


def test_a_name_whose_relative_clause_gives_the_office_is_that_bodys_person() -> None:
    found = actors("Ana Ruiz, who heads the central bank of Chile, urged Peru to cut its deficit. Ruiz left.")
    assert ("Ana Ruiz", "CHL", "GOV") in found and ("Ruiz", "CHL", "GOV") in found, found
    found = actors("Ana Ruiz, who is Chile's finance minister, met bankers.")
    assert ("Ana Ruiz", "CHL", "GOV") in found, found
    events = [(e.source, e.target) for e in code_text(
        "Ana Ruiz, who heads the central bank of Chile, urged Peru to cut its deficit.", "1990-05-01")]
    assert ("CHL", "PER") in events, events


def test_a_relative_clause_of_no_office_names_no_body() -> None:
    found = actors("Ana Ruiz, who visited Chile last week, met bankers.")
    assert all(t != "Ana Ruiz" for t, _, _ in found), found
