"""The actor tables are valid and the CLI prints resolutions."""

from __future__ import annotations

from typer.testing import CliRunner

from multipolar.actors import tables
from multipolar.actors.table_checks import validate as validate_tables
from multipolar.cli import app


def test_tables_validate() -> None:
    assert validate_tables() == []


def test_state_sectors_are_sectors_and_the_coder_derives_its_sets_from_them() -> None:
    from multipolar.events import domestic_dyads, implied

    assert tables.STATE_SECTORS <= tables.SECTORS
    assert tables.STATE_SECTORS | {"ELI"} == implied.GOVERNING_SECTORS
    assert tables.STATE_SECTORS - {"MIL"} == domestic_dyads.CIVIL_STATE_SECTORS


def test_sector_members_are_their_strings() -> None:
    import json

    from multipolar.records import Sector

    assert Sector.GOV == "GOV" and hash(Sector.GOV) == hash("GOV")
    assert f"{Sector.REB}" == "REB" and json.dumps([Sector.CVL]) == '["CVL"]'
    assert {"GOV", "MIL"} <= tables.SECTORS and "NGO" not in tables.SECTORS


def test_sector_sets_of_the_coder_are_sectors() -> None:
    from multipolar.actors import lookup
    from multipolar.events import agents, business_acts, force_idioms, home_targets, implied, senses, unnamed

    for sectors in (agents.PARTY_SECTORS, agents.FOLLOWER_SECTORS, home_targets.HOME_SECTORS,
                    home_targets.HOME_BODY_SECTORS, business_acts.NON_POLITICAL_SPEAKERS, implied.POLITICAL_VICTIMS,
                    force_idioms.ARMED_SECTORS, senses.PEOPLE_SECTORS, senses.CAPTOR_SECTORS, senses.IRREGULAR_SECTORS,
                    unnamed.ORIGIN_PLACED, lookup.LOCATED_SECTORS):
        assert sectors <= tables.SECTORS, sorted(sectors - tables.SECTORS)


def test_tables_cover_required_offices() -> None:
    offices = tables.tenures_by_office()
    for country in ("USA", "RUS", "CHN", "GBR", "FRA"):
        for office in ("FM", "DM"):
            assert (country, office) in offices
    for country in ("IND", "BRA", "NGA", "PAK", "IRN", "TUR", "IDN", "MEX"):
        assert (country, "HOS") in offices or (country, "HOG") in offices


def test_office_holder() -> None:
    holder = tables.office_holder("DEU", "HOG", "2025-06-01")
    assert holder is not None and holder.name == "Friedrich Merz"
    holder = tables.office_holder("JPN", "HOG", "2025-11-01")
    assert holder is not None and holder.name == "Sanae Takaichi"


def test_cli_actors() -> None:
    result = CliRunner().invoke(app, ["actors", "Chinese troops entered Moscow.", "--date", "2024-01-01"])
    assert result.exit_code == 0, result.output
    assert "CHN" in result.output and "MIL" in result.output and "metonyms.tsv:Moscow" in result.output


def test_cli_rejects_bad_date() -> None:
    result = CliRunner().invoke(app, ["actors", "China", "--date", "yesterday"])
    assert result.exit_code != 0
