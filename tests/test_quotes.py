"""Quotation pairing: tolerant of unbalanced, mixed and multi-paragraph marks."""

from __future__ import annotations

import pytest

from claimx.components.quotes import find_quotes, whole_quotations


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


def test_curly_quotes() -> None:
    assert inner("He said “we are done” and left.") == ["we are done"]


def test_straight_quotes() -> None:
    assert inner('He said "we are done" and "gone".') == ["we are done", "gone"]


def test_guillemets_and_low_high() -> None:
    assert inner("« Nous partons » puis „Wir gehen“.") == ["Nous partons", "Wir gehen"]


def test_apostrophes_are_not_quotes() -> None:
    assert inner("Anthropic’s models and the companies’ plans") == []


def test_single_curly_quotes_pair_around_words() -> None:
    assert inner("a ‘supply-chain risk’ for Anthropic’s AI") == ["supply-chain risk"]


def test_quote_continued_in_next_paragraph_is_one_quotation_in_two_parts() -> None:
    # each paragraph's part is a quotation of its own, so that each goes to its own speaker tag
    text = "“We will not move.\n\n“This is our home,” she said."
    assert inner(text) == ["We will not move.", "This is our home,"]
    assert [(q.closed, q.continues) for q in find_quotes(text)] == [(False, True), (True, False)]


def test_the_parts_join_again_into_the_whole_quotation() -> None:
    # the learned tagger's features read a multi-paragraph quotation whole, as before
    text = "“We will not move.\n\n“This is our home,” she said. “Done.”"
    joined = whole_quotations(find_quotes(text))
    assert [text[q.inner_start : q.inner_end] for q in joined] == [
        "We will not move.\n\n“This is our home,",
        "Done.",
    ]
    assert [(q.start, q.closed) for q in joined] == [(0, True), (text.index("“Done"), True)]


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = "He said “we are done.\n\nThe next paragraph is narrative."
    quotes = find_quotes(text)
    assert [(text[q.inner_start : q.inner_end], q.closed) for q in quotes] == [
        ("we are done.", False)
    ]


def test_stray_closing_mark_is_ignored() -> None:
    assert inner("done” he said, and “left”.") == ["left"]


@pytest.mark.parametrize("text", ['"', "“", "”", "‘’", '""', "“ ”", "«»", "a “b", "‘"])
def test_degenerate_marks_never_crash(text: str) -> None:
    for quote in find_quotes(text):
        assert 0 <= quote.inner_start <= quote.inner_end <= len(text)


def test_closing_mark_typed_at_a_line_start_opens_a_quotation() -> None:
    text = "”We deserve better,” she wrote.\n”So do our kids.”"
    assert inner(text) == ["We deserve better,", "So do our kids."]


def test_doubled_apostrophes_cover_both_characters() -> None:
    text = "''Yes,'' he said."
    quote = find_quotes(text)[0]
    assert (text[quote.start : quote.end], text[quote.inner_start : quote.inner_end]) == (
        "''Yes,''",
        "Yes,",
    )
