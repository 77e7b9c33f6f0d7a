"""The scores of ``claimx evaluate`` as a Rich table."""

from __future__ import annotations

from typing import IO, Any

from rich import box
from rich.table import Table

from claimx.render.terminal import InertConsole


def render_scores(stream: IO[str], scores: dict[str, Any], width: int | None = None) -> None:
    console = InertConsole(file=stream, width=width, color_system=None)
    console.print(
        f"{scores['articles']} articles · {scores['gold_claims']} gold claims "
        f"({scores['gold_speech_claims']} with a speech cue) · "
        f"{scores['predicted_claims']} predicted ({scores['predicted_speech_claims']})"
    )
    table = Table(title="Content match (Jaccard of alphanumeric characters)", box=box.SIMPLE_HEAD)
    for column in ("threshold", "P", "R", "F1", "R speech", "P speech", "F1 speech"):
        table.add_column(column, justify="right")
    for name, row in scores["thresholds"].items():
        speech = row["speech_subset"]
        table.add_row(
            name,
            _pct(row["precision"]),
            _pct(row["recall"]),
            _pct(row["f1"]),
            _pct(row["recall_speech_subset"]),
            _pct(speech["precision"]),
            _pct(speech["f1"]),
        )
    console.print(table)
    e2e = scores["end_to_end"]
    console.print(
        f"At 0.5: source accuracy {_pct(scores['source_accuracy'])}, cue accuracy "
        f"{_pct(scores['cue_accuracy'])}; end-to-end P {_pct(e2e['precision'])} "
        f"R {_pct(e2e['recall'])} F1 {_pct(e2e['f1'])}"
    )
    confidence = scores.get("confidence")
    if confidence:
        console.print(_calibration_table(confidence["bins"]))
        console.print(_cutoff_table(confidence["cutoffs"]))


def _calibration_table(bins: list[dict[str, Any]]) -> Table:
    table = Table(
        title="Calibration: predictions in five equal bins by confidence", box=box.SIMPLE_HEAD
    )
    for column in ("confidence", "claims", "mean confidence", "right at 0.5"):
        table.add_column(column, justify="right")
    for row in bins:
        table.add_row(
            f"{row['from']:.2f}-{row['to']:.2f}",
            str(row["claims"]),
            _pct(row["mean_confidence"]),
            _pct(row["right"]),
        )
    return table


def _cutoff_table(cutoffs: list[dict[str, Any]]) -> Table:
    table = Table(title="Keeping the claims at or above a confidence", box=box.SIMPLE_HEAD)
    for column in ("min confidence", "claims", "P", "R", "F1"):
        table.add_column(column, justify="right")
    for row in cutoffs:
        table.add_row(
            f"{row['min_confidence']:.1f}",
            str(row["claims"]),
            _pct(row["precision"]),
            _pct(row["recall"]),
            _pct(row["f1"]),
        )
    return table


def _pct(value: float) -> str:
    return f"{value:.3f}"
