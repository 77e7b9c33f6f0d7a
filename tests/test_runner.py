"""The batch core: order, processes, chunked long articles."""

from __future__ import annotations

import datetime as dt

import pytest

from claimx.inputs import make_article
from claimx.nlp import Pipeline
from claimx.runner import Failure, chunk_bounds, extract_articles

pytestmark = pytest.mark.model

TEXTS = [
    f"date 2026-01-0{i}\nThe mayor said the bridge would reopen last week.\n\n"
    f"“We are ready,” the coach said. Sales rose {i}% in March, according to industry data."
    for i in range(1, 7)
]


def records(pipeline: Pipeline, jobs: int) -> list[object]:
    articles = [make_article(f"a{i}", text) for i, text in enumerate(TEXTS)]
    return list(extract_articles(articles, pipeline, jobs=jobs))


def test_two_processes_give_the_same_records_in_order(pipeline: Pipeline) -> None:
    one = records(pipeline, jobs=1)
    two = records(pipeline, jobs=2)
    assert not any(isinstance(r, Failure) for r in two)
    assert two == one
    assert [r["input"] for r in two] == [f"a{i}" for i in range(6)]  # type: ignore[index]


def test_chunk_bounds_cut_at_paragraphs() -> None:
    text = "One para.\n\nTwo para here.\n\nThree."
    assert chunk_bounds(text, 20) == [(0, 11), (11, 27), (27, 33)]
    assert "".join(text[s:e] for s, e in chunk_bounds(text, 20)) == text


def test_long_article_in_chunks_keeps_exact_offsets(pipeline: Pipeline) -> None:
    text = "\n\n".join(TEXTS)
    article = make_article("long", text, dt.date(2026, 1, 5))
    whole = next(extract_articles([article], pipeline))
    saved = pipeline.nlp.max_length
    pipeline.nlp.max_length = 300
    try:
        chunked = next(extract_articles([article], pipeline))
    finally:
        pipeline.nlp.max_length = saved
    assert not isinstance(chunked, Failure) and not isinstance(whole, Failure)
    assert chunked["text_length"] == len(text)
    assert [c["content"] for c in chunked["claims"]] == [c["content"] for c in whole["claims"]]
    for claim in chunked["claims"]:
        for span in (claim["cue"], claim["content"], *claim["content_fragments"]):
            assert text[span["start_char"] : span["end_char"]] == span["text"]
    assert [s["text"] for s in chunked["sentences"]] == [s["text"] for s in whole["sentences"]]
