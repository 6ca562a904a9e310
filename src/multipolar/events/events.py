"""Build :class:`multipolar.records.Event` records (ontology fields, evidence, provenance)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.ontology import is_material_conflict, lookup
from multipolar.records import ActorMention, Event, MentionKind, Modality

#: Mention kinds of parties the coder found without a resolved actor (see events/agents.py).
UNNAMED_KINDS = frozenset({MentionKind.UNRESOLVED, MentionKind.IMPLICIT})
#: Words of a regional, ethnic or sectarian party inside a state ("Kurdish", "Chechen", "regional").
SUB_STATE_WORDS: frozenset[str] = read_words(data_file(__file__, "words/sub_state_words.txt"))
#: Confidence factor for events whose target is missing.
NO_TARGET_FACTOR = 0.6


@dataclass(frozen=True)
class EventSpec:
    """Who did what to whom, before it becomes a record."""

    source: Participant | None
    target: Participant | None
    cameo: str
    rule: str
    within_group: bool = False  # a group acting on itself ("lawmakers accused each other"): no self-event

    def is_self(self) -> bool:
        """Source and target are the same actor: same code, and sectors that do not tell them apart.
        Domestic events need different known sectors ("Afghan rebels attacked the Afghan army"); for
        material conflict (roots 14-20) a distinct mention without a sector (a place: "troops shelled
        Eastern Ghouta") also counts as another party."""
        s, t = self.source, self.target
        if s is None or t is None or self.within_group:
            return False
        if s.code is not None and t.code is not None and s.code != t.code:
            return False  # members of one compound mention ("the two nations") act on each other
        if s.mention.start == t.mention.start:
            return True
        if s.code is None or t.code is None:
            return False
        if s.mention.name and t.mention.name and s.mention.name != t.mention.name:
            return False  # two named people of one country ("Cheney mocked Kerry") are two parties
        if UNNAMED_KINDS & {s.mention.kind, t.mention.kind}:
            return False  # an unnamed party ("protesters") is another party than a named actor
        if sub_state(s.mention) != sub_state(t.mention):
            return False  # "the Iraqi Kurdish leader accused Baghdad": a region against its capital
        if s.sector and t.sector:
            return s.sector == t.sector
        return not is_material_conflict(self.cameo)

    @property
    def confidence(self) -> float:
        confs = [p.confidence for p in (self.source, self.target) if p is not None]
        conf = min(confs) if confs else 0.5
        return round(conf * (NO_TARGET_FACTOR if self.target is None else 1.0), 3)


def sub_state(mention: ActorMention) -> frozenset[str]:
    """The sub-state words of a mention's text ("Iraqi Kurdish leader": kurdish), empty for most."""
    return frozenset(w for w in mention.text.lower().replace("-", " ").split() if w in SUB_STATE_WORDS)


def participant(mention: ActorMention, confidence: float = 0.9, code: str | None = None) -> Participant:
    """Wrap an actor mention for :func:`build_event` (``code`` picks one member of a compound)."""
    return Participant(code or mention.code, mention.sector, mention.text, confidence, mention)


def original(doc: Doc, start: int, end: int) -> str:
    """Characters ``start:end`` of the document as given (the parse ran on a same-length
    normalised copy: nlp/normalise.py)."""
    meta = doc._.meta
    if meta is not None and len(meta.text) == text_length(doc):
        return meta.text[start:end]
    return doc.text[start:end]


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without joining the tokens' text (``Doc.text`` builds a new string each time)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def build_event(doc: Doc, sent: Span, sentence_index: int, trigger: Token, spec: EventSpec,
                negated: bool = False, modality: Modality | None = None,
                extra: tuple[tuple[str, str], ...] = ()) -> Event:
    """One event record with the ontology's fields and the evidence (sentence, trigger span)."""
    code = lookup(spec.cameo)
    meta = doc._.meta
    s, t = spec.source, spec.target
    return Event(
        doc_id=str(doc._.doc_id) if doc._.doc_id is not None else "",
        sentence_index=sentence_index,
        sentence=original(doc, sent.start_char, sent.end_char).strip(),
        sentence_start=sent.start_char + (len(sent.text) - len(sent.text.lstrip())),
        trigger=original(doc, trigger.idx, trigger.idx + len(trigger.text)),
        char_start=trigger.idx,
        char_end=trigger.idx + len(trigger.text),
        source=s.code if s else None,
        source_sector=s.sector if s else None,
        source_text=s.text if s else None,
        target=t.code if t else None,
        target_sector=t.sector if t else None,
        target_text=t.text if t else None,
        cameo=code.code,
        root=code.root,
        plover=code.plover,
        plover_mode=code.plover_mode,
        quad=code.quad,
        penta=code.penta,
        goldstein=code.goldstein,
        date=doc._.date,
        rule=spec.rule,
        confidence=spec.confidence,
        negated=negated,
        modality=modality,
        publisher=getattr(meta, "publisher", None),
        url=getattr(meta, "url", None),
        extra=extra,
    )
