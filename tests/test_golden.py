"""Golden JSON for the seed article and every example, plus the seed's acceptance table.

Regenerate after an intended change with:  pytest tests/test_golden.py --update-golden
and review the diff of the golden files before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx.cli import cli

from .conftest import EXAMPLE_OUTPUTS, EXAMPLES, GOLDEN, ROOT, SEED

pytestmark = pytest.mark.model

ARTICLES = [
    (SEED, GOLDEN / f"{SEED.stem}.json"),
    *[(path, EXAMPLE_OUTPUTS / f"{path.stem}.json") for path in sorted(EXAMPLES.glob("*.txt"))],
]


def extract(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)  # records name their input relative to the repository
    result = CliRunner().invoke(
        cli, ["extract", str(path.relative_to(ROOT)), "--format", "json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("article", "golden"), ARTICLES, ids=[a.name for a, _ in ARTICLES])
def test_golden(
    article: Path, golden: Path, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = extract(article, monkeypatch)
    if update_golden:
        golden.write_text(output, encoding="utf-8")
    assert golden.exists(), f"no golden file: run pytest {__file__} --update-golden"
    assert json.loads(output) == json.loads(golden.read_text(encoding="utf-8"))


def test_golden_table(update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed's tables as a person sees them at 100 columns, without colour."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(
        cli, ["extract", str(SEED.relative_to(ROOT)), "--format", "table"], catch_exceptions=False
    )
    golden = GOLDEN / f"{SEED.stem}.table.txt"
    if update_golden:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_golden_report(update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples' HTML report, kept in examples/outputs as a sample a reviewer can open."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(
        cli,
        ["extract", str(EXAMPLES.relative_to(ROOT)), "--format", "html", "-q"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    golden = EXAMPLE_OUTPUTS / "report.html"
    if update_golden:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_examples_cover_the_promised_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    kinds, types = set(), set()
    for path in EXAMPLES.glob("*.txt"):
        for claim in json.loads(extract(path, monkeypatch))[0]["claims"]:
            kinds.add(claim["kind"])
            types.add(claim["source_type"])
    assert {"direct", "indirect", "mixed"} <= kinds
    assert {"pronoun", "anonymous", "person", "document"} <= types


# The foundation issue's table: source, cue, start of the content.
SEED_CLAIMS = [
    ("people familiar with the discussions", "According to", "negotiations have restarted"),
    ("US Defence Secretary Pete Hegseth", "labelled", "Anthropic a “supply-chain risk”"),
    ("OpenAI", "announced", "it had reached an agreement"),
    ("OpenAI CEO Sam Altman", "said", "the company was working"),
    ("industry estimates", "According to", "the company is currently valued"),
    ("Industry groups", "argue", "such a decision could create"),
]


def test_seed_acceptance(monkeypatch: pytest.MonkeyPatch) -> None:
    record = json.loads(extract(SEED, monkeypatch))[0]
    found = [
        (c["source"]["text"] if c["source"] else None, c["cue"]["text"], c["content"]["text"])
        for c in record["claims"]
    ]
    for source, cue, content_start in SEED_CLAIMS:
        assert any(
            s == source and c == cue and text.startswith(content_start) for s, c, text in found
        ), (source, cue, content_start)
    assert (None, "reportedly") in {(s, c) for s, c, _ in found}
    assert any(
        s and s.startswith("Several technology groups") and c == "urged" for s, c, _ in found
    )
    assert len(found) == len(SEED_CLAIMS) + 2  # the eight, and no false alarm

    dates = {(d["text"], d["value"]) for d in record["dates"]}
    assert ("2026-03-05", "2026-03-05") in dates
    assert [d["value"] for d in record["dates"] if d["text"].lower() == "last week"] == [
        "2026-02-23/2026-03-01",
        "2026-02-23/2026-03-01",
    ]
    late = next(d for d in record["dates"] if d["text"] == "late last year")
    assert (
        late["value"] and late["value"].startswith("2025-") and late["value"].endswith("2025-12-31")
    )
    money = {(m["text"], m["amount"], m["currency"], m["qualifier"]) for m in record["money"]}
    assert money == {
        ("$380 billion", 380_000_000_000, "USD", "around"),
        ("$20 billion", 20_000_000_000, "USD", "nearly"),
    }
    people = {e["text"] for e in record["entities"] if e["label"] == "PERSON"}
    assert "Anthropic’s AI" not in people
    # the date marker is the publication date and no claim's part
    for claim in record["claims"]:
        assert claim["content"]["start_char"] >= len(" date 2026-03-05")
