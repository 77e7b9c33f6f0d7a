"""Read a processed Doc into frozen dataclasses. No spaCy object leaves this module."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimx.claim_fields import CLAIM_FIELDS
from claimx.inputs import Article, PageInfo
from claimx.kinds import ClaimKind, SourceType
from claimx.mentions import MENTION_KINDS, MentionKind
from claimx.textview import TextView, text_view

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span

    from claimx.components.extensions import ClaimData


@dataclass(frozen=True)
class TextSpan:
    """Exact offsets into the decoded input: ``text[start_char:end_char] == self.text``."""

    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Sentence:
    span: TextSpan
    heading: bool


@dataclass(frozen=True)
class Mention:
    """An entity, date, money figure or percentage: its span, its sentence, and the values its
    kind (``mentions.MentionKind``) describes, in the kind's order."""

    span: TextSpan
    sentence: int
    values: tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class Source:
    """Who made a claim: the span as written, and who it refers to."""

    span: TextSpan
    name: str | None
    role: str | None
    organization: str | None
    resolved_from: TextSpan | None  # the full mention a pronoun or short reference stands for


@dataclass(frozen=True)
class Claim:
    sentence: int  # the sentence of the cue
    kind: ClaimKind
    source: Source | None
    source_type: SourceType
    cue: TextSpan
    cue_lemma: str
    content: TextSpan  # from the first fragment's start to the last one's end
    fragments: tuple[TextSpan, ...]
    rule: str
    confidence: float
    # The plain values of the claim fields that declare ``read`` (claim_fields), in order.
    values: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str
    rule_only: bool


@dataclass(frozen=True)
class ArticleResult:
    input: str
    published: str | None
    published_source: str | None
    encoding: str
    metadata: dict[str, object]
    model: ModelInfo
    page: PageInfo
    text_length: int
    text_sha256: str  # of the UTF-8 text: `claimx report` checks a file on disk is the same text
    sentences: tuple[Sentence, ...]
    mentions: dict[str, tuple[Mention, ...]]  # by MentionKind.key, in MENTION_KINDS' order
    claims: tuple[Claim, ...]
    text: str | None = None  # the text itself, when the record carries it (HTML, --include-text)


def read_doc(doc: Doc, article: Article, model: ModelInfo) -> ArticleResult:
    """Everything claimx found in one processed article. The Doc holds the article's normalised
    view (``claimx.textview``): every offset is mapped back to the article's own text here."""
    from claimx.components.doctext import doc_text
    from claimx.components.extensions import CLAIMS, HEADINGS_KEY

    text = article.text
    view = text_view(text)
    if doc_text(doc) != view.text:
        raise ValueError("the Doc's text is not the article's (normalised) text")
    sentences = _sentences(doc, view, doc.spans.get(HEADINGS_KEY, []))
    index = _SentenceIndex(sentences)
    return ArticleResult(
        input=article.name,
        published=article.published.isoformat() if article.published else None,
        published_source=article.published_source,
        encoding=article.encoding,
        metadata=article.metadata,
        model=model,
        page=article.page,
        text_length=len(text),
        text_sha256=text_digest(text),
        sentences=sentences,
        mentions={kind.key: _mentions(doc, view, kind, index) for kind in MENTION_KINDS},
        claims=tuple(_claim(view, data, index) for data in (doc._.get(CLAIMS) or [])),
    )


def text_digest(text: str) -> str:
    """The SHA-256 of the text as UTF-8 (lone surrogates, which a record cannot hold anyway,
    escaped), in hex: a record names the exact text its offsets point into."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _mentions(
    doc: Doc, view: TextView, kind: MentionKind, index: _SentenceIndex
) -> tuple[Mention, ...]:
    """The mentions of one kind: the entities of ``doc.ents`` (their value is the label), or a
    span group with each span's value dict in the kind's extension."""
    if kind.span_group is None:
        spans: Iterable[Span] = doc.ents
    else:
        spans = doc.spans.get(kind.span_group, [])
    found = []
    for span in spans:
        stored = {"label": span.label_} if kind.extension is None else span._.get(kind.extension)
        mapped = _text_span(view, span.start_char, span.end_char)
        found.append(Mention(mapped, index.of(mapped.start_char), kind.values(stored or {})))
    return tuple(found)


def merge_parts(article: Article, parts: list[tuple[int, ArticleResult]]) -> ArticleResult:
    """One result for an article processed in chunks: each part's offsets shifted by where the
    chunk starts, sentence indices rebased, so offsets stay exact for the whole text."""
    first = parts[0][1]
    sentences: list[Sentence] = []
    mentions: dict[str, list[Mention]] = {kind.key: [] for kind in MENTION_KINDS}
    claims: list[Claim] = []
    for offset, part in parts:
        base = len(sentences)
        sentences += [replace(s, span=_shift(s.span, offset)) for s in part.sentences]
        for key, found in part.mentions.items():
            mentions[key] += [
                replace(m, span=_shift(m.span, offset), sentence=m.sentence + base) for m in found
            ]
        claims += [_shift_claim(c, offset, base) for c in part.claims]
    return replace(
        first,
        input=article.name,
        text_length=len(article.text),
        text_sha256=text_digest(article.text),
        sentences=tuple(sentences),
        mentions={key: tuple(found) for key, found in mentions.items()},
        claims=tuple(claims),
    )


def _shift(span: TextSpan, offset: int) -> TextSpan:
    return TextSpan(span.text, span.start_char + offset, span.end_char + offset)


def _shift_source(source: Source, offset: int) -> Source:
    resolved = source.resolved_from
    return replace(
        source,
        span=_shift(source.span, offset),
        resolved_from=_shift(resolved, offset) if resolved else None,
    )


def _shift_claim(claim: Claim, offset: int, base: int) -> Claim:
    return replace(
        claim,
        sentence=claim.sentence + base,
        source=_shift_source(claim.source, offset) if claim.source else None,
        cue=_shift(claim.cue, offset),
        content=_shift(claim.content, offset),
        fragments=tuple(_shift(f, offset) for f in claim.fragments),
    )


def _text_span(view: TextView, start: int, end: int) -> TextSpan:
    """The span of the view's ``[start, end)``, in the article's own text and offsets."""
    start, end = view.to_original(start, end)
    return TextSpan(view.original[start:end], start, end)


def _sentences(doc: Doc, view: TextView, headings: Iterable[Span]) -> tuple[Sentence, ...]:
    heading_starts = {span.start_char for span in headings}
    found = []
    for sent in doc.sents:
        start, end = _strip(view.text, sent.start_char, sent.end_char)
        if end > start:
            found.append(Sentence(_text_span(view, start, end), start in heading_starts))
    return tuple(found)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _SentenceIndex:
    """Which sentence a character offset (of the article's text) falls in."""

    def __init__(self, sentences: tuple[Sentence, ...]) -> None:
        self._starts = [s.span.start_char for s in sentences]

    def of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)


def _source(view: TextView, data: ClaimData) -> Source | None:
    offsets = data["source"]
    if not offsets:
        return None
    resolved = data.get("source_resolved_from")
    return Source(
        span=_text_span(view, offsets[0], offsets[1]),
        name=data.get("source_name"),
        role=data.get("source_role"),
        organization=data.get("source_organization"),
        resolved_from=_text_span(view, resolved[0], resolved[1]) if resolved else None,
    )


def _claim(view: TextView, data: ClaimData, index: _SentenceIndex) -> Claim:
    cue_start, cue_end = data["cue"]
    cue = _text_span(view, cue_start, cue_end)
    fragments = tuple(_text_span(view, start, end) for start, end in data["content"])
    first, last = fragments[0].start_char, fragments[-1].end_char
    return Claim(
        sentence=index.of(cue.start_char),
        kind=data["kind"],
        source=_source(view, data),
        source_type=data["source_type"],
        cue=cue,
        cue_lemma=data["cue_lemma"],
        content=TextSpan(view.original[first:last], first, last),
        fragments=fragments,
        rule=data["rule"],
        confidence=data["confidence"],
        values=_plain_values(data),
    )


def _plain_values(data: ClaimData) -> tuple[tuple[str, object], ...]:
    stored: dict[str, object] = dict(data)
    return tuple(
        (field.name, field.read(stored.get(field.name)))
        for field in CLAIM_FIELDS
        if field.read is not None
    )
