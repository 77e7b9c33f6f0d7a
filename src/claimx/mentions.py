"""The kinds of mention (entities, dates, money figures, percentages), each described once.

From one ``MentionKind`` follow: where the components leave its spans (``doc.ents`` or a span
group, with the normalised value in a span extension), the result dataclass's values
(``claims.Mention``), the record (``records``: ``{"id", "text", "start_char", "end_char",
...fields}``), the JSON Schema (``schema``) and the table columns (``render.table``). Adding a
field to a kind is one ``Field`` here (and the component that sets it). Standard library only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from claimx.kinds import Granularity, PercentUnit, values_of


def optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def optional_number(value: object) -> int | float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def optional_float(value: object) -> float | None:
    number = optional_number(value)
    return None if number is None else float(number)


@dataclass(frozen=True)
class Field:
    """One value of a mention's record: its name, JSON Schema, and how it is read from the
    value dict a component stored (missing keys read as None)."""

    name: str
    schema: dict[str, Any]
    read: Callable[[object], object] = optional_str
    description: str | None = None


@dataclass(frozen=True)
class Column:
    """A column of the mention's table: header, how a record fills it, Rich column options."""

    header: str
    cell: Callable[[dict[str, Any]], str]
    options: tuple[tuple[str, Any], ...] = ()


SENTENCE = "sentence"  # every mention's sentence index, placed among the fields by name

# Where the components leave each kind (see components.extensions, which registers them).
DATES_GROUP, DATE_EXTENSION = "claimx_dates", "claimx_date"
MONEY_GROUP, MONEY_EXTENSION = "claimx_money", "claimx_money"
PERCENTAGES_GROUP, PERCENT_EXTENSION = "claimx_percentages", "claimx_percent"


@dataclass(frozen=True)
class MentionKind:
    key: str  # the record's list, and the claim's "mentions" key: "dates"
    prefix: str  # of ids: "d0", "d1"...
    span_group: str | None  # doc.spans key; None: the entities of doc.ents
    extension: str | None  # span extension holding the value dict; None: the entity label
    fields: tuple[Field, ...]  # in record order, SENTENCE among them
    title: str
    empty: str  # the table's line when there are none
    columns: tuple[Column, ...] = ()  # no columns: a table of distinct mentions with counts

    def values(self, stored: dict[str, object]) -> tuple[tuple[str, object], ...]:
        return tuple(
            (field.name, field.read(stored.get(field.name)))
            for field in self.fields
            if field.name != SENTENCE
        )


_NULLABLE_STRING = {"type": ["string", "null"]}
_NULLABLE_NUMBER = {"type": ["number", "null"]}
_SENTENCE_FIELD = Field(
    SENTENCE, {"type": "integer", "minimum": 0}, description="index into sentences"
)
_SENT_COLUMN = Column(
    "Sent.", lambda m: str(m[SENTENCE]), (("justify", "right"), ("no_wrap", True))
)
_TEXT_COLUMN = Column("Text", lambda m: str(m["text"]), (("ratio", 2),))


def _date_value(date: dict[str, Any]) -> str:
    if date["value"]:
        return str(date["value"])
    return f"— ({date['note']})" if date["note"] else "—"


def _amount(value: int | float | None) -> str:
    return "—" if value is None else f"{value:,}"


def _money_amount(money: dict[str, Any]) -> str:
    amount = _amount(money["amount"])
    if money["amount_max"] is not None:
        amount += f" – {_amount(money['amount_max'])}"
    return amount


def _percent_value(percent: dict[str, Any]) -> str:
    value = "—" if percent["value"] is None else f"{percent['value']:g}"
    if percent["value_max"] is not None:
        value += f" – {percent['value_max']:g}"
    return value


ENTITIES = MentionKind(
    key="entities",
    prefix="e",
    span_group=None,
    extension=None,
    fields=(Field("label", {"type": "string"}, str), _SENTENCE_FIELD),
    title="Entities",
    empty="no entities found",
)

DATES = MentionKind(
    key="dates",
    prefix="d",
    span_group=DATES_GROUP,
    extension=DATE_EXTENSION,
    fields=(
        _SENTENCE_FIELD,
        Field("value", _NULLABLE_STRING, description="ISO 8601 date or start/end"),
        Field("granularity", {"enum": [*values_of(Granularity), None]}),
        Field("relative", {"type": "boolean"}, bool),
        Field("note", _NULLABLE_STRING),
    ),
    title="Dates",
    empty="no dates found",
    columns=(
        _SENT_COLUMN,
        _TEXT_COLUMN,
        Column("Value", _date_value, (("ratio", 2),)),
        Column("Granularity", lambda d: d["granularity"] or ""),
        Column("Relative", lambda d: "yes" if d["relative"] else "no"),
    ),
)

MONEY = MentionKind(
    key="money",
    prefix="m",
    span_group=MONEY_GROUP,
    extension=MONEY_EXTENSION,
    fields=(
        _SENTENCE_FIELD,
        Field("amount", _NULLABLE_NUMBER, optional_number),
        Field("amount_max", _NULLABLE_NUMBER, optional_number),
        Field("currency", _NULLABLE_STRING, description="ISO 4217 code"),
        Field("qualifier", _NULLABLE_STRING),
    ),
    title="Money",
    empty="no money figures found",
    columns=(
        _SENT_COLUMN,
        _TEXT_COLUMN,
        Column("Amount", _money_amount, (("justify", "right"), ("ratio", 2))),
        Column("Currency", lambda m: m["currency"] or "—"),
        Column("Qualifier", lambda m: m["qualifier"] or ""),
    ),
)

PERCENTAGES = MentionKind(
    key="percentages",
    prefix="p",
    span_group=PERCENTAGES_GROUP,
    extension=PERCENT_EXTENSION,
    fields=(
        _SENTENCE_FIELD,
        Field("value", _NULLABLE_NUMBER, optional_float),
        Field("value_max", _NULLABLE_NUMBER, optional_float),
        Field("unit", {"enum": values_of(PercentUnit)}, lambda v: str(v or "percent")),
        Field("qualifier", _NULLABLE_STRING),
    ),
    title="Percentages",
    empty="no percentages found",
    columns=(
        _SENT_COLUMN,
        _TEXT_COLUMN,
        Column("Value", _percent_value, (("justify", "right"), ("ratio", 1))),
        Column("Unit", lambda p: str(p["unit"])),
        Column("Qualifier", lambda p: p["qualifier"] or ""),
    ),
)

MENTION_KINDS: tuple[MentionKind, ...] = (ENTITIES, DATES, MONEY, PERCENTAGES)
