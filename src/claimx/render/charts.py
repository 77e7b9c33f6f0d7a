"""Horizontal bar charts as geometry for inline SVG: the report's template draws them, so the
page needs no charting script and no network."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

LABEL_WIDTH = 210  # room for a name, in SVG units
BAR_WIDTH = 260
ROW_HEIGHT = 22
MAX_LABEL = 28  # characters that fit LABEL_WIDTH at the chart's font size


def bar_chart(rows: Sequence[tuple[str, int]], title: str) -> dict[str, Any]:
    """Bars of ``rows`` (label, count), longest for the largest count."""
    largest = max((count for _, count in rows), default=0) or 1
    bars = [
        {
            "label": label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…",
            "full_label": label,
            "count": count,
            "y": index * ROW_HEIGHT,
            "width": max(1, round(BAR_WIDTH * count / largest)),
        }
        for index, (label, count) in enumerate(rows)
    ]
    return {
        "title": title,
        "bars": bars,
        "label_width": LABEL_WIDTH,
        "width": LABEL_WIDTH + BAR_WIDTH + 50,
        "height": max(1, len(bars)) * ROW_HEIGHT,
        "row_height": ROW_HEIGHT,
    }
