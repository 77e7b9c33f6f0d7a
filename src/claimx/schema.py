"""The JSON Schema of one article object, printed by ``claimx schema``.

It follows the TypedDicts of ``records`` (a field added there is added here), the claim fields
of ``claim_fields``, the mention kinds of ``mentions`` and the vocabularies of ``kinds``.
"""

from __future__ import annotations

from typing import Any

from claimx.claim_fields import ID_SCHEMA, NULLABLE_STRING, claim_schema, span_schema
from claimx.kinds import PublishedSource, values_of
from claimx.mentions import MENTION_KINDS, MentionKind
from claimx.records import SCHEMA_VERSION, ArticleRecord

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
    return span_schema(id=ID_SCHEMA, **fields)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one article object."""
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
            "published": {**NULLABLE_STRING, "format": "date"},
            "published_source": {
                "enum": [*values_of(PublishedSource), None],
                "description": "where published came from: the text's date marker, the "
                "--published option, a field of a JSONL input line, or a web page's metadata",
            },
            "encoding": {"type": "string"},
            **{
                key: {**NULLABLE_STRING, "description": description}
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
                "items": span_schema(id={"type": "integer"}, heading={"type": "boolean"}),
            },
            **{
                kind.key: {"type": "array", "items": mention_schema(kind)} for kind in MENTION_KINDS
            },
            "claims": {"type": "array", "items": claim_schema()},
        },
    }
