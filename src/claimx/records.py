"""The records of claimx's output (TypedDicts), and the conversion from results to JSON-safe
dicts; ``schema`` prints them as JSON Schema.

Adding a field keeps ``SCHEMA_VERSION``; renaming or removing one bumps it.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable
from typing import Any, NotRequired, TypedDict, cast

from claimx.claim_fields import CLAIM_FIELDS, ClaimContext, span_record
from claimx.claims import ArticleResult, Claim, Mention, TextSpan
from claimx.kinds import ClaimKind, PublishedSource, SourceType
from claimx.mentions import MENTION_KINDS, SENTENCE, MentionKind

SCHEMA_VERSION = 1


class SpanRecord(TypedDict):
    text: str
    start_char: int
    end_char: int


class SentenceRecord(SpanRecord):
    id: int
    heading: bool


# An entity, date, money figure or percentage: {"id", "text", "start_char", "end_char", and
# the fields of its kind (mentions.MentionKind) in order}.
MentionRecord = dict[str, Any]


class CueRecord(SpanRecord):
    lemma: str


class SourceRecord(SpanRecord):
    name: str | None
    role: str | None
    organization: str | None
    resolved_from: SpanRecord | None


class MentionsRecord(TypedDict):
    """Ids of the items found inside a claim's content, by kind (one key per MentionKind)."""

    entities: list[str]
    dates: list[str]
    money: list[str]
    percentages: list[str]


class ClaimRecord(TypedDict):
    """A claim's record: the keys of ``claim_fields.CLAIM_FIELDS``, in its order."""

    id: str
    sentence: int
    kind: ClaimKind
    source: SourceRecord | None
    source_type: SourceType
    cue: CueRecord
    content: SpanRecord
    content_fragments: list[SpanRecord]
    rule: str
    confidence: float
    mentions: MentionsRecord


class ModelRecord(TypedDict):
    name: str
    version: str
    rule_only: bool


class ArticleRecord(TypedDict):
    schema_version: int
    input: str
    published: str | None
    published_source: PublishedSource | None
    encoding: str
    title: str | None  # what a web page says about itself (null for plain text)
    url: str | None
    author: str | None
    site_name: str | None
    language: str | None
    metadata: dict[str, object]
    model: ModelRecord
    text_length: int
    text_sha256: str
    text: NotRequired[str]  # HTML and WARC inputs, and --include-text
    sentences: list[SentenceRecord]
    entities: list[MentionRecord]  # the lists of mentions.MENTION_KINDS, in its order
    dates: list[MentionRecord]
    money: list[MentionRecord]
    percentages: list[MentionRecord]
    claims: list[ClaimRecord]


def to_record(result: ArticleResult) -> ArticleRecord:
    indexes = {
        kind.key: _SpanIndex(kind.prefix, result.mentions[kind.key]) for kind in MENTION_KINDS
    }
    record: dict[str, object] = {
        "schema_version": SCHEMA_VERSION,
        "input": result.input,
        "published": result.published,
        "published_source": result.published_source,
        "encoding": result.encoding,
        "title": result.page.title,
        "url": result.page.url,
        "author": result.page.author,
        "site_name": result.page.site_name,
        "language": result.page.language,
        "metadata": dict(result.metadata),
        "model": {
            "name": result.model.name,
            "version": result.model.version,
            "rule_only": result.model.rule_only,
        },
        "text_length": result.text_length,
        "text_sha256": result.text_sha256,
        **({"text": result.text} if result.text is not None else {}),
        "sentences": [
            {"id": i, **span_record(s.span), "heading": s.heading}
            for i, s in enumerate(result.sentences)
        ],
    }
    for kind in MENTION_KINDS:
        record[kind.key] = [
            mention_record(kind, i, m) for i, m in enumerate(result.mentions[kind.key])
        ]
    record["claims"] = [_claim(i, c, indexes) for i, c in enumerate(result.claims)]
    return cast(ArticleRecord, record)


def mention_record(kind: MentionKind, index: int, mention: Mention) -> MentionRecord:
    """{"id", "text", "start_char", "end_char", then the kind's fields in its order}."""
    values = dict(mention.values)
    record: MentionRecord = {"id": f"{kind.prefix}{index}", **span_record(mention.span)}
    for field in kind.fields:
        record[field.name] = (
            mention.sentence if field.name == SENTENCE else _json_value(values[field.name])
        )
    return record


def _json_value(value: object) -> object:
    """A value JSON can hold: an infinite or NaN number (a percentage of 400 nines overflows a
    float) is null, so that every output parses with a strict JSON reader."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class _SpanIndex:
    """The items of one list (entities, dates...) sorted by start, to find those inside a range
    by bisection: an article's claims times its items would be quadratic (15.9 million checks
    on a 400 KB article)."""

    def __init__(self, prefix: str, mentions: Iterable[Mention]) -> None:
        spans = (mention.span for mention in mentions)
        ordered = sorted((s.start_char, s.end_char, i) for i, s in enumerate(spans))
        self.prefix = prefix
        self.starts = [start for start, _, _ in ordered]
        self.items = ordered

    def inside(self, fragments: Iterable[TextSpan]) -> list[str]:
        found: set[int] = set()
        for fragment in fragments:
            first = bisect.bisect_left(self.starts, fragment.start_char)
            last = bisect.bisect_left(self.starts, fragment.end_char)
            found.update(i for _, end, i in self.items[first:last] if end <= fragment.end_char)
        return [f"{self.prefix}{i}" for i in sorted(found)]


def _claim(index: int, claim: Claim, indexes: dict[str, _SpanIndex]) -> ClaimRecord:
    """The claim's record, field by field (``claim_fields.CLAIM_FIELDS``)."""

    def mentions(fragments: tuple[TextSpan, ...]) -> dict[str, list[str]]:
        """The ids of entities, dates, money figures and percentages inside the content."""
        return {key: found.inside(fragments) for key, found in indexes.items()}

    context = ClaimContext(index, mentions)
    record = {field.name: field.record_value(claim, context) for field in CLAIM_FIELDS}
    return cast(ClaimRecord, record)
