"""Names found by their first word: the same names as trying every one, without trying every one."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kgvn.check.compare.speakers import listeners, meetings_by_source
from kgvn.check.retrieve.mentions import _people_spans
from kgvn.check.retrieve.names import NameIndex, Spellings
from kgvn.records import Event, Statement

WORDS = ["an", "bo", "an bo", "cu", "bo cu", "2024", "an-bo", "dien"]


def _occurs(name: str, text: str, letters_only: bool) -> bool:
    edge = "a-z" if letters_only else "a-z0-9"
    return re.search(rf"(?<![{edge}]){re.escape(name)}(?![{edge}])", text) is not None


def test_a_text_is_tried_only_on_the_names_whose_first_word_it_holds() -> None:
    index = NameIndex([("nguyen van an", "p1"), ("tran bo", "p2"), ("an", "p3")])
    assert index.within("mr an met nguyen van an") == [("nguyen van an", "p1"), ("an", "p3")]
    assert index.within("tranbo and bo") == []


@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
    st.lists(st.sampled_from([*WORDS, " ", ", ", "x"]), max_size=12),
    st.booleans(),
)
def test_every_name_in_a_text_is_among_those_tried(
    names: list[str], pieces: list[str], letters_only: bool
) -> None:
    text = " ".join(pieces)
    index = NameIndex([(name, number) for number, name in enumerate(names)], letters_only)
    tried = index.within(text)
    assert tried == sorted(tried, key=lambda entry: entry[1])  # in the order given
    found = {entry for entry in tried if _occurs(entry[0], text, letters_only)}
    everywhere = {
        (name, number) for number, name in enumerate(names) if _occurs(name, text, letters_only)
    }
    assert found == everywhere


def test_namesakes_are_each_named_where_their_name_stands() -> None:
    spellings = Spellings([("le an", "first"), ("le an", "second"), ("an", "third")])
    spans = _people_spans("le an met le an", spellings)
    assert spans == [(0, 5, "first"), (10, 15, "first"), (0, 5, "second"), (10, 15, "second")]


def _event(number: int, source: str, kind: str, participants: list[str]) -> Event:
    return Event.from_json(
        {
            "id": f"event-{number}",
            "date": "2025-03-06",
            "kind": kind,
            "title": "A meeting",
            "summary": "They met.",
            "participants": participants,
            "evidence": [{"source": source, "quote": "met"}],
        }
    )


def test_a_statement_is_heard_by_those_at_its_articles_meetings_with_its_speakers() -> None:
    meetings = meetings_by_source(
        [
            _event(1, "alpha", "talks", ["ann", "bo", "cy"]),
            _event(2, "alpha", "talks", ["ann", "dee"]),  # not every speaker was there
            _event(3, "beta", "talks", ["ann", "bo", "eve"]),  # another article's talks
            _event(4, "alpha", "invitation", ["ann", "bo", "fay"]),  # a letter is not heard
        ]
    )
    said = Statement.from_json(
        {
            "id": "said",
            "topic": "trade",
            "statement": "Trade should grow.",
            "speakers": ["bo", "ann"],
            "evidence": [{"source": "alpha", "quote": "grow"}],
        }
    )
    assert listeners(meetings, said) == {"cy"}
