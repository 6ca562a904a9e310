"""Events tied to an explicit earlier time are background: left out by default, marked when shown."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots


@pytest.mark.parametrize(
    "text",
    [
        "Indian jets struck Pakistan in 2019.",
        "The 2003 invasion of Iraq by American forces was a mistake, the senator said.",
        "Decades ago, Soviet troops invaded Afghanistan.",
        "Fifteen years ago, rebels kidnapped an American journalist in Peru.",
        "1979: The Soviet Union sends troops into Afghanistan.",
        "The Iraq war has cost billions.",
    ],
)
def test_background_is_not_news(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_background_is_marked_when_shown(nlp_negated: Language) -> None:
    events = code(nlp_negated, "Indian jets struck Pakistan in 2019.")
    assert events and all(e.modality == "background" for e in events)


def test_the_reports_own_date_is_news(nlp: Language) -> None:
    events = code(nlp, "Indian jets struck Pakistan on June 1, 2023.", date="2023-06-01")
    assert any(e.source == "IND" and e.target == "PAK" for e in events)


def test_recent_days_are_news(nlp: Language) -> None:
    events = code(nlp, "Two days ago, Turkish troops shelled Kurdish positions in Syria.")
    assert any(e.source == "TUR" for e in events)


def test_undated_report_keeps_in_year_but_not_since_year(nlp: Language) -> None:
    from multipolar.nlp.pipeline import make_doc
    from multipolar.records import Document

    def undated(text: str) -> list:
        return list(nlp(make_doc(nlp, Document(id="u", text=text, date=None)))._.events)

    # with no report date, "in 2017" may be the report's own year
    assert any(e.source == "DEU" for e in undated("Germany gave $46 million to Iraq in 2017."))
    # an act dated by a "since" clause is history whatever the report's date
    assert undated("Since 2019, when Indian jets struck Pakistan, talks have stalled.") == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Since 2011, Turkey has accused Syria of shelling its border towns.", "TUR", "SYR"),
        ("Since 2015, Saudi Arabia has been bombing Yemen.", "SAU", "YEM"),
    ],
)
def test_since_year_with_present_perfect_is_news(nlp: Language, text: str, source: str, target: str) -> None:
    # "since" opens a span reaching the present: a continuing act, not history
    assert any(e.source == source and e.target == target for e in code(nlp, text))


def test_since_year_with_past_perfect_stays_background(nlp: Language) -> None:
    assert code(nlp, "Since 2011, Turkey had accused Syria of shelling its border towns.") == []


def test_first_time_since_a_year_is_news(nlp: Language) -> None:
    # the span of "the first time ... since" ends at the report: the visit is today's news
    found = code(nlp, "That was the first time any Peruvian president had visited Quito since 1981.")
    assert any(e.source == "PER" and e.target == "ECU" and e.cameo.startswith("04") for e in found), found


def test_past_acts_counted_since_a_year_are_background(nlp: Language) -> None:
    assert code(nlp, "Ecuador has fought two border wars with Peru since 1941.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian assembly passed the law despite the president's pledge to resign.",
        "Parliament passed the bill despite the president's promise to free the Sudanese prisoners.",
        "Talks resumed amid Ghana's pledge to withdraw its troops from Togo.",
    ],
)
def test_a_pledge_named_as_background_is_no_event(nlp: Language, text: str) -> None:
    # a pledge under "despite" or "amid" is the standing state the news happens against: neither the
    # pledge nor the pledged act is coded
    found = roots(nlp, text)
    assert not any(r in ("03", "08") for _, _, r in found), found


def test_a_pledge_made_is_still_an_intent(nlp: Language) -> None:
    assert any(r == "03" for _, _, r in roots(nlp, "The Bolivian president pledged to resign by December."))


@pytest.mark.parametrize("text", [
    "Oslo signed the fishing accord despite objections from Reykjavik.",
    "Lima went ahead with the vote notwithstanding warnings from Quito.",
    "Canberra built the base despite strong criticism from Jakarta.",
])
def test_a_voice_conceded_as_background_is_no_event(nlp: Language, text: str) -> None:
    # "despite objections from Y": Y's standing position, not an act this report tells
    assert not any(r in ("11", "12", "13") for _, _, r in roots(nlp, text)), roots(nlp, text)


def test_an_attack_despite_which_talks_went_on_is_still_news(nlp: Language) -> None:
    found = roots(nlp, "Talks went on despite a rocket attack by militants on Sderot.")
    assert any(r == "18" or r == "19" for _, _, r in found), found


def test_numbers_in_a_clause_of_an_earlier_year_do_not_make_it_a_date(nlp: Language) -> None:
    # "40" belongs to the when-clause, not to the date: the strike and the bombing are history
    text = ("Tension was the worst since 2016, when Kenyan jets bombed camps in Somalia after "
            "militants killed 40 soldiers near Mandera.")
    assert code(nlp, text, date="2024-03-01") == []


@pytest.mark.parametrize("text", [
    "The rocket carried a satellite built under a pact reached last year between Kenya and Japan.",
    "Lima is bound by the border accord signed last October by Peru and Chile.",
    "Ghana still honours the fishing deal concluded last month with Togo.",
])
def test_a_nouns_reduced_participle_dated_last_year_is_its_past(nlp: Language, text: str) -> None:
    # "the pact reached last year": the noun's history, not a signing this report tells
    assert not any(e.cameo == "057" for e in code(nlp, text)), code(nlp, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("The rocket carried a satellite built under a pact reached last week between Kenya and Japan.", ("KEN", "JPN")),
    ("Kenya and Japan signed a space pact last year.", ("KEN", "JPN")),
])
def test_a_recent_or_main_clause_signing_stays_news(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    events = code(nlp, text)
    assert any((e.source, e.target) == pair and e.cameo == "057" for e in events), events
