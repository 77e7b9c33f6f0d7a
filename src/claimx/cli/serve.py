"""``claimx serve``: the command, from its options to the server (``claimx.serve``)."""

from __future__ import annotations

import functools
import importlib.util
import os

import click

from claimx.cli.exits import handle_errors
from claimx.cli.options import ByteSize, jobs_option, load_model, model_option
from claimx.console import Reporter
from claimx.errors import ClaimxError

DEFAULT_MAX_SIZE = 10 * 10**6
DEFAULT_BODY_TIMEOUT = 30.0


@click.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, metavar="HOST", help="Address to listen on."
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    metavar="PORT",
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free one; the address is printed on stderr).",
)
@model_option
@jobs_option(None, "Worker processes [default: the number of cores].")
@click.option(
    "--max-size",
    type=ByteSize(),
    default=DEFAULT_MAX_SIZE,
    show_default="10MB",
    metavar="SIZE",
    help="Refuse a request body larger than SIZE (413), unread.",
)
@click.option(
    "--body-timeout",
    type=click.FloatRange(0, min_open=True),
    default=DEFAULT_BODY_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Answer 408 and close the connection when a request's body stops arriving for this "
    "long (a slow or stalled upload holds no connection for ever).",
)
@click.option(
    "--cors",
    metavar="ORIGIN",
    multiple=True,
    help="Let pages of ORIGIN (https://example.org) call the API from a browser; repeatable. "
    "[default: no CORS headers]",
)
@click.option("-q", "--quiet", is_flag=True, help="No access log or warnings on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks (of a request's internal error too).")
@handle_errors
def serve(
    host: str,
    port: int,
    model: str | None,
    jobs: int | None,
    max_size: int,
    body_timeout: float,
    cors: tuple[str, ...],
    quiet: bool,
    debug: bool,
) -> None:
    """Serve an HTTP API and a page to paste an article into.

    POST /extract takes an article (a JSON object {"text", "published", "id", "input_format"},
    or a text/plain or text/html body) and answers with the record `claimx extract --format
    json` gives for it (?format=html: its report). GET / is a page with a form; GET /health,
    /schema and /openapi.json describe the server. The model is loaded once, and articles
    are processed in -j worker processes, so a long article holds up no other.

    \b
    Examples:
      claimx serve --port 8000
      curl -s localhost:8000/extract -H 'Content-Type: text/plain' --data-binary @article.txt
    """
    reporter = Reporter(quiet=quiet, debug=debug)
    for origin in cors:
        if origin != "*" and not origin.startswith(("http://", "https://")):
            raise click.BadParameter(
                f"{origin!r} is not an origin such as https://example.org", param_hint="--cors"
            )
    if importlib.util.find_spec("uvicorn") is None or importlib.util.find_spec("starlette") is None:
        raise ClaimxError(
            "claimx serve needs uvicorn and Starlette, which are not installed",
            "install them with: pip install 'claimx[serve]'",
        )
    from claimx.serve.run import ServeOptions, bind, exposure_warning
    from claimx.serve.run import serve as run_server

    options = ServeOptions(
        host=host,
        port=port,
        model=model,
        jobs=jobs or max(os.cpu_count() or 1, 1),
        max_bytes=max_size,
        body_timeout=body_timeout,
        cors=tuple(origin.rstrip("/") for origin in cors),
        access_log=not quiet,
        debug=debug,
    )
    # The address first (a port in use is one line at once), then the model (seconds).
    with bind(host, port) as sock:
        warning = exposure_warning(sock)
        if warning:
            reporter.warn(warning)
        pipeline = load_model(model, reporter)
        info = functools.partial(click.echo, err=True)
        run_server(sock, options, pipeline.model_name, pipeline.model_version, info)
