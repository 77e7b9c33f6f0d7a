"""The small commands: ``info``, ``evaluate`` and ``schema``."""

from __future__ import annotations

import json
import platform
import sys
from importlib.metadata import version
from pathlib import Path

import click

from claimx import __version__, outputs
from claimx.cli.exits import handle_errors
from claimx.cli.options import (
    check_not_inputs,
    debug_option,
    jobs_option,
    load_model,
    model_folder,
    model_option,
    quiet_option,
)
from claimx.console import EXIT_FAILED, TABLE_WIDTH, Reporter, progress, say
from claimx.terminal import inert


@click.command()
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@debug_option
@handle_errors
def info(model: str | None, as_json: bool, debug: bool) -> None:
    """Print claimx, Python, spaCy and model versions and the pipeline's components."""
    from claimx.nlp import load_pipeline, resolve_model

    choice = resolve_model(model)
    pipeline = load_pipeline(model)
    details = {
        "claimx": __version__,
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "model": pipeline.model_name,
        "model_version": pipeline.model_version or None,
        "model_chosen_by": choice.reason,
        "rule_only": pipeline.rule_only,
        "components": list(pipeline.nlp.pipe_names),
    }
    if as_json:
        click.echo(json.dumps(details, indent=2))
        return
    for warning in pipeline.warnings:
        say(f"Warning: {warning}")
    for key, value in details.items():
        shown = ", ".join(value) if isinstance(value, list) else value
        click.echo(inert(f"{key + ':':<17}{'—' if shown is None else shown}"))


@click.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(("auto", "table", "json")),
    default="auto",
    show_default=True,
    help="auto: a table on a terminal, JSON otherwise.",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write misses, false alarms and wrong sources (JSONL, with their sentence) to FILE.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N gold articles.")
@model_option
@jobs_option(1, "Worker processes.")
@quiet_option("progress or warnings")
@debug_option
@handle_errors
def evaluate(
    gold: Path,
    format_name: str,
    errors_path: Path | None,
    limit: int | None,
    model: str | None,
    jobs: int,
    quiet: bool,
    debug: bool,
) -> None:
    """Score claim extraction against GOLD: a JSONL file of annotated articles, or a folder
    in brat standoff (NAME.txt beside NAME.ann; or PolNeAR's text/ and attributions/).

    Each line: {"id", "text", "claims": [{"source_span", "cue", "cue_span", "content_span",
    "content_fragments"}...], "meta": {"publication_date"}}. Prints precision, recall and F1 of
    content matches at Jaccard thresholds any/0.5/0.9, on all claims and on the speech-cue
    subset, then source and cue accuracy and end-to-end F1 at 0.5.
    """
    from claimx.core import RunConfig
    from claimx.evaluate import evaluate_articles
    from claimx.gold import read_gold

    reporter = Reporter(quiet=quiet, debug=debug)
    errors_file = str(errors_path) if errors_path else None
    # The gold is never written over: --errors naming it (or a file in a brat gold folder, or
    # in the model's folder) is a usage error.
    gold_folder = str(gold) if gold.is_dir() else None
    written = [("--errors", errors_file)]
    check_not_inputs([str(gold)], written, (gold_folder, model_folder(model)))
    unwritten: list[str] = []

    def errors_failed(line: str) -> None:
        reporter.error(line)
        unwritten.append(line)

    with outputs.locked(written):
        golds = list(read_gold(gold))[:limit]
        load_model(model, reporter)  # here, with its warnings, before the progress bar
        with (
            outputs.open_error_file(errors_file, sys.stdout, errors_failed) as error_stream,
            progress(len(golds), reporter) as bar,
        ):
            from claimx.batch import UNUSED_BY_CLAIMS_ONLY

            config = RunConfig(model, UNUSED_BY_CLAIMS_ONLY, debug=debug)
            scores = evaluate_articles(
                golds, config, jobs, reporter.error, bar.advance, error_stream
            )
    if format_name == "json" or (format_name == "auto" and not sys.stdout.isatty()):
        click.echo(json.dumps(scores, indent=2))
    else:
        from claimx.render.evaluation import render_scores

        render_scores(sys.stdout, scores, width=None if sys.stdout.isatty() else TABLE_WIDTH)
    if unwritten:
        sys.exit(EXIT_FAILED)


@click.command()
@handle_errors
def schema() -> None:
    """Print the JSON Schema of one article object of `claimx extract`."""
    from claimx.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))
