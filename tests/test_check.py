"""`kgvn check`: verdicts on true and false claims, with the quote that decides each.

Three sets of examples:

* a small canned store built here, whose figures differ from the real record on purpose, so a
  checker that knew the real facts by heart instead of reading the store would fail;
* a list of 600-odd claims written the way journalists write, true, false and unverifiable,
  against the real record in data/facts.json (skipped, saying why, while that file is missing or
  does not validate), with the accuracy on it;
* the command itself: exit codes, JSON, table, batch mode.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import Kgvn
from typer.testing import CliRunner

from kgvn import models
from kgvn.check import (
    Checker,
    CheckResult,
    Status,
    Verdict,
    amount_agrees,
    check_claim,
    ratio_status,
)
from kgvn.claims import Hedge, Ratio
from kgvn.cli import app
from kgvn.errors import StoreError
from kgvn.store import load_store, to_records

#: Fixed, so that "last year" and "33 years ago" read the same on any day the tests run.
TODAY = dt.date(2026, 11, 23)
REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


# --- a canned store ------------------------------------------------------------------------------


def cite(quote: str) -> list[dict[str, str]]:
    return [{"source": "desk-notes", "quote": quote}]


def person(
    slug: str, name: str, country: str, title: str, aliases: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        "id": slug,
        "name": name,
        "country": country,
        "roles": [{"title": title, "evidence": cite(f"{title} {name}")}],
        "aliases": [{"name": alias, "sources": ["desk-notes"]} for alias in aliases],
        "evidence": cite(f"{title} {name}"),
    }


def trade(year: int, usd: int) -> dict[str, Any]:
    return {
        "id": f"turnover-{year}",
        "measure": "two-way-trade",
        "year_from": year,
        "year_to": year,
        "value_usd": usd,
        "evidence": cite(f"trade of ${usd / 1e6:g} million in {year}"),
    }


#: Ids unlike the real record's, and figures that differ from it: 2024 trade is $6 million here.
CANNED: dict[str, Any] = {
    "schema_version": 1,
    "sources": [
        {
            "id": "desk-notes",
            "file": "desk-notes.txt",
            "outlet": "Test Desk",
            "published": "2025-03-06",
            "title": "Facts made up for the checker's tests",
            "sha256": "0" * 64,
        }
    ],
    "countries": [
        {
            "id": "vn",
            "code": "VN",
            "name": "Việt Nam",
            "aliases": [{"name": "Vietnam", "sources": ["desk-notes"]}],
            "evidence": cite("Việt Nam and Kyrgyzstan"),
        },
        {
            "id": "kg",
            "code": "KG",
            "name": "Kyrgyzstan",
            "evidence": cite("Việt Nam and Kyrgyzstan"),
        },
    ],
    "people": [
        person(
            "pm-vn", "Phạm Minh Chính", "VN", "Prime Minister of Việt Nam", ("Pham Minh Chinh",)
        ),
        person(
            "pm-kg", "Adylbek Kasymaliev", "KG", "Prime Minister of Kyrgyzstan", ("Kasimalyev",)
        ),
        person("head-vn", "Lương Cường", "VN", "State President of Việt Nam"),
        person("head-kg", "Sadyr Japarov", "KG", "President of Kyrgyzstan"),
        person("dfm-vn", "Lê Thị Thu Hằng", "VN", "Deputy Foreign Minister"),
    ],
    "organisations": [
        {
            "id": "eaeu",
            "name": "Eurasian Economic Union",
            "kind": "economic-union",
            "abbreviation": "EAEU",
            "members": ["kg"],
            "evidence": cite("the Eurasian Economic Union, of which Kyrgyzstan is a member"),
        }
    ],
    "events": [
        {
            "id": "ties",
            "date": "1992-06-04",
            "kind": "diplomatic-relations",
            "title": "Diplomatic relations established",
            "summary": "Việt Nam and Kyrgyzstan established diplomatic relations.",
            "evidence": cite("Diplomatic relations were established on June 4, 1992"),
        },
        {
            "id": "pm-visit",
            "date": "2025-03-06",
            "end": "2025-03-07",
            "kind": "visit",
            "title": "Kyrgyz Prime Minister's official visit to Việt Nam",
            "summary": "Prime Minister Adylbek Kasymaliev paid an official visit to Việt Nam.",
            "participants": ["pm-kg"],
            "place": "Việt Nam",
            "evidence": cite(
                "Prime Minister Adylbek Kasymaliev will pay an official visit on March 6-7"
            ),
        },
        {
            "id": "pm-talks",
            "date": "2025-03-06",
            "kind": "talks",
            "title": "Talks between the prime ministers",
            "summary": "Phạm Minh Chính held talks with Adylbek Kasymaliev in Hanoi.",
            "participants": ["pm-vn", "pm-kg"],
            "place": "Hanoi",
            "evidence": cite("Pham Minh Chinh held talks with his Kyrgyz counterpart in Hanoi"),
        },
        {
            "id": "reception",
            "date": "2025-03-06",
            "kind": "reception",
            "title": "President Lương Cường receives Prime Minister Kasymaliev",
            "summary": "President Lương Cường received the Kyrgyz prime minister.",
            "participants": ["head-vn", "pm-kg"],
            "evidence": cite(
                "State President Lương Cường received Kyrgyz Prime Minister Kasymaliev"
            ),
        },
        {
            "id": "invitation",
            "date": "2025-03-06",
            "kind": "invitation",
            "title": "Kasymaliev invites Phạm Minh Chính to Kyrgyzstan",
            "summary": "Kasymaliev invited Chính to visit Kyrgyzstan; he accepted.",
            "participants": ["pm-kg", "pm-vn"],
            "evidence": cite("Kasimalyev invited Chinh to visit Kyrgyzstan; Chinh accepted"),
        },
    ],
    "trade": [trade(2022, 2_000_000), trade(2023, 5_000_000), trade(2024, 6_000_000)],
    "product_flows": [
        {
            "id": "vn-sells",
            "exporter": "vn",
            "importer": "kg",
            "products": ["pepper", "tea"],
            "description": "What Việt Nam exports to Kyrgyzstan.",
            "evidence": cite("Việt Nam exports pepper and tea to Kyrgyzstan"),
        },
        {
            "id": "kg-sells",
            "exporter": "kg",
            "importer": "vn",
            "products": ["silk"],
            "description": "What Kyrgyzstan exports to Việt Nam.",
            "evidence": cite("Kyrgyzstan exports silk to Việt Nam"),
        },
    ],
    "investments": [
        {
            "id": "kg-in-vn",
            "investor": "kg",
            "host": "vn",
            "projects": 2,
            "value_usd": 8_000_000,
            "province": "Đồng Nai Province",
            "sector": "textiles and garments",
            "as_of": "2024-06-30",
            "rank": 90,
            "rank_out_of": 150,
            "evidence": cite(
                "Kyrgyzstan has two investment projects in Đồng Nai worth $8 million, making "
                "textiles and garments; it ranks 90th of 150 investors"
            ),
        }
    ],
    "agreements": [
        {
            "id": "visa-waiver",
            "title": "Kyrgyzstan's 30-day visa exemption for Vietnamese citizens",
            "kind": "visa-policy",
            "status": "in-force",
            "parties": ["kg"],
            "summary": "Kyrgyzstan unilaterally grants Vietnamese citizens a 30-day visa exemption.",
            "evidence": cite(
                "Kyrgyzstan unilaterally grants Vietnamese citizens a 30-day visa exemption"
            ),
        },
        {
            "id": "tax-treaty",
            "title": "Agreement on double taxation avoidance",
            "kind": "treaty",
            "status": "under-negotiation",
            "parties": ["vn", "kg"],
            "summary": "The prime ministers agreed to promote its negotiation.",
            "evidence": cite("promote negotiations on an agreement on double taxation avoidance"),
        },
        {
            "id": "js",
            "title": "Joint statement on the visit",
            "kind": "joint-statement",
            "status": "signed",
            "parties": ["vn", "kg"],
            "date": "2025-03-06",
            "summary": "Signed by the two prime ministers after their talks.",
            "evidence": cite("the two prime ministers signed a joint statement"),
        },
    ],
    "statements": [
        {
            "id": "diaspora",
            "topic": "community",
            "statement": "The Vietnamese community in Kyrgyzstan numbers around 200 people.",
            "value": 200,
            "unit": "people (approximately)",
            "evidence": cite("The Vietnamese community in Kyrgyzstan numbers around 200 people"),
        },
        {
            "id": "naturalised",
            "topic": "community",
            "statement": "Five Vietnamese families have obtained Kyrgyz citizenship.",
            "value": 5,
            "unit": "families",
            "evidence": cite("five families who have obtained Kyrgyz citizenship"),
        },
        {
            "id": "east-sea",
            "topic": "east-sea",
            "statement": "Phạm Minh Chính urged Kyrgyzstan to support Việt Nam's stance on the East Sea.",
            "speakers": ["pm-vn"],
            "date": "2025-03-06",
            "evidence": cite(
                "PM Chinh urged Kyrgyzstan to support the stance of Vietnam on the East Sea issue"
            ),
        },
    ],
}


@pytest.fixture(scope="module")
def canned() -> models.Store:
    return models.Store.model_validate(CANNED)


@pytest.fixture(scope="module")
def canned_checker(canned: models.Store) -> Checker:
    return Checker(canned, today=TODAY)


#: True and false variants of the canned facts; the false ones keep the words and change a fact.
CANNED_CLAIMS = [
    ("Two-way trade reached $6 million in 2024.", "supported"),
    ("Two-way trade reached $13.5 million in 2024.", "contradicted"),
    ("Trade hit 5,000,000 dollars in 2023.", "supported"),
    ("Trade hit US$6 million in 2023.", "contradicted"),
    ("Bilateral trade rose 20% in 2024.", "supported"),
    ("Bilateral trade rose 80% in 2024.", "contradicted"),
    ("Trade tripled between 2022 and 2024.", "supported"),
    ("Trade fell to $5 million in 2023.", "contradicted"),
    ("Trade reached $9 million in 2021.", "unverified"),
    ("Diplomatic relations were established on 4 June 1992.", "supported"),
    ("Vietnam and Kyrgyzstan established diplomatic ties in 1993.", "contradicted"),
    ("Kyrgyzstan grants Vietnamese citizens a 30-day visa exemption.", "supported"),
    ("Kyrgyzstan grants Vietnamese citizens a 60-day visa exemption.", "contradicted"),
    ("Vietnam grants Kyrgyz citizens a 30-day visa exemption.", "contradicted"),
    ("The two countries have a mutual visa exemption.", "contradicted"),
    ("About 200 Vietnamese people live in Kyrgyzstan.", "supported"),
    ("About 100 Vietnamese people live in Kyrgyzstan.", "contradicted"),
    ("Five Vietnamese families have obtained Kyrgyz citizenship.", "supported"),
    ("Three Vietnamese families have obtained Kyrgyz citizenship.", "contradicted"),
    ("Kyrgyzstan has two investment projects in Vietnam worth $8 million.", "supported"),
    ("Kyrgyzstan has one investment project in Vietnam.", "contradicted"),
    ("Kyrgyzstan ranks 90th among 150 countries investing in Vietnam.", "supported"),
    ("Kyrgyzstan ranks 83rd among 148 countries investing in Vietnam.", "contradicted"),
    ("The Kyrgyz projects are in Dong Nai province.", "supported"),
    ("The Kyrgyz projects are in Khanh Hoa province.", "contradicted"),
    ("Kyrgyzstan's investment projects in Vietnam make textiles.", "supported"),
    ("Kyrgyzstan's investment projects in Vietnam make alcoholic beverages.", "contradicted"),
    ("Vietnam has invested $8 million in Kyrgyzstan.", "unverified"),
    ("Kyrgyz Prime Minister Adylbek Kasymaliev visited Vietnam on March 6-7, 2025.", "supported"),
    (
        "Kyrgyz Prime Minister Adylbek Kasymaliev visited Vietnam from March 5 to 7, 2025.",
        "contradicted",
    ),
    ("Kyrgyz President Sadyr Japarov visited Hanoi in March 2025.", "unverified"),
    ("Vietnam's President visited Bishkek in 2018.", "unverified"),
    ("Pham Minh Chinh held talks with Kasymaliev in Hanoi on March 6.", "supported"),
    ("Pham Minh Chinh held talks with Kasymaliev in Bishkek.", "contradicted"),
    ("Pham Minh Chinh did not hold talks with Kasymaliev.", "contradicted"),
    ("Trade was not $9 million in 2023.", "unverified"),
    ("A Kyrgyz official visited Vietnam in 2025.", "supported"),
    ("A Kyrgyz official visited Vietnam in 2015.", "unverified"),
    ("Lương Cường received the Kyrgyz PM.", "supported"),
    ("Kasymaliev received Lương Cường.", "contradicted"),
    ("Kasymaliev invited Pham Minh Chinh to visit Kyrgyzstan.", "supported"),
    ("Pham Minh Chinh invited Kasymaliev to visit Kyrgyzstan.", "contradicted"),
    ("Sadyr Japarov is Kyrgyzstan's president.", "supported"),
    ("Sadyr Japarov is Kyrgyzstan's prime minister.", "contradicted"),
    ("Pham Minh Chinh is Kyrgyzstan's prime minister.", "contradicted"),
    ("Foreign Minister Lê Thị Thu Hằng held talks in Bishkek.", "contradicted"),
    ("Kyrgyzstan is a member of the Eurasian Economic Union.", "supported"),
    ("Vietnam exports pepper and tea to Kyrgyzstan.", "supported"),
    ("Kyrgyzstan exports pepper to Vietnam.", "unverified"),
    ("The two sides signed an agreement on double taxation avoidance.", "contradicted"),
    (
        "The two sides agreed to promote negotiations on a double taxation avoidance agreement.",
        "supported",
    ),
    ("The two prime ministers signed a joint statement on March 6, 2025.", "supported"),
    ("The joint statement was signed in 2024.", "contradicted"),
    ("Vietnam urged Kyrgyzstan to support its stance on the East Sea.", "supported"),
    ("Kyrgyzstan urged Vietnam to support its stance on the East Sea.", "unverified"),
    ("Kyrgyzstan supported Vietnam's stance on the East Sea.", "unverified"),
]


@pytest.mark.parametrize(("claim", "expected"), CANNED_CLAIMS, ids=lambda value: value[:60])
def test_verdicts_on_a_canned_store(canned_checker: Checker, claim: str, expected: str) -> None:
    result = canned_checker.check(claim)
    assert result.verdict.value == expected, result.explanation
    if result.verdict is not Verdict.unverified:
        assert result.records, "a verdict names the records that decide it"
        assert all(record.evidence for record in result.records)


def test_the_canned_checks_are_balanced() -> None:
    verdicts = Counter(verdict for _, verdict in CANNED_CLAIMS)
    assert verdicts["supported"] >= 15 and verdicts["contradicted"] >= 15
    assert verdicts["unverified"] >= 5


@pytest.mark.parametrize(
    "claim",
    [
        "Thủ tướng Phạm Minh Chính held talks with Adylbek Kasymaliev in Hà Nội.",
        "Thu tuong Pham Minh Chinh held talks with Adylbek Kasymaliev in Ha Noi.",
        "PHẠM MINH CHÍNH held talks with KASIMALYEV in Hanoi.",
        "pham minh chinh held talks with kasimalyev in hanoi",
    ],
)
def test_names_in_vietnamese_spelling_with_and_without_marks(
    canned_checker: Checker, claim: str
) -> None:
    result = canned_checker.check(claim)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.records[0].id == "pm-talks"


def test_a_contradiction_names_the_value_the_quote_and_the_source(
    canned_checker: Checker,
) -> None:
    result = canned_checker.check("Two-way trade in 2023 stood at US$9 million.")
    assert result.verdict is Verdict.contradicted
    amount = next(part for part in result.parts if part.kind == "amount")
    assert (amount.text, amount.value, amount.status, amount.on_record) == (
        "US$9 million",
        9_000_000,
        Status.differs,
        "US$5 million",
    )
    (record,) = result.records
    assert (record.id, record.kind, record.label) == (
        "turnover-2023",
        "trade",
        "Two-way trade, 2023: US$5 million",
    )
    assert [(item.source, item.quote) for item in record.evidence] == [
        ("desk-notes", "trade of $5 million in 2023")
    ]
    assert "US$9 million (record: US$5 million)" in result.explanation


def test_every_part_the_claim_gives_is_reported(canned_checker: Checker) -> None:
    result = canned_checker.check(
        "Kyrgyz Prime Minister Adylbek Kasymaliev visited Vietnam on March 6-7, 2025."
    )
    kinds = {part.kind: part for part in result.parts}
    assert kinds["date"].text == "March 6-7, 2025"
    assert kinds["date"].value == "2025-03-06"
    assert kinds["date"].on_record == "2025-03-06 – 2025-03-07"
    assert all(part.status is Status.agrees for part in result.parts)


def test_a_word_no_record_backs_keeps_a_claim_unverified(canned_checker: Checker) -> None:
    result = canned_checker.check("Pham Minh Chinh held secret talks with Kasymaliev in Hanoi.")
    assert result.verdict is Verdict.unverified
    assert result.parts[-1].kind == "words"
    assert result.parts[-1].text == "secret"


def test_to_dict_is_the_json_contract(canned_checker: Checker) -> None:
    data = canned_checker.check("Two-way trade reached $6 million in 2024.").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert list(data) == ["claim", "verdict", "explanation", "parts", "records"]
    assert data["verdict"] == "supported"
    assert data["parts"] == [
        {
            "kind": "period",
            "text": "2024",
            "value": "2024",
            "status": "agrees",
            "on_record": "2024",
        },
        {
            "kind": "amount",
            "text": "$6 million",
            "value": 6_000_000,
            "status": "agrees",
            "on_record": "US$6 million",
        },
    ]
    assert data["records"] == [
        {
            "id": "turnover-2024",
            "kind": "trade",
            "label": "Two-way trade, 2024: US$6 million",
            "evidence": [{"source": "desk-notes", "quote": "trade of $6 million in 2024"}],
        }
    ]


def test_check_claim_takes_either_form_of_the_store(canned: models.Store) -> None:
    claim = "Diplomatic relations were established on 4 June 1992."
    from_models = check_claim(canned, claim)
    from_records = check_claim(to_records(canned), claim)
    assert isinstance(from_models, CheckResult)
    assert from_models.to_dict() == from_records.to_dict()
    assert from_models.verdict is Verdict.supported
    # the evidence is the store's own, as the caller gave it
    assert from_models.records[0].evidence == list(canned.events[0].evidence)
    assert isinstance(from_models.parts, list) and isinstance(from_models.records, list)


def test_checking_is_fast_once_the_store_is_indexed(canned_checker: Checker) -> None:
    claims = [claim for claim, _ in CANNED_CLAIMS]
    started = time.perf_counter()
    for claim in claims:
        canned_checker.check(claim)
    mean = (time.perf_counter() - started) / len(claims)
    assert mean < 0.010, f"{mean * 1000:.1f} ms a claim"


@pytest.mark.parametrize(
    ("claimed", "hedge", "on_record", "precision", "agrees"),
    [
        (13.5e6, Hedge.exact, 13.5e6, 1e5, True),
        (13.4e6, Hedge.exact, 13.5e6, 1e5, False),
        (14e6, Hedge.exact, 13.5e6, 1e6, False),
        (14e6, Hedge.about, 13.5e6, 1e6, True),
        (7e6, Hedge.about, 7.5e6, 1e6, False),
        (14e6, Hedge.nearly, 13.5e6, 1e6, True),
        (13e6, Hedge.nearly, 13.5e6, 1e6, False),
        (15e6, Hedge.nearly, 13.5e6, 1e6, False),
        (10e6, Hedge.more_than, 13.5e6, 1e6, True),
        (15e6, Hedge.more_than, 13.5e6, 1e6, False),
        (15e6, Hedge.less_than, 13.5e6, 1e6, True),
    ],
)
def test_approximations_are_read_honestly(
    claimed: float, hedge: Hedge, on_record: float, precision: float, agrees: bool
) -> None:
    assert amount_agrees(claimed, hedge, on_record, precision) is agrees


@pytest.mark.parametrize(
    ("value", "hedge", "actual", "status"),
    [
        (2.0, Hedge.exact, 2.0, Status.agrees),
        (2.0, Hedge.exact, 1.8, Status.not_on_record),  # "doubled" for x1.8: too close to call
        (3.0, Hedge.exact, 1.8, Status.differs),
        (2.0, Hedge.nearly, 1.8, Status.agrees),
        (2.0, Hedge.more_than, 1.8, Status.differs),
        (3.0, Hedge.more_than, 3.0, Status.differs),
    ],
)
def test_multiples_are_read_honestly(
    value: float, hedge: Hedge, actual: float, status: Status
) -> None:
    assert ratio_status(Ratio(value, "doubled", hedge), actual) is status


# --- the real record ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_store() -> models.Store:
    if not REAL_STORE.is_file():
        pytest.skip(f"{REAL_STORE} is not there yet: the real record is still being written")
    try:
        return load_store(REAL_STORE)
    except StoreError as error:
        pytest.skip(f"{REAL_STORE} does not validate yet: {error.message}")


@pytest.fixture(scope="module")
def checker(real_store: models.Store) -> Checker:
    return Checker(real_store, today=TODAY)


#: Claims as journalists write them, with what the record says of each: 600-odd, true, false
#: and unverifiable, on every subject the record covers.
CLAIMS = """
Kyrgyzstan and Vietnam established diplomatic ties in June 1992.	supported
Two-way trade in 2023 stood at US$9 million.	contradicted
Vietnam's President visited Bishkek in 2018.	unverified
Diplomatic relations between Vietnam and Kyrgyzstan were established on June 4, 1992.	supported
Vietnam and Kyrgyzstan established diplomatic relations in 1993.	contradicted
Two-way trade reached $13.5 million in 2024.	supported
Bilateral trade hit 13.4 million USD in 2024.	contradicted
Trade between the two countries was $4.5 million in 2022.	supported
Two-way trade rose to US$7.5 million in 2023.	supported
Trade reached $13.5 million in 2023.	contradicted
From 2017 to 2021, two-way trade averaged US$1.36 million a year.	supported
From 2017 to 2021, bilateral trade averaged $2 million annually.	contradicted
Two-way trade grew by 80% in 2024.	supported
trade between the two countries hit $15 million last year	unverified
Kyrgyzstan declared independence on August 31, 1991.	supported
Kyrgyzstan declared independence in 1990.	contradicted
Vietnam recognised Kyrgyzstan's independence on 27/12/1991.	supported
Vietnam recognised Kyrgyzstan's independence in January 1992.	contradicted
Kyrgyzstan grants Vietnamese citizens a 60-day visa exemption.	supported
Kyrgyzstan grants Vietnamese citizens a 90-day visa exemption.	contradicted
Vietnam grants Kyrgyz citizens a 60-day visa exemption.	contradicted
About 100 Vietnamese people live in Kyrgyzstan.	supported
The Vietnamese community in Kyrgyzstan numbers around 1,000 people.	contradicted
Three Vietnamese families have obtained Kyrgyz citizenship.	supported
Five Vietnamese families have obtained Kyrgyz citizenship.	contradicted
Kyrgyzstan has one investment project in Vietnam worth $5 million.	supported
Kyrgyzstan has two investment projects in Vietnam.	contradicted
Kyrgyzstan ranks 83rd among 148 countries and territories investing in Vietnam.	supported
Kyrgyzstan ranks 38th among 148 foreign investors in Vietnam.	contradicted
The Kyrgyz project in Khánh Hoà produces alcoholic beverages.	supported
Kyrgyz Prime Minister Adylbek Kasymaliev paid an official visit to Vietnam on March 6-7, 2025.	supported
Kyrgyz PM Kasimalyev visited Vietnam in April 2025.	contradicted
This is the first visit to Vietnam by a Kyrgyz prime minister since 1992.	supported
It was the second visit by a Kyrgyz prime minister to Vietnam.	contradicted
State President Lương Cường received Kyrgyz Prime Minister Adylbek Kasymaliev on March 6, 2025.	supported
Party General Secretary To Lam received the Kyrgyz PM in Hanoi on March 6.	supported
Kyrgyz President Sadyr Japarov visited Hanoi in March 2025.	unverified
Deputy Foreign Minister Le Thi Thu Hang held phone talks with Abakirov Meder on February 17, 2025.	supported
Deputy Foreign Minister Nguyễn Quốc Cường visited Kyrgyzstan in 2009.	supported
Nguyen Quoc Cuong visited Kyrgyzstan in 2011.	contradicted
National Assembly Vice Chairman Nguyen Khac Dinh visited Kyrgyzstan in 2023.	supported
The two prime ministers signed a joint statement.	supported
Vietnam and Kyrgyzstan signed an agreement on double taxation avoidance.	contradicted
The two sides agreed to promote negotiations on a double taxation avoidance agreement.	supported
They signed cooperation documents on education, legal affairs and civil aviation.	supported
They signed cooperation documents on energy.	contradicted
Vietnam exports pepper, tea and cashews to Kyrgyzstan.	supported
Kyrgyzstan exports silk and tobacco products to Vietnam.	supported
Vietnam exports rice to Kyrgyzstan.	unverified
Sadyr Japarov is the President of Kyrgyzstan.	supported
Sadyr Japarov is Kyrgyzstan's prime minister.	contradicted
Pham Minh Chinh accepted an invitation to visit Kyrgyzstan.	supported
Kyrgyzstan is a member of the Eurasian Economic Union.	supported
Vietnam and Kyrgyzstan signed a free trade agreement.	contradicted
Vietnam's exports to Kyrgyzstan reached $10 million in 2024.	unverified
The leaders agreed to expand cooperation into agriculture and education-training.	supported
Kyrgyzstan considers Vietnam a priority in its foreign policy.	supported
Vietnam opened an embassy in Bishkek in 2020.	unverified
The two sides agreed to consider setting up an Intergovernmental Committee.	supported
Two-way trade stood at nearly $14 million in 2024.	supported
Trade topped $20 million in 2024.	contradicted
Hanoi and Bishkek set up diplomatic relations on 4 June 1992.	supported
The two nations have had diplomatic relations since 1992.	supported
Vietnam was among the first to recognise Kyrgyzstan, doing so on December 27, 1991.	unverified
Bilateral trade totalled USD 7.5m in 2023.	supported
Two-way trade nearly doubled to $13.5 million in 2024.	supported
In 2022, trade between Vietnam and Kyrgyzstan amounted to 4,500,000 dollars.	supported
Trade between Vietnam and Kyrgyzstan reached $4.5 million in 2021.	unverified
Bilateral trade was worth about $7 million in 2023.	contradicted
Two-way trade exceeded $10 million in 2024.	supported
Two-way trade fell to $7.5 million in 2023.	contradicted
Kyrgyzstan has a single project in Vietnam, valued at US$5 million.	supported
Kyrgyz investment in Vietnam totals $50 million.	contradicted
Kyrgyzstan's investment project is located in Ho Chi Minh City.	contradicted
Kyrgyzstan is the 83rd largest investor in Vietnam.	supported
Kyrgyzstan is ranked 83rd out of 150 investors in Vietnam.	contradicted
Vietnamese citizens can stay in Kyrgyzstan visa-free for up to 60 days.	supported
Kyrgyzstan offers Vietnamese nationals a 30-day visa waiver.	contradicted
Around 100 Vietnamese live in Kyrgyzstan.	supported
Some 500 Vietnamese people live in Kyrgyzstan.	contradicted
Kasymaliev held talks with Pham Minh Chinh in Hanoi on March 6, 2025.	supported
Kasymaliev held talks with Pham Minh Chinh in Bishkek.	contradicted
Prime Minister Pham Minh Chinh held talks with his Kyrgyz counterpart on March 7, 2025.	contradicted
To Lam received Adylbek Kasymaliev in Hanoi.	supported
Luong Cuong received Kasymaliev on March 8, 2025.	contradicted
Kyrgyz Foreign Minister Abdyldaev Erlan Bekeshovich visited Vietnam in 2014.	supported
Kyrgyz Foreign Minister Abdyldaev Erlan Bekeshovich visited Vietnam in 2016.	contradicted
Lê Thị Thu Hằng spoke by phone with Abakirov Meder in February 2025.	supported
Vietnam and Kyrgyzstan signed an investment protection agreement in March 2025.	contradicted
Vietnam and Kyrgyzstan signed a joint statement on March 6, 2025.	supported
The Free Trade Agreement between Vietnam and the Eurasian Economic Union is in force.	supported
The leaders agreed to set up an Intergovernmental Committee immediately.	contradicted
Kyrgyz President Sadyr Japarov invited Vietnamese President Luong Cuong to visit Kyrgyzstan.	supported
Kasymaliev invited Chinh to visit Kyrgyzstan, and Chinh accepted.	supported
Pham Minh Chinh declined an invitation to visit Kyrgyzstan.	contradicted
Kyrgyzstan exports machinery and equipment to Vietnam.	supported
Vietnam exports computers and electronics to Kyrgyzstan.	supported
Kyrgyzstan exports coffee to Vietnam.	unverified
Vietnam supports Kyrgyzstan's bid for a UN Security Council seat.	unverified
Vietnam urged Kyrgyzstan to support its stance on the East Sea issue.	supported
Kyrgyzstan and Vietnam agreed to open a direct flight between Hanoi and Bishkek in 2026.	unverified
The Kyrgyz Prime Minister visited Vietnam for the first time in 2019.	contradicted
Adylbek Kasymaliev is the President of Kyrgyzstan.	contradicted
Luong Cuong is Vietnam's State President.	supported
Vietnam's trade with Kyrgyzstan stood at $1.36 million in 2019.	unverified
The Vietnamese community in Kyrgyzstan has around 100 members.	supported
Nguyen Khac Dinh, Vice Chairman of the National Assembly, visited Kyrgyzstan in 2024.	contradicted
Kyrgyzstan's only investment project in Vietnam produces and trades alcoholic beverages.	supported
Kyrgyzstan has invested in textiles in Vietnam.	contradicted
Thủ tướng Phạm Minh Chính held talks with Adylbek Kasymaliev on March 6.	supported
Pham Minh Chinh did not hold talks with Kasymaliev.	contradicted
Kyrgyzstan did not declare independence until 1992.	contradicted
Trade between Vietnam and Kyrgyzstan reached US$13.5mn in 2024, up from US$7.5mn in 2023.	supported
Trade between Vietnam and Kyrgyzstan reached US$13.5mn in 2023, up from US$7.5mn in 2022.	contradicted
Vietnam's investment in Kyrgyzstan stands at $5 million.	unverified
Kyrgyzstan has 83 investment projects in Vietnam.	contradicted
The Kyrgyz PM's visit took place from 6 to 7 March 2025.	supported
Kasymaliev's visit to Vietnam lasted from March 6 to March 9, 2025.	contradicted
Vietnam's Deputy Foreign Minister visited Kyrgyzstan in 2009 for political consultations.	supported
Nguyễn Khắc Định visited Kyrgyzstan in 2022.	contradicted
The joint statement was signed in Bishkek.	contradicted
Vietnam and Kyrgyzstan signed three cooperation documents.	unverified
Kyrgyzstan's president is Sadyr Japarov.	supported
The Vietnamese community in Kyrgyzstan numbers about 10,000.	contradicted
Kyrgyzstan unilaterally exempts Vietnamese citizens from visas for 60 days.	supported
Vietnam and Kyrgyzstan have mutual visa exemption.	contradicted
Vietnam's key exports to Kyrgyzstan include tea and pepper.	supported
Kyrgyzstan imports cashews from Vietnam.	supported
Two-way trade increased by 50% in 2024.	contradicted
Kyrgyz Prime Minister Kasymaliev met Party General Secretary To Lam in Hanoi on March 6, 2025.	supported
General Secretary To Lam visited Kyrgyzstan in March 2025.	unverified
The two countries agreed to cooperate in defence and security.	supported
The two countries agreed to cooperate on nuclear power.	unverified
Kyrgyzstan is Vietnam's largest trading partner in Central Asia.	unverified
Vietnam is ready to act as a bridge for Kyrgyzstan to ASEAN.	supported
Two-way trade in 2020 was $1.36 million.	unverified
The average yearly trade from 2017 to 2021 was $1.5 million.	contradicted
Kyrgyzstan has an investment project in Khanh Hoa province.	supported
As of October 2024, Kyrgyzstan had one investment project in Vietnam.	supported
As of October 2023, Kyrgyzstan had one investment project in Vietnam.	contradicted
Vietnam and Kyrgyzstan have had diplomatic relations for more than three decades.	supported
Two-way trade between Vietnam and Kyrgyzstan reached 13.5 million USD in 2024, up from 7.5 million USD in 2023.	supported
In 2024, bilateral trade between Vietnam and Kyrgyzstan was about US$13 million.	supported
Bilateral trade grew threefold between 2022 and 2024.	supported
The Kyrgyz prime minister's visit took place on March 6 and 7, 2025.	supported
The Kyrgyz prime minister visited Vietnam in March 2025.	supported
The Kyrgyz prime minister visited Vietnam in 2024.	contradicted
Vietnam's Prime Minister Pham Minh Chinh visited Kyrgyzstan in March 2025.	unverified
Kyrgyzstan's foreign minister visited Vietnam in 2014.	supported
A Vietnamese deputy foreign minister visited Kyrgyzstan in 2009.	supported
Kyrgyzstan declared its independence on 31 August 1991.	supported
Vietnam recognised Kyrgyzstan's independence in 1991.	supported
Vietnam recognized Kyrgyzstan on December 27, 1992.	contradicted
Kyrgyzstan has one investment project in Vietnam with registered capital of US$5 million.	supported
Kyrgyzstan's investment project in Vietnam is valued at $15 million.	contradicted
The Kyrgyz investment project in Vietnam is in Khanh Hoa province.	supported
Kyrgyzstan is one of the few countries to grant Vietnamese citizens visa-free entry for 60 days.	supported
Kyrgyzstan waives visas for Vietnamese citizens for up to 45 days.	contradicted
Around 100 Vietnamese people live in Kyrgyzstan, including three families with Kyrgyz citizenship.	supported
There are about 100 Vietnamese in Kyrgyzstan, four families of whom hold Kyrgyz citizenship.	contradicted
Deputy Foreign Minister Le Thi Thu Hang held phone talks with her Kyrgyz counterpart on February 17.	supported
Deputy Foreign Minister Le Thi Thu Hang held phone talks with her Kyrgyz counterpart on February 18.	contradicted
The leaders witnessed the signing of cooperation documents in education, legal affairs and civil aviation.	supported
The two sides signed an agreement on double taxation avoidance during the visit.	contradicted
Kyrgyzstan exports alcoholic beverages to Vietnam.	supported
Vietnam exports tea to Kyrgyzstan.	supported
Kyrgyz President Sadyr Japarov sent a letter inviting President Luong Cuong to visit Kyrgyzstan.	supported
Luong Cuong turned down the invitation to visit Kyrgyzstan.	contradicted
Trade between Vietnam and Kyrgyzstan averaged US$1.36 million a year from 2017 to 2021.	supported
Trade averaged US$1.36 million a year between 2015 and 2020.	unverified
Pham Minh Chinh and Kasymaliev held talks in Hanoi on March 6.	supported
To Lam met Kasymaliev on March 6, 2025 in Hanoi.	supported
The Vietnam-EAEU free trade agreement was signed in 2015.	unverified
Vietnam and Kyrgyzstan agreed to cooperate on Halal products.	unverified
Vietnam proposed to act as a bridge between Kyrgyzstan and ASEAN.	supported
Kyrgyzstan ranks 84th among countries investing in Vietnam.	contradicted
Vietnam and Kyrgyzstan set up diplomatic relations on June 4, 1992.	supported
Diplomatic ties were established in July 1992.	contradicted
The two countries established diplomatic relations in 1991.	contradicted
Vietnam and Kyrgyzstan have maintained diplomatic relations since 4/6/1992.	supported
Vietnam did not establish diplomatic relations with Kyrgyzstan until 1995.	contradicted
Kyrgyzstan became independent on 31 August 1991.	supported
Kyrgyzstan gained independence in September 1991.	contradicted
Vietnam recognized Kyrgyzstan's independence in December 1991.	supported
Vietnam recognised Kyrgyz independence on December 25, 1991.	contradicted
Vietnam never recognised Kyrgyzstan's independence.	contradicted
Bilateral trade reached US$13.5 million in 2024.	supported
Bilateral trade reached US$13.5 million in 2022.	contradicted
Bilateral trade came to $4.5mn in 2022.	supported
Bilateral trade came to $5.4mn in 2022.	contradicted
Trade turnover between the two countries amounted to 7.5 million USD in 2023.	supported
Trade turnover hit $7.5 million in 2024.	contradicted
Two-way trade stood at roughly $13.5 million last year.	unverified
Trade between Vietnam and Kyrgyzstan totalled $13.5 million in 2024, nearly double the 2023 figure.	supported
Two-way trade averaged $1.36 million per year in 2017-2021.	supported
Two-way trade averaged $1.63 million per year in 2017-2021.	contradicted
Two-way trade in 2024 was less than $10 million.	contradicted
Bilateral trade surpassed $12 million in 2024.	supported
Trade between the two countries tripled from 2022 to 2024.	supported
Two-way trade reached 13,500,000 dollars in 2024.	supported
Two-way trade reached 13,400,000 dollars in 2024.	contradicted
Vietnam's trade with Kyrgyzstan was worth $13.5 billion in 2024.	contradicted
Trade between the two nations was 7.5 triệu USD in 2023.	supported
In 2023, two-way trade amounted to just $7.5 million.	supported
Two-way trade reached $4.5 million in 2023.	contradicted
Two-way trade rose 80 percent in 2024.	supported
Trade fell in 2024.	contradicted
Kyrgyzstan exports tea to Vietnam.	unverified
Vietnam exports silk to Kyrgyzstan.	unverified
Vietnam imports alcoholic beverages from Kyrgyzstan.	supported
Kyrgyzstan imports pepper from Vietnam.	supported
Vietnam's exports to Kyrgyzstan include electronics and components.	supported
Kyrgyzstan sells machinery to Vietnam.	supported
Vietnam does not export pepper to Kyrgyzstan.	contradicted
Kyrgyzstan invested $5 million in a single project in Khánh Hòa.	supported
Kyrgyzstan's sole investment project in Vietnam, in Khanh Hoa, is worth US$6 million.	contradicted
Kyrgyzstan ranked 83rd of 148 countries and territories investing in Vietnam.	supported
Kyrgyzstan ranked 85th out of 148 investors in Vietnam.	contradicted
Kyrgyzstan had three investment projects in Vietnam as of October 2024.	contradicted
The Kyrgyz project in Vietnam makes textiles.	contradicted
The Kyrgyz investment project is located in Da Nang.	contradicted
Kyrgyzstan has one investment project in Vietnam, in Khanh Hoa province, producing alcoholic drinks.	supported
Vietnamese investment in Kyrgyzstan totals $20 million.	unverified
Kyrgyzstan offers Vietnamese citizens visa-free stays of 60 days.	supported
Vietnamese passport holders can enter Kyrgyzstan without a visa for 60 days.	supported
Kyrgyzstan grants a 30-day visa-free regime to Vietnamese citizens.	contradicted
Vietnam exempts Kyrgyz citizens from visas for 60 days.	contradicted
Vietnam and Kyrgyzstan agreed a mutual 60-day visa exemption.	contradicted
Kyrgyzstan is among few CIS countries to grant Vietnamese a visa exemption unilaterally.	supported
About 100 Vietnamese nationals reside in Kyrgyzstan.	supported
Around 200 Vietnamese people live in Kyrgyzstan.	contradicted
Some 100 Vietnamese live in Kyrgyzstan, three families of whom have Kyrgyz citizenship.	supported
Two Vietnamese families have become Kyrgyz citizens.	contradicted
Three Vietnamese families hold Kyrgyz citizenship.	supported
Adylbek Kasymaliev paid an official visit to Vietnam from March 6 to 7, 2025.	supported
Adylbek Kasymaliev paid an official visit to Vietnam from March 5 to 7, 2025.	contradicted
Kyrgyz Prime Minister Adylbek Kasymaliev visited Vietnam in March 2024.	contradicted
Kasymaliev's trip was the first by a Kyrgyz prime minister to Vietnam since diplomatic ties were set up.	supported
Kasymaliev was visiting Vietnam for the first time.	supported
Kyrgyz President Sadyr Japarov visited Vietnam in March 2025.	unverified
Sadyr Japarov held talks with Pham Minh Chinh in Hanoi.	unverified
President Luong Cuong visited Bishkek in 2025.	unverified
Prime Minister Pham Minh Chinh hosted an official welcome ceremony for Kasymaliev in Hanoi on March 6.	supported
Pham Minh Chinh hosted a welcome ceremony for Kasymaliev in Ho Chi Minh City.	contradicted
Lương Cường received the Kyrgyz PM.	supported
Luong Cuong received the Kyrgyz Prime Minister on March 7.	contradicted
General Secretary Tô Lâm received Prime Minister Kasymaliev.	supported
Tô Lâm received Kasymaliev in Bishkek.	contradicted
Vietnamese Deputy Foreign Minister Nguyen Quoc Cuong travelled to Kyrgyzstan in 2009.	supported
Nguyen Quoc Cuong visited Kyrgyzstan in 2010 for political consultations.	contradicted
National Assembly Vice Chairman Nguyen Khac Dinh visited Kyrgyzstan in 2021.	contradicted
Nguyen Khac Dinh visited Kyrgyzstan in 2023.	supported
Kyrgyz Foreign Minister Erlan Abdyldaev visited Vietnam in 2014.	supported
Kyrgyz Foreign Minister Erlan Abdyldaev visited Vietnam in 2015.	contradicted
Le Thi Thu Hang and Abakirov Meder held phone talks on 17 February 2025.	supported
Le Thi Thu Hang and Abakirov Meder held phone talks on 17 March 2025.	contradicted
Le Thi Thu Hang visited Bishkek in February 2025.	unverified
The two prime ministers signed a joint statement on March 6, 2025.	supported
The joint statement was signed on March 7, 2025.	contradicted
The two sides signed documents on cooperation in education, law and civil aviation.	supported
The two sides signed a cooperation document on tourism.	contradicted
Vietnam and Kyrgyzstan signed an investment promotion and protection agreement.	contradicted
The leaders agreed to promote negotiations on an investment protection agreement.	supported
Vietnam and Kyrgyzstan have a bilateral free trade agreement.	contradicted
Kyrgyzstan is a member of the EAEU.	supported
Vietnam is a member of the Eurasian Economic Union.	unverified
Kasymaliev invited Pham Minh Chinh to pay an official visit to Kyrgyzstan.	supported
Pham Minh Chinh invited Kasymaliev to visit Kyrgyzstan.	contradicted
Japarov invited Luong Cuong to visit Kyrgyzstan.	supported
Adylbek Kasymaliev is Kyrgyzstan's prime minister.	supported
Pham Minh Chinh is Vietnam's president.	contradicted
To Lam is General Secretary of the Communist Party of Vietnam.	supported
Luong Cuong is Vietnam's prime minister.	contradicted
Vietnam and Kyrgyzstan agreed to upgrade ties to a comprehensive strategic partnership.	unverified
Vietnam and Kyrgyzstan upgraded relations to a Comprehensive Partnership in March 2025.	unverified
Kyrgyzstan supported Vietnam's stance on the East Sea.	unverified
Kyrgyzstan's population is 7 million.	unverified
Vietnam and Kyrgyzstan signed 15 agreements during the visit.	unverified
The two countries agreed to open direct flights.	unverified
Kyrgyz PM Kasymaliev visited Vietnam on March 6-7, 2025, at the invitation of PM Pham Minh Chinh.	supported
The visit took place at the invitation of President Luong Cuong.	contradicted
Vietnam and Kyrgyzstan agreed to cooperate in aviation and railways.	supported
The photo exhibition was organised by the Government Office and the Vietnam News Agency.	supported
Kyrgyzstan has two investment projects in Khanh Hoa worth $5 million.	contradicted
As of 31 October 2024, Kyrgyzstan had one project in Vietnam.	supported
Trade in 2024 was around $14 million.	supported
Trade in 2024 reached nearly $15 million.	contradicted
Trade in 2023 exceeded $8 million.	contradicted
Bilateral trade doubled in 2024 to $15 million.	contradicted
Trade hit a record $13.5 million in 2024.	unverified
The Vietnamese community in Kyrgyzstan numbers over 1,000.	contradicted
The Vietnamese community in Kyrgyzstan is small, with about 100 people.	supported
Kyrgyzstan's prime minister visited Vietnam in 2014.	contradicted
Japarov is Kyrgyzstan's president.	supported
Kasymaliev met To Lam on March 7, 2025.	contradicted
Kyrgyzstan and Vietnam first established diplomatic ties 33 years ago.	supported
Kyrgyzstan's investment in Vietnam reached $13.5 million.	contradicted
Two-way trade was worth $5 million in 2022.	contradicted
Kyrgyzstan's investment project is worth $4.5 million.	contradicted
Vietnam ranks 83rd among investors in Kyrgyzstan.	unverified
Kyrgyzstan ranks 148th among countries investing in Vietnam.	contradicted
The visa exemption allows Vietnamese to stay in Kyrgyzstan for two months.	supported
Kyrgyzstan grants Vietnamese citizens a 60-day visa exemption, one of few countries in the world to do so.	supported
Kyrgyzstan does not require visas from Vietnamese citizens for stays of up to 60 days.	supported
Vietnamese citizens need a visa to visit Kyrgyzstan.	contradicted
Around 100 Kyrgyz people live in Vietnam.	unverified
About 1,000 Vietnamese live in Kyrgyzstan.	contradicted
The community of Vietnamese in Kyrgyzstan is about 100-strong.	supported
Three Vietnamese families in Kyrgyzstan have been granted Kyrgyz citizenship.	supported
Thirty Vietnamese families have Kyrgyz citizenship.	contradicted
It was the first-ever official visit to Vietnam by a Kyrgyz head of government.	supported
This was Kasymaliev's second visit to Vietnam.	contradicted
It was the first visit to Vietnam by a Kyrgyz president.	unverified
Kasymaliev became the first Kyrgyz prime minister to visit Vietnam since ties were established in 1993.	contradicted
Pham Minh Chinh received Kyrgyz President Sadyr Japarov in Hanoi.	unverified
Vietnamese President Luong Cuong held talks with Kyrgyz President Sadyr Japarov.	unverified
Luong Cuong held talks with Pham Minh Chinh.	unverified
Pham Minh Chinh and Adylbek Kasymaliev held talks on March 6.	supported
Pham Minh Chinh and Adylbek Kasymaliev held talks on March 9.	contradicted
Prime Minister Pham Minh Chinh and Kyrgyz President Sadyr Japarov held talks in Hanoi.	unverified
The talks between the two prime ministers took place in Hanoi.	supported
The talks between the two prime ministers took place in Bishkek.	contradicted
To Lam visited Kyrgyzstan in 2023.	unverified
Nguyen Khac Dinh visited Kyrgyzstan in 2009.	contradicted
Abakirov Meder visited Vietnam in February 2025.	unverified
Deputy Foreign Minister Le Thi Thu Hang and her Kyrgyz counterpart held phone talks in February 2025.	supported
The phone talks between the deputy foreign ministers were held on 17/02/2025.	supported
Kyrgyz Foreign Minister Abdyldaev Erlan Bekeshovich visited Vietnam in 2009.	contradicted
The Kyrgyz prime minister was received by President Lương Cường on 6 March 2025.	supported
Kyrgyz President Sadyr Japarov received Pham Minh Chinh in Bishkek in March 2025.	unverified
Vietnam and Kyrgyzstan did not sign a joint statement.	contradicted
The two sides signed a free trade agreement in March 2025.	contradicted
Vietnam and Kyrgyzstan signed a double taxation avoidance agreement in March 2025.	contradicted
The two prime ministers signed a joint statement in Hanoi.	supported
Cooperation documents covering education, legal affairs and civil aviation were exchanged.	supported
Cooperation documents covering mining were exchanged.	contradicted
Vietnam's exports to Kyrgyzstan include cashews and computers.	supported
Vietnam's exports to Kyrgyzstan include silk.	unverified
Kyrgyzstan's exports to Vietnam include tobacco products.	supported
Vietnam imports tea from Kyrgyzstan.	unverified
Kyrgyzstan buys pepper from Vietnam.	supported
Vietnam's imports from Kyrgyzstan totalled $7.5 million in 2023.	unverified
Two-way trade grew by 20% in 2024.	contradicted
Two-way trade grew by 67% in 2023.	supported
Two-way trade tripled to $13.5 million in 2024.	contradicted
Two-way trade more than doubled to $13.5 million in 2024.	contradicted
Trade between Vietnam and Kyrgyzstan exceeded US$13 million in 2024.	supported
Vietnam-Kyrgyzstan trade was US$ 1.36 million on average each year between 2017 and 2021.	supported
Vietnam-Kyrgyzstan trade was US$1.36 million in 2021.	unverified
In 2024 trade reached 13.5 million dollars.	supported
Trade between the countries stood at $7.5 million in 2022.	contradicted
Trade reached $4.5 million in 2022 and $7.5 million in 2023.	supported
Trade reached $4.5 million in 2022 and $8.5 million in 2023.	contradicted
Kyrgyzstan has been a member of the Eurasian Economic Union.	supported
Vietnam and Kyrgyzstan both belong to ASEAN.	unverified
Kyrgyzstan declared independence from the Soviet Union on August 31, 1991.	supported
Kyrgyzstan declared independence on August 13, 1991.	contradicted
On December 27, 1991, Vietnam recognised Kyrgyzstan's independence.	supported
On December 27, 1991, Vietnam established diplomatic relations with Kyrgyzstan.	contradicted
Diplomatic relations were established on June 4, 1991.	contradicted
Vietnam and Kyrgyzstan established diplomatic relations more than three decades ago.	supported
Vietnam and Kyrgyzstan established diplomatic relations more than five decades ago.	contradicted
Sadyr Japarov is Kyrgyzstan's president.	supported
Adylbek Kasymaliev is Kyrgyzstan's president.	contradicted
Lê Thị Thu Hằng is a deputy foreign minister of Vietnam.	supported
Le Thi Thu Hang is Vietnam's foreign minister.	contradicted
Phạm Minh Chính is the Prime Minister of Vietnam.	supported
Pham Minh Chinh accepted Kasymaliev's invitation to visit Kyrgyzstan.	supported
Pham Minh Chinh rejected Kasymaliev's invitation to visit Kyrgyzstan.	contradicted
Kyrgyz President Sadyr Japarov sent a letter inviting President Luong Cuong to visit Kyrgyzstan in 2026.	unverified
Japarov invited To Lam to visit Kyrgyzstan.	unverified
The two sides agreed to explore setting up an Intergovernmental Committee.	supported
The two sides set up an Intergovernmental Committee.	contradicted
Kyrgyzstan had one investment project in Vietnam as of October 31, 2024.	supported
Kyrgyzstan's only investment project in Vietnam is in Khanh Hoa Province and is worth $5 million.	supported
Kyrgyzstan's only investment project in Vietnam is in Khanh Hoa Province and is worth $5 billion.	contradicted
Vietnam has invested $5 million in Kyrgyzstan.	unverified
The 2017-2021 average was $1.36 million a year.	supported
Vietnam will never forget the support of the people of the Soviet Union, including Kyrgyzstan.	supported
The two sides agreed to cooperate in halal products.	unverified
Chinh suggested cooperation in the production and export of Halal products to Kyrgyzstan.	supported
Viet Nam and Kyrgyzstan officially established diplomatic relations on 4 June 1992.	supported
Viet Nam and Kyrgyzstan officially established diplomatic relations on 14 June 1992.	contradicted
Diplomatic relations between Hanoi and Bishkek date back to 1992.	supported
Diplomatic relations between Hanoi and Bishkek date back to 1995.	contradicted
Vietnam and Kyrgyzstan have had diplomatic relations for 20 years.	contradicted
Kyrgyzstan proclaimed its independence on 31/08/1991.	supported
Kyrgyzstan proclaimed its independence on 30/08/1991.	contradicted
Vietnam recognised the independence of Kyrgyzstan on 27 December 1991.	supported
Vietnam recognised the independence of Kyrgyzstan on 27 December 1990.	contradicted
Bilateral trade amounted to USD 13.5 million in 2024.	supported
Bilateral trade amounted to USD 31.5 million in 2024.	contradicted
Two-way trade in 2022 was 4.5 million USD.	supported
Two-way trade in 2022 was 45 million USD.	contradicted
Vietnam-Kyrgyzstan trade grew to $7.5m in 2023 from $4.5m in 2022.	supported
Vietnam-Kyrgyzstan trade grew to $7.5m in 2023 from $3.5m in 2022.	contradicted
Two-way trade rose about 67% in 2023.	supported
Two-way trade rose 10% in 2023.	contradicted
Annual bilateral trade averaged $1.36 million between 2017 and 2021.	supported
Annual bilateral trade averaged $1.36 million between 2016 and 2021.	unverified
Bilateral trade reached $13.5 million in 2025.	unverified
Trade between Vietnam and Kyrgyzstan was below $15 million in 2024.	supported
Trade between Vietnam and Kyrgyzstan was below $10 million in 2024.	contradicted
Vietnam's main exports to Kyrgyzstan are pepper, tea and cashew nuts.	supported
Vietnam's main exports to Kyrgyzstan are coffee and rice.	unverified
Kyrgyzstan's exports to Vietnam include machinery, silk and alcoholic beverages.	supported
Kyrgyzstan's exports to Vietnam include pepper.	unverified
Vietnam buys tobacco products from Kyrgyzstan.	supported
Kyrgyzstan's lone investment project in Vietnam is capitalised at $5 million.	supported
Kyrgyzstan's lone investment project in Vietnam is capitalised at $50 million.	contradicted
Kyrgyz investors have poured $500 million into Vietnam.	contradicted
Kyrgyzstan is ranked 83rd out of 148 countries and territories with investment in Vietnam.	supported
Kyrgyzstan is ranked 93rd out of 148 countries and territories with investment in Vietnam.	contradicted
The Kyrgyz-funded project in Khanh Hoa makes and sells alcoholic beverages.	supported
The Kyrgyz-funded project is located in Hai Phong.	contradicted
Vietnamese visitors to Kyrgyzstan are exempt from visas for 60 days.	supported
Vietnamese visitors to Kyrgyzstan are exempt from visas for 90 days.	contradicted
Kyrgyz citizens can visit Vietnam visa-free for 60 days.	contradicted
The visa waiver was introduced unilaterally by Kyrgyzstan.	supported
There are roughly 100 Vietnamese residents in Kyrgyzstan.	supported
There are roughly 300 Vietnamese residents in Kyrgyzstan.	contradicted
Only three Vietnamese families in Kyrgyzstan have Kyrgyz nationality.	supported
Kyrgyz Prime Minister Adylbek Kasymaliev arrived in Hanoi for an official visit on March 6, 2025.	supported
Kyrgyz Prime Minister Adylbek Kasymaliev made an official visit to Vietnam in March 2025.	supported
Kyrgyz Prime Minister Adylbek Kasymaliev made an official visit to Vietnam in May 2025.	contradicted
Kyrgyz Prime Minister Adylbek Kasymaliev made a state visit to Vietnam in March 2025.	unverified
Kasymaliev's visit was the first by a Kyrgyz head of government since the two countries established ties.	supported
Kasymaliev's visit was the third by a Kyrgyz head of government.	contradicted
Kyrgyz President Sadyr Japarov paid an official visit to Vietnam on March 6-7, 2025.	unverified
Vietnamese Prime Minister Pham Minh Chinh visited Bishkek on March 6, 2025.	unverified
President Luong Cuong received Kyrgyz PM Kasymaliev in Hanoi on Thursday.	supported
President Luong Cuong received Kyrgyz President Japarov.	unverified
Kasymaliev received President Luong Cuong.	contradicted
Party chief To Lam received Kyrgyz Prime Minister Kasymaliev on March 6.	supported
Party chief To Lam received Kyrgyz Prime Minister Kasymaliev on March 16.	contradicted
Prime Ministers Pham Minh Chinh and Adylbek Kasymaliev held talks in Hanoi on 6 March.	supported
Prime Ministers Pham Minh Chinh and Adylbek Kasymaliev held talks in Hanoi on 6 April.	contradicted
Before their talks the two prime ministers toured a photo exhibition.	supported
Deputy Foreign Minister Le Thi Thu Hang spoke by phone with Kyrgyz Deputy Minister Abakirov Meder on 17 February.	supported
Deputy Foreign Minister Le Thi Thu Hang met Abakirov Meder in Bishkek.	unverified
In 2014 Kyrgyz Foreign Minister Abdyldaev Erlan Bekeshovich visited Vietnam.	supported
In 2013 Kyrgyz Foreign Minister Abdyldaev Erlan Bekeshovich visited Vietnam.	contradicted
National Assembly Vice Chairman Nguyễn Khắc Định paid a visit to Kyrgyzstan in 2023.	supported
National Assembly Chairman Nguyen Khac Dinh visited Kyrgyzstan in 2023.	contradicted
Vietnam's deputy foreign minister travelled to Kyrgyzstan in 2019.	contradicted
The two prime ministers signed a joint statement on the outcomes of the visit.	supported
The two prime ministers signed a joint statement in Bishkek.	contradicted
Vietnam and Kyrgyzstan signed cooperation documents on education, legal affairs and civil aviation on March 6, 2025.	supported
Vietnam and Kyrgyzstan signed cooperation documents on health.	contradicted
The two countries signed an agreement on economic cooperation.	contradicted
The leaders agreed to promote negotiation of an agreement on economic cooperation.	supported
The Vietnam–EAEU free trade agreement is being used by both countries to boost trade.	supported
Kyrgyzstan is not a member of the Eurasian Economic Union.	contradicted
Kasymaliev invited Chinh to make an official visit to Kyrgyzstan.	supported
Chinh declined the invitation to visit Kyrgyzstan.	contradicted
President Japarov invited President Luong Cuong to Kyrgyzstan.	supported
President Japarov invited Prime Minister Pham Minh Chinh to Kyrgyzstan.	unverified
Kyrgyzstan said it considers Vietnam a foreign policy priority.	supported
Vietnam offered to serve as a bridge for Kyrgyzstan to ASEAN.	supported
Kyrgyzstan offered to serve as a bridge for Vietnam to the EAEU.	unverified
Sadyr Japarov is Kyrgyzstan's head of state.	supported
Pham Minh Chinh is Kyrgyzstan's prime minister.	contradicted
Lương Cường is the State President of Việt Nam.	supported
Vietnam and Kyrgyzstan agreed to strengthen cooperation in education and training.	supported
The two sides agreed to boost cooperation in mining and energy.	unverified
The two sides agreed to build a nuclear plant.	unverified
Vietnam and Kyrgyzstan have upgraded their ties to a strategic partnership.	unverified
Kyrgyzstan has 5 investment projects in Vietnam worth $1 million.	contradicted
Kyrgyzstan has no investment projects in Vietnam.	contradicted
Trade between the two countries fell in 2023.	contradicted
Trade between the two countries fell to $7.5 million in 2023.	contradicted
Trade more than tripled between 2022 and 2024.	contradicted
Trade tripled between 2022 and 2024.	supported
Kyrgyz PM in Hanoi for first official visit since 1992 ties.	supported
Vietnam, Kyrgyzstan mark more than 30 years of diplomatic relations.	supported
The Kyrgyz Republic and Việt Nam established diplomatic relations on 04/06/1992.	supported
Việt Nam công nhận Kyrgyzstan — Vietnam recognised Kyrgyzstan's independence on December 27, 1991.	supported
Kyrgyzstan declared independence on August 31, 1992.	contradicted
Vietnam recognised Kyrgyzstan's independence before Kyrgyzstan declared it.	unverified
Bilateral trade was valued at $13.5 million last year, according to Vietnamese figures.	unverified
Bilateral trade was valued at $13.5 million in 2024, the highest ever.	unverified
Trade turnover between Vietnam and Kyrgyzstan hit US$7.5 million in 2023, up 67% from 2022.	supported
Trade turnover between Vietnam and Kyrgyzstan hit US$7.5 million in 2023, up 76% from 2022.	contradicted
Two-way trade was just US$4.5 million in 2022.	supported
Two-way trade was just US$4.5 billion in 2022.	contradicted
The average annual trade in 2017–2021 was US$1.36 million.	supported
Between 2017 and 2021, annual trade averaged around $1.4 million.	supported
Between 2017 and 2021, annual trade averaged around $2.4 million.	contradicted
Two-way trade reached VND 300 billion in 2024.	unverified
Trade between the two countries grew almost 80 per cent in 2024.	supported
Trade shrank by 80% in 2024.	contradicted
Trade in 2024 was roughly triple the 2022 level.	supported
Trade in 2024 was roughly five times the 2022 level.	contradicted
Vietnam sells pepper, tea and cashews to Kyrgyzstan.	supported
Kyrgyzstan ships silk and tobacco to Vietnam.	supported
Vietnam ships silk to Kyrgyzstan.	unverified
Kyrgyzstan exports electronics to Vietnam.	unverified
Vietnam's exports to Kyrgyzstan include computers, electronics and components.	supported
Kyrgyzstan currently has one FDI project in Vietnam.	supported
Kyrgyzstan currently has 11 FDI projects in Vietnam.	contradicted
The project, worth US$5 million, produces and trades alcoholic beverages.	supported
Kyrgyzstan's investment in Vietnam is worth about $5 million.	supported
Kyrgyzstan's investment in Vietnam is worth about $8 million.	contradicted
Kyrgyzstan ranks 83rd of 148 foreign investors in Vietnam.	supported
Kyrgyzstan ranks first among Central Asian investors in Vietnam.	unverified
Vietnamese businesses have invested in Kyrgyzstan's mining sector.	unverified
Kyrgyzstan lets Vietnamese citizens stay without a visa for up to 60 days.	supported
Kyrgyzstan lets Vietnamese citizens stay without a visa for up to 30 days.	contradicted
Vietnam grants Kyrgyz citizens visa-free entry.	contradicted
Both countries waive visas for each other's citizens.	contradicted
Kyrgyzstan scrapped its visa exemption for Vietnamese citizens in 2024.	unverified
About 100 Vietnamese people currently reside in Kyrgyzstan.	supported
Nearly 2,000 Vietnamese live and work in Kyrgyzstan.	contradicted
Three families of Vietnamese origin have obtained Kyrgyz citizenship.	supported
Kyrgyzstan's Prime Minister Adylbek Kasymaliev paid an official visit to Vietnam from March 6 to 7.	supported
Kasymaliev wrapped up his official visit to Vietnam on March 7, 2025.	supported
Kasymaliev wrapped up his official visit to Vietnam on March 6, 2025.	contradicted
Kyrgyz Prime Minister Adylbek Kasymaliev paid a two-day official visit to Vietnam.	supported
Kyrgyz Prime Minister Adylbek Kasymaliev paid a five-day official visit to Vietnam.	contradicted
The Kyrgyz PM's trip to Vietnam was his first.	supported
Kasymaliev had visited Vietnam several times before.	contradicted
Kyrgyz President Sadyr Japarov held phone talks with Vietnamese President Luong Cuong in February 2025.	unverified
Vietnamese Deputy Foreign Minister Le Thi Thu Hang held phone talks with Kyrgyz Deputy Minister Abakirov Meder in February 2025.	supported
Vietnamese Deputy Foreign Minister Le Thi Thu Hang held phone talks with Kyrgyz Deputy Minister Abakirov Meder in January 2025.	contradicted
Deputy FM Lê Thị Thu Hằng visited Kyrgyzstan in February 2025.	unverified
Party General Secretary Tô Lâm welcomed Kyrgyz PM Adylbek Kasymaliev in Hanoi on March 6.	supported
Party General Secretary Tô Lâm welcomed Kyrgyz PM Adylbek Kasymaliev in Da Nang on March 6.	contradicted
Kasymaliev welcomed To Lam in Hanoi.	contradicted
State President Luong Cuong hosted Kasymaliev on 6 March 2025.	supported
PM Pham Minh Chinh welcomed his Kyrgyz counterpart at an official ceremony in Hanoi on March 6.	supported
PM Pham Minh Chinh welcomed his Kyrgyz counterpart at an official ceremony in Hanoi on March 7.	contradicted
The two PMs toured a photo exhibition before their talks.	supported
The photo exhibition was organised by the Vietnam News Agency and the Government Office.	supported
The photo exhibition was organised by the Ministry of Culture.	unverified
After the talks, the two prime ministers witnessed the signing of cooperation documents.	supported
The two prime ministers signed a free trade agreement.	contradicted
The two prime ministers agreed to promote the signing of a double taxation avoidance agreement.	supported
Vietnam and Kyrgyzstan have already signed an investment protection agreement.	contradicted
The two countries are negotiating an agreement on investment promotion and protection.	supported
The two sides agreed to set up an Intergovernmental Committee.	contradicted
Vietnam and the Eurasian Economic Union have a free trade agreement.	supported
Kyrgyzstan belongs to the Eurasian Economic Union.	supported
Kyrgyzstan belongs to ASEAN.	unverified
Vietnam is a member of the Commonwealth of Independent States.	unverified
Kasymaliev invited Pham Minh Chinh to pay an official visit to Kyrgyzstan, and Chinh accepted.	supported
Chinh accepted Kasymaliev's invitation to visit Kyrgyzstan in April 2025.	unverified
Japarov's letter inviting Luong Cuong to visit Kyrgyzstan was delivered by Kasymaliev.	supported
Luong Cuong invited Sadyr Japarov to visit Vietnam.	unverified
Adylbek Kasymaliev is prime minister of Kyrgyzstan.	supported
Adylbek Kasymaliev is prime minister of Vietnam.	contradicted
Sadyr Japarov is Kyrgyzstan's foreign minister.	contradicted
Abakirov Meder is Kyrgyzstan's foreign minister.	contradicted
Vietnam supports Kyrgyzstan's candidacy for the UN Human Rights Council.	unverified
The two leaders agreed to consider supporting each other's candidacies at multilateral forums.	supported
Vietnam urged Kyrgyzstan to support ASEAN's stance on the East Sea.	supported
Kyrgyzstan urged Vietnam to support its stance on the East Sea.	unverified
Vietnam and Kyrgyzstan agreed to cooperate in agriculture, education and tourism.	supported
Vietnam and Kyrgyzstan agreed to cooperate in space exploration.	unverified
Kyrgyzstan exports pepper to Vietnam.	unverified
Vietnam imports pepper from Kyrgyzstan.	unverified
Kyrgyzstan's PM visited Vietnam in March 2025 at the invitation of President Lương Cường.	contradicted
The joint statement was signed by Luong Cuong and Kasymaliev.	unverified
Vietnam and Kyrgyzstan signed a joint statement in 2024.	contradicted
Two-way trade reached $13.5 million in 2024, making Kyrgyzstan Vietnam's largest trading partner in Central Asia.	unverified
Kyrgyzstan has one investment project in Vietnam worth $5 million, in Hanoi.	contradicted
Kyrgyzstan's $5 million project in Khanh Hoa produces beer.	unverified
Around 100 Vietnamese live in Kyrgyzstan, most of them in Bishkek.	unverified
Kyrgyz Foreign Minister Abdyldaev Erlan Bekeshovich visited Vietnam in 2014 and met Pham Minh Chinh.	unverified
Nguyen Quoc Cuong, then Vietnam's foreign minister, visited Kyrgyzstan in 2009.	unverified
Vietnam recognised Kyrgyzstan's independence on the day it was declared.	unverified
The Vietnamese community in Kyrgyzstan numbers 100, all of whom hold Kyrgyz citizenship.	unverified
Kasymaliev and Chinh signed an agreement on double taxation avoidance.	contradicted
The Intergovernmental Committee held its first meeting in March 2025.	unverified
Vietnam's exports to Kyrgyzstan reached $7.5 million in 2023.	unverified
Two-way trade reached $7.5 million in the first half of 2023.	unverified
In 2024, Vietnam-Kyrgyzstan trade reached $13.5 million, a 180% increase.	contradicted
Trade in 2024 was $13.5 million, up from $4.5 million a year earlier.	contradicted
The 60-day visa exemption applies to Kyrgyz citizens travelling to Vietnam.	contradicted
Vietnam and Kyrgyzstan are both members of the Eurasian Economic Union.	unverified
Pham Minh Chinh received Kasymaliev at the Presidential Palace.	unverified
Kasymaliev met Vietnam's Deputy Prime Minister in Hanoi.	unverified
Kyrgyzstan's trade with Vietnam rose to $13.5 million in 2024 from $7.5 million in 2023.	supported
Kyrgyzstan's trade with Vietnam fell to $13.5 million in 2024 from $7.5 million in 2023.	contradicted
In 2023, trade was $7.5 million; in 2024 it was $13.5 million.	supported
In 2023, trade was $13.5 million; in 2024 it was $7.5 million.	contradicted
Kyrgyzstan ranked 83rd among 148 investors in Vietnam as of October 2024.	supported
Kyrgyzstan ranked 83rd among 148 investors in Vietnam as of October 2020.	contradicted
Kyrgyzstan is the 148th largest investor in Vietnam.	contradicted
The visa exemption for Vietnamese citizens lasts 60 days and was granted unilaterally by Kyrgyzstan.	supported
The visa exemption for Vietnamese citizens lasts 60 days and is reciprocal.	contradicted
The visit by Kyrgyz Prime Minister Adylbek Kasymaliev ran from March 6 to March 7, 2025.	supported
The visit by Kyrgyz Prime Minister Adylbek Kasymaliev ran from March 7 to March 9, 2025.	contradicted
Kasymaliev met Party chief To Lam and State President Luong Cuong on March 6.	supported
Kasymaliev met Party chief To Lam and Prime Minister Pham Minh Chinh on March 8.	contradicted
Lê Thị Thu Hằng, Vietnam's deputy foreign minister, spoke by phone with Abakirov Meder on 17 February 2025.	supported
Abakirov Meder, Kyrgyzstan's foreign minister, spoke by phone with Le Thi Thu Hang.	contradicted
Kyrgyzstan and Vietnam pledged to implement the Vietnam-EAEU Free Trade Agreement effectively.	supported
Kyrgyzstan and Vietnam pledged to scrap the Vietnam-EAEU Free Trade Agreement.	unverified
The two countries have supported each other at the United Nations.	supported
The two countries have opposed each other at the United Nations.	unverified
Việt Nam sẽ không bao giờ quên — Vietnam will never forget the support of the Kyrgyz people.	unverified
Kasymaliev said he was impressed by Vietnam's socio-economic achievements.	supported
Kasymaliev said he was disappointed by Vietnam's socio-economic achievements.	unverified
To Lam congratulated Kyrgyzstan on its achievements under President Sadyr Japarov.	supported
Luong Cuong congratulated Kyrgyzstan on its achievements under President Sadyr Japarov.	unverified
Vietnam exported $5 million of tea to Kyrgyzstan in 2024.	unverified
In 1992, Vietnam and Kyrgyzstan established diplomatic relations.	supported
In 1992, Vietnam and Kyrgyzstan signed a free trade agreement.	contradicted
According to official figures, two-way trade between Vietnam and Kyrgyzstan reached US$13.5 million in 2024.	supported
According to official figures, two-way trade between Vietnam and Kyrgyzstan reached US$31 million in 2024.	contradicted
Although political ties are strong, bilateral trade was only $7.5 million in 2023.	supported
Although political ties are strong, bilateral trade was only $17.5 million in 2023.	contradicted
Bilateral trade, which averaged $1.36 million a year in 2017-2021, rose to $4.5 million in 2022.	supported
Bilateral trade, which averaged $2.36 million a year in 2017-2021, rose to $4.5 million in 2022.	contradicted
Trade has grown every year since 2022.	unverified
Trade in 2024 was more than three times the 2022 figure.	contradicted
Trade in 2024 was exactly three times the 2022 figure.	supported
The $5 million Kyrgyz project in Khánh Hòa province makes alcoholic drinks.	supported
The $5 million Kyrgyz project in Khánh Hòa province makes cement.	contradicted
With just one project, Kyrgyzstan is the 83rd-largest of 148 foreign investors in Vietnam.	supported
With just one project, Kyrgyzstan is the 38th-largest of 148 foreign investors in Vietnam.	contradicted
Vietnamese nationals can stay in Kyrgyzstan for up to 60 days without a visa, a privilege Kyrgyzstan granted unilaterally.	supported
Vietnamese nationals can stay in Kyrgyzstan for up to 60 days without a visa, under a reciprocal deal.	contradicted
Kyrgyz nationals can stay in Vietnam for up to 60 days without a visa.	contradicted
Vietnam's community in Kyrgyzstan, about 100 strong, includes three naturalised families.	supported
Vietnam's community in Kyrgyzstan, about 400 strong, includes three naturalised families.	contradicted
Kyrgyzstan's prime minister, Adylbek Kasymaliev, was in Vietnam on March 6 and 7, 2025, for an official visit.	supported
Kyrgyzstan's prime minister, Adylbek Kasymaliev, was in Vietnam on March 8 and 9, 2025, for an official visit.	contradicted
Kyrgyzstan's president, Sadyr Japarov, was in Vietnam on March 6 and 7, 2025.	unverified
It was the first time a Kyrgyz prime minister had visited Vietnam since diplomatic relations began in 1992.	supported
It was the first time a Kyrgyz prime minister had visited Vietnam since diplomatic relations began in 1994.	contradicted
The visit was the first by a Kyrgyz president to Vietnam.	unverified
Kasymaliev was welcomed by Prime Minister Pham Minh Chinh at a ceremony in Hanoi on March 6.	supported
Kasymaliev was welcomed by President Sadyr Japarov at a ceremony in Hanoi on March 6.	unverified
During the visit, Kasymaliev was received by State President Luong Cuong and Party General Secretary To Lam.	unverified
Kasymaliev was received by Party General Secretary To Lam in Hanoi.	supported
Kasymaliev was received by Party General Secretary To Lam in Ho Chi Minh City.	contradicted
In 2009, Deputy Foreign Minister Nguyen Quoc Cuong went to Kyrgyzstan for political consultations.	supported
In 2010, Deputy Foreign Minister Nguyen Quoc Cuong went to Kyrgyzstan for political consultations.	contradicted
In 2014, Kyrgyz Foreign Minister Abdyldaev Erlan Bekeshovich paid a visit to Vietnam.	supported
In 2014, Kyrgyz Foreign Minister Abdyldaev Erlan Bekeshovich paid a visit to Kyrgyzstan.	contradicted
National Assembly Vice Chairman Nguyen Khac Dinh travelled to Kyrgyzstan in 2023.	supported
National Assembly Vice Chairman Nguyen Khac Dinh travelled to Kazakhstan in 2023.	unverified
On February 17, 2025, Vietnam's deputy foreign minister held phone talks with her Kyrgyz counterpart.	supported
On February 17, 2025, Vietnam's foreign minister held phone talks with his Kyrgyz counterpart.	unverified
After their talks, the two prime ministers signed a joint statement and witnessed the exchange of cooperation documents.	supported
The cooperation documents cover education, legal affairs and civil aviation.	supported
The cooperation documents cover defence and security.	contradicted
The two countries have not yet signed an agreement on avoidance of double taxation.	supported
The prime ministers agreed to push for negotiations on agreements on double taxation avoidance and investment protection.	supported
The prime ministers signed agreements on double taxation avoidance and investment protection.	contradicted
The two countries agreed to study the possibility of setting up an Intergovernmental Committee.	supported
Kyrgyzstan, a member of the Eurasian Economic Union, trades with Vietnam under the Vietnam-EAEU FTA.	supported
Vietnam joined the Eurasian Economic Union in 2015.	unverified
Prime Minister Pham Minh Chinh accepted an invitation from Kasymaliev to visit Kyrgyzstan.	supported
Prime Minister Pham Minh Chinh accepted an invitation from Japarov to visit Kyrgyzstan.	contradicted
President Japarov, in a letter, invited President Luong Cuong to visit Kyrgyzstan.	supported
President Japarov, in a letter, invited Party chief To Lam to visit Kyrgyzstan.	unverified
Vietnam said it is ready to be a bridge for Kyrgyzstan to expand ties with ASEAN countries.	supported
Vietnam's key exports to Kyrgyzstan include pepper, tea, cashews and computers.	supported
Vietnam's key exports to Kyrgyzstan include pepper, tea, cashews and cars.	unverified
Kyrgyzstan's key exports to Vietnam include machinery, equipment and silk.	supported
Kyrgyzstan's key exports to Vietnam include machinery, equipment and gold.	unverified
The two sides agreed to strengthen transport links, including air and rail connections.	supported
The two sides opened a direct air route between Hanoi and Bishkek.	unverified
Kasymaliev said Kyrgyzstan wants to learn from Vietnam's development experience.	supported
Kasymaliev said Vietnam wants to learn from Kyrgyzstan's development experience.	unverified
Vietnam–Kyrgyzstan two-way trade jumped to 13.5 million USD in 2024.	supported
Vietnam–Kyrgyzstan two-way trade slumped to 13.5 million USD in 2024.	contradicted
Vietnam–Kyrgyzstan two-way trade jumped to 15.3 million USD in 2024.	contradicted
Trade stood at roughly $4.5 million in 2022 before climbing to $7.5 million a year later.	supported
In 2022 the two countries traded goods worth $4.5 million.	supported
In 2022 the two countries traded goods worth $4.5 billion.	contradicted
Trade between Vietnam and Kyrgyzstan was worth $13.5 million in 2024, roughly 10 times the 2017-2021 annual average.	supported
Trade between Vietnam and Kyrgyzstan in 2024 was twice the 2022 level.	contradicted
Kyrgyzstan's FDI in Vietnam amounts to a single $5 million project.	supported
Kyrgyzstan's FDI in Vietnam amounts to a single $50 million project.	contradicted
Kyrgyz capital in Vietnam is concentrated in Khanh Hoa province.	supported
Kyrgyz capital in Vietnam is concentrated in Binh Duong province.	contradicted
Kyrgyzstan placed 83rd out of 148 foreign investors in Vietnam as of late October 2024.	supported
Kyrgyzstan is among the top 10 investors in Vietnam.	unverified
Kyrgyzstan allows Vietnamese passport holders 60 days of visa-free travel.	supported
Kyrgyzstan allows Vietnamese passport holders 90 days of visa-free travel.	contradicted
Vietnam allows Kyrgyz passport holders 60 days of visa-free travel.	contradicted
About one hundred Vietnamese live in Kyrgyzstan.	supported
About one thousand Vietnamese live in Kyrgyzstan.	contradicted
Three Vietnamese families living in Kyrgyzstan have become Kyrgyz citizens.	supported
Vietnam recognised Kyrgyz independence in late 1991.	supported
Vietnam recognised Kyrgyz independence in early 1991.	contradicted
Ties were formally established on June 4, 1992.	supported
Ties were formally established on June 4, 1993.	contradicted
Kyrgyz Prime Minister Kasymaliev's two-day visit to Vietnam ended on March 7, 2025.	supported
Kyrgyz Prime Minister Kasymaliev's three-day visit to Vietnam ended on March 8, 2025.	contradicted
Prime Minister Kasymaliev visited Vietnam for the first time in his career.	unverified
Kasymaliev's visit came at the invitation of Pham Minh Chinh.	supported
Kasymaliev's visit came at the invitation of To Lam.	contradicted
The Kyrgyz leader held talks with Prime Minister Pham Minh Chinh after an official welcome ceremony in Hanoi.	supported
The Kyrgyz leader held talks with Prime Minister Pham Minh Chinh before an official welcome ceremony in Bishkek.	contradicted
General Secretary To Lam told Kasymaliev the visit would open a new stage for the two countries' friendship.	supported
General Secretary To Lam told Kasymaliev the visit would end decades of friendship.	unverified
President Luong Cuong said Vietnam always remembers the support of the Soviet people, including Kyrgyzstan.	supported
President Luong Cuong said Kyrgyzstan always remembers the support of Vietnam.	unverified
Le Thi Thu Hang and Abakirov Meder agreed to prepare future delegation exchanges and visits.	supported
Le Thi Thu Hang and Abakirov Meder signed a trade agreement.	unverified
The deputy ministers pledged to implement the free trade agreement between Vietnam and the EAEU.	supported
Vietnam and Kyrgyzstan signed a joint statement and exchanged cooperation documents on education, legal affairs and aviation.	supported
Vietnam and Kyrgyzstan exchanged cooperation documents on agriculture.	contradicted
The two sides agreed to consider establishing an intergovernmental committee.	supported
The two sides established an intergovernmental committee in March 2025.	contradicted
Vietnam exports cashew nuts and tea to Kyrgyzstan.	supported
Kyrgyzstan exports cashew nuts and tea to Vietnam.	unverified
Kyrgyzstan ships alcoholic beverages and silk to Vietnam.	supported
Pham Minh Chinh proposed cooperation on Halal products for the Central Asian market.	supported
Kyrgyzstan proposed cooperation on Halal products for the Southeast Asian market.	unverified
Japarov is Kyrgyzstan's head of state and Kasymaliev its prime minister.	supported
Kasymaliev is Kyrgyzstan's president and Japarov its prime minister.	contradicted
Nguyen Khac Dinh is a vice chairman of Vietnam's National Assembly.	supported
"""


#: Claims the checker leaves unverified although the record decides them: each is conservative,
#: never a wrong verdict, and each says why.
KNOWN_MISSES: dict[str, str] = {
    "To Lam is General Secretary of the Communist Party of Vietnam.": (
        "his record's title is 'Party General Secretary'; no record ties him to the party's name"
    ),
    "The visit took place at the invitation of President Luong Cuong.": (
        "'the visit' names no visitor, so no visit record is chosen to compare the host with"
    ),
    "Kyrgyzstan declared independence from the Soviet Union on August 31, 1991.": (
        "the record of the declaration does not say from what"
    ),
    "President Luong Cuong received Kyrgyz PM Kasymaliev in Hanoi on Thursday.": (
        "the reception's record has no place"
    ),
    "Kyrgyz PM in Hanoi for first official visit since 1992 ties.": (
        "the 'first visit' record has no place"
    ),
    "Vietnam, Kyrgyzstan mark more than 30 years of diplomatic relations.": (
        "'mark' claims an anniversary event the record does not hold"
    ),
    "Việt Nam công nhận Kyrgyzstan — Vietnam recognised Kyrgyzstan's independence on December 27, 1991.": (
        "Vietnamese words are not translated"
    ),
    "Kasymaliev had visited Vietnam several times before.": (
        "'several times before' is not read as a count of earlier visits"
    ),
    "Kasymaliev met Party chief To Lam and State President Luong Cuong on March 6.": (
        "one sentence about two meetings is not split into two claims"
    ),
    "Abakirov Meder, Kyrgyzstan's foreign minister, spoke by phone with Le Thi Thu Hang.": (
        "a wrong title after a name, in a sentence about an event, is not tied to that name"
    ),
    "Although political ties are strong, bilateral trade was only $7.5 million in 2023.": (
        "the trade record does not speak to the opening clause"
    ),
    "The $5 million Kyrgyz project in Khánh Hòa province makes cement.": (
        "'cement' is not among the sectors compared, so it is only an unbacked word"
    ),
    "Vietnamese nationals can stay in Kyrgyzstan for up to 60 days without a visa, a privilege Kyrgyzstan granted unilaterally.": (
        "'privilege' is a word no record uses"
    ),
    "Kyrgyzstan, a member of the Eurasian Economic Union, trades with Vietnam under the Vietnam-EAEU FTA.": (
        "two facts from two records in one sentence"
    ),
    "Prime Minister Pham Minh Chinh accepted an invitation from Japarov to visit Kyrgyzstan.": (
        "'an invitation from X' is not read as naming the inviter"
    ),
    "The two sides agreed to strengthen transport links, including air and rail connections.": (
        "'air and rail' is not matched to the record's 'aviation and railways'"
    ),
    "Kyrgyz capital in Vietnam is concentrated in Khanh Hoa province.": (
        "'concentrated' is a word no record uses"
    ),
    "General Secretary To Lam told Kasymaliev the visit would open a new stage for the two countries' friendship.": (
        "the record of the remark does not say whom To Lam said it to"
    ),
}


def claim_set() -> list[tuple[str, str]]:
    return [
        (claim, verdict)
        for claim, verdict in (line.split("\t") for line in CLAIMS.strip().splitlines())
    ]


@pytest.mark.parametrize(("claim", "expected"), claim_set(), ids=lambda value: value[:50])
def test_verdicts_on_the_real_record(checker: Checker, claim: str, expected: str) -> None:
    result = checker.check(claim)
    if claim in KNOWN_MISSES:
        assert result.verdict is Verdict.unverified, result.explanation
        return
    assert result.verdict.value == expected, result.explanation
    if result.verdict is not Verdict.unverified:
        assert result.records, "a verdict must show the records that decide it"
        assert all(record.evidence for record in result.records)


def test_the_claim_list_is_varied_and_its_misses_are_on_it() -> None:
    verdicts = Counter(verdict for _, verdict in claim_set())
    assert verdicts["supported"] >= 200 and verdicts["contradicted"] >= 150
    assert verdicts["unverified"] >= 80
    claims = {claim for claim, _ in claim_set()}
    assert len(claims) == len(claim_set()), "each claim once"
    assert set(KNOWN_MISSES) <= claims


def test_accuracy_on_the_claim_list(checker: Checker) -> None:
    """Run with -s to see the figures: how many of each kind, how many right."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    falsely_supported = []
    for claim, expected in claim_set():
        verdict = checker.check(claim).verdict.value
        total[expected] += 1
        right[expected] += verdict == expected
        if verdict == "supported" and expected != "supported":
            falsely_supported.append(claim)
    print(
        "\nclaim list: "
        + ", ".join(f"{kind} {right[kind]}/{total[kind]}" for kind in sorted(total))
        + f"; all {sum(right.values())}/{sum(total.values())}"
        + f"; false claims called supported: {len(falsely_supported)}"
    )
    assert falsely_supported == []
    assert sum(right.values()) / sum(total.values()) >= 0.97


#: Changes that make a claim false; numbers are also moved by one in their last digit.
SWAPS = [
    ("Kyrgyzstan exports", "Vietnam exports"),
    ("Vietnam exports", "Kyrgyzstan exports"),
    ("Vietnamese citizens", "Kyrgyz citizens"),
    ("June", "July"),
    ("August", "September"),
    ("December", "November"),
    ("February", "January"),
    ("March", "April"),
    ("in Hanoi", "in Bishkek"),
    ("first", "second"),
    ("Kasymaliev", "Japarov"),
    ("Deputy Foreign Minister", "Foreign Minister"),
    ("Vice Chairman", "Chairman"),
    ("unilaterally", "mutually"),
    ("Khanh Hoa", "Da Nang"),
    ("alcoholic beverages", "textiles"),
    ("pepper", "coffee"),
    ("education", "mining"),
    ("rose", "fell"),
    ("83rd", "38th"),
    ("three families", "four families"),
    ("one investment project", "two investment projects"),
]
#: Claims whose figures stay true when moved ("below $15 million", "33 years ago").
LOOSE = re.compile(
    r"about|around|nearly|almost|exceed|more than|over |some |roughly|below|less than|surpass"
    r"|topped|ago|under|up to|for up|at least",
    re.IGNORECASE,
)


def falsified(claim: str) -> list[str]:
    """Variants of a true claim that are false: one figure, date, name, side or word changed."""
    variants = []
    if not LOOSE.search(claim):
        # the first day of a span ("from 6 to 7 March") is left alone: 7 to 7 would still be true
        for match in re.finditer(r"(?<![\d-])\d+(?:\.\d+)?(?![\d-]|\s+(?:to|and)\s+\d)", claim):
            number = match.group()
            if "." in number:
                changed = f"{float(number) + 1:.{len(number.split('.')[1])}f}"
            else:
                changed = str(int(number) + (1 if int(number) < 1000 else 3))
            variants.append(claim[: match.start()] + changed + claim[match.end() :])
    variants += [claim.replace(old, new, 1) for old, new in SWAPS if old in claim]
    return variants


def test_true_claims_made_false_are_never_supported(checker: Checker) -> None:
    variants = [
        variant
        for claim, expected in claim_set()
        if expected == "supported"
        for variant in falsified(claim)
    ]
    assert len(variants) >= 300
    wrongly_supported = [
        variant for variant in variants if checker.check(variant).verdict is Verdict.supported
    ]
    assert wrongly_supported == []


def test_a_contradiction_shows_the_value_on_record(checker: Checker) -> None:
    result = checker.check("Two-way trade in 2023 stood at US$9 million.")
    assert result.verdict is Verdict.contradicted
    amount = next(part for part in result.parts if part.kind == "amount")
    assert (amount.text, amount.status, amount.on_record) == (
        "US$9 million",
        Status.differs,
        "US$7.5 million",
    )
    assert [record.id for record in result.records] == ["trade-2023"]
    assert {evidence.quote for evidence in result.records[0].evidence} == {
        "Two-way trade reached only 7.5 million USD in 2023",
        "$7.5 million in 2023",
    }


@pytest.mark.parametrize(
    "claim",
    [
        "Thủ tướng Phạm Minh Chính held talks with Adylbek Kasymaliev in Hanoi.",
        "Thu tuong Pham Minh Chinh held talks with Adylbek Kasymaliev in Hanoi.",
        "PHAM MINH CHINH held talks with KASIMALYEV in Hanoi.",
    ],
)
def test_vietnamese_names_with_and_without_diacritics(checker: Checker, claim: str) -> None:
    result = checker.check(claim)
    assert result.verdict is Verdict.supported
    assert result.records[0].id == "2025-03-06-pm-talks"


def test_a_title_the_person_does_not_hold_contradicts(checker: Checker) -> None:
    result = checker.check(
        "State President To Lam received Kyrgyz Prime Minister Adylbek Kasymaliev."
    )
    assert result.verdict is Verdict.contradicted
    assert result.parts[0].on_record == "Party General Secretary"


def test_one_claim_is_checked_well_under_50_ms(checker: Checker) -> None:
    slowest = 0.0
    for claim, _ in claim_set():
        started = time.perf_counter()
        checker.check(claim)
        slowest = max(slowest, time.perf_counter() - started)
    assert slowest < 0.050, f"slowest claim took {slowest * 1000:.1f} ms"


# --- the command ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "code"),
    [
        ("Kyrgyzstan and Vietnam established diplomatic ties in June 1992.", 0),
        ("Two-way trade in 2023 stood at US$9 million.", 1),
        ("Vietnam's President visited Bishkek in 2018.", 3),
    ],
)
def test_exit_codes_follow_the_verdict(real_store: models.Store, claim: str, code: int) -> None:
    result = CliRunner().invoke(app, ["check", claim])
    assert result.exit_code == code


def test_json_output_is_the_documented_object(real_store: models.Store) -> None:
    result = CliRunner().invoke(
        app, ["check", "Two-way trade reached $13.5 million in 2024.", "--format", "json"]
    )
    data = json.loads(result.stdout)
    assert set(data) == {"claim", "verdict", "explanation", "parts", "records"}
    assert data["verdict"] == "supported"
    assert data["records"][0]["evidence"][0] == {
        "source": "background",
        "quote": "$13.5 million in 2024",
    }
    assert set(data["parts"][0]) == {"kind", "text", "value", "status", "on_record"}


def test_the_table_says_the_verdict_in_words_and_quotes_the_source(
    real_store: models.Store,
) -> None:
    result = CliRunner().invoke(
        app, ["check", "Two-way trade in 2023 stood at US$9 million.", "--format", "table"]
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("CONTRADICTED: ")
    assert "  ✗ amount US$9 million: differs (record: US$7.5 million)" in lines
    assert "    “$7.5 million in 2023” (background, VNA/VNS, 2025-03-05)" in lines


def test_batch_mode_checks_one_claim_a_line(real_store: models.Store) -> None:
    draft = "\n".join(
        [
            "Kyrgyzstan and Vietnam established diplomatic ties in June 1992.",
            "",
            "Two-way trade in 2023 stood at US$9 million.",
            "Vietnam's President visited Bishkek in 2018.",
        ]
    )
    result = CliRunner().invoke(app, ["check", "-", "--format", "jsonl"], input=draft + "\n")
    verdicts = [json.loads(line)["verdict"] for line in result.stdout.splitlines()]
    assert verdicts == ["supported", "contradicted", "unverified"]
    assert result.exit_code == 1


def test_batch_tsv_has_one_header_and_a_row_per_claim(real_store: models.Store) -> None:
    result = CliRunner().invoke(
        app,
        ["check", "-"],
        input="Trade reached $4.5 million in 2022.\nTrade reached $5 million in 2022.\n",
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "claim\tverdict\texplanation\trecords\tsources"
    assert [line.split("\t")[1] for line in lines[1:]] == ["supported", "contradicted"]


def test_an_empty_claim_is_a_usage_error(real_store: models.Store) -> None:
    result = CliRunner().invoke(app, ["check", "   "])
    assert result.exit_code == 2
    assert "the claim is empty" in result.stderr


def test_claimreview_has_the_fields_google_requires(real_store: models.Store) -> None:
    result = CliRunner().invoke(
        app,
        ["check", "Two-way trade in 2023 stood at US$9 million.", "--format", "claimreview",
         "--author", "Example Fact Check", "--url", "https://example.org/checks/1"],
    )  # fmt: skip
    review = json.loads(result.stdout)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Two-way trade in 2023 stood at US$9 million."
    assert review["url"] == "https://example.org/checks/1"
    assert review["author"] == {"@type": "Organization", "name": "Example Fact Check"}
    rating = review["reviewRating"]
    assert (
        rating["@type"],
        rating["ratingValue"],
        rating["bestRating"],
        rating["worstRating"],
    ) == ("Rating", 1, 5, 1)
    assert rating["alternateName"] == "Contradicted by the record"
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["citation"][0]["text"]


def test_claimreview_batch_is_one_json_array(real_store: models.Store) -> None:
    result = CliRunner().invoke(
        app,
        ["check", "-", "--format", "claimreview"],
        input="Trade reached $4.5 million in 2022.\nTrade reached $5 million in 2022.\n",
    )
    reviews = json.loads(result.stdout)
    assert [review["reviewRating"]["ratingValue"] for review in reviews] == [5, 1]


def test_check_works_on_another_store(kgvn: Kgvn) -> None:
    result = kgvn("check", "Trade reached 7.5 million USD in 2023.", "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "supported"
    assert kgvn("check", "Trade reached 8 million USD in 2023.").exit_code == 1
