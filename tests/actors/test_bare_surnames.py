"""A person of the hand tables named by surname alone (``actors/surnames.py``), offices named alone ("the
Pope") and heads of organisations (IAEA, WHO, AU ...)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.api import resolve_actors
from tests.events.conftest import roots


def codes(text: str, date: str | None = None) -> dict[str, str]:
    return {m.text: m.code for m in resolve_actors(text, date=date)}


@pytest.mark.parametrize(
    ("text", "date", "span", "code"),
    [
        ("Kharrazi criticized Israel on Monday.", None, "Kharrazi", "IRN"),  # active, undated
        ("The plan was drafted by Sharon and approved by the cabinet.", None, "Sharon", "ISR"),  # passive
        ("Sharon's plan angered the settlers.", "2004-06-01", "Sharon", "ISR"),  # possessive, dated
        ("Persson, who visited Moscow last week, criticized Russia.", None, "Persson", "SWE"),  # relative clause
        ("Officials said Singh would travel to Islamabad.", "2004-06-01", "Singh", "IND"),  # reported speech
        ("Bush and Sharon signed an agreement on Tuesday.", None, "Sharon", "ISR"),  # conjunction
        ("After a meeting with President Bush, Sharon said the pullout would go ahead.", None, "Sharon", "ISR"),
        ("Castro denounced the embargo again.", "2004-06-01", "Castro", "CUB"),  # in office on the date
        ("Wen criticized Japan over the shrine visits.", None, "Wen", "CHN"),  # a word, but a PERSON here
        ("Settlers protested in Sharon's absence.", None, "Sharon", "ISR"),  # "in" before a possessive
    ],
)
def test_a_bare_surname_names_the_one_state_of_its_bearers(text: str, date: str | None, span: str,
                                                           code: str) -> None:
    assert codes(text, date).get(span) == code


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rice prices rose across Asia.", "Rice"),  # a common word, no PERSON
        ("Fox News reported the talks.", "Fox"),  # part of a longer name
        ("Sharon Stone visited Paris.", "Sharon"),  # followed by another name
        ("Brown said the talks went well.", "Brown"),  # borne by people of several states
        ("Young said the rebels would pay.", "Young"),
        ("Gunmen killed Abdullah and two of his brothers.", "Abdullah"),  # anyone's given name
        ("Rebecca Sharon, a teacher, spoke to reporters. Sharon said the school would reopen.", "Sharon"),
        ("Fans in Bolton celebrated the win.", "Bolton"),  # a place after "in"
        ("The tribunal at the Hague ruled on Monday.", "Hague"),
    ],
)
def test_a_surname_that_may_name_someone_else_stays_unresolved(text: str, span: str) -> None:
    assert span not in codes(text)


def test_a_full_name_then_a_surname_is_the_same_person() -> None:
    found = [(m.text, m.code) for m in resolve_actors("Gordon Brown met Bush. Brown said the talks went well.")]
    assert ("Brown", "GBR") in found


def test_the_date_chooses_among_bearers_of_several_states() -> None:
    assert codes("Castro denounced the embargo again.", "2023-06-01").get("Castro") == "HND"


@pytest.mark.parametrize(
    ("text", "date", "span", "code"),
    [
        ("IAEA Director General Hans Blix urged Iraq to let the inspectors in.", None,
         "IAEA Director General Hans Blix", "IAEA"),
        ("Brundtland warned China about the epidemic.", "2003-04-01", "Brundtland", "WHO"),
        ("Konare urged Sudan to disarm the militias.", "2004-08-01", "Konare", "AU"),
        ("Strauss-Kahn met Greek officials in Athens.", "2010-05-01", "Strauss-Kahn", "IMF"),
    ],
)
def test_heads_of_organisations(text: str, date: str | None, span: str, code: str) -> None:
    assert codes(text, date).get(span) == code


def test_a_director_general_is_no_general() -> None:
    found = {m.text: m.sector for m in resolve_actors("IAEA Director General Hans Blix urged Iraq to comply.")}
    assert found.get("IAEA Director General Hans Blix") == "GOV"


@pytest.mark.parametrize(
    ("text", "span"),
    [("The visit of the Pope to Poland ended on Sunday.", "Pope"), ("The pope urged Israel to lift the siege.", "pope"),
     ("The pontiff met Putin at the Vatican.", "pontiff")],
)
def test_the_pope_is_the_holy_see(text: str, span: str) -> None:
    assert codes(text).get(span) == "VAT"


def test_a_coptic_pope_is_not_the_holy_see() -> None:
    assert "VAT" not in codes("Coptic Pope Shenouda met the Egyptian president.").values()


def test_events_of_bare_surnames_and_the_pope(nlp: Language) -> None:
    assert ("ISR", "USA", "04") in roots(nlp, "Sharon met Bush in Washington.")
    assert ("VAT", "POL", "04") in roots(nlp, "The visit of the Pope to Poland ended on Sunday.")
    assert ("IRN", "ISR", "11") in roots(nlp, "Israel's policy was criticized by Kharrazi on Monday.")


@pytest.mark.parametrize(
    ("text", "date", "span", "code"),
    [
        ("Colin L. Powell criticized Iran on Monday.", "2004-06-01", "Colin L. Powell", "USA"),
        ("Sudan rejected the plan drafted by Kofi A. Annan.", None, "Kofi A. Annan", "UN"),
        ("Officials said Vladimir V. Putin would visit Delhi.", None, "Vladimir V. Putin", "RUS"),
    ],
)
def test_a_table_name_with_middle_initials(text: str, date: str | None, span: str, code: str) -> None:
    assert codes(text, date).get(span) == code


def test_initials_between_an_unknown_first_name_and_a_surname_are_someone_else() -> None:
    assert "USA" not in codes("Thomas L. Powell, a local farmer, criticized Iran.", "2004-06-01").values()


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Hu Jintao met Bush on Monday. Hu said the talks were useful.", "Hu", "CHN"),
        ("Visiting South Korean President Kim Dae-jung met Koizumi, and Kim praised the talks.", "Kim", "KOR"),
    ],
)
def test_a_surname_written_first_refers_back_to_the_full_name(text: str, span: str, code: str) -> None:
    found = [(m.text, m.code) for m in resolve_actors(text)]
    assert (span, code) in found


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Secretary-General Kofi Annan urged Sudan to act.", "Secretary-General Kofi Annan", "UN"),
        ("The U.N. secretary-general urged Sudan to disarm the militia.", "U.N. secretary-general", "UN"),
        ("Arab League Secretary General Amr Moussa criticized Israel.",
         "Arab League Secretary General Amr Moussa", "ARL"),
    ],
)
def test_a_secretary_general_is_one_title(text: str, span: str, code: str) -> None:
    found = {m.text: (m.code, m.sector) for m in resolve_actors(text)}
    assert found.get(span) == (code, "GOV")


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [("SEC. RUMSFELD: We will visit Panama and Ecuador next week.", "RUMSFELD", "USA"),
     ("PUTIN VISITS INDIA", "PUTIN", "RUS")],
)
def test_a_leader_written_in_capitals(text: str, span: str, code: str) -> None:
    assert codes(text).get(span) == code


def test_capitals_that_are_no_leader_stay_unresolved() -> None:
    assert set(codes("The BANK of NOVA SCOTIA reported profits.").values()) <= {"CAN"}


def test_a_name_with_initials_that_is_an_alias_keeps_its_person() -> None:
    found = {m.text: m.name for m in resolve_actors("George W. Bush met Blair.", date="1990-06-01")}
    assert found.get("George W. Bush") == "George W. Bush"


def test_an_official_spell_before_a_leaders_tenure_counts_for_the_surname() -> None:
    assert codes("Rice criticized Iran on Monday.", "2004-06-01").get("Rice") == "USA"  # security adviser then


def test_without_a_word_list_every_surname_needs_a_person_entity() -> None:
    from multipolar.actors.surnames import BareSurnames

    unknown, known = BareSurnames(None), BareSurnames(frozenset({"rice"}))
    assert "Sharon" in unknown.common and "Sharon" not in known.common and "Rice" in known.common


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Straw summoned the Zimbabwean envoy on Tuesday.", "Straw", "GBR"),
        ("Fischer praised the Turkish reforms.", "Fischer", "DEU"),
    ],
)
def test_surname_that_is_a_word_counts_as_an_acting_subject(text: str, span: str, code: str) -> None:
    """A surname that is also an English word names the person as the bare subject of a verb."""
    assert codes(text, "2004-06-01").get(span) == code


@pytest.mark.parametrize("text", ["Rice prices rose in Thailand.", "The farmers sold Straw and hay to the army."])
def test_surname_that_is_a_word_stays_a_word_elsewhere(text: str) -> None:
    found = codes(text, "2004-06-01")
    assert "Rice" not in found and "Straw" not in found, found
