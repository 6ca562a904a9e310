"""Help named by a "with" phrase (events/noun_parties.py): "X, with help from Y, retook the town" and
"with the support of Y, X built ..." code the helper's aid or support to the clause's subject (Y -> X),
and the helper is no target of the subject's act. A backer named by a participle ("rebels backed by
Iran") describes a standing tie, no event of the backer's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malian soldiers, with help from French helicopters, cleared the village.", ("FRA", "MLI", "070")),
        ("With the help of Turkey, Somalia opened a new military academy.", ("TUR", "SOM", "070")),
        ("Bolivia built the dam with financial assistance from Brazil.", ("BRA", "BOL", "071")),
        ("Kosovo joined the agency with the backing of Germany.", ("DEU", "XKX", "051")),
    ],
)
def test_the_helper_aids_the_subject(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_the_helper_is_no_target_of_the_subjects_act(nlp: Language) -> None:
    found = dyads(nlp, "Nigerian troops retook the town with support from Chadian jets.")
    assert not any(s == "NGA" and t == "TCD" for s, t, _ in found)
    assert any(s == "TCD" and t == "NGA" for s, t, _ in found)


def test_help_given_to_no_named_party_is_no_event(nlp: Language) -> None:
    found = dyads(nlp, "Oslo backed a policy of acting only with the backing of UN members.")
    assert not any(s == "UN" for s, _, _ in found)


def test_a_backer_named_by_a_participle_is_no_event(nlp: Language) -> None:
    assert not any(s == "IRN" for s, _, _ in roots(nlp, "Militias backed by Iran shelled a Saudi border town."))
