"""The core: order, processes, chunked long articles, the run's configuration."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from claimx import core
from claimx.core import Extracted, RunConfig, chunk_bounds, extract_articles
from claimx.inputs import make_article
from claimx.nlp import Pipeline, bounded_batches

pytestmark = pytest.mark.model

TEXTS = [
    f"date 2026-01-0{i}\nThe mayor said the bridge would reopen last week.\n\n"
    f"“We are ready,” the coach said. Sales rose {i}% in March, according to industry data."
    for i in range(1, 7)
]


def records(pipeline: Pipeline, jobs: int) -> list[object]:
    from claimx.batch import extract_with_jobs

    articles = [make_article(f"a{i}", text) for i, text in enumerate(TEXTS)]
    return list(extract_with_jobs(articles, RunConfig(), jobs))


def test_two_processes_give_the_same_records_in_order(pipeline: Pipeline) -> None:
    one = records(pipeline, jobs=1)
    two = records(pipeline, jobs=2)
    assert all(isinstance(r, Extracted) for r in two)
    assert two == one
    assert [r.record["input"] for r in two] == [f"a{i}" for i in range(6)]  # type: ignore[attr-defined]


def test_chunk_bounds_cut_at_paragraphs() -> None:
    text = "One para.\n\nTwo para here.\n\nThree."
    assert chunk_bounds(text, 20) == [(0, 11), (11, 27), (27, 33)]
    assert "".join(text[s:e] for s, e in chunk_bounds(text, 20)) == text


@pytest.mark.parametrize("limit", ["max_length", "CHUNK_CHARS"])
def test_long_article_in_chunks_keeps_exact_offsets(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, limit: str
) -> None:
    """Past spaCy's max_length, or past the size that keeps memory bounded, an article is
    processed in chunks that give the same record as the whole."""
    text = "\n\n".join(TEXTS)
    article = make_article("long", text, dt.date(2026, 1, 5))
    whole = next(extract_articles([article], pipeline))
    assert isinstance(whole, Extracted)
    if limit == "max_length":
        monkeypatch.setattr(pipeline.nlp, "max_length", 300)
    else:
        monkeypatch.setattr(core, "CHUNK_CHARS", 300)
    outcome = next(extract_articles([article], pipeline))
    assert isinstance(outcome, Extracted)
    chunked = outcome.record
    assert chunked["text_length"] == len(text)
    assert chunked["text_sha256"] == whole.record["text_sha256"]
    assert chunked["text_sha256"] == hashlib.sha256(text.encode()).hexdigest()
    assert [c["content"] for c in chunked["claims"]] == [
        c["content"] for c in whole.record["claims"]
    ]
    for claim in chunked["claims"]:
        for span in (claim["cue"], claim["content"], *claim["content_fragments"]):
            assert text[span["start_char"] : span["end_char"]] == span["text"]
    assert [s["text"] for s in chunked["sentences"]] == [
        s["text"] for s in whole.record["sentences"]
    ]


def test_batches_are_bounded_by_articles_and_by_characters() -> None:
    sizes = [10, 10, 10, 50, 200, 5, 5, 5, 5, 5]
    items = [(make_article(f"a{i}", "x" * size), i) for i, size in enumerate(sizes)]
    batches = list(bounded_batches(items, max_items=4, max_chars=60))
    assert [[key for _, key in batch] for batch in batches] == [
        [0, 1, 2],  # 30 characters; the 50 more would pass 60
        [3],
        [4],  # longer than the bound: a batch of its own
        [5, 6, 7, 8],  # four articles at most
        [9],
    ]


def test_worker_batches_are_large_until_the_input_ends_then_small(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While more input follows, the workers get large batches (one spaCy batch each, the
    cheaper way); what is left when it ends goes in small ones, so no worker idles at the end."""
    from claimx import pool

    monkeypatch.setattr(pool, "LARGE_BATCH", (4, 400))
    monkeypatch.setattr(pool, "SMALL_BATCH", (2, 200))
    monkeypatch.setattr(pool, "LOOK_AHEAD", 1)
    articles = [make_article(f"a{i}", "x" * 100) for i in range(12)]
    batches = list(pool._batches(iter(articles), jobs=2))  # 800 characters read ahead
    assert [len(batch) for batch in batches] == [4, 2, 2, 2, 2]
    assert [a for batch in batches for a in batch] == articles


def test_the_run_configuration_reaches_workers_started_by_spawn(pipeline: Pipeline) -> None:
    """Spawned workers share nothing with their parent: only what the configuration says
    (components left out for this format) makes them run as the parent asked."""
    from claimx.pool import extract_in_processes

    articles = [make_article(f"a{i}", text) for i, text in enumerate(TEXTS[:4])]
    unused = ("claimx_dates", "claimx_money", "claimx_percentages")
    config = RunConfig(disabled=unused)
    spawned = list(extract_in_processes(articles, config, jobs=2, start_method="spawn"))
    here = list(extract_articles(articles, pipeline, config))
    assert all(isinstance(outcome, Extracted) for outcome in spawned)
    assert spawned == here
    records = [outcome.record for outcome in spawned]  # type: ignore[union-attr]
    assert all(r["dates"] == [] and r["percentages"] == [] for r in records)
    assert all(r["claims"] for r in records)
    full = next(extract_articles(articles[:1], pipeline))
    assert isinstance(full, Extracted) and full.record["dates"]  # only the config left them out


def test_debug_makes_a_failing_component_raise(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimx.components import money

    article = make_article("bad", "The bill came to $13 million, the mayor said.")

    def explode(text: str) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(money, "normalise_money", explode)
    failed = next(extract_articles([article], pipeline))
    assert not isinstance(failed, Extracted)
    with pytest.raises(RuntimeError, match="boom"):
        next(extract_articles([article], pipeline, RunConfig(debug=True)))
    monkeypatch.undo()
    assert isinstance(next(extract_articles([article], pipeline)), Extracted)  # handler restored
