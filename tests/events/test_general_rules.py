"""General argument and lexicon rules: PP attachment, mis-parsed clauses, control, located roles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the PP of a nominal trigger hangs on the support verb; its object's modifier is the target
        ("Egyptian troops launched an assault on the last ISIS stronghold.", ("EGY", "IMG", "19")),
        # the PP hangs on the noun governing the trigger ("a suspension of aid to X")
        ("Canada announced a halt of aid to Haiti.", ("CAN", "HTI", "07")),
        # the partner of a meeting is the owner of the PP's object
        ("Lavrov held talks with the foreign minister of the Kingdom of Jordan.", ("RUS", "JOR", "04")),
        # material conflict by a nominal trigger: the place where it happened
        ("Israeli forces imposed blockades around Palestinian towns.", ("ISR", "PSE", "19")),
        # "some of the peacekeepers": the quantity word yields to its complement for object patterns
        ("Eritrea expelled some of the UN peacekeepers.", ("ERI", "UN", "16")),
        # expelled diplomats from a country: the country is the target
        ("Russia expelled diplomats from Poland.", ("RUS", "POL", "16")),
    ],
)
def test_target_rules(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_coordination_under_apposition(nlp: Language) -> None:
    found = roots(nlp, "The United States imposed sanctions on the Russian firm Rostec and the Indian company Tata.")
    assert {("USA", "RUS", "16"), ("USA", "IND", "16")} <= found


def test_misparsed_main_verb_takes_the_head_noun_as_subject(nlp: Language) -> None:
    # the parser makes "carried" an ``acl`` of "force" (the sentence root): it is the main verb
    found = roots(nlp, "The Iraqi air force carried out at least five air strikes near Mosul.")
    assert any(s == "IRQ" and r == "19" for s, _, r in found)


def test_purpose_clause_keeps_the_subject(nlp: Language) -> None:
    # "summon X to complain": the subject complains, not the envoy (no object control)
    found = roots(nlp, "German officials summoned the Egyptian ambassador to complain about a raid.")
    assert not any(s == "EGY" for s, _, _ in found)
    # object control verbs still pass their object on: "urged Iran to"
    assert ("USA", "IRN", "02") in roots(nlp, "The United States urged Iran to release the sailors.")


def test_role_located_by_a_place(nlp: Language) -> None:
    assert ("KEN", "KEN", "173") in dyads(nlp, "Police in Kenya arrested ten protesters.")  # domestic dyad
    # troops are not located by the country they are in
    assert not any(s == "SYR" for s, _, _ in roots(nlp, "Troops in Syria attacked the village of Dael."))


def test_reported_obligation_is_a_demand(nlp: Language) -> None:
    assert ("SYR", "TUR", "100") in dyads(nlp, "Syrian President Bashar Assad said Turkey must mediate.")
    # the speaker's own obligation is no demand
    assert not any(c == "100" for _, _, c in dyads(nlp, "Russia said it must protect its citizens."))


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicate nominal: the copula's (or "emerge as") subject acts on the possessor
        ("Kenya has emerged as Uganda's biggest customer.", ("KEN", "UGA", "06")),
        ("Spain became the main buyer of Algerian gas.", ("ESP", "DZA", "06")),
        ("France is Egypt's largest arms supplier.", ("FRA", "EGY", "06")),
    ],
)
def test_predicate_nominals(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_negated_predicate_nominal_is_no_event(nlp: Language) -> None:
    assert roots(nlp, "Peru is not a customer of Chile.") == set()
