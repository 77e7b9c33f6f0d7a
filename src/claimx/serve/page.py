"""The pages of ``claimx serve``: the form to paste an article into, and the report of one.

The form's templates and style live in ``form/`` beside this module and are rendered by
Jinja2 with auto-escaping, like the report (``render.html_report``), which shows the article
with the form above it. Neither page loads anything or needs a script to submit; the pages'
Content Security Policy allows only their own style (and the report's own script), so an
article's markup would neither run nor fetch anything even if it got through.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from claimx import __version__
from claimx.records import ArticleRecord

ASSETS = Path(__file__).with_name("form")
# Sent as a header with every page: what a <meta> policy cannot say (no page may frame it).
FRAMING_POLICY = "frame-ancestors 'none'"


@dataclass(frozen=True)
class Page:
    html: str
    csp: str  # the Content-Security-Policy header to send with it


def index(error: str | None = None, published: str = "") -> Page:
    """The form alone (with an error message about the last submission, if any)."""
    style = _asset("report.css", report=True) + _asset("form.css")
    csp = "; ".join(
        (
            "default-src 'none'",
            f"style-src '{_digest(style)}'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'self'",
        )
    )
    html = (
        _environment()
        .get_template("index.html.j2")
        .render(version=__version__, csp=csp, style=style, form=_form(error, published))
    )
    return Page(html, f"{csp}; {FRAMING_POLICY}")


def report(
    record: ArticleRecord, form: bool, published: str = "", warnings: tuple[str, ...] = ()
) -> Page:
    """The HTML report of one record (as ``claimx extract --format html`` writes it), with the
    form above it for the next article (and the warnings about how it was read) when ``form``."""
    from claimx.render.html_report import render_report

    if form:
        above = _form(None, published, "Next article", warnings)
        html = render_report([record], above, _asset("form.css"))
    else:
        html = render_report([record])
    return Page(html, FRAMING_POLICY)


def _form(
    error: str | None,
    published: str,
    heading: str = "An article",
    warnings: tuple[str, ...] = (),
) -> str:
    template = _environment().get_template("form.html.j2")
    rendered: str = template.render(
        version=__version__, error=error, published=published, heading=heading, warnings=warnings
    )
    return rendered


@cache
def _environment() -> Any:
    from claimx.render.html_report import template_environment

    return template_environment(ASSETS)


@cache
def _asset(name: str, report: bool = False) -> str:
    if report:
        from claimx.render.html_report import ASSETS as REPORT_ASSETS

        return (REPORT_ASSETS / name).read_text(encoding="utf-8")
    return (ASSETS / name).read_text(encoding="utf-8")


def _digest(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
