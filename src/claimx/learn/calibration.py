"""From a learned span's score to a confidence a user can read as a share: of the spans given
about 0.8, about 80% are right.

Fitted on dev after training, by isotonic regression (pool adjacent violators) over the scores
sorted: the result is a non-decreasing step function, stored as points and read by linear
interpolation between them. Kept as plain lists in the component's config (JSON).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

# At least this many outcomes in a step, so that a share is not read off two or three claims.
MIN_STEP = 20


@dataclass(frozen=True)
class Calibration:
    scores: tuple[float, ...]  # increasing
    shares: tuple[float, ...]  # non-decreasing, the share right at each score

    @classmethod
    def identity(cls) -> Calibration:
        return cls((0.0, 1.0), (0.0, 1.0))

    @classmethod
    def fitted(cls, outcomes: Sequence[tuple[float, bool]]) -> Calibration:
        """The isotonic fit of right (1) or wrong (0) against score; identity with too few."""
        if len(outcomes) < 2 * MIN_STEP:
            return cls.identity()
        ordered = sorted(outcomes)
        # Each block: [sum of scores, number right, size]
        blocks: list[list[float]] = []
        for start in range(0, len(ordered), MIN_STEP):
            chunk = ordered[start : start + MIN_STEP]
            blocks.append([sum(s for s, _ in chunk), sum(r for _, r in chunk), len(chunk)])
            while (
                len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]
            ):
                last = blocks.pop()
                for k in range(3):
                    blocks[-1][k] += last[k]
        scores = tuple(round(b[0] / b[2], 4) for b in blocks)
        shares = tuple(round(b[1] / b[2], 4) for b in blocks)
        return cls(scores, shares)

    def of(self, score: float) -> float:
        at = bisect.bisect_left(self.scores, score)
        if at == 0:
            return self.shares[0]
        if at == len(self.scores):
            return self.shares[-1]
        low, high = self.scores[at - 1], self.scores[at]
        weight = (score - low) / (high - low) if high > low else 1.0
        return self.shares[at - 1] + weight * (self.shares[at] - self.shares[at - 1])

    def to_json(self) -> dict[str, list[float]]:
        return {"scores": list(self.scores), "shares": list(self.shares)}

    @classmethod
    def from_json(cls, data: dict[str, list[float]]) -> Calibration:
        return cls(tuple(data["scores"]), tuple(data["shares"]))


def best_cutoff(
    kept: Sequence[bool], candidates: Sequence[tuple[float, bool]], gold: int
) -> tuple[float, float]:
    """The least confidence a candidate claim needs so that F1 is highest: ``kept`` are the
    right-or-wrong outcomes of the claims kept in any case (the rules'), ``candidates`` the
    (confidence, right) of the learned ones, ``gold`` the number of gold claims. Returns the
    cut-off (above every candidate if none helps) and the F1 it gives."""
    predicted, right = len(kept), sum(kept)

    def f1() -> float:
        return 2 * right / (predicted + gold) if predicted + gold else 0.0

    best_f1, cutoff = f1(), 1.01
    for confidence, is_right in sorted(candidates, reverse=True):
        predicted, right = predicted + 1, right + is_right
        if f1() > best_f1:
            best_f1, cutoff = f1(), confidence
    return cutoff, best_f1
