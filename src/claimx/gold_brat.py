"""Gold attributions in brat standoff, as PolNeAR publishes them and as annotators' tools save
them: a folder of ``NAME.txt`` texts, each with ``NAME.ann`` annotations beside it, or
PolNeAR's layout of ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``.

An ``.ann`` file's ``T`` lines are text-bound spans (``T3<TAB>Content 10 20;25 40<TAB>words``:
a discontinuous span lists its fragments), its ``E`` lines the attributions that tie a
source, a cue and a content together (``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``).
Where several annotators annotated a text, the lowest annotator id is read (as PolNeAR's own
JSONL export does). Each attribution becomes a claim in the JSONL gold format, so that
``claimx evaluate`` (and training) read both alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimx.errors import ClaimxError

ROLES = ("Source", "Cue", "Content")
_DATE_IN_NAME = re.compile(r"(?:^|_)(\d{4}-\d{2}-\d{2})(?:_|$)")


@dataclass(frozen=True)
class TextBound:
    kind: str
    fragments: tuple[tuple[int, int], ...]


def brat_documents(folder: Path) -> Iterator[tuple[str, Path, Path | None]]:
    """(id, text file, annotation file or None) for each text, sorted by name."""
    texts_folder, annotations_folder = folder / "text", folder / "attributions"
    polnear = texts_folder.is_dir() and annotations_folder.is_dir()
    texts = sorted((texts_folder if polnear else folder).glob("*.txt"))
    if not texts:
        raise ClaimxError(
            f"{folder}: no .txt files (brat standoff: NAME.txt beside NAME.ann, or "
            "text/NAME.txt with attributions/NAME_ANNOTATOR.ann)",
            "point at the folder that holds them",
        )
    for text in texts:
        if polnear:
            candidates = sorted(annotations_folder.glob(f"{text.stem}_*.ann"))
            candidates += [annotations_folder / f"{text.stem}.ann"]
        else:
            candidates = [text.with_suffix(".ann")]
        found = next((c for c in candidates if c.is_file()), None)
        yield text.stem, text, found


def read_brat_article(name: str, text_path: Path, ann_path: Path | None) -> dict[str, Any]:
    """One article as a gold JSONL row: ``{"id", "text", "claims", "meta"}``."""
    # newline="": brat offsets count every character of the file, a "\r" included.
    with text_path.open(encoding="utf-8", newline="") as stream:
        text = stream.read()
    claims = _claims(text, ann_path) if ann_path else []
    date = _DATE_IN_NAME.search(name)
    meta = {"publication_date": date.group(1) if date else None, "annotations": str(ann_path)}
    return {"id": name, "text": text, "claims": claims, "meta": meta}


def _claims(text: str, ann_path: Path) -> list[dict[str, Any]]:
    spans: dict[str, TextBound] = {}
    events: list[tuple[int, str]] = []
    with ann_path.open(encoding="utf-8", newline="") as stream:
        for number, line in enumerate(stream, start=1):
            line = line.rstrip("\r\n")
            if line.startswith("T"):
                identifier, bound = _text_bound(line, ann_path, number, len(text))
                spans[identifier] = bound
            elif line.startswith("E"):
                events.append((number, line))
    return [
        claim
        for number, line in events
        if (claim := _claim(line, spans, text, f"{ann_path}:{number}")) is not None
    ]


def _text_bound(line: str, path: Path, number: int, length: int) -> tuple[str, TextBound]:
    where = f"{path}:{number}"
    try:
        identifier, annotation = line.split("\t")[:2]
        kind, _, offsets = annotation.partition(" ")
        fragments = tuple(
            (int(start), int(end)) for start, end in (piece.split() for piece in offsets.split(";"))
        )
    except ValueError:
        raise ClaimxError(
            f"{where}: not a brat text-bound line (T<n> TAB Type start end TAB text)",
            "fix the annotation file",
        ) from None
    for start, end in fragments:
        if not 0 <= start <= end <= length:
            raise ClaimxError(
                f"{where}: span {start}-{end} is outside the text ({length} characters)",
                "fix the annotation file (offsets count characters of the .txt file)",
            )
    return identifier, TextBound(kind, fragments)


def _claim(line: str, spans: dict[str, TextBound], text: str, where: str) -> dict[str, Any] | None:
    """An attribution event as a claim (None for events of another kind)."""
    fields = line.split("\t")
    if len(fields) < 2 or not fields[1].startswith("Attribution"):
        return None
    roles: dict[str, TextBound] = {}
    for argument in fields[1].split()[1:]:
        role, _, identifier = argument.partition(":")
        role = role.rstrip("0123456789")  # brat numbers repeated roles: Content2
        if role in ROLES and identifier in spans and role not in roles:
            roles[role] = spans[identifier]
    if "Content" not in roles:
        raise ClaimxError(f"{where}: an attribution without a content", "fix the annotation file")
    content = sorted(roles["Content"].fragments)
    source, cue = roles.get("Source"), roles.get("Cue")
    return {
        "source": _words(text, source),
        "source_span": _outer(source),
        "cue": _words(text, cue),
        "cue_span": _outer(cue),
        "content": text[content[0][0] : content[-1][1]],
        "content_span": [content[0][0], content[-1][1]],
        "content_fragments": [list(fragment) for fragment in content],
    }


def _outer(bound: TextBound | None) -> list[int] | None:
    if bound is None:
        return None
    return [min(s for s, _ in bound.fragments), max(e for _, e in bound.fragments)]


def _words(text: str, bound: TextBound | None) -> str | None:
    span = _outer(bound)
    return text[span[0] : span[1]] if span else None
