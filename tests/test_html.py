"""HTML pages: the article's main text, what the page says about itself, exact offsets into
the extracted text, and pages that are broken, empty or in another encoding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from claimx.cli import cli
from claimx.schema import json_schema

from .pages import BROKEN, LOGIN_WALL, NEWS_PAGE, TIME_ONLY, WINDOWS_1252

pytestmark = pytest.mark.model


def extract(*args: str, stdin: str | bytes | None = None) -> tuple[int, list[Any], str]:
    result = CliRunner().invoke(cli, ["extract", *args, "-f", "jsonl"], input=stdin)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return result.exit_code, records, result.stderr


def page(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def assert_offsets_into_text(record: dict[str, Any]) -> None:
    text = record["text"]
    assert len(text) == record["text_length"]
    spans = [*record["sentences"], *record["entities"], *record["dates"], *record["money"]]
    for claim in record["claims"]:
        spans += [claim["cue"], *claim["content_fragments"]]
        spans += [claim["source"]] if claim["source"] else []
    for span in spans:
        assert text[span["start_char"] : span["end_char"]] == span["text"]


def test_a_news_page_is_its_article_with_the_pages_metadata(tmp_path: Path) -> None:
    code, records, _ = extract(str(page(tmp_path, "bridge.html", NEWS_PAGE)))
    record = records[0]
    assert code == 0
    assert (record["title"], record["url"]) == (
        "Mayor says bridge will reopen in May",
        "https://gazette.example/news/bridge-reopens",  # canonical, not og:url
    )
    assert (record["author"], record["site_name"], record["language"]) == (
        "Jane Doe",
        "The Harbour Gazette",
        "en-GB",
    )
    assert (record["published"], record["published_source"]) == ("2026-03-05", "html")
    text = record["text"]
    for boilerplate in ("Home", "cookies", "Analytics", "Reader42", "Copyright", "color:#333"):
        assert boilerplate not in text
    assert text.startswith("Mayor says bridge will reopen in May\n\nThe mayor said on Tuesday")
    headline = record["sentences"][0]
    assert (headline["text"], headline["heading"]) == ("Mayor says bridge will reopen in May", True)
    sources = {c["source"]["text"] for c in record["claims"] if c["source"]}
    assert {"The mayor", "the chief engineer", "Officials", "council documents"} <= sources
    assert [d["value"] for d in record["dates"] if d["text"] == "Tuesday"] == ["2026-03-03"]
    assert_offsets_into_text(record)
    jsonschema.validate(record, json_schema())


def test_the_published_option_overrides_the_pages_date(tmp_path: Path) -> None:
    path = page(tmp_path, "bridge.html", NEWS_PAGE)
    _, records, _ = extract(str(path), "--published", "2026-04-01")
    assert (records[0]["published"], records[0]["published_source"]) == ("2026-04-01", "option")


def test_a_time_element_gives_the_publication_date(tmp_path: Path) -> None:
    _, records, _ = extract(str(page(tmp_path, "budget.htm", TIME_ONLY)))
    record = records[0]
    assert (record["published"], record["published_source"]) == ("2025-11-14", "html")
    assert len(record["claims"]) >= 2
    assert_offsets_into_text(record)


def test_a_page_in_windows_1252_is_decoded_by_its_meta_charset(tmp_path: Path) -> None:
    _, records, _ = extract(str(page(tmp_path, "cafe.html", WINDOWS_1252)))
    record = records[0]
    assert record["encoding"] == "cp1252"
    assert "José Müller said the façade of the café was old and needed “urgent”" in record["text"]
    assert "€20,000" in record["text"]
    assert_offsets_into_text(record)


def test_a_page_without_an_article_is_a_warning_and_an_empty_record(tmp_path: Path) -> None:
    path = page(tmp_path, "login.html", LOGIN_WALL)
    code, records, err = extract(str(path))
    assert code == 0
    assert err.strip() == (
        f"Warning: {path}: no article text found in the page (a login wall, an index?)"
    )
    assert (records[0]["text"], records[0]["claims"], records[0]["title"]) == ("", [], "Sign in")


def test_broken_markup_is_read_as_far_as_it_goes(tmp_path: Path) -> None:
    code, records, err = extract(str(page(tmp_path, "broken.html", BROKEN)))
    assert code == 0 and "Traceback" not in err
    assert records[0]["text"].startswith("The minister said the talks had collapsed")
    assert_offsets_into_text(records[0])


def test_html_is_recognised_on_stdin_and_without_an_extension(tmp_path: Path) -> None:
    _, from_stdin, _ = extract("-", stdin=NEWS_PAGE)
    _, no_suffix, _ = extract(str(page(tmp_path, "saved-page", NEWS_PAGE)))
    _, forced, _ = extract(str(page(tmp_path, "page.txt", NEWS_PAGE)), "--input-format", "html")
    _, as_text, _ = extract(str(page(tmp_path, "notes.txt", NEWS_PAGE)))
    titles = [r[0]["title"] for r in (from_stdin, no_suffix, forced, as_text)]
    assert titles == ["Mayor says bridge will reopen in May"] * 3 + [None]
    assert "text" not in as_text[0]  # a .txt file is text, whatever it starts with


def test_include_text_adds_the_text_to_plain_text_records(tmp_path: Path) -> None:
    article = page(tmp_path, "a.txt", "The mayor said the bridge would reopen in May.\n")
    _, plain, _ = extract(str(article))
    _, with_text, _ = extract(str(article), "--include-text")
    assert "text" not in plain[0]
    assert with_text[0]["text"] == article.read_text(encoding="utf-8")
    assert_offsets_into_text(with_text[0])
