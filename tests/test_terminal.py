"""Nothing from an input acts on a terminal: escape sequences, C1 controls and bidi overrides
in article text, ids, names and file names are shown as visible escapes in tables and in
messages alike; machine formats keep them as they were."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimx.terminal import inert
from tests.conftest import invoke
from tests.test_report import claim, record

CLEAR = "\x1b[2J"
CLIPBOARD = "\x1b]52;c;aGVsbG8=\x07"  # OSC 52: writes the reader's clipboard
CSI8 = "\x9b2J"  # the 8-bit form of CLEAR
RTL = "\u202e"  # right-to-left override
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ARTICLE = f"The mayor{CLEAR} said the bridge {CSI8} would reopen in May, officials said.{RTL}"


def acting(text: str) -> list[str]:
    return ACTIVE.findall(text)


def test_inert_shows_every_acting_character_as_an_escape() -> None:
    assert inert(f"a{CLEAR}b{CLIPBOARD}c") == "a\\x1b[2Jb\\x1b]52;c;aGVsbG8=\\x07c"
    assert inert(f"{CSI8}{RTL}\u2066x\u2069") == "\\x9b2J\\u202e\\u2066x\\u2069"
    assert inert("one\ntwo\rthree\tfour") == "one\\x0atwo\\x0dthree\tfour"
    assert inert("one\ntwo\r", newlines=True) == "one\ntwo\\x0d"
    assert inert("b\udcffd.txt") == "b\\xffd.txt"  # a byte of a name that is not UTF-8
    assert inert("plain text, «quoted» — 100 €") == "plain text, «quoted» — 100 €"


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    line = {"id": f"story{CLIPBOARD}{RTL}1", "text": ARTICLE, "title": f"T{CLEAR}"}
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


@pytest.mark.model
def test_a_table_shows_escapes_in_text_and_ids_never_acts_on_them(
    pipeline: object, dump: Path
) -> None:
    code, stdout, _ = invoke("extract", str(dump), "--id-key", "id", "-f", "table")
    assert code == 0
    assert acting(stdout) == []
    assert "story\\x1b]52;c;aGVsbG8=\\x07\\u202e1" in stdout  # the rule over the article
    assert "\\x1b[2J" in stdout and "\\x9b2J" in stdout  # the cells


@pytest.mark.model
def test_machine_formats_keep_the_characters(pipeline: object, dump: Path) -> None:
    """The same values, with C1 and bidi controls written as JSON escapes, as C0 ones are
    already: a JSON file shown on a terminal acts on nothing either."""
    for format_name in ("jsonl", "json"):
        args = ("--id-key", "id", "--include-text", "-f", format_name)
        code, stdout, _ = invoke("extract", str(dump), *args)
        assert code == 0
        assert acting(stdout) == []
        assert "\\u009b2J" in stdout and "\\u202e" in stdout
        record = json.loads(stdout)
        record = record[0] if isinstance(record, list) else record
        assert record["input"] == f"story{CLIPBOARD}{RTL}1"
        assert CSI8 in record["text"]


def test_rich_markup_and_emoji_codes_in_a_table_are_text(tmp_path: Path) -> None:
    """A cell's "[/]" would stop Rich with a MarkupError; ":fire:" would become an emoji."""
    text = "Ana [/] Roe said [bold]the :fire: is out."
    records = [record("a.txt", text, [claim(text, 0, "Ana [/] Roe", "said", "[bold]the :fire:")])]
    code, stdout, stderr = invoke("speakers", "-f", "table", stdin=json.dumps(records))
    assert (code, stderr) == (0, "")
    assert "Ana [/] Roe" in stdout


def test_the_speakers_table_shows_escapes(tmp_path: Path) -> None:
    name = f"Ana{CLIPBOARD} Roe{RTL}"
    text = f"{name} said the bridge is safe."
    said = claim(text, 0, name, "said", "the bridge is safe", name=name)
    records = json.dumps([record("a", text, [said])])
    code, stdout, _ = invoke("speakers", "-f", "table", stdin=records)
    assert code == 0
    assert acting(stdout) == []
    assert "Ana\\x1b]52;c;aGVsbG8=\\x07" in stdout and "Roe\\u202e" in stdout


def run_claimx(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "claimx", *args], capture_output=True, cwd=cwd, check=False
    )


def test_errors_and_warnings_quote_names_inertly(tmp_path: Path) -> None:
    """Click strips CSI colour codes from what it prints to a pipe, but not an OSC 52
    clipboard write, a C1 control or a bidi override."""
    bad = tmp_path / f"a{CLIPBOARD}{CSI8}{RTL}.txt"
    bad.write_bytes(b"\x00\x01binary")
    empty = tmp_path / f"folder{CLEAR}"
    empty.mkdir()
    done = run_claimx("extract", bad.name, empty.name, "-f", "jsonl", cwd=tmp_path)
    assert done.returncode == 1
    stderr = done.stderr.decode("utf-8")
    assert acting(stderr) == []
    assert "Error: a\\x1b]52;c;aGVsbG8=\\x07\\x9b2J\\u202e.txt: binary file" in stderr
    assert "Warning: folder\\x1b[2J: no files found" in stderr


def test_a_usage_error_quotes_a_name_inertly(tmp_path: Path) -> None:
    name = f"a{CLIPBOARD}.txt"
    (tmp_path / name).write_text("Ana Roe said it.", encoding="utf-8")
    done = run_claimx("extract", name, "-o", name, cwd=tmp_path)
    assert done.returncode == 2
    stderr = done.stderr.decode("utf-8")
    assert acting(stderr) == []
    assert "a\\x1b]52;c;aGVsbG8=\\x07.txt is both an input and the -o file" in stderr


def test_a_message_with_a_newline_in_a_name_stays_one_line(tmp_path: Path) -> None:
    (tmp_path / "a\nError: forged.txt").write_bytes(b"\x00")
    done = run_claimx("extract", "a\nError: forged.txt", "-f", "jsonl", cwd=tmp_path)
    lines = done.stderr.decode("utf-8").splitlines()
    assert [line for line in lines if line.startswith("Error")] == [
        "Error: a\\x0aError: forged.txt: binary file (contains NUL bytes) — give claimx a text file"
    ]


def test_a_progress_bar_label_is_plain_inert_text() -> None:
    from rich.progress import Progress as Bar

    from claimx.console import Progress
    from claimx.render.terminal import InertConsole

    stream = io.StringIO()
    console = InertConsole(file=stream, force_terminal=True, width=100)
    with Bar(console=console, auto_refresh=False) as bar:
        progress = Progress(bar, 2)
        progress.chunk_done(f"/in/[red]{CLIPBOARD}x.txt", 10, 100)
        bar.refresh()
    shown = stream.getvalue()
    assert "[red]\\x1b]52;c;aGVsbG8=\\x07x.t (characters)" in shown
    assert "\x1b]52" not in shown and "\x07" not in shown


def on_a_terminal(args: list[str], cwd: Path, stdin: bytes | None = None) -> str:
    """What a person at a terminal sees: stdout and stderr both a terminal (a real pty)."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: claimx on the terminal
        os.chdir(cwd)
        os.execv(sys.executable, [sys.executable, "-m", "claimx", *args])
    seen = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.waitpid(pid, 0)
    return seen.decode("utf-8", errors="replace")


def test_a_name_in_a_terminal_is_inert_in_a_real_pty(tmp_path: Path) -> None:
    bad = tmp_path / f"a{CLIPBOARD}.txt"
    bad.write_bytes(b"\x00")
    text = on_a_terminal(["extract", bad.name], tmp_path)
    assert "a\\x1b]52;c;aGVsbG8=\\x07.txt" in text
    assert "\x1b]52" not in text and "\x07" not in text


def test_csv_and_a_report_printed_on_a_terminal_are_inert(tmp_path: Path) -> None:
    """CSV and the HTML page are machine formats; on a terminal they are read, so made inert
    there; written to a file or a pipe they keep every character."""
    name = f"Ana{CLIPBOARD} Roe"
    text = f"{name} said the bridge {CSI8}is safe."
    said = claim(text, 0, name, "said", f"the bridge {CSI8}is safe", name=name)
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(record("a.txt", text, [said])) + "\n", encoding="utf-8")
    for args in (["speakers", "records.jsonl", "-f", "csv"], ["report", "records.jsonl"]):
        shown = on_a_terminal(args, tmp_path)
        assert "Ana\\x1b]52;c;aGVsbG8=\\x07 Roe" in shown, args
        assert "\x1b]52" not in shown and "\x9b" not in shown, args
    code, stdout, _ = invoke("speakers", str(records), "-f", "csv")
    assert code == 0 and name in stdout  # into a pipe: as it was


@pytest.mark.model
def test_extract_csv_on_a_terminal_is_inert(pipeline: object, dump: Path) -> None:
    shown = on_a_terminal(["extract", dump.name, "--id-key", "id", "-f", "csv"], dump.parent)
    assert "story\\x1b]52;c;aGVsbG8=\\x07\\u202e1" in shown
    for raw in (CLIPBOARD, CSI8, RTL, CLEAR):  # (the progress bar's own codes aside)
        assert raw not in shown
