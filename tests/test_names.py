"""File names that are not UTF-8: every article is written, in every format, under a name that
maps back to the file (``inputs.names``), so that --resume and claimx report find it again."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from claimx.inputs.names import name_of_path, path_of_name
from tests.conftest import invoke

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX byte file names")

LATIN1 = os.fsdecode(b"caf\xe9.txt")  # "café" in Latin-1: not UTF-8
BACKSLASH = "back\\slash.txt"
LOOKALIKE = "lit\\xe9.txt"  # a real backslash, x, e, 9: not the byte


def test_names_escape_undecodable_bytes_and_backslashes_and_nothing_else() -> None:
    assert name_of_path(LATIN1) == "caf\\xe9.txt"
    assert name_of_path(BACKSLASH) == "back\\\\slash.txt"
    assert name_of_path(LOOKALIKE) == "lit\\\\xe9.txt"
    assert name_of_path("/news/über «x».txt") == "/news/über «x».txt"


def test_every_byte_name_maps_back_to_its_path() -> None:
    names = set()
    for byte in range(1, 256):
        if byte == ord("/"):
            continue
        path = os.fsdecode(b"a" + bytes([byte]) + b"\\x" + bytes([byte]) + b".txt")
        name = name_of_path(path)
        name.encode("utf-8")  # text every output can carry
        assert path_of_name(name) == path
        names.add(name)
    assert len(names) == 254  # no two paths share a name


ARTICLES = {
    LATIN1: "The mayor said the bridge would reopen in May.\n",
    BACKSLASH: "Ana Roe said the cost was too high.\n",
    LOOKALIKE: "The council said the vote was close.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "in"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    return articles


def expected_names(folder: Path) -> set[str]:
    return {name_of_path(os.path.join(folder, name)) for name in ARTICLES}


@pytest.mark.model
@pytest.mark.parametrize("suffix", ["jsonl", "json", "csv", "parquet", "html"])
def test_every_format_writes_every_article(
    pipeline: object, folder: Path, tmp_path: Path, suffix: str
) -> None:
    output = tmp_path / f"out.{suffix}"
    code, _, stderr = invoke("extract", str(folder), "-o", str(output))
    assert code == 0, stderr
    assert "3 articles" in stderr
    if suffix == "jsonl":
        lines = output.read_text(encoding="utf-8").splitlines()
        assert {json.loads(line)["input"] for line in lines} == expected_names(folder)
    elif suffix == "json":
        records = json.loads(output.read_text(encoding="utf-8"))
        assert {r["input"] for r in records} == expected_names(folder)
    elif suffix == "csv":
        assert str(folder / "caf\\xe9.txt") in output.read_text(encoding="utf-8")
    elif suffix == "parquet":
        import pyarrow.parquet as pq

        assert set(pq.read_table(output).column("input").to_pylist()) == expected_names(folder)
    else:
        assert "caf\\xe9.txt" in output.read_text(encoding="utf-8")


@pytest.mark.model
def test_resume_and_report_find_the_inputs_by_their_names(
    pipeline: object, folder: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    assert invoke("extract", str(folder), "-o", str(output))[0] == 0
    code, _, stderr = invoke("extract", str(folder), "-o", str(output), "--resume")
    assert code == 0 and "3 already done" in stderr
    assert len(output.read_text(encoding="utf-8").splitlines()) == 3
    # The records carry no text: the report reads each input again, found by its name.
    code, page, stderr = invoke("report", str(output))
    assert code == 0, stderr
    assert ">the bridge would reopen in May<" in page and "caf\\xe9.txt" in page


@pytest.mark.model
def test_a_dump_with_such_a_name_names_its_lines(pipeline: object, tmp_path: Path) -> None:
    dump = tmp_path / os.fsdecode(b"d\xe9.jsonl")
    dump.write_text(json.dumps({"text": "Ana Roe said it was late."}) + "\n", encoding="utf-8")
    code, stdout, _ = invoke("extract", str(dump), "-f", "jsonl")
    assert code == 0
    assert json.loads(stdout)["input"] == f"{tmp_path}/d\\xe9.jsonl:1"
