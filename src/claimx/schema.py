"""The JSON Schema of one article object, printed by ``claimx schema``.

It follows the TypedDicts of ``records``: a field added there is added here.
"""

from __future__ import annotations

from typing import Any

from claimx.records import SCHEMA_VERSION, ArticleRecord, ClaimRecord, MentionsRecord


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
