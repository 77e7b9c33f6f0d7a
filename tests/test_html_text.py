"""Web pages lose no article text: deeply nested or malformed markup, tables, definition lists,
``<pre>``, ``<blockquote>``, text in ``<div>``s without ``<p>``, line breaks; and when the
main-text extraction keeps much less than the page shows, the page's own text with a warning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimx.cli import cli
from claimx.inputs.html import read_html_article
from claimx.inputs.pagetext import visible_blocks


def paragraph(i: int) -> str:
    return f"<p>Paragraph {i}: the minister said the talks on the bridge budget had gone well.</p>"


def document(body: str, title: str = "Bridge talks") -> str:
    return (
        f"<!doctype html><html lang='en'><head><title>{title}</title></head><body>"
        f"<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer><p>Copyright 2026 The Gazette. All rights reserved by its owners.</p></footer>"
        "</body></html>"
    )


def read(html: str) -> tuple[str, tuple[str, ...]]:
    article = read_html_article("page.html", html.encode())
    return article.text, article.warnings


def numbers(text: str) -> list[int]:
    return [
        int(line.split(":")[0].split()[1]) for line in text.split("\n\n") if "Paragraph" in line
    ]


@pytest.mark.parametrize("depth", [254, 255, 300, 1000])
def test_unclosed_font_tags_lose_no_paragraph(depth: int) -> None:
    text, _ = read(document("".join(f"<font>{paragraph(i)}" for i in range(depth))))
    assert numbers(text) == list(range(depth))


@pytest.mark.parametrize("tags", ["<b><i>", "<span>", "<div>", "<font size=2><u>"])
def test_other_unclosed_nesting_loses_no_paragraph(tags: str) -> None:
    text, _ = read(document("".join(f"{tags}{paragraph(i)}" for i in range(300))))
    assert numbers(text) == list(range(300))


def test_nesting_past_any_parser_limit_falls_back_to_the_page_text_with_a_warning() -> None:
    body = "<div>" * 5000 + "".join(paragraph(i) for i in range(20)) + "</div>" * 5000
    text, warnings = read(document(body))
    assert numbers(text) == list(range(20))
    assert text.startswith("Bridge talks\n\nParagraph 0")  # its heading, not the menu
    assert "Copyright" not in text
    assert any("main-text extraction kept 0 of the" in w for w in warnings), warnings
    deep_fonts = "".join(f"<font>{paragraph(i)}" for i in range(2500))
    text, warnings = read(document(deep_fonts))
    assert numbers(text) == list(range(2500))
    assert any("main-text extraction kept" in w for w in warnings)


def test_text_in_a_table_of_the_article_is_kept() -> None:
    body = (
        paragraph(1)
        + "<table><tr><td><p>The mayor said the repairs would cost twice the estimate.</p>"
        "<p>The engineer said the work would start in June.</p></td>"
        "<td>The treasurer said the money was there.</td></tr></table>" + paragraph(2)
    )
    text, warnings = read(document(body))
    blocks = text.split("\n\n")
    for said in (
        "The mayor said the repairs would cost twice the estimate.",
        "The engineer said the work would start in June.",
        "The treasurer said the money was there.",
    ):
        assert said in blocks
    assert numbers(text) == [1, 2]
    assert warnings == ()


def test_definition_lists_pre_blockquote_and_bare_divs_are_kept() -> None:
    body = (
        paragraph(1)
        + "<dl><dt>Who</dt><dd>The mayor said the bridge would reopen in May.</dd></dl>"
        + "<pre>The engineer said\nthe cables were sound.</pre>"
        + "<blockquote>The treasurer said the budget was enough.</blockquote>"
        + "<div>The critics said the plan came too late for the town.</div>"
        + "<div>A spokesman said<div>nothing more would be said today.</div></div>"
        + paragraph(2)
    )
    text, _ = read(document(body))
    for said in (
        "The mayor said the bridge would reopen in May.",
        "The engineer said the cables were sound.",
        "The treasurer said the budget was enough.",
        "The critics said the plan came too late for the town.",
        "nothing more would be said today.",
    ):
        assert said in text


def test_a_line_break_separates_words_and_nested_lists_are_not_repeated() -> None:
    body = (
        "<p>The minister said the talks went well today.<br>The mayor said<br/>nothing.</p>"
        "<ul><li>First point made by the council<ul><li>a nested point</li></ul></li></ul>"
        + paragraph(1)
    )
    text, _ = read(document(body))
    assert "today. The mayor said nothing." in text
    assert text.count("a nested point") == 1
    assert "First point made by the council" in text.split("\n\n")


def test_boilerplate_is_still_dropped() -> None:
    comments = "".join(
        f"<div class='comment'><p>Reader {i} wrote that the plan is a disgrace and the mayor "
        "should resign at once.</p></div>"
        for i in range(30)
    )
    html = document("".join(paragraph(i) for i in range(5))).replace(
        "<footer>", f"<section id='comments'>{comments}</section><footer>"
    )
    text, warnings = read(html)
    assert numbers(text) == list(range(5))
    assert "Reader" not in text and "Home" not in text
    assert warnings == ()


def test_visible_blocks_read_as_a_browser_lays_out_text() -> None:
    blocks = visible_blocks(
        "<html><head><title>T</title><style>p{}</style></head><body><script>var x='<p>';"
        "</script><p>One &amp; <b>two</b></p>three<br>four<br> <br>five<nav><p>menu</p></nav>"
        "<!-- <p>hidden</p> --><h2>Head</h2><aside class=x><aside>in</aside>out</aside>end"
    )
    assert [(b.text, b.heading) for b in blocks] == [
        ("One & two", False),
        ("three four", False),
        ("five", False),
        ("Head", True),
        ("end", False),
    ]


@pytest.mark.model
def test_a_deeply_nested_page_gives_its_claims_with_exact_offsets(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(
        document("".join(f"<font>{paragraph(i)}" for i in range(300))), encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    record: dict[str, Any] = json.loads(result.stdout)
    assert len(record["claims"]) == 300
    text = record["text"]
    for claim in record["claims"]:
        for span in (claim["cue"], claim["content"], claim["source"]):
            assert text[span["start_char"] : span["end_char"]] == span["text"]


def test_two_line_breaks_in_a_row_end_a_paragraph() -> None:
    body = (
        "<div>The mayor said the bridge would reopen in May.<br><br>Critics said the plan was "
        "late.<br>\n<br>The engineer said<br>the cables were sound.</div>"
    )
    text, _ = read(document(body))
    assert text.split("\n\n")[1:] == [
        "The mayor said the bridge would reopen in May.",
        "Critics said the plan was late.",
        "The engineer said the cables were sound.",
    ]


def test_paragraphs_a_misnested_page_put_inside_one_another_stay_paragraphs() -> None:
    nested = "".join(
        f"<font><p>Paragraph {i}: the minister said the talks went well." for i in range(300)
    )
    text, warnings = read(document(nested))
    assert numbers(text) == list(range(300))
    assert len(text.split("\n\n")) == 301  # the heading and each paragraph its own
    assert warnings == ()
    kept = document(
        "<p>The mayor said the bridge<br>would reopen in May this year.</p>" + paragraph(1)
    )
    text, _ = read(kept)
    assert "The mayor said the bridge would reopen in May this year." in text.split("\n\n")


@pytest.mark.parametrize(
    "layout",
    [
        "<span>{}</span><br><br>",  # trafilatura leaves the first as loose text after the heading
        "<font>{}<br><br>",
    ],
)
def test_text_between_the_extracted_blocks_is_kept(layout: str) -> None:
    body = "".join(layout.format(paragraph(i)[3:-4]) for i in range(40))
    text, _ = read(document(body))
    assert numbers(text) == list(range(40))


def test_a_short_first_block_does_not_stop_the_paragraphs_being_restored() -> None:
    from claimx.inputs.pagetext import resegment

    blocks = visible_blocks("<p>Yes.</p><p>The mayor said the bridge would reopen in May.</p>")
    joined = [("Yes. The mayor said the bridge would reopen in May.", False)]
    assert resegment(joined, blocks) == [
        ("Yes.", False),
        ("The mayor said the bridge would reopen in May.", False),
    ]


def test_a_page_of_navigation_only_has_no_article() -> None:
    text, warnings = read('<html><body><nav><a href="/">Home</a></nav></body></html>')
    assert text == ""
    assert warnings == ("page.html: no article text found in the page (a login wall, an index?)",)
