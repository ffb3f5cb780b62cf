"""Investment, trade figures and product flows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgvn.claims import Amount, Claim, Percent, Ratio
from kgvn.records import Investment, TradeFigure
from kgvn.text import fold
from kgvn.vocabulary import TradeMeasure

if TYPE_CHECKING:
    pass


from kgvn.check.base import CheckerBase
from kgvn.check.compare.fieldlists import fields_listed
from kgvn.check.compare.periods import later_stock, periods_a_year, summed, words_pattern
from kgvn.check.compare.readers import (
    _compared_figures,
    _direction,
    _exporter,
    _investment_sides,
    _investment_subject,
    _named_products,
    _nearest_period,
    _span,
    _written,
)
from kgvn.check.compare.shares import part_of_trade
from kgvn.check.compare.slots import (
    amount_agrees,
    count_agrees,
    ratio_status,
    usd_text,
)
from kgvn.check.compare.standing import earlier_rank, standing_parts
from kgvn.check.compare.than import goes_the_wrong_way, than_year
from kgvn.check.compare.topics.series import (
    _BY_AMOUNT,
    by_amount,
    end_of,
    in_text_order,
    one_year_pair,
    spanned,
    steps_parts,
    trade_periods,
)
from kgvn.check.frame.official import TRADE_STEMS
from kgvn.check.lexicon import FIELD_WORDS, SECTOR_KINDS, SECTORS
from kgvn.check.result import (
    CheckResult,
    Status,
    Verdict,
    _Outcome,
)
from kgvn.check.retrieve.mentions import (
    ASPIRATION,
    Mentions,
    _label,
    _period,
)

#: Words after a figure that make it a difference: '$6 million higher than in 2023'.
_THAN_AFTER = re.compile(r"\s*(?:higher|more|larger|bigger|greater|lower)\s+than\b")

#: "Main exports", "key exports": the record's list of them is the whole list.
_MAIN = re.compile(r"\b(?:main|key|major|chief|principal|top|leading)\s+(?:\w+\s+)?exports?\b")

#: 'its only export', 'the sole product': one thing, where the record lists several.
_ONLY_ONE = re.compile(r"(?<!not )\b(?:only|sole|single|lone)\b")


_OTHER_RANKINGS = words_pattern("other_rankings")


class EconomyChecks(CheckerBase):
    def _investment(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        about_project = claim.has("project", "venture")
        if (
            not claim.has("invest", "fdi", "capital")
            and not about_project
            and not (claim.ranks and claim.has("rank", "investor"))
        ):
            return None
        if not self.store.investments or fields_listed(claim, "invest"):
            return None  # 'cooperation in trade and investment, energy …': fields, not a project
        if ASPIRATION.search(claim.folded) and not (claim.amounts or claim.ranks or claim.counts):
            return None  # 'urged cooperation in investment …': no investment's own details
        if claim.ranks and not claim.has("invest", "fdi") and _OTHER_RANKINGS.search(claim.folded):
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "The record ranks countries by their investment only.",
                records=[self._matched(item) for item in self.store.investments],
            )
        investor, host = _investment_sides(claim.folded)
        matching = [
            item
            for item in self.store.investments
            if (investor is None or item.investor == self.country_id[investor])
            and (host is None or item.host == self.country_id[host])
        ]
        if not matching:
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "The record holds no investment in that direction; it holds "
                + "; ".join(_label(item) for item in self.store.investments)
                + ".",
                records=[self._matched(item) for item in self.store.investments],
            )
        record = matching[0]
        outcome = _Outcome(records=[record])
        for amount in claim.amounts:
            self._compare_amount(outcome, amount, record.value_usd, "value")
        for count in claim.counts:
            if count.noun.startswith("project") and record.projects is not None:
                status = (
                    Status.agrees if count_agrees(count, record.projects, False) else Status.differs
                )
                outcome.add("projects", count.text, count.value, status, str(record.projects))
        if (
            record.projects == 1
            and claim.has("single", "only", "sole")
            and not any(count.noun.startswith("project") for count in claim.counts)
        ):
            outcome.add("projects", "one project", 1, Status.agrees, "1")
        elif (
            record.projects is not None
            and record.projects > 1
            and claim.has("single", "sole")
            and not any(count.noun.startswith("project") for count in claim.counts)
        ):
            outcome.add("projects", "one project", 1, Status.differs, str(record.projects))
        for rank in claim.ranks:
            if record.rank is None:
                outcome.add("rank", rank.text, rank.rank, Status.not_on_record)
                continue
            earlier = earlier_rank(claim, rank, record.rank)
            if earlier is not None:
                # "83rd, up from 90th a year earlier": a rank of another time
                shown = f"{record.rank} of {record.rank_out_of} now"
                outcome.add("earlier rank", rank.text, rank.rank, earlier, shown)
                continue
            status = Status.agrees if rank.rank == record.rank else Status.differs
            outcome.add(
                "rank", rank.text, rank.rank, status, f"{record.rank} of {record.rank_out_of}"
            )
            if rank.out_of is not None:
                status = Status.agrees if rank.out_of == record.rank_out_of else Status.differs
                outcome.add(
                    "rank out of", str(rank.out_of), rank.out_of, status, str(record.rank_out_of)
                )
        for part in standing_parts(claim, record.rank, record.rank_out_of):
            outcome.add(*part)  # 'in the top half of the 148'
        self._investment_words(claim, record, outcome)
        self._date_parts(claim, outcome, record.as_of, None, allow_missing=True, as_of=True)
        later_stock(claim, outcome, record.as_of)
        if not outcome.parts and not claim.checkable_parts() and (investor, host) == (None, None):
            return None  # 'investment opportunities': no side, nothing of the record's to compare
        result = self._result(claim, outcome, _investment_subject(record))
        # nothing compared ('agreed to help firms invest'): a statement's, unless it is denied
        if result.verdict is Verdict.unverified and not result.parts and not claim.negated:
            return None
        return result

    def _compare_amount(
        self, outcome: _Outcome, amount: Amount, on_record: int | None, kind: str
    ) -> None:
        if on_record is None:
            outcome.add(kind, amount.text, amount.usd, Status.not_on_record)
            return
        agrees = amount_agrees(amount.usd, amount.hedge, on_record, amount.precision)
        outcome.add(
            kind,
            amount.text,
            amount.usd,
            Status.agrees if agrees else Status.differs,
            usd_text(on_record),
        )

    def _investment_words(self, claim: Claim, record: Investment, outcome: _Outcome) -> None:
        province = fold(record.province or "")
        for name in dict.fromkeys(self.places.all_forms("provinces")):
            if not claim.has_phrase(name):
                continue
            agrees = name in province or self.places.province_of.get(name, "-") in province
            outcome.add(
                "province",
                _written(claim, name),
                name,
                Status.agrees if agrees else Status.differs,
                record.province,
            )
        sector = fold(record.sector or "")
        fields = [word for word in FIELD_WORDS if claim.has(word)]
        for word, same in SECTORS.items():
            if not (claim.has_phrase(word) or claim.has(word)):
                continue
            if len(fields) > 3:  # a list of fields of cooperation, not one project's sector
                status = Status.not_on_record
            elif any(item in sector for item in same):
                status = Status.agrees
            elif SECTOR_KINDS.get(word, "-") in sector:
                status = Status.not_on_record  # lager is a malt drink, but which one?
            else:
                status = Status.differs
            outcome.add("sector", _written(claim, word), word, status, record.sector)
            break

    # -- trade -----------------------------------------------------------------------------------

    def _trade(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        about_trade = claim.has("trade", "turnover", "twoway", "commerce") or claim.has_phrase(
            "two-way"
        )
        averaged = claim.has("averag") and bool(claim.year_ranges) and bool(claim.amounts)
        if (
            not about_trade
            and not averaged
            and not (claim.has("export", "import") and claim.amounts)
        ):
            return None
        direction = _direction(claim.folded)
        figures_given = bool(claim.amounts or claim.percents or claim.ratios)
        moved = direction is not None and bool(claim.years or claim.year_ranges) and about_trade
        if not figures_given and not moved:
            return None
        if claim.has("export", "import", "shipment") and (
            not claim.has("trade", "turnover") or part_of_trade(claim)
        ):
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "The record holds two-way trade only, "
                "not the value of exports or imports in one direction.",
            )
        figures = list(self.store.trade)
        outcome = _Outcome()
        periods = trade_periods(claim)
        resolved: list[tuple[int, int]] = []
        amounts = list(claim.amounts)
        at = claim.folded.find(fold(amounts[0].text)) if len(amounts) == 1 else -1
        # "$6 million higher than in 2023": a difference, read as "grew by"
        compared = at >= 0 and _THAN_AFTER.match(claim.folded[at + len(amounts[0].text) :])
        if (
            (direction is not None or compared)
            and len(amounts) == 1
            and (_BY_AMOUNT.search(claim.folded[: max(at, 0)]) or compared)
        ):
            # "grew by $6 million from 2023 to 2024": the difference between two figures
            self._trade_difference(claim, outcome, figures, amounts.pop(), periods)
        elif direction is not None and (by := by_amount(claim, amounts)) is not None:
            # "rose by $6 million in 2024 to $13.5 million": one figure is the difference
            self._trade_difference(claim, outcome, figures, amounts.pop(by), periods)
        paired = in_text_order(claim, amounts, periods)
        for position, amount in enumerate(amounts):
            if len(periods) == len(claim.amounts):
                period: tuple[int, int] | None = end_of(claim, amount, paired[position])
            elif len(periods) == 1 and len(amounts) == 2 and periods[0][0] == periods[0][1]:
                # "$4.5 million in 2022 before climbing to $7.5 million a year later", "jumped
                # in 2024, from $7.5m to $13.5m"
                period = one_year_pair(claim, amounts, periods[0][0])[position]
            elif len(periods) == 1:
                period = end_of(claim, amount, periods[0])
            elif len(claim.amounts) == 1 and len(periods) == 2:
                # "$13.5 million in 2024, nearly double the 2023 figure": the nearer year
                period = _nearest_period(claim, amount, periods)
            else:
                period = None
            if period is not None and period not in resolved:
                resolved.append(period)
            self._trade_amount(claim, outcome, figures, amount, period)
        for percent in claim.percents:
            self._trade_change(claim, outcome, figures, percent, periods)
        for ratio in claim.ratios:
            self._trade_change(claim, outcome, figures, ratio, periods)
        if direction is not None and not (compared and than_year(claim.folded)):
            # the years the figures were read for, when the claim gives two of them ('lower
            # than in 2023' beside a difference is read with it)
            spans = resolved if len(resolved) == 2 and len(periods) < 2 else periods
            self._trade_direction(claim, outcome, figures, spans, direction)
        return self._result(claim, outcome, "two-way trade")

    def _trade_difference(
        self,
        claim: Claim,
        outcome: _Outcome,
        figures: Sequence[TradeFigure],
        amount: Amount,
        periods: list[tuple[int, int]],
    ) -> None:
        pair = _compared_figures(figures, periods)
        if pair is None:
            outcome.add("change", amount.text, amount.usd, Status.not_on_record)
            return
        before, now = pair
        outcome.records += [before, now]
        for first, last in periods:
            # "in 2024 … than in 2023", "by $3 million in 2023": the years compared
            label = str(first) if first == last else f"{first}–{last}"
            shown = _period(before) if (first, last) == _span(before) else _period(now)
            outcome.add("period", label, label, Status.agrees, shown)
        change = abs(now.value_usd - before.value_usd)
        status = (
            Status.agrees
            if amount_agrees(amount.usd, amount.hedge, change, amount.precision)
            else Status.differs
        )
        than = than_year(claim.folded)
        if than is not None:  # '$3 million more in 2022 than in 2023': the other way
            wrong = goes_the_wrong_way(than, {f.year_to: f.value_usd for f in (before, now)})
            way = " to ".join(f"{usd_text(f.value_usd)} ({_period(f)})" for f in (before, now))
            outcome.add("change", than[2], than[2], Status.differs if wrong else Status.agrees, way)
        shown = f"{usd_text(change)} ({_period(before)} to {_period(now)})"
        outcome.add("change", amount.text, amount.usd, status, shown)

    def _trade_amount(
        self,
        claim: Claim,
        outcome: _Outcome,
        figures: Sequence[TradeFigure],
        amount: Amount,
        period: tuple[int, int] | None,
    ) -> None:
        if period is None:
            matching = [
                figure
                for figure in figures
                if amount_agrees(amount.usd, amount.hedge, figure.value_usd, amount.precision)
            ]
            if matching and not claim.relative_years and not claim.years and not claim.dates:
                figure = matching[0]
                outcome.records.append(figure)
                outcome.add(
                    "amount",
                    amount.text,
                    amount.usd,
                    Status.agrees,
                    f"{usd_text(figure.value_usd)} ({_period(figure)})",
                )
            else:
                outcome.add("amount", amount.text, amount.usd, Status.not_on_record)
                outcome.note = (
                    "Give the year: the record has figures for "
                    + ", ".join(_period(f) for f in figures)
                    + "."
                )
            return
        first, last = period
        wanted = (
            TradeMeasure.two_way_yearly_average if first != last else TradeMeasure.two_way_yearly
        )
        found = next(
            (
                item
                for item in figures
                if item.measure is wanted and (item.year_from, item.year_to) == (first, last)
            ),
            None,
        )
        label = f"{first}" if first == last else f"{first}–{last}"
        computed = spanned(claim, figures, period) if found is None else None
        if computed is not None:
            # "averaged $8.5 million a year from 2022 to 2024": computed from the yearly figures
            value, shown, items = computed
            outcome.records += items
            outcome.add("period", label, label, Status.agrees, label)
            agrees = amount_agrees(amount.usd, amount.hedge, value, amount.precision)
            status = Status.agrees if agrees else Status.differs
            outcome.add("amount", amount.text, amount.usd, status, shown)
            return
        if found is None:
            outcome.add("period", label, label, Status.not_on_record)
            outcome.add("amount", amount.text, amount.usd, Status.not_on_record)
            return
        outcome.records.append(found)
        outcome.add("period", label, label, Status.agrees, _period(found))
        years = last - first + 1 if summed(claim.folded) else 1
        expected = found.value_usd * years / periods_a_year(claim.folded)
        status = (
            Status.agrees
            if amount_agrees(amount.usd, amount.hedge, expected, amount.precision)
            else Status.differs
        )
        shown = usd_text(found.value_usd) + (" a year" if expected != found.value_usd else "")
        outcome.add("amount", amount.text, amount.usd, status, shown)

    def _trade_direction(
        self,
        claim: Claim,
        outcome: _Outcome,
        figures: Sequence[TradeFigure],
        periods: list[tuple[int, int]],
        direction: tuple[str, str],
    ) -> None:
        """'Trade fell to $7.5 million in 2023': the year before must have been higher."""
        verb, way = direction
        singles = sorted({first for first, last in periods if first == last})
        ranges = [(first, last) for first, last in periods if first != last]
        steps, used = steps_parts(claim, figures, singles, ranges, direction)
        outcome.records += used
        for part in steps:  # "rose from $4.5m in 2022 to … in 2023 and …", "every year": each
            outcome.add(*part)  # step the same way
        if steps:
            return
        if len(singles) == 2:
            base_year, target = singles
        elif len(singles) == 1:
            base_year, target = singles[0] - 1, singles[0]
        elif len(ranges) == 1 and not claim.has("averag"):
            base_year, target = ranges[0]
        else:
            outcome.add("change", verb, way, Status.not_on_record)
            return
        yearly = {
            item.year_from: item for item in figures if item.measure is TradeMeasure.two_way_yearly
        }
        now = yearly.get(target)
        before = yearly.get(base_year) or next(
            (item for item in figures if item.year_to == base_year and item.year_from < base_year),
            None,
        )  # the year before may only be known as part of a multi-year average
        if now is None or before is None:
            outcome.add("change", verb, way, Status.not_on_record)
            return
        outcome.records += [before, now]
        actual = "rise" if now.value_usd > before.value_usd else "fall"
        if now.value_usd == before.value_usd:
            actual = "no change"
        shown = (
            f"{usd_text(before.value_usd)} ({_period(before)}) to "
            f"{usd_text(now.value_usd)} ({_period(now)})"
        )
        outcome.add("change", verb, way, Status.agrees if actual == way else Status.differs, shown)
        for first, last in ranges:
            label = f"{first}–{last}"
            if (first, last) == (base_year, target):
                outcome.add("period", label, label, Status.agrees, label)

    def _trade_change(
        self,
        claim: Claim,
        outcome: _Outcome,
        figures: Sequence[TradeFigure],
        change: Percent | Ratio,
        periods: list[tuple[int, int]],
    ) -> None:
        """A growth rate ('up 80%') or multiple ('doubled', 'ten times the 2017-2021 average'),
        computed from the figures on record."""
        compared = _compared_figures(figures, periods)
        if compared is None:
            outcome.add("change", change.text, change.value, Status.not_on_record)
            return
        before, now = compared
        outcome.records += [before, now]
        said = {part.text for part in outcome.parts}
        for first, last in periods:
            label = str(first) if first == last else f"{first}–{last}"
            shown = _period(before) if (first, last) == _span(before) else _period(now)
            if label not in said:
                outcome.add("period", label, label, Status.agrees, shown)
        between = f"from {_period(before)} to {_period(now)}"
        if isinstance(change, Ratio):
            actual = now.value_usd / before.value_usd
            status = ratio_status(change, actual)
            shown = f"x{actual:.2f} {between} (computed by kgvn from the sourced figures)"
            outcome.add("ratio", change.text, change.value, status, shown)
            return
        percent = round(100 * (now.value_usd - before.value_usd) / before.value_usd, 1)
        if claim.has("fell", "drop", "declin", "decreas", "shrank", "down", "halved", "lower"):
            percent = -percent
        agrees = percent > 0 and amount_agrees(
            change.value, change.hedge, percent, change.precision
        )
        outcome.add(
            "change",
            change.text,
            change.value,
            Status.agrees if agrees else Status.differs,
            f"{percent:+.1f}% {between} (computed by kgvn from the sourced figures)",
        )

    # -- products --------------------------------------------------------------------------------

    def _products(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        if not claim.has(*TRADE_STEMS):
            return None
        flows = list(self.store.product_flows)
        if not flows or claim.amounts:
            return None
        exporter = _exporter(claim.folded)
        if exporter is None:
            return None
        own = next((flow for flow in flows if flow.exporter == self.country_id[exporter]), None)
        if own is None:
            return None
        others = [flow for flow in flows if flow is not own]
        named = _named_products(claim.folded, own.products)
        outcome = _Outcome(records=[own])
        for product in named:
            outcome.add("product", product, product, Status.agrees, ", ".join(own.products))
        for flow in others:
            for product in _named_products(claim.folded, flow.products):
                if product not in named:
                    # what the other side sells, claimed as this side's export: against the
                    # record's list of this side's main exports when the claim says "main"
                    status = Status.differs if _MAIN.search(claim.folded) else Status.not_on_record
                    outcome.add("product", product, product, status, ", ".join(own.products))
        if len(own.products) > 1 and _ONLY_ONE.search(claim.folded):
            # '(a product) is its only export' against the record's list of several
            outcome.add("quantifier", "only", "only", Status.differs, ", ".join(own.products))
        side = f"{self.places.label(exporter)}'s"
        return self._result(claim, outcome, f"{side} exports")
