"""The answers of ``claimx serve``: JSON, the page, the error answers, the body limit, and
the guard that makes an endpoint's unforeseen failure an answer.
"""

from __future__ import annotations

import asyncio
import json
import sys
import traceback
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimx.serve import page
from claimx.serve.bodies import BodyTooLarge, RequestError, body_stalled, too_large

STOPPED = "the server stopped before the article was done — send it again once it is back"
ROUTES_HELP = "POST /extract, GET /health, /schema, /openapi.json, and the page at /"
# Headers on every answer: no sniffing a JSON answer into a page, no framing, no referrer.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


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


class BodyLimit:
    """Refuses a body larger than ``max_bytes``: at once when its Content-Length says so
    (unread), else as soon as the bytes read pass the limit (the rest is never read). A body
    that stops arriving for ``idle_seconds`` is answered 408 (uvicorn waits for a body for
    ever: a stalled or deliberately slow upload would hold its connection and its memory)."""

    def __init__(self, app: ASGIApp, max_bytes: int, idle_seconds: float = 30.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.idle_seconds = idle_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for key, value in scope["headers"]:
            if key == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
        received = 0
        body_read = False

        async def limited() -> Message:
            nonlocal received, body_read
            if body_read:  # (then only a disconnect can come: waited for as long as it takes)
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), self.idle_seconds)
            except TimeoutError:
                raise RequestError(408, body_stalled(self.idle_seconds)) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
                body_read = not message.get("more_body", False)
            else:
                body_read = True
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
