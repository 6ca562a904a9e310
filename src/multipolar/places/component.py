"""The ``multipolar_places`` spaCy component: sets ``doc._.places`` and locates ``doc._.events``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.actors.tables import is_state_code
from multipolar.ingest.dateline import DATELINE_PLACE_CHARS, dateline_place
from multipolar.nlp import extensions as _extensions  # noqa: F401
from multipolar.nlp.opening import stripped_opening
from multipolar.places.gazetteer import gazetteer
from multipolar.places.locate import locate_event
from multipolar.places.mentions import find_places


class PlaceLocator:
    """Finds the document's places (in the story's context) and gives each event its locations.

    Runs after ``multipolar_events``; ``use_dateline`` lets the dateline place stand in where a
    sentence names none.
    """

    def __init__(self, nlp: Language, name: str, use_dateline: bool) -> None:
        self.name = name
        self.use_dateline = use_dateline
        self.gazetteer = gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        actor_countries = {m.code for m in doc._.actors or () if is_state_code(m.code)}
        dateline_name = dateline_place(stripped_opening(doc, DATELINE_PLACE_CHARS)) if self.use_dateline else None
        places, dateline = find_places(doc, self.gazetteer, dateline_name, actor_countries)
        doc._.places = places
        doc._.dateline_place = dateline
        if doc._.events:
            doc._.events = [locate_event(doc, event, places, dateline) for event in doc._.events]
        return doc


@Language.factory(
    "multipolar_places",
    default_config={"use_dateline": True},
    requires=["doc._.actors", "doc._.events"],
    assigns=["doc._.places", "doc._.dateline_place", "doc._.events"],
)
def make_place_locator(nlp: Language, name: str, use_dateline: bool) -> PlaceLocator:
    return PlaceLocator(nlp, name, use_dateline)
