"""Build the PLOVER-type probe set (own sentences) in gold format: probe/plover_probe.jsonl."""
import csv
import json
from pathlib import Path

HERE = Path(__file__).parent
CODES = {r["cameo_code"]: r for r in csv.DictReader(open(HERE / "../../shared/reference/cameo_codes.csv"))}

R = "recip"
# (type, date, text, [(source, target, cameo[, recip])])
P = [
 # AGREE
 ("AGREE", "2004-03-02", "Japan pledged $500 million in reconstruction aid to Iraq on Tuesday.", [("JPN", "IRQ", "0331")]),
 ("AGREE", "2004-06-10", "Iran agreed to resume talks with the European Union over its nuclear program.", [("IRN", "EU", "036")]),
 ("AGREE", "2023-05-04", "China offered to mediate between Russia and Ukraine.", [("CHN", "RUS", "039"), ("CHN", "UKR", "039")]),
 ("AGREE", "2004-09-21", "The Philippines vowed to cooperate with Indonesia in the fight against piracy.", [("PHL", "IDN", "031")]),
 ("AGREE", "2023-02-14", "Germany promised to send more air-defence systems to Ukraine.", [("DEU", "UKR", "0332")]),
 ("AGREE", "2004-01-05", "Pakistan expressed willingness to resume dialogue with India.", [("PAK", "IND", "036")]),
 ("AGREE", "2023-08-20", "The United States committed to providing humanitarian assistance to Sudan.", [("USA", "SDN", "0333")]),
 ("AGREE", "2023-11-01", "Turkey offered to host peace talks between Armenia and Azerbaijan.", [("TUR", "ARM", "036"), ("TUR", "AZE", "036")]),
 # CONSULT
 ("CONSULT", "2004-12-08", "President Bush met Pakistani President Pervez Musharraf at the White House on Wednesday.", [("USA", "PAK", "040", R)]),
 ("CONSULT", "2023-03-10", "Chinese Foreign Minister Wang Yi held talks with his Saudi counterpart in Riyadh.", [("CHN", "SAU", "040", R)]),
 ("CONSULT", "2023-06-21", "Indian Prime Minister Narendra Modi arrived in Washington for a state visit.", [("IND", "USA", "042")]),
 ("CONSULT", "2023-10-05", "Biden spoke by phone with Turkish President Recep Tayyip Erdogan on Friday.", [("USA", "TUR", "041", R)]),
 ("CONSULT", "2004-05-18", "Iranian negotiators met British, French and German diplomats in Paris.", [("IRN", "GBR", "040", R), ("IRN", "FRA", "040", R), ("IRN", "DEU", "040", R)]),
 ("CONSULT", "2004-07-12", "Indonesian President Megawati Sukarnoputri visited Australia on Monday.", [("IDN", "AUS", "042")]),
 ("CONSULT", "2023-09-13", "Russia hosted North Korean leader Kim Jong Un at a space launch site.", [("RUS", "PRK", "043")]),
 ("CONSULT", "2004-02-03", "Egypt mediated between Israel and the Palestinians over the Gaza withdrawal.", [("EGY", "ISR", "045"), ("EGY", "PSE", "045")]),
 ("CONSULT", "2023-04-18", "Saudi Arabia negotiated with Houthi leaders in Sanaa this week.", [("SAU", "YEM", "046", R)]),
 # SUPPORT
 ("SUPPORT", "2004-09-22", "France endorsed Germany's bid for a permanent seat on the Security Council.", [("FRA", "DEU", "051")]),
 ("SUPPORT", "2004-03-15", "Britain praised Pakistan for its cooperation in the war on terror.", [("GBR", "PAK", "051")]),
 ("SUPPORT", "2023-03-26", "Honduras established diplomatic relations with China on Sunday.", [("HND", "CHN", "054", R)]),
 ("SUPPORT", "2020-09-15", "Israel and the United Arab Emirates signed a normalization agreement at the White House.", [("ISR", "ARE", "057", R)]),
 ("SUPPORT", "2004-10-07", "Japan apologized to China for the wartime atrocities.", [("JPN", "CHN", "055")]),
 ("SUPPORT", "2023-02-24", "The European Union expressed solidarity with Ukraine on the anniversary of the invasion.", [("EU", "UKR", "051")]),
 ("SUPPORT", "2004-11-23", "Poland backed the Ukrainian opposition in the disputed election.", [("POL", "UKR", "051")]),
 ("SUPPORT", "2008-02-18", "The United States formally recognized Kosovo as an independent state.", [("USA", "XKX", "054")]),
 ("SUPPORT", "2023-07-11", "Turkey endorsed Sweden's bid to join NATO.", [("TUR", "SWE", "051")]),
 # COOPERATE
 ("COOPERATE", "2023-07-20", "Russian and Chinese warships held joint naval exercises in the Sea of Japan.", [("RUS", "CHN", "062", R)]),
 ("COOPERATE", "2004-08-30", "Jordan extradited two suspects to Iraq on Monday.", [("JOR", "IRQ", "063")]),
 ("COOPERATE", "2023-04-11", "The United States and the Philippines began their largest joint military drills.", [("USA", "PHL", "062", R)]),
 ("COOPERATE", "2004-04-06", "Britain shared intelligence with France about the plot.", [("GBR", "FRA", "064")]),
 ("COOPERATE", "2023-06-15", "India imported record amounts of crude oil from Russia in May.", [("IND", "RUS", "061")]),
 ("COOPERATE", "2004-10-19", "Spanish police cooperated with Moroccan authorities to break up the cell.", [("ESP", "MAR", "063", R)]),
 ("COOPERATE", "2023-09-26", "Turkey and Azerbaijan launched joint military exercises on Monday.", [("TUR", "AZE", "062", R)]),
 ("COOPERATE", "2023-11-14", "Egypt and Sudan stepped up security cooperation along their border.", [("EGY", "SDN", "062", R)]),
 # AID
 ("AID", "2023-12-27", "The United States provided $250 million in military aid to Ukraine.", [("USA", "UKR", "072")]),
 ("AID", "2005-01-03", "Japan gave Sri Lanka $80 million in emergency relief after the tsunami.", [("JPN", "LKA", "073")]),
 ("AID", "2023-03-20", "China extended a $2 billion loan to Pakistan.", [("CHN", "PAK", "071")]),
 ("AID", "2023-02-08", "Britain sent tents and blankets to earthquake victims in Turkey.", [("GBR", "TUR", "073")]),
 ("AID", "2004-08-05", "The United Nations airlifted food to refugees in Darfur.", [("UN", "SDN", "073")]),
 ("AID", "2023-03-28", "Germany delivered Leopard tanks to Ukraine.", [("DEU", "UKR", "072")]),
 ("AID", "2019-01-12", "Canada granted asylum to a Saudi teenager who fled her family.", [("CAN", "SAU", "075")]),
 ("AID", "2022-10-20", "Iran supplied drones to Russia for use in Ukraine.", [("IRN", "RUS", "072")]),
 ("AID", "2004-05-25", "Saudi Arabia donated $50 million to the Palestinian Authority.", [("SAU", "PSE", "071")]),
 # RETREAT
 ("RETREAT", "2023-11-24", "Israel released 39 Palestinian prisoners on Friday.", [("ISR", "PSE", "0841")]),
 ("RETREAT", "2005-04-26", "Syria withdrew its last troops from Lebanon.", [("SYR", "LBN", "0874")]),
 ("RETREAT", "2023-10-18", "The United States eased sanctions on Venezuela's oil sector.", [("USA", "VEN", "085")]),
 ("RETREAT", "2023-11-24", "Israel and Hamas began a four-day truce on Friday.", [("ISR", "PSE", "0871", R)]),
 ("RETREAT", "2004-02-27", "Libya allowed UN inspectors into its nuclear facilities.", [("LBY", "UN", "0862")]),
 ("RETREAT", "2010-06-20", "Israel eased its blockade of Gaza.", [("ISR", "PSE", "0872")]),
 ("RETREAT", "2023-12-14", "Russia returned 11 Ukrainian children to Ukraine.", [("RUS", "UKR", "0841")]),
 ("RETREAT", "2004-06-28", "Iran freed eight British sailors.", [("IRN", "GBR", "0841")]),
 ("RETREAT", "2016-01-16", "Washington lifted economic sanctions against Iran.", [("USA", "IRN", "085")]),
 # CONCEDE
 ("CONCEDE", "2003-11-23", "Georgian President Eduard Shevardnadze resigned after weeks of street protests.", [("GEO", "GEO", "0831")]),
 ("CONCEDE", "2005-03-24", "The Kyrgyz government gave in to the opposition's demands.", [("KGZ", "KGZ", "083")]),
 ("CONCEDE", "2023-07-10", "Turkey dropped its objection to Sweden's NATO membership.", [("TUR", "SWE", "080")]),
 ("CONCEDE", "2006-04-24", "King Gyanendra handed over power to Nepal's parliament.", [("NPL", "NPL", "0831")]),
 ("CONCEDE", "2004-10-22", "Iran yielded to pressure from the European Union and suspended uranium enrichment.", [("IRN", "EU", "080")]),
 ("CONCEDE", "2023-05-30", "China lifted its ban on Australian timber.", [("CHN", "AUS", "081")]),
 ("CONCEDE", "2004-12-01", "Kuchma backed down and accepted the opposition's demand for a new vote.", [("UKR", "UKR", "083")]),
 ("CONCEDE", "2022-04-09", "Pakistani Prime Minister Imran Khan conceded defeat to the opposition.", [("PAK", "PAK", "080")]),
 # REQUEST
 ("REQUEST", "2023-09-18", "Iran demanded that the United States release its frozen assets.", [("IRN", "USA", "100")]),
 ("REQUEST", "2022-03-01", "Ukraine demanded the withdrawal of Russian troops from its territory.", [("UKR", "RUS", "1056")]),
 ("REQUEST", "2006-02-26", "Thai protesters demanded the resignation of Prime Minister Thaksin Shinawatra.", [("THA", "THA", "1041")]),
 ("REQUEST", "2005-04-10", "China demanded an apology from Japan over the textbooks.", [("CHN", "JPN", "100")]),
 ("REQUEST", "2004-07-30", "The Security Council demanded that Sudan disarm the Janjaweed militias.", [("UN", "SDN", "100")]),
 ("REQUEST", "2020-07-21", "Beijing ordered Washington to close the U.S. consulate in Chengdu.", [("CHN", "USA", "100")]),
 ("REQUEST", "2004-11-15", "The United States insisted that North Korea dismantle its nuclear program.", [("USA", "PRK", "100")]),
 ("REQUEST", "2023-10-30", "Jordan demanded an immediate ceasefire from Israel.", [("JOR", "ISR", "1056")]),
 # ACCUSE
 ("ACCUSE", "2004-05-06", "Pakistan accused India of sponsoring terrorism in Kashmir.", [("PAK", "IND", "112")]),
 ("ACCUSE", "2023-09-20", "China condemned the US arms sale to Taiwan.", [("CHN", "USA", "111")]),
 ("ACCUSE", "2004-04-02", "Russia criticized NATO's expansion into the Baltic states.", [("RUS", "NATO", "111")]),
 ("ACCUSE", "2023-06-06", "Ukraine blamed Russia for the destruction of the Kakhovka dam.", [("UKR", "RUS", "112")]),
 ("ACCUSE", "2023-01-10", "Iran summoned the British ambassador over the execution remarks.", [("IRN", "GBR", "114")]),
 ("ACCUSE", "2004-03-18", "The European Union filed a complaint against the United States at the World Trade Organization.", [("EU", "USA", "114")]),
 ("ACCUSE", "2019-01-24", "Venezuela denounced the United States for meddling in its affairs.", [("VEN", "USA", "111")]),
 ("ACCUSE", "2023-08-02", "Niger's junta accused France of plotting a military intervention.", [("NER", "FRA", "112")]),
 # REJECT
 ("REJECT", "2023-12-08", "The United States vetoed a Security Council resolution demanding a ceasefire in Gaza.", [("USA", "UN", "129")]),
 ("REJECT", "2004-08-12", "North Korea rejected South Korea's offer of talks.", [("PRK", "KOR", "125")]),
 ("REJECT", "2004-09-20", "Iran rejected the European proposal on its nuclear programme.", [("IRN", "EU", "127")]),
 ("REJECT", "2003-03-01", "Turkey refused to let US troops use its territory.", [("TUR", "USA", "120")]),
 ("REJECT", "2014-07-15", "Hamas turned down the Egyptian ceasefire proposal.", [("PSE", "EGY", "127")]),
 ("REJECT", "2023-07-12", "China dismissed the Philippines' claims in the South China Sea.", [("CHN", "PHL", "120")]),
 ("REJECT", "2004-06-14", "Syria rebuffed American demands to close the offices of militant groups.", [("SYR", "USA", "123")]),
 ("REJECT", "2023-03-02", "India declined an invitation from Pakistan to attend the summit.", [("IND", "PAK", "125")]),
 # THREATEN
 ("THREATEN", "2023-08-10", "North Korea threatened to strike US bases in Guam.", [("PRK", "USA", "138")]),
 ("THREATEN", "2004-05-11", "The United States threatened Syria with sanctions.", [("USA", "SYR", "1312")]),
 ("THREATEN", "2022-06-01", "Turkey threatened to block Finland's NATO bid.", [("TUR", "FIN", "130")]),
 ("THREATEN", "2023-04-09", "Iran warned Israel against any attack on its nuclear sites.", [("IRN", "ISR", "138")]),
 ("THREATEN", "2006-01-02", "Russia threatened to cut gas supplies to Ukraine.", [("RUS", "UKR", "1311")]),
 ("THREATEN", "2004-10-05", "The European Union gave Serbia an ultimatum to hand over war crimes suspects.", [("EU", "SRB", "139")]),
 ("THREATEN", "2019-05-30", "Washington threatened to impose tariffs on Mexican goods.", [("USA", "MEX", "1312")]),
 ("THREATEN", "2023-01-15", "China warned Taiwan that independence means war.", [("CHN", "TWN", "138")]),
 # SANCTION
 ("SANCTION", "2018-03-14", "Britain expelled 23 Russian diplomats.", [("GBR", "RUS", "161")]),
 ("SANCTION", "2021-08-24", "Algeria severed diplomatic ties with Morocco.", [("DZA", "MAR", "161")]),
 ("SANCTION", "2016-01-03", "Saudi Arabia cut diplomatic relations with Iran.", [("SAU", "IRN", "161")]),
 ("SANCTION", "2013-10-09", "The United States suspended military aid to Egypt.", [("USA", "EGY", "1622")]),
 ("SANCTION", "2004-11-02", "The Palestinians broke off talks with Israel.", [("PSE", "ISR", "164")]),
 ("SANCTION", "2023-08-25", "Niger's junta expelled the French ambassador.", [("NER", "FRA", "161")]),
 ("SANCTION", "2005-07-29", "Washington cut off aid to Uzbekistan.", [("USA", "UZB", "162")]),
 ("SANCTION", "2023-09-19", "Canada expelled an Indian diplomat over the killing of a Sikh leader.", [("CAN", "IND", "161")]),
 ("SANCTION", "2017-06-05", "Qatar recalled its ambassador from Egypt.", [("QAT", "EGY", "161")]),
 ("SANCTION", "2023-07-03", "China imposed export controls on gallium sold to the United States.", [("CHN", "USA", "163")]),
 ("SANCTION", "2018-03-08", "The United States imposed tariffs on Chinese steel.", [("USA", "CHN", "163")]),
 ("SANCTION", "2004-06-24", "The European Union imposed an arms embargo on Sudan.", [("EU", "SDN", "163")]),
 # MOBILIZE
 ("MOBILIZE", "2021-12-10", "Russia massed troops on the Ukrainian border.", [("RUS", "UKR", "154")]),
 ("MOBILIZE", "2023-04-08", "China staged military drills near Taiwan.", [("CHN", "TWN", "150")]),
 ("MOBILIZE", "2002-01-02", "Pakistan put its armed forces on high alert along the border with India.", [("PAK", "IND", "152")]),
 ("MOBILIZE", "2020-09-12", "India deployed additional troops along its border with China.", [("IND", "CHN", "154")]),
 ("MOBILIZE", "2004-04-06", "Iran held large naval exercises in the Persian Gulf.", [("IRN", None, "150")]),
 ("MOBILIZE", "2022-12-26", "Serbia raised the combat readiness of its army near the border with Kosovo.", [("SRB", "XKX", "152")]),
 ("MOBILIZE", "2023-12-29", "Britain sent a warship to Guyana.", [("GBR", "GUY", "154")]),
 ("MOBILIZE", "2023-07-12", "North Korea test-fired a long-range ballistic missile on Wednesday.", [("PRK", None, "150")]),
 ("MOBILIZE", "2020-09-27", "Armenia mobilized its army after clashes with Azerbaijan.", [("ARM", "AZE", "154")]),

 # second batch: modern and varied wording
 ("AGREE", "2023-01-11", "Britain announced it would send Challenger tanks to Ukraine.", [("GBR", "UKR", "0332")]),
 ("AGREE", "2023-06-05", "Saudi Arabia said it was ready to restore ties with Syria.", [("SAU", "SYR", "030")]),
 ("AGREE", "2004-11-14", "Israel agreed to let Palestinians in East Jerusalem vote in the election.", [("ISR", "PSE", "030")]),
 ("AGREE", "2022-07-22", "Russia and Ukraine agreed to resume grain exports from Black Sea ports.", [("RUS", "UKR", "031", R)]),
 ("AGREE", "2023-10-12", "Qatar proposed a prisoner exchange between Israel and Hamas.", [("QAT", "ISR", "030"), ("QAT", "PSE", "030")]),
 ("CONSULT", "2023-11-15", "Xi Jinping and Joe Biden held a summit near San Francisco.", [("CHN", "USA", "040", R)]),
 ("CONSULT", "2004-01-20", "The Saudi foreign minister flew to Damascus for talks with Syrian officials.", [("SAU", "SYR", "042")]),
 ("CONSULT", "2023-02-20", "Biden made a surprise visit to Kyiv on Monday.", [("USA", "UKR", "042")]),
 ("CONSULT", "2023-05-19", "Zelensky held a call with the Indian prime minister.", [("UKR", "IND", "041", R)]),
 ("CONSULT", "2004-09-28", "Musharraf received the Afghan president in Islamabad.", [("PAK", "AFG", "043")]),
 ("SUPPORT", "2023-09-10", "The African Union welcomed Morocco's offer of help after the earthquake.", [("AU", "MAR", "051")]),
 ("SUPPORT", "2024-05-28", "Spain and Ireland formally recognized a Palestinian state.", [("ESP", "PSE", "054"), ("IRL", "PSE", "054")]),
 ("SUPPORT", "2023-06-30", "Indonesia voiced support for Palestinian statehood.", [("IDN", "PSE", "051")]),
 ("SUPPORT", "2004-10-14", "Australia threw its weight behind Japan's bid for a Security Council seat.", [("AUS", "JPN", "051")]),
 ("SUPPORT", "2022-11-09", "Poland signed a defence pact with South Korea.", [("POL", "KOR", "057", R)]),
 ("SUPPORT", "2023-04-26", "Seoul reaffirmed its support for Washington's policy on North Korea.", [("KOR", "USA", "051")]),
 ("AGREE", "2023-03-16", "Japan and South Korea agreed to resume security cooperation.", [("JPN", "KOR", "0312", R)]),
 ("COOPERATE", "2023-01-18", "Chinese and South African warships conducted naval drills off Durban.", [("CHN", "ZAF", "062", R)]),
 ("COOPERATE", "2004-07-07", "Italy handed over two terrorism suspects to Algeria.", [("ITA", "DZA", "063")]),
 ("COOPERATE", "2023-05-02", "Germany bought natural gas from Norway to replace Russian supplies.", [("DEU", "NOR", "061")]),
 ("COOPERATE", "2004-03-03", "Pakistani troops worked with American forces to hunt al-Qaeda fighters.", [("PAK", "USA", "062", R)]),
 ("COOPERATE", "2023-02-02", "The United States gained access to four more military bases in the Philippines.", [("USA", "PHL", "062")]),
 ("AID", "2023-05-31", "The IMF disbursed $3 billion to Egypt.", [("IMF", "EGY", "071")]),
 ("AID", "2023-02-07", "India dispatched relief supplies and rescue teams to Turkey.", [("IND", "TUR", "073")]),
 ("AID", "2004-12-29", "Australia rushed medical teams to Indonesia after the tsunami.", [("AUS", "IDN", "073")]),
 ("RETREAT", "2023-10-21", "Egypt opened the Rafah crossing to let aid trucks into Gaza.", [("EGY", "PSE", "0863")]),
 ("AID", "2024-04-24", "The United States unveiled a new package of weapons for Taiwan.", [("USA", "TWN", "072")]),
 ("AID", "2004-09-15", "The World Food Programme distributed food rations to refugees in Chad.", [("UN", "TCD", "073")]),
 ("RETREAT", "2023-01-08", "Russia and Ukraine exchanged dozens of prisoners of war.", [("RUS", "UKR", "0841", R)]),
 ("RETREAT", "2021-08-30", "The United States completed its withdrawal from Afghanistan.", [("USA", "AFG", "0874")]),
 ("RETREAT", "2004-06-21", "Ukraine pulled its troops out of Iraq.", [("UKR", "IRQ", "0874")]),
 ("RETREAT", "2023-11-07", "Sudanese paramilitary forces handed over prisoners to the Red Cross.", [("SDN", "NGO", "0841")]),
 ("RETREAT", "2019-03-22", "Washington scrapped tariffs on Canadian steel.", [("USA", "CAN", "085")]),
 ("RETREAT", "2004-05-10", "Israeli forces pulled back from the Rafah refugee camp.", [("ISR", "PSE", "0874")]),
 ("CONCEDE", "2022-07-14", "Sri Lankan President Gotabaya Rajapaksa stepped down after mass protests.", [("LKA", "LKA", "0831")]),
 ("CONCEDE", "2023-03-27", "Netanyahu paused the judicial overhaul after mass protests.", [("ISR", "ISR", "080")]),
 ("CONCEDE", "2004-12-20", "The Nepalese government granted an amnesty to Maoist rebels.", [("NPL", "NPL", "083")]),
 ("CONCEDE", "2023-01-30", "Hungary withdrew its veto of the EU aid package.", [("HUN", "EU", "080")]),
 ("REQUEST", "2023-11-04", "Turkey demanded that Israel halt its bombardment of Gaza.", [("TUR", "ISR", "1056")]),
 ("REQUEST", "2004-08-19", "Iraqi cleric Moqtada al-Sadr demanded the withdrawal of American troops from Najaf.", [("IRQ", "USA", "1056")]),
 ("REQUEST", "2023-08-07", "The West African bloc ECOWAS demanded the reinstatement of Niger's ousted president.", [("IGO", "NER", "104")]),
 ("REQUEST", "2004-02-09", "Washington pressed Pyongyang to abandon its nuclear weapons.", [("USA", "PRK", "100")]),
 ("SANCTION", "2023-11-02", "Jordan recalled its ambassador from Israel in protest at the war in Gaza.", [("JOR", "ISR", "161")]),
 ("ACCUSE", "2023-05-25", "Russia lashed out at Germany over arms deliveries to Ukraine.", [("RUS", "DEU", "111")]),
 ("ACCUSE", "2004-10-29", "Syria charged that Israel had violated its airspace.", [("SYR", "ISR", "112")]),
 ("ACCUSE", "2023-04-03", "Beijing hit out at Washington over the Taiwan president's visit.", [("CHN", "USA", "111")]),
 ("ACCUSE", "2023-02-21", "Moscow slammed the new European sanctions as illegal.", [("RUS", "EU", "111")]),
 ("REJECT", "2023-09-13", "Ukraine ruled out ceding territory to Russia.", [("UKR", "RUS", "124")]),
 ("REJECT", "2004-07-21", "Israel rejected the ruling of the International Court of Justice on the barrier.", [("ISR", "IGO", "120")]),
 ("REJECT", "2023-02-20", "Russia blocked a UN statement on Ukraine.", [("RUS", "UN", "120")]),
 ("REJECT", "2023-06-19", "Iran refused to allow IAEA inspectors into the Fordow site.", [("IRN", "IGO", "1246")]),
 ("THREATEN", "2023-01-18", "Turkey warned Sweden that it would not approve its NATO membership.", [("TUR", "SWE", "130")]),
 ("THREATEN", "2004-03-31", "Iraqi insurgents threatened to kill Japanese hostages unless Japan withdrew its troops.", [("IRQ", "JPN", "138")]),
 ("THREATEN", "2023-10-13", "Hezbollah threatened Israel with a new front in the north.", [("LBN", "ISR", "138")]),
 ("THREATEN", "2022-09-21", "Putin threatened the West with nuclear weapons.", [("RUS", "WST", "1385")]),
 ("THREATEN", "2023-03-14", "The EU threatened Georgia with the loss of visa-free travel.", [("EU", "GEO", "131")]),
 ("SANCTION", "2023-12-12", "Washington blacklisted three Chinese companies over drone exports to Russia.", [("USA", "CHN", "163")]),
 ("SANCTION", "2022-08-05", "China suspended climate talks with the United States after Pelosi's visit to Taiwan.", [("CHN", "USA", "164")]),
 ("SANCTION", "2023-08-01", "Russia declared two American diplomats persona non grata.", [("RUS", "USA", "161")]),
 ("SANCTION", "2017-06-05", "Saudi Arabia closed its border with Qatar.", [("SAU", "QAT", "160")]),
 ("SANCTION", "2023-07-17", "Russia pulled out of the Black Sea grain deal.", [("RUS", None, "160")]),
 ("SANCTION", "2023-10-24", "The Netherlands restricted exports of chip-making machines to China.", [("NLD", "CHN", "163")]),
 ("SANCTION", "2004-05-14", "The United States banned most exports to Syria.", [("USA", "SYR", "163")]),
 ("MOBILIZE", "2022-09-21", "Russia ordered a partial mobilization of its reservists.", [("RUS", None, "154")]),
 ("MOBILIZE", "2023-04-10", "China simulated strikes on Taiwan during three days of military exercises.", [("CHN", "TWN", "150")]),
 ("MOBILIZE", "2023-08-14", "Nigeria readied troops for a possible intervention in Niger.", [("NGA", "NER", "154")]),
 ("MOBILIZE", "2004-09-09", "India conducted a missile test off its eastern coast.", [("IND", None, "150")]),
 ("MOBILIZE", "2023-10-08", "The Pentagon ordered an aircraft carrier to the eastern Mediterranean.", [("USA", None, "154")]),
 ("MOBILIZE", "2004-03-22", "Taiwan put its military on alert after the election shooting.", [("TWN", None, "152")]),
]


def main() -> None:
    out = open(HERE / "plover_probe.jsonl", "w")
    for i, (ty, date, text, evs) in enumerate(P):
        events = []
        for ev in evs:
            s, t, code = ev[:3]
            pairs = [(s, t), (t, s)] if len(ev) > 3 else [(s, t)]
            row = CODES[code]
            assert row["plover_event"] == ty or ty == "SANCTION" and row["plover_event"] == "COERCE", (text, code)
            for a, b in pairs:
                events.append({"source": a, "target": b, "root": code[:2], "cameo": code,
                               "plover": row["plover_event"], "quad": int(row["quadclass_gdelt"])})
        out.write(json.dumps({"id": f"probe:{i}", "set": "probe", "text": text, "date": date,
                              "events": events, "events_annotated": True, "probe_type": ty}) + "\n")
    print(len(P), "sentences")


if __name__ == "__main__":
    main()
