"""The table of output formats (``render.formats``): every format has a working writer, the
extension of ``-o FILE`` picks its format, and the components a format lets a run skip are
really unused by its writer (its output is the same with and without them)."""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any

import pytest

from claimx.core import Extracted, RunConfig, extract_articles
from claimx.inputs import read_article
from claimx.outputs import choose_format
from claimx.records import ArticleRecord
from claimx.render import WriterOptions, open_writer
from claimx.render.formats import FORMATS, OUTPUT_FORMATS, OutputFormat, output_format

from .conftest import EXAMPLES, SEED

ARTICLE = "Oslo, 2 May 2024. The mayor said on Monday that the bridge will cost $5 million."


def render(described: OutputFormat, records: list[ArticleRecord], options: WriterOptions) -> bytes:
    stream: Any = io.BytesIO() if described.binary else io.StringIO()
    writer = open_writer(described.name, stream, options)
    for record in records:
        writer.write(record)
    writer.close()
    value = stream.getvalue()
    return value if isinstance(value, bytes) else value.encode()


def test_every_format_is_described_once_and_named_in_the_choices() -> None:
    assert len(set(FORMATS)) == len(FORMATS) and "auto" not in FORMATS
    extensions = [e for f in OUTPUT_FORMATS for e in f.extensions]
    assert len(extensions) == len(set(extensions))
    assert all(e == e.lower() and e.startswith(".") for e in extensions)
    with pytest.raises(ValueError, match="unknown format: yaml"):
        output_format("yaml")


@pytest.mark.parametrize("described", OUTPUT_FORMATS, ids=lambda f: f.name)
def test_the_extension_of_the_output_file_chooses_the_format(described: OutputFormat) -> None:
    for extension in described.extensions:
        assert choose_format("auto", f"out/claims{extension.upper()}", False) == described.name
    assert choose_format("auto", "claims.unknown", False) == "jsonl"
    assert choose_format("auto", "-", True) == "table"


@functools.cache
def _records(pipeline: Any, disabled: tuple[str, ...], include_text: bool) -> list[ArticleRecord]:
    paths = [*sorted(EXAMPLES.iterdir()), SEED]
    articles = [read_article(str(path)) for path in paths]
    config = RunConfig(disabled=disabled, include_text=include_text)
    outcomes = list(extract_articles(articles, pipeline, config))
    assert all(isinstance(outcome, Extracted) for outcome in outcomes)
    return [outcome.record for outcome in outcomes if isinstance(outcome, Extracted)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("described", "articles"),
    [(f, articles) for f in OUTPUT_FORMATS for articles in (False, True) if f.unused],
    ids=lambda value: value.name if isinstance(value, OutputFormat) else str(value),
)
def test_the_components_a_format_skips_are_unused_by_its_writer(
    pipeline: Any, described: OutputFormat, articles: bool
) -> None:
    options = WriterOptions(articles=articles)
    skipped = described.unused_components(options)
    assert set(skipped) <= set(pipeline.nlp.pipe_names)
    full = _records(pipeline, (), described.reads_text)
    without = _records(pipeline, skipped, described.reads_text)
    if skipped:  # the records differ, and the format's output does not
        assert full != without
    assert render(described, full, options) == render(described, without, options)


def test_a_small_article_is_written_by_every_format(tmp_path: Path) -> None:
    """No model needed: the rule-only pipeline, and every writer once."""
    from claimx.nlp import load_pipeline

    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    config = RunConfig(include_text=True)  # the report shows the text
    outcome = next(extract_articles([read_article(str(path))], load_pipeline("rules"), config))
    assert isinstance(outcome, Extracted)
    for described in OUTPUT_FORMATS:
        written = render(described, [outcome.record], WriterOptions(width=100))
        assert written, described.name
