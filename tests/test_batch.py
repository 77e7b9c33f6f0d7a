"""Batches: JSONL dumps, resume after an interruption, error reports, bad files, dying workers."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from claimx import core as claimx_core
from claimx.cli import cli
from claimx.inputs.kinds import ReadOptions
from claimx.nlp import Pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc

from .conftest import deny_reading, invoke

pytestmark = pytest.mark.model

ARTICLE = "The mayor said the bridge would reopen in {month}.\n"
MONTHS = ["May", "June", "July", "August"]


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
    (folder / "utf16-nobom.txt").write_bytes("The minister said “no”.".encode("utf-16-le"))
    (folder / "mostly-utf8.txt").write_bytes("The café said “no”. ".encode() + b"Caf\xe9.")
    (folder / "page.html").write_text('<html><body><nav><a href="/">Home</a></nav></body></html>')
    (folder / "runon.txt").write_text(" ".join(["the mayor said that"] * 100) + " it rained.")
    with (folder / "too-big.txt").open("wb") as sparse:
        sparse.truncate(150_000)  # over --max-size below
    rows = [
        {"url": "u1", "text": ARTICLE.format(month="May")},
        {"url": "u1", "text": ARTICLE.format(month="June")},  # a repeated id
        '{"url": "u3", "text": "x \\ud800 said y"}',  # a lone surrogate
        {"url": "u4", "text": 42},
        {"url": "u5", "text": "word " * 30_000},  # a line over --max-size
    ]
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "ext.txt").write_text(ARTICLE.format(month="July"))
    (folder / "linked").symlink_to(elsewhere)
    huge = "".join(ARTICLE.format(month=m) + "\n" for m in MONTHS * 150)
    (folder / "huge.txt").write_text(huge, encoding="utf-8")
    monkeypatch.setattr(pipeline.nlp, "max_length", len(huge) // 5)  # huge: read in chunks
    unreadable = folder / "unreadable.txt"
    unreadable.write_text(ARTICLE.format(month="May"), encoding="utf-8")
    unreadable.chmod(0)
    deny_reading(monkeypatch, "unreadable.txt")
    os.symlink(folder / "loop-a", folder / "loop-b")
    os.symlink(folder / "loop-b", folder / "loop-a")
    out, errors = folder / "claims.jsonl", folder / "errors.jsonl"  # inside the input folder
    options = ["--errors", str(errors), "-o", str(out), "--id-key", "url", "--max-size", "100KB"]
    code, _, err = invoke("extract", str(folder), *options)

    def short(name: str) -> str:
        return name.replace(f"{folder}/", "")

    written = out.read_text(encoding="utf-8")
    assert code == 1
    assert [short(json.loads(line)["input"]) for line in written.splitlines()] == [
        "0.txt",
        "1.txt",
        "2.txt",
        "3.txt",
        "u1",
        "u1 (dump.jsonl:2)",
        "empty.txt",
        "huge.txt",
        "latin1.txt",
        "linked/ext.txt",
        "mostly-utf8.txt",
        "page.html",
        "runon.txt",
        "utf16-nobom.txt",
        "utf16.txt",
    ]
    failed = [json.loads(line)["input"] for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [short(name) for name in failed] == [
        "binary.bin",
        "dump.jsonl:3",
        "dump.jsonl:4",
        "dump.jsonl:5",
        "loop-a",
        "loop-b",
        "too-big.txt",
        "unreadable.txt",
    ]
    error_lines = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert len(error_lines) == len(failed)  # one line per bad input
    assert "Too many levels of symbolic links" in error_lines[4]
    assert "unreadable.txt: permission denied" in error_lines[7]
    warnings = [short(line) for line in err.splitlines() if line.startswith("Warning: ")]
    assert sorted(w.split(":")[1].strip() for w in warnings) == [
        "dump.jsonl",  # the repeated id
        "empty.txt",  # no text: an empty record, with a warning
        "latin1.txt",
        "mostly-utf8.txt",
        "page.html",
        "runon.txt",
        "utf16-nobom.txt",
    ]
    assert "15 articles" in err and "8 failed" in err
    records = {short(json.loads(line)["input"]): json.loads(line) for line in written.splitlines()}
    huge_claims = records["huge.txt"]["claims"]
    assert len(huge_claims) == len(MONTHS) * 150  # every chunk's claims, none lost at a cut
    for claim in huge_claims:
        content = claim["content"]
        assert huge[content["start_char"] : content["end_char"]] == content["text"]
    # Again with --resume: nothing is read twice, claimx's own files are not inputs.
    code, _, err = invoke("extract", str(folder), *options, "--resume")
    assert code == 1 and "15 already done" in err and "8 failed" in err
    assert out.read_text(encoding="utf-8") == written


def test_a_worker_that_dies_fails_only_its_article(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "1.txt").write_text("CRASH the worker here.\n", encoding="utf-8")
    real = claimx_core.extract_articles

    def dying(articles, pipeline, *args, **kwargs):  # type: ignore[no-untyped-def]
        articles = list(articles)
        if any("CRASH" in a.text for a in articles) and os.getpid() != parent:
            os._exit(1)  # a worker killed outright, as by a crash in native code
        return real(articles, pipeline, *args, **kwargs)

    parent = os.getpid()
    monkeypatch.setattr(claimx_core, "extract_articles", dying)
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
    from claimx.inputs.kinds import read_source as real

    def read(source: str, options: ReadOptions) -> object:
        if source.endswith("1.txt"):
            raise ValueError("something nobody foresaw")
        return real(source, options)

    monkeypatch.setattr(batch, "read_source", read)
    code, out, err = invoke("extract", str(folder), "-j", "1")
    assert code == 1
    assert len(out.splitlines()) == 3
    assert f"{folder / '1.txt'}: could not be read (ValueError: something nobody foresaw)" in err


class RaisingComponent:
    """Raises from ``pipe`` on one article, as spaCy's Cython parser and NER do: they take no
    error handler, so the error reaches the batch instead of the handler."""

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for doc in docs:
            if "EXPLODE" in doc.text:
                raise ValueError("the parser gave up")
            yield doc


def test_a_component_that_raises_past_the_handler_fails_only_its_article(
    folder: Path, pipeline: Pipeline
) -> None:
    from spacy.language import Language

    if not Language.has_factory("test_raising"):
        Language.factory("test_raising", func=lambda nlp, name: RaisingComponent())
    (folder / "1.txt").write_text("The mayor said EXPLODE would happen.\n", encoding="utf-8")
    pipeline.nlp.add_pipe("test_raising", before="claimx_attribution")
    try:
        code, out, err = invoke("extract", str(folder), "-j", "1")
    finally:
        pipeline.nlp.remove_pipe("test_raising")
    assert code == 1
    assert [Path(json.loads(line)["input"]).name for line in out.splitlines()] == [
        "0.txt",
        "2.txt",
        "3.txt",
    ]
    assert (
        f"Error: {folder / '1.txt'}: could not be processed (ValueError: the parser gave up)"
    ) in err


def test_a_run_on_sentence_is_capped_with_a_warning(tmp_path: Path) -> None:
    from claimx.components.attribution import MAX_CANDIDATES_IN_SENTENCE

    path = tmp_path / "runon.txt"
    path.write_text(" ".join(["the mayor said that"] * 300) + " the plan was late.\n")
    code, out, err = invoke("extract", str(path), "-f", "jsonl")
    assert code == 0
    assert json.loads(out)["claims"]
    assert (
        f"Warning: {path}: a sentence at character 0 has 300 possible cues; only the first "
        f"{MAX_CANDIDATES_IN_SENTENCE} were read (it is likely not prose)"
    ) in err


def test_a_long_article_reports_progress_by_characters(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimx import core
    from claimx.inputs import make_article

    monkeypatch.setattr(core, "CHUNK_CHARS", 200)
    text = "".join(ARTICLE.format(month=m) + "\n" for m in MONTHS * 5)
    heard: list[tuple[str, int, int]] = []
    outcome = next(
        core.extract_articles(
            [make_article("long", text)], pipeline, on_chunk=lambda *args: heard.append(args)
        )
    )
    assert isinstance(outcome, core.Extracted)
    assert len(heard) >= len(text) // 200
    assert heard[-1] == ("long", len(text), len(text))
    assert [done for _, done, _ in heard] == sorted(done for _, done, _ in heard)
