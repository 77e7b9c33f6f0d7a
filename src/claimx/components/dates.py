"""claimx_dates: every DATE entity, with its value resolved against the publication date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimx.components.extensions import DATE_VALUE, DATES_KEY, PUBLISHED
from claimx.normalise.dates import normalise_date


@Language.factory(
    "claimx_dates",
    requires=["doc.ents"],
    assigns=["doc.spans", f"span._.{DATE_VALUE}"],
)
def make_date_normaliser(nlp: Language, name: str) -> DateNormaliser:
    return DateNormaliser()


class DateNormaliser:
    def __call__(self, doc: Doc) -> Doc:
        published = _published(doc)
        spans = [ent for ent in doc.ents if ent.label_ == "DATE"]
        doc.spans[DATES_KEY] = spans
        for span in doc.spans[DATES_KEY]:
            value = normalise_date(span.text, published, tense_of(span))
            span._.set(DATE_VALUE, dataclasses.asdict(value))
        return doc


_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall", "wo", "would"})
_PAST_TAGS = frozenset({"VBD", "VBN"})


def tense_of(span: Span) -> str | None:
    """The tense, past or future, of the verb a date depends on ("would review ... in January")."""
    verb = span.root
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & _FUTURE_AUXILIARIES or _going_to(verb):
        return "future"
    if verb.tag_ in _PAST_TAGS or auxiliaries & {"had", "has", "have", "did", "was", "were"}:
        return "past"
    return None


def _going_to(verb: Token) -> bool:
    """Future with "going to": in "is going to announce" the infinitive hangs off "going"."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going"


def _published(doc: Doc) -> dt.date | None:
    value = doc._.get(PUBLISHED)
    return dt.date.fromisoformat(value) if value else None
