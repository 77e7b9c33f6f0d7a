"""Read a processed Doc into frozen dataclasses. No spaCy object leaves this module."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimx.inputs import Article

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span

    from claimx.components.extensions import ClaimData


@dataclass(frozen=True)
class TextSpan:
    """Exact offsets into the decoded input: ``text[start_char:end_char] == self.text``."""

    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Sentence:
    span: TextSpan
    heading: bool


@dataclass(frozen=True)
class Entity:
    span: TextSpan
    label: str
    sentence: int


@dataclass(frozen=True)
class DateMention:
    span: TextSpan
    sentence: int
    value: str | None
    granularity: str | None
    relative: bool
    note: str | None


@dataclass(frozen=True)
class MoneyMention:
    span: TextSpan
    sentence: int
    amount: int | float | None
    amount_max: int | float | None
    currency: str | None
    qualifier: str | None


@dataclass(frozen=True)
class PercentMention:
    span: TextSpan
    sentence: int
    value: float | None
    value_max: float | None
    unit: str
    qualifier: str | None


@dataclass(frozen=True)
class Source:
    """Who made a claim: the span as written, and who it refers to."""

    span: TextSpan
    name: str | None
    role: str | None
    organization: str | None
    resolved_from: TextSpan | None  # the full mention a pronoun or short reference stands for


@dataclass(frozen=True)
class Claim:
    sentence: int  # the sentence of the cue
    kind: str  # direct, indirect, mixed
    source: Source | None
    source_type: str
    cue: TextSpan
    cue_lemma: str
    content: TextSpan  # from the first fragment's start to the last one's end
    fragments: tuple[TextSpan, ...]


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str
    rule_only: bool


@dataclass(frozen=True)
class ArticleResult:
    input: str
    published: str | None
    published_source: str | None
    encoding: str
    metadata: dict[str, object]
    model: ModelInfo
    text_length: int
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    dates: tuple[DateMention, ...]
    money: tuple[MoneyMention, ...]
    percentages: tuple[PercentMention, ...]
    claims: tuple[Claim, ...]


def read_doc(doc: Doc, article: Article, model: ModelInfo) -> ArticleResult:
    """Everything claimx found in one processed article."""
    from claimx.components.doctext import doc_text
    from claimx.components.extensions import (
        CLAIMS,
        DATE_VALUE,
        DATES_KEY,
        HEADINGS_KEY,
        MONEY_KEY,
        MONEY_VALUE,
        PERCENT_VALUE,
        PERCENTAGES_KEY,
    )

    text = doc_text(doc)
    sentences = _sentences(doc, text, doc.spans.get(HEADINGS_KEY, []))
    index = _SentenceIndex(sentences)
    return ArticleResult(
        input=article.name,
        published=article.published.isoformat() if article.published else None,
        published_source=article.published_source,
        encoding=article.encoding,
        metadata=article.metadata,
        model=model,
        text_length=len(text),
        sentences=sentences,
        entities=tuple(
            Entity(_text_span(text, e.start_char, e.end_char), e.label_, index.of(e.start_char))
            for e in doc.ents
        ),
        dates=tuple(
            _date(text, span, span._.get(DATE_VALUE) or {}, index)
            for span in doc.spans.get(DATES_KEY, [])
        ),
        money=tuple(
            _money(text, span, span._.get(MONEY_VALUE) or {}, index)
            for span in doc.spans.get(MONEY_KEY, [])
        ),
        percentages=tuple(
            _percent(text, span, span._.get(PERCENT_VALUE) or {}, index)
            for span in doc.spans.get(PERCENTAGES_KEY, [])
        ),
        claims=tuple(_claim(text, data, index) for data in (doc._.get(CLAIMS) or [])),
    )


def merge_parts(article: Article, parts: list[tuple[int, ArticleResult]]) -> ArticleResult:
    """One result for an article processed in chunks: each part's offsets shifted by where the
    chunk starts, sentence indices rebased, so offsets stay exact for the whole text."""
    first = parts[0][1]
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    dates: list[DateMention] = []
    money: list[MoneyMention] = []
    percentages: list[PercentMention] = []
    claims: list[Claim] = []
    for offset, part in parts:
        base = len(sentences)
        sentences += [replace(s, span=_shift(s.span, offset)) for s in part.sentences]
        entities += [
            replace(e, span=_shift(e.span, offset), sentence=e.sentence + base)
            for e in part.entities
        ]
        dates += [
            replace(d, span=_shift(d.span, offset), sentence=d.sentence + base) for d in part.dates
        ]
        money += [
            replace(m, span=_shift(m.span, offset), sentence=m.sentence + base) for m in part.money
        ]
        percentages += [
            replace(p, span=_shift(p.span, offset), sentence=p.sentence + base)
            for p in part.percentages
        ]
        claims += [_shift_claim(c, offset, base) for c in part.claims]
    return replace(
        first,
        input=article.name,
        text_length=len(article.text),
        sentences=tuple(sentences),
        entities=tuple(entities),
        dates=tuple(dates),
        money=tuple(money),
        percentages=tuple(percentages),
        claims=tuple(claims),
    )


def _shift(span: TextSpan, offset: int) -> TextSpan:
    return TextSpan(span.text, span.start_char + offset, span.end_char + offset)


def _shift_source(source: Source, offset: int) -> Source:
    resolved = source.resolved_from
    return replace(
        source,
        span=_shift(source.span, offset),
        resolved_from=_shift(resolved, offset) if resolved else None,
    )


def _shift_claim(claim: Claim, offset: int, base: int) -> Claim:
    return replace(
        claim,
        sentence=claim.sentence + base,
        source=_shift_source(claim.source, offset) if claim.source else None,
        cue=_shift(claim.cue, offset),
        content=_shift(claim.content, offset),
        fragments=tuple(_shift(f, offset) for f in claim.fragments),
    )


def _text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(text[start:end], start, end)


def _sentences(doc: Doc, text: str, headings: Iterable[Span]) -> tuple[Sentence, ...]:
    heading_starts = {span.start_char for span in headings}
    found = []
    for sent in doc.sents:
        start, end = _strip(text, sent.start_char, sent.end_char)
        if end > start:
            found.append(Sentence(_text_span(text, start, end), start in heading_starts))
    return tuple(found)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _SentenceIndex:
    """Which sentence a character offset falls in."""

    def __init__(self, sentences: tuple[Sentence, ...]) -> None:
        self._starts = [s.span.start_char for s in sentences]

    def of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)


def _date(text: str, span: Span, value: dict[str, object], index: _SentenceIndex) -> DateMention:
    return DateMention(
        span=_text_span(text, span.start_char, span.end_char),
        sentence=index.of(span.start_char),
        value=_optional_str(value.get("value")),
        granularity=_optional_str(value.get("granularity")),
        relative=bool(value.get("relative", False)),
        note=_optional_str(value.get("note")),
    )


def _money(text: str, span: Span, value: dict[str, object], index: _SentenceIndex) -> MoneyMention:
    return MoneyMention(
        span=_text_span(text, span.start_char, span.end_char),
        sentence=index.of(span.start_char),
        amount=_optional_number(value.get("amount")),
        amount_max=_optional_number(value.get("amount_max")),
        currency=_optional_str(value.get("currency")),
        qualifier=_optional_str(value.get("qualifier")),
    )


def _percent(
    text: str, span: Span, value: dict[str, object], index: _SentenceIndex
) -> PercentMention:
    value_number = _optional_number(value.get("value"))
    return PercentMention(
        span=_text_span(text, span.start_char, span.end_char),
        sentence=index.of(span.start_char),
        value=None if value_number is None else float(value_number),
        value_max=_optional_float(value.get("value_max")),
        unit=str(value.get("unit") or "percent"),
        qualifier=_optional_str(value.get("qualifier")),
    )


def _optional_float(value: object) -> float | None:
    number = _optional_number(value)
    return None if number is None else float(number)


def _source(text: str, data: ClaimData) -> Source | None:
    offsets = data["source"]
    if not offsets:
        return None
    resolved = data.get("source_resolved_from")
    return Source(
        span=_text_span(text, offsets[0], offsets[1]),
        name=data.get("source_name"),
        role=data.get("source_role"),
        organization=data.get("source_organization"),
        resolved_from=_text_span(text, resolved[0], resolved[1]) if resolved else None,
    )


def _claim(text: str, data: ClaimData, index: _SentenceIndex) -> Claim:
    cue_start, cue_end = data["cue"]
    fragments = tuple(_text_span(text, start, end) for start, end in data["content"])
    return Claim(
        sentence=index.of(cue_start),
        kind=data["kind"],
        source=_source(text, data),
        source_type=data["source_type"],
        cue=_text_span(text, cue_start, cue_end),
        cue_lemma=data["cue_lemma"],
        content=_text_span(text, fragments[0].start_char, fragments[-1].end_char),
        fragments=fragments,
    )


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _optional_number(value: object) -> int | float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None
