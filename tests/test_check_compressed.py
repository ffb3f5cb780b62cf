"""Compressed writing (headlines, tickers, bullets): abbreviations and country codes read in
full, and the shapes such writing takes, each rule on words and records of its own."""

from __future__ import annotations

from kgvn.check import Checker
from kgvn.check.backing import _rephrase
from kgvn.check.official import short_forms
from kgvn.check.recast import recast
from kgvn.check.result import Verdict

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


# --- onsets and presence --------------------------------------------------------------------------


def test_took_effect_is_no_word_of_effectively() -> None:
    """'took effect' is read as 'came into force', so 'implement effectively' never backs it."""
    assert "came into force" in _rephrase("the deal took effect in 2016")
    assert "force" not in _rephrase("they pledged to implement it effectively")


def test_being_in_a_country_in_a_year_is_a_visit() -> None:
    assert recast("Ann Lee was in Utopia in 2014.").startswith("Ann Lee visited Utopia in 2014")
    # a place with no year or day is no visit said
    assert "visited" not in recast("Ann Lee was in Utopia.")
