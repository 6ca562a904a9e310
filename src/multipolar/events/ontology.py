"""The CAMEO code table for the event coder: re-exported from :mod:`multipolar.reference` (one table,
``data/cameo.tsv``, shared with the analysis layer). The roots (:class:`multipolar.reference.CameoRoot`)
and the root sets are imported from :mod:`multipolar.reference` directly."""

from __future__ import annotations

from multipolar.reference import (
    CameoCode,
    UnknownCameoCode,
    cameo_codes,
    cameo_labels,
    is_cooperation,
    is_material_conflict,
    lookup,
    penta_of_root,
    root_of,
)

__all__ = [
    "CameoCode",
    "UnknownCameoCode",
    "cameo_codes",
    "cameo_labels",
    "is_cooperation",
    "is_material_conflict",
    "lookup",
    "penta_of_root",
    "root_of",
]
