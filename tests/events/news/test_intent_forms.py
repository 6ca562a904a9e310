"""Agreement, intent and appeal forms: coordinated parties that agree do it with each other; a passive
double-object verb's subject is the one offered or promised; a mandative "that"-clause under a verb of
proposing is an appeal to its subject; a plain governor ("will continue to", "will begin to") and a
participle ("will extend his tour, flying to X") share the plan of their clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads

Dyads = set[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agreed act coded: the intent runs both ways (as before); the act itself a new entry
        ("France and Germany agreed to exchange visits by their defence ministers.",
         {("FRA", "DEU", "036"), ("DEU", "FRA", "036")}),
        ("The leaders of India and Pakistan agreed on Friday to resume trade.",
         {("IND", "PAK", "0311"), ("PAK", "IND", "0311")}),
        # no act coded in the complement: the agreement itself, with each other
        ("Israel and the Soviet Union have agreed on a timetable.", {("ISR", "RUS", "030"), ("RUS", "ISR", "030")}),
        ("Britain and France agreed to the plan.", {("GBR", "FRA", "030"), ("FRA", "GBR", "030")}),
        ("Iraq and Syria, which agreed on a truce last week, exchanged prisoners.",
         {("IRQ", "SYR", "0356"), ("SYR", "IRQ", "0356")}),
        # exchanging visits: each visits the other
        ("Japan and China exchanged visits by trade delegations last year.",
         {("JPN", "CHN", "042"), ("CHN", "JPN", "042")}),
    ],
)
def test_coordinated_parties_agree_with_each_other(nlp: Language, text: str, expected: Dyads) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar agreed to lease two cargo ships from Norway.", {("QAT", "NOR", "030")}),
        ("Egypt agreed with Israel on a timetable.", {("EGY", "ISR", "019")}),
    ],
)
def test_a_single_party_agrees_with_its_partner_only(nlp: Language, text: str, expected: Dyads) -> None:
    assert dyads(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland was offered a loan by the World Bank.", ("WB", "POL", "033")),
        ("Bolivia was granted new credits by the World Bank.", ("WB", "BOL", "071")),
        ("Egypt has been promised military assistance by the United States.", ("USA", "EGY", "033")),
        ("Kenya, which was promised support by the IMF, cut spending.", ("IMF", "KEN", "032")),
        ("Pakistan was given economic aid by Japan.", ("JPN", "PAK", "071")),
        ("Iraq was urged by France to withdraw its troops from Kuwait.", ("FRA", "IRQ", "0256")),
        # the active form codes the same
        ("The World Bank offered Poland a loan.", ("WB", "POL", "033")),
    ],
)
def test_passive_subject_is_the_recipient(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain proposed that Iran and Iraq hold talks in Geneva.", {("GBR", "IRN", "026"), ("GBR", "IRQ", "026")}),
        ("The Japanese ambassador suggested that China open its markets to Japanese goods.", {("JPN", "CHN", "0251")}),
        ("Germany recommended that Poland seek a loan from the IMF.", {("DEU", "POL", "020")}),
    ],
)
def test_mandative_clause_is_an_appeal(nlp: Language, text: str, expected: Dyads) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the proposer's own plan: an infinitive, or a pronoun subject
        ("France proposed to hold talks with Germany next month.", ("FRA", "DEU", "036")),
        ("Kohl proposed that he meet Mitterrand in Paris.", ("DEU", "FRA", "036")),
    ],
)
def test_proposing_ones_own_act_is_intent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_a_report_under_suggest_is_no_appeal(nlp: Language) -> None:
    found = dyads(nlp, "The report suggested that Iran had supplied arms to the rebels.")
    assert not any(code.startswith("02") for _, _, code in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan will continue to cooperate with Brazil.", ("JPN", "BRA", "031")),
        ("The United States will begin to withdraw its troops from Lebanon next month.", ("USA", "LBN", "0356")),
        ("Chinese officials said they would continue to buy American wheat.", ("CHN", "USA", "0311")),
        # a participle shares its clause's plan
        ("The Brazilian minister will extend his tour, flying to Japan for talks with officials.",
         ("BRA", "JPN", "036")),
    ],
)
def test_a_plain_governor_shares_its_plan(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain continued to supply arms to Iraq.", ("GBR", "IRQ", "072")),
        ("The Chilean trade minister extended his Asian tour, heading to Japan for talks with its leaders.",
         ("CHL", "JPN", "042")),
    ],
)
def test_a_done_act_stays_done(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran did not sign the accord at its meeting with Iraq.", {("IRN", "IRQ", "040"), ("IRQ", "IRN", "040")}),
        ("Japan refused to lift the ban after talks with the United States.",
         {("JPN", "USA", "040"), ("USA", "JPN", "040")}),
        ("Israel did not give up its claim following talks with Egypt in Cairo.", {("ISR", "EGY", "042")}),
        # a refused plan: the meeting is still planned
        ("Japan will not sign the accord at its meeting with China next week.", {("JPN", "CHN", "036")}),
    ],
)
def test_the_occasion_of_a_failed_act_took_place(nlp: Language, text: str, expected: Dyads) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "The minister did not hint at military action against Iran.",
        "The president did not point at an attack on Iraq.",
        "Cuba would not look at sanctions against Venezuela.",
    ],
)
def test_at_sets_only_a_meeting(nlp: Language, text: str) -> None:
    """'At' names the occasion of a negated clause only before a meeting's noun; after 'hint at' or
    'point at' it names what was not hinted at."""
    assert dyads(nlp, text) == set()


def test_refusing_the_talks_themselves_is_a_rejection(nlp: Language) -> None:
    assert dyads(nlp, "Iran refused to attend the talks with Iraq.") == {("IRN", "IRQ", "125")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia and Croatia are moving towards talks on the border.", {("SRB", "HRV", "036"), ("HRV", "SRB", "036")}),
        ("Iran and Iraq were working toward a ceasefire, the envoy said.",
         {("IRN", "IRQ", "0356"), ("IRQ", "IRN", "0356")}),
        ("Japan is edging towards an agreement with the United States on semiconductors.", {("JPN", "USA", "032")}),
    ],
)
def test_moving_towards_an_act_announces_it(nlp: Language, text: str, expected: Dyads) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


def test_moving_towards_a_place_is_no_event(nlp: Language) -> None:
    assert dyads(nlp, "Britain moved toward the European position on farm subsidies.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mutual diplomatic act (data/reciprocity.tsv slot "*") of a verb with no recip flag of its own
        ("The European Community and Argentina initialled a fisheries accord.",
         {("EU", "ARG", "057"), ("ARG", "EU", "057")}),
        ("Spain and Morocco concluded a fishing agreement on Friday.", {("ESP", "MAR", "057"), ("MAR", "ESP", "057")}),
    ],
)
def test_coordinated_parties_of_a_mutual_act_pair_up(nlp: Language, text: str, expected: Dyads) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    ["Britain and France praised the plan.", "Britain and France sold arms to the rebels."],
)
def test_one_way_acts_do_not_pair_their_subjects(nlp: Language, text: str) -> None:
    assert not any({s, t} == {"GBR", "FRA"} for s, t, _ in dyads(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile has yet to reply to a Bolivian invitation for talks on water rights.",
        "Cuba agreed to a Mexican proposal for talks between the two foreign ministers.",
        "The Pope renewed his appeal for a ceasefire between Iran and Iraq.",
        "Thailand rejected Vietnamese calls for negotiations with Cambodia.",
        # intent and hope nouns of complements.tsv: their for-phrase is planned or hoped for
        "Egypt renewed its bid for talks between Israel and Syria.",
        "Jordan repeated its pledge for talks between Israel and Lebanon.",
        "The minister expressed his expectation for talks between Iran and Iraq.",
        "Kenya made a commitment for talks between Uganda and Sudan.",
    ],
)
def test_an_act_asked_for_is_not_yet_real(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert not any(code in ("040", "0871", "046") for _, _, code in found), found


def test_the_invitation_itself_is_coded(nlp: Language) -> None:
    found = dyads(nlp, "Chile has yet to reply to a Bolivian invitation for talks on water rights.")
    assert ("BOL", "CHL", "026") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico has not replied to Peru's request for talks on silver marketing.", ("PER", "MEX", "026")),
        ("Japan did not respond to the American call for restraint.", ("USA", "JPN", "020")),
        ("Iraq has yet to respond to the UN appeal for a ceasefire.", ("UN", "IRQ", "0256")),
    ],
)
def test_an_unanswered_appeal_was_made(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuba said it agreed to a Mexican proposal for talks between the two foreign ministers.",
         ("CUB", "MEX", "036")),
        ("Mexico has not replied to Peru's request for new loans.", ("PER", "MEX", "0231")),
        ("Brazil's request for new loans from the banks was approved.", ("BRA", None, "0231")),
    ],
)
def test_an_appeal_or_plan_noun_takes_the_code_of_the_act_it_asks_for(
        nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel's withdrawal from Gaza will begin next summer.", ("ISR", "PSE", "0356")),
        ("The American military aid to Pakistan will continue.", ("USA", "PAK", "0332")),
        ("Negotiations between Britain and China on Hong Kong will resume tomorrow.", ("GBR", "CHN", "036")),
    ],
)
def test_a_cooperative_act_noun_of_a_future_verb_is_a_plan(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_a_begun_withdrawal_is_done(nlp: Language) -> None:
    assert ("RUS", "AFG", "0874") in dyads(nlp, "The Soviet withdrawal from Afghanistan began in May.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru said its quarrel with Ecuador should be settled by negotiation.", ("PER", "ECU", "020")),
        ("France said its dispute with Canada over fishing must be settled by arbitration.", ("FRA", "CAN", "100")),
    ],
)
def test_a_matter_between_parties_to_be_settled_is_an_appeal(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_ones_own_troops_to_be_sent_is_no_appeal(nlp: Language) -> None:
    found = dyads(nlp, "Turkey said its troops should be sent to Cyprus.")
    assert not any(code.startswith(("02", "10")) for _, _, code in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain and Morocco set targets for more trade between them.",
         {("ESP", "MAR", "0311"), ("MAR", "ESP", "0311")}),
        ("Iran and Iraq have set a date for talks in Geneva.", {("IRN", "IRQ", "036"), ("IRQ", "IRN", "036")}),
        ("Israel agreed a timetable for the withdrawal of its troops from Lebanon.", {("ISR", "LBN", "0356")}),
        # a plan granted, offered or named: the talks are planned, not held
        ("The EU granted Albania a date for accession talks.", {("EU", "ALB", "036")}),
        ("Ghana proposed a date for talks with Togo.", {("GHA", "TGO", "036")}),
    ],
)
def test_a_plan_made_for_an_act_is_an_intent(nlp: Language, text: str, expected: Dyads) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


def test_a_missed_date_is_no_plan(nlp: Language) -> None:
    found = dyads(nlp, "Japan missed the deadline for talks with the United States.")
    assert not any(code.startswith("03") for _, _, code in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey will apply on Monday for full European Union membership.",
        "Turkey applied for membership of the European Community.",
        "Turkey's application was sent after it applied for admission to the European Community.",
    ],
)
def test_applying_for_membership_is_an_intent_towards_the_body(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert ("TUR", "EU", "030") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kuwait won the support of Britain for its plan.", ("GBR", "KWT", "051")),
        ("Kuwait enjoys the backing of the United States.", ("USA", "KWT", "051")),
        ("Kuwait received the support of the Arab League.", ("ARL", "KWT", "051")),
    ],
)
def test_support_won_is_given_by_its_of_phrase(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_a_date_granted_for_talks_is_no_meeting(nlp: Language) -> None:
    found = dyads(nlp, "The EU granted Albania a date for accession talks.")
    assert not any(code.startswith("04") for _, _, code in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Norwegian envoys proposed a ceasefire plan to Colombia and the rebels.", ("NOR", "COL", "037")),
    ("Brazil presented a peace plan to Venezuela and Guyana.", ("BRA", "VEN", "037")),
    ("Ghana submitted a truce proposal to Togo.", ("GHA", "TGO", "037")),
])
def test_offering_a_peace_or_ceasefire_plan_is_intent_to_settle(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in dyads(nlp, text), dyads(nlp, text)


def test_rejecting_a_ceasefire_plan_is_rejecting_a_settlement(nlp: Language) -> None:
    assert ("VEN", "BRA", "127") in dyads(nlp, "Venezuela rejected the Brazilian ceasefire plan.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norway pledged to double its military aid to Estonia.", "0332"),
        ("Sweden promised to increase its aid to Lithuania.", "033"),
    ],
)
def test_a_pledge_to_enlarge_an_act_is_the_intent_to_do_it(nlp: Language, text: str, code: str) -> None:
    found = dyads(nlp, text)
    assert any(c == code for _, _, c in found), found
    assert not any(c[:2] == "07" for _, _, c in found), found  # pledged, not yet given
