"""Declined comments: "refused to say if Bonn would act", "declined to elaborate". A refusal or
decline whose complement is a speech verb (``words/declined_speech.txt``) refuses to speak, not another
party's act or proposal: no rejection (12x) of its own. The speech verb keeps its own reading (a declined
comment, 011, where it names another party). Used by :data:`multipolar.events.senses.VERB_SENSES`."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words

#: Speech verbs whose refusal is a declined comment.
DECLINED_SPEECH: frozenset[str] = read_words(data_file(__file__, "words/declined_speech.txt"))
#: Verbs of refusing whose complement may be a speech verb.
REFUSING_VERBS = frozenset({"refuse", "decline"})
#: Speech verbs that speak only with an object of speech ("gave details", not "gave aid"), and those objects.
OBJECT_SPEECH_VERBS = frozenset({"give"})
GIVEN_SPEECH_OBJECTS: frozenset[str] = read_words(data_file(__file__, "words/given_speech_objects.txt"))


def declined_comment(verb: Token) -> bool:
    """``verb`` refuses or declines to speak ("refused to say whether", "declined to give details")."""
    if verb.lemma_.lower() not in REFUSING_VERBS:
        return False
    for c in verb.children:
        lemma = c.lemma_.lower()
        if c.dep_ != "xcomp" or lemma not in DECLINED_SPEECH:
            continue
        if lemma not in OBJECT_SPEECH_VERBS or any(
                o.dep_ == "dobj" and o.lemma_.lower() in GIVEN_SPEECH_OBJECTS for o in c.children):
            return True
    return False
