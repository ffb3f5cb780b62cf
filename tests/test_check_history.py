"""`check` after `kgvn update`: a claim is compared with the status of its own time.

A later article reports the double taxation agreement signed; the March 2025 articles had it
under negotiation. Both stay on record (`history`), and each claim meets the one of its date.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Kgvn

REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"
LATER = (
    "BISHKEK, November 20, 2025 (VNA) – Viet Nam and Kyrgyzstan signed the Agreement on the"
    " avoidance of double taxation on Thursday in Bishkek, officials said.\n"
)


@pytest.fixture(scope="module")
def revised(tmp_path_factory: pytest.TempPathFactory) -> Kgvn:
    folder = tmp_path_factory.mktemp("revised")
    assert Kgvn(REAL_STORE)("init", str(folder / "desk")).exit_code == 0
    store = folder / "desk" / "facts.json"
    article = folder / "later.txt"
    article.write_text(LATER, encoding="utf-8")
    kgvn = Kgvn(store)
    added = kgvn("source", "add", str(article), "--title", "Tax treaty signed", "--id", "later")
    assert added.exit_code == 0, added.output
    updated = kgvn(
        "update", "double-taxation-agreement", "status=signed", "--source", "later",
        "--quote", "signed the Agreement on the avoidance of double taxation",
    )  # fmt: skip
    assert updated.exit_code == 0, updated.output
    return kgvn


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("In March 2025 the double taxation agreement was still under negotiation.", "supported"),
        ("The double taxation agreement has been signed.", "supported"),
        ("The double taxation agreement is still under negotiation.", "contradicted"),
    ],
)
def test_a_revised_status_is_read_at_the_claims_date(
    revised: Kgvn, claim: str, verdict: str
) -> None:
    result = revised("check", claim, "--format", "tsv")
    assert result.stdout.splitlines()[1].split("\t")[1] == verdict, result.stdout


def test_the_contradiction_names_each_status_with_its_date(revised: Kgvn) -> None:
    result = revised("check", "The double taxation agreement is still under negotiation.")
    assert "under-negotiation as of 2025-03-06; signed as of 2025-11-20" in result.stdout
