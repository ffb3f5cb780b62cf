"""Round 4 of issue 11's true-claim recall (fresh-true-4): a country written beside one role is not
another role's. Each kind has true and false twins in dev.jsonl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.lexicon import PLACES
from kgvn.check.retrieve.mentions import _country_beside

REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


@pytest.fixture(scope="module")
def checker() -> Checker:
    from kgvn.store import load_store

    return Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))


def _beside(text: str, role: str) -> str | None:
    start = text.index(role)
    return _country_beside(text, start, start + len(role))


def test_a_country_is_the_role_s_it_is_written_beside() -> None:
    first, second = PLACES.codes[0], PLACES.codes[1]
    one, other = PLACES.forms(first, "names")[0], PLACES.forms(second, "names")[0]
    text = f"the {one} pm met {other}'s president"
    assert _beside(text, "pm") == first
    assert _beside(text, "president") == second
    # a country before an earlier role stays with it
    assert _beside(f"{one} pm meets party chief x", "party chief") is None
    # after a role, only with 'of'
    assert _beside(f"the prime minister of {other}", "prime minister") == second


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The Kyrgyz PM met Vietnam's president Luong Cuong on March 6.", Verdict.supported),
        ("The Kyrgyz PM met Vietnam's prime minister Luong Cuong.", Verdict.contradicted),
        ("Kyrgyz PM meets Party chief To Lam in Hanoi", Verdict.supported),
        ("Kyrgyz PM meets President To Lam in Hanoi", Verdict.contradicted),
    ],
)
def test_a_headline_s_second_role_takes_no_country_from_the_first(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_one_way_passive_is_tried_with_its_doer_first() -> None:
    from kgvn.check.frame.recast import one_way_passive, recast

    said = one_way_passive("Ann's delegation was welcomed by Bo on behalf of the people.")
    assert said == "Bo welcomed Ann's delegation on behalf of the people."
    # tried, not trusted: read as written first, since the roles read a doer after 'by'
    assert recast("Ann was welcomed by Bo.") == "Ann was welcomed by Bo."
    assert one_way_passive("Ann welcomed Bo.") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The Kyrgyz delegation was welcomed by Pham Minh Chinh on behalf of the "
            "Vietnamese Government and people.",
            Verdict.supported,
        ),
        (
            "Chinh's delegation was welcomed by Kasymaliev on behalf of the Government and "
            "people of Kyrgyzstan.",
            Verdict.contradicted,
        ),
        # a possessor named first is not the doer: no roles turned round
        (
            "Kyrgyz President Japarov's greetings were conveyed by Kasymaliev to Luong Cuong.",
            Verdict.supported,
        ),
        ("Japarov's greetings were conveyed by Luong Cuong to Kasymaliev.", Verdict.contradicted),
    ],
)
def test_passives_of_one_way_acts(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_record_s_quotes_are_clauses_of_their_own() -> None:
    from kgvn.check.compare.backing import _without_aspirations
    from kgvn.check.retrieve.mentions import _record_text

    said = SimpleNamespace(
        id="said",
        statement="Ann thanked Bo.",
        evidence=[
            SimpleNamespace(quote="thanked Bo for his support for the people"),
            SimpleNamespace(quote="asking for more"),
        ],
    )
    text = _record_text(said)  # type: ignore[arg-type]
    # the second quote's 'asking' does not take the first quote's words with it
    assert "people" in _without_aspirations(text.lower())
    assert "asking" not in _without_aspirations(text.lower())


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Luong Cuong thanked Kyrgyzstan for supporting the Vietnamese people living there.",
            Verdict.supported,
        ),
        (
            "Kyrgyzstan considers Vietnam a priority in its foreign policy, Kasymaliev affirmed.",
            Verdict.supported,
        ),
        (
            "Kyrgyzstan considers Vietnam a priority in its foreign policy, To Lam affirmed.",
            Verdict.unverified,
        ),
        # talk of a thing is not a claim it is done; and said by whom the record says
        (
            "Chinh spoke of moving towards a Comprehensive Partnership with Kyrgyzstan.",
            Verdict.supported,
        ),
        (
            "Kasymaliev spoke of moving towards a Comprehensive Partnership with Vietnam.",
            Verdict.unverified,
        ),
        # a level of partnership the record gives otherwise ('Comprehensive'): `rivals`
        ("Chinh spoke of upgrading ties to a Strategic Partnership.", Verdict.contradicted),
    ],
)
def test_reporting_verbs_and_talk_of(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The Vietnamese party chief called the friendship with Kyrgyzstan a priceless asset.",
            Verdict.supported,
        ),
        # another holder's word for his title backs nothing of the party chief's
        (
            "Vietnam's premier described the friendship with Kyrgyzstan as a priceless asset.",
            Verdict.unverified,
        ),
    ],
)
def test_the_lexicon_s_words_for_a_speaker_s_title_are_his_record_s(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("numbering about a hundred, it", "numbering about 100, it"),
        ("it numbers some two hundred", "it numbers some 200"),
        ("totalling a dozen", "totalling 12"),
        # a noun or a bigger scale after it: the count and amount readers take it as written
        ("about a hundred thousand", "about a hundred thousand"),
        ("a hundred people", "a hundred people"),
    ],
)
def test_a_round_number_in_words_after_a_hedge_is_its_figure(text: str, read: str) -> None:
    from kgvn.check.frame.ordinals import spelled_decimals

    assert spelled_decimals(text) == read


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Both sides agreed to back the possible establishment of an Intergovernmental "
            "Committee.",
            Verdict.supported,
        ),
        # agreeing to set one up is more than the record's proposal
        ("The sides agreed to set up an Intergovernmental Committee.", Verdict.unverified),
    ],
)
def test_a_possible_step_is_a_proposal(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_projected_figure_is_one_meant_not_reached() -> None:
    from kgvn.check.frame.clauses import intends

    assert intends("Trade is projected to reach $50 million.")
    assert intends("Trade is set to double.")
    assert not intends("Trade reached $50 million.")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Two-way trade hit $13.5 million in 2024 and is projected to reach $50 million.",
            Verdict.partly_supported,
        ),
        (
            "Two-way trade hit $15.5 million in 2024 and is projected to reach $50 million.",
            Verdict.contradicted,
        ),
    ],
)
def test_a_projection_beside_a_true_figure(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_closing_tails_of_a_noun_clause_a_rank_and_a_time_are_claims_of_their_own() -> None:
    from kgvn.check.frame.atoms import atoms

    assert atoms("Utopia ranks 8th among 40 investors, a position it has held for years.") == [
        "Utopia ranks 8th among 40 investors.",
        "a position it has held for years.",
    ]
    assert atoms("Utopia declared independence on May 2, 1990, one of the first to do so.") == [
        "Utopia declared independence on May 2, 1990.",
        "Utopia is one of the first to do so.",
    ]
    assert atoms("Trade averaged $2 million from 2017 to 2021, when prices rose.") == [
        "Trade averaged $2 million from 2017 to 2021.",
        "prices rose.",
    ]
    # 'when' after no date is not a time the sentence gives
    assert len(atoms("Trade rose sharply, when prices fell.")) == 1


def test_a_headline_s_two_acts_after_a_comma_are_two_claims() -> None:
    from kgvn.check.frame.headlines import headline_acts

    assert headline_acts("Ann Lee signs deal in Utopia, opens trade house") == [
        "Ann Lee signs deal in Utopia",
        "Ann Lee opens trade house",
    ]
    # a list, a direction, or a sentence with its full stop is not two acts
    assert headline_acts("Utopia exports pepper, cashews and tea") is None
    assert headline_acts("Utopia exports pepper, cashews to Ruritania") is None
    assert headline_acts("Ann Lee signs deal in Utopia, opens trade house.") is None


def test_an_article_s_one_round_of_talks_names_both_sides() -> None:
    from kgvn.check.compare.speakers import one_round
    from kgvn.records import Event

    def meeting(source: str, kind: str, *people: str) -> Event:
        return Event.from_json(
            {
                "id": f"{source}-{kind}-{len(people)}",
                "date": "2025-03-06",
                "kind": kind,
                "title": "t",
                "summary": "s",
                "place": None,
                "end": None,
                "participants": list(people),
                "evidence": [{"source": source, "quote": "q"}],
            }
        )

    events = [
        meeting("one", "talks", "ann", "bo"),
        meeting("one", "reception", "ann", "bo"),
        meeting("two", "talks", "ann", "bo"),
        meeting("two", "reception", "ann", "cy"),
    ]
    assert one_round(events) == {"one": frozenset({"ann", "bo"})}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Chinh and Kasymaliev agreed to support the establishment of coordination "
            "mechanisms between economic agencies.",
            Verdict.supported,
        ),
        (
            "To Lam and Kasymaliev agreed to support the establishment of coordination "
            "mechanisms between economic agencies.",
            Verdict.unverified,
        ),
        # a policy in force was not agreed at the article's talks
        (
            "Hang and Meder agreed that Kyrgyzstan would grant Vietnamese citizens a 60-day "
            "visa exemption.",
            Verdict.unverified,
        ),
    ],
)
def test_who_agreed_to_pursue_an_agreement(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_dated_subject_is_a_visit_of_the_doer_after_by_even_with_no_place() -> None:
    from kgvn.check.frame.verbless import dated_event

    assert dated_event("The May 2020 trip", "was the first by a Utopian minister since 1990") == (
        "A Utopian minister paid a visit in May 2020",
        "The trip",
    )
    # a subject that names someone is checked as it is
    assert dated_event("Ann's May 2020 trip", "was the first by a minister") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Relations between Hanoi and Bishkek go back to 1992.", Verdict.supported),
        ("The two countries' ties go back to June 1991.", Verdict.contradicted),
        (
            "President Luong Cuong received an invitation from Kyrgyz President Sadyr Japarov "
            "to visit Kyrgyzstan.",
            Verdict.supported,
        ),
        ("Kasymaliev received an invitation from Chinh to visit Kyrgyzstan.", Verdict.contradicted),
        (
            "The PMs agreed to promote air and rail links between the two countries.",
            Verdict.supported,
        ),
        (
            "The PMs agreed to promote sea and road links between the two countries.",
            Verdict.unverified,
        ),
    ],
)
def test_ties_going_back_an_invitation_received_and_air_and_rail(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


def test_an_invitation_received_is_said_with_its_sender_first() -> None:
    from kgvn.check.frame.recast import recast

    assert recast("Ann received an invitation from Bo Lee to visit Utopia.") == (
        "Bo Lee invited Ann to visit Utopia."
    )


def test_a_year_after_first_since_bounds_a_stretch() -> None:
    from kgvn.check.compare.topics.timing import _bound

    assert _bound("their first talks since 2020", "2020")
    assert not _bound("they have had ties since 2020", "2020")
    assert not _bound("their first talks in 2020", "2020")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Hang and Meder held phone talks on February 17, their first conversation since 2020.",
            Verdict.partly_supported,
        ),
        ("Vietnam and Kyrgyzstan have had diplomatic relations since 1990.", Verdict.contradicted),
        # a year before a statement was made is history it does not date
        (
            "To Lam, who became party chief in 2024, received Kasymaliev on March 6.",
            Verdict.partly_supported,
        ),
    ],
)
def test_dates_a_record_does_not_give(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_how_a_thing_was_done_and_who_attended_are_details() -> None:
    from kgvn.check.frame.tails import tails

    found = list(tails("Ann greeted Bo with a 21-gun salute at a ceremony in Utopolis on May 2."))
    assert (
        "Ann greeted Bo at a ceremony in Utopolis on May 2.",
        "with a 21-gun salute",
        False,
    ) in (found)
    found = list(tails("Ann greeted Bo at a ceremony on May 2 attended by many students."))
    assert ("Ann greeted Bo at a ceremony on May 2.", "attended by many students", False) in found
    # a name after 'with' is who took part, not how
    assert all("with Bo" not in detail for _, detail, _ in tails("Ann met with Bo in Utopolis."))


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kyrgyz investment in Vietnam consists of a single project worth $5 million.",
            Verdict.supported,
        ),
        ("Kyrgyz investment in Vietnam consists of two projects.", Verdict.contradicted),
        (
            "Kyrgyz authorities allow Vietnamese citizens to enter without a visa for 60 days.",
            Verdict.supported,
        ),
        # a title's other words back no claim word that merely opens alike ('community')
        ("The Vietnamese community is mostly traders.", Verdict.unverified),
        (
            "The Kyrgyz Communist Party chief met Kasymaliev in Hanoi on March 6.",
            Verdict.unverified,
        ),
    ],
)
def test_lexicon_words_that_change_nothing(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_speaker_after_the_words_or_between_commas() -> None:
    from kgvn.check.compare.speakers import attributed

    assert attributed("Trade grew steadily, the Utopian premier said.") == (
        "the Utopian premier said trade grew steadily."
    )
    assert attributed("The visit, Ann Lee noted, was a milestone.") == (
        "Ann Lee noted the visit was a milestone."
    )
    # 'adding that …' closes the first claim; its speaker is read there
    said = "Trade grew, Ann said, adding that it will grow."
    assert not attributed(said).startswith("Ann said trade grew adding")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Vietnam is a priority in Kyrgyzstan's foreign policy, the Kyrgyz premier said.",
            Verdict.supported,
        ),
        # the other side of the talks in the speaker's place: the record gives the words to
        # the Kyrgyz premier (test_check_misattributed)
        (
            "Vietnam is a priority in Kyrgyzstan's foreign policy, the Vietnamese premier said.",
            Verdict.contradicted,
        ),
        (
            "Kyrgyzstan, Kasymaliev noted, considers Vietnam a priority in its foreign policy.",
            Verdict.supported,
        ),
        (
            "The two prime ministers said bilateral trade has grown but remains below potential.",
            Verdict.supported,
        ),
    ],
)
def test_reported_speech_with_a_title(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "By October 2024, Kyrgyzstan had invested $5 million in one project in Vietnam.",
            Verdict.supported,
        ),
        (
            "By October 2024, Kyrgyzstan had two investment projects in Vietnam.",
            Verdict.contradicted,
        ),
        # 'by' a date to come is a target the record does not date
        ("Kyrgyzstan will have two projects in Vietnam by 2026.", Verdict.unverified),
    ],
)
def test_by_a_past_date_is_as_of_it(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_who_clause_after_a_three_word_fact_is_split() -> None:
    from kgvn.check.frame.atoms import atoms

    assert atoms("Ann hosted Bo, who was on his first visit to Utopia.") == [
        "Ann hosted Bo.",
        "Bo was on his first visit to Utopia.",
    ]


def test_a_side_s_word_is_read_by_its_stem() -> None:
    from kgvn.check.compare.readers import _side_contexts

    first, second = (
        PLACES.forms(PLACES.codes[0], "names")[0],
        PLACES.forms(PLACES.codes[1], "names")[0],
    )
    # 'leader' and 'leadership' open alike but are not one word
    assert {word for _, word in _side_contexts(f"the {first} leader")} != {
        word for _, word in _side_contexts(f"the {second} leadership")
    }


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The Kyrgyz leader expressed admiration for Vietnam's development.", Verdict.supported),
        (
            "Chinh voiced Vietnam's readiness to serve as a bridge between Kyrgyzstan and ASEAN.",
            Verdict.supported,
        ),
        (
            # the record has Vietnam as the bridge: the sides turned round (`bridges`)
            "Kasymaliev voiced Kyrgyzstan's readiness to serve as a bridge between Vietnam and "
            "ASEAN.",
            Verdict.contradicted,
        ),
        (
            "The two sides agreed to maintain close coordination at international organisations "
            "including CICA.",
            Verdict.supported,
        ),
    ],
)
def test_readiness_including_and_a_side_s_leader(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The two prime ministers mulled the possibility of setting up an Intergovernmental "
            "Committee.",
            Verdict.supported,
        ),
        (
            "Chinh floated the idea of producing halal products for export to Kyrgyzstan.",
            Verdict.supported,
        ),
        (
            "Kasymaliev floated the idea of producing halal products for export to Kyrgyzstan.",
            Verdict.unverified,
        ),
    ],
)
def test_a_proposal_floated_or_mulled(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_but_did_not_is_a_clause_of_the_same_subject() -> None:
    from kgvn.check.frame.atoms import atoms

    assert atoms("Utopia recognised Ruritania in May 1991 but did not open an embassy.") == [
        "Utopia recognised Ruritania in May 1991.",
        "Utopia did not open an embassy.",
    ]
    assert atoms("Trade is small but growing.") == ["Trade is small but growing."]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Chinh accepted the invitation but did not set a date.", Verdict.partly_supported),
        (
            "Vietnam recognised Kyrgyzstan's independence in December 1992 but did not open an "
            "embassy until 2012.",
            Verdict.contradicted,
        ),
    ],
)
def test_a_denial_after_but(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_courtesy_call_is_a_reception_by_its_host() -> None:
    from kgvn.check.frame.recast import recast

    assert recast("Ann called on President Bo Lee in Utopolis on May 2.") == (
        "President Bo Lee received Ann in Utopolis on May 2."
    )
    assert recast("Ann paid a courtesy call on Bo Lee.") == "Bo Lee received Ann."
    # 'called on X to act' urges
    urged = "Ann called on Utopia to support the plan."
    assert recast(urged) == urged


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kasymaliev paid a courtesy call on Party General Secretary To Lam in Hanoi on March 6.",
            Verdict.supported,
        ),
        ("To Lam called on Kasymaliev in Hanoi on March 6.", Verdict.contradicted),
        (
            "Chinh presided over an official welcome ceremony for Kasymaliev in Hanoi.",
            Verdict.supported,
        ),
    ],
)
def test_courtesy_calls_and_presiding(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_participle_in_the_subject_is_a_claim_of_its_own() -> None:
    from kgvn.check.frame.subjects import reduced_subject

    assert reduced_subject("The exemption granted to Utopians has doubled tourism") == [
        "The exemption was granted to Utopians",
        "The exemption has doubled tourism",
    ]
    assert reduced_subject("The documents signed on May 2 will boost ties") == [
        "The documents were signed on May 2",
        "The documents will boost ties",
    ]
    # no auxiliary to show where the subject ends: left as it is
    assert reduced_subject("The documents signed on May 2 boost ties") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The photo exhibition organised by the Government Office and VNA was toured by the "
            "two prime ministers.",
            Verdict.supported,
        ),
        (
            "The photo exhibition organised by the Foreign Ministry was toured by the two prime "
            "ministers.",
            Verdict.contradicted,
        ),
    ],
)
def test_a_subject_s_participle_is_checked(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_a_relative_clause_with_no_commas_in_the_subject() -> None:
    from kgvn.check.frame.subjects import reduced_subject

    assert reduced_subject("The families who obtained citizenship have opened a shop") == [
        "The families obtained citizenship",
        "The families have opened a shop",
    ]
    assert reduced_subject("The show that was organised by Ann was toured by Bo") == [
        "The show was organised by Ann",
        "The show was toured by Bo",
    ]


def test_a_sized_subject_an_apposition_of_most_and_a_dash_aside() -> None:
    from kgvn.check.frame.atoms import atoms
    from kgvn.check.frame.subjects import reduced_subject

    assert reduced_subject("The club of about 100 people keeps close ties") == [
        "The club numbers about 100 people",
        "The club keeps close ties",
    ]
    assert atoms("The club of 40 members, mostly students, keeps close ties.") == [
        "The club numbers 40 members.",
        "The club are mostly students.",
        "The club keeps close ties.",
    ]
    assert atoms("Ann met Bo on May 2 — their first meeting in years.") == [
        "Ann met Bo on May 2.",
        "Ann met Bo, their first meeting in years.",
    ]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The Vietnamese community of about 100 people, mostly traders, maintains close ties "
            "with the homeland.",
            Verdict.partly_supported,
        ),
        (
            "The Vietnamese community of about 300 people maintains close ties with the homeland.",
            Verdict.contradicted,
        ),
        (
            "Kasymaliev held talks with Chinh on March 6 — their second meeting in six months.",
            Verdict.partly_supported,
        ),
    ],
)
def test_sized_subjects_and_asides(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict
