"""The Hugging Face side of ``claimx_encoder_roles``: importing torch and transformers (only
when called), checking that a name is an encoder transformers can load, and the digest of its
weight files."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from claimx.errors import ModelError

EXTRA = "pip install 'claimx[transformer]'"


def torch_modules() -> tuple[Any, Any]:
    """torch and transformers, or one line saying how to get them."""
    try:
        import torch
        import transformers
    except ImportError as error:
        raise ModelError(
            f"the encoder tagger needs torch and transformers ({error})", f"install them: {EXTRA}"
        ) from error
    logging: Any = transformers.utils.logging
    logging.set_verbosity_error()  # "some weights newly initialised": expected
    logging.disable_progress_bar()  # claimx draws its own
    return torch, transformers


def check_encoder(name: str) -> None:
    """torch and transformers importable, and ``name`` an encoder they find (its config)."""
    _, transformers = torch_modules()
    try:
        transformers.AutoConfig.from_pretrained(name)
    except (OSError, ValueError) as error:
        raise ModelError(
            f"{name}: not an encoder transformers can load ({_first_line(error)})",
            "give a folder in Hugging Face layout (config, tokenizer, weights) or a model name "
            "in your Hugging Face cache",
        ) from error


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def weights_digest(name: str, transformers: Any) -> str:
    """SHA-256 of the encoder's weight files (sorted by name), from a local folder or from the
    files transformers resolved for a name."""
    folder = Path(name)
    files: list[Path] = []
    if folder.is_dir():
        for pattern in ("*.safetensors", "pytorch_model*.bin", "*.pt"):
            files = sorted(folder.glob(pattern))
            if files:
                break
    else:
        cached_file = transformers.utils.cached_file

        for candidate in ("model.safetensors", "pytorch_model.bin"):
            found = cached_file(name, candidate, _raise_exceptions_for_missing_entries=False)
            if found:
                files = [Path(found)]
                break
    digest = hashlib.sha256()
    for file in files:
        with file.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest() if files else ""
