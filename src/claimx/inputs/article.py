"""The ``Article``: decoded text, its name, and what is known about it (the metadata header)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimx.datelines import find_dateline
from claimx.errors import ClaimxError
from claimx.inputs.language import language_warning
from claimx.textview import text_view

STDIN_NAME = "-"

# "date 2026-03-05", "Date: 2026-03-05", "published 2026-03-05" at the very start of the text.
_DATE_MARKER = re.compile(
    r"\A\s*(?:date|dated|published|publication date)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)

# A date marker is looked for in the text's first characters only.
_MARKER_WINDOW = 1000


@dataclass(frozen=True)
class PageInfo:
    """What a web page says about itself (all None for a plain-text article)."""

    title: str | None = None
    url: str | None = None  # canonical, else og:url
    author: str | None = None
    site_name: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Article:
    """One decoded article. ``text`` is exactly what every output offset points into."""

    name: str
    text: str
    published: dt.date | None = None
    published_source: str | None = None  # "marker", "option", "field", "html", "dateline"
    header_end: int = 0  # offset where the metadata header (date marker) ends
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default_factory=tuple)
    metadata: dict[str, object] = field(default_factory=dict)  # other fields of a JSONL line
    origin: str | None = None  # "dump.jsonl:7" for a line of a dump: where it was read
    page: PageInfo = field(default_factory=PageInfo)
    derived: bool = False  # True when ``text`` was extracted (HTML), not the input itself
    headings: tuple[tuple[int, int], ...] = ()  # character ranges known to be headings


def read_date_marker(text: str) -> tuple[dt.date | None, int]:
    """The publication date of a leading ``date YYYY-MM-DD`` marker, and where the marker ends."""
    date, end, _ = _date_marker(text)
    return date, end


def _date_marker(text: str) -> tuple[dt.date | None, int, str | None]:
    """A leading marker's date and end, or (None, 0) and the marker's text when it names no
    real day ("date 2026-13-45"). Read on the text's normalised view (a leading U+FEFF or a
    no-break space hides no marker); the end is an offset of ``text`` itself."""
    view = text_view(text[:_MARKER_WINDOW])
    match = _DATE_MARKER.match(view.text)
    if match is None:
        return None, 0, None
    try:
        return dt.date.fromisoformat(match.group(1)), view.to_original(0, match.end())[1], None
    except ValueError:
        return None, 0, match.group(1)


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ClaimxError(f"published: {value!r} is not a date", "give it as YYYY-MM-DD") from None


def make_article(
    name: str,
    text: str,
    published: dt.date | str | None = None,
    warnings: Iterable[str] = (),
    metadata: dict[str, object] | None = None,
    published_source: str = "option",
    origin: str | None = None,
    check_language: bool = True,
) -> Article:
    """An ``Article`` from decoded text; ``published`` (from an option, a ``datetime.date`` or
    an ISO string) overrides the marker."""
    if isinstance(published, str):
        published = _iso_date(published)
    elif isinstance(published, dt.datetime):
        published = published.date()
    marker_date, header_end, bad_marker = _date_marker(text)
    found = list(warnings)
    if bad_marker is not None:
        found.append(f"{name}: date marker {bad_marker} is not a real date; ignored")
    if published is not None:
        source: str | None = published_source
    elif marker_date is not None:
        published, source = marker_date, "marker"
    elif (dateline := find_dateline(text)) is not None and dateline.date is not None:
        published, source = dateline.date, "dateline"  # "BERLIN, March 3, 2026 --"
    else:
        source = None
    language = language_warning(text) if check_language else None
    if language is not None:
        found.append(f"{name}: {language}")
    return Article(
        name=name,
        text=text,
        published=published,
        published_source=source,
        header_end=header_end,
        warnings=tuple(found),
        metadata=dict(metadata or {}),
        origin=origin,
    )
