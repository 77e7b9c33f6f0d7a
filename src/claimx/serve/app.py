"""The web application of ``claimx serve`` (Starlette): routes, request parsing, answers.

A request becomes an ``Article`` exactly as ``claimx extract`` makes one from a file (the
body's bytes through ``inputs.bytes_article``), the article goes to a worker of the pool
(``WorkerPool``: the core, with the pipeline loaded before the workers were forked; which
articles go to a worker together is ``dispatch``'s), and the answer is its record, or the HTML
report of it. The event loop never runs spaCy: reading the body and waiting for the worker are
awaited; decoding or extracting a web page's text, encoding JSON and rendering a page run in
threads. Every error is an answer (JSON ``{"error": ...}``, or the page with the message for
the page's own form), never the server's end.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import sys
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimx import __version__
from claimx.core import Extracted, Failure, Outcome, RunConfig
from claimx.errors import ClaimxError
from claimx.inputs import STDIN_NAME, Article, bytes_article, format_size
from claimx.inputs.kinds import single_kind
from claimx.pool import WorkerPool
from claimx.records import ArticleRecord
from claimx.serve import page
from claimx.serve.dispatch import Dispatcher, Stopped

JSON_FIELDS = ("text", "published", "id", "input_format")
QUERY_PARAMETERS = ("format", "min_confidence", "published", "id")
INPUT_FORMATS = ("auto", "text", "html")
ANSWER_FORMATS = ("json", "html")
JSON_TYPES = ("application/json",)
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
RAW_TYPES = {"text/plain": False, "text/html": True}  # content type: is it a web page
ACCEPTED = "application/json, text/plain, text/html, or a form (text=... or a file)"
MAX_FORM_FIELDS = 16
# Warnings about how the article was read (what extract prints on stderr), as a JSON array.
WARNINGS_HEADER = "X-Claimx-Warnings"
PASTED = "pasted text"  # the page's name for what was pasted into it
# (curl --data sends a form: its article is then a field's name, not the field 'text')
FORM_HINT = "send the form field 'text', or the article itself with Content-Type: text/plain"
STOPPED = "the server stopped before the article was done — send it again once it is back"
ROUTES_HELP = "POST /extract, GET /health, /schema, /openapi.json, and the page at /"
# Headers on every answer: no sniffing a JSON answer into a page, no framing, no referrer.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@dataclass(frozen=True)
class Settings:
    """What the application needs to know of the command line."""

    model: str | None  # --model, sent to the workers
    model_name: str  # the loaded pipeline's, for /health
    model_version: str
    jobs: int
    max_bytes: int
    cors: tuple[str, ...] = ()  # --cors ORIGIN...
    debug: bool = False  # --debug: an internal error's traceback on stderr
    address: str = ""  # the URL it listens on, announced once the workers are up
    announce: Callable[[str], None] | None = None


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


def create_app(settings: Settings) -> Starlette:
    """The application: routes, error answers, the body limit, CORS only if asked for."""
    service = _Service(settings)
    routes = [
        Route("/", guarded(settings.debug, service.page), methods=["GET", "POST"]),
        Route("/extract", guarded(settings.debug, service.extract), methods=["POST"]),
        Route("/health", guarded(settings.debug, service.health), methods=["GET"]),
        Route("/schema", guarded(settings.debug, service.schema), methods=["GET"]),
        Route("/openapi.json", guarded(settings.debug, service.openapi), methods=["GET"]),
    ]
    middleware = [Middleware(BodyLimit, max_bytes=settings.max_bytes)]
    if settings.cors:
        cors = Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
            expose_headers=[WARNINGS_HEADER],
        )
        middleware.insert(0, cors)
    handlers: dict[Any, Any] = {
        HTTPException: _http_error,
        RequestError: _request_error,
        BodyTooLarge: service.too_large,
        ClientDisconnect: _client_left,
    }
    return Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers=handlers,
        lifespan=service.lifespan,
    )


class _Service:
    """The endpoints, around the worker pool started and stopped with the application."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.dispatcher: Dispatcher | None = None

    @asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        # The workers are forked now, before any thread of the server exists, with the
        # pipeline the command loaded: the model is loaded once, and shared.
        pool = WorkerPool(RunConfig(self.settings.model), self.settings.jobs)
        dispatcher = Dispatcher(pool, self.settings.jobs)
        try:
            await asyncio.wrap_future(pool.start())
            self.dispatcher = dispatcher
            if self.settings.announce is not None:
                self.settings.announce(self.settings.address)
            yield
        finally:
            self.dispatcher = None
            dispatcher.close()
            pool.terminate()

    # --- the API ------------------------------------------------------------------------

    async def extract(self, request: Request) -> Response:
        query = _query(request)
        submission = await self._submission(request, query)
        done = await self._record(request, submission, query)
        if done is None:  # the client left: nobody to answer
            return Response(status_code=499)
        record, warnings = done
        headers = {WARNINGS_HEADER: _header_list(warnings)} if warnings else {}
        if query.answer == "html":
            return await _page_response(lambda: page.report(record, form=False), 200, headers)
        return await _json_response(record, 200, headers)

    async def health(self, request: Request) -> Response:
        settings = self.settings
        return await _json_response(
            {
                "status": "ok",
                "model": settings.model_name,
                "model_version": settings.model_version or None,
                "version": __version__,
                "workers": settings.jobs,
            }
        )

    async def schema(self, request: Request) -> Response:
        from claimx.schema import json_schema

        return await _json_response(json_schema())

    async def openapi(self, request: Request) -> Response:
        from claimx.serve.openapi import openapi

        return await _json_response(openapi(self.settings.max_bytes))

    # --- the page -----------------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        if request.method == "POST":
            return await self.submit_page(request)
        return await _page_response(page.index)

    async def submit_page(self, request: Request) -> Response:
        """The page's form: the report of the article, with the form again above it."""
        try:
            query = replace(_query(request), answer="html")
            submission = await self._form_submission(request, query, page=True)
            done = await self._record(request, submission, query)
        except RequestError as error:
            message = error.message
            return await _page_response(lambda: page.index(message), error.status)
        if done is None:
            return Response(status_code=499)
        record, warnings = done
        published = submission.published.isoformat() if submission.published else ""
        return await _page_response(
            lambda: page.report(record, form=True, published=published, warnings=warnings)
        )

    async def too_large(self, request: Request, error: Exception) -> Response:
        return _error(request, 413, too_large(self.settings.max_bytes), {"Connection": "close"})

    # --- from a request to a record -----------------------------------------------------

    async def _submission(self, request: Request, query: Query) -> Submission:
        kind, parameters = _content_type(request.headers.get("content-type", ""))
        if kind in JSON_TYPES:
            body = await request.body()
            return await run_in_threadpool(_json_submission, body, query)
        if kind in RAW_TYPES:
            body = await request.body()
            name = query.name or STDIN_NAME
            return Submission(
                name, body, RAW_TYPES[kind], query.published, parameters.get("charset")
            )
        if kind in FORM_TYPES:
            return await self._form_submission(request, query, page=False)
        shown = f"Content-Type {kind}" if kind else "no Content-Type"
        raise RequestError(415, f"body: {shown} — send {ACCEPTED}")

    async def _form_submission(self, request: Request, query: Query, page: bool) -> Submission:
        kind, _ = _content_type(request.headers.get("content-type", ""))
        if kind not in FORM_TYPES:
            raise RequestError(415, f"body: not a form — send {ACCEPTED}")
        limit = self.settings.max_bytes
        form = await request.form(max_files=1, max_fields=MAX_FORM_FIELDS, max_part_size=limit)
        try:
            return await self._read_form(dict(form.multi_items()), query, page)
        finally:
            await form.close()  # an uploaded file's temporary file

    async def _read_form(self, fields: dict[str, Any], query: Query, page: bool) -> Submission:
        published = _date(_form_text(fields, "published"), "published") or query.published
        input_format = _form_text(fields, "input_format") or "auto"
        if input_format not in INPUT_FORMATS:
            raise RequestError(400, f"input_format: '{input_format}' — use text, html or auto")
        name = _form_text(fields, "id") or query.name
        upload = fields.get("file")
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read()
            # A file is read as claimx extract reads it: by its name's extension, else content.
            html = single_kind(upload.filename, data, input_format).name == "html"
            return Submission(name or upload.filename, data, html, published)
        text = _form_text(fields, "text")
        if not text.strip():
            what = "paste an article or choose a file" if page else FORM_HINT
            raise RequestError(400, f"text: no article — {what}")
        default = PASTED if page else STDIN_NAME
        return _text_submission(name or default, text, input_format, published)

    async def _record(
        self, request: Request, submission: Submission, query: Query
    ) -> tuple[ArticleRecord, tuple[str, ...]] | None:
        """The article's record from a worker, and what is worth a warning about how it was
        read (as extract prints on stderr); None if the client left before it was ready."""
        try:
            article = await run_in_threadpool(submission.article)
        except ClaimxError as error:
            raise RequestError(422, error.line()) from None
        except Exception as error:  # an input we did not foresee: it fails alone, as in a batch
            problem = f"could not be read ({type(error).__name__}: {error})"
            raise RequestError(422, f"{submission.name}: {problem} — report it") from None
        config = RunConfig(
            self.settings.model,
            include_text=query.answer == "html",
            min_confidence=query.min_confidence,
        )
        outcome = await self._outcome(request, article, config)
        if outcome is None:
            return None
        if isinstance(outcome, Failure):
            problem = f"{outcome.article.name}: could not be processed ({outcome.reason})"
            raise RequestError(422, f"{problem} — report it, with the article")
        assert isinstance(outcome, Extracted)
        return outcome.record, tuple(dict.fromkeys((*article.warnings, *outcome.warnings)))

    async def _outcome(
        self, request: Request, article: Article, config: RunConfig
    ) -> Outcome | None:
        """The article through a worker; None as soon as the client disconnects (an article
        no worker has taken yet is then never run)."""
        dispatcher = self.dispatcher
        if dispatcher is None:
            raise RequestError(503, STOPPED)
        try:
            outcome = dispatcher.submit(article, config)
        except Stopped:
            raise RequestError(503, STOPPED) from None
        left = asyncio.ensure_future(_disconnect(request.receive))
        try:
            either: list[asyncio.Future[Any]] = [outcome, left]
            await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
        finally:
            left.cancel()
            if not outcome.done():
                outcome.cancel()
        if outcome.cancelled():
            return None
        try:
            return outcome.result()
        except Stopped:
            raise RequestError(503, STOPPED) from None


async def _disconnect(receive: Receive) -> None:
    """Returns when the client has gone (the body was read: nothing else can come)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return


# --- parsing --------------------------------------------------------------------------------


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


# --- answers --------------------------------------------------------------------------------


async def _json_response(
    value: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    body = await run_in_threadpool(_encode, value)
    return Response(body, status, {**SECURITY_HEADERS, **(headers or {})}, "application/json")


def _encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


async def _page_response(
    render: Callable[[], page.Page], status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    made = await run_in_threadpool(render)
    sent = {**SECURITY_HEADERS, **(headers or {}), "Content-Security-Policy": made.csp}
    return Response(made.html, status, sent, "text/html; charset=utf-8")


def _header_list(lines: tuple[str, ...]) -> str:
    """Lines as a header's value: a JSON array, in ASCII (headers are not UTF-8)."""
    return json.dumps(list(lines), ensure_ascii=True)


def _error(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    """The JSON error answer; for the page's own form, the page with the message."""
    if request.url.path == "/" and request.method == "POST":
        made = page.index(message)
        headers = {**SECURITY_HEADERS, "Content-Security-Policy": made.csp}
        return Response(made.html, status, headers, "text/html; charset=utf-8")
    body = _encode({"error": message})
    return Response(body, status, {**SECURITY_HEADERS, **(headers or {})}, "application/json")


async def _request_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestError)
    return _error(request, error.status, error.message)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    path = request.url.path
    if error.status_code == 404:
        message = f"{path}: no such path — the API has {ROUTES_HELP}"
    elif error.status_code == 405:
        headers = {key.lower(): value for key, value in (error.headers or {}).items()}
        allowed = headers.get("allow", "another method")
        message = f"{path}: {request.method} is not allowed here — use {allowed}"
    else:
        message = f"{path}: {error.detail}"
    return _error(request, error.status_code, message, error.headers)


async def _client_left(request: Request, error: Exception) -> Response:
    return Response(status_code=499)  # never sent: there is nobody to send it to


def too_large(max_bytes: int) -> str:
    limit = format_size(max_bytes)
    return f"body: larger than the {limit} limit — start the server with a larger --max-size"


class BodyLimit:
    """Refuses a body larger than ``max_bytes``: at once when its Content-Length says so
    (unread), else as soon as the bytes read pass the limit (the rest is never read)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for key, value in scope["headers"]:
            if key == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        await self.app(scope, limited, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = too_large(self.max_bytes)
        response = _error(Request(scope, receive), 413, message, {"Connection": "close"})
        await response(scope, receive, send)


def guarded(
    debug: bool, endpoint: Callable[[Request], Awaitable[Response]]
) -> Callable[[Request], Awaitable[Response]]:
    """An endpoint whose unforeseen failure is a 500 answer and one line on stderr, and
    which a server stopping cuts with a 503 answer (not a traceback)."""

    async def run(request: Request) -> Response:
        try:
            return await endpoint(request)
        except asyncio.CancelledError:  # the server stopped, and its grace ran out: cut
            return _error(request, 503, STOPPED)
        except (RequestError, HTTPException, BodyTooLarge, ClientDisconnect):
            raise
        except Exception as error:
            problem = f"internal error ({type(error).__name__}: {error})"
            if debug:
                traceback.print_exc()
            print(f"Error: {request.url.path}: {problem}", file=sys.stderr, flush=True)
            return _error(request, 500, f"{problem} — report it")

    return run
