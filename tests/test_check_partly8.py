"""Half-true sentences whose extra fact the framer did not split off, or whose extra detail (a
year to come, a share, a sector of new projects) was read as contradicting the true part.

Each rule is tested on its own, on made-up sentences, then on the real record: the true part
and the extra come out partly supported, never supported; a wrong true part still contradicts.
"""

from __future__ import annotations

import pytest

from kgvn.check import Checker, CheckResult, PartResult, Status, Verdict
from kgvn.check.compare.ahead import ahead, date_unstated, other_stage, settles
from kgvn.check.compare.others import other_country
from kgvn.check.compare.readers import _claimed_status
from kgvn.check.compare.share_guard import share
from kgvn.check.compare.speakers import spoken_to
from kgvn.check.frame.clauses import between_commas, tail
from kgvn.check.frame.extras import (
    concessions,
    dated_details,
    extra_joins,
    in_the_past,
    recast_facts,
    uncounted,
)
from kgvn.check.frame.participles import opening_setting
from kgvn.check.frame.recast import recast
from kgvn.check.frame.tails import tails
from kgvn.check.result import MatchedRecord
from kgvn.claims import parse_claim
from kgvn.vocabulary import AgreementStatus

# --- where an extra fact begins -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ("Ann and Bo held talks lasting about two hours", "lasting about two hours"),
        ("The envoys met in Utopolis for a session running some 40 minutes", "running some"),
        ("Ann met Bo in Utopolis, whose mayor took office in 2019", "whose mayor took office"),
        ("Ann urged work on farming and fishing, areas where Utopia is strong", "areas where"),
        ("Utopia ranks 5th of 90 investors and its stake is set to grow", "its stake is set"),
        ("Ann went to Utopia in 2009 for talks with Utopia's first deputy minister", "with"),
        ("Ann went to Utopia in 2009 for talks with his counterpart Bo Tan", None),
        ("Trade averaged $2 million a year, mostly Utopian tin", "mostly Utopian tin"),
        ("Ann and Bo spoke on May 2 for nearly two hours", "for nearly two hours"),
        ("Trade hit $9 million in 2024 thanks to tin sales", "thanks to tin sales"),
        ("Ann visited Utopia in 2009 but then fell ill", "then fell ill"),
        ("Trade hit $9 million in 2024, of which tin made up half", "of which tin"),
        ("Ann met Bo in Utopolis on May 2 that drew a crowd", "that drew a crowd"),
        ("Ties began in 1992 and a Utopian office opened in 2012", "a Utopian office opened"),
        ("The pact was signed on May 2 in the presence of reporters", "in the presence of"),
        ("Ann visited Utopia on May 2-3 and Ruritania on May 4", "Ruritania on May 4"),
        ("Utopia sells tin and wool, both grown in the hills", "both grown"),
        ("Utopia has one plant in Ruritania, set up by a brewer", "set up by a brewer"),
    ],
)
def test_extra_joins(body: str, detail: str | None) -> None:
    found = [body[match.end() :] for match in extra_joins(body)]
    if detail is None:
        assert not any(item.startswith("with his counterpart") for item in found)
    else:
        assert any(item.startswith(detail) for item in found), found


def test_the_and_of_between_is_no_join() -> None:
    assert extra_joins("The pact between Utopia and the Union was signed in May") == []


def test_a_duration_with_no_date_is_no_detail() -> None:
    """'Ann and Bo met for about an hour': besides how long, it says little to check."""
    assert extra_joins("Ann and Bo met for about an hour") == []


def test_a_name_after_the_title_is_no_detail() -> None:
    """'with Minister Ann Lee' names whom the record may check: never dropped as a detail."""
    assert extra_joins("Bo went to Utopia in 2009 for talks with Minister Ann Lee") == []


def test_the_fact_before_the_extra_is_what_tails_yield() -> None:
    heads = [head for head, _, _ in tails("Ann and Bo held talks lasting about two hours.")]
    assert "Ann and Bo held talks." in heads


@pytest.mark.parametrize(
    ("body", "fact", "detail"),
    [
        (
            "Ann Lee's 2014 visit to Utopia produced a memorandum",
            "Ann Lee visited Utopia in 2014.",
            "the visit produced a memorandum",
        ),
        (
            "Bo Tan's official visit to Utopia on May 2, 2020 opened a new chapter",
            "Bo Tan paid an official visit to Utopia on May 2, 2020.",
            "the visit opened a new chapter",
        ),
        (
            "The welcome ceremony for Ann on May 2 in Utopolis included a parade",
            "The welcome ceremony for Ann on May 2 in Utopolis took place.",
            "included a parade",
        ),
    ],
)
def test_recast_facts(body: str, fact: str, detail: str) -> None:
    assert (fact, detail, False) in list(recast_facts(body))


@pytest.mark.parametrize(
    "body",
    [
        "Ann Lee's 2014 visit to Utopia was the first",  # the ordinal's own splitter reads it
        "Ann Lee's visit to Utopia took place in May",  # one fact: nothing to split off
        "The ceremony included a parade",  # no date or place: 'took place' says nothing
        "Ann's trip to Utopia for talks took place in 2019",  # the date is the act's
        "Ann's 2019 trip to Utopia ran from May 5 to 7",  # a second date: one fact
        "The parade in Utopolis on May 2 included 300 horses in 2020",
    ],
)
def test_no_recast_fact(body: str) -> None:
    assert list(recast_facts(body)) == []


@pytest.mark.parametrize(
    ("sentence", "dates", "found"),
    [
        (
            "Utopia ranks 5th among 90 investors, up from 9th in 2020.",
            ["2020"],
            ("Utopia ranks 5th among 90 investors.", "up from 9th in 2020"),
        ),
        (
            "Ann and Bo toured an exhibition, including pictures from 1992, before talks.",
            ["1992"],
            ("Ann and Bo toured an exhibition.", "including pictures from 1992, before talks"),
        ),
        (
            "Ann Lee's 2014 visit to Utopia produced a memorandum.",
            ["2014"],
            ("Ann Lee visited Utopia in 2014.", "the visit produced a memorandum"),
        ),
    ],
)
def test_dated_details(sentence: str, dates: list[str], found: tuple[str, str]) -> None:
    assert found in list(dated_details(sentence, dates))


def test_a_date_of_the_fact_itself_is_no_detail_s() -> None:
    """'… on May 9, including pictures from 1992': May 9 is the fact's own date."""
    sentence = "Ann and Bo toured an exhibition on May 9, including pictures from 1992."
    assert list(dated_details(sentence, ["May 9", "1992"])) == []
    assert list(dated_details("Utopia ranks 5th among 90 investors in 2021.", ["2021"])) == []


def test_concessions() -> None:
    sentence = "Ann and Bo signed a pact on Monday, though officials gave no timetable."
    assert ("Ann and Bo signed a pact on Monday.", "Officials gave no timetable.") in list(
        concessions(sentence)
    )
    assert list(concessions("Though it rained, Ann and Bo signed a pact on Monday.")) == []


def test_absolute_with_and_a_past_participle() -> None:
    assert tail("Ann invited Bo to Utopia by letter, with the trip pencilled in for 2026") == [
        "Ann invited Bo to Utopia by letter",
        "the trip pencilled in for 2026",
    ]


def test_whose_closing_the_sentence() -> None:
    assert tail("Utopia is a member of the Northern Union, whose pact took effect in 2016") == [
        "Utopia is a member of the Northern Union",
        "Northern Union’s pact took effect in 2016",
    ]


def test_a_participle_with_a_list_between_commas() -> None:
    """'X, led by A, B and C, were worth …': the list's commas are no clause boundary."""
    assert between_commas("Utopia's exports, led by tin, wool and tea, were worth $5 million") == [
        "Utopia's exports was led by tin, wool and tea",
        "Utopia's exports were worth $5 million",
    ]
    assert between_commas("The statement, signed on May 2, set out plans and goals") == [
        "The statement was signed on May 2",
        "The statement set out plans and goals",
    ]


def test_a_participle_between_commas_is_said_in_the_past() -> None:
    """'The envoys, speaking by phone on May 2, agreed …': they spoke by phone on May 2."""
    assert between_commas("The envoys, speaking by phone on May 2, agreed to meet") == [
        "The envoys spoke by phone on May 2",
        "The envoys agreed to meet",
    ]
    assert in_the_past("including tin and wool") == "including tin and wool"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("The leaders agreed to push talks on a tax deal.", AgreementStatus.under_negotiation),
        ("They will accelerate talks on a visa pact.", AgreementStatus.under_negotiation),
        ("They agreed to promote talks on a tax deal.", AgreementStatus.under_negotiation),
        ("The leaders held talks on the trade pact.", None),  # a meeting's topic, no status
    ],
)
def test_talks_pushed_on_a_deal_are_its_negotiation(
    claim: str, status: AgreementStatus | None
) -> None:
    assert _claimed_status(parse_claim(claim)) is status


def test_an_opening_visit_is_the_subject_s() -> None:
    def subject(clause: str) -> str:
        return clause.split(" met ")[0] if " met " in clause else ""

    assert opening_setting("During his 2023 visit to Utopia, Ann Lee met Bo Tan", subject) == [
        "Ann Lee met Bo Tan",
        "Ann Lee visited Utopia in 2023",
    ]
    assert opening_setting("During his 2023 visit to Utopia, the talks went well", subject) is None


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "Ann, who was in Utopia on May 2-3, toured a farm.",
            "Ann, who visited Utopia on May 2-3,",
        ),
        ("Ann was in Utopia from 2 May.", "Ann visited Utopia from 2 May."),
        ("Ann received a letter from Bo Tan.", "Ann was handed a letter from Bo Tan."),
    ],
)
def test_recast_presence_and_a_received_letter(said: str, read: str) -> None:
    assert recast(said).startswith(read)


def test_a_passive_order_in_a_second_clause_is_not_the_sentence_s() -> None:
    """'A ran from May 6 to 7 and was followed by B': the order is the second clause's; the
    sentence is not 'B took place after A ran … and'."""
    said = "Ann's visit ran from May 6 to 7 and was followed by a trip to Utopia."
    assert recast(said) == said
    assert recast("The parade was followed by the talks.").startswith("The talks took place after")


def test_presence_needs_a_place_and_a_time() -> None:
    """A year is time enough ('was in Utopia in 2014' is how a visit of that year is told); a
    place with no time, or a state with a day, is no visit."""
    assert recast("Ann was in charge from 2 May.") == "Ann was in charge from 2 May."
    assert recast("Ann was in Utopia.") == "Ann was in Utopia."
    assert recast("Ann was in Utopia in 2020.") == "Ann visited Utopia in 2020."
    assert recast("Ann was in Utopia in May 2020.") == "Ann visited Utopia in May 2020."
    assert recast("Ann was in talks in 2020.") == "Ann was in talks in 2020."


# --- what is to come, a share, a date one record lacks -------------------------------------------


def _result(
    claim: str,
    verdict: Verdict,
    *parts: PartResult,
    ids: tuple[str, ...] = ("r",),
    kind: str = "event",
) -> CheckResult:
    records = [MatchedRecord(item, kind, item, []) for item in ids]
    return CheckResult(claim, verdict, "why", list(parts), records)


@pytest.mark.parametrize(
    ("claim", "kind", "opened"),
    [
        ("Utopia is expected to announce new projects in tourism.", "sector", True),
        ("Utopia will set up further ventures in mining.", "sector", True),
        ("Utopia opened a plant in the mining sector.", "sector", False),  # done, not to come
        ("Ann will pay an official visit to Utopia on May 8-9.", "date", False),  # the act itself
        ("Ann said in 2023 that Utopia will never forget it.", "year", False),  # the saying's
        ("Utopia is expected to sign three deals.", "count", False),  # not a slot left open
    ],
)
def test_ahead(claim: str, kind: str, opened: bool) -> None:
    part = PartResult(kind, "x", "x", Status.differs, "y")
    result = ahead(_result(claim, Verdict.contradicted, part))
    assert (result.verdict is Verdict.unverified) is opened


@pytest.mark.parametrize(
    ("claim", "verdict", "opened"),
    [
        ("Exports accounted for about 70% of trade in 2024.", Verdict.contradicted, True),
        ("Goods from Utopia made up 80% of trade.", Verdict.supported, True),
        ("Trade in 2024 was 80% of the 2023 figure.", Verdict.supported, True),
        ("Trade grew 80% in 2024.", Verdict.supported, False),
        ("Trade grew 70% in 2024.", Verdict.contradicted, False),
    ],
)
def test_a_share_is_no_growth_rate(claim: str, verdict: Verdict, opened: bool) -> None:
    status = Status.agrees if verdict is Verdict.supported else Status.differs
    part = PartResult("change", claim.split("%")[0].split()[-1] + "%", 1.0, status, "+80.0%")
    result = share(_result(claim, verdict, part))
    assert (result.verdict is Verdict.unverified) is opened


def test_a_fraction_as_a_share() -> None:
    part = PartResult("change", "a third", 0.33, Status.differs, "+80.0%")
    claim = "Trade hit $9 million in 2024, of which tin made up a third."
    assert share(_result(claim, Verdict.contradicted, part)).verdict is Verdict.unverified
    grown = "Trade grew by a third in 2024."  # a rate of change, not a share
    assert share(_result(grown, Verdict.contradicted, part)).verdict is Verdict.contradicted


def test_a_share_with_another_wrong_part_stays_contradicted() -> None:
    parts = (
        PartResult("change", "70%", 70.0, Status.differs, "+80.0%"),
        PartResult("year", "2031", 2031, Status.differs, "2024"),
    )
    claim = "Exports made up 70% of trade in 2031."
    assert share(_result(claim, Verdict.contradicted, *parts)).verdict is Verdict.contradicted


def test_a_date_one_record_lacks_is_settled_only_by_a_record_that_dates_it() -> None:
    kept = _result(
        "x",
        Verdict.unverified,
        PartResult("status", "signed", "signed", Status.agrees, "signed"),
        PartResult("date", "May 2", "May 2", Status.not_on_record),
        ids=("deal",),
    )
    assert date_unstated(kept)
    dated = PartResult("date", "May 2", "May 2", Status.agrees, "2020-05-02")
    other = _result("x", Verdict.supported, dated, ids=("statement",))
    same = _result("x", Verdict.supported, dated, ids=("deal",))
    undated = _result("x", Verdict.supported, ids=("statement",))
    assert settles(kept, other)
    assert not settles(kept, same)
    assert not settles(kept, undated)
    assert settles(None, undated)


# --- on the real record -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "The two prime ministers held talks in Hanoi lasting roughly three hours.",
        "Kyrgyzstan is a member of the Eurasian Economic Union, whose headquarters is in Moscow.",
        "Abdyldaev Erlan Bekeshovich's 2014 visit to Vietnam yielded a joint communique.",
        "During his 2009 trip to Kyrgyzstan, Nguyen Quoc Cuong met local students.",
        "Japarov invited Luong Cuong to Kyrgyzstan, with the visit scheduled for 2026.",
    ],
)
def test_half_true_sentences_are_partly_supported(checker: Checker, claim: str) -> None:
    assert checker.check(claim).verdict is Verdict.partly_supported


@pytest.mark.parametrize(
    "claim",
    [
        "The two prime ministers held talks in Bishkek lasting roughly three hours.",
        "Abdyldaev Erlan Bekeshovich's 2012 visit to Vietnam yielded a joint communique.",
        "During his 2011 trip to Kyrgyzstan, Nguyen Quoc Cuong met local students.",
        "Japarov invited Luong Cuong to Kazakhstan, with the visit scheduled for 2026.",
    ],
)
def test_their_true_part_made_false_contradicts(checker: Checker, claim: str) -> None:
    assert checker.check(claim).verdict is Verdict.contradicted


@pytest.mark.parametrize(
    ("claim", "heard"),
    [
        ("ann told bo lee that ties are strong", True),
        ("ann said to bo lee that ties are strong", True),
        ("ann called bo lee a close friend", False),  # what is described, not who heard it
        ("ann described bo lee as a partner", False),
        ("ann and bo lee agreed", False),
    ],
)
def test_one_described_is_no_listener(claim: str, heard: bool) -> None:
    assert spoken_to(claim, ["bo lee"]) is heard


def test_called_as_described_needs_the_record_s_people(checker: Checker) -> None:
    """'called X a Y' is read as 'described X as Y'; a person described so is not the one the
    record's speaker spoke to, so the record's words about friendship do not back it."""
    assert checker.check("Chinh called Kasymaliev a close friend.").verdict is Verdict.unverified
    said = "Kasymaliev called Vietnam a priority in its foreign policy."
    assert checker.check(said).verdict is Verdict.supported


@pytest.mark.parametrize(
    ("claim", "opened"),
    [
        ("Kazakhstan ranks 60th.", True),  # another country first: not the record's figure
        ("Trade between Kazakhstan and Vietnam hit $1 billion.", True),
        ("Kyrgyzstan ranks 60th, ahead of Kazakhstan.", False),  # the record's country first
    ],
)
def test_other_country(claim: str, opened: bool) -> None:
    parts = (
        PartResult("rank", "60th", 60, Status.differs, "83"),
        PartResult("place", "kazakhstan", "kazakhstan", Status.not_on_record),
    )
    result = other_country(_result(claim, Verdict.contradicted, *parts, kind="investment"))
    assert (result.verdict is Verdict.unverified) is opened
    # where an act took place is the act's: another country there is wrong, not off the record
    act = other_country(_result(claim, Verdict.contradicted, *parts, kind="invitation"))
    assert act.verdict is Verdict.contradicted


def test_a_sequel_the_record_rules_out_contradicts(checker: Checker) -> None:
    """'…, then met Z in P': a sequel is said of the fact's subject; a record of that meeting
    elsewhere contradicts it, and a sequel the record does not give leaves the sentence partly
    supported (its order is not checked, so it never makes the sentence supported)."""
    base = "Kasymaliev met To Lam in Hanoi on March 6, then "
    assert checker.check(base + "met Chinh in Bishkek.").verdict is Verdict.contradicted
    assert checker.check(base + "flew to Da Nang.").verdict is Verdict.partly_supported
    assert checker.check(base + "held talks with Chinh.").verdict is Verdict.partly_supported


def test_a_date_of_another_stage_does_not_contradict() -> None:
    """'will be implemented from 2026' against the day the documents were signed: the claim's
    status is not the record's, so the record's date is of another stage."""
    staged = (
        PartResult("status", "in-force", "in-force", Status.not_on_record, "signed as of 2025"),
        PartResult("date", "2026", "2026", Status.differs, "2025-03-06"),
    )
    claim = "The documents will be implemented from 2026."
    assert other_stage(_result(claim, Verdict.contradicted, *staged)).verdict is Verdict.unverified
    same = (
        PartResult("status", "signed", "signed", Status.agrees, "signed as of 2025"),
        PartResult("date", "2024", "2024", Status.differs, "2025-03-06"),
    )
    claim = "The documents were signed in 2024."
    assert other_stage(_result(claim, Verdict.contradicted, *same)).verdict is Verdict.contradicted


def test_a_number_in_an_undecided_piece_keeps_the_whole_from_backing_it() -> None:
    """'…, and two more have applied': the whole read as one claim is backed only because its
    record holds the word 'two' somewhere; the piece's number is no part of that reading."""
    whole = _result(
        "x", Verdict.supported, PartResult("count", "Three families", 3, Status.agrees, "3")
    )
    piece = CheckResult("two more have applied.", Verdict.unverified, "why")
    assert uncounted([piece], whole)
    plain = CheckResult("they have applied.", Verdict.unverified, "why")
    assert not uncounted([plain], whole)
    counted = CheckResult("three families obtained it.", Verdict.unverified, "why")
    assert not uncounted([counted], whole)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "Salt and tin were among the fields Ann Lee listed for cooperation.",
            "The fields Ann Lee listed for cooperation include salt and tin.",
        ),
        ("Energy was among the areas Bo named.", "The areas Bo named include energy."),
        (
            "Utopia was among the few to host it.",
            "Utopia was among the few to host it.",
        ),
    ],
)
def test_things_among_those_someone_listed_are_what_the_list_includes(said: str, read: str) -> None:
    assert recast(said) == read
