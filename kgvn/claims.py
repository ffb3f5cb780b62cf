"""Reading a claim: the checkable parts of a sentence written the way journalists write.

Amounts (`$15 million`, `13.5 million USD`, `US$1.36 million`, `USD 7.5m`, `4,500,000 dollars`),
dates (`June 4, 1992`, `4 June 1992`, `27/12/1991`, `March 6-7, 2025`), years, ranks (`83rd among
148`), durations (`60-day`), counts (`about 100 people`, `three families`), percentages, hedges
(`about`, `more than`), multiples (`doubled`, `threefold`), negation, the names written in
capitals, and the subject words that say what the claim is about. Pure functions: no store, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kgvn.claim_dates import DateSpan as DateSpan
from kgvn.claim_dates import _dates, _overlaps
from kgvn.claim_patterns import (
    _HEDGE,
    _NAME_WORD,
    _NOT_NAMES,
    _WORD_VALUE,
    AMOUNT_AFTER,
    AMOUNT_BEFORE,
    AMOUNT_SAME_CURRENCY,
    BARE_NUMBER,
    COUNT,
    DURATION,
    DURATION_LEAD,
    FRACTION,
    FRACTION_PERCENT,
    HEDGES,
    MULTIPLE_WORDS,
    NO_COUNT,
    ORDINAL,
    PERCENT,
    PLACE,
    PLACES,
    RANK,
    RANK_AMONG,
    RANK_PLAIN,
    RATIO,
    RELATIVE_YEAR,
    SCALES,
    STRONG,
    SUBJECTS,
    WORDED_AMOUNT,
    WORDED_SAME_CURRENCY,
    YEAR,
    YEAR_ON_YEAR,
    YEAR_RANGE,
)
from kgvn.claim_patterns import (
    NEGATION as NEGATION,
)
from kgvn.claim_patterns import (
    NUMBER_WORDS as NUMBER_WORDS,
)
from kgvn.claim_patterns import (
    Hedge as Hedge,
)
from kgvn.text import compiled, fold


@dataclass(frozen=True)
class Amount:
    """A sum of money in US dollars."""

    usd: float
    text: str
    hedge: Hedge = Hedge.exact
    #: Digits after the decimal point as written: "$13.5 million" is meant to 0.1 million.
    precision: float = 0.0

    @property
    def approximate(self) -> bool:
        """Whether the claim hedges the figure ('about', 'more than', 'nearly'...)."""
        return self.hedge is not Hedge.exact


@dataclass(frozen=True)
class Count:
    value: float
    noun: str
    text: str
    hedge: Hedge = Hedge.exact

    @property
    def approximate(self) -> bool:
        return self.hedge is not Hedge.exact


@dataclass(frozen=True)
class Rank:
    rank: int
    out_of: int | None
    text: str


@dataclass(frozen=True)
class Duration:
    days: float
    text: str


@dataclass(frozen=True)
class Percent:
    value: float
    text: str
    hedge: Hedge = Hedge.exact
    precision: float = 1.0

    @property
    def approximate(self) -> bool:
        return self.hedge is not Hedge.exact


@dataclass(frozen=True)
class Ratio:
    """A multiple: 'doubled' is 2, 'threefold' 3, 'halved' 0.5."""

    value: float
    text: str
    hedge: Hedge = Hedge.exact

    @property
    def approximate(self) -> bool:
        return self.hedge is not Hedge.exact


@dataclass(frozen=True)
class Claim:
    """The checkable parts of one sentence."""

    text: str
    folded: str
    words: tuple[str, ...]
    amounts: tuple[Amount, ...] = ()
    dates: tuple[DateSpan, ...] = ()
    years: tuple[int, ...] = ()
    year_ranges: tuple[tuple[int, int], ...] = ()
    relative_years: tuple[str, ...] = ()
    ranks: tuple[Rank, ...] = ()
    durations: tuple[Duration, ...] = ()
    counts: tuple[Count, ...] = ()
    percents: tuple[Percent, ...] = ()
    ratios: tuple[Ratio, ...] = ()
    ordinals: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    #: Numbers that fit none of the forms above: still checkable parts, so never ignored.
    bare_numbers: tuple[Count, ...] = ()
    negated: bool = False
    #: Names as written in capitals ('Phạm Minh Chính', 'Khánh Hoà'): who and where, unmatched.
    names: tuple[str, ...] = ()
    #: What the claim is about, from its words: 'trade', 'visa', 'visit', 'investment'…
    subjects: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    def has(self, *stems: str) -> bool:
        """Whether any word of the claim starts with any of `stems` (folded)."""
        return any(word.startswith(stem) for word in self.words for stem in stems)

    def has_phrase(self, phrase: str) -> bool:
        return compiled(rf"\b{re.escape(phrase)}").search(self.folded) is not None

    def checkable_parts(self) -> list[tuple[str, str]]:
        """(kind, text as written) of every figure, date and place: each must be checked."""
        parts = [("amount", item.text) for item in self.amounts]
        parts += [("date", item.text) for item in self.dates]
        parts += [("date", str(year)) for year in self.years]
        parts += [("period", f"{first}–{last}") for first, last in self.year_ranges]
        parts += [("rank", item.text) for item in self.ranks]
        parts += [("duration", item.text) for item in self.durations]
        parts += [("count", item.text) for item in self.counts]
        parts += [("percentage", item.text) for item in self.percents]
        parts += [("ratio", item.text) for item in self.ratios]
        parts += [("ordinal", word) for word in self.ordinals]
        parts += [("number", item.text) for item in self.bare_numbers]
        parts += [("place", place) for place in self.places]
        return parts


def _plain(text: str) -> str:
    """A number as written, with a decimal point and no thousands separators."""
    if re.fullmatch(r"\d+,\d{1,2}", text):
        return text.replace(",", ".")
    return text.replace(",", "")


def _number(text: str) -> float:
    return float(_plain(text))


def _hedge_before(sentence: str, start: int) -> Hedge:
    match = _HEDGE.search(sentence[max(0, start - 30) : start].lower())
    if match is None:
        return Hedge.exact
    for index, (_, hedge) in enumerate(HEDGES):
        if match.group(f"h{index}"):
            return hedge
    return Hedge.exact


def _precision(number: str, scale: float) -> float:
    decimals = len(number.split(".")[1]) if "." in number else 0
    step = 10.0 ** (-decimals)
    return scale * step if scale > 1 else step


def _worded_amounts(
    sentence: str,
    taken: list[tuple[int, int]],
    shown: str,
    pattern: re.Pattern[str] = WORDED_AMOUNT,
) -> list[Amount]:
    found: list[Amount] = []
    for match in pattern.finditer(sentence):
        if _overlaps(match.span(), taken):
            continue
        scale = SCALES[match.group("scale").lower()]
        if match.group("half"):
            value, step = 0.5, 0.5
        else:
            value = _WORD_VALUE[re.sub(r"\s+", " ", match.group("num").lower())]
            fraction = (match.group("frac") or "").lower()
            value += 0.5 if fraction.endswith("half") else 0.25 if fraction else 0.0
            step = 0.25 if fraction.endswith("quarter") else 0.5 if fraction else 1.0
        taken.append(match.span())
        found.append(
            Amount(
                usd=value * scale,
                text=shown[match.start() : match.end()].strip(),
                hedge=_hedge_before(sentence, match.start()),
                precision=step * scale,
            )
        )
    return found


def _amounts(sentence: str, taken: list[tuple[int, int]], shown: str) -> list[Amount]:
    found: list[Amount] = _worded_amounts(sentence, taken, shown)
    for pattern in (AMOUNT_BEFORE, AMOUNT_AFTER, AMOUNT_SAME_CURRENCY):
        if pattern is AMOUNT_SAME_CURRENCY and not found:
            break  # a scaled figure is money only beside one whose currency is written
        for match in pattern.finditer(sentence):
            if _overlaps(match.span(), taken):
                continue
            scale = SCALES.get((match.group("scale") or "").lower(), 1.0)
            value = _number(match.group("num")) * scale
            taken.append(match.span())
            found.append(
                Amount(
                    usd=value,
                    text=shown[match.start() : match.end()].strip(),
                    hedge=_hedge_before(sentence, match.start()),
                    precision=_precision(_plain(match.group("num")), scale),
                )
            )
    if found:  # 'up from seven and a half million': the currency of the figure beside it
        found += _worded_amounts(sentence, taken, shown, WORDED_SAME_CURRENCY)
    return found


def _blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    """`sentence` with `spans` (which fit it: see `parse_claim`) blanked out."""
    for start, end in spans:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def _word_number(text: str) -> float:
    word = NUMBER_WORDS.get(text.lower())
    return float(word) if word is not None else _number(text)


def _multiple_number(text: str) -> float:
    """'five and a half' is 5.5, 'three and a quarter' 3.25, 'ten' 10."""
    whole, _, fraction = re.sub(r"\s+", " ", text.lower()).partition(" and a ")
    return _word_number(whole) + {"half": 0.5, "quarter": 0.25}.get(fraction, 0.0)


def _ratios(working: str, taken: list[tuple[int, int]], shown: str) -> list[Ratio]:
    found = []
    for match in RATIO.finditer(working):
        if _overlaps(match.span(), taken):
            continue
        verb, folds, times = match.group("verb", "fold", "times")
        value = MULTIPLE_WORDS[verb.lower()] if verb else _multiple_number(folds or times)
        taken.append(match.span())
        text = shown[match.start() : match.end()].strip()
        found.append(Ratio(value, text, _hedge_before(working, match.start())))
    return found


def _durations(working: str, taken: list[tuple[int, int]], shown: str) -> list[Duration]:
    found = []
    for match in DURATION.finditer(working):
        if _overlaps(match.span(), taken):
            continue
        unit = match.group("unit").lower()
        unit_days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        value = _word_number(match.group("num"))
        led = DURATION_LEAD.search(working[max(0, match.start() - 40) : match.start()])
        if "-" in match.group() or unit == "day" or (led and unit in ("week", "month")):
            taken.append(match.span())
            text = shown[match.start() : match.end()].strip()
            found.append(Duration(value * unit_days, text))
    return found


def _counts(working: str, taken: list[tuple[int, int]], shown: str) -> list[Count]:
    found = []
    for pattern in (STRONG, COUNT):
        for match in pattern.finditer(working):
            noun = "people" if pattern is STRONG else match.group("noun").lower()
            definite = working[max(0, match.start() - 4) : match.start()] == "the "
            if _overlaps(match.span(), taken) or (definite and not noun.startswith("year")):
                continue  # 'the two documents' names them; 'the five years' is still a period
            taken.append(match.span())
            found.append(
                Count(
                    _word_number(match.group("num")),
                    noun,
                    shown[match.start() : match.end()].strip(),
                    _hedge_before(working, match.start()),
                )
            )
    return found


def _none_counts(
    working: str, taken: list[tuple[int, int]], shown: str, spans: list[tuple[int, int]]
) -> list[Count]:
    """'No investment projects': a count of zero, which is a figure, not a denial."""
    found = []
    for match in NO_COUNT.finditer(working):
        if _overlaps(match.span(), taken):
            continue
        taken.append(match.span())
        spans.append(match.span())
        noun = match.group("noun").lower()
        noun = "projects" if noun.startswith("investment") else noun
        found.append(Count(0.0, noun, shown[match.start() : match.end()].strip()))
    return found


def _names(sentence: str) -> tuple[str, ...]:
    """Runs of capitalised words: the people, places and bodies a claim names, as written."""
    runs: list[list[str]] = []
    previous_end = -2
    for match in _NAME_WORD.finditer(sentence):
        word = match.group()
        capital = word[0].isupper() and fold(word) not in _NOT_NAMES
        joined = sentence[previous_end : match.start()].strip() == "" and previous_end >= 0
        if capital and runs and joined:
            runs[-1].append(word)
        elif capital:
            runs.append([word])
        previous_end = match.end() if capital else -2
    return tuple(dict.fromkeys(" ".join(run) for run in runs))


def _subjects(folded: str) -> tuple[str, ...]:
    return tuple(subject for pattern, subject in SUBJECTS if compiled(pattern).search(folded))


@lru_cache(maxsize=4096)
def parse_claim(text: str, today_year: int | None = None) -> Claim:
    """The checkable parts of `text`; `today_year` resolves 'last year' (None leaves it open).
    Kept for the next call: a claim's pieces are read again and again, and a Claim is frozen."""
    sentence = " ".join(text.split())
    folded = fold(sentence)
    taken: list[tuple[int, int]] = []
    # Where folding keeps one character per character, spans found in the folded text fit the
    # sentence too; transliteration (Þ → th) can change lengths and still add up by chance.
    aligned = sentence.isascii() or all(len(fold(char)) == 1 for char in sentence)
    working = folded if aligned and len(folded) == len(sentence) else sentence.lower()
    shown = sentence if working is folded else working

    def original(match: re.Match[str]) -> str:
        return shown[match.start() : match.end()].strip()

    amounts = _amounts(working, taken, shown)
    percents = []
    for match in PERCENT.finditer(working):
        if not _overlaps(match.span(), taken):
            taken.append(match.span())
            number = match.group("num")
            percents.append(
                Percent(
                    _number(number),
                    original(match),
                    _hedge_before(working, match.start()),
                    _precision(_plain(number), 1.0),
                )
            )
    for match in FRACTION.finditer(working):
        if not _overlaps(match.span("frac"), taken):
            taken.append(match.span("frac"))
            value = FRACTION_PERCENT[re.sub(r"[- ]+", " ", match.group("frac").lower())]
            hedge = _hedge_before(working, match.start("frac"))
            percents.append(Percent(value, shown[slice(*match.span("frac"))], hedge, 1.0))
    ratios = _ratios(working, taken, shown)
    dates = _dates(working, taken, None, shown)
    year_ranges = []
    for match in YEAR_ON_YEAR.finditer(working):
        if not _overlaps(match.span(), taken):
            taken.append(match.span())
            year_ranges.append((int(match.group("year")) - 1, int(match.group("year"))))
    for match in YEAR_RANGE.finditer(working):
        if _overlaps(match.span(), taken):
            continue
        first = int(match.group("y1"))
        second_text = match.group("y2")
        second = (
            int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        )
        if second > first:
            taken.append(match.span())
            year_ranges.append((first, second))
    placed: list[tuple[int, int]] = []
    for match in YEAR.finditer(working):
        if not _overlaps(match.span(), taken):
            taken.append(match.span())
            placed.append((match.start(), int(match.group("year"))))
    relative = tuple(match.group("which").lower() for match in RELATIVE_YEAR.finditer(working))
    if today_year is not None:
        offsets = {"last": -1, "past": -1, "this": 0, "next": 1}
        for match in RELATIVE_YEAR.finditer(working):
            # in text order with the written years, so 'last year, up from $X in 2023' pairs
            # each figure with its own year
            placed.append((match.start(), today_year + offsets[match.group("which").lower()]))
            taken.append(match.span())  # read as a year
    years = [year for _, year in sorted(placed)]
    ranks = []
    for pattern in (RANK_AMONG, RANK, RANK_PLAIN):
        for match in pattern.finditer(working):
            if _overlaps(match.span(), taken):
                continue
            taken.append(match.span())
            out_of = int(match.group("of")) if match.group("of") else None
            ranks.append(Rank(int(match.group("rank")), out_of, original(match)))
    durations = _durations(working, taken, shown)
    zero_spans: list[tuple[int, int]] = []
    counts = _none_counts(working, taken, shown, zero_spans) + _counts(working, taken, shown)
    ordinals = tuple(
        match.group("word").lower()
        for match in ORDINAL.finditer(working)
        if not _overlaps(match.span(), taken)
    )
    places = tuple(dict.fromkeys(PLACES[match.group("place")] for match in PLACE.finditer(folded)))
    bare = []
    for match in BARE_NUMBER.finditer(working):
        if not _overlaps(match.span(), taken):
            taken.append(match.span())
            bare.append(
                Count(
                    _number(match.group("num")),
                    "",
                    original(match),
                    _hedge_before(working, match.start()),
                )
            )
    return Claim(
        text=sentence,
        folded=folded,
        words=tuple(re.findall(r"[a-z0-9]+", folded)),
        amounts=tuple(amounts),
        dates=tuple(dates),
        years=tuple(years),
        year_ranges=tuple(year_ranges),
        relative_years=relative,
        ranks=tuple(ranks),
        durations=tuple(durations),
        counts=tuple(counts),
        percents=tuple(percents),
        ratios=tuple(ratios),
        ordinals=ordinals,
        places=places,
        bare_numbers=tuple(bare),
        negated=NEGATION.search(_blank(sentence, zero_spans)) is not None,
        names=_names(sentence),
        subjects=_subjects(folded),
        spans=tuple(taken),
    )
