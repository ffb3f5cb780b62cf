"""How many fields an agreement covers, against the length of the record's list of fields
(the fresh-false-5 split: 'covered two fields' for three)."""

from __future__ import annotations

import pytest

from kgvn.check.compare.fieldcount import field_count

FIELDS = ["arts", "law", "flight"]


@pytest.mark.parametrize(
    ("claim", "found"),
    [
        ("the deals covered two fields", ("two fields", 2, False)),
        ("the deals covered three fields", ("three fields", 3, True)),
        ("deals in 3 key areas", ("3 key areas", 3, True)),
        ("deals in at least two areas", ("at least two areas", 2, True)),
        ("deals in more than three sectors", ("more than three sectors", 3, False)),
        ("the deals covered arts and law", None),
    ],
)
def test_field_count(claim: str, found: tuple[str, int, bool] | None) -> None:
    assert field_count(claim, FIELDS) == found


def test_no_list_no_count() -> None:
    assert field_count("the deals covered two fields", []) is None
