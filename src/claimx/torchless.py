"""spaCy's thinc imports torch whenever it is installed, and that is most of a claimx run's
start-up where it is (``claimx[transformer]``, or the test extra): measured, ``import spacy``
took 4.5-6.8 s with torch installed against 1.5-2.4 s without it (loaded two-core machine).
Only the encoder tagger needs torch, and it imports torch itself (``learn.hf``), not through
thinc. So the command line has thinc read the world as torch-less, and torch is imported,
whole and working, the first time the encoder tagger asks for it.

Left alone where a spaCy package that reaches torch through thinc is installed
(spacy-transformers, spacy-curated-transformers: ``en_core_web_trf`` needs one of them), and
where thinc or torch was already imported.
"""

from __future__ import annotations

import importlib.util
import sys

# Packages whose models run torch through thinc's wrappers.
THINC_TORCH_USERS = ("spacy_transformers", "spacy_curated_transformers")


def import_thinc_without_torch() -> bool:
    """Import thinc with torch hidden from it; True if it was done so."""
    if "thinc" in sys.modules or "torch" in sys.modules:
        return False
    if any(importlib.util.find_spec(name) is not None for name in THINC_TORCH_USERS):
        return False
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" raises ImportError
    try:
        import thinc.compat  # noqa: F401  (reads has_torch = False, once)
    finally:
        del sys.modules["torch"]  # the encoder tagger's own "import torch" finds it again
    return True
