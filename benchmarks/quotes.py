"""How long finding, and refusing, a quote takes as an article grows: it should grow linearly.

Run with the interpreter kgvn is installed in: `.venv/bin/python benchmarks/quotes.py`.
Prints seconds at each size and the ratio to the smallest size, measured in one run; a linear
cost gives ratios near the size ratios (1, 4, 16), a quadratic one their squares.
"""

from __future__ import annotations

import random
import time

from kgvn.audit import Article

WORDS = ["trade", "visit", "talks", "minister", "cooperation", "agreement", "investment"]


def article_of(size: int, seed: int = 7) -> Article:
    chooser = random.Random(seed)
    pieces: list[str] = []
    length = 0
    while length < size:
        word = chooser.choice(WORDS)
        pieces.append(word)
        length += len(word) + 1
    pieces.append("Two-way trade reached 13.5 million USD in 2024.")
    return Article(" ".join(pieces))


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    sizes = [1 << 20, 4 << 20, 16 << 20]
    found_quote = "Two-way trade reached 13.5 million  USD in 2024"
    missing_quote = "Two-way trade reached 31.5 million USD in 2042 after the ministers' talks"
    rows = []
    for size in sizes:
        article = article_of(size)
        found = timed(lambda article=article: article.find(found_quote))
        refused = timed(
            lambda article=article: (
                article.find(missing_quote),
                article.closest_passage(missing_quote),
            )
        )
        rows.append((size, found, refused))
    base_found, base_refused = rows[0][1], rows[0][2]
    print(f"{'article':>10}  {'find (s)':>9}  {'ratio':>6}  {'refuse (s)':>10}  {'ratio':>6}")
    for size, found, refused in rows:
        print(
            f"{size >> 20:>7} MiB  {found:>9.3f}  {found / base_found:>6.1f}"
            f"  {refused:>10.3f}  {refused / base_refused:>6.1f}"
        )


if __name__ == "__main__":
    main()
