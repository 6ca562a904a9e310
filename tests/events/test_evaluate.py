"""Scoring against gold: P/R/F1 math, which events count, and the evaluate command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.events import evaluate as evaluate_module
from multipolar.events.scoring import (
    Counts,
    GoldEvent,
    GoldRecord,
    PredEvent,
    match_record,
    parse_gold,
    read_gold,
    score,
)


def pred(source: str | None, target: str | None, root: str | None = None, plover: str | None = None,
         penta: int | None = None) -> PredEvent:
    return PredEvent(source, target, root, plover, penta)


def test_counts_precision_recall_f1() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0


def test_type_is_plover_else_root() -> None:
    assert GoldEvent(root="19", plover="ASSAULT").type == "ASSAULT"
    assert GoldEvent(root="19").type == "19"
    assert pred("USA", "CHN", root="04").type == "04"


def test_dyad_full_gold_counts_tp_fp_fn() -> None:
    gold = GoldRecord("g", "t", events=(GoldEvent("RUS", "UKR"), GoldEvent("USA", "CHN")))
    tp, fp, fn = match_record(gold, [pred("RUS", "UKR"), pred("FRA", "DEU"), pred("RUS", None)], "dyad")
    assert tp == {("RUS", "UKR")}
    assert fp == {("FRA", "DEU")}
    assert fn == {("USA", "CHN")}


def test_partially_resolved_gold_shields_compatible_predictions() -> None:
    gold = GoldRecord("g", "t", events=(GoldEvent("RUS", None),))
    tp, fp, fn = match_record(gold, [pred("RUS", "UKR"), pred("FRA", "UKR")], "dyad")
    assert not tp and not fn  # nothing scorable in the gold
    assert fp == {("FRA", "UKR")}  # contradicts the known source


def test_untyped_gold_event_shields_only_types_of_its_penta() -> None:
    gold = GoldRecord("g", "t", events=(GoldEvent("RUS", "UKR", penta=4),))
    _, fp, _ = match_record(gold, [pred("RUS", "UKR", "19", penta=4), pred("RUS", "UKR", "04", penta=1)], "type")
    assert fp == {("04",)}


def test_score_penta_no_event_is_wrong_and_unannotated_skips_dyads() -> None:
    records = [
        GoldRecord("a", "x", penta=4, events=(GoldEvent("ISR", "PSE", "19", None, 4),)),
        GoldRecord("b", "y", penta=1, events=(), events_annotated=False),
        GoldRecord("c", "z", penta=2, events=()),
    ]
    predictions = [[pred("ISR", "PSE", "19", penta=4)], [pred("USA", "CHN", "04", penta=1)], []]
    scores = score(records, predictions)
    assert scores.penta.correct == 2 and scores.penta.total == 3  # record c: no event = wrong
    assert scores.penta.confusion[(2, None)] == 1
    dyad = scores.counts["dyad"]
    assert (dyad.sentences, dyad.tp, dyad.fp, dyad.fn) == (2, 1, 0, 0)  # b not annotated: not scored
    assert scores.counts["type"].tp == 1
    assert scores.root_confusion[("19", "19")] == 1


def test_score_with_overridden_penta() -> None:
    records = [GoldRecord("a", "x", penta=3)]
    assert score(records, [[]], penta_predictions=[3]).penta.value == 1.0


def test_parse_gold_defaults() -> None:
    record = parse_gold({"id": "1", "text": "t", "penta": 0,
                         "events": [{"source": "usa", "target": None, "cameo": "042"}]})
    assert record.events_annotated
    assert record.events[0] == GoldEvent("USA", None, "04", None, None)
    assert not parse_gold({"text": "t", "events_annotated": False}, 7).events_annotated


GOLD = [
    {"id": "t1", "text": "Germany criticised France on Monday.", "date": "2020-01-06", "penta": 3,
     "events": [{"source": "DEU", "target": "FRA", "root": "11", "plover": "ACCUSE"}], "events_annotated": True},
    {"id": "t2", "text": "Spain and Portugal signed a water treaty.", "date": None, "penta": 1,
     "events": [{"source": "ESP", "target": "PRT", "root": "05", "plover": None}], "events_annotated": True},
    {"id": "t3", "text": "Rain fell in the capital.", "penta": 0, "events": [], "events_annotated": False},
]


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    return path


def fake_event(source: str, target: str, root: str, plover: str | None, penta: int):  # type: ignore[no-untyped-def]
    from multipolar.records import Event

    return Event("d", 0, "s", 0, "t", 0, 1, source, None, None, target, None, None, root + "0", root, plover,
                 None, 1, penta, 0.0, None, "test")


def test_evaluate_command_json_with_fake_coder(gold_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_coder(records, n_process=1, use_classifier=True):  # type: ignore[no-untyped-def]
        assert [r.id for r in records] == ["t1", "t2", "t3"]
        return [[fake_event("DEU", "FRA", "11", "ACCUSE", 3)], [fake_event("ESP", "ITA", "05", None, 1)], []]

    monkeypatch.setattr(evaluate_module, "run_coder", fake_coder)
    app = evaluate_module.typer.Typer()
    app.command()(evaluate_module.evaluate_command)
    result = CliRunner().invoke(app, [str(gold_file), "--format", "json", "--errors", "5", "--no-classifier"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["dyad"]["tp"] == 1 and data["dyad"]["fp"] == 1 and data["dyad"]["fn"] == 1
    assert data["dyad"]["f1"] == pytest.approx(0.5)
    assert data["type"]["f1"] == pytest.approx(1.0)
    assert data["penta"]["lexicon"]["correct"] == 2 and data["penta"]["lexicon"]["total"] == 3
    assert [e["id"] for e in data["errors"]] == ["t2", "t3"]
    assert data["root_confusion"]["rows"] == [["05", 1, 0, 0], ["11", 0, 1, 0]]


def test_evaluate_table_output(gold_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate_module, "run_coder", lambda records, *a, **k: [[] for _ in records])
    result = evaluate_module.evaluate(read_gold(gold_file), use_classifier=False)
    text = evaluate_module.render_table(result, "gold.jsonl")
    assert "dyad+type" in text and "penta confusion" in text
    assert result["dyad"]["fn"] == 2 and result["penta"]["lexicon"]["accuracy"] == 0.0


@pytest.mark.slow
def test_evaluate_runs_real_pipeline(gold_file: Path, nlp: object) -> None:
    result = evaluate_module.evaluate(read_gold(gold_file), use_classifier=True)
    assert result["records"] == 3 and result["penta"]["lexicon"]["total"] == 3
