"""'The visit ran from May 2 to 4': a visit with no owner, known by its dates."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.whose_visit import owned_by_date
from kgvn.models import EventKind
from kgvn.records import Event, Person


def _visit(visitor: str, date: str, end: str | None = None) -> Event:
    return Event.from_json(
        {
            "id": f"{visitor}-visit",
            "date": date,
            "end": end,
            "kind": "visit",
            "title": "A visit",
            "summary": "A visit abroad.",
            "participants": [visitor],
            "evidence": [{"source": "s", "quote": "visited"}],
        }
    )


def _person(person_id: str, name: str) -> Person:
    return Person.from_json(
        {
            "id": person_id,
            "name": name,
            "country": "ut",
            "roles": [],
            "aliases": [],
            "evidence": [{"source": "s", "quote": name}],
        }
    )


VISITS = [_visit("ann-lee", "2019-05-02", "2019-05-04"), _visit("bo-tan", "2014")]
PEOPLE = {"ann-lee": _person("ann-lee", "Ann Lee"), "bo-tan": _person("bo-tan", "Bo Tan")}


def test_the_visit_of_those_dates_is_its_visitors() -> None:
    assert VISITS[0].kind is EventKind.visit
    owned = owned_by_date("The visit lasted three days, from May 2 to 4.", VISITS, PEOPLE)
    assert owned == "Ann Lee's visit lasted three days, from May 2 to 4."
    assert owned_by_date("The trip in 2014 was short.", VISITS, PEOPLE) == (
        "Bo Tan's trip in 2014 was short."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The visit lasted two days.",  # no date: any visit
        "The visit took place in 2014.",  # only its date: it would back itself
        "The visit ran from May 2 to 4.",
        "The visit ran from May 2 to 9.",  # no visit of those dates
        "The visit by Bo Tan ran from May 2 to 4.",  # already owned
        "A visit ran from May 2 to 4.",
    ],
)
def test_a_visit_the_dates_do_not_single_out_is_left_as_written(text: str) -> None:
    assert owned_by_date(text, VISITS, PEOPLE) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The visit ran from March 6 to 7.", "unverified"),  # says only when
        ("The visit lasted two days, running from the 6th to the 7th of March.", "supported"),
        (
            "The visit ran from March 6 to 7 at the invitation of Luong Cuong.",
            "contradicted",
        ),
        ("The visit ran from March 6 to 8.", "unverified"),
    ],
)
def test_a_bare_visit_on_the_record(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict
