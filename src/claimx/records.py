"""The JSON schema of claimx's output, and the conversion from results to JSON-safe dicts.

Adding a field keeps ``SCHEMA_VERSION``; renaming or removing one bumps it.
"""

from __future__ import annotations

from typing import Any, TypedDict

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
        "claims": [_claim(i, c, result) for i, c in enumerate(result.claims)],
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


def _mentions(claim: Claim, result: ArticleResult) -> MentionsRecord:
    """The ids of entities, dates, money figures and percentages inside the claim's content."""

    def inside(span: TextSpan) -> bool:
        return any(
            f.start_char <= span.start_char and span.end_char <= f.end_char for f in claim.fragments
        )

    return {
        "entities": [f"e{i}" for i, e in enumerate(result.entities) if inside(e.span)],
        "dates": [f"d{i}" for i, d in enumerate(result.dates) if inside(d.span)],
        "money": [f"m{i}" for i, m in enumerate(result.money) if inside(m.span)],
        "percentages": [f"p{i}" for i, p in enumerate(result.percentages) if inside(p.span)],
    }


def _claim(index: int, claim: Claim, result: ArticleResult) -> ClaimRecord:
    return {
        "id": f"c{index}",
        "sentence": claim.sentence,
        "kind": claim.kind,
        "source": _source(claim.source) if claim.source else None,
        "source_type": claim.source_type,
        "cue": {**span_record(claim.cue), "lemma": claim.cue_lemma},
        "content": span_record(claim.content),
        "content_fragments": [span_record(f) for f in claim.fragments],
        "mentions": _mentions(claim, result),
    }


# --- JSON Schema -----------------------------------------------------------------------------


def _span_schema(**extra: Any) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "text": {"type": "string"},
        "start_char": {"type": "integer", "minimum": 0},
        "end_char": {"type": "integer", "minimum": 0},
    }
    properties.update(extra)
    return {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }


_NULLABLE_STRING = {"type": ["string", "null"]}
_NULLABLE_NUMBER = {"type": ["number", "null"]}
_ID = {"type": "string"}
_SENTENCE = {"type": "integer", "minimum": 0, "description": "index into sentences"}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one article object."""
    span = _span_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "claimx article",
        "description": "Claims, entities, dates and money found in one article. Every span's "
        "offsets are Unicode code points into the decoded input, end-exclusive.",
        "type": "object",
        "required": list(ArticleRecord.__annotations__),
        "additionalProperties": False,
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "input": {"type": "string", "description": "the path, or '-' for stdin"},
            "published": {**_NULLABLE_STRING, "format": "date"},
            "published_source": {
                "enum": ["marker", "option", "field", None],
                "description": "where published came from: the text's date marker, the "
                "--published option, or a field of a JSONL input line",
            },
            "encoding": {"type": "string"},
            "metadata": {
                "type": "object",
                "description": "the other fields of a JSONL input line (empty for files)",
            },
            "model": {
                "type": "object",
                "required": ["name", "version", "rule_only"],
                "properties": {
                    "name": {"type": "string"},
                    "version": {"type": "string"},
                    "rule_only": {"type": "boolean"},
                },
                "additionalProperties": False,
            },
            "text_length": {"type": "integer", "minimum": 0},
            "sentences": {
                "type": "array",
                "items": _span_schema(id={"type": "integer"}, heading={"type": "boolean"}),
            },
            "entities": {
                "type": "array",
                "items": _span_schema(id=_ID, label={"type": "string"}, sentence=_SENTENCE),
            },
            "dates": {
                "type": "array",
                "items": _span_schema(
                    id=_ID,
                    sentence=_SENTENCE,
                    value={**_NULLABLE_STRING, "description": "ISO 8601 date or start/end"},
                    granularity={
                        "enum": ["day", "week", "month", "quarter", "year", "decade", None]
                    },
                    relative={"type": "boolean"},
                    note=_NULLABLE_STRING,
                ),
            },
            "money": {
                "type": "array",
                "items": _span_schema(
                    id=_ID,
                    sentence=_SENTENCE,
                    amount=_NULLABLE_NUMBER,
                    amount_max=_NULLABLE_NUMBER,
                    currency={**_NULLABLE_STRING, "description": "ISO 4217 code"},
                    qualifier=_NULLABLE_STRING,
                ),
            },
            "percentages": {
                "type": "array",
                "items": _span_schema(
                    id=_ID,
                    sentence=_SENTENCE,
                    value=_NULLABLE_NUMBER,
                    value_max=_NULLABLE_NUMBER,
                    unit={"enum": ["percent", "percentage points"]},
                    qualifier=_NULLABLE_STRING,
                ),
            },
            "claims": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": list(ClaimRecord.__annotations__),
                    "additionalProperties": False,
                    "properties": {
                        "id": _ID,
                        "sentence": _SENTENCE,
                        "kind": {"enum": ["direct", "indirect", "mixed"]},
                        "source": {
                            "oneOf": [
                                _span_schema(
                                    name=_NULLABLE_STRING,
                                    role=_NULLABLE_STRING,
                                    organization=_NULLABLE_STRING,
                                    resolved_from={"oneOf": [span, {"type": "null"}]},
                                ),
                                {"type": "null"},
                            ]
                        },
                        "source_type": {
                            "enum": [
                                "person",
                                "organization",
                                "anonymous",
                                "document",
                                "pronoun",
                                "unspecified",
                            ]
                        },
                        "cue": _span_schema(lemma={"type": "string"}),
                        "content": span,
                        "content_fragments": {"type": "array", "minItems": 1, "items": span},
                        "mentions": {
                            "type": "object",
                            "description": "ids of the items inside the claim's content",
                            "required": list(MentionsRecord.__annotations__),
                            "additionalProperties": False,
                            "properties": {
                                key: {"type": "array", "items": _ID}
                                for key in MentionsRecord.__annotations__
                            },
                        },
                    },
                },
            },
        },
    }
