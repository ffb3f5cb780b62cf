"""A noun phrase set off by commas may run past 80 characters ('The trip, the first to Utopia by
a Ruritanian head of state since the two countries set up ties in 1990, was made …'): it is still
what the subject is, split off as a clause of its own, so its year is not read as the date of
what the rest of the sentence says (blind-dev-f: a true sentence called contradicted)."""

from __future__ import annotations

from kgvn.check.frame.clauses import between_commas


def test_a_long_noun_phrase_between_commas_is_split_off() -> None:
    body = (
        "The tour, the first to Utopia by a Ruritanian head of state since the two countries set"
        " up ties in 1990, was made in May."
    )
    assert between_commas(body) == [
        "The tour is the first to Utopia by a Ruritanian head of state since the two countries"
        " set up ties in 1990",
        "The tour was made in May.",
    ]


def test_a_relative_clause_is_still_left_alone() -> None:
    body = "The tour, which the two countries had planned for many years since 1990, was made."
    assert between_commas(body) is None
