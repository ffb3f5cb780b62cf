"""'offered X's services as a bridge': an offer to serve as one, the one who serves kept
(blind-dev-d: 'Chinh and President Cuong each offered Vietnam's services as a bridge …')."""

from __future__ import annotations

import pytest

from kgvn.check.backing import _rephrase


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
