"""Lexicon coverage: a positive example for every CAMEO root, and common phrasings per type."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads

EXAMPLES = [
    ("01", "Canada expressed concern over India's election.", ("CAN", "IND")),
    ("02", "Bolivia appealed to Brazil for humanitarian aid.", ("BOL", "BRA")),
    ("03", "China pledged to provide economic aid to Pakistan.", ("CHN", "PAK")),
    ("04", "The Kenyan president visited Uganda on Monday.", ("KEN", "UGA")),
    ("05", "Ghana praised Togo for its elections.", ("GHA", "TGO")),
    ("06", "Russia and China have conducted joint military exercises.", ("RUS", "CHN")),
    ("07", "Japan provided humanitarian aid to Haiti.", ("JPN", "HTI")),
    ("08", "Kenya released Ugandan prisoners.", ("KEN", "UGA")),
    ("09", "The United Nations investigated Myanmar over the killings.", ("UN", "MMR")),
    ("10", "Nigeria demanded compensation from Cameroon.", ("NGA", "CMR")),
    ("11", "Mexico accused the United States of espionage.", ("MEX", "USA")),
    ("12", "Pakistan rejected India's proposal.", ("PAK", "IND")),
    ("13", "North Korea threatened South Korea with military force.", ("PRK", "KOR")),
    ("14", "Chilean students protested against the Chilean government.", ("CHL", "CHL")),
    ("15", "North Korea mobilized troops near South Korea.", ("PRK", "KOR")),
    ("16", "Saudi Arabia cut diplomatic ties with Qatar.", ("SAU", "QAT")),
    ("17", "Iranian police arrested British journalists.", ("IRN", "GBR")),
    ("18", "Somali militants kidnapped Kenyan aid workers.", ("SOM", "KEN")),
    ("19", "Armenian forces shelled Azerbaijan.", ("ARM", "AZE")),
    ("20", "Syria used chemical weapons against Turkey.", ("SYR", "TUR")),
]


@pytest.mark.parametrize(("root", "text", "dyad"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_root_positive_example(nlp: Language, root: str, text: str, dyad: tuple[str, str]) -> None:
    events = code(nlp, text)
    assert (dyad[0], dyad[1], root) in {(e.source, e.target, e.root) for e in events}, [
        (e.source, e.target, e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam conveyed concerns about the dam to Laos.", "012"),
        ("Colombia will contribute troops to the mission in Haiti.", "0334"),
        ("The United States and Sudan are upgrading diplomatic ties.", "050"),
        ("Russia launched cyber warfare against Estonia.", "190"),
        ("Israeli soldiers apprehended a Lebanese man.", "173"),
        ("The United States reduced military aid to Egypt.", "162"),
        ("France suspended a digital tax on American companies.", "085"),
        ("Nigeria amassed troops near the border with Niger.", "154"),
    ],
)
def test_new_lexicon_entries(nlp: Language, text: str, expected: str) -> None:
    assert expected in {c for _, _, c in dyads(nlp, text)}


def _types(nlp: Language, text: str) -> set[tuple[str | None, str]]:
    return {(e.source, e.cameo) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labour strikes and street protests by domestic actors named with their country
        ("Chilean dockers went on strike on Monday.", ("CHL", "143")),
        ("Peruvian miners have begun a wildcat strike.", ("PER", "143")),
        ("Bolivian farmers took to the streets of La Paz.", ("BOL", "141")),
        # military posture: patrols, call-ups, alerts
        ("Estonian soldiers began patrols along the border with Latvia.", ("EST", "150")),
        ("Georgia called up reservists after the clashes.", ("GEO", "154")),
        ("Egypt put its navy on alert.", ("EGY", "152")),
        # yielding: relaxing curfews, meeting demands
        ("Tunisian authorities relaxed the curfew in Sfax.", ("TUN", "0813")),
        ("The Malian government accepted the demands of Senegal.", ("MLI", "083")),
    ],
)
def test_type_coverage(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ugandan troops captured three Sudanese army trucks near the border.", ("UGA", "SDN", "1711")),
        ("Eritrean soldiers captured two Ethiopian hilltop positions overnight.", ("ERI", "ETH", "192")),
        ("Chadian troops seized several Libyan defence posts near Fada.", ("TCD", "LBY", "192")),
        ("Bolivian police captured a Chilean smuggler near Oruro.", ("BOL", "CHL", "173")),
    ],
)
def test_a_capture_of_arms_or_ground_is_no_arrest(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    # forces that capture weapons seize property (1711) and those that capture posts occupy ground (192);
    # only people are arrested
    assert expected in dyads(nlp, text)
