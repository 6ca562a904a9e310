"""The reference tables shared by the coder and the analysis: CAMEO and state names."""

from __future__ import annotations

import pytest

from multipolar import reference


def test_cameo_lookup_and_labels() -> None:
    code = reference.lookup("057")
    assert (code.root, code.quad, code.goldstein, code.plover) == ("05", 1, 8.0, "SUPPORT")
    assert reference.cameo_labels()["057"] == code.label
    with pytest.raises(reference.UnknownCameoCode):
        reference.lookup("999")


@pytest.mark.parametrize(("code", "cooperation", "material_conflict"), [
    ("010", True, False), ("0874", True, False), ("08", True, False), ("090", False, False),
    ("1311", False, False), ("14", False, True), ("190", False, True), ("2042", False, True),
])
def test_root_ranges(code: str, cooperation: bool, material_conflict: bool) -> None:
    assert reference.is_cooperation(code) is cooperation
    assert reference.is_material_conflict(code) is material_conflict


def test_cameo_roots_are_the_ontology_roots() -> None:
    roots = {code for code, entry in reference.cameo_codes().items() if entry.level == "root"}
    assert set(reference.CameoRoot) == roots
    for root in reference.CameoRoot:  # a member stands for its code in comparisons, sets and dict keys
        assert reference.lookup(root).root == root and root in roots and {str(root): 1}[root] == 1
    assert "0874"[:2] == reference.CameoRoot.YIELD and "190"[:2] >= reference.CameoRoot.COERCE


def test_state_names() -> None:
    assert reference.country_name("RUS") == "Russia"  # the table's first name, not pycountry's official one
    assert reference.country_name("XKX") == "Kosovo"
    assert reference.state_name("NATO") is None and reference.state_name("CHN") == "China"
    names = reference.country_names()
    assert names["USA"] == reference.country_name("USA") and len(names) > 240
