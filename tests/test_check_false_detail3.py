"""One detail of a true fact changed, said the way other outlets write (the fresh-false-3 split's
kinds): each rule that reads it has a test of its own, with the true twin beside the false one."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.again import repeated
from kgvn.check.compare.backing import _backed, _opposite, _text_backing
from kgvn.check.compare.order import _gerund_clause
from kgvn.check.compare.roles import _closed_act
from kgvn.check.frame.capitals import ascii_capitals
from kgvn.check.frame.clauses import between_commas
from kgvn.check.frame.recast import invitation_as_visit, recast
from kgvn.check.frame.relatives import object_relative
from kgvn.check.frame.tails import tails
from kgvn.check.frame.titled import fronted_title, role_before_name
from kgvn.check.result import CheckResult, PartResult, Status, Verdict


def _verdict(checker: Checker, claim: str) -> str:
    return checker.check(claim).verdict.value


# --- a status on the day of the record's meeting ----------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the record has it under negotiation as of March 6: a signing that day contradicts it
        (
            "Vietnam and Kyrgyzstan signed an agreement on double taxation avoidance on March 6.",
            "contradicted",
        ),
        # a later day may have seen a signing the record does not report
        (
            "Vietnam and Kyrgyzstan signed an agreement on double taxation avoidance on March 9.",
            "unverified",
        ),
        ("Vietnam and Kyrgyzstan signed an agreement on double taxation avoidance.", "unverified"),
        ("The joint statement was signed on March 6.", "supported"),
    ],
)
def test_a_status_dated_on_the_records_own_day_is_compared(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


# --- a counterpart's nationality ----------------------------------------------------------------


def test_a_counterparts_demonym_is_the_named_persons_own_country(checker: Checker) -> None:
    wrong = checker.check("Hằng held phone talks with her Tajik counterpart Abakirov Meder.")
    assert wrong.verdict is Verdict.contradicted
    part = next(part for part in wrong.parts if part.kind == "nationality")
    assert (part.value, part.status) == ("TJ", Status.differs)
    assert part.on_record == "Kyrgyz"
    right = "Hằng held phone talks with her Kyrgyz counterpart Abakirov Meder."
    assert _verdict(checker, right) == "supported"


def test_a_counterpart_with_no_name_after_it_is_left_to_the_other_rules(checker: Checker) -> None:
    result = checker.check("Hằng held phone talks with her Tajik counterpart on February 17.")
    assert all(part.kind != "nationality" for part in result.parts)


# --- clefts, and an order said with a possessive left bare ---------------------------------------


def test_a_cleft_on_the_doer_is_read_plainly() -> None:
    said = recast("It was To Lam who hosted the official welcome ceremony.")
    assert said == "To Lam hosted the official welcome ceremony."
    assert recast("It was on June 4 that relations began.") != said


def test_a_bare_possessive_after_predated_names_the_same_thing() -> None:
    said = recast("Ann Lee's visit to Utopia predated Bo Chan's.")
    assert said == "Ann Lee's visit to Utopia took place before Bo Chan's visit to Utopia"
    # a full second side is kept as written
    said = recast("Ann Lee's visit to Utopia predated the talks in Ruritania.")
    assert said.endswith("before the talks in Ruritania.")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Nguyễn Quốc Cường's trip to Kyrgyzstan predated Nguyễn Khắc Định's.", "supported"),
        ("Nguyễn Khắc Định's trip to Kyrgyzstan predated Nguyễn Quốc Cường's.", "contradicted"),
        (
            "It was Pham Minh Chinh who hosted the official welcome ceremony for Kasymaliev.",
            "supported",
        ),
        ("It was To Lam who hosted the official welcome ceremony for Kasymaliev.", "contradicted"),
    ],
)
def test_clefts_and_bare_possessives_on_the_real_store(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


def test_dates_from_is_when_it_happened() -> None:
    assert recast("Relations date back to 1994.") == "Relations came in 1994."
    assert recast("The declaration dates from 31 August 1991.") == (
        "The declaration came on 31 August 1991."
    )


# --- an act said to happen again ----------------------------------------------------------------


def _contradicted(claim: str, kinds: list[str]) -> CheckResult:
    parts = [PartResult(kind, "x", "x", Status.differs, "y") for kind in kinds]
    return CheckResult(claim, Verdict.contradicted, "differs", parts, [])


def test_again_leaves_only_a_differing_date_open() -> None:
    assert repeated(_contradicted("Ann visited Utopia again in 2019.", ["date"])).verdict is (
        Verdict.unverified
    )
    # another place or person still contradicts, "again" or not
    assert repeated(
        _contradicted("Ann visited Utopia again in 2019.", ["date", "place"])
    ).verdict is (Verdict.contradicted)
    assert repeated(_contradicted("Ann visited Utopia in 2019.", ["date"])).verdict is (
        Verdict.contradicted
    )


def test_again_on_the_real_store(checker: Checker) -> None:
    assert _verdict(checker, "Abdyldaev Erlan Bekeshovich visited Vietnam again in 2018.") == (
        "unverified"
    )
    assert _verdict(checker, "Abdyldaev Erlan Bekeshovich visited Vietnam in 2018.") == (
        "contradicted"
    )


# --- words of the lexicon: modes, synonyms, set phrases ------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Pham Minh Chinh spoke with Kasymaliev over the phone on March 6.", "contradicted"),
        ("Lê Thị Thu Hằng spoke with Abakirov Meder over the phone on February 17.", "supported"),
        ("Kyrgyzstan proclaimed its independence on August 31, 1991.", "supported"),
        (
            "Vietnam recognised Kyrgyzstan's independence two weeks after it was proclaimed.",
            "contradicted",
        ),
        (
            "The official welcome ceremony for Kasymaliev was staged in Hanoi on Thursday.",
            "supported",
        ),
        (
            "The official welcome ceremony for Kasymaliev was staged in Hanoi on Saturday.",
            "contradicted",
        ),
    ],
)
def test_lexicon_words_for_modes_declarations_and_staging(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


def test_office_is_not_backed_by_official() -> None:
    words, prefixes = frozenset({"official"}), frozenset({"offic", "~offici"})
    assert not _backed("office", words, prefixes)
    assert _backed("officials", words, prefixes)


def test_taking_office_is_a_fact_of_its_own(checker: Checker) -> None:
    claim = "State President Lương Cường, who took office in October 2024, received Kasymaliev on March 6."
    result = checker.check(claim)
    assert result.verdict is Verdict.partly_supported
    assert _verdict(checker, "Sadyr Japarov assumed office in January 2021.") == "unverified"


# --- closing details after "when", "then", "behind", "mostly via" -------------------------------


@pytest.mark.parametrize(
    ("claim", "detail"),
    [
        ("Trade reached $4.5 million in 2022, when pepper made up most of it.", "when pepper"),
        ("Utopia ranks 83rd among investors in Ruritania, behind Arcadia.", "behind Arcadia"),
        ("The two leaders toured an exhibition, then planted a tree.", "then planted"),
        ("Utopia exports silk to Ruritania, mostly via Arcadia.", "mostly via"),
    ],
)
def test_closing_details_are_split_off(claim: str, detail: str) -> None:
    assert any(tail.startswith(detail) for _, tail, _ in tails(claim))


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Two-way trade reached $4.5 million in 2022, when pepper made up most of it.",
            "partly-supported",
        ),
        (
            "Two-way trade reached $5.5 million in 2022, when pepper made up most of it.",
            "contradicted",
        ),
        ("Kyrgyzstan exports silk and machinery to Vietnam, mostly via China.", "partly-supported"),
    ],
)
def test_closing_details_on_the_real_store(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


# --- order words, gerund sides, meetings given a place, "only" lists ----------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The two prime ministers signed a joint statement once their talks had ended.",
            "supported",
        ),
        (
            "The two prime ministers toured the photo exhibition once the talks had ended.",
            "contradicted",
        ),
        (
            "The two prime ministers toured the photo exhibition in advance of their talks.",
            "supported",
        ),
    ],
)
def test_once_and_in_advance_of_are_order_words(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


def test_a_gerund_side_takes_the_first_clauses_subject_and_other_party() -> None:
    first = "Vietnam established diplomatic relations with Kyrgyzstan"
    assert _gerund_clause(first, "recognising its independence") == (
        "Vietnam recognised Kyrgyzstan's independence"
    )
    assert _gerund_clause("Ann recognised Bo's claim", "signing a pact with it") == (
        "Ann signed a pact with Bo"
    )
    # two other parties: 'its' could be either's, so the side stays as written
    assert _gerund_clause("Ann met Bo and Cy", "signing its charter") == "signing its charter"
    assert _gerund_clause(first, "the talks") == "the talks"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Vietnam established diplomatic relations with Kyrgyzstan before recognising its independence.",
            "contradicted",
        ),
        (
            "Vietnam established diplomatic relations with Kyrgyzstan after recognising its independence.",
            "supported",
        ),
        ("Lê Thị Thu Hằng received Abakirov Meder in Hanoi on February 17.", "contradicted"),
        ("To Lam received Kasymaliev in Hanoi on March 6.", "supported"),
    ],
)
def test_gerund_orders_and_receptions_given_a_place(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


def test_an_only_list_shorter_than_the_records_list_is_contradicted(checker: Checker) -> None:
    result = checker.check("The cooperation documents covered only education and civil aviation.")
    assert result.verdict is Verdict.contradicted
    part = next(part for part in result.parts if part.kind == "quantifier")
    assert part.on_record == "education, legal affairs, civil aviation"
    # the whole list after "only", commas and all, is read: never contradicted by its first item
    whole = "The cooperation documents covered only education, legal affairs and civil aviation."
    assert _verdict(checker, whole) != "contradicted"
    assert _verdict(checker, "Kyrgyzstan exports only machinery and silk to Vietnam.") == (
        "contradicted"
    )


# --- an invitation to a visit the record holds; a figure set off by commas ----------------------


def test_an_invitation_is_read_as_the_visit_it_asks_for() -> None:
    assert invitation_as_visit("Ann Lee invited Bo Tan to pay an official visit to Utopia.") == (
        "Bo Tan visited Utopia at the invitation of Ann Lee."
    )
    assert invitation_as_visit("Bo Tan was invited to Utopia by Ann Lee.") == (
        "Bo Tan visited Utopia at the invitation of Ann Lee."
    )
    assert invitation_as_visit("Ann Lee invited the press.") is None
    # an invitation to another visit, and a guest followed by other words, are not the visit
    assert invitation_as_visit("Ann Lee invited Bo Tan to visit Utopia again.") is None
    assert invitation_as_visit("Ann Lee invited Bo Tan to return to Utopia.") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("It was To Lam who invited Kasymaliev to Vietnam.", "contradicted"),
        ("It was Pham Minh Chinh who invited Kasymaliev to Vietnam.", "supported"),
        ("Lương Cường invited Kasymaliev to pay an official visit to Vietnam.", "contradicted"),
        # the invitation the record holds to a visit still to come is its own record
        ("Kasymaliev invited Pham Minh Chinh to pay an official visit to Kyrgyzstan.", "supported"),
    ],
)
def test_the_visits_inviter_decides_an_invitation_to_it(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


def test_a_figure_set_off_by_commas_is_what_the_thing_is() -> None:
    assert between_commas("The Utopian project, worth $5 million, employs 300 people.") == [
        "The Utopian project is worth $5 million",
        "The Utopian project employs 300 people.",
    ]
    assert between_commas("The community, around 100 strong, runs shops.") is not None
    assert between_commas("The community, the oldest abroad, runs shops.") is not None
    assert between_commas("The community, sadly, runs shops.") is None
    assert between_commas("The community, about 100 people, mainly trades in tea.") == [
        "The community is about 100 people",
        "The community mainly trades in tea.",
    ]


# --- the subject of a closed act ------------------------------------------------------------------


def test_the_subject_of_a_closed_act_is_compared_with_the_records_doer(checker: Checker) -> None:
    wrong = checker.check("Pham Minh Chinh delivered President Japarov's letter to Lương Cường.")
    assert wrong.verdict is Verdict.contradicted
    assert any(part.kind == "who (by)" and part.status is Status.differs for part in wrong.parts)
    right = "Kasymaliev delivered President Japarov's letter to Lương Cường."
    assert _verdict(checker, right) == "supported"
    # receptions recur: another host of a reception is left to the records of receptions
    assert _closed_act(" delivered the letter") and not _closed_act(" received Ann")


# --- names with a capital outside ASCII; a possessive role before a name; phone conversations ---


def test_a_non_ascii_capital_is_read_plain_and_shown_as_written() -> None:
    plain, words = ascii_capitals("Nguyễn Khắc Định, a minister, met Đỗ Bo.")
    assert plain == "Nguyễn Khắc Dịnh, a minister, met Dỗ Bo."  # only the capital changes
    assert words == {"Dịnh": "Định", "Dỗ": "Đỗ"}
    assert ascii_capitals("Ann met Bo.") == ("Ann met Bo.", {})


def test_an_apposition_after_a_name_with_a_non_ascii_capital_is_split(checker: Checker) -> None:
    result = checker.check(
        "Nguyễn Khắc Định, Vietnam's deputy foreign minister, visited Kyrgyzstan in 2023."
    )
    assert result.verdict is Verdict.contradicted
    assert [atom.claim for atom in result.atoms] == [
        "Nguyễn Khắc Định is Vietnam's deputy foreign minister.",
        "Nguyễn Khắc Định visited Kyrgyzstan in 2023.",
    ]


def test_a_possessive_role_before_a_name_is_who_the_person_is() -> None:
    assert role_before_name("Utopia's trade minister, Ann Lee, met Bo Tan") == [
        "Ann Lee is Utopia's trade minister",
        "Ann Lee met Bo Tan",
    ]
    assert role_before_name("The trade minister of Utopia, Ann Lee, met Bo Tan") == [
        "Ann Lee is the trade minister of Utopia",
        "Ann Lee met Bo Tan",
    ]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kyrgyzstan's foreign minister, Abakirov Meder, spoke with Hằng by phone.",
            "contradicted",
        ),
        ("Lương Cường and Kasymaliev held a telephone conversation on March 6.", "contradicted"),
        ("Hằng and Meder held a telephone conversation on February 17.", "supported"),
    ],
)
def test_possessive_roles_and_phone_conversations(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


def test_a_title_before_a_name_only_says_who_is_meant(checker: Checker) -> None:
    assert fronted_title("Utopia's trade minister, Ann Lee, met Bo Tan.") == (
        "Ann Lee is Utopia's trade minister."
    )
    assert fronted_title("The trade minister of Utopia, Ann Lee, met Bo Tan.") is None
    # a right title beside a fact the record lacks leaves the sentence open, not partly true
    claim = "Kyrgyzstan's president, Sadyr Japarov, was in Vietnam on March 6 and 7, 2025."
    assert _verdict(checker, claim) == "unverified"


def test_both_modes_said_are_each_compared(checker: Checker) -> None:
    # a phone call "held in person": the phone agrees, the meeting in person does not
    result = checker.check("The deputy ministers' phone call on February 17 was held in person.")
    assert result.verdict is Verdict.contradicted
    modes = {part.value: part.status for part in result.parts if part.kind == "mode"}
    assert modes == {"by phone": Status.agrees, "in person": Status.differs}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "After the talks, the leaders signed …": the talks came first, whatever words follow
        ("The two prime ministers held talks after signing a joint statement.", "contradicted"),
        ("The leaders held talks after the signing of a joint statement.", "contradicted"),
        ("The leaders held talks before signing a joint statement.", "supported"),
        ("The two prime ministers signed a joint statement after the talks.", "supported"),
    ],
)
def test_an_order_found_both_ways_round_outweighs_one_side(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


# --- a relative clause whose pronoun is the object ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "clause", "said"),
    [
        ("The union", "Utopia joined in 1995", "Utopia joined the union in 1995"),
        ("The union", "Utopia belongs to", "Utopia belongs to the union"),
        ("Ann Lee", "Bo Tan met in May", "Bo Tan met Ann Lee in May"),
        ("Ann Lee", "joined in 1995", None),  # the pronoun is the subject: read as it was
    ],
)
def test_an_object_relative_puts_the_name_in_the_objects_place(
    name: str, clause: str, said: str | None
) -> None:
    assert object_relative(name, clause) == said


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kasymaliev, who To Lam received in Hanoi on March 6, held talks with Pham Minh Chinh.",
            "supported",
        ),
        (
            "To Lam, who Kasymaliev received in Hanoi on March 6, held talks with Pham Minh Chinh.",
            "contradicted",
        ),
    ],
)
def test_object_relatives_on_the_real_store(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


def test_an_order_in_the_passive_puts_the_doer_first() -> None:
    assert recast("The talks were preceded by the signing of the statement.") == (
        "The signing of the statement took place before the talks"
    )
    assert recast("The ceremony was followed by talks in the capital.") == (
        "Talks in the capital took place after the ceremony"
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # was called supported: 'preceded by' read as 'preceded'
        ("The talks were preceded by the signing of the joint statement.", "contradicted"),
        (
            "The welcome ceremony was followed by talks between the two prime ministers.",
            "supported",
        ),
    ],
)
def test_passive_orders_on_the_real_store(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


def test_the_receiver_named_before_the_thing_is_put_after_to() -> None:
    assert (
        recast("Ann brought Bo Tan greetings from Cy.")
        == "Ann brought greetings from Cy to Bo Tan."
    )
    assert recast("Ann handed Bo a letter from Cy, then left.") == (
        "Ann handed a letter from Cy to Bo, then left."
    )
    assert recast("Ann brought Bo along.") == "Ann brought Bo along."


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kasymaliev brought To Lam greetings and best wishes from President Japarov.",
            "contradicted",
        ),
        (
            "Kasymaliev brought Lương Cường greetings and best wishes from President Japarov.",
            "supported",
        ),
    ],
)
def test_greetings_brought_to_the_wrong_person(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The Kyrgyz project in Khánh Hoà produces and sells silk.", "contradicted"),
        ("The $5 million Kyrgyz project in Khánh Hòa province makes cement.", "contradicted"),
        ("The Kyrgyz project in Khánh Hoà makes alcoholic beverages.", "supported"),
        # a kind of drink the record's 'alcoholic beverages' may or may not be
        ("Kyrgyzstan's investment project in Vietnam produces rice wine.", "unverified"),
    ],
)
def test_the_projects_sector_against_the_lexicons_sectors(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kasymaliev became the latest of several Kyrgyz prime ministers to visit Vietnam.",
            "contradicted",
        ),
        (
            "Kasymaliev is the latest in a line of Kyrgyz prime ministers to visit Vietnam.",
            "contradicted",
        ),
        # a series of another kind than the record's first: not compared
        ("Kasymaliev's visit was the latest in a series of high-level exchanges.", "unverified"),
    ],
)
def test_the_latest_of_several_is_not_the_first(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Lương Cường tasked the two countries' trade ministries with arranging the visit.",
            "contradicted",
        ),
        (
            "Lương Cường tasked the two countries' foreign ministries with arranging the visit.",
            "supported",
        ),
        # the claim names the record's 'foreign ministries' itself: its 'trade' is another thing
        (
            "Lương Cường tasked the foreign ministries to arrange the visit and boost trade.",
            "unverified",
        ),
    ],
)
def test_ministries_named_by_another_field(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


def test_an_opposite_phrase_is_said_by_the_records_words_in_order() -> None:
    apart = _text_backing("the deputy foreign minister and the ministries")
    together = _text_backing("the two countries' foreign ministries")
    assert _opposite("trade", *apart) is None
    assert _opposite("trade", *together) == "foreign ministries"


# --- "…, a step it took X": how the act was done, said of the act --------------------------------


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Utopia opened its ports, a step it took unilaterally.", "Utopia opened its ports unilaterally."),
        ("Utopia opened its ports, a move made in 2019.", "Utopia opened its ports in 2019."),
        ("Utopia opened its ports, in a decision that they took on May 2.", "Utopia opened its ports on May 2."),
        ("Utopia opened its ports, a step forward.", "Utopia opened its ports, a step forward."),
    ],
)  # fmt: skip
def test_a_step_taken_some_way_is_the_act_done_that_way(sentence: str, read: str) -> None:
    assert recast(sentence) == read


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kyrgyzstan lets Vietnamese citizens in without a visa for 60 days, a step it took mutually.", "contradicted"),
        ("Kyrgyzstan grants Vietnamese citizens a 60-day visa exemption, a decision taken unilaterally.", "supported"),
    ],
)  # fmt: skip
def test_a_step_taken_some_way_on_the_real_store(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict
