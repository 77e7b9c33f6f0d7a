"""Fit a trained model's calibration and cut-off again on dev, with today's rules.

    python benchmarks/refit.py MODEL_DIR DEV -o NEW_MODEL_DIR [-j 2]

The tagger's weights depend only on the training data; the learned claims' calibration and the
least confidence they need (``claimx train`` fits both on dev after each epoch) also depend on
what the rules already find and on how learned claims are grounded. After a change to either,
this writes a copy of MODEL_DIR whose calibration and cut-off are fitted exactly as training
fits them (``learn.calibration.fitted_cutoff``), without training again, and prints dev's figures
with them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from crossfit import figures, kept_counts, open_copy  # beside this script

from claimx.batch import UNUSED_BY_CLAIMS_ONLY
from claimx.core import RunConfig
from claimx.evaluate import tally_articles
from claimx.gold import read_gold
from claimx.learn.calibration import Calibration, fitted_cutoff


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("dev", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("-j", "--jobs", type=int, default=1)
    options = parser.parse_args()
    if options.output.exists():
        parser.error(f"{options.output}: exists; name a new folder")
    golds = list(read_gold(options.dev))
    with tempfile.TemporaryDirectory() as scratch:
        config = RunConfig(str(open_copy(options.model, Path(scratch))), UNUSED_BY_CLAIMS_ONLY)
        tally = tally_articles(golds, config, options.jobs, print, lambda: None)
    settings, _ = fitted_cutoff(tally)
    shutil.copytree(options.model, options.output)
    cfg_path = options.output / "claimx_roles" / "cfg"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg.update(settings)
    cfg_path.write_text(json.dumps(cfg, indent=2), encoding="utf-8")
    calibration = Calibration.from_json(settings["calibration"])
    kept = kept_counts(tally, calibration, settings["min_claim_confidence"])
    result = {
        "cutoff": settings["min_claim_confidence"],
        "dev": figures(*kept, tally.gold),
        "dev_rules_alone": figures(*kept_counts(tally, calibration, 2.0), tally.gold),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
