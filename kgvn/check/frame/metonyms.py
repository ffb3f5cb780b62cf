"""A country named by its region, and a blog's lead-in, read as plain words.

* "the Central Asian nation": an outlet names a country by its region to avoid repeating it.
  When exactly one country of the record lies in that region (the lexicon's `regions` for each
  country in places.json), the phrase is that country's name; "the Central Asian region" or
  "market" is no country and stays as written.
* "Fun fact: X" and "So, X": a lead-in before a colon (the lexicon's `lead_ins`) claims nothing,
  so the sentence is X.
* "In return, X ships …", "X, for its part, sells …", "have nonetheless remained": a word that
  ties a paragraph's sentence to the one before (the lexicon's `discourse_links`) claims nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgvn.check.lexicon import load

_NOUNS = r"(?:country|nation|state|republic)"


@lru_cache(maxsize=1)
def _regional() -> list[tuple[re.Pattern[str], str]]:
    """Each region that holds exactly one of the record's countries, as a pattern for 'the
    (region) country' and that country's name."""
    places = load("places")
    words: dict[str, list[str]] = places.get("regions", {})
    holders: dict[str, list[str]] = {}
    for country in places.get("countries", {}).values():
        for region in country.get("regions", []):
            holders.setdefault(region, []).append(country["names"][0].title())
    found = []
    for region, names in holders.items():
        forms = sorted(words.get(region, [region]), key=len, reverse=True)
        if len(names) != 1 or not forms:
            continue
        alternation = "|".join(re.escape(form) for form in forms)
        pattern = re.compile(rf"\bthe\s+(?:{alternation})\s+{_NOUNS}\b", re.IGNORECASE)
        found.append((pattern, names[0]))
    return found


def _lead_in() -> re.Pattern[str]:
    forms = sorted(load("words").get("lead_ins", []), key=len, reverse=True)
    alternation = "|".join(re.escape(form) for form in forms) or r"(?!)"
    return re.compile(rf"^(?:{alternation})\s*[:,]\s+(?=\S)", re.IGNORECASE)


_LEAD_IN = _lead_in()
_LINKS = "|".join(
    re.escape(form) for form in sorted(load("words")["discourse_links"], key=len, reverse=True)
)
#: Opening the sentence, set off by commas, or (a one-word adverb) between two words.
_LINK = re.compile(
    rf"^(?:{_LINKS}),\s+|,\s+(?:{_LINKS}),(?=\s)|(?<=[a-z])\s+(?:however|nonetheless|nevertheless)(?=\s+[a-z])",
    re.IGNORECASE,
)


def plain_names(sentence: str) -> str:
    """The sentence with its lead-in dropped and a country named by its region named outright."""
    text = _LINK.sub("", _LEAD_IN.sub("", sentence.strip()))
    if text != sentence.strip():
        text = text[:1].upper() + text[1:]
    for pattern, name in _regional():
        text = pattern.sub(name, text)
    return text
