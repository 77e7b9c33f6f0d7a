"""An article's text cut into pieces, each with the marks that cover it, for the HTML report.

Claims overlap (a quotation's content holds another claim's source; two claims share a cue), so
marks cannot be one flat layer of elements. The text is cut at every mark's start and end;
each piece is then wrapped in one element per mark covering it, outermost first (headings,
then contents, cues, sources), and a mark's text is its pieces' text in order. A sweep over
the sorted boundaries keeps this linear in marks plus pieces.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimx.records import ArticleRecord

ROLES = ("source", "cue", "content")
_NESTING = {"heading": 0, "content": 1, "cue": 2, "source": 3}  # outermost first


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    role: str  # heading, or one of ROLES
    claim: str | None = None  # the claim's id (None for headings)
    order: int = 0  # the claim's index, for a stable nesting

    @property
    def rank(self) -> tuple[int, int]:
        return (_NESTING[self.role], self.order)


@dataclass
class Piece:
    text: str
    marks: list[Mark]
    numbers: list[tuple[str, int]] = field(default_factory=list)  # claims whose content opens here


def article_marks(record: ArticleRecord) -> list[Mark]:
    """Headings, and every claim's source, cue and content fragments."""
    marks = [
        Mark(s["start_char"], s["end_char"], "heading") for s in record["sentences"] if s["heading"]
    ]
    for order, claim in enumerate(record["claims"]):
        spans = [("cue", claim["cue"])] + [("content", f) for f in claim["content_fragments"]]
        if claim["source"] is not None:
            spans.append(("source", claim["source"]))
        for role, span in spans:
            if span["end_char"] > span["start_char"]:
                marks.append(Mark(span["start_char"], span["end_char"], role, claim["id"], order))
    return marks


def cut(text: str, marks: Iterable[Mark]) -> list[Piece]:
    """The text as pieces, each with its covering marks outermost first; a claim's number
    goes on the piece where its first content fragment starts."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    openings: dict[int, list[Mark]] = {}
    for mark in marks:
        openings.setdefault(mark.start, []).append(mark)
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    first_content = _first_content_starts(marks)
    pieces: list[Piece] = []
    active: list[Mark] = []
    for start, end in itertools.pairwise(bounds):
        active = [m for m in active if m.end > start] + openings.get(start, [])
        active.sort(key=lambda m: m.rank)
        numbers = [(claim, order + 1) for claim, order in first_content.get(start, [])]
        pieces.append(Piece(text[start:end], list(active), numbers))
    return pieces


def _first_content_starts(marks: list[Mark]) -> dict[int, list[tuple[str, int]]]:
    first: dict[str, Mark] = {}
    for mark in marks:
        if mark.role == "content" and mark.claim is not None:
            known = first.get(mark.claim)
            if known is None or mark.start < known.start:
                first[mark.claim] = mark
    starts: dict[int, list[tuple[str, int]]] = {}
    for claim, mark in sorted(first.items(), key=lambda item: item[1].order):
        starts.setdefault(mark.start, []).append((claim, mark.order))
    return starts
