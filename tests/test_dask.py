"""The Dask runner on real clusters: a local one, and a standalone ``dask scheduler`` with two
``dask worker`` processes started here on localhost. Its records are the local runner's."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .conftest import EXAMPLES, SEED, invoke

pytestmark = pytest.mark.model

BIN = Path(sys.executable).parent


def extract(*args: str) -> tuple[int, str, str]:
    return invoke("extract", *args)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in [*sorted(EXAMPLES.glob("*.txt")), SEED]:
        (folder / path.name).write_bytes(path.read_bytes())
    for index in range(20):  # enough files for two parts
        (folder / f"short-{index:02d}.txt").write_text(
            f"The mayor said the bridge would reopen in week {index}.\n", encoding="utf-8"
        )
    (folder / "binary.bin").write_bytes(b"\x00\x01\x02 not text")
    return folder


def local_lines(*inputs: str) -> list[str]:
    _, out, _ = extract(*inputs, "-f", "jsonl", "-j", "1", "-q")
    return sorted(out.splitlines(), key=lambda line: json.loads(line)["input"])


def part_lines(folder: Path) -> list[str]:
    lines = [line for part in sorted(folder.glob("part-*.jsonl")) for line in part.read_text(
        encoding="utf-8").splitlines()]  # fmt: skip
    return sorted(lines, key=lambda line: json.loads(line)["input"])


def test_a_local_cluster_writes_the_local_runners_records_in_parts(
    articles: Path, tmp_path: Path
) -> None:
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    code, stdout, err = extract(
        str(articles), "--engine", "dask", "-j", "2", "-o", str(out), "--errors", str(errors)
    )
    assert code == 1 and stdout == ""  # binary.bin failed; everything else is written
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.jsonl", "part-00001.jsonl"]
    assert part_lines(out) == local_lines(str(articles))
    assert [json.loads(line)["input"] for line in errors.read_text().splitlines()] == [
        str(articles / "binary.bin")
    ]
    assert "dask: 2 of 2 parts to run" in err
    assert "claimx: 24 articles" in err and "1 failed" in err


def test_resume_runs_only_the_missing_parts(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(str(articles), "--engine", "dask", "-o", str(out), "-q")[0] == 1
    complete = part_lines(out)
    (out / "part-00001.jsonl").unlink()  # as if the job had been stopped before it
    code, _, err = extract(str(articles), "--engine", "dask", "-o", str(out), "--resume")
    assert code == 0  # (binary.bin failed in the part already done, which is not run again)
    assert "dask: 1 of 2 parts to run" in err and "16 already done" in err
    assert part_lines(out) == complete
    code, _, err = extract(str(articles), "--engine", "dask", "-o", str(out))
    assert code == 1 and "already holds part files of an earlier job" in err


def test_parquet_parts_and_file_urls(articles: Path, tmp_path: Path) -> None:
    import duckdb

    out = tmp_path / "parquet"
    code, _, _ = extract(
        f"file://{articles}", "--engine", "dask", "-f", "parquet", "-o", f"file://{out}", "-q"
    )
    assert code == 1
    rows = duckdb.execute(f"select count(*) from '{out}/part-*.parquet'").fetchall()[0]
    local = [json.loads(line) for line in local_lines(str(articles))]
    assert rows == (sum(len(r["claims"]) for r in local),)
    query = f"select input from '{out}/part-*.parquet'"
    inputs = {row[0] for row in duckdb.execute(query).fetchall()}
    assert f"file://{articles / 'short-00.txt'}" in inputs


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    address: str
    nannies: list[subprocess.Popen[bytes]]  # each `dask worker` process; its worker a child


@pytest.fixture
def standalone_cluster(tmp_path: Path) -> Iterator[Cluster]:
    """A real ``dask scheduler`` and two ``dask worker`` processes on localhost."""
    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rsplit(":", 1)[1]
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    logs = (tmp_path / "dask.log").open("w")
    scheduler = subprocess.Popen(
        [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"],
        stdout=logs, stderr=logs, env=env, cwd=tmp_path,
    )  # fmt: skip
    workers = [
        subprocess.Popen(
            [
                BIN / "dask",
                "worker",
                address,
                "--nworkers",
                "1",
                "--nthreads",
                "1",
                "--no-dashboard",
                "--name",
                f"w{index}",
            ],
            stdout=logs,
            stderr=logs,
            env=env,
            cwd=tmp_path,
        )
        for index in range(2)
    ]
    try:
        wait_for_workers(address, 2)
        yield Cluster(address, workers)
    finally:
        for process in [*workers, scheduler]:
            process.terminate()
        for process in [*workers, scheduler]:
            process.wait(timeout=30)
        logs.close()


def wait_for_workers(address: str, count: int, seconds: float = 60) -> None:
    from distributed import Client

    deadline = time.monotonic() + seconds
    while True:
        try:
            client_class: Any = Client  # (untyped)
            with client_class(address, timeout=5) as client:
                client.wait_for_workers(count, timeout=max(deadline - time.monotonic(), 1))
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_a_standalone_scheduler_with_two_workers(
    articles: Path, tmp_path: Path, standalone_cluster: Cluster
) -> None:
    out = tmp_path / "out"
    address = standalone_cluster.address
    code, _, err = extract(
        str(articles), "--engine", "dask", "--scheduler", address, "-o", str(out)
    )
    assert code == 1
    assert f"{articles / 'binary.bin'}: binary file" in err
    assert part_lines(out) == local_lines(str(articles))


def test_an_output_folder_inside_the_inputs_is_never_read(articles: Path) -> None:
    out = articles / "claims"
    assert extract(str(articles), "--engine", "dask", "-o", str(out), "-q")[0] == 1
    first = part_lines(out)
    code, _, err = extract(str(articles), "--engine", "dask", "-o", str(out), "--resume")
    assert code == 0 and "0 of 2 parts to run" in err
    assert part_lines(out) == first


def test_a_worker_killed_mid_job_has_its_parts_run_again(
    tmp_path: Path, standalone_cluster: Cluster
) -> None:
    import psutil

    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(160):  # ten parts: time enough to kill a worker in the middle
        (folder / f"{index:03d}.txt").write_text(
            f"The mayor said the bridge would reopen in week {index}. " * 40, encoding="utf-8"
        )
    out = tmp_path / "out"
    command = [str(BIN / "claimx"), "extract", str(folder), "--engine", "dask", "-q"]
    job = subprocess.Popen([*command, "--scheduler", standalone_cluster.address, "-o", str(out)])
    deadline = time.monotonic() + 120
    while not list(out.glob("part-*.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.2)
    nanny = psutil.Process(standalone_cluster.nannies[0].pid)
    worker = nanny.children(recursive=True)[0]
    assert job.poll() is None and len(list(out.glob("part-*.jsonl"))) < 10  # mid-job
    worker.kill()  # a worker dies outright in the middle of the job, as by the OOM killer
    assert job.wait(timeout=300) == 0
    assert len(list(out.glob("part-*.jsonl"))) == 10
    assert part_lines(out) == local_lines(str(folder))
