"""An uncompressed WARC cut short is damage, reported as a gzip archive's is: one error line
naming the file and the offset, exit 1, every record before it kept."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimx.errors import InputError
from claimx.inputs.warc import NotAnArticle, read_warc_articles
from tests.conftest import invoke
from tests.test_warc import PAGES, SITE, write_crawl

RECORD_START = re.compile(rb"WARC/1\.[01]\r\n")


def header_cuts(data: bytes) -> list[int]:
    """Every offset inside a record's header (after the first record), up to the blank line
    that ends it."""
    cuts: list[int] = []
    for match in list(RECORD_START.finditer(data))[1:]:
        header_end = data.index(b"\r\n\r\n", match.start())
        cuts.extend(range(match.start() + 1, header_end))
    return cuts


def test_a_cut_anywhere_inside_a_record_header_is_damage(tmp_path: Path) -> None:
    crawl = write_crawl(tmp_path / "crawl.warc", gzip=False)
    data = crawl.read_bytes()
    cut = tmp_path / "cut.warc"
    wrong = []
    for offset in header_cuts(data):
        cut.write_bytes(data[:offset])
        items = list(read_warc_articles(str(cut)))
        last = items[-1]
        if not (isinstance(last, InputError) and "archive damaged at offset" in last.line()):
            wrong.append((offset, last))
    assert wrong == []


def test_a_whole_uncompressed_archive_is_no_damage(tmp_path: Path) -> None:
    crawl = write_crawl(tmp_path / "crawl.warc", gzip=False)
    items = list(read_warc_articles(str(crawl)))
    assert not [item for item in items if isinstance(item, InputError)]
    assert sum(not isinstance(item, NotAnArticle) for item in items) == len(PAGES)


@pytest.mark.model
def test_a_plain_warc_cut_in_a_header_is_one_error_line_and_exit_1(
    pipeline: object, tmp_path: Path
) -> None:
    crawl = write_crawl(tmp_path / "crawl.warc", gzip=False)
    data = crawl.read_bytes()
    second = list(RECORD_START.finditer(data))[1].start()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: second + 20])  # "WARC/1.0\r\nWARC-Type:"
    code, stdout, stderr = invoke("extract", str(cut), "-f", "jsonl", "-j", "1")
    assert code == 1
    assert [json.loads(line)["input"] for line in stdout.splitlines()] == [f"{cut}#{SITE}/bridge"]
    errors = [line for line in stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        f"Error: {cut}: archive damaged at offset {second} (truncated or corrupt): the records "
        "before it were read — the rest of the archive cannot be read"
    ]
    assert "not a page" not in stderr
