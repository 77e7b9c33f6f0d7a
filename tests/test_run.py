"""The run configuration (``claimx.run``): one object from the command line to the workers,
and the rules of ``claimx extract`` checked in the library (``UsageError``), not in Click."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.console import Reporter
from claimx.errors import UsageError
from claimx.render.formats import VALUE_COMPONENTS
from claimx.run import ExtractConfig, InputChoices, OutputChoices, extract

from .conftest import invoke


def test_the_format_decides_what_the_workers_skip_and_whether_records_carry_text() -> None:
    csv = ExtractConfig(output=OutputChoices(format_name="csv", min_confidence=0.5))
    assert csv.run_config("csv").disabled == VALUE_COMPONENTS
    assert csv.run_config("csv").min_confidence == 0.5
    per_article = ExtractConfig(output=OutputChoices(parquet_articles=True))
    assert per_article.run_config("parquet").disabled == ()
    assert ExtractConfig().run_config("html").include_text
    assert not ExtractConfig().run_config("jsonl").include_text


def test_the_batch_gets_the_same_choices_under_the_same_names() -> None:
    inputs = InputChoices(text_key="body", id_key="url", max_size=1000, input_format="jsonl")
    config = ExtractConfig(inputs=inputs, model="rules", jobs=3, debug=True)
    options = config.batch_options(["dump.jsonl"], "csv")
    assert (options.read.jsonl.text_key, options.read.jsonl.id_key) == ("body", "url")
    assert (options.read.max_bytes, options.read.input_format) == (1000, "jsonl")
    assert (options.run.model, options.run.debug, options.jobs) == ("rules", True, 3)


@pytest.mark.parametrize(
    ("output", "engine", "message"),
    [
        (OutputChoices(format_name="parquet"), "local", "--format parquet needs -o FILE"),
        (OutputChoices(format_name="csv", output="x.csv", resume=True), "local", "--resume needs"),
        (OutputChoices(format_name="csv", output="out"), "dask", "writes jsonl or parquet parts"),
        (OutputChoices(), "dask", "--engine dask needs -o FOLDER"),
    ],
)
def test_options_that_do_not_go_together_are_a_usage_error_of_the_library(
    tmp_path: Path, output: OutputChoices, engine: str, message: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge will reopen.", encoding="utf-8")
    config = ExtractConfig(output=output, engine=engine)
    with pytest.raises(UsageError, match=message):
        extract((str(article),), config, Reporter(quiet=True))
    assert list(tmp_path.iterdir()) == [article]  # nothing written


def test_the_command_maps_a_usage_error_to_exit_2() -> None:
    code, out, err = invoke("extract", "-", "--resume", stdin="text")
    assert (code, out) == (2, "")
    assert "Error: --resume needs -o FILE with the jsonl format" in err
