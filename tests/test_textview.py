"""The normalised view the pipeline reads (invisible characters out, typographic spaces plain,
every line end a newline), and offsets mapped back to the article's own text."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from claimx.core import RunConfig, extract_articles
from claimx.inputs import make_article
from claimx.records import ArticleRecord
from claimx.textview import text_view

from .conftest import invoke

ARTICLE = (
    "Bridge to reopen in May\n\n"
    "The mayor, John Smith, said the bridge would reopen in May.\n\n"
    "Critics said the plan was late, and Jane Doe argued that the budget was too small.\n\n"
    "\u201cWe will be ready,\u201d said Anna Berg, the city engineer."
)
INVISIBLES = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u2063")
SPACES = ("\u00a0", "\u202f", "\u2002", "\u2003", "\u2009", "\u200a", "\u205f", "\u3000")


def test_plain_text_is_its_own_view() -> None:
    view = text_view(ARTICLE)
    assert view.identical and view.text == ARTICLE
    assert view.to_original(3, 9) == (3, 9) and view.to_view(7) == 7


def test_view_removes_invisibles_and_maps_offsets_back() -> None:
    text = "He sa\u00adid \u200bit.\rNext\u2029Last"
    view = text_view(text)
    assert view.text == "He said it.\nNext\n\nLast"
    start = view.text.index("said")
    begin, end = view.to_original(start, start + 4)
    assert text[begin:end] == "sa\u00adid"  # the soft hyphen inside the word stays in the span
    begin, end = view.to_original(view.text.index("it"), view.text.index("it") + 2)
    assert text[begin:end] == "it"  # the zero-width space before it does not
    assert view.to_view(text.index("Next")) == view.text.index("Next")
    assert view.to_view(len(text)) == len(view.text)


@pytest.mark.parametrize(
    ("line_end", "paragraph"),
    [("\r", "\r\r"), ("\x85", "\x85\x85"), ("\u2028", "\u2028\u2028"), ("\n", "\u2029")],
    ids=["CR", "NEL", "U+2028", "U+2029"],
)
def test_line_ends_become_newlines(line_end: str, paragraph: str) -> None:
    view = text_view(f"One{line_end}two{paragraph}three")
    assert view.text == "One\ntwo\n\nthree"


def run(pipeline: Any, *texts: str) -> list[ArticleRecord]:
    articles = [make_article(f"a{i}", text) for i, text in enumerate(texts)]
    records = []
    for outcome in extract_articles(articles, pipeline, RunConfig()):
        assert hasattr(outcome, "record"), outcome
        records.append(outcome.record)
    return records


def spans_of(record: ArticleRecord) -> list[dict[str, Any]]:
    """Every span of a record, as plain dicts (the JSON it is written as)."""
    plain: dict[str, Any] = json.loads(json.dumps(record))
    found: list[dict[str, Any]] = list(plain["sentences"])
    for claim in plain["claims"]:
        found += [claim["cue"], claim["content"], *claim["content_fragments"]]
        if claim["source"] is not None:
            found.append(claim["source"])
    for key in ("entities", "dates", "money", "percentages"):
        found += plain[key]
    return found


def summary(record: ArticleRecord) -> list[tuple[object, ...]]:
    """The claims as the normalised text reads them (what a reader compares)."""

    def plain(span: Any) -> str | None:
        return None if span is None else text_view(span["text"]).text

    return [
        (
            claim["kind"],
            plain(claim["source"]),
            claim["source"]["name"] if claim["source"] else None,
            plain(claim["cue"]),
            plain(claim["content"]),
        )
        for claim in record["claims"]
    ]


def assert_exact(text: str, record: ArticleRecord) -> None:
    for span in spans_of(record):
        assert text[span["start_char"] : span["end_char"]] == span["text"], span


@pytest.mark.model
@pytest.mark.parametrize("invisible", INVISIBLES, ids=[f"U+{ord(c):04X}" for c in INVISIBLES])
def test_invisible_inside_said_keeps_the_claim(pipeline: Any, invisible: str) -> None:
    text = ARTICLE.replace("said the bridge", f"sa{invisible}id the bridge")
    base, record = run(pipeline, ARTICLE, text)
    assert_exact(text, record)
    assert summary(record) == summary(base)
    cue = record["claims"][0]["cue"]
    assert cue["text"] == f"sa{invisible}id"


@pytest.mark.model
@pytest.mark.parametrize("space", SPACES, ids=[f"U+{ord(c):04X}" for c in SPACES])
def test_typographic_space_between_names_keeps_the_whole_name(pipeline: Any, space: str) -> None:
    text = ARTICLE.replace("John Smith", f"John{space}Smith")
    base, record = run(pipeline, ARTICLE, text)
    assert_exact(text, record)
    assert summary(record) == summary(base)
    source = record["claims"][0]["source"]
    assert source is not None and source["name"] == "John Smith"
    assert source["text"] == f"The mayor, John{space}Smith"


@pytest.mark.model
@pytest.mark.parametrize(
    "paragraph", ["\r\r", "\u2029", "\x85\x85", "\u2028\u2028", "\r\n\r\n", "\r\n\u2029"]
)
def test_other_line_ends_end_paragraphs(pipeline: Any, paragraph: str) -> None:
    text = ARTICLE.replace("\n\n", paragraph)
    base, record = run(pipeline, ARTICLE, text)
    assert_exact(text, record)
    assert [text_view(s["text"]).text for s in record["sentences"]] == [
        s["text"] for s in base["sentences"]
    ]
    assert [s["heading"] for s in record["sentences"]] == [s["heading"] for s in base["sentences"]]
    assert summary(record) == summary(base)


@pytest.mark.model
def test_leading_bom_and_nbsp_do_not_hide_the_date_marker() -> None:
    article = make_article("a", "\ufeffdate\u00a02026-03-05\n\nHe said it rained.")
    assert article.published is not None and article.published.isoformat() == "2026-03-05"
    assert article.text[article.header_end - 10 : article.header_end] == "2026-03-05"


@pytest.mark.model
@pytest.mark.parametrize("seed", range(12))
def test_random_invisibles_change_no_claim_and_no_offset(pipeline: Any, seed: int) -> None:
    """Property: invisible characters inserted anywhere, spaces made typographic and paragraph
    breaks written in other line ends leave the claims as they were, with every offset exact
    into the changed text."""
    rng = random.Random(seed)
    breaks = ["\n\n", "\r\r", "\u2029", "\x85\x85", "\u2028\u2028", "\r\u2028"]
    pieces = ARTICLE.split("\n\n")
    chars = list(pieces[0])
    for piece in pieces[1:]:
        chars += [rng.choice(breaks), *piece]  # a paragraph break as one unit
    for _ in range(40):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(INVISIBLES))
    changed = "".join(c if c != " " or rng.random() > 0.2 else rng.choice(SPACES) for c in chars)
    assert changed != ARTICLE
    base, record = run(pipeline, ARTICLE, changed)
    assert text_view(changed).text == ARTICLE
    assert_exact(changed, record)
    assert summary(record) == summary(base)
    assert len(record["sentences"]) == len(base["sentences"])
    assert record["text_length"] == len(changed)


@pytest.mark.model
def test_a_file_with_old_mac_line_ends_and_invisibles_keeps_exact_offsets(tmp_path: Path) -> None:
    text = ARTICLE.replace("\n", "\r").replace("said the bridge", "sa\u00adid the bridge")
    path = tmp_path / "mac.txt"
    path.write_bytes(text.encode("utf-8"))
    code, out, err = invoke("extract", str(path), "-f", "json", "--include-text")
    assert code == 0, err
    (record,) = json.loads(out)
    assert record["text"] == text  # the record's text is the input, not its normalised view
    assert_exact(text, record)
    assert len(record["claims"]) >= 3


@pytest.mark.model
def test_html_entities_for_invisible_and_no_break_characters_keep_the_claim(
    tmp_path: Path,
) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Bridge</title></head><body><article><h1>Bridge to reopen</h1>"
        "<p>The mayor, John&nbsp;Smith, sa&shy;id the bridge would reopen in May.</p>"
        "<p>Critics sa&#8203;id the plan was late, and Jane&#x202F;Doe argued that the "
        "budget was too small.</p></article></body></html>",
        encoding="utf-8",
    )
    code, out, err = invoke("extract", str(path), "-f", "json")
    assert code == 0, err
    (record,) = json.loads(out)
    assert_exact(record["text"], record)
    cues = [text_view(c["cue"]["text"]).text for c in record["claims"]]
    assert cues.count("said") == 2
    names = {c["source"]["name"] for c in record["claims"] if c["source"]}
    assert {"John Smith", "Jane Doe"} <= names
