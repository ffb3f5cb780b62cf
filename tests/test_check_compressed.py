"""Compressed writing (headlines, tickers, bullets): abbreviations and country codes read in
full, and the shapes such writing takes, each rule on words and records of its own."""

from __future__ import annotations

from kgvn.check import Checker
from kgvn.check.compare.backing import _rephrase
from kgvn.check.frame.official import headline_tense, labelled, short_forms
from kgvn.check.result import Status, Verdict
from kgvn.claims import parse_claim

# --- abbreviations and country codes ------------------------------------------------------------


def test_titles_and_signs_are_read_in_full() -> None:
    assert (
        short_forms("Deputy FM Ann & PM Bo") == "Deputy Foreign Minister Ann and Prime Minister Bo"
    )
    assert (
        short_forms("the govt HQ, incl. Utopia") == "the government headquarters, including Utopia"
    )
    assert short_forms("the FTA and two MoUs") == (
        "the free trade agreement and two memorandums of understanding"
    )


def test_a_time_or_a_weight_is_no_abbreviation() -> None:
    # 'PM' after a clock time and 'KG' after a figure are the time of day and a weight
    assert short_forms("talks began at 3 PM") == "talks began at 3 PM"
    assert "5 KG" in short_forms("a parcel of 5 KG")


def test_the_records_country_codes_read_as_their_names() -> None:
    assert short_forms("VN-KG trade") == "Việt Nam-Kyrgyzstan trade"
    assert short_forms("KG's project") == "Kyrgyzstan's project"
    # a currency sign and a text in capitals alone are left as written
    assert short_forms("US$5m") == "US$5m"
    assert short_forms("KG PM IN HANOI") == "KG PM IN HANOI"


def test_an_abbreviated_title_of_the_wrong_side_is_contradicted(checker: Checker) -> None:
    """'Kyrgyz Deputy FM' before a Vietnamese deputy minister's name was read past."""
    wrong = checker.check("Kyrgyz Deputy FM Hang held phone talks with Meder")
    assert wrong.verdict is Verdict.contradicted
    right = checker.check("VN Deputy FM Hang held phone talks with Meder on Feb 17")
    assert right.verdict is Verdict.supported


# --- onsets --------------------------------------------------------------------------


def test_took_effect_is_no_word_of_effectively() -> None:
    """'took effect' is read as 'came into force', so 'implement effectively' never backs it."""
    assert "came into force" in _rephrase("the deal took effect in 2016")
    assert "force" not in _rephrase("they pledged to implement it effectively")


# --- a headline's present tense ------------------------------------------------------------------


def test_a_headlines_present_tense_tells_a_past_act() -> None:
    assert headline_tense("Ann Lee hosts gala for Bo") == "Ann Lee hosted gala for Bo"
    assert headline_tense("Utopia signs pact") == "Utopia signed pact"
    # one verb a clause: 'invites Bo back' keeps its 'back'
    assert headline_tense("Ann invites Bo back; Bo accepts") == "Ann invited Bo back; Bo accepted"
    # a sentence with its full stop, a state that holds and a verb after 'to' are left
    assert headline_tense("Ann hosts Bo.") == "Ann hosts Bo."
    assert headline_tense("Utopia ranks 83rd") == "Utopia ranks 83rd"
    assert headline_tense("Ann agrees to host talks") == "Ann agreed to host talks"


def test_a_headlines_wrong_host_is_contradicted(checker: Checker) -> None:
    assert checker.check("To Lam hosts welcome ceremony for Kasymaliev").verdict is (
        Verdict.contradicted
    )


# --- who answers an invitation --------------------------------------------------------------------


def test_only_the_one_invited_accepts_or_declines(checker: Checker) -> None:
    """The invitation's inviter said to accept it was supported: the record names both."""
    wrong = checker.check("Kasymaliev accepted the invitation to visit Kyrgyzstan")
    assert wrong.verdict is Verdict.contradicted
    assert any(part.kind == "answered by" for part in wrong.parts)
    right = checker.check("The Vietnamese premier accepted the invitation to visit Kyrgyzstan")
    assert right.verdict is Verdict.supported


def test_declined_before_a_noun_starting_with_in_is_a_denial() -> None:
    """'declined invitation' was read as 'declined in …', a fall, not a refusal."""
    assert parse_claim("Ann declined invitation to visit Utopia").negated
    assert not parse_claim("Trade declined in 2023").negated


# --- labels, colons and slashes ------------------------------------------------------------------


def test_a_year_label_dates_the_line() -> None:
    assert labelled("2014: Ann visits Utopia") == "In 2014, Ann visits Utopia"


def test_a_person_in_a_place_before_a_colon_is_a_visit() -> None:
    assert labelled("Utopian premier in Utopolis: talks on May 2") == (
        "Utopian premier visited Utopolis. Talks on May 2"
    )
    # a group of people or a thing in a place is not a visit; a count after it is left as written
    assert (
        labelled("Utopian firm in Ruritania: one project")
        == "Utopian firm in Ruritania: one project"
    )
    assert labelled("Utopians in Ruritania: about 100 people") == (
        "Utopians in Ruritania: about 100 people"
    )


def test_a_topic_label_the_line_repeats_is_left_out() -> None:
    assert labelled("Silk push: Ann proposes silk exports") == "Ann proposes silk exports"
    # a label the line does not repeat may be its subject: left as written
    assert labelled("Ann: trade is modest") == "Ann: trade is modest"
    assert labelled("Trade: $5m in 2020") == "Trade stood at $5m in 2020"


def test_a_timelines_facts_between_slashes_are_sentences() -> None:
    assert labelled("Timeline: A 1991 / B 1992") == "A 1991. B 1992"
    # a slash inside a word pair is no separator
    assert labelled("Timeline: ASEAN/VN stance") == "ASEAN/VN stance"


def test_versus_and_a_dropped_article_read_as_written_in_full(checker: Checker) -> None:
    assert short_forms("$5m vs $4m") == "$5m compared with $4m"
    # 'cites 1992 UN Convention' names the treaty's year, as 'the 1992 UN Convention' does
    assert checker.check("Cuong cites 1992 UNCLOS").verdict is Verdict.contradicted


def test_two_doers_joined_by_a_comma_before_a_plural_verb() -> None:
    assert headline_tense("Ann Lee, Bo sign pact") == "Ann Lee and Bo signed pact"
    # an apposition closed by a second comma, and a verb in the singular, are left
    assert headline_tense("Ann, Utopian PM, signs pact") == "Ann, Utopian PM, signs pact"
    assert short_forms("air plus rail links") == "air and rail links"


def test_a_status_said_at_the_visit_is_dated_by_it(checker: Checker) -> None:
    """'during the PM's visit', 'at PM talks' tie a signing to the meeting the record dates."""
    claim = "Kyrgyzstan, Viet Nam sign investment protection agreement during Kasymaliev's visit"
    assert checker.check(claim).verdict is Verdict.contradicted


# --- another meeting -------------------------------------------------------------------------------


def test_a_meeting_in_person_on_another_day_than_the_call_is_another_meeting(
    checker: Checker,
) -> None:
    """The record's phone call does not say two people never met face to face another year."""
    other = checker.check("Hang and Meder met in person in Hanoi in 2024")
    assert other.verdict is Verdict.unverified
    # on the call's own day, 'in person' is the call's mode said wrongly
    same_day = checker.check("Hang and Meder met in person on February 17")
    assert same_day.verdict is Verdict.contradicted


def test_local_leaders_are_an_audience_the_talks_do_not_decide(checker: Checker) -> None:
    result = checker.check("Kasymaliev met provincial leaders on March 7")
    assert result.verdict is Verdict.unverified


# --- a headline's facts ------------------------------------------------------------------------------


def test_a_headlines_facts_apart_by_dashes_and_a_person_in_a_place_on_days() -> None:
    assert short_forms("Ann Lee in Utopia Mar 6-7 - talks with Bo on trade") == (
        "Ann Lee visited Utopia on Mar 6-7; talks with Bo on trade"
    )
    # an outlet's credit after a dash is no fact; a sentence with its full stop is left
    assert short_forms("Ann met Bo on May 2 — VNA") == "Ann met Bo on May 2 — VNA"
    assert short_forms("Ann met Bo - the talks were long.") == "Ann met Bo - the talks were long."


def test_shortened_nouns_and_places_before_a_trip() -> None:
    assert short_forms("Bo accepts Ann's invite") == "Bo accepted Ann's invitation"
    assert short_forms("Ann will invite him") == "Ann will invite him"
    assert short_forms("Ann's 2014 Utopia trip") == "Ann's 2014 trip to Utopia"
    assert short_forms("visa waiver, in place since 2017") == (
        "visa waiver, which has been in place since 2017"
    )


def test_a_timelines_fact_and_its_day_with_no_word_between() -> None:
    assert labelled("Timeline: independence 31 Aug 1991 / ties 4 Jun 1992") == (
        "Independence on 31 Aug 1991. Ties on 4 Jun 1992"
    )


def test_a_list_of_fields_is_no_projects_sector(checker: Checker) -> None:
    """'mining' among four fields of cooperation does not contradict the one project's sector."""
    listed = checker.check(
        "Cuong's priorities: trade-investment, education-training, transport, energy, mining"
    )
    assert listed.verdict is not Verdict.contradicted
    assert checker.check("Kyrgyz investment in Viet Nam is in mining").verdict is (
        Verdict.contradicted
    )


# --- who is served, who is handed it ------------------------------------------------------------------


def test_a_go_between_owned_by_a_two_word_country(checker: Checker) -> None:
    """'as Viet Nam's bridge': the owner of two words was not read, so the roles turned round
    ('Kyrgyzstan as Viet Nam's bridge' against Viet Nam as Kyrgyzstan's) were supported."""
    wrong = checker.check("Chinh wants Kyrgyzstan to act as Viet Nam's bridge to ASEAN.")
    assert wrong.verdict is Verdict.contradicted
    assert any(part.kind == "go-between" for part in wrong.parts)


def test_the_one_handed_a_letter_is_not_where_the_letter_invites_him(checker: Checker) -> None:
    """'handed To Lam a letter … inviting him to Kyrgyzstan': 'to Kyrgyzstan' names no one."""
    result = checker.check(
        "Kasymaliev handed To Lam the letter from Japarov inviting him to visit Kyrgyzstan"
    )
    assert result.verdict is Verdict.contradicted
    # the one handed the letter is To Lam (found by the 'who (to)' reader, or by the letter's
    # own people once the written invitation is picked): never Kyrgyzstan
    wrong = [part for part in result.parts if part.status is Status.differs]
    assert [part.text for part in wrong] == ["To Lam"]


def test_co_hosted_is_organised_together_not_a_host() -> None:
    """'co-hosted by A and B' named a host, so the claim went to a welcome ceremony's record."""
    assert short_forms("a show co-hosted by Ann and Bo") == "a show jointly organised by Ann and Bo"


def test_a_preview_that_notes_is_a_source_not_a_fact(checker: Checker) -> None:
    """', a curtain-raiser notes' credits a piece of writing, as ', the ministry said' does."""
    said = checker.check("Two-way trade reached US$13.5 million in 2024, a preview noted")
    assert said.verdict is Verdict.supported


def test_a_thing_a_headline_says_was_done_is_read_in_the_passive() -> None:
    assert headline_tense("Joint committee mooted, to meet yearly") == (
        "Joint committee was mooted, to meet yearly"
    )
    assert headline_tense("Trade pact inked in Utopolis") == "Trade pact was inked in Utopolis"
    # a person or a title before the verb, or a verb with an object, is an act
    assert headline_tense("Utopian premier signed in Utopolis") == (
        "Utopian premier signed in Utopolis"
    )
    assert headline_tense("Ann signed deal") == "Ann signed deal"
