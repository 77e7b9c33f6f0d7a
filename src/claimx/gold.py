"""Gold attributions: the annotated articles that ``claimx evaluate`` scores against.

One JSONL line per article, ``{"id", "text", "claims": [{"source_span", "cue", "cue_span",
"content_span", "content_fragments"}...], "meta": {"publication_date"}}``, spans as ``[start,
end)`` character offsets; or a folder in brat standoff, read by ``gold_brat``. Every span is
checked when the gold is read: a bad one is one error naming the line (or file), the claim
and the field. Standard library only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimx.errors import ClaimxError


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    published: str | None
    claims: tuple[dict[str, Any], ...]


def read_gold(path: Path) -> Iterator[GoldArticle]:
    """Gold articles from a JSONL file, or from a folder in brat standoff (``gold_brat``); a
    malformed line is an error naming the line."""
    if path.is_dir():
        yield from _brat_gold(path)
        return
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ClaimxError(f"{path}: cannot read ({error.strerror})", "check the path") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            meta = row.get("meta") or {}
            article = GoldArticle(
                id=str(row["id"]),
                text=row["text"],
                published=meta.get("publication_date"),
                claims=tuple(row.get("claims") or ()),
            )
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
            raise ClaimxError(
                f"{path}:{number}: not a gold article ({type(error).__name__}: {error})",
                "each line needs an id, a text and a list of claims",
            ) from None
        problem = gold_problem(article)
        if problem is not None:
            raise ClaimxError(f"{path}:{number}: {problem}", "fix the gold file")
        yield article


def _brat_gold(folder: Path) -> Iterator[GoldArticle]:
    from claimx.gold_brat import brat_documents, read_brat_article

    for name, text_path, ann_path in brat_documents(folder):
        row = read_brat_article(name, text_path, ann_path)
        article = GoldArticle(
            id=row["id"],
            text=row["text"],
            published=row["meta"]["publication_date"],
            claims=tuple(row["claims"]),
        )
        problem = gold_problem(article)
        if problem is not None:
            raise ClaimxError(f"{ann_path}: {problem}", "fix the annotation file")
        yield article


def gold_problem(article: GoldArticle) -> str | None:
    """What makes an article's gold claims unusable (a span missing, or outside the text)."""
    if not isinstance(article.text, str):
        return "'text' is not a string"
    for index, claim in enumerate(article.claims, start=1):
        if not isinstance(claim, dict):
            return f"claim {index} is not an object"
        # A cue or a source may be absent (PolNeAR marks a few attributions with neither), but
        # only as null: a key left out is a malformed file.
        fields: list[tuple[str, object]] = []
        for optional in ("cue_span", "source_span"):
            if optional not in claim:
                return f"claim {index}: '{optional}' is missing (null if there is none)"
            if claim[optional] is not None:
                fields.append((optional, claim[optional]))
        if claim.get("content_fragments"):
            fields += [("content_fragments", f) for f in claim["content_fragments"]]
        else:
            fields.append(("content_span", claim.get("content_span")))
        for name, span in fields:
            problem = _span_problem(span, len(article.text))
            if problem is not None:
                return f"claim {index}: '{name}' {problem}"
    return None


def _span_problem(span: object, length: int) -> str | None:
    if span is None:
        return "is missing"
    if not (
        isinstance(span, list | tuple)
        and len(span) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
    ):
        return f"is not a [start, end] pair of integers ({json.dumps(span)[:40]})"
    start, end = span
    if not 0 <= start <= end <= length:
        return f"{list(span)} is outside the text ({length} characters) or reversed"
    return None
