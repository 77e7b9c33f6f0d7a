"""Nothing an output does loses data (issue 21): an output naming an input in any command, the
standard streams named as files, two runs on one output, --resume on a file it did not write,
claimx train over a folder with a user's files, --errors on a full disk, stdin named twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimx
from claimx.cli import cli

from .conftest import invoke

pytestmark = pytest.mark.model

GOOD = "The mayor said the bridge would reopen in May.\n"
OTHER = "Officials said taxes would fall next year.\n"
SRC = str(Path(claimx.__file__).resolve().parent.parent)  # the claimx under test


def usage(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stderr


def shell(command: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``command`` in sh, where ``claimx`` is this checkout's claimx."""
    environment = {**os.environ, "PYTHONPATH": SRC}
    claimx = f"{sys.executable} -m claimx"
    return subprocess.run(
        ["sh", "-c", command.replace("claimx ", claimx + " ")],
        cwd=cwd,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def gold_line(text: str) -> str:
    source_end = text.index(" said")
    claim = {
        "source_span": [0, source_end],
        "cue": "said",
        "cue_span": [source_end + 1, source_end + 5],
        "content_span": [source_end + 6, len(text.rstrip()) - 1],
    }
    return json.dumps({"id": "g1", "text": text.rstrip(), "claims": [claim], "meta": {}}) + "\n"


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line(GOOD) + gold_line(OTHER), encoding="utf-8")
    return path


# --- 1. an output naming an input, in any command ---------------------------------------------


def test_evaluate_errors_naming_the_gold_is_a_usage_error(
    gold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gold.read_bytes()
    link = tmp_path / "link.jsonl"
    link.symlink_to(gold)
    hard = tmp_path / "hard.jsonl"
    os.link(gold, hard)
    monkeypatch.chdir(tmp_path)
    spellings = ("gold.jsonl", "./sub/../gold.jsonl", "./missing/../gold.jsonl")
    for errors in (str(gold), *spellings, str(link), str(hard)):
        (tmp_path / "sub").mkdir(exist_ok=True)
        code, err = usage("evaluate", str(gold), "--errors", errors)
        assert code == 2, (errors, err)
        assert f"{gold} is both an input and the --errors file" in err
        assert gold.read_bytes() == before


def test_evaluate_errors_inside_a_brat_gold_folder_is_a_usage_error(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a.ann").write_text("", encoding="utf-8")
    code, err = usage("evaluate", str(folder), "--errors", str(folder / "a.ann"))
    assert code == 2
    assert f"--errors {folder / 'a.ann'} is inside {folder}, which is read" in err
    assert (folder / "a.ann").read_text(encoding="utf-8") == ""


def test_an_output_that_is_an_article_of_an_input_folder_is_a_usage_error(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    elsewhere = tmp_path / "out.jsonl"
    os.link(folder / "b.txt", elsewhere)  # a hard link: the same article under another name
    spelled = folder / "missing" / ".." / "a.txt"
    for option, target in (
        ("-o", folder / "a.txt"),
        ("--errors", folder / "a.txt"),
        ("-o", spelled),
    ):
        code, err = usage("extract", str(folder), option, str(target))
        assert code == 2, err
        assert f"{option} {target} is an input found in a folder, not claimx output" in err
    code, err = usage("extract", str(folder), "-o", str(elsewhere))
    assert code == 2, err
    assert (folder / "a.txt").read_text(encoding="utf-8") == GOOD
    assert (folder / "b.txt").read_text(encoding="utf-8") == OTHER


def test_an_output_inside_the_model_folder_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    model = tmp_path / "model"
    model.mkdir()
    (model / "meta.json").write_text("{}", encoding="utf-8")
    code, err = usage(
        "extract", str(article), "--model", str(model), "-o", str(model / "meta.json")
    )
    assert code == 2
    assert f"-o {model / 'meta.json'} is inside {model}, which is read" in err
    assert (model / "meta.json").read_text(encoding="utf-8") == "{}"


def test_report_over_the_article_it_reads_back_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(GOOD, encoding="utf-8")
    assert invoke("extract", "a.txt", "-o", "claims.jsonl")[0] == 0
    code, err = usage("report", "claims.jsonl", "-o", "a.txt")
    assert code == 2
    assert "a.txt is both an input and the -o file" in err
    assert Path("a.txt").read_text(encoding="utf-8") == GOOD


def test_stdin_redirected_from_the_output_file_is_a_usage_error(article: Path) -> None:
    done = shell("claimx extract -o a.txt < a.txt", article.parent)
    assert done.returncode == 2
    assert "standard input (-) is both an input and the -o file" in done.stderr
    assert article.read_text(encoding="utf-8") == GOOD


def test_standard_input_is_not_an_output(article: Path) -> None:
    code, err = usage("extract", str(article), "-o", "/dev/stdin")
    assert code == 2
    assert "-o /dev/stdin is standard input, which is read" in err


def test_o_and_errors_on_one_stream_is_a_usage_error(article: Path) -> None:
    code, err = usage("extract", str(article), "--errors", "/dev/stdout")
    assert code == 2
    assert "-o and --errors name the same stream" in err


def test_train_gold_inside_the_output_folder_is_a_usage_error(tmp_path: Path) -> None:
    model = tmp_path / "model"
    model.mkdir()
    train = model / "train.jsonl"
    train.write_text(gold_line(GOOD), encoding="utf-8")
    code, err = usage("train", str(train), "--dev", str(train), "-o", str(model))
    assert code == 2
    assert f"-o {model} would write over the gold {train}" in err
    assert train.read_text(encoding="utf-8") == gold_line(GOOD)


# --- 2. /dev/stdout, /dev/stderr, /dev/fd/N: written through the open stream ------------------


@pytest.mark.parametrize("format_name", ["jsonl", "json", "csv"])
def test_dev_stdout_appends_where_the_shell_appends(article: Path, format_name: str) -> None:
    folder = article.parent
    (folder / "log").write_text("kept\n", encoding="utf-8")
    done = shell(f"claimx extract a.txt -f {format_name} -o /dev/stdout >> log", folder)
    assert done.returncode == 0, done.stderr
    log = (folder / "log").read_text(encoding="utf-8")
    assert log.startswith("kept\n") and "a.txt" in log


def test_dev_stdout_keeps_what_the_group_wrote_before_and_after(article: Path) -> None:
    folder = article.parent
    done = shell("{ echo H; claimx extract a.txt -f json -o /dev/stdout; echo F; } > f", folder)
    assert done.returncode == 0, done.stderr
    lines = (folder / "f").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "H" and lines[-1] == "F"
    assert json.loads("\n".join(lines[1:-1]))[0]["input"] == "a.txt"


def test_dev_stdout_into_a_pipe_works(article: Path) -> None:
    done = shell("claimx extract a.txt -o /dev/stdout | cat", article.parent)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["input"] == "a.txt"


def test_dev_stderr_and_dev_fd_are_written_through_their_descriptors(article: Path) -> None:
    folder = article.parent
    (folder / "three").write_text("kept\n", encoding="utf-8")
    done = shell("claimx extract a.txt -o /dev/fd/3 3>> three", folder)
    assert done.returncode == 0, done.stderr
    three = (folder / "three").read_text(encoding="utf-8").splitlines()
    assert three[0] == "kept" and json.loads(three[1])["input"] == "a.txt"
    (folder / "err").write_text("kept\n", encoding="utf-8")
    done = shell("claimx extract a.txt -q -o /proc/self/fd/2 2>> err", folder)
    assert done.returncode == 0
    err = (folder / "err").read_text(encoding="utf-8").splitlines()
    assert err[0] == "kept" and json.loads(err[1])["input"] == "a.txt"
    (folder / "link").symlink_to("/dev/stderr")
    done = shell("claimx extract a.txt -q -o link 2>> err", folder)
    assert done.returncode == 0
    assert len((folder / "err").read_text(encoding="utf-8").splitlines()) == 3


# --- 3. one run per output: a lock, tested with real concurrent runs --------------------------


@pytest.fixture
def holder(article: Path) -> Iterator[subprocess.Popen[str]]:
    """A claimx run on -o c.jsonl that holds its lock while it waits for its stdin."""
    folder = article.parent
    (folder / "c.jsonl").write_text("", encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": SRC}
    running = subprocess.Popen(
        [sys.executable, "-m", "claimx", "extract", "-", "-o", "c.jsonl", "--resume"],
        cwd=folder,
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = folder / ".c.jsonl.claimx-lock"
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().strip() == str(running.pid)):
        assert running.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    yield running
    if running.poll() is None:
        running.kill()
        running.wait()


@pytest.mark.parametrize(
    "command",
    [
        "claimx extract a.txt -o c.jsonl",
        "claimx extract a.txt -o c.jsonl --resume",
        "claimx extract a.txt -f json -o ./c.jsonl",
        "claimx extract a.txt -o other.jsonl --errors c.jsonl",
        "claimx speakers held.jsonl -o c.jsonl",
        "claimx report held.jsonl -o c.jsonl",
    ],
)
def test_a_second_run_on_a_locked_output_stops_at_once(
    holder: subprocess.Popen[str], article: Path, command: str
) -> None:
    folder = article.parent
    (folder / "held.jsonl").write_text("", encoding="utf-8")
    second = shell(command, folder)
    assert second.returncode == 1
    assert second.stderr.strip().splitlines() == [
        f"Error: {_named(command)}: in use by another claimx run (process {holder.pid}) — "
        f"wait for it to finish, or choose another {_option(command)}"
    ]
    _, err = holder.communicate(GOOD, timeout=120)
    assert holder.returncode == 0, err
    records = [json.loads(line) for line in (folder / "c.jsonl").read_text().splitlines()]
    assert [r["input"] for r in records] == ["-"]  # the holder's one record, whole
    assert not (folder / ".c.jsonl.claimx-lock").exists()


def _named(command: str) -> str:
    words = command.split()
    return next(w for w in words if w.endswith("c.jsonl"))


def _option(command: str) -> str:
    words = command.split()
    return words[words.index(_named(command)) - 1]


def test_a_hard_link_to_a_locked_output_is_locked_too(
    holder: subprocess.Popen[str], article: Path
) -> None:
    folder = article.parent
    os.link(folder / "c.jsonl", folder / "same.jsonl")  # the file the holder locked, renamed
    second = shell("claimx extract a.txt -o same.jsonl", folder)
    assert second.returncode == 1
    assert second.stderr.strip() == (
        "Error: same.jsonl: in use by another claimx run — wait for it to finish, or choose "
        "another -o"
    )
    holder.communicate(GOOD, timeout=120)
    assert holder.returncode == 0
    assert len((folder / "same.jsonl").read_text(encoding="utf-8").splitlines()) == 1


# --- 4. --resume trusts nothing ---------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")
    (articles / "b.txt").write_text(OTHER, encoding="utf-8")
    return articles


def clean_lines(folder: Path, tmp_path: Path) -> list[str]:
    clean = tmp_path / "clean.jsonl"
    assert invoke("extract", str(folder), "-o", str(clean), "-j", "1")[0] == 0
    return clean.read_text(encoding="utf-8").splitlines(keepends=True)


def test_resume_refuses_a_file_claimx_did_not_write(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    mine = '{"note": "my own data"}\n{"note": "half a li'
    out.write_text(mine, encoding="utf-8")
    code, _, err = invoke("extract", str(folder), "-o", str(out), "--resume")
    assert code == 1
    assert err.strip() == (
        f"Error: {out}: not claimx output (line 1: not a claimx record (no schema_version, "
        "input, text_sha256, model, claims)) — --resume appends only to a file claimx extract "
        "wrote; choose another -o"
    )
    assert out.read_text(encoding="utf-8") == mine


def test_resume_refuses_a_damaged_file_and_names_the_line(folder: Path, tmp_path: Path) -> None:
    lines = clean_lines(folder, tmp_path)
    out = tmp_path / "damaged.jsonl"
    damaged = lines[0] + '{"schema_version": 1, "inp\n' + lines[1]
    out.write_text(damaged, encoding="utf-8")
    code, _, err = invoke("extract", str(folder), "-o", str(out), "--resume")
    assert code == 1
    assert err.strip().startswith(f"Error: {out}:2: damaged (not a JSON record: ")
    assert err.strip().endswith(
        "— --resume cannot tell what was lost; repair or remove that line, or choose another -o"
    )
    assert out.read_text(encoding="utf-8") == damaged


def test_resume_refuses_a_last_line_that_is_not_a_claimx_record(
    folder: Path, tmp_path: Path
) -> None:
    lines = clean_lines(folder, tmp_path)
    out = tmp_path / "added.jsonl"
    added = lines[0] + "my note, no newline"
    out.write_text(added, encoding="utf-8")
    code, _, err = invoke("extract", str(folder), "-o", str(out), "--resume")
    assert code == 1
    assert f"Error: {out}:2: damaged (not a JSON record" in err
    assert out.read_text(encoding="utf-8") == added


def test_resume_cuts_only_a_partial_claimx_record(folder: Path, tmp_path: Path) -> None:
    lines = clean_lines(folder, tmp_path)
    out = tmp_path / "cut.jsonl"
    out.write_text(lines[0] + lines[1][:50], encoding="utf-8")
    code, _, err = invoke("extract", str(folder), "-o", str(out), "--resume", "-j", "1")
    assert code == 0, err
    assert out.read_text(encoding="utf-8") == "".join(lines)
    assert "removed its last record, cut short by an interruption" in err
    # A complete last record whose newline was lost is kept, and the newline added.
    out.write_text(lines[0].rstrip("\n"), encoding="utf-8")
    code, _, err = invoke("extract", str(folder), "-o", str(out), "--resume", "-j", "1")
    assert code == 0, err
    assert out.read_text(encoding="utf-8") == "".join(lines)


def test_resume_redoes_an_input_whose_text_changed(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    assert invoke("extract", str(folder), "-o", str(out), "-j", "1")[0] == 0
    changed = "The coach said the team was ready.\n"
    (folder / "a.txt").write_text(changed, encoding="utf-8")
    code, _, err = invoke("extract", str(folder), "-o", str(out), "--resume", "-j", "1")
    assert code == 0, err
    assert "its text changed since it was extracted; extracted again" in err
    assert "1 already done" in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["input"] for r in records) == [str(folder / "a.txt"), str(folder / "b.txt")]
    redone = next(r for r in records if r["input"].endswith("a.txt"))
    assert redone["text_length"] == len(changed)
    assert "coach" in redone["claims"][0]["source"]["text"]


def test_resume_refuses_another_models_records_unless_told(folder: Path, tmp_path: Path) -> None:
    lines = clean_lines(folder, tmp_path)
    record = json.loads(lines[0])
    record["model"] = {"name": "en_core_web_trf", "version": "3.8.0", "rule_only": False}
    out = tmp_path / "other-model.jsonl"
    written = json.dumps(record, ensure_ascii=False) + "\n"
    out.write_text(written, encoding="utf-8")
    code, _, err = invoke("extract", str(folder), "-o", str(out), "--resume", "-j", "1")
    assert code == 1
    assert err.strip().startswith(f"Error: {out}:1: a record of model en_core_web_trf 3.8.0, not ")
    assert "add --resume-any-model to mix models in one file" in err
    assert out.read_text(encoding="utf-8") == written
    code, _, err = invoke(
        "extract", str(folder), "-o", str(out), "--resume", "--resume-any-model", "-j", "1"
    )
    assert code == 0, err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_resume_needs_a_file_not_a_stream(folder: Path) -> None:
    code, err = usage("extract", str(folder), "-o", "/dev/stdout", "--resume")
    assert code == 2
    assert "--resume reads -o back: /dev/stdout is a stream, not a file" in err
    code, err = usage("extract", str(folder), "--resume-any-model")
    assert code == 2


# --- 5. claimx train -o over an earlier model ------------------------------------------------


def blank_model(name: str) -> object:
    import spacy

    bare = spacy.blank("en")
    bare.meta["name"] = name
    bare.meta["claimx"] = {"trained_at": "now"}
    return bare


def test_a_new_model_replaces_only_what_claimx_wrote(tmp_path: Path) -> None:
    from claimx.learn.training import _write

    output = tmp_path / "model"
    _write(blank_model("first"), output)
    (output / "NOTES.md").write_text("how I trained it", encoding="utf-8")
    (output / "data").symlink_to(tmp_path)
    (output / "tokenizer").write_text("changed by hand", encoding="utf-8")  # claimx wrote it
    _write(blank_model("second"), output)
    assert (output / "NOTES.md").read_text(encoding="utf-8") == "how I trained it"
    assert (output / "data").is_symlink() and (output / "data").resolve() == tmp_path
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "second"
    assert meta["claimx"]["files"] == ["config.cfg", "meta.json", "tokenizer", "vocab"]
    assert (output / "tokenizer").read_bytes() != b"changed by hand"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]  # nothing left beside


def test_a_model_written_through_a_link_keeps_the_link(tmp_path: Path) -> None:
    from claimx.learn.training import _write

    real = tmp_path / "real"
    _write(blank_model("first"), real)
    link = tmp_path / "current"
    link.symlink_to(real)
    _write(blank_model("second"), link)
    assert link.is_symlink()
    assert json.loads((real / "meta.json").read_text(encoding="utf-8"))["name"] == "second"


def test_a_users_file_named_as_a_new_model_file_is_not_replaced(tmp_path: Path) -> None:
    from claimx.errors import ClaimxError
    from claimx.learn.training import _write

    output = tmp_path / "model"
    _write(blank_model("first"), output)
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    meta["claimx"]["files"] = ["meta.json", "config.cfg", "vocab"]  # not the tokenizer
    (output / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (output / "tokenizer").write_text("mine", encoding="utf-8")
    with pytest.raises(ClaimxError, match="tokenizer: in the model folder but not written"):
        _write(blank_model("second"), output)
    assert (output / "tokenizer").read_text(encoding="utf-8") == "mine"
    assert json.loads((output / "meta.json").read_text(encoding="utf-8"))["name"] == "first"


# --- 6. --errors on a full disk; stdin named twice; a Dask folder named like a file -------------


def test_errors_on_a_full_disk_is_reported_once_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    for name in ("b.bin", "c.bin"):
        (folder / name).write_bytes(b"\x00\x01binary")
    (folder / "d.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    code, _, err = invoke(
        "extract", str(folder), "-o", str(out), "--errors", "/dev/full", "-j", "1"
    )
    assert code == 1
    full = [line for line in err.splitlines() if "/dev/full" in line]
    assert full == [
        "Error: /dev/full: cannot write (No space left on device); the run goes on without it "
        "— free some space, the failures are on stderr"
    ]
    assert err.count("b.bin") == 1 and err.count("c.bin") == 1
    inputs = [json.loads(line)["input"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert inputs == [str(folder / "a.txt"), str(folder / "d.txt")]


def test_evaluate_errors_on_a_full_disk_still_gives_the_scores(gold: Path) -> None:
    wrong = gold.parent / "missed.jsonl"
    text = "The weather was mild on Tuesday."
    claim = {"source_span": [0, 11], "cue": "was", "cue_span": [12, 15], "content_span": [16, 31]}
    line = {"id": "m1", "text": text, "claims": [claim], "meta": {}}  # a miss: an error row
    wrong.write_text(json.dumps(line) + "\n", encoding="utf-8")
    code, out, err = invoke("evaluate", str(wrong), "-f", "json", "--errors", "/dev/full")
    assert code == 1
    assert "thresholds" in json.loads(out)
    assert "Error: /dev/full: cannot write (No space left on device)" in err


@pytest.mark.parametrize("second", ["-", "/dev/stdin"])
def test_stdin_named_twice_is_a_usage_error(second: str) -> None:
    for command in ("extract", "speakers", "report"):
        code, err = usage(command, "-", second, stdin=GOOD)
        assert code == 2, command
        assert f"standard input is named 2 times (- {second}); it can be read once" in err


@pytest.mark.parametrize("name", ["report.html", "claims.json", "claims.csv", "claims.jsonl"])
def test_dask_output_named_like_a_single_file_is_a_usage_error(
    article: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(article.parent)
    code, err = usage("extract", "a.txt", "--engine", "dask", "-o", name)
    assert code == 2
    stem = name.rsplit(".", 1)[0]
    assert f"give -o a folder name such as {stem}/" in err
    assert not Path(name).exists()


def test_dask_output_folder_that_holds_an_input_is_a_usage_error(folder: Path) -> None:
    code, err = usage("extract", str(folder), "--engine", "dask", "-o", str(folder))
    assert code == 2
    assert f"{folder} is both an input and the -o file" in err
    code, err = usage(
        "extract", str(folder / "a.txt"), "--engine", "dask", "-o", str(folder.parent)
    )
    assert code == 2
    assert f"{folder / 'a.txt'} is an input inside the -o folder {folder.parent}" in err


# --- more of the family ----------------------------------------------------------------------


def test_stdout_appended_to_an_input_is_a_usage_error(article: Path) -> None:
    done = shell("claimx extract a.txt >> a.txt", article.parent)
    assert done.returncode == 2
    assert "a.txt is both an input and the standard output" in done.stderr
    assert article.read_text(encoding="utf-8") == GOOD


def test_a_lock_file_left_by_a_killed_run_does_not_stop_the_next(
    article: Path, tmp_path: Path
) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / ".c.jsonl.claimx-lock").write_text(f"{dead.pid}\n", encoding="ascii")
    code, _, err = invoke("extract", str(article), "-o", str(tmp_path / "c.jsonl"))
    assert code == 0, err
    assert not (tmp_path / ".c.jsonl.claimx-lock").exists()


def test_an_output_name_ending_with_a_slash_is_a_folder(article: Path, tmp_path: Path) -> None:
    code, _, err = invoke("extract", str(article), "-o", f"{tmp_path}/new/")
    assert code == 1
    assert err.strip() == (
        f"Error: {tmp_path}/new/: no such folder (a name ending with / is a folder) — "
        "give -o a file name"
    )
    assert not (tmp_path / "new").exists()


def test_resume_on_a_json_array_says_so(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    assert invoke("extract", str(folder), "-f", "json", "-o", str(out))[0] == 0
    before = out.read_text(encoding="utf-8")
    code, _, err = invoke("extract", str(folder), "-o", str(out), "--resume")
    assert code == 1
    assert "line 1: not a JSON record: a JSON array (--format json), not JSON lines" in err
    assert out.read_text(encoding="utf-8") == before


def test_dev_null_may_be_read_and_written() -> None:
    # A device loses nothing to being written: it is never "the same file" as an input.
    code, _, err = invoke("extract", "/dev/null", "-o", "/dev/null", "--errors", "/dev/null")
    assert code == 0, err


def test_train_over_an_earlier_model_keeps_the_users_files(tmp_path: Path) -> None:
    from .test_train import write_gold

    train = write_gold(tmp_path / "train.jsonl", range(8))
    dev = write_gold(tmp_path / "dev.jsonl", range(100, 104))
    model = tmp_path / "model"
    for run in range(2):
        code, err = usage("train", str(train), "--dev", str(dev), "-o", str(model), "--epochs", "1")
        assert code == 0, err
        if run == 0:
            (model / "NOTES.md").write_text("trained for the May report", encoding="utf-8")
            (model / "corpus").symlink_to(tmp_path)
    assert (model / "NOTES.md").read_text(encoding="utf-8") == "trained for the May report"
    assert (model / "corpus").is_symlink()
    assert "claimx_roles" in json.loads((model / "meta.json").read_text())["claimx"]["files"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dev.jsonl", "model", "train.jsonl"]


@pytest.mark.parametrize("format_name", ["jsonl", "json", "csv", "table", "html", "parquet"])
def test_claimx_output_in_the_input_folder_is_written_again_not_read(
    folder: Path, format_name: str
) -> None:
    out = folder / f"claims.{format_name}"
    for _ in range(2):
        code, _, err = invoke("extract", str(folder), "-f", format_name, "-o", str(out))
        assert code == 0, err
    assert "2 articles" in err  # a.txt and b.txt: the output is not read as an input


def test_a_lock_file_that_is_a_link_is_never_written_through(article: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("my data", encoding="utf-8")
    lock = tmp_path / ".c.jsonl.claimx-lock"
    lock.symlink_to(precious)
    code, _, err = invoke("extract", str(article), "-o", str(tmp_path / "c.jsonl"))
    assert code == 1
    assert err.strip() == (
        f"Error: {tmp_path / 'c.jsonl'}: cannot take its lock {lock} (a link) — remove {lock} "
        f"if no claimx run is writing {tmp_path / 'c.jsonl'}"
    )
    assert precious.read_text(encoding="utf-8") == "my data"
    assert not (tmp_path / "c.jsonl").exists()
    lock.unlink()
    os.link(precious, lock)
    assert invoke("extract", str(article), "-o", str(tmp_path / "c.jsonl"))[0] == 1
    assert precious.read_text(encoding="utf-8") == "my data"


def test_sigterm_releases_the_lock(holder: subprocess.Popen[str], article: Path) -> None:
    import signal

    holder.send_signal(signal.SIGTERM)
    holder.wait(timeout=60)
    assert holder.returncode == 143
    assert not (article.parent / ".c.jsonl.claimx-lock").exists()
    assert invoke("extract", str(article), "-o", str(article.parent / "c.jsonl"))[0] == 0


def test_resume_on_a_read_only_file_leaves_it_as_it_was(folder: Path, tmp_path: Path) -> None:
    lines = clean_lines(folder, tmp_path)
    out = tmp_path / "locked.jsonl"
    out.write_text(lines[0] + lines[1][:30], encoding="utf-8")
    out.chmod(0o444)
    code, _, err = invoke("extract", str(folder), "-o", str(out), "--resume")
    assert code == 1
    assert err.strip() == (
        f"Error: {out}: read-only file, left as it was — make it writable (chmod u+w) or "
        "choose another -o"
    )
    assert out.read_text(encoding="utf-8") == lines[0] + lines[1][:30]
