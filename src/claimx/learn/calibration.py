"""From a learned span's score to a confidence a user can read as a share: of the spans given
about 0.8, about 80% are right.

Fitted on dev after training, by isotonic regression (pool adjacent violators) over the scores
sorted: the result is a non-decreasing step function, stored as points and read by linear
interpolation between them. Kept as plain lists in the component's config (JSON). With it, the
least confidence a learned claim needs (``best_cutoff``, ``fitted_cutoff``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimx.evaluate import Tally

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
        """The isotonic fit of right (1) or wrong (0) against score; identity with too few.
        Equal scores always share a step (their order says nothing)."""
        if len(outcomes) < 2 * MIN_STEP:
            return cls.identity()
        blocks: list[_Block] = []
        for score, right in sorted(outcomes):
            if blocks and (blocks[-1].size < MIN_STEP or blocks[-1].last == score):
                blocks[-1].add(score, right)
            else:
                blocks.append(_Block(score, right))
            while len(blocks) > 1 and blocks[-2].share >= blocks[-1].share:
                last = blocks.pop()
                blocks[-1].merge(last)
        scores = tuple(round(b.mean, 4) for b in blocks)
        shares = tuple(round(b.share, 4) for b in blocks)
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


class _Block:
    """Outcomes pooled into one step of the fit."""

    def __init__(self, score: float, right: bool) -> None:
        self.total, self.right, self.size, self.last = score, int(right), 1, score

    def add(self, score: float, right: bool) -> None:
        self.total, self.right, self.size, self.last = (
            self.total + score,
            self.right + right,
            self.size + 1,
            score,
        )

    def merge(self, other: _Block) -> None:
        self.total += other.total
        self.right += other.right
        self.size += other.size
        self.last = other.last

    @property
    def mean(self) -> float:
        return self.total / self.size

    @property
    def share(self) -> float:
        return self.right / self.size


def best_cutoff(
    kept: Sequence[bool],
    candidates: Sequence[tuple[float, bool]],
    gold: int,
    least_precision: float = 0.0,
) -> tuple[float, float]:
    """The least confidence a candidate claim needs so that F1 is highest while precision
    stays at ``least_precision`` or above: ``kept`` are the right-or-wrong outcomes of the
    claims kept in any case (the rules'), ``candidates`` the (confidence, right) of the learned
    ones, ``gold`` the number of gold claims. Returns the cut-off (above every candidate if none
    helps) and the F1 it gives.

    The cut-off lies halfway between the least confidence kept and the next one down (0 when
    every candidate is kept): placed exactly on the least one kept, a claim scored a hair lower
    on new text would be lost though nothing on dev said so."""
    predicted, right = len(kept), sum(kept)

    def f1() -> float:
        return 2 * right / (predicted + gold) if predicted + gold else 0.0

    best_f1, best_at = f1(), -1
    ordered = sorted(candidates, key=lambda item: -item[0])
    for at, (confidence, is_right) in enumerate(ordered):
        predicted, right = predicted + 1, right + is_right
        tied_with_next = at + 1 < len(ordered) and ordered[at + 1][0] == confidence
        if tied_with_next:  # equal confidences are kept or left together
            continue
        if f1() > best_f1 and right >= least_precision * predicted:
            best_f1, best_at = f1(), at
    if best_at < 0:
        return 1.01, best_f1
    least = ordered[best_at][0]
    if best_at + 1 == len(ordered):
        return 0.0, best_f1
    return (least + ordered[best_at + 1][0]) / 2, best_f1


# How much of the rules' precision on dev the learned claims may cost: they are kept down to
# the confidence where the pipeline's precision would fall further (``fitted_cutoff``).
PRECISION_GIVE = 0.01


def fitted_cutoff(tally: Tally) -> tuple[dict[str, Any], float]:
    """The learned claims' calibration and cut-off, fitted on the tally of a dev run that kept
    every learned claim with its raw score, and the F1 they give: the cut-off with the best F1
    among those that keep the pipeline's precision within ``PRECISION_GIVE`` of the rules'
    alone. (The best F1 alone keeps learned claims that are right less than half the time: on
    political news that pays, since the rules miss much; on other news, where the rules find
    most, it only adds false alarms.)"""
    from claimx.components.attribution.learned import LEARNED_RULE

    learned = [(score, right) for score, right, group in tally.scored if group[0] == LEARNED_RULE]
    calibration = Calibration.fitted(learned)
    rules = [right for _, right, group in tally.scored if group[0] != LEARNED_RULE]
    candidates = [(calibration.of(score), right) for score, right in learned]
    rules_precision = sum(rules) / len(rules) if rules else 0.0
    least = max(0.0, rules_precision - PRECISION_GIVE)
    cutoff, f1 = best_cutoff(rules, candidates, tally.gold, least)
    # The cut-off exactly as compared (a rounded one could drop a claim that sits on it).
    return {"calibration": calibration.to_json(), "min_claim_confidence": cutoff}, f1
