"""The agent of a verbal trigger: its subject or by-agent, or whom the parse lets stand for it (an owner, a
co-agent, the speaker of a reporting frame for a pronoun, the issuer of a statement)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.agents import party_nouns, perpetrator, token_role
from multipolar.events.arguments import SOURCE_PREPS, Arguments, Participant
from multipolar.events.attackers import act_agents, act_owners, act_sites, fight_opponents
from multipolar.events.events import UNNAMED_KINDS
from multipolar.events.hosts import stay_purpose_agents
from multipolar.events.infinitive_agents import infinitive_agents
from multipolar.events.issuers import text_issuers
from multipolar.events.pairing import co_agents
from multipolar.events.speakers import agent_tokens_or_subjects, reporting_verb
from multipolar.events.syntax import agent_tokens, is_passive, prep_objects, subject_tokens
from multipolar.events.targets import CONF_OWNER, CONF_VERB
from multipolar.events.unnamed import affiliated, when_agents


def verb_sources(v: Token, passive: bool, args: Arguments,
                 acts: frozenset[str] = frozenset()) -> list[Participant]:
    """The agent: subject (active) or by-agent (passive), an owner of it (not the victim of a
    violent act noun in ``acts`` or of a perpetrator: "the bombing of a bus", "the kidnappers of
    two journalists"), a reporting speaker standing for a pronoun, or the issuer of a statement."""
    subjects = agent_tokens_or_subjects(v, passive)
    if passive and not subjects and v.dep_ == "conj" and v.head.pos_ == "VERB" and is_passive(v.head):
        subjects = agent_tokens(v.head)  # "was seized by militants and then released": their agent
    if passive and not subjects:  # "were killed in an attack by rebels": the agent of the act
        acts_in = prep_objects([v], ("in", "during"))
        # "were killed in fighting with X", "in a US air strike"
        subjects = prep_objects(acts_in, ("by",)) or fight_opponents(acts_in) or [
            c for a in acts_in if a.lemma_.lower() in acts for c in act_owners(a)]
    if subjects and not passive:
        subjects = subjects + co_agents(v, subjects)  # "Britain, along with France, condemned"
    sources = act_sites(args.participants(subjects, CONF_VERB), subjects, acts)  # "the Kabul bombing killed"
    if not sources:  # "a spokesman for the Taliban", "a delegation of the League"
        sources = [p for s in subjects if s.lemma_.lower() not in acts and not perpetrator(s)
                   for p in args.nested(s, SOURCE_PREPS, CONF_OWNER)]
    if not sources and not passive:  # "a bombing by Hamas militants killed six": the act's agent
        sources = act_agents(subjects, args, acts) or text_issuers(subjects, args)  # "a statement by X"
    if not sources and not subjects and passive:  # "were killed when militants blew up a tunnel"
        sources = when_agents(v, args)
    if all(p.mention.kind in UNNAMED_KINDS for p in sources):  # "a group linked to al-Qaeda": al-Qaeda's
        sources = affiliated(subjects, args) or sources
    if not sources and not passive:  # "X is in Cairo to discuss prices, aides said": X, not the aides
        sources = stay_purpose_agents(v, args)
    speech = reporting_verb(v)
    if not sources and speech is not None and (
            all(s.pos_ == "PRON" for s in subjects) and (subjects or not passive)):
        # "X said it would ...", "police said they had detained ...": the speaker stands for a
        # pronoun subject; a reporting frame never lends its speaker to a clause with its own
        # subject ("a storm killed 250, the UN said"); a speaker named by its office lends whom it
        # stands for ("the head of the Senate trade panel said he would press Korea ...")
        speakers = subject_tokens(speech)
        sources = args.participants(speakers, CONF_VERB) or [
            p for s in speakers if not perpetrator(s) for p in args.nested(s, SOURCE_PREPS, CONF_OWNER)]
    if not sources and v.dep_ == "acl" and v.head.dep_ == "dobj" and not (v.tag_ == "VBG" and _party_word(v.head)):
        # "X issued a statement calling on Y": the statement's issuer, or whom the issuers
        # stand for ("ministers of the League issued a statement urging Y"); "met leaders pressing
        # for a bill": the leaders press, not whoever met them
        issuers = subject_tokens(v.head.head)
        sources = args.participants(issuers, CONF_VERB) or [
            p for s in issuers for p in args.nested(s, SOURCE_PREPS, CONF_OWNER)]
    if not sources and not passive:  # "took steps to open", "Japan's decision to open"
        sources = infinitive_agents(v, args)
    return sources


def _party_word(noun: Token) -> bool:
    """A noun that names people or a party ("leaders", "protesters", "officials"), not a thing they issue."""
    return token_role(noun) is not None or noun.lemma_.lower() in party_nouns()
