"""Rules found on the misses of a blind split on numbers and time (blind-dev-h), each shown on
other words and records."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.backing import _rephrase
from kgvn.check.compare.shares import part_of_trade
from kgvn.check.compare.standing import earlier_rank
from kgvn.check.compare.topics.series import in_text_order, one_year_pair
from kgvn.check.compare.topics.timing import _began
from kgvn.check.compare.weekdays import weekday
from kgvn.check.frame.participles import opening_setting
from kgvn.check.frame.reported_but import reported_and_that
from kgvn.check.frame.splits import years_since
from kgvn.check.result import Status, Verdict
from kgvn.check.retrieve.mentions import ASPIRATION
from kgvn.claims import Hedge, parse_claim

# --- multiples in words, with a half or a quarter -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports were five and a half times the 2020 level.", 5.5),
        ("Exports were three and a quarter times the 2020 level.", 3.25),
        ("Exports were thirteen times the 2020 level.", 13.0),
        ("Exports were 2.5 times the 2020 level.", 2.5),
    ],
)
def test_multiples_with_a_fraction_or_in_the_teens(text: str, value: float) -> None:
    assert [ratio.value for ratio in parse_claim(text).ratios] == [value]


def test_a_multiple_in_the_teens_is_compared(checker: Checker) -> None:
    wrong = checker.check("In 2023, trade was some fourteen times the 2017-2021 yearly average.")
    assert wrong.verdict is Verdict.contradicted
    right = checker.check("In 2023, trade was five and a half times the 2017-2021 yearly average.")
    assert right.verdict is Verdict.supported


# --- 'added up to' is a sum, not a ceiling ------------------------------------------------------


def test_added_up_to_is_no_hedge_but_up_to_is() -> None:
    assert parse_claim("Sales added up to $9 million.").amounts[0].hedge is Hedge.exact
    assert parse_claim("Sales could reach up to $9 million.").amounts[0].hedge is Hedge.at_most


def test_a_span_that_added_up_to_a_figure_is_their_sum(checker: Checker) -> None:
    right = checker.check("Trade added up to $12 million in 2022-2023.")
    assert right.verdict is Verdict.supported
    wrong = checker.check("Trade added up to $13.5 million in 2022-2023.")
    assert wrong.verdict is Verdict.contradicted
    assert any("sum of 2022–2023" in (part.on_record or "") for part in wrong.parts)


# --- figures and periods paired in the order they are written -----------------------------------


def test_the_nth_figure_goes_with_the_nth_period_written() -> None:
    claim = parse_claim(
        "Sales of $9 million in 2024 were triple the 2015-2019 average of $3 million."
    )
    periods = in_text_order(claim, claim.amounts, [(2015, 2019), (2024, 2024)])
    assert dict(zip((a.text for a in claim.amounts), periods, strict=True)) == {
        "$9 million": (2024, 2024),
        "$3 million": (2015, 2019),
    }


def test_periods_not_written_keep_their_order() -> None:
    claim = parse_claim("Sales of $9 million were triple the average of $3 million.")
    assert in_text_order(claim, claim.amounts, [(2015, 2019), (2024, 2024)]) == [
        (2015, 2019),
        (2024, 2024),
    ]


def test_a_year_figure_beside_an_average_figure_is_each_checked_with_its_own(
    checker: Checker,
) -> None:
    right = checker.check(
        "Trade of US$4.5 million in 2022 was over three times the 2017-2021 average of $1.36 million."
    )
    assert right.verdict is Verdict.supported
    wrong = checker.check(
        "Trade of US$7.5 million in 2022 was over three times the 2017-2021 average of $1.36 million."
    )
    assert wrong.verdict is Verdict.contradicted
    differs = [part.text for part in wrong.parts if part.status is Status.differs]
    assert differs == ["US$7.5 million"]


# --- a rank said as an earlier one ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ann ranks 20th, up from 25th.", Status.not_on_record),
        ("Ann ranks 20th, having climbed from 25th.", Status.not_on_record),
        ("Ann ranks 20th, down from 12th.", Status.not_on_record),
        ("Ann ranks 20th, up from 20th.", Status.differs),
        ("Ann ranks 20th, up from 12th.", Status.differs),
        ("Ann ranks 20th, down from 31st.", Status.differs),
    ],
)
def test_an_earlier_rank_is_open_unless_the_move_cannot_end_at_the_record(
    text: str, status: Status
) -> None:
    claim = parse_claim(text)
    earlier = claim.ranks[-1]
    assert earlier.rank != 20 or text.count("20th") == 2
    assert earlier_rank(claim, earlier, 20) is status


def test_a_rank_said_as_the_present_one_is_no_earlier_rank() -> None:
    claim = parse_claim("Ann ranks 20th, up from 25th.")
    assert earlier_rank(claim, claim.ranks[0], 20) is None


def test_a_move_to_the_same_rank_is_contradicted(checker: Checker) -> None:
    result = checker.check("Kyrgyzstan is 83rd among investors in Vietnam, up from 83rd in 2023.")
    assert result.verdict is Verdict.contradicted
    assert any(
        part.kind == "earlier rank" and part.status is Status.differs for part in result.parts
    )


# --- a span of days said by its weekdays ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "without", "first", "last"),
    [
        ("The fair runs from Monday to Wednesday, May 4-6.", "The fair runs from May 4-6.", 0, 2),
        ("Ann was there on Tuesday and Wednesday, 5-6 May.", "Ann was there on 5-6 May.", 1, 2),
        ("Ann stayed from Friday through Sunday.", "Ann stayed.", 4, 6),
    ],
)
def test_a_span_of_weekdays_is_read_apart_from_the_claim(
    text: str, without: str, first: int, last: int
) -> None:
    said = weekday(text)
    assert said is not None
    assert (said.without, said.day, said.last) == (without, first, last)


def test_weekdays_relative_to_today_are_left_alone() -> None:
    assert weekday("Ann came last Monday and Tuesday.") is None


def test_a_span_of_weekdays_must_be_the_records_first_and_last_days(checker: Checker) -> None:
    right = checker.check("Kasymaliev was on an official visit to Vietnam from Thursday to Friday.")
    assert right.verdict is Verdict.supported
    wrong = checker.check(
        "Kasymaliev was on an official visit to Vietnam from Tuesday to Wednesday."
    )
    assert wrong.verdict is Verdict.contradicted
    part = next(part for part in wrong.parts if part.kind == "weekday")
    assert part.on_record == "Thursday 2025-03-06 to Friday 2025-03-07"


# --- a duration with a hedge between its lead word and its figure ---------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("A permit of roughly two months.", 60.0),
        ("Valid for about three weeks.", 21.0),
        ("They stayed for just over two months.", 60.0),
    ],
)
def test_a_hedged_duration_after_its_lead_word_is_a_duration(text: str, days: float) -> None:
    assert [item.days for item in parse_claim(text).durations] == [days]


def test_months_with_no_lead_word_are_no_duration() -> None:
    assert parse_claim("Talks came two months later.").durations == ()


# --- a time before or after another event that opens the sentence --------------------------------


def test_an_opening_time_before_another_event_ends_at_its_comma(checker: Checker) -> None:
    """'Less than a month before X's visit, A and B spoke': the other event is the one named
    before the comma, not one the main clause's people took part in."""
    right = checker.check(
        "Less than a month before Kasymaliev's visit, Hang and Meder spoke by phone."
    )
    assert right.verdict is Verdict.supported
    part = next(part for part in right.parts if part.kind == "interval")
    assert part.on_record == "17 days from 2025-02-17 to 2025-03-06 (computed)"
    wrong = checker.check("Over a month before Kasymaliev's visit, Hang and Meder spoke by phone.")
    assert wrong.verdict is Verdict.contradicted


# --- 'in the N years since X': the fact since X, and X's age ------------------------------------


def test_years_since_a_clause_are_its_age() -> None:
    assert years_since(
        "Bo is the first to win in the nearly 20 years since the club was founded"
    ) == [
        "Bo is the first to win since the club was founded",
        "The club was founded, nearly 20 years ago",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Bo is the first to win since the club was founded",  # no count of years
        "Bo has not won in the years since 2004",  # no count, a bare year
        "Bo is the first to win in 20 years since 2004",  # a bare year is no clause
    ],
)
def test_no_age_without_a_count_and_a_clause(body: str) -> None:
    assert years_since(body) is None


def test_the_age_said_of_relations_is_checked_apart_from_the_first(checker: Checker) -> None:
    wrong = checker.check(
        "Kasymaliev's visit was the first by a Kyrgyz premier to Vietnam in the 20 years since"
        " diplomatic relations were established."
    )
    assert wrong.verdict is Verdict.contradicted
    assert [atom.verdict for atom in wrong.atoms] == [Verdict.supported, Verdict.contradicted]


# --- a figure of one flow said as part of trade ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Exports made up $2 million of the 2019 trade turnover.", True),
        ("Imports were $2 million of two-way trade in 2019.", True),
        ("Trade reached $2 million in 2019.", False),
        ("Exports of $2 million lifted trade.", False),
    ],
)
def test_a_figure_said_as_part_of_trade(text: str, part: bool) -> None:
    assert part_of_trade(parse_claim(text)) is part


def test_a_part_of_trade_is_not_compared_with_the_whole(checker: Checker) -> None:
    result = checker.check("Kyrgyz exports accounted for $1 million of the 2023 trade turnover.")
    assert result.verdict is Verdict.unverified


# --- a letter names the invitation made in writing -----------------------------------------------


def test_a_letter_inviting_the_wrong_guest_is_the_written_invitation(checker: Checker) -> None:
    """Two invitations share a guest or a host with the claim; 'letter' picks the written one,
    whose guest is another."""
    result = checker.check("Their president's letter invited Pham Minh Chinh to visit Kyrgyzstan.")
    assert result.verdict is not Verdict.supported
    wrong = checker.check("Sadyr Japarov's letter invited Pham Minh Chinh to visit Kyrgyzstan.")
    assert wrong.verdict is Verdict.contradicted
    assert [record.id for record in wrong.records][:1] == ["2025-03-06-invitation-to-president"]


# --- words for a goal ahead, and for trade that meets its potential ------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("a milestone on the way to a partnership", "a milestone towards a partnership"),
        ("a step en route to closer ties", "a step towards closer ties"),
        ("sales live up to each country's potential", "sales fulfils potential"),
        ("sales match both countries' potential", "sales fulfils potential"),
    ],
)
def test_set_phrases_read_as_their_plain_words(said: str, plain: str) -> None:
    assert _rephrase(said) == plain


def test_a_goal_ahead_is_no_act_done() -> None:
    assert ASPIRATION.search("a milestone on the way to a partnership") is not None
    assert ASPIRATION.search("a step en route to closer ties") is not None


def test_trade_said_to_meet_its_potential_is_contradicted_by_modest(checker: Checker) -> None:
    """The record has the speaker call trade modest beside the two countries' potential."""
    wrong = checker.check("Luong Cuong said trade matches each country's potential.")
    assert wrong.verdict is Verdict.contradicted
    right = checker.check("Luong Cuong said trade remains modest compared with their potential.")
    assert right.verdict is Verdict.supported


# --- details and settings said around a fact -----------------------------------------------------


def test_together_with_opens_a_closing_detail(checker: Checker) -> None:
    result = checker.check("Hang held phone talks with Meder, together with their aides.")
    assert result.verdict is Verdict.partly_supported


def test_aimed_at_reads_for() -> None:
    assert _rephrase("exports aimed at the region") == "exports for the region"
    assert _rephrase("a plan geared towards growth") == "a plan for growth"


@pytest.mark.parametrize(
    ("body", "visit"),
    [
        (
            "On his first trip to Utopia, Ann Lee met Bo",
            "Ann Lee visited Utopia for the first time",
        ),
        (
            "On her maiden visit to Utopia, Ann Lee met Bo",
            "Ann Lee visited Utopia for the first time",
        ),
        ("During his 2019 visit to Utopia, Ann Lee met Bo", "Ann Lee visited Utopia in 2019"),
    ],
)
def test_an_opening_visit_says_which_visit_it_was(body: str, visit: str) -> None:
    found = opening_setting(body, lambda clause: clause.split(" met ")[0])
    assert found == ["Ann Lee met Bo", visit]


# --- two figures said with one year ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a change within the year: the 'from' figure is the year before's
        ("Sales jumped in 2019, from $2 million to $3 million.", [(2018, 2018), (2019, 2019)]),
        ("In 2019 sales rose from $2 million to $3 million.", [(2018, 2018), (2019, 2019)]),
        # the year is the first figure's, the second a year on or back
        (
            "Sales were $3 million in 2019, up from $2 million the year before.",
            [(2019, 2019), (2018, 2018)],
        ),
        (
            "Sales were $2 million in 2019 and $3 million a year later.",
            [(2019, 2019), (2020, 2020)],
        ),
        ("Sales rose from $2 million in 2019 to $3 million.", [(2019, 2019), None]),
    ],
)
def test_two_figures_with_one_year(text: str, years: list[tuple[int, int] | None]) -> None:
    claim = parse_claim(text)
    assert one_year_pair(claim, claim.amounts, 2019) == years


# --- a date after 'since' is a start, which a count as of a date does not give --------------------


@pytest.mark.parametrize(
    ("folded", "text", "began"),
    [
        ("it has had one project since 2019", "2019", True),
        ("since early 2019 it has had one project", "2019", True),
        ("it launched one project in 2019", "2019", True),
        ("as of 2019 it had one project", "2019", False),
    ],
)
def test_a_date_that_says_when_something_began(folded: str, text: str, began: bool) -> None:
    assert _began(folded, text) is began


# --- an event named by a date before its noun ----------------------------------------------------


def test_a_date_before_the_noun_pins_the_event(checker: Checker) -> None:
    """'The 2014 visit …' names no one, yet only one visit is of 2014."""
    right = checker.check("The 2014 trip came more than 20 years after ties were established.")
    assert right.verdict is Verdict.supported
    wrong = checker.check("The 2014 trip came less than 20 years after ties were established.")
    assert wrong.verdict is Verdict.contradicted


def test_a_date_said_of_the_event_does_not_pin_it(checker: Checker) -> None:
    """'The visit took place in 2014' would only back itself: the record has several visits."""
    assert checker.check("The visit took place in 2014.").verdict is Verdict.unverified


# --- a day counted within a visit ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("To Lam received Kasymaliev on the first day of his visit.", Verdict.supported),
        ("To Lam received Kasymaliev on the final day of his visit.", Verdict.contradicted),
        ("To Lam received Kasymaliev on the third day of his visit.", Verdict.contradicted),
    ],
)
def test_a_day_of_the_visit_is_its_date(checker: Checker, text: str, verdict: Verdict) -> None:
    """The visit ran March 6-7; the reception was on March 6. A third day the visit never had
    is wrong too."""
    result = checker.check(text)
    assert result.verdict is verdict
    assert any(record.id == "2025-03-06-official-visit" for record in result.records)


# --- 'said X and that Y': two reported clauses ------------------------------------------------


def test_two_reported_clauses_each_with_that_are_two_claims() -> None:
    assert reported_and_that("Ann said that sales rose and that prices fell") == [
        "Ann said sales rose",
        "Ann said prices fell",
    ]
    assert reported_and_that("Ann said sales rose and prices fell") is None  # one 'that' only


def test_a_hope_in_the_second_clause_is_not_read_as_done(checker: Checker) -> None:
    """'… and that the two sides should sign a deal': a hope, checked on its own, not a
    signing the record's 'under negotiation' rules out."""
    result = checker.check(
        "Chinh said trade has grown and that the two sides should sign a deal on double taxation."
    )
    assert result.verdict is Verdict.partly_supported
