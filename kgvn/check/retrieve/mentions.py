"""Who and what a claim names: people by any spelling, roles, the sides."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache

from kgvn.check.compare.slots import (
    usd_text,
)
from kgvn.check.lexicon import (
    PLACES,
    ROLE_WORDS,
    TITLE_QUALIFIERS,
    Places,
    load,
)
from kgvn.check.result import (
    CheckResult,
    PartResult,
    Status,
    Verdict,
)
from kgvn.check.retrieve.names import Spellings
from kgvn.claims import (
    Claim,
)
from kgvn.records import (
    Investment,
    Person,
    Record,
    Store,
    TradeFigure,
)
from kgvn.text import compiled, fold

BOTH_SIDES = re.compile(
    r"\b(?:two|both) (?:sides|countries|nations|governments|states)\b|\bbilateral\b"
)


def only_used(folded: str) -> bool:
    """Whether a claim's sides only use an agreement ('pledged to implement the FTA',
    'leveraged it'): users need not be its parties, unless it is said to be between them."""
    words = "|".join(re.escape(word) for word in load("words").get("agreement_use_verbs", []))
    if not words or re.search(r"\b(?:between|bilateral|their|its)\b", folded):
        return False
    return re.search(rf"\b(?:{words})", folded) is not None


#: Words saying something is wished for, asked for or planned, not done: a record in these
#: words does not back a claim that states the thing as done.
ASPIRATION = re.compile(
    r"\b(?:aim(?:s|ed|ing)? (?:to|at)|hop(?:e|es|ed|ing)\b|toward|urg|call(?:s|ed|ing)? (?:on|for)"
    r"|ask(?:s|ed|ing)?\b|expect|desir|ready|readiness|willing|possib|propos"
    r"|float|moot|mull|idea of|with (?:a|the) (?:view|aim|goal|intention|purpose) (?:to|of)"
    r"|(?:tasked|charged|assigned|instructed) (?:with|to)\b"
    r"|consider\w*\s+(?:\w+ing\b|to\b|the possib|whether)"
    r"|suggest|plan(?:s|ned)? to|should|explor|potential|will\b|would|pledg|intend|seek|sought"
    r"|look into|need|offer|want|eager|keen|reluctan|unwilling|prepared to"
    r"|on the (?:road|path|way|route) to|en route to|(?:scheduled|slated) to)"
)


@dataclass(frozen=True)
class Mentions:
    """People the claim names, by any spelling or by role and country."""

    people: frozenset[str]
    #: One set per role the claim names ("Ruritania's deputy foreign minister"): any one of them.
    role_groups: tuple[frozenset[str], ...]
    #: The countries the claim names (both, for "the two sides"), as codes.
    sides: frozenset[str]
    #: Roles the claim names that nobody on record holds ("Ruritania's foreign minister").
    unknown_roles: tuple[str, ...] = ()
    #: Names joined from two people's ("Pham Minh Kasymaliev"): someone nobody on record is.
    mashed: tuple[str, ...] = ()

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


def name_parts(people: Iterable[Person]) -> dict[str, frozenset[str]]:
    """Each word of anyone's name or alias, and whose names it is part of."""
    owners: dict[str, set[str]] = {}
    for person in people:
        for spelling in [person.name, *(alias.name for alias in person.aliases)]:
            for word in fold(spelling).split():
                owners.setdefault(word, set()).add(person.id)
    return {word: frozenset(ids) for word, ids in owners.items()}


_WORD_IN_TEXT = re.compile(r"[^\W\d_][\w'’-]*")


def _capitalised_runs(text: str) -> list[list[str]]:
    """Capitalised words in a row with one space between: each run is one name or title."""
    runs: list[list[str]] = []
    end = -2
    for match in _WORD_IN_TEXT.finditer(text):
        word = match.group()
        if not word[0].isupper():
            end = -2
            continue
        if match.start() == end + 1 and text[end] == " " and runs:
            runs[-1].append(word)
        else:
            runs.append([word])
        end = match.end()
    return [run for run in runs if len(run) > 1]


def mashed_names(text: str, parts: Mapping[str, frozenset[str]]) -> tuple[str, ...]:
    """Runs of capitalised words that join parts of two people's names ('Sadyr Cuong'): the
    record backs each part, yet names no such person. Words under four letters ('To', 'Le') are
    left out, since they are also ordinary words that open a sentence."""
    mashed = []
    for run in _capitalised_runs(text):
        bare = [re.sub(r"['’]s?$", "", word) for word in run]  # "Sadyr Cuong's greetings"
        owners = [parts.get(fold(word), frozenset()) for word in bare if len(word) >= 4]
        owned = [ids for ids in owners if ids]
        if any(not (a & b) for i, a in enumerate(owned) for b in owned[i + 1 :]):
            mashed.append(" ".join(run))
    return tuple(mashed)


def nobody_on_record(result: CheckResult, mentions: Mentions) -> CheckResult:
    """A supported claim that names someone no record has (a role nobody holds, a name joined
    from two people's) is left unverified: the record cannot say who is meant."""
    if result.verdict is not Verdict.supported:
        return result
    if mentions.unknown_roles:
        who = ", ".join(mentions.unknown_roles)
        explanation = f"The record names no {who} holding that role."
    elif mentions.mashed:
        who = ", ".join(mentions.mashed)
        explanation = f"The record names no one called {who}."
    else:
        return result
    unknown = PartResult("who", who, who, Status.not_on_record)
    parts = [*result.parts, unknown]
    return replace(result, verdict=Verdict.unverified, explanation=explanation, parts=parts)


def _contains(folded: str, phrase: str) -> bool:
    return phrase in folded and _phrase_pattern(phrase).search(folded) is not None


@cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])")


_Handler = Callable[[Claim, Mentions], "CheckResult | None"]
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_AGREEMENT_NOUNS = re.compile(
    r"\b(?:agreements?|treat(?:y|ies)|accords?|pacts?|deals?|memorand\w*|mou|fta|committee"
    r"|mechanisms?|joint statement|documents?|free trade)\b"
)


_BETWEEN_NAME_AND_ROLE = re.compile(
    r"^\W*(?:(?:is|was|remains|became|serves as|served as|as|the|a|an|current|currently|now|then"
    r"|its|his|her|their|and"
    rf"|also|{PLACES.pattern_with_others()}|s|of|country)\W*)*$"
)
_BETWEEN_ROLE_AND_NAME = re.compile(
    rf"^\W*(?:of\s+(?:the\s+)?(?:{PLACES.pattern_with_others()})\W*)?(?:is|was|remains|,)?\W*$"
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
        between = folded[end : role.start()]
        # "Ann Lee and the Utopian PM", "X and Y": two people, not X's title
        listed = re.match(r"\s+and\b", between) or re.search(
            r"\band\s+(?:the|a|an|his|her|their|its)\b", between
        )
        if _BETWEEN_NAME_AND_ROLE.match(between) and not listed:
            return person
    return None


def _country_beside(folded: str, start: int, end: int) -> str | None:
    """The country written next to a role ('Utopian PM', 'PM of Ruritania'), as a code: of two,
    the one written last; a capital only when no country is named. A country before an earlier
    role is that role's, and one after a role only with 'of' ('Utopian PM met Ruritania's
    president': the president is not Utopian, the PM not Ruritanian)."""
    before = folded[max(0, start - 25) : start]
    earlier = _ROLE_PHRASES.search(before[::-1])
    if earlier is not None:
        before = before[len(before) - earlier.start() :]
    # 'a trip to Utopia by Deputy Minister X': a country before a preposition is not the role's
    before = re.split(r"\b(?:by|to|from|with|for|at|in|on|into)\s+", before)[-1]
    # 'On the China Sea, President X': a country before a comma is the opening phrase's
    before = re.split(r"[,;:]\s*", before)[-1]
    after = folded[end : end + 14]
    window = before + folded[start:end] + (after if _OF.match(after) else "")
    for kinds in (("names", "demonyms"), ("capitals",)):
        best: tuple[int, str] | None = None
        choices = [(code, PLACES.forms(code, *kinds)) for code in PLACES.codes]
        if kinds[0] == "names":
            choices += list(PLACES.others.items())
        for code, words in choices:
            for word in words:
                where = _last_word(window, word)
                if where >= 0 and (best is None or where > best[0]):
                    best = (where, code)
        if best is not None:
            return best[1]
    return None


#: Any role phrase, written backwards: the nearest role before another is found first.
_ROLE_PHRASES = re.compile(
    "|".join(
        rf"(?<![a-z]){re.escape(phrase[::-1])}(?![a-z])"
        for phrase in sorted({phrase for phrase, _ in ROLE_WORDS}, key=len, reverse=True)
    )
)
#: A country written after a role belongs to it only through 'of' ('the PM of Ruritania').
_OF = re.compile(r"\s*(?:,\s*)?of\b")


def _last_word(text: str, word: str) -> int:
    """Where `word` last stands in `text` as a word of its own (-1 if nowhere)."""
    where = text.rfind(word)
    while where > 0 and text[where - 1].isalpha():
        where = text.rfind(word, 0, where)
    return where


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


def _people_spans(folded: str, spellings: Spellings) -> list[tuple[int, int, str]]:
    """(start, end, person) of each name in `folded`; a name inside a longer one is its owner's."""
    found: list[tuple[int, int, str]] = []
    matches: dict[str, list[tuple[int, int]]] = {}  # namesakes share a spelling: read it once
    for spelling, person in spellings.within(folded):
        if spelling not in matches:
            pattern = rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])"
            in_text = spelling in folded  # most names are not in a given text: no pattern to run
            matches[spelling] = (
                [m.span() for m in compiled(pattern).finditer(folded)] if in_text else []
            )
        found += [(start, end, person) for start, end in matches[spelling]]
    spans = {(start, end) for start, end, _ in found}  # namesakes share one span
    inside = {
        (start, end)
        for start, end in spans
        if any(s <= start and end <= e and (e - s) > (end - start) for s, e in spans)
    }
    return [(start, end, person) for start, end, person in found if (start, end) not in inside]


def _people_at(folded: str, spellings: Spellings) -> list[tuple[int, str]]:
    """(position, person) of each name in `folded`."""
    return [(start, person) for start, _, person in _people_spans(folded, spellings)]


def _named_people(folded: str, spellings: Spellings) -> frozenset[str]:
    """People named in the claim; a short spelling inside a longer match ('Cuong' in 'Nguyen Quoc
    Cuong') names only the longer one's person."""
    return frozenset(person for _, person in _people_at(folded, spellings))


def _spellings(people: Iterable[Person]) -> Spellings:
    """Folded spellings that name one person: full names, aliases, and unshared last names."""
    full: list[tuple[str, str]] = []
    last_names: dict[str, set[str]] = {}
    for person in people:
        for spelling in [person.name, *(alias.name for alias in person.aliases)]:
            folded = fold(spelling)
            full.append((folded, person.id))
            for part in {folded.split()[-1], folded.split()[0]} if " " in folded else set():
                # 'Lam' for To Lam: a given name written last is kept from three letters on
                if len(part) > 3 or (len(part) == 3 and part == folded.split()[-1]):
                    last_names.setdefault(part, set()).add(person.id)
    unique = [(last, next(iter(ids))) for last, ids in last_names.items() if len(ids) == 1]
    return Spellings(full + unique)


def _period(figure: TradeFigure) -> str:
    if figure.year_from == figure.year_to:
        return str(figure.year_from)
    return f"{figure.year_from}–{figure.year_to}, yearly average"


def _label(record: Record) -> str:
    if isinstance(record, TradeFigure):
        return f"Two-way trade, {_period(record)}: {usd_text(record.value_usd)}"
    if isinstance(record, Investment):
        worth = usd_text(record.value_usd or 0)
        investor = PLACES.demonym(record.investor.upper())
        host = PLACES.label(record.host.upper())
        return f"{record.projects} {investor} investment project(s) in {host}, {worth}"
    for name in ("title", "statement", "name", "description"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            return value
    return record.id


def _record_text(record: Record) -> str:
    pieces = [_label(record), getattr(record, "summary", "") or ""]
    pieces += [item.quote for item in record.evidence]
    return "; ".join(piece for piece in pieces if piece)  # one clause never runs into the next


def _said_alike(claim: str, text: str, word: str) -> bool:
    """Whether `text` uses `word` as the claim does: followed by the same word ('China's
    stance' is not the 'South China Sea')."""

    def following(folded: str) -> set[str]:
        pattern = rf"(?<![a-z]){re.escape(word)}(?![a-z])(?:['’]s)?\W*([a-z]*)"
        return {match.group(1) for match in re.finditer(pattern, folded)}

    return bool(following(claim) & following(text))


def _capitalised(text: str, token: str) -> bool:
    """Whether the claim writes the word with a capital inside the sentence (a name, a place)."""
    return compiled(rf"(?<=[a-z,;] )[A-Z]{re.escape(token[1:])}\b").search(text) is not None


def _role_words(store: Store, places: Places) -> list[tuple[str, str]]:
    """The lexicon's role phrases, and every title the store's people hold ('Minister of
    Education'), without the country it names: a curated title is read with no code change."""
    known = {phrase for phrase, _ in ROLE_WORDS}
    country = re.compile(rf"\s+of\s+(?:the\s+)?(?:{places.pattern('names')})$")
    added = {}
    for person in store.people:
        for role in person.roles:
            title = country.sub("", fold(role.title)).strip()
            if title and title not in known and len(title.split()) > 1:
                added[title] = title
    extra = sorted(added.items(), key=lambda item: -len(item[0]))
    return [*extra, *ROLE_WORDS]


#: A preposition that ties a name to its role in the sentence, and the title words after it.
_AFTER_PREPOSITION = re.compile(
    r"(?<!according )\b(?P<prep>to|for|with|from)\s+"
    r"(?:(?:the|president|prime|minister|general|secretary|party|chief|state|deputy|foreign|pm)\s+)*"
)


#: Openings that transliterate one letter: 'zh', 'dzh' and 'dj' for 'j'.
_TRANSLIT = re.compile(r"^(?:dzh|zh|dj)")


def near_spelling(word: str, name: str) -> bool:
    """Whether `word` is another transliteration of the name part `name`: one letter added,
    dropped or changed (two in a long name), with the same first letter and the same ending, so
    that a different name built on it ('-ova' on '-ov') is not taken for it."""
    word, name = _TRANSLIT.sub("j", word), _TRANSLIT.sub("j", name)  # Zhaparov, Dzhaparov
    if word[0] != name[0] or word[-2:] != name[-2:] or abs(len(word) - len(name)) > 2:
        return False
    allowed = 2 if len(name) >= 9 else 1
    previous = list(range(len(name) + 1))
    for i, letter in enumerate(word, 1):
        current = [i]
        for j, other in enumerate(name, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other))
            )
        previous = current
    return previous[-1] <= allowed


def respell_names(text: str, spellings: list[tuple[str, str]], known: frozenset[str]) -> str:
    """`text` with a name written in another transliteration ('Kasymalyev', 'Kasymaliyev') in a
    spelling the record holds, when it is near the part of exactly one person's name."""
    parts: dict[str, set[str]] = {}
    for spelling, person in spellings:
        for piece in spelling.split():
            if len(piece) >= 6:
                parts.setdefault(piece, set()).add(person)

    def swap(match: re.Match[str]) -> str:
        word = fold(match.group())
        if len(word) < 6 or word in known or word in parts:
            return match.group()
        near = [piece for piece in parts if near_spelling(word, piece)]
        people = {person for piece in near for person in parts[piece]}
        return near[0].capitalize() if len(people) == 1 else match.group()

    return re.sub(r"\b[^\W\d_]{6,}\b", swap, text)


#: Day and month names, which stand beside a name without being part of it ('Chinh Tuesday').
_CALENDAR = frozenset(
    fold(name) for name in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if name
)


def sides_joined(before: str, places: Places) -> bool:
    """Whether a title follows both sides' words joined ('utopian and ruritanian envoys'):
    one holder on each side, as 'the two envoys' says."""
    side = places.pattern("names", "demonyms")
    return re.search(rf"\b(?:{side})\s+and\s+(?:{side})\s+$", before) is not None


def namesakes_apart(text: str, spellings: list[tuple[str, str]], known: frozenset[str]) -> str:
    """`text` with a family name that opens one person's full name, followed by a given name
    none of that person's spellings has ('Pham Binh Minh' against the record's 'Pham Minh
    Chinh'), written as one word: it names someone else, so it is read as a word no record
    backs, not as the record's person."""
    heads = {
        spelling.split()[0]: person
        for spelling, person in spellings
        if " " in spelling and (spelling.split()[0], person) in spellings
    }
    parts: dict[str, set[str]] = {}
    for spelling, person in spellings:
        parts.setdefault(person, set()).update(spelling.split())

    def apart(match: re.Match[str]) -> str:
        head, given = fold(match["head"]), fold(match["given"])
        person = heads.get(head)
        if person is None or given in parts[person] or given in known or given in _CALENDAR:
            return match.group()
        return match["head"]  # joined to the given name that follows

    return re.sub(r"\b(?P<head>[A-Z][a-z]+)\s+(?=(?P<given>[A-Z][a-z]+)\b)", apart, text)


#: "The (dated) talks were held between …", "the trip was made by …": the act on record, named
#: by a definite subject, its doers said after the passive verb.
_DEFINITE_DOERS = re.compile(
    r"^\s*the\b.*?\b(?:was|were)\s+(?:\w+\s+)?(?:held|made|paid|conducted|led|hosted|organi[sz]ed"
    r"|signed|attended|co-?organi[sz]ed)\s+(?:between|by|among)\b",
    re.IGNORECASE,
)


def outranked(
    text: str, result: CheckResult, titles: Iterable[str], check: Callable[[str], CheckResult]
) -> CheckResult:
    """A role nobody holds that is the tail of a longer title on record ('the foreign ministers
    held phone talks', where the deputy foreign ministers held them): when the claim names the act
    on record by a definite subject and the claim with that longer title is supported, the act
    was done by its holders, so the claim's role is contradicted. Said of no definite act ('X's
    foreign minister held talks'), the claim may be of another act, and stays open."""
    definite = _DEFINITE_DOERS.match(text)
    if result.verdict is not Verdict.unverified or definite is None:
        return result
    unknown = [p for p in result.parts if p.kind == "who" and p.status is Status.not_on_record]
    for said in [role for part in unknown for role in part.text.split(", ")]:
        found = re.search(rf"(?<![\w-]){re.escape(said)}(?!\w)", text, re.IGNORECASE)
        single = said[:-1] if said.endswith("s") else said
        rank = [t for t in titles if t.endswith(f" {single}")]
        longer = sorted(t for t in rank if t[: -len(single)].strip() in TITLE_QUALIFIERS)
        if found is None or not longer or found.start() < definite.end():
            continue
        extra = longer[0][: -len(single)]
        read = check(f"{text[: found.start()]}{extra}{text[found.start() :]}")
        if read.verdict is Verdict.supported:
            part = PartResult("who", said, said, Status.differs, f"{extra}{said}")
            explanation = f"The record on {read.records[0].label if read.records else 'this act'}"
            explanation += f" differs: {said} (record: {extra}{said})."
            return replace(
                read,
                claim=text,
                verdict=Verdict.contradicted,
                parts=[part],
                explanation=explanation,
            )
    return result
