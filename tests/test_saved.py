"""Records edited by hand: claimx report and claimx speakers name the record (file and line)
and the field in one error line, never an internal error, never a page rendered silently."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import invoke
from tests.test_report import claim, record

TEXT = "Ana Roe said the bridge is safe. The council said no."
MONEY = {"id": "m0", "text": "safe", "start_char": 27, "end_char": 31, "amount": 5}


def good() -> dict[str, Any]:
    return record(
        "a.txt",
        TEXT,
        [
            claim(TEXT, 0, "Ana Roe", "said", "the bridge is safe", name="Ana Roe"),
            claim(TEXT, 1, "The council", "said", "no", "organization"),
        ],
        confidence=None,
    )


def edit(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    edited = good()
    change(edited)
    return edited


def put(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    """Set the field at ``path`` ("claims.0.cue.start_char") to ``value``."""

    def change(item: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = item
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def drop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(item: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = item
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[last]

    return change


EDITS = [
    (put("claims.0.content_fragments", None), "claims[0].content_fragments is null, not a list"),
    (put("claims.0.cue.start_char", 500), "claims[0].cue runs from 500 to 12, outside the text"),
    (put("claims.0.cue.end_char", 900), "claims[0].cue runs from 8 to 900, outside the text"),
    (put("claims.0.cue.start_char", -1), "claims[0].cue runs from -1 to 12, outside the text"),
    (put("schema_version", 2), "schema_version is the number 2: this claimx reads records of"),
    (put("text_length", "53"), 'text_length is the string "53", not an integer'),
    (drop("claims.1.cue"), "claims[1].cue is missing"),
    (put("claims.0.source", "Ana"), 'claims[0].source is the string "Ana", not an object'),
    (put("claims.0.source.name", 5), "claims[0].source.name is the number 5, not a string"),
    (put("claims.0.kind", "maybe"), 'claims[0].kind is the string "maybe", not one of direct'),
    (put("claims.0.confidence", 7), "claims[0].confidence is the number 7, not within 0-1"),
    (put("claims.0.content.start_char", True), "claims[0].content.start_char is a boolean, not"),
    (put("claims.1", [1, 2]), "claims[1] is a list, not an object"),
    (put("claims", {"c0": {}}), "claims is an object, not a list"),
    (put("sentences", None), "sentences is null, not a list"),
    (put("metadata", [1]), "metadata is a list, not an object"),
    (put("input", 7), "input is the number 7, not a string"),
    (drop("sentences.0.heading"), "sentences[0].heading is missing"),
    (put("sentences.0.heading", "no"), 'sentences[0].heading is the string "no", not true or'),
    (put("dates", [{"text": "safe", "start_char": 27, "end_char": 31}]), "dates[0].id is missing"),
    (put("money", [MONEY | {"amount": "lots"}]), 'money[0].amount is the string "lots", not a'),
    (put("claims.0.mentions", {"dates": "d0"}), 'claims[0].mentions.dates is the string "d0"'),
    (put("claims.0.mentions", {"money": [0]}), "claims[0].mentions.money[0] is the number 0"),
    (put("claims.0.cue.text", "sai"), "claims[0].cue runs from 8 to 12, which is not the length"),
    (put("claims.0.cue.text", "told"), 'claims[0].cue says "told" at 8-12, which is not the text'),
]


def write(tmp_path: Path, *items: dict[str, Any]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["report", "speakers"])
@pytest.mark.parametrize(("change", "problem"), EDITS, ids=[problem for _, problem in EDITS])
def test_a_hand_edited_field_is_named_in_one_line(
    tmp_path: Path, command: str, change: Callable[[dict[str, Any]], None], problem: str
) -> None:
    records = write(tmp_path, good(), edit(change))
    code, stdout, stderr = invoke(command, str(records))
    assert (code, stdout) == (1, "")
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith(f"Error: {records}:2: {problem}"), stderr
    assert "internal error" not in stderr


def test_a_span_that_is_not_the_text_at_its_offsets_is_named(tmp_path: Path) -> None:
    """The text read again from the input file, when the record does not carry it."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    edited = edit(put("claims.0.cue.text", "sa d"))
    del edited["text"]
    records = write(tmp_path, edited)
    code, stdout, stderr = invoke("report", str(records))
    assert (code, stdout) == (1, "")
    assert stderr == (
        f'Error: {records}:1: claims[0].cue says "sa d" at 8-12, which is not the text there '
        "— fix that field (or extract the input again)\n"
    )


def test_a_json_array_names_the_index(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps([good(), edit(put("claims.0.content_fragments", None))]))
    code, _, stderr = invoke("speakers", str(path))
    assert code == 1
    assert stderr.startswith(f"Error: {path}:[1]: claims[0].content_fragments is null")


def test_unedited_records_still_render(tmp_path: Path) -> None:
    records = write(tmp_path, good())
    code, stdout, stderr = invoke("report", str(records))
    assert (code, stderr) == (0, "")
    assert stdout.startswith("<!doctype html>")
