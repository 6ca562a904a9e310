"""The lexicon tables load, use valid codes and cover every CAMEO root."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from multipolar.events.lexicon import LexFlag, load_lexicon, parse_entries
from multipolar.events.ontology import cameo_codes

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "multipolar"


def test_lexicon_covers_every_root_with_several_hundred_entries() -> None:
    lex = load_lexicon()
    assert len(lex) >= 500
    entries = [e for group in (*lex.verbs.values(), *lex.nouns.values()) for e in group]
    assert {e.cameo[:2] for e in entries} == {f"{n:02d}" for n in range(1, 21)}
    assert all(e.cameo in cameo_codes() for e in entries)
    assert any(e.pos == "N" for e in entries) and any(e.objects for e in entries)


def test_entry_file_matches_its_root() -> None:
    lex = load_lexicon()
    stray = [e for group in (*lex.verbs.values(), *lex.nouns.values()) for e in group
             if e.cameo[:2] != e.source_file.rsplit("/", 1)[-1].rsplit("-", 1)[-1][:2]]
    assert not stray, stray[:3]


def test_rule_names_are_compact_and_informative() -> None:
    lex = load_lexicon()
    extend = next(e for e in lex.verbs["impose"] if e.objects and e.objects[0] == "sanction")
    assert extend.rule == "verb:impose+sanction>on=163"
    assert lex.nouns["visit"][0].rule == "noun:visit>to=042"


def test_malformed_lines_are_rejected_naming_file_and_line() -> None:
    with pytest.raises(ValueError, match=r"x.tsv:1: expected 8 to 9 columns"):
        parse_entries("attack\tV\t-\t-\tdobj\t190\n", "x.tsv")
    with pytest.raises(ValueError, match=r"x.tsv:2: unknown CAMEO code '999'"):
        parse_entries("# comment\nattack\tV\t-\t-\tdobj\t999\t-\tnote\n", "x.tsv")
    with pytest.raises(ValueError, match=r"x.tsv:1: bad flags 'recipe'"):
        parse_entries("meet\tV\t-\t-\twith\t040\trecip,recipe\tnote\n", "x.tsv")
    with pytest.raises(ValueError, match=r"x.tsv:1: bad pos .* \(one of V, N\)"):
        parse_entries("meet\tX\t-\t-\twith\t040\t-\tnote\n", "x.tsv")


def test_flags_are_enum_members_equal_to_their_names() -> None:
    (entry,) = parse_entries("meet\tV\t-\t-\twith\t040\trecip,needtarget\tnote\n", "x.tsv")
    assert entry.flags == {LexFlag.RECIP, LexFlag.NEEDTARGET} and "recip" in entry.flags


def test_code_checks_flags_by_enum_member_not_by_string() -> None:
    """``LexFlag.WEAK in entry.flags``, never ``"weak" in entry.flags``: a misspelt member fails at import."""
    names = {str(flag) for flag in LexFlag}
    stray = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant) and node.left.value in names \
                    and any(isinstance(c, ast.Attribute) and c.attr == "flags" for c in node.comparators):
                stray.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not stray, stray


def test_complement_maps() -> None:
    lex = load_lexicon()
    assert lex.map_complement("threat", "163") == "1312"
    assert lex.map_complement("threat", "1831") == "1383"
    assert lex.map_complement("intent", "0841") == "0353"
    assert lex.map_complement("refuse", "040") == "125"
    assert lex.map_complement("appeal", "073") == "0233"
    assert lex.map_complement("nonexistent", "040") is None


def test_provenance_column_is_optional() -> None:
    hand, imported = parse_entries(
        "attack\tV\t-\t-\tdobj\t190\t-\tnote\n"
        "attack with\tV\tmortar\t-\tdobj\t194\t-\tnote\tpetrarch2:CAMEO.2.0:9023\n", "x.tsv")
    assert hand.provenance == "" and imported.provenance == "petrarch2:CAMEO.2.0:9023"
    assert (imported.trigger, imported.particle, imported.objects) == ("attack", "with", ("mortar",))
