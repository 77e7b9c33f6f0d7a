"""Inputs that once lost, hung or silently spoiled a run: each is one line, the rest is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimx.inputs import decode_bytes, expand_paths, make_article

from .conftest import invoke

pytestmark = pytest.mark.model

GOOD = "The mayor said the bridge would reopen in May.\n"


def inputs_of(out: str) -> list[str]:
    return [json.loads(line)["input"] for line in out.splitlines()]


def test_an_endless_device_is_refused_at_the_size_limit() -> None:
    started = time.monotonic()
    code, out, err = invoke("extract", "/dev/zero", "--max-size", "2MB", "-f", "jsonl")
    assert code == 1 and out == ""
    assert err.strip() == (
        "Error: /dev/zero: larger than the 2 MB limit for one input — raise it with "
        "--max-size if this really is one article"
    )
    assert time.monotonic() - started < 30


def test_a_huge_file_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(60 * 10**6)  # sparse: 60 MB that take no disk
    code, _, err = invoke("extract", str(huge))
    assert code == 1
    assert "larger than the 50 MB limit for one input" in err


def test_stdin_is_read_with_the_limit_too() -> None:
    code, _, err = invoke("extract", "-", "--max-size", "1KB", stdin=b"The mayor said so. " * 100)
    assert code == 1
    assert "Error: -: larger than the 1 KB limit" in err


def test_a_bad_max_size_is_a_usage_error() -> None:
    code, _, err = invoke("extract", "-", "--max-size", "lots")
    assert code == 2
    assert "'lots' is not a size (e.g. 50MB, 2GB, 100000)" in err


def test_sigterm_stops_reading_an_endless_device() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "claimx", "extract", "/dev/zero", "--max-size", "100GB"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(4)  # past start-up, into the reading
    process.terminate()
    _, err = process.communicate(timeout=30)
    assert process.returncode == 143
    assert err.strip().endswith("Terminated.")


def write_dump(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_lone_surrogate_fails_its_line_and_every_other_line_is_written(tmp_path: Path) -> None:
    dump = write_dump(
        tmp_path / "dump.jsonl",
        [
            json.dumps({"text": GOOD}),
            '{"text": "x \\ud800 said y"}',
            '{"text": "fine", "note": "\\udfff"}',
            '{"text": "An emoji \\ud83d\\ude00 is a pair, not a lone surrogate."}',
        ],
    )
    errors = tmp_path / "errors.jsonl"
    code, out, err = invoke("extract", str(dump), "--errors", str(errors), "-j", "1")
    assert code == 1
    assert inputs_of(out) == [f"{dump}:1", f"{dump}:4"]
    assert (
        f"Error: {dump}:2: field 'text' holds a lone surrogate (\\ud800), which is not text — "
        "fix the line's \\u escapes"
    ) in err
    assert f"{dump}:3: field 'note' holds a lone surrogate (\\udfff)" in err
    assert len(errors.read_text(encoding="utf-8").splitlines()) == 2
    assert "2 articles" in err and "2 failed" in err


def test_repeated_ids_are_made_unique_and_resume_drops_none(tmp_path: Path) -> None:
    rows = [
        {"url": "https://a", "text": "The mayor said the bridge was safe."},
        {"url": "https://b", "text": "Officials said the road would close."},
        {"url": "https://a", "text": "The mayor said the bridge was unsafe."},
    ]
    dump = write_dump(tmp_path / "dump.jsonl", [json.dumps(r) for r in rows])
    clean = tmp_path / "clean.jsonl"
    code, _, err = invoke("extract", str(dump), "--id-key", "url", "-o", str(clean), "-j", "1")
    assert code == 0
    names = [json.loads(line)["input"] for line in clean.read_text().splitlines()]
    assert names == ["https://a", "https://b", f"https://a ({dump}:3)"]
    assert (
        f"Warning: {dump}:3: 'https://a' names an earlier input too; this one is named "
        f"'https://a ({dump}:3)'"
    ) in err
    resumed = tmp_path / "resumed.jsonl"
    resumed.write_text(clean.read_text().splitlines(keepends=True)[0])
    code, _, _ = invoke(
        "extract", str(dump), "--id-key", "url", "-o", str(resumed), "--resume", "-j", "1"
    )
    assert code == 0
    assert resumed.read_text() == clean.read_text()


def test_a_file_named_twice_is_two_articles_with_their_own_names(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    code, out, _ = invoke("extract", str(article), str(article), "-f", "jsonl")
    assert code == 0
    assert inputs_of(out) == [str(article), f"{article} (again #2)"]


def test_text_fields_missing_or_of_the_wrong_type_say_which(tmp_path: Path) -> None:
    dump = write_dump(
        tmp_path / "dump.jsonl",
        ['{"title": "T"}', '{"text": 42}', '{"text": null}', '{"text": ["a"]}'],
    )
    code, _, err = invoke("extract", str(dump), "-j", "1")
    assert code == 1
    assert [line.split(": ", 2)[2] for line in err.splitlines() if line.startswith("Error")] == [
        "no field 'text' (fields: title) — choose the text's field with --text-key",
        "field 'text' holds a number, not a string of text — fix the line or --text-key",
        "field 'text' holds null, not a string of text — fix the line or --text-key",
        "field 'text' holds an array, not a string of text — fix the line or --text-key",
    ]


def test_dates_that_are_not_dates_are_warned_about(tmp_path: Path) -> None:
    dump = write_dump(
        tmp_path / "dump.jsonl",
        [
            json.dumps({"text": GOOD, "published": "last Tuesday"}),
            json.dumps({"text": GOOD, "date": "2026-02-30"}),
            json.dumps({"text": GOOD, "published": 1772668800}),  # seconds since 1970
        ],
    )
    marker = tmp_path / "marker.txt"
    marker.write_text("date 2026-13-45\n" + GOOD, encoding="utf-8")
    code, out, err = invoke("extract", str(dump), str(marker), "-j", "1")
    assert code == 0
    assert (
        f'Warning: {dump}:1: published="last Tuesday" is not a date (YYYY-MM-DD...); '
        "relative dates in this article are left unresolved"
    ) in err
    assert f'Warning: {dump}:2: date="2026-02-30" is not a date' in err
    assert f"Warning: {marker}: date marker 2026-13-45 is not a real date; ignored" in err
    published = [json.loads(line)["published"] for line in out.splitlines()]
    assert published == [None, None, "2026-03-05", None]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-02-30", "2026-02-30 does not exist on the calendar (February 2026 has 28 days)"),
        ("2026-13-01", "2026-13-01 does not exist on the calendar (there is no month 13)"),
        ("05/03/2026", "'05/03/2026' is not a date in the form YYYY-MM-DD"),
    ],
)
def test_a_published_option_that_is_no_date_says_why(value: str, message: str) -> None:
    code, _, err = invoke("extract", "-", "--published", value, stdin=b"text")
    assert code == 2
    assert message in err


def test_the_python_api_takes_an_iso_date_string() -> None:
    import claimx

    record = claimx.extract("The mayor said the bridge reopened yesterday.", published="2026-03-05")
    assert record["published"] == "2026-03-05"
    assert record["dates"][0]["value"] == "2026-03-04"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (
            b"The owner Jos\xe9 M\xfcller said the fa\xe7ade was old. D\xe9j\xe0 vu.",
            "The owner José Müller said the façade was old. Déjà vu.",
            "cp1252",
        ),
        (b"ASCII text with one bad \xe9 byte.", "ASCII text with one bad é byte.", "cp1252"),
        ("The minister said “yes”.".encode("utf-16-le"), "The minister said “yes”.", "utf-16-le"),
        ("The minister said “yes”.".encode("utf-16-be"), "The minister said “yes”.", "utf-16-be"),
        ("The minister said yes.".encode("utf-32-le"), "The minister said yes.", "utf-32-le"),
        ("Министр заявил, что налоги снизятся.".encode("cp1251"), None, "cp1251"),
    ],
)
def test_legacy_and_wide_encodings_without_a_mark(
    data: bytes, text: str | None, encoding: str
) -> None:
    decoded = decode_bytes("a.txt", data)
    assert decoded.encoding == encoding
    assert decoded.text == (text or data.decode(encoding))


def test_utf8_with_a_stray_latin1_byte_stays_utf8_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "mostly.txt"
    path.write_bytes("Le café “Müller” said the façade was old. ".encode() + b"Caf\xe9 noir.")
    code, out, err = invoke("extract", str(path), "-f", "jsonl")
    record = json.loads(out)
    assert code == 0
    assert record["encoding"] == "utf-8"
    assert record["sentences"][0]["text"].startswith("Le café “Müller” said")
    assert "Caf\ufffd noir." in record["sentences"][-1]["text"]
    assert f"Warning: {path}: UTF-8 with 1 invalid byte sequence, replaced with U+FFFD" in err


def test_json_and_xml_files_in_a_folder_are_read_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "data.json").write_text('{"text": "The mayor said so."}')
    (tmp_path / "feed.xml").write_text("<rss><item>The mayor said so.</item></rss>")
    code, out, err = invoke("extract", str(tmp_path), "-f", "jsonl", "-j", "1")
    assert code == 0 and len(out.splitlines()) == 2
    assert (
        f"Warning: {tmp_path / 'data.json'}: a JSON file, read as plain text — for a dump of "
        "one article per line, name it .jsonl or use --input-format jsonl"
    ) in err
    assert f"Warning: {tmp_path / 'feed.xml'}: an XML file, read as plain text" in err


FRENCH = (
    "Le gouvernement a annoncé mardi une réforme des retraites qui doit entrer en vigueur "
    "l'année prochaine. Selon le ministre, cette mesure permettra de réduire le déficit. Les "
    "syndicats ont dénoncé un projet injuste et appellent à la grève dans toute la France."
)
GREEK = (
    "Η κυβέρνηση ανακοίνωσε την Τρίτη μια μεταρρύθμιση του συνταξιοδοτικού που θα τεθεί σε "
    "ισχύ τον επόμενο χρόνο. Σύμφωνα με τον υπουργό, το μέτρο θα μειώσει το έλλειμμα και οι "
    "συνδικαλιστές κάλεσαν σε απεργία σε όλη τη χώρα από την επόμενη εβδομάδα."
)
ENGLISH = (
    "The government announced on Tuesday a pension reform that is due to take effect next "
    "year. According to the minister, the measure will cut the deficit. The unions denounced "
    "an unfair plan and called for a strike across the country from next week."
)


def test_text_that_is_clearly_not_english_is_warned_about_once() -> None:
    assert "does not look like English" in make_article("fr", FRENCH).warnings[0]
    assert "not in the Latin script" in make_article("el", GREEK).warnings[0]
    assert make_article("en", ENGLISH).warnings == ()
    assert make_article("short", "Le ministre a parlé.").warnings == ()  # too short to tell


def test_links_to_folders_are_followed_once(tmp_path: Path) -> None:
    real = tmp_path / "real"
    (real / "inner").mkdir(parents=True)
    (real / "inner" / "a.txt").write_text(GOOD)
    top = tmp_path / "top"
    top.mkdir()
    (top / "linked").symlink_to(real)
    (real / "inner" / "back").symlink_to(real)  # a loop
    expanded = expand_paths([str(top)])
    assert expanded.sources == [str(top / "linked" / "inner" / "a.txt")]
    assert expanded.warnings == [
        f"{top / 'linked' / 'inner' / 'back'}: a link to a folder already read; not read again"
    ]


def test_a_long_line_of_a_dump_fails_alone(tmp_path: Path) -> None:
    dump = write_dump(
        tmp_path / "dump.jsonl",
        [
            json.dumps({"text": GOOD}),
            json.dumps({"text": "word " * 400}),
            json.dumps({"text": GOOD}),
        ],
    )
    code, out, err = invoke("extract", str(dump), "--max-size", "1KB", "-j", "1")
    assert code == 1
    assert inputs_of(out) == [f"{dump}:1", f"{dump}:3"]
    assert f"Error: {dump}:2: line longer than the 1 KB limit for one input" in err


def test_a_dump_larger_than_the_limit_is_read_line_by_line(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", [json.dumps({"text": GOOD})] * 30)
    assert os.path.getsize(dump) > 1000
    code, out, _ = invoke("extract", str(dump), "--max-size", "1KB", "-j", "1")
    assert code == 0 and len(out.splitlines()) == 30


def test_a_file_with_no_text_is_an_empty_record_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("\n\n   \n\t\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("The mayor said the bridge was safe.\n", encoding="utf-8")
    code, out, err = invoke("extract", str(tmp_path), "--format", "jsonl")
    records = {Path(json.loads(line)["input"]).name: json.loads(line) for line in out.splitlines()}
    assert code == 0 and records["blank.txt"]["claims"] == [] and records["good.txt"]["claims"]
    assert [line for line in err.splitlines() if line.startswith("Warning: ")] == [
        f"Warning: {tmp_path / 'blank.txt'}: no text (empty, or only blank lines); an empty "
        "record is written"
    ]
