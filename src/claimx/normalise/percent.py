"""Normalise a PERCENT mention: "12%", "12 per cent", "4.5 percentage points", "10-15%"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.normalise.money import split_qualifier

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_UNIT = r"(?:percentage points?|per\s*cent|percent|pct|%)"  # longest first
_PERCENT = re.compile(
    rf"(?P<low>{_NUMBER})\s*{_UNIT}?"
    rf"(?:\s*(?:-|–|—|to|and)\s*(?P<high>{_NUMBER}))?\s*(?P<unit>{_UNIT})",
    re.IGNORECASE,
)
_WORDS = {"half": 50.0, "a third": 100 / 3, "a quarter": 25.0, "two-thirds": 200 / 3}


@dataclass(frozen=True)
class PercentValue:
    value: float | None
    value_max: float | None = None
    unit: str = "percent"  # or "percentage points"
    qualifier: str | None = None


def normalise_percent(text: str) -> PercentValue:
    phrase = " ".join(text.replace("\u00a0", " ").split())
    qualifier, phrase = split_qualifier(phrase)
    match = _PERCENT.search(phrase)
    if match is None:
        word = _WORDS.get(phrase.lower().removesuffix(" of"))
        return PercentValue(round(word, 2) if word else None, None, "percent", qualifier)
    unit = "percentage points" if "point" in match.group("unit").lower() else "percent"
    low = _number(match.group("low"))
    high = _number(match.group("high")) if match.group("high") else None
    return PercentValue(low, high, unit, qualifier)


def _number(text: str) -> float:
    return float(text.replace(",", ""))
