"""The status and type of an act under its clause (events/modality.py, events/governed.py): an act whose
object a negator determines did not happen ("imposed no curbs"); an announced investigation keeps its
own code (09x), no threat."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Pyongyang said it would impose no restrictions on American diplomats.", ("PRK", "USA", "16")),
        ("Germany sent no troops to Afghanistan last year.", ("DEU", "AFG", "15")),
        ("Moscow has imposed no sanctions on Georgia, officials said.", ("RUS", "GEO", "16")),
        ("India, which offered no aid to Nepal after the floods, was criticised at home.", ("IND", "NPL", "03")),
        ("Japan said it would impose no tariffs on American cars.", ("JPN", "USA", "16")),
        ("Egypt has granted no asylum to the Libyan pilots.", ("EGY", "LBY", "07")),
    ],
)
def test_act_with_a_negated_object_did_not_happen(nlp: Language, text: str, act: tuple) -> None:
    found = roots(nlp, text)
    assert act not in found
    assert not any((s, t) == act[:2] and r == "13" for s, t, r in found)


def test_a_negated_object_of_the_next_verb_leaves_the_act(nlp: Language) -> None:
    found = roots(nlp, "Iranian and Iraqi envoys held talks in Geneva that produced no agreement.")
    assert ("IRN", "IRQ", "04") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said a commission would hold an inquiry into the Australian wheat trade.", "09"),
        ("Britain said it would investigate the French company's bid.", "09"),
        ("The Italian parliament will investigate arms sales to Iran, a senator said.", "09"),
    ],
)
def test_announced_investigation_keeps_its_code(nlp: Language, text: str, expected: str) -> None:
    found = roots(nlp, text)
    assert any(r == expected for _, _, r in found)
    assert not any(r == "13" for _, _, r in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Australian trade minister said if the GATT does not give priority to farm trade it will be "
         "neglecting the crisis.", ("AUS", "IGO")),
        ("Kohl said that if Britain left the community, the budget would shrink.", ("DEU", "GBR")),
        ("A Chinese official said Hong Kong will lose its status unless Britain changes the law.", ("CHN", "HKG")),
    ],
)
def test_a_reported_condition_is_no_statement(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "01") not in roots(nlp, text)


def test_a_condition_told_to_a_party_is_still_said_to_it(nlp: Language) -> None:
    found = roots(nlp, "The Egyptian minister told Israel that if the treaty collapsed, the region would suffer.")
    assert ("EGY", "ISR", "01") in found


def test_a_plain_reported_view_is_still_a_statement(nlp: Language) -> None:
    assert ("GRC", "TUR", "01") in roots(nlp, "Greece said Turkey's dispute with it was a matter for the courts.")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("There is a fair chance that Chile and Peru will agree a border deal.", ("CHL", "PER", "03")),
        ("Analysts see a strong likelihood that Israel will sign a pact with Jordan.", ("ISR", "JOR", "03")),
        ("Diplomats expressed doubt that Syria would withdraw its forces from Lebanon.", ("SYR", "LBN", "03")),
        ("Markets priced in a risk that Britain would lift its embargo on Argentina.", ("GBR", "ARG", "03")),
    ],
)
def test_a_possibility_is_no_intent(nlp: Language, text: str, act: tuple[str, str, str]) -> None:
    assert not any((s, r) == (act[0], act[2]) for s, _, r in roots(nlp, text))


def test_a_concern_that_clause_still_leaves_the_concern(nlp: Language) -> None:
    assert ("RUS", "NATO", "01") in roots(nlp, "Russia voiced concern that NATO would deploy troops in Poland.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan cut its chip output ahead of Nakasone's visit to Washington.", ("JPN", "USA")),
        ("China freed two dissidents in advance of Clinton's trip to Beijing.", ("USA", "CHN")),
        ("The Japanese premier told aides to finish the budget in time for his trip to Canberra.",
         ("JPN", "AUS")),
        ("Seoul, in preparation for the Korean premier's trip to Tokyo, eased import rules.", ("KOR", "JPN")),
    ],
)
def test_a_visit_a_frame_places_after_the_news_is_announced(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = roots(nlp, text)
    assert (*pair, "03") in found
    assert (*pair, "04") not in found


def test_a_visit_during_which_something_happened_took_place(nlp: Language) -> None:
    found = roots(nlp, "Japan signed two loans during its premier's visit to Indonesia.")
    assert ("JPN", "IDN", "04") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain warned Dublin its promised border plan must be workable.", ("GBR", "IRL", "10")),
        ("Washington warned Seoul that South Korea must open its rice market.", ("USA", "KOR", "10")),
        ("The EU warned Turkey that Ankara should respect the rights of its Kurds.", ("EU", "TUR", "02")),
    ],
)
def test_a_warning_of_another_party_s_obligation_demands(nlp: Language, text: str, expected: tuple) -> None:
    found = roots(nlp, text)
    assert expected in found
    assert (*expected[:2], "13") not in found


def test_a_warning_of_the_speaker_s_act_is_still_a_threat(nlp: Language) -> None:
    assert ("IRN", "USA", "13") in roots(nlp, "Iran warned the United States that it would close the strait.")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Seoul was urged to draw up a plan for its ministries to buy Australian coal.", ("KOR", "AUS", "06")),
        ("Egypt waited for Israel to withdraw its troops from Sinai.", ("ISR", "EGY", "08")),
        ("Arrangements were made for Chinese officials to visit Taiwan.", ("CHN", "TWN", "04")),
        ("The envoy worked hard for Syria to pull its forces out of Lebanon.", ("SYR", "LBN", "08")),
    ],
)
def test_an_act_in_a_for_to_clause_has_not_happened(nlp: Language, text: str, act: tuple[str, str, str]) -> None:
    assert act not in roots(nlp, text)


def test_a_call_for_a_party_to_act_is_still_an_appeal(nlp: Language) -> None:
    assert ("FRA", "IRN", "02") in roots(nlp, "France called for Iran and Iraq to hold talks.")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The Dutch navy has delayed a plan to acquire German patrol boats.", ("NLD", "DEU", "03")),
        ("Japan postponed signing the trade accord with China.", ("JPN", "CHN", "05")),
        ("Britain deferred its decision to sell jets to Saudi Arabia.", ("GBR", "SAU", "03")),
        ("Iran put off plans to attack Iraqi positions.", ("IRN", "IRQ", "13")),
    ],
)
def test_an_act_put_off_has_not_happened(nlp: Language, text: str, act: tuple[str, str, str]) -> None:
    assert not any((s, t) == act[:2] for s, t, _ in roots(nlp, text))


def test_a_postponed_visit_is_still_coded(nlp: Language) -> None:
    assert ("JPN", "CHN", "16") in roots(nlp, "Japan postponed a visit to China by its foreign minister.")


@pytest.mark.parametrize(
    "text",
    [
        "India will press ahead with sweeping tax reforms, the finance minister told parliament.",
        "Japan pressed ahead with its trade plan, the minister told Washington.",
        "The Turkish government will press on with the dam project despite protests from Syria.",
    ],
)
def test_pressing_ahead_is_no_demand(nlp: Language, text: str) -> None:
    assert not any(r == "10" for _, _, r in roots(nlp, text))


def test_pressing_a_party_is_still_a_demand(nlp: Language) -> None:
    assert ("USA", "JPN", "10") in roots(nlp, "The United States pressed Japan to open its markets.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Cheap Russian gas helped keep heating costs down in Germany.", ("RUS", "DEU")),
        ("A Japanese loan will help Mexico pay its debt.", ("JPN", "MEX")),
        ("The Indian premier said his trip to Beijing would help settle the border dispute with China.",
         ("IND", "CHN")),
        ("The new trade accord with Canada should help American exporters.", ("CAN", "USA")),
    ],
)
def test_an_act_that_helps_is_no_aid(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert not any((e.source, e.target) == pair and e.trigger.lower().startswith("help") for e in code(nlp, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japanese officials helped Indonesia rebuild its ports.", ("JPN", "IDN")),
        ("Chilean exporters have agreed to supply Japan with copper.", ("CHL", "JPN")),
    ],
)
def test_a_party_that_helps_still_aids(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert any((s, t) == pair for s, t, _ in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Senate defeated an attempt to cut American aid to Mexico.", ("USA", "MEX")),
        ("An attempt by Iraqi troops to seize Iranian islands was repulsed.", ("IRQ", "IRN")),
        ("Congress blocked an attempt by the White House to sell jets to Saudi Arabia.", ("USA", "SAU")),
    ],
)
def test_an_attempted_act_is_not_done(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert not any((s, t) == pair for s, t, _ in roots(nlp, text))
