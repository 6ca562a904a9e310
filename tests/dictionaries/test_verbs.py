"""The verb-dictionary reader on snippets written here: synsets, variants, codes, comments, skips."""

from __future__ import annotations

from multipolar.dictionaries.common import Tally, singular
from multipolar.dictionaries.verbs import lexicon_rows, read_verbs

SNIPPET = """\
# a comment line
&ARMS_
+RIFLE
+MORTAR
+ANTI_TANK_MISSILE   # three words: not one of our slots

&PACT
+TREATY
+ACCORD
+PEACE_DEAL

####### VERB PATTERNS #######

---  BOMBARD   [190]  ---
BOMBARD
HAMMER   # the primary verb of a synonym block
SHELL {SHELLS SHELLED SHELLING} [194]
WIRE_+TAP
- * (WITH &ARMS)                                     [194]     # HAMMER
- * {AIR BASE}                                       [190]     # BOMBARD
- POLICE * DEMONSTRATORS                             [175]     # HAMMER
- * ON + BY $ SYMPATHISER                            [190]     # HAMMER
- * TOWN (NEAR BORDER)                               [190]     # HAMMER

---  APPROVE   [---]  ---
RATIFY {RATIFIES RATIFYING RATIFIED }
+SIGN_OFF {+SIGNED_OFF +SIGNS_OFF +SIGNING_OFF} [057]
- * &PACT                                            [057]     # RATIFY
- * &PACT                                            [057:057] # RATIFY
- * BUDGET                                           [---]     # RATIFY
- * SANCTIONS                                        [163]     # RATIFY
- * SANCTIONS                                        [172]     # RATIFY
- * (TO)                                             [031]     # RATIFY
~ a (a b ATTACK) SAY = a b 015
"""


def _rows():
    tally = Tally()
    dictionary = read_verbs(SNIPPET, tally)
    return dictionary, lexicon_rows(dictionary, tally), tally


def test_synsets_are_read_with_their_members_and_comments_dropped() -> None:
    dictionary, _, _ = _rows()
    assert dictionary.synsets["&ARMS"] == [["rifle"], ["mortar"], ["anti", "tank", "missile"]]
    assert dictionary.synsets["&PACT"][2] == ["peace", "deal"]


def test_blocks_keep_verbs_with_their_own_codes_and_skip_pre_verb_compounds() -> None:
    dictionary, _, tally = _rows()
    bombard = dictionary.blocks[0]
    assert [(v.lemma, v.code) for v in bombard.verbs] == [("bombard", None), ("hammer", None), ("shell", "194")]
    assert tally.skipped["verb line: compound before the verb or long phrase"] == 1  # WIRE_+TAP
    approve = dictionary.blocks[1]
    assert ("sign", "off", "057") in {(v.lemma, v.particle, v.code) for v in approve.verbs}


def test_prepositional_synset_pattern_becomes_a_verb_prep_trigger_with_objects() -> None:
    _, rows, _ = _rows()
    row = next(r for r in rows if r.trigger == "hammer with")
    assert row.objects == ("mortar", "rifle")  # the three-word member is left out
    assert row.cameo == "194" and row.targets[0] == "dobj"
    assert row.provenance.startswith("petrarch2:CAMEO.2.0:")


def test_braced_phrase_gives_head_object_and_modifier() -> None:
    _, rows, _ = _rows()
    row = next(r for r in rows if r.trigger == "bombard" and r.objects)
    assert (row.objects, row.modifiers, row.cameo) == (("base",), ("air",), "190")


def test_synset_object_expands_single_words_and_two_word_members_separately() -> None:
    _, rows, _ = _rows()
    ratify = [r for r in rows if r.trigger == "ratify" and r.cameo == "057"]
    assert {(r.objects, r.modifiers) for r in ratify} == {(("accord", "treaty"), ()), (("deal",), ("peace",))}
    assert len(ratify) == 2  # the [057:057] duplicate is merged


def test_patterns_that_do_not_map_are_counted_by_reason() -> None:
    _, rows, tally = _rows()
    assert tally.skipped["constraint before the verb (subject words)"] == 1
    assert tally.skipped["source/target markers ($ + % ^)"] == 1
    assert tally.skipped["more than one constraint after the verb"] == 1
    assert tally.skipped["null code (---) or no primary code"] == 1
    assert tally.skipped["same verb and object with different codes"] == 2  # SANCTIONS 163 vs 172
    assert tally.skipped["verb-verb transformation (~)"] == 1
    assert not any(r.objects == ("sanction",) for r in rows)


def test_bare_verbs_and_target_only_patterns_are_kind_verbs() -> None:
    _, rows, _ = _rows()
    kinds = {(r.trigger, r.objects, r.cameo): r.kind for r in rows}
    assert kinds[("shell", (), "194")] == "verbs"
    assert kinds[("bombard", (), "190")] == "verbs"  # the block's code
    assert kinds[("ratify", (), "031")] == "verbs"  # "(TO)": a target slot only
    assert kinds[("hammer with", ("mortar", "rifle"), "194")] == "patterns"


def test_singular_forms_match_spacy_lemmas_of_common_plurals() -> None:
    assert [singular(w) for w in ("sanctions", "rallies", "talks", "arms", "crises", "pass")] == [
        "sanction", "rally", "talk", "arm", "crisis", "pass"]
