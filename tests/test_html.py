"""HTML pages: the article's main text, what the page says about itself, exact offsets into
the extracted text, and pages that are broken, empty or in another encoding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimx.cli import cli

pytestmark = pytest.mark.model

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Mayor says bridge will reopen in May | The Harbour Gazette</title>
<link rel="canonical" href="https://gazette.example/news/bridge-reopens">
<meta property="og:url" content="https://gazette.example/news/bridge-reopens?utm_source=feed">
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2026-03-05T09:30:00Z">
<meta name="author" content="Jane Doe">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Mayor says bridge will reopen in May", "datePublished": "2026-03-05",
 "author": {"@type": "Person", "name": "Jane Doe"}}</script>
<style>a{color:#333}</style>
<script>var status = "Analytics said the page loaded";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<article>
<h1>Mayor says bridge will reopen in May</h1>
<p>The mayor said on Tuesday that the harbour bridge would reopen in May, after repairs
costing $12 million.</p>
<h2>Delays blamed on steel</h2>
<p>“We are on schedule,” the chief engineer said. Officials said last week that steel
deliveries had slowed the work.</p>
<p>According to council documents, the repairs are 80% complete.</p>
</article>
<section class="comments"><h3>Comments</h3>
<p>Reader42 said the bridge was never safe and the council had lied about it.</p></section>
<footer>Copyright 2026 The Harbour Gazette. All rights reserved.</footer>
</body></html>
"""

TIME_ONLY = """<html><head><title>Council votes on budget</title></head><body><article>
<h1>Council votes on budget</h1>
<p>By Sam Lee, <time datetime="2025-11-14T08:00:00+00:00">14 November 2025</time></p>
<p>The council treasurer said on Thursday that the budget would rise by 4% next year, and the
opposition leader warned that taxes would follow.</p>
<p>“This is a responsible plan,” the mayor told reporters after the vote in the chamber.</p>
</article></body></html>
"""

WINDOWS_1252 = (
    b'<html><head><meta charset="windows-1252"><title>Caf\xe9 owner</title></head><body>'
    b"<article><h1>Caf\xe9 owner speaks</h1><p>The owner Jos\xe9 M\xfcller said the fa\xe7ade"
    b" of the caf\xe9 was old and needed \x93urgent\x94 repairs before the winter season began"
    b" in the old town.</p><p>City officials said that the repairs would cost about \x8020,000"
    b" and would be paid for by the owner of the building.</p></article></body></html>"
)

LOGIN_WALL = """<html><head><title>Sign in</title></head><body><form><input name="user">
<input type="password"><button>Log in</button></form></body></html>"""

BROKEN = (
    "<html><body><div><p>The minister said the talks had collapsed, and officials said a new "
    "round would begin next month in Geneva.<p>Unclosed <b>bold <div><p>More text the "
    "spokesman said was"
)


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
