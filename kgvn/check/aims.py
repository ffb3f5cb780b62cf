"""'Has yet to meet its potential': 'meet' with an aim after it is no meeting.

Trade that meets (or has yet to meet) potential, expectations or a target names no meeting
between people, so such a 'meet' must not find a record of talks, whose denial the claim
would then seem to be.
"""

from __future__ import annotations

#: A lookahead for the words after 'meet': an aim within four words of it.
NOT_A_MEETING = (
    r"(?!\s+(?:[a-z'’-]+\s+){0,3}?(?:potential|expectations?|needs?|targets?|demands?|goals?"
    r"|requirements?|standards?|criteria|deadlines?|aspirations?|the\s+mark)\b)"
)
