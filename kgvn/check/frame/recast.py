"""Claims put in a form whose roles or order the checker reads only the other way round.

* "A was B's guest", "A was the guest of B": B hosted A. Read as it stands, the two people sit
  beside the event's record and 'guest' is an ordinary word, so the roles went unchecked and a
  guest put in the host's place was called supported.
* "A preceded B", "A predated B": A took place before B; "A followed B": after it. The order
  between two records is then decided by their dates (`order`).
* "X was invited (to P) by Y", "greetings were conveyed to X by Y", "the invitation was declined
  by Y", "X was welcomed by Y" (any one-way act of the lexicon): said actively (Y invited X to
  P), so the doer is read as the doer.
* "A received an invitation from B to visit P": B invited A to visit P; "A called on B" (a
  courtesy call): B received A.
* "It was on June 4 that X happened": X happened on June 4. "P received a visit from X in 2023":
  X visited P in 2023.
* "Brought Bo greetings from X": brought greetings from X to Bo, the receiver in its place.
* "X was in P on DATE": X visited P on DATE; "X received a letter from Y": X was handed it.
* "Has (never) been to X": has (never) visited X, the verb the records of visits are read by;
  "set up ties" is "established ties", the verb the records of relations are read by.

Anything else is returned as it was. And `refusal`: "failed to sign", "refused to sign" say
at least "did not sign", so the record of the signing contradicts them; they say more than it
(a refusal), so that reading may contradict a claim, never support it.
"""

from __future__ import annotations

import re

from kgvn.check.frame.afterwhich import then_said
from kgvn.check.frame.asides import (
    along_with,
    concessive,
    levels_after_change,
    naming_dropped,
    purpose,
    short_of,
)
from kgvn.check.frame.waited import waited
from kgvn.check.lexicon import PLACES, load
from kgvn.claim_patterns import MONTH_PATTERN
from kgvn.text import fold

_NAME = r"[A-Z][^,;]*?"
#: "A was B's guest at …"
_POSSESSIVE_GUEST = re.compile(
    rf"^(?P<a>{_NAME})\s+(?:was|were|is|are)\s+(?P<b>{_NAME})['’]s?\s+guests?\b(?P<rest>.*)$"
)
#: "A was the guest of B at …"
_GUEST_OF = re.compile(
    rf"^(?P<a>{_NAME})\s+(?:was|were|is|are)\s+(?:the\s+|a\s+)?guests?\s+of\s+(?P<b>{_NAME})"
    r"(?P<rest>(?:\s+(?:at|in|on|during|for)\b|[.,]).*|)$"
)
#: "A preceded B" / "A followed B": an order said with the verb ("ties followed on June 4" or
#: "some months later" says when, not what came first).
_ORDER_VERB = re.compile(
    r"^(?P<a>.{8,}?)\s+(?P<verb>preceded|predated|came before|followed|came after|postdated)\s+"
    r"(?!(?:on|in|at|by|within|during|some|about|around|nearly|almost|shortly|soon|just|only|\d)\b)"
    r"(?P<b>.{8,})$"
)
_BEFORE = frozenset({"preceded", "predated", "came before"})
#: "A was preceded by B": B came first, said in the passive.
_ORDER_PASSIVE = re.compile(
    r"^(?P<a>[^,;]{8,}?)\s+(?:was|were|is|are|had been|has been|have been)\s+"
    r"(?P<verb>preceded|followed)\s+by\s+(?P<b>[^,;]{8,}?)[.!?]?$"
)


#: "had never been to", "has been to": a visit said without the verb.
_BEEN_TO = re.compile(
    r"\b(?P<aux>has|have|had)\s+(?P<adv>(?:never|not|ever|once|already|previously)\s+)?been\s+to\b"
)


#: "Ann, who was in Utopia on May 2-3, …", "Ann was in Utopia from 2 May", "… in Utopia in 2014": a
#: person present in a named place at a given time, which the records of visits say with the verb.
_PRESENT_IN = re.compile(
    r"(?P<who>\b(?:who|[A-Z][\w’'-]*))\s+(?:was|were)\s+in\s+"
    r"(?=(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*\s+(?:(?:on|from|between)\s+"
    rf"(?:(?:{MONTH_PATTERN})\.?\s+\d|\d{{1,2}}\s+(?:{MONTH_PATTERN}))"
    rf"|in\s+(?:(?:{MONTH_PATTERN})\.?\s+)?\d{{4}}\b))"
)


_MESSAGES = "|".join(sorted(load("words")["message_nouns"], key=len, reverse=True)) or "(?!)"
#: "A received a letter from B": A was handed it, the converse of the record's delivery.
_RECEIVED_MESSAGE = re.compile(
    rf"\b(?:received|got)\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{_MESSAGES})\s+from\s+[A-Z])"
)


#: "set up diplomatic ties", "formally set up relations".
_SET_UP_TIES = re.compile(r"\bset\s+up\s+(?P<what>(?:diplomatic\s+)?(?:ties|relations))\b")


#: Acts one side does to the other (the lexicon's `one_way_verbs`: host and guest, sender and
#: receiver), whose passive must be said actively for the doer to be read as the doer.
_ONE_WAY = "|".join(
    re.escape(stem) for stem in sorted(load("words")["one_way_verbs"], key=len, reverse=True)
)
#: "A was invited to P by B": an act said in the passive, with its doer after "by".
_PASSIVE = re.compile(
    r"^(?P<obj>[A-Z][^,;]*?)\s+(?:was|were|has been|have been|had been)\s+"
    r"(?P<verb>invited|declined|rejected|turned down|accepted"
    rf"|(?:{_ONE_WAY})[a-z]*?ed(?: on| over)?)"
    r"(?P<mid>\s+to\s+[^,;]+?)?\s+by\s+(?P<agent>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
    r"(?P<rest>\s+[a-z][^,;]*?)?(?P<end>[,;].*?)?[.!?]?$"
)
#: Passives said actively before anything else; another one-way act's is only tried
#: (`one_way_passive`), since the roles read its doer after "by" as it stands.
_TRUSTED = frozenset({"declined", "rejected", "turned down", "accepted"})
#: Words that open a passive's subject and are not names: written small once it is the object.
_COMMON_HEAD = re.compile(
    r"(?:The|A|An|His|Her|Their|Its|Greetings|Best|Warm|Letters?|Invitations?|Messages?|"
    r"Proposals?|Wishes)\b"
)
#: "It was on June 4, 1992, that X …": a date put first for weight.
_CLEFT = re.compile(r"^It was (?P<when>(?:on|in) [^;]+?),? that (?P<clause>.+?)[.!?]?$")
#: "It was X who signed …": a doer put first for weight.
_CLEFT_WHO = re.compile(r"^It (?:was|is) (?P<who>[A-Z][^,;]*?),? who (?P<clause>[a-z].+?)[.!?]?$")
#: "… predated Ann Lee's": the thing compared left out after a possessive.
_BARE_POSSESSIVE = re.compile(r"^(?P<owner>.+?['’]s?)$")
_POSSESSED = re.compile(r"^.+?['’]s?\s+(?P<thing>[a-z][^,;]*)$")
#: "The declaration dates from 31 August 1991": when a thing happened, said with 'dates'.
_DATES_FROM = re.compile(
    r"\bdat(?:e|es|ed) (?:back )?(?:from|to) (?:(?P<year>\d{4}\b)|(?=\d|[A-Z]))"
)
#: "A received an invitation from B to visit P": B invited A to visit P.
_INVITATION_FROM = re.compile(
    r"^(?P<a>[A-Z][^,;]*?)\s+(?:received|receives|got|gets|was\s+given)\s+an?\s+"
    r"(?:(?:official|formal|written)\s+)?invitation\s+from\s+(?P<b>[A-Z][^,;]*?)\s+"
    r"(?P<rest>to\s+(?:visit|pay)\b.*)$"
)
#: "A called on B", "A paid a courtesy call on B": a guest's visit to a host, B received A; not
#: "A called on B to act", which urges.
_CALLED_ON = re.compile(
    r"^(?P<a>[A-Z][^,;]*?)\s+(?:paid\s+a\s+courtesy\s+(?:call|visit)\s+(?:on|to)|called\s+on)\s+"
    r"(?P<b>[A-Z][^,;]*?)(?P<rest>\s+(?:in|on|at|during)\s[^;]*?)?[.!?]?$"
)
#: "(A country) received a visit from X in 2023".
_VISIT_FROM = re.compile(
    r"^(?P<place>[A-Z][^,;]*?)\s+(?:received|hosted|welcomed)\s+a\s+(?:\w+\s+)?visit\s+"
    r"(?:from|by)\s+(?P<who>[^,;]+?)(?P<rest>\s+(?:in|on)\s[^,;]*)?[.!?]?$"
)


def _said(passive: re.Match[str]) -> str:
    """A passive matched by `_PASSIVE` said actively: its doer first."""
    obj = passive["obj"]
    if _COMMON_HEAD.match(obj):
        obj = obj[:1].lower() + obj[1:]
    rest = f"{passive['mid'] or ''}{passive['rest'] or ''}{passive['end'] or ''}"
    return f"{passive['agent']} {passive['verb']} {obj}{rest}.".replace("..", ".")


def _active(sentence: str) -> str:
    """The sentence with an act in the passive, a cleft date or a visit received said plainly."""
    body = sentence.strip()
    passive = _PASSIVE.match(body)
    if passive is not None and passive["verb"] in _TRUSTED:
        return _said(passive)
    cleft = _CLEFT.match(body)
    if cleft is not None:
        clause = cleft["clause"]
        return f"{clause[:1].upper()}{clause[1:]} {cleft['when'].rstrip(',')}."
    who = _CLEFT_WHO.match(body)
    if who is not None:
        return f"{who['who']} {who['clause']}."
    invited = _INVITATION_FROM.match(body)
    if invited is not None:
        return f"{invited['b']} invited {invited['a']} {invited['rest']}"
    called = _CALLED_ON.match(body)
    if called is not None and not re.search(r"\bto\s+[a-z]+", body[called.start("b") :]):
        return f"{called['b']} received {called['a']}{(called['rest'] or '').rstrip('.')}."
    visit = _VISIT_FROM.match(body)
    hosted = _HOSTED_GUEST.match(body)
    visit = visit or (hosted if hosted is not None and _a_country(hosted["place"]) else None)
    if visit is not None:
        return f"{visit['who']} visited {visit['place']}{(visit['rest'] or '').rstrip('.')}."
    return sentence


#: "(A country) hosted (a named guest) in 2014": the guest visited it then.
_HOSTED_GUEST = re.compile(
    r"^(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:hosted|received|welcomed)\s+"
    r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,6}[A-Z][\w’'-]*)"
    r"(?P<rest>\s+(?:in|on)\s+(?:\d|[A-Z])[^,;]*)[.!?]?$"
)


def _a_country(place: str) -> bool:
    """Whether words name a country or a capital outright (not a person who hosted someone)."""
    return PLACES.code_of(place, "names", "capitals") is not None and fold(place) in (
        PLACES.all_forms("names", "capitals")
    )


#: "brought To Lam greetings from Japarov": the one who receives named before the thing.
_DATIVE = re.compile(
    r"\b(?P<verb>brought|gave|handed|sent|passed|conveyed|delivered|extended)\s+"
    r"(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?P<what>(?:(?:a|an|the|his|her|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:greetings|wishes|letter|message|invitation|regards)\b[^,;.!?]*)"
)


#: "A sent greetings to B through C": C carried them, as the records of a message conveyed say.
_SENT_THROUGH = re.compile(
    r"^(?P<a>[A-Z][^,;]*?)(?:,\s+who\s+(?P<aside>[^,;]+),)?\s+(?:sent|send|sends|extended|passed)\s+(?P<what>(?:(?:a|an|the|his|her|"
    r"their)\s+)?(?:[\w-]+\s+){0,2}?(?:greetings|wishes|regards|letter|message)\b(?:\s+and\s+"
    r"(?:[\w-]+\s+){0,2}?(?:greetings|wishes|regards))?)\s+to\s+(?P<b>[A-Z][^,;]*?)\s+"
    r"(?:through|via|by way of)\s+(?P<c>[A-Z][^,;]*?)(?P<rest>\s+(?:on|in|during|at)\s[^;]*?)?"
    r"[.!?]?$"
)


def _sent_through(sentence: str) -> str:
    """'A sent his greetings to B through C' as 'C conveyed greetings from A to B'; what a
    'who' clause says of A, a clause of its own."""
    match = _SENT_THROUGH.match(sentence.strip())
    if match is None:
        return sentence
    what = re.sub(r"^(?:his|her|their)\s+", "", match["what"])
    rest = (match["rest"] or "").rstrip(".")
    aside = f"; {match['a']} {match['aside']}" if match["aside"] else ""  # 'A, who …,'
    return f"{match['c']} conveyed {what} from {match['a']} to {match['b']}{rest}{aside}."


#: "…, a step it took unilaterally": how the act was done, said of the act ("… unilaterally");
#: split off alone, "a step it took mutually" would be read against any record of something mutual.
_STEP_TAKEN = re.compile(
    r",\s+(?:in\s+)?an?\s+(?:step|move|decision|measure)\s+(?:that\s+)?"
    r"(?:(?:it|they|he|she)\s+(?:took|made|adopted|had\s+taken)|(?:was\s+)?(?:taken|made|adopted))"
    r"(?P<how>\s+(?:[^,;]|,\s*\d{4})+?)(?=[.!?]?$)"  # "on May 2, 2020": a date's comma
)


#: "A, B and C were among the goods on the lists": the set, then what it includes. Never a rank
#: or a qualified set ('among the few', 'among the first', 'among the largest').
_AMONG = re.compile(
    r"^(?P<items>[A-Z][^;]*?)\s+(?:were|are|was|is)\s+among\s+the\s+"
    r"(?P<set>(?!(?:few|first|only|top|last|main|key|biggest|largest|leading|very)\b|\w+est\b)"
    r"[a-z][a-z-]*s\b[^;]*?)\s*[.!?]?$"
)


def recast(sentence: str) -> str:
    """The sentence in the form the checker reads, or the sentence itself."""
    sentence = naming_dropped(sentence)  # ', which Utopia calls the Eastern Sea,': a name
    sentence = concessive(purpose(short_of(levels_after_change(then_said(waited(sentence))))))
    sentence = along_with(_sent_through(sentence))
    sentence = _DATIVE.sub(
        lambda match: f"{match['verb']} {match['what'].rstrip()} to {match['who']}", sentence
    )
    sentence = _active(_STEP_TAKEN.sub(r"\g<how>", declined(sentence)))
    visited = _BEEN_TO.sub(lambda match: f"{match['aux']} {match['adv'] or ''}visited", sentence)
    visited = _DATES_FROM.sub(
        lambda match: f"came in {match['year']}" if match["year"] else "came on ", visited
    )
    visited = _SET_UP_TIES.sub(lambda match: f"established {match['what']}", visited)
    visited = _PRESENT_IN.sub(lambda match: f"{match['who']} visited ", visited)
    visited = _RECEIVED_MESSAGE.sub("was handed ", visited)
    body = visited.strip()
    for pattern in (_POSSESSIVE_GUEST, _GUEST_OF):
        match = pattern.match(body)
        if match is not None:
            return f"{match.group('b')} hosted {match.group('a')}{match.group('rest')}"
    passive = _ORDER_PASSIVE.match(body)
    if passive is not None and not re.search(r"\b(?:and|but)$", passive["a"]):  # a 2nd clause's
        rel = "before" if passive["verb"] == "preceded" else "after"
        later = passive["a"]
        if re.match(r"(?:The|A|An)\s", later):
            later = later[:1].lower() + later[1:]
        return f"{passive['b'][:1].upper()}{passive['b'][1:]} took place {rel} {later}"
    match = _ORDER_VERB.match(body)
    if match is not None:
        rel = "before" if match.group("verb") in _BEFORE else "after"
        return f"{match.group('a')} took place {rel} {_completed(match.group('a'), match['b'])}"
    among = _AMONG.match(body)
    if among is not None:  # 'A and B were among the goods X': the goods X include A and B
        items = among["items"]
        items = (
            items
            if re.match(r"[A-Z][a-z]*[A-Z]|[A-Z]{2}", items)
            else items[:1].lower() + items[1:]
        )
        return f"The {among['set']} include {items}."
    return visited


def _completed(first: str, second: str) -> str:
    """'Ann's visit … predated Bo's': Bo's visit, the thing the first side names after its
    possessive; anything else as it was."""
    bare = _BARE_POSSESSIVE.match(second.strip().rstrip(".!?"))
    thing = _POSSESSED.match(first.strip())
    if bare is None or thing is None:
        return second
    return f"{bare['owner']} {thing['thing']}"


#: "…invited Bo …, and Bo gladly declined", "… - invitation declined", "…, an invitation Bo
#: declined": a refusal of the invitation just named, with no object of its own.
_DECLINED = re.compile(
    r"(?P<joint>,?\s+(?:and|but)\s+|\s+[-–—:]\s+|,\s+)"
    r"(?:(?:an?|the)\s+invitation\s+(?:that\s+|which\s+)?(?=[A-Z]|the\s|he\s|she\s))?(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    r"|(?:he|she|they)|the\s+[A-Za-z]+(?:\s+(?![a-z]+ly\b)[A-Za-z]+){0,2}|(?:the\s+)?invitation\s+(?:was\s+)?)"
    r"\s*(?:\w+ly\s+)?(?:declined|refused|rejected|turned\s+(?:it\s+)?down)"
    r"(?:\s+(?:it|the\s+invitation))?(?:\s+with\s+\w+)?\s*(?P<end>[.!?]?)$",
)
#: The one invited: the object of the sentence's "invite".
_INVITEE = re.compile(r"\binvit(?:es|ed|e)\s+(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})")


def declined(sentence: str) -> str:
    """'A invited B to P, and B declined' as '…, and B did not accept the invitation'; the
    invitation declined with no one named is the invitee's refusal."""
    invitee = _INVITEE.search(sentence)
    match = _DECLINED.search(sentence)
    if invitee is None or match is None or match.start() < invitee.end():
        return sentence
    who = match["who"].strip()
    if re.match(r"(?:the\s+)?invitation\b", who):
        who = invitee["who"]
    return f"{sentence[: match.start()]}, and {who} did not accept the invitation{match['end']}"


#: "failed to sign", "refused to accept": at least a denial of the act.
_REFUSED = re.compile(
    r"\b(?:failed|refused|declined|chose not|neglected)\s+to\s+"
    r"(?P<verb>sign|accept|attend|meet|visit|receive|host|hold|support|approve|endorse)\b",
    re.IGNORECASE,
)


def refusal(sentence: str) -> str | None:
    """'They failed to sign X' as 'They did not sign X', or None for any other sentence."""
    if _REFUSED.search(sentence) is None:
        return None
    return _REFUSED.sub(lambda match: f"did not {match['verb']}", sentence)


def one_way_passive(sentence: str) -> str | None:
    """'A was welcomed by B at …' as 'B welcomed A at …', or None: tried when the sentence as
    written decides nothing ('A's delegation was welcomed by B on behalf of …')."""
    passive = _PASSIVE.match(sentence.strip())
    if passive is None or passive["verb"] in _TRUSTED or passive["verb"] == "invited":
        return None
    return _said(passive)


def passive_invitation(sentence: str) -> tuple[str, str] | None:
    """'A was invited to P by B': the sentence said actively, and B, or None. Unlike the other
    passives it is tried, not trusted: the record may hold the invitation only as the visit's."""
    passive = _PASSIVE.match(sentence.strip())
    if passive is None or passive["verb"] != "invited":
        return None
    rest = f"{passive['mid'] or ''}{passive['rest'] or ''}{passive['end'] or ''}"
    return f"{passive['agent']} invited {passive['obj']}{rest}.".replace("..", "."), passive[
        "agent"
    ]


#: "B invited A to P", "B invited A to visit P": an invitation to a visit the record may hold.
_INVITED_TO = re.compile(
    r"^(?P<agent>(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+invited\s+"
    r"(?P<guest>(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+to\s+"
    r"(?:(?:pay\s+(?:an?\s+)?(?:official\s+|state\s+|working\s+)?visit\s+to|visit)\s+)?"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)(?P<rest>[^,;]*?)[.!?]?$"
)


#: "… to visit again", "… for a second visit": an invitation to another visit than the one made.
_ANOTHER_VISIT = re.compile(
    r"\b(?:again|once more|return|next|future|another|second|later|soon|someday|one day)\b"
)


def invitation_as_visit(sentence: str) -> str | None:
    """'B invited A to P' as 'A visited P at the invitation of B', or None. Tried, not trusted:
    the visit may be still to come, so only a record of that visit made at another's invitation
    decides it (`verdict`)."""
    body = passive_invitation(sentence)
    match = _INVITED_TO.match((body[0] if body else sentence).strip())
    if match is None or _ANOTHER_VISIT.search(match["rest"]):
        return None
    rest = match["rest"].strip()
    tail = f" {rest}" if rest else ""
    return f"{match['guest']} visited {match['place']} at the invitation of {match['agent']}{tail}."
