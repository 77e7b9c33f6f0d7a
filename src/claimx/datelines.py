"""Datelines: "LAGOS (Reuters) -", "BERLIN, March 3, 2026 --", "OSLO, May 3, 2026 /PRNewswire/
--", "WASHINGTON —" opening an article's first paragraph.

A dateline is the writer's, never part of a source or a content: the text after it starts a
sentence of its own (``components.structure``), and its date, with a year, is the publication
date when no other is known (``inputs.article``). Standard library only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimx.lexicon import word_set

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A place in capitals ("SAN FRANCISCO"), perhaps with its state or country ("OSLO, Norway",
# "AUSTIN, Texas", "PORTLAND, Ore."); a date ("March 3, 2026", "May 3", "14 April 2026"); a
# wire or agency ("(Reuters)", "/PRNewswire/"); then a dash (or a colon: "HARIPURAM:").
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3}"
    r"(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+){0,2})?)"
    rf"(?:,?[ ](?:(?P<month>{_MONTH})[ ](?P<day>\d{{1,2}})"
    rf"|(?P<day_first>\d{{1,2}})[ ](?P<month_second>{_MONTH}))(?:,?[ ](?P<year>\d{{4}}))?)?"
    r"(?:[ ]*(?:\((?P<agency>[A-Za-z&.' -]{2,40})\)|/(?P<wire>[A-Za-z&.' -]{2,40})/))?"
    r"[ ]*(?P<dash>--|—|–|-|:)[ ]*(?=\S)"
)
# Labels in capitals that open a line with a dash but are no place.
_NOT_PLACES = word_set(
    "BREAKING UPDATE UPDATED EXCLUSIVE WATCH OPINION ANALYSIS LIVE CORRECTION EDITOR'S NOTE "
    "FILE PHOTO VIDEO AUDIO LISTEN READ MORE RELATED SPONSORED ADVERTISEMENT Q A"
)
# How far into the text a dateline may open a line (a headline may come first).
SEARCH_CHARS = 1000


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # where the article's own words begin
    date: dt.date | None  # when it names a day with its year


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """The dateline opening one of the first lines of ``text`` (from ``start``), if any."""
    limit = min(len(text), start + SEARCH_CHARS)
    for line_start in _line_starts(text, start, limit):
        match = _DATELINE.match(text, line_start)
        if match is not None and _is_a_dateline(match) and not _a_speakers_label(match, text):
            return Dateline(match.start(), match.end(), _date_of(match))
    return None


# A line opening with a label and a colon ("WALLACE:", "Q:", "Sanders:").
_LABEL_LINE = re.compile(r"^[ \t]*[A-Z][\w.'’ -]{0,40}:", re.MULTILINE)


def _a_speakers_label(match: re.Match[str], text: str) -> bool:
    """ "HARIPURAM: The High Court ..." is a dateline; "WALLACE: Let's start ..." is a
    transcript's speaker, whose label opens other lines too (and other speakers' do)."""
    if match.group("dash") != ":":
        return False
    labels = [label for label in _LABEL_LINE.findall(text) if not _NOT_A_SPEAKER.match(label)]
    return len(labels) > 1


# Line labels that name no speaker, so that a dateline beside them is still one.
_NOT_A_SPEAKER = re.compile(
    r"\s*(?:related|read more|see also|also read|editor'?s note|correction|update|photo|"
    r"video|watch|listen|more)\b",
    re.IGNORECASE,
)


def _line_starts(text: str, start: int, limit: int) -> list[int]:
    starts = [start + len(text[start:limit]) - len(text[start:limit].lstrip())]
    for found in re.finditer(r"\n[ \t]*", text[start:limit]):
        starts.append(start + found.end())
    return starts


def _is_a_dateline(match: re.Match[str]) -> bool:
    words = set(re.findall(r"[A-Z][A-Z'’]*", match.group("place")))
    if words & _NOT_PLACES or len(match.group("place").split(",")[0]) < 3:
        return False
    # A single hyphen is a dateline's only beside a date or a wire ("LAGOS (Reuters) -"); a
    # line of capitals and a hyphen may be anything ("US - China talks").
    marked = (
        match.group("month")
        or match.group("month_second")
        or match.group("agency")
        or match.group("wire")
    )
    return bool(marked) or match.group("dash") != "-"


def _date_of(match: re.Match[str]) -> dt.date | None:
    if not match.group("year"):
        return None
    month_name = match.group("month") or match.group("month_second")
    day = match.group("day") or match.group("day_first")
    month = _MONTHS[month_name[:3].lower()]
    try:
        return dt.date(int(match.group("year")), month, int(day))
    except ValueError:
        return None
