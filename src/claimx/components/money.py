"""claimx_money: every MONEY entity with amount, ISO 4217 currency, range maximum and qualifier."""

from __future__ import annotations

import dataclasses
import re

from spacy.language import Language
from spacy.tokens import Span

from claimx.components.extensions import MONEY_VALUE
from claimx.components.valued import ValueSetter, qualifier_before
from claimx.mentions import MONEY
from claimx.normalise.money import MoneyValue, normalise_money


@Language.factory(
    "claimx_money",
    requires=["doc.ents"],
    assigns=["doc.spans", f"span._.{MONEY_VALUE}"],
)
def make_money_normaliser(nlp: Language, name: str) -> ValueSetter:
    return ValueSetter(MONEY, "MONEY", money_value)


def money_value(span: Span, text: str) -> MoneyValue:
    """Amount, currency, range and qualifier of a MONEY entity ("nearly $20 billion")."""
    value = normalise_money(span.text + glued_scale(span, text))
    if value.qualifier is None:
        value = dataclasses.replace(value, qualifier=qualifier_before(span))
    return value


_GLUED_SCALE = re.compile(r"(?:bn|mn|m|k|tn|b)(?![A-Za-z])", re.IGNORECASE)


def glued_scale(span: Span, text: str) -> str:
    """A scale letter written against the figure but left outside the span by the tokenizer
    ("$5m." is tokenised "$", "5", "m.")."""
    if span.text[-1:].isdigit():
        match = _GLUED_SCALE.match(text, span.end_char)
        if match:
            return match.group(0)
    return ""
