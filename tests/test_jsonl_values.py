"""JSONL metadata that JSON cannot hold or that misleads: numbers in date fields, NaN and
infinite numbers, byte-order marks and invisible characters; every record's JSON parses with a
strict reader, in every output format."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from claimx.inputs import Article, JsonlOptions, read_jsonl_articles

from .conftest import invoke

GOOD = "The mayor said the bridge would reopen in May."


def strict(text: str) -> Any:
    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def read(tmp_path: Path, *lines: str) -> list[Article]:
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    found = list(read_jsonl_articles(str(path), JsonlOptions()))
    assert all(isinstance(a, Article) for a in found), found
    return found  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("value", "date"),
    [
        (20250101, dt.date(2025, 1, 1)),  # YYYYMMDD, not 1970-08-23
        ("20250101", dt.date(2025, 1, 1)),
        (1772668800, dt.date(2026, 3, 5)),  # seconds since 1970
        (1772668800.5, dt.date(2026, 3, 5)),
        (1772668800000, dt.date(2026, 3, 5)),  # milliseconds since 1970
        ("\ufeff2026-03-05", dt.date(2026, 3, 5)),
        ("\u00a02026-03-05T10:00:00Z", dt.date(2026, 3, 5)),
    ],
)
def test_numbers_and_strings_in_a_date_field_are_read_as_documented(
    tmp_path: Path, value: object, date: dt.date
) -> None:
    (article,) = read(tmp_path, json.dumps({"text": GOOD, "published": value}))
    assert article.published == date
    assert not any("not a date" in w for w in article.warnings)


@pytest.mark.parametrize("value", [5, -1, 0.5, 20251399, 12345, 10**15, True])
def test_a_number_that_is_no_date_is_a_warning_not_1970(tmp_path: Path, value: object) -> None:
    (article,) = read(tmp_path, json.dumps({"text": GOOD, "published": value}))
    assert article.published is None
    assert any("is not a date" in w for w in article.warnings), article.warnings


def test_nan_and_infinity_in_metadata_are_null_with_a_warning(tmp_path: Path) -> None:
    line = (
        '{"text": "' + GOOD + '", "score": NaN, "reach": Infinity, "low": -Infinity, '
        '"big": 1e999, "nested": {"values": [1, NaN]}, "published": NaN}'
    )
    (article,) = read(tmp_path, line)
    assert article.metadata == {
        "score": None,
        "reach": None,
        "low": None,
        "big": None,
        "nested": {"values": [1, None]},
        "published": None,
    }
    assert article.published is None
    assert (
        f"{tmp_path / 'dump.jsonl'}:1: score=NaN, reach=Infinity, low=-Infinity, "
        in (article.warnings[0])
    )
    assert article.warnings[0].endswith(
        "(and 1 more) are not JSON (NaN or an infinite number); written as null"
    )


def test_a_byte_order_mark_on_any_line_is_not_an_error(tmp_path: Path) -> None:
    lines = [json.dumps({"text": GOOD, "id": f"a{i}"}) for i in range(3)]
    articles = read(tmp_path, lines[0], "\ufeff" + lines[1], "\ufeff" + lines[2])
    assert [a.metadata["id"] for a in articles] == ["a0", "a1", "a2"]


@pytest.mark.model
@pytest.mark.parametrize("output", ["out.jsonl", "out.json", "out.csv", "out.parquet", "out.html"])
def test_every_output_format_is_strict_json_where_it_holds_json(
    tmp_path: Path, output: str
) -> None:
    dump = tmp_path / "dump.jsonl"
    huge = "The survey said support rose by " + "9" * 400 + "% and costs by $" + "9" * 400 + "."
    dump.write_text(
        '{"text": "'
        + GOOD
        + '", "score": NaN, "nested": {"x": Infinity}}\n'
        + json.dumps({"text": huge, "published": 20250101})
        + "\n",
        encoding="utf-8",
    )
    target = tmp_path / output
    code, _, err = invoke("extract", str(dump), "-o", str(target), "-j", "1")
    assert code == 0, err
    assert "score=NaN, nested.x=Infinity are not JSON" in err
    if output.endswith(".jsonl"):
        records = [strict(line) for line in target.read_text(encoding="utf-8").splitlines()]
    elif output.endswith(".json"):
        records = strict(target.read_text(encoding="utf-8"))
    elif output.endswith(".parquet"):
        import pyarrow.parquet as pq

        table = pq.read_table(target).to_pylist()
        metadata = {row["metadata"] for row in table if row.get("metadata")}
        for value in metadata:
            strict(value)
        return
    else:
        content = target.read_text(encoding="utf-8")
        assert "NaN" not in content and "Infinity" not in content
        return
    assert records[0]["metadata"] == {"score": None, "nested": {"x": None}}
    assert records[1]["published"] == "2025-01-01"
    percentages = records[1]["percentages"]
    assert percentages and percentages[0]["value"] is None


@pytest.mark.parametrize("bom", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_a_utf16_dump_ends_lines_at_lf_only(tmp_path: Path, bom: str) -> None:
    """U+2028, U+2029 and NEL may stand raw inside a JSON string: not line ends of the dump."""
    texts = ["One\u2028two said the mayor.", "Three\u2029four.\x85Five.", "Six\x0cseven."]
    lines = [
        json.dumps({"text": text, "id": str(i)}, ensure_ascii=False) for i, text in enumerate(texts)
    ]
    path = tmp_path / "dump.jsonl"
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode(bom))
    found = list(read_jsonl_articles(str(path), JsonlOptions(id_key="id")))
    assert [a.text for a in found] == texts  # type: ignore[union-attr]


@pytest.mark.model
def test_an_id_with_invisible_characters_is_kept_as_given(tmp_path: Path) -> None:
    """An id is the user's key to join the records back to their data: never changed. The
    text's invisible characters hide no claim."""
    dump = tmp_path / "dump.jsonl"
    rows = [
        {"id": "\ufeffa\u200b1", "text": "The mayor sa\u00adid the bridge would reopen in May."},
        {"id": "a1", "text": "The\u00a0mayor said the ferry would run\u2028all winter."},
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, err = invoke("extract", str(dump), "--id-key", "id", "-f", "jsonl", "-j", "1")
    assert code == 0, err
    records = [strict(line) for line in out.splitlines()]
    assert [r["input"] for r in records] == ["\ufeffa\u200b1", "a1"]
    assert [len(r["claims"]) for r in records] == [1, 1]
    for record, row in zip(records, rows, strict=True):
        cue = record["claims"][0]["cue"]
        assert row["text"][cue["start_char"] : cue["end_char"]] == cue["text"]


def test_nan_as_the_text_is_a_number_not_text(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text('{"text": NaN}\n', encoding="utf-8")
    (error,) = list(read_jsonl_articles(str(path), JsonlOptions()))
    assert "field 'text' holds a number, not a string of text" in str(error)
