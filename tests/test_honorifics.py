"""Honorifics (Mr, Mrs, Ms, Miss, Dr, Prof, Sir, Dame, Rev...) are not roles, and a gendered one
keeps two people of one surname apart, in the claims and in ``claimx speakers``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimx.core import extract_article
from claimx.inputs import make_article
from claimx.quoted import who_is_quoted

from .conftest import invoke
from .test_report import claim, record


def speakers(*articles: tuple[str, str, str, str | None]) -> list[tuple[str, list[str]]]:
    """(speaker, inputs) for records of one claim each: (input, text, source words, name)."""
    records = []
    for name, text, source, source_name in articles:
        records.append(record(name, text, [claim(text, 0, source, "said", "it", name=source_name)]))
    found = who_is_quoted(records)  # type: ignore[arg-type]
    return sorted((s.name, sorted(ref.input for ref in s.claims)) for s in found)


def test_mr_and_ms_of_one_surname_are_two_speakers_and_a_bare_surname_a_third() -> None:
    assert speakers(
        ("a", "Mr. Smith said it.", "Mr. Smith", "Smith"),
        ("b", "Ms. Smith said it.", "Ms. Smith", "Smith"),
        ("c", "Smith said it.", "Smith", "Smith"),
    ) == [("Mr. Smith", ["a"]), ("Ms. Smith", ["b"]), ("Smith", ["c"])]


def test_full_names_of_both_genders_keep_their_honorifics_apart() -> None:
    assert speakers(
        ("a", "Mr. John Smith said it.", "Mr. John Smith", "John Smith"),
        ("b", "Ms. Mary Smith said it.", "Ms. Mary Smith", "Mary Smith"),
        ("c", "Mr. Smith said it.", "Mr. Smith", "Smith"),
        ("d", "Ms Smith said it.", "Ms Smith", "Smith"),
        ("e", "Smith said it.", "Smith", "Smith"),
    ) == [("John Smith", ["a", "c"]), ("Mary Smith", ["b", "d"]), ("Smith", ["e"])]


def test_a_surname_is_merged_when_the_batch_has_one_person_of_that_name() -> None:
    assert speakers(
        ("a", "Mr. Smith said it.", "Mr. Smith", "Smith"),
        ("b", "Smith said it.", "Smith", "Smith"),
        ("c", "Mrs. Jones said it.", "Mrs. Jones", "Mrs. Jones"),
        ("d", "Ann Jones said it.", "Ann Jones", "Ann Jones"),
    ) == [("Ann Jones", ["c", "d"]), ("Mr. Smith", ["a", "b"])]


def test_an_unknown_gender_title_joins_either() -> None:
    assert speakers(
        ("a", "Dr. Smith said it.", "Dr. Smith", "Smith"),
        ("b", "Ms. Mary Smith said it.", "Ms. Mary Smith", "Mary Smith"),
    ) == [("Mary Smith", ["a", "b"])]


def sources(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = []
    for item in extract_article(make_article("-", text))["claims"]:
        source = item["source"]
        if source is not None:
            resolved = source["resolved_from"]["text"] if source["resolved_from"] else None
            found.append((source["text"], source["name"], source["role"], resolved))
    return found


@pytest.mark.model
@pytest.mark.parametrize("title", ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sir", "Dame", "Rev."])
def test_an_honorific_is_not_a_role(pipeline: Any, title: str) -> None:
    found = sources(f"{title} John Smith said the port would expand next year.")
    assert found and found[0][1] == "John Smith" and found[0][2] is None, found


@pytest.mark.model
def test_a_role_beside_an_honorific_is_still_a_role(pipeline: Any) -> None:
    found = sources("Ann Lee, a professor of law, said the ruling was fine.")
    assert found[0][2] is not None and "professor" in found[0][2]


@pytest.mark.model
def test_honorific_and_surname_resolve_to_the_one_full_name(pipeline: Any) -> None:
    text = "John Smith runs the harbour.\n\nMr. Smith said the port would expand next year."
    assert sources(text) == [("Mr. Smith", "John Smith", None, "John Smith")]
    two = "Mary Smith and John Smith lead the council.\n\nMs. Smith said the budget was too small."
    assert sources(two) == [("Ms. Smith", "Smith", None, None)]  # which Smith: unknowable


@pytest.mark.model
def test_claimx_speakers_keeps_mr_and_ms_smith_apart(pipeline: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "John Smith runs the harbour.\n\nMr. Smith said the port would expand next year.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Mary Smith leads the council.\n\nMs. Smith said the budget was too small.\n",
        encoding="utf-8",
    )
    records = tmp_path / "records.jsonl"
    code, _, err = invoke("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                          "-o", str(records))  # fmt: skip
    assert code == 0, err
    code, out, err = invoke("speakers", str(records), "-f", "json")
    assert code == 0, err
    found = {s["speaker"]: s["claims"] for s in json.loads(out)}
    assert found == {"John Smith": 1, "Mary Smith": 1}
