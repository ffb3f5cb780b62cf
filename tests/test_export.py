"""Exports read back by sqlite3 and csv, record for record; the JSON Schema; the field tables."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import Kgvn, canned_store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgvn import export, models
from kgvn.errors import UsageError
from kgvn.schema import markdown_field_tables, store_json_schema
from kgvn.store import load_store, validate_store

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "facts.json"


def all_quotes(store: models.Store) -> list[tuple[str, str, str]]:
    quotes = [
        (record.id, item.source, item.quote)
        for _, _, record in store.records()
        for item in record.evidence
    ]
    for person in store.people:
        quotes += [
            (person.id, item.source, item.quote) for role in person.roles for item in role.evidence
        ]
    for conflict in store.conflicts:
        quotes += [
            (conflict.id, item.source, item.quote)
            for value in conflict.values
            for item in value.evidence
        ]
    return sorted(quotes)


def test_sqlite_holds_every_record_and_quote(tmp_path: Path) -> None:
    store = load_store(SHIPPED)
    target = tmp_path / "kgvn.db"
    export.write_sqlite(store, target)
    connection = sqlite3.connect(target)
    for collection in export.COLLECTIONS:
        ids = sorted(row[0] for row in connection.execute(f'SELECT id FROM "{collection}"'))
        assert ids == sorted(item.id for item in getattr(store, collection)), collection
    quotes = sorted(
        connection.execute("SELECT record_id, source_id, quote FROM evidence").fetchall()
    )
    assert quotes == all_quotes(store)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    row = connection.execute(
        "SELECT year_from, value_usd, measure FROM trade WHERE id = 'trade-2024'"
    ).fetchone()
    assert row == (2024, 13_500_000, "two-way-trade")
    participants = connection.execute(
        "SELECT value FROM events_participants WHERE events_id = '2025-03-06-pm-talks' ORDER BY position"
    ).fetchall()
    assert participants == [("pham-minh-chinh",), ("adylbek-kasymaliev",)]


def test_full_text_search_ignores_marks_and_finds_aliases(tmp_path: Path) -> None:
    target = tmp_path / "kgvn.db"
    export.write_sqlite(load_store(SHIPPED), target)
    connection = sqlite3.connect(target)

    def found(query: str) -> set[str]:
        return {
            row[0]
            for row in connection.execute(
                "SELECT record_id FROM search WHERE search MATCH ?", (query,)
            )
        }

    assert "adylbek-kasymaliev" in found("kasimalyev")
    assert "pham-minh-chinh" in found("chinh")
    assert "nguyen-khac-dinh" in found("dinh")


def test_an_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "kgvn.db"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(UsageError, match="already exists; use --force"):
        export.write_sqlite(load_store(SHIPPED), target)
    assert target.read_text(encoding="utf-8") == "precious"
    export.write_sqlite(load_store(SHIPPED), target, force=True)
    assert sqlite3.connect(target).execute("SELECT count(*) FROM sources").fetchone() == (5,)


def test_an_interrupted_export_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "search_rows", broken)
    with pytest.raises(KeyboardInterrupt):
        export.write_sqlite(load_store(SHIPPED), tmp_path / "kgvn.db")
    assert list(tmp_path.iterdir()) == []


def test_csv_files_parse_back_to_the_same_records(tmp_path: Path) -> None:
    store = load_store(SHIPPED)
    export.write_csv(store, tmp_path)
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["id"] for row in rows] == [event.id for event in store.events]
    assert rows[0]["date"] == store.events[0].date
    with (tmp_path / "evidence.csv").open(encoding="utf-8", newline="") as stream:
        evidence = sorted(
            (row["record_id"], row["source_id"], row["quote"]) for row in csv.DictReader(stream)
        )
    assert evidence == all_quotes(store)
    assert (tmp_path / "trade.csv").read_bytes().split(b"\r\n")[
        0
    ] == b"id,note,measure,year_from,year_to,value_usd,currency,qualifier"


def test_csv_refuses_to_overwrite(tmp_path: Path) -> None:
    export.write_csv(load_store(SHIPPED), tmp_path)
    with pytest.raises(UsageError, match="already exist"):
        export.write_csv(load_store(SHIPPED), tmp_path)


def test_the_export_commands(kgvn: Kgvn, tmp_path: Path) -> None:
    result = kgvn("export", "sqlite", str(tmp_path / "out.db"))
    assert result.exit_code == 0
    assert "wrote" in result.stderr
    assert kgvn("export", "sqlite", str(tmp_path / "out.db")).exit_code == 2
    assert kgvn("export", "sqlite", str(tmp_path / "out.db"), "--force").exit_code == 0
    assert kgvn("export", "csv", str(tmp_path / "csv")).exit_code == 0
    assert (tmp_path / "csv" / "evidence.csv").exists()


people = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzĐđăâêôơưạếỳ ", min_size=2, max_size=20).filter(
        str.strip
    ),
    min_size=1,
    max_size=4,
    unique=True,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=people,
    # Any characters at all, inside a quote that states something (two words at least).
    quote=st.text(max_size=60).map(lambda text: f"quoted {text} words"),
)
def test_round_trip_of_generated_stores(
    tmp_path_factory: pytest.TempPathFactory, names: list[str], quote: str
) -> None:
    data = canned_store()
    canned_people = len(data["people"])
    data["people"] += [
        {
            "id": f"person-{number}",
            "name": name,
            "country": "VN",
            "evidence": [{"source": "alpha", "quote": quote}],
        }
        for number, name in enumerate(names)
    ]
    every_name = sorted(person["name"] for person in data["people"])
    store = validate_store(data)
    folder = tmp_path_factory.mktemp("roundtrip")
    export.write_sqlite(store, folder / "x.db")
    connection = sqlite3.connect(folder / "x.db")
    assert sorted(row[0] for row in connection.execute("SELECT name FROM people")) == every_name
    generated = connection.execute(
        "SELECT count(*) FROM evidence WHERE quote = ? AND record_id LIKE 'person-%'", (quote,)
    ).fetchone()[0]
    assert generated == len(data["people"]) - canned_people
    export.write_csv(store, folder / "csv")
    with (folder / "csv" / "people.csv").open(encoding="utf-8", newline="") as stream:
        assert sorted(row["name"] for row in csv.DictReader(stream)) == every_name


# --- JSON Schema and field tables ----------------------------------------------------------------


def test_the_schema_validates_the_shipped_store() -> None:
    jsonschema.validate(json.loads(SHIPPED.read_text(encoding="utf-8")), store_json_schema())


@pytest.mark.parametrize("where", ["top", "record", "evidence"])
def test_the_schema_refuses_unknown_fields(where: str) -> None:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    target = {
        "top": data,
        "record": data["events"][0],
        "evidence": data["events"][0]["evidence"][0],
    }[where]
    target["surprise"] = True
    with pytest.raises(jsonschema.ValidationError, match="surprise"):
        jsonschema.validate(data, store_json_schema())


def test_the_schema_command_prints_it(kgvn: Kgvn) -> None:
    schema = json.loads(kgvn("schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False


def test_field_tables_name_every_field_of_every_model() -> None:
    tables = markdown_field_tables()
    for model in (
        models.Source,
        models.Event,
        models.Person,
        models.TradeFigure,
        models.Agreement,
        models.Conflict,
    ):
        for name in model.model_fields:
            assert f"| `{name}` |" in tables, (model.__name__, name)


def test_the_readme_field_tables_are_current() -> None:
    from kgvn.schema import readme_with_tables

    readme = (SHIPPED.parent.parent / "README.md").read_text(encoding="utf-8")
    assert readme_with_tables(readme) == readme, "run: python -m kgvn.codegen"
