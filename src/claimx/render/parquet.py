"""Parquet: one row per claim (the CSV's columns, typed), or with ``articles`` one row per
article with nested lists (the JSON record). pyarrow writes it, in row groups of bounded size,
so that memory does not grow with the batch; its types follow the record's description (the
claim fields of ``claim_fields``, the TypedDicts of ``records`` and the mention kinds of
``mentions``)."""

from __future__ import annotations

import datetime as dt
import json
from typing import IO, Any

from claimx.claim_fields import FLAT_COLUMNS, ColumnType, claim_schema
from claimx.errors import ClaimxError
from claimx.mentions import MENTION_KINDS, SENTENCE, MentionKind
from claimx.records import ArticleRecord
from claimx.render.claim_rows import claim_rows
from claimx.terminal import json_escaped

ROWS_PER_GROUP = 5_000  # claims (or 500 articles) held before a row group is written


def _arrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ClaimxError(
            "--format parquet needs pyarrow, which is not installed",
            "pip install 'claimx[parquet]'",
        ) from None
    return pyarrow


class ParquetWriter:
    def __init__(self, stream: IO[bytes], articles: bool = False) -> None:
        self.pa = _arrow()
        self.articles = articles
        self.schema = article_schema(self.pa) if articles else claim_table_schema(self.pa)
        self.writer = self.pa.parquet.ParquetWriter(stream, self.schema)
        self.rows: list[dict[str, Any]] = []
        self.limit = ROWS_PER_GROUP // 10 if articles else ROWS_PER_GROUP

    def write(self, record: ArticleRecord) -> None:
        if self.articles:
            self.rows.append(_article_row(record))
        else:
            self.rows.extend(_typed_claim_row(row) for row in claim_rows(record))
        if len(self.rows) >= self.limit:
            self._flush()

    def close(self) -> None:
        self._flush()
        self.writer.close()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _offsets(value: list[tuple[int, int]]) -> list[dict[str, int]]:
    return [{"start": start, "end": end} for start, end in value]


# How a flat column's value becomes Parquet's (the others are written as they are).
_CONVERT: dict[ColumnType, Any] = {"date": _date, "offsets": _offsets}


def _typed_claim_row(row: dict[str, Any]) -> dict[str, Any]:
    typed = dict(row)
    for column in FLAT_COLUMNS:
        convert = _CONVERT.get(column.type)
        if convert is not None:
            typed[column.name] = convert(row[column.name])
    return typed


def _article_row(record: ArticleRecord) -> dict[str, Any]:
    row: dict[str, Any] = {**record}
    row["published"] = _date(record["published"])
    row["metadata"] = json_escaped(json.dumps(record["metadata"], ensure_ascii=False))  # as JSON
    row.setdefault("text", None)
    return row


# --- the Arrow schemas -------------------------------------------------------------------


def column_type(pa: Any, column_type: ColumnType) -> Any:
    """The Arrow type of a flat column's type."""
    return {
        "string": pa.string,
        "int": pa.int32,
        "float": pa.float64,
        "date": pa.date32,
        "offsets": lambda: pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32())])),
    }[column_type]()


def claim_table_schema(pa: Any) -> Any:
    """The claims table: the flat columns, typed."""
    return pa.schema([(column.name, column_type(pa, column.type)) for column in FLAT_COLUMNS])


def _span_fields(pa: Any) -> list[tuple[str, Any]]:
    return [("text", pa.string()), ("start_char", pa.int32()), ("end_char", pa.int32())]


def _value_type(pa: Any, schema: dict[str, Any]) -> Any:
    """The Arrow type of a value from its JSON Schema: objects are structs (in the order of
    their properties), arrays lists, a ``oneOf`` with null its other member."""
    if "oneOf" in schema:
        (member,) = (s for s in schema["oneOf"] if s.get("type") != "null")
        return _value_type(pa, member)
    kinds = schema.get("type", "string")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if "enum" in schema or "string" in kinds:
        return pa.string()
    if "object" in kinds:
        properties = schema["properties"].items()
        return pa.struct([(name, _value_type(pa, value)) for name, value in properties])
    if "array" in kinds:
        return pa.list_(_value_type(pa, schema["items"]))
    if "boolean" in kinds:
        return pa.bool_()
    if "integer" in kinds:
        return pa.int32()
    return pa.float64()


def _mention_type(pa: Any, kind: MentionKind) -> Any:
    fields = [("id", pa.string()), *_span_fields(pa)]
    for field in kind.fields:
        value = pa.int32() if field.name == SENTENCE else _value_type(pa, field.schema)
        fields.append((field.name, value))
    return pa.list_(pa.struct(fields))


def article_schema(pa: Any) -> Any:
    model = pa.struct([("name", pa.string()), ("version", pa.string()), ("rule_only", pa.bool_())])
    sentence = pa.struct([("id", pa.int32()), *_span_fields(pa), ("heading", pa.bool_())])
    strings = ("published_source", "encoding", "title", "url", "author", "site_name")
    return pa.schema(
        [
            ("schema_version", pa.int32()),
            ("input", pa.string()),
            ("published", pa.date32()),
            *[(name, pa.string()) for name in strings],
            ("language", pa.string()),
            ("metadata", pa.string()),
            ("model", model),
            ("text_length", pa.int64()),
            ("text_sha256", pa.string()),
            ("text", pa.string()),
            ("sentences", pa.list_(sentence)),
            *[(kind.key, _mention_type(pa, kind)) for kind in MENTION_KINDS],
            ("claims", pa.list_(_value_type(pa, claim_schema()))),
        ]
    )
