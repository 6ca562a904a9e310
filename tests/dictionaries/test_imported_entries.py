"""Sentences that only the imported tables code right (each also run with them switched off)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from multipolar.actors import tables
from multipolar.actors.table_checks import validate as validate_tables
from multipolar.events import lexicon
from multipolar.imported import DEFAULT_KINDS
from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document


def _doc(nlp: Language, text: str, date: str):  # type: ignore[no-untyped-def]
    return nlp(make_doc(nlp, Document(id="t", text=text, date=date)))


@pytest.fixture(scope="module")
def nlp_all() -> Iterator[Language]:
    """A pipeline with every imported table (people and organisations are off by default)."""
    from multipolar.nlp.pipeline import PipelineConfig, build_pipeline

    patch = pytest.MonkeyPatch()
    patch.setenv("MULTIPOLAR_IMPORTED", "all")
    caches = (tables.alias_entries, tables.roles, tables.imported_spells, tables.tenures_by_leader)
    for cache in caches:
        cache.cache_clear()
    yield build_pipeline(PipelineConfig(use_classifier=False))
    patch.undo()
    for cache in caches:
        cache.cache_clear()


@pytest.fixture()
def hand_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The hand-written tables alone (the caches are rebuilt, then restored)."""
    monkeypatch.setenv("MULTIPOLAR_IMPORTED", "none")
    caches = (tables.alias_entries, tables.roles, tables.imported_spells, tables.tenures_by_leader)
    for cache in caches:
        cache.cache_clear()
    yield
    monkeypatch.delenv("MULTIPOLAR_IMPORTED")
    for cache in caches:
        cache.cache_clear()


def test_weapon_pattern_refines_the_attack_code(nlp: Language) -> None:
    doc = _doc(nlp, "Iraqi insurgents attacked the base with rockets.", "2005-03-01")
    imported = {(e.source, e.source_sector, e.cameo) for e in doc._.events}
    assert imported == {("IRQ", "REB", "194")}  # "attack * (WITH &WEAPON)": fighting with heavy weapons


def test_lexicon_without_imported_tables_lacks_the_weapon_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPOLAR_IMPORTED", "none")
    hand = lexicon.load_lexicon()
    monkeypatch.setenv("MULTIPOLAR_IMPORTED", "patterns")
    imported = lexicon.load_lexicon()
    assert "attack" in hand.verbs and all(e.particle != "with" for e in hand.verbs["attack"])
    rows = [e for e in imported.verbs["attack"] if e.particle == "with" and "rocket" in e.objects]
    assert rows and rows[0].cameo == "194" and rows[0].provenance.startswith("petrarch2:CAMEO.2.0:")
    assert len(imported) > len(hand) + 1000


def test_imported_role_noun_gives_the_legislature_its_sector(nlp_all: Language) -> None:
    doc = _doc(nlp_all, "The Russian upper house ratified the pact.", "2010-05-01")
    assert {(e.source, e.source_sector, e.cameo[:2]) for e in doc._.events} == {("RUS", "LEG", "05")}
    assert tables.roles()["upper house"].sector == "LEG"


def test_upper_house_is_not_a_role_of_ours(hand_only: None) -> None:
    assert "upper house" not in tables.roles()


def test_official_of_1995_named_without_title_is_the_government(nlp_all: Language) -> None:
    events = _doc(nlp_all, "Mickey Kantor threatened Japan with sanctions.", "1995-05-10")._.events
    assert {(e.source, e.source_sector, e.target, e.root) for e in events} == {("USA", "GOV", "JPN", "13")}


def test_person_we_list_gains_their_earlier_spell(nlp_all: Language) -> None:
    mentions = _doc(nlp_all, "Sergei Lavrov criticised Washington.", "1995-05-10")._.actors
    lavrov = next(m for m in mentions if m.text == "Sergei Lavrov")
    assert (lavrov.code, lavrov.sector) == ("RUS", "GOV")  # UN ambassador, before our FM tenure (2004)
    later = next(m for m in _doc(nlp_all, "Sergei Lavrov criticised Washington.", "2020-05-10")._.actors
                 if m.text == "Sergei Lavrov")
    assert later.sector == "GOV" and "leaders.tsv" in later.rule and "FM" in later.rule


def test_without_imported_people_the_1995_official_is_unknown(hand_only: None) -> None:
    assert "Mickey Kantor" not in tables.alias_entries()
    lavrov = tables.tenures_by_leader()["Sergei Lavrov"]
    assert min(t.start for t in lavrov) >= "2004-01-01"


def test_imported_militant_group_is_coded_img(nlp_all: Language) -> None:
    events = _doc(nlp_all, "The Abu Nidal Organization attacked an Israeli embassy.", "1990-01-01")._.events
    assert {(e.source, e.source_sector, e.target, e.root) for e in events} == {("IMG", "REB", "ISR", "19")}


def test_imported_tables_validate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPOLAR_IMPORTED", "all")
    for cache in (tables.alias_entries, tables.roles, tables.imported_spells, tables.tenures_by_leader):
        cache.cache_clear()
    assert validate_tables() == []
    assert len(tables.imported_spells()) > 10000
    monkeypatch.delenv("MULTIPOLAR_IMPORTED")
    for cache in (tables.alias_entries, tables.roles, tables.imported_spells, tables.tenures_by_leader):
        cache.cache_clear()
    # off by default (switched on, they are used for dated documents only: actors.disambiguate.dated_entries)
    assert ("people" in DEFAULT_KINDS) == bool(tables.imported_spells())
