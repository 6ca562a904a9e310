"""The ``relations`` query: a summary of how two actors relate, with the evidence behind it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from multipolar.analysis.common import (
    DB,
    QUAD_NAMES,
    actor,
    cameo_labels,
    connection,
    date_filter,
    dyad_filter,
    frequency,
)

_CELLS = "_multipolar_relation_cells"


def _number(value: Any) -> float | None:
    return None if value is None else round(float(value), 4)


def _cells(con: Any, conditions: list[str], params: list[Any], freq: str, top: int) -> None:
    """The dyad's events grouped by direction, period, CAMEO code and quad, in a temp table (one scan).

    Each cell keeps its ``top`` strongest events, so the strongest overall are among them.
    """
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {_CELLS} AS
        SELECT source, target, date_trunc('{freq}', date)::DATE AS period, cameo, quad,
               count(*) AS events, sum(num_mentions)::BIGINT AS mentions,
               sum(goldstein) AS g, sum(goldstein * num_mentions) AS gw,
               arg_max(
                   {{'id': event_id, 'date': date, 'goldstein': goldstein, 'mentions': num_mentions,
                    'documents': num_documents, 'sources': num_sources, 'confidence': confidence}},
                   {{'a': abs(goldstein), 'm': num_mentions, 'c': confidence, 'e': -event_id}},
                   {int(top)}
               ) AS strongest
        FROM events WHERE {' AND '.join(conditions)}
        GROUP BY ALL
        """,
        params,
    )


def _evidence(con: Any, top: int, per_event: int) -> list[dict]:
    """The strongest events (|Goldstein|, then mentions, then confidence) with their sentences."""
    if top <= 0:
        return []
    strongest = con.execute(
        f"""
        SELECT e.id, e.date, source, target, cameo, e.goldstein, e.mentions, e.documents, e.sources
        FROM (SELECT source, target, cameo, unnest(strongest) AS e FROM {_CELLS})
        ORDER BY abs(e.goldstein) DESC, e.mentions DESC, e.confidence DESC, e.id
        LIMIT {int(top)}
        """
    ).fetchall()
    if not strongest:
        return []
    ids = [row[0] for row in strongest]
    marks = ", ".join("?" for _ in ids)
    sentences = con.execute(
        f"""
        SELECT event_id, doc_id, sentence_index, sentence, trigger, rule, confidence
        FROM mentions WHERE counted AND event_id IN ({marks})
        ORDER BY event_id, confidence DESC, doc_id, sentence_index
        """,
        ids,
    ).fetchall()
    by_event: dict[int, list[dict[str, Any]]] = {}
    for event_id, doc_id, index, sentence, trigger, rule, confidence in sentences:
        found = by_event.setdefault(event_id, [])
        if len(found) < per_event:
            found.append(
                {"doc_id": doc_id, "sentence_index": index, "sentence": sentence, "trigger": trigger,
                 "rule": rule, "confidence": confidence}
            )
    labels = cameo_labels()
    return [
        {
            "event_id": event_id, "date": date.isoformat() if date else None, "source": source,
            "target": target, "cameo": cameo, "label": labels.get(cameo), "goldstein": goldstein,
            "num_mentions": mentions, "num_documents": documents, "num_sources": sources,
            "sentences": by_event.get(event_id, []),
        }
        for event_id, date, source, target, cameo, goldstein, mentions, documents, sources in strongest
    ]


def relations(
    db: DB,
    a: str,
    b: str,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    freq: str = "month",
    top_types: int = 10,
    evidence: int = 5,
    sentences_per_event: int = 3,
) -> dict[str, Any]:
    """Summary of the relation between ``a`` and ``b`` (both directions together).

    Keys: ``events``, ``mentions``, ``goldstein_mean`` (per event) and ``goldstein_mean_weighted``
    (per mention), ``quad_counts``, ``directions`` (each way apart), ``trend`` (per period),
    ``top_event_types`` and ``evidence`` (strongest events with sentences and document ids).
    """
    first, second = actor(a), actor(b)
    pair, pair_params = dyad_filter(first, second)
    conditions, params = date_filter(since, until)
    conditions, params = [pair, *conditions], [*pair_params, *params]
    with connection(db) as con:
        _cells(con, conditions, params, frequency(freq), max(1, evidence))
        try:
            summary = _summary(con, first, second, top_types)
            summary["evidence"] = _evidence(con, evidence, sentences_per_event)
        finally:
            con.execute(f"DROP TABLE IF EXISTS {_CELLS}")
    return summary


def _summary(con: Any, first: str, second: str, top_types: int) -> dict[str, Any]:
    """Everything but the evidence, from the cells temp table."""
    quads = ", ".join(f"sum(events) FILTER (WHERE quad = {q})" for q in QUAD_NAMES)
    row = con.execute(f"SELECT sum(events), sum(mentions), sum(g), sum(gw), {quads} FROM {_CELLS}").fetchall()[0]
    n_events, n_mentions = int(row[0] or 0), int(row[1] or 0)
    summary: dict[str, Any] = {
        "a": first,
        "b": second,
        "events": n_events,
        "mentions": n_mentions,
        "goldstein_mean": _number(row[2] / n_events) if n_events else None,
        "goldstein_mean_weighted": _number(row[3] / n_mentions) if n_mentions else None,
        "quad_counts": {name: int(count or 0) for name, count in zip(QUAD_NAMES.values(), row[4:], strict=True)},
    }
    by_direction = {
        (source, target): (int(count), g)
        for source, target, count, g in con.execute(
            f"SELECT source, target, sum(events), sum(g) FROM {_CELLS} GROUP BY ALL").fetchall()
    }
    summary["directions"] = {}
    for pair in ((first, second), (second, first)):
        count, g = by_direction.get(pair, (0, None))
        summary["directions"]["->".join(pair)] = {
            "events": count, "goldstein_mean": _number(g / count) if count else None}
    summary["trend"] = [
        {"period": period.isoformat(), "events": int(count), "mentions": int(mentions),
         "goldstein_mean": _number(g / count)}
        for period, count, mentions, g in con.execute(
            f"SELECT period, sum(events), sum(mentions), sum(g) FROM {_CELLS} WHERE period IS NOT NULL "
            "GROUP BY period ORDER BY period").fetchall()
    ]
    labels = cameo_labels()
    summary["top_event_types"] = [
        {"cameo": code, "label": labels.get(code), "events": int(count), "mentions": int(mentions),
         "goldstein_mean": _number(g / count)}
        for code, count, mentions, g in con.execute(
            f"SELECT cameo, sum(events) AS n, sum(mentions) AS m, sum(g) FROM {_CELLS} "
            f"GROUP BY cameo ORDER BY n DESC, m DESC, cameo LIMIT {int(top_types)}").fetchall()
    ]
    return summary
