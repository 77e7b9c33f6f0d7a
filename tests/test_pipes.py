"""A closed output pipe (``claimx ... | head``) ends every command the same way: quietly, with
exit 141, whatever the format, and whether Python's stdout is buffered or not."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimx.console import EXIT_BROKEN_PIPE
from tests.test_evaluate import TEXTS, gold_line
from tests.test_report import claim, record


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Records, gold data and an article, large enough that none fits in a pipe's buffer."""
    folder = tmp_path_factory.mktemp("pipes")
    lines = []
    for number in range(1500):  # a speakers table of 120 KB
        text = f"Ana Roe{number} said the bridge number {number} is safe, and the council agreed."
        said = claim(text, 0, f"Ana Roe{number}", "said", f"the bridge number {number} is safe")
        lines.append(json.dumps(record(f"a{number}.txt", text, [said])))
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = "\n".join(gold_line(i, t) for i, t in enumerate(TEXTS)) + "\n"
    (folder / "gold.jsonl").write_text(gold, encoding="utf-8")
    (folder / "a.txt").write_text("The mayor said the bridge would reopen in May.\n", "utf-8")
    return folder


def run_into_closed_pipe(
    args: list[str], cwd: Path, unbuffered: bool = False
) -> subprocess.CompletedProcess[bytes]:
    """The reader is gone before claimx writes anything."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {**os.environ, "PYTHONUNBUFFERED": "1" if unbuffered else ""}
    try:
        return subprocess.run(
            [sys.executable, "-m", "claimx", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
            check=False,
        )
    finally:
        os.close(write_end)


def run_like_head(args: list[str], cwd: Path, unbuffered: bool) -> tuple[int, bytes, bytes]:
    """The reader takes the first bytes and leaves while claimx is still writing."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1" if unbuffered else ""}
    process = subprocess.Popen(
        [sys.executable, "-m", "claimx", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.read(100)
    process.stdout.close()
    stderr = process.stderr.read()
    return process.wait(timeout=120), first, stderr


WITHOUT_MODEL = [
    ["report", "records.jsonl"],
    ["report", "records.jsonl", "-o", "-"],
    ["speakers", "records.jsonl", "-f", "table"],
    ["speakers", "records.jsonl", "-f", "json"],
    ["speakers", "records.jsonl", "-f", "csv"],
    ["schema"],
    ["--help"],
    ["extract", "--help"],
    ["--version"],
]
WITH_MODEL = [
    ["extract", "a.txt", "-f", "table"],
    ["extract", "a.txt", "-f", "json"],
    ["extract", "a.txt", "-f", "jsonl"],
    ["extract", "a.txt", "-f", "csv"],
    ["extract", "a.txt", "-f", "html"],
    ["evaluate", "gold.jsonl", "-f", "table"],
    ["evaluate", "gold.jsonl", "-f", "json"],
    ["info"],
    ["info", "--json"],
]


@pytest.mark.parametrize("args", WITHOUT_MODEL, ids=" ".join)
def test_a_pipe_closed_before_anything_is_written_exits_141(args: list[str], files: Path) -> None:
    done = run_into_closed_pipe(args, files)
    assert (done.returncode, done.stderr) == (EXIT_BROKEN_PIPE, b"")


@pytest.mark.model
@pytest.mark.parametrize("args", WITH_MODEL, ids=" ".join)
def test_every_format_into_a_closed_pipe_exits_141(
    pipeline: object, args: list[str], files: Path
) -> None:
    done = run_into_closed_pipe([*args, "-q"] if args[0] != "info" else args, files)
    assert (done.returncode, done.stderr) == (EXIT_BROKEN_PIPE, b"")


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "PYTHONUNBUFFERED"])
@pytest.mark.parametrize(
    "args",
    [
        ["report", "records.jsonl", "-o", "-"],
        ["speakers", "records.jsonl", "-f", "json"],
        ["speakers", "records.jsonl", "-f", "table"],
        ["speakers", "records.jsonl", "-f", "csv"],
    ],
    ids=" ".join,
)
def test_a_reader_that_leaves_early_ends_the_run_with_141(
    args: list[str], unbuffered: bool, files: Path
) -> None:
    code, first, stderr = run_like_head(args, files, unbuffered)
    assert first  # it had begun writing
    assert (code, stderr) == (EXIT_BROKEN_PIPE, b"")


def test_a_report_cut_short_in_a_real_shell_exits_141(files: Path) -> None:
    done = subprocess.run(
        f"{sys.executable} -m claimx report records.jsonl | head -1; echo ${{PIPESTATUS[0]}} >&2",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        cwd=files,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        check=False,
    )
    assert done.stdout == "<!doctype html>\n"
    assert done.stderr.strip() == "141"


def in_shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, shell=True, executable="/bin/bash", capture_output=True, text=True, cwd=cwd,
        check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    "args", ["speakers records.jsonl", "report records.jsonl", "schema"], ids=str
)
def test_a_closed_stdout_is_one_error_line(args: str, files: Path) -> None:
    done = in_shell(f"{sys.executable} -m claimx {args} >&-", files)
    assert done.returncode == 1
    assert done.stderr == "Error: cannot write the output (standard output is closed)\n"


def test_a_closed_stdout_does_not_matter_with_an_output_file(files: Path) -> None:
    done = in_shell(f"{sys.executable} -m claimx speakers records.jsonl -o s.json >&-", files)
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads((files / "s.json").read_text(encoding="utf-8"))


@pytest.mark.model
def test_a_closed_stderr_does_not_stop_the_run(pipeline: object, files: Path) -> None:
    done = in_shell(f"{sys.executable} -m claimx extract a.txt -f jsonl 2>&-", files)
    assert done.returncode == 0
    assert json.loads(done.stdout)["input"] == "a.txt"
