"""Questions asked: "asked whether she would quit", "asked how long the talks would last", "asked what the plan
was" put a question (mostly a reporter's, to a speaker), not an appeal or request (02)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words

#: Verbs of asking (``words/asking_verbs.txt``) and the subordinators of an embedded yes/no question.
ASKING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/asking_verbs.txt"))
QUESTION_MARKS: frozenset[str] = read_words(data_file(__file__, "words/question_marks.txt"))
#: Passive verbs of staying unnamed ("asked not to be identified by name").
ANONYMITY_VERBS: frozenset[str] = read_words(data_file(__file__, "words/anonymity_verbs.txt"))
#: Tags of a wh-word that opens an embedded question ("how", "what", "which", "who", "whose").
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Dependents of the verb that may hold the question.
QUESTION_DEPS = frozenset({"ccomp", "advcl", "xcomp", "dobj"})


def asked_question(verb: Token) -> bool:
    """``verb`` is an asking verb whose complement is an embedded question ("if"/"whether" or a wh-word first)
    or a wish to stay unnamed ("had asked not to be identified")."""
    if verb.lemma_.lower() not in ASKING_VERBS:
        return False
    if any(_unnamed_wish(c) for c in verb.children if c.dep_ == "xcomp"):
        return True
    for c in verb.children:
        if c.dep_ not in QUESTION_DEPS:
            continue
        if any(g.dep_ == "mark" and g.lower_ in QUESTION_MARKS for g in c.children):
            return True
        if min(c.subtree, key=lambda t: t.i).tag_ in WH_TAGS:
            return True
    return False


def _unnamed_wish(clause: Token) -> bool:
    """``clause`` is a negated passive of staying unnamed: "not to be identified", "not to be named"."""
    deps = {c.dep_ for c in clause.children}
    return clause.lemma_.lower() in ANONYMITY_VERBS and "neg" in deps and "auxpass" in deps
