"""The model folder ``claimx train`` writes: written beside and moved into place, with a
manifest in its meta.json of the entries claimx wrote, so that a new model replaces those and
nothing else of the folder's."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from claimx.errors import ClaimxError

# What a model folder holds that ``claimx train`` wrote: listed in its meta.json (claimx.files)
# so that writing a new model over it replaces those and nothing else of the folder's.
MANIFEST_KEY = "files"
_SPACY_FILES = ("config.cfg", "meta.json", "tokenizer", "vocab")


def _write(bare: Any, output: Path) -> None:
    """Write the folder beside, then move it into place: an interrupted write leaves the old
    folder (or none), never half a model. Over an earlier model only the files it wrote are
    replaced (a user's notes or links beside them stay); a link to a folder stays a link."""
    output.parent.mkdir(parents=True, exist_ok=True)
    real = Path(os.path.realpath(output))
    staging = real.with_name(f".{real.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    bare.to_disk(staging)
    written = sorted(entry.name for entry in staging.iterdir())
    _add_manifest(staging / "meta.json", written)
    if not real.exists():
        staging.rename(real)
        return
    owned = set(files_written_by_claimx(real))
    for name in written:
        if name not in owned and os.path.lexists(real / name):
            shutil.rmtree(staging, ignore_errors=True)
            raise ClaimxError(
                f"{real / name}: in the model folder but not written by claimx train; "
                "the earlier model is left as it was",
                "move it away and train again",
            )
    retired = real.with_name(f".{real.name}.replaced")
    shutil.rmtree(retired, ignore_errors=True)
    retired.mkdir()
    # meta.json out first and in last: a folder caught halfway is not taken for a model.
    for name in sorted(owned, key=lambda n: n != "meta.json"):
        if os.path.lexists(real / name):
            os.rename(real / name, retired / name)
    for name in sorted(written, key=lambda n: n == "meta.json"):
        os.rename(staging / name, real / name)
    shutil.rmtree(retired, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def _add_manifest(meta_file: Path, written: list[str]) -> None:
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta.setdefault("claimx", {})[MANIFEST_KEY] = written
    meta_file.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def files_written_by_claimx(folder: Path) -> list[str]:
    """The entries of a model folder that ``claimx train`` wrote: its manifest, or for a
    model written before there was one, what spaCy writes (config, meta, tokenizer, vocab and
    a folder per component). Plain names in the folder only."""
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(meta, dict):
        return []
    claimx = meta.get("claimx")
    listed = claimx.get(MANIFEST_KEY) if isinstance(claimx, dict) else None
    if not isinstance(listed, list):
        components = [*meta.get("pipeline", []), *meta.get("components", [])]
        listed = [*_SPACY_FILES, *components]
    names = {n for n in listed if isinstance(n, str) and n not in ("", ".", "..")}
    return sorted(n for n in names if "/" not in n and os.sep not in n and "\0" not in n)
