"""A figure given as a share of a year's trade: "the project's US$5 million is equivalent to
about 37% of 2024 two-way trade" is the claim's own figure over the record's trade that year.

The share is computed only from a figure of the claim that its record already agreed with, and
from a yearly trade figure on record; anything else is left to the other comparators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgvn.check.compare.slots import amount_agrees
from kgvn.check.result import PartResult, Status
from kgvn.claims import Claim
from kgvn.records import Record, TradeFigure
from kgvn.text import fold

#: "37% of 2024 two-way trade", "a third of trade in 2024", "37 per cent of the 2024 turnover".
_OF_TRADE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?P<year>(?:19|20)\d\d)(?:'s|’s)?\s+)?(?:total\s+|overall\s+)?"
    r"(?:two-way\s+|bilateral\s+)?(?:trade|turnover)(?:\s+turnover)?"
    r"(?:\s+(?:in|for)\s+(?P<year2>(?:19|20)\d\d))?\b"
)


def part_of_trade(claim: Claim) -> bool:
    """Whether a money figure is said as a part of trade ('exports accounted for $10 million
    of the 2024 trade turnover'): a figure of one flow, not of the trade it is part of."""
    for amount in claim.amounts:
        at = claim.folded.find(fold(amount.text))
        if at >= 0 and _OF_TRADE.match(claim.folded, at + len(fold(amount.text))):
            return True
    return False


def _amount(claim: Claim, parts: Sequence[PartResult], records: Sequence[Record]) -> float | None:
    """The figure a share is of: the claim's one amount its record agreed with, or, when the
    claim gives none ('the investment is worth 37% of …'), the value of its one record that
    holds a value and is no trade figure."""
    if len(claim.amounts) == 1:
        agreed = [part for part in parts if part.text == claim.amounts[0].text]
        if len(agreed) == 1 and agreed[0].status is Status.agrees:
            return claim.amounts[0].usd
        return None
    valued = [
        value
        for record in records
        if not isinstance(record, TradeFigure)
        and isinstance(value := getattr(record, "value_usd", None), int)
    ]
    return float(valued[0]) if not claim.amounts and len(valued) == 1 else None


def shared(
    claim: Claim,
    parts: Sequence[PartResult],
    figures: Sequence[TradeFigure],
    records: Sequence[Record] = (),
) -> list[PartResult]:
    """`parts` with the claim's percentages of a year's trade worked out from the figure they
    are a share of (`_amount`); the year named for the trade is the trade's, so it no longer
    stands for the date of the claim's own record."""
    said = {part.text for part in parts}
    if not claim.percents or all(percent.text in said for percent in claim.percents):
        return list(parts)
    amount = _amount(claim, parts, records)
    if amount is None:
        return list(parts)
    found: list[PartResult] = []
    years: set[str] = set()
    for percent in [item for item in claim.percents if item.text not in said]:
        at = claim.folded.find(fold(percent.text))
        match = _OF_TRADE.match(claim.folded, at + len(percent.text)) if at >= 0 else None
        year = match and (match.group("year") or match.group("year2"))
        trade = [
            figure for figure in figures if year and figure.year_from == figure.year_to == int(year)
        ]
        if not year or len(trade) != 1:
            continue
        share = 100 * amount / trade[0].value_usd
        agrees = amount_agrees(percent.value, percent.hedge, share, percent.precision)
        shown = f"{share:.1f}% of {year} trade (computed by kgvn from the sourced figures)"
        status = Status.agrees if agrees else Status.differs
        found.append(PartResult("share", percent.text, percent.value, status, shown))
        found.append(PartResult("share year", year, int(year), Status.agrees, year))
        years.add(year)
    kept = [part for part in parts if not (part.kind == "date" and part.text in years)]
    return kept + found
