"""Each target strategy on its own: given a parsed sentence and a lexicon entry, what it finds."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from multipolar.events import noun_targets as N
from multipolar.events import targets as T
from multipolar.events.arguments import Arguments
from multipolar.events.lexicon import load_lexicon
from multipolar.events.purposes import verb_complement_object
from multipolar.events.slots import SlotFiller
from tests.events.conftest import DATE, code, roots


def _query(nlp: Language, text: str, word: str, pos: str = "V", with_light_verb: bool = False) -> T.TargetQuery:
    from multipolar.nlp.pipeline import make_doc
    from multipolar.records import Document

    doc: Doc = nlp(make_doc(nlp, Document(id="t", text=text, date=DATE)))
    token = next(t for t in doc if t.text == word)
    lex = load_lexicon()
    table = lex.verbs if pos == "V" else lex.nouns
    entry = next(e for e in table[token.lemma_.lower()] if not e.objects and not e.modifiers and not e.particle)
    args = Arguments(doc, unresolved=False)
    light = SlotFiller(lex).light_verb_of(token) if with_light_verb else None
    return T.TargetQuery(token, entry, args, [], light_verb=light,
                         patient=[c for c in token.children if c.dep_ == "dobj"])


def _codes(found: list) -> set[str | None]:
    return {p.code for p in found}


def test_verb_slot_takes_the_object(nlp: Language) -> None:
    assert _codes(T.verb_slot(_query(nlp, "Rebels attacked Chad on Monday.", "attacked"))) == {"TCD"}


def test_verb_object_owner(nlp: Language) -> None:
    assert "WST" in _codes(T.verb_object_owner(_query(nlp, "Iran condemned Western sanctions.", "condemned")))


def test_verb_act_place(nlp: Language) -> None:
    query = _query(nlp, "Rebels killed forty villagers in Kenya.", "killed")
    assert _codes(T.verb_act_place(query)) == {"KEN"}
    assert T.verb_slot(query) == []  # the villagers are no resolved actor here


def test_light_verb_prep(nlp: Language) -> None:
    # the PP hangs on the support verb, not on the noun
    query = _query(nlp, "Egypt launched an assault on Monday on Libya.", "assault", pos="N", with_light_verb=True)
    assert N.noun_slot(query) == []
    assert _codes(N.light_verb_prep(query)) == {"LBY"}


def test_verb_complement_object(nlp: Language) -> None:
    query = _query(nlp, "Norway offered to assist Haiti.", "offered")
    assert T.verb_slot(query) == []  # no dative, no "to" phrase
    assert _codes(verb_complement_object(query)) == {"HTI"}


def test_noun_act_place(nlp: Language) -> None:
    query = _query(nlp, "The airstrikes in Yemen continued.", "airstrikes", pos="N")
    assert _codes(N.noun_act_place(query)) == {"YEM"}


def test_first_strategy_that_finds_wins(nlp: Language) -> None:
    query = _query(nlp, "Rebels attacked Chad on Monday.", "attacked")
    assert _codes(T.find_targets(query, (T.verb_act_place, T.verb_slot))) == {"TCD"}  # falls through
    assert T.find_targets(query, (T.verb_act_place,)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's president expressed surprise that the Bolivian army had closed the border.", ("CHL", "BOL", "01")),
        ("Norway voiced hope that Sri Lanka would resume the talks.", ("NOR", "LKA", "01")),
    ],
)
def test_a_statement_is_about_the_subject_of_its_objects_that_clause(nlp: Language, text: str,
                                                                     expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_relative_clause_on_a_statements_object_names_no_target(nlp: Language) -> None:
    # "that Peru had raised" is a relative clause (the parser marks "that" as for a content clause)
    # (and a statement at no party is no event: events/aimed.py)
    events = code(nlp, "Chile expressed the concern that Peru had raised.")
    assert not any(e.target == "PER" for e in events if e.trigger == "expressed")


def test_cooperation_is_for_the_party_its_object_is_for(nlp: Language) -> None:
    assert ("ESP", "MAR", "03") in roots(nlp, "Spain pledged support for Morocco's bid.")


def test_cooperation_for_the_speakers_own_cause_is_domestic(nlp: Language) -> None:
    # never another party; a state's pledge to its own people is a domestic event (home acts: homeland.py)
    found = roots(nlp, "Spain pledged support for the Spanish fishermen.")
    assert not {t for s, t, r in found if s == "ESP" and r == "03"} - {None, "ESP"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia threatened to halt gas exports to Chile.", ("BOL", "CHL", "13")),
        ("Norway refused to send troops to Afghanistan.", ("NOR", "AFG", "12")),
    ],
)
def test_the_recipient_of_an_infinitive_act_is_the_target(nlp: Language, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Canada offered to send doctors to help the Liberian government.", "CAN", "LBR"),
        ("Sweden gave 30 million euros to promote schooling in Zambia.", "SWE", "ZMB"),
    ],
)
def test_cooperation_reaches_through_its_purpose_clause(nlp: Language, text: str, source: str, target: str) -> None:
    events = code(nlp, text)
    assert any(e.source == source and e.target == target for e in events), events


def test_purpose_clause_of_a_threat_is_not_read_for_places(nlp: Language) -> None:
    events = code(nlp, "Sweden threatened to cut funds to punish corruption in Zambia.")
    assert not any(e.target == "ZMB" and e.root == "07" for e in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berlin welcomed the release of two German hostages by Iraqi militants.", ("DEU", "IRQ", "05")),
        ("Tokyo applauded the return of three Japanese captives by Afghan tribesmen.", ("JPN", "AFG", "05")),
    ],
)
def test_judged_act_targets_its_doer_not_its_patient(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found
    assert not any(s == t for s, t, r in found if r == "05"), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lukashenko expelled two American diplomats from Minsk.", ("BLR", "USA", "16")),
        ("The Kremlin expelled two Estonian diplomats from Moscow.", ("RUS", "EST", "16")),
    ],
)
def test_required_object_that_is_a_party_is_the_target(nlp: Language, text: str, expected: tuple) -> None:
    """"expelled two American diplomats from Minsk": the diplomats' state, not the capital they leave."""
    assert expected in roots(nlp, text)
