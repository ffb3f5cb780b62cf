"""kgvn as ordinary users on a shared newsroom server: permissions are real here.

Root reads and writes any file, so these tests drop root's privileges in a forked child
(`run_as_user`), the way a curator's own account runs kgvn. They need root to start, which CI
has; they are not skipped there.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from conftest import ARTICLES, canned_store, run_as_user, statement_envelope

from kgvn.store import validate_store
from kgvn.writing import canonical_json

NEWSROOM = 64000
ALICE = 64001
BOB = 64002
OUTSIDER = 64003


def make_template(root: Path) -> Path:
    """The canned store and its articles, readable by everyone, owned by root."""
    folder = root / "template"
    (folder / "sources").mkdir(parents=True)
    (folder / "facts.json").write_text(
        canonical_json(validate_store(canned_store())), encoding="utf-8"
    )
    for name, text in ARTICLES.items():
        (folder / "sources" / name).write_text(text, encoding="utf-8")
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return folder


def cache_for(root: Path, uid: int) -> dict[str, str]:
    folder = root / f"cache-{uid}"
    folder.mkdir(mode=0o700)
    os.chown(folder, uid, NEWSROOM)
    return {"KGVN_CACHE_DIR": str(folder), "HOME": str(folder)}


def test_an_unreadable_store_exits_4_with_one_line(shared_root: Path) -> None:
    template = make_template(shared_root)
    store = template / "facts.json"
    store.chmod(0o600)  # root's alone
    result = run_as_user(OUTSIDER, OUTSIDER, ["--data", str(store), "timeline"],
                         env=cache_for(shared_root, OUTSIDER))  # fmt: skip
    assert result.exit_code == 4, result.stderr
    assert result.stderr == f"kgvn: {store}: permission denied\n"
    assert result.stdout == ""


def test_a_store_in_a_folder_the_user_cannot_write_is_left_as_it_was(shared_root: Path) -> None:
    template = make_template(shared_root)
    store = template / "facts.json"
    store.chmod(0o666)  # the file is writable, its folder is not
    before = store.read_bytes()
    result = run_as_user(
        OUTSIDER,
        OUTSIDER,
        ["--data", str(store), "add", "-"],
        input=statement_envelope(1),
        env=cache_for(shared_root, OUTSIDER),
    )
    assert result.exit_code == 4, result.stderr
    assert "permission denied" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert store.read_bytes() == before
    assert sorted(path.name for path in template.iterdir()) == ["facts.json", "sources"]


def test_an_export_where_the_user_cannot_write_is_a_usage_error(shared_root: Path) -> None:
    template = make_template(shared_root)
    env = cache_for(shared_root, OUTSIDER)
    csv = run_as_user(OUTSIDER, OUTSIDER,
                      ["--data", str(template / "facts.json"), "export", "csv", str(template / "out")],
                      env=env)  # fmt: skip
    assert csv.exit_code == 2, csv.stderr
    assert "permission denied" in csv.stderr
    database = run_as_user(OUTSIDER, OUTSIDER,
                           ["--data", str(template / "facts.json"), "export", "sqlite",
                            str(template / "kgvn.db")], env=env)  # fmt: skip
    assert database.exit_code == 2, database.stderr
    assert "permission denied" in database.stderr


def test_two_curators_share_a_group_folder_and_keep_both_reading_and_writing(
    shared_root: Path,
) -> None:
    template = make_template(shared_root)
    desk = shared_root / "desk"
    desk.mkdir()
    os.chown(desk, 0, NEWSROOM)
    desk.chmod(0o2775)  # the newsroom group's folder: new files take its group
    store = desk / "facts.json"

    def as_user(uid: int, *args: str, input: str | None = None) -> str:
        result = run_as_user(uid, NEWSROOM, ["--data", str(store), *args],
                             groups=(NEWSROOM,), umask=0o002, input=input,
                             env=cache_for_once(uid))  # fmt: skip
        assert result.exit_code == 0, (uid, args, result.stderr)
        return result.stdout

    caches: dict[int, dict[str, str]] = {}

    def cache_for_once(uid: int) -> dict[str, str]:
        if uid not in caches:
            caches[uid] = cache_for(shared_root, uid)
        return caches[uid]

    init = run_as_user(ALICE, NEWSROOM,
                       ["--data", str(template / "facts.json"), "init", str(desk)],
                       groups=(NEWSROOM,), umask=0o002, env=cache_for_once(ALICE))  # fmt: skip
    assert init.exit_code == 0, init.stderr
    as_user(BOB, "add", "-", input=statement_envelope(1))
    as_user(ALICE, "add", "-", input=statement_envelope(2))
    as_user(BOB, "cite", "note-2", "--source", "beta", "--quote",
            "Trade reached 7.5 million USD in 2023")  # fmt: skip
    as_user(ALICE, "export", "csv", str(desk / "for-the-editor"))
    for uid in (ALICE, BOB):
        timeline = as_user(uid, "timeline")
        assert "Diplomatic relations established" in timeline
        assert "note-1" in as_user(uid, "show", "note-1")
        assert "note-2" in as_user(uid, "show", "note-2")
    for path in [store, desk / "facts.json.bak", desk / "facts.json.lock",
                 *(desk / "for-the-editor").iterdir(), *(desk / "sources").iterdir()]:  # fmt: skip
        info = path.stat()
        assert info.st_gid == NEWSROOM, path
        assert stat.S_IMODE(info.st_mode) & 0o060 == 0o060, (path, oct(info.st_mode))
    editor = run_as_user(BOB, NEWSROOM, ["--data", str(store), "validate"],
                         groups=(NEWSROOM,), env=cache_for_once(BOB))  # fmt: skip
    assert editor.exit_code == 0, editor.stderr
    shutil.rmtree(desk)


def test_a_cache_folder_made_unwritable_after_first_use_still_answers(shared_root: Path) -> None:
    template = make_template(shared_root)
    store = template / "facts.json"
    env = cache_for(shared_root, OUTSIDER)
    first = run_as_user(OUTSIDER, OUTSIDER, ["--data", str(store), "timeline", "-f", "json"],
                        env=env)  # fmt: skip
    assert first.exit_code == 0, first.stderr
    assert list(Path(env["KGVN_CACHE_DIR"]).glob("*.sqlite"))
    data = store.read_text(encoding="utf-8").replace(
        "Diplomatic relations established", "Diplomatic relations begun"
    )
    store.write_text(data, encoding="utf-8")
    Path(env["KGVN_CACHE_DIR"]).chmod(0o500)  # the user can no longer write their cache
    again = run_as_user(OUTSIDER, OUTSIDER, ["--data", str(store), "timeline", "-f", "json"],
                        env=env)  # fmt: skip
    assert again.exit_code == 0, again.stderr
    assert "Diplomatic relations begun" in again.stdout
    assert again.stderr == ""
