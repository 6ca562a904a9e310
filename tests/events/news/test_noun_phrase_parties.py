"""Parties of a nominal act found in its own phrase (round 18):

* an arrest or detention naming no agent is made by the police of the place its phrase names, also
  when the parse hangs the place on the victim ("the detention of two aid workers in Sudan");
* an expulsion or deportation naming no agent is done by the government of the state one is sent out
  of ("were deported from Pakistan", "the expulsion of its diplomats from Rwanda"), else of its own place;
  none is guessed wider (not the clause's place, not the only other country of the sentence), and no
  state expels deportees the context places in it;
* a cooperative act's from-phrase names who gives it ("an offer of aid to Haiti from Venezuela",
  "concessions from Israel"), as it names the voicer of a voiced act; not for trade, meetings or releases,
  whose from-phrase is where they come from;
* a denial of a part in an act ("denied involvement in the assassination of X") is aimed at whom the act
  was done to, when it names no accuser;
* a reaction drawn by an act done to a victim ("the arrest of a journalist in Harare drew a protest from
  London") is aimed at the act's doer, named or implied by the act's place, never at the victim;
* an act named by the of-phrase of a support noun ("the imposition of sanctions", "the continuation of
  air strikes") is done by that noun's possessor or by-agent; a noun of a view of the act ("criticism
  of the strikes by X") lends it nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots, sided


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subject of the clause, the place hung on the victim
        ("The detention of two Dutch aid workers in Sudan angered The Hague.", ("SDN", "COP", "NLD", "17")),
        # object of a preposition
        ("Britain protested against the arrest of a British journalist in Harare.", ("ZWE", "COP", "GBR", "17")),
        # a relative clause on the act noun
        ("The arrest of three French tourists in Iran, which drew a sharp protest, was confirmed on Monday.",
         ("IRN", "COP", "FRA", "17")),
    ],
)
def test_arrest_is_made_by_the_police_of_the_victims_place(nlp: Language, text: str,
                                                            expected: tuple[str, str, str, str]) -> None:
    found = sided(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive verb, from-phrase on the verb
        ("Hundreds of Afghans were deported from Pakistan last week.", ("PAK", "AFG", "17")),
        # reported passive, coordinated with a second verb
        ("Rights groups said Ethiopians were expelled from Yemen and abandoned at sea.", ("YEM", "ETH", "17")),
        # nominal object of a verb, from-phrase on the victim
        ("France condemned the expulsion of its diplomats from Rwanda.", ("RWA", "FRA", "17")),
        # nominal subject
        ("The deportation of Afghan refugees from Iran continued for a third week.", ("IRN", "AFG", "17")),
    ],
)
def test_expulsion_is_done_by_the_state_one_is_sent_out_of(nlp: Language, text: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_expulsion_naming_no_place_takes_no_guessed_agent(nlp: Language) -> None:
    # the only other state of the sentence is the one protesting, not the one expelling
    found = roots(nlp, "The expulsion of two British diplomats angered London.")
    assert not any(r == "17" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # by-agent of the support noun, the support noun the subject
        ("The imposition of sanctions on Iran by the Security Council angered Tehran.", ("UN", "IRN", "16")),
        # possessor of the support noun
        ("The UN's imposition of sanctions on Iran angered Tehran.", ("UN", "IRN", "16")),
        # object of a verb, the target phrase on the support noun
        ("Washington welcomed the resumption of aid to Kenya by Britain.", ("GBR", "KEN", "07")),
        # modifying actor of the support noun
        ("The U.S. imposition of sanctions on Iran angered Tehran.", ("USA", "IRN", "16")),
        # passive subject of a verb with its own agent
        ("The continuation of air strikes on Serbia by NATO was criticised by Moscow.", ("NATO", "SRB", "19")),
    ],
)
def test_act_of_a_support_noun_is_done_by_its_owner_or_agent(nlp: Language, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_view_of_an_act_lends_it_no_agent(nlp: Language) -> None:
    # "criticism of the air strikes by NATO": Russia criticises; the strikes are not Russia's
    found = roots(nlp, "Moscow's criticism of the air strikes on Serbia was sharp.")
    assert not any(s == "RUS" and r == "19" for s, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # implied doer: the police of the act's place
        ("The arrest of a British journalist in Zimbabwe drew a protest from London.", ("GBR", "ZWE", "11")),
        ("The detention of an American student in North Korea drew criticism from Washington.",
         ("USA", "PRK", "11")),
        # named doer: the by-agent
        ("The arrest of the opposition leader by Russian police drew sharp criticism from the European Union.",
         ("EU", "RUS", "11")),
        # named doer: the owner before an of-phrase
        ("Russia's arrest of the opposition leader drew criticism from Germany.", ("DEU", "RUS", "11")),
    ],
)
def test_reaction_to_an_act_on_a_victim_is_aimed_at_its_doer(nlp: Language, text: str,
                                                               expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found
    reactor = expected[0]
    assert not any(s == reactor and t == reactor and r == "11" for s, t, r in found), found


def test_reaction_to_an_act_with_no_known_doer_has_no_target(nlp: Language) -> None:
    # the victims are not whom the condemnation is aimed at, nor is the reactor's own country guessed
    assert ("NLD", None, "11") in roots(nlp, "The killing of two Dutch soldiers drew condemnation from The Hague.")
    assert ("DEU", None, "11") in roots(nlp, "Navalny's arrest drew criticism from Germany.")
    # a subject that is no act on a victim keeps its owner as the target
    assert ("CHN", "JPN", "11") in roots(nlp, "Japan's plan drew protests from China.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subject of a passive, the from-phrase after the target phrase
        ("An offer of aid to Haiti from Venezuela was welcomed.", ("VEN", "HTI", "03")),
        # bare plural subject
        ("Concessions from Israel opened the way to a deal.", ("ISR", None, "08")),
        # object of a verb that is no support verb
        ("Belgrade praised the support from Russia for Serbia.", ("RUS", "SRB", "05")),
    ],
)
def test_from_phrase_names_who_gives_a_cooperative_act(nlp: Language, text: str,
                                                        expected: tuple[str, str | None, str]) -> None:
    assert expected in roots(nlp, text)


def test_from_phrase_of_trade_is_where_the_goods_come_from(nlp: Language) -> None:
    # the export is no act of Gaza's: its agent stays unnamed
    found = roots(nlp, "Israel stopped the export of flowers from Gaza to Europe.")
    assert not any(s == "PSE" for s, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "involvement in" an act, its victim in the act's of-phrase
        ("Syria denied involvement in the assassination of the former Lebanese prime minister.",
         ("SYR", "LBN", "01")),
        # "responsibility for" an act, its victim a modified noun
        ("Pakistan denied responsibility for the bombing of the Indian embassy in Kabul.", ("PAK", "IND", "01")),
        # the role under a rejected accusation
        ("Russia rejected accusations of involvement in the poisoning of a British spy.", ("RUS", "GBR", "01")),
        # the act's target phrase
        ("Iran denied any role in the attacks on Saudi oil facilities.", ("IRN", "SAU", "01")),
    ],
)
def test_denied_part_in_an_act_is_aimed_at_its_victim(nlp: Language, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_denied_rumour_of_an_act_has_no_victim_target(nlp: Language) -> None:
    # no part in an act is denied: the place of the rumoured riots is no target
    found = roots(nlp, "Kenyan police denied reports of tribal riots in Nairobi.")
    assert ("KEN", None, "01") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the deportees the context places in the state itself: no state expels its own
        "Hundreds of migrants were deported from Mexico last month.",
        # the place of the clause is not the place of the act
        "Speaking in Paris, the minister called for the expulsion of illegal migrants in Italy.",
    ],
)
def test_expulsion_with_no_other_state_has_no_implied_agent(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert not any(s in ("MEX", "FRA") for s, _, _ in found), found


def test_from_phrase_of_a_release_or_a_visit_is_where_it_comes_from(nlp: Language) -> None:
    # a press release names its issuer by "from", no act of release; a visit names where one comes from
    found = roots(nlp, "A press release from the Kenyan army said two soldiers were wounded.")
    assert not any(s == "KEN" and r == "08" for s, _, r in found), found
    found = roots(nlp, "The Jordanian envoy paid a visit to Cairo from Amman on Monday.")
    assert all(r != "04" or s == "JOR" for s, _, r in found), found
