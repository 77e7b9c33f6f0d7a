"""Percentage normalisation, table-driven."""

from __future__ import annotations

import pytest

from claimx.normalise.percent import PercentValue, normalise_percent

CASES = [
    ("12%", PercentValue(12.0)),
    ("12 per cent", PercentValue(12.0)),
    ("12 percent", PercentValue(12.0)),
    ("0.8 percent", PercentValue(0.8)),
    ("4.5 percentage points", PercentValue(4.5, None, "percentage points")),
    ("1 percentage point", PercentValue(1.0, None, "percentage points")),
    ("10-15%", PercentValue(10.0, 15.0)),
    ("between 10% and 15%", PercentValue(10.0, 15.0)),
    ("3 to 5 per cent", PercentValue(3.0, 5.0)),
    ("about 40%", PercentValue(40.0, None, "percent", "about")),
    ("nearly half", PercentValue(50.0, None, "percent", "nearly")),
    ("a quarter", PercentValue(25.0)),
    ("1,200%", PercentValue(1200.0)),
    ("most", PercentValue(None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_normalise_percent(text: str, expected: PercentValue) -> None:
    assert normalise_percent(text) == expected
