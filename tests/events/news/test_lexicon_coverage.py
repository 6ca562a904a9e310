"""Word families whose members produced no trigger candidate (or coded the wrong act): urging,
rebuking, praise nouns, accord nouns, easing and revoking sanctions, mediation, visiting, denial,
sympathy, collaboration, coercion, remote talks. Each family is tested with a coded use and with a
non-political or negated use that must code nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # urging verbs take the urged act as an appeal for it (025x), not as an act that happened
        ("Germany implored Iran to release the British sailors.", ("DEU", "IRN", "02")),
        ("Washington prodded Japan to lift the ban on American beef.", ("USA", "JPN", "02")),
        ("Paris nudged Berlin to accept the compromise.", ("FRA", "DEU", "02")),
        ("London lobbied Ottawa to back the resolution.", ("GBR", "CAN", "02")),
        ("Beijing cajoled Pyongyang into returning to the talks.", ("CHN", "PRK", "02")),
        ("Kenya's entreaty to Ethiopia went unanswered.", ("KEN", "ETH", "02")),
    ],
)
def test_urging_family(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent_root"),
    [
        # the urged act did not happen
        ("Germany implored Iran to release the British sailors.", "08"),
        ("Washington prodded Japan to lift the ban on American beef.", "08"),
    ],
)
def test_urged_act_is_not_coded_as_done(nlp: Language, text: str, absent_root: str) -> None:
    assert not any(r == absent_root for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The central bank nudged interest rates higher.",
        "She coaxed the cat out of the tree.",
        "Germany did not prod Iran to release the sailors.",
    ],
)
def test_urging_family_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rebuking (111): verbs of scolding and verbal assault, and their nouns
        ("Iran railed against the United States on Monday.", ("IRN", "USA", "11")),
        ("The Chinese press savaged Japan over the shrine visit.", ("CHN", "JPN", "11")),
        ("Russia poured scorn on the British claims.", ("RUS", "GBR", "11")),
        ("Moscow fulminated against NATO.", ("RUS", "NATO", "11")),
        ("Tehran inveighed against Israel.", ("IRN", "ISR", "11")),
        ("The Indian minister reproved Pakistan.", ("IND", "PAK", "11")),
        ("Chavez launched a diatribe against Washington.", ("VEN", "USA", "11")),
    ],
)
def test_rebuking_family(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The lion savaged a tourist in the park.",
        "She poured scorn on the new restaurant.",
        "The fans railed against the referee.",
        "Iran did not rail against the United States.",
    ],
)
def test_rebuking_family_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # praise nouns (051): thanks, tributes and plaudits for a party
        ("Mexico voiced appreciation to Canada for the aid.", ("MEX", "CAN", "05")),
        ("Israel won plaudits from Egypt for the prisoner release.", ("EGY", "ISR", "05")),
        ("Chile conveyed its gratitude to Peru for the rescue.", ("CHL", "PER", "05")),
    ],
)
def test_praise_nouns(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The yen's appreciation against the dollar hurt exporters.",
        "The band paid tribute to the late singer.",
        "The novel won plaudits from critics.",
    ],
)
def test_praise_nouns_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accord nouns (057), as nouns and as objects of signing verbs; signed both ways
        ("Kenya and Uganda signed an MoU on oil.", ("UGA", "KEN", "05")),
        ("Turkey concluded a protocol with Armenia.", ("ARM", "TUR", "05")),
        ("Peru sealed a memorandum with Chile.", ("PER", "CHL", "05")),
        ("The Vatican's concordat with Portugal was renewed.", ("VAT", "PRT", "05")),
    ],
)
def test_accord_nouns(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The hospital changed its treatment protocol.",
        "Read the memorandum with care.",
        "Turkey did not sign a protocol with Armenia.",
    ],
)
def test_accord_nouns_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # easing nouns: the lifting of sanctions (085) and of restrictions (081); unfreezing assets
        ("The EU approved the lifting of sanctions on Libya.", ("EU", "LBY", "08")),
        # agreeing to it is an intent to ease (035x)
        ("Britain agreed to the easing of the embargo on Burma.", ("GBR", "MMR", "03")),
        ("Switzerland unfroze the assets of the former Ukrainian president.", ("CHE", "UKR", "08")),
    ],
)
def test_easing_nouns(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_called_for_lifting_is_an_appeal(nlp: Language) -> None:
    found = roots(nlp, "Cuba called for the lifting of the embargo on Havana.")
    assert not any(r == "08" for _, _, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The lifting of the ban on smoking annoyed bar owners.",
        "The bank unfroze the account of the businessman.",
        "The EU did not approve the lifting of sanctions on Libya.",
    ],
)
def test_easing_nouns_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mediation (045): interceding and arbitrating between parties
        ("Qatar interceded with the Taliban to free the hostages.", ("QAT", "AFG", "04")),
        ("Norway agreed to arbitrate between Sri Lanka and the rebels.", ("NOR", "LKA", "03")),
        ("The African Union's arbitration between Sudan and South Sudan failed.", ("AU", "SSD", "04")),
    ],
)
def test_mediation_family(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The judge arbitrated between the two companies.",
        "My mother interceded with the teacher.",
        "Qatar did not intercede with the Taliban.",
    ],
)
def test_mediation_family_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # visiting (042): travel verbs and nouns with a destination party
        ("Rumsfeld stopped in Panama on Tuesday.", ("USA", "PAN", "04")),
        ("The Chinese premier headed to Brazil for talks.", ("CHN", "BRA", "04")),
        ("Blair jetted to Washington.", ("GBR", "USA", "04")),
        ("The Thai king's journey to Laos ended on Friday.", ("THA", "LAO", "04")),
    ],
)
def test_visiting_family(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bus stopped in Paris.",
        "The train headed to Boston.",
        "The rain stopped in the evening.",
        "The president did not stop in Panama.",
    ],
)
def test_visiting_family_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # denial of accusations (016); rebutting a party (120)
        ("Syria rebutted the American allegations.", ("SYR", "USA", "01")),
        ("Brazil rebutted Argentina.", ("BRA", "ARG", "12")),
        # sympathy (018)
        ("The Russian president sympathized with the Americans after the attack.", ("RUS", "USA", "01")),
        ("Chirac commiserated with Spain over the bombings.", ("FRA", "ESP", "01")),
        ("Canada offered its sympathy to Turkey after the earthquake.", ("CAN", "TUR", "01")),
        # collaboration (060), both ways
        ("Iran's collaboration with Russia on the reactor worried Israel.", ("RUS", "IRN", "06")),
    ],
)
def test_denial_sympathy_collaboration(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She expressed sympathy for the grieving dog owner.",
        "He sympathized with his neighbour.",
        "The artist's collaboration with a famous rapper topped the charts.",
        "Syria did not rebut the American allegations.",
    ],
)
def test_denial_sympathy_collaboration_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


def test_denial_of_access_is_a_rejection(nlp: Language) -> None:
    assert ("ISR", "UN", "12") in roots(nlp, "Israel's denial of entry to the UN envoy angered Annan.")


def test_denial_in_everyday_sense_no_event(nlp: Language) -> None:
    assert not roots(nlp, "He lives in denial about his drinking.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coercion by threat (130), as intimidate
        ("China bullied the Philippines over the reef.", ("CHN", "PHL", "13")),
        ("Russia blackmailed Ukraine with gas prices.", ("RUS", "UKR", "13")),
    ],
)
def test_coercion_family(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The kids bullied a classmate.",
        "China did not bully the Philippines.",
    ],
)
def test_coercion_family_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ending sanctions (085) and restrictions (081) with verbs of revoking
        ("Washington waived sanctions on India.", ("USA", "IND", "08")),
        ("The EU dropped its arms embargo on China.", ("EU", "CHN", "08")),
        ("Japan rescinded the ban on Russian fishermen.", ("JPN", "RUS", "08")),
    ],
)
def test_revoking_sanctions(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The city repealed the ban on smoking in bars.",
        "The shop dropped its tariff for students.",
        "Washington did not waive sanctions on India.",
    ],
)
def test_revoking_sanctions_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # remote talks (041) and chats (040), both ways
        ("Xi held a video call with Biden on Monday.", ("USA", "CHN", "04")),
        ("Merkel held telephone talks with Putin.", ("DEU", "RUS", "04")),
        ("Macron had a videoconference with Zelensky.", ("FRA", "UKR", "04")),
        ("The Indian premier chatted with Obama at the summit.", ("USA", "IND", "04")),
    ],
)
def test_remote_and_informal_talks(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She chatted with her friends.",
        "The singer had a chat with fans.",
        "Xi did not hold a video call with Biden.",
    ],
)
def test_remote_and_informal_talks_no_event(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)
