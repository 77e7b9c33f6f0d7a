"""``--resume``: reading back what an earlier run wrote (see ``claimx.outputs``)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from claimx.errors import ClaimxError
from claimx.output_files import open_output, resolve_target

# --- --resume: what an earlier run wrote ----------------------------------------------------

_RECORD_START = '{"schema_version": '
_RESUME_FIX = "--resume appends only to a file claimx extract wrote; choose another -o"


@dataclass
class ResumePoint:
    """What an earlier run of ``claimx extract -o FILE`` left in FILE."""

    done: dict[str, str] = field(default_factory=dict)  # input name: its text's SHA-256
    models: dict[tuple[str, str], str] = field(default_factory=dict)  # (name, version): where
    complete_end: int = 0  # bytes of complete records; a partial last record follows
    size: int = 0
    repeated: bool = False  # an input recorded twice: a redone input, the earlier one stale


def read_resume_point(output: str) -> ResumePoint:
    """Read FILE back for ``--resume``, changing nothing. Refused (ClaimxError, one line): a
    file that is not claimx's JSONL, a damaged line anywhere but at the end, a record of
    another schema version. A last line cut short is accepted if it is the start of a claimx
    record (``cut_partial_record`` removes it before the run appends)."""
    path = Path(os.path.realpath(output))
    if not path.exists():
        return ResumePoint()
    if not path.is_file():
        raise ClaimxError(f"{output}: not a regular file", "--resume reads FILE back: give a file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ClaimxError(f"{output}: cannot read ({error.strerror})", "check the path") from None
    point = ResumePoint(size=len(data))
    lines = data.split(b"\n")
    last = lines.pop()  # after the final newline: empty, or a line cut short
    offset = 0
    for number, raw in enumerate(lines, start=1):
        offset += len(raw) + 1
        if raw.strip():
            _add_record(point, raw, f"{output}:{number}", number == 1)
    point.complete_end = offset
    if last.strip():
        where = f"{output}:{len(lines) + 1}"
        try:
            _add_record(point, last, where, not lines)
            point.complete_end = len(data)  # complete, only its newline missing
        except ClaimxError:
            text = last.decode("utf-8", errors="replace").lstrip()
            if not (text.startswith(_RECORD_START) or _RECORD_START.startswith(text)):
                raise
    return point


def _add_record(point: ResumePoint, raw: bytes, where: str, first: bool) -> None:
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        reason = "not UTF-8" if isinstance(error, UnicodeDecodeError) else error.msg
        if first and raw.lstrip().startswith(b"["):
            reason = "a JSON array (--format json), not JSON lines"
        raise _not_a_record(where, f"not a JSON record: {reason}", first) from None
    from claimx.records import SCHEMA_VERSION

    problem = _record_problem(record)
    if problem:
        raise _not_a_record(where, problem, first)
    if record["schema_version"] != SCHEMA_VERSION:
        raise ClaimxError(
            f"{where}: a record of schema_version {record['schema_version']}, not "
            f"{SCHEMA_VERSION} (another claimx version)",
            "choose another -o",
        )
    name = record["input"]
    point.repeated = point.repeated or name in point.done
    point.done[name] = record["text_sha256"]
    model = record["model"]
    point.models.setdefault((str(model.get("name")), str(model.get("version"))), where)


def _record_problem(record: object) -> str:
    if not isinstance(record, dict):
        return "not a claimx record (not a JSON object)"
    wanted = {
        "schema_version": int,
        "input": str,
        "text_sha256": str,
        "model": dict,
        "claims": list,
    }
    missing = [key for key, kind in wanted.items() if not isinstance(record.get(key), kind)]
    return f"not a claimx record (no {', '.join(missing)})" if missing else ""


def _not_a_record(where: str, problem: str, first: bool) -> ClaimxError:
    if first:
        file = where.rsplit(":", 1)[0]
        return ClaimxError(f"{file}: not claimx output (line 1: {problem})", _RESUME_FIX)
    return ClaimxError(
        f"{where}: damaged ({problem})",
        "--resume cannot tell what was lost; repair or remove that line, or choose another -o",
    )


def cut_partial_record(output: str, point: ResumePoint) -> bool:
    """Remove a last record cut short by an interruption (checked by ``read_resume_point``),
    or end a complete last record with its newline, so that the run can append. True if a
    partial record was removed."""
    path = Path(os.path.realpath(output))
    if point.size == 0 or not path.exists() or path.stat().st_size != point.size:
        return False
    resolve_target(output)  # a read-only file is an error here, and stays as it was
    if point.complete_end < point.size:
        with path.open("r+b") as stream:
            stream.truncate(point.complete_end)
        return True
    with path.open("rb") as stream:
        stream.seek(-1, os.SEEK_END)
        ends = stream.read(1) == b"\n"
    if not ends:
        with path.open("ab") as stream:
            stream.write(b"\n")
    return False


def drop_superseded(output: str) -> int:
    """Keep only the last record of each input in the JSONL file (an input redone because its
    text changed is recorded twice), replacing the file whole. The number of records dropped."""
    path = Path(os.path.realpath(output))
    lines = path.read_bytes().splitlines(keepends=True)
    last: dict[str, int] = {}
    for index, line in enumerate(lines):
        with contextlib.suppress(ValueError, AttributeError, TypeError):
            last[json.loads(line)["input"]] = index
    kept = set(last.values())
    keep = [line for index, line in enumerate(lines) if index in kept or not line.strip()]
    dropped = len(lines) - len(keep)
    if dropped:
        with open_output(output, sys.stdout, streaming=False, binary=True) as stream:
            stream.write(b"".join(keep))
    return dropped


# How each kind of claimx output begins (JSONL records, a JSON array, the claims CSV, the
# speakers' CSV and JSON, --errors lines of extract and of evaluate, a table: its first rule).
_OUTPUT_STARTS = re.compile(
    r'\A\s*(?:\{"schema_version"|\{"input"|\{"article"|\[\s*(?:\]|\{\s*"(?:schema_version|speaker)")'
    r"|input,published,claim_id,|speaker,source_type,|\u2500{8})"
)


def written_by_claimx(path: str | Path) -> bool:
    """Does this file look like claimx output (so that writing over it loses nothing of the
    user's)? An empty file does too."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    if not head.strip() or head.startswith(b"PAR1"):
        return True
    text = head.decode("utf-8", errors="replace")
    return bool(_OUTPUT_STARTS.match(text)) or '<meta name="generator" content="claimx' in text
