"""The rules an ``claimx extract`` run is checked by before it writes anything: no output may
be something the run reads, ``--resume`` goes with a JSONL file of the same model, and a Dask
run writes a folder of parts. Each broken rule is a ``UsageError`` (exit 2) or a
``ClaimxError`` that says what to do."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from claimx import outputs
from claimx.errors import ClaimxError, UsageError
from claimx.inputs import STDIN_NAME
from claimx.render.formats import OUTPUT_FORMATS, output_format

if TYPE_CHECKING:
    from claimx.nlp import Pipeline
    from claimx.run import OutputChoices


def check_not_inputs(
    paths: tuple[str, ...] | list[str],
    written: list[tuple[str, str | None]],
    folders_read: tuple[str | None, ...] = (),
) -> None:
    """No output may be something the command reads: a usage error, before anything is
    written. ``paths``: what is read (files, folders, ``-`` for stdin); ``written``: option and
    path of each output (``-`` is stdout); ``folders_read``: folders read whole (a brat gold
    folder, a model), inside which no output may go. Files are compared as the system sees
    them (device and inode: links, hard links, other spellings, ``/dev/stdout``); no two
    outputs may be one file either."""
    targets = [(option, target) for option, target in written if target]
    identities = [outputs.output_identity(target) for _, target in targets]
    for (option, target), identity in zip(targets, identities, strict=True):
        if target != STDIN_NAME and outputs.stream_fd(target) == 0:
            raise UsageError(f"{option} {target} is standard input, which is read")
        for path in paths:
            if outputs.input_identity(path) == identity:
                shown = "standard input (-)" if path == STDIN_NAME else path
                where = "standard output" if target == STDIN_NAME else f"{option} file"
                raise UsageError(f"{shown} is both an input and the {where}")
        is_file = target != STDIN_NAME and outputs.stream_fd(target) is None
        for folder in filter(None, folders_read):
            if is_file and (outputs.is_inside(target, folder) or outputs.same_file(target, folder)):
                raise UsageError(f"{option} {target} is inside {folder}, which is read")
    for index, (option, target) in enumerate(targets):
        for other_option, other in targets[index + 1 :]:
            if outputs.output_identity(other) == identities[index]:
                same = "stream" if STDIN_NAME in (target, other) else "file"
                raise UsageError(f"{option} and {other_option} name the same {same}")


def model_folder(model: str | None) -> str | None:
    """The folder a model is read from (--model, else CLAIMX_MODEL), if it is a folder."""
    chosen = model or os.environ.get("CLAIMX_MODEL")
    return chosen if chosen and os.path.isdir(chosen) else None


def check_resume(output: OutputChoices, format_name: str) -> None:
    if output.resume_any_model and not output.resume:
        raise UsageError("--resume-any-model goes with --resume")
    if not output.resume:
        return
    if output.output == STDIN_NAME or not output_format(format_name).streams:
        raise UsageError("--resume needs -o FILE with the jsonl format")
    if outputs.stream_fd(output.output) is not None:
        raise UsageError(f"--resume reads -o back: {output.output} is a stream, not a file")


def check_resumed_model(
    output: OutputChoices, point: outputs.ResumePoint, pipeline: Pipeline
) -> None:
    """A resumed file holds one model's records, unless --resume-any-model."""
    if output.resume_any_model:
        return
    ours = (pipeline.model_name, pipeline.model_version)
    for (name, version), where in point.models.items():
        if (name, version) != ours:
            raise ClaimxError(
                f"{where}: a record of model {name} {version}, not {ours[0]} {ours[1]}",
                "resume with that --model, add --resume-any-model to mix models in one file, "
                "or choose another -o",
            )


# A folder of part files is not one file: -o claims.json would be a folder called claims.json.
# (A folder of Parquet parts called NAME.parquet is a dataset as Spark and Dask write them.)
_SINGLE_FILE_SUFFIXES = {
    extension for f in OUTPUT_FORMATS if f.name != "parquet" for extension in f.extensions
}


def check_dask_folder(paths: tuple[str, ...], output: OutputChoices, model: str | None) -> None:
    """-o is a folder of parts: not a name with a single file's extension, not an input, nor
    a folder holding one."""
    folder = output.output
    suffix = Path(folder.rstrip("/")).suffix.lower()
    if suffix in _SINGLE_FILE_SUFFIXES and not os.path.isdir(folder):
        stem = Path(folder.rstrip("/")).with_suffix("")
        raise UsageError(
            f"--engine dask writes a folder of part files, not one {suffix} file: "
            f"give -o a folder name such as {stem}/ (or drop --engine dask for one file)"
        )
    if outputs.stream_fd(folder) is not None:
        raise UsageError("--engine dask needs -o FOLDER (the workers write part files)")
    if "://" in folder:
        return
    written = [("-o", folder), ("--errors", output.errors_path)]
    check_not_inputs(paths, written, (model_folder(model),))
    for path in paths:
        if (
            path != STDIN_NAME
            and "://" not in path
            and (outputs.is_inside(path, folder) or outputs.same_file(path, folder))
        ):
            raise UsageError(f"{path} is an input inside the -o folder {folder}")
