"""The HTML report: one self-contained page a reviewer opens in a browser, offline.

Each article's text with every claim's source, cue and content marked in place, its claims
listed beside it; for the batch an index, "who is quoted" (``claimx.quoted``) and two small
charts; filters that work without a server. Templates, CSS and script live in ``report/``
beside this module and are rendered by Jinja2 with auto-escaping: every string of a record
(text, titles, metadata, names) is untrusted. The page carries a Content Security Policy
that allows only its own inline style and script (by their SHA-256), so even markup that got
through would neither run nor fetch anything.

Articles are rendered into inert ``<template>`` elements and mounted by the script a page at
a time (``PAGE_ARTICLES``), so a report of thousands of articles opens as fast as one of a few.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import IO, Any

from claimx import __version__
from claimx.quoted import ClaimRef, Speaker, speaker_of_claims, who_is_quoted
from claimx.records import ArticleRecord, ClaimRecord, MentionRecord
from claimx.render.charts import bar_chart
from claimx.render.claim_rows import FRAGMENT_JOINER
from claimx.render.marks import article_marks, cut

ASSETS = Path(__file__).with_name("report")
PAGE_ARTICLES = 25  # mounted at a time; the rest wait in their templates
TOP_SPEAKERS = 10  # in the chart
SAFE_URL_SCHEMES = ("http://", "https://")


class ReportWriter:
    """Collects the records (the page needs the whole batch) and renders them on close."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._records: list[ArticleRecord] = []

    def write(self, record: ArticleRecord) -> None:
        if "text" not in record:
            raise ValueError(f"{record['input']}: the report needs the record's text")
        self._records.append(record)

    def close(self) -> None:
        self._stream.write(render_report(self._records))
        self._stream.flush()


def render_report(records: list[ArticleRecord], prelude: str = "", prelude_style: str = "") -> str:
    """The page for these records (each with its ``text``). ``prelude`` is trusted markup
    shown above the report, with its own ``prelude_style`` (``claimx serve``'s form, made by
    its own auto-escaping template); with one, the page may submit forms to its own origin."""
    speakers = who_is_quoted(records)
    speaker_keys = speaker_of_claims(speakers)
    articles = [_article_view(i, r, speaker_keys) for i, r in enumerate(records)]
    style, script = _asset("report.css") + prelude_style, _asset("report.js")
    template = _environment().get_template("report.html.j2")
    page: str = template.render(
        version=__version__,
        articles=articles,
        speakers=[_speaker_view(s) for s in speakers],
        totals=_totals(records),
        charts=_charts(records, speakers),
        filters=_filter_choices(records, speakers),
        data=_filter_data(articles),
        page_articles=PAGE_ARTICLES,
        style=style,
        script=script,
        csp=_content_security_policy(style, script, "'self'" if prelude else "'none'"),
        prelude=prelude,
    )
    return page


def template_environment(folder: Path) -> Any:
    """Jinja2 as every page of claimx renders: every string escaped, a missing value an error."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _environment() -> Any:
    return template_environment(ASSETS)


@cache
def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _content_security_policy(style: str, script: str, form_action: str = "'none'") -> str:
    """Nothing may load or run but this page's own style and script, named by digest."""
    return "; ".join(
        (
            "default-src 'none'",
            f"style-src '{_digest(style)}'",
            f"script-src '{_digest(script)}'",
            "img-src data:",
            "base-uri 'none'",
            f"form-action {form_action}",
        )
    )


def _digest(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


# --- one article -------------------------------------------------------------------------------


def _article_view(
    index: int, record: ArticleRecord, speaker_keys: dict[ClaimRef, str]
) -> dict[str, Any]:
    dates = {d["id"]: d for d in record.get("dates", [])}
    money = {m["id"]: m for m in record.get("money", [])}
    claims = [
        _claim_view(
            n, claim, dates, money, speaker_keys.get(ClaimRef(record["input"], claim["id"]))
        )
        for n, claim in enumerate(record["claims"], start=1)
    ]
    return {
        "index": index,
        "input": record["input"],
        "heading": record.get("title") or record["input"],
        "title": record.get("title"),
        "published": record.get("published"),
        "url": record.get("url"),
        "link": _safe_link(record.get("url")),
        "author": record.get("author"),
        "site_name": record.get("site_name"),
        "metadata": [(k, _shown(v)) for k, v in (record.get("metadata") or {}).items()],
        "sentences": len(record.get("sentences", [])),
        "claims": claims,
        "sources": _main_sources(record["claims"]),
        "pieces": cut(record["text"], article_marks(record)),
    }


def _main_sources(claims: list[ClaimRecord], most: int = 3) -> list[str]:
    """The names (or words) of the article's most quoted sources, for the index."""
    names = Counter(
        c["source"]["name"] or c["source"]["text"] for c in claims if c["source"] is not None
    )
    return [name for name, _ in names.most_common(most)]


def _safe_link(url: object) -> str | None:
    """A URL to link to: web addresses only (a javascript: or data: URL is shown, not linked)."""
    if isinstance(url, str) and url.lower().startswith(SAFE_URL_SCHEMES):
        return url
    return None


def _shown(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _claim_view(
    number: int,
    claim: ClaimRecord,
    dates: dict[str, MentionRecord],
    money: dict[str, MentionRecord],
    speaker: str | None,
) -> dict[str, Any]:
    source = claim["source"]
    mentions = claim.get("mentions") or {}
    confidence = claim.get("confidence")
    content = FRAGMENT_JOINER.join(f["text"] for f in claim["content_fragments"])
    return {
        "id": claim["id"],
        "number": number,
        "kind": claim["kind"],
        "source_type": claim["source_type"],
        "source": source,
        "resolved_from": source["resolved_from"]["text"]
        if source and source["resolved_from"]
        else None,
        "cue": claim["cue"],
        "content": content,
        "confidence": confidence if isinstance(confidence, int | float) else None,
        "dates": [_date_text(dates[i]) for i in mentions.get("dates", []) if i in dates],
        "money": [_money_text(money[i]) for i in mentions.get("money", []) if i in money],
        "speaker": speaker,
        "search": " ".join((source["text"] if source else "", claim["cue"]["text"], content)),
    }


def _date_text(date: MentionRecord) -> tuple[str, str]:
    value = date.get("value") or "unresolved"
    granularity = date.get("granularity")
    return (date["text"], f"{value} ({granularity})" if granularity else str(value))


def _money_text(money: MentionRecord) -> tuple[str, str]:
    amount, top = money.get("amount"), money.get("amount_max")
    if amount is None:
        return (money["text"], "no amount")
    figure = f"{amount:,}" + (f"–{top:,}" if top is not None else "")
    words = [money.get("qualifier"), figure, money.get("currency")]
    return (money["text"], " ".join(str(w) for w in words if w))


# --- the batch --------------------------------------------------------------------------------


def _speaker_view(speaker: Speaker) -> dict[str, Any]:
    return {
        "key": speaker.key,
        "name": speaker.name,
        "source_type": speaker.source_type,
        "claims": len(speaker.claims),
        "articles": speaker.articles,
        "variants": [v for v in speaker.variants if v != speaker.name],
        "organizations": list(speaker.organizations),
    }


def _totals(records: list[ArticleRecord]) -> dict[str, int]:
    claims = [c for r in records for c in r["claims"]]
    return {
        "articles": len(records),
        "claims": len(claims),
        "direct": sum(c["kind"] == "direct" for c in claims),
        "indirect": sum(c["kind"] == "indirect" for c in claims),
        "mixed": sum(c["kind"] == "mixed" for c in claims),
    }


def _charts(records: list[ArticleRecord], speakers: list[Speaker]) -> dict[str, Any]:
    by_type = Counter(c["source_type"] for r in records for c in r["claims"])
    top = [(s.name, len(s.claims)) for s in speakers[:TOP_SPEAKERS]]
    return {
        "types": bar_chart(by_type.most_common(), "Claims by source type"),
        "speakers": bar_chart(top, f"Most quoted ({len(top)} of {len(speakers)})"),
    }


def _filter_choices(records: list[ArticleRecord], speakers: list[Speaker]) -> dict[str, Any]:
    claims = [c for r in records for c in r["claims"]]
    return {
        "types": sorted({c["source_type"] for c in claims}),
        "kinds": sorted({c["kind"] for c in claims}),
        "speakers": [(s.key, s.name, len(s.claims)) for s in speakers],
        "confidence": any(isinstance(c.get("confidence"), int | float) for c in claims),
    }


def _filter_data(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """What the script filters on, for mounted and unmounted articles alike."""
    return {
        "articles": [
            [
                [
                    c["id"],
                    c["source_type"],
                    c["kind"],
                    c["speaker"],
                    c["confidence"],
                    c["search"].lower(),
                ]
                for c in article["claims"]
            ]
            for article in articles
        ]
    }
