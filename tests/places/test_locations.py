"""The gazetteer and the ``multipolar_places`` stage: events located where they happened."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.nlp.pipeline import make_doc
from multipolar.places.gazetteer import Gazetteer, Place, choose, country_of, gazetteer
from multipolar.records import Document, Event, LocationType


def _events(nlp: Language, text: str, doc_id: str = "t") -> list[Event]:
    doc = nlp(make_doc(nlp, Document(id=doc_id, text=text)))
    return list(doc._.events or [])


def test_gazetteer_reads_accented_and_alternate_names() -> None:
    kandahar = gazetteer().resolve("Kandahar")
    assert kandahar is not None and kandahar.country == "AFG" and kandahar.type is LocationType.CITY
    assert gazetteer().resolve("Kiev") == gazetteer().resolve("Kyiv")
    georgia = gazetteer().resolve("Georgia")
    assert georgia is not None and georgia.type is LocationType.COUNTRY and georgia.country == "GEO"
    assert gazetteer().resolve("Georgia", countries={"USA"}).adm1 == "USGA"  # type: ignore[union-attr]
    assert gazetteer().resolve("Zzyzxqville") is None


def test_city_keys_take_ascii_alternate_names_only() -> None:
    row = {"countrycode": "FR", "latitude": 45.0, "longitude": 5.0, "admin1code": "84", "population": 20_000,
           "geonameid": 1, "name": "Vieux-Bourg", "alternatenames": [
               "Old Borough", "The Old Town's", "Vieux Bourg", "Вьё-Бур", "x", "Vieux-Bourg Est", "Bourg'n  Mer"]}
    index = Gazetteer([row]).index
    for name in ("vieux-bourg", "old borough", "old town", "vieux bourg", "vieux-bourg est", "bourg'n mer"):
        assert [p.name for p in index[name]] == ["Vieux-Bourg"], name
    assert "x" not in index and not any(k.startswith("вь") for k in index)


def test_country_of_a_place_for_the_coder() -> None:
    assert country_of("Mosul") == "IRQ"
    assert country_of("Hyderabad", countries={"PAK"}) == "PAK"
    assert country_of("Hyderabad") == "IND"
    assert country_of("Helmand") == "AFG"  # a division with no coordinates in the package


def test_story_division_and_country_against_population() -> None:
    big = Place("Paris", LocationType.CITY, "FRA", population=2_000_000)
    small = Place("Paris", LocationType.CITY, "USA", adm1="USTX", population=25_000)
    karachi_side = Place("Hyderabad", LocationType.CITY, "PAK", population=1_900_000)
    deccan = Place("Hyderabad", LocationType.CITY, "IND", population=7_000_000)
    assert choose([big, small], frozenset(), frozenset()) is big
    assert choose([big, small], frozenset({"USA"}), frozenset({"USTX"})) is small  # a Texas story
    assert choose([big, small], frozenset({"USA"}), frozenset()) is big  # a small town does not beat a capital
    assert choose([deccan, karachi_side], frozenset({"PAK"}), frozenset()) is karachi_side


def test_a_place_s_own_name_before_an_alternate_name() -> None:
    own = Place("Ruvo", LocationType.CITY, "MLI", population=130_000)
    alias = Place("Port Ruvo", LocationType.CITY, "CUB", population=270_000)  # lists "Ruvo" as another name
    assert choose([alias, own], frozenset(), frozenset(), "Ruvo") is own
    assert choose([alias, own], frozenset({"CUB"}), frozenset(), "Ruvo") is alias  # the story's country first
    assert choose([alias, own], frozenset(), frozenset()) is alias  # no name given: the larger city
    assert country_of("Gao") == "MLI" and country_of("Waterloo") != "USA"


def test_tanks_in_nablus_are_located_in_nablus(nlp: Language) -> None:
    (event,) = [e for e in _events(nlp, "Israeli tanks fired at targets in Nablus.") if e.source == "ISR"]
    geo = event.action_geo
    assert geo is not None
    assert (geo.name, geo.country, geo.type) == ("Nablus", "PSE", LocationType.CITY)
    assert geo.lat == pytest.approx(32.22, abs=0.05) and geo.lon == pytest.approx(35.25, abs=0.05)


def test_ambiguous_city_resolved_by_the_story(nlp: Language) -> None:
    text = ("Texas officials met county leaders on Monday. "
            "Police in Paris arrested twenty protesters after clashes outside the courthouse.")
    doc = nlp(make_doc(nlp, Document(id="tx", text=text)))
    paris = [m.place for m in doc._.places if m.text == "Paris"]
    assert paris and paris[0].country == "USA" and paris[0].adm1 == "USTX"
    plain = nlp(make_doc(nlp, Document(id="fr", text="Police in Paris arrested twenty protesters.")))
    assert [m.place.country for m in plain._.places if m.text == "Paris"] == ["FRA"]


def test_city_comma_region_reads_the_city_in_the_region(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, Document(id="x", text="Hundreds marched in Paris, Texas, on Sunday.")))
    assert [(m.place.country, m.place.adm1) for m in doc._.places if m.text == "Paris"] == [("USA", "USTX")]


def test_dateline_locates_a_sentence_without_places(nlp: Language) -> None:
    events = _events(nlp, "ANKARA (Reuters) - Turkey condemned Sweden on Tuesday.")
    assert events and all(e.action_geo is not None and e.action_geo.name == "Ankara" for e in events)


def test_clause_place_beats_another_sentence_place(nlp: Language) -> None:
    text = "Diplomats gathered in Geneva. Russian troops shelled the city of Kharkiv on Sunday."
    attacks = [e for e in _events(nlp, text) if e.root in ("18", "19", "20")]
    assert attacks and attacks[0].action_geo is not None and attacks[0].action_geo.country == "UKR"


def test_actor_location_from_its_place(nlp: Language) -> None:
    events = _events(nlp, "Protesters in Caracas clashed with police.")
    located = [e for e in events if e.source_geo is not None]
    assert located and located[0].source_geo.name == "Caracas"  # type: ignore[union-attr]


def test_places_and_tone_can_be_switched_off() -> None:
    from multipolar.nlp.pipeline import PipelineConfig, build_pipeline

    nlp = build_pipeline(PipelineConfig(locate_places=False, score_tone=False))
    assert "multipolar_places" not in nlp.pipe_names and "multipolar_tone" not in nlp.pipe_names
    events = _events(nlp, "Israeli tanks fired at targets in Nablus.")
    assert events and all(e.action_geo is None and e.tone is None for e in events)


def test_code_command_reads_a_feed_and_prints_locations(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from multipolar.cli import app

    feed = tmp_path / "wire.atom"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        "<id>urn:wire</id><updated>2024-04-02T08:00:00Z</updated><entry><title>Shelling</title><id>urn:e1</id>"
        '<link href="https://wire.example/e1"/><published>2024-04-01T07:15:00Z</published>'
        "<summary>Israeli tanks fired at targets in Nablus.</summary></entry></feed>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["code", "--feed", str(feed), "-j", "1", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert events and events[0]["doc_id"] == "urn:e1" and events[0]["date"] == "2024-04-01"
    assert events[0]["action_geo"]["country"] == "PSE" and isinstance(events[0]["tone"], float)


def test_nominal_trigger_without_a_verb_is_located(nlp: Language) -> None:
    """A verbless headline climbs to its root and stops there (no endless climb)."""
    events = _events(nlp, "Israeli airstrikes on Gaza.")
    assert all(e.action_geo is None or e.action_geo.country == "PSE" for e in events)


def test_compass_words_name_no_division() -> None:
    for name in ("South", "North", "North-West", "Far North", "Western", "Central", "Upper East"):
        assert country_of(name) is None, name
    assert country_of("Western Cape") == "ZAF"
    assert country_of("North Carolina") == "USA"
    assert country_of("Central Province") == "LKA"


def test_a_region_named_by_compass_words_places_no_actor_abroad(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, Document(id="t", text="Voters in the South backed the governor of Texas.")))
    assert not any("CMR" in (e.source, e.target) for e in doc._.events), doc._.events
