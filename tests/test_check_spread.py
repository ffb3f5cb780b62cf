"""One predicate spread over several doers ('A and B each …', 'Like A, B …', 'Unlike A, B did
not …', 'Only A …'): one claim per doer, and another's doing it as a contradiction."""

from __future__ import annotations

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.compare.intervals import dated_list, dated_sides
from kgvn.check.compare.visitcount import Visit, counts
from kgvn.check.frame.sequence import order_claim
from kgvn.check.frame.spread import besides, gapped, spread, without_both

VERBS = frozenset({"said", "met", "held", "spoke"})


def test_each_and_both_give_one_claim_per_doer() -> None:
    found = spread("Ann Lee, Bo and the mayor each thanked the guests.", VERBS)
    assert found is not None
    assert found.held == [
        "Ann Lee thanked the guests.",
        "Bo thanked the guests.",
        "The mayor thanked the guests.",
    ]
    both = spread("Both Ann and the state mayor said the road was open.", VERBS)
    assert both is not None and both.held == [
        "Ann said the road was open.",
        "The state mayor said the road was open.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritania and Elbonia exempt each other's citizens from visas.",
        "Ruritania and Elbonia are both members of the union.",
        "Ann and Bo held talks in the capital.",
        "Unlike the 2014 visit, the trip was the first of its kind.",
    ],
)
def test_no_spread_without_its_word(sentence: str) -> None:
    assert spread(sentence, VERBS) is None


def test_like_unlike_and_only() -> None:
    like = spread("Like Ann and Bo, Cy Tan urged calm.", VERBS)
    assert like is not None and like.held == [
        "Ann urged calm.",
        "Bo urged calm.",
        "Cy Tan urged calm.",
    ]
    unlike = spread("Unlike Ann, Bo did not urge calm.", VERBS)
    assert unlike is not None
    assert unlike.held == ["Ann did urge calm."]
    assert unlike.denied == [("Bo did urge calm.", "Bo")]
    only = spread("Ann was the only minister to urge calm.", VERBS)
    assert only is not None and only.only == ("Ann", "did urge calm.")
    fronted = spread("Of the leaders she met, only Bo said it was calm.", VERBS)
    assert fronted is not None and fronted.held == ["Bo said it was calm."]


def test_both_after_by_or_a_verb_is_dropped() -> None:
    assert without_both("X was received by both Ann and Bo.") == "X was received by Ann and Bo."
    assert without_both("X invited both Ann and Bo.") == "X invited Ann and Bo."
    assert without_both("talks between both sides") == "talks between both sides"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Chinh and Cuong each said Vietnam was ready to be a bridge for Kyrgyzstan to ASEAN.",
            "supported",
        ),
        (
            "Cuong and To Lam each urged Kyrgyzstan to support Vietnam's stance on the East Sea.",
            "partly-supported",
        ),
        ("Both Chinh and Cuong received Kasymaliev in Hanoi on March 7.", "contradicted"),
        (
            "Unlike Chinh, Cuong did not thank Kyrgyzstan for supporting the Vietnamese community.",
            "contradicted",
        ),
        (
            "Cuong was the only leader to urge Kyrgyzstan to support Vietnam's stance on the East Sea.",
            "contradicted",
        ),
        (
            "Only To Lam congratulated Kyrgyzstan on its achievements under President Sadyr Japarov.",
            "partly-supported",
        ),
        ("Kasymaliev was received by both Cuong and To Lam on March 6.", "supported"),
    ],
)
def test_on_the_record(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict is Verdict(verdict)


def test_only_of_a_thing_stays_a_quantifier(checker: Checker) -> None:
    claim = "Kyrgyzstan is the only country in the world to grant Vietnamese citizens a 60-day visa exemption."
    assert checker.check(claim).verdict is Verdict.contradicted


def test_a_gap_between_two_dated_things_is_three_claims() -> None:
    sides = dated_sides(
        "Ann's 2023 trip to Elbonia came nine years after Bo's 2014 visit to Ruritania."
    )
    assert sides == [
        "Ann's trip to Elbonia came nine years after Bo's visit to Ruritania.",
        "Ann's 2023 trip to Elbonia took place.",
        "Bo's 2014 visit to Ruritania took place.",
    ]
    assert dated_sides("Ann's trip came nine years after Bo's 2014 visit.") is None
    assert dated_sides("Ann visited Elbonia in 2023 and Bo in 2014.") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Nguyen Khac Dinh's 2023 trip to Kyrgyzstan came nine years after the Kyrgyz foreign minister's 2014 visit to Vietnam.",
            "supported",
        ),
        (
            "Nguyen Khac Dinh's 2023 trip to Kyrgyzstan came eight years after the Kyrgyz foreign minister's 2014 visit to Vietnam.",
            "contradicted",
        ),
        (
            "Nguyen Khac Dinh's 2023 trip to Kyrgyzstan came nine years after the Kyrgyz foreign minister's 2015 visit to Vietnam.",
            "contradicted",
        ),
    ],
)
def test_dated_gaps_on_the_record(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict is Verdict(verdict)


def test_a_list_of_dated_things_is_one_claim_each() -> None:
    listed = dated_list(
        "Ties were thin: the notable ones were a 2009 trip by Ann, a 2014 visit by Bo and a "
        "2023 visit by Cy."
    )
    assert listed == [
        "Ties were thin.",
        "A 2009 trip by Ann took place.",
        "A 2014 visit by Bo took place.",
        "A 2023 visit by Cy took place.",
    ]
    # a noun that says something of its own keeps the sentence whole
    assert dated_list("The only visits were a 2009 trip by Ann and a 2014 visit by Bo.") is None
    assert dated_list("A 2009 trip by Ann and a 2014 visit by Bo laid the groundwork.") is None
    assert dated_list("Exchanges included a trip by Ann and a 2014 visit by Bo.") is None


def test_a_country_before_a_preposition_is_not_the_title_s(checker: Checker) -> None:
    claim = "A 2009 trip to Kyrgyzstan by Deputy Foreign Minister Nguyen Quoc Cuong took place."
    assert checker.check(claim).verdict is Verdict.supported
    wrong = (
        "A 2009 trip to Kyrgyzstan by Kyrgyz Deputy Foreign Minister Nguyen Quoc Cuong took place."
    )
    assert checker.check(wrong).verdict is Verdict.contradicted


def _code(word: str, kind: str) -> str | None:
    table = {("ruritanian", "demonyms"): "RU", ("elbonian", "demonyms"): "EL"}
    table |= {("ruritania", "names"): "RU", ("elbonia", "names"): "EL"}
    return table.get((word.strip(), kind))


VISITS = [Visit(2001, frozenset({"RU"}), "EL"), Visit(2005, frozenset({"EL"}), "RU")]
VISITS += [Visit(2010, frozenset({"RU"}), "EL"), Visit(2020, frozenset({"EL"}), "RU")]


def test_counts_over_the_visits_on_record() -> None:
    found = counts(
        "of the three visits before 2015, two saw ruritanian officials travel to elbonia and "
        "only one brought an elbonian official to ruritania",
        VISITS,
        _code,
    )
    assert found is not None
    assert [(count.said, count.found) for count in found] == [(3, 3), (2, 2), (1, 1)]
    wrong = counts(
        "of the three visits before 2015, two brought elbonian officials to ruritania",
        VISITS,
        _code,
    )
    assert wrong is not None and [(c.said, c.found) for c in wrong] == [(3, 3), (2, 1)]
    # a count with more to it, or of a city, is no count of visits on record
    assert counts("of the three visits before 2015, two were warm", VISITS, _code) is None
    assert (
        counts(
            "of the three visits before 2015, two saw ruritanian officials travel to capitol",
            VISITS,
            _code,
        )
        is None
    )


def _kind(name: str) -> str | None:
    name = name.strip()
    return {"Ann": "person", "Bo": "person", "Cy Tan": "person", "Elbonia": "place"}.get(name) or (
        "place" if name == "Ruritania" else None
    )


def test_a_verb_left_out_after_later_doers() -> None:
    found = gapped(
        "Ann spoke of a new phase, Bo of a new chapter and Cy Tan of a new stage.", VERBS, _kind
    )
    assert found == [
        "Ann spoke of a new phase.",
        "Bo spoke of a new chapter.",
        "Cy Tan spoke of a new stage.",
    ]
    headed = gapped(
        "They were glad: Ann said the talks opened a new phase, Bo a new chapter.", VERBS, _kind
    )
    assert headed == [
        "They were glad.",
        "Ann said the talks opened a new phase.",
        "Bo said the talks opened a new chapter.",
    ]
    places = gapped("Ann visited Elbonia in May, Ruritania in June.", VERBS, _kind)
    assert places == ["Ann visited Elbonia in May.", "Ann visited Ruritania in June."]
    # a later part with a verb of its own, or a name nobody holds, is no gap
    assert gapped("Ann spoke of a phase, Bo talked of a chapter.", VERBS, _kind) is None
    assert gapped("Ann spoke of a phase, Dee of a chapter.", VERBS, _kind) is None
    assert gapped("Ann met Bo, Cy Tan and Elbonia.", VERBS, _kind) is None


def test_a_place_left_with_its_verb_out_is_checked(checker: Checker) -> None:
    claim = "Kasymaliev visited Hanoi in March, Bishkek in May."
    assert checker.check(claim).verdict is not Verdict.supported


def test_the_order_two_clauses_tell() -> None:
    assert order_claim(
        "Ann met Bo first and only afterwards attended the ceremony in Elbonia."
    ) == ("Ann met Bo before the ceremony.")
    assert (
        order_claim("Ann signed a statement and then held talks.")
        == "Ann signed a statement before the talks."
    )
    assert order_claim("Ann met Bo and then visited Elbonia.") is None  # a name: no thing to order
    assert order_claim("Ann met Bo and Cy.") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The prime ministers held talks before the photo exhibition.", "contradicted"),
        ("The prime ministers toured the photo exhibition before the talks.", "supported"),
        (
            "The prime ministers held their talks and then toured a photo exhibition.",
            "contradicted",
        ),
        (
            "Kasymaliev held talks with Chinh first and only afterwards attended the official welcome ceremony.",
            "contradicted",
        ),
    ],
)
def test_orders_on_the_record(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict is Verdict(verdict)


def test_besides_a_participle_is_a_claim_of_the_subject() -> None:
    def past(word: str) -> str | None:
        return {"holding": "held", "meeting": "met"}.get(word)

    assert besides("Besides being received by Ann, Bo also met Cy.", VERBS, past) == [
        "Bo was received by Ann.",
        "Bo also met Cy.",
    ]
    assert besides("In addition to holding talks, Bo met Cy.", VERBS, past) == [
        "Bo held talks.",
        "Bo met Cy.",
    ]
    assert besides("Besides, Bo met Cy.", VERBS, past) is None
