"""Round 5 of issue 11's true-claim recall (fresh-true-5): year words said from the deciding
article's date, 'the same year' after a dated clause, ranks 'out of' N, a dated trip to a place
no record names, doers of a one-way act, and a whole sentence that borrows a part. Each kind has
true and false twins in dev.jsonl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.compare.anchored import anchored
from kgvn.check.compare.elsewhere import elsewhere
from kgvn.check.frame.apart import amount_tail, elided_by, joint_list
from kgvn.check.frame.clauses import actors
from kgvn.check.frame.sameyear import same_year
from kgvn.check.result import CheckResult, MatchedRecord, PartResult, Status
from kgvn.claims import parse_claim
from kgvn.records import Evidence

REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


@pytest.fixture(scope="module")
def checker() -> Checker:
    from kgvn.store import load_store

    return Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))


def _evidence(source: str) -> Evidence:
    return Evidence.from_json({"source": source, "quote": "q"})


def test_year_words_are_read_from_the_year_of_the_deciding_article() -> None:
    seen: list[int] = []

    def check(text: str, year: int) -> CheckResult:
        seen.append(year)
        verdict = Verdict.supported if year == 2025 else Verdict.unverified
        record = MatchedRecord("r", "event", "R", [_evidence("a")])
        return CheckResult(text, verdict, "Agrees.", records=[record])

    result = anchored("It grew last year.", check, 2026, {"a": "2025-03-05", "b": "2019-01-01"})
    assert result.verdict is Verdict.supported
    assert seen == [2025]
    assert "'last year' read as 2024" in result.explanation and "2025-03-05" in result.explanation


def test_a_reading_whose_records_another_year_s_article_states_does_not_count() -> None:
    def check(text: str, year: int) -> CheckResult:
        record = MatchedRecord("r", "event", "R", [_evidence("old")])
        return CheckResult(text, Verdict.supported, "Agrees.", records=[record])

    result = anchored("It grew this year.", check, 2026, {"new": "2025-03-05", "old": "2019-01-01"})
    assert "read as 2019" in result.explanation  # the old article's year decides, not 2025's


def test_no_year_words_or_no_dated_article_read_from_today() -> None:
    seen: list[int] = []

    def check(text: str, year: int) -> CheckResult:
        seen.append(year)
        return CheckResult(text, Verdict.unverified, "Open.")

    anchored("It grew in 2024.", check, 2026, {"a": "2025-03-05"})
    anchored("It grew last year.", check, 2026, {})
    assert seen == [2026, 2026]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Bilateral trade amounted to $13.5 million last year.", Verdict.supported),
        ("Bilateral trade amounted to $7.5 million last year.", Verdict.contradicted),
        ("Kasymaliev paid an official visit to Vietnam in March this year.", Verdict.supported),
        ("Kasymaliev paid an official visit to Vietnam in March last year.", Verdict.contradicted),
    ],
)
def test_year_words_on_the_real_store(checker: Checker, claim: str, expected: Verdict) -> None:
    result = checker.check(claim)
    assert result.verdict is expected, result.explanation
    assert "from the date of the article that states it" in result.explanation


def test_the_same_year_takes_the_year_an_earlier_clause_gave() -> None:
    assert same_year("relations were set up the same year", 1991) == "relations were set up in 1991"
    assert same_year("it was recognised on December 27 the same year", 1991).endswith(
        "December 27, 1991"
    )
    # its own year, or an event of its own after the words, is left as written
    assert same_year("it was set up in 1992 the same year", 1991).endswith("the same year")
    assert same_year("recognised the same year it was declared", 1991).endswith("declared")


@pytest.mark.parametrize(
    ("text", "rank", "out_of"),
    [
        ("Kyrgyzstan is the 83rd-largest investor in Vietnam out of 148 countries.", 83, 148),
        ("Kyrgyzstan ranks 83rd biggest investor out of 148 in Vietnam.", 83, 148),
        ("Among 148 countries investing in Vietnam, Kyrgyzstan ranks 83rd.", 83, 148),
        ("Kyrgyzstan ranks 83rd among 148 countries.", 83, 148),
    ],
)
def test_a_rank_out_of_a_field(text: str, rank: int, out_of: int) -> None:
    ranks = parse_claim(text).ranks
    assert [(item.rank, item.out_of) for item in ranks] == [(rank, out_of)]


def _result(*parts: tuple[str, Status]) -> CheckResult:
    return CheckResult(
        "c",
        Verdict.contradicted,
        "Differs.",
        parts=[PartResult(kind, kind, kind, status) for kind, status in parts],
    )


def test_a_dated_trip_to_a_place_no_record_names_is_left_open() -> None:
    only_time = _result(("date", Status.differs), ("place", Status.not_on_record))
    assert elsewhere(only_time).verdict is Verdict.unverified
    # a place the record states otherwise, or a time with the place on record, still contradicts
    place_differs = _result(("date", Status.differs), ("place", Status.differs))
    assert elsewhere(place_differs).verdict is Verdict.contradicted
    place_agrees = _result(("date", Status.differs), ("place", Status.agrees))
    assert elsewhere(place_agrees).verdict is Verdict.contradicted
    who_differs = _result(("who", Status.differs), ("place", Status.not_on_record))
    assert elsewhere(who_differs).verdict is Verdict.contradicted


def test_doers_of_a_one_way_act_count_one_by_one() -> None:
    found = actors("Bo Tan was received by Ann Lee and Cy Lo.")
    assert found == (["Bo Tan was received by Ann Lee.", "Bo Tan was received by Cy Lo."], True)
    found = actors("Both Ann Lee and Cy Lo received Bo Tan.")
    assert found == (["Ann Lee received Bo Tan.", "Cy Lo received Bo Tan."], True)
    found = actors("Ann Lee and Cy Lo each hosted Bo Tan.")
    assert found is not None and found[1]
    # doers of a shared act may have done it together: not one by one
    assert actors("Ann Lee and Cy Lo held talks.") == (
        ["Ann Lee held talks.", "Cy Lo held talks."],
        False,
    )
    assert actors("The statement was signed by Ann Lee and Cy Lo.") is not None
    assert actors("The statement was signed by Ann Lee and Cy Lo.")[1] is False  # type: ignore[index]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Vietnam recognised Kyrgyz independence on December 27, 1991, and the two countries "
            "established diplomatic relations the same year.",
            Verdict.contradicted,
        ),
        (
            "Cooperation documents were exchanged, and an agreement on investment protection was "
            "signed.",
            Verdict.partly_supported,
        ),
        ("Kasymaliev visited Mongolia on March 9.", Verdict.unverified),
        ("Kasymaliev visited Vietnam on March 9-10.", Verdict.contradicted),
        (
            "The Kyrgyz premier was received by Luong Cuong and Party General Secretary To Lam.",
            Verdict.supported,
        ),
    ],
)
def test_kinds_on_the_real_store(checker: Checker, claim: str, expected: Verdict) -> None:
    assert checker.check(claim).verdict is expected


def test_month_words_are_written_as_the_month_of_the_deciding_article() -> None:
    checked: list[str] = []

    def check(text: str, year: int) -> CheckResult:
        checked.append(text)
        record = MatchedRecord("r", "event", "R", [_evidence("a")])
        return CheckResult(text, Verdict.supported, "Agrees.", records=[record])

    result = anchored("Last month, Ann met Bo.", check, 2026, {"a": "2025-01-05"})
    assert checked == ["In December 2024, Ann met Bo."]
    assert result.claim == "Last month, Ann met Bo."
    assert "'Last month' read as December 2024" in result.explanation


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Le Thi Thu Hang held phone talks with Abakirov Meder last month.", Verdict.supported),
        (
            "Le Thi Thu Hang held phone talks with Abakirov Meder earlier this month.",
            Verdict.contradicted,
        ),
        (
            "As of October last year, Kyrgyzstan had a single investment project in Vietnam.",
            Verdict.supported,
        ),
    ],
)
def test_month_words_on_the_real_store(checker: Checker, claim: str, expected: Verdict) -> None:
    assert checker.check(claim).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Abakirov Meder is Kyrgyzstan's deputy foreign minister.", Verdict.unverified),
        ("Abakirov Meder is Kyrgyzstan's foreign minister.", Verdict.contradicted),
        ("Abakirov Meder is Vietnam's deputy minister.", Verdict.contradicted),
    ],
)
def test_a_narrower_title_after_a_name_is_left_open(
    checker: Checker, claim: str, expected: Verdict
) -> None:
    """'X is Y's deputy foreign minister' where the record has 'Deputy Minister': not decided;
    another title, or another country's, still differs."""
    assert checker.check(claim).verdict is expected


def test_a_passive_act_repeated_for_a_second_doer_is_written_out() -> None:
    assert elided_by("Bo was received by Ann on May 2 and by Cy on May 3.") == (
        "Bo was received by Ann on May 2, and Bo was received by Cy on May 3."
    )
    assert elided_by("Bo was received by Ann and Cy.") is None
    assert elided_by("Bo met Ann on May 2 and Cy on May 3.") is None


def test_a_closing_figure_is_the_subject_s_in_the_main_clause_s_last_year() -> None:
    assert amount_tail(
        "Trade nearly doubled from 2023 to 2024", "reaching $15 million", "Trade nearly"
    ) == ("Trade reaching $15 million in 2024")
    # no figure, or no year in the main clause: not this reading
    assert amount_tail("Trade grew in 2024", "marking a record", "Trade") is None
    assert amount_tail("Trade grew fast", "reaching $15 million", "Trade") is None
    # a year of its own: the tail keeps it, with the subject put back (session 19, true8)
    assert amount_tail("Trade grew in 2024", "reaching $15 million in 2025", "Trade") == (
        "Trade reaching $15 million in 2025"
    )


def test_quadruple_is_a_multiple() -> None:
    ratios = parse_claim("Trade in 2024 was more than quadruple that of 2022.").ratios
    assert [ratio.value for ratio in ratios] == [4.0]


def test_whom_one_met_is_each_a_meeting() -> None:
    assert joint_list(["talks", "between"]) and joint_list(["held", "talks", "with"])
    assert not joint_list(["Bo", "met", "with"])
    found = actors("Bo Tan met with Ann Lee and Cy Lo.")
    assert found == (["Bo Tan met with Ann Lee.", "Bo Tan met with Cy Lo."], True)
