"""The JSON schema of claimx's output, and the conversion from results to JSON-safe dicts.

Adding a field keeps ``SCHEMA_VERSION``; renaming or removing one bumps it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict

from claimx.claims import (
    ArticleResult,
    Claim,
    DateMention,
    Entity,
    MoneyMention,
    PercentMention,
    Source,
    TextSpan,
)

SCHEMA_VERSION = 1


class SpanRecord(TypedDict):
    text: str
    start_char: int
    end_char: int


class SentenceRecord(SpanRecord):
    id: int
    heading: bool


class EntityRecord(SpanRecord):
    id: str
    label: str
    sentence: int


class DateRecord(SpanRecord):
    id: str
    sentence: int
    value: str | None
    granularity: str | None
    relative: bool
    note: str | None


class MoneyRecord(SpanRecord):
    id: str
    sentence: int
    amount: int | float | None
    amount_max: int | float | None
    currency: str | None
    qualifier: str | None


class PercentRecord(SpanRecord):
    id: str
    sentence: int
    value: float | None
    value_max: float | None
    unit: str
    qualifier: str | None


class CueRecord(SpanRecord):
    lemma: str


class SourceRecord(SpanRecord):
    name: str | None
    role: str | None
    organization: str | None
    resolved_from: SpanRecord | None


class MentionsRecord(TypedDict):
    """Ids of the items found inside a claim's content."""

    entities: list[str]
    dates: list[str]
    money: list[str]
    percentages: list[str]


class ClaimRecord(TypedDict):
    id: str
    sentence: int
    kind: str
    source: SourceRecord | None
    source_type: str
    cue: CueRecord
    content: SpanRecord
    content_fragments: list[SpanRecord]
    mentions: MentionsRecord


class ModelRecord(TypedDict):
    name: str
    version: str
    rule_only: bool


class ArticleRecord(TypedDict):
    schema_version: int
    input: str
    published: str | None
    published_source: str | None
    encoding: str
    metadata: dict[str, object]
    model: ModelRecord
    text_length: int
    sentences: list[SentenceRecord]
    entities: list[EntityRecord]
    dates: list[DateRecord]
    money: list[MoneyRecord]
    percentages: list[PercentRecord]
    claims: list[ClaimRecord]


def to_record(result: ArticleResult) -> ArticleRecord:
    indexes = _Indexes.of(result)
    return {
        "schema_version": SCHEMA_VERSION,
        "input": result.input,
        "published": result.published,
        "published_source": result.published_source,
        "encoding": result.encoding,
        "metadata": dict(result.metadata),
        "model": {
            "name": result.model.name,
            "version": result.model.version,
            "rule_only": result.model.rule_only,
        },
        "text_length": result.text_length,
        "sentences": [
            {"id": i, **span_record(s.span), "heading": s.heading}
            for i, s in enumerate(result.sentences)
        ],
        "entities": [_entity(i, e) for i, e in enumerate(result.entities)],
        "dates": [_date(i, d) for i, d in enumerate(result.dates)],
        "money": [_money(i, m) for i, m in enumerate(result.money)],
        "percentages": [_percent(i, p) for i, p in enumerate(result.percentages)],
        "claims": [_claim(i, c, indexes) for i, c in enumerate(result.claims)],
    }


def span_record(span: TextSpan) -> SpanRecord:
    return {"text": span.text, "start_char": span.start_char, "end_char": span.end_char}


def _entity(index: int, entity: Entity) -> EntityRecord:
    return {
        "id": f"e{index}",
        **span_record(entity.span),
        "label": entity.label,
        "sentence": entity.sentence,
    }


def _date(index: int, date: DateMention) -> DateRecord:
    return {
        "id": f"d{index}",
        **span_record(date.span),
        "sentence": date.sentence,
        "value": date.value,
        "granularity": date.granularity,
        "relative": date.relative,
        "note": date.note,
    }


def _money(index: int, money: MoneyMention) -> MoneyRecord:
    return {
        "id": f"m{index}",
        **span_record(money.span),
        "sentence": money.sentence,
        "amount": money.amount,
        "amount_max": money.amount_max,
        "currency": money.currency,
        "qualifier": money.qualifier,
    }


def _percent(index: int, percent: PercentMention) -> PercentRecord:
    return {
        "id": f"p{index}",
        **span_record(percent.span),
        "sentence": percent.sentence,
        "value": percent.value,
        "value_max": percent.value_max,
        "unit": percent.unit,
        "qualifier": percent.qualifier,
    }


def _source(source: Source) -> SourceRecord:
    return {
        **span_record(source.span),
        "name": source.name,
        "role": source.role,
        "organization": source.organization,
        "resolved_from": span_record(source.resolved_from) if source.resolved_from else None,
    }


class _SpanIndex:
    """The items of one list (entities, dates...) sorted by start, to find those inside a range
    by bisection: an article's claims times its items would be quadratic (15.9 million checks
    on a 400 KB article)."""

    def __init__(self, prefix: str, spans: Iterable[TextSpan]) -> None:
        ordered = sorted((s.start_char, s.end_char, i) for i, s in enumerate(spans))
        self.prefix = prefix
        self.starts = [start for start, _, _ in ordered]
        self.items = ordered

    def inside(self, fragments: Iterable[TextSpan]) -> list[str]:
        found: set[int] = set()
        for fragment in fragments:
            first = bisect.bisect_left(self.starts, fragment.start_char)
            last = bisect.bisect_left(self.starts, fragment.end_char)
            found.update(i for _, end, i in self.items[first:last] if end <= fragment.end_char)
        return [f"{self.prefix}{i}" for i in sorted(found)]


@dataclass(frozen=True)
class _Indexes:
    entities: _SpanIndex
    dates: _SpanIndex
    money: _SpanIndex
    percentages: _SpanIndex

    @classmethod
    def of(cls, result: ArticleResult) -> _Indexes:
        return cls(
            _SpanIndex("e", (e.span for e in result.entities)),
            _SpanIndex("d", (d.span for d in result.dates)),
            _SpanIndex("m", (m.span for m in result.money)),
            _SpanIndex("p", (p.span for p in result.percentages)),
        )


def _mentions(claim: Claim, indexes: _Indexes) -> MentionsRecord:
    """The ids of entities, dates, money figures and percentages inside the claim's content."""
    return {
        "entities": indexes.entities.inside(claim.fragments),
        "dates": indexes.dates.inside(claim.fragments),
        "money": indexes.money.inside(claim.fragments),
        "percentages": indexes.percentages.inside(claim.fragments),
    }


def _claim(index: int, claim: Claim, indexes: _Indexes) -> ClaimRecord:
    return {
        "id": f"c{index}",
        "sentence": claim.sentence,
        "kind": claim.kind,
        "source": _source(claim.source) if claim.source else None,
        "source_type": claim.source_type,
        "cue": {**span_record(claim.cue), "lemma": claim.cue_lemma},
        "content": span_record(claim.content),
        "content_fragments": [span_record(f) for f in claim.fragments],
        "mentions": _mentions(claim, indexes),
    }
