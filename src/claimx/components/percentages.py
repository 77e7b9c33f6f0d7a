"""claimx_percentages: every PERCENT entity with its value ("up 12%", "12 per cent")."""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Span

from claimx.components.extensions import PERCENT_VALUE
from claimx.components.valued import ValueSetter, qualifier_before
from claimx.mentions import PERCENTAGES
from claimx.normalise.percent import PercentValue, normalise_percent


@Language.factory(
    "claimx_percentages",
    requires=["doc.ents"],
    assigns=["doc.spans", f"span._.{PERCENT_VALUE}"],
)
def make_percent_normaliser(nlp: Language, name: str) -> ValueSetter:
    return ValueSetter(PERCENTAGES, "PERCENT", percent_value)


def percent_value(span: Span, text: str) -> PercentValue:
    """Value, range, unit and qualifier of a PERCENT entity ("up 12%", "12 per cent")."""
    value = normalise_percent(span.text)
    if value.qualifier is None:
        value = dataclasses.replace(value, qualifier=qualifier_before(span))
    return value
