"""Build evaldata/news/news.jsonl (or fresh.jsonl, fresh2.jsonl, ...) from articles as strings.

The sets: ``news`` (the default) builds ``news.jsonl`` from ``articles.py``; ``news2`` to
``news5`` and ``fresh`` to ``fresh16`` build ``NAME.jsonl`` from ``NAME.py``, each a set of
invented articles written by someone who had not read the rules (docs/evaldata-news.md says
which are tuning sets and which are held out; never tune on a held-out one).

Every span is computed here, never counted by hand: each claim names its source, cue and content
as they are written in the text, and this script finds them and checks ``text[s:e] == value``.

How a claim is found (see docs/evaldata-news.md):

- ``near``: an optional anchor string that occurs exactly once in the text; all three parts are
  then looked for inside it (use it when the same words occur twice).
- the content: a string (or a list of strings, the fragments of a discontinuous content, in
  order). The first fragment must occur once in the region, or ``n`` picks the n-th occurrence
  (0-based); each later fragment is the first occurrence after the one before.
- ``kind``: derived from quotation marks unless given (a Q&A answer is "direct": a transcript).
- ``far``: allow a source or cue over 300 characters from the content (an interviewee named only
  in the introduction of a "Q. / A." transcript); otherwise that is an error, as a guard.
- the cue: the occurrence nearest the content that overlaps no part of it (``cue_n`` forces the
  n-th occurrence in the region instead).
- the source: the occurrence nearest the cue that overlaps neither the content nor the cue
  (``source_n`` forces one); None for a sourceless cue.

Words are matched whole: "he" never matches inside "the". Run it from anywhere:

    python evaldata/news/build.py            # writes news.jsonl beside this script
    python evaldata/news/build.py --check    # fails if news.jsonl is not what the script builds
    python evaldata/news/build.py --show     # prints every claim in its context, for review
    python evaldata/news/build.py --set NAME [--check | --show]   # the same for NAME.jsonl
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles import ARTICLES  # noqa: E402

OUTPUT = HERE / "news.jsonl"
# --set NAME: (module of articles beside this script, the JSONL file it builds)
_NAMED_AFTER_THEIR_MODULE = ["news2", "news3", "news4", "news5", "fresh"] + [
    f"fresh{n}" for n in range(2, 29)
]
SETS = {"news": ("articles", "news.jsonl")} | {
    name: (name, f"{name}.jsonl") for name in _NAMED_AFTER_THEIR_MODULE
}
QUOTES = '"“”'


class BuildError(Exception):
    pass


def _pattern(value: str) -> re.Pattern[str]:
    head = r"(?<!\w)" if value[:1].isalnum() else ""
    tail = r"(?!\w)" if value[-1:].isalnum() else ""
    return re.compile(head + re.escape(value) + tail)


def occurrences(text: str, value: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _pattern(value).finditer(text, lo, hi)]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


def _distance(span: tuple[int, int], others: list[tuple[int, int]]) -> int:
    return min(max(o[0] - span[1], span[0] - o[1], 0) for o in others)


def _nearest(
    text: str,
    value: str,
    region: tuple[int, int],
    avoid: list[tuple[int, int]],
    near: list[tuple[int, int]],
    forced: int | None,
    what: str,
) -> tuple[int, int]:
    found = occurrences(text, value, *region)
    if forced is not None:
        if forced >= len(found):
            raise BuildError(f"{what} {value!r}: occurrence {forced} of {len(found)}")
        return found[forced]
    free = [span for span in found if not _overlaps(span, avoid)]
    if not free:
        raise BuildError(f"{what} {value!r} not found outside the other parts")
    free.sort(key=lambda span: _distance(span, near))
    if len(free) > 1 and _distance(free[0], near) == _distance(free[1], near):
        raise BuildError(f"{what} {value!r}: two occurrences equally near; use {what}_n")
    return free[0]


def kind_of(fragments: list[str]) -> str:
    """direct: every fragment is a quotation (opening with a quotation mark, closing with one
    or at the end of its paragraph); mixed: other quotation marks; else indirect. Derived from
    quotation marks, as PolNeAR's export derives it."""
    marks = sum(piece.count(q) for piece in fragments for q in QUOTES)
    if marks == 0:
        return "indirect"
    opened = all(piece.strip()[:1] in QUOTES for piece in fragments)
    if opened and marks <= 2 * len(fragments):
        return "direct"
    return "mixed"


def build_claim(text: str, spec: dict[str, Any]) -> dict[str, Any]:
    region = (0, len(text))
    if spec.get("near"):
        anchors = occurrences(text, spec["near"], 0, len(text))
        if len(anchors) != 1:
            raise BuildError(f"near {spec['near']!r} occurs {len(anchors)} times, not once")
        region = anchors[0]
    pieces = spec["content"] if isinstance(spec["content"], list) else [spec["content"]]
    fragments: list[tuple[int, int]] = []
    for index, piece in enumerate(pieces):
        if index == 0:
            found = occurrences(text, piece, *region)
            n = spec.get("n")
            if n is None and len(found) != 1:
                raise BuildError(f"content {piece!r} occurs {len(found)} times; use n or near")
            if n is not None and n >= len(found):
                raise BuildError(f"content {piece!r}: occurrence {n} of {len(found)}")
            fragments.append(found[n or 0])
        else:
            later = occurrences(text, piece, fragments[-1][1], region[1])
            if not later:
                raise BuildError(f"fragment {piece!r} not found after the one before")
            fragments.append(later[0])
    cue_span: tuple[int, int] | None = None
    if spec.get("cue") is not None:
        cue_span = _nearest(
            text, spec["cue"], region, fragments, fragments, spec.get("cue_n"), "cue"
        )
    source_span: tuple[int, int] | None = None
    if spec.get("source") is not None:
        anchor = [cue_span] if cue_span else fragments
        source_span = _nearest(
            text,
            spec["source"],
            region,
            fragments + ([cue_span] if cue_span else []),
            anchor,
            spec.get("source_n"),
            "source",
        )
    content_span = (fragments[0][0], fragments[-1][1])
    claim = {
        "source": spec.get("source"),
        "source_span": list(source_span) if source_span else None,
        "cue": spec.get("cue"),
        "cue_span": list(cue_span) if cue_span else None,
        "content": text[content_span[0] : content_span[1]],
        "content_span": list(content_span),
        "content_fragments": [list(f) for f in fragments],
        "kind": spec.get("kind") or kind_of(pieces),
    }
    check_claim(text, claim, pieces, far=bool(spec.get("far")))
    return claim


def check_claim(text: str, claim: dict[str, Any], pieces: list[str], far: bool = False) -> None:
    for field in ("source", "cue", "content"):
        span = claim[f"{field}_span"]
        if span is not None and text[span[0] : span[1]] != claim[field]:
            raise BuildError(f"{field} span {span} is not {claim[field]!r}")
    for (start, end), piece in zip(claim["content_fragments"], pieces, strict=True):
        if text[start:end] != piece:
            raise BuildError(f"fragment {[start, end]} is not {piece!r}")
    parts = [tuple(f) for f in claim["content_fragments"]]
    for field in ("source_span", "cue_span"):
        if claim[field] is not None and _overlaps(tuple(claim[field]), parts):
            raise BuildError(f"{field} overlaps the content")
        if claim[field] is not None and not far and _distance(tuple(claim[field]), parts) > 300:
            raise BuildError(f"{field} {claim[field]} is over 300 characters from the content")


def build_article(article: dict[str, Any]) -> dict[str, Any]:
    text = article["text"]
    if text != text.strip() or "\r" in text:
        raise BuildError("text has surrounding whitespace or carriage returns")
    claims = []
    for number, spec in enumerate(article["claims"], start=1):
        try:
            claims.append(build_claim(text, spec))
        except BuildError as error:
            raise BuildError(f"{article['id']}: claim {number}: {error}") from None
    keys = [(tuple(c["content_span"]), c["cue_span"] and tuple(c["cue_span"])) for c in claims]
    if len(set(keys)) != len(keys):
        raise BuildError(f"{article['id']}: two claims with the same content and cue")
    title = text.split("\n", 1)[0]
    return {
        "id": article["id"],
        "text": text,
        "claims": claims,
        "meta": {
            "publication_date": article["date"],
            "title": title,
            "style": article["style"],
        },
    }


def articles_of(name: str) -> list[dict[str, Any]]:
    """The articles of set ``name`` (see SETS)."""
    return importlib.import_module(SETS[name][0]).ARTICLES


def build_all(articles: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    articles = ARTICLES if articles is None else articles
    ids = [a["id"] for a in articles]
    if len(set(ids)) != len(ids):
        raise BuildError("two articles share an id")
    return [build_article(article) for article in articles]


def render(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def show(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text = row["text"]
        words = len(text.split())
        print(
            f"== {row['id']} ({row['meta']['style']}, {words} words, {len(row['claims'])} claims)"
        )
        for claim in row["claims"]:
            marks: list[tuple[int, str]] = []
            if claim["source_span"]:
                marks += [(claim["source_span"][0], "[S "), (claim["source_span"][1], "]")]
            if claim["cue_span"]:
                marks += [(claim["cue_span"][0], "{C "), (claim["cue_span"][1], "}")]
            for start, end in claim["content_fragments"]:
                marks += [(start, "<<"), (end, ">>")]
            spans = [p for p, _ in marks]
            lo, hi = max(0, min(spans) - 30), min(len(text), max(spans) + 30)
            piece = ""
            cursor = lo
            for position, mark in sorted(marks, key=lambda m: (m[0], m[1] not in ("]", "}", ">>"))):
                piece += text[cursor:position] + mark
                cursor = position
            piece += text[cursor:hi]
            print(f"  [{claim['kind']}] ..." + piece.replace("\n", " / ") + "...")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--set",
        choices=sorted(SETS),
        default="news",
        help="news: articles.py -> news.jsonl (default); fresh: fresh.py -> fresh.jsonl; "
        "fresh2: fresh2.py -> fresh2.jsonl; fresh3: fresh3.py -> fresh3.jsonl; "
        "fresh4: fresh4.py -> fresh4.jsonl; "
        "news2: news2.py -> news2.jsonl; news3: news3.py -> news3.jsonl; "
        "news4: news4.py -> news4.jsonl; news5: news5.py -> news5.jsonl",
    )
    parser.add_argument("--check", action="store_true", help="compare with the JSONL file")
    parser.add_argument("--show", action="store_true", help="print claims in context")
    args = parser.parse_args()
    output = HERE / SETS[args.set][1]
    try:
        rows = build_all(articles_of(args.set))
    except BuildError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    if args.show:
        show(rows)
        return 0
    rendered = render(rows)
    if args.check:
        if not output.exists() or output.read_text(encoding="utf-8") != rendered:
            print(f"Error: {output} is not what build.py builds — run build.py", file=sys.stderr)
            return 1
        return 0
    output.write_text(rendered, encoding="utf-8")
    total = sum(len(r["claims"]) for r in rows)
    print(f"{output}: {len(rows)} articles, {total} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
