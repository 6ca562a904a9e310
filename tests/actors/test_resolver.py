"""Actor resolution: countries, metonyms, organisations, leaders with tenure, sectors, ambiguity."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.actors.lookup import actor_for_token
from multipolar.api import resolve_actors
from multipolar.records import ActorMention


def by_text(text: str, date: str | None = "2024-06-01") -> dict[str, ActorMention]:
    return {m.text: m for m in resolve_actors(text, date=date)}


@pytest.mark.parametrize(
    ("text", "span", "code", "sector"),
    [
        ("The U.S. and Britain met.", "U.S.", "USA", "GOV"),
        ("The U.S. and Britain met.", "Britain", "GBR", "GOV"),
        ("Türkiye and Turkey are one.", "Türkiye", "TUR", "GOV"),
        ("An Ivorian envoy met Emirati officials.", "Emirati officials", "ARE", "GOV"),
        ("The Kremlin rejected it.", "Kremlin", "RUS", "GOV"),
        ("The Pentagon said so.", "Pentagon", "USA", "MIL"),
        ("CBP seized the shipment.", "CBP", "USA", "COP"),
        ("The FSB arrested a courier.", "FSB", "RUS", "SPY"),
        ("PLA jets flew near the island.", "PLA jets", "CHN", "MIL"),
        ("The Treasury Department froze the accounts.", "Treasury Department", "USA", "GOV"),
        ("Kiev and Kyiv are one.", "Kiev", "UKR", "GOV"),
        ("Zhongnanhai decided.", "Zhongnanhai", "CHN", "GOV"),
        ("The West condemned Moscow.", "the West", "WST", "GOV"),
        ("Western governments condemned Moscow.", "Western governments", "WST", "GOV"),
        ("NATO and the U.N. Security Council met.", "U.N. Security Council", "UN", "GOV"),
        ("Amnesty International criticised the raid.", "Amnesty International", "NGO", "CVL"),
        ("Islamic State fighters attacked.", "Islamic State fighters", "IMG", "REB"),
        ("The Taliban attacked.", "Taliban", "AFG", "REB"),
        ("Hezbollah fired rockets.", "Hezbollah", "LBN", "REB"),
        # plural office holders are a role mention, not one leader
        ("Iranian envoys arrived in Geneva on Monday.", "Iranian envoys", "IRN", "GOV"),
        ("Brazilian governors rejected the budget.", "Brazilian governors", "BRA", "GOV"),
        ("Two Spanish spokesmen declined to comment.", "Spanish spokesmen", "ESP", "GOV"),
        ("Two Nigerian foreign ministers met in Abuja.", "Nigerian foreign ministers", "NGA", "GOV"),
    ],
)
def test_aliases(text: str, span: str, code: str, sector: str) -> None:
    found = by_text(text)
    mention = found.get(span) or found.get(span[0].upper() + span[1:])
    assert mention is not None, found
    assert (mention.code, mention.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "span", "code", "sector"),
    [
        ("Chinese troops crossed.", "Chinese troops", "CHN", "MIL"),
        ("Russian oil companies agreed.", "Russian oil companies", "RUS", "BUS"),
        ("Iranian protesters marched.", "Iranian protesters", "IRN", "CVL"),
        ("Syrian rebels advanced.", "Syrian rebels", "SYR", "REB"),
        ("Israeli police raided it.", "Israeli police", "ISR", "COP"),
        ("Chinese state media said.", "Chinese state media", "CHN", "JRN"),
        ("Former Afghan officials fled.", "Former Afghan officials", "AFG", "ELI"),
        ("China's military drilled.", "China's military", "CHN", "MIL"),
        ("Ukrainian commander Oleksandr Syrskyi spoke.", "Ukrainian commander Oleksandr Syrskyi", "UKR", "MIL"),
    ],
)
def test_compositional_sectors(text: str, span: str, code: str, sector: str) -> None:
    mention = by_text(text)[span]
    assert (mention.code, mention.sector) == (code, sector)


def test_president_depends_on_date() -> None:
    text = "The U.S. president called the French foreign minister."
    early, late = by_text(text, "2019-06-01"), by_text(text, "2023-06-01")
    assert early["U.S. president"].name == "Donald Trump"
    assert late["U.S. president"].name == "Joe Biden"
    assert late["U.S. president"].sector == "GOV"
    assert late["French foreign minister"].name == "Catherine Colonna"


def test_named_leader_in_and_after_tenure() -> None:
    text = "German Chancellor Angela Merkel met Obama."
    in_office = by_text(text, "2015-01-01")
    after = by_text(text, "2023-01-01")
    assert in_office["German Chancellor Angela Merkel"].sector == "GOV"
    assert after["German Chancellor Angela Merkel"].sector == "ELI"
    assert after["Obama"].code == "USA" and after["Obama"].sector == "ELI"


def test_a_leader_of_two_states_is_of_the_one_he_served_at_the_date() -> None:
    soviet = by_text("Foreign Minister Eduard Shevardnadze flew to Bonn.", "1988-02-01")
    georgian = by_text("President Eduard Shevardnadze flew to Bonn.", "1999-02-01")
    assert soviet["Foreign Minister Eduard Shevardnadze"].code == "RUS"
    assert georgian["President Eduard Shevardnadze"].code == "GEO"


def test_title_and_surname_forms() -> None:
    found = by_text("President Xi and Mr Modi met Russian President Vladimir Putin.")
    assert found["President Xi"].code == "CHN"
    assert found["Mr Modi"].code == "IND"
    assert found["Russian President Vladimir Putin"].name == "Vladimir Putin"


def test_iranian_president_is_not_the_supreme_leader() -> None:
    assert by_text("The Iranian president spoke.", "2016-01-01")["Iranian president"].name == "Hassan Rouhani"


def test_unknown_person_not_guessed() -> None:
    assert resolve_actors("John Smithers said the weather was fine.") == []


def test_other_person_with_leader_surname() -> None:
    assert "Biden" not in by_text("Hunter Biden testified.")


def test_leader_alias_as_another_persons_first_name() -> None:
    assert all(m.code != "COL" for m in resolve_actors("Militia commander Petro Hnatenko was wounded.", "2023-05-01"))
    assert by_text("Petro told Bogota reporters he would go.", "2023-05-01")["Petro"].code == "COL"
    # the rest of the leader's own name is not another person
    assert by_text("President Lula Da Silva spoke.", "2023-05-01")["President Lula"].code == "BRA"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Michael Jordan scored.", "Jordan"),
        ("George Washington crossed the river.", "Washington"),
        ("We ate turkey with us.", "turkey"),
        ("Governor Kemp spoke in Atlanta, Georgia, on Sunday.", "Georgia"),
    ],
)
def test_ambiguity_negatives(text: str, absent: str) -> None:
    assert all(m.code not in ("JOR", "GEO", "TUR") or m.text != absent for m in resolve_actors(text))
    assert absent not in by_text(text) or by_text(text)[absent].code == "USA"


def test_ambiguity_positives() -> None:
    assert by_text("Jordan and Egypt signed a deal.")["Jordan"].code == "JOR"
    assert by_text("Georgia accused Russia; Tbilisi said talks failed.")["Georgia"].code == "GEO"
    assert by_text("Washington imposed sanctions.")["Washington"].code == "USA"
    assert by_text("Congo's army fought rebels near Brazzaville.")["Congo's army"].code == "COG"
    assert by_text("Congo's army fought M23 rebels near Goma.")["Congo's army"].code == "COD"
    assert "US" not in {m.text for m in resolve_actors("They told us to leave.")}


def test_actor_index_and_lookup(nlp: Language) -> None:
    doc = nlp("The army of Iran attacked Chinese troops.")
    index = doc._.actor_index
    troops = next(t for t in doc if t.text == "troops")
    assert index[troops.i].code == "CHN"
    army = next(t for t in doc if t.text == "army")
    found = actor_for_token(doc, army)
    assert found is not None and found.code == "IRN"
    starts = [m.start for m in doc._.actors]
    assert starts == sorted(starts)


def test_organisation_title_before_a_former_leader_keeps_the_organisation() -> None:
    from multipolar.api import resolve_actors

    found = resolve_actors("The European Union's chief negotiator Guy Verhofstadt met Irish officials.", "2019-07-01")
    assert [(m.code, m.name) for m in found if "Verhofstadt" in m.text] == [("EU", "Guy Verhofstadt")]


@pytest.mark.parametrize(
    ("text", "alias", "code"),
    [
        ("Chad closed its border crossing with Cameroon.", "Chad", "TCD"),
        ("Jordan turned down the Egyptian request.", "Jordan", "JOR"),
    ],
)
def test_a_lone_state_name_tagged_as_a_person_is_the_state(text: str, alias: str, code: str) -> None:
    assert by_text(text)[alias].code == code


def test_a_lone_surname_of_a_named_person_is_no_state() -> None:
    text = "Chad Moreno signed for the club. Chad said he was pleased with Cameroon."
    assert all(m.code != "TCD" for m in resolve_actors(text))
