"""claimx_dates: every DATE entity, with its value resolved against the publication date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

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
            span._.set(DATE_VALUE, dataclasses.asdict(normalise_date(span.text, published)))
        return doc


def _published(doc: Doc) -> dt.date | None:
    value = doc._.get(PUBLISHED)
    return dt.date.fromisoformat(value) if value else None
