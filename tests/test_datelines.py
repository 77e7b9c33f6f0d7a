"""Datelines: found at the start of an article, never taken for anything but a dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from claimx.datelines import find_dateline
from claimx.inputs import make_article


@pytest.mark.parametrize(
    ("text", "words", "date"),
    [
        ("LAGOS (Reuters) - Nigeria's central bank said ...", "Nigeria's", None),
        ("BERLIN, March 3, 2026 -- Acme Corp. today announced ...", "Acme", dt.date(2026, 3, 3)),
        ("OSLO, May 3, 2026 /PRNewswire/ -- Nordic Grid AS ...", "Nordic", dt.date(2026, 5, 3)),
        ("WASHINGTON — The Senate voted ...", "The", None),
        (
            "SAN FRANCISCO, Calif., Jan. 9, 2025 /PRNewswire/ -- Acme ...",
            "Acme",
            dt.date(2025, 1, 9),
        ),
        ("NAIROBI, Kenya (AP) — Officials said ...", "Officials", None),
        ("Plant opens\n\nLEIPZIG, Sept. 30, 2024 -- The plant ...", "The", dt.date(2024, 9, 30)),
    ],
)
def test_a_dateline_and_where_the_article_begins(
    text: str, words: str, date: dt.date | None
) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert text[dateline.end :].startswith(words)
    assert dateline.date == date


@pytest.mark.parametrize(
    "text",
    [
        "US - China talks resume in Geneva.",
        "BREAKING - A fire broke out downtown.",
        "UPDATE — The road has reopened.",
        "The mayor - who was re-elected - said the plan was fine.",
        "NASA said the launch would go ahead.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_a_dateline_gives_the_publication_date_when_none_is_known() -> None:
    text = "BERLIN, March 3, 2026 -- Acme Corp. today announced a new plant."
    article = make_article("-", text, published=None)
    assert (article.published, article.published_source) == (dt.date(2026, 3, 3), "dateline")
    marked = make_article("-", "date 2026-01-02\n" + text)
    assert (marked.published, marked.published_source) == (dt.date(2026, 1, 2), "marker")
    given = make_article("-", text, published="2026-02-01")
    assert (given.published, given.published_source) == (dt.date(2026, 2, 1), "option")
    no_year = make_article("-", "LAGOS, May 3 (Reuters) - The bank said ...")
    assert (no_year.published, no_year.published_source) == (None, None)
