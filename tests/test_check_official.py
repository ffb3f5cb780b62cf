"""English of translated official releases: set phrases read plainly, titles of another time or
of a body the record never names left open, and dates of another moment (an arrival the eve
before, a later start year) that do not contradict the record's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kgvn.check import Checker
from kgvn.check.compare.as_role import role_in_front
from kgvn.check.compare.offdates import off_dates
from kgvn.check.compare.other_post import other_post, past_post
from kgvn.check.frame.official import official_english
from kgvn.check.result import CheckResult, PartResult, Status, Verdict
from kgvn.records import Person
from kgvn.store import load_store

REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


def _person(title: str) -> Person:
    role = {"title": title, "evidence": []}
    return Person.from_json(
        {"id": "ann-bo", "evidence": [], "name": "Ann Bo", "country": "kg", "roles": [role]}
    )


def test_a_side_named_by_its_demonym_is_the_country() -> None:
    read = official_english("The Kyrgyz side supplies silk to Viet Nam.")
    assert read.startswith("Kyrgyzstan supplies silk")
    # 'the X side of the border' is no party
    assert "Kyrgyz side of" in official_english("the Kyrgyz side of the border")


def test_set_phrases_of_releases_read_plainly() -> None:
    assert official_english("Following the negotiations, they signed it.") == (
        "Following the talks, they signed it."
    )
    assert official_english("Trade is modest in comparison with X.") == (
        "Trade is modest compared with X."
    )
    assert official_english("ties with partners, Utopia among them.") == (
        "ties with partners, including Utopia."
    )
    # a sentence with none of them is left as it is
    assert official_english("The talks were held in May.") == "The talks were held in May."


def test_a_post_at_another_time_is_not_decided() -> None:
    text = "before becoming prime minister, ann bo served as finance minister."
    start = text.index("finance minister")
    assert past_post(text[:start])
    assert other_post(text, start, start + len("finance minister"), _person("Prime Minister"))
    now = "ann bo is the finance minister."
    start = now.index("finance minister")
    assert not other_post(now, start, start + len("finance minister"), _person("Prime Minister"))


def test_the_office_of_a_body_the_record_never_names_is_not_decided() -> None:
    text = "ann bo is the chairman of the cabinet of ministers."
    start = text.index("chairman")
    end = start + len("chairman")
    assert other_post(text, start, end, _person("Prime Minister of Utopia"))
    # a body the person's own title names is decided: 'chairman' for a vice chairman is wrong
    named = "ann bo is the chairman of the national assembly."
    start = named.index("chairman")
    vice = _person("Vice Chairman of the National Assembly")
    assert not other_post(named, start, start + len("chairman"), vice)
    # a country after 'of' is the side, compared elsewhere
    side = "ann bo is the chairman of kyrgyzstan."
    assert not other_post(side, start, start + len("chairman"), _person("Prime Minister"))


def test_a_closing_role_of_another_time_is_not_put_before_the_name() -> None:
    assert role_in_front("Ann Bo previously served as finance minister.") is None
    assert role_in_front("Ann Bo visited Utopia in 2014 as finance minister.") is not None


def test_a_closing_role_with_its_country_in_the_possessive_goes_before_the_name() -> None:
    moved = role_in_front("Ann Bo visited Utopia in 2014 as Oceania's finance minister.")
    assert moved == "Oceania's finance minister Ann Bo visited Utopia in 2014."
    curly = role_in_front("Ann Bo met Cy Do in May as Oceania’s deputy finance minister.")
    assert curly == "Oceania’s deputy finance minister Ann Bo met Cy Do in May."


def _dated(claim: str, said: str, value: str, on_record: str) -> CheckResult:
    part = PartResult("date", said, value, Status.differs, on_record)
    return CheckResult(claim, Verdict.contradicted, "differs", [part], [])


def test_an_arrival_the_eve_before_the_event_is_left_open() -> None:
    eve = _dated("Ann arrived on the evening of 5 March.", "5 March", "--03-05", "2025-03-06")
    assert off_dates(eve).verdict is Verdict.unverified
    assert off_dates(eve).parts[0].status is Status.not_on_record
    early = _dated("Ann arrived on 3 March.", "3 March", "--03-03", "2025-03-06")
    assert off_dates(early).verdict is Verdict.contradicted
    # the eve is no arrival when the claim says another act happened then
    met = _dated("Ann met Bo on 5 March.", "5 March", "--03-05", "2025-03-06")
    assert off_dates(met).verdict is Verdict.contradicted


def test_a_later_year_a_thing_starts_from_is_left_open() -> None:
    later = _dated("A memorandum on routes from 2026 was signed.", "2026", "2026", "2025-03-06")
    assert off_dates(later).verdict is Verdict.unverified
    signed = _dated("A memorandum was signed in 2026.", "2026", "2026", "2025-03-06")
    assert off_dates(signed).verdict is Verdict.contradicted
    earlier = _dated("A memorandum on routes from 2020.", "2020", "2020", "2025-03-06")
    assert off_dates(earlier).verdict is Verdict.contradicted


def test_an_opening_by_and_gerund_is_read_as_a_participle() -> None:
    assert official_english("By recognising X on 1 May, Y became the first.") == (
        "Recognising X on 1 May, Y became the first."
    )
    assert (
        official_english("It was done. By signing it, Y won.") == "It was done. Signing it, Y won."
    )
    # 'by' before a noun, or inside a sentence, is left alone
    assert official_english("By 2025, trade grew.") == "By 2025, trade grew."
    assert official_english("It grew by adding X.") == "It grew by adding X."


def test_manner_asides_and_shortfalls_read_plainly() -> None:
    assert official_english("It grew in a sustainable manner.") == "It grew sustainably."
    assert official_english("It grew in a gradual fashion.") == "It grew gradually."
    # 'in a friendly manner' would not become an adverb: words in -ly and -le are left alone
    assert official_english("They met in a friendly manner.") == "They met in a friendly manner."
    assert official_english("ties in, among others, energy and mining") == (
        "ties in energy and mining"
    )
    assert official_english("act so as to help") == "act to help"
    assert official_english("It does not correspond to the potential.") == (
        "It falls short of the potential."
    )


def test_only_before_a_number_is_a_count_not_a_list_the_claim_limits() -> None:
    checker = Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))
    one = "Kyrgyzstan has only one investment project in Viet Nam, worth US$5 million."
    assert checker.check(one).verdict is Verdict.supported
    two = "Kyrgyzstan has only two investment projects in Viet Nam."
    assert checker.check(two).verdict is Verdict.contradicted
    # 'only' before a list still limits it: the record's list is longer
    fields = "The cooperation documents covered only education and legal affairs."
    assert checker.check(fields).verdict is Verdict.contradicted


def test_coming_to_a_named_place_is_a_visit() -> None:
    assert official_english("the first leader to come to Utopia") == (
        "the first leader to visit Utopia"
    )
    assert official_english("Ann came to Utopia in May.") == "Ann visited Utopia in May."
    # not a place: left alone
    assert official_english("They came to an agreement.") == "They came to an agreement."
    assert official_english("It came to power.") == "It came to power."
