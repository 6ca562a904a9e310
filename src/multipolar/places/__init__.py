"""Places: an offline gazetteer and the ``multipolar_places`` stage that locates events on the map."""

from multipolar.places.gazetteer import Gazetteer, Place, country_of, gazetteer

__all__ = ["Gazetteer", "Place", "country_of", "gazetteer"]
