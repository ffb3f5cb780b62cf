"""Checking a claim against the record: supported, contradicted, or unverified, with the quote.

The checker reads the claim (`kgvn.claims`), finds the records it is about by subject words,
names under any spelling and periods, and compares every checkable part. It is conservative on
purpose: calling a false claim supported is the worst error, so whatever it cannot tie to a
record with certainty is `unverified`. Two rules hold for every kind of claim:

* every figure, date, rank, count, multiple, ordinal and place the claim gives is a part, and a
  part no record speaks to keeps the claim unverified;
* a claim is only supported when every word that carries meaning in it is backed by the
  deciding records (their fields, titles, the people in them and their quotes), directly or
  through a common synonym: "signed a deal on mining" is not supported by a record of documents
  on education, however well the rest fits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from kgvn.claims import (
    NEGATION,
    Amount,
    Claim,
    Count,
    DateSpan,
    Hedge,
    Percent,
    Ratio,
    parse_claim,
)
from kgvn.dates import date_bounds
from kgvn.records import (
    Agreement,
    Country,
    Event,
    Evidence,
    Investment,
    Organisation,
    Person,
    ProductFlow,
    Record,
    Statement,
    Store,
    TradeFigure,
)
from kgvn.text import fold
from kgvn.vocabulary import (
    KIND_OF_COLLECTION,
    AgreementKind,
    AgreementStatus,
    EventKind,
    TradeMeasure,
)

if TYPE_CHECKING:
    from kgvn import models


class Verdict(str, Enum):
    supported = "supported"
    contradicted = "contradicted"
    unverified = "unverified"


class Status(str, Enum):
    agrees = "agrees"
    differs = "differs"
    not_on_record = "not-on-record"


@dataclass(frozen=True)
class PartResult:
    """One checkable part of the claim and what the record says of it."""

    kind: str
    text: str
    value: Any
    status: Status
    on_record: str | None = None


@dataclass(frozen=True)
class MatchedRecord:
    """A record that decides the verdict, with the quotes that state it."""

    id: str
    kind: str
    label: str
    evidence: list[Evidence]


@dataclass(frozen=True)
class CheckResult:
    claim: str
    verdict: Verdict
    explanation: str
    parts: list[PartResult] = field(default_factory=list)
    records: list[MatchedRecord] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `kgvn check --format json`."""
        return {
            "claim": self.claim,
            "verdict": self.verdict.value,
            "explanation": self.explanation,
            "parts": [
                {
                    "kind": part.kind,
                    "text": part.text,
                    "value": part.value,
                    "status": part.status.value,
                    "on_record": part.on_record,
                }
                for part in self.parts
            ],
            "records": [
                {
                    "id": record.id,
                    "kind": record.kind,
                    "label": record.label,
                    "evidence": [
                        {"source": item.source, "quote": item.quote} for item in record.evidence
                    ],
                }
                for record in self.records
            ],
        }


# --- comparing numbers and dates -----------------------------------------------------------------


def amount_agrees(claimed: float, hedge: Hedge, on_record: float, precision: float = 0.0) -> bool:
    """Read a figure the way it was written: '13.5 million' is not 13.4; 'about 14' is ~13.5."""
    if hedge is Hedge.exact:
        # Written to the nearest `precision`: the figure on record must round to the claim.
        return abs(claimed - on_record) < max(precision / 2, abs(on_record) * 1e-9)
    if hedge is Hedge.about:
        return abs(claimed - on_record) <= abs(on_record) * 0.05
    if hedge is Hedge.nearly:
        return on_record <= claimed and claimed - on_record <= abs(on_record) * 0.08
    if hedge is Hedge.more_than:
        return on_record > claimed
    if hedge is Hedge.at_least:
        return on_record >= claimed
    if hedge is Hedge.less_than:
        return on_record < claimed
    return on_record <= claimed  # at most


def count_agrees(claimed: Count, on_record: float, record_is_approximate: bool) -> bool:
    if claimed.hedge is Hedge.exact and record_is_approximate:
        return abs(claimed.value - on_record) <= abs(on_record) * 0.1
    return amount_agrees(claimed.value, claimed.hedge, on_record)


def ratio_status(claimed: Ratio, actual: float) -> Status:
    """'Doubled' for x1.95 agrees, for x1.8 is too loose to call, for x1.5 differs."""
    target = claimed.value
    if claimed.hedge is Hedge.more_than:
        return Status.agrees if actual > target * 1.005 else Status.differs
    if claimed.hedge is Hedge.at_least:
        return Status.agrees if actual >= target * 0.995 else Status.differs
    if claimed.hedge is Hedge.less_than:
        return Status.agrees if actual < target * 0.995 else Status.differs
    if claimed.hedge is Hedge.at_most:
        return Status.agrees if actual <= target * 1.005 else Status.differs
    if claimed.hedge is Hedge.nearly:
        if target * 0.85 <= actual < target:
            return Status.agrees
        return Status.not_on_record if target <= actual <= target * 1.05 else Status.differs
    if abs(actual - target) <= target * 0.05:
        return Status.agrees
    return Status.not_on_record if abs(actual - target) <= target * 0.15 else Status.differs


def date_agrees(claimed: DateSpan, start: str, end: str | None) -> Status:
    """Agrees when the claim names the record's date at the claim's precision or coarser."""
    if claimed.start.startswith("--"):  # no year in the claim: compare month and day
        if len(start) < 10:
            return Status.not_on_record
        year = start[:4]
        claimed = DateSpan(
            year + claimed.start[1:], year + claimed.end[1:] if claimed.end else None, claimed.text
        )
    record_first, record_last = date_bounds(start)[0], date_bounds(end or start)[1]
    claim_first, claim_last = (
        date_bounds(claimed.start)[0],
        date_bounds(claimed.end or claimed.start)[1],
    )
    if claim_last < record_first or claim_first > record_last:
        return Status.differs
    record_precision = min(len(start), len(end or start))
    if len(claimed.start) > record_precision:
        return Status.not_on_record
    if claimed.end and end and len(claimed.end) == len(end) and claimed.end != end:
        return Status.differs
    if end and claimed.end and len(claimed.start) == len(start) and claimed.start != start:
        return Status.differs  # "March 5 to 7" is not "March 6-7": a span written whole must fit
    if claim_first <= record_first and claim_last >= record_last:
        return Status.agrees
    return Status.agrees if len(claimed.start) <= len(start) else Status.not_on_record


def usd_text(value: float) -> str:
    if value >= 1_000_000:
        return f"US${value / 1_000_000:,.2f}".rstrip("0").rstrip(".") + " million"
    return f"US${value:,.0f}"


# --- what the claim names ------------------------------------------------------------------------

#: Role words, as folded phrases, and the role titles (folded) they stand for.
ROLE_WORDS: list[tuple[str, str]] = [
    ("vice president", "vice president"),
    ("state president", "president"),
    ("chu tich nuoc", "president"),
    ("president", "president"),
    ("prime minister", "prime minister"),
    ("thu tuong", "prime minister"),
    ("head of government", "prime minister"),
    ("head of state", "president"),
    ("government leader", "prime minister"),
    ("premier", "prime minister"),
    ("pm", "prime minister"),
    ("deputy foreign minister", "deputy foreign minister"),
    ("deputy minister", "deputy"),
    ("foreign minister", "foreign minister"),
    ("general secretary", "general secretary"),
    ("tong bi thu", "general secretary"),
    ("party chief", "general secretary"),
    ("party leader", "general secretary"),
    ("vice chairman", "vice chairman"),
    ("chairman", "chairman"),
]
#: Words that make a title a lesser one: a deputy foreign minister is not the foreign minister.
TITLE_QUALIFIERS = ("deputy", "vice", "acting", "former", "first deputy")
PEOPLE_NOUNS = ("people", "persons", "nationals", "citizens", "residents", "members", "vietnamese")
VIETNAM_WORDS = ("vietnam", "viet nam", "vietnamese", "hanoi", "ha noi")
KYRGYZ_WORDS = ("kyrgyz", "kyrgyzstan", "kyrgyzstani", "bishkek")
BOTH_SIDES = re.compile(
    r"\b(?:two|both) (?:sides|countries|nations|governments|states)\b|\bbilateral\b"
)
_STOPWORD_TEXT = """
proposed propose offered pledged ready willing expressed hoped
a an the and or of to in on at for from by with as is are was were be been being has have
had that this these those it its their his her they he she them which who whom will would
shall should can could may might also both two sides side countries country nations nation
between each other said says say stated affirmed noted stressed emphasised emphasized
highlighted told during vietnam viet nam vietnamese kyrgyzstan kyrgyz bilateral relations
relationship ties over into than more most very such than new year years march february
june december august october official visit visited prime minister pm president state
party general secretary government leader leaders host counterpart deputy foreign vice
chairman national assembly
"""
#: Words too common in this record to tie a claim to one statement.
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_GENERIC_TEXT = """
a an the and or nor but of to in on at for from by with as into onto about over under up down
out off than then so such this that these those it its their theirs his her hers they he she
them him we our us you your which who whom whose what when where while whether is are was were
be been being am has have had having do does did done will would shall should can could may
might must also both two sides side countries country nations nation states between among each
other another said says say saying stated told noted added according reported reportedly
vietnam viet nam vietnamese kyrgyzstan kyrgyz kyrgyzstani hanoi ha noi bishkek republic
bilateral year years annual annually yearly per total totalled totaled totalling totaling
amounted amount amounts amounting came come comes stood stands stand reached reach reaches reaching
hit hits worth valued value figure figures rose rise rises risen grew grow grows growing
increased increase increasing climbed jumped surged expanded expanding fell fall dropped
declined decreased just only some about around nearly almost roughly approximately more most
less least over million millions billion mn m bn usd us dollar dollars paid pay pays paying
made make makes held hold holds holding took take takes place taking there here now currently
today recently still already ever official officially leaders leader officials counterpart
counterparts host guest since then later earlier time times way strong per cent percent
within throughout whole all any including include includes included mr mrs ms his own
exceeded exceeds exceeding exceed topped tops surpassed surpassing passed excess upwards under
below fewer minimum maximum close approaching estimated circa ago roughly some than no
maintained maintain maintains enjoyed date dates dating back level levels origin wrapped formally
concluded ended began begun started lasts lasted ran runs exactly precisely
"""
#: Words that carry no claim of their own in a sentence about these two countries.
GENERIC = frozenset(_GENERIC_TEXT.split())

#: Phrases read as one meaning before a claim's words are matched to a record's.
PHRASES: list[tuple[str, str]] = [
    (r"\bthu tuong\b", "prime minister"),
    (r"\bchu tich nuoc\b", "president"),
    (r"\btong bi thu\b", "general secretary"),
    (r"\bhead of government\b", "prime minister"),
    (r"\bhead of state\b", "president"),
    (r"\bgovernment leader\b", "prime minister"),
    (r"\bvisa[- ]free\b", "visa exemption"),
    (r"\bset up\b", "establish"),
    (r"\btook place\b", ""),
    (r"\bthe same year\b", ""),
]
#: A claim's word and the words any one of which, in the record, backs it.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "ties": ("relation",),
    "tie": ("relation",),
    "link": ("relation",),
    "links": ("relation", "connect"),
    "forged": ("establish",),
    "launched": ("establish",),
    "opened": ("establish",),
    "setting": ("establish", "setting"),
    "travel": ("visit", "trip"),
    "travelled": ("visit", "trip"),
    "traveled": ("visit", "trip"),
    "trip": ("visit",),
    "went": ("visit", "trip"),
    "visiting": ("visit",),
    "met": ("talks", "receiv", "welcom", "meet"),
    "meet": ("talks", "receiv", "welcom", "meet"),
    "meeting": ("talks", "receiv", "welcom", "meet"),
    "meetings": ("talks", "receiv", "welcom", "meet"),
    "hosted": ("welcom", "receiv", "host"),
    "hosts": ("welcom", "receiv", "host"),
    "greeted": ("welcom", "receiv"),
    "pm": ("prime",),
    "pms": ("prime",),
    "premier": ("prime",),
    "premiers": ("prime",),
    "drinks": ("beverage",),
    "drink": ("beverage",),
    "liquor": ("beverage", "alcohol"),
    "spirits": ("beverage", "alcohol"),
    "alcohol": ("alcohol", "beverage"),
    "phoned": ("phone",),
    "call": ("phone", "call", "urg"),
    "telephone": ("phone",),
    "spoke": ("phone", "talk"),
    "talked": ("phone", "talk"),
    "live": ("communit",),
    "lives": ("communit",),
    "living": ("communit",),
    "reside": ("communit",),
    "resides": ("communit",),
    "residing": ("communit",),
    "residents": ("communit",),
    "diaspora": ("communit",),
    "numbers": ("communit", "people"),
    "number": ("communit", "people"),
    "members": ("communit", "member"),
    "nationals": ("citizen",),
    "passport": ("citizen",),
    "holders": ("citizen",),
    "naturalised": ("citizenship",),
    "naturalized": ("citizenship",),
    "became": ("obtained", "declared"),
    "become": ("obtained", "declared"),
    "granted": ("obtained", "grant"),
    "acquired": ("obtained",),
    "gained": ("obtained", "declared"),
    "independent": ("independence",),
    "proclaimed": ("declared",),
    "turnover": ("trade",),
    "commerce": ("trade",),
    "accord": ("agreement",),
    "pact": ("agreement",),
    "deal": ("agreement",),
    "treaty": ("agreement", "treaty"),
    "inked": ("signed",),
    "concluded": ("signed",),
    "law": ("legal",),
    "laws": ("legal",),
    "sells": ("export", "trade"),
    "sold": ("export",),
    "sell": ("export",),
    "ships": ("export",),
    "shipped": ("export",),
    "supplies": ("export",),
    "buys": ("export", "import"),
    "buy": ("export", "import"),
    "bought": ("export", "import"),
    "purchases": ("export", "import"),
    "imports": ("export", "import"),
    "import": ("export", "import"),
    "imported": ("export", "import"),
    "letter": ("letter", "invit"),
    "sent": ("deliver", "letter"),
    "asked": ("urg", "call", "ask"),
    "called": ("urg", "call", "phone"),
    "support": ("support", "back"),
    "backed": ("support",),
    "welcome": ("welcom",),
    "offer": ("grant", "willing", "ready", "offer", "propos"),
    "offers": ("grant", "willing", "ready", "offer", "propos"),
    "offered": ("grant", "willing", "ready", "offer", "propos"),
    "proposed": ("willing", "ready", "offer", "propos", "suggest"),
    "gives": ("grant",),
    "wants": ("desir", "wish", "want", "hope", "willing"),
    "want": ("desir", "wish", "want", "hope", "willing"),
    "wanted": ("desir", "wish", "want", "hope", "willing"),
    "arrived": ("visit",),
    "arrival": ("visit",),
    "nuts": ("cashew", "nut"),
    "nut": ("cashew", "nut"),
    "lone": ("one", "only", "single"),
    "sole": ("one", "only", "single"),
    "single": ("one", "only", "single"),
    "nationality": ("citizenship",),
    "serve": ("act",),
    "strengthen": ("enhanc", "expand", "deepen", "promot", "strengthen", "boost", "foster"),
    "boost": ("enhanc", "expand", "deepen", "promot", "strengthen", "boost", "foster"),
    "enhance": ("enhanc", "expand", "deepen", "promot", "strengthen", "boost", "foster"),
    "deepen": ("enhanc", "expand", "deepen", "promot", "strengthen", "boost", "foster"),
    "expand": ("enhanc", "expand", "deepen", "promot", "strengthen", "boost", "foster"),
    "promote": ("enhanc", "expand", "deepen", "promot", "strengthen", "boost", "foster"),
    "push": ("enhanc", "expand", "deepen", "promot", "strengthen", "boost", "foster"),
    "step": ("enhanc", "expand", "deepen", "promot", "strengthen", "boost", "foster"),
    "give": ("grant",),
    "provides": ("grant",),
}
#: Words saying something is wished for, asked for or planned, not done: a record in these
#: words does not back a claim that states the thing as done.
ASPIRATION = re.compile(
    r"\b(?:aim(?:s|ed|ing)? (?:to|at)|hop(?:e|es|ed|ing)\b|toward|urg|call(?:s|ed|ing)? (?:on|for)"
    r"|ask(?:s|ed|ing)?\b|expect|desir|ready|willing|consider|possib|propos"
    r"|suggest|plan(?:s|ned)? to|should|explor|potential|will\b|would|pledg|intend|seek"
    r"|look into|need|offer|want)"
)
#: The meaning of each kind of record's fields, in words a claim might use.
KIND_WORDS: dict[str, str] = {
    "trade": "trade two-way turnover bilateral average averaged yearly annual annually goods "
    "rose risen rise rising grew grown grow growing increased increase increasing climbed "
    "climbing jumped surged expanded expanding soared fell fallen fall falling dropped declined "
    "decreased shrank slumped plunged before after later earlier following previous",
    "investment": "investment invest invested investing investor investors project projects "
    "capital registered rank ranks ranked ranking largest biggest foreign direct fdi placed",
    "product-flow": "export exports exported exporting import imports imported importing sell "
    "sells sold buy buys bought key main goods products include includes",
    "organisation": "organisation organization body",
    "person": "",
    "country": "country",
}
EVENT_KIND_WORDS: dict[EventKind, str] = {
    EventKind.independence: "independence independent declared declare declaration",
    EventKind.recognition: "recognised recognized recognition recognise recognize",
    EventKind.diplomatic_relations: "diplomatic relations established establish establishment",
    EventKind.phone_call: "phone call called talks talked spoke telephone",
    EventKind.visit: "visit visited visits visiting trip",
    EventKind.ceremony: "ceremony welcome welcomed hosted host",
    EventKind.exhibition: "exhibition photo toured",
    EventKind.talks: "talks held talk met meeting",
    EventKind.signing: "signed signing sign",
    EventKind.reception: "received receive reception receiving welcomed met",
    EventKind.invitation: "invited invite invitation inviting",
}
STATUS_WORDS: dict[AgreementStatus, str] = {
    AgreementStatus.in_force: "in force effect implement implemented signed",
    AgreementStatus.signed: "signed sign inked concluded",
    AgreementStatus.under_negotiation: "negotiation negotiations negotiate negotiating promote "
    "not yet signed sign",
    AgreementStatus.agreed_in_principle: "agreed support establish establishing set setting",
    AgreementStatus.proposed: "proposed possibility consider considering explore study "
    "studying look establish establishing set setting",
}
VISA_WORDS = (
    "visa visas exemption exempt exempts exempted waive waives waived waiver free stay stays "
    "entry enter without require requires required need needed days not no never allow allows "
    "allowed let lets permit permits visitor visitors traveller travellers tourists holders "
    "introduced introduce grant grants granted"
)


@dataclass(frozen=True)
class Mentions:
    """People the claim names, by any spelling or by role and country."""

    people: frozenset[str]
    #: One set per role the claim names ("Vietnam's deputy foreign minister"): any one of them.
    role_groups: tuple[frozenset[str], ...]
    vietnam: bool
    kyrgyz: bool
    #: Roles the claim names that nobody on record holds ("Vietnam's foreign minister").
    unknown_roles: tuple[str, ...] = ()

    @property
    def by_role(self) -> frozenset[str]:
        return frozenset(person for group in self.role_groups for person in group)

    def all_in(self, actors: Iterable[str]) -> bool:
        """Every person named is among `actors`, and each role named is held by one of them."""
        present = set(actors)
        return self.people <= present and all(group & present for group in self.role_groups)

    @property
    def anyone(self) -> bool:
        return bool(self.people or self.role_groups)


def _contains(folded: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", folded) is not None


# --- the checker ---------------------------------------------------------------------------------


@dataclass
class _Outcome:
    parts: list[PartResult] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    note: str = ""
    #: Whether the claim asserts or denies what it names, when a handler reads that itself.
    negated: bool | None = None

    def add(
        self, kind: str, text: str, value: Any, status: Status, on_record: str | None = None
    ) -> None:
        self.parts.append(PartResult(kind, text, value, status, on_record))


_Handler = Callable[[Claim, Mentions], "CheckResult | None"]
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_AGREEMENT_NOUNS = re.compile(
    r"\b(?:agreements?|treat(?:y|ies)|accords?|pacts?|deals?|memorand\w*|mou|fta|committee"
    r"|mechanisms?|joint statement|documents?|free trade)\b"
)


class Checker:
    """Checks claims against one store; indexes are built once, so batches are cheap."""

    def __init__(self, store: Store | models.Store, today: dt.date | None = None) -> None:
        self.source: object = store
        #: The quotes as the caller's store holds them (pydantic models, when it gave those).
        self.evidence_of: dict[str, Sequence[Any]] = {}
        if not isinstance(store, Store):
            from kgvn.store import to_records

            self.evidence_of = {item.id: item.evidence for _, _, item in store.records()}
            store = to_records(store)
        self.store: Store = store
        self.today = today or dt.date.today()
        self.collection_of = {record.id: collection for collection, _, record in store.records()}
        self.people = {person.id: person for person in store.people}
        self.spellings = _spellings(store.people)
        self.name_words = frozenset(
            word for spelling, _ in self.spellings for word in spelling.split()
        )
        self.country_id = {country.code: country.id for country in store.countries}
        self.country_id.setdefault("VN", "vn")
        self.country_id.setdefault("KG", "kg")
        self._backing_cache: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self.handlers: list[_Handler] = [
            self._membership,
            self._visa,
            self._community,
            self._investment,
            self._trade,
            self._products,
            self._ordinal,
            self._agreements,
            self._roles,
            self._events,
            self._statements,
        ]
        self.agreement_first: list[_Handler] = [
            self._visa,
            self._agreements,
            *(
                handler
                for handler in self.handlers
                if handler not in (self._agreements, self._visa)
            ),
        ]

    # -- entry point -----------------------------------------------------------------------------

    def check(self, text: str) -> CheckResult:
        claim = parse_claim(text, today_year=self.today.year)
        if not claim.words:
            return CheckResult(text, Verdict.unverified, "The claim holds no words to check.")
        mentions = self._mentions(claim)
        wrong_title = self._title_before_name(claim)
        if wrong_title is not None:
            return wrong_title
        handlers = self.agreement_first if _AGREEMENT_NOUNS.search(claim.folded) else self.handlers
        kept: CheckResult | None = None
        for handler in handlers:
            result = handler(claim, mentions)
            if result is None:
                continue
            if result.verdict is Verdict.supported and mentions.unknown_roles:
                who = ", ".join(mentions.unknown_roles)
                unknown = PartResult("who", who, who, Status.not_on_record)
                result = replace(
                    result,
                    verdict=Verdict.unverified,
                    explanation=f"The record names no {who} holding that role.",
                    parts=[*result.parts, unknown],
                )
            if kept is None and _only_words_unbacked(result):
                # every part agrees but some words are not this record's: another reader may
                # find the record that holds them all
                kept = result
                continue
            if kept is None or result.verdict is Verdict.supported:
                return result
        if kept is not None:
            return kept
        return CheckResult(
            claim.text, Verdict.unverified, "Nothing in the record speaks to this claim."
        )

    def _title_before_name(self, claim: Claim) -> CheckResult | None:
        """'State President To Lam': a title written before a name must be one the person holds."""
        for spelling, person_id in self.spellings:
            for match in re.finditer(
                rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])", claim.folded
            ):
                before = claim.folded[: match.start()]
                for phrase, title in ROLE_WORDS:
                    if re.search(rf"(?<![a-z]){re.escape(phrase)}\s+$", before):
                        person = self.people[person_id]
                        side = re.search(
                            rf"\b(kyrgyz\w*|viet\s?nam\w*)(?:'s)?\s+{re.escape(phrase)}\s+$", before
                        )
                        country = None
                        if side is not None:
                            country = "KG" if side.group(1).startswith("kyrgyz") else "VN"
                        wrong_side = country is not None and country != person.country
                        if person.roles and (wrong_side or not _holds(person, title, phrase)):
                            if wrong_side:
                                phrase = f"{side.group(1) if side else ''} {phrase}"
                            outcome = _Outcome(records=[person])
                            on_record = "; ".join(role.title for role in person.roles)
                            outcome.add(
                                "title", f"{phrase} {person.name}", title, Status.differs, on_record
                            )
                            return self._result(claim, outcome, person.name)
                        break
        return None

    def _role_mentions(
        self, folded: str, unknown: list[str] | None = None
    ) -> list[tuple[int, int, frozenset[str]]]:
        """Each role phrase in `folded` with the people who hold it (by the country beside it).

        Roles that nobody on record holds are added to `unknown`, when given.
        """
        found: list[tuple[int, int, frozenset[str]]] = []
        taken: list[tuple[int, int]] = []
        for phrase, title in ROLE_WORDS:
            pattern = rf"(?<![a-z]){re.escape(phrase)}(?P<plural>s)?(?![a-z])"
            for match in re.finditer(pattern, folded):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                taken.append(match.span())
                country = _country_beside(folded, match.start(), match.end())
                both = re.search(r"\b(?:two|both|the)\s+$", folded[: match.start()])
                if match.group("plural") and both and country is None:
                    # "the two prime ministers": one holder on each side
                    for side in ("VN", "KG"):
                        holders = frozenset(self._holders(title, side, phrase))
                        if holders:
                            found.append((match.start(), match.end(), holders))
                    continue
                holders = frozenset(self._holders(title, country, phrase))
                if holders:
                    found.append((match.start(), match.end(), holders))
                elif unknown is not None and (
                    country is not None
                    or not any(_holds(person, title, phrase) for person in self.store.people)
                ):
                    unknown.append(match.group())
        return sorted(found, key=lambda item: item[0])

    def _mentions(self, claim: Claim) -> Mentions:
        folded = claim.folded
        people = _named_people(folded, self.spellings)
        both = BOTH_SIDES.search(folded) is not None
        vietnam = both or any(_contains(folded, word) for word in VIETNAM_WORDS)
        kyrgyz = both or any(_contains(folded, word) for word in KYRGYZ_WORDS)
        unknown: list[str] = []
        groups = [
            holders
            for _, _, holders in self._role_mentions(folded, unknown)
            if not holders & people
        ]
        return Mentions(
            frozenset(people),
            tuple(dict.fromkeys(groups)),
            vietnam,
            kyrgyz,
            tuple(dict.fromkeys(unknown)),
        )

    def _holders(self, title: str, country: str | None, phrase: str = "") -> set[str]:
        found = set()
        for person in self.store.people:
            if country is not None and person.country != country:
                continue
            if _holds(person, title, phrase or title):
                found.add(person.id)
        return found if country is not None or len(found) == 1 else set()

    # -- results ---------------------------------------------------------------------------------

    def _result(self, claim: Claim, outcome: _Outcome, subject: str) -> CheckResult:
        covered = {part.text for part in outcome.parts}
        for kind, text in claim.checkable_parts():
            if text not in covered:
                outcome.add(kind, text, text, Status.not_on_record)
        unique = {record.id: record for record in outcome.records}
        negated = claim.negated if outcome.negated is None else outcome.negated
        if (
            negated
            and outcome.negated is None
            and any(
                isinstance(record, Statement) and NEGATION.search(_record_text(record))
                for record in unique.values()
            )
        ):
            negated = False  # "will never forget" matched to a record that says "never forget"
        parts = list(outcome.parts)
        records = [self._matched(record) for record in unique.values()]
        differing = [part for part in parts if part.status is Status.differs]
        unknown = [part for part in parts if part.status is Status.not_on_record]
        if differing and negated and not re.search(r"\b(?:until|till|only in)\b", claim.folded):
            # "Trade was not $9 million in 2023": denying what the record also does not say
            shown = "; ".join(f"{part.text} (record: {part.on_record})" for part in differing)
            verdict = Verdict.unverified
            explanation = (
                f"The claim denies a figure the record on {subject} does not hold either: {shown}."
            )
        elif differing:
            shown = "; ".join(f"{part.text} (record: {part.on_record})" for part in differing)
            verdict, explanation = (
                Verdict.contradicted,
                f"The record on {subject} differs: {shown}.",
            )
        elif unknown or not parts:
            what = ", ".join(part.text for part in unknown) or "its details"
            verdict = Verdict.unverified
            explanation = f"The record on {subject} does not state {what}."
        elif negated:
            verdict = Verdict.contradicted
            explanation = f"The claim denies what the record on {subject} states."
        else:
            unbacked = self._unbacked(claim, unique.values())
            if unbacked:
                words = ", ".join(f"“{word}”" for word in unbacked)
                parts.append(
                    PartResult("words", " ".join(unbacked), unbacked, Status.not_on_record)
                )
                verdict = Verdict.unverified
                explanation = f"The record on {subject} does not back the words {words}."
            else:
                verdict, explanation = (
                    Verdict.supported,
                    f"The record on {subject} agrees with every part.",
                )
        if outcome.note:
            explanation += " " + outcome.note
        return CheckResult(claim.text, verdict, explanation, parts, records)

    def _matched(self, record: Record) -> MatchedRecord:
        kind = KIND_OF_COLLECTION[self.collection_of[record.id]]
        evidence = self.evidence_of.get(record.id, record.evidence)
        return MatchedRecord(record.id, kind, _label(record), list(evidence))

    # -- every word backed -----------------------------------------------------------------------

    def _unbacked(self, claim: Claim, records: Iterable[Record]) -> list[str]:
        """The claim's words that carry meaning and that none of `records` backs."""
        words: set[str] = set()
        prefixes: set[str] = set()
        for record in records:
            more_words, more_prefixes = self._backing(record)
            words |= more_words
            prefixes |= more_prefixes
        missing = []
        for token in _claim_tokens(claim):
            if not _backed_or_synonym(token, words, prefixes):
                missing.append(token)
        return list(dict.fromkeys(missing))

    def _backing(self, record: Record) -> tuple[frozenset[str], frozenset[str]]:
        cached = self._backing_cache.get(record.id)
        if cached is None:
            text = fold(" ".join(self._record_words(record)))
            text += " " + " ".join(
                meaning for pattern, meaning in PHRASES if meaning and re.search(pattern, text)
            )
            tokens = set(_WORD.findall(text))
            tokens |= {piece for token in tokens for piece in token.split("-")}
            prefixes = frozenset(token[:5] for token in tokens if len(token) >= 5)
            cached = (frozenset(tokens), prefixes)
            self._backing_cache[record.id] = cached
        return cached

    def _record_words(self, record: Record) -> list[str]:
        pieces = [_record_text(record), record.id.replace("-", " ")]
        kind = KIND_OF_COLLECTION[self.collection_of[record.id]]
        pieces.append(KIND_WORDS.get(kind, ""))
        actors: list[str] = []
        if isinstance(record, Event):
            pieces += [EVENT_KIND_WORDS.get(record.kind, ""), record.place or ""]
            actors = list(record.participants)
        elif isinstance(record, Statement):
            pieces += [record.topic.replace("-", " "), record.unit or ""]
            actors = list(record.speakers)
            if record.topic == "visa" or "visa" in fold(record.statement):
                pieces.append(VISA_WORDS)
        elif isinstance(record, Agreement):
            pieces += [record.kind.value.replace("-", " "), STATUS_WORDS.get(record.status, "")]
            pieces += list(record.fields)
            if record.kind is AgreementKind.visa_policy:
                pieces.append(VISA_WORDS)
        elif isinstance(record, Investment):
            pieces += [record.province or "", record.sector or "", record.value_measure or ""]
        elif isinstance(record, ProductFlow):
            pieces += list(record.products)
        elif isinstance(record, Organisation):
            pieces += [record.name, record.abbreviation or ""]
            pieces += [alias.name for alias in record.aliases]
            if record.members:
                pieces.append("member members membership belong belongs")
        elif isinstance(record, Person):
            actors = [record.id]
        elif isinstance(record, Country):
            pieces += [alias.name for alias in record.aliases]
        if isinstance(record, (Statement, Event)):
            actors += sorted(self._people_in(fold(_record_text(record))))
        for actor in actors:
            person = self.people.get(actor)
            if person is not None:
                pieces += [person.name, *(alias.name for alias in person.aliases)]
                pieces += [role.title for role in person.roles]
        return pieces

    # -- membership ------------------------------------------------------------------------------

    def _membership(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        if not claim.has("member", "belong"):
            return None
        named = [
            org
            for org in self.store.organisations
            if _contains(claim.folded, fold(org.name))
            or (org.abbreviation and _contains(claim.folded, fold(org.abbreviation)))
        ]
        if not named:
            return None
        organisation = named[0]
        folded = claim.folded
        if BOTH_SIDES.search(folded) or (mentions.kyrgyz and mentions.vietnam):
            countries = ["kg", "vn"]
        elif mentions.kyrgyz:
            countries = ["kg"]
        elif mentions.vietnam:
            countries = ["vn"]
        else:
            return None
        outcome = _Outcome(records=[organisation])
        for country in countries:
            name = "Kyrgyzstan" if country == "kg" else "Việt Nam"
            member = self.country_id["KG" if country == "kg" else "VN"] in organisation.members
            outcome.add(
                "member",
                name,
                country,
                Status.agrees if member else Status.not_on_record,
                ", ".join(organisation.members) or None,
            )
        return self._result(claim, outcome, organisation.name)

    # -- visa ------------------------------------------------------------------------------------

    def _visa(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        if not claim.has("visa"):
            return None
        policies = [
            item for item in self.store.agreements if item.kind is AgreementKind.visa_policy
        ]
        statements = [
            item
            for item in self.store.statements
            if "visa" in fold(item.statement) and item.value is not None
        ]
        if not policies and not statements:
            return None
        folded = claim.folded
        exemption = _VISA_EXEMPTION.search(folded)
        required = _VISA_REQUIRED.search(folded)
        if exemption is None and required is None:
            return None  # about visas, but not about the exemption the record holds
        outcome = _Outcome(records=[*policies, *statements])
        record_text = fold(" ".join(_record_text(item) for item in [*policies, *statements]))
        if exemption is None and required is not None:
            # "Vietnamese citizens need a visa": the record says they do not
            rest = folded[: required.start()] + folded[required.end() :]
            outcome.negated = NEGATION.search(rest) is not None
            outcome.add("visa required", required.group(), True, Status.differs, "visa exemption")
        else:
            assert exemption is not None
            rest = folded[: exemption.start()] + folded[exemption.end() :]
            outcome.negated = NEGATION.search(rest) is not None
        record_days = _record_days(policies, statements)
        for duration in claim.durations:
            if record_days is None:
                outcome.add("duration", duration.text, duration.days, Status.not_on_record)
                continue
            months = "month" in fold(duration.text)
            agrees = (
                abs(duration.days - record_days) <= 2 if months else duration.days == record_days
            )
            outcome.add(
                "duration",
                duration.text,
                duration.days,
                Status.agrees if agrees else Status.differs,
                f"{record_days:g} days",
            )
        record_beneficiary = _beneficiary(record_text)
        record_granter = _granter(record_text)
        beneficiary = _beneficiary(folded)
        if beneficiary is not None and record_beneficiary is not None:
            shown = {"KG": "Kyrgyz citizens", "VN": "Vietnamese citizens"}
            outcome.add(
                "who benefits",
                shown[beneficiary],
                beneficiary,
                Status.agrees if beneficiary == record_beneficiary else Status.differs,
                shown[record_beneficiary],
            )
        granter = _granter(folded)
        if granter is not None and record_granter is not None:
            shown = {"KG": "Kyrgyzstan", "VN": "Việt Nam"}
            outcome.add(
                "who grants",
                shown[granter],
                granter,
                Status.agrees if granter == record_granter else Status.differs,
                shown[record_granter],
            )
        unilateral = "unilateral" in record_text
        if claim.has("mutual", "reciproc") or re.search(r"\bbilateral visa|\beach other", folded):
            outcome.add(
                "scope",
                "mutual",
                "mutual",
                Status.differs if unilateral else Status.not_on_record,
                "unilateral" if unilateral else None,
            )
        elif claim.has("unilateral", "one-sided"):
            outcome.add(
                "scope",
                "unilateral",
                "unilateral",
                Status.agrees if unilateral else Status.not_on_record,
                "unilateral" if unilateral else None,
            )
        self._date_parts(claim, outcome, None, None, allow_missing=True)
        return self._result(claim, outcome, "the visa exemption")

    # -- community -------------------------------------------------------------------------------

    def _community(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        about_people = claim.has("communit", "diaspora") or (
            any(count.noun in PEOPLE_NOUNS for count in claim.counts)
            and claim.has("vietnamese")
            and claim.has("kyrgyzstan", "living", "live", "reside")
        )
        families = [
            count for count in claim.counts if count.noun.startswith(("famil", "household"))
        ]
        if claim.has("communit", "diaspora") and not claim.counts and claim.bare_numbers:
            claim = replace(claim, counts=claim.bare_numbers, bare_numbers=())
        if not about_people and not families:
            return None
        if re.search(r"\bkyrgyz\w*\s+(?:people|nationals|citizens|residents)\s", claim.folded) and (
            claim.has_phrase("in vietnam") or claim.has_phrase("in viet nam")
        ):
            return None  # Kyrgyz living in Việt Nam: the record does not count them
        kyrgyz_people = re.search(
            r"\bkyrgyz\w*\s+(?:communit|diaspora|famil|households|people|nationals|residents)"
            r"|\b(?:communit\w*|diaspora|famil\w*|people) of kyrgyz",
            claim.folded,
        )
        vietnamese_people = re.search(
            r"\bvietnamese\b(?!\s+(?:government|side|leaders?|party|state|officials?)\b)",
            claim.folded,
        )
        if kyrgyz_people and not vietnamese_people:
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "The record counts the Vietnamese community in Kyrgyzstan, no other.",
            )
        records = [
            item
            for item in self.store.statements
            if item.value is not None
            and item.unit
            and re.search(r"communit|famil|citizenship", fold(_record_text(item)))
        ]
        size = next((item for item in records if "people" in fold(item.unit or "")), None)
        citizenship = next((item for item in records if "famil" in fold(item.unit or "")), None)
        outcome = _Outcome()
        for count in claim.counts:
            if (count.noun in PEOPLE_NOUNS or not count.noun) and size and size.value:
                approximate = re.search(r"approx|about|around", fold(size.unit or "")) is not None
                agrees = count_agrees(count, size.value, approximate)
                outcome.add(
                    "count",
                    count.text,
                    count.value,
                    Status.agrees if agrees else Status.differs,
                    f"{'around ' if approximate else ''}{size.value:g} people",
                )
                outcome.records.append(size)
            elif (
                count.noun.startswith(("famil", "household")) and citizenship and citizenship.value
            ):
                agrees = count_agrees(count, citizenship.value, False)
                outcome.add(
                    "count",
                    count.text,
                    count.value,
                    Status.agrees if agrees else Status.differs,
                    f"{citizenship.value:g} families",
                )
                outcome.records.append(citizenship)
        if not outcome.parts:
            return self._statements(claim, mentions, about="communit")
        if families and not claim.has("citizen", "nationalit", "passport"):
            outcome.note = "The record counts the families that obtained Kyrgyz citizenship."
        return self._result(claim, outcome, "the Vietnamese community in Kyrgyzstan")

    # -- investment ------------------------------------------------------------------------------

    def _investment(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        about_project = claim.has("project")
        if (
            not claim.has("invest", "fdi", "capital")
            and not about_project
            and not (claim.ranks and claim.has("rank", "investor"))
        ):
            return None
        if not self.store.investments:
            return None
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
            status = Status.agrees if rank.rank == record.rank else Status.differs
            outcome.add(
                "rank", rank.text, rank.rank, status, f"{record.rank} of {record.rank_out_of}"
            )
            if rank.out_of is not None:
                status = Status.agrees if rank.out_of == record.rank_out_of else Status.differs
                outcome.add(
                    "rank out of", str(rank.out_of), rank.out_of, status, str(record.rank_out_of)
                )
        self._investment_words(claim, record, outcome)
        self._date_parts(claim, outcome, record.as_of, None, allow_missing=True, as_of=True)
        return self._result(claim, outcome, _investment_subject(record))

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
        for name in _PROVINCES:
            if not claim.has_phrase(name):
                continue
            agrees = name in province or (name == "nha trang" and "khanh hoa" in province)
            outcome.add(
                "province",
                _written(claim, name),
                name,
                Status.agrees if agrees else Status.differs,
                record.province,
            )
        sector = fold(record.sector or "")
        for word, same in _SECTORS.items():
            if not (claim.has_phrase(word) or claim.has(word)):
                continue
            if any(item in sector for item in same):
                status = Status.agrees
            elif _SECTOR_KINDS.get(word, "-") in sector:
                status = Status.not_on_record  # beer is an alcoholic drink, but which one?
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
        if claim.has("export", "import", "shipment") and not claim.has("trade", "turnover"):
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "The record holds two-way trade only, "
                "not the value of exports or imports in one direction.",
            )
        figures = list(self.store.trade)
        outcome = _Outcome()
        periods = self._trade_periods(claim)
        resolved: list[tuple[int, int]] = []
        for position, amount in enumerate(claim.amounts):
            if len(periods) == len(claim.amounts):
                period: tuple[int, int] | None = periods[position]
            elif len(periods) == 1 and len(claim.amounts) == 2 and periods[0][0] == periods[0][1]:
                # "$4.5 million in 2022 before climbing to $7.5 million a year later"; with no
                # such words the second figure has no year of its own
                shift = _YEAR_SHIFT.search(claim.folded)
                year = periods[0][0]
                if position == 0 or shift is None:
                    period = periods[0] if position == 0 else None
                else:
                    word = shift.group(1) or shift.group(2)
                    step = 1 if word in ("later", "after", "following", "next") else -1
                    period = (year + step, year + step)
            elif len(periods) == 1:
                period = periods[0]
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
        if direction is not None:
            # the years the figures were read for, when the claim gives two of them
            spans = resolved if len(resolved) == 2 and len(periods) < 2 else periods
            self._trade_direction(claim, outcome, figures, spans, direction)
        return self._result(claim, outcome, "two-way trade")

    def _trade_periods(self, claim: Claim) -> list[tuple[int, int]]:
        periods = [(first, last) for first, last in claim.year_ranges]
        periods += [(year, year) for year in claim.years]
        periods += [
            (int(date.start[:4]), int(date.start[:4]))
            for date in claim.dates
            if not date.start.startswith("--")
        ]
        return periods

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
        if found is None:
            outcome.add("period", label, label, Status.not_on_record)
            outcome.add("amount", amount.text, amount.usd, Status.not_on_record)
            return
        outcome.records.append(found)
        outcome.add("period", label, label, Status.agrees, _period(found))
        status = (
            Status.agrees
            if amount_agrees(amount.usd, amount.hedge, found.value_usd, amount.precision)
            else Status.differs
        )
        outcome.add("amount", amount.text, amount.usd, status, usd_text(found.value_usd))

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
        if claim.has("fell", "drop", "declin", "decreas", "shrank", "down", "halved"):
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
        if not claim.has(
            "export", "import", "sell", "sold", "ship", "buy", "bought", "goods", "product"
        ):
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
                    # what the other side sells, claimed as this side's export
                    outcome.add(
                        "product", product, product, Status.not_on_record, ", ".join(own.products)
                    )
        side = "Việt Nam's" if exporter == "VN" else "Kyrgyzstan's"
        return self._result(claim, outcome, f"{side} exports")

    # -- ordinals: "the first visit" -------------------------------------------------------------

    def _ordinal(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        """'The first visit by a Kyrgyz prime minister': the record must say first of the same."""
        ordinal = next(iter(claim.ordinals), None)
        if ordinal is None or not claim.has("visit", "trip", "time"):
            return None
        candidates: list[Record] = []
        for record in [*self.store.statements, *self.store.events]:
            text = fold(_record_text(record))
            if not re.search(r"\bfirst\b", text) or "visit" not in text:
                continue
            actors = set(getattr(record, "speakers", ()) or getattr(record, "participants", ()))
            if mentions.anyone:
                if not mentions.all_in(actors | self._people_in(text)):
                    continue
            elif not self._roles_named_in(claim, text):
                continue
            candidates.append(record)
        if not candidates:
            return None
        claims_since = claim.has("since")
        candidates.sort(
            key=lambda item: (
                claims_since and _SINCE_YEAR.search(fold(_record_text(item))) is None,
                bool(claim.dates or claim.years) and getattr(item, "date", None) is None,
            )
        )
        record = candidates[0]
        outcome = _Outcome(records=[record])
        status = Status.agrees if ordinal == "first" else Status.differs
        outcome.add("ordinal", ordinal, ordinal, status, "first")
        claimed, visited = _destination(claim.folded), _destination(fold(_record_text(record)))
        if claimed is not None:
            shown = {"VN": "Việt Nam", "KG": "Kyrgyzstan"}
            outcome.add(
                "country visited",
                shown[claimed],
                claimed,
                Status.not_on_record
                if visited is None
                else Status.agrees
                if visited == claimed
                else Status.differs,
                shown.get(visited or ""),
            )
        since = _SINCE_YEAR.search(fold(_record_text(record))) if claims_since else None
        self._date_parts(
            claim,
            outcome,
            since.group(1) if since else getattr(record, "date", None),
            None,
            allow_missing=True,
            since=since is not None,
        )
        return self._result(claim, outcome, _label(record))

    def _people_in(self, folded: str) -> set[str]:
        people = set(_named_people(folded, self.spellings))
        for _, _, holders in self._role_mentions(folded):
            if len(holders) == 1:
                people |= holders
        return people

    def _roles_named_in(self, claim: Claim, record_text: str) -> bool:
        """Without a name, the claim's role words ('a Kyrgyz PM') must be the record's own."""
        roles = [
            title for phrase, title in ROLE_WORDS if _contains(_rephrase(claim.folded), phrase)
        ]
        if not roles:
            return False
        text = _rephrase(record_text)
        countries_ok = (not claim.has("kyrgyz") or "kyrgyz" in text) and (
            not claim.has("vietnam") or "viet" in text or not claim.has("kyrgyz")
        )
        return countries_ok and all(_contains(text, title) for title in roles)

    # -- agreements ------------------------------------------------------------------------------

    def _agreements(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        candidates = [
            item for item in self.store.agreements if _agreement_named(claim, item, self.name_words)
        ]
        if not candidates:
            return None
        outcome = _Outcome(records=list(candidates))
        record = candidates[0]
        status = _claimed_status(claim)
        if status is None and all(
            item.status not in (AgreementStatus.signed, AgreementStatus.in_force)
            for item in candidates
        ):
            # "The Intergovernmental Committee meets twice a year": told as existing, but only
            # planned on record
            on_record = ", ".join(sorted({item.status.value for item in candidates}))
            outcome.add("status", "(stated as existing)", None, Status.not_on_record, on_record)
        elif status is not None:
            on_record = ", ".join(sorted({item.status.value for item in candidates}))
            agrees = any(_status_compatible(status, item.status) for item in candidates)
            shown = status.value
            done = (AgreementStatus.signed, AgreementStatus.in_force)
            if claim.negated and status in done:
                # "have not yet signed": true of an agreement still under negotiation
                agrees = all(item.status not in done for item in candidates)
                outcome.negated = False
                shown = f"not {status.value}"
            outcome.add(
                "status",
                shown,
                status.value,
                Status.agrees if agrees else Status.differs,
                on_record,
            )
        known = " ".join(
            fold(" ".join([*item.fields, item.title])) for item in candidates if item.fields
        )
        for item in _FIELD_WORDS:
            if claim.has(item) and known:
                outcome.add(
                    "field",
                    item,
                    item,
                    Status.agrees if item in known else Status.differs,
                    "; ".join(", ".join(other.fields) for other in candidates if other.fields),
                )
        self._parties_part(claim, mentions, record, outcome)
        self._date_parts(claim, outcome, record.date, None, allow_missing=True)
        signing = next(
            (
                event
                for event in self.store.events
                if event.kind is EventKind.signing and event.date == record.date
            ),
            None,
        )
        if signing is not None:
            outcome.records.append(signing)
        self._place_part(claim, _event_place(signing, self.store.events), outcome)
        if not outcome.parts:
            outcome.add("agreement", record.title, record.id, Status.agrees, record.status.value)
        return self._result(claim, outcome, record.title)

    def _parties_part(
        self, claim: Claim, mentions: Mentions, record: Agreement, outcome: _Outcome
    ) -> None:
        """'Vietnam and Kyrgyzstan signed a free trade agreement': the bloc is the party."""
        bloc = [party for party in record.parties if party not in self.country_id.values()]
        sides = {self.people[item].country for item in mentions.people | mentions.by_role}
        if not bloc or not (mentions.kyrgyz or "KG" in sides or BOTH_SIDES.search(claim.folded)):
            return
        organisations = [org for org in self.store.organisations if org.id in bloc]
        if any(
            _contains(claim.folded, fold(org.name))
            or (org.abbreviation and _contains(claim.folded, fold(org.abbreviation)))
            for org in organisations
        ):
            return
        outcome.add(
            "parties",
            "Việt Nam and Kyrgyzstan",
            "vn, kg",
            Status.differs,
            "Việt Nam and " + ", ".join([org.name for org in organisations] or bloc),
        )

    # -- roles -----------------------------------------------------------------------------------

    def _roles(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        """'Sadyr Japarov is Kyrgyzstan's prime minister': a name beside a role it does not hold."""
        if not mentions.people or _event_kinds(claim) or claim.dates or claim.years:
            return None
        if claim.amounts or claim.counts or claim.ordinals:
            return None
        outcome = _Outcome()
        rephrased = _rephrase(claim.folded)
        names = _people_spans(rephrased, self.spellings)
        taken: list[tuple[int, int]] = []  # "deputy foreign minister" holds "foreign minister"
        said: set[tuple[str, str]] = set()
        for phrase, title in ROLE_WORDS:
            pattern = rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])"
            for match in re.finditer(pattern, rephrased):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                taken.append(match.span())
                person_id = _role_holder_named(rephrased, match, names)
                if person_id is None or (person_id, title) in said:
                    continue
                said.add((person_id, title))
                person = self.people[person_id]
                outcome.records.append(person)
                on_record = "; ".join(role.title for role in person.roles)
                holds = _holds(person, title, phrase)
                country = _country_beside(rephrased, match.start(), match.end())
                shown = phrase
                if country is not None and country != person.country:
                    holds = False  # "Pham Minh Chinh is Kyrgyzstan's prime minister"
                    shown = f"{'Kyrgyz' if country == 'KG' else 'Vietnamese'} {phrase}"
                outcome.add(
                    "role", shown, title, Status.agrees if holds else Status.differs, on_record
                )
        if not outcome.parts:
            return None
        if all(part.status is Status.agrees for part in outcome.parts) and self._unbacked(
            claim, outcome.records
        ):
            return None  # more than a title is claimed: let the other readers try
        return self._result(
            claim, outcome, ", ".join(self.people[item].name for item in sorted(mentions.people))
        )

    # -- events ----------------------------------------------------------------------------------

    def _events(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        kinds = _event_kinds(claim)
        if not kinds:
            return None
        invited = _INVITED_VISIT.search(claim.folded)
        if invited:
            # the host who invited is not one of the visit's travellers
            mentions = self._mentions(replace(claim, folded=claim.folded[: invited.start()]))
        people = mentions.people | mentions.by_role
        candidates = [event for event in self.store.events if event.kind in kinds]
        if mentions.anyone:
            candidates = [event for event in candidates if mentions.all_in(event.participants)]
        elif kinds & {
            EventKind.visit,
            EventKind.talks,
            EventKind.reception,
            EventKind.phone_call,
            EventKind.invitation,
            EventKind.ceremony,
        } and not (mentions.vietnam and mentions.kyrgyz):
            return None
        if not candidates:
            return None
        dated = claim.dates or claim.years
        best = self._closest_event(candidates, claim) if dated else candidates[0]
        outcome = _Outcome(records=[best])
        if mentions.anyone:
            named = sorted(person for person in people if person in best.participants)
            names = "; ".join(self.people[item].name for item in named if item in self.people)
            outcome.add("who", names, named, Status.agrees, "; ".join(best.participants))
        self._direction_part(claim, best, outcome)
        self._inviter_part(claim, best, outcome)
        self._carrier_part(claim, best, outcome)
        self._visit_place(claim, best, outcome)
        self._place_part(claim, best.place, outcome, best)
        if best.kind is EventKind.invitation:
            # "invited him to visit in 2026": a date after the invitation is the visit's
            later = re.search(r"\bto (?:visit|pay|travel|come)\b", claim.folded)
            if later:
                cut = later.start()
                future = [item for item in claim.dates if claim.folded.find(fold(item.text)) > cut]
                future_years = [year for year in claim.years if claim.folded.find(str(year)) > cut]
                for item in future:
                    outcome.add("date", item.text, item.start, Status.not_on_record)
                for year in future_years:
                    outcome.add("date", str(year), str(year), Status.not_on_record)
                claim = replace(
                    claim,
                    dates=tuple(item for item in claim.dates if item not in future),
                    years=tuple(year for year in claim.years if year not in future_years),
                )
        start, end = best.date, best.end
        if end and _ARRIVAL.search(claim.folded):
            end = None  # "arrived on March 7": the first day, not any day of the visit
        elif end and _DEPARTURE.search(claim.folded):
            start, end = end, None
        self._date_parts(claim, outcome, start, end, allow_missing=True)
        self._age_parts(claim, outcome, best)
        for duration in claim.durations:
            if len(best.date) == 10 and len(best.end or best.date) == 10:
                days = (date_bounds(best.end or best.date)[0] - date_bounds(best.date)[0]).days + 1
                outcome.add(
                    "duration",
                    duration.text,
                    duration.days,
                    Status.agrees if duration.days == days else Status.differs,
                    f"{days} days ({best.date} – {best.end or best.date})",
                )
        if not outcome.parts:
            outcome.add("event", best.title, best.id, Status.agrees, best.title)
        anyone = not people and best.kind not in _ONCE_ONLY
        if anyone and (
            (len(candidates) > 1 and not dated)
            or any(part.status is not Status.agrees for part in outcome.parts)
        ):
            # "A Kyrgyz official visited Vietnam in 2015": the record holds visits, none that one;
            # an event that happens once (independence) is contradicted instead
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "Several events of this kind are on record and none fits every part; "
                "name who took part.",
                records=[self._matched(item) for item in candidates[:5]],
            )
        return self._result(claim, outcome, best.title)

    def _direction_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """Who did it to whom: 'Chinh invited Kasymaliev' is not 'Kasymaliev invited Chinh'."""
        verb = _AGENT_VERBS.get(event.kind)
        if verb is None:
            return
        claimed = self._agent(claim.folded, verb)
        on_record = self._agent(fold(event.title), verb) or self._agent(fold(event.summary), verb)
        if not claimed or not on_record:
            return
        name = self.people[next(iter(on_record))].name if len(on_record) == 1 else None
        if claimed & on_record:
            outcome.add("who acts", name or "", sorted(claimed), Status.agrees, name)
            return
        shown = "; ".join(self.people[item].name for item in sorted(claimed))
        where = _DESTINATION.search(claim.folded)
        went = _DESTINATION.search(fold(_record_text(event)))
        if where and went and where.group(1)[:4] != went.group(1)[:4]:
            # another invitation, to another country: the record does not speak to it
            outcome.add("who acts", shown, sorted(claimed), Status.not_on_record, name)
            return
        outcome.add("who acts", shown, sorted(claimed), Status.differs, name)

    def _carrier_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'The letter was delivered by Japarov': who carried a message must be who did."""
        verb = r"deliver(?:ed|s|ing)?\b|convey(?:ed|s|ing)?\b|hand(?:ed|s)? over\b"
        claimed = self._agent(claim.folded, verb)
        if not claimed:
            return
        on_record = self._agent(fold(event.summary), verb) or self._agent(
            fold(_record_text(event)), verb
        )
        shown = "; ".join(self.people[item].name for item in sorted(claimed))
        if not on_record:
            outcome.add("who carried it", shown, sorted(claimed), Status.not_on_record)
            return
        name = "; ".join(self.people[item].name for item in sorted(on_record))
        status = Status.agrees if claimed & on_record else Status.differs
        outcome.add("who carried it", shown, sorted(claimed), status, name)

    def _inviter_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'Visited at the invitation of Chinh': the record of the visit must name the same host."""
        if event.kind is not EventKind.visit or not _INVITED_VISIT.search(claim.folded):
            return
        verb = r"invitation of\b|invited by\b"
        claimed = self._agent(claim.folded, verb)
        if not claimed:
            return
        shown = "; ".join(self.people[item].name for item in sorted(claimed))
        on_record = self._agent(fold(_record_text(event)), verb)
        if not on_record:
            outcome.add("invited by", shown, sorted(claimed), Status.not_on_record)
            return
        name = "; ".join(self.people[item].name for item in sorted(on_record))
        status = Status.agrees if claimed & on_record else Status.differs
        outcome.add("invited by", shown, sorted(claimed), status, name)

    def _agent(self, folded: str, verb: str) -> frozenset[str] | None:
        """The person doing `verb` in `folded`: the nearest one before it, or after 'by'/'of'."""
        match = re.search(rf"\b(?:{verb})", folded)
        if match is None:
            possessive = re.search(r"\b(\w+)'s\s+(?:\w+\s+)?invitation\b", folded)
            if possessive is None or "invit" not in verb:
                return None
            people = _named_people(possessive.group(1), self.spellings)
            return people or None
        found: list[tuple[int, frozenset[str]]] = [
            (start, frozenset({person})) for start, person in _people_at(folded, self.spellings)
        ]
        found += [(start, holders) for start, _, holders in self._role_mentions(folded)]
        passive = re.match(r"\w*\s+(?:by|of|from)\b", folded[match.start() :])
        if passive:
            after = [item for item in found if item[0] > match.end()]
            return min(after, key=lambda item: item[0])[1] if after else None
        before = [item for item in found if item[0] < match.start()]
        return max(before, key=lambda item: item[0])[1] if before else None

    def _visit_place(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'Visited Kyrgyzstan' against a visit to Việt Nam: the country visited must match."""
        if event.kind is not EventKind.visit or not event.place:
            return
        match = re.search(
            r"\b(?:visit\w*(?:\s+to)?|trip to|travel\w* to|went to|came to|arrived in)"
            r"\s+(viet\s?nam|kyrgyzstan)",
            claim.folded,
        )
        if match is None:
            return
        claimed = "Kyrgyzstan" if match.group(1).startswith("kyrgyz") else "Việt Nam"
        place = fold(event.place)
        agrees = fold(claimed).replace(" ", "") in place.replace(" ", "")
        outcome.add(
            "country visited",
            claimed,
            claimed,
            Status.agrees if agrees else Status.differs,
            event.place,
        )

    def _age_parts(self, claim: Claim, outcome: _Outcome, event: Event) -> None:
        """'For more than three decades': years from the event to the articles' latest date."""
        dated = [source.published for source in self.store.sources if source.published]
        if not dated:
            return
        latest = max(dated)
        years = _years_between(event.date, latest)
        now = _years_between(event.date, self.today.isoformat())
        for count in claim.counts:
            scale = (
                10 if count.noun.startswith("decade") else 1 if count.noun.startswith("year") else 0
            )
            if not scale:
                continue
            claimed = count.value * scale
            if claim.has("ago") and count.hedge is Hedge.exact:
                agrees = years <= claimed <= now
                shown = f"{years} to {now} years from {event.date} (computed)"
            else:
                agrees = amount_agrees(claimed, count.hedge, years)
                shown = f"{years} years from {event.date} to {latest} (computed)"
            status = Status.agrees if agrees else Status.differs
            outcome.add("duration", count.text, claimed, status, shown)

    def _closest_event(self, events: Sequence[Event], claim: Claim) -> Event:
        def distance(event: Event) -> int:
            first = date_bounds(event.date)[0]
            targets = [
                date_bounds(item.start)[0]
                for item in claim.dates
                if not item.start.startswith("--")
            ]
            targets += [dt.date(year, 1, 1) for year in claim.years]
            return min(abs((first - target).days) for target in targets) if targets else 0

        return min(events, key=distance)

    def _place_part(
        self, claim: Claim, place: str | None, outcome: _Outcome, event: Event | None = None
    ) -> None:
        for named in claim.places:
            country = _CITY_COUNTRY.get(named)
            if place is not None and country and fold(place).replace(" ", "") in _COUNTRIES:
                # a visit to Việt Nam, a claim about Hanoi: the day's other events may say so
                if _COUNTRIES[fold(place).replace(" ", "")] != country:
                    outcome.add("place", named, named, Status.differs, place)
                    continue
                there = self._same_trip(event, named) if event is not None else None
                if there is None:
                    outcome.add("place", named, named, Status.not_on_record, place)
                else:
                    outcome.records.append(there)
                    outcome.add("place", named, named, Status.agrees, there.place)
                continue
            if place is None:
                outcome.add("place", named, named, Status.not_on_record)
            else:
                agrees = fold(named) in fold(place)
                outcome.add(
                    "place", named, named, Status.agrees if agrees else Status.differs, place
                )

    def _first_actor(self, folded: str) -> tuple[str, frozenset[str]] | None:
        """Whoever the claim names first, as (country code, the people it may be; none for a
        country)."""
        found: list[tuple[int, str, frozenset[str]]] = []
        for words, code in ((VIETNAM_WORDS, "VN"), (KYRGYZ_WORDS, "KG")):
            for word in words:
                match = re.search(rf"(?<![a-z0-9]){re.escape(word)}", folded)
                if match:
                    found.append((match.start(), code, frozenset()))
        for start, person in _people_at(folded, self.spellings):
            found.append((start, self.people[person].country, frozenset({person})))
        for start, _, holders in self._role_mentions(folded):
            countries = {self.people[item].country for item in holders}
            if len(countries) == 1:
                found.append((start, next(iter(countries)), holders))
        if not found:
            return None
        # a country word that opens a role or a name ("Kyrgyz PM …") stands for that person
        found.sort(key=lambda item: (item[0], not item[2]))
        start, side, people = found[0]
        if not people:
            later = [item for item in found[1:] if item[2] and item[0] - start <= 14]
            if later:
                return later[0][1], later[0][2]
        return side, people

    def _same_trip(self, event: Event, city: str) -> Event | None:
        """An event of the same people during `event`, held in `city`."""
        first, last = date_bounds(event.date)[0], date_bounds(event.end or event.date)[1]
        for other in self.store.events:
            if other is event or not other.place or fold(city) not in fold(other.place):
                continue
            if not set(event.participants) <= set(other.participants):
                continue
            if first <= date_bounds(other.date)[0] <= last:
                return other
        return None

    # -- statements (anything else) --------------------------------------------------------------

    def _statements(
        self, claim: Claim, mentions: Mentions, about: str | None = None
    ) -> CheckResult | None:
        """A claim with no figure: supported only when one record holds all its content words."""
        names = self.name_words
        content = [
            word
            for word in claim.words
            if word not in STOPWORDS and len(word) > 2 and not word.isdigit()
        ]
        if len([word for word in content if word not in names]) < 2:
            return None  # names alone say nothing about what they did
        scored: list[tuple[float, Record]] = []
        for record in [*self.store.statements, *self.store.agreements, *self.store.events]:
            if about is not None and about not in fold(_record_text(record)):
                continue
            words, prefixes = self._backing(record)
            covered = sum(1 for word in content if _backed_or_synonym(word, words, prefixes))
            share = covered / len(content)
            if share >= 0.85:
                scored.append((share, record))
        if not scored:
            return None
        # of the records that hold the claim's words, the one that backs most of them
        share, record = max(
            scored, key=lambda item: (item[0], -len(self._unbacked(claim, [item[1]])))
        )
        actors = set(getattr(record, "speakers", ()) or getattr(record, "participants", ()))
        text = fold(_record_text(record))
        if mentions.anyone and actors and not mentions.all_in(actors | self._people_in(text)):
            return None
        agreed = re.search(r"\bagree", claim.folded) and re.search(r"\bagree", text)
        if ASPIRATION.search(text) and not ASPIRATION.search(claim.folded) and not agreed:
            return None  # the record hopes, urges or plans; the claim says it is done
        if isinstance(record, Statement) and NEGATION.search(text) and not claim.negated:
            return None  # the record says something is not so; the claim says it is
        speakers = {self.people[item].country for item in actors if item in self.people}
        first = self._first_actor(claim.folded)
        if speakers and first is not None:
            side, people = first
            if side not in speakers or (people and not people & actors):
                return None  # "Kyrgyzstan urged Vietnam…" against a record of Vietnam urging
        if _sides_swapped(claim.folded, text):
            return None  # "Vietnam wants to learn from Kyrgyzstan" against the other way round
        where = _destination(claim.folded)
        if where is not None and _destination(text) not in (None, where):
            return None  # a visit to the other country
        outcome = _Outcome(records=[record])
        outcome.add("statement", _label(record), record.id, Status.agrees, _label(record))
        self._date_parts(claim, outcome, getattr(record, "date", None), None, allow_missing=True)
        return self._result(claim, outcome, "this subject")

    # -- dates -----------------------------------------------------------------------------------

    def _date_parts(
        self,
        claim: Claim,
        outcome: _Outcome,
        start: str | None,
        end: str | None,
        allow_missing: bool,
        as_of: bool = False,
        since: bool = False,
    ) -> None:
        spans = list(claim.dates) + [
            DateSpan(f"{year:04d}", None, str(year)) for year in claim.years
        ]
        for first, last in claim.year_ranges:
            spans.append(DateSpan(f"{first:04d}", f"{last:04d}", f"{first}–{last}"))
        for span in spans:
            if start is None:
                outcome.add("date", span.text, span.start, Status.not_on_record)
                continue
            status = date_agrees(span, start, end)
            if as_of and status is Status.not_on_record:
                status = Status.agrees if span.start[:7] == start[:7] else status
            if since and status is Status.differs and span.start[:4] == start[:4]:
                status = Status.agrees
            outcome.add(
                "date", span.text, span.start, status, start if end is None else f"{start} – {end}"
            )
        if not spans and not allow_missing:
            outcome.add("date", "(no date)", None, Status.not_on_record)


# --- helpers -------------------------------------------------------------------------------------


_BETWEEN_NAME_AND_ROLE = re.compile(
    r"^\W*(?:(?:is|was|remains|became|serves as|served as|as|the|a|an|current|currently|now|then"
    r"|its|his|her|their|and"
    r"|also|kyrgyzstan|kyrgyz|vietnam|viet nam|vietnamese|s|of|country)\W*)*$"
)
_BETWEEN_ROLE_AND_NAME = re.compile(
    r"^\W*(?:of\s+(?:kyrgyzstan|viet\s?nam|the kyrgyz republic)\W*)?(?:is|was|remains|,)?\W*$"
)


def _role_holder_named(
    folded: str, role: re.Match[str], names: list[tuple[int, int, str]]
) -> str | None:
    """The person a role phrase is said of: 'X is the Y', 'X, Y of …', 'the Y is X', 'Y X'."""
    after = [item for item in names if item[0] >= role.end()]
    if after:
        start, _, person = min(after)
        if _BETWEEN_ROLE_AND_NAME.match(folded[role.end() : start]):
            return person
    before = [item for item in names if item[1] <= role.start()]
    if before:
        _, end, person = max(before, key=lambda item: item[1])
        if _BETWEEN_NAME_AND_ROLE.match(folded[end : role.start()]):
            return person
    return None


def _country_beside(folded: str, start: int, end: int) -> str | None:
    """The country written next to a role ('Kyrgyz PM', 'PM of Vietnam'), as a code."""
    window = folded[max(0, start - 25) : end + 14]
    country = "VN" if any(word in window for word in VIETNAM_WORDS) else None
    if any(word in window for word in KYRGYZ_WORDS):
        country = (
            "KG" if country is None or window.rfind("kyrgyz") > window.rfind("viet") else country
        )
    return country


def _holds(person: Person, title: str, phrase: str) -> bool:
    """Whether `person` holds `title`, a lesser form of it ('deputy', 'vice') not counting."""
    for role in person.roles:
        held = fold(role.title)
        if title not in held:
            continue
        qualified = [word for word in TITLE_QUALIFIERS if _contains(held, word)]
        if any(not _contains(phrase, word) and word not in title for word in qualified):
            continue
        return True
    return False


def _people_spans(folded: str, spellings: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, person) of each name in `folded`; a name inside a longer one is its owner's."""
    found: list[tuple[int, int, str]] = []
    for spelling, person in spellings:
        for match in re.finditer(rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])", folded):
            found.append((match.start(), match.end(), person))
    return [
        (start, end, person)
        for start, end, person in found
        if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in found)
    ]


def _people_at(folded: str, spellings: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """(position, person) of each name in `folded`."""
    return [(start, person) for start, _, person in _people_spans(folded, spellings)]


def _named_people(folded: str, spellings: list[tuple[str, str]]) -> frozenset[str]:
    """People named in the claim; a short spelling inside a longer match ('Cuong' in 'Nguyen Quoc
    Cuong') names only the longer one's person."""
    return frozenset(person for _, person in _people_at(folded, spellings))


def _spellings(people: Iterable[Person]) -> list[tuple[str, str]]:
    """Folded spellings that name one person: full names, aliases, and unshared last names."""
    full: list[tuple[str, str]] = []
    last_names: dict[str, set[str]] = {}
    for person in people:
        for spelling in [person.name, *(alias.name for alias in person.aliases)]:
            folded = fold(spelling)
            full.append((folded, person.id))
            for part in {folded.split()[-1], folded.split()[0]} if " " in folded else set():
                if len(part) > 3:
                    last_names.setdefault(part, set()).add(person.id)
    unique = [(last, next(iter(ids))) for last, ids in last_names.items() if len(ids) == 1]
    return full + unique


def _label(record: Record) -> str:
    if isinstance(record, TradeFigure):
        return f"Two-way trade, {_period(record)}: {usd_text(record.value_usd)}"
    if isinstance(record, Investment):
        worth = usd_text(record.value_usd or 0)
        investor = _SIDE_NAMES.get(record.investor, (record.investor,))[0]
        host = _SIDE_NAMES.get(record.host, (record.host, record.host))[-1]
        return f"{record.projects} {investor} investment project(s) in {host}, {worth}"
    for name in ("title", "statement", "name", "description"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            return value
    return record.id


def _record_text(record: Record) -> str:
    pieces = [_label(record), getattr(record, "summary", "") or ""]
    pieces += [item.quote for item in record.evidence]
    return " ".join(pieces)


def _period(figure: TradeFigure) -> str:
    if figure.year_from == figure.year_to:
        return str(figure.year_from)
    return f"{figure.year_from}–{figure.year_to}, yearly average"


_RISE = re.compile(
    r"\b(?:rose|risen|rise[sn]?|grew|grown|grow(?:s|ing)?|increas\w*|climb\w*|jump\w*|surg\w*"
    r"|expand\w*|soar\w*|doubl\w*|tripl\w*|up from|rebound\w*|gain\w*)\b"
)
_FALL = re.compile(
    r"\b(?:fell|fallen|fall(?:s|ing)?|drop\w*|declin\w*|decreas\w*|shr[ai]nk\w*|shrunk|slump\w*"
    r"|plung\w*|down from|contract\w*|halved)\b"
)


def _direction(folded: str) -> tuple[str, str] | None:
    """The way a claim says a figure moved: ('fell', 'fall'), ('grew', 'rise'), or None."""
    rise, fall = _RISE.search(folded), _FALL.search(folded)
    if rise and not fall:
        return rise.group(), "rise"
    if fall and not rise:
        return fall.group(), "fall"
    return None


_YEAR_SHIFT = re.compile(
    r"\b(?:a|one) year (later|after|earlier|before)\b|\bthe (following|next|previous|prior) year\b"
)


def _only_words_unbacked(result: CheckResult) -> bool:
    """Whether a result is unverified only for words its records do not hold."""
    return (
        result.verdict is Verdict.unverified
        and all(part.status is Status.agrees or part.kind == "words" for part in result.parts)
        and any(part.kind == "words" for part in result.parts)
    )


def _span(figure: TradeFigure) -> tuple[int, int]:
    return figure.year_from, figure.year_to


def _compared_figures(
    figures: Sequence[TradeFigure], periods: list[tuple[int, int]]
) -> tuple[TradeFigure, TradeFigure] | None:
    """The two figures a change is measured between: two years written, a year and an
    average written, a span ('between 2022 and 2024'), or one year and the year before."""
    by_span = {_span(figure): figure for figure in figures}
    singles = sorted({first for first, last in periods if first == last})
    ranges = [(first, last) for first, last in periods if first != last]
    if len(singles) == 2 and not ranges:
        base, target = (singles[0], singles[0]), (singles[1], singles[1])
    elif len(singles) == 1 and len(ranges) == 1:
        base, target = ranges[0], (singles[0], singles[0])
        if base not in by_span:  # "tripled between 2022 and 2024, to reach … in 2024"
            base = (ranges[0][0], ranges[0][0])
    elif len(singles) == 1 and not ranges:
        base, target = (singles[0] - 1, singles[0] - 1), (singles[0], singles[0])
    elif len(ranges) == 1 and not singles:
        base, target = (ranges[0][0], ranges[0][0]), (ranges[0][1], ranges[0][1])
    else:
        return None
    if base not in by_span or target not in by_span:
        return None
    return by_span[base], by_span[target]


def _nearest_period(
    claim: Claim, amount: Amount, periods: list[tuple[int, int]]
) -> tuple[int, int] | None:
    where = claim.text.find(amount.text)
    if where < 0:
        return None
    places = {period: claim.text.find(str(period[1])) for period in periods}
    known = {period: place for period, place in places.items() if place >= 0}
    if not known:
        return None
    return min(known, key=lambda period: abs(known[period] - where))


def _years_between(start: str, end: str) -> int:
    return int(end[:4]) - int(start[:4]) - (1 if end[5:10] < start[5:10] else 0)


_TRAVELLERS = (
    r"(?:\s+(?:citizens|nationals|passports?|passport holders|travell?ers|visitors?|people|tourists"
    r"|holders|businesspeople)\b|\s+(?:a|an|to)\s)"
)


def _beneficiary(folded: str) -> str | None:
    """Whose citizens a visa exemption is for, as a country code."""
    kyrgyz = re.search(rf"\bkyrgyz(?:stani)?{_TRAVELLERS}|\bfor kyrgyz", folded)
    vietnamese = re.search(rf"\bvietnamese{_TRAVELLERS}|\bfor vietnamese", folded)
    if kyrgyz and not vietnamese:
        return "KG"
    if vietnamese and not kyrgyz:
        return "VN"
    return None


def _granter(folded: str) -> str | None:
    match = re.search(
        r"(viet\s?nam|kyrgyzstan)\s+(?:\w+\s+){0,3}(?:grant|offer|give|provide|waive|exempt|introduc"
        r"|allow|does not require|doesn't require|lets)",
        folded,
    )
    if match is None:
        return None
    return "KG" if match.group(1) == "kyrgyzstan" else "VN"


_VISA_EXEMPTION = re.compile(
    r"visa[- ]free|visa[- ]exempt\w*|visa waiver|exempt\w*\s+(?:\w+\s+){0,5}(?:from\s+)?visas?"
    r"|waiv\w*\s+(?:\w+\s+){0,3}visas?|visas?\s+(?:are\s+|were\s+)?waived|without\s+(?:a\s+|any\s+)?visas?"
    r"|\bno\s+visas?|(?:not|n't|no longer|never)\s+(?:need|require)\w*\s+(?:\w+\s+){0,2}visas?"
)
_VISA_REQUIRED = re.compile(
    r"(?:need|require|must (?:obtain|apply for|get|have))\w*\s+"
    r"(?:a\s+|an\s+|any\s+)?(?:\w+\s+)?visas?"
)


def _record_days(policies: Sequence[Agreement], statements: Sequence[Statement]) -> float | None:
    for statement in statements:
        if statement.value is not None and statement.unit and "day" in fold(statement.unit):
            return statement.value
    for policy in policies:
        durations = parse_claim(policy.title).durations or parse_claim(policy.summary).durations
        if durations:
            return durations[0].days
    return None


def _investment_sides(folded: str) -> tuple[str | None, str | None]:
    """(investor, host) as country codes, from 'Kyrgyz investment in Vietnam' and its kin."""
    investor = host = None
    if re.search(
        r"vietnam\w*\s+(?:\w+\s+){0,3}invest|invest\w*\s+(?:\w+\s+){0,2}(?:from|by)\s+viet", folded
    ):
        investor = "VN"
    if re.search(
        r"kyrgyz\w*\s+(?:\w+\s+){0,3}(?:invest|project|capital)|invest\w*\s+(?:\w+\s+){0,2}(?:from|by)\s+kyrgyz",
        folded,
    ):
        investor = investor or "KG"
    if re.search(r"\b(?:in|into|to)\s+kyrgyzstan\b", folded):
        host = "KG"
    if re.search(r"\b(?:in|into|to)\s+viet\s?nam\b|\bin\s+khanh", folded):
        host = host or "VN"
    if investor and host and investor == host:
        return investor, None
    return investor, host


_SIDE_NAMES = {"kg": ("Kyrgyz", "Kyrgyzstan"), "vn": ("Vietnamese", "Việt Nam")}


def _investment_subject(record: Investment) -> str:
    investor = _SIDE_NAMES.get(record.investor, (record.investor,))[0]
    host = _SIDE_NAMES.get(record.host, (record.host, record.host))[-1]
    return f"{investor} investment in {host}"


_CITY_COUNTRY = {
    "Hanoi": "VN", "Ho Chi Minh City": "VN", "Da Nang": "VN", "Hai Phong": "VN",
    "Nha Trang": "VN", "Bishkek": "KG", "Osh": "KG",
}  # fmt: skip
_COUNTRIES = {"vietnam": "VN", "kyrgyzstan": "KG", "kyrgyzrepublic": "KG"}
_PROVINCES = ("khanh hoa", "nha trang", "hanoi", "ha noi", "ho chi minh", "da nang", "hai phong",
              "binh duong", "dong nai", "bac ninh", "quang ninh", "can tho", "hue")  # fmt: skip
#: Words naming what an investment makes, and the words in a record that mean the same.
_SECTORS: dict[str, tuple[str, ...]] = {
    "alcohol": ("alcohol", "beverage", "liquor", "spirits"),
    "beverage": ("beverage", "drink"), "drink": ("beverage", "drink"), "beer": ("beer",),
    "wine": ("wine",), "vodka": ("vodka",), "spirit": ("spirit", "liquor"),
    "textile": ("textile",), "garment": ("garment", "apparel", "clothing"), "mining": ("mining",),
    "energy": ("energy", "power"), "tourism": ("tourism", "hotel"), "agricultur": ("agricultur",),
    "tobacco": ("tobacco",), "electronic": ("electronic",), "real estate": ("real estate",),
    "manufactur": ("manufactur",), "food": ("food",), "hotel": ("hotel",),
    "software": ("software",), "steel": ("steel",),
}  # fmt: skip
#: Narrower words, and the broader one a record may use for them.
_SECTOR_KINDS = {"beer": "alcohol", "wine": "alcohol", "vodka": "alcohol", "spirit": "alcohol"}
_FIELD_WORDS = ("education", "legal", "aviation", "energy", "health", "agricultur", "tourism",
                "defence", "defense", "science", "technology", "culture", "transport", "finance",
                "banking", "mining", "trade", "investment", "taxation", "customs", "labour",
                "security", "railway", "sport", "media", "justice")  # fmt: skip


def _event_place(signing: Event | None, events: Sequence[Event]) -> str | None:
    """Where a signing happened: its own place, else that of the talks the same day."""
    if signing is None:
        return None
    if signing.place:
        return signing.place
    same_day = [event for event in events if event.date == signing.date and event.place]
    shared = {event.place for event in same_day if event.kind is not EventKind.visit}
    return next(iter(shared)) if len(shared) == 1 else None


def _exporter(folded: str) -> str | None:
    """Which side sells, from 'X exports … to Y', 'X's exports', 'Y imports … from X'."""
    selling = re.search(
        r"(viet\s?nam|vietnamese|kyrgyzstan|kyrgyz)\W*(?:s\s+)?(?:\w+\s+){0,3}(?:export|sell|sold|ship)",
        folded,
    )
    buying = re.search(
        r"(viet\s?nam|vietnamese|kyrgyzstan|kyrgyz)\W*(?:s\s+)?(?:\w+\s+){0,3}(?:import|buy|bought)",
        folded,
    )
    if selling:
        return "KG" if selling.group(1).startswith("kyrgyz") else "VN"
    if buying:
        return "VN" if buying.group(1).startswith("kyrgyz") else "KG"
    return None


def _named_products(folded: str, products: Iterable[str]) -> list[str]:
    found = []
    for product in products:
        key = fold(product)
        stem = key[:-1] if key.endswith("s") else key
        stems = {stem} | ({stem.split()[0]} if " " in stem and len(stem.split()[0]) > 4 else set())
        if any(re.search(rf"\b{re.escape(item)}", folded) for item in stems):
            found.append(product)
    return found


_KIND_PHRASES: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.joint_statement: ("joint statement", "joint declaration", "joint communique"),
    AgreementKind.cooperation_documents: (
        "cooperation documents", "cooperation document", "documents", "memorand", "mou",
    ),
    AgreementKind.free_trade_agreement: ("free trade", "fta"),
    AgreementKind.visa_policy: ("visa",),
}  # fmt: skip
_TITLE_STOP = frozenset(
    {
        "agreement", "agreements", "on", "of", "the", "and", "between", "a", "an", "for", "each",
        "country", "countries", "can", "that", "treaty", "exchange", "in", "to", "with", "by",
        "mechanism", "mechanisms", "economic", "economics", "cooperation",
        "viet", "nam", "vietnam", "kyrgyzstan", "kyrgyz", "vietnamese", "prime", "minister",
        "official", "visit", "outcomes", "president", "bilateral", "two", "sides", "both",
    }
)  # fmt: skip


def _agreement_named(claim: Claim, agreement: Agreement, names: frozenset[str]) -> bool:
    """Whether the claim names this agreement: by its kind's usual words or its title's own.

    `names` are words of people's names, which say who signed, not what.
    """
    folded = claim.folded
    if any(_contains(folded, phrase) for phrase in _KIND_PHRASES.get(agreement.kind, ())):
        return True
    if not _AGREEMENT_NOUNS.search(folded):
        return False
    title_words = [
        word
        for word in re.findall(r"[a-z]+", fold(agreement.title))
        if word not in _TITLE_STOP and word not in names and len(word) > 2
    ]
    if title_words:
        hits = [word for word in title_words if re.search(rf"\b{word[:6]}", folded)]
        telling = [word for word in hits if word not in ("trade", "investment")]
        return bool(telling) and len(hits) >= min(2, len(title_words))
    # titles made only of common words: "Agreement on economic cooperation"
    common = [word for word in re.findall(r"[a-z]+", fold(agreement.title)) if len(word) > 3]
    return len(common) >= 2 and all(_contains(folded, word) for word in common)


def _claimed_status(claim: Claim) -> AgreementStatus | None:
    folded = claim.folded
    if re.search(
        r"\b(?:negotiat|to sign|will sign|plan to sign|aim to sign|work towards|pending"
        r"|promot\w* (?:the )?(?:signing|conclusion))",
        folded,
    ):
        return AgreementStatus.under_negotiation
    if re.search(
        r"\b(?:in force|took effect|takes effect|in effect|implement"
        r"|came into force|entered into force)",
        folded,
    ):
        return AgreementStatus.in_force
    if re.search(r"\b(?:possibility|consider|propos|explor|study|look into)", folded):
        return AgreementStatus.proposed
    if re.search(r"\bagreed to (?:support|set up|establish|create)", folded):
        return AgreementStatus.agreed_in_principle
    if re.search(
        r"\b(?:signed|inked|concluded|sealed|exchanged|set up|established|created|launched"
        r"|formed|founded|adopted|have|has|had)\b",
        folded,
    ):
        return AgreementStatus.signed
    return None


def _status_compatible(claimed: AgreementStatus, on_record: AgreementStatus) -> bool:
    if claimed is on_record:
        return True
    loose = {
        AgreementStatus.agreed_in_principle: {AgreementStatus.under_negotiation},
        AgreementStatus.proposed: {AgreementStatus.agreed_in_principle},
        AgreementStatus.signed: {AgreementStatus.in_force},  # in force means signed, at some date
    }
    return on_record in loose.get(claimed, set())


_EVENT_WORDS: list[tuple[str, set[EventKind]]] = [
    (
        r"diplomatic|established (?:relations|ties)"
        r"|\b(?:relations|ties)\s+(?:were\s+|was\s+)?(?:\w+\s+)?(?:established|set up|forged)",
        {EventKind.diplomatic_relations},
    ),
    (r"recogni[sz]", {EventKind.recognition}),
    (
        r"(?:declar\w*|gain\w*|proclaim\w*|won)\s+(?:its\s+)?independence|became independent"
        r"|independence (?:on|in)",
        {EventKind.independence},
    ),
    (r"phone|telephone|\bcall(?:ed)?\b|spoke by", {EventKind.phone_call}),
    (r"receiv\w*|reception|welcom\w*|hosted", {EventKind.reception, EventKind.ceremony}),
    (r"\bmet\b|\bmeet(?:ing|s)?\b", {EventKind.talks, EventKind.reception}),
    (r"talks|negotiations? with", {EventKind.talks, EventKind.phone_call}),
    (r"ceremony", {EventKind.ceremony}),
    (r"exhibition", {EventKind.exhibition}),
    (r"\bsign(?:ed|ing)\b", {EventKind.signing}),
    (r"invit\w*", {EventKind.invitation}),
    (r"visit\w*|\btrip\b|travel\w*|came to|went to", {EventKind.visit}),
]
#: Kinds of event that happen once between the two countries: another date contradicts them.
_ONCE_ONLY = frozenset(
    {EventKind.independence, EventKind.recognition, EventKind.diplomatic_relations}
)
#: When these kinds are named, the claim is about them alone (a visit's reception is a reception).
_EXCLUSIVE = [
    {EventKind.diplomatic_relations},
    {EventKind.recognition},
    {EventKind.independence},
    {EventKind.phone_call},
]
_DESTINATION = re.compile(
    r"\bto (?:(?:pay (?:an? )?(?:official |state )?visit|visit|travel|come) (?:to )?)?"
    r"(viet\s?nam|kyrgyzstan|hanoi|bishkek)\b"
)
_ARRIVAL = re.compile(r"\b(?:arriv\w*|began|begun|begins|started|starts|kicked off|landed)\b")
_DEPARTURE = re.compile(r"\b(?:left|leaves|depart\w*|ended|ends|concluded|wrapped up)\b")
_SINCE_YEAR = re.compile(r"\bsince\b.*?\b(\d{4})\b")
_INVITED_VISIT = re.compile(r"\b(?:at|on) (?:the )?invitation of\b|\binvited by\b")
#: The verb whose doer decides an event of each kind: the host receives, the inviter invites.
_AGENT_VERBS: dict[EventKind, str] = {
    EventKind.invitation: r"invit(?:e|es|ed|ing)\b|invitation\s+(?:of|from)\b",
    EventKind.reception: r"receiv(?:e|es|ed|ing)\b|welcom(?:e|es|ed|ing)\b|host(?:s|ed|ing)?\b",
    EventKind.ceremony: r"host(?:s|ed|ing)?\b|welcom(?:e|es|ed|ing)\b",
}


def _event_kinds(claim: Claim) -> set[EventKind]:
    if _INVITED_VISIT.search(claim.folded) and re.search(r"visit|trip", claim.folded):
        return {EventKind.visit}  # "visited at the invitation of": the visit, not the invitation
    found: set[EventKind] = set()
    matched: list[set[EventKind]] = []
    for pattern, kinds in _EVENT_WORDS:
        if re.search(pattern, claim.folded):
            matched.append(kinds)
            found |= kinds
    for exclusive in _EXCLUSIVE:
        if exclusive in matched:
            return set(exclusive)
    specific = [kinds for kinds in matched if EventKind.visit not in kinds]
    if specific:
        # "received during his visit": the reception, not the visit itself
        narrowed: set[EventKind] = (
            set.intersection(*specific) if len(specific) > 1 else set(specific[0])
        )
        return narrowed or set().union(*specific)
    return found


_SIDE_WORD = re.compile(r"\b(viet\s?nam(?:ese)?|kyrgyz(?:stan|stani)?|hanoi|bishkek)\b(?:'s?)?\s+")
_FILLER = frozenset({"a", "an", "the", "s", "its", "is", "as", "and", "to", "of"})


def _side_contexts(folded: str) -> set[tuple[str, str]]:
    """(country, the next word that says something) for each country named: 'kyrgyzstan's
    development' gives ('KG', 'devel')."""
    found = set()
    for match in _SIDE_WORD.finditer(folded):
        side = "VN" if match.group(1).startswith(("viet", "hanoi")) else "KG"
        following = [
            word
            for word in re.findall(r"[a-z]+", folded[match.end() : match.end() + 40])
            if word not in _FILLER
        ]
        if following:
            found.add((side, following[0][:5]))
    return found


_VISITED = re.compile(
    r"\b(?:visit\w*|trip|travel\w*|went|came|arrived|delegation)(?:\s+(?:to|in))?\s+"
    r"(viet\s?nam|kyrgyzstan|hanoi|bishkek)\b"
)


def _destination(folded: str) -> str | None:
    """The country a text says someone visited, as a code."""
    match = _VISITED.search(folded)
    if match is None:
        return None
    return "KG" if match.group(1).startswith(("kyrgyz", "bishkek")) else "VN"


def _sides_swapped(claim: str, record: str) -> bool:
    """Whether the claim puts a country where the record puts the other one."""
    theirs = _side_contexts(record)
    for side, word in _side_contexts(claim):
        if (side, word) not in theirs and any(
            other != side and other_word == word for other, other_word in theirs
        ):
            return True
    return False


def _written(claim: Claim, phrase: str) -> str:
    """`phrase`, found folded in the claim, as the claim writes it."""
    where = claim.folded.find(phrase)
    if where < 0 or len(claim.folded) != len(claim.text):
        return phrase
    return claim.text[where : where + len(phrase)]


def _rephrase(folded: str) -> str:
    """`folded` with set phrases ('thu tuong', 'head of government') in their plain words."""
    for pattern, meaning in PHRASES:
        folded = re.sub(pattern, meaning, folded)
    return folded


def _claim_tokens(claim: Claim) -> list[str]:
    """The claim's words that must be backed: outside its parsed parts, not generic."""
    base = claim.folded if len(claim.folded) == len(claim.text) else claim.text.lower()
    chars = list(base)
    for start, end in claim.spans:
        chars[start:end] = " " * (end - start)
    working = fold("".join(chars))
    for place in claim.places:
        working = working.replace(fold(place), " ")
    working = _rephrase(working)
    working = re.sub(r"\bfirst(?= \w+ed\b)", " ", working)  # "first established": when, not which
    tokens = []
    for token in _WORD.findall(working):
        if token in GENERIC or len(token) < 2 or token.isdigit() or token in claim.ordinals:
            continue
        pieces = token.split("-")
        if len(pieces) > 1 and all(piece in GENERIC or piece.isdigit() for piece in pieces):
            continue
        tokens.append(token)
    return tokens


def _backed(
    word: str, words: frozenset[str] | set[str], prefixes: frozenset[str] | set[str]
) -> bool:
    forms = {word, f"{word}s", word.rstrip("s")}
    for ending, instead in (
        ("ed", ""),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
        ("es", ""),
        ("ies", "y"),
    ):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.add(word[: -len(ending)] + instead)
    if forms & words:
        return True
    return len(word) >= 5 and word[:5] in prefixes


def _backed_or_synonym(
    word: str, words: frozenset[str] | set[str], prefixes: frozenset[str] | set[str]
) -> bool:
    if _backed(word, words, prefixes):
        return True
    if "-" in word and all(
        piece in GENERIC or _backed_or_synonym(piece, words, prefixes) for piece in word.split("-")
    ):
        return True
    return any(_backed(other, words, prefixes) for other in SYNONYMS.get(word, ()))


_default_checkers: dict[int, Checker] = {}


def check_claim(store: Store | models.Store, claim: str) -> CheckResult:
    """Check one claim; a `Checker` built once serves every later claim on the same store."""
    checker = _default_checkers.get(id(store))
    if checker is None or checker.source is not store:
        if len(_default_checkers) >= 8:
            _default_checkers.clear()  # a store no longer in use is not kept alive for ever
        checker = Checker(store)
        _default_checkers[id(store)] = checker
    return checker.check(claim)


__all__ = [
    "CheckResult",
    "Checker",
    "MatchedRecord",
    "PartResult",
    "Status",
    "Verdict",
    "check_claim",
]
