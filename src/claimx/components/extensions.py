"""The custom attributes claimx reads and writes. Every value is plain data (msgpack-safe), so
Docs keep them through ``DocBin``, ``Doc.to_bytes`` and ``nlp.pipe(n_process=...)``."""

from __future__ import annotations

from typing import TypedDict

from spacy.tokens import Doc, Span

from claimx.kinds import ClaimKind, SourceType
from claimx.mentions import (
    DATE_EXTENSION,
    DATES_GROUP,
    MONEY_EXTENSION,
    MONEY_GROUP,
    PERCENT_EXTENSION,
    PERCENTAGES_GROUP,
)

# Set on the Doc before the pipeline runs (see claimx.nlp.make_doc).
PUBLISHED = "claimx_published"  # ISO date string of the article's publication, or None
HEADER_END = "claimx_header_end"  # character offset where the metadata header ends
KNOWN_HEADINGS = "claimx_known_headings"  # [[start, end], ...]: headings the input marked (HTML)
# Set by the components.
CLAIMS = "claimx_claims"  # list of claim dicts, character offsets (see attribution.py)
DATE_VALUE = DATE_EXTENSION  # on spans in doc.spans[DATES_KEY]: the mention kinds' own names
MONEY_VALUE = MONEY_EXTENSION  # on spans in doc.spans[MONEY_KEY]
PERCENT_VALUE = PERCENT_EXTENSION  # on spans in doc.spans[PERCENTAGES_KEY]
WARNINGS = "claimx_warnings"  # list of strings: a cap on the work done was hit, and where

HEADINGS_KEY = "claimx_headings"
DATES_KEY = DATES_GROUP
MONEY_KEY = MONEY_GROUP
PERCENTAGES_KEY = PERCENTAGES_GROUP
CUES_KEY = "claimx_cues"
SOURCES_KEY = "claimx_sources"
CONTENTS_KEY = "claimx_contents"
ROLES_KEY = "claimx_roles"  # claimx.learn.roles: learned SOURCE / CUE / CONTENT spans
ROLES_CONFIDENCE = "confidence"  # its group's attrs: each span's confidence, in order
ROLES_THRESHOLD = "min_claim_confidence"  # and the least confidence a learned claim needs


class ClaimData(TypedDict):
    """One claim as stored in ``doc._.claimx_claims``: character offsets, plain data."""

    cue: list[int]  # [start, end)
    cue_lemma: str
    source: list[int] | None
    source_type: SourceType
    source_name: str | None  # the person or organisation the source refers to
    source_role: str | None
    source_organization: str | None
    source_resolved_from: list[int] | None  # the full mention a pronoun stands for
    content: list[list[int]]  # fragments, in text order
    kind: ClaimKind
    rule: str  # the rule that found it
    confidence: float  # how likely it is right (claimx.confidence)


def register_extensions() -> None:
    """Register the extensions once; safe to call again."""
    for name, default in (
        (PUBLISHED, None),
        (HEADER_END, 0),
        (KNOWN_HEADINGS, None),
        (CLAIMS, None),
        (WARNINGS, None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in (DATE_VALUE, MONEY_VALUE, PERCENT_VALUE):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
