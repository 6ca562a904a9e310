"""Multi-word news idioms for political acts ("pointed the finger at", "pulled the plug on", "put behind
bars"): lexicon rows marked ``# news idioms`` in ``events/data/lexicon/*.tsv``; the same idioms in
non-political use code nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # overtures (03)
        ("Armenia extended an olive branch to Turkey on Wednesday.", ("ARM", "TUR", "03")),
        ("Cuba reached out to the United States after the hurricane.", ("CUB", "USA", "03")),
        # hosting (04)
        ("Paris rolled out the red carpet for the Indian prime minister.", ("FRA", "IND", "04")),
        # reconciliation and backing (05)
        ("Qatar mended fences with Bahrain after the long boycott.", ("QAT", "BHR", "05")),
        ("Sudan buried the hatchet with Eritrea at a summit in Khartoum.", ("SDN", "ERI", "05")),
        ("Poland stood with Lithuania in its dispute with Minsk.", ("POL", "LTU", "05")),
        # yielding and easing (08)
        ("Ukraine caved in to pressure from Washington over the budget.", ("UKR", "USA", "08")),
        ("The European Union rolled back sanctions on Belarus on Monday.", ("EU", "BLR", "08")),
        # reproach and blame (11)
        ("Sweden hauled in Iran's ambassador over the execution.", ("SWE", "IRN", "11")),
        ("Armenia pointed the finger at Azerbaijan for the border clash.", ("ARM", "AZE", "11")),
        # dismissal (12)
        ("Japan poured cold water on a Chinese proposal for a trade zone.", ("JPN", "CHN", "12")),
        ("Israel slammed the door on Iran after the vote.", ("ISR", "IRN", "12")),
        # shows of force (15)
        ("Russia flexed its naval muscle near Norway this week.", ("RUS", "NOR", "15")),
        # cutting and halting (16)
        ("Serbia walked out of talks with Kosovo in Brussels on Monday.", ("SRB", "XKX", "16")),
        ("Germany pulled the plug on Russia's gas pipeline.", ("DEU", "RUS", "16")),
        ("Mali kicked out the Danish ambassador on Tuesday.", ("MLI", "DNK", "16")),
        ("Niger booted out the Belgian envoy on Friday.", ("NER", "BEL", "16")),
        # jailing (17)
        ("Belarus put the opposition leader behind bars for eleven years.", ("BLR", "BLR", "17")),
        # bombardment (19)
        ("Israeli jets rained missiles on southern Lebanon overnight.", ("ISR", "LBN", "19")),
        # second group: approval, visits, rallying, aid, pressure, reproach, walkouts, jailing
        ("Kenya's parliament gave the go-ahead for talks with Somalia.", ("KEN", "SOM", "03")),
        ("Oman played host to Iranian and American envoys.", ("OMN", "IRN", "04")),
        ("The Indian foreign minister touched down in Dhaka on Sunday.", ("IND", "BGD", "04")),
        ("NATO members rallied behind Estonia in the row with Moscow.", ("NATO", "EST", "05")),
        ("Ghana and Togo thrashed out a deal on their maritime border.", ("GHA", "TGO", "05")),
        ("India came to the aid of Nepal after the earthquake.", ("IND", "NPL", "07")),
        ("Kenya bowed to pressure from the IMF and raised fuel taxes.", ("KEN", "IMF", "08")),
        ("Britain drew down its troops in Afghanistan last year.", ("GBR", "AFG", "08")),
        ("Washington ramped up pressure on Caracas over the election.", ("USA", "VEN", "10")),
        ("Berlin took Warsaw to task over judicial reforms.", ("DEU", "POL", "11")),
        ("Seoul took issue with Tokyo's textbook revisions.", ("KOR", "JPN", "11")),
        ("Ankara turned up the heat on Stockholm over the Koran burnings.", ("TUR", "SWE", "11")),
        ("Georgia turned its back on Russia after the war.", ("GEO", "RUS", "12")),
        ("The White House drew a red line for Iran over uranium enrichment.", ("USA", "IRN", "13")),
        ("Pakistan pulled out of talks with India on Thursday.", ("PAK", "IND", "16")),
        ("Niger backed out of its defence pact with France.", ("NER", "FRA", "16")),
        ("Israel put the negotiations with Lebanon on ice.", ("ISR", "LBN", "16")),
        ("Moldova threw out three Russian diplomats on Friday.", ("MDA", "RUS", "16")),
        ("The European Union hit Belarus with new sanctions on Monday.", ("EU", "BLR", "16")),
        ("Iran threw two French tourists into prison.", ("IRN", "FRA", "17")),
        # third group: open doors, nods, patched-up ties, joined hands, leaning on, calling out, sabres
        ("Egypt kept the door open to talks with Ethiopia over the dam.", ("EGY", "ETH", "03")),
        ("Greece gave North Macedonia the nod to open membership talks.", ("GRC", "MKD", "03")),
        ("Colombia and Ecuador patched up their relations after the raid.", ("ECU", "COL", "05")),
        ("Spain and Morocco joined hands to curb illegal migration.", ("ESP", "MAR", "06")),
        ("Paris leaned on Beirut to form a new government.", ("FRA", "LBN", "10")),
        ("Canada called out Beijing over the detention of its citizens.", ("CAN", "CHN", "11")),
        ("Ethiopia and Egypt locked horns over the Nile dam.", ("EGY", "ETH", "11")),
        ("Pyongyang fired a verbal broadside at Seoul over the drills.", ("PRK", "KOR", "11")),
        ("Iran gave short shrift to an American offer of talks.", ("IRN", "USA", "12")),
        ("Washington put Tehran on notice over its missile tests.", ("USA", "IRN", "13")),
        ("Russia rattled its sabre at Finland after the NATO vote.", ("RUS", "FIN", "13")),
        ("Russia moved troops up to the border with Georgia.", ("RUS", "GEO", "15")),
        ("Moscow turned off the gas taps to Moldova in October.", ("RUS", "MDA", "16")),
        ("Azerbaijan clapped the Armenian soldiers in jail.", ("AZE", "ARM", "17")),
        ("Ethiopia went on the offensive against Eritrea.", ("ETH", "ERI", "19")),
        # legal action and overthrow
        ("Georgia brought a case against Russia at the European court.", ("GEO", "RUS", "11")),
        ("A Belarusian court handed down a ten-year sentence to the opposition activist.", ("BLR", "BLR", "17")),
        ("The army toppled the elected government of Guinea.", ("GIN", "GIN", "18")),
        ("Britain took Iceland to court over the bank deposits.", ("GBR", "ISL", "11")),
        # demands
        ("France pushed for tougher sanctions on Iran.", ("FRA", "IRN", "10")),
        # fourth group: welcome, settling, funding, conceding, stonewalling, readiness, borders, abduction
        ("Japan held out a hand to China after the spat over seafood.", ("JPN", "CHN", "03")),
        ("Egypt gave the Israeli prime minister a warm welcome in Sharm el-Sheikh.", ("EGY", "ISR", "04")),
        ("Peru and Chile settled their dispute over the maritime border.", ("PER", "CHL", "05")),
        ("Saudi Arabia bankrolled Egypt's budget with a new deposit.", ("SAU", "EGY", "07")),
        ("Greece gave up its objection to North Macedonia joining NATO.", ("GRC", "MKD", "08")),
        ("Iran stonewalled the European Union over the missing inspectors.", ("IRN", "EU", "12")),
        ("North Korea put its troops on combat readiness near the border.", ("PRK", None, "15")),
        ("Finland shut its border crossings with Russia.", ("FIN", "RUS", "19")),
        ("Gunmen snatched two Chinese engineers in southern Pakistan.", ("PAK", "CHN", "18")),
        # fifth group: differences buried, courtesy calls, giving way, shrugging off, cutting back, screws
        ("Armenia and Turkey buried their differences at a meeting in Zurich.", ("TUR", "ARM", "05")),
        ("The Iranian envoy paid a courtesy call on the Pakistani president.", ("IRN", "PAK", "04")),
        ("Tokyo opened a new chapter in relations with Seoul.", ("JPN", "KOR", "05")),
        ("Moldova gave way to demands from Russia over the gas debt.", ("MDA", "RUS", "08")),
        ("The Hungarian prime minister stood down after the scandal.", ("HUN", "HUN", "08")),
        ("North Korea shrugged off Japanese protests over the launch.", ("PRK", "JPN", "12")),
        ("The Netherlands cut back aid to Rwanda over the conflict in Congo.", ("NLD", "RWA", "16")),
        ("Beijing slapped a travel ban on the Canadian lawmaker.", ("CHN", "CAN", "16")),
        ("Washington turned the screws on Tehran with new oil sanctions.", ("USA", "IRN", "17")),
        ("The Emirates poured billions into Sudan's central bank.", ("ARE", "SDN", "07")),
        ("Jordan pulled its ambassador from Israel over the war.", ("JOR", "ISR", "16")),
        ("Australia shut its embassy in Kabul as the Taliban advanced.", ("AUS", "AFG", "16")),
        ("Egypt hauled the activist before a military court.", ("EGY", "EGY", "17")),
    ],
)
def test_news_idiom_codes_the_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found


def test_hit_with_sanctions_is_no_attack(nlp: Language) -> None:
    found = roots(nlp, "Washington hit Moscow with fresh sanctions over the hacking.")
    assert ("USA", "RUS", "16") in found and not any(r == "19" for _, _, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The chef poured cold water on the dough.",
        "Apple pulled the plug on its electric car project.",
        "The coach put the new signing on hold.",
        "The bouncer kicked out two drunk fans.",
        "The champion flexed his muscles before the fight.",
        "Microsoft reached out to customers affected by the outage.",
        "The striker tore up the contract with his club.",
        "The tenants walked out of the meeting with the landlord.",
        "He pointed the finger at the referee for the defeat.",
        "The museum rolled out the red carpet for the film stars.",
        "Storm clouds rained down hail on the village.",
        "The actor played host to the awards night.",
        "Fans rallied behind the team after the loss.",
        "The firefighters came to the aid of the stranded hikers.",
        "The teacher took the pupil to task over his homework.",
        "Critics took issue with the film's ending.",
        "The chef turned up the heat on the stove.",
        "The artist drew a red line across the canvas.",
        "The manager stormed out of the meeting.",
        "The investors pulled out of talks with the startup.",
        "The band put the tour on ice.",
        "The shop kept the door open to customers until midnight.",
        "The villagers joined hands to rebuild the school.",
        "The teacher called out the pupil for cheating.",
        "Fans cried foul over the penalty decision.",
        "The critic fired a broadside at the new film.",
        "The landlord put the tenants on notice.",
        "The plumber turned off the water to the flat.",
        "The team went on the offensive in the second half.",
        "The storm toppled trees across the town.",
        "Shareholders brought a lawsuit against the bank.",
        "The court handed down a ruling on the merger.",
        "The union pushed for higher wages.",
        "The farmer took his neighbour to court.",
        "The hotel gave the guests a warm welcome.",
        "The neighbours settled their dispute over the fence.",
        "A thief snatched the tourist's bag.",
        "The billionaire bankrolled the film.",
        "The old bridge gave way under the weight of the truck.",
        "The doctor paid a call on the patient.",
        "The company cut back funding for research.",
        "The mechanic turned the screws on the engine.",
        "The company poured millions into the new plant.",
        "The bank shut its branch in the village.",
        "The club hauled the player before a disciplinary panel.",
    ],
)
def test_news_idiom_outside_politics_codes_nothing(nlp: Language, text: str) -> None:
    assert not roots(nlp, text)


def test_courtesy_call_is_a_visit_not_an_appeal(nlp: Language) -> None:
    found = roots(nlp, "The Turkish foreign minister paid a courtesy call on the Iraqi president.")
    assert ("TUR", "IRQ", "04") in found and not any(r == "02" for _, _, r in found), found


def test_calling_out_troops_is_mobilisation_not_criticism(nlp: Language) -> None:
    found = roots(nlp, "Peru called out troops to guard the border with Ecuador.")
    assert ("PER", None, "15") in found and not any(r == "11" for _, _, r in found), found
