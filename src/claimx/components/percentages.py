"""claimx_percentages: every PERCENT entity with its value ("up 12%", "12 per cent")."""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc

from claimx.components.extensions import PERCENT_VALUE, PERCENTAGES_KEY
from claimx.components.money import qualifier_before
from claimx.normalise.percent import normalise_percent


@Language.factory(
    "claimx_percentages",
    requires=["doc.ents"],
    assigns=["doc.spans", f"span._.{PERCENT_VALUE}"],
)
def make_percent_normaliser(nlp: Language, name: str) -> PercentNormaliser:
    return PercentNormaliser()


class PercentNormaliser:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[PERCENTAGES_KEY] = [ent for ent in doc.ents if ent.label_ == "PERCENT"]
        for span in doc.spans[PERCENTAGES_KEY]:
            value = normalise_percent(span.text)
            if value.qualifier is None:
                value = dataclasses.replace(value, qualifier=qualifier_before(span))
            span._.set(PERCENT_VALUE, dataclasses.asdict(value))
        return doc
