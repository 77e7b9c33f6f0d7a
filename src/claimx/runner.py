"""The batch core: articles in, article records out, with the pipeline loaded once per process.

``extract_article`` is the one-record function; ``extract_articles`` streams many through
``nlp.pipe`` (optionally in several processes). Runners (the CLI's, a distributed one) are thin
layers over these two and keep their engine code out of here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimx.claims import ModelInfo, read_doc
from claimx.inputs import Article
from claimx.nlp import Pipeline, load_pipeline, make_doc, pop_failure, process
from claimx.records import ArticleRecord, to_record

if TYPE_CHECKING:
    from spacy.tokens import Doc


def model_info(pipeline: Pipeline) -> ModelInfo:
    return ModelInfo(pipeline.model_name, pipeline.model_version, pipeline.rule_only)


def record_for(doc: Doc, article: Article, pipeline: Pipeline) -> ArticleRecord:
    return to_record(read_doc(doc, article, model_info(pipeline)))


def extract_article(article: Article, model: str | None = None) -> ArticleRecord:
    """The record of one article, with the cached pipeline for ``model``."""
    pipeline = load_pipeline(model)
    doc = pipeline.nlp(make_doc(pipeline.nlp, article))
    return record_for(doc, article, pipeline)


@dataclass(frozen=True)
class Failure:
    """An article the pipeline could not process; the rest of the batch goes on."""

    article: Article
    reason: str


def extract_articles(
    articles: Iterable[Article], pipeline: Pipeline, jobs: int = 1
) -> Iterator[ArticleRecord | Failure]:
    """Records of many articles, in input order, with a ``Failure`` in place of each article
    whose processing raised (spaCy's error handler drops such a Doc from the stream)."""
    in_flight: deque[Article] = deque()

    def feed() -> Iterator[Article]:
        for article in articles:
            in_flight.append(article)
            yield article

    for doc, article in process(pipeline, feed(), jobs=jobs):
        while in_flight and in_flight[0] is not article:
            yield _failure(in_flight.popleft(), jobs)
        if in_flight:
            in_flight.popleft()
        yield record_for(doc, article, pipeline)
    while in_flight:
        yield _failure(in_flight.popleft(), jobs)


def _failure(article: Article, jobs: int) -> Failure:
    reason = pop_failure() if jobs == 1 else None
    return Failure(article, reason or "processing failed in a worker process")
