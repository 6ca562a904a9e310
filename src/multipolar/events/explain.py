"""``multipolar explain``: show how one sentence is coded (parse, actors, triggers, rules, events)."""

from __future__ import annotations

from typing import Annotated

import typer
from spacy.tokens import Doc

from multipolar.events.second_opinion import sentence_opinions
from multipolar.options import parse_date_option


def explain_doc(doc: Doc) -> list[str]:
    """Lines describing the parse, the actors, each trigger candidate and the events of a coded doc."""
    lines: list[str] = []
    for si, sent in enumerate(doc.sents):
        lines.append(f"sentence {si}: {sent.text.strip()}")
        parse = []
        for t in sent:
            if t.is_space:
                continue
            head = "ROOT" if t.head.i == t.i else f"{t.head.i}"
            parse.append(f"{t.i}:{t.text}/{t.pos_}/{t.dep_}->{head}")
        lines.append("  parse: " + " ".join(parse))
    lines.append("actors:")
    for m in doc._.actors or []:
        members = f" [{'+'.join(m.members)}]" if m.members else ""
        lines.append(f"  {m.start}-{m.end} {m.text!r} {m.code}{members} {m.sector or '-'} {m.kind} ({m.rule})")
    if not doc._.actors:
        lines.append("  (none resolved: unnamed parties such as 'gunmen' may still fill slots)")
    lines.append("trigger candidates:")
    for c in doc._.candidates or []:
        rule = c.entry_rule or "-"
        detail = f" {c.detail}" if c.detail else ""
        count = f" ({c.n_events} event{'s' if c.n_events != 1 else ''})" if c.n_events else ""
        lines.append(f"  {c.token_index}:{c.text} [{c.lemma}] {rule} -> {c.outcome}{count}{detail}")
    if not doc._.candidates:
        lines.append("  (none)")
    lines.append("events:")
    for e in doc._.events or []:
        flags = " NEGATED" if e.negated else ""
        flags += f" ({e.modality})" if e.modality else ""
        lines.append(
            f"  {e.source or '-'}/{e.source_sector or '-'} -> {e.target or '-'}/{e.target_sector or '-'} "
            f"{e.cameo} {e.plover or '-'} g={e.goldstein} '{e.trigger}'@{e.char_start}-{e.char_end} "
            f"conf={e.confidence} rule={e.rule}{flags}"
        )
    if not doc._.events:
        lines.append("  (none)")
    opinions = [(si, p) for si, p in enumerate(sentence_opinions(doc) or []) if p]
    if opinions:
        lines.append("event-type model (top labels; multipolar_second_opinion):")
    for si, probs in opinions:
        top = sorted(probs.items(), key=lambda item: -item[1])[:3]
        lines.append(f"  sentence {si}: " + ", ".join(f"{label} {p:.2f}" for label, p in top))
    return lines


def explain_command(
    sentence: Annotated[str, typer.Argument(help="The sentence (or short text) to explain; quote it.")],
    date: Annotated[str | None, typer.Option(help="Document date (YYYY-MM-DD) for actor resolution.")] = None,
    include_negated: Annotated[
        bool, typer.Option("--include-negated", help="Also show negated/hypothetical events.")
    ] = False,
) -> None:
    """Print the parse, the actors found, each candidate trigger with the rule that fired (or why
    none did) and the coded events."""
    from multipolar.api import get_pipeline
    from multipolar.nlp.pipeline import PipelineConfig, make_doc
    from multipolar.records import Document

    date = parse_date_option(date)
    nlp = get_pipeline(PipelineConfig(include_negated=include_negated))
    doc = nlp(make_doc(nlp, Document(id="explain", text=sentence, date=date)))
    for line in explain_doc(doc):
        typer.echo(line)
