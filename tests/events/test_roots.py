"""At least one positive example for every CAMEO root 01-20."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code

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


def test_sub_codes_keyed_by_object(nlp: Language) -> None:
    def cameos(text: str) -> set[str]:
        return {e.cameo for e in code(nlp, text)}

    assert cameos("Japan provided humanitarian aid to Haiti.") == {"073"}
    assert cameos("Japan provided military aid to Ukraine.") == {"072"}
    assert cameos("The EU imposed sanctions on Iran.") == {"163"}
    assert cameos("Vietnam signed an agreement with Laos.") == {"057"}
    assert cameos("France held talks with Germany.") == {"040"}
