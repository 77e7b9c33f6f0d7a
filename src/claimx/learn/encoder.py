"""``claimx_encoder_roles``: the roles tagger on a fine-tuned Hugging Face encoder.

The same tags, decoding, calibration and cut-off as ``claimx_roles`` (it is a ``RoleTagger``
and is added under that name), read off a transformer instead of hashed features: each spaCy
token takes the encoder's vector of its first word piece, a linear layer gives its tag. Word
pieces are made per spaCy token, so the alignment is exact by construction and the records'
character offsets are spaCy's. An article longer than the encoder's window is read in
overlapping windows cut at token (and, where one is near, sentence) boundaries; each token is
read from the window in which it stands farthest from an edge.

Written out, the component folder holds the encoder's config and tokenizer files
(``encoder/``) and every weight (``weights.safetensors``): the model folder loads with no
network and no copy of the original encoder.

torch and transformers (``pip install claimx[transformer]``) are imported only when such a
component is built: plain claimx never imports them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy
import srsly  # type: ignore[import-untyped]
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vocab import Vocab

from claimx.errors import ModelError
from claimx.learn.hf import EXTRA as EXTRA
from claimx.learn.hf import _first_line
from claimx.learn.hf import check_encoder as check_encoder
from claimx.learn.hf import torch_modules as torch_modules
from claimx.learn.hf import weights_digest as weights_digest
from claimx.learn.rates import ENCODER_RATE, HEAD_RATE_FACTOR
from claimx.learn.roles import LABELS, RoleTagger, gold_tags
from claimx.learn.windows import WINDOWS_PER_PASS as WINDOWS_PER_PASS
from claimx.learn.windows import _passes, _passes_with, _Pieces, _Read, _tensors
from claimx.learn.windows import owners as owners
from claimx.learn.windows import sentence_starts as sentence_starts
from claimx.learn.windows import windows as windows

ENCODER_DIR = "encoder"
WEIGHTS_FILE = "weights.safetensors"
CFG_FILE = "cfg"
# Word pieces per window, the special tokens included; windows overlap by OVERLAP pieces when
# read (at training time not at all: a token's gradient comes from one window only, and the
# overlap would cost a third more time for context the other window already gives).
MAX_PIECES = 256
OVERLAP = 64


@Language.factory(
    "claimx_encoder_roles",
    assigns=["doc.spans"],
    default_config={
        "encoder": "",
        "max_pieces": MAX_PIECES,
        "overlap": OVERLAP,
        "min_claim_confidence": 0.0,
    },
)
def make_encoder_roles(
    nlp: Language,
    name: str,
    encoder: str,
    max_pieces: int,
    overlap: int,
    min_claim_confidence: float,
) -> EncoderRoleTagger:
    return EncoderRoleTagger(
        nlp.vocab,
        name,
        encoder=encoder,
        max_pieces=max_pieces,
        overlap=overlap,
        min_claim_confidence=min_claim_confidence,
    )


class EncoderRoleTagger(RoleTagger):
    def __init__(
        self,
        vocab: Vocab,
        name: str = "claimx_roles",
        *,
        encoder: str = "",
        max_pieces: int = MAX_PIECES,
        overlap: int = OVERLAP,
        min_claim_confidence: float = 0.0,
    ) -> None:
        no_model: Any = _NoModel()
        super().__init__(vocab, no_model, name, min_claim_confidence=min_claim_confidence)
        self.cfg.update(
            {"encoder": {"name": encoder}, "max_pieces": max_pieces, "overlap": overlap}
        )
        self.net: Any = None  # the torch module, once initialised or loaded
        self.tokenizer: Any = None
        self.pieces: _Pieces | None = None
        self.optimizer: Any = None
        self.schedule: Any = None
        self._pid = os.getpid()

    # --- building -----------------------------------------------------------------------

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None
    ) -> None:
        """Load the pretrained encoder named at creation (a local folder or a name transformers
        resolves) and put a fresh tag layer on it."""
        torch, transformers = torch_modules()
        name = self.cfg["encoder"]["name"]
        try:
            tokenizer = transformers.AutoTokenizer.from_pretrained(name, use_fast=True)
            encoder = transformers.AutoModel.from_pretrained(name)
        except (OSError, ValueError) as error:
            raise ModelError(
                f"{name}: not an encoder transformers can load ({_first_line(error)})",
                "give a folder in Hugging Face layout (config, tokenizer, weights) or a model "
                "name in your Hugging Face cache",
            ) from error
        self.cfg["encoder"] = {
            "name": name,
            "model_type": encoder.config.model_type,
            "sha256": weights_digest(name, transformers),
        }
        self._set(tokenizer, _Net(torch, encoder, len(self.labels)))

    def _set(self, tokenizer: Any, net: Any) -> None:
        self.tokenizer = tokenizer
        self.net = net
        self.pieces = _Pieces(tokenizer, int(self.cfg["max_pieces"]))

    def prepare_training(self, updates: int, seed: int, rate: float | None = None) -> None:
        """The embeddings and the lower half of the layers frozen (``freeze_lower_half``); then
        AdamW with a linear warm-up over the first tenth of ``updates``, then a linear
        decay to zero; the tag layer learns faster than the pretrained encoder."""
        torch, _ = torch_modules()
        torch.manual_seed(seed)
        freeze_lower_half(self.net.encoder)
        head = list(self.net.head.parameters())
        body = [p for p in self.net.encoder.parameters() if p.requires_grad]
        rate = rate or ENCODER_RATE
        self.optimizer = torch.optim.AdamW(
            [{"params": body, "lr": rate}, {"params": head, "lr": rate * HEAD_RATE_FACTOR}],
            weight_decay=0.01,
        )
        warm_up = max(1, updates // 10)

        def factor(step: int) -> float:
            if step < warm_up:
                return (step + 1) / warm_up
            return max(0.0, (updates - step) / max(1, updates - warm_up))

        self.schedule = torch.optim.lr_scheduler.LambdaLR(self.optimizer, factor)

    # --- running ------------------------------------------------------------------------

    def predict(self, docs: Iterable[Doc]) -> list[Any]:
        docs = list(docs)
        width = len(self.labels)
        if self.net is None:
            raise ValueError(f"{self.name}: the encoder is not loaded (initialise or load it)")
        torch, _ = torch_modules()
        if os.getpid() != self._pid:
            # A forked worker: one thread each (the workers share the cores), and OpenMP's
            # pool of the parent is not carried over a fork.
            torch.set_num_threads(1)
            self._pid = os.getpid()
        self.net.eval()
        scores = [numpy.zeros((len(doc), width), dtype="float32") for doc in docs]
        overlap = int(self.cfg["overlap"])
        reads = [self._windows(doc, overlap, index) for index, doc in enumerate(docs)]
        with torch.inference_mode():
            for group in _passes(reads):
                probabilities = torch.softmax(self.net(*_tensors(torch, group)), dim=-1).numpy()
                at = 0
                for read in group:
                    n = len(read.tokens)
                    scores[read.doc][read.tokens] = probabilities[at : at + n]
                    at += n
        return scores

    def update(
        self,
        examples: Iterable[Example],
        *,
        drop: float = 0.0,
        sgd: Any = None,
        losses: dict[str, float] | None = None,
    ) -> dict[str, float]:
        """One step of AdamW on ``examples`` (their windows in passes of a few, the gradients
        summed: the same step as one pass over all)."""
        torch, _ = torch_modules()
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        self.net.train()
        reads: list[_Read] = []
        truths: list[list[int]] = []
        for index, example in enumerate(examples):
            tags = gold_tags(example)
            for read in self._windows(example.predicted, 0, index):
                reads.append(read)
                truths.append([_label_index(tags[i]) for i in read.tokens])
        counted = sum(1 for truth in truths for label in truth if label >= 0)
        if not counted:
            return losses
        self.optimizer.zero_grad()
        loss_function = torch.nn.CrossEntropyLoss(ignore_index=-1, reduction="sum")
        total = 0.0
        for group, group_truths in _passes_with(reads, truths):
            logits = self.net(*_tensors(torch, group))
            target = torch.tensor([label for truth in group_truths for label in truth])
            loss = loss_function(logits, target) / counted
            loss.backward()
            total += float(loss.detach()) * counted
        torch.nn.utils.clip_grad_norm_(self.net.parameters(), 1.0)
        self.optimizer.step()
        self.schedule.step()
        losses[self.name] += total
        return losses

    def _windows(self, doc: Doc, overlap: int, index: int) -> list[_Read]:
        assert self.pieces is not None
        return self.pieces.reads(doc, overlap, index)

    def snapshot(self) -> dict[str, Any]:
        """A copy of every weight, in memory (training keeps the best epoch's)."""
        return {key: value.detach().clone() for key, value in self.net.state_dict().items()}

    def restore(self, weights: dict[str, Any]) -> None:
        self.net.load_state_dict(weights)

    def create_optimizer(self) -> Any:
        return None  # the component keeps its own (prepare_training)

    def use_params(self, params: Any) -> Any:
        return _Nothing()

    def finish_update(self, sgd: Any) -> None:
        return None

    # --- serialising --------------------------------------------------------------------

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        torch_modules()
        from safetensors.torch import save_model

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / CFG_FILE, self.cfg)
        self.tokenizer.save_pretrained(path / ENCODER_DIR)
        self.net.encoder.config.save_pretrained(path / ENCODER_DIR)
        save_model(self.net, str(path / WEIGHTS_FILE))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EncoderRoleTagger:
        torch, transformers = torch_modules()
        from safetensors.torch import load_model

        path = Path(path)
        self.cfg.update(srsly.read_json(path / CFG_FILE))
        folder = str(path / ENCODER_DIR)
        try:
            tokenizer = transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True)
            config = transformers.AutoConfig.from_pretrained(folder, local_files_only=True)
            net = _Net(torch, transformers.AutoModel.from_config(config), len(self.labels))
            load_model(net, str(path / WEIGHTS_FILE))
        except (OSError, ValueError, RuntimeError) as error:
            raise ModelError(
                f"{path}: the encoder tagger could not be loaded ({_first_line(error)})",
                "train the model again with claimx train --encoder",
            ) from error
        net.eval()
        self._set(tokenizer, net)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        with tempfile.TemporaryDirectory(prefix="claimx-encoder-") as folder:
            self.to_disk(folder)
            files = {
                str(file.relative_to(folder)): file.read_bytes()
                for file in sorted(Path(folder).rglob("*"))
                if file.is_file()
            }
        return srsly.msgpack_dumps(files)  # type: ignore[no-any-return]

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> EncoderRoleTagger:
        files: dict[str, bytes] = srsly.msgpack_loads(data)
        with tempfile.TemporaryDirectory(prefix="claimx-encoder-") as folder:
            for name, content in files.items():
                target = Path(folder) / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
            return self.from_disk(folder)


def freeze_lower_half(encoder: Any) -> int:
    """Freeze the embeddings and the lower half of the encoder's layers, where it has four
    layers or more; returns how many layers stay trainable. Backpropagation then stops halfway
    down: an update costs about a third less (measured on MiniLM: about 1.5 times as many word
    pieces a second), and the lower layers' general-purpose features are what a few thousand
    articles change least. (A shallower encoder is trained whole: half of it is too little.)"""
    layers = _layer_list(encoder)
    if layers is None or len(layers) < 4:
        return len(layers) if layers is not None else -1
    frozen = len(layers) // 2
    for name, parameter in encoder.named_parameters():
        if "embeddings" in name.split("."):
            parameter.requires_grad_(False)
    for layer in list(layers)[:frozen]:
        for parameter in layer.parameters():
            parameter.requires_grad_(False)
    return len(layers) - frozen


def _layer_list(encoder: Any) -> Any:
    """The encoder's stack of layers (encoder.layer for BERT, RoBERTa and DeBERTa;
    transformer.layer for DistilBERT): the longest ModuleList of the configured depth."""
    import torch

    depth = getattr(encoder.config, "num_hidden_layers", None) or getattr(
        encoder.config, "n_layers", None
    )
    for _, module in encoder.named_modules():
        if isinstance(module, torch.nn.ModuleList) and len(module) == depth:
            return module
    return None


def _label_index(tag: str | None) -> int:
    return LABELS.index(tag) if tag is not None else -1


class _NoModel:
    """Stands where a thinc model would: this component's network is a torch module."""

    def to_bytes(self) -> bytes:
        return b""


class _Nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None


def _Net(torch: Any, encoder: Any, labels: int) -> Any:
    """The encoder, dropout and a linear tag layer over each token's first word piece."""

    class Net(torch.nn.Module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(encoder.config.hidden_size, labels)

        def forward(self, ids: Any, mask: Any, where: Any) -> Any:
            hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
            flat = hidden.reshape(-1, hidden.shape[-1])
            return self.head(self.dropout(flat[where]))

    return Net()
