"""A sentence that opens with a participle phrase ('Speaking by phone with Bo on May 2, Ann
affirmed …', 'Made at Bo's invitation, the visit took place …') states two facts: the main
clause, and the phrase said of the main clause's subject ('Ann spoke by phone with Bo on May 2',
'The visit was made at Bo's invitation'). Each is checked on its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from kgvn.check.lexicon import load

_WORDS = load("words")
_IRREGULAR: dict[str, str] = _WORDS.get("participles", {})
_PREPOSITIONS = frozenset(_WORDS.get("prepositional_participles", []))
_PAST = frozenset(_WORDS.get("verbs", []))
#: 'Speaking by phone with Bo on May 2, Ann …': the phrase, then its comma, then the clause.
_OPENING = re.compile(r"^(?P<word>[A-Z][a-z]{2,})\s+(?P<rest>[^,;]{3,90}),\s+(?P<main>\S.+)$")


def _past(word: str) -> str | None:
    """The simple past of a present participle ('hosting' → 'hosted'), or None."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not word.endswith("ing") or len(word) < 6:
        return None
    root = word[:-3]
    if len(root) > 2 and root[-1] == root[-2] and root[-1] not in "ls":
        root = root[:-1]  # 'shipping' → 'ship'
    return root + ("d" if root.endswith("e") else "ed")


def past_of(word: str) -> str | None:
    """The simple past of a present participle that is no preposition ('speaking' → 'spoke'),
    or None."""
    return None if word.lower() in _PREPOSITIONS else _past(word.lower())


#: The names that open a main clause: its subject ('Ann Lee ships …').
_NAMED_SUBJECT = re.compile(r"^((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+[a-z]+")


def participle_said(clause: str, main: str) -> str:
    """'(…, while) buying X from Y': the participle said in the past, of the main clause's
    named subject ('Ann bought X from Y'); alone, 'buying X' could be said of anyone. The
    clause as it is when the subject is not a name or the clause opens with no participle."""
    word, _, rest = clause.partition(" ")
    past = past_of(word) if word.islower() else None
    subject = _NAMED_SUBJECT.match(main)
    if subject is None or subject.group(1) in ("The", "A", "An", "It", "They") or not past:
        return clause
    return f"{subject.group(1)} {past} {rest}" if rest else clause


def leading_participle(body: str, subject_of: Callable[[str], str]) -> list[str] | None:
    """[the main clause, the opening phrase said of its subject], or None when the sentence does
    not open with a participle phrase whose subject the main clause names."""
    match = _OPENING.match(body)
    if match is None:
        return None
    word = match.group("word").lower()
    if word in _PREPOSITIONS:
        return None
    main = match.group("main")
    subject = subject_of(main)
    if not subject or len(subject.split()) > 8:
        return None
    if word == "having":  # 'Having signed X, Ann …': Ann signed X (before the main clause)
        rest = re.sub(r"^been\s+", "was ", match.group("rest"))
        fact = f"{subject} {rest}"
    elif word.endswith("ing"):
        past = _past(word)
        if past is None:
            return None
        fact = f"{subject} {past} {match.group('rest')}"
    elif word.endswith("ed") or word in _PAST:
        fact = f"{subject} was {word} {match.group('rest')}"
    else:
        return None
    fact = fact[:1].upper() + fact[1:]
    return [main[:1].upper() + main[1:], fact]


_SETTINGS = sorted(_WORDS.get("context_events", []), key=len, reverse=True)
#: 'During talks in Utopolis on May 2, X and Y agreed …': a meeting as the sentence's setting.
_SETTING = re.compile(
    r"^(?:During|At|In)\s+(?P<what>(?:(?:the|their|that|this|a|an|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(re.escape(noun) for noun in _SETTINGS) or '(?!)'}))\b"
    # with no comma, the main clause opens with its subject ('During that call the two …')
    r"(?:(?P<rest>[^,;]*),|(?=\s+(?:the\s+(?:two|[A-Z])|both\s|[A-Z])))\s+"
    r"(?P<main>\S.+)$"
)


def setting_of(body: str) -> str | None:
    """The meeting a sentence opens with ('During the talks, …': 'the talks'), or None."""
    match = _SETTING.match(body.strip())
    return match["what"] if match is not None else None


def opening_setting(body: str, subject_of: Callable[[str], str]) -> list[str] | None:
    """[the main clause, the meeting it opens with held by the main clause's subject], or None
    when the sentence opens with no meeting or its subject is not named."""
    match = _SETTING.match(body)
    if match is None:
        return _visit_setting(body, subject_of) or _owned_visit(body)
    rest = match.group("rest") or ""
    said = re.sub(r"^(?:the|their|that|this|a|an|his|her)\s+", "", match.group("what")) + rest
    if not re.search(r"\d|\b[A-Z]", said):
        return None  # no date or place ('the 17 February call' has one): nothing to check alone
    main = match.group("main")
    subject = subject_of(main)
    if not subject or len(subject.split()) > 16:  # two titled names with three-word given names
        return None
    meeting = f"{subject} held {match.group('what')}{rest}"
    return [main[:1].upper() + main[1:], meeting[:1].upper() + meeting[1:]]


def bare_setting(body: str, subject_of: Callable[[str], str]) -> list[str] | None:
    """'At the talks, Ann accepted …': [the main clause, Ann holding the talks], when the meeting
    is named by 'the' alone. Read whole, the clause was compared with the meeting's record,
    which never holds what was said or done at it; split, each part finds its own record."""
    match = _SETTING.match(body)
    if match is None or (match["rest"] or "").strip() or not re.match(r"the\s+\w+$", match["what"]):
        return None
    main = match.group("main")
    subject = subject_of(main)
    if not subject or len(subject.split()) > 16:
        return None
    return [main[:1].upper() + main[1:], f"{subject} held {match.group('what')}"]


_EVENT_NOUNS = "|".join(sorted(_WORDS.get("event_nouns", {}), key=len, reverse=True)) or "(?!)"
#: 'During his 2023 visit to Utopia, Ann met …': the visit the main clause's subject made.
_VISIT_SETTING = re.compile(
    r"^(?:During|On|In\s+the\s+course\s+of)\s+(?:his|her|their)\s+(?P<year>\d{4}\s+)?"
    r"(?P<nth>(?:first|second|third|fourth|fifth|maiden)\s+)?"
    rf"(?:{_EVENT_NOUNS})\s+to\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
    r"(?P<rest>(?:\s+(?:in|on)\s+[^,;]*?\d[^,;]*?)?),\s+(?P<main>\S.+)$"
)


def _visit_setting(body: str, subject_of: Callable[[str], str]) -> list[str] | None:
    """[the main clause, the visit it opens with made by the main clause's subject (the how
    many-th, when said), or None."""
    match = _VISIT_SETTING.match(body)
    if match is None:
        return None
    main = match.group("main")
    subject = subject_of(main)
    if not subject or len(subject.split()) > 8 or not re.match(r"[A-Z]", subject):
        return None
    year = match.group("year")
    when = f" in {year.strip()}" if year else match.group("rest")
    nth = (match.group("nth") or "").strip().replace("maiden", "first")
    again = f" for the {nth} time" if nth else ""  # 'On his first trip to Y, …'
    visit = f"{subject} visited {match.group('place')}{when}{again}"
    return [main[:1].upper() + main[1:], visit]


#: "Ann's 2009 trip to Utopia (for talks) included a meeting with Bo": the visit, then what was
#: done in it, a meeting Ann held, or a thing the visit included.
_OWNED_VISIT = re.compile(
    r"^(?P<owner>(?:[A-Z][\w’'-]*\s+){0,6}?[A-Z][\w’'-]*)['’]s\s+(?P<visit>(?:\d{4}\s+)?"
    rf"(?:(?:first|official|state|working|maiden)\s+)?(?:{_EVENT_NOUNS})\s+to\s+[A-Z][^,;]*?)\s+"
    r"(?:included|featured|involved)\s+(?P<what>\S[^,;]*)$"
)


def _owned_visit(body: str) -> list[str] | None:
    """[the visit, what was done in it] for "Ann's trip to Utopia included talks with Bo"."""
    match = _OWNED_VISIT.match(body)
    if match is None:
        return None
    owner, what = match.group("owner"), match.group("what")
    visit = f"{owner}'s {match.group('visit')} took place"
    if re.match(r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:talks|meetings?|consultations)\b", what):
        return [visit, f"{owner} held {what}"]
    return [visit, f"The visit included {what}"]


#: 'At Bo's invitation, Ann visited …', 'At the invitation of Bo, …': said after the clause.
_INVITATION = re.compile(
    r"^(?P<phrase>At\s+[^,;]{2,60}?invitation(?:\s+of\s+[^,;]{2,60})?),\s+(?P<main>\S.+?)"
    r"(?P<end>[.!?]?)$"
)


def fronted_invitation(sentence: str) -> str:
    """The sentence with an opening 'At X's invitation' put after its clause, where the readers
    of invitations look for it; unchanged when it opens otherwise."""
    match = _INVITATION.match(sentence.strip())
    if match is None:
        return sentence
    main, phrase = match.group("main"), match.group("phrase")
    return f"{main[:1].upper()}{main[1:]} {phrase[:1].lower()}{phrase[1:]}{match.group('end')}"


#: 'Utopia was urged by Ann to back …': the asking verbs whose passive names its doer after 'by'.
_PASSIVE_ASK = re.compile(
    r"^(?P<whom>[A-Z][^,;]{1,60}?)\s+(?:was|were|had been|has been|have been)\s+"
    r"(?P<verb>urged|asked|called on|encouraged|requested|invited)\s+by\s+"
    r"(?P<who>[A-Z][\w’'. -]{1,60}?)\s+to\s+(?P<rest>\S.+)$"
)


def active_voice(sentence: str) -> str:
    """'Utopia was urged by Ann to back X' as 'Ann urged Utopia to back X', the way the records
    say who asked whom; unchanged when it is not such a passive."""
    match = _PASSIVE_ASK.match(sentence.strip())
    if match is None:
        return sentence
    whom = match.group("whom")
    return f"{match.group('who')} {match.group('verb')} {whom} to {match.group('rest')}"
