"""``claimx train``: learn attribution roles from gold data, keep the best epoch on dev."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimx import outputs
from claimx.cli.exits import handle_errors
from claimx.cli.options import debug_option, jobs_option, model_folder, quiet_option
from claimx.console import EXIT_INTERRUPTED, EXIT_TERMINATED, Reporter, say, stage_progress
from claimx.errors import ClaimxError
from claimx.learn.rates import ENCODER_RATE, HEAD_RATE_FACTOR

if TYPE_CHECKING:
    from claimx.learn.training import TrainSettings

GOLD_PATH = click.Path(exists=True, path_type=Path)
SMALL_EPOCHS = 10
# An epoch of MiniLM on PolNeAR's training split takes about 8 minutes on two cores: two fit
# the hour with each epoch's dev scoring with room to spare on a busy machine.
ENCODER_EPOCHS = 2


@click.command()
@click.argument("train_path", metavar="TRAIN", type=GOLD_PATH)
@click.option(
    "--dev", "dev_path", required=True, type=GOLD_PATH, help="Gold to score each epoch on."
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The model folder to write (for --model).",
)
@click.option("--base", metavar="MODEL", help="spaCy model to start from [default: as --model].")
@click.option(
    "--encoder",
    metavar="ENCODER",
    help="Fine-tune this Hugging Face encoder as the tagger: a local folder (config, tokenizer, "
    "weights) or a model name in your Hugging Face cache. Needs claimx[transformer].",
)
@click.option(
    "--epochs",
    type=click.IntRange(min=1),
    help=f"[default: {SMALL_EPOCHS}; {ENCODER_EPOCHS} with --encoder]",
)
@click.option(
    "--learning-rate",
    type=click.FloatRange(min=0, min_open=True),
    help=f"The encoder's learning rate (the tag layer's is {HEAD_RATE_FACTOR:g} times it) "
    f"[default: {ENCODER_RATE:g}]; with --encoder only.",
)
@click.option(
    "--seed", type=int, default=0, show_default=True, help="The same seed, the same model."
)
@jobs_option(1, "Processes for scoring dev.")
@quiet_option("progress or figures")
@debug_option
@handle_errors
def train(
    train_path: Path,
    dev_path: Path,
    output: Path,
    base: str | None,
    encoder: str | None,
    epochs: int | None,
    learning_rate: float | None,
    seed: int,
    jobs: int,
    quiet: bool,
    debug: bool,
) -> None:
    """Train claimx's attribution on TRAIN and write a model folder to use with --model.

    TRAIN and DEV are gold in `claimx evaluate`'s format: a JSONL file, or a folder in brat
    standoff (PolNeAR's data/train and data/dev). After each epoch the model is scored on DEV;
    the best epoch (F1 at Jaccard 0.5) is kept. Ctrl-C stops and keeps the best so far.

    Without --encoder the tagger is a small network on the spaCy model's features; with it, a
    fine-tuned transformer (slower to train and to run, more accurate). Either way the folder is
    a complete spaCy pipeline, loaded offline by --model.
    """
    from claimx.learn.training import TrainSettings

    check_output(output, (train_path, dev_path), base)
    if encoder is not None:
        check_encoder(encoder)
    elif learning_rate is not None:
        raise click.UsageError("--learning-rate is for --encoder")
    epochs = epochs or (SMALL_EPOCHS if encoder is None else ENCODER_EPOCHS)
    reporter = Reporter(quiet=quiet, debug=debug)
    settings = TrainSettings(
        train_path, dev_path, output, base, epochs, seed, jobs, encoder, learning_rate
    )
    with outputs.locked([("-o", str(output))]):
        _train(settings, reporter)


def _train(settings: TrainSettings, reporter: Reporter) -> None:
    from claimx.learn.training import TrainEvents
    from claimx.learn.training import train as run_training

    train_path, dev_path, output = settings.train, settings.dev, settings.output
    epochs = settings.epochs
    tagger = "" if settings.encoder is None else f" (encoder {settings.encoder})"
    announced = f"Training on {train_path}{tagger}, {epochs} epochs, each scored on {dev_path}"

    def stage(name: str, total: int) -> None:
        # Said once both gold files have been read: a bad one gets its error line alone.
        nonlocal announced
        if announced:
            reporter.info(announced)
            announced = ""
        bar.stage(name, total)

    with stage_progress(reporter) as bar:
        events = TrainEvents(stage, bar.advance, lambda f: reporter.info(epoch_line(f)))
        result = run_training(settings, events)
    figures = result.meta["dev"]["figures"]
    reporter.info(
        f"Wrote {output} (epoch {result.best_epoch} of {len(result.epochs)}): "
        + figures_line(figures)
    )
    if result.interrupted:
        how = "Terminated" if result.terminated else "Interrupted"
        say(f"{how}: {output} holds the best epoch so far.")
        sys.exit(EXIT_TERMINATED if result.terminated else EXIT_INTERRUPTED)


def check_encoder(encoder: str) -> None:
    """The extra installed and the encoder's config found, before any gold is read."""
    from claimx.learn.encoder import check_encoder as check

    check(encoder)


def check_output(output: Path, inputs: tuple[Path, ...], base: str | None = None) -> None:
    """The gold and the base model are never written over (a usage error), and a folder is
    written over only if it is empty or a model ``claimx train`` wrote (then only the files it
    wrote are replaced): nothing else is lost to a mistyped -o."""
    for path in inputs:
        if (
            outputs.same_file(output, path)
            or outputs.is_inside(path, output)
            or (path.is_dir() and outputs.is_inside(output, path))
        ):
            raise click.UsageError(f"-o {output} would write over the gold {path}")
    base_folder = model_folder(base)
    if base_folder and (
        outputs.same_file(output, base_folder)
        or outputs.is_inside(output, base_folder)
        or outputs.is_inside(base_folder, output)
    ):
        raise click.UsageError(f"-o {output} would write over the base model {base_folder}")
    if output.exists() and any(output.iterdir()) and not _trained_by_claimx(output):
        raise ClaimxError(
            f"{output} exists and is not a model claimx trained", "give a new or empty folder"
        )


def _trained_by_claimx(folder: Path) -> bool:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(meta, dict) and "claimx" in meta


def epoch_line(figures: Any) -> str:
    mark = "  (best so far)" if figures.best else ""
    return (
        f"epoch {figures.epoch}: loss {figures.loss:.1f}; dev F1 {figures.f1:.3f} keeping learned "
        f"claims from confidence {figures.cutoff:.2f}; keeping all: {figures_line(figures.dev)}"
        f"{mark}"
    )


def figures_line(dev: dict[str, Any]) -> str:
    main = dev["thresholds"]["0.5"]
    return (
        f"F1 {main['f1']:.3f}, P {main['precision']:.3f}, R {main['recall']:.3f}, "
        f"source accuracy {dev['source_accuracy']:.3f}, end-to-end F1 {dev['end_to_end']['f1']:.3f}"
    )
