"""Lexicon rows for words that were candidates without a matching entry: helping and training another
party's forces, coups by "oust"/"depose", sanctions put back, trade curtailed, applying for aid, loan
packages approved, power handed over, ties cut off, territory regained, warplanes sent, parties dissolved
and purges. Invented sentences, the coded event (source, target, code) or its absence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AID: assisting or training another party's forces
        ("Ghanaian troops assisted the Malian army.", ("GHA", "MLI", "070")),
        ("The Nigerian army was assisted by French troops.", ("FRA", "NGA", "070")),
        ("American instructors trained the Afghan police.", ("USA", "AFG", "072")),
        ("French officers trained Malian soldiers.", ("FRA", "MLI", "072")),
        # ASSAULT (coup): an armed party ousts or deposes a leader
        ("The Thai army ousted the Thai prime minister.", ("THA", "THA", "180")),
        ("The Malian army deposed the Malian president.", ("MLI", "MLI", "180")),
        # SANCTION: sanctions put back, trade curtailed
        ("The United States reinstated sanctions against Cuba.", ("USA", "CUB", "163")),
        ("The European Union reimposed sanctions on Belarus.", ("EU", "BLR", "163")),
        ("China curtailed imports from Australia.", ("CHN", "AUS", "163")),
        # REQUEST: applying for aid or a loan from another party
        ("Pakistan applied for emergency aid from China.", ("PAK", "CHN", "023")),
        ("Zambia applied for an IMF loan.", ("ZMB", "IMF", "0231")),
        # AGREE: a loan package approved for another party (as "approved a loan")
        ("The IMF approved a loan package for Kenya.", ("IMF", "KEN", "0331")),
        # CONCEDE: power handed over
        ("The Malian junta handed power to the Malian president.", ("MLI", "MLI", "0831")),
        # ties cut off, territory regained, warplanes sent
        ("China cut off diplomatic relations with Lithuania.", ("CHN", "LTU", "161")),
        ("Kurdish fighters regained the town from Islamic State militants.", (None, "IMG", "192")),
        ("Turkey sent warplanes to Azerbaijan.", ("TUR", "AZE", "154")),
    ],
)
def test_unmatched_lemma_rows(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan police assisted in the search for the missing girl.",  # no one assisted
        "The Ruritanian parliament ousted the Ruritanian prime minister.",  # a vote, not a coup
        "The Ruritanian party regained control of parliament.",  # not an armed party
        "The Kenyan cabinet approved a reform package.",  # no loan, no other party
    ],
)
def test_unmatched_lemma_rows_other_senses(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert not any(code in ("070", "180", "192", "0331") for _, _, code in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Thai government dissolved the Thai opposition party.", ("THA", "THA", "1722")),
        ("The Chinese leadership purged the Chinese army of corrupt generals.", ("CHN", "CHN", "172")),
    ],
)
def test_bans_and_purges(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_a_party_dissolving_itself_is_no_ban(nlp: Language) -> None:
    assert not dyads(nlp, "The Kenyan opposition party dissolved itself.")
