"""How much of a trained model's dev F1 comes from fitting its cut-off on dev itself.

    python benchmarks/crossfit.py MODEL_DIR DEV [-j 2]

``claimx train`` fits the learned claims' calibration and cut-off on DEV and reports DEV's F1
with them: a little optimistic. Here DEV's articles are split in two halves (alternate
articles); each half's learned claims are kept or dropped by the calibration and cut-off fitted
on the other half, and the counts of both halves are summed: an estimate of the F1 on articles
the fit never saw, beside the in-sample one.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from claimx.batch import UNUSED_BY_CLAIMS_ONLY
from claimx.components.attribution.learned import LEARNED_RULE
from claimx.core import RunConfig
from claimx.evaluate import Tally, tally_articles
from claimx.gold import read_gold
from claimx.learn.calibration import Calibration, fitted_cutoff


def open_copy(model: Path, scratch: Path) -> Path:
    """The model with every learned claim kept and its raw scores as confidences."""
    copy = scratch / "model"
    shutil.copytree(model, copy)
    cfg_path = copy / "claimx_roles" / "cfg"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg["calibration"] = Calibration.identity().to_json()
    cfg["min_claim_confidence"] = 0.0
    cfg_path.write_text(json.dumps(cfg), encoding="utf-8")
    return copy


def outcomes(tally: Tally) -> tuple[list[bool], list[tuple[float, bool]]]:
    rules = [right for _, right, group in tally.scored if group[0] != LEARNED_RULE]
    learned = [(score, right) for score, right, group in tally.scored if group[0] == LEARNED_RULE]
    return rules, learned


def fit(tally: Tally) -> tuple[Calibration, float]:
    """The calibration and cut-off as ``claimx train`` fits them."""
    settings, _ = fitted_cutoff(tally)
    return Calibration.from_json(settings["calibration"]), settings["min_claim_confidence"]


def kept_counts(tally: Tally, calibration: Calibration, cutoff: float) -> tuple[int, int]:
    """(claims kept, claims right) of ``tally`` under a calibration and cut-off."""
    rules, learned = outcomes(tally)
    kept = [right for score, right in learned if calibration.of(score) >= cutoff]
    return len(rules) + len(kept), sum(rules) + sum(kept)


def figures(predicted: int, right: int, gold: int) -> dict[str, float]:
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * right / (predicted + gold) if predicted + gold else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("dev", type=Path)
    parser.add_argument("-j", "--jobs", type=int, default=1)
    options = parser.parse_args()
    golds = list(read_gold(options.dev))
    halves = [golds[0::2], golds[1::2]]
    with tempfile.TemporaryDirectory() as scratch:
        config = RunConfig(str(open_copy(options.model, Path(scratch))), UNUSED_BY_CLAIMS_ONLY)
        tallies = [
            tally_articles(half, config, options.jobs, print, lambda: None) for half in halves
        ]
    whole = Tally(gold=sum(t.gold for t in tallies))
    whole.scored = [item for t in tallies for item in t.scored]
    in_sample = kept_counts(whole, *fit(whole))
    crossed = [kept_counts(tallies[k], *fit(tallies[1 - k])) for k in (0, 1)]
    result: dict[str, Any] = {
        "articles": len(golds),
        "gold_claims": whole.gold,
        "fitted_on_all_of_dev": figures(*in_sample, whole.gold),
        "fitted_on_the_other_half": figures(
            sum(c[0] for c in crossed), sum(c[1] for c in crossed), whole.gold
        ),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
