"""A lexical fallback for pipelines without a parser: the rule table's surface patterns over
each sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from claimx.components.attribution.cue_rule import Surface
from claimx.components.attribution.draft import Draft
from claimx.components.attribution.rules import SURFACES

_PATTERNS = tuple((rule, re.compile(surface.pattern), surface) for rule, surface in SURFACES)


def lexical_drafts(doc: Doc) -> Iterator[Draft]:
    """Surface patterns over each sentence, for the rule-only pipeline (no parse, no model)."""
    for sent in doc.sents:
        text = sent.text.strip()
        offset = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        for rule, pattern, surface in _PATTERNS:
            match = pattern.match(text)
            if match:
                draft = _lexical_draft(doc, match, offset, surface)
                if draft is not None:
                    draft.owns_nearby_quotations = rule.owns_nearby_quotations
                    draft.rule = f"{rule.name} (surface)"
                    yield draft
                break


def _lexical_draft(doc: Doc, match: re.Match[str], offset: int, surface: Surface) -> Draft | None:
    def tokens(group: str) -> Span | None:
        return doc.char_span(
            offset + match.start(group), offset + match.end(group), alignment_mode="expand"
        )

    cue, source, content = tokens("cue"), tokens("source"), tokens("content")
    if cue is None or content is None:
        return None
    source_range = (source.start, source.end) if source is not None else None
    lemma = surface.lemma(cue.text)
    return Draft((cue.start, cue.end), lemma, source_range, set(range(content.start, content.end)))
