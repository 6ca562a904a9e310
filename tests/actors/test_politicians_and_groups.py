"""Politicians who head no government (senators, governors, candidates, party and opposition leaders),
armed and opposition groups of 1987 and 2004, intergovernmental bodies, and role words inside an
organisation's name ("Italian General Confederation of Labour" names no general)."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


def codes(text: str, date: str | None) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.code, m.sector) for m in resolve_actors(text, date=date)}


@pytest.mark.parametrize(
    ("text", "span", "date", "expected"),
    [
        ("Sam Nunn questioned the arms deal.", "Sam Nunn", "1987-05-04", ("USA", "LEG")),
        ("Michael Dukakis campaigned in Iowa.", "Michael Dukakis", "1987-06-01", ("USA", "GOV")),
        ("Neil Kinnock attacked the cabinet.", "Neil Kinnock", "1987-05-20", ("GBR", "OPP")),
        ("Adolfo Calero toured Honduras.", "Adolfo Calero", "1987-02-11", ("NIC", "REB")),
        ("Joshua Nkomo addressed the rally.", "Joshua Nkomo", "1987-03-01", ("ZWE", "OPP")),
        ("John McCain backed the bill.", "John McCain", "2004-07-01", ("USA", "LEG")),
        ("Jean-Marie Le Pen denounced the treaty.", "Jean-Marie Le Pen", "2004-05-01", ("FRA", "OPP")),
    ],
)
def test_politicians_out_of_government_on_a_date(text: str, span: str, date: str,
                                                  expected: tuple[str, str]) -> None:
    found = codes(text, date)
    assert found.get(span) == expected, found


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("John Edwards spoke in Ohio on Tuesday.", "John Edwards", "USA"),
        ("Ralph Nader appealed the ruling.", "Ralph Nader", "USA"),
        ("Abdul Aziz al-Hakim met the ayatollah.", "Abdul Aziz al-Hakim", "IRQ"),
        ("Yunus Qanuni conceded the vote.", "Yunus Qanuni", "AFG"),
    ],
)
def test_politicians_in_undated_text(text: str, span: str, code: str) -> None:
    found = codes(text, None)
    assert found.get(span, (None,))[0] == code, found


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Amal militiamen shelled the camps.", "Amal", "LBN"),
        ("SWAPO guerrillas crossed the border.", "SWAPO", "NAM"),
        ("The FMLN rejected the offer.", "FMLN", "SLV"),
        ("RENAMO fighters raided the town.", "RENAMO", "MOZ"),
        ("The Free Aceh Movement denied it.", "Free Aceh Movement", "IDN"),
        ("Hizbul Mujahideen claimed the blast.", "Hizbul Mujahideen", "IND"),
        ("The Contadora group met in Panama.", "Contadora group", "IGO"),
        ("The ILO criticised the law.", "ILO", "UN"),
    ],
)
def test_groups_and_bodies(text: str, span: str, expected: str) -> None:
    found = codes(text, "1987-03-01")
    assert any(t.startswith(span) and code == expected for t, (code, _) in found.items()), found


def test_role_word_inside_an_organisation_name_is_no_role() -> None:
    found = codes("The Italian General Confederation of Labour called a strike.", "2004-03-01")
    assert found.get("Italian") == ("ITA", None), found
    assert not any(sector == "MIL" for _, sector in found.values()), found


def test_role_word_before_a_name_still_counts() -> None:
    found = codes("Italian General Rossi inspected the base.", "2004-03-01")
    assert any(code == "ITA" and sector == "MIL" for code, sector in found.values()), found


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # undated: the office whose spell overlaps those of the other people named
        ("Wolfowitz met Colin Powell and Rumsfeld at the Pentagon.", "Wolfowitz", "USA"),
        ("Lieberman praised Kerry on the campaign trail.", "Lieberman", "USA"),
        # no other person named: the latest office, as before
        ("Wolfowitz flew to Jakarta.", "Wolfowitz", "WB"),
    ],
)
def test_undated_text_reads_a_person_in_the_era_of_the_others(text: str, span: str, code: str) -> None:
    found = codes(text, None)
    assert found.get(span, (None,))[0] == code, found


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Nokia opened a plant in Chennai.", "Nokia", ("FIN", "BUS")),
        ("Gazprom cut supplies to Kiev.", "Gazprom", ("RUS", "BUS")),
        ("Petrobras raised output.", "Petrobras", ("BRA", "BUS")),
    ],
)
def test_major_companies_take_their_home_country(text: str, span: str, expected: tuple[str, str]) -> None:
    assert codes(text, "2004-06-01").get(span) == expected


def test_a_country_and_its_described_company_are_one_actor() -> None:
    found = codes("Mexico's national oil monopoly Pemex signed a deal with Cuba.", "2004-06-01")
    assert found.get("Mexico's national oil monopoly Pemex") == ("MEX", "BUS"), found


@pytest.mark.parametrize(
    ("text", "span", "date", "code"),
    [
        ("Gerald Corrigan warned the banks.", "Gerald Corrigan", "1987-04-01", "USA"),
        ("Kjell-Olof Feldt presented the budget.", "Kjell-Olof Feldt", "1987-01-12", "SWE"),
        ("Zheng Tuobin signed the protocol.", "Zheng Tuobin", "1987-05-06", "CHN"),
        ("Magnus Malan defended the raid.", "Magnus Malan", "1987-05-25", "ZAF"),
        ("Arne Oien told OPEC ministers.", "Arne Oien", "1987-06-25", "NOR"),
        ("Hazim Shaalan vowed to crush the rebels.", "Hazim Shaalan", "2004-09-02", "IRQ"),
        ("Mark Kimmitt described the raid.", "Mark Kimmitt", "2004-04-10", "USA"),
        ("Jan Pronk urged Khartoum to act.", "Jan Pronk", "2004-08-05", "UN"),
        ("Surakiart Sathirathai flew to Hanoi.", "Surakiart Sathirathai", "2004-10-07", "THA"),
        ("Gulbuddin Hekmatyar called for jihad.", "Gulbuddin Hekmatyar", "2004-03-01", "AFG"),
    ],
)
def test_ministers_and_central_bankers_of_the_periods(text: str, span: str, date: str, code: str) -> None:
    found = codes(text, date)
    assert found.get(span, (None,))[0] == code, found


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The CDU and the SPD agreed on a coalition.", "CDU", "DEU"),
        ("Japan's ruling LDP lost seats in the upper house.", "LDP", "JPN"),
        ("The Kuomintang accused the president of rigging the vote.", "Kuomintang", "TWN"),
        ("The opposition MDC boycotted the vote in Harare.", "MDC", "ZWE"),
        ("The Awami League called a general strike.", "Awami League", "BGD"),
        ("United Russia won a majority in the Duma.", "United Russia", "RUS"),
    ],
)
def test_parties_that_belong_to_one_country(text: str, span: str, code: str) -> None:
    assert codes(text, None).get(span, (None, None))[0] == code


def test_a_labour_minister_is_no_party(text: str = "India's Labour Minister met union leaders.") -> None:
    assert all(c != "GBR" for c, _ in codes(text, None).values())
