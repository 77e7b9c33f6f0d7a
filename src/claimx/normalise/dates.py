"""Normalise a DATE mention to an ISO 8601 date or interval, against a publication date.

Values are ISO dates ("2026-03-05") or intervals ("2026-02-23/2026-03-01"). ``relative`` is true
when the value depended on the publication date. When nothing sound can be said, ``value`` is
None and ``note`` says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claimx.normalise.periods import (
    DateValue,
    day_value,
    granularity_of,
    interval_value,
    is_feb29,
    month_end,
    period_around,
    safe_date,
    shift_month,
)

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _number
        MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9

WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
for _index, _name in enumerate(calendar.day_abbr):
    WEEKDAYS[_name.lower()] = _index

_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None,
    "few": None, "a few": None,
}  # fmt: skip

_MONTH_RE = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>\d{4})"

_ABSOLUTE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"$"), granularity)
    for pattern, granularity in (
        (r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})", "day"),
        (_MONTH_RE + r"\s+" + _DAY_RE + r",?\s+" + _YEAR_RE, "day"),
        (_DAY_RE + r"\s+(?:of\s+)?" + _MONTH_RE + r",?\s+" + _YEAR_RE, "day"),
        (_MONTH_RE + r",?\s+(?:of\s+)?" + _YEAR_RE, "month"),
        (_YEAR_RE, "year"),
        (r"(?P<decade>\d{3}0)s", "decade"),
    )
)
_MONTH_DAY = re.compile(_MONTH_RE + r"\s+" + _DAY_RE + r"$")
_DAY_MONTH = re.compile(_DAY_RE + r"\s+(?:of\s+)?" + _MONTH_RE + r"$")
_MONTH_ALONE = re.compile(_MONTH_RE + r"$")
_QUARTER = re.compile(
    r"(?:(?P<ordinal>first|second|third|fourth|final|last)\s+quarter|q(?P<qnum>[1-4]))"
    r"(?:\s+(?:of\s+)?(?:(?P<year>\d{4})|(?P<which>this|last|next)\s+year))?$"
)
_AGO = re.compile(r"(?P<count>\d+|[a-z]+(?: few)?)\s+(?P<unit>day|week|month|year|decade)s?\s+ago$")
_PART_OF = re.compile(r"(?P<part>early|mid|late|end of|start of|beginning of)[\s-]+(?P<rest>.+)$")
_DECADE_WORDS = re.compile(r"(?:the\s+)?(?:past|last)\s+decade$")
_LEADING_WORDS = re.compile(
    r"^(?:on|in|at|since|by|from|until|during|the|of|about|around|only|just|as recently as)\s+"
)
# Meteorological seasons of the northern hemisphere: (first month, last month).
SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
_SEASON = re.compile(
    r"(?:(?P<which>this|last|next|past)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?$"
)
# A month-day without a year is in the future only if it is this close ahead of publication.
FUTURE_WINDOW_DAYS = 90


def normalise_date(text: str, published: dt.date | None, tense: str | None = None) -> DateValue:
    """The value of a DATE mention, resolved against ``published`` where it is relative.

    ``tense`` ("past" or "future", from the verb the mention depends on) decides which way a
    weekday or a month without a year points; without it, the recent past is assumed.
    """
    phrase = _clean(text)
    absolute = _absolute(phrase)
    if absolute is not None:
        return absolute
    if published is None:
        if _relative(phrase, dt.date(2000, 1, 5), tense) is not None:
            return DateValue(None, None, True, "relative date and no publication date known")
        return DateValue(None, None, False, "not a specific date")
    relative = _relative(phrase, published, tense)
    if relative is not None:
        return relative
    return DateValue(None, None, False, "not a specific date")


def _clean(text: str) -> str:
    phrase = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))
    phrase = phrase.rstrip(".,;:")
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _LEADING_WORDS.sub("", phrase)
    return phrase


_FISCAL = re.compile(r"(?:fiscal(?: year)?|fy)\s*'?(?P<year>\d{4}|\d{2})$")


def _fiscal_year(phrase: str) -> DateValue | None:
    """Fiscal years ("fiscal 2025", "FY2026", "fiscal year 2024"): when the fiscal year starts
    is the organisation's own business, so the calendar year is given and the note says so."""
    match = _FISCAL.match(phrase)
    if match is None:
        return None
    year = int(match.group("year"))
    year = year + 2000 if year < 100 else year
    return DateValue(f"{year:04d}", "year", False, "fiscal year: calendar year assumed")


def _absolute(phrase: str) -> DateValue | None:
    fiscal = _fiscal_year(phrase)
    if fiscal is not None:
        return fiscal
    for pattern, granularity in _ABSOLUTE_PATTERNS:
        match = pattern.match(phrase)
        if match is None:
            continue
        groups = match.groupdict()
        if granularity == "decade":
            start = int(groups["decade"])
            return DateValue(f"{start}/{start + 9}", "decade", False)
        year = int(groups["year"])
        if granularity == "year":
            return DateValue(f"{year:04d}", "year", False) if 1000 <= year <= 2999 else None
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"]]
        if granularity == "month":
            return DateValue(f"{year:04d}-{month:02d}", "month", False)
        day = safe_date(year, month, int(groups["day"]))
        return DateValue(day.isoformat(), "day", False) if day else None
    return None


def _relative(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    for resolver in (
        _named_day,
        _weekday,
        _this_last_next,
        _month_without_year,
        _quarter,
        _season,
        _ago,
        _part_of,
        _decade,
    ):
        value = resolver(phrase, published, tense)
        if value is not None:
            return value
    return None


def _named_day(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if phrase in offsets:
        return day_value(published + dt.timedelta(days=offsets[phrase]))
    if phrase in ("this morning", "this afternoon", "this evening", "earlier today"):
        return day_value(published)
    if phrase in ("last night", "yesterday morning", "yesterday afternoon", "yesterday evening"):
        return day_value(published - dt.timedelta(days=1))
    return None


def _weekday(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    match = re.match(
        r"(?:(?P<which>last|this|next|past)\s+)?(?:(?:earlier|early|late)\s+)?(?P<day>[a-z]+?)"
        r"(?:\s+(?:morning|afternoon|evening|night))?$",
        phrase,
    )
    if match is None or match.group("day") not in WEEKDAYS:
        return None
    target = WEEKDAYS[match.group("day")]
    which = match.group("which")
    if which == "next":
        delta = (target - published.weekday()) % 7 or 7
        return day_value(published + dt.timedelta(days=delta))
    if which == "this":
        return day_value(published + dt.timedelta(days=target - published.weekday()))
    if tense == "future":
        delta = (target - published.weekday()) % 7 or 7
        return day_value(published + dt.timedelta(days=delta))
    # News reports the recent past: a bare weekday is the latest one, the day of publication
    # itself included ("the council met on Tuesday" in Tuesday's paper is that day).
    delta = (published.weekday() - target) % 7
    return day_value(published - dt.timedelta(days=delta))


def _this_last_next(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    phrase = phrase.replace("this past ", "past " if not phrase.endswith("weekend") else "last ")
    if phrase == "weekend":  # "the weekend": the latest one, or the next if the verb says so
        phrase = "next weekend" if tense == "future" else _latest_weekend(published)
    match = re.match(
        r"(?P<which>this|last|next|past|previous|coming|current|the past|the last|earlier this|later this)\s+(?P<unit>week|month|year|weekend)$",  # noqa: E501
        phrase,
    )
    if match is None:
        return None
    which, unit = match.group("which"), match.group("unit")
    if which in ("past", "the past", "the last") and unit != "weekend":
        return _trailing_window(published, unit)
    if which in ("earlier this", "later this"):
        start, end = period_around(published, unit, 0)
        if which == "earlier this":
            return interval_value(start, published, granularity_of(unit))
        return interval_value(published, end, granularity_of(unit))
    shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[which]
    if unit == "weekend":
        saturday = published + dt.timedelta(days=5 - published.weekday() + 7 * shift)
        return interval_value(saturday, saturday + dt.timedelta(days=1), "day")
    start, end = period_around(published, unit, shift)
    return interval_value(start, end, granularity_of(unit))


def _latest_weekend(published: dt.date) -> str:
    """The latest weekend: "this weekend" when publication falls on it, else "last weekend"."""
    return "this weekend" if published.weekday() >= 5 else "last weekend"


def _trailing_window(published: dt.date, unit: str) -> DateValue:
    days = {"week": 7, "month": 30, "year": 365}[unit]
    return interval_value(published - dt.timedelta(days=days), published, "day")


def _month_without_year(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.match(phrase)
        if match:
            month, day = MONTHS[match.group("month")], int(match.group("day"))
            year = _nearest_year(published, month, day, tense)
            found = safe_date(year, month, day)
            return day_value(found) if found else None
    match = _MONTH_ALONE.match(phrase)
    if match:
        month = MONTHS[match.group("month")]
        year = _nearest_year(published, month, 1, tense, whole_month=True)
        return DateValue(f"{year:04d}-{month:02d}", "month", True)
    return None


def _nearest_year(
    published: dt.date, month: int, day: int, tense: str | None, whole_month: bool = False
) -> int:
    """The year of a month/day without one. The tense decides; without it, news mostly reports
    the past: the latest such day on or before publication, unless it is shortly after."""
    this_year = dt.date(published.year, month, min(day, 28))
    if whole_month and month == published.month:
        return published.year  # "in March", published in March
    if tense == "future":
        return published.year if this_year >= published else published.year + 1
    if this_year <= published:
        return published.year
    if tense == "past":
        return published.year - 1
    ahead = (this_year - published).days
    return published.year if ahead <= FUTURE_WINDOW_DAYS else published.year - 1


def _quarter(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    match = _QUARTER.match(phrase)
    if match is None:
        return None
    quarter = (
        int(match.group("qnum"))
        if match.group("qnum")
        else _ORDINAL_QUARTERS[match.group("ordinal")]
    )
    relative = True
    if match.group("year"):
        year, relative = int(match.group("year")), False
    else:
        year = published.year + {None: 0, "this": 0, "last": -1, "next": 1}[match.group("which")]
    start = dt.date(year, 3 * quarter - 2, 1)
    end = month_end(year, 3 * quarter)
    return DateValue(f"{start.isoformat()}/{end.isoformat()}", "quarter", relative)


def _season(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    match = _SEASON.match(phrase)
    if match is None:
        return None
    first, last = SEASONS[match.group("season")]
    relative = match.group("year") is None
    if not relative:
        year = int(match.group("year"))
    else:
        year = _season_year(published, first, last, match.group("which"))
    end_year = year + 1 if last < first else year  # winter runs into the next year
    start, end = dt.date(year, first, 1), month_end(end_year, last)
    return interval_value(start, end, "month", relative)


def _season_year(published: dt.date, first: int, last: int, which: str | None) -> int:
    """The year a season starts in: "last autumn" is the latest one that has ended."""
    current = published.year if published.month >= first else published.year - 1
    if last < first and published.month <= last:
        current = published.year - 1  # January is in the winter that began in December
    if which in ("last", "past"):
        end_year = current + 1 if last < first else current
        has_ended = month_end(end_year, last) < published
        return current if has_ended else current - 1
    if which == "next":
        return current + 1
    return current


def _ago(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    match = _AGO.match(phrase)
    if match is None:
        return None
    count_text, unit = match.group("count"), match.group("unit")
    count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS.get(count_text)
    if count is None:
        return None
    if unit == "day":
        return day_value(published - dt.timedelta(days=count))
    if unit == "week":
        start, end = period_around(published, "week", -count)
        return interval_value(start, end, "week")
    if unit == "month":
        year, month = shift_month(published.year, published.month, -count)
        return DateValue(f"{year:04d}-{month:02d}", "month", True)
    if unit == "year":
        return DateValue(f"{published.year - count:04d}", "year", True)
    decade = (published.year - 10 * count) // 10 * 10
    return DateValue(f"{decade}/{decade + 9}", "decade", True)


def _part_of(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    match = _PART_OF.match(phrase)
    if match is None:
        return None
    part = {"end of": "late", "start of": "early", "beginning of": "early"}.get(
        match.group("part"), match.group("part")
    )
    rest = {"the year": "this year", "the month": "this month"}.get(
        match.group("rest"), match.group("rest")
    )
    whole = normalise_date(rest, published, tense)
    if whole.value is None or whole.granularity not in ("year", "month"):
        return None
    if whole.granularity == "year":
        year = int(whole.value[:4])
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        start, end = dt.date(year, first, 1), month_end(year, last)
        return interval_value(start, end, "month", whole.relative)
    year, month = int(whole.value[:4]), int(whole.value[5:7])
    last_of_month = month_end(year, month).day
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last_of_month)}[part]
    return interval_value(
        dt.date(year, month, first_day), dt.date(year, month, last_day), "day", whole.relative
    )


def _decade(phrase: str, published: dt.date, tense: str | None) -> DateValue | None:
    if _DECADE_WORDS.match(phrase):
        start = (
            published.replace(year=published.year - 10)
            if not is_feb29(published)
            else published - dt.timedelta(days=3652)
        )
        return interval_value(start, published, "decade")
    return None
