"""Two safety rules found by a blind tuning split (blind-dev-f): a clause that names a person
only as 'him', and an agreement named inside the generic documents it is said to be among."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.agreement_names import named_agreements
from kgvn.check.compare.objects import unnamed_person
from kgvn.check.result import CheckResult, Verdict
from kgvn.claims import parse_claim
from kgvn.records import Agreement


def _supported(claim: str) -> CheckResult:
    return CheckResult(claim, Verdict.supported, "The record agrees.")


def test_him_is_backed_only_when_the_sentence_names_whom_the_record_acts_on() -> None:
    said = _supported("Ann invited him to visit Utopia.")
    assert unnamed_person(said, lambda _: False).verdict is Verdict.unverified
    assert unnamed_person(said, lambda _: True).verdict is Verdict.supported
    # no pronoun, or not supported: nothing to do
    plain = _supported("Ann invited Bo to visit Utopia.")
    assert unnamed_person(plain, lambda _: False) is plain
    open_ = CheckResult("Ann invited him.", Verdict.unverified, "No record.")
    assert unnamed_person(open_, lambda _: False) is open_


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Kasymaliev met To Lam on March 6 and invited him to visit Kyrgyzstan.",
            "partly-supported",
        ),
        ("Kasymaliev held talks with Chinh and invited him to visit Kyrgyzstan.", "supported"),
    ],
)
def test_him_on_the_real_record(checker: Checker, claim: str, expected: str) -> None:
    assert checker.check(claim).verdict.value == expected


def _agreement(identifier: str, title: str, kind: str, status: str) -> Agreement:
    return Agreement.from_json(
        {
            "id": identifier,
            "title": title,
            "kind": kind,
            "status": status,
            "parties": ["ut", "ru"],
            "summary": title,
            "evidence": [{"source": "alpha", "quote": title}],
        }
    )


def test_an_agreement_named_by_its_own_words_is_the_subject_not_its_container() -> None:
    documents = _agreement(
        "docs", "Cooperation documents on fishing", "cooperation-documents", "signed"
    )
    treaty = _agreement(
        "tax", "Agreement on double taxation avoidance", "treaty", "under-negotiation"
    )
    among = parse_claim("A double taxation avoidance agreement was among the documents signed.")
    assert named_agreements(among, [documents, treaty], frozenset()) == [treaty]
    plain = parse_claim("The cooperation documents were signed in May.")
    assert named_agreements(plain, [documents, treaty], frozenset()) == [documents]
