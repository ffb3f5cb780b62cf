"""Set phrases of offering and raising: 'offered X's services as a bridge' is an offer to serve as
one, the one who serves kept; 'raised the X issue' is mentioning it
(blind-dev-d: 'Chinh and President Cuong each offered Vietnam's services as a bridge …')."""

from __future__ import annotations

import pytest

from kgvn.check.compare.backing import _rephrase


@pytest.mark.parametrize(
    ("folded", "read"),
    [
        ("ann offered utopia's services as a go-between", "ann offered utopia's to serve as a go-between"),
        ("ann offers her good offices as mediator", "ann offers her to serve as mediator"),
        ("ann used utopia's services as a guide", "ann used utopia's services as a guide"),
    ],
)  # fmt: skip
def test_services_as(folded: str, read: str) -> None:
    assert _rephrase(folded) == read


@pytest.mark.parametrize(
    ("folded", "read"),
    [
        ("ann raised the fishing issue", "ann mentioned the fishing issue"),
        ("ann brought up the question of fishing", "ann mentioned fishing"),
        ("ann did not raise the fishing quotas issues", "ann did not mentioned the fishing quotas issues"),
        ("ann raised ties to a new level", "ann raised ties to a new level"),  # to raise is to lift
    ],
)  # fmt: skip
def test_raised_an_issue(folded: str, read: str) -> None:
    assert _rephrase(folded) == read
