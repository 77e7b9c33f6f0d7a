"""Date normalisation, table-driven. Publication date for relative cases: Thursday 2026-03-05."""

from __future__ import annotations

import datetime as dt

import pytest

from claimx.normalise.dates import normalise_date
from claimx.normalise.periods import DateValue

PUBLISHED = dt.date(2026, 3, 5)

CASES = [
    # absolute forms
    ("2026-03-05", None, DateValue("2026-03-05", "day", False)),
    ("March 5, 2026", None, DateValue("2026-03-05", "day", False)),
    ("5 March 2026", None, DateValue("2026-03-05", "day", False)),
    ("Sept. 11, 2001", None, DateValue("2001-09-11", "day", False)),
    ("March 2026", None, DateValue("2026-03", "month", False)),
    ("2025", None, DateValue("2025", "year", False)),
    ("the 1990s", None, DateValue("1990/1999", "decade", False)),
    ("Q3 2025", None, DateValue("2025-07-01/2025-09-30", "quarter", False)),
    ("the first quarter of 2024", None, DateValue("2024-01-01/2024-03-31", "quarter", False)),
    ("mid-2025", None, DateValue("2025-05-01/2025-08-31", "month", False)),
    ("summer 2024", None, DateValue("2024-06-01/2024-08-31", "month", False)),
    # relative to the publication date
    ("last week", None, DateValue("2026-02-23/2026-03-01", "week", True)),
    ("this week", None, DateValue("2026-03-02/2026-03-08", "week", True)),
    ("next month", None, DateValue("2026-04-01/2026-04-30", "month", True)),
    ("last year", None, DateValue("2025-01-01/2025-12-31", "year", True)),
    ("late last year", None, DateValue("2025-09-01/2025-12-31", "month", True)),
    ("early last year", None, DateValue("2025-01-01/2025-04-30", "month", True)),
    ("the end of last year", None, DateValue("2025-09-01/2025-12-31", "month", True)),
    ("earlier this year", None, DateValue("2026-01-01/2026-03-05", "year", True)),
    ("yesterday", None, DateValue("2026-03-04", "day", True)),
    ("today", None, DateValue("2026-03-05", "day", True)),
    ("on Monday", None, DateValue("2026-03-02", "day", True)),
    # The day of publication itself: "the council met on Thursday" in Thursday's paper.
    ("Thursday", None, DateValue("2026-03-05", "day", True)),
    ("Thursday", "past", DateValue("2026-03-05", "day", True)),
    ("Thursday", "future", DateValue("2026-03-12", "day", True)),
    ("Monday", "future", DateValue("2026-03-09", "day", True)),
    ("next Friday", None, DateValue("2026-03-06", "day", True)),
    ("two weeks ago", None, DateValue("2026-02-16/2026-02-22", "week", True)),
    ("3 years ago", None, DateValue("2023", "year", True)),
    ("the third quarter", None, DateValue("2026-07-01/2026-09-30", "quarter", True)),
    ("last autumn", None, DateValue("2025-09-01/2025-11-30", "month", True)),
    ("only last week", None, DateValue("2026-02-23/2026-03-01", "week", True)),
    ("Sept. 11", None, DateValue("2025-09-11", "day", True)),
    ("March 20", None, DateValue("2026-03-20", "day", True)),
    ("October 9", "future", DateValue("2026-10-09", "day", True)),
    ("January", None, DateValue("2026-01", "month", True)),
    ("early March", None, DateValue("2026-03-01/2026-03-10", "day", True)),
    ("the past decade", None, DateValue("2016-03-05/2026-03-05", "decade", True)),
    ("Jan. 15", None, DateValue("2026-01-15", "day", True)),
    ("15 January", None, DateValue("2026-01-15", "day", True)),
    ("December 24", None, DateValue("2025-12-24", "day", True)),
    ("September 2025", None, DateValue("2025-09", "month", False)),
    ("Oct. 2024", None, DateValue("2024-10", "month", False)),
    ("the 2010s", None, DateValue("2010/2019", "decade", False)),
    ("late 2025", None, DateValue("2025-09-01/2025-12-31", "month", False)),
    ("early next year", None, DateValue("2027-01-01/2027-04-30", "month", True)),
    ("mid-March", None, DateValue("2026-03-11/2026-03-20", "day", True)),
    ("last Monday", None, DateValue("2026-03-02", "day", True)),
    ("this Friday", None, DateValue("2026-03-06", "day", True)),
    ("tomorrow", None, DateValue("2026-03-06", "day", True)),
    ("last night", None, DateValue("2026-03-04", "day", True)),
    ("next week", None, DateValue("2026-03-09/2026-03-15", "week", True)),
    ("last month", None, DateValue("2026-02-01/2026-02-28", "month", True)),
    ("this month", None, DateValue("2026-03-01/2026-03-31", "month", True)),
    ("next year", None, DateValue("2027-01-01/2027-12-31", "year", True)),
    ("last weekend", None, DateValue("2026-02-28/2026-03-01", "day", True)),
    ("the past week", None, DateValue("2026-02-26/2026-03-05", "day", True)),
    ("five years ago", None, DateValue("2021", "year", True)),
    ("three months ago", None, DateValue("2025-12", "month", True)),
    ("a decade ago", None, DateValue("2010/2019", "decade", True)),
    ("the second quarter of last year", None, DateValue("2025-04-01/2025-06-30", "quarter", True)),
    ("Q4", None, DateValue("2026-10-01/2026-12-31", "quarter", True)),
    ("fiscal 2025", None, DateValue("2025", "year", False, "fiscal year: calendar year assumed")),
    ("FY2026", None, DateValue("2026", "year", False, "fiscal year: calendar year assumed")),
    ("this spring", None, DateValue("2026-03-01/2026-05-31", "month", True)),
    ("last winter", None, DateValue("2025-12-01/2026-02-28", "month", True)),
    ("earlier this month", None, DateValue("2026-03-01/2026-03-05", "month", True)),
    ("1999", None, DateValue("1999", "year", False)),
    ("earlier Friday", None, DateValue("2026-02-27", "day", True)),
    ("this past weekend", None, DateValue("2026-02-28/2026-03-01", "day", True)),
    ("this past week", None, DateValue("2026-02-26/2026-03-05", "day", True)),
    ("the weekend", None, DateValue("2026-02-28/2026-03-01", "day", True)),
    ("the end of the year", None, DateValue("2026-09-01/2026-12-31", "month", True)),
    # nothing sound to say
    ("annual", None, DateValue(None, None, False, "not a specific date")),
    ("recent years", None, DateValue(None, None, False, "not a specific date")),
    ("decades", None, DateValue(None, None, False, "not a specific date")),
    ("the coming years", None, DateValue(None, None, False, "not a specific date")),
    ("a long time", None, DateValue(None, None, False, "not a specific date")),
]


@pytest.mark.parametrize(("text", "tense", "expected"), CASES, ids=[c[0] for c in CASES])
def test_normalise_date(text: str, tense: str | None, expected: DateValue) -> None:
    assert normalise_date(text, PUBLISHED, tense) == expected


def test_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


def test_relative_date_without_publication_date_says_why() -> None:
    assert normalise_date("last week", None) == DateValue(
        None, None, True, "relative date and no publication date known"
    )


def test_absolute_date_needs_no_publication_date() -> None:
    assert normalise_date("March 5, 2026", None).value == "2026-03-05"
