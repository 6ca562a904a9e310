"""News' scheduled future: a present tense with a coming time ("meets Bush tomorrow") is a plan, and a
nominal act its modifiers date ahead ("next week's visit", "ahead of the summit") or back ("yesterday's
talks") is read by that date."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.noun_status import COMING_MODIFIERS
from multipolar.events.syntax import simple_present
from multipolar.nlp.labels import AUXILIARIES, TIME_ENTITIES

#: Time words of a coming day: a present-tense verb with one is news' scheduled future.
COMING_TIMES: frozenset[str] = read_words(data_file(__file__, "words/coming_times.txt"))
#: Units "this" makes a coming time under a present tense ("flies to Washington this weekend").
COMING_UNITS: frozenset[str] = read_words(data_file(__file__, "words/coming_units.txt"))
#: Frames that place the act they introduce after the news: "ahead of his visit", "in time for the summit".
COMING_FRAMES: frozenset[str] = read_words(data_file(__file__, "words/coming_frames.txt"))


def scheduled(verb: Token) -> bool:
    """A present-tense verb with no auxiliary and a coming time ("meet tomorrow", "begins a visit on
    Tuesday", "opens talks next week"; also under its object): the scheduled future of news, a plan."""
    # a capitalised present ("Norway and Peru Kick off talks", "Hold talks") is tagged as a bare form or a name
    bare = verb.tag_ in ("VB", "NNP") and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in AUXILIARIES for c in verb.children)
    if not (simple_present(verb) or bare):
        return False
    # the time may hang from the verb's object ("begins a state visit on Tuesday")
    heads = [verb] + [o for o in verb.children if o.dep_ == "dobj"]
    for c in [c for h in heads for c in h.children]:
        times = [c] if c.dep_ in ("npadvmod", "advmod") else [
            o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" else []
        for t in times:
            if t.lower_ in COMING_TIMES or (t.dep_ == "npadvmod" and any(
                    _next(a) or (a.dep_ == "det" and a.lower_ == "this"
                                                                  and t.lower_ in COMING_UNITS)
                    for a in t.children)):
                return True
    return False


def coming_noun(noun: Token) -> bool:
    """A nominal act its own modifiers date in the future: "his upcoming visit", "the planned talks",
    "next week's visit", "tomorrow's meeting", "a visit to Washington next week", "talks later this month",
    or the verb it is the object of: "decided to open talks next year"."""
    if past_noun(noun):
        return False
    if _coming_frame(noun):
        return True
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "poss", "npadvmod", "nmod") and c.lower_ in COMING_MODIFIERS:
            return True
        if c.dep_ in ("poss", "npadvmod", "nmod") and _next_unit(c):
            return True
    if stranded_coming_date(noun):  # "the trip to Lima next week by X": the parser hung the date elsewhere
        return True
    # the time may hang from the verb the act is the object of ("decided to open talks next year")
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and any(
        c.dep_ in ("npadvmod", "advmod") and (c.lower_ == "tomorrow" or _next_unit(c)) for c in verb.children)


def _next_unit(time: Token) -> bool:
    """A time word led by "next" or "later" ("next week", "later this month")."""
    return any(_next(a) or (a.dep_ == "advmod" and a.lower_ == "later") for a in time.children)


def _next(word: Token) -> bool:
    """"next" before a time word, whichever modifier label the parser gives it ("next month" is at
    times parsed as a noun modifier)."""
    return word.lower_ == "next" and word.dep_ in ("amod", "nmod", "compound")


def _coming_frame(noun: Token) -> bool:
    """The act noun is the object of a frame that places it after the news ("ahead of his visit",
    "in time for her trip", "in the run-up to polling day"; the frame read off the words before the
    preposition, whatever the parser hung it on)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.i < 1:
        return False
    before = prep.doc[max(prep.i - 3, 0):prep.i].text.lower().replace(" - ", "-")
    return any(before.endswith(f.rsplit(" ", 1)[0]) and f.rsplit(" ", 1)[1] == prep.lower_ for f in COMING_FRAMES)


def past_noun(noun: Token) -> bool:
    """A nominal act its own modifiers date in the past: "yesterday's talks", "last week's visit"."""
    return any(c.lower_ == "yesterday" or any(a.dep_ == "amod" and a.lower_ == "last" for a in c.children)
               for c in noun.children if c.dep_ in ("poss", "npadvmod", "nmod", "compound"))


def after_date(noun: Token) -> int:
    """The index right after a noun phrase and the date the parser hung elsewhere just after it
    ("the visit next week", "talks later this month"): a named-entity date or time."""
    i = noun.right_edge.i + 1
    while i < len(noun.doc) and noun.doc[i].ent_type_ in TIME_ENTITIES:
        i += 1
    return i


def stranded_coming_date(noun: Token) -> bool:
    """A coming date right after the noun phrase, hung on another word: "next week", "tomorrow",
    "later this month" (not "two days later")."""
    words = [t.lower_ for t in noun.doc[noun.right_edge.i + 1:after_date(noun)]]
    return any(w in ("next", "tomorrow") or (w == "later" and words[i + 1:i + 2] == ["this"])
               for i, w in enumerate(words))
