"""claimx evaluate: scores against gold claims, the same in one process and in several."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx.cli import cli

pytestmark = pytest.mark.model

TEXTS = [
    "The mayor said the bridge would reopen in May.",
    "Officials said taxes would fall next year.",
    "The coach argued that the team was ready.",
]


def gold_line(index: int, text: str) -> str:
    """The text's one claim, annotated as the gold data annotates: source, cue, content."""
    source_end = text.index(" said") if " said" in text else text.index(" argued")
    cue_start = source_end + 1
    cue_end = text.index(" ", cue_start)
    content_start = cue_end + 1 + (5 if text[cue_end + 1 :].startswith("that ") else 0)
    claim = {
        "source_span": [0, source_end],
        "cue": text[cue_start:cue_end],
        "cue_span": [cue_start, cue_end],
        "content_span": [content_start, len(text) - 1],
    }
    return json.dumps({"id": f"g{index}", "text": text, "claims": [claim], "meta": {}})


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(gold_line(i, t) for i, t in enumerate(TEXTS)) + "\n", "utf-8")
    return path


def evaluate(gold: Path, jobs: int) -> dict[str, object]:
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "-j", str(jobs), "-q"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_every_claim_found_scores_one(gold: Path) -> None:
    scores = evaluate(gold, jobs=1)
    at_half = scores["thresholds"]["0.5"]  # type: ignore[index]
    assert (at_half["precision"], at_half["recall"], at_half["f1"]) == (1.0, 1.0, 1.0)
    assert scores["source_accuracy"] == 1.0


def test_two_worker_processes_give_the_same_scores(gold: Path) -> None:
    assert evaluate(gold, jobs=2) == evaluate(gold, jobs=1)


DELETE = object()  # a key left out of the claim


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"cue_span": [10, 99999]}, "claim 1: 'cue_span' [10, 99999] is outside the text"),
        ({"cue_span": DELETE}, "claim 1: 'cue_span' is missing (null if there is none)"),
        ({"content_span": "all"}, "claim 1: 'content_span' is not a [start, end] pair"),
        ({"source_span": [5, 2]}, "claim 1: 'source_span' [5, 2] is outside the text"),
    ],
)
def test_gold_with_a_bad_span_names_the_line_and_the_field(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    row = json.loads(gold_line(1, TEXTS[1]))
    row["claims"][0].update(change)
    row["claims"][0] = {k: v for k, v in row["claims"][0].items() if v is not DELETE}
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line(0, TEXTS[0]) + "\n" + json.dumps(row) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(path), "-q"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}:2: {message}")
    assert result.stderr.strip().endswith("— fix the gold file")
    assert "internal error" not in result.stderr


def test_a_gold_claim_without_a_cue_is_scored(tmp_path: Path) -> None:
    """PolNeAR marks a few attributions with no cue: null, scored on content and source."""
    row = json.loads(gold_line(0, TEXTS[0]))
    row["claims"][0].update({"cue": None, "cue_span": None})
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(path), "-q", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["gold_claims"] == 1


def test_calibration_bins_and_cutoffs(tmp_path: Path) -> None:
    """Three right claims and one false alarm (a gold file that leaves one claim out): the
    bins hold every prediction, the cut-offs trade recall for precision."""
    lines = [gold_line(i, t) for i, t in enumerate(TEXTS)]
    extra = "The minister said the plan was sound."
    lines.append(json.dumps({"id": "g3", "text": extra, "claims": [], "meta": {}}))
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    confidence = evaluate(path, jobs=1)["confidence"]
    bins, cutoffs = confidence["bins"], confidence["cutoffs"]  # type: ignore[index]
    assert sum(b["claims"] for b in bins) == 4
    assert all(0 < b["mean_confidence"] < 1 for b in bins)
    everything = cutoffs[0]
    assert (everything["min_confidence"], everything["claims"]) == (0.0, 4)
    assert (everything["precision"], everything["recall"]) == (0.75, 1.0)
    assert all(c["claims"] <= everything["claims"] for c in cutoffs)
    table = CliRunner().invoke(cli, ["evaluate", str(path), "-q", "-f", "table"]).stdout
    assert "Calibration" in table and "Keeping the claims at or above a confidence" in table
