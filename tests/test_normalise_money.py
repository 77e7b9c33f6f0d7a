"""Money normalisation, table-driven: amount, ISO 4217 currency, range maximum, qualifier."""

from __future__ import annotations

import pytest

from claimx.normalise.money import MoneyValue, normalise_money

CASES = [
    ("$380 billion", MoneyValue(380_000_000_000, "USD")),
    ("around $380 billion", MoneyValue(380_000_000_000, "USD", None, "around")),
    ("nearly $20 billion", MoneyValue(20_000_000_000, "USD", None, "nearly")),
    ("more than $5 million", MoneyValue(5_000_000, "USD", None, "more than")),
    ("US$1.2bn", MoneyValue(1_200_000_000, "USD")),
    ("£3m", MoneyValue(3_000_000, "GBP")),
    ("€40 million", MoneyValue(40_000_000, "EUR")),
    ("¥500 billion", MoneyValue(500_000_000_000, "JPY")),
    ("20 billion dollars", MoneyValue(20_000_000_000, "USD")),
    ("$10-$20 million", MoneyValue(10_000_000, "USD", 20_000_000)),
    ("$10 million to $20 million", MoneyValue(10_000_000, "USD", 20_000_000)),
    ("between $1 billion and $2 billion", MoneyValue(1_000_000_000, "USD", 2_000_000_000)),
    ("$4.5bn", MoneyValue(4_500_000_000, "USD")),
    ("1,200 euros", MoneyValue(1200, "EUR")),
    ("Rs 500 crore", MoneyValue(5_000_000_000, "INR")),
    ("$2,500", MoneyValue(2500, "USD")),
    ("HK$3 billion", MoneyValue(3_000_000_000, "HKD")),
    ("300 million yuan", MoneyValue(300_000_000, "CNY")),
    ("50 cents", MoneyValue(0.5, "USD")),
    ("$1.5 trillion", MoneyValue(1_500_000_000_000, "USD")),
    ("a few dollars", MoneyValue(None, "USD")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_normalise_money(text: str, expected: MoneyValue) -> None:
    assert normalise_money(text) == expected


def test_amounts_are_exact_integers() -> None:
    value = normalise_money("$4.1bn").amount
    assert value == 4_100_000_000
    assert isinstance(value, int)
