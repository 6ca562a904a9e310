"""Who may import whom: every module's imports (lazy ones inside functions too), read with ``ast``.

Data flows one way (CONTRIBUTING.md, "Layers"). To add a subpackage, add a row to ``LAYERS`` (and,
if it must stay free of the spaCy side, to ``SEPARATE``/``NO_THIRD_PARTY``).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "multipolar"

#: Layers from the bottom up, each with the modules in it (a name covers its submodules; the longest
#: matching name wins). A module may import its own layer and the layers before it, except ``SEPARATE``.
LAYERS: dict[str, tuple[str, ...]] = {
    "base": ("multipolar.records", "multipolar.reference", "multipolar.datafiles", "multipolar.imported",
             "multipolar.coder_stamp", "multipolar.build_cache"),
    "ingest": ("multipolar.ingest",),
    "nlp": ("multipolar.nlp",),
    "actors": ("multipolar.actors",),
    # the gazetteer sits below the coder (which may ask a place's country); the places stage after it
    "gazetteer": ("multipolar.places", "multipolar.places.gazetteer"),
    "events": ("multipolar.events",),
    "places": ("multipolar.places.component", "multipolar.places.locate", "multipolar.places.mentions"),
    "tone": ("multipolar.tone",),
    "store": ("multipolar.store",),
    "analysis": ("multipolar.analysis",),
    "orchestration": ("multipolar.api", "multipolar.workflow"),
    "views": ("multipolar", "multipolar.cli", "multipolar.output", "multipolar.options", "multipolar.web",
              "multipolar.distributed", "multipolar.events.explain", "multipolar.events.evaluate"),
}
#: Modules named ``commands`` are command-line front ends: views, whatever subpackage holds them.
VIEW_MODULE_NAMES = frozenset({"commands"})
#: Lower layers a layer must not import although they sit below it: the store and the analysis
#: work on records and tables, without the spaCy side of the pipeline.
SEPARATE: dict[str, frozenset[str]] = {
    "store": frozenset({"ingest", "nlp", "actors", "events", "gazetteer", "places", "tone"}),
    "analysis": frozenset({"ingest", "nlp", "actors", "events", "places", "tone"}),
}
#: Third-party packages a layer must not import.
NO_THIRD_PARTY: dict[str, frozenset[str]] = {
    "base": frozenset({"spacy", "thinc", "duckdb", "typer"}),
    "ingest": frozenset({"spacy", "thinc", "duckdb"}),
    "gazetteer": frozenset({"spacy", "thinc", "duckdb"}),
    "store": frozenset({"spacy", "thinc", "typer"}),
    "analysis": frozenset({"spacy", "thinc"}),
}
ORDER = list(LAYERS)


def layer_of(module: str) -> str | None:
    """The layer of a dotted module name (None: not multipolar's)."""
    if module != "multipolar" and not module.startswith("multipolar."):
        return None
    if module.rsplit(".", 1)[-1] in VIEW_MODULE_NAMES:
        return "views"
    best, best_len = None, -1
    for layer, names in LAYERS.items():
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > best_len:
                best, best_len = layer, len(name)
    return best


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(module: str, source: str, known: set[str]) -> set[str]:
    """Every module ``source`` imports, anywhere in the file; ``from a import b`` counts ``a.b`` when
    that is a module."""
    package = module if module in known and (PACKAGE.parent / module.replace(".", "/")).is_dir() else (
        module.rsplit(".", 1)[0])
    out: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            out.add(base)
            out.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known)
    return out


def violations(module: str, source: str, known: set[str]) -> list[str]:
    """The imports of ``module`` that break the layer rules."""
    layer = layer_of(module)
    assert layer is not None, f"{module} is in no layer: add it to LAYERS in tests/test_layers.py"
    problems = []
    for target in sorted(imported_modules(module, source, known)):
        top = target.split(".")[0]
        if top in NO_THIRD_PARTY.get(layer, frozenset()):
            problems.append(f"{module} ({layer}) imports {target}")
        other = layer_of(target)
        if other is None or other == layer:
            continue
        if ORDER.index(other) > ORDER.index(layer) or other in SEPARATE.get(layer, frozenset()):
            problems.append(f"{module} ({layer}) imports {target} ({other})")
    return problems


def package_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_is_in_a_layer() -> None:
    missing = [name for name in package_modules() if layer_of(name) is None]
    assert not missing


def test_no_module_imports_a_higher_layer() -> None:
    modules = package_modules()
    known = set(modules)
    problems = [p for name, path in modules.items()
                for p in violations(name, path.read_text(encoding="utf-8"), known)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("module", "source"), [
    ("multipolar.store.writer", "import spacy"),
    ("multipolar.store.writer", "def f():\n    from multipolar.nlp.pipeline import build_pipeline\n"),
    ("multipolar.store.ingest", "from multipolar.api import code_documents"),
    ("multipolar.store.ingest", "from multipolar import workflow"),
    ("multipolar.analysis.export", "from multipolar.events.ontology import lookup"),
    ("multipolar.analysis.common", "def f():\n    from multipolar.actors import tables\n"),
    ("multipolar.analysis.export", "from multipolar.output import frame_text"),
    ("multipolar.analysis.graph", "from spacy.tokens import Doc"),
    ("multipolar.events.coder", "from multipolar.store.database import open_db"),
    ("multipolar.nlp.pipeline", "import multipolar.events.component"),
    ("multipolar.reference", "from multipolar.events import ontology"),
])
def test_the_rule_catches_back_edges(module: str, source: str) -> None:
    known = set(package_modules())
    assert violations(module, source, known), f"{module}: {source!r} should break the rules"


@pytest.mark.parametrize(("module", "source"), [
    ("multipolar.analysis.export", "from multipolar.reference import cameo_labels"),
    ("multipolar.analysis.common", "from multipolar.store.database import open_db"),
    ("multipolar.events.arguments", "from multipolar.actors.lookup import actor_for_token"),
    ("multipolar.workflow.ingest", "from multipolar.api import code_documents"),
    ("multipolar.events.commands", "from multipolar.api import code_documents"),
])
def test_the_rule_allows_downward_imports(module: str, source: str) -> None:
    assert violations(module, source, set(package_modules())) == []


def test_the_store_and_the_analysis_do_not_load_spacy() -> None:
    script = ("import sys, multipolar.store.ingest, multipolar.store.recode, multipolar.analysis.queries; "
              "import multipolar.coder_stamp; multipolar.coder_stamp.coder_stamp(); "
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy' or m == 'multipolar.api'))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
