"""The core: articles in, article records out, with the pipeline loaded once per process.

``extract_article`` is the one-record function; ``extract_articles`` streams many through
``nlp.pipe``, each article failing alone whatever goes wrong with it. How a run uses the
pipeline (``RunConfig``) is passed in explicitly, so that a worker started by fork, by spawn or
on another machine runs exactly what its parent asked for. Runners (the local one in
``batch``, its worker pool in ``pool``, a distributed one) are thin layers over this module and
keep their engine code out of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimx.claims import ArticleResult, ModelInfo, merge_parts, read_doc
from claimx.errors import ClaimxError
from claimx.inputs import Article
from claimx.nlp import (
    BATCH_CHARS,
    PIPE_BATCH,
    Pipeline,
    bounded_batches,
    configured,
    doc_warnings,
    load_pipeline,
    process_safely,
)
from claimx.paragraphs import PARAGRAPH_BREAK
from claimx.records import ArticleRecord, to_record

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
class Extracted:
    """An article's record, with what is worth a warning about how it was read."""

    record: ArticleRecord
    warnings: tuple[str, ...] = ()


Outcome = Extracted | Failure
# (article name, characters done, characters in all): after each chunk of a long article.
ChunkProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RunConfig:
    """How a run uses the pipeline: plain data, sent to every process that runs articles."""

    model: str | None = None  # --model (None: the loader's choice)
    disabled: tuple[str, ...] = ()  # components whose output the chosen format does not show
    debug: bool = False  # a failing component raises, with its traceback, instead of failing
    # its article alone
    include_text: bool = False  # every record carries its text (derived texts always do)
    min_confidence: float = 0.0  # claims below it are left out (--min-confidence)


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
    outcome = next(extract_articles([article], pipeline, RunConfig(model)))
    if isinstance(outcome, Failure):
        raise ClaimxError(f"{article.name}: could not be processed ({outcome.reason})")
    return outcome.record


def extract_articles(
    articles: Iterable[Article],
    pipeline: Pipeline,
    config: RunConfig = RunConfig(),
    on_chunk: ChunkProgress | None = None,
) -> Iterator[Outcome]:
    """One outcome per article, in input order: its record, or a ``Failure`` for an article
    whose processing raised anywhere (a component, reading the Doc, building the record).
    Articles longer than ``CHUNK_CHARS`` (or the pipeline's ``max_length``) are processed in
    paragraph-aligned chunks and merged back with exact offsets."""
    limit = min(pipeline.nlp.max_length, CHUNK_CHARS)
    parts = (part for article in articles for part in split_article(article, limit))
    assembly = _Assembly(model_info(pipeline), on_chunk, config)
    with configured(pipeline, config.disabled, config.debug):
        for batch in bounded_batches(((p.chunk, p) for p in parts), PIPE_BATCH, BATCH_CHARS):
            for part, doc_or_reason in process_safely(pipeline, batch):
                outcome = assembly.add(part, doc_or_reason)
                if outcome is not None:
                    yield outcome


class _Assembly:
    """Collects the parts of one article and gives its outcome once the last part is in."""

    def __init__(self, model: ModelInfo, on_chunk: ChunkProgress | None, config: RunConfig) -> None:
        self.model = model
        self.include_text = config.include_text
        self.min_confidence = config.min_confidence
        self.on_chunk = on_chunk
        self.results: list[tuple[int, ArticleResult]] = []
        self.failure: str | None = None
        self.warnings: list[str] = []

    def add(self, part: Part, doc_or_reason: Doc | str) -> Outcome | None:
        if isinstance(doc_or_reason, str):
            self.failure = self.failure or doc_or_reason
        elif self.failure is None:
            try:
                self.results.append((part.offset, read_doc(doc_or_reason, part.chunk, self.model)))
                self.warnings.extend(doc_warnings(doc_or_reason, part.article.name))
            except Exception as error:  # a Doc our reader cannot read: this article fails
                self.failure = f"reading the Doc: {type(error).__name__}: {error}"
        if part.count > 1 and self.on_chunk is not None:
            self.on_chunk(
                part.article.name, part.offset + len(part.chunk.text), len(part.article.text)
            )
        if part.index < part.count - 1:
            return None
        outcome = self._finish(part.article)
        self.results, self.failure, self.warnings = [], None, []
        return outcome

    def _finish(self, article: Article) -> Outcome:
        if self.failure is not None:
            return Failure(article, self.failure)
        try:
            merged = merge_parts(article, self.results) if len(self.results) > 1 else None
            result = merged or self.results[0][1]
            if article.derived or self.include_text:  # offsets point into this text
                result = replace(result, text=article.text)
            if self.min_confidence > 0:  # before the claims are numbered: ids stay c0, c1...
                kept = tuple(c for c in result.claims if c.confidence >= self.min_confidence)
                result = replace(result, claims=kept)
            record = to_record(result)
        except Exception as error:
            return Failure(article, f"building the record: {type(error).__name__}: {error}")
        return Extracted(record, tuple(dict.fromkeys(self.warnings)))


def split_article(article: Article, limit: int) -> list[Part]:
    """The article as one part, or as chunks of at most ``limit`` characters cut at paragraph
    breaks (else line breaks, else sentence ends, else anywhere)."""
    text = article.text
    if len(text) <= limit:
        return [Part(article, article, 0, 0, 1)]
    bounds = chunk_bounds(text, limit)
    parts = []
    for index, (start, end) in enumerate(bounds):
        headings = tuple(
            (s - start, e - start) for s, e in article.headings if start <= s and e <= end
        )
        chunk = replace(
            article,
            text=text[start:end],
            header_end=article.header_end if index == 0 else 0,
            headings=headings,
        )
        parts.append(Part(article, chunk, start, index, len(bounds)))
    return parts


_CUTS = (PARAGRAPH_BREAK, re.compile(r"\n"), re.compile(r"[.!?]\s"))


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
