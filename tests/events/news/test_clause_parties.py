"""Reciprocal acts whose noun names no party itself, the clause around it naming them: a plural
possessive standing for the clause's subject and partner ("A shook hands with B before their
meeting"), a subject noun whose verb names the parties ("talks took place between A and B")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "their" stands for the verb's subject and its with-partner or object
        ("The French president lunched with Angela Merkel after their talks on the budget.",
         {("FRA", "DEU", "04"), ("DEU", "FRA", "04")}),
        ("The Egyptian foreign minister shook hands with his Sudanese counterpart before their meeting in Cairo.",
         {("EGY", "SDN", "04"), ("SDN", "EGY", "04")}),
        # "ahead of" places the talks after the news: an intent to meet (03), between the same parties
        ("Kenya's president embraced the Ugandan leader ahead of their talks on the border.",
         {("KEN", "UGA", "03"), ("UGA", "KEN", "03")}),
        # through a stage noun ("at the start of their talks")
        ("The Chilean president greeted Peru's foreign minister at the close of their meeting in Lima.",
         {("CHL", "PER", "04"), ("PER", "CHL", "04")}),
        # a consultation naming no party, the occasion of a clause: its subject and the verb's partner
        ("The German chancellor told Poland after talks in Warsaw that the border was final.",
         {("DEU", "POL", "04"), ("POL", "DEU", "04")}),
        ("Following negotiations in Moscow, Russia promised Ukraine cheap gas for the winter.",
         {("RUS", "UKR", "04"), ("UKR", "RUS", "04")}),
        ("Ahead of consultations on the dam, Egypt sent Ethiopia a list of demands.",
         {("EGY", "ETH", "03"), ("ETH", "EGY", "03")}),
        ("The Saudi king, who received the Jordanian foreign minister before a meeting on refugees, urged calm.",
         {("SAU", "JOR", "04"), ("JOR", "SAU", "04")}),
        # ... or by the with-phrase of the verb's object, wherever the parser hung the occasion
        ("Israel signed a border accord with Jordan after talks in Amman.",
         {("ISR", "JOR", "04"), ("JOR", "ISR", "04")}),
        ("Merkel greeted the French president with a kiss ahead of their dinner in Berlin.",
         {("DEU", "FRA", "03"), ("FRA", "DEU", "03")}),
        # ... or by a passive verb's patient and agent
        ("Koizumi was greeted by Bush before their talks in Washington.", {("JPN", "USA", "04"), ("USA", "JPN", "04")}),
        ("The Bolivian envoy was received by Brazil's president after talks in Brasilia.",
         {("BOL", "BRA", "04"), ("BRA", "BOL", "04")}),
        # ... or by the verb's coordinated subjects
        ("Japan and China signed a fishing pact after talks in Tokyo.", {("JPN", "CHN", "04"), ("CHN", "JPN", "04")}),
        # a consultation of the subject's own ("his visit"), naming no partner: the one the clause names
        ("Chinese President Hu Jintao praised Brazil during his visit.", {("CHN", "BRA", "04")}),
        ("During his visit, the Turkish prime minister promised Azerbaijan more gas.", {("TUR", "AZE", "04")}),
        ("Ahead of his talks, the Indian foreign minister thanked Sri Lanka for its cooperation.",
         {("IND", "LKA", "03")}),
        # a possessive naming the clause's object: the subject is the partner
        ("Syria hosted Lebanese officials for their first round of talks since the war.",
         {("SYR", "LBN", "04"), ("LBN", "SYR", "04")}),
        # the subject of an occurrence verb; the parties in its between/among phrase
        ("Talks took place among Iran, Turkey and Syria last week, officials said.",
         {("IRN", "TUR", "04"), ("TUR", "SYR", "04"), ("SYR", "IRN", "04"),
          ("TUR", "IRN", "04"), ("SYR", "TUR", "04"), ("IRN", "SYR", "04")}),
        # ... or of a relative or participial clause on the noun
        ("The talks, which took place between Iran and Britain in Geneva, ended without agreement.",
         {("IRN", "GBR", "04"), ("GBR", "IRN", "04")}),
        ("Negotiations that opened in Vienna between Serbia and Kosovo stalled on Monday.",
         {("SRB", "XKX", "04"), ("XKX", "SRB", "04")}),
        # ... also a party named in the of-phrase of a plain noun
        ("Talks have been held between Norway and the fishing authorities of Iceland, the ministry said.",
         {("NOR", "ISL", "04"), ("ISL", "NOR", "04")}),
        ("Negotiations began on Monday between Greece and the government of Cyprus.",
         {("GRC", "CYP", "04"), ("CYP", "GRC", "04")}),
    ],
)
def test_clause_names_the_parties(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= {r for r in roots(nlp, text) if r[2] in ("03", "04")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "their" resolved to a party of its own: no pairing with the clause's object
        ("Japanese officials briefed South Korea on their talks with the United States.", ("KOR", "JPN")),
        # one party only
        ("The Danish minister left before their meeting ended.", ("DNK", None)),
        # the clause's object is no actor ("lifted its ban"), nor a party named in its topic
        ("Japan agreed to lift its ban on Australian beef after talks on trade.", ("JPN", "AUS")),
        # a visit with its own destination keeps it
        ("The Indian minister thanked Nepal for its help during his visit to Bhutan.", ("IND", "NPL")),
        # an unnamed force in the clause is no party to the talks
        ("Britain agreed to send troops following talks in London.", ("GBR", None)),
        # a passive clause with no by-agent names no partner
        ("The Chinese envoy was criticised after talks on the islands.", ("CHN", None)),
    ],
)
def test_no_pair_without_two_clause_parties(nlp: Language, text: str, pair: tuple[str, str | None]) -> None:
    assert pair not in {(s, t) for s, t, r in roots(nlp, text) if r == "04"}
