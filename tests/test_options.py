"""Numbers, sizes and patterns on the command line: a value out of range is a usage error
(exit 2) naming the option, never accepted to do something else; --glob means what a shell
with globstar means."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimx.inputs import expand_paths
from claimx.inputs.globs import glob_matches
from tests.conftest import invoke


@pytest.mark.parametrize("value", ["nan", "NaN", "-1", "2", "inf", "-inf", "1e400", "x"])
def test_min_confidence_outside_0_to_1_is_a_usage_error(value: str, tmp_path: Path) -> None:
    code, stdout, stderr = invoke("extract", str(tmp_path), "--min-confidence", value)
    assert (code, stdout) == (2, "")
    assert "Invalid value for '--min-confidence'" in stderr


@pytest.mark.parametrize("value", ["0", "0.4", "0.4B", "-5", "nan", "1e9", "12XB"])
def test_a_size_of_less_than_a_byte_or_no_size_is_a_usage_error(value: str, tmp_path: Path) -> None:
    code, _, stderr = invoke("extract", str(tmp_path), "--max-size", value)
    assert code == 2 and "Invalid value for '--max-size'" in stderr


@pytest.mark.parametrize("command", ["extract", "evaluate"])
@pytest.mark.parametrize("jobs", ["0", "-3", "100000"])
def test_a_number_of_jobs_no_machine_has_is_a_usage_error(
    command: str, jobs: str, tmp_path: Path
) -> None:
    gold = tmp_path / "gold.jsonl"  # (empty: nothing would run were the number accepted)
    gold.write_text("", encoding="utf-8")
    code, _, stderr = invoke(command, str(gold), "-j", jobs)
    assert code == 2 and "Invalid value for '-j' / '--jobs'" in stderr


def test_stdin_named_twice_is_a_usage_error() -> None:
    code, stdout, stderr = invoke("extract", "-", "-", stdin="Ana Roe said it was late.")
    assert (code, stdout) == (2, "")
    assert "standard input is named 2 times (- -); it can be read once" in stderr


def test_dask_with_an_output_named_as_a_file_of_another_format_is_a_usage_error(
    tmp_path: Path,
) -> None:
    report = tmp_path / "report.html"
    code, _, stderr = invoke("extract", str(tmp_path), "--engine", "dask", "-o", str(report))
    assert code == 2
    assert "--engine dask writes a folder of part files, not one .html file" in stderr
    assert not report.exists()


# --- --glob ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("**/*.txt", "a.txt", True),
        ("**/*.txt", "2026/03/a.txt", True),
        ("*.txt", "2026/03/a.txt", True),  # no slash: the name, at any depth
        ("2026/*.txt", "2026/a.txt", True),
        ("2026/*.txt", "2026/03/a.txt", False),  # * stays inside one folder
        ("2026/**/*.txt", "2026/a.txt", True),  # ** is any folders, none included
        ("2026/**/*.txt", "2026/03/05/a.txt", True),
        ("2026/**", "2026/03/a.txt", True),
        ("*/a.txt", "a.txt", False),
        ("[!a]*.txt", "b.txt", True),
        ("x/[!a]*.txt", "x/a.txt", False),
        ("x/?.txt", "x/a.txt", True),
        ("x?a.txt", "x/a.txt", False),
    ],
)
def test_glob_matches_as_a_shell_with_globstar(pattern: str, path: str, matches: bool) -> None:
    assert glob_matches(pattern, path) is matches


def test_a_recursive_glob_finds_the_files_in_every_folder(tmp_path: Path) -> None:
    for path in ("top.txt", "2026/a.txt", "2026/03/b.txt", "2026/03/c.md"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("Ana Roe said it was late.", encoding="utf-8")
    found = expand_paths([str(tmp_path)], "**/*.txt").sources
    assert [Path(s).relative_to(tmp_path).as_posix() for s in found] == [
        "2026/03/b.txt",
        "2026/a.txt",
        "top.txt",
    ]
    found = expand_paths([str(tmp_path)], "2026/*.txt").sources
    assert [Path(s).relative_to(tmp_path).as_posix() for s in found] == ["2026/a.txt"]


def test_a_glob_that_matches_nothing_in_a_folder_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Ana Roe said it was late.", encoding="utf-8")
    code, stdout, stderr = invoke("extract", str(tmp_path), "--glob", "**/*.txt")
    assert (code, stdout) == (0, "")
    assert stderr == f"Warning: {tmp_path}: no files found matching '**/*.txt'\n"


# --- a Dask scheduler that goes away ------------------------------------------------------------

BIN = Path(sys.executable).parent


def test_an_unreachable_scheduler_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ana Roe said it was late.", encoding="utf-8")
    dask = ("--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "-o", str(tmp_path / "out"))
    done = subprocess.run(
        [sys.executable, "-m", "claimx", "extract", str(tmp_path / "a.txt"), *dask],
        capture_output=True,
        text=True,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith(
        "Error: tcp://127.0.0.1:9: cannot reach the Dask scheduler (Timed out"
    )
    assert done.stderr.count("\n") == 1


@pytest.mark.model
def test_a_killed_scheduler_is_one_error_line_and_exit_1(pipeline: object, tmp_path: Path) -> None:
    from tests.test_dask import free_port, wait_for_workers

    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(112):  # seven parts: time enough to kill the scheduler in the middle
        (folder / f"{index:03d}.txt").write_text(
            f"The mayor said the bridge would reopen in week {index}. " * 40, encoding="utf-8"
        )
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    logs = (tmp_path / "dask.log").open("w")
    scheduler = subprocess.Popen(
        [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        stdout=logs, stderr=logs, env=env, cwd=tmp_path,
    )  # fmt: skip
    worker = subprocess.Popen(
        [BIN / "dask", "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
        stdout=logs, stderr=logs, env=env, cwd=tmp_path,
    )  # fmt: skip
    out = tmp_path / "out"
    try:
        wait_for_workers(address, 1)
        dask = ("--engine", "dask", "--scheduler", address, "-o", str(out))
        job = subprocess.Popen(
            [BIN / "claimx", "extract", str(folder), *dask],
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 120
        while not list(out.glob("part-*.jsonl")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert job.poll() is None, "the job ended before its scheduler could be killed"
        scheduler.send_signal(signal.SIGKILL)
        _, stderr = job.communicate(timeout=180)
    finally:
        for process in (worker, scheduler):
            process.kill()
            process.wait(timeout=30)
        logs.close()
    assert job.returncode == 1
    lines = [line for line in stderr.splitlines() if not line.startswith("dask: ")]
    assert lines == [
        f"Error: {out}: lost the connection to the scheduler at {address}; the parts written "
        "so far are kept — start it again and rerun with --resume"
    ]
    assert list(out.glob("part-*.jsonl"))  # what was done is kept, for --resume
