"""The out-of-domain gold sets (evaldata/news/*.jsonl): they load as gold, every span is exact,
and each is what evaldata/news/build.py builds from the articles written as strings."""

from __future__ import annotations

import datetime
import itertools
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from claimx.gold import read_gold

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "evaldata" / "news" / "news.jsonl"
BUILD = ROOT / "evaldata" / "news" / "build.py"
STYLES = {
    "wire",
    "business",
    "sport",
    "science",
    "health",
    "courts",
    "council",
    "foreign",
    "press-release",
    "opinion",
    "interview",
    "live-blog",
}
CLAIM_FIELDS = {
    "source",
    "source_span",
    "cue",
    "cue_span",
    "content",
    "content_span",
    "content_fragments",
    "kind",
}


def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines()]


def test_the_file_reads_as_gold() -> None:
    articles = list(read_gold(NEWS))
    assert len(articles) >= 20
    assert len({a.id for a in articles}) == len(articles)
    assert sum(len(a.claims) for a in articles) >= 150
    assert all(a.published for a in articles)


def test_every_span_is_exact() -> None:
    for row in rows():
        text = row["text"]
        for claim in row["claims"]:
            where = f"{row['id']}: {claim['content'][:40]!r}"
            assert set(claim) == CLAIM_FIELDS, where
            for field in ("source", "cue", "content"):
                span = claim[f"{field}_span"]
                if span is None:
                    assert claim[field] is None, where
                else:
                    start, end = span
                    assert 0 <= start < end <= len(text), where
                    assert text[start:end] == claim[field], where
            fragments = claim["content_fragments"]
            assert fragments, where
            assert fragments[0][0] == claim["content_span"][0], where
            assert fragments[-1][1] == claim["content_span"][1], where
            for (_, end), (start, _) in itertools.pairwise(fragments):
                assert end <= start, where
            for part in ("source_span", "cue_span"):
                if claim[part] is not None:
                    s, e = claim[part]
                    assert all(e <= fs or fe <= s for fs, fe in fragments), where
            # No part of a claim starts or ends in the middle of a word.
            spans = [*fragments, claim["source_span"], claim["cue_span"]]
            for start, end in [span for span in spans if span is not None]:
                assert not (start > 0 and text[start - 1].isalnum() and text[start].isalnum())
                assert not (end < len(text) and text[end - 1].isalnum() and text[end].isalnum())
            assert claim["kind"] in {"direct", "indirect", "mixed"}, where


def test_articles_are_short_news_in_the_styles_polnear_lacks() -> None:
    styles: Counter[str] = Counter()
    for row in rows():
        meta = row["meta"]
        assert set(meta) == {"publication_date", "title", "style"}
        datetime.date.fromisoformat(meta["publication_date"])
        assert row["text"].startswith(meta["title"] + "\n")
        assert meta["style"] in STYLES, meta["style"]
        styles[meta["style"]] += 1
        words = len(row["text"].split())
        assert 150 <= words <= 420, (row["id"], words)
    assert len(styles) >= 10


def test_not_claims_stay_out() -> None:
    """Refusals to speak and questions are in the texts but never annotated as claims."""
    texts = " ".join(row["text"] for row in rows())
    cues = {claim["cue"] for row in rows() for claim in row["claims"]}
    for refusal in ("declined to comment", "did not respond to a request", "could not be reached"):
        assert refusal in texts
    assert not cues & {"declined", "comment", "respond", "reached"}
    for row in rows():
        for claim in row["claims"]:
            assert not claim["content"].rstrip('”" ').endswith("?"), claim["content"]


def test_the_file_is_what_the_build_script_builds() -> None:
    done = subprocess.run(
        [sys.executable, str(BUILD), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


# Every set on disk, so that a new one is checked as soon as it is written.
ALL_SETS = sorted(path.stem for path in NEWS.parent.glob("*.jsonl"))


@pytest.mark.parametrize("name", ALL_SETS)
def test_every_set_is_what_the_build_script_builds(name: str) -> None:
    done = subprocess.run(
        [sys.executable, str(BUILD), "--set", name, "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", ALL_SETS)
def test_every_sets_spans_are_exact(name: str) -> None:
    path = ROOT / "evaldata" / "news" / f"{name}.jsonl"
    articles = list(read_gold(path))
    assert articles and len({a.id for a in articles}) == len(articles)
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for claim in row["claims"]:
            for key in ("source", "cue", "content"):
                span = claim[f"{key}_span"]
                if span is not None:
                    assert row["text"][span[0] : span[1]] == claim[key], (row["id"], key)
