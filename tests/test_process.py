"""Real processes: pipes, locales, signals and the installed entry point, as a shell runs kgvn."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run_kgvn(
    *args: str,
    store: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("KGVN_") and key not in {"FORCE_COLOR", "NO_COLOR", "COLUMNS"}
    }
    environment["PYTHONPATH"] = str(REPO)
    environment.update(env or {})
    command = [sys.executable, "-m", "kgvn", *(["--data", str(store)] if store else []), *args]
    return subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=environment,
        cwd=cwd or REPO,
        timeout=60,
        check=False,
    )


def test_the_default_in_a_pipe_is_tsv_without_colour(store_path: Path) -> None:
    result = run_kgvn("timeline", store=store_path)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == (
        "id\tdate\tend\tinferred\tkind\ttitle\tparticipants\tparticipant_ids\tplace\tsources"
    )
    assert "\x1b" not in result.stdout


def test_force_color_colours_a_table_in_a_pipe(store_path: Path) -> None:
    result = run_kgvn("timeline", "--format", "table", store=store_path, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in result.stdout


@pytest.mark.parametrize("env", [{"NO_COLOR": "1", "FORCE_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_color_and_dumb_terminals_win(store_path: Path, env: dict[str, str]) -> None:
    result = run_kgvn("timeline", "--format", "table", store=store_path, env=env)
    assert "\x1b[" not in result.stdout


def test_a_closed_pipe_ends_quietly(store_path: Path) -> None:
    command = (
        f"{sys.executable} -m kgvn --data {store_path} search visit --format jsonl"
        " | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}"
    )
    big = store_path.read_text(encoding="utf-8")
    assert big  # the canned store is small; repeat the output to be sure the pipe closes first
    result = subprocess.run(
        ["bash", "-c", f"for i in 1 2 3; do {command}; done"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert "BrokenPipeError" not in result.stderr
    assert "Exception ignored" not in result.stderr
    assert set(result.stdout.split()) <= {"0"}


def test_a_closed_pipe_on_a_long_output_ends_quietly(tmp_path: Path, store_path: Path) -> None:
    import json

    data = json.loads(store_path.read_text(encoding="utf-8"))
    template = data["events"][1]
    data["events"] = [dict(template, id=f"event-{number}") for number in range(3000)]
    big_store = tmp_path / "big.json"
    big_store.write_text(json.dumps(data), encoding="utf-8")
    result = subprocess.run(
        [
            "bash",
            "-c",
            f"{sys.executable} -m kgvn --data {big_store} timeline | head -1; echo ${{PIPESTATUS[0]}}",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=False,
    )
    assert result.stdout.splitlines() == [
        "id\tdate\tend\tinferred\tkind\ttitle\tparticipants\tparticipant_ids\tplace\tsources",
        "0",
    ]
    assert result.stderr == ""


@pytest.mark.parametrize(
    "env",
    [
        {"LANG": "C", "LC_ALL": "C"},
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONIOENCODING": "latin-1"},
        {"TERM": "dumb", "COLUMNS": "20"},
        {"COLUMNS": "300"},
    ],
    ids=["C-locale", "ascii", "latin-1", "dumb-20", "300-columns"],
)
def test_odd_locales_and_terminals_lose_no_row(store_path: Path, env: dict[str, str]) -> None:
    for output_format in ("table", "tsv", "json"):
        result = run_kgvn("who", "--format", output_format, store=store_path, env=env)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        shown = result.stdout
        assert "Kasymaliev" in shown
        assert "Nguy" in shown  # Nguyễn, or Nguy\u1ec5n where the encoding cannot show it


def test_ascii_output_escapes_letters_it_cannot_show(store_path: Path) -> None:
    result = run_kgvn(
        "who", "dinh", "--no-headers", store=store_path, env={"PYTHONIOENCODING": "ascii"}
    )
    assert result.stdout.startswith(
        "nguyen-khac-dinh\tNguy\\u1ec5n Kh\\u1eafc \\u0110\\u1ecbnh\tperson"
    )


def test_usage_errors_exit_2_in_one_line(store_path: Path) -> None:
    result = run_kgvn("timeline", "--frm", "2009", store=store_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "kgvn: No such option: --frm (Possible options: --format, --from) (see 'kgvn timeline --help')"
    ]


def test_an_unknown_command_exits_2(store_path: Path) -> None:
    result = run_kgvn("timelime", store=store_path)
    assert result.returncode == 2
    assert "No such command 'timelime'" in result.stderr


def test_store_errors_exit_4_without_a_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    result = run_kgvn("timeline", store=broken)
    assert result.returncode == 4
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback_of_an_internal_error(store_path: Path, tmp_path: Path) -> None:
    crash = tmp_path / "sitecustomize.py"
    crash.write_text(
        "import kgvn.views\n"
        "def boom(*args, **kwargs):\n"
        "    raise RuntimeError('simulated bug')\n"
        "kgvn.views.timeline_report = boom\n",
        encoding="utf-8",
    )
    env = {"PYTHONPATH": f"{tmp_path}{os.pathsep}{REPO}"}
    quiet = run_kgvn("timeline", store=store_path, env=env)
    assert quiet.returncode == 70
    assert quiet.stderr.splitlines() == [
        "kgvn: internal error: RuntimeError: simulated bug (run with --debug for details)"
    ]
    loud = run_kgvn("--debug", "timeline", store=store_path, env=env)
    assert "Traceback" in loud.stderr
    assert "simulated bug" in loud.stderr
    assert (
        run_kgvn("timeline", store=store_path, env={**env, "KGVN_DEBUG": "1"}).stderr.count(
            "Traceback"
        )
        == 1
    )


def test_ctrl_c_exits_130_without_a_traceback(store_path: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "kgvn", "--data", str(store_path), "check", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        text=True,
    )
    assert process.stdin is not None
    process.stdin.write("Diplomatic relations were established in 1992.\n")
    process.stdin.flush()
    time.sleep(2.0)  # let it start and block on the next line
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in stderr


def test_python_dash_m_and_version(store_path: Path) -> None:
    result = run_kgvn("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("kgvn ")


def test_the_installed_command_runs_from_outside_the_checkout(tmp_path: Path) -> None:
    """The README's first command: the shipped store is found through the installed package."""
    script = shutil.which("kgvn", path=str(Path(sys.executable).parent))
    if script is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs kgvn, but no kgvn script sits beside the interpreter")
        pytest.skip("kgvn is not installed in this interpreter's environment")
    environment = {key: value for key, value in os.environ.items() if not key.startswith("KGVN_")}
    environment.pop("PYTHONPATH", None)
    result = subprocess.run(
        [script, "timeline", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert '"record_type": "event"' in result.stdout
