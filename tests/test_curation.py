"""Curation, end to end, on an article written for the test: register, suggest, add, cite,
validate, audit, then find the new facts with the reading commands. Writes never lose a record."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ARTICLES, Kgvn, canned_store

from kgvn.audit import Article
from kgvn.curate import outlet_of, published_of
from kgvn.sentences import context_of, sentences, unknown_names
from kgvn.store import load_store, validate_store
from kgvn.writing import canonical_json

REPO = Path(__file__).resolve().parent.parent
NEW_ARTICLE = (
    " date 2025-04-10 BISHKEK — Kyrgyz Foreign Minister Jeenbek Testov met Vietnamese Ambassador "
    "Tran Van Mau in Bishkek on April 9. The two sides said two-way trade reached 7.5 million USD "
    "in 2023. They agreed to hold a business forum in Osh in June 2025. — VNA\n"
)
NEW_EVENT = {
    "collection": "events",
    "record": {
        "id": "2025-04-09-bishkek-meeting",
        "date": "2025-04-09",
        "kind": "talks",
        "title": "Kyrgyz foreign minister meets Việt Nam's ambassador",
        "summary": "A meeting in Bishkek, reported by the test article.",
        "place": "Bishkek",
        "participants": ["jeenbek-testov"],
        "inferred": [{"field": "date.year", "reason": "Year from the dateline, 2025-04-10."}],
        "evidence": [
            {
                "source": "bishkek-meeting",
                "quote": "met Vietnamese Ambassador Tran Van Mau in Bishkek on April 9",
            }
        ],
    },
}
NEW_PERSON = {
    "collection": "people",
    "record": {
        "id": "jeenbek-testov",
        "name": "Jeenbek Testov",
        "country": "KG",
        "roles": [
            {
                "title": "Foreign Minister of Kyrgyzstan",
                "evidence": [
                    {"source": "bishkek-meeting", "quote": "Kyrgyz Foreign Minister Jeenbek Testov"}
                ],
            }
        ],
        "evidence": [
            {"source": "bishkek-meeting", "quote": "Kyrgyz Foreign Minister Jeenbek Testov"}
        ],
    },
}


@pytest.fixture
def workspace(tmp_path: Path, articles_dir: Path) -> tuple[Kgvn, Path, Path]:
    """A canned store in canonical form, its articles folder, and a new article to register."""
    store_path = tmp_path / "store" / "facts.json"
    store_path.parent.mkdir()
    store_path.write_text(canonical_json(validate_store(canned_store())), encoding="utf-8")
    articles_dir.rename(store_path.parent / "sources")
    incoming = tmp_path / "bishkek-meeting.txt"
    incoming.write_text(NEW_ARTICLE, encoding="utf-8")
    return Kgvn(store_path), store_path, incoming


def test_a_new_article_becomes_facts_in_a_few_commands(workspace: tuple[Kgvn, Path, Path]) -> None:
    kgvn, store_path, incoming = workspace
    registered = kgvn(
        "source",
        "add",
        str(incoming),
        "--title",
        "A test meeting in Bishkek",
        "--id",
        "bishkek-meeting",
    )
    assert registered.exit_code == 0, registered.output
    assert "registered bishkek-meeting: bishkek-meeting.txt, VNA, 2025-04-10" in registered.stderr
    assert (store_path.parent / "sources" / "bishkek-meeting.txt").read_text(
        encoding="utf-8"
    ) == NEW_ARTICLE

    suggestions = [
        json.loads(line)
        for line in kgvn("suggest", "bishkek-meeting", "--format", "jsonl").stdout.splitlines()
    ]
    assert [item["kind"] for item in suggestions] == ["events", "trade", "statements"]
    assert "Jeenbek Testov" in suggestions[0]["new_names"]
    assert suggestions[1]["backs"] == ["trade-2023"], (
        "a confirmation of a known figure is pointed out"
    )
    first = suggestions[0]
    assert NEW_ARTICLE[first["start"] : first["end"]] == first["quote"]

    assert kgvn("add", "-", input=json.dumps(NEW_PERSON)).exit_code == 0
    added = kgvn("add", "-", input=json.dumps(NEW_EVENT))
    assert added.exit_code == 0, added.output
    cited = kgvn(
        "cite",
        "trade-2023",
        "--source",
        "bishkek-meeting",
        "--quote",
        "two-way trade reached 7.5 million USD in 2023",
    )
    assert cited.exit_code == 0, cited.output

    assert kgvn("validate").exit_code == 0
    audit = kgvn("audit", "--sources", str(store_path.parent / "sources"))
    assert audit.exit_code == 0, audit.output
    assert "bishkek-meeting\t3 records" in audit.stdout

    timeline = kgvn("timeline", "--from", "2025-04", "--format", "json")
    assert [event["id"] for event in json.loads(timeline.stdout)] == ["2025-04-09-bishkek-meeting"]
    offsets = json.loads(timeline.stdout)[0]["evidence"][0]
    assert NEW_ARTICLE[offsets["start"] : offsets["end"]] == offsets["quote"]
    assert json.loads(kgvn("who", "testov", "--format", "json").stdout)[0]["computed_events"] == [
        "2025-04-09-bishkek-meeting"
    ]
    verdict = json.loads(
        kgvn(
            "check", "Jeenbek Testov held talks in Bishkek on April 9, 2025.", "--format", "json"
        ).stdout
    )
    assert verdict["verdict"] == "supported"
    sources_of_2023 = {
        item["source"]
        for item in json.loads(kgvn("show", "trade-2023", "--format", "json").stdout)[0]["evidence"]
    }
    assert sources_of_2023 == {"alpha", "beta", "bishkek-meeting"}


def test_a_quote_not_in_the_article_is_refused_and_nothing_changes(
    workspace: tuple[Kgvn, Path, Path],
) -> None:
    kgvn, store_path, incoming = workspace
    kgvn("source", "add", str(incoming), "--title", "Test", "--id", "bishkek-meeting")
    before = store_path.read_bytes()
    wrong = json.loads(json.dumps(NEW_PERSON))
    wrong["record"]["evidence"][0]["quote"] = "Kyrgyz Foreign Minister Jeenbek Testow"
    result = kgvn("add", "-", input=json.dumps(wrong))
    assert result.exit_code == 2
    assert "quote not found verbatim in bishkek-meeting" in result.stderr
    assert "closest: “Kyrgyz Foreign Minister Jeenbek Testov" in result.stderr
    assert store_path.read_bytes() == before
    assert (
        kgvn(
            "cite",
            "trade-2023",
            "--source",
            "bishkek-meeting",
            "--quote",
            "trade reached 9 million",
        ).exit_code
        == 2
    )
    assert store_path.read_bytes() == before


def test_an_invalid_record_is_refused_and_nothing_changes(
    workspace: tuple[Kgvn, Path, Path],
) -> None:
    kgvn, store_path, _ = workspace
    before = store_path.read_bytes()
    duplicate = {"collection": "events", "record": dict(canned_store()["events"][0])}
    result = kgvn("add", "-", input=json.dumps(duplicate))
    assert result.exit_code == 4
    assert "duplicate of events[0]" in result.stderr
    assert kgvn("add", "-", input="{not json").exit_code == 2
    assert kgvn("add", "-", input=json.dumps({"collection": "gossip", "record": {}})).exit_code == 2
    assert store_path.read_bytes() == before


def test_registering_the_same_article_twice_is_refused(workspace: tuple[Kgvn, Path, Path]) -> None:
    kgvn, store_path, incoming = workspace
    assert kgvn("source", "add", str(incoming), "--title", "Test").exit_code == 0
    before = store_path.read_bytes()
    again = kgvn("source", "add", str(incoming), "--title", "Test again")
    assert again.exit_code == 2
    assert "already registered" in again.stderr
    clash = incoming.parent / "other" / "bishkek-meeting.txt"
    clash.parent.mkdir()
    clash.write_text(NEW_ARTICLE.replace("April 9", "April 8"), encoding="utf-8")
    assert (
        "a different article is registered under that name"
        in kgvn("source", "add", str(clash), "--title", "X").stderr
    )
    assert store_path.read_bytes() == before


def test_a_failed_write_leaves_the_old_store_and_no_temporary_file(
    workspace: tuple[Kgvn, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    kgvn, store_path, incoming = workspace
    before = store_path.read_bytes()

    def power_cut(*args: object) -> None:
        raise OSError("disk went away")

    monkeypatch.setattr("kgvn.files.os.replace", power_cut)
    result = kgvn("source", "add", str(incoming), "--title", "Test")
    assert result.exit_code != 0
    assert store_path.read_bytes() == before
    assert [path.name for path in store_path.parent.iterdir() if path.name.endswith(".tmp")] == []


def run_with_slow_writes(
    store_path: Path, args: list[str], stdin: str, delay: float
) -> subprocess.Popen[str]:
    """A real kgvn process whose write to disk takes `delay` seconds (fsync is slowed down)."""
    hook = store_path.parent.parent / "slowdisk"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(
        f"import os, time\n_fsync = os.fsync\nos.fsync = lambda fd: (time.sleep({delay}), _fsync(fd))[1]\n",
        encoding="utf-8",
    )
    environment = {**os.environ, "PYTHONPATH": f"{hook}{os.pathsep}{REPO}"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kgvn", "--data", str(store_path), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(stdin)
    process.stdin.close()
    return process


def test_a_process_killed_mid_write_leaves_a_valid_store(
    workspace: tuple[Kgvn, Path, Path],
) -> None:
    kgvn, store_path, incoming = workspace
    kgvn("source", "add", str(incoming), "--title", "Test", "--id", "bishkek-meeting")
    before = store_path.read_bytes()
    process = run_with_slow_writes(store_path, ["add", "-"], json.dumps(NEW_PERSON), delay=30)
    time.sleep(3)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert store_path.read_bytes() == before
    load_store(store_path)


def test_two_curators_adding_at_once_both_keep_their_records(
    workspace: tuple[Kgvn, Path, Path],
) -> None:
    kgvn, store_path, incoming = workspace
    kgvn("source", "add", str(incoming), "--title", "Test", "--id", "bishkek-meeting")
    other = json.loads(json.dumps(NEW_PERSON))
    other["record"].update(id="tran-van-mau", name="Tran Van Mau", country="VN", roles=[])
    other["record"]["evidence"][0]["quote"] = "Vietnamese Ambassador Tran Van Mau"
    first = run_with_slow_writes(store_path, ["add", "-"], json.dumps(NEW_PERSON), delay=1.5)
    second = run_with_slow_writes(store_path, ["add", "-"], json.dumps(other), delay=1.5)
    assert first.wait(timeout=60) == 0, first.stderr.read() if first.stderr else ""
    assert second.wait(timeout=60) == 0, second.stderr.read() if second.stderr else ""
    ids = {person.id for person in load_store(store_path).people}
    assert {"jeenbek-testov", "tran-van-mau"} <= ids


def test_the_written_file_is_byte_stable(workspace: tuple[Kgvn, Path, Path]) -> None:
    _, store_path, _ = workspace
    text = store_path.read_text(encoding="utf-8")
    assert canonical_json(load_store(store_path)) == text


def test_the_shipped_store_is_in_canonical_form() -> None:
    shipped = REPO / "data" / "facts.json"
    assert canonical_json(load_store(shipped)) == shipped.read_text(encoding="utf-8")


def test_a_backup_of_the_previous_version_is_kept(workspace: tuple[Kgvn, Path, Path]) -> None:
    kgvn, store_path, incoming = workspace
    before = store_path.read_bytes()
    kgvn("source", "add", str(incoming), "--title", "Test")
    assert store_path.with_name("facts.json.bak").read_bytes() == before


def test_show_context_gives_the_sentences_around_each_quote(
    workspace: tuple[Kgvn, Path, Path],
) -> None:
    kgvn, _, _ = workspace
    record = json.loads(kgvn("show", "2009-cuong-visit", "--context", "--format", "json").stdout)[0]
    (context,) = record["computed_context"]
    assert context["source"] == "alpha"
    assert (
        context["sentence"]
        == "Deputy Foreign Minister Nguyễn Quốc Cường visited Kyrgyzstan in 2009."
    )
    assert context["before"].startswith("date 2025-03-05 HÀ NỘI")
    assert context["after"] == "Trade reached $4.5 million in 2022 and $7.5 million in 2023."


def test_context_says_when_the_articles_are_missing(kgvn: Kgvn) -> None:
    result = kgvn("show", "2009-cuong-visit", "--context")
    assert result.exit_code == 4
    assert "the article text is not available" in result.stderr


def test_conflicts_lists_both_sides_with_ranks(kgvn: Kgvn, write_store: object) -> None:
    shipped = Kgvn(REPO / "data" / "facts.json")
    rows = [
        json.loads(line) for line in shipped("conflicts", "--format", "jsonl").stdout.splitlines()
    ]
    spelling = next(row for row in rows if row["id"] == "kasymaliev-spelling")
    assert [(value["value"], value["rank"]) for value in spelling["values"]] == [
        ("Kasymaliev", "preferred"),
        ("Kasimalyev", "normal"),
    ]
    assert kgvn("conflicts").exit_code == 1  # the canned store records none


def test_reading_a_date_line_and_a_credit() -> None:
    assert published_of(NEW_ARTICLE) == "2025-04-10"
    assert outlet_of(NEW_ARTICLE) == "VNA"
    assert outlet_of("Some text.\n\nVietnamplus\n") == "Vietnamplus"
    assert outlet_of("Some text ending./.") is None
    assert outlet_of("Some text.\n\n— VNA/VNS") == "VNA/VNS"  # the longest credit, not "VNS"
    assert published_of(ARTICLES["beta.txt"]) is None


def test_a_new_name_is_told_from_places_titles_and_outlets() -> None:
    """The words that are never a name come from the lexicon's data, places included."""
    sentence = (
        "Kyrgyz Prime Minister Adylbek Kasymaliev met Tran Van Hoa in Ha Noi,"
        " VNA/VNS reported from Bishkek and Astana."
    )
    assert unknown_names(sentence, ["adylbek kasymaliev"]) == ["Tran Van Hoa"]


def test_sentences_keep_their_offsets() -> None:
    text = ARTICLES["alpha.txt"]
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
    before, sentence, after = context_of(Article(text), "$4.5 million in 2022")
    assert before == "Deputy Foreign Minister Nguyễn Quốc Cường visited Kyrgyzstan in 2009."
    assert sentence == "Trade reached $4.5 million in 2022 and $7.5 million in 2023."
    assert after == "Prime Minister Adylbek Kasymaliev will visit on March 6-7."


def test_writes_keep_the_cache_warm_and_equal_to_a_fresh_build(
    workspace: tuple[Kgvn, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `source add`, `add` and `cite`, reads need no validation and see what a rebuild sees."""
    from kgvn import cache, store

    kgvn, _, incoming = workspace
    kgvn("timeline")
    kgvn("source", "add", str(incoming), "--title", "Test", "--id", "bishkek-meeting")
    assert kgvn("add", "-", input=json.dumps(NEW_PERSON)).exit_code == 0
    assert kgvn("add", "-", input=json.dumps(NEW_EVENT)).exit_code == 0
    quote = "two-way trade reached 7.5 million USD in 2023"
    cited = kgvn("cite", "trade-2023", "--source", "bishkek-meeting", "--quote", quote)
    assert cited.exit_code == 0, cited.output
    commands = [
        ("search", "testov", "--format", "json"),
        ("search", "bishkek", "meeting", "--format", "json"),
        ("show", "trade-2023", "--format", "json"),
        ("who", "testov", "--format", "json"),
        ("timeline", "--format", "json"),
        ("trade", "--format", "json"),
        ("sources", "--format", "json"),
        ("validate",),
    ]
    real = store.validate_bytes

    def no_validation(*args: object, **kwargs: object) -> object:
        raise AssertionError("a write left the cache cold")

    monkeypatch.setattr(store, "validate_bytes", no_validation)
    warm = [kgvn(*command).stdout for command in commands]
    monkeypatch.setattr(store, "validate_bytes", real)
    assert cache.clear() > 0
    assert [kgvn(*command).stdout for command in commands] == warm
    assert "jeenbek-testov" in warm[0]
    assert quote in warm[2]


def test_later_writes_splice_the_canonical_text(
    workspace: tuple[Kgvn, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once kgvn has written a store, a write rewrites only the changed records' text."""
    from kgvn import writing

    kgvn, store_path, incoming = workspace
    kgvn("source", "add", str(incoming), "--title", "Test", "--id", "bishkek-meeting")
    spliced: list[bool] = []
    real = writing.canonical_splice

    def spying(*args: object) -> str | None:
        result = real(*args)  # type: ignore[arg-type]
        spliced.append(result is not None)
        return result

    monkeypatch.setattr(writing, "canonical_splice", spying)
    assert kgvn("add", "-", input=json.dumps(NEW_PERSON)).exit_code == 0
    assert kgvn("add", "-", input=json.dumps(NEW_EVENT)).exit_code == 0
    quote = "two-way trade reached 7.5 million USD in 2023"
    assert (
        kgvn("cite", "trade-2023", "--source", "bishkek-meeting", "--quote", quote).exit_code == 0
    )
    statement = {
        "collection": "statements",
        "record": {
            "id": "business-forum-osh",
            "topic": "business-forum",
            "statement": "A business forum is to be held in Osh in June 2025.",
            "value": 2025.0,
            "evidence": [
                {"source": "bishkek-meeting", "quote": "hold a business forum in Osh in June 2025"}
            ],
        },
    }
    added = kgvn("add", "-", input=json.dumps(statement))
    assert added.exit_code == 0, added.output
    assert spliced == [True, True, True, False]  # the first statement moves a key: written whole
    text = store_path.read_text(encoding="utf-8")
    assert canonical_json(load_store(store_path)) == text
