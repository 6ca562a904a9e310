"""Speech acts that direct another party: "X told Y to halt its programme" (a demand even when the
act demanded is no lexicon event), and ultimatums ("told Y to halt it or face sanctions", "gave Y
48 hours to leave": 139)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import ComplementClass, Lexicon
from multipolar.events.modality import complement_class
from multipolar.events.syntax import object_tokens, to_infinitive

#: Penalties named after "or" in a directive's complement ("or face sanctions", "or risk isolation").
PENALTIES: frozenset[str] = read_words(data_file(__file__, "words/ultimatum_penalties.txt"))
#: Roots of speech acts an ultimatum refines: statement, appeal, demand, threat.
DIRECTING_ROOTS = frozenset({"01", "02", "10", "13"})
ULTIMATUM = "139"
#: Complement classes of a directive's verb whose bare act ("told Y to ...") is coded by the class.
DIRECTING = frozenset({ComplementClass.DEMAND, ComplementClass.APPEAL})


def _infinitives(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c)]


def ultimatum(verb: Token) -> bool:
    """A verb with an infinitive complement names a penalty after "or" later in its phrase ("told Y
    to halt enrichment or face sanctions", "urged Y to withdraw or risk isolation"; the parser may
    hang the "or" phrase on a word of the complement's object)."""
    if not _infinitives(verb):
        return False
    words = [t for t in verb.subtree if t.i > verb.i]
    return any(a.lower_ == "or" and b.lemma_.lower() in PENALTIES for a, b in pairwise(words))


def ultimatum_code(cameo: str, verb: Token, governor: Token | None) -> str | None:
    """139 for a speech act (statement, appeal, demand, threat) whose directing verb sets a penalty
    (:func:`ultimatum`), else None."""
    if cameo[:2] not in DIRECTING_ROOTS:
        return None
    return ULTIMATUM if any(ultimatum(v) for v in {verb, governor} if v is not None) else None


def directive_code(verb: Token, lex: Lexicon) -> str | None:
    """The code of a speech verb of a directing class with an addressee object and an infinitive
    ("told Japan to resolve the row": a demand), for a complement that codes no act of its own."""
    klass = complement_class(verb, lex)
    if klass not in DIRECTING or not object_tokens(verb) or not _infinitives(verb):
        return None
    return lex.map_complement(klass, "*")
