"""Shared fixtures. The statistical pipeline is loaded once per session (marker: model)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1e094fc351570344.txt"
EXAMPLES = ROOT / "examples" / "articles"
EXAMPLE_OUTPUTS = ROOT / "examples" / "outputs"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden JSON files from the current output (review the diff!)",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from claimx.nlp import load_pipeline

    loaded = load_pipeline()
    if loaded.rule_only:
        pytest.skip("no statistical spaCy model installed")
    return loaded


@pytest.fixture(scope="session")
def nlp(pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp


def deny_reading(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make opening files called ``name`` fail as an unreadable file does. (chmod 0 is not
    enough: root, who may run the tests, reads such files all the same.)"""
    real_open = Path.open

    def guarded_open(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if self.name == name and "r" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded_open)


def invoke(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    """Run the command line in this process: exit code, stdout, stderr."""
    from click.testing import CliRunner

    from claimx.cli import cli

    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# The fast inner loop, ``pytest -m "not slow"``, leaves these out (the full suite, as CI runs
# it, keeps them): whole files, and tests by file and name, each with why it is slow. Marked
# here, in one table, so that no test file changes for it.
SLOW_FILES = {
    "test_dask.py": "Dask clusters and dask worker processes",
    "test_train.py": "trains models",
    "test_report_browser.py": "drives a browser",
    "test_signals.py": "signals to real claimx processes",
    "test_serve.py": "a real server, its workers and a browser",
    "test_pipes.py": "real pipes and shells around claimx processes",
    "test_output_safety.py": "concurrent claimx processes and shells",
    "test_terminal.py": "claimx processes on a pseudo-terminal",
    "test_encoder.py": "trains a transformer",
    "test_options.py": "Dask schedulers and claimx processes",
    "test_names.py": "claimx processes on files with undecodable names",
}
SLOW_TESTS = {
    "test_cli.py::test_a_closed_pipe_after_a_table_exits_141_in_a_real_shell": "a shell pipeline",
    "test_cli.py::test_help_and_version_import_neither_spacy_nor_the_web_readers": "processes",
    "test_cli.py::test_python_dash_m_works": "a process",
    "test_cli.py::test_model_from_environment": "a process",
    "test_cli.py::test_no_input_on_a_real_terminal_exits_2": "a process on a terminal",
    "test_batch.py::test_folder_of_bad_files_keeps_every_good_record": "worker processes",
    "test_batch.py::test_a_run_on_sentence_is_capped_with_a_warning": "a very long sentence",
    "test_batch.py::test_a_worker_that_dies_fails_only_its_article": "worker processes",
    "test_core.py::test_the_run_configuration_reaches_workers_started_by_spawn": "spawned workers",
    "test_core.py::test_two_processes_give_the_same_records_in_order": "worker processes",
    "test_annotations.py::test_every_token_is_annotated_as_by_the_model": "a second model",
    "test_annotations.py::test_lemmas_on_demand_survive_pickling": "worker processes",
    "test_outputs.py::test_a_full_stdout_is_one_error_line": "a process",
    "test_warc.py::test_every_html_page_of_a_crawl_is_an_article": "a crawl of pages",
    "test_warc.py::test_resume_and_two_workers_give_the_clean_runs_records": "worker processes",
    "test_bad_inputs.py::test_sigterm_stops_reading_an_endless_device": "a process",
    "test_warc_damage.py::test_a_cut_anywhere_inside_a_record_header_is_damage": "every offset",
}


@pytest.hookimpl(tryfirst=True)  # before -m and -k deselect
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    marked: set[str] = set()
    for item in items:
        name = f"{item.path.name}::{getattr(item, 'originalname', item.name)}"
        if item.path.name in SLOW_FILES or name in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
            marked.add(name)
    files = {item.path.name for item in items}
    stale = [n for n in SLOW_TESTS if n.split("::")[0] in files and n not in marked]
    if stale:
        raise pytest.UsageError(f"conftest.SLOW_TESTS names tests that do not exist: {stale}")


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# As the machine's notes advise: no sandbox (root), and none of Chromium's own network chatter.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the report's and the server page's browser tests: missing, they
    skip, except under CLAIMX_REQUIRE_BROWSER=1 (``.ci/run``), where they fail."""
    if not os.path.exists(CHROMIUM):
        message = "no Chromium: apt-get install chromium"
        if os.environ.get("CLAIMX_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


# Claims as tuples, for the tests of everyday patterns: source, cue, content (its fragments
# joined by " … ").
Found = tuple[str | None, str, str]


def claims_in(text: str) -> list[Found]:
    """The claims the default pipeline finds in ``text``, as (source, cue, content)."""
    from claimx.core import extract_article
    from claimx.inputs import make_article

    record = extract_article(make_article("-", text))
    return [
        (
            claim["source"]["text"] if claim["source"] else None,
            claim["cue"]["text"],
            " … ".join(f["text"] for f in claim["content_fragments"]),
        )
        for claim in record["claims"]
    ]
