"""Web archives: the HTML pages of a WARC (or ARC) file, everything else counted and skipped,
a damaged archive read up to the damage, resume and several workers."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimx.cli import cli

from .pages import BROKEN, LOGIN_WALL, NEWS_PAGE, TIME_ONLY, WINDOWS_1252

pytestmark = pytest.mark.model

SITE = "https://gazette.example"


def response(writer: WARCWriter, path: str, body: bytes, content_type: str, status: str) -> Any:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        f"{SITE}{path}", "response", payload=io.BytesIO(body), http_headers=headers
    )


def write_crawl(path: Path, gzip: bool = True) -> Path:
    """Five HTML pages (one as a resource record) among the records a crawl holds besides."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        html = "text/html; charset=utf-8"
        records = [
            response(writer, "/bridge", NEWS_PAGE.encode(), html, "200 OK"),
            writer.create_warc_record(
                f"{SITE}/bridge", "request", payload=io.BytesIO(b"GET /bridge HTTP/1.1\r\n\r\n")
            ),
            response(writer, "/logo.png", b"\x89PNG\r\n\x1a\nnot really", "image/png", "200 OK"),
            response(writer, "/budget", TIME_ONLY.encode(), html, "200 OK"),
            response(writer, "/moved", b"<html>moved</html>", "text/html", "301 Moved"),
            response(writer, "/cafe", WINDOWS_1252, "text/html", "200 OK"),  # meta charset only
            writer.create_revisit_record(
                f"{SITE}/bridge",
                digest="sha1:AAAA",
                refers_to_uri=f"{SITE}/bridge",
                refers_to_date="2026-03-05T10:00:00Z",
            ),
            response(writer, "/login", LOGIN_WALL.encode(), html, "200 OK"),
            writer.create_warc_record(
                f"{SITE}/broken",
                "resource",
                payload=io.BytesIO(BROKEN.encode()),
                warc_content_type="text/html",
            ),
        ]
        for record in records:
            writer.write_record(record)
    return path


PAGES = ["/bridge", "/budget", "/cafe", "/login", "/broken"]


def extract(*args: str) -> tuple[int, list[dict[str, Any]], str]:
    result = CliRunner().invoke(cli, ["extract", *args], catch_exceptions=False)
    return (
        result.exit_code,
        [json.loads(line) for line in result.stdout.splitlines()],
        result.stderr,
    )


def test_every_html_page_of_a_crawl_is_an_article(tmp_path: Path) -> None:
    crawl = write_crawl(tmp_path / "crawl.warc.gz")
    code, records, err = extract(str(crawl), "-f", "jsonl", "-j", "1")
    assert code == 0
    assert [r["input"] for r in records] == [f"{crawl}#{SITE}{page}" for page in PAGES]
    bridge = records[0]
    assert (bridge["title"], bridge["published"], bridge["published_source"]) == (
        "Mayor says bridge will reopen in May",
        "2026-03-05",
        "html",
    )
    metadata = bridge["metadata"]
    assert metadata["warc_target_uri"] == f"{SITE}/bridge"
    assert metadata["http_status"] == 200
    assert metadata["warc_record_id"].startswith("<urn:uuid:")
    assert metadata["warc_date"]  # the crawl's date, kept; not a publication date
    assert {c["source"]["text"] for c in bridge["claims"] if c["source"]} >= {"The mayor"}
    assert records[2]["encoding"] == "cp1252" and "façade" in records[2]["text"]
    assert records[3]["claims"] == [] and records[3]["text"] == ""
    for record in records:
        text = record["text"]
        for claim in record["claims"]:
            for span in (claim["cue"], *claim["content_fragments"]):
                assert text[span["start_char"] : span["end_char"]] == span["text"]
    assert "no article text found" in err
    assert "claimx: 5 articles" in err and "0 failed, 4 archive records not a page" in err


def test_an_uncompressed_archive_and_an_arc_file_are_read_too(tmp_path: Path) -> None:
    plain = write_crawl(tmp_path / "crawl.warc", gzip=False)
    _, records, _ = extract(str(plain), "-f", "jsonl", "-j", "1")
    assert len(records) == len(PAGES)
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + NEWS_PAGE.encode()
    description = b"1 0 claimx\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = tmp_path / "old.arc"
    arc.write_bytes(
        b"filedesc://old.arc 0.0.0.0 20260305000000 text/plain %d\n" % len(description)
        + description
        + b"\n"
        + b"%s/bridge 127.0.0.1 20260305093000 text/html %d\n" % (SITE.encode(), len(http))
        + http
        + b"\n"
    )
    code, records, _ = extract(str(arc), "-f", "jsonl", "-j", "1")
    assert code == 0
    assert [r["input"] for r in records] == [f"{arc}#{SITE}/bridge"]
    assert records[0]["title"] == "Mayor says bridge will reopen in May"


def test_a_truncated_archive_keeps_what_came_before_the_damage(tmp_path: Path) -> None:
    crawl = write_crawl(tmp_path / "crawl.warc.gz")
    cut = tmp_path / "cut.warc.gz"
    data = crawl.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    errors = tmp_path / "errors.jsonl"
    code, records, err = extract(str(cut), "-f", "jsonl", "-j", "1", "--errors", str(errors))
    assert code == 1
    names = [r["input"].split("#")[1] for r in records]
    assert names == [f"{SITE}{page}" for page in PAGES[: len(names)]] and names
    error_lines = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert len(error_lines) == 1
    assert error_lines[0].startswith(f"Error: {cut}: archive damaged at offset ")
    assert json.loads(errors.read_text())["input"] == str(cut)


def test_an_archive_on_stdin_is_read_with_the_input_format(tmp_path: Path) -> None:
    crawl = write_crawl(tmp_path / "crawl.warc.gz")
    result = CliRunner().invoke(
        cli, ["extract", "-", "--input-format", "warc", "-f", "jsonl", "-j", "1"],
        input=crawl.read_bytes(),
    )  # fmt: skip
    assert result.exit_code == 0
    names = [json.loads(line)["input"] for line in result.stdout.splitlines()]
    assert names == [f"-#{SITE}{page}" for page in PAGES]


def test_resume_and_two_workers_give_the_clean_runs_records(tmp_path: Path) -> None:
    crawl = write_crawl(tmp_path / "crawl.warc.gz")
    clean = tmp_path / "clean.jsonl"
    assert extract(str(crawl), "-o", str(clean), "-j", "1")[0] == 0
    lines = clean.read_text(encoding="utf-8").splitlines(keepends=True)
    resumed = tmp_path / "resumed.jsonl"
    resumed.write_text("".join(lines[:2]), encoding="utf-8")
    code, _, err = extract(str(crawl), "-o", str(resumed), "--resume", "-j", "1")
    assert code == 0 and "2 already done" in err
    assert resumed.read_text(encoding="utf-8") == clean.read_text(encoding="utf-8")
    parallel = tmp_path / "parallel.jsonl"
    assert extract(str(crawl), "-o", str(parallel), "-j", "2")[0] == 0
    assert parallel.read_text(encoding="utf-8") == clean.read_text(encoding="utf-8")


def test_a_file_that_is_no_archive_is_one_error(tmp_path: Path) -> None:
    text = tmp_path / "notes.warc"
    text.write_text("not a web archive at all\n", encoding="utf-8")
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(bytes(range(256)) * 8)
    code, records, err = extract(str(text), str(junk), "-f", "jsonl", "-j", "1")
    assert code == 1 and records == []
    assert [line for line in err.splitlines() if line.startswith("Error: ")] == [
        f"Error: {text}: not a WARC archive — check the file (an ARC file is named .arc)",
        f"Error: {junk}: not a WARC or ARC archive — check the file (or its name)",
    ]
