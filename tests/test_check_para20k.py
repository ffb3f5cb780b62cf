"""Heavy paraphrase and one-small-word near misses (blind-dev-k): each rule on words and
records of its own, beside the split's own claims."""

from __future__ import annotations

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.compare.bridges import Flow, flow_turned, flow_unheld, flows
from kgvn.check.lexicon import Places


@pytest.mark.parametrize(
    ("text", "sources", "destinations"),
    [
        ("Ann proposed exporting tea to Ruritania", set(), {"RU"}),
        ("Ann proposed importing tea from Ruritania into Utopia", {"RU"}, {"UT"}),
        ("Tea is shipped from Utopia to Ruritania", {"UT"}, {"RU"}),
        ("Utopia buys tea from Ruritania", {"RU"}, set()),
    ],
)
def test_the_ends_of_a_flow(
    places: Places, text: str, sources: set[str], destinations: set[str]
) -> None:
    (flow,) = flows(text, places)
    assert (flow.sources, flow.destinations) == (sources, destinations)


def test_no_flow_without_a_named_end(places: Places) -> None:
    assert flows("Utopia exports tea", places) == []
    assert flows("Ann travelled to Ruritania", places) == []


def test_a_flow_turned_round_and_an_end_filled_otherwise() -> None:
    held = [Flow(frozenset(), frozenset({"RU"}))]  # exported to Ruritania
    assert flow_turned([Flow(frozenset({"RU"}), frozenset())], held) == "RU"
    assert flow_unheld([Flow(frozenset(), frozenset({"UT"}))], held) == "UT"
    same = [Flow(frozenset(), frozenset({"RU"}))]
    assert flow_turned(same, held) is None and flow_unheld(same, held) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Chinh proposed cooperation on exporting Halal goods to Kyrgyzstan.", Verdict.supported),
        (
            "Chinh proposed cooperation on importing Halal goods from Kyrgyzstan into Vietnam.",
            Verdict.contradicted,
        ),
        ("Chinh proposed cooperation on exporting Halal goods to Vietnam.", Verdict.unverified),
    ],
)
def test_a_statement_s_flow_ends_are_compared(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kyrgyzstan declared independence on the last day of August 1991.", Verdict.supported),
        ("Diplomatic relations were set up on the last day of June 1992.", Verdict.contradicted),
    ],
)
def test_the_last_day_of_a_month_is_its_date(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


def test_the_last_day_of_february_needs_its_year() -> None:
    from kgvn.check.frame.months import spelled_months

    assert spelled_months("on the last day of February 2024") == "on 29 February 2024"
    assert spelled_months("on the last day of February") == "on the last day of February"


def test_users_of_an_agreement_are_not_its_parties(checker: Checker) -> None:
    used = checker.check("The two sides pledged to implement the free trade agreement.")
    assert used.verdict is Verdict.supported
    signed = checker.check("The two countries signed a free trade agreement.")
    assert signed.verdict is Verdict.contradicted


def test_a_setting_without_its_comma_is_still_split(checker: Checker) -> None:
    result = checker.check(
        "During the February call the two deputy ministers stressed the importance of "
        "economic and trade ties."
    )
    assert result.verdict is Verdict.supported and len(result.atoms) == 2


def test_a_country_that_hosted_a_named_guest_was_visited() -> None:
    from kgvn.check.frame.recast import recast

    said = recast("Kyrgyzstan hosted Foreign Minister Ann Lee in 2014.")
    assert said == "Foreign Minister Ann Lee visited Kyrgyzstan in 2014."
    assert "hosted" in recast("Ann Lee hosted Bo Tan in 2014.")  # a person, not a country


def test_a_concessive_aside_before_a_verb_in_s() -> None:
    from kgvn.check.frame.asides import concessive

    said = concessive("Trade, though rising, lacks depth.")
    assert said == "Trade is rising; Trade lacks depth."


def test_a_capital_may_inside_a_sentence_is_the_month(checker: Checker) -> None:
    claim = "Luong Cuong tasked the foreign ministries to arrange the visit for May."
    assert checker.check(claim).verdict is Verdict.unverified
    assert checker.check("Kasymaliev may visit Vietnam again.").verdict is not Verdict.supported


def test_a_second_subject_set_off_by_commas_joins_the_first() -> None:
    from kgvn.check.frame.asides import along_with

    assert along_with("Tea, together with rice, was shipped to Utopia.") == (
        "Tea and rice were shipped to Utopia."
    )
    assert along_with("Tea, together with rice, shipped well.") == (
        "Tea, together with rice, shipped well."
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Chinh was welcomed in Hanoi.", Verdict.contradicted),  # he was the host, not the guest
        ("Kasymaliev was welcomed in Hanoi.", Verdict.supported),
        ("To Lam called Kyrgyzstan a new partner.", Verdict.contradicted),  # 'traditional'
        (
            "Nguyen Quoc Cuong held consular consultations in Kyrgyzstan in 2009.",
            Verdict.contradicted,  # political ones
        ),
    ],
)
def test_guests_opposites_and_rival_kinds(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_family_name_before_a_given_name_the_person_lacks_is_someone_else() -> None:
    from kgvn.check.retrieve.mentions import namesakes_apart

    spellings = [("pham minh chinh", "chinh"), ("pham", "chinh"), ("chinh", "chinh")]
    known = frozenset({"minister", "foreign"})
    assert namesakes_apart("talks with Pham Binh Minh", spellings, known) == (
        "talks with PhamBinh Minh"
    )
    assert namesakes_apart("Foreign Minister Pham Minh Chinh", spellings, known) == (
        "Foreign Minister Pham Minh Chinh"
    )
    assert namesakes_apart("Pham Tuesday said", spellings, known) == "Pham Tuesday said"


def test_both_sides_words_before_a_plural_title_mean_one_holder_each(checker: Checker) -> None:
    here = checker.check("Vietnamese and Kyrgyz prime ministers held talks in Hanoi.")
    assert here.verdict is Verdict.supported
    there = checker.check("Vietnamese and Kyrgyz prime ministers held talks in Bishkek.")
    assert there.verdict is Verdict.contradicted
