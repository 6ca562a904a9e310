"""Unit tests of the argument helpers on hand-built parses (no statistical model)."""

from __future__ import annotations

from multipolar.events.agents import single_state
from multipolar.events.arguments import Arguments
from multipolar.events.syntax import (
    agent_tokens,
    content_head,
    expand,
    first_conjunct,
    is_passive,
    misparsed_clause,
    object_tokens,
    patient_tokens,
    resolve_relative,
    subject_tokens,
)
from multipolar.records import ActorMention, MentionKind
from tests.events.rules.handbuilt import parse, with_actors

ACTIVE = """
Russia Russia PROPN NNP nsubj 1
attacked attack VERB VBD ROOT 1
Ukraine Ukraine PROPN NNP dobj 1
. . PUNCT . punct 1
"""
PASSIVE = """
Ukraine Ukraine PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
attacked attack VERB VBN ROOT 2
by by ADP IN agent 2
Russia Russia PROPN NNP pobj 3
. . PUNCT . punct 2
"""


def texts(tokens: list) -> list[str]:  # type: ignore[type-arg]
    return [t.text for t in tokens]


def test_active_and_passive_voice() -> None:
    active, passive = parse(ACTIVE), parse(PASSIVE)
    assert not is_passive(active[1]) and is_passive(passive[2])
    assert texts(subject_tokens(active[1])) == ["Russia"] and texts(object_tokens(active[1])) == ["Ukraine"]
    assert texts(patient_tokens(passive[2])) == ["Ukraine"] and texts(agent_tokens(passive[2])) == ["Russia"]


def test_object_control_passes_the_object_on_a_purpose_clause_does_not() -> None:
    urged = parse("""
America America PROPN NNP nsubj 1
urged urge VERB VBD ROOT 1
Iran Iran PROPN NNP dobj 1
to to PART TO aux 4
talk talk VERB VB xcomp 1
. . PUNCT . punct 1
""")
    assert texts(subject_tokens(urged[4])) == ["Iran"]
    summoned = parse("""
Germany Germany PROPN NNP nsubj 1
summoned summon VERB VBD ROOT 1
the the DET DT det 3
envoy envoy NOUN NN dobj 1
to to PART TO aux 5
protest protest VERB VB xcomp 1
. . PUNCT . punct 1
""")
    assert texts(subject_tokens(summoned[5])) == ["Germany"]


def test_coordinated_verbs_share_their_subject() -> None:
    doc = parse("""
Egypt Egypt PROPN NNP nsubj 1
condemned condemn VERB VBD ROOT 1
Israel Israel PROPN NNP dobj 1
and and CCONJ CC cc 1
praised praise VERB VBD conj 1
Jordan Jordan PROPN NNP dobj 4
. . PUNCT . punct 1
""")
    assert texts(subject_tokens(doc[4])) == ["Egypt"]


COORDINATED = """
Russia Russia PROPN NNP nsubj 3
and and CCONJ CC cc 0
China China PROPN NNP conj 0
attacked attack VERB VBD ROOT 3
Ukraine Ukraine PROPN NNP dobj 3
. . PUNCT . punct 3
"""


def test_coordination_expands_and_climbs_to_the_first_conjunct() -> None:
    doc = parse(COORDINATED)
    assert texts(expand(doc[0])) == ["Russia", "China"]
    assert first_conjunct(doc[2]) == doc[0]


def test_a_quantity_word_stands_for_its_of_complement() -> None:
    doc = parse("""
Eritrea Eritrea PROPN NNP nsubj 1
expelled expel VERB VBD ROOT 1
some some PRON DT dobj 1
of of ADP IN prep 2
the the DET DT det 5
peacekeepers peacekeeper NOUN NNS pobj 3
. . PUNCT . punct 1
""")
    assert content_head(doc[2]) == doc[5] and content_head(doc[5]) == doc[5]


def test_a_misparsed_main_verb_and_a_reduced_passive_relative() -> None:
    misparsed = parse("""
The the DET DT det 2
air air NOUN NN compound 2
force force NOUN NN ROOT 2
carried carry VERB VBD acl 2
out out ADP RP prt 3
strikes strike NOUN NNS dobj 3
. . PUNCT . punct 2
""")
    carried = misparsed[3]
    assert misparsed_clause(carried) and not is_passive(carried)
    assert texts(subject_tokens(carried)) == ["force"]
    relative = parse("""
The the DET DT det 1
sanctions sanction NOUN NNS nsubj 6
imposed impose VERB VBN acl 1
by by ADP IN agent 2
the the DET DT det 5
EU EU PROPN NNP pobj 3
hurt hurt VERB VBD ROOT 6
Iran Iran PROPN NNP dobj 6
. . PUNCT . punct 6
""")
    imposed = relative[2]
    assert not misparsed_clause(imposed) and is_passive(imposed)
    assert texts(patient_tokens(imposed)) == ["sanctions"] and texts(agent_tokens(imposed)) == ["EU"]



def test_a_participle_of_a_verb_with_no_passive_is_a_misparsed_main_verb() -> None:
    protested = parse("""
Hundreds hundred NOUN NNS ROOT 0
of of ADP IN prep 0
students student NOUN NNS pobj 1
protested protest VERB VBN acl 0
in in ADP IN prep 3
Tehran Tehran PROPN NNP pobj 4
. . PUNCT . punct 0
""")[3]
    assert misparsed_clause(protested)
    killed = parse("""
Hundreds hundred NOUN NNS ROOT 0
of of ADP IN prep 0
people people NOUN NNS pobj 1
killed kill VERB VBN acl 0
in in ADP IN prep 3
floods flood NOUN NNS pobj 4
. . PUNCT . punct 0
""")[3]
    assert not misparsed_clause(killed) and is_passive(killed)


def test_relative_pronoun_and_the_owner_of_a_non_actor_object() -> None:
    doc = with_actors(parse("""
Beijing Beijing PROPN NNP nsubj 1
proposed propose VERB VBD ROOT 1
a a DET DT det 3
plan plan NOUN NN dobj 1
that that PRON WDT dobj 6
Washington Washington PROPN NNP nsubj 6
rejected reject VERB VBD relcl 3
. . PUNCT . punct 1
"""), (0, 1, "CHN"), (5, 6, "USA"))
    rejected = doc[6]
    assert texts(object_tokens(rejected)) == ["plan"] and texts(subject_tokens(rejected)) == ["Washington"]
    owners = Arguments(doc).owners(doc[3], exclude=rejected)
    assert [p.code for p in owners] == ["CHN"]


def test_participants_expand_coordination_and_compound_mentions() -> None:
    doc = with_actors(parse(COORDINATED), (0, 1, "RUS"), (2, 3, "CHN"), (4, 5, "UKR"))
    args = Arguments(doc)
    assert [(p.code, p.confidence) for p in args.participants([doc[0]], 0.9)] == [("RUS", 0.9), ("CHN", 0.9)]
    # "the two nations" resolved by coreference: one participant per member, at coreference confidence
    pair = ActorMention(text="Russia", start=0, end=1, start_char=0, end_char=6, code="RUS", sector="GOV",
                        kind=MentionKind.COREF, members=("RUS", "CHN"))
    doc._.actor_index = {0: pair}
    assert [(p.code, round(p.confidence, 2)) for p in Arguments(doc).participants([doc[0]], 0.9)] == [
        ("RUS", 0.7), ("CHN", 0.7)]


def test_an_injected_lookup_replaces_the_actor_tables() -> None:
    doc = parse(ACTIVE)
    doc._.actor_index = {}
    found = ActorMention(text="Ukraine", start=2, end=3, start_char=15, end_char=22, code="UKR")
    args = Arguments(doc, lookup=lambda d, t: found if t.i == 2 else None)
    assert [p.code for p in args.participants(object_tokens(doc[1]))] == ["UKR"]
    assert args.participants(subject_tokens(doc[1])) == []


def test_bare_participle_shares_a_passive() -> None:
    # "was seized by rebels and then released": released is passive too; "and fled" with an object is not
    doc = parse("""
Ukraine Ukraine PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
seized seize VERB VBN ROOT 2
by by ADP IN agent 2
Russia Russia PROPN NNP pobj 3
and and CCONJ CC cc 2
released release VERB VBD conj 2
""")
    assert is_passive(doc[6])
    assert texts(patient_tokens(doc[6])) == ["Ukraine"]
    active = parse("""
Russia Russia PROPN NNP nsubj 1
attacked attack VERB VBD ROOT 1
and and CCONJ CC cc 1
seized seize VERB VBD conj 1
Kyiv Kyiv PROPN NNP dobj 3
""")
    assert not is_passive(active[3])


def test_object_of_a_judging_verb_does_its_gerund_a_purpose_gerund_keeps_the_subject() -> None:
    criticised = parse("""
Canada Canada PROPN NNP nsubj 1
criticised criticise VERB VBD ROOT 1
Iran Iran PROPN NNP dobj 1
for for ADP IN prep 1
jailing jail VERB VBG pcomp 3
bloggers blogger NOUN NNS dobj 4
. . PUNCT . punct 1
""")
    assert texts(subject_tokens(criticised[4])) == ["Iran"]
    visited = parse("""
Canada Canada PROPN NNP nsubj 1
visited visit VERB VBD ROOT 1
Iran Iran PROPN NNP dobj 1
for for ADP IN prep 1
signing sign VERB VBG pcomp 3
deals deal NOUN NNS dobj 4
. . PUNCT . punct 1
""")
    assert texts(subject_tokens(visited[4])) == ["Canada"]


def test_a_participle_after_a_relative_clause_on_the_root_subject_is_the_main_verb() -> None:
    doc = parse("""
Kenya Kenya PROPN NNP ROOT 0
, , PUNCT , punct 0
which which PRON WDT nsubj 3
hosts host VERB VBZ relcl 0
refugees refugee NOUN NNS dobj 3
, , PUNCT , punct 0
called call VERB VBN acl 0
on on ADP IN prep 6
Somalia Somalia PROPN NNP pobj 7
. . PUNCT . punct 0
""")
    assert misparsed_clause(doc[6]) and texts(subject_tokens(doc[6])) == ["Kenya"]


def test_a_single_state_is_a_state_code_not_any_three_letters() -> None:
    def mention(code: str, members: tuple[str, ...] = ()) -> ActorMention:
        return ActorMention(text=code, start=0, end=1, start_char=0, end_char=3, code=code, members=members)

    assert single_state(mention("FRA"))
    assert not single_state(mention("IGO"))  # an unspecified organisation, three letters but no state
    assert not single_state(mention("WST"))
    assert not single_state(mention("NATO"))
    assert not single_state(mention("RUS", members=("RUS", "CHN")))


FRONTED_RELATIVE = """
a a DET DT det 1
ship ship NOUN NN nsubj 7
which which PRON WDT dobj 6
Greece Greece PROPN NNP nsubj 4
threatened threaten VERB VBD relcl 1
to to PART TO aux 6
seize seize VERB VB xcomp 4
left leave VERB VBD ROOT 7
"""


def test_a_relative_pronoun_fronted_from_an_infinitive_is_its_antecedent() -> None:
    doc = parse(FRONTED_RELATIVE)
    assert resolve_relative(doc[2]).text == "ship"
    assert resolve_relative(doc[3]).text == "Greece"  # no relative pronoun: itself
