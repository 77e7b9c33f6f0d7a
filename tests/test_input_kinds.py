"""The table of input kinds (``inputs.kinds``): one place says what kind of input a source is,
and every reader of sources asks it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.batch import default_jobs
from claimx.dask_runner import partitions
from claimx.inputs import Article
from claimx.inputs.kinds import (
    INPUT_FORMATS,
    INPUT_KINDS,
    ReadOptions,
    holds_many,
    input_kind,
    kind_by_name,
    read_source,
)

PAGE = b"<!doctype html><html><head><title>Bridge</title></head><body><article><p>" + (
    b"The mayor said the bridge will open in May, and that it will cost less than planned.</p>"
    b"</article></body></html>"
)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "text"),
        ("notes.MD", "text"),
        ("dump.jsonl", "jsonl"),
        ("dump.NDJSON", "jsonl"),
        ("page.html", "html"),
        ("page.htm", "html"),
        ("crawl.warc.gz", "warc"),
        ("old.arc", "warc"),
    ],
)
def test_a_source_is_recognised_by_its_name(name: str, kind: str) -> None:
    found = kind_by_name(name)
    assert found is not None and found.name == kind


def test_a_name_that_says_nothing_is_left_to_the_bytes_and_the_option_wins() -> None:
    assert kind_by_name("-") is None and kind_by_name("article") is None
    assert kind_by_name("article.txt", "html") == input_kind("html")
    assert INPUT_FORMATS[0] == "auto" and len(set(INPUT_FORMATS)) == len(INPUT_FORMATS)
    with pytest.raises(ValueError, match="unknown input format"):
        input_kind("pdf")


def test_many_articles_in_one_file_is_one_fact_for_jobs_and_partitions() -> None:
    many = [kind.name for kind in INPUT_KINDS if kind.many]
    assert {"jsonl", "warc"} <= set(many) and "text" not in many
    assert holds_many("x.jsonl") and holds_many("x.warc") and not holds_many("x.html")
    assert holds_many("x.txt", "jsonl") and not holds_many("x.jsonl", "text")
    assert default_jobs(["dump.jsonl"], "auto") >= 1
    assert default_jobs(["a.txt"], "auto") == 1
    assert default_jobs(["a.txt"], "jsonl") == default_jobs(["dump.jsonl"], "auto")
    sources = ["a.txt", "dump.jsonl", "b.txt", "crawl.warc", "c.txt"]
    assert partitions(sources, "auto") == [
        ["a.txt"],
        ["dump.jsonl"],
        ["b.txt"],
        ["crawl.warc"],
        ["c.txt"],
    ]


def read(path: Path, input_format: str = "auto") -> list[object]:
    return list(read_source(str(path), ReadOptions(input_format=input_format)))


def test_a_page_without_a_telling_name_is_recognised_by_its_first_bytes(tmp_path: Path) -> None:
    page = tmp_path / "download"
    page.write_bytes(PAGE)
    (article,) = read(page)
    assert isinstance(article, Article) and article.derived
    assert article.page.title == "Bridge"
    as_text = tmp_path / "page.txt"  # a .txt file is text whatever it starts with
    as_text.write_bytes(PAGE)
    (text,) = read(as_text)
    assert isinstance(text, Article) and not text.derived and text.text.startswith("<!doctype")
    (forced,) = read(as_text, "html")
    assert isinstance(forced, Article) and forced.derived


def test_a_dump_is_read_line_by_line(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    articles = read(dump)
    assert [a.text for a in articles if isinstance(a, Article)] == ["One.", "Two."]
    (whole,) = read(dump, "text")  # read as one text file when told so
    assert isinstance(whole, Article) and whole.text.count("text") == 2
