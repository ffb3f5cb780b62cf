"""Writes under faults and hostile input: nothing lost, nothing changed by a refusal, no traceback.

Each test is one thing a curator on a shared newsroom server can do, or have happen to them.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ARTICLES, Kgvn, statement_envelope

import kgvn
from kgvn import files
from kgvn.store import load_store


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_write_keeps_the_store_mode_and_the_backup_gets_it_too(desk: Path) -> None:
    store = desk / "facts.json"
    store.chmod(0o640)
    result = Kgvn(store)("add", "-", input=statement_envelope(1))
    assert result.exit_code == 0, result.output
    assert mode_of(store) == 0o640
    assert mode_of(desk / "facts.json.bak") == 0o640
    assert "note-1" in store.read_text(encoding="utf-8")


def test_a_group_writable_store_stays_group_writable(desk: Path) -> None:
    store = desk / "facts.json"
    store.chmod(0o664)
    assert Kgvn(store)("add", "-", input=statement_envelope(1)).exit_code == 0
    assert mode_of(store) == 0o664


def test_new_files_get_the_mode_the_umask_allows(desk: Path, umask_022: None) -> None:
    store = desk / "facts.json"
    result = Kgvn(store)("export", "csv", str(desk / "csv"))
    assert result.exit_code == 0, result.output
    assert {mode_of(path) for path in (desk / "csv").iterdir()} == {0o644}
    assert Kgvn(store)("export", "sqlite", str(desk / "kgvn.db")).exit_code == 0
    assert mode_of(desk / "kgvn.db") == 0o644


def test_a_symlinked_store_stays_a_link_and_its_target_is_updated(desk: Path) -> None:
    real = desk / "facts.json"
    link_folder = desk.parent / "elsewhere"
    link_folder.mkdir()
    link = link_folder / "facts.json"
    link.symlink_to(real)
    result = Kgvn(link)("add", "-", input=statement_envelope(2))  # articles beside the real file
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert "note-2" in real.read_text(encoding="utf-8")
    assert (desk / "facts.json.lock").exists()
    assert not (link_folder / "facts.json.lock").exists()


def test_curation_refuses_the_store_shipped_in_the_package(desk: Path) -> None:
    shipped = Path(kgvn.__file__).parent / "_data" / "facts.json"
    result = Kgvn(shipped)("cite", "trade-2022", "--source", "alpha", "--quote", "in 2022 and")
    assert result.exit_code == 2
    assert "shipped inside the kgvn package" in result.stderr
    assert "kgvn init DIR" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_init_makes_a_working_copy_that_audits_clean(desk: Path, tmp_path: Path) -> None:
    copy = tmp_path / "my-desk"
    result = Kgvn(desk / "facts.json")("init", str(copy))
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in (copy / "sources").iterdir()) == sorted(ARTICLES)
    audited = Kgvn(copy / "facts.json")("audit")
    assert audited.exit_code == 0, audited.output
    again = Kgvn(desk / "facts.json")("init", str(copy))
    assert again.exit_code == 2
    assert "already exists" in again.stderr


def test_init_from_the_shipped_record_carries_its_five_articles(tmp_path: Path) -> None:
    copy = tmp_path / "desk"
    result = subprocess.run(
        [sys.executable, "-m", "kgvn", "init", str(copy)],
        capture_output=True,
        text=True,
        env={**os.environ, "KGVN_DATA": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(list((copy / "sources").glob("*.txt"))) == 5
    audit = subprocess.run(
        [sys.executable, "-m", "kgvn", "--data", str(copy / "facts.json"), "audit"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert audit.returncode == 0, audit.stderr


# --- I/O faults: one line, the documented code, nothing changed ---------------------------------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "no space left on the device"),
        (errno.EROFS, "read-only file system"),
        (errno.EACCES, "permission denied"),
    ],
)
def test_a_store_that_cannot_be_written_exits_4_and_is_unchanged(
    desk: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    store = desk / "facts.json"
    before = store.read_bytes()

    def failing_replace(source: object, target: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "replace", failing_replace)
    result = Kgvn(store)("add", "-", input=statement_envelope(3))
    assert result.exit_code == 4, result.output
    assert words in result.stderr
    assert "nothing was changed" in result.stderr
    assert store.read_bytes() == before
    assert [path.name for path in desk.iterdir() if path.name.endswith(".tmp")] == []


def test_export_csv_onto_a_file_or_under_dev_null_is_a_usage_error(desk: Path) -> None:
    store = desk / "facts.json"
    onto_file = Kgvn(store)("export", "csv", str(store))
    assert onto_file.exit_code == 2
    assert "is a file" in onto_file.stderr
    under_null = Kgvn(store)("export", "csv", "/dev/null/x")
    assert under_null.exit_code == 2
    assert under_null.stderr.count("\n") == 1
    sqlite_under_null = Kgvn(store)("export", "sqlite", "/dev/null/x.db")
    assert sqlite_under_null.exit_code == 2


@pytest.mark.parametrize("kind", ["directory", "device", "fifo"])
def test_source_add_refuses_what_is_not_a_regular_file(desk: Path, kind: str) -> None:
    if kind == "directory":
        target = desk / "a-folder"
        target.mkdir()
    elif kind == "device":
        target = Path("/dev/zero")
    else:
        target = desk / "pipe.txt"
        os.mkfifo(target)
    started = time.monotonic()
    result = Kgvn(desk / "facts.json")("source", "add", str(target), "--title", "Not an article")
    assert time.monotonic() - started < 30  # a FIFO must not hang, /dev/zero must not be read
    assert result.exit_code == 2, result.output
    assert "regular file" in result.stderr or "is a directory" in result.stderr


@pytest.mark.parametrize(
    ("option", "value", "field"),
    [("--id", "Not A Slug!", "id"), ("--published", "2025-13-45", "published")],
)
def test_source_add_with_a_bad_option_is_a_usage_error(
    desk: Path, tmp_path: Path, option: str, value: str, field: str
) -> None:
    article = tmp_path / "new.txt"
    article.write_text("A new article about two-way trade in 2025.\n", encoding="utf-8")
    before = (desk / "facts.json").read_bytes()
    result = Kgvn(desk / "facts.json")(
        "source", "add", str(article), "--title", "New", option, value
    )
    assert result.exit_code == 2, result.output
    assert field in result.stderr
    assert "Traceback" not in result.output
    assert (desk / "facts.json").read_bytes() == before
    assert not (desk / "sources" / "new.txt").exists()


@pytest.mark.parametrize(
    ("envelope", "words"),
    [
        (
            statement_envelope(4).replace('"quote"', '"page": 3, "quote"'),
            "page: unknown field",
        ),
        (statement_envelope(5, quote="     "), "at least two words"),
        (statement_envelope(6, quote="in"), "at least 3 characters"),
        ('{"collection": "statements", "record": {"value": NaN}}', "NaN"),
        ("[" * 100_000 + "]" * 100_000, "levels deep"),
        (
            '{"collection": "statements", "record": ' + '{"a": ' * 40 + "1" + "}" * 40 + "}",
            "levels deep",
        ),
    ],
    ids=["extra-evidence-field", "blank-quote", "two-letter-quote", "nan", "deep-array", "deep"],
)
def test_bad_records_are_refused_in_one_line(desk: Path, envelope: str, words: str) -> None:
    before = (desk / "facts.json").read_bytes()
    result = Kgvn(desk / "facts.json")("add", "-", input=envelope)
    assert result.exit_code == 2, result.output
    assert words in result.stderr
    assert "Traceback" not in result.output
    assert (desk / "facts.json").read_bytes() == before


def test_a_two_character_quote_is_refused_by_cite(desk: Path) -> None:
    result = Kgvn(desk / "facts.json")("cite", "trade-2022", "--source", "alpha", "--quote", "in")
    assert result.exit_code == 2
    assert (
        "the new evidence: quote: 'in': String should have at least 3 characters" in result.stderr
    )


def test_nan_in_a_store_is_refused_by_validation(write_store: object, desk: Path) -> None:
    data = json.loads((desk / "facts.json").read_text(encoding="utf-8"))
    data["statements"] = [
        {
            "id": "odd",
            "topic": "trade",
            "statement": "A figure.",
            "value": float("nan"),
            "evidence": [{"source": "alpha", "quote": "Trade reached $4.5 million"}],
        }
    ]
    path = desk / "nan.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # json.dumps writes NaN
    result = Kgvn(path)("validate")
    assert result.exit_code == 4
    assert "statements[0] (odd) → value" in result.stderr
    assert "finite number" in result.stderr


# --- leftovers -------------------------------------------------------------------------------------


def test_a_failed_source_add_leaves_no_article_behind(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "fresh.txt"
    article.write_text("A fresh article on trade in 2025.\n", encoding="utf-8")
    store = desk / "facts.json"
    real_write = files.write_atomically

    def store_write_fails(target: Path, content: bytes | str, keep_backup: bool = False) -> None:
        if Path(target).name == "facts.json":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(target, content, keep_backup)

    monkeypatch.setattr("kgvn.writing.write_atomically", store_write_fails)
    result = Kgvn(store)("source", "add", str(article), "--title", "Fresh")
    assert result.exit_code == 4, result.output
    assert not (desk / "sources" / "fresh.txt").exists()
    assert Kgvn(store)("audit").exit_code == 0


def test_temporary_files_of_dead_writers_are_removed_by_the_next_write(desk: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    leftover = desk / f".facts.json.{dead.stdout.strip()}.abc123.tmp"
    leftover.write_text("{half a store", encoding="utf-8")
    someone_elses = desk / f".facts.json.{os.getpid()}.live.tmp"
    someone_elses.write_text("in progress", encoding="utf-8")
    assert Kgvn(desk / "facts.json")("add", "-", input=statement_envelope(7)).exit_code == 0
    assert not leftover.exists()
    assert someone_elses.exists()  # its writer is alive


def test_a_lock_held_by_a_stopped_writer_is_reported_and_given_up_on(desk: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os, signal, sys\n"
            "from pathlib import Path\n"
            "from kgvn.files import locked\n"
            "with locked(Path(sys.argv[1])):\n"
            "    print('locked', flush=True)\n"
            "    os.kill(os.getpid(), signal.SIGSTOP)\n",
            str(desk / "facts.json"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        env = {**os.environ, "KGVN_LOCK_TIMEOUT": "1"}
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "kgvn", "--data", str(desk / "facts.json"), "add", "-"],
            input=statement_envelope(8),
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert time.monotonic() - started < 20
        assert result.returncode == 4, result.stderr
        assert f"waiting for the lock on {desk / 'facts.json.lock'} held by PID {holder.pid}" in (
            result.stderr
        )
        assert "gave up after 1 s" in result.stderr
        # A refused quote is found before the lock is taken: no waiting at all.
        refused = subprocess.run(
            [sys.executable, "-m", "kgvn", "--data", str(desk / "facts.json"),
             "cite", "trade-2022", "--source", "alpha", "--quote", "not in the article at all"],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        assert refused.returncode == 2, refused.stderr
        assert "waiting" not in refused.stderr
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()


def test_writers_killed_at_random_lose_no_acknowledged_record(desk: Path) -> None:
    """40 writers, half of them SIGKILLed at a random moment: the store stays valid, every
    write that reported success is there, and the backup is never empty."""
    import random

    store = desk / "facts.json"
    chooser = random.Random(20261201)
    acknowledged: list[str] = []
    running: list[tuple[subprocess.Popen[str], str, float | None]] = []
    for number in range(40):
        process = subprocess.Popen(
            [sys.executable, "-m", "kgvn", "--data", str(store), "add", "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdin is not None
        process.stdin.write(statement_envelope(number))
        process.stdin.close()
        kill_after = chooser.uniform(0.05, 0.6) if number % 2 else None
        running.append((process, f"note-{number}", kill_after))
        if len(running) == 4:
            _finish(running, acknowledged)
            _check_backup(desk)
    _finish(running, acknowledged)
    ids = {item.id for item in load_store(store).statements}
    assert set(acknowledged) <= ids
    assert len(acknowledged) >= 20  # every writer left alone succeeded
    _check_backup(desk)
    assert (
        not list(desk.glob(".facts.json.*.tmp"))
        or Kgvn(store)("add", "-", input=statement_envelope(99)).exit_code == 0
    )
    assert not list(desk.glob(".facts.json.*.tmp"))


def _finish(
    running: list[tuple[subprocess.Popen[str], str, float | None]], acknowledged: list[str]
) -> None:
    started = time.monotonic()
    for process, record_id, kill_after in running:
        if kill_after is not None:
            time.sleep(max(0.0, kill_after - (time.monotonic() - started)))
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        if process.returncode == 0:
            acknowledged.append(record_id)
        assert process.stderr is not None
        process.stderr.close()
    running.clear()


def _check_backup(desk: Path) -> None:
    backup = desk / "facts.json.bak"
    if backup.exists():
        assert backup.stat().st_size > 0
        json.loads(backup.read_text(encoding="utf-8"))


# --- articles: byte-order marks and Unicode forms -------------------------------------------------


def test_an_article_with_a_byte_order_mark_keeps_its_date(desk: Path, tmp_path: Path) -> None:
    article = tmp_path / "with-bom.txt"
    article.write_bytes("\ufeff date 2025-04-01 Trade reached a record in 2025. — VNA\n".encode())
    result = Kgvn(desk / "facts.json")("source", "add", str(article), "--title", "BOM")
    assert result.exit_code == 0, result.output
    assert "VNA, 2025-04-01" in result.stderr
    cite = Kgvn(desk / "facts.json")(
        "cite", "trade-2022", "--source", "bom", "--quote", "Trade reached a record in 2025"
    )
    assert cite.exit_code == 0, cite.output
    assert Kgvn(desk / "facts.json")("audit").exit_code == 0


def test_a_quote_in_the_other_unicode_form_is_found_and_stored_as_written(desk: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Vice Chairman Nguyễn Khắc Định")
    assert decomposed != "Vice Chairman Nguyễn Khắc Định"
    result = Kgvn(desk / "facts.json")(
        "cite", "2023-dinh-visit", "--source", "beta", "--quote", decomposed
    )
    assert result.exit_code == 0, result.output
    stored = load_store(desk / "facts.json")
    quotes = [item.quote for item in stored.events[3].evidence]
    assert "Vice Chairman Nguyễn Khắc Định" in quotes
    assert Kgvn(desk / "facts.json")("audit").exit_code == 0


def test_a_quote_differing_only_in_compatibility_forms_is_refused_with_the_reason(
    desk: Path,
) -> None:
    full_width = "Ｔrade reached $4.5 million"
    result = Kgvn(desk / "facts.json")(
        "cite", "trade-2022", "--source", "alpha", "--quote", full_width
    )
    assert result.exit_code == 2
    assert "only in Unicode compatibility forms" in result.stderr


def test_audit_refuses_a_blank_quote_even_if_the_article_holds_spaces(desk: Path) -> None:
    data = json.loads((desk / "facts.json").read_text(encoding="utf-8"))
    data["trade"][0]["evidence"].append({"source": "alpha", "quote": "   "})
    path = desk / "blank.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = Kgvn(path)("audit", "--sources", str(desk / "sources"))
    assert result.exit_code == 4
    assert "at least two words" in result.stderr


def test_finding_a_quote_forgives_whitespace_and_reports_offsets() -> None:
    from kgvn.audit import Article

    article = Article("Trade  reached\n$4.5 million in 2022. Relations began in 1992.")
    start, end = article.find("Trade reached $4.5 million") or (0, 0)
    assert article.text[start:end] == "Trade  reached\n$4.5 million"
    assert article.find("not there at all") is None
    assert article.closest_passage("Relations begun in 1992") == "Relations began in 1992"
