"""Scoring against gold: P/R/F1 math, which events count, and the evaluate command."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.events import evaluate as evaluate_module
from multipolar.events.gold import GoldEvent, GoldRecord, half_of, parse_gold, read_gold, select_half
from multipolar.events.scoring import MEASURES, Counts, PredEvent, classify_errors, match_record, score
from tests.conftest import shared_file


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


def _hand_records() -> tuple[list[GoldRecord], list[list[PredEvent]]]:
    """Six records whose figures are worked out by hand in the tests below."""
    records = [
        GoldRecord("a-1", "A", events=(GoldEvent("RUS", "UKR", "19", "ASSAULT"),
                                       GoldEvent("UKR", "RUS", "19", "ASSAULT"))),
        GoldRecord("b-2", "B", events=(GoldEvent("GBR", "GBR", "02", None), GoldEvent(None, "GBR", "18", "ASSAULT"))),
        GoldRecord("c-3", "C"),
        GoldRecord("d-4", "D", events=(GoldEvent(None, None, "19", "ASSAULT"),)),
        GoldRecord("e-5", "E", events=(GoldEvent("USA", "CHN", "04", "CONSULT"),), events_annotated=False),
        GoldRecord("f-6", "F", events=(GoldEvent("IGO", "IRN", "11", "ACCUSE"),)),
    ]
    predictions = [
        [pred("RUS", "UKR", "19", "ASSAULT"), pred("RUS", None, "19", "ASSAULT"), pred("USA", "RUS", "04", "CONSULT")],
        [pred("GBR", "GBR", "02"), pred("IRQ", "GBR", "18", "ASSAULT")],
        [pred("FRA", "DEU", "05", "SUPPORT")],
        [pred("ISR", "PSE", "19", "ASSAULT")],
        [pred("USA", "CHN", "04", "CONSULT")],
        [pred("un", "IRN", "11", "ACCUSE")],
    ]
    return records, predictions


def test_set_measures_by_hand() -> None:
    records, predictions = _hand_records()
    counts = score(records, predictions).counts
    # type: a tp1 fp1 (CONSULT); b typed by root (a gold event lacks PLOVER): 02, 18 both right;
    # c: one false root; d: ASSAULT right; e not annotated; f right
    assert (counts["type"].tp, counts["type"].fp, counts["type"].fn, counts["type"].sentences) == (5, 2, 0, 5)
    # dyad: d has no resolved gold dyad and is left out; IGO matches a coded UN
    assert (counts["dyad"].tp, counts["dyad"].fp, counts["dyad"].fn, counts["dyad"].sentences) == (3, 3, 1, 4)
    assert (counts["dyad+type"].tp, counts["dyad+type"].fp, counts["dyad+type"].fn) == (3, 3, 1)
    assert counts["dyad"].f1 == pytest.approx(2 * 0.5 * 0.75 / 1.25)


def test_match_record_skips_what_the_outside_scorer_skips() -> None:
    records, predictions = _hand_records()
    assert match_record(records[3], predictions[3], "dyad") is None  # no resolved gold dyad
    assert match_record(records[4], predictions[4], "type") is None  # events not annotated
    assert match_record(records[2], predictions[2], "type") == (set(), {("05",)}, set())


def test_full_events_quads_dyad_kinds_and_error_classes_by_hand() -> None:
    records, predictions = _hand_records()
    scores = score(records, predictions)
    full = scores.full
    assert (full.tp, full.fp, full.fn, full.sentences) == (3, 5, 3, 5)
    assert full.precision == pytest.approx(3 / 8) and full.recall == pytest.approx(3 / 6)
    material = scores.by_quad[4]
    assert (material.tp, material.fp, material.fn) == (1, 3, 3)
    verbal = scores.by_quad[1]
    assert (verbal.tp, verbal.fp, verbal.fn) == (1, 2, 0)
    assert (scores.by_quad[3].tp, scores.by_quad[3].fp) == (1, 0)
    assert scores.by_quad_type[1].tp == 1 and scores.by_quad_type[1].fp == 2  # CONSULT and 05 coded, 02 right
    domestic, international = scores.by_dyad_kind["domestic"], scores.by_dyad_kind["international"]
    assert (domestic.tp, domestic.fp, domestic.fn) == (1, 0, 0)
    assert (international.tp, international.fp, international.fn) == (2, 4, 1)  # fp: USA-RUS, IRQ-GBR, FRA-DEU, ISR-PSE
    assert scores.error_counts == {"false event": 4, "missed event": 2, "wrong source": 1}


def test_classify_errors_pairs_coded_with_gold() -> None:
    gold = {("RUS", "UKR", "ASSAULT"): 4, ("USA", "CHN", "CONSULT"): 1, ("IRN", "ISR", "THREATEN"): 3}
    coded = {("RUS", "UKR", "COERCE"): 4, ("USA", None, "CONSULT"): 1, ("IRN", "USA", "THREATEN"): 3}
    classes = sorted((c, g, p) for c, g, p in classify_errors(gold, coded))
    assert classes == [
        ("null actor", ("USA", "CHN", "CONSULT"), ("USA", None, "CONSULT")),
        ("wrong target", ("IRN", "ISR", "THREATEN"), ("IRN", "USA", "THREATEN")),
        ("wrong type", ("RUS", "UKR", "ASSAULT"), ("RUS", "UKR", "COERCE")),
    ]
    assert classify_errors({("A", "B", "X"): 1}, {("C", "D", "Y"): 1}) == [
        ("false event", None, ("C", "D", "Y")), ("missed event", ("A", "B", "X"), None)]


def test_halves_by_last_digit_of_the_id() -> None:
    assert half_of("agnews-test-6045") == "odd" and half_of("agnews-test-1260") == "even"
    assert half_of("set:12") == "even" and half_of("no-number") is None
    records = [GoldRecord(i, "t") for i in ("x-1", "x-2", "x-10", "y")]
    assert [r.id for r in select_half(records, "even")] == ["x-2", "x-10"]
    assert len(select_half(records, None)) == 4


def test_agrees_with_the_outside_scorer(tmp_path: Path) -> None:
    """The same gold and predictions through ../shared/tools/score.py (skipped without it)."""
    script = shared_file("tools/score.py")
    spec = importlib.util.spec_from_file_location("outside_score", script)
    assert spec is not None and spec.loader is not None
    outside = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(outside)
    records, predictions = _hand_records()
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text("\n".join(json.dumps({
        "id": r.id, "text": r.text, "events_annotated": r.events_annotated,
        "events": [{"source": e.source, "target": e.target, "root": e.root, "plover": e.plover} for e in r.events],
    }) for r in records), encoding="utf-8")
    pred_path.write_text("\n".join(json.dumps({
        "doc_id": r.id, "source": p.source, "target": p.target, "cameo": (p.root or "") + "0", "plover": p.plover,
    }) for r, preds in zip(records, predictions, strict=True) for p in preds), encoding="utf-8")
    theirs = outside.score(str(gold_path), str(pred_path))
    ours = score(read_gold(gold_path), predictions).counts
    for measure in MEASURES:
        assert (ours[measure].tp, ours[measure].fp, ours[measure].fn) == (
            theirs[measure]["tp"], theirs[measure]["fp"], theirs[measure]["fn"]), measure
        shown = ours[measure].to_dict()
        assert (shown["precision"], shown["recall"], shown["f1"]) == (
            theirs[measure]["p"], theirs[measure]["r"], theirs[measure]["f1"]), measure


def test_score_with_overridden_penta() -> None:
    records = [GoldRecord("a", "x", penta=3)]
    assert score(records, [[]], penta_predictions=[3]).penta.value == 1.0


def test_parse_gold_defaults() -> None:
    record = parse_gold({"id": "1", "text": "t", "penta": 0,
                         "events": [{"source": "usa", "target": None, "cameo": "042"}]})
    assert record.events_annotated
    assert record.events[0] == GoldEvent("USA", None, "04", None, None, quad=1)  # quad from the root
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


def test_score_penta_first_event_and_no_event_is_wrong() -> None:
    records = [GoldRecord("a", "x", penta=4), GoldRecord("b", "y", penta=1, events_annotated=False),
               GoldRecord("c", "z", penta=2)]
    scores = score(records, [[pred("ISR", "PSE", "19", penta=4)], [pred("USA", "CHN", "04", penta=1)], []])
    assert (scores.penta.correct, scores.penta.total) == (2, 3)
    assert scores.penta.confusion[(2, None)] == 1
    assert scores.counts["dyad"].sentences == 2  # b not annotated


def _fake_coding(records, n_process=1, folds=5, use_classifier=True, second_opinion=True):  # type: ignore[no-untyped-def]
    coded = {"t1": [fake_event("DEU", "FRA", "11", "ACCUSE", 3)], "t2": [fake_event("ESP", "ITA", "05", None, 1)]}
    return [coded.get(r.id, []) for r in records], "stub"


def test_evaluate_command_json_with_fake_coder(gold_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate_module, "code_records", _fake_coding)
    app = evaluate_module.typer.Typer()
    app.command()(evaluate_module.evaluate_command)
    result = CliRunner().invoke(app, [str(gold_file), "--format", "json", "--errors", "5", "--no-classifier"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["dyad"]["tp"] == 1 and data["dyad"]["fp"] == 1 and data["dyad"]["fn"] == 1
    assert data["dyad"]["f1"] == pytest.approx(0.5)
    assert data["type"]["f1"] == pytest.approx(1.0)
    assert data["full_event"]["tp"] == 1 and data["full_event"]["fp"] == 1
    assert data["penta"]["lexicon"]["correct"] == 2 and data["penta"]["lexicon"]["total"] == 3
    assert data["error_counts"]["wrong target"] == 1
    assert [e["id"] for e in data["errors"]["wrong target"]] == ["t2"]
    assert data["errors"]["wrong target"][0]["coded"] == ["ESP", "ITA", "05"]
    assert data["root_confusion"]["rows"] == [["05", 1, 0, 0], ["11", 0, 1, 0]]
    odd = CliRunner().invoke(app, [str(gold_file), "--format", "json", "--no-classifier", "--half", "odd"])
    assert odd.exit_code == 0, odd.output
    assert json.loads(odd.output)["records"] == 2  # t1 and t3


def test_evaluate_command_bad_input(tmp_path: Path) -> None:
    app = evaluate_module.typer.Typer()
    app.command()(evaluate_module.evaluate_command)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x-1"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, [str(bad), "--no-classifier"])
    assert result.exit_code == 1 and "not a gold JSONL file" in result.output
    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps({"id": "x-1", "text": "t"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, [str(empty), "--no-classifier", "--half", "even"])
    assert result.exit_code == 1 and "no records" in result.output


def test_evaluate_table_output(gold_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate_module, "code_records", lambda records, *a, **k: ([[] for _ in records], "off"))
    result = evaluate_module.evaluate(read_gold(gold_file), use_classifier=False, errors=3)
    text = evaluate_module.render_table(result, "gold.jsonl")
    assert "dyad+type" in text and "penta confusion" in text and "per quad family" in text
    assert "== missed event" in text and "domestic" in text
    assert result["dyad"]["fn"] == 2 and result["penta"]["lexicon"]["accuracy"] == 0.0


@pytest.mark.slow
def test_evaluate_runs_real_pipeline(gold_file: Path, nlp: object) -> None:
    result = evaluate_module.evaluate(read_gold(gold_file), use_classifier=True)
    assert result["records"] == 3 and result["penta"]["lexicon"]["total"] == 3


def test_a_document_type_is_scored_against_the_coded_types_and_the_first() -> None:
    records = [parse_gold({"id": "d1", "text": "x", "doc_plover": "protest"}),
               parse_gold({"id": "d2", "text": "y", "doc_plover": "ASSAULT"}),
               parse_gold({"id": "d3", "text": "z", "doc_plover": "AID"})]
    predicted = [[PredEvent("USA", "USA", "14", "PROTEST", 3)],
                 [PredEvent("RUS", "UKR", "11", "ACCUSE", 3), PredEvent("RUS", "UKR", "19", "ASSAULT", 4)],
                 []]
    doc = score(records, predicted).to_dict()["document_type"]
    assert doc["among_coded"]["correct"] == 2 and doc["among_coded"]["total"] == 3
    assert doc["first_event"]["correct"] == 1


def test_records_without_a_document_type_report_none() -> None:
    records = [parse_gold({"id": "a", "text": "x", "events": []})]
    assert "document_type" not in score(records, [[]]).to_dict()
