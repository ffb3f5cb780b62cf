"""Verbs of speaking read the way records are:

* 'A spoke with B', 'A talked two days before B arrived': talks held, said with a verb of
  speaking (lexicon `talk_event_verbs`), read as 'held talks', the words records of talks and
  phone calls are read by. Only where the verb is the event (before 'with', 'by phone', or a
  time measured before or after something); 'spoke of', 'spoke highly', 'talked about' are
  what was said, and stay as written.
* 'A called trade substantial', 'A described ties as warm': A said trade is substantial, a
  judgement whose word has opposites in the lexicon (`antonyms`), so 'called' is not read as a
  phone call and the record's 'modest' can answer it.
"""

from __future__ import annotations

import re
from functools import cache

from kgvn.check.lexicon import antonyms_of, load

#: What follows a verb of speaking that makes it the event: 'with B', 'by phone', 'over the
#: phone', or a measured time before or after another event.
_EVENT_AFTER = (
    r"(?=\s+(?:with\b|by\s+(?:tele)?phone\b|over\s+the\s+(?:tele)?phone\b"
    r"|(?:just\s+|only\s+|some\s+|about\s+)?(?:[\w-]+\s+){1,2}"
    r"(?:days?|weeks?|months?|years?)\s+(?:before|after|ahead\s+of|prior\s+to)\b))"
)


@cache
def _pattern() -> re.Pattern[str]:
    verbs = sorted(load("words")["talk_event_verbs"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(verb) for verb in verbs)})\b{_EVENT_AFTER}")


def talks_said(sentence: str) -> str:
    """The sentence with a verb of speaking that is the event written 'held talks'."""
    return _pattern().sub("held talks", sentence)


#: Words that may follow the judgement ('modest relative to …', 'warm and friendly').
_AFTER_JUDGEMENT = frozenset(
    {"and", "or", "but", "relative", "compared", "given", "in", "for", "to", "by", "with", "at"}
    | {"amid", "despite", "because", "since", "as", "than", "overall", "so", "far"}
)
_JUDGED = re.compile(r"\b(?:called|termed|described|deemed)\s+(?P<rest>.+)$")


def judgement_said(sentence: str) -> str:
    """'A called B <judgement>' (or 'described B as …') written 'A said B is <judgement>'."""
    found = _JUDGED.search(sentence)
    if found is None:
        return sentence
    words = found.group("rest").split(" ")
    # 'described B as …': the judgement comes after 'as', never among B's own words
    as_at = next((i for i, item in enumerate(words[:6]) if item.lower() == "as"), 0)
    for at in range(as_at + 1 if as_at else 1, min(len(words), 6 + as_at)):
        word = re.sub(r"[^\w-]", "", words[at]).lower()
        if not word or not antonyms_of(word):
            continue
        after = words[at + 1].lower() if at + 1 < len(words) else ""
        if after and word == words[at].lower() and after not in _AFTER_JUDGEMENT:
            continue  # 'bilateral trade': a word of the thing judged, not the judgement
        subject = [item for item in words[:at] if item.lower() != "as"]
        if not subject or subject[0].lower() in ("on", "for", "in"):
            return sentence  # 'called on', 'called for': other acts
        said = " ".join([*subject, "is", *words[at:]])
        return f"{sentence[: found.start()]}said {said}"
    return sentence
