"""The checker's shape: a package of small modules that knows no country, capital or product."""

from __future__ import annotations

import json
import re
from pathlib import Path

import kgvn.check
from kgvn.text import fold

PACKAGE = Path(kgvn.check.__file__).resolve().parent
ROOT = Path(__file__).resolve().parent.parent


def _store_words() -> set[str]:
    """Every country name and alias in the store, every capital and city in the lexicon's places,
    every product and investment sector on record: none may be written in the checker's code."""
    store = json.loads((ROOT / "data" / "facts.json").read_text("utf-8"))
    places = json.loads((ROOT / "kgvn" / "lexicon" / "places.json").read_text("utf-8"))
    words: set[str] = set()
    for country in store["countries"]:
        words |= {fold(country["name"]), *(fold(alias["name"]) for alias in country["aliases"])}
    for entry in places["countries"].values():
        for kind in ("names", "demonyms", "capitals", "cities"):
            words |= {fold(name) for name in entry[kind]}
    for flow in store["product_flows"]:
        words |= {fold(product) for product in flow["products"]}
    for investment in store["investments"]:
        words |= {fold(investment[key]) for key in ("province", "sector") if investment.get(key)}
    return {word for word in words if len(word) > 2}


def test_the_checker_is_a_package_of_small_modules() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) >= 8
    too_long = {
        module.name: length
        for module in modules
        if (length := len(module.read_text("utf-8").splitlines())) > 520
    }
    assert too_long == {}


def test_the_checker_is_laid_out_by_stage() -> None:
    stages = {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").exists()}
    assert {"frame", "retrieve", "compare"} <= stages
    assert (PACKAGE / "verdict.py").exists()


def test_the_framer_reads_words_and_never_the_record() -> None:
    """Framing a sentence must not depend on what the store holds: the same text splits alike
    whatever the record."""
    record_readers = re.compile(
        r"^from kgvn\.(records|store|claims|check\.(base|retrieve))\b", re.MULTILINE
    )
    readers = [
        module.name
        for module in (PACKAGE / "frame").glob("*.py")
        if record_readers.search(module.read_text("utf-8"))
    ]
    assert readers == []


def test_no_country_capital_or_product_is_written_in_the_checker() -> None:
    words = _store_words()
    assert {"kyrgyzstan", "vietnam", "hanoi", "bishkek", "pepper"} <= words
    found = []
    for module in PACKAGE.rglob("*.py"):
        text = fold(module.read_text("utf-8"))
        for word in words:
            pattern = r"(?<![a-z])" + re.escape(word).replace(r"\ ", r"\W{0,3}") + r"(?![a-z])"
            found += [f"{module.name}: {word}" for _ in re.finditer(pattern, text)][:1]
    assert sorted(found) == []


def test_the_lexicon_ships_in_the_package() -> None:
    lexicon = ROOT / "kgvn" / "lexicon"
    names = {path.name for path in lexicon.glob("*.json")}
    assert names >= {"places.json", "words.json", "curation.json"}
    for path in lexicon.glob("*.json"):
        json.loads(path.read_text("utf-8"))
