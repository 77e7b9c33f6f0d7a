"""Parquet output: a typed claims table (the CSV's columns) or a table of articles with nested
lists, read back by DuckDB as an analyst would."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import duckdb
import pandas
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from claimx.cli import cli

from .conftest import EXAMPLES, SEED, invoke

pytestmark = pytest.mark.model


def extract(*args: str) -> tuple[int, str, str]:
    return invoke("extract", *args)


def json_records(*inputs: str) -> list[dict[str, Any]]:
    code, out, _ = extract(*inputs, "-f", "jsonl", "-j", "1")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_the_claims_table_has_a_typed_row_per_claim(tmp_path: Path) -> None:
    out = tmp_path / "claims.parquet"
    code, stdout, _ = extract(str(EXAMPLES), str(SEED), "-o", str(out), "-j", "1")
    assert code == 0 and stdout == ""
    records = json_records(str(EXAMPLES), str(SEED))
    claims = [(r, c) for r in records for c in r["claims"]]
    rows = duckdb.execute(f"select * from '{out}' order by input, claim_id").fetchall()
    assert len(rows) == len(claims)
    frame = pandas.read_parquet(out)
    assert len(frame) == len(claims)
    assert frame["cue_start"].dtype == "int32"
    table = pq.read_table(out)
    assert str(table.schema.field("published").type) == "date32[day]"
    assert str(table.schema.field("cue_start").type) == "int32"
    by_key = {(r["input"], c["id"]): (r, c) for r, c in claims}
    for row in table.to_pylist():
        record, claim = by_key[(row["input"], row["claim_id"])]
        assert row["published"] == dt.date.fromisoformat(record["published"])
        assert (row["source_type"], row["cue_lemma"]) == (
            claim["source_type"],
            claim["cue"]["lemma"],
        )
        assert row["content_fragments"] == [
            {"start": f["start_char"], "end": f["end_char"]} for f in claim["content_fragments"]
        ]
        assert row["source_name"] == (claim["source"]["name"] if claim["source"] else None)


def test_the_readme_query_runs_in_duckdb_over_the_claims_table(tmp_path: Path) -> None:
    out = tmp_path / "claims.parquet"
    assert extract(str(EXAMPLES), "-o", str(out), "--parquet-articles", "-j", "1")[0] == 0
    found = duckdb.execute(
        f"""select c.source.name, c.content.text
            from (select unnest(claims) as c from '{out}')
            where c.source_type = 'person' and len(c.mentions.money) > 0"""
    ).fetchall()
    expected = [
        (c["source"]["name"], c["content"]["text"])
        for r in json_records(str(EXAMPLES))
        for c in r["claims"]
        if c["source_type"] == "person" and c["mentions"]["money"]
    ]
    assert found == expected and found


def test_the_articles_table_holds_the_json_records(tmp_path: Path) -> None:
    out = tmp_path / "articles.parquet"
    assert (
        extract(str(EXAMPLES), str(SEED), "-o", str(out), "--parquet-articles", "-j", "2")[0] == 0
    )
    rows = pq.read_table(out).to_pylist()
    records = json_records(str(EXAMPLES), str(SEED))
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        assert json.loads(row.pop("metadata")) == record.pop("metadata")
        assert row.pop("published") == dt.date.fromisoformat(record.pop("published"))
        assert row.pop("text") is None
        assert row == record  # every nested list, struct and value as in the JSON


def test_parquet_needs_an_output_file() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEED), "-f", "parquet"])
    assert result.exit_code == 2
    assert "--format parquet needs -o FILE" in result.stderr
