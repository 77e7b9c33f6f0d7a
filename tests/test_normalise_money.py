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
    ("$1 million", MoneyValue(1_000_000, "USD")),
    ("$1.5m", MoneyValue(1_500_000, "USD")),
    ("£2.3bn", MoneyValue(2_300_000_000, "GBP")),
    ("€500", MoneyValue(500, "EUR")),
    ("¥1 trillion", MoneyValue(1_000_000_000_000, "JPY")),
    ("5 million euros", MoneyValue(5_000_000, "EUR")),
    ("10 pounds", MoneyValue(10, "GBP")),
    ("$0.5 billion", MoneyValue(500_000_000, "USD")),
    ("C$5 million", MoneyValue(5_000_000, "CAD")),
    ("A$2bn", MoneyValue(2_000_000_000, "AUD")),
    ("₹10 crore", MoneyValue(100_000_000, "INR")),
    ("Rs 2 lakh", MoneyValue(200_000, "INR")),
    ("$20-25 million", MoneyValue(20_000_000, "USD", 25_000_000)),
    ("$5 to $6 billion", MoneyValue(5_000_000_000, "USD", 6_000_000_000)),
    ("roughly $2 billion", MoneyValue(2_000_000_000, "USD", None, "roughly")),
    ("at least $100", MoneyValue(100, "USD", None, "at least")),
    ("up to €3 million", MoneyValue(3_000_000, "EUR", None, "up to")),
    ("$3.2 trillion", MoneyValue(3_200_000_000_000, "USD")),
    ("1 billion yuan", MoneyValue(1_000_000_000, "CNY")),
    ("800,000 dollars", MoneyValue(800_000, "USD")),
    ("$12,500", MoneyValue(12_500, "USD")),
    ("£1,000,000", MoneyValue(1_000_000, "GBP")),
    ("two million dollars", MoneyValue(2_000_000, "USD")),
    ("a billion euros", MoneyValue(1_000_000_000, "EUR")),
    ("USD 40 million", MoneyValue(40_000_000, "USD")),
    ("EUR 3bn", MoneyValue(3_000_000_000, "EUR")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_normalise_money(text: str, expected: MoneyValue) -> None:
    assert normalise_money(text) == expected


def test_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


def test_amounts_are_exact_integers() -> None:
    value = normalise_money("$4.1bn").amount
    assert value == 4_100_000_000
    assert isinstance(value, int)
