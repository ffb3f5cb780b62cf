"""Loading and validating stores: every broken store is refused with a message naming the place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Kgvn, canned_store

from kgvn.errors import StoreError
from kgvn.store import load_store


def refusal(write_store: Callable[[Any], Path], data: Any) -> StoreError:
    with pytest.raises(StoreError) as caught:
        load_store(write_store(data))
    return caught.value


def all_lines(error: StoreError) -> str:
    return "\n".join([error.message, *error.details])


def test_the_canned_store_loads(store_path: Path) -> None:
    store = load_store(store_path)
    assert [source.id for source in store.sources] == ["alpha", "beta"]
    assert len(store.events) == 4


def test_an_unknown_field_is_named_with_its_record(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"][1]["colour"] = "red"
    error = refusal(write_store, data)
    assert "events[1] (1992-06-04-relations) → colour: unknown field" in error.details


def test_an_unknown_top_level_field_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["gossip"] = []
    assert "gossip: unknown field" in refusal(write_store, data).details


def test_an_impossible_date_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"][0]["date"] = "2025-13-01"
    error = refusal(write_store, data)
    assert error.details == [
        "events[0] (2025-03-06-visit) → date: '2025-13-01' is not a date: month 13 does not exist"
    ]


def test_february_30_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"][1]["date"] = "1992-02-30"
    assert "day 30 does not exist" in all_lines(refusal(write_store, data))


def test_a_padded_or_free_text_date_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"][1]["date"] = "June 1992"
    assert "events[1] (1992-06-04-relations) → date:" in all_lines(refusal(write_store, data))


def test_an_end_before_the_start_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"][0]["end"] = "2025-03-01"
    assert "events[0] (2025-03-06-visit) → end: '2025-03-01' is before date '2025-03-06'" in (
        refusal(write_store, data).details
    )


def test_duplicate_ids_are_refused_across_kinds(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["trade"][0]["id"] = "2009-cuong-visit"
    assert (
        "trade[0] (2009-cuong-visit) → id: duplicate of events[2]"
        in refusal(write_store, data).details
    )


def test_evidence_citing_an_unknown_source_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["trade"][1]["evidence"][1]["source"] = "gamma"
    assert (
        "trade[1] (trade-2023) → evidence[1].source: 'gamma' is not a registered source"
        in refusal(write_store, data).details
    )


def test_a_participant_that_resolves_to_nothing_is_refused(
    write_store: Callable[[Any], Path],
) -> None:
    data = canned_store()
    data["events"][2]["participants"] = ["nobody-at-all"]
    assert (
        "events[2] (2009-cuong-visit) → participants: 'nobody-at-all' is not a known person or organisation"
        in refusal(write_store, data).details
    )


def test_an_agreement_party_that_resolves_to_nothing_is_refused(
    write_store: Callable[[Any], Path],
) -> None:
    data = canned_store()
    data["agreements"][0]["parties"] = ["vn", "atlantis"]
    assert (
        "agreements[0] (joint-statement) → parties: 'atlantis' is not a known country or organisation"
        in (refusal(write_store, data).details)
    )


def test_empty_evidence_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["trade"][0]["evidence"] = []
    assert "trade[0] (trade-2022) → evidence:" in all_lines(refusal(write_store, data))


def test_a_missing_evidence_list_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    del data["trade"][0]["evidence"]
    assert (
        "trade[0] (trade-2022) → evidence: required field is missing"
        in refusal(write_store, data).details
    )


def test_an_empty_quote_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["trade"][0]["evidence"][0]["quote"] = ""
    assert "trade[0] (trade-2022) → evidence[0].quote:" in all_lines(refusal(write_store, data))


def test_a_negative_amount_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["trade"][0]["value_usd"] = -5
    assert "trade[0] (trade-2022) → value_usd:" in all_lines(refusal(write_store, data))


def test_an_id_that_is_not_a_slug_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["trade"][0]["id"] = "Trade 2022"
    assert "trade[0] (Trade 2022) → id:" in all_lines(refusal(write_store, data))


def test_an_unknown_kind_is_refused(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"][0]["kind"] = "party"
    assert "events[0] (2025-03-06-visit) → kind:" in all_lines(refusal(write_store, data))


def test_inference_must_name_a_real_field(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"][0]["inferred"] = [{"field": "weather", "reason": "guess"}]
    assert "'weather'" in all_lines(refusal(write_store, data))


def test_a_json_syntax_error_names_line_and_column(
    write_store: Callable[[Any], Path], tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "sources": [,]\n}', encoding="utf-8")
    with pytest.raises(StoreError, match=r"not valid JSON at line 2, column 15"):
        load_store(path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text"),
        (b"[1, 2, 3]", "the top level must be a JSON object, not an array"),
        (b'"just a string"', "the top level must be a JSON object, not a string"),
    ],
)
def test_files_that_are_not_stores(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "odd.json"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=expected):
        load_store(path)


def test_a_missing_file_says_how_to_choose_another(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store file there"):
        load_store(tmp_path / "nowhere.json")


def test_validate_prints_counts_and_exits_zero(kgvn: Kgvn) -> None:
    result = kgvn("validate")
    assert result.exit_code == 0
    assert "events\t4\n" in result.stdout
    assert "valid:" in result.stderr


def test_validate_refuses_a_broken_store_with_exit_4(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"][0]["date"] = "2025-02-30"
    result = Kgvn(write_store(data))("validate")
    assert result.exit_code == 4
    assert "invalid store (1 problem)" in result.stderr
    assert "events[0] (2025-03-06-visit) → date:" in result.stderr
    assert "Traceback" not in result.output


def test_validate_takes_a_path_argument(kgvn: Kgvn, write_store: Callable[[Any], Path]) -> None:
    other = write_store({"sources": [], "events": "nope"}, name="other.json")
    result = kgvn("validate", str(other))
    assert result.exit_code == 4
    assert "events:" in result.stderr
