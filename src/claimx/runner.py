"""The batch core: articles in, article records out, with the pipeline loaded once per process.

``extract_article`` is the one-record function; ``extract_articles`` streams many through
``nlp.pipe`` (optionally in several processes). Runners (the CLI's, a distributed one) are thin
layers over these two and keep their engine code out of here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from claimx.claims import ModelInfo, read_doc
from claimx.inputs import Article
from claimx.nlp import Pipeline, load_pipeline, make_doc, process
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


def extract_articles(
    articles: Iterable[Article], pipeline: Pipeline, jobs: int = 1
) -> Iterator[ArticleRecord]:
    """Records of many articles, in input order."""
    for doc, article in process(pipeline, articles, jobs=jobs):
        yield record_for(doc, article, pipeline)
