"""Running ``claimx serve``: the socket, uvicorn, and stopping cleanly.

uvicorn serves the application (``app``) on a socket bound here, so that a bad address is one
error line before anything starts and ``--port 0`` is told the port it got. uvicorn catches
SIGINT and SIGTERM, stops accepting, lets requests in flight finish for ``GRACE_SECONDS`` and
then cuts them; the application's shutdown stops the workers; then uvicorn raises the signal
again, which the command turns into its exit code (130, 143) as every claimx command does.
"""

from __future__ import annotations

import copy
import ipaddress
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from claimx.errors import ClaimxError

GRACE_SECONDS = 3  # for requests in flight when the server is asked to stop
BACKLOG = 2048


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8000
    model: str | None = None
    jobs: int = 1
    max_bytes: int = 10 * 10**6
    body_timeout: float = 30.0  # seconds a request's body may stop arriving
    cors: tuple[str, ...] = ()
    access_log: bool = True
    debug: bool = False  # a request's internal error prints its traceback


def serve(
    sock: socket.socket,
    options: ServeOptions,
    model_name: str,
    model_version: str,
    info: Callable[[str], None],
) -> None:
    """Serve on ``sock`` (from ``bind``) until SIGINT or SIGTERM (raised again once stopped,
    for the exit code)."""
    import uvicorn

    from claimx.serve.app import Settings, create_app

    address = url_of(sock)
    settings = Settings(
        model=options.model,
        model_name=model_name,
        model_version=model_version,
        jobs=options.jobs,
        max_bytes=options.max_bytes,
        body_timeout=options.body_timeout,
        cors=options.cors,
        debug=options.debug,
        address=address,
        announce=lambda url: info(
            f"claimx serve: listening on {url} (model {model_name}, "
            f"{options.jobs} worker{'s' if options.jobs != 1 else ''}) — Ctrl-C stops it"
        ),
    )
    config = uvicorn.Config(
        create_app(settings),
        lifespan="on",
        log_config=_log_config(uvicorn.config.LOGGING_CONFIG),
        log_level="warning",  # not uvicorn's own chatter; the access log is kept below
        access_log=options.access_log,
        timeout_graceful_shutdown=GRACE_SECONDS,
        server_header=False,
        backlog=BACKLOG,
    )
    if options.access_log:
        logging.getLogger("uvicorn.access").setLevel(logging.INFO)
    uvicorn.Server(config).run(sockets=[sock])


def _log_config(default: dict[str, Any]) -> dict[str, Any]:
    """uvicorn's logging, all of it on stderr (stdout is for data, and a server has none)."""
    config = copy.deepcopy(default)
    for handler in config.get("handlers", {}).values():
        if handler.get("stream") == "ext://sys.stdout":
            handler["stream"] = "ext://sys.stderr"
    return config


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (a name, an IPv4 or IPv6 address)."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as error:
        raise ClaimxError(
            f"--host {host}: not an address this machine can listen on ({error})",
            "give an IP address or a host name, such as 127.0.0.1",
        ) from None
    family, kind, proto, _, sockaddr = found[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.bind(sockaddr)
        sock.listen(BACKLOG)
    except OSError as error:
        sock.close()
        where = f"{host}:{port}"
        reason = error.strerror or str(error)
        hint = "stop what uses it, or choose another --port (0: any free one)"
        if error.errno not in (98, 48):  # EADDRINUSE on Linux, macOS
            hint = "choose another --host or --port"
        raise ClaimxError(f"cannot listen on {where} ({reason})", hint) from None
    sock.set_inheritable(False)
    return sock


def exposure_warning(sock: socket.socket) -> str | None:
    """The warning for a socket other machines can reach."""
    if is_loopback(sock):
        return None
    return (
        f"listening on {url_of(sock)}, which other machines can reach: the API has no "
        "authentication — put it behind a proxy that has, or use --host 127.0.0.1"
    )


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def is_loopback(sock: socket.socket) -> bool:
    host = sock.getsockname()[0]
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False
