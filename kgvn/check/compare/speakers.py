"""Who said a claim: a speaker named after the words or after 'according to' is part of what is
claimed, since the record may give the same words to someone else."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from kgvn.check.lexicon import load
from kgvn.records import Event, Record, Statement
from kgvn.vocabulary import EventKind

_MEETINGS = frozenset({EventKind.talks, EventKind.reception, EventKind.phone_call})

#: "…, Ann Lee said.": the speaker named after the words, as journalists write it.
#: Who said it: a name, or 'the' and a title with a capitalised word ('the Utopian premier').
#: Or two names joined by 'and', or 'the two' and a plural title ('the two deputy ministers').
_NAME = r"(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*"
_WHO = (  # one group, so that it may stand beside other pattern parts
    rf"(?:(?:the\s+)?(?:{_NAME}(?:\s+and\s+{_NAME})?"
    r"|(?:[A-Z][\w’'.-]*\s+){1,4}[a-z]{3,})"
    r"|the\s+two\s+(?:[a-z]+\s+){0,2}[a-z]+s)"
)
_VERB = (
    r"said|says|noted|stressed|added|affirmed|told\s+(?:reporters|journalists|the\s+press"
    r"|(?:his|her|their|the)\s+(?:guests?|counterparts?|visitors?|hosts?|delegation))"
)
_SAID_AFTER = re.compile(rf"^(?P<words>.{{12,}}?),\s+(?P<who>{_WHO})\s+(?P<verb>{_VERB})\.?$")
#: "X, Ann Lee noted, is Y": the speaker set between commas in mid-sentence (not "X, Ann said,
#: adding that …", whose speaker closes the first claim).
_SAID_BETWEEN = re.compile(
    rf"^(?P<before>[A-Z][^,;]{{2,60}}?),\s+(?P<who>{_WHO})\s+(?P<verb>{_VERB}),\s+"
    r"(?P<after>(?![a-z]+ing\b)[a-z][^;]+)$"
)


_MEETINGS_SAID = "|".join(sorted(map(re.escape, load("words")["context_events"]), key=len)[::-1])
#: "…, Ann Lee said at her meeting with Bo Tan.": the speaker, then the meeting she spoke at.
_SAID_AT = re.compile(
    rf"^(?P<words>.{{12,}}?),\s+(?P<who>{_WHO})\s+(?P<verb>{_VERB})\s+(?:at|in|during)\s+"
    rf"(?P<what>(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEETINGS_SAID})\b[^,;]*?)"
    r"\.?$"
)

#: "Ann Lee said X during her meeting with Bo Tan.": the speaker first, the meeting last.
_LEAD_AT = re.compile(
    rf"^(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})\s+(?P<words>(?:{_VERB}|expressed"
    r"|voiced|reaffirmed|emphasi[sz]ed|underlined|welcomed)\b.{12,}?),?\s+(?:at|during)\s+"
    rf"(?P<what>(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEETINGS_SAID})\s+with\s+[^,;]+?)"
    r"\.?$"
)


COMMON_OPENERS = frozenset(
    {"The", "A", "An", "It", "This", "That", "These", "Those", "There", "Both", "Two", "Trade"}
)


_ACCORDING = re.compile(
    r"^According\s+to\s+[^,]{2,60},\s+|,?\s+according\s+to\s+[^,;]{2,60}?(?=[.!?]?$)"
)
#: "According to Ann Lee, X" and "X, according to Ann Lee": a named speaker, whose words the
#: record may give to someone else.
_NAMED = r"(?P<who>(?!(?:The|A|An|Official|Some|Many)\b)[A-Z][^,;]{1,60}?)"
_ACCORDING_TO_NAME = (
    re.compile(rf"^According\s+to\s+{_NAMED},\s+(?P<words>.+?)\.?$"),
    re.compile(rf"^(?P<words>.+?),\s+according\s+to\s+{_NAMED}\.?$"),
)


#: News outlets: a source that reports a fact without being its speaker. The media in general
#: are in the checker's words; the outlets by name are those whose credits curation reads.
_OUTLETS = frozenset(item.lower() for item in load("words").get("outlets", [])) | frozenset(
    name.lower() for outlet in load("curation")["outlets"] for name in (outlet, *outlet.split("/"))
)


#: Bodies and figures that report a fact without being a person who said it ('the ministry').
_BODIES = tuple(sorted(load("words").get("source_bodies", []), key=len, reverse=True))
#: "X, the ministry said." and "X, official figures show.": a source of no one in particular.
_BODY_AFTER = re.compile(
    r"^(?P<words>.{12,}?),\s+(?P<who>[^,;]{2,60}?)\s+"
    r"(?:said|says|reported|reports|showed|show|shows|indicated|indicate|announced|notes|noted)"
    r"(?:\s+(?:in|on)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|readout|release|website|communique|report|post))?"
    r"(?:\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day))?\.?$"
)


def _is_body(who: str) -> bool:
    """Whether a source is a body or a set of figures ('the Cabinet's press service'), not a
    person: its last words are a body noun."""
    folded = re.sub(r"[’']s\b", "", who.strip().lower())
    folded = folded.split(" of ", 1)[0]  # 'the Cabinet of Ministers': its head noun
    return any(folded == body or folded.endswith(" " + body) for body in _BODIES)


def _is_outlet(who: str) -> bool:
    """Whether a source is a news outlet ('VNA', 'the X News Agency'): it reports."""
    plain = re.sub(r"^(?:the|a)\s+", "", who.strip().lower())
    plain = re.sub(
        r"^(?:(?:state|official)\s+)?(?:news\s+agency|newspaper|broadcaster)\s+", "", plain
    )
    return plain in _OUTLETS


def _unsourced(sentence: str) -> str:
    """The sentence without a closing source that is a body, a set of figures or an outlet."""
    found = _BODY_AFTER.match(sentence.strip())
    if found is None or not (_is_body(found.group("who")) or _is_outlet(found.group("who"))):
        return sentence
    words = found.group("words").strip()
    return words[:1].upper() + words[1:] + "."


def attributed(sentence: str) -> str:
    """'X is so, Ann Lee said.' and 'According to Ann Lee, X is so' as 'Ann Lee said X is so.';
    'X is so, according to the ministry' as 'X is so': a source that is no one in particular is
    not a fact about it, but a named speaker is."""
    for pattern in _ACCORDING_TO_NAME:
        named = pattern.match(sentence.strip())
        who = named.group("who").strip() if named is not None else ""
        if named is not None and (who.lower() in _OUTLETS or _is_body(who)):
            words = named.group("words").strip().rstrip(".")
            return words[:1].upper() + words[1:] + "."
        if named is not None:
            return f"{named.group('who')} said {_reported(named.group('words'))}."
    sentence = _unquoted(_unsourced(_outlet_aside(sentence.strip())))
    sentence = _ACCORDING.sub("", sentence)
    sentence = sentence[:1].upper() + sentence[1:]
    between = _SAID_BETWEEN.match(sentence.strip())
    if between is not None and _is_outlet(between.group("who")):
        return f"{between.group('before')} {between.group('after')}"
    if between is not None:
        words = f"{between.group('before')} {between.group('after')}"
        return f"{between.group('who')} {between.group('verb')} {_reported(words)}"
    at = _SAID_AT.match(sentence.strip())
    if at is not None:  # '…, Ann said at her meeting with Bo': what she said; that they met
        said = f"{at.group('who')} {at.group('verb')} {_reported(at.group('words'))}"
        return f"{said}; {at.group('who')} held {at.group('what')}."
    lead = _LEAD_AT.match(sentence.strip())
    if lead is not None:  # 'Ann said X during her meeting with Bo': what she said; that they met
        who = lead.group("who")
        return f"{who} {lead.group('words')}; {who} held {lead.group('what')}."
    match = _SAID_AFTER.match(sentence.strip())
    if match is None:
        return sentence
    if _is_outlet(match.group("who")):  # 'X, VNA said': the outlet reports X, nobody says it
        return match.group("words").strip() + "."
    verb = "said" if match.group("verb").startswith("told") else match.group("verb")
    return f"{match.group('who')} {verb} {_reported(match.group('words'))}."


#: "'X is so,' Ann Lee said.": the words in quotation marks, then who said them.
_QUOTED = re.compile(
    rf"^[\"“‘'](?P<words>[^\"“”]{{12,}}?)[,.!]?[\"”’']\s*,?\s+(?P<rest>{_WHO}\s+(?:{_VERB})\.?)$"
)


def _unquoted(sentence: str) -> str:
    """ "'X is so,' Ann said." written "X is so, Ann said.", the shape the speaker is read in."""
    found = _QUOTED.match(sentence)
    if found is None:
        return sentence
    return f"{found.group('words').strip()}, {found.group('rest')}"


#: "X, according to VNA, is Y": a source between commas in mid-sentence.
_ASIDE = re.compile(r",\s+according\s+to\s+(?P<who>[^,;]{2,60}),\s+")


def _outlet_aside(sentence: str) -> str:
    """The sentence without a news outlet named between commas as its source."""
    found = _ASIDE.search(sentence)
    if found is None or found.group("who").strip().lower() not in _OUTLETS:
        return sentence
    return f"{sentence[: found.start()]} {sentence[found.end() :]}"


def _reported(words: str) -> str:
    """The words reported, as they read after 'said': 'The talks…' → 'the talks…'."""
    first, _, rest = words.partition(" ")
    return f"{first.lower()} {rest}" if first in COMMON_OPENERS else words


def meetings_by_source(events: Iterable[Event]) -> dict[tuple[str, str], list[Event]]:
    """The meetings each article reports (at a meeting people are spoken to; a letter's sender
    is not), by article and participant, so a statement is compared with the meetings its own
    article reports its speaker at, not with every event."""
    found: dict[tuple[str, str], list[Event]] = {}
    for event in events:
        if event.kind in _MEETINGS:
            for source in dict.fromkeys(item.source for item in event.evidence):
                for participant in dict.fromkeys(event.participants):
                    found.setdefault((source, participant), []).append(event)
    return found


def one_round(events: Iterable[Event]) -> dict[str, frozenset[str]]:
    """The people of each article whose meetings all had the same people (the two sides of one
    round of talks): who 'both sides' are in what the article says was agreed."""
    groups: dict[str, set[frozenset[str]]] = {}
    for event in events:
        if event.kind in _MEETINGS:
            for source in {item.source for item in event.evidence}:
                groups.setdefault(source, set()).add(frozenset(event.participants))
    return {source: next(iter(sets)) for source, sets in groups.items() if len(sets) == 1}


def listeners(meetings: Mapping[tuple[str, str], Sequence[Event]], record: Record) -> set[str]:
    """Everyone at the meetings the article of a statement reports its speakers at: whom the
    speaker spoke to ('his counterpart') may be named in a claim about what was said."""
    speakers = set(getattr(record, "speakers", ()))
    if not isinstance(record, Statement) or not speakers:
        return set()
    one = min(speakers)  # a meeting all the speakers were at is one each of them was at
    found: set[str] = set()
    for source in {item.source for item in record.evidence}:
        for event in meetings.get((source, one), ()):
            if speakers <= set(event.participants):
                found |= set(event.participants)
    return found - speakers


def spoken_to(folded: str, forms: Iterable[str]) -> bool:
    """Whether a claim names a listener only as one spoken to, not as one who spoke with the
    speakers ('Ann and Bo agreed'): the name is not first and not joined by 'and' or 'with'."""
    for form in forms:
        at = folded.find(form)
        if at < 0:
            continue
        before = folded[:at].rstrip()
        after = folded[at + len(form) :].lstrip()
        if not before or re.search(r"(?:\band|\bwith|,|&)$", before) or after.startswith("and "):
            return False
        if re.search(r"\b(?:described|hailed|termed|dubbed|called|named|praised)$", before):
            return False  # 'Ann called Bo a friend': Bo is what is described, not a listener
    return True


#: "Ann Lee said …", "Ann told Bo …": who is named as saying the words, before them.
_SAYER_FIRST = re.compile(
    r"^(?P<who>(?:[\w’'.-]+\s+){1,6}?)(?:said|says|noted|stressed|affirmed|acknowledged|added"
    r"|stated|declared|described|told|hailed|called)\b"
)


def named_sayer(folded: str) -> str | None:
    """The words before a reporting verb that opens a claim ('ann lee said …'), where the one
    who said it is named; None when the claim does not open so."""
    match = _SAYER_FIRST.match(folded)
    return match.group("who") if match else None


def said_by_another(sayers: set[str], statement: Statement, named: set[str]) -> bool:
    """Whether a statement gives its words to others than the people a claim names as saying
    them: its speakers are others, or it has none and its own text (whose people are `named`)
    names none of them; the people of its quotes may be whom it is about ('his visit was
    described as …')."""
    if not sayers:
        return False
    return not sayers & (set(statement.speakers) or named)


#: "Ann said Utopia always treasures …": the speaker, the verb and the reported subject.
_SAID_SUBJECT = re.compile(
    r"^(.*?\b(?:said|says|noted|stressed|affirmed|added|stated)\s+(?:that\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){1,4}?)(?:always\s+|also\s+|still\s+)?[a-z]{3,}s\b"
)


def reported_subject(clause: str) -> str | None:
    """The words of a reported clause up to its verb ('Ann said Utopia'), whose subject a second
    verb joined by 'and' shares; None when the clause reports no one's words."""
    match = _SAID_SUBJECT.match(clause)
    return match.group(1).strip() if match else None


def said_at(sentence: str) -> bool:
    """Whether a sentence closes with its speaker and the meeting the words were said at."""
    return any(pattern.match(sentence.strip()) for pattern in (_SAID_AT, _LEAD_AT))
