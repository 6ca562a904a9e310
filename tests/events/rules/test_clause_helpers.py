"""Unit tests on hand-built parses for the clause helpers added with the statements and sources rules
(``clauses.content_clauses``, ``clauses.for_mark``, ``clauses.clause_particles``) and the infinitive
helpers (``infinitives.to_infinitive``, ``infinitives.infinitive_clauses``, ``syntax.purpose_head``) and
``syntax.tree_depth``."""

from __future__ import annotations

from multipolar.events.clauses import clause_particles, content_clauses, for_mark
from multipolar.events.infinitives import infinitive_clauses, to_infinitive
from multipolar.events.syntax import purpose_head
from multipolar.nlp.dependents import tree_depth
from tests.events.rules.handbuilt import parse

# "Chile voiced hope that Peru would return ."
CONTENT = """
Chile Chile PROPN NNP nsubj 1
voiced voice VERB VBD ROOT 1
hope hope NOUN NN dobj 1
that that SCONJ IN mark 6
Peru Peru PROPN NNP nsubj 6
would would AUX MD aux 6
return return VERB VB acl 2
. . PUNCT . punct 1
"""

# "Chile voiced concerns shared by Peru ."
PARTICIPLE = """
Chile Chile PROPN NNP nsubj 1
voiced voice VERB VBD ROOT 1
concerns concern NOUN NNS dobj 1
shared share VERB VBN acl 2
by by ADP IN agent 3
Peru Peru PROPN NNP pobj 4
. . PUNCT . punct 1
"""

# "Chile voiced the concern that Peru raised ."
RELATIVE = """
Chile Chile PROPN NNP nsubj 1
voiced voice VERB VBD ROOT 1
the the DET DT det 3
concern concern NOUN NN dobj 1
that that SCONJ IN mark 6
Peru Peru PROPN NNP nsubj 6
raised raise VERB VBD acl 3
. . PUNCT . punct 1
"""

# "Chile called for Peru to disarm ."
CALL_FOR = """
Chile Chile PROPN NNP nsubj 1
called call VERB VBD ROOT 1
for for SCONJ IN mark 5
Peru Peru PROPN NNP nsubj 5
to to PART TO aux 5
disarm disarm VERB VB advcl 1
. . PUNCT . punct 1
"""


def test_content_clause_of_a_bare_noun() -> None:
    doc = parse(CONTENT)
    assert [t.text for t in content_clauses(doc[2])] == ["return"]


def test_participle_is_no_content_clause() -> None:
    doc = parse(PARTICIPLE)
    assert content_clauses(doc[2]) == []


def test_definite_nouns_clause_is_relative() -> None:
    doc = parse(RELATIVE)
    assert content_clauses(doc[3]) == []


def test_for_mark_of_a_for_to_clause() -> None:
    doc = parse(CALL_FOR)
    mark = for_mark(doc[5])
    assert mark is not None and mark.i == 2
    assert [t.lower_ for t in clause_particles(doc[1])] == ["for"]


def test_no_for_mark_without_for() -> None:
    doc = parse(CONTENT)
    assert for_mark(doc[6]) is None
    assert clause_particles(doc[1]) == []


# "Farmers held a rally to demand water ."
PURPOSE = """
Farmers farmer NOUN NNS nsubj 1
held hold VERB VBD ROOT 1
a a DET DT det 3
rally rally NOUN NN dobj 1
to to PART TO aux 5
demand demand VERB VB advcl 1
water water NOUN NN dobj 5
. . PUNCT . punct 1
"""

# "Farmers held a rally demanding water ."
PARTICIPIAL = """
Farmers farmer NOUN NNS nsubj 1
held hold VERB VBD ROOT 1
a a DET DT det 3
rally rally NOUN NN dobj 1
demanding demand VERB VBG advcl 1
water water NOUN NN dobj 4
. . PUNCT . punct 1
"""


def test_to_infinitive_marks_only_a_to_clause() -> None:
    assert to_infinitive(parse(PURPOSE)[5])
    assert not to_infinitive(parse(PARTICIPIAL)[4])
    assert to_infinitive(parse(CALL_FOR)[5])


def test_purpose_head_of_an_infinitival_purpose_clause() -> None:
    doc = parse(PURPOSE)
    head = purpose_head(doc[5])
    assert head is not None and head.text == "held"
    assert purpose_head(parse(PARTICIPIAL)[4]) is None


# "Ankara urged Athens to withdraw and helped build a road."
URGED_TO = """
Ankara Ankara PROPN NNP nsubj 1
urged urge VERB VBD ROOT 1
Athens Athens PROPN NNP dobj 1
to to PART TO aux 4
withdraw withdraw VERB VB xcomp 1
and and CCONJ CC cc 1
helped help VERB VBD conj 1
build build VERB VB xcomp 6
a a DET DT det 9
road road NOUN NN dobj 7
. . PUNCT . punct 1
"""


def test_infinitive_clauses_need_to_unless_a_bare_xcomp_is_allowed() -> None:
    doc = parse(URGED_TO)
    urged, helped = doc[1], doc[6]
    assert [t.text for t in infinitive_clauses(urged, ("xcomp",))] == ["withdraw"]
    assert infinitive_clauses(urged, ("advcl",)) == []  # the dependency must be one asked for
    assert infinitive_clauses(helped, ("xcomp",)) == []  # "helped build": no "to"
    assert [t.text for t in infinitive_clauses(helped, ("xcomp",), bare_xcomp=True)] == ["build"]


def test_tree_depth_counts_the_heads_above_a_word() -> None:
    doc = parse(CONTENT)  # voiced <- hope <- return <- Peru
    assert [tree_depth(t) for t in doc] == [1, 0, 1, 3, 3, 3, 2, 1]
    other = parse(PARTICIPLE)  # another document of another shape: its own heads
    assert [tree_depth(t) for t in other] == [1, 0, 1, 2, 3, 4, 1]
    assert [tree_depth(t) for t in doc] == [1, 0, 1, 3, 3, 3, 2, 1]  # the first one again
