"""Background events: acts the report ties to an explicit earlier time ("in 2019", "the 2003
invasion", "fifteen years ago", "since 2019, when Indian jets struck") are history, not news of the
report's date. The coder marks them (modality ``background``) and leaves them out by default. So
are standing relations a passive participle describes ("rebels backed by Iran", "warplanes
supported by Russia"): the noun's description, not an act the report tells."""

from __future__ import annotations

import re

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import NOUN_CLAUSES, NOUN_POS, PARTICIPLE_TAGS, VERBAL_POS

_YEAR = re.compile(r"^(19|20)\d\d(s)?$")
#: Units that make "N ... ago" history rather than this week's news ("two days ago" is news).
LONG_UNITS: frozenset[str] = read_words(data_file(__file__, "words/long_units.txt"))
#: Modifier relations through which a time phrase dates the act it hangs from.
TIME_DEPS = frozenset({"npadvmod", "advmod", "nummod", "compound", "amod", "nmod", "dep", "appos"})
TIME_PREPS: frozenset[str] = read_words(data_file(__file__, "words/time_preps.txt"))
#: Time prepositions that date an earlier act even when the report's own date is unknown.
UNDATED_PREPS: frozenset[str] = read_words(data_file(__file__, "words/undated_preps.txt"))
#: Time prepositions whose span reaches the present under a present perfect ("has ... since 1978").
ONGOING_PREPS: frozenset[str] = read_words(data_file(__file__, "words/ongoing_preps.txt"))
#: Units that with "last" date a noun's reduced participle to a past season ("the accord reached last year").
DESCRIBED_PAST_UNITS: frozenset[str] = read_words(data_file(__file__, "words/described_past_units.txt"))


def month_date(token: Token) -> bool:
    """The month "March" of a date ("March 23", "23 March", "in March"), not a protest march."""
    if token.text != "March":
        return False
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.like_num for t in near) or (token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS)


def year_of(token: Token) -> int | None:
    """The year a token writes ("2003", "1990s"), else None."""
    if not _YEAR.match(token.text):
        return None
    return int(token.text[:4])


def _earlier(token: Token, report_year: int | None) -> bool:
    """A year phrase before the report: a bare year (no day: "Oct. 24, 2004" is a dateline) earlier
    than the report's year, or any bare year when the report's date is unknown."""
    year = year_of(token)
    if year is None:
        return False
    phrase = _date_words(token.head if token.dep_ in ("nummod", "npadvmod", "appos") and token.head.pos_ == "PROPN"
                         else token)
    if any(t.like_num and t.i != token.i and len(t.text) <= 2 for t in phrase):
        return False  # a full date with its day: the report's own date, most likely
    return report_year is None or year < report_year


#: Dependencies of a clause hanging on a date, whose numbers are not the date's ("2019, when ... killed 40").
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _date_words(head: Token) -> list[Token]:
    """The words of the date phrase ``head`` heads, without the clauses it governs."""
    return [head, *(t for c in head.children if c.dep_ not in _CLAUSE_DEPS for t in c.subtree)]


def _ago(token: Token) -> bool:
    """"fifteen years ago", "decades ago"."""
    if token.lower_ != "ago":
        return False
    return any(t.lower_ in LONG_UNITS for t in token.subtree) or token.head.lower_ in LONG_UNITS


def present_perfect(verb: Token) -> bool:
    """A verb in the present perfect ("has provided", "have been shelling"), not the past perfect."""
    return verb.tag_ in PARTICIPLE_TAGS and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def first_time(verb: Token) -> bool:
    """The verb tells what happens a first time in a span: "the first time X had visited Y since 1999"
    (a past perfect whose span ends at the report, unlike "Since 2011, X had accused Y")."""
    return verb.dep_ in NOUN_CLAUSES and verb.head.lemma_ == "time" and any(
        c.lower_ == "first" for c in verb.head.children)


def _counted(verb: Token) -> bool:
    """The verb's object counts past acts: "has fought three wars since 1947"."""
    return any(c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in verb.children)


def _dates(head: Token, report_year: int | None, own: bool = True) -> str | None:
    """Why a time phrase under ``head`` dates its act earlier; ``own``: the act is the head's own (a
    span "since" then reaches the present under a present perfect), not a clause it dates."""
    for c in head.children:
        if own and c.lower_ in ONGOING_PREPS and (present_perfect(head) or first_time(head)) and not _counted(head):
            continue  # "since 1978 the US has provided Egypt with aid": a span up to now
        if _earlier(c, report_year) and c.dep_ in TIME_DEPS:
            return f"dated {c.text}"
        if _ago(c) or (c.dep_ in TIME_DEPS and any(_ago(g) for g in c.children)):
            return "ago"
        if c.dep_ == "prep" and c.lower_ in TIME_PREPS and (report_year is not None or c.lower_ in UNDATED_PREPS):
            # with no report date, "in 2017" may be this year's news; "since"/"during 2003" are not
            for g in c.children:
                if g.dep_ == "pobj" and (_earlier(g, report_year) or any(
                        _earlier(x, report_year) for x in g.children if x.dep_ in TIME_DEPS)):
                    return f"dated '{c.text} {g.text}'"
    return None


def _dated_last(verb: Token) -> bool:
    """A reduced participle on a noun with "last year" or "last <month>" among its modifiers."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in NOUN_POS:
        return False
    return any(c.dep_ in TIME_DEPS and c.lower_ in DESCRIBED_PAST_UNITS
               and any(g.dep_ == "amod" and g.lower_ == "last" for g in c.children) for c in verb.children)


def described_past(trigger: Token) -> bool:
    """An act a reduced participle dates "last year" or "last <month>", as the participle ("the accord
    reached last year between X and Y") or the noun it describes ("a pact signed last May with Y"): the
    noun's history, not the report's news."""
    if trigger.pos_ in NOUN_POS:
        return any(_dated_last(c) for c in trigger.children)
    return _dated_last(trigger)


def background_reason(trigger: Token, clause_verb: Token | None, report_year: int | None) -> str | None:
    """Why the event at ``trigger`` is background, or None when it is news."""
    if described_past(trigger):
        return "a noun's past, dated 'last'"
    for head in (trigger, clause_verb):
        if head is None:
            continue
        # a verb's own perfect spans up to now; "has had twelve coups since 1932" counts past acts
        reason = _dates(head, report_year, own=head.i == trigger.i)
        if reason:
            return reason
        # coordinated verbs share the time: "was beaten and executed fifteen years ago"
        if head.dep_ == "conj" and head.head.pos_ in VERBAL_POS:
            reason = _dates(head.head, report_year)
            if reason:
                return reason
        # "since 2019, when Indian jets struck": a clause that dates an earlier year, or an adverbial
        # clause inside it ("since 2019, when X struck after a bombing killed 40")
        dated = head.head if head.dep_ == "advcl" and head.head.pos_ == "VERB" and head.head.dep_ == "relcl" else head
        if dated.dep_ in ("relcl", "advcl") and _earlier(dated.head, report_year):
            return f"clause of {dated.head.text}"
        if head.dep_ == "advcl" and any(c.lower_ == "when" for c in head.children):
            reason = _dates(head.head, report_year, own=False)  # the "when" clause of a dated phrase
            if reason and "since" in reason.lower():
                return f"when-clause {reason}"
    sent = trigger.sent
    doc = trigger.doc
    # "1979: The Soviet Union sends troops into Afghanistan" (the year may be parsed as its own sentence)
    lead = [sent[0], sent[1]] if len(sent) > 2 else []
    if sent.start >= 2 and doc[sent.start - 1].text == ":":
        lead = [doc[sent.start - 2], doc[sent.start - 1]]
    if lead and year_of(lead[0]) is not None and lead[1].text == ":" and _earlier(lead[0], report_year):
        return "timeline entry"
    return None


def standing_relation(trigger: Token, cooperation: bool) -> str | None:
    """A cooperative act as a reduced passive relative with its agent ("fighters supported by
    Russia"): a standing relation that describes the noun, not news."""
    if not cooperation or trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.head.pos_ not in NOUN_POS:
        return None
    if not any(c.dep_ == "agent" for c in trigger.children):
        return None
    return f"standing relation '{trigger.text} by'"


def report_year(date: str | None) -> int | None:
    """The year of an ISO report date."""
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None
