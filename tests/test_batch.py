"""Batches: JSONL dumps, resume after an interruption, error reports, bad files, dying workers."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx import runner as claimx_runner
from claimx.cli import cli
from claimx.nlp import Pipeline

from .conftest import deny_reading

pytestmark = pytest.mark.model

ARTICLE = "The mayor said the bridge would reopen in {month}.\n"
MONTHS = ["May", "June", "July", "August"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for index, month in enumerate(MONTHS):
        (articles / f"{index}.txt").write_text(ARTICLE.format(month=month), encoding="utf-8")
    return articles


def test_jsonl_dump_with_text_and_id_keys(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    rows = [
        {"url": "https://a", "body": "The mayor said the bridge was safe.", "date": "2026-01-02"},
        {"url": "https://b", "title": "no body here"},
        {"url": "https://c", "body": "Officials said the road would close next week."},
    ]
    dump.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    code, out, err = invoke(
        "extract", str(dump), "--text-key", "body", "--id-key", "url", "-j", "1"
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["input"] for r in records] == ["https://a", "https://c"]
    assert records[0]["metadata"] == {"url": "https://a", "date": "2026-01-02"}
    assert (records[0]["published"], records[0]["published_source"]) == ("2026-01-02", "field")
    assert err.splitlines()[0] == (
        f"Error: {dump}:2: no field 'body' (fields: title, url) — "
        "choose the text's field with --text-key"
    )


def test_interrupted_run_resumed_equals_a_clean_run(folder: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    assert invoke("extract", str(folder), "-o", str(clean))[0] == 0
    lines = clean.read_text(encoding="utf-8").splitlines(keepends=True)
    interrupted = tmp_path / "resumed.jsonl"
    interrupted.write_text(lines[0] + lines[1][:40], encoding="utf-8")  # killed mid-line
    code, _, err = invoke("extract", str(folder), "-o", str(interrupted), "--resume")
    assert code == 0
    assert interrupted.read_text(encoding="utf-8") == clean.read_text(encoding="utf-8")
    assert "3 articles" in err and "1 already done" in err


def test_resume_needs_a_jsonl_output_file(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(folder), "--resume"])
    assert result.exit_code == 2
    assert "--resume needs -o FILE with the jsonl format" in result.stderr


def test_folder_of_bad_files_keeps_every_good_record(
    folder: Path, tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "binary.bin").write_bytes(bytes(range(256)))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(
        "Le maire a déclaré que le pont rouvrira.".encode("latin-1")
    )
    (folder / "utf16.txt").write_bytes("The minister said taxes would fall.".encode("utf-16"))
    huge = "".join(ARTICLE.format(month=m) + "\n" for m in MONTHS * 150)
    (folder / "huge.txt").write_text(huge, encoding="utf-8")
    monkeypatch.setattr(pipeline.nlp, "max_length", len(huge) // 5)  # huge: read in chunks
    unreadable = folder / "unreadable.txt"
    unreadable.write_text(ARTICLE.format(month="May"), encoding="utf-8")
    unreadable.chmod(0)
    deny_reading(monkeypatch, "unreadable.txt")
    os.symlink(folder / "loop-a", folder / "loop-b")
    os.symlink(folder / "loop-b", folder / "loop-a")
    errors = tmp_path / "errors.jsonl"
    code, out, err = invoke("extract", str(folder), "--errors", str(errors))
    names = [Path(json.loads(line)["input"]).name for line in out.splitlines()]
    assert code == 1
    assert names == [
        "0.txt",
        "1.txt",
        "2.txt",
        "3.txt",
        "empty.txt",
        "huge.txt",
        "latin1.txt",
        "utf16.txt",
    ]
    failed = [json.loads(line)["input"] for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [Path(name).name for name in failed] == [
        "binary.bin",
        "loop-a",
        "loop-b",
        "unreadable.txt",
    ]
    error_lines = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert len(error_lines) == 4
    assert "Too many levels of symbolic links" in error_lines[1]
    assert "unreadable.txt: permission denied" in error_lines[3]
    assert "8 articles" in err and "4 failed" in err
    records = {Path(json.loads(line)["input"]).name: json.loads(line) for line in out.splitlines()}
    huge_claims = records["huge.txt"]["claims"]
    assert len(huge_claims) == len(MONTHS) * 150  # every chunk's claims, none lost at a cut
    for claim in huge_claims:
        content = claim["content"]
        assert huge[content["start_char"] : content["end_char"]] == content["text"]


def test_a_worker_that_dies_fails_only_its_article(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "1.txt").write_text("CRASH the worker here.\n", encoding="utf-8")
    real = claimx_runner.extract_articles

    def dying(articles, pipeline, on_chunk=None):  # type: ignore[no-untyped-def]
        articles = list(articles)
        if any("CRASH" in a.text for a in articles) and os.getpid() != parent:
            os._exit(1)  # a worker killed outright, as by a crash in native code
        return real(articles, pipeline, on_chunk)

    parent = os.getpid()
    monkeypatch.setattr(claimx_runner, "extract_articles", dying)
    code, out, err = invoke("extract", str(folder), "-j", "2")
    assert code == 1
    assert [Path(json.loads(line)["input"]).name for line in out.splitlines()] == [
        "0.txt",
        "2.txt",
        "3.txt",
    ]
    assert f"{folder / '1.txt'}: could not be processed (a worker process died" in err


def test_an_unforeseen_error_reading_one_input_fails_alone(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimx import batch

    real = batch.read_article

    def read(source: str, published: object = None, **options: object) -> object:
        if source.endswith("1.txt"):
            raise ValueError("something nobody foresaw")
        return real(source, published, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "read_article", read)
    code, out, err = invoke("extract", str(folder), "-j", "1")
    assert code == 1
    assert len(out.splitlines()) == 3
    assert f"{folder / '1.txt'}: could not be read (ValueError: something nobody foresaw)" in err
