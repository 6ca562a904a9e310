"""Comments told by a that-clause: "agreed that the accord had worked" is no agreement to act,
"insisted that it was innocent" no demand, "conceded that time was short" no yielding; the verb then
comments (``data/clause_comments.tsv``), a statement being weak as "said" is."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_table
from multipolar.events.infinitives import to_infinitive
from multipolar.events.lexicon import FUTURE_AUX, LexEntry, LexFlag, TriggerPos, cameo_column
from multipolar.events.mandates import CLAIM_VERBS, DEONTIC, subjunctive
from multipolar.events.matching import Match
from multipolar.events.syntax import object_tokens
from multipolar.nlp.labels import CLAUSE_SUBJECTS
from multipolar.reference import CameoRoot

#: Verb lemma -> the code of its comment when it takes a finite that-clause.
COMMENT_CODES: dict[str, str] = {row["verb"]: cameo_column(row, "cameo") for row in read_table(
    data_file(__file__, "clause_comments.tsv"), ("verb", "cameo"), header=True)}
#: Modals that make the clause a plan or a demand ("agreed that talks would resume", "insisted that Iran
#: must stop"): the verb keeps its act (the future and deontic auxiliaries, and "would").
PLAN_MODALS: frozenset[str] = FUTURE_AUX | DEONTIC | {"would", "'d"}


def finite_clause(verb: Token) -> bool:
    """``verb`` has a finite complement clause with its own subject, in the indicative with no plan modal
    ("agreed that the plan worked", not "agreed that talks would resume", "insisted that they appoint");
    for a claim verb only an obligation modal is a plan ("insisted that it would not pay" is a claim)."""
    claim = verb.lemma_.lower() in CLAIM_VERBS
    modals = DEONTIC if claim else PLAN_MODALS
    return any(c.dep_ == "ccomp" and not to_infinitive(c) and any(g.dep_ in CLAUSE_SUBJECTS for g in c.children)
               and not subjunctive(c, claim) and not any(g.dep_ == "aux" and g.lower_ in modals for g in c.children)
               for c in verb.children)


def clause_comment(m: Match) -> LexEntry | None:
    """The comment entry of a bare verb entry whose verb takes a finite that-clause and no object, else None."""
    e, verb = m.entry, m.token
    code = COMMENT_CODES.get(verb.lemma_.lower())
    if code is None or e.pos != TriggerPos.VERB or e.objects or e.particle or object_tokens(verb) \
            or not finite_clause(verb):
        return None
    flags = frozenset({LexFlag.WEAK}) if code[:2] == CameoRoot.STATEMENT else frozenset()
    return replace(e, cameo=code, targets=("ccomp",), flags=flags)
