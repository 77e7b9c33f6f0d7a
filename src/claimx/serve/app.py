"""The web application of ``claimx serve`` (Starlette): routes, request parsing, answers.

A request becomes an ``Article`` exactly as ``claimx extract`` makes one from a file (the
body's bytes through ``inputs.bytes_article``), the article goes to a worker of the pool
(``WorkerPool``: the core, with the pipeline loaded before the workers were forked; which
articles go to a worker together is ``dispatch``'s), and the answer is its record, or the HTML
report of it. The event loop never runs spaCy: reading the body and waiting for the worker are
awaited; decoding or extracting a web page's text, encoding JSON and rendering a page run in
threads. Every error is an answer (JSON ``{"error": ...}``, or the page with the message for
the page's own form), never the server's end. Reading a request is ``bodies``'s; making the
answers (and the body limit, the endpoints' guard) is ``answers``'s.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
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
from starlette.types import Receive

from claimx import __version__
from claimx.core import Extracted, Failure, Outcome, RunConfig
from claimx.errors import ClaimxError
from claimx.inputs import STDIN_NAME, Article
from claimx.inputs.kinds import single_kind
from claimx.pool import WorkerPool
from claimx.records import ArticleRecord
from claimx.serve import page
from claimx.serve.answers import (
    STOPPED,
    BodyLimit,
    _client_left,
    _error,
    _header_list,
    _http_error,
    _json_response,
    _page_response,
    _request_error,
    guarded,
)
from claimx.serve.bodies import (
    ACCEPTED,
    FORM_TYPES,
    INPUT_FORMATS,
    JSON_TYPES,
    MAX_FORM_FIELDS,
    RAW_TYPES,
    BodyTooLarge,
    Query,
    RequestError,
    Submission,
    _content_type,
    _date,
    _form_text,
    _json_submission,
    _query,
    _text_submission,
    too_large,
)
from claimx.serve.dispatch import Dispatcher, Stopped

# Warnings about how the article was read (what extract prints on stderr), as a JSON array.
WARNINGS_HEADER = "X-Claimx-Warnings"
PASTED = "pasted text"  # the page's name for what was pasted into it
# (curl --data sends a form: its article is then a field's name, not the field 'text')
FORM_HINT = "send the form field 'text', or the article itself with Content-Type: text/plain"


@dataclass(frozen=True)
class Settings:
    """What the application needs to know of the command line."""

    model: str | None  # --model, sent to the workers
    model_name: str  # the loaded pipeline's, for /health
    model_version: str
    jobs: int
    max_bytes: int
    body_timeout: float = 30.0  # --body-timeout
    cors: tuple[str, ...] = ()  # --cors ORIGIN...
    debug: bool = False  # --debug: an internal error's traceback on stderr
    address: str = ""  # the URL it listens on, announced once the workers are up
    announce: Callable[[str], None] | None = None


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
    middleware = [
        Middleware(BodyLimit, max_bytes=settings.max_bytes, idle_seconds=settings.body_timeout)
    ]
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
