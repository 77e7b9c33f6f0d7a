"""Every claim field (``claim_fields.CLAIM_FIELDS``) reaches every format: the record, the JSON
Schema, the CSV and both shapes of Parquet, each with the type its description gives."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pyarrow.parquet as pq

from claimx.claim_fields import CLAIM_FIELDS, FLAT_COLUMNS
from claimx.claims import ArticleResult, Claim, Mention, ModelInfo, Sentence, Source, TextSpan
from claimx.inputs import PageInfo
from claimx.mentions import MENTION_KINDS
from claimx.records import ArticleRecord, ClaimRecord, to_record
from claimx.render import make_writer
from claimx.render.parquet import column_type
from claimx.schema import json_schema

TEXT = "Mayor Ann Lee said the harbour will reopen on 3 May. She added: “It costs $4 million.”"


def span(part: str, after: int = 0) -> TextSpan:
    start = TEXT.index(part, after)
    return TextSpan(part, start, start + len(part))


def sample(schema: dict[str, Any]) -> object:
    """A value (not null) of a plain field's JSON Schema."""
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    kinds = schema.get("type", "string")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    for kind, value in (("boolean", True), ("integer", 1), ("number", 0.5), ("string", "x")):
        if kind in kinds:
            return value
    raise AssertionError(f"no sample for {schema}")


def full_result() -> ArticleResult:
    """An article whose claim has every field set (no null the test could mistake for a
    missing value)."""
    fragments = (span("It costs"), span("$4 million."))
    source = Source(span("She"), "Ann Lee", "Mayor", "Harbour Board", span("Mayor Ann Lee"))
    claim = Claim(
        sentence=1,
        kind="direct",
        source=source,
        source_type="pronoun",
        cue=span("added"),
        cue_lemma="add",
        content=span("It costs $4 million."),
        fragments=fragments,
        rule="subject-verb",
        confidence=0.75,
        values=tuple((f.name, sample(f.schema)) for f in CLAIM_FIELDS if f.read is not None),
    )
    values = (("amount", 4_000_000), ("amount_max", None), ("currency", "USD"), ("qualifier", None))
    money = Mention(span("$4 million"), 1, values)
    second = TEXT.index("She")
    return ArticleResult(
        input="harbour.txt",
        published="2024-05-01",
        published_source="option",
        encoding="utf-8",
        metadata={},
        model=ModelInfo("en_test", "1.0", False),
        page=PageInfo(),
        text_length=len(TEXT),
        text_sha256="0" * 64,
        sentences=(
            Sentence(span(TEXT[: second - 1]), False),
            Sentence(span(TEXT[second:]), False),
        ),
        mentions={kind.key: (money,) if kind.key == "money" else () for kind in MENTION_KINDS},
        claims=(claim,),
    )


def record() -> ArticleRecord:
    return to_record(full_result())


NAMES = [field.name for field in CLAIM_FIELDS]


def write(format_name: str, records: list[ArticleRecord], **options: Any) -> bytes:
    stream: Any = io.BytesIO() if format_name == "parquet" else io.StringIO()
    writer = make_writer(format_name, stream, **options)
    for rec in records:
        writer.write(rec)
    writer.close()
    value = stream.getvalue()
    return value if isinstance(value, bytes) else value.encode()


def test_the_record_has_every_field_in_order_and_the_typed_dict_says_so() -> None:
    claim = record()["claims"][0]
    assert list(claim) == NAMES
    assert list(ClaimRecord.__annotations__) == NAMES
    assert all(value is not None for value in claim.values())


def test_the_schema_describes_every_field_and_the_record_is_valid() -> None:
    schema = json_schema()
    claims = schema["properties"]["claims"]["items"]
    assert list(claims["properties"]) == NAMES
    assert claims["required"] == NAMES
    jsonschema.validate(record(), schema)


def test_json_and_jsonl_carry_every_field() -> None:
    (from_jsonl,) = [json.loads(line) for line in write("jsonl", [record()]).splitlines()]
    (from_json,) = json.loads(write("json", [record()]))
    for written in (from_jsonl, from_json):
        assert list(written["claims"][0]) == NAMES


def test_every_flat_column_reaches_the_csv_with_a_value() -> None:
    names = [column.name for column in FLAT_COLUMNS]
    assert len(set(names)) == len(names)
    rows = list(csv.DictReader(io.StringIO(write("csv", [record()]).decode())))
    assert list(rows[0]) == names
    assert all(rows[0][name] != "" for name in names), rows[0]
    first, second = span("It costs"), span("$4 million.")
    assert rows[0]["content_fragments"] == (
        f"{first.start_char}-{first.end_char} {second.start_char}-{second.end_char}"
    )
    assert rows[0]["content"] == "It costs … $4 million."


def test_every_flat_column_reaches_parquet_typed(tmp_path: Path) -> None:
    import pyarrow

    path = tmp_path / "claims.parquet"
    path.write_bytes(write("parquet", [record()]))
    table = pq.read_table(path)
    assert table.schema.names == [column.name for column in FLAT_COLUMNS]
    for column in FLAT_COLUMNS:
        assert table.schema.field(column.name).type == column_type(pyarrow, column.type)
    (row,) = table.to_pylist()
    assert all(value is not None for value in row.values()), row


def test_every_field_reaches_the_parquet_article_table(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    path.write_bytes(write("parquet", [record()], articles=True))
    table = pq.read_table(path)
    claim_type = table.schema.field("claims").type.value_type
    assert [claim_type.field(i).name for i in range(claim_type.num_fields)] == NAMES
    (row,) = table.to_pylist()
    assert row["claims"][0] == record()["claims"][0]


def test_only_the_mention_ids_stay_out_of_the_flat_view() -> None:
    """A new field with no flat columns would silently miss the CSV and Parquet: it must say
    so here."""
    assert [field.name for field in CLAIM_FIELDS if not field.columns] == ["mentions"]
