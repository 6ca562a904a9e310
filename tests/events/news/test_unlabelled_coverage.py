"""Word families found by mining unlabelled news (the 1987 Reuters corpora) for sentences with two
resolved actors and no coded event: leaving for a party, informing a party, assuring a party,
keeping to or reneging on an agreement, opening a market or lowering barriers to a party, casting
doubt on or losing patience with a party, putting pressure on a party, taking military or legal
action against a party. Each family is tested with a coded use and with a use that must code
nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # departure (042, as travel to): the destination is the target
        ("The Japanese foreign minister left for Washington on Sunday.", ("JPN", "USA", "042")),
        ("The Iranian president departed for Moscow after the ceremony.", ("IRN", "RUS", "042")),
        # informing (010, as tell): the informed party is the target
        ("Japan notified the United States of its decision.", ("JPN", "USA", "010")),
        ("The American envoy briefed Israeli officials on the plan.", ("USA", "ISR", "010")),
        ("Nigeria explained its position to Britain.", ("NGA", "GBR", "010")),
        # assuring (030, as promise)
        ("The Japanese premier assured the United States of his goodwill.", ("JPN", "USA", "030")),
        ("The Chinese premier reassured Pakistan on Friday.", ("CHN", "PAK", "030")),
        # keeping to an agreement (080, as comply with) and reneging on one (160, as back out of)
        ("Japan has honored the agreement with the United States.", ("JPN", "USA", "080")),
        ("Syria has abided by the United Nations resolution.", ("SYR", "UN", "080")),
        ("Iran reneged on its agreement with Iraq.", ("IRN", "IRQ", "160")),
        # opening a market or airspace to a party (081, as opening the border)
        ("China opened its market to American beef on Tuesday.", ("CHN", "USA", "081")),
        ("Russia opened up its airspace to NATO flights.", ("RUS", "NATO", "081")),
        ("Japan lifted barriers to American rice imports.", ("JPN", "USA", "081")),
        ("The European Union lowered barriers on Chinese textiles.", ("EU", "CHN", "081")),
        # doubt (012, as raise doubts about); impatience with a party is disapproval (110, round 33)
        ("The IMF cast doubt on the Brazilian government's figures.", ("IMF", "BRA", "012")),
        ("Britain has lost patience with the Japanese finance ministry.", ("GBR", "JPN", "110")),
        # putting pressure on a party (100, as ramp up pressure)
        ("The United States put pressure on Japan.", ("USA", "JPN", "100")),
        ("China exerted pressure on North Korea.", ("CHN", "PRK", "100")),
        ("Washington stepped up pressure on Tehran.", ("USA", "IRN", "100")),
        # taking military (190) or legal (115) action against a party
        ("The United States took military action against Iran on Monday.", ("USA", "IRN", "190")),
        ("Britain took legal action against the European Commission.", ("GBR", "EU", "115")),
    ],
)
def test_mined_family_is_coded(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The troops left for the front at dawn.",
        "The minister left for the airport after lunch.",
        "The doctor informed the patient of the results.",
        "The coach reassured his players before the final.",
        "The company honored its contract with the supplier.",
        "The new shop opened its doors to customers.",
        "The stock market opened higher in Tokyo.",
        "Japan did not honor the agreement with the United States.",
        "The team lost patience with its coach.",
        "The engineers increased pressure on the pipe.",
        "The sound barrier was broken in 1947.",
        "The school took disciplinary action against the students.",
    ],
)
def test_mined_family_no_event(nlp: Language, text: str) -> None:
    assert not dyads(nlp, text)
