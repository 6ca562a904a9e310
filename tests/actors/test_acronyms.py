"""Acronyms a document defines for itself override the actor tables' acronyms; a definition that
repeats a known name keeps them."""

from __future__ import annotations

import spacy

from multipolar.actors.acronyms import definitions
from multipolar.api import resolve_actors


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.code) for m in resolve_actors(text, "1987-03-05") if m.kind != "coref"}


def test_an_acronym_defined_as_another_body_names_no_known_actor() -> None:
    text = "Railways asked the U.S. Interstate Commerce Commission (ICC) to act. The ICC refused."
    assert not any(t == "ICC" for t, _ in found(text)), found(text)


def test_an_acronym_defined_by_its_known_name_keeps_its_actor() -> None:
    text = "The International Criminal Court (ICC) opened a case. The ICC said it would act."
    assert ("ICC", "ICC") in found(text), found(text)


def test_a_spelling_variant_of_the_known_name_keeps_its_actor() -> None:
    text = "The Organization for Economic Co-operation and Development (OECD) cut its forecast."
    assert any(t == "OECD" for t, _ in found(text)), found(text)


def test_an_undefined_acronym_keeps_its_actor() -> None:
    assert ("ICC", "ICC") in found("The ICC charged two commanders on Monday.")


def test_a_hyphenated_known_name_keeps_its_actor() -> None:
    text = "Ministers of the Association of South-east Asian Nations (ASEAN) met in Manila."
    assert ("ASEAN", "ASEAN") in found(text), found(text)


def test_words_that_do_not_spell_the_acronym_define_nothing() -> None:
    assert ("ICC", "ICC") in found("Judges of the Hague Court (ICC) met on Monday.")


def test_definitions_found_at_brackets_only() -> None:
    """Definitions are read at "( X )" only, anywhere in the text, the first of an acronym kept."""
    nlp = spacy.blank("en")
    doc = nlp("Officials of the Atlantic Fisheries Council (AFC) met the Baltic Rail Board (BRB). "
              "The Arctic Fisheries Commission (AFC) was not there ( BRB ). A (B) c")
    assert definitions(doc) == {"AFC": "Atlantic Fisheries Council", "BRB": "Baltic Rail Board"}
    assert definitions(nlp("(ICC)")) == {}
