"""``claimx serve``: the HTTP API and the page to paste an article into.

One more caller of the one-article core, through the same worker pool as ``claimx extract -j
N`` (``claimx.pool``): the web application (``app``, Starlette) turns a request into an
``Article``, a worker turns it into the record ``claimx extract --format json`` would write,
and the event loop only waits for it. ``run`` binds the socket and runs the application under
uvicorn. The page's templates and style live in ``page/`` beside these modules.

uvicorn and Starlette are imported by these modules only (the ``serve`` extra), never by
``import claimx`` or ``claimx --help``.
"""
