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
