"""The scores of ``claimx evaluate`` as a Rich table."""

from __future__ import annotations

from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table


def render_scores(stream: IO[str], scores: dict[str, Any], width: int | None = None) -> None:
    console = Console(file=stream, width=width, color_system=None, highlight=False)
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


def _pct(value: float) -> str:
    return f"{value:.3f}"
