"""Who made a visit its date pins down ('the 2014 visit was made by X to Y'): the country
visited after 'by X', a title no one on record holds said of the one visitor, and a guest
in someone else's place at talks held on a given day, and "on the very day" another event
happened (blind-dev-a, -e and -g)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The 2009 trip was made by Nguyen Quoc Cuong to Kyrgyzstan.", "supported"),
        ("The 2009 trip was made by Nguyen Quoc Cuong to Vietnam.", "contradicted"),
        ("The 2014 visit by Abdyldaev to Kyrgyzstan was short.", "contradicted"),
        ("In 2014 a visit was paid by Abdyldaev to Vietnam.", "supported"),
    ],
)  # fmt: skip
def test_the_country_visited_after_by(checker: Checker, claim: str, verdict: str) -> None:
    """'by X' between the visit and 'to Y' no longer hides the country visited."""
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The 2014 visit was made by the Vietnamese foreign minister.", "contradicted"),
        ("A Vietnamese foreign minister made the 2014 visit.", "contradicted"),
        ("The 2023 visit was made by the chairman of the National Assembly.", "contradicted"),
        ("The 2023 visit was made by the vice chairman of the National Assembly.", "supported"),
        ("The 2009 trip was made by a Vietnamese deputy minister.", "supported"),
        # the title is not the visitor's: a host, or a visit no date pins down
        ("The 2014 visit was hosted by the Vietnamese foreign minister.", "unverified"),
        ("A visit was made by the Vietnamese foreign minister.", "unverified"),
    ],
)  # fmt: skip
def test_a_title_for_the_one_visitor(checker: Checker, claim: str, verdict: str) -> None:
    """Another country's title, or another title, for the visitor of a dated visit differs."""
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("On March 6 in Hanoi, Sadyr Japarov held talks with Pham Minh Chinh.", "contradicted"),
        ("Pham Minh Chinh held talks with Adylbek Kasymaliev on March 6.", "supported"),
        # one of the host's side, or someone the record has meet the guest another way
        ("Chinh and Luong Cuong held talks on March 6.", "unverified"),
        ("Kasymaliev held talks with To Lam on March 6.", "unverified"),
    ],
)  # fmt: skip
def test_a_guest_in_another_s_place_at_dated_talks(
    checker: Checker, claim: str, verdict: str
) -> None:
    """Talks on a given day in the host's country were with the guest on record: another
    of the guest's side in his place differs."""
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Vietnam recognised Kyrgyzstan's independence on the very day it was declared.", "contradicted"),
        ("Diplomatic relations were established on the same day as the recognition.", "contradicted"),
        ("Vietnam recognised Kyrgyzstan's independence less than four months after it was declared.", "supported"),
    ],
)  # fmt: skip
def test_the_same_day_as_another_event(checker: Checker, claim: str, verdict: str) -> None:
    """'On the very day it was declared': no time between the two events, so days apart
    differ (a date known only to its year would stay open)."""
    assert checker.check(claim).verdict.value == verdict
