"""-o and --errors: written as a shell redirection would, never replacing what is not a file,
never reading claimx's own output back as an input."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx.cli import cli

from .conftest import invoke

pytestmark = pytest.mark.model

GOOD = "The mayor said the bridge would reopen in May.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.mark.parametrize("format_name", ["json", "csv", "table", "jsonl"])
def test_an_existing_file_keeps_its_mode(article: Path, tmp_path: Path, format_name: str) -> None:
    out = tmp_path / "out.data"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert invoke("extract", str(article), "-f", format_name, "-o", str(out))[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert "mayor" in out.read_text(encoding="utf-8")


def test_a_new_file_honours_the_umask(article: Path, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        for format_name in ("json", "jsonl"):
            out = tmp_path / f"new.{format_name}"
            assert invoke("extract", str(article), "-o", str(out))[0] == 0
            assert stat.S_IMODE(out.stat().st_mode) == 0o640, format_name
    finally:
        os.umask(old)


def test_a_symbolic_link_is_followed_and_stays_a_link(article: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "claims.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert invoke("extract", str(article), "-o", str(link))[0] == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))[0]["input"] == str(article)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["claims.json"]  # no temporary left


def test_a_fifo_is_written_directly_not_replaced(article: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "claims.json"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    code = invoke("extract", str(article), "-f", "json", "-o", str(fifo))[0]
    reader.join(timeout=30)
    assert code == 0
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])[0]["input"] == str(article)


def test_a_full_device_is_one_error_and_stays_a_device(article: Path) -> None:
    code, _, err = invoke("extract", str(article), "-f", "json", "-o", "/dev/full")
    assert code == 1
    assert err.splitlines()[-1] == (
        "Error: /dev/full: cannot write (No space left on device) — free some space"
    )
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_full_stdout_is_one_error_line(article: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "claimx", "extract", str(article), "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "Error: cannot write the output (No space left on device)"
    )


@pytest.mark.parametrize("format_name", ["json", "jsonl"])
def test_a_read_only_file_is_an_error_and_stays_as_it_was(
    article: Path, tmp_path: Path, format_name: str
) -> None:
    out = tmp_path / f"locked.{format_name}"
    out.write_text("keep me", encoding="utf-8")
    out.chmod(0o444)
    code, _, err = invoke("extract", str(article), "-o", str(out))
    assert code == 1
    assert err.strip() == (
        f"Error: {out}: read-only file, left as it was — make it writable (chmod u+w) or "
        "choose another -o"
    )
    assert out.read_text(encoding="utf-8") == "keep me"
    assert stat.S_IMODE(out.stat().st_mode) == 0o444


def test_a_stale_temporary_file_is_recognised_and_removed(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a process id that no longer runs, as after a SIGKILL
    stale = tmp_path / f".claims.json.claimx-{dead.pid}-k3j2.tmp"
    stale.write_text('[\n  {"input": "half', encoding="utf-8")
    other = tmp_path / f".other.json.claimx-{dead.pid}-k3j2.tmp"  # another output's: not ours
    other.write_text("x", encoding="utf-8")
    code, _, err = invoke("extract", str(article), "-o", str(out))
    assert code == 0
    assert not stale.exists() and other.exists()
    assert f"Warning: removed {stale}, a temporary file left by an interrupted run" in err


def test_output_and_errors_files_in_the_input_folder_are_never_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.bin").write_bytes(b"\x00\x01binary")
    out, errors = folder / "claims.json", folder / "errors.jsonl"
    first = invoke("extract", str(folder), "-o", str(out), "--errors", str(errors))
    second = invoke("extract", str(folder), "-o", str(out), "--errors", str(errors))
    assert first[0] == second[0] == 1
    assert [r["input"] for r in json.loads(out.read_text(encoding="utf-8"))] == [
        str(folder / "a.txt")
    ]
    assert [json.loads(line)["input"] for line in errors.read_text().splitlines()] == [
        str(folder / "b.bin")
    ]
    out.unlink()  # (an earlier run's output is an ordinary file to a later run with another -o)
    errors.unlink()
    lines = folder / "claims.jsonl"
    assert invoke("extract", str(folder / "a.txt"), "-o", str(lines))[0] == 0
    code, _, err = invoke("extract", str(folder), "-o", str(lines), "--resume")
    assert code == 1  # b.bin, still binary
    assert "1 already done" in err
    assert [json.loads(line)["input"] for line in lines.read_text().splitlines()] == [
        str(folder / "a.txt")
    ]


def test_an_output_named_as_an_input_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(article)])
    assert result.exit_code == 2
    assert f"{article} is both an input and the -o file" in result.stderr
    assert article.read_text(encoding="utf-8") == GOOD


def test_a_missing_model_leaves_the_output_file_as_it_was(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    out.write_text('{"input": "earlier"}\n', encoding="utf-8")
    code, _, _ = invoke("extract", str(article), "-o", str(out), "--model", "en_core_web_xl")
    assert code == 1
    assert out.read_text(encoding="utf-8") == '{"input": "earlier"}\n'


def test_errors_file_problems_name_the_errors_option(article: Path, tmp_path: Path) -> None:
    folder = tmp_path / "errors-folder"
    folder.mkdir()
    code, _, err = invoke("extract", str(article), "--errors", str(folder))
    assert code == 1
    assert err.strip() == f"Error: {folder}: is a directory — give --errors a file name"
    same = tmp_path / "both.jsonl"
    result = CliRunner().invoke(
        cli, ["extract", str(article), "-o", str(same), "--errors", str(same)]
    )
    assert result.exit_code == 2
    assert "-o and --errors name the same file" in result.stderr
    assert not same.exists()
