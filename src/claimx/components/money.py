"""claimx_money: every MONEY entity with amount, ISO 4217 currency, range maximum and qualifier."""

from __future__ import annotations

import dataclasses
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimx.components.doctext import doc_text
from claimx.components.extensions import MONEY_KEY, MONEY_VALUE
from claimx.normalise.money import QUALIFIERS, normalise_money

_LONGEST_QUALIFIER = max(len(q.split()) for q in QUALIFIERS)


@Language.factory(
    "claimx_money",
    requires=["doc.ents"],
    assigns=["doc.spans", f"span._.{MONEY_VALUE}"],
)
def make_money_normaliser(nlp: Language, name: str) -> MoneyNormaliser:
    return MoneyNormaliser()


class MoneyNormaliser:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[MONEY_KEY] = [ent for ent in doc.ents if ent.label_ == "MONEY"]
        text = doc_text(doc) if doc.spans[MONEY_KEY] else ""
        for span in doc.spans[MONEY_KEY]:
            value = normalise_money(span.text + glued_scale(span, text))
            if value.qualifier is None:
                value = dataclasses.replace(value, qualifier=qualifier_before(span))
            span._.set(MONEY_VALUE, dataclasses.asdict(value))
        return doc


_GLUED_SCALE = re.compile(r"(?:bn|mn|m|k|tn|b)(?![A-Za-z])", re.IGNORECASE)


def glued_scale(span: Span, text: str) -> str:
    """A scale letter written against the figure but left outside the span by the tokenizer
    ("$5m." is tokenised "$", "5", "m.")."""
    if span.text[-1:].isdigit():
        match = _GLUED_SCALE.match(text, span.end_char)
        if match:
            return match.group(0)
    return ""


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
