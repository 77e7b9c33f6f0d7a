"""Normalise a MONEY mention: amount as a number, ISO 4217 currency, range maximum, qualifier."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class MoneyValue:
    amount: int | float | None
    currency: str | None
    amount_max: int | float | None = None
    qualifier: str | None = None


# Words in front of a figure that say it is approximate or a bound. Longest first, so that
# "more than" wins over "more".
QUALIFIERS: tuple[str, ...] = tuple(
    sorted(
        (
            "about", "around", "approximately", "roughly", "some", "nearly", "almost",
            "close to", "more than", "over", "less than", "under", "up to", "at least",
            "at most", "as much as", "as many as", "as little as", "just over", "just under",
            "well over", "an estimated", "estimated", "upwards of", "in excess of", "below",
            "above", "only", "just", "approx.", "circa", "fewer than", "no more than",
            "no less than", "nearly half", "an average of", "average", "a record",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip

# Prefix symbols and codes, longest first so "US$" is tried before "$".
_PREFIX_CURRENCIES: tuple[tuple[str, str], ...] = (
    ("us$", "USD"), ("usd", "USD"), ("a$", "AUD"), ("au$", "AUD"), ("c$", "CAD"),
    ("ca$", "CAD"), ("hk$", "HKD"), ("nz$", "NZD"), ("s$", "SGD"), ("r$", "BRL"),
    ("$", "USD"), ("£", "GBP"), ("gbp", "GBP"), ("€", "EUR"), ("eur", "EUR"),
    ("¥", "JPY"), ("jpy", "JPY"), ("cny", "CNY"), ("rmb", "CNY"), ("₹", "INR"),
    ("rs.", "INR"), ("rs", "INR"), ("inr", "INR"), ("₩", "KRW"), ("chf", "CHF"),
    ("₽", "RUB"), ("₺", "TRY"), ("r", "ZAR"),
)  # fmt: skip

_SUFFIX_CURRENCIES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "usd": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "pound": "GBP", "pounds": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rupee": "INR", "rupees": "INR",
    "inr": "INR", "won": "KRW", "francs": "CHF", "swiss francs": "CHF", "chf": "CHF",
    "roubles": "RUB", "rubles": "RUB", "rand": "ZAR", "pesos": "MXN", "cents": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD",
}  # fmt: skip

_SCALES: dict[str, int] = {
    "thousand": 10**3, "k": 10**3, "grand": 10**3,
    "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6, "mil": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "bln": 10**9,
    "trillion": 10**12, "tn": 10**12, "trn": 10**12, "t": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}  # fmt: skip

_NUMBER = r"\d+(?:[,\s]\d{3})*(?:\.\d+)?|\d*\.\d+"
_SCALE = r"(?:" + "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True)) + r")\b"
_FIGURE = re.compile(rf"(?P<number>{_NUMBER})\s*(?P<scale>{_SCALE})?", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100,
}  # fmt: skip
_WORD_BEFORE_SCALE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + r")\s+"
    r"(?=(?:thousand|million|billion|trillion)\b)",
    re.IGNORECASE,
)


def normalise_money(text: str) -> MoneyValue:
    """Parse "$380 billion", "US$1.2bn", "€40 million", "$10-$20 million", "20 billion dollars"."""
    phrase = " ".join(text.replace("\u00a0", " ").split())
    qualifier, phrase = split_qualifier(phrase)
    # "two million dollars", "a billion euros": the number word before a scale, as digits
    phrase = _WORD_BEFORE_SCALE.sub(lambda m: f"{_NUMBER_WORDS[m.group(1).lower()]} ", phrase)
    currency = _currency(phrase)
    figures = list(_FIGURE.finditer(phrase))
    if not figures:
        return MoneyValue(None, currency, None, qualifier)
    first = figures[0]
    scale = first.group("scale")
    second = _range_end(phrase, first, figures[1:])
    if second is not None and scale is None:
        scale = second.group("scale")  # "$10-$20 million": the scale is written once, at the end
    amount = _value(first.group("number"), scale)
    amount_max = _value(second.group("number"), second.group("scale") or scale) if second else None
    if _is_cents(phrase):
        amount = _scaled(amount, Decimal("0.01"))
        amount_max = _scaled(amount_max, Decimal("0.01"))
    return MoneyValue(_number(amount), currency, _number(amount_max), qualifier)


def split_qualifier(phrase: str) -> tuple[str | None, str]:
    """Split a leading qualifier ("around", "more than") off a money phrase."""
    lowered = phrase.lower()
    for qualifier in QUALIFIERS:
        if lowered.startswith(qualifier + " "):
            return qualifier, phrase[len(qualifier) + 1 :]
    return None, phrase


def _currency(phrase: str) -> str | None:
    lowered = phrase.lower()
    stripped = lowered.lstrip("(-–+ ")
    for symbol, code in _PREFIX_CURRENCIES:
        if stripped.startswith(symbol) and (
            not symbol.isalpha() or not stripped[len(symbol) : len(symbol) + 1].isalpha()
        ):
            return code
    for word in sorted(_SUFFIX_CURRENCIES, key=len, reverse=True):
        if re.search(rf"\b{re.escape(word)}\b", lowered):
            return _SUFFIX_CURRENCIES[word]
    for symbol, code in _PREFIX_CURRENCIES:
        if not symbol.isalpha() and symbol in lowered:
            return code
    return None


def _range_end(
    phrase: str, first: re.Match[str], rest: list[re.Match[str]]
) -> re.Match[str] | None:
    if not rest:
        return None
    between = phrase[first.end() : rest[0].start()]
    between = re.sub(r"[^\w\s\-–—]", "", between)  # drop a repeated currency symbol
    between = re.sub(r"(?i)\b(?:us|usd|eur|gbp)\b", "", between)
    return rest[0] if _RANGE_JOIN.match(between) and not between.strip(" -–—").split()[1:] else None


def _value(number: str, scale: str | None) -> Decimal | None:
    try:
        value = Decimal(re.sub(r"[,\s]", "", number))
    except InvalidOperation:
        return None
    if scale:
        value *= _SCALES[scale.lower()]
    return value


def _is_cents(phrase: str) -> bool:
    return bool(re.search(r"\bcents?\b|¢", phrase.lower())) and "$" not in phrase


def _scaled(value: Decimal | None, factor: Decimal) -> Decimal | None:
    return None if value is None else value * factor


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
