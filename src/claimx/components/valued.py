"""The skeleton shared by the components that give entities a normalised value (dates, money,
percentages): the entities of one label become the kind's span group, each span's value (a
dataclass from ``claimx.normalise``) stored as a plain dict in the kind's span extension."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span

from claimx.components.doctext import doc_text
from claimx.mentions import MentionKind
from claimx.normalise.money import QUALIFIERS

# Reads one span's value, given the Doc's text (read once per Doc, only when there are spans).
ValueReader = Callable[[Span, str], Any]


class ValueSetter:
    def __init__(self, kind: MentionKind, label: str, read_value: ValueReader) -> None:
        assert kind.span_group is not None and kind.extension is not None
        self.group = kind.span_group
        self.extension = kind.extension
        self.label = label
        self.read_value = read_value

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.group] = [ent for ent in doc.ents if ent.label_ == self.label]
        text = doc_text(doc) if doc.spans[self.group] else ""
        for span in doc.spans[self.group]:
            span._.set(self.extension, dataclasses.asdict(self.read_value(span, text)))
        return doc


_LONGEST_QUALIFIER = max(len(q.split()) for q in QUALIFIERS)


def qualifier_before(span: Span) -> str | None:
    """The qualifier written just before a figure ("nearly" in "nearly $20 billion")."""
    doc = span.doc
    for width in range(_LONGEST_QUALIFIER, 0, -1):
        start = span.start - width
        if start < 0:
            continue
        words = doc[start : span.start].text.lower()
        if words in QUALIFIERS:
            return words
    return None
