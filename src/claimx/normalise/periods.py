"""Calendar arithmetic for date resolution: the ``DateValue``, periods around a day, month
shifts, and the value of a day or an interval."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}


@dataclass(frozen=True)
class DateValue:
    value: str | None
    granularity: str | None  # day, week, month, quarter, year, decade
    relative: bool
    note: str | None = None


def is_feb29(day: dt.date) -> bool:
    return day.month == 2 and day.day == 29


def period_around(published: dt.date, unit: str, shift: int) -> tuple[dt.date, dt.date]:
    """The calendar week (Monday-Sunday), month or year ``shift`` units from publication."""
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        year, month = shift_month(published.year, published.month, shift)
        return dt.date(year, month, 1), month_end(year, month)
    year = published.year + shift
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def granularity_of(unit: str) -> str:
    return _UNITS.get(unit, "day")


def shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_value(day: dt.date) -> DateValue:
    return DateValue(day.isoformat(), "day", True)


def interval_value(
    start: dt.date, end: dt.date, granularity: str, relative: bool = True
) -> DateValue:
    return DateValue(f"{start.isoformat()}/{end.isoformat()}", granularity, relative)
