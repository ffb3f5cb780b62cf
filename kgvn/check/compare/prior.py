"""'Had never visited X before': a denial bounded in time, checked against what came before.

A denial is contradicted by a record of what it denies; one bounded by "before" ("had never
visited X before", "no minister had visited before 2025", "before (a person)") only by a
record dated before that bound. The record of the visit the bound points at (his visit, the
named person's visit) is the bound itself, not a contradiction: that reading called the true
"he had never visited X before" contradicted by his first visit.

* a record dated before the bound still contradicts the claim, as before;
* else an earlier record of the same act (the claim said positively, in each earlier year on
  record) contradicts it;
* else a named person's "had never visited X before" is supported when the record says he
  visited X for the first time, and left unverified otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from kgvn.check.compare.backing import said_in
from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, MatchedRecord, PartResult, Status, Verdict
from kgvn.text import fold

#: "…never visited X before (his visit | a person | 2025)": the denial and its bound.
_BOUNDED = re.compile(
    r"^(?P<head>.*?\b(?:never|not|no)\b.*?)\s+before\b(?P<ref>[^,;]*?)\s*"
    r"(?P<tail>(?:,|\bsince\b).*)?[.!?]?$",
    re.IGNORECASE,
)
#: A visit said in the past participle: 'visited', 'been to', 'paid a (state) visit to'.
_VISITED = (
    r"(?:visited|been\s+to|travell?ed\s+to"
    r"|(?:paid|made)\s+(?:an?\s+)?(?:\w+\s+)?(?:visit|trip)\s+to)"
)
_DENIED_VISIT = re.compile(
    rf"\b(?:(?:had|has|have)\s+)?(?:never|not)\s+(?:(?:ever|once|previously)\s+)?{_VISITED}\b"
    r"|\b(?:did|does)\s+not\s+(?:ever\s+)?visit\b"
    rf"|\b(?:had|has|have)\s+(?:ever\s+)?{_VISITED}\b",
    re.IGNORECASE,
)
#: "No (demonym) minister had visited X since 1992": past perfect, bounded by the visit on record.
_SINCE_HAD = re.compile(
    r"^(?P<head>\s*no\b.*?\bhad\b.*?)(?P<ref>)\s+(?P<tail>since\b[^,;]*?)[.!?]?$", re.IGNORECASE
)
_ROLE_TITLES = {fold(phrase): fold(title) for phrase, title in load("words")["roles"]}
_OFFICE_HOLDERS = frozenset(load("words").get("office_holders", []))
#: "No official visited X between 2009 and 2025": a denial over a span of years.
_BETWEEN = re.compile(
    r"^(?P<head>.*?\b(?:never|not|no)\b.*?)\s+between\s+(?P<first>1[89]\d\d|20\d\d)\s+and\s+"
    r"(?P<last>1[89]\d\d|20\d\d)\s*[.!?]?$",
    re.IGNORECASE,
)
_NO_ONE = re.compile(r"^\s*no\s+", re.IGNORECASE)
#: "A (demonym) prime minister visited X": who (anyone of a kind) and where.
_NOBODY = re.compile(r"^A\s+(?P<who>.+?)\s+visited\s+(?P<place>.+?)\s*$")
#: "He had (already) visited X (several times) before": a visit earlier than the one on record.
_ALREADY = re.compile(
    r"^(?P<who>[^,;]+?)\s+(?:had|has)\s+(?:already\s+|previously\s+)?visited\s+"
    r"(?P<place>[A-Z][^,;]*?)\s+(?:(?:once|twice|several|many|a few|a number of|\w+)\s+"
    r"(?:times\s+)?)?before\b(?P<ref>[^,;]*?)[.!?]?$"
)
#: "He has visited X many times": visits before the one on record, said without 'before'.
_REPEATED = re.compile(
    r"^(?P<who>[^,;]+?)\s+(?:had|has)\s+(?:already\s+)?visited\s+(?P<place>[A-Z][^,;]*?)\s+"
    r"(?:(?:many|several|multiple|numerous|countless|a number of)\s+times|twice|repeatedly|often"
    r"|frequently|on\s+(?:several|many|numerous)\s+occasions)[.!?]?$"
)
#: "Ann had met Bo before.": an act on some earlier occasion, "before" with nothing after it.
_EARLIER_OCCASION = re.compile(
    r"^[^,;]+?\s+had\s+(?!never\b|not\b)(?:already\s+|previously\s+)?[a-z]+\b[^,;]*?"
    r"\s+before\s*[.!?]?$"
)
#: A bound that is the visit itself: nothing after "before", or "his/the visit", "this trip".
_ITSELF = re.compile(
    r"^\s*(?:(?:his|her|their|this|that|the|its)\s+(?:\w+\s+){0,2}(?:visit|trip|arrival)\b.*)?$",
    re.IGNORECASE,
)


def _denial(result: CheckResult) -> bool:
    """A claim contradicted only for denying what a record states, no part of it differing."""
    return result.verdict is Verdict.contradicted and not any(
        part.status is Status.differs for part in result.parts
    )


def _off_by_bound(result: CheckResult, ref: str) -> bool:
    """A claim whose only differing part is the year of its bound ('before 2015' read as the
    visit's own year)."""
    differing = [part for part in result.parts if part.status is Status.differs]
    return bool(differing) and all(part.text.strip() in ref for part in differing)


def _same_kind(positive: str, earlier: CheckResult) -> bool:
    """Whether an earlier record is of the kind of person the claim denies ('no (demonym) leader
    had visited'): its own words must name that kind ('leader'), not a narrower title the
    lexicon reads it as ('foreign minister')."""
    nobody = _NOBODY.match(positive)
    if nobody is None:
        return True  # a named person: the record is of that person
    noun = fold(nobody.group("who")).split()[-1]
    if noun in _OFFICE_HOLDERS:
        return True
    text = fold(
        " ".join(
            [record.label for record in earlier.records]
            + [item.quote for record in earlier.records for item in record.evidence]
        )
    )
    return said_in(noun, text)


def _quoted(who: str, result: CheckResult) -> bool:
    """Whether the deciding quotes name that kind of person in those very words."""
    quotes = fold(" ".join(item.quote for record in result.records for item in record.evidence))
    said = fold(who)
    for phrase, title in _ROLE_TITLES.items():  # 'head of government': the role's own title
        said = re.sub(rf"\b{re.escape(phrase)}\b", title, said)
    return any(re.search(rf"\b{re.escape(form)}\b", quotes) for form in {fold(who), said})


def _positive(head: str) -> str | None:
    """The act the claim denies, said positively: 'No X had visited Y' → 'A X visited Y'."""
    if not _DENIED_VISIT.search(head):
        plain = _NO_ONE.match(head) and re.search(r"\bvisited\b", head)
        return _NO_ONE.sub("A ", head).strip() if plain else None
    said = _DENIED_VISIT.sub("visited", head, count=1)
    said = _NO_ONE.sub("A ", said)
    return re.sub(r"\s+(?:ever|previously)\b", "", said).strip()


@dataclass
class Prior:
    """Denials bounded by 'before', read with the checker's own atomic check."""

    check_atom: Callable[[str], CheckResult]
    #: Each dated record's first and last day, by id.
    spans: Mapping[str, tuple[str, str | None]]
    people_in: Callable[[str], set[str]]

    def bounded(self, sentence: str) -> bool:
        """Whether the sentence is a denial of a visit bounded by 'before': one claim, whose
        'before …' must not be split off as a clause of its own."""
        found = _BOUNDED.match(sentence.strip())
        return found is not None and _positive(found.group("head")) is not None

    def recheck(self, claim: str, result: CheckResult) -> CheckResult:
        """The verdict on a denial bounded by 'before', or `result` for any other claim."""
        if result.verdict is Verdict.supported and _EARLIER_OCCASION.match(claim.strip()):
            # the record's own 'before' (the talks, the ceremony) is no earlier occasion
            explanation = "The claim speaks of an earlier occasion; the record gives none."
            return replace(result, verdict=Verdict.unverified, explanation=explanation)
        between = _BETWEEN.match(claim.strip())
        if between is not None and result.verdict is Verdict.unverified:
            return self._between(claim, between, result)
        since_had = _BOUNDED.match(claim.strip()) is None and _SINCE_HAD.match(claim.strip())
        if since_had:
            return self._since_had(claim, since_had, result)
        found = _BOUNDED.match(claim.strip())
        positive = _positive(found.group("head")) if found else None
        if found is None or positive is None:
            return self._already(claim, result) if result.verdict is Verdict.unverified else result
        tail = f" {found.group('tail')}" if found.group("tail") else ""
        base = self.check_atom(found.group("head").rstrip(".") + ".")
        since = re.search(r"^\s*since\b.*?\b(1[89]\d\d|20\d\d)\b", tail)
        ref = found.group("ref")
        denials = [item for item in (result, base) if _denial(item)]
        differing = any(part.status is Status.differs for part in result.parts)
        if differing and not _off_by_bound(result, ref):
            return result  # a part the record states otherwise: contradicted as it was
        bound = self._bound(ref, [*result.records, *base.records])
        nobody = _NOBODY.match(positive)
        if bound is None and nobody is not None and self.people_in(fold(ref)):
            # 'before (a person)': the date of his visit to that place
            owner = re.sub(r"['’]s\b.*$", "", ref.strip())
            probe = self.check_atom(f"{owner} visited {nobody.group('place')}.")
            if probe.verdict is Verdict.supported:
                bound = self._bound(ref, probe.records)
        if bound is None:
            return result
        for denial in [*denials, base]:
            dates = [span[0] for record in denial.records if (span := self.spans.get(record.id))]
            if _denial(denial) and any(date[: len(bound)] < bound for date in dates):
                return replace(denial, claim=claim)  # a record dated before the bound
        years = sorted({span[0][:4] for span in self.spans.values()}, reverse=True)
        earlier = [
            year
            for year in years  # before the bound, and not before the time the claim speaks of
            if year < bound[:4] and (since is None or year >= since.group(1))
        ]
        denied = self._done_in(claim, positive, earlier, f"before{ref}", bound)
        return denied or self._first(claim, positive, ref, tail, base)

    def _since_had(self, claim: str, found: re.Match[str], result: CheckResult) -> CheckResult:
        """'No Y had visited X since Z': supported when the record says the visit on record was
        the first by a Y since Z; else the claim is read as it was."""
        positive = _positive(found.group("head"))
        if positive is None or _NOBODY.match(positive) is None:
            return result
        tail = f" {found.group('tail')}"
        first = self._first(claim, positive, "", tail, result)
        return first if first.verdict is Verdict.supported else result

    def _done_in(
        self, claim: str, positive: str, years: list[str], span: str, bound: str | None = None
    ) -> CheckResult | None:
        """Contradicted by the first of `years` in which the record holds the act the claim
        denies (`span` is how the claim bounds it: 'before 2025', 'between 2009 and 2025')."""
        for year in years:
            done = self.check_atom(f"{positive} in {year}.")
            if done.verdict is Verdict.supported and _same_kind(positive, done):
                part = PartResult("date", span, bound or year, Status.differs, year)
                label = done.records[0].label if done.records else "a record"
                after = f", before {bound}" if bound else ""
                explanation = f"The claim denies what the record on {label} states, dated {year}"
                return done.with_part(part, Verdict.contradicted, f"{explanation}{after}.", claim)
        return None

    def _between(self, claim: str, found: re.Match[str], result: CheckResult) -> CheckResult:
        """'No official visited X between 2009 and 2025': contradicted by a visit of that kind
        in a year strictly between the two."""
        positive = _positive(found.group("head"))
        if positive is None:
            return result
        first, last = found.group("first"), found.group("last")
        years = sorted({span[0][:4] for span in self.spans.values()})
        inside = [year for year in years if first < year < last]
        return self._done_in(claim, positive, inside, f"between {first} and {last}") or result

    def _already(self, claim: str, result: CheckResult) -> CheckResult:
        """'He had visited X (several times) before (his visit)': contradicted when the record
        says his visit to X was his first."""
        found = _ALREADY.match(claim.strip()) or _REPEATED.match(claim.strip())
        if found is None or not _ITSELF.match(found.groupdict().get("ref") or ""):
            return result
        if not self.people_in(fold(found.group("who"))):
            return result  # a named person's own first, not anyone's
        first = self.check_atom(
            f"{found.group('who')} visited {found.group('place')} for the first time."
        )
        if first.verdict is not Verdict.supported:
            return result
        part = PartResult("ordinal", "before", "not the first", Status.differs, "the first time")
        return first.with_part(
            part,
            Verdict.contradicted,
            "The record says this visit was the first: " + first.explanation,
            claim,
        )

    def _bound(self, ref: str, records: list[MatchedRecord]) -> str | None:
        """The date the claim's 'before' points at: a year it names, or the date of the
        deciding record when the bound is that record's own act ('before his visit', 'before
        (a person)')."""
        year = re.search(r"\b(1[89]\d\d|20\d\d)\b", ref)
        if year is not None:
            return year.group(1)
        named = self.people_in(fold(ref))
        for record in records:
            span = self.spans.get(record.id)
            if span is None:
                continue
            if _ITSELF.match(ref) or (named and named <= self.people_in(fold(record.label))):
                return span[0]
        return None

    def _first(
        self, claim: str, positive: str, ref: str, tail: str, base: CheckResult
    ) -> CheckResult:
        """No earlier record: the visit the bound names was the first, if the record says so
        ('he had never visited X before': his visit to X was his first; 'no Y had visited X
        before Z': Z's visit was the first to X by a Y); else the claim stays open."""
        nobody = _NOBODY.match(positive)
        if nobody is None:
            trial = f"{positive} for the first time{tail}"
        elif not ref.strip() and tail.strip().startswith("since"):
            # 'no Y had visited X since Z': the visit on record was the first by a Y since Z
            trial = f"It was the first visit to {nobody.group('place')} by a {nobody.group('who')}"
            trial += tail
        elif ref.strip() and not _ITSELF.match(ref) and self.people_in(fold(ref)):
            owner = re.sub(r"['’]s\b.*$", "", ref.strip())
            trial = f"{owner}'s visit was the first to {nobody.group('place')} by a "
            trial += f"{nobody.group('who')}{tail}"
        else:
            trial = ""
        first = self.check_atom(trial.rstrip(".") + ".") if trial else None
        if first is not None and nobody is not None and not _quoted(nobody.group("who"), first):
            first = None  # 'the first by a (demonym) official': only the record's own words
        if first is not None and first.verdict is Verdict.supported:
            return CheckResult(
                claim,
                Verdict.supported,
                "The record says this was the first: " + first.explanation,
                first.parts,
                first.records,
            )
        return CheckResult(
            claim,
            Verdict.unverified,
            "The record holds no such act before the claim's bound; the one it holds is the "
            "bound itself.",
            [],
            base.records,
        )
