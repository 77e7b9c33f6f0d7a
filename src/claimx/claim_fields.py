"""The fields of a claim's record, each described once, in record order.

From one ``ClaimField`` follow: the record (``records``: the claim dict, in this order), the
JSON Schema (``schema``), the flat one-row-per-claim view that the CSV and the Parquet claims
table share (``render.claim_rows``: the field's ``columns``, each with its type), and the
Parquet article table's nested claim type (derived from the JSON Schema). Mention kinds are
described the same way in ``mentions``.

Adding a field to every claim is four edits: the key in ``components.extensions.ClaimData``,
the value set in ``components.attribution.assembly.finish``, the key in
``records.ClaimRecord``, and a ``ClaimField`` here with a ``read`` (the value then travels in
``claims.Claim.values``). ``tests/test_claim_fields.py`` checks that each field reaches the
record, the schema, the CSV and both Parquet shapes. Standard library only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from claimx.kinds import ClaimKind, SourceType, values_of
from claimx.mentions import MENTION_KINDS
from claimx.mentions import optional_float as optional_float  # (readers for ClaimField.read)
from claimx.mentions import optional_number as optional_number
from claimx.mentions import optional_str as optional_str

if TYPE_CHECKING:
    from claimx.claims import Claim, Source, TextSpan
    from claimx.records import ArticleRecord, ClaimRecord, SourceRecord, SpanRecord

# How a flat column is typed: Parquet's column type, and how the CSV writes a cell.
#   string, int (int32), float (float64), date (an ISO date string in the record; date32),
#   offsets (a list of (start, end); CSV "s-e s-e", Parquet a list of {start, end}).
ColumnType = Literal["string", "int", "float", "date", "offsets"]

FRAGMENT_JOINER = " … "  # between the texts of a claim's fragments, in flat views


@dataclass(frozen=True)
class Column:
    """A column of the flat view (one row per claim): its name, type, and how it is read
    from the article record and one of its claims (None: an empty cell, a Parquet null)."""

    name: str
    type: ColumnType
    cell: Callable[[ArticleRecord, ClaimRecord], object]


@dataclass(frozen=True)
class ClaimContext:
    """What a claim's record values may need beyond the claim itself."""

    index: int  # the claim's place among the article's claims (its id is c<index>)
    mentions: Callable[[tuple[TextSpan, ...]], dict[str, list[str]]]  # ids inside fragments


@dataclass(frozen=True)
class ClaimField:
    """One key of a claim's record: its name, JSON Schema, how its value is made from the
    claim (``claims.Claim``), and its flat columns (``()``: not in the flat view).

    A field with ``read`` is a plain value the attribution component stores under the same
    name in ``ClaimData``: ``read`` turns the stored value (None when missing) into the
    record's, and it travels in ``Claim.values``; ``value`` is then not needed."""

    name: str
    schema: dict[str, Any]
    columns: tuple[Column, ...]
    value: Callable[[Claim, ClaimContext], object] | None = None
    read: Callable[[object], object] | None = None

    def record_value(self, claim: Claim, context: ClaimContext) -> object:
        if self.value is not None:
            return self.value(claim, context)
        return dict(claim.values)[self.name]


# Readers of plain stored values (``ClaimField.read``), with mentions' optional_str,
# optional_number and optional_float: a missing or mistyped value reads as None.


def optional_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def optional_bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def span_record(span: TextSpan) -> SpanRecord:
    return {"text": span.text, "start_char": span.start_char, "end_char": span.end_char}


def source_record(source: Source) -> SourceRecord:
    return {
        **span_record(source.span),
        "name": source.name,
        "role": source.role,
        "organization": source.organization,
        "resolved_from": span_record(source.resolved_from) if source.resolved_from else None,
    }


def span_schema(**extra: Any) -> dict[str, Any]:
    """A span object's JSON Schema, with ``extra`` properties after the offsets."""
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


NULLABLE_STRING = {"type": ["string", "null"]}
ID_SCHEMA = {"type": "string"}
SENTENCE_SCHEMA = {"type": "integer", "minimum": 0, "description": "index into sentences"}


def _of_source(
    key: Literal["text", "start_char", "end_char", "name", "role", "organization"],
) -> Callable[[ArticleRecord, ClaimRecord], object]:
    """A cell of the claim's source (empty when the claim has none)."""

    def cell(article: ArticleRecord, claim: ClaimRecord) -> object:
        source = claim["source"]
        return source[key] if source else None

    return cell


# The article's columns, before every claim's own.
ARTICLE_COLUMNS = (
    Column("input", "string", lambda a, c: a["input"]),
    Column("published", "date", lambda a, c: a["published"]),
)

CLAIM_FIELDS: tuple[ClaimField, ...] = (
    ClaimField(
        "id",
        ID_SCHEMA,
        (Column("claim_id", "string", lambda a, c: c["id"]),),
        value=lambda claim, context: f"c{context.index}",
    ),
    ClaimField(
        "sentence",
        SENTENCE_SCHEMA,
        (Column("sentence", "int", lambda a, c: c["sentence"]),),
        value=lambda claim, context: claim.sentence,
    ),
    ClaimField(
        "kind",
        {"enum": values_of(ClaimKind)},
        (Column("kind", "string", lambda a, c: c["kind"]),),
        value=lambda claim, context: claim.kind,
    ),
    ClaimField(
        "source",
        {
            "oneOf": [
                span_schema(
                    name=NULLABLE_STRING,
                    role=NULLABLE_STRING,
                    organization=NULLABLE_STRING,
                    resolved_from={"oneOf": [span_schema(), {"type": "null"}]},
                ),
                {"type": "null"},
            ]
        },
        (Column("source", "string", _of_source("text")),),
        value=lambda claim, context: source_record(claim.source) if claim.source else None,
    ),
    ClaimField(
        "source_type",
        {"enum": values_of(SourceType)},
        # The source's offsets and details follow its type in the flat view (the CSV's order
        # since its first version).
        (
            Column("source_type", "string", lambda a, c: c["source_type"]),
            Column("source_start", "int", _of_source("start_char")),
            Column("source_end", "int", _of_source("end_char")),
            Column("source_name", "string", _of_source("name")),
            Column("source_role", "string", _of_source("role")),
            Column("source_organization", "string", _of_source("organization")),
        ),
        value=lambda claim, context: claim.source_type,
    ),
    ClaimField(
        "cue",
        span_schema(lemma={"type": "string"}),
        (
            Column("cue", "string", lambda a, c: c["cue"]["text"]),
            Column("cue_lemma", "string", lambda a, c: c["cue"]["lemma"]),
            Column("cue_start", "int", lambda a, c: c["cue"]["start_char"]),
            Column("cue_end", "int", lambda a, c: c["cue"]["end_char"]),
        ),
        value=lambda claim, context: {**span_record(claim.cue), "lemma": claim.cue_lemma},
    ),
    ClaimField(
        "content",
        span_schema(),
        (
            Column(
                "content",
                "string",
                lambda a, c: FRAGMENT_JOINER.join(f["text"] for f in c["content_fragments"]),
            ),
            Column("content_start", "int", lambda a, c: c["content"]["start_char"]),
            Column("content_end", "int", lambda a, c: c["content"]["end_char"]),
        ),
        value=lambda claim, context: span_record(claim.content),
    ),
    ClaimField(
        "content_fragments",
        {"type": "array", "minItems": 1, "items": span_schema()},
        (
            Column(
                "content_fragments",
                "offsets",
                lambda a, c: [(f["start_char"], f["end_char"]) for f in c["content_fragments"]],
            ),
        ),
        value=lambda claim, context: [span_record(f) for f in claim.fragments],
    ),
    ClaimField(
        "rule",
        {
            "type": "string",
            "description": "the rule that found the claim (a cue rule's name; "
            "'learned' for a trained model's own)",
        },
        (Column("rule", "string", lambda a, c: c["rule"]),),
        value=lambda claim, context: claim.rule,
    ),
    ClaimField(
        "confidence",
        {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "how often a claim like this one is right, as "
            "measured on gold data (claimx evaluate shows the calibration)",
        },
        (Column("confidence", "float", lambda a, c: c["confidence"]),),
        value=lambda claim, context: claim.confidence,
    ),
    ClaimField(
        "mentions",
        {
            "type": "object",
            "description": "ids of the items inside the claim's content",
            "required": [kind.key for kind in MENTION_KINDS],
            "additionalProperties": False,
            "properties": {
                kind.key: {"type": "array", "items": ID_SCHEMA} for kind in MENTION_KINDS
            },
        },
        (),  # lists of ids: the flat view leaves them out (the JSON record has them)
        value=lambda claim, context: context.mentions(claim.fragments),
    ),
)

FLAT_COLUMNS: tuple[Column, ...] = (
    *ARTICLE_COLUMNS,
    *(column for field in CLAIM_FIELDS for column in field.columns),
)


def claim_schema() -> dict[str, Any]:
    """The JSON Schema of one claim."""
    return {
        "type": "object",
        "required": [field.name for field in CLAIM_FIELDS],
        "additionalProperties": False,
        "properties": {field.name: field.schema for field in CLAIM_FIELDS},
    }
