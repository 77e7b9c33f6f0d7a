"""The batch core: articles in, article records out, with the pipeline loaded once per process.

``extract_article`` is the one-record function; ``extract_articles`` streams many through
``nlp.pipe``. Runners (the CLI's process pool in ``parallel.py``, a distributed one) are thin
layers over these and keep their engine code out of here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from claimx.claims import ArticleResult, ModelInfo, merge_parts, read_doc
from claimx.errors import ClaimxError
from claimx.inputs import Article
from claimx.nlp import BATCH_CHARS, Pipeline, load_pipeline, pop_failure, process
from claimx.records import ArticleRecord, to_record

# The longest text processed as one Doc. The model's memory grows with the text of a Doc (about
# 3 KB a character, see nlp.BATCH_CHARS): a 100,000-character Doc alone took 480 MB. Longer
# articles (over 8,000 words: rare in news) are cut at paragraph breaks, so a process stays
# well under 600 MB whatever it reads.
CHUNK_CHARS = BATCH_CHARS


@dataclass(frozen=True)
class Failure:
    """An article the pipeline could not process; the rest of the batch goes on."""

    article: Article
    reason: str


@dataclass(frozen=True)
class Part:
    """A chunk of an article: where it starts in the article's text, and which one it is."""

    article: Article
    chunk: Article
    offset: int
    index: int
    count: int


def model_info(pipeline: Pipeline) -> ModelInfo:
    return ModelInfo(pipeline.model_name, pipeline.model_version, pipeline.rule_only)


def extract_article(article: Article, model: str | None = None) -> ArticleRecord:
    """The record of one article, with the cached pipeline for ``model``."""
    pipeline = load_pipeline(model)
    results = list(extract_articles([article], pipeline))
    if isinstance(results[0], Failure):
        raise ClaimxError(f"{article.name}: could not be processed ({results[0].reason})")
    return results[0]


def extract_articles(
    articles: Iterable[Article], pipeline: Pipeline, jobs: int = 1
) -> Iterator[ArticleRecord | Failure]:
    """Records of many articles, in input order, with a ``Failure`` in place of each article
    whose processing raised (spaCy's error handler drops such a Doc from the stream).
    Articles longer than ``CHUNK_CHARS`` (or the pipeline's ``max_length``) are processed in
    paragraph-aligned chunks and merged back with exact offsets."""
    limit = min(pipeline.nlp.max_length, CHUNK_CHARS)
    in_flight: dict[int, Part] = {}
    counter = itertools.count()

    def feed() -> Iterator[tuple[Article, int]]:
        for article in articles:
            for part in split_article(article, limit):
                key = next(counter)
                in_flight[key] = part
                yield part.chunk, key

    done: list[tuple[int, ArticleResult]] = []
    failed = False
    expected = 0
    for doc, key in process(pipeline, feed(), jobs=jobs):
        for lost_key in range(expected, key):  # dropped by the error handler
            lost = in_flight.pop(lost_key)
            failed = True
            if lost.index == lost.count - 1:
                yield _failure(lost.article, jobs)
                done, failed = [], False
        expected = key + 1
        part = in_flight.pop(key)
        done.append((part.offset, read_doc(doc, part.chunk, model_info(pipeline))))
        if part.index == part.count - 1:
            if failed:
                yield _failure(part.article, jobs)
            else:
                yield to_record(merge_parts(part.article, done) if part.count > 1 else done[0][1])
            done, failed = [], False
    for key in sorted(in_flight):
        lost = in_flight[key]
        if lost.index == lost.count - 1:
            yield _failure(lost.article, jobs)


def _failure(article: Article, jobs: int) -> Failure:
    reason = pop_failure() if jobs == 1 else None
    return Failure(article, reason or "processing failed in a worker process")


def split_article(article: Article, limit: int) -> list[Part]:
    """The article as one part, or as chunks of at most ``limit`` characters cut at paragraph
    breaks (else line breaks, else sentence ends, else anywhere)."""
    text = article.text
    if len(text) <= limit:
        return [Part(article, article, 0, 0, 1)]
    bounds = chunk_bounds(text, limit)
    parts = []
    for index, (start, end) in enumerate(bounds):
        chunk = replace(
            article, text=text[start:end], header_end=article.header_end if index == 0 else 0
        )
        parts.append(Part(article, chunk, start, index, len(bounds)))
    return parts


_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"))


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    while len(text) - start > limit:
        end = _cut_before(text, start, start + limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut_before(text: str, start: int, stop: int) -> int:
    for pattern in _CUTS:
        cuts = [m.end() for m in pattern.finditer(text, start, stop) if m.end() < stop]
        if cuts and cuts[-1] > start:
            return cuts[-1]
    return stop
