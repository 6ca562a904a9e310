"""Questions asked: "asked whether she would quit", "asked how long the talks would last", "asked what the plan
was" put a question (mostly a reporter's, to a speaker), not an appeal or request (02); a source that "asked not
to be named" asks the reporter for anonymity, no appeal either."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words

#: Verbs of asking (``words/asking_verbs.txt``) and the subordinators of an embedded yes/no question.
ASKING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/asking_verbs.txt"))
QUESTION_MARKS: frozenset[str] = read_words(data_file(__file__, "words/question_marks.txt"))
#: Tags of a wh-word that opens an embedded question ("how", "what", "which", "who", "whose").
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Dependents of the verb that may hold the question.
QUESTION_DEPS = frozenset({"ccomp", "advcl", "xcomp", "dobj"})
#: Words of a source's wish not to be named ("asked not to be identified", "asked to remain anonymous").
ANONYMITY_WORDS: frozenset[str] = read_words(data_file(__file__, "words/anonymity_words.txt"))
#: Nouns of anonymity a source asks for ("asked for anonymity").
ANONYMITY_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/anonymity_nouns.txt"))
#: Dependents of an asking verb that hold what is asked for ("not to be named", "for anonymity").
REQUEST_DEPS = frozenset({"ccomp", "xcomp", "prep"})


def asked_question(verb: Token) -> bool:
    """``verb`` is an asking verb whose complement is an embedded question: "if"/"whether" or a wh-word first."""
    if verb.lemma_.lower() not in ASKING_VERBS:
        return False
    return any(c.dep_ in QUESTION_DEPS and embedded_question(c) for c in verb.children)


def embedded_question(clause: Token) -> bool:
    """Is ``clause`` an embedded question: "if"/"whether" marks it, or a wh-word opens it ("what options
    are open", "how long the talks would last")?"""
    return any(g.dep_ == "mark" and g.lower_ in QUESTION_MARKS for g in clause.children) \
        or min(clause.subtree, key=lambda t: t.i).tag_ in WH_TAGS


def anonymity_request(verb: Token) -> bool:
    """``verb`` is an asking verb whose request is that the speaker stay unnamed: "asked not to be named",
    "asked to remain anonymous", "asked that her name be withheld", "asked for anonymity"."""
    if verb.lemma_.lower() not in ASKING_VERBS:
        return False
    for c in verb.children:
        if c.dep_ not in REQUEST_DEPS:
            continue
        heads = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c]
        for h in heads:
            # a negated naming verb ("not to be named"; not "asked Congress to name a panel"), or a word of
            # anonymity for what the complement says or asks for ("remain anonymous", "his name not be used")
            negated = c.dep_ != "prep" and any(g.dep_ == "neg" for g in h.children)
            words = [g for g in h.children if g.dep_ in ("acomp", "attr", "nsubjpass")]
            if (negated and _anonymity_word(h)) or any(_anonymity_word(w) for w in words) \
                    or (c.dep_ == "prep" and h.lemma_.lower() in ANONYMITY_NOUNS):  # not "asked for the names of"
                return True
    return False


def _anonymity_word(t: Token) -> bool:
    """Is ``t`` a word of a source's anonymity ("named", "anonymous", "anonymity")?"""
    return t.lemma_.lower() in ANONYMITY_WORDS or t.lower_ in ANONYMITY_WORDS
