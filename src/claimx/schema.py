"""The JSON Schema of one article object, printed by ``claimx schema``.

It follows the TypedDicts of ``records`` (a field added there is added here), the mention
kinds of ``mentions`` and the vocabularies of ``kinds``.
"""

from __future__ import annotations

from typing import Any

from claimx.kinds import ClaimKind, PublishedSource, SourceType, values_of
from claimx.mentions import MENTION_KINDS, MentionKind
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


_PAGE_FIELDS = {
    "title": "a web page's title (null for plain text)",
    "url": "a web page's canonical URL, else its og:url",
    "author": "a web page's byline",
    "site_name": "a web page's site name",
    "language": "a web page's declared language",
}


def mention_schema(kind: MentionKind) -> dict[str, Any]:
    """An entity, date, money figure or percentage, as its kind describes it."""
    fields = {
        field.name: {**field.schema, "description": field.description}
        if field.description
        else field.schema
        for field in kind.fields
    }
    return _span_schema(id=_ID, **fields)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one article object."""
    span = _span_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "claimx article",
        "description": "Claims, entities, dates and money found in one article. Every span's "
        "offsets are Unicode code points into the decoded input, end-exclusive.",
        "type": "object",
        "required": [key for key in ArticleRecord.__annotations__ if key != "text"],
        "additionalProperties": False,
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "input": {"type": "string", "description": "the path, or '-' for stdin"},
            "published": {**_NULLABLE_STRING, "format": "date"},
            "published_source": {
                "enum": [*values_of(PublishedSource), None],
                "description": "where published came from: the text's date marker, the "
                "--published option, a field of a JSONL input line, or a web page's metadata",
            },
            "encoding": {"type": "string"},
            **{
                key: {**_NULLABLE_STRING, "description": description}
                for key, description in _PAGE_FIELDS.items()
            },
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
            "text_sha256": {
                "type": "string",
                "pattern": "^[0-9a-f]{64}$",
                "description": "SHA-256 of the text (UTF-8), so that a file can be matched to "
                "its record later (claimx report)",
            },
            "text": {
                "type": "string",
                "description": "the text every offset points into: present for HTML and WARC "
                "inputs (their text is extracted, not the input itself), and with --include-text",
            },
            "sentences": {
                "type": "array",
                "items": _span_schema(id={"type": "integer"}, heading={"type": "boolean"}),
            },
            **{
                kind.key: {"type": "array", "items": mention_schema(kind)} for kind in MENTION_KINDS
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
                        "kind": {"enum": values_of(ClaimKind)},
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
                        "source_type": {"enum": values_of(SourceType)},
                        "cue": _span_schema(lemma={"type": "string"}),
                        "content": span,
                        "content_fragments": {"type": "array", "minItems": 1, "items": span},
                        "rule": {
                            "type": "string",
                            "description": "the rule that found the claim (a cue rule's name; "
                            "'learned' for a trained model's own)",
                        },
                        "confidence": {
                            "type": "number",
                            "minimum": 0,
                            "maximum": 1,
                            "description": "how often a claim like this one is right, as "
                            "measured on gold data (claimx evaluate shows the calibration)",
                        },
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
