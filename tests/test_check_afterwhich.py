"""'A, after which B': B came after A (blind-dev-d: '… sat down for talks with him, after
which the two men signed a joint statement'); read word by word it was the other order."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.frame.afterwhich import then_said
from kgvn.check.frame.sequence import order_claim
from kgvn.check.result import Verdict


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Ann met Bo, after which the two men signed a deal.", "Ann met Bo, and then they signed a deal."),
        ("Ann met Bo, following which Bo left.", "Ann met Bo, and then Bo left."),
        ("Ann met Bo, whereupon both leaders left.", "Ann met Bo, and then they left."),
        ("Ann met Bo after which time passed", "Ann met Bo after which time passed"),  # no comma
        ("Ann met Bo after the talks.", "Ann met Bo after the talks."),
    ],
)  # fmt: skip
def test_then_said(sentence: str, read: str) -> None:
    assert then_said(sentence) == read


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Ann and Bo toured the fair, and then they held the talks.", "Ann and Bo toured the fair before the talks."),
        ("Ann and Bo toured the fair, and then the two leaders held the talks.", "Ann and Bo toured the fair before the talks."),
        ("Ann and Bo toured the fair and then held the talks.", "Ann and Bo toured the fair before the talks."),
        # one named after 'then', and the one the act was done to before the event it was done at
        ("Ann and Bo held talks, and then Ann welcomed Bo at a formal ceremony.", "Ann and Bo held talks before the formal ceremony."),
        ("Ann and Bo held talks, and then Ann Lee hosted the state banquet.", "Ann and Bo held talks before the state banquet."),
    ],
)  # fmt: skip
def test_order_claim_with_doers(sentence: str, read: str) -> None:
    assert order_claim(sentence) == read


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # 'They' read as the deputy ministers' phone talks: the order of other people's acts
        ("They held talks and then toured the photo exhibition", Verdict.partly_supported),
        ("The two PMs held talks and then toured the photo exhibition", Verdict.contradicted),
        ("The two PMs toured the photo exhibition and then held talks", Verdict.supported),
    ],
)
def test_an_order_of_clauses_read_as_other_peoples_acts_is_never_supported(
    checker: Checker, sentence: str, verdict: Verdict
) -> None:
    assert checker.check(sentence).verdict is verdict


@pytest.mark.parametrize(
    ("first", "second", "order"),
    [
        ("2025-03-06-welcome-ceremony", "2025-03-06-pm-talks", "before"),  # "after the welcome ceremony"
        ("2025-03-06-pm-talks", "2025-03-06-photo-exhibition", "after"),  # "Before their talks"
        ("2025-03-06-welcome-ceremony", "2025-03-06-signing", "before"),  # through the talks
        ("2025-03-06-photo-exhibition", "2025-03-06-welcome-ceremony", None),  # both before the talks
        ("2025-02-17-phone-talks", "2025-03-06-pm-talks", "before"),  # by their dates
    ],
)  # fmt: skip
def test_the_record_orders_two_records_by_dates_or_its_own_words(
    checker: Checker, first: str, second: str, order: str | None
) -> None:
    relations = checker.pipeline.relations
    assert relations is not None
    assert relations.relate(first, second) == order


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The prime ministers signed a joint statement, and then they held talks.", Verdict.contradicted),
        ("Kasymaliev was welcomed at an official ceremony and then signed a joint statement with Chinh.", Verdict.supported),
        # the ceremony and the exhibition both came before the talks: their own order is not told
        ("They toured the photo exhibition, and then Chinh hosted Kasymaliev at the welcome ceremony", Verdict.partly_supported),
    ],
)  # fmt: skip
def test_an_order_of_clauses_is_the_order_of_their_records(
    checker: Checker, sentence: str, verdict: Verdict
) -> None:
    assert checker.check(sentence).verdict is verdict
