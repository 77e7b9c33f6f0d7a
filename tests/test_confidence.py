"""A confidence per claim: measured precision per rule, kind and source type, shrunk towards
the broader groups; --min-confidence; and the calibration claimx evaluate reports."""

from __future__ import annotations

import json

import pytest

from claimx.confidence import MEASURED, PRIOR_WEIGHT, rule_confidence
from tests.conftest import SEED, invoke


def test_a_well_measured_group_gets_about_its_precision() -> None:
    group, (right, claims) = max(MEASURED.items(), key=lambda item: item[1][1])
    assert claims > 20 * PRIOR_WEIGHT
    assert abs(rule_confidence(*group) - right / claims) < 0.02


def test_small_and_unknown_groups_lean_on_broader_ones() -> None:
    rare = [(g, counts) for g, counts in MEASURED.items() if counts[1] == 1]
    assert rare
    for group, _ in rare:
        assert 0.05 < rule_confidence(*group) < 0.95  # one claim never says 0 or 1
    unknown = rule_confidence("a rule nobody measured", "direct", "person")
    overall = sum(r for r, _ in MEASURED.values()) / sum(n for _, n in MEASURED.values())
    assert abs(unknown - overall) < 0.01


@pytest.mark.model
def test_min_confidence_keeps_the_confident_claims_numbered_from_c0(pipeline: object) -> None:
    code, stdout, _ = invoke("extract", str(SEED), "-f", "json")
    everything = json.loads(stdout)[0]["claims"]
    assert all(0 < c["confidence"] < 1 and c["rule"] for c in everything)
    cutoff = sorted(c["confidence"] for c in everything)[len(everything) // 2]
    code, stdout, _ = invoke("extract", str(SEED), "-f", "json", "--min-confidence", str(cutoff))
    kept = json.loads(stdout)[0]["claims"]
    assert code == 0
    assert [c["content"] for c in kept] == [
        c["content"] for c in everything if c["confidence"] >= cutoff
    ]
    assert [c["id"] for c in kept] == [f"c{i}" for i in range(len(kept))]


def test_min_confidence_outside_zero_to_one_is_a_usage_error() -> None:
    code, _, stderr = invoke("extract", str(SEED), "--min-confidence", "1.5")
    assert code == 2
    assert "--min-confidence" in stderr and "1.5" in stderr
