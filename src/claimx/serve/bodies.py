"""Reading a request of ``claimx serve``: its query and its body (JSON, raw text or HTML, a
form) into a ``Submission``, the body's size limit, and ``RequestError`` for what cannot be read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from claimx.inputs import STDIN_NAME, Article, bytes_article, format_size
from claimx.inputs.kinds import single_kind

JSON_FIELDS = ("text", "published", "id", "input_format")
QUERY_PARAMETERS = ("format", "min_confidence", "published", "id")
INPUT_FORMATS = ("auto", "text", "html")
ANSWER_FORMATS = ("json", "html")
JSON_TYPES = ("application/json",)
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
RAW_TYPES = {"text/plain": False, "text/html": True}  # content type: is it a web page
ACCEPTED = "application/json, text/plain, text/html, or a form (text=... or a file)"
MAX_FORM_FIELDS = 16


class RequestError(Exception):
    """A request claimx cannot answer with a record: its status and the one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class BodyTooLarge(Exception):
    """The body went past --max-size while it was being read."""


@dataclass(frozen=True)
class Submission:
    """An article as it came in: its bytes, its name, how to read them."""

    name: str
    data: bytes
    html: bool
    published: dt.date | None
    charset: str | None = None

    def article(self) -> Article:
        """The article ``claimx extract`` would make of these bytes (raises ``ClaimxError``)."""
        return bytes_article(self.name, self.data, self.published, self.html, self.charset)


@dataclass(frozen=True)
class Query:
    answer: str  # json or html
    min_confidence: float
    published: dt.date | None
    name: str | None


def _query(request: Request) -> Query:
    params = request.query_params
    for key in params:
        if key not in QUERY_PARAMETERS:
            known = ", ".join(QUERY_PARAMETERS)
            raise RequestError(400, f"query: unknown parameter '{key}' — use {known}")
    answer = params.get("format", "json")
    if answer not in ANSWER_FORMATS:
        raise RequestError(400, f"format: '{answer}' is not json or html — use one of them")
    return Query(
        answer=answer,
        min_confidence=_confidence(params.get("min_confidence")),
        published=_date(params.get("published"), "published"),
        name=_name(params.get("id"), "id"),
    )


def _confidence(value: str | None) -> float:
    if value is None or value == "":
        return 0.0
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:  # (NaN too)
        raise RequestError(400, f"min_confidence: '{value}' is not a number from 0 to 1")
    return number


def _date(value: object, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        shown = json.dumps(value, ensure_ascii=False)[:40]
        raise RequestError(400, f"{field}: {shown} is not a date — give it as YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise RequestError(
            400, f"{field}: {value} does not exist on the calendar — give a real date"
        ) from None


def _name(value: object, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RequestError(400, f"{field}: must be a non-empty string naming the article")
    return value


def _content_type(header: str) -> tuple[str, dict[str, str]]:
    kind, _, rest = header.partition(";")
    parameters = {}
    for item in rest.split(";"):
        key, _, value = item.partition("=")
        if key.strip():
            parameters[key.strip().lower()] = value.strip().strip('"')
    return kind.strip().lower(), parameters


def _json_submission(body: bytes, query: Query) -> Submission:
    """A JSON body: an object with ``text`` (required), ``published``, ``id``,
    ``input_format``."""
    example = 'send an object such as {"text": "..."}'
    try:
        row = json.loads(body)
    except UnicodeDecodeError:
        raise RequestError(400, f"body: JSON that is not UTF-8 — {example}") from None
    except json.JSONDecodeError as error:
        raise RequestError(400, f"body: not valid JSON ({error}) — {example}") from None
    except RecursionError:
        raise RequestError(400, f"body: JSON nested too deeply to read — {example}") from None
    if not isinstance(row, dict):
        raise RequestError(400, f"body: JSON that is not an object — {example}")
    unknown = [key for key in row if key not in JSON_FIELDS]
    if unknown:
        fields = ", ".join(JSON_FIELDS)
        raise RequestError(400, f"body: unknown field '{unknown[0]}' — the fields are {fields}")
    if "text" not in row:
        raise RequestError(400, f"text: missing — {example}")
    text = row["text"]
    if not isinstance(text, str):
        raise RequestError(400, f"text: {_json_type(text)}, not a string — {example}")
    input_format = row.get("input_format") or "auto"
    if input_format not in INPUT_FORMATS:
        shown = json.dumps(input_format, ensure_ascii=False)[:40]
        raise RequestError(400, f"input_format: {shown} — use text, html or auto")
    published = _date(row.get("published"), "published") or query.published
    name = _name(row.get("id"), "id") or query.name or STDIN_NAME
    return _text_submission(name, text, input_format, published)


def _text_submission(
    name: str, text: str, input_format: str, published: dt.date | None
) -> Submission:
    """Text that came as a string: the article ``claimx extract`` makes of it as a UTF-8 file."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate ("\ud800") is not text
        escape = f"\\u{ord(text[error.start]):04x}"
        problem = f"holds a lone surrogate ({escape}), which is not text"
        raise RequestError(400, f"text: {problem} — fix the text's \\u escapes") from None
    if input_format not in INPUT_FORMATS:
        raise RequestError(400, f"input_format: '{input_format}' — use text, html or auto")
    html = input_format == "html" or (
        input_format == "auto" and single_kind(STDIN_NAME, data).name == "html"
    )
    return Submission(name, data, html, published)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "an array" if isinstance(value, list) else "an object"


def _form_text(fields: dict[str, Any], key: str) -> str:
    value = fields.get(key)
    return value if isinstance(value, str) else ""


def too_large(max_bytes: int) -> str:
    limit = format_size(max_bytes)
    return f"body: larger than the {limit} limit — start the server with a larger --max-size"


def body_stalled(seconds: float) -> str:
    return (
        f"body: nothing more arrived for {seconds:g} s — send the whole body at once, or start "
        "the server with a longer --body-timeout"
    )
