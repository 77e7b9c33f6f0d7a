"""Stopping a batch from outside: Ctrl-C, SIGTERM, a parent killed outright.

Each test starts the real command on a long batch with two workers, waits for its first output
line, stops it, and checks what a user would: the exit code, one line on stderr (no traceback
from each worker), an output file of complete JSON lines, and no worker left running.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and process groups"),
]

# Long enough that 3,000 of them take a minute or more, so that a machine busy enough to delay
# this test's polling for seconds still finds the batch running when it stops it.
ARTICLE = "The mayor said the bridge would reopen in May, and critics argued it was late.\n\n" * 12
WAIT_SECONDS = 60.0  # for the first line on a slow machine; the tests take a few seconds


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough articles that the batch is still running when it is stopped."""
    articles = tmp_path_factory.mktemp("signals") / "articles"
    articles.mkdir()
    for index in range(3000):
        (articles / f"{index:04d}.txt").write_text(ARTICLE, encoding="utf-8")
    return articles


def start(folder: Path, output: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "claimx", "extract", str(folder), "-j", "2", "-o", str(output)]
    process = subprocess.Popen(
        command,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_as_from_a_terminal,
    )
    deadline = time.monotonic() + WAIT_SECONDS
    while not (output.exists() and output.stat().st_size) and process.poll() is None:
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("no output line in time")
        time.sleep(0.05)
    assert process.poll() is None, "the batch ended before it could be stopped"
    return process


def _as_from_a_terminal() -> None:
    """Ctrl-C's default disposition in the command. A shell without job control starts its
    background jobs (`.ci/run &`, nohup) with SIGINT ignored, and every child inherits that:
    claimx then rightly ignores Ctrl-C, as any Unix tool in the background does."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def workers_of(pid: int) -> list[int]:
    """The child processes of ``pid``, read from /proc (field 4 of a stat line is the parent)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[-1].split()
        except OSError:  # the process ended while we looked
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


def gone(pids: list[int], within: float = 15.0) -> bool:
    """Have all these processes exited within ``within`` seconds? (Generous: on a loaded
    two-core machine a stopped worker was once seen to take over five.)"""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() and _alive(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its entry waits for its parent


def complete_lines(output: Path) -> list[dict[str, object]]:
    data = output.read_text(encoding="utf-8")
    assert data.endswith("\n")
    return [json.loads(line) for line in data.splitlines()]


@pytest.mark.skipif(not Path("/proc").exists(), reason="reads /proc")
@pytest.mark.parametrize(
    ("how", "code", "message"),
    [("SIGTERM", 143, "Terminated."), ("SIGINT", 130, "Interrupted.")],
)
def test_a_stopped_batch_keeps_complete_lines_and_leaves_no_worker(
    folder: Path, tmp_path: Path, how: str, code: int, message: str
) -> None:
    output = tmp_path / "claims.jsonl"
    process = start(folder, output)
    workers = workers_of(process.pid)
    if how == "SIGINT":
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    else:
        os.kill(process.pid, signal.SIGTERM)  # kill, timeout, a scheduler: the main process only
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == code
    assert stderr.strip().splitlines()[-1] == message
    assert "Traceback" not in stderr
    assert 0 < len(complete_lines(output)) < 3000
    assert workers and gone(workers)


@pytest.mark.skipif(not Path("/proc").exists(), reason="reads /proc")
def test_workers_exit_when_their_parent_is_killed_outright(folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "claims.jsonl"
    process = start(folder, output)
    workers = workers_of(process.pid)
    process.kill()
    process.communicate(timeout=30)
    assert workers and gone(workers)
    complete_lines(output)
