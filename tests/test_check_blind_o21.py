"""Rules from the blind no-emphasis split blind-dev-o (session 21), each on other words."""

from __future__ import annotations

from kgvn.check import Checker
from kgvn.check.compare.orgswap import Organisation, unnamed
from kgvn.check.frame.apart import amount_tail
from kgvn.check.frame.asides import concessive
from kgvn.check.frame.atoms import atoms
from kgvn.check.frame.recast import recast
from kgvn.check.result import CheckResult, MatchedRecord, PartResult, Status, Verdict
from kgvn.check.retrieve.mentions import outranked
from kgvn.claims import parse_claim

TITLES = frozenset({"deputy finance minister", "finance minister of oceania", "prime minister"})
CALLS = MatchedRecord("call", "event", "Deputy finance ministers talk", [])


def _unknown(claim: str, role: str) -> CheckResult:
    part = PartResult("who", role, role, Status.not_on_record)
    return CheckResult(claim, Verdict.unverified, "names no one", [part])


def _deputies_only(text: str) -> CheckResult:
    verdict = Verdict.supported if "deputy finance minister" in text else Verdict.unverified
    return CheckResult(text, verdict, "read", [], [CALLS])


def test_a_role_nobody_holds_whose_deputies_did_the_act_is_contradicted() -> None:
    claim = "The May 2 call was held between the finance ministers."
    read = outranked(claim, _unknown(claim, "finance ministers"), TITLES, _deputies_only)
    assert read.verdict is Verdict.contradicted
    assert read.parts[0].on_record == "deputy finance ministers"
    assert read.records == [CALLS]


def test_a_role_nobody_holds_stays_open_when_no_deputy_did_the_act() -> None:
    claim = "The May 2 call was held between the finance ministers."
    nobody = outranked(
        claim, _unknown(claim, "finance ministers"), TITLES, lambda text: _unknown(text, "x")
    )
    assert nobody.verdict is Verdict.unverified
    # a title that only shares the last word, with no rank word before it, is no deputy of it
    envoy = "The prime envoy talked by phone."
    assert (
        outranked(envoy, _unknown(envoy, "envoy"), TITLES, _deputies_only).verdict
        is Verdict.unverified
    )


def test_a_role_said_of_no_definite_act_stays_open() -> None:
    claim = "The finance ministers talked by phone on May 2."
    read = outranked(claim, _unknown(claim, "finance ministers"), TITLES, _deputies_only)
    assert read.verdict is Verdict.unverified


def test_a_foreign_minister_said_for_a_deputy_on_the_real_store(checker: Checker) -> None:
    claim = "The 2009 trip to Kyrgyzstan was made by Vietnam's foreign minister."
    assert checker.check(claim).verdict is Verdict.contradicted
    deputy = "The 2009 trip to Kyrgyzstan was made by Vietnam's deputy foreign minister."
    assert checker.check(deputy).verdict is Verdict.supported
    other_act = "Vietnam's foreign minister visited Kyrgyzstan in 2009."
    assert checker.check(other_act).verdict is Verdict.unverified


def test_a_closing_passive_infinitive_is_said_of_the_thing_last_named() -> None:
    split = atoms("The envoys discussed a new road treaty, expected to be signed in 2030.")
    assert split == [
        "The envoys discussed a new road treaty.",
        "a new road treaty is expected to be signed in 2030.",
    ]
    due = atoms("Ann and Bo backed a joint fund, due to be launched next year.")
    assert due[-1] == "a joint fund is due to be launched next year."
    # an active infinitive stays said of the subject
    assert atoms("Ann backed a joint fund, expected to boost trade.")[-1].startswith("Ann")


def test_a_worded_figure_with_no_currency_is_money_beside_one_with_it() -> None:
    claim = parse_claim("Sales hit nine million dollars, up from seven and a half million.")
    assert [amount.usd for amount in claim.amounts] == [9_000_000.0, 7_500_000.0]
    # alone, or with a noun of its own, a worded figure is no money
    assert parse_claim("The region has seven and a half million people.").amounts == ()
    beside = parse_claim("Sales hit $9 million, while the region has sixty million people.")
    assert [amount.usd for amount in beside.amounts] == [9_000_000.0]


OFFICE = Organisation("office", "Cabinet Office", ("cabinet office",))


def test_a_name_not_on_record_among_the_organisers_is_an_organisation_of_its_own() -> None:
    claim = "The fair was co-organised by the Cabinet Office and Oceania Radio."
    assert [org.name for org in unnamed(claim, ["radio"], [OFFICE])] == ["Oceania Radio"]
    # a name said of another act, or open words outside the names, are no organisers
    assert unnamed("The fair was opened by Ann Bo.", ["ann", "bo"], [OFFICE]) == []
    assert unnamed(claim, ["radio", "lavish"], [OFFICE]) == []


def test_a_past_perfect_denial_since_a_year_is_the_first_on_record(checker: Checker) -> None:
    """'No Y had visited X since Z': the visit on record was the first by a Y since Z."""
    paid = "No Kyrgyz government leader had paid a visit to Vietnam since 1992."
    assert checker.check(paid).verdict is Verdict.supported
    # another bound than the record's, or a kind of visitor the record does not say was first
    later = "No Kyrgyz prime minister had visited Vietnam since 1995."
    assert checker.check(later).verdict is not Verdict.supported
    official = "No Kyrgyz official had visited Vietnam since 1992."
    assert checker.check(official).verdict is not Verdict.supported


def test_a_visit_that_included_talks_is_the_visit_and_the_talks() -> None:
    split = atoms("Ann Bo's 2014 trip to Utopia included talks with the Utopian premier.")
    assert split == [
        "Ann Bo's 2014 trip to Utopia took place.",
        "Ann Bo held talks with the Utopian premier.",
    ]
    other = atoms("Ann Bo's visit to Utopia included a tour of the old town.")
    assert other[-1] == "The visit included a tour of the old town."


def test_two_counted_members_of_one_group_are_two_claims() -> None:
    split = atoms("The delegation included 12 ministers and about 40 business leaders.")
    assert split == [
        "The delegation included 12 ministers.",
        "The delegation included about 40 business leaders.",
    ]
    # a second member with no count of its own is one thing listed with the first
    assert len(atoms("The club includes three families and their children.")) == 1


def test_a_state_held_since_a_year_is_the_state_and_its_start() -> None:
    split = atoms("The road toll for lorries has been in force since 2018.")
    assert split == [
        "The road toll for lorries is in force.",
        "The road toll for lorries took effect in 2018.",
    ]


def test_things_among_a_set_are_what_the_set_includes() -> None:
    read = recast("Tin and salt were among the goods on the lists to be swapped.")
    assert read == "The goods on the lists to be swapped include tin and salt."
    # a rank or a qualified set keeps its own reading
    for ranked in (
        "Utopia is among the few countries to waive visas.",
        "Utopia is among the largest buyers of tin.",
        "Utopia was among the first countries to recognise Oceania.",
    ):
        assert "include" not in recast(ranked)


def test_a_change_from_one_figure_to_another_takes_the_years_of_its_span() -> None:
    main = "Tin sales tripled between 2019 and 2021"
    read = amount_tail(main, "climbing from $2 million to $6 million", "Tin sales")
    assert read == "Tin sales climbing from $2 million in 2019 to $6 million in 2021"
    # one figure after one year: that year, as before
    assert amount_tail("Tin sales rose in 2021", "reaching $6 million", "Tin sales") == (
        "Tin sales reaching $6 million in 2021"
    )


def test_a_concessive_clause_with_no_comma_is_set_off_as_one() -> None:
    said = concessive("Tin sales stay low although exports have grown since 2019.")
    assert said == "Tin sales stay low, although exports have grown since 2019."
    # 'although' before no clause of its own is left alone
    assert (
        concessive("Tin sales stay low although rising.") == "Tin sales stay low although rising."
    )
